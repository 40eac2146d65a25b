"""Body recall on the generic path (6): story lines left out, of kinds that recur across publishers.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people (`.example` domains): a regional paper's live story in a WordPress-style theme (`<div class="entry-content">`
of paragraphs, a section heading "Live" / "Liveticker" / "Directo" / "En direct" / "Diretta" over the entries, each
entry's time as an <h3>), whose heading the clutter-line rule took for a live blog's badge once the lines had lost
their kind; a Swiss daily's Vue front end (heading components, as in test_recall5) printing four or five headings in
a row between two paragraphs (the section, the ticker's label, the day, an entry's time and headline), of which
only three were put back; and a regional paper's story body (as in test_precision5) holding a sentence that calls
readers to act and links into the site itself, then goes on past its link ("Vote <a>in our reader poll</a> on
Thursday, the council said."), which the rule for the site's own calls to act dropped; and a tech site's metered
story (a Future-style `<div id="article-body">`) whose later paragraphs the paywall script marks `<p class="paywall"
aria-hidden="true">` among plain ones, which trafilatura deletes as hidden.
"""

from __future__ import annotations

import lxml.html
import pytest

from crawler._blocks import Block
from crawler._gaps import fill_heading_gaps

from .pages import body_lines, html_page, paras
from .test_precision5 import S, lines
from .test_recall5 import PARAS, _component

# -- a live story's own "Live" heading ------------------------------------------------------------------------------
# (modelled on a WordPress news theme's live story: <article class="post"><div class="entry-content"> with the
# intro's paragraphs, an <h2> heading the live part, then each entry as an <h3> time and its paragraphs)

STRIKE = ["Trains across the region stopped at dawn on Tuesday as the drivers' union began a two-day strike over pay.",
          "The operator said only one train in five would run, and advised passengers to work from home if they can.",
          "Drivers gathered outside the main depot at six o'clock, where union leaders addressed the crowd.",
          "The operator's chief executive said talks would resume on Thursday if the union agreed to a meeting."]
ENTRIES = ["06:10 Pickets at the main depot", "08:45 Operator offers talks"]
STRIKE_URL = "https://www.railnews.example/2025/03/04/rail-strike-live/"


def _live_story(heading: str, lang: str, *, first: bool = False) -> str:
    live = f"<h2 class='wp-block-heading'>{heading}</h2>"
    entries = (f"<h3 class='wp-block-heading'>{ENTRIES[0]}</h3>{paras(STRIKE[2:3])}<h3 class='wp-block-heading'>"
               f"{ENTRIES[1]}</h3>")
    text = (live + paras(STRIKE[:2]) if first else paras(STRIKE[:2]) + live) + entries + paras(STRIKE[3:])
    body = ("<main id='primary'><article class='post type-post'><header class='entry-header'><h1 class='entry-title'>"
            f"Rail strike: trains stand still</h1></header><div class='entry-content'>{text}</div></article></main>")
    return html_page("Rail strike: trains stand still – Rail News", body, lang)


@pytest.mark.parametrize("heading, lang", [("Live", "en"), ("LIVE", "en"), ("Liveticker", "de"), ("Directo", "es"),
                                           ("En direct", "fr"), ("Diretta", "it")])
def test_a_live_storys_own_live_heading_is_kept(heading: str, lang: str) -> None:
    got = body_lines(_live_story(heading, lang), STRIKE_URL)
    assert got == [*STRIKE[:2], heading, ENTRIES[0], STRIKE[2], ENTRIES[1], STRIKE[3]]


@pytest.mark.parametrize("heading", ["Live", "Directo"])
def test_a_live_badge_over_the_text_still_goes(heading: str) -> None:
    # (standing before the text's first line, it labels the page, not a part of the story)
    got = body_lines(_live_story(heading, "en", first=True), STRIKE_URL)
    assert heading not in got and got[:2] == STRIKE[:2]


# -- four or more headings in a row between two paragraphs ------------------------------------------------------------
# (the Vue heading components of test_recall5: every piece of the story a component of the article's container;
# trafilatura's precision mode keeps none of the headings, fill_heading_gaps puts them back)

RUN = [("h2", "subtitle", "The latest on the tram works"), ("h3", "subtitle", "Live"),
       ("h4", "subtitle", "Tuesday, 12 March"), ("h5", "time", "10.04: First machines arrive at the depot"),
       ("h5", "time", "10.20: Road closed at the depot gate")]


def _run_page(run: list[tuple[str, str, str]], linked: bool = False) -> str:
    headings = "".join(_component(tag, kind, f"<a href='/story/{n}'>{text}</a>" if linked else text)
                       for n, (tag, kind, text) in enumerate(run))
    return ('<html><body><main><article><section class="articlecomponents">'
            + "".join(f'<p class="articlecomponent text">{p}</p>' for p in PARAS[:2]) + headings
            + "".join(f'<p class="articlecomponent text">{p}</p>' for p in PARAS[2:])
            + '</section></article></main></body></html>')


@pytest.mark.parametrize("n", [4, 5])
def test_four_or_five_headings_in_a_row_come_back(n: int) -> None:
    kept = [Block("p", p) for p in PARAS]
    got = [b.text for b in fill_heading_gaps(kept, lxml.html.fromstring(_run_page(RUN[:n])))]
    assert got == [*PARAS[:2], *(text for _tag, _kind, text in RUN[:n]), *PARAS[2:]]


def test_a_run_of_linked_headings_stays_out() -> None:
    # (a row of teasers' headlines between two paragraphs: links to other stories, not the story's headings)
    kept = [Block("p", p) for p in PARAS]
    assert [b.text for b in fill_heading_gaps(kept, lxml.html.fromstring(_run_page(RUN[:4], True)))] == PARAS


def test_four_headings_of_one_level_in_a_row_stay_out() -> None:
    # (a row of labels, a box's tabs: a story's run of headings goes down its levels)
    tabs = [("h5", "time", label) for label in ("Overview", "Timeline", "Reactions", "Background")]
    kept = [Block("p", p) for p in PARAS]
    assert [b.text for b in fill_heading_gaps(kept, lxml.html.fromstring(_run_page(tabs)))] == PARAS


# -- a story's call to act that links into the site and goes on past its link ------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ('<p>Vote <a href="/elections/library-poll">in our reader poll on the future of the branch</a> on Thursday, the '
     "council said.</p>",
     "Vote in our reader poll on the future of the branch on Thursday, the council said."),
    ('<p>Comment <a href="/consultation/millbrook-library">on the plans in the council\'s consultation</a> before '
     "12 May, officials said.</p>",
     "Comment on the plans in the council's consultation before 12 May, officials said."),
    ('<p>Donnez votre avis <a href="/consultation/bibliotheque">sur le projet de fermeture de la bibliothèque '
     "du quartier</a> jusqu'au 12 mai.</p>",
     "Donnez votre avis sur le projet de fermeture de la bibliothèque du quartier jusqu'au 12 mai."),
])
def test_a_storys_call_into_the_site_going_on_past_its_link_stays(sentence: str, text: str) -> None:
    assert lines(sentence) == [*S[:2], text, *S[2:]]


@pytest.mark.parametrize("call", [
    '<p>Join the conversation <a href="/community">in the Courier reader forum</a>.</p>',
    '<p>Have your say <a href="/comments">in the comments below this story</a>, please.</p>',
    '<p>Comment <a href="/comments">on this story in the Courier reader forum</a> here.</p>',
])
def test_the_sites_call_stopping_at_its_link_still_goes(call: str) -> None:
    assert lines(call) == S


# -- a metered story's paragraphs marked by its paywall among the plain ones ------------------------------------------------
# (modelled on a tech publisher's article body: <div id="article-body" class="text-copy bodyCopy"> of <p>s, an empty
# widget <aside> between them, and the paragraphs the meter may hide as <p class="paywall" aria-hidden="true">)

SEARCH = ["The new search box expands as you type, and suggests follow-up questions before you press enter, the company "
          "said.",
          "It is the biggest change to the search page in years, according to the head of the search team.",
          "That is a bold claim, and a worrying one for publishers who depend on visitors clicking through to them.",
          "In a short demonstration, the box answered a long question about train times in a few seconds.",
          "The company says links will still appear below the answers, and that users can switch the answers off.",
          "Publishers' groups said they would study the change before deciding whether to complain to regulators."]
MARK = "<p class='paywall' aria-hidden='true'>"
PAYWALL_NOTE = "Subscribe today to keep reading every story on the site, from only a pound a week."


def _metered_story(marked: str, closing: str = "") -> str:
    aside = "<aside data-widget-type='seasonal' class='widget-root'></aside>"
    text = (paras(SEARCH[:2]) + aside + "".join(f"{marked}{p}</p>" for p in SEARCH[2:4]) + paras(SEARCH[4:])
            + closing)
    body = ("<main><article><header><h1>The search box is changing</h1></header><div id='article-body' "
            f"class='text-copy bodyCopy'>{text}</div></article></main>")
    return html_page("The search box is changing | Gadget Desk", body)


@pytest.mark.parametrize("marked", [MARK, "<p aria-hidden='true'>", "<p class='paywall'>"])
def test_a_metered_storys_marked_paragraphs_among_plain_ones_are_kept(marked: str) -> None:
    got = body_lines(_metered_story(marked), "https://www.gadget-desk.example/search/new-search-box")
    assert got == SEARCH


def test_a_paywalls_note_closing_the_text_still_goes() -> None:
    got = body_lines(_metered_story(MARK, f"{MARK}{PAYWALL_NOTE}</p>"),
                     "https://www.gadget-desk.example/search/new-search-box")
    assert got == SEARCH
