"""Titles, authors and dates on the generic path: a paraphrased headline over its byline, a plain-text "Von:" in
an article's facts list, a bold name over a post's text, a teaser's date.

Every page here is written for these tests, modelled on the markup publishing systems emit: a newspaper's article
whose header prints its headline in words of its own over the byline and the date, the JSON-LD and og:title
declaring two other variants; a fact-checking or agency desk's header listing the article's facts, the date and
reading time bare, the author after "Von:" or "By:" in plain text; a WordPress post whose editor typed the
author's name in bold as the first paragraph; a broadcaster's article whose related-stories column prints each
teaser's date in a <span class="date"> inside the teaser's link, the article's own date in a labelled facts list.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

TEXT = ["The town council voted on Tuesday evening to keep the old library open for at least three more years.",
        "Residents had gathered more than two thousand signatures in a petition asking for the building to stay.",
        "The mayor said the budget would be found by delaying the renovation of the sports hall next door.",
        "Volunteers will run the reading room on Saturdays, and the children's corner will get new shelves."]
TITLE = "Library stays open after council vote"
URL = "https://daily.example/news/2025/03/library-stays-open"


# -- a paraphrased <h1> over the byline is the printed headline -----------------------------------------------

def _declared_page(h1: str, after_h1: str) -> str:
    # a newspaper's article: the JSON-LD and og:title declare two variants of the headline, the <title> the first;
    # the article's header prints the page's own headline, then (perhaps) the byline and the date
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s"}' % TITLE
    return (f'<html lang="en"><head><title>{TITLE} | The Daily Example</title>'
            '<meta property="og:title" content="Council keeps the old library open for three more years">'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            f'<header><h1>{h1}</h1>{after_h1}</header><div class="body">{paras(TEXT)}</div></article></body></html>')


@pytest.mark.parametrize("after_h1", [
    '<p class="byline">By Jana Roth</p>',
    '<div class="meta"><span class="author-name">Jana Roth</span> <time datetime="2025-03-04T10:00:00Z">March 4, '
    '2025</time></div>',
    '<div class="info"><time datetime="2025-03-04T10:00:00Z">March 4, 2025</time></div>',
])
def test_paraphrased_h1_over_the_byline_is_the_headline(after_h1: str) -> None:
    # five words sharing none with the declared titles, but standing where a headline stands: over the byline
    h1 = "Reading rooms saved by residents"
    assert EXTRACTOR.extract(_declared_page(h1, after_h1), URL).title == h1


def test_series_h1_over_the_text_alone_is_still_no_headline() -> None:
    # the same <h1> with no byline or date under it, the text at once: a series' banner (see test_meta4)
    assert EXTRACTOR.extract(_declared_page("Living With a Warmer Planet", ""), URL).title == TITLE


# -- a plain-text "Von:" in an article's facts list -----------------------------------------------------------

FC_URL = "https://faktencheck.example/doc.faktencheck.example.Q4M8R2"
FC_TEXT = ["Ein in sozialen Netzwerken geteiltes Foto soll einen überfluteten Bahnhof in der Innenstadt zeigen.",
           "Tatsächlich stammt die Aufnahme aus einem anderen Land und wurde bereits vor sechs Jahren verbreitet.",
           "Eine Rückwärtssuche führt zu einer Bildagentur, die das Foto damals mit Ort und Datum versehen hatte.",
           "Die Verkehrsbetriebe der Stadt bestätigten auf Anfrage, dass der Bahnhof an dem Tag geöffnet war."]


def _facts_page(items: str) -> str:
    # a fact-checking desk's article header: a list of facts over the text, no byline class, no author declared
    return ('<html lang="de"><head><title>Foto zeigt keinen überfluteten Bahnhof | Faktencheck</title></head><body>'
            '<main><article><h1>Foto zeigt keinen überfluteten Bahnhof</h1><ul class="facts">'
            f'{items}</ul><div class="article-body">{paras(FC_TEXT)}</div></article></main></body></html>')


@pytest.mark.parametrize(("items", "authors"), [
    ('<li>12.03.2025</li><li>3 Minuten Lesezeit</li><li>Von: Jana Roth</li>', ["Jana Roth"]),
    ('<li><time datetime="2025-03-12">12. März 2025</time></li><li>By: Jana Roth, Paul Kern</li>',
     ["Jana Roth", "Paul Kern"]),
    ('<li>12.03.2025</li><li>Par : Jana Roth</li>', ["Jana Roth"]),
])
def test_plain_text_name_after_the_sole_label_credits(items: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_facts_page(items), FC_URL).authors == authors


@pytest.mark.parametrize("items", [
    # a trip's facts: every field labelled, "Von:" the station the train leaves from
    '<li>Datum: 12.03.2025</li><li>Von: Berlin Hauptbahnhof</li><li>Nach: Hamburg Altona</li>',
    # an event's facts: "By:" its organisers
    '<li>When: March 12, 2025</li><li>By: Riverside Library Friends</li><li>Where: Main Hall</li>',
])
def test_plain_text_after_one_label_of_many_credits_no_one(items: str) -> None:
    assert EXTRACTOR.extract(_facts_page(items), FC_URL).authors == []


# -- a bold name alone as a WordPress post's first paragraph ---------------------------------------------------

POST_URL = "https://riversidepost.example/2025/03/04/library-stays-open/"


def _post(first: str, text: list[str] = TEXT) -> str:
    # a WordPress theme's single post: entry title, entry meta with the date alone, then the editor's content, whose
    # first paragraph is the author's name typed in bold; no author anywhere else
    return (f'<html lang="en"><head><title>{TITLE} – Riverside Post</title></head><body class="single-post">'
            f'<article class="post type-post"><h1 class="entry-title">{TITLE}</h1><div class="entry-meta">'
            '<time class="entry-date published" datetime="2025-03-04T10:00:00+00:00">March 4, 2025</time></div>'
            f'<div class="entry-content">{first}{paras(text)}</div></article></body></html>')


@pytest.mark.parametrize("first", ["<p><strong>Jana Roth</strong></p>", "<p><b>JANA ROTH</b></p>",
                                   "<p><strong>Jana Roth and Paul Kern</strong></p>"])
def test_bold_name_over_the_post_credits_and_goes(first: str) -> None:
    article = EXTRACTOR.extract(_post(first), POST_URL)
    assert article.authors[0] == "Jana Roth"
    assert article.body.split("\n\n")[0] == TEXT[0]


def test_plain_name_over_the_post_credits_no_one() -> None:
    # not set apart: a place or a kicker reads the same
    assert EXTRACTOR.extract(_post("<p>Jana Roth</p>"), POST_URL).authors == []


def test_bold_name_the_text_speaks_of_credits_no_one() -> None:
    # a profile headed by its subject's name: the text names her too
    text = [TEXT[0], "Jana Roth, who led the petition, said the reading room had been her second home for years."]
    assert EXTRACTOR.extract(_post("<p><strong>Jana Roth</strong></p>", text), POST_URL).authors == []


def test_bold_subheading_over_the_post_credits_no_one() -> None:
    # the post's subheadings set in bold paragraphs, the first over the text: other lines hold capitalised words alone
    text = [TEXT[0], TEXT[1], "Next Steps", TEXT[2], TEXT[3]]
    assert EXTRACTOR.extract(_post("<p><strong>Key Points</strong></p>", text), POST_URL).authors == []
