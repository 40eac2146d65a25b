"""The dek printed under the headline (crawler._dek) and what it becomes: the article's subtitle, never body text.

The pages are written for these tests, each modelled on a common header layout: a headline, then a kicker,
byline, date, image, and the dek in a block of its own, named by its class or printing the page's description.
"""

from __future__ import annotations

import lxml.html
import pytest

from crawler import extract_article
from crawler._dek import find_dek, title_heading
from tests.pages import PARAGRAPHS

TITLE = "Harbour council approves the new ferry timetable"
DESCRIPTION = "The council voted to run ferries every twenty minutes from May, after a year of complaints."


def page(header: str, *, description: str = DESCRIPTION, title: str = TITLE, body: list[str] | None = None) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in (body or PARAGRAPHS))
    return f"""<!DOCTYPE html>
<!-- Written for the crawler tests: an article header in the usual order (headline, dek, byline, image). -->
<html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour Post</title>
<meta property="og:title" content="{title}">
<meta name="description" content="{description}">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<header>{header}</header>
<div class="article-body">
{paragraphs}
</div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">A story about something else entirely</a></li></ul></aside>
</body></html>"""


def dek_of(html: str, title: str = TITLE, descriptions: tuple[str, ...] = (DESCRIPTION,)):
    return find_dek(lxml.html.fromstring(html), title, list(descriptions))


H1 = f"<h1>{TITLE}</h1>"
BYLINE = '<div class="byline">By Jane Doe</div><time datetime="2025-03-06">6 March 2025</time>'


@pytest.mark.parametrize("block", [
    '<p class="article-dek">Ferries every twenty minutes, and a night boat at weekends</p>',
    '<h2 class="standfirst">Ferries every twenty minutes, and a night boat at weekends</h2>',
    '<div class="c-summary">Ferries every twenty minutes, and a night boat at weekends</div>',
    '<p class="story__intro">Ferries every twenty minutes, and a night boat at weekends</p>',
    '<div class="preamble">Ferries every twenty minutes, and a night boat at weekends</div>',
    '<p class="ArticleLede">Ferries every twenty minutes, and a night boat at weekends</p>',
])
def test_a_block_named_as_a_dek_is_the_subtitle(block: str) -> None:
    html = page(H1 + BYLINE + block)
    dek = dek_of(html)
    assert dek is not None and dek.named
    assert dek.text == "Ferries every twenty minutes, and a night boat at weekends"
    art = extract_article(html, "https://harbourpost.example/news/ferry-timetable")
    assert art.subtitle == "Ferries every twenty minutes, and a night boat at weekends"
    assert "night boat" not in art.body  # a dek is the subtitle, not body text
    assert art.body.startswith(PARAGRAPHS[0][:40])


def test_the_printed_description_is_the_dek_and_comes_before_other_descriptions() -> None:
    # the page's meta description differs from its og:description; the one the page prints is the dek
    other = "A story about ferries, timetables and the harbour council's vote this week in the town hall."
    html = page(H1 + f'<div class="text-lg mb-4">{DESCRIPTION}</div>' + BYLINE).replace(
        "</head>", f'<meta property="og:description" content="{other}"></head>')
    assert html.index("og:description") > html.index('name="description"')
    art = extract_article(html, "https://harbourpost.example/news/ferry-timetable")
    assert art.subtitle == DESCRIPTION
    # without it printed, the first description stands (the metadata's order of trust: Open Graph first)
    plain = page(H1 + BYLINE).replace("</head>", f'<meta property="og:description" content="{other}"></head>')
    assert extract_article(plain, "https://harbourpost.example/news/ferry-timetable").subtitle == other


def test_a_description_printed_after_a_dateline_is_the_dek() -> None:
    html = page(H1 + f'<div class="copy-lg"><span class="muted">Harbourtown.</span> <span>{DESCRIPTION}</span></div>'
                + BYLINE)
    dek = dek_of(html)
    assert dek is not None and not dek.named
    assert dek.text == f"Harbourtown. {DESCRIPTION}"
    assert extract_article(html, "https://harbourpost.example/news/x").subtitle == f"Harbourtown. {DESCRIPTION}"


def test_a_long_prefix_is_no_dateline() -> None:
    text = f"In other news from the region this week and the one before it, {DESCRIPTION}"
    assert dek_of(page(H1 + f"<div>{text}</div>")) is None


def test_a_lead_printed_as_several_paragraphs_is_read_whole() -> None:
    same_class = "".join(f'<p class="lead-text">{s}</p>' for s in
                         ("Ferries will run every twenty minutes.", "A night boat follows at weekends.",
                          "Fares stay as they are."))
    dek = dek_of(page(H1 + BYLINE + same_class))
    assert dek is not None and dek.paragraphs == ("Ferries will run every twenty minutes.",
                                                  "A night boat follows at weekends.", "Fares stay as they are.")
    # a container named as the lead holds the paragraphs and a video: every paragraph of it, up to the video
    named = ('<div class="article__preamble"><p>Ferries will run every twenty minutes.</p>'
             '<p>A night boat follows at weekends.</p><figure><video src="v.mp4"></video>'
             '<figcaption>The new boat</figcaption></figure><p>Not the lead</p></div>')
    dek = dek_of(page(H1 + named))
    assert dek is not None and dek.paragraphs == ("Ferries will run every twenty minutes.",
                                                  "A night boat follows at weekends.")
    art = extract_article(page(H1 + named), "https://harbourpost.example/news/x")
    assert art.subtitle == "Ferries will run every twenty minutes. A night boat follows at weekends."


@pytest.mark.parametrize("block", [
    '<div class="summary">Most read today</div>',  # a label, not prose
    '<figure><img src="a.jpg"><figcaption class="summary">Ferries at the quay in the early morning light, '
    'waiting for the new timetable</figcaption></figure>',  # a caption
    '<div class="image-description">Ferries at the quay in the early morning light, waiting for the new '
    'timetable to start</div>',  # named, and vetoed: an image's description
    '<div class="lead"><bsp-carousel><h2>Harbour council approves the new ferry timetable</h2><p>Ferries at the '
    'quay in the early morning light, waiting for the new timetable</p></bsp-carousel></div>',  # a media block
    '<a class="teaser-summary" href="/other">Another story: the bridge closes for repairs next week, the '
    'council says</a>',  # a link to another story
    '<p class="dek">By Jane Doe and John Roe, harbour correspondents in the town</p>',  # a byline
])
def test_what_is_no_dek(block: str) -> None:
    assert dek_of(page(H1 + BYLINE + block)) is None


def test_the_search_stops_where_the_text_begins() -> None:
    # the dek-named block comes after the first long paragraph: it belongs to something else
    long = PARAGRAPHS[0]
    html = page(H1 + BYLINE + f"<p>{long}</p>" + '<p class="dek">Ferries every twenty minutes, and a night boat</p>')
    assert dek_of(html) is None


def test_only_under_the_headline_of_the_page_title() -> None:
    # the only <h1> is a site banner, not the story's headline: nothing under it is read
    html = page('<h1>Harbour Post</h1><p class="dek">Ferries every twenty minutes, and a night boat at weekends</p>')
    assert title_heading(lxml.html.fromstring(html), [TITLE]) is None
    assert dek_of(html) is None
    # the title may carry the site name after it: the headline still counts
    assert dek_of(page(H1 + '<p class="dek">Ferries every twenty minutes, and a night boat at weekends</p>'),
                  title=f"{TITLE} | Harbour Post") is not None


def test_a_headline_printed_again_is_not_the_dek() -> None:
    html = page(H1 + f'<h2 class="subtitle">{TITLE}</h2>'
                + '<p class="subtitle">Ferries every twenty minutes, and a night boat at weekends</p>')
    dek = dek_of(html)
    assert dek is not None and dek.text.startswith("Ferries")


def test_a_promo_in_the_dek_place_is_no_subtitle() -> None:
    html = page(H1 + '<div class="article-summary">Read a summary of this article on FAST.</div>' + BYLINE,
                description="Ferries every twenty minutes from May after the council's vote.")
    assert dek_of(html, descriptions=("Ferries every twenty minutes from May after the council's vote.",)) \
        is not None  # found by its class …
    art = extract_article(html, "https://harbourpost.example/news/x")
    assert art.subtitle == "Ferries every twenty minutes from May after the council's vote."  # … and passed over


def test_a_dek_printed_in_the_body_too_stays_body_text() -> None:
    # the page prints its dek under the headline and again as the first paragraph: the body keeps it, and it
    # is no subtitle (a lead printed twice is one paragraph)
    lead = "The council voted on Tuesday to run ferries every twenty minutes from May, after a year of delays."
    html = page(H1 + f'<p class="standfirst">{lead}</p>', body=[lead, *PARAGRAPHS[1:]], description=lead)
    art = extract_article(html, "https://harbourpost.example/news/x")
    assert art.body.count("every twenty minutes from May") == 1
    assert art.subtitle is None
