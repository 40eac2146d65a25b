"""The user's seed documents (../shared/seeds; skipped when absent): the text people got from these outlets
before this tool, clutter included. Each seed is turned into a flat page (every non-empty line a <p> inside
<article>, under a <title>/<h1>) on its outlet's host and run through `extract_article`.

With this synthetic markup the site profiles miss (their body selectors find nothing), so the generic path
does the work: clutter pruning, trafilatura, the generic line rules, the site-level `drop` lines of the
host's profile, and repeated-text removal. None of a seed's clutter lines may come out as a body paragraph,
and its real article lines must stay.

What flat text cannot show is left to the profiles and their fixtures (fixtures/<site>/): in seed 000 the
outlet cards ("South Korea and Japan seek closer ties …") read like prose here; on the real page they are
structured sources and never reach the body.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pytest

from crawler import extract_article
from crawler._text import clean_line, match_key
from crawler.profiles import default_registry

from .conftest import shared_path


@dataclass
class Seed:
    prefix: str
    url: str
    title: str
    clutter: list[str]  # whole seed lines that must not be a body paragraph
    kept: list[str] = field(default_factory=list)  # starts of seed lines that must open a body paragraph


SEEDS = [
    Seed(
        "000",
        "https://ground.news/article/japan-will-host-summit-with-south-korea-to-bolster-ties-as-tokyos-relations_5f0c2e",
        "Japan will host summit with South Korea to bolster ties as Tokyo\u2019s relations with Beijing worsen",
        clutter=[
            "Japan will host summit with South Korea to bolster ties as Tokyo\u2019s relations with Beijing worsen",
            "101 Articles",
            "Coverage Details",
            "Bias Distribution",
            "- 48% of the sources are Center",
            "Factuality",
            "To view factuality data please Upgrade to Premium",
        ],
        kept=[
            "- Facing Beijing-Tokyo tensions, Seoul is pursuing 'pragmatic diplomacy' to balance ties with China and "
            "Japan and enable cooperation amid a push to stabilise United States-Japan-South Korea relations.",
            "- On the agenda are concrete economic measures including artificial intelligence, chips and easing "
            "travel for business executives, plus humanitarian talks on denuclearisation and remains recovery at a "
            "western Japan undersea mining site.",
        ],
    ),
    Seed(
        "001",
        # a syndicated copy of an AP story on another site: no profile
        "https://www.example-news.com/world/asia/japan-south-korea-summit-nara-takaichi-lee-20260112",
        "Japan will host summit with South Korea to bolster ties as Tokyo\u2019s relations with Beijing worsen",
        clutter=[
            # the headline printed in the text, and the lead (merged with the next sentence) printed first
            "Japan will host summit with South Korea to bolster ties as Tokyo\u2019s relations with Beijing worsen",
            "TOKYO (AP) \u2013 Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung "
            "in her hometown on Tuesday, in a summit meant to stabilize ties between the two sometime-rivals as "
            "Japan\u2019s worries about Chinese power in Asia grows. The meeting is part of a swirl of diplomatic "
            "activity in a region with growing tensions.",
        ],
        kept=[
            "TOKYO (AP) - Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in "
            "her hometown on Tuesday, in a summit meant to stabilize ties between the two sometime-rivals as "
            "Japan's worries about Chinese power in Asia grows.",
            "Takaichi and Lee will meet in her hometown of Nara, Japan's scenic ancient capital.",
            "Chief Cabinet Secretary Minoru Kihara said the two governments have been discussing a possible DNA "
            "analysis of some of the remains found at the site last year.",
        ],
    ),
    Seed(
        "002",
        "https://www.channelnewsasia.com/east-asia/japan-south-korea-takaichi-lee-nara-summit-closer-ties-5863021",
        "Japan, South Korea push for closer ties to counter regional tension",
        clutter=[
            "Japan, South Korea push for closer ties to counter regional tension",
            "\u00b7 CNA \u00b7 JoinRead a summary of this article on FAST.",
            "Get bite-sized news via a new",
            "cards interface. Give it a try.",
            "Click here to return to FAST Tap here to return to FAST",
            "FAST",
            "Subscribe to our Chief Editor\u2019s Week in Review",
            "Our chief editor shares analysis and picks of the week's biggest news every Saturday.",
            "This service is not intended for persons residing in the E.U. By clicking subscribe, I agree to "
            "receive news updates and promotional material from Mediacorp and Mediacorp\u2019s partners.",
            "Loading",
            "Newsletter",
            "Week in Review",
            "Morning Brief",
            "Subscribe to CNA\u2019s Morning Brief",
            "An automated curation of our top stories to start your day.",
            "Sign up for our newsletters",
            "Get our pick of top stories and thought-provoking articles in your inbox",
            "Get the CNA app",
            "Stay updated with notifications for breaking news and our best stories",
            "Get WhatsApp alerts",
            "Join our channel for the top reads for the day on your preferred chat app",
        ],
        kept=[
            "NARA: Japan and South Korea aim to deepen security and economic ties to counter growing tension in "
            "East Asia, their leaders said on Tuesday (Jan 13), after a summit meeting in Japan.",
            "LEE SAYS TASK OF DEEPENING TIES IS URGENT",
            "China regards Taiwan as part of its territory, a claim the democratically governed island rejects.",
        ],
    ),
    Seed(
        "003",
        "https://www.verity.news/story/2025/south-korea-japan-leaders-strengthen-ties-coordinate-with-us",
        "South Korea, Japan Leaders Strengthen Ties, Coordinate with U.S.",
        clutter=[
            "South Korea, Japan Leaders Strengthen Ties, Coordinate with U.S.",
            "News summary",
            "Story Coverage",
            "Bias Distribution",
            "50% Left",
            "Information Sources",
            "bfb2a97b-336e-48d9-b69a-147df7862dc2bd7f581c-6294-4fb3-adfe-81db52a08452a3544a73-dab3-486d-ae75-"
            "bd4d15f01f55605a98c4-d25e-430b-86c1-9232b14faa6b",
            "Left 50%",
            "Center 25%",
            "Right 25%",
            "Coverage Details",
            "Total News Sources",
            "4",
            "Left",
            "2",
            "Center",
            "1",
            "Right",
            "Unrated",
            "0",
            "Last Updated",
            "8 days ago",
            "Related News",
            "Daily Index",
            "Negative",
            "28Serious",
            "Neutral",
            "Optimistic",
            "Positive",
            "Ask VT AI",
            "Subscribe",
            "Stay in the know",
            "Get the latest news, exclusive insights, and curated content delivered straight to your inbox.",
            "Present",
            "Gift Subscriptions",
            "The perfect gift for understanding",
            "news from all angles.",
            "Recommended News",
        ],
        kept=[
            "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held their first phone "
            "call, agreeing to strengthen bilateral ties and trilateral cooperation with the United States amid "
            "growing geopolitical challenges.",
        ],
    ),
    Seed(
        "004",
        # a story-aggregator page whose outlet is not identified: no profile
        "https://www.example-aggregator.com/stories/seoul-tokyo-summit-in-nara-advances-security-trade",
        "Seoul\u2011Tokyo Summit in Nara Advances Security, Trade, and Historical Reconciliation",
        clutter=[
            "Top Headlines",
            "Feeds",
            "Minority Reports",
            "Unique coverage by outlet",
            "Seoul\u2011Tokyo Summit in Nara Advances Security, Trade, and Historical Reconciliation",
            "Updated (24 articles)",
            "Sources (5 articles)",
            "Stories about this story (13 stories)",
            "All related articles (24 articles)",
        ],
        kept=[
            "Second Nara Summit Reinforces Shuttle Diplomacy President Lee Jae Myung met Prime Minister Sanae "
            "Takaichi in Nara on Jan",
            "Cultural Visits Build Personal Rapport Between Leaders Lee and Takaichi shared an impromptu drum "
            "session",
        ],
    ),
]


def _seed_lines(prefix: str) -> list[str]:
    seeds = shared_path("seeds")
    found = sorted(seeds.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} is not in {seeds}")
    return [line for line in found[0].read_text(encoding="utf-8").splitlines() if line.strip()]


def _page(title: str, lines: list[str]) -> str:
    paras = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>\n{paras}\n"
        "</article></body></html>"
    )


def _bare(line: str) -> str:
    line = clean_line(line)
    return line[2:] if line.startswith("- ") else line


@pytest.mark.parametrize("seed", SEEDS, ids=[s.prefix for s in SEEDS])
def test_seed_clutter_does_not_reach_the_body(seed: Seed) -> None:
    lines = _seed_lines(seed.prefix)
    seed_lines = [clean_line(x) for x in lines]
    for line in seed.clutter:
        assert clean_line(line) in seed_lines, f"not a line of seed {seed.prefix}: {line!r}"
    for line in seed.kept:
        assert any(x.startswith(clean_line(line)) for x in seed_lines), f"not in seed {seed.prefix}: {line!r}"
    article = extract_article(_page(seed.title, lines), seed.url)
    paragraphs = article.body.split("\n\n")
    bare = {_bare(p) for p in paragraphs}
    leaked = [c for c in seed.clutter if _bare(c) in bare]
    assert not leaked, f"seed {seed.prefix}: clutter in the body: {leaked}"
    for line in seed.kept:
        assert any(p.startswith(clean_line(line)) for p in paragraphs), (
            f"seed {seed.prefix}: article line lost: {line[:80]!r}\nbody:\n{article.body[:2000]}"
        )
    assert article.title == clean_line(seed.title)


def test_seed_001_lead_printed_twice_is_kept_once() -> None:
    seed = SEEDS[1]
    lines = _seed_lines(seed.prefix)
    article = extract_article(_page(seed.title, lines), seed.url)
    paragraphs = article.body.split("\n\n")
    lead = match_key("Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in her "
                     "hometown on Tuesday")
    copies = [p for p in paragraphs if lead in match_key(p)]
    assert len(copies) == 1, copies
    assert copies[0] == paragraphs[0] and copies[0].startswith("TOKYO (AP) - ")
    assert match_key(seed.title) not in {match_key(p) for p in paragraphs}
    assert article.dateline == "TOKYO" and article.agency == "Associated Press"


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_seed_hosts_have_profiles(prefix: str) -> None:
    """The seed outlets with a profile: on this flat markup the profile misses and says so."""
    seed = next(s for s in SEEDS if s.prefix == prefix)
    assert default_registry().for_url(seed.url) is not None
    article = extract_article(_page(seed.title, _seed_lines(prefix)), seed.url)
    assert article.profile == "generic" and article.profile_miss


def test_ap_byline_of_the_seeds() -> None:
    """The AP byline as seed 000 shows it, in AP's page markup: people in normal case, no "By"."""
    page = """<html><head><title>Leaders meet in Nara | AP News</title></head><body>
    <h1 class="Page-headline">Leaders meet in Nara</h1>
    <div class="Page-byline"><div class="Page-authors">By&nbsp;<span class="Link">MARI YAMAGUCHI</span> and
    <span class="Link">MAYUKO ONO</span></div></div>
    <div class="RichTextStoryBody RichTextBody"><p>NARA, Japan (AP) \u2014 The two leaders met on Tuesday in the
    ancient capital, where they discussed trade, security and the recovery of wartime remains.</p>
    <p>They agreed to keep meeting regularly and to expand exchanges between their countries' young people.</p>
    </div></body></html>"""
    article = extract_article(page, "https://apnews.com/article/japan-south-korea-nara-0123456789abcdef")
    assert article.profile == "apnews.com@2023"
    assert article.authors == ["Mari Yamaguchi", "Mayuko Ono"]
    assert article.agency == "Associated Press" and article.dateline == "NARA, Japan"


# ------------------------------------------------------------------ the generic rules the seeds called for


def test_short_labels_before_the_repeated_headline_are_page_chrome() -> None:
    from crawler._repeats import remove_repeats

    title = "Harbour tunnel to reopen after six months of repairs"
    body = ["The tunnel will reopen to traffic on Monday, the city said.", "Tolls will stay unchanged this year."]
    # navigation labels, then the headline, then the text
    assert remove_repeats(["Top Stories", "Local", "Traffic and transport", title, *body], title=title) == body
    # a sentence printed before the headline is not a label
    lead = "Repairs took longer than planned."
    assert remove_repeats([lead, title, *body], title=title) == [lead, *body]
    # no headline repeat at the top: short lines are left alone (they may be subheadings)
    assert remove_repeats(["Traffic and transport", *body], title=title) == ["Traffic and transport", *body]
    # labels after the headline are not touched by this rule
    assert remove_repeats([title, body[0], "What comes next", body[1]], title=title) == [
        body[0], "What comes next", body[1]]


def test_generic_lines_from_the_seeds() -> None:
    from crawler._clutter import is_clutter_line

    assert is_clutter_line("\u00b7 News \u00b7 JoinRead a summary of this article on FAST.")
    assert is_clutter_line("101 Articles")
    assert is_clutter_line("12 sources")
    assert not is_clutter_line("Officials said 101 articles of the treaty had been reviewed.")
    assert not is_clutter_line("He wrote to ask readers to read a summary of this article on paper, not online.")


def test_site_drop_lines_hold_on_a_profile_miss() -> None:
    lines = ["KUALA LUMPUR: The ministry said on Monday that the new rail timetable would start next month.",
             "Officials said more trains would run at peak hours on the busiest lines.",
             "Week in Review", "Morning Brief"]
    page = _page("New rail timetable from next month", lines)
    cna = extract_article(page, "https://www.channelnewsasia.com/asia/rail-timetable-5555555")
    assert cna.profile_miss and "Week in Review" not in cna.body and "Morning Brief" not in cna.body
    # the same words are not clutter on a site whose profile does not say so
    other = extract_article(page, "https://www.example-news.com/asia/rail-timetable")
    assert "Week in Review" in other.body.split("\n\n")


def test_profile_values_are_read_before_the_body_is_pruned(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crawler import Extractor
    from crawler._extract import ExtractOptions
    from crawler.profiles import ProfileRegistry
    from crawler.profiles._load import load_profile

    (tmp_path / "example.org.toml").write_text(
        '[site]\nhosts = ["example.org"]\n[[layout]]\nname = "1"\nbody = ["div#story"]\n'
        'title = ["h1"]\nsubtitle = ["h2.sr-only"]\nauthors = ["div.byline"]\n', encoding="utf-8")
    registry = ProfileRegistry([load_profile(tmp_path / "example.org.toml")])
    page = """<html><body><div id="story"><h1>Library opens late on weekdays</h1>
    <h2 class="sr-only">The city library will stay open until 10pm from Monday to Friday.</h2>
    <div class="byline">By Ana Reyes</div>
    <p>The central library will extend its opening hours from next week, the city council said on Tuesday.</p>
    <p>Staff will be hired for the evening shifts, and the reading rooms will be heated until closing time.</p>
    </div></body></html>"""
    article = Extractor(ExtractOptions(registry=registry)).extract(page, "https://example.org/news/library")
    assert article.profile == "example.org@1"
    assert article.subtitle == "The city library will stay open until 10pm from Monday to Friday."
    assert article.authors == ["Ana Reyes"]
    assert "By Ana Reyes" not in article.body
