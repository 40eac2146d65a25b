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
from .test_meta4 import TEXT, TITLE  # (the same library story)

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

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


@pytest.mark.parametrize("first", ["<p><strong>Jana Roth</strong></p>", "<p><b>JANA ROTH</b></p>"])
def test_bold_name_over_the_post_credits_and_goes(first: str) -> None:
    article = EXTRACTOR.extract(_post(first), POST_URL)
    assert article.authors == ["Jana Roth"]
    assert article.body.split("\n\n")[0] == TEXT[0]


@pytest.mark.parametrize("first", [
    "<p>Jana Roth</p>",  # not set apart: a place or a kicker reads the same
    '<p><img src="/wp-content/uploads/jana.jpg" alt=""></p><p><strong>Jana Roth</strong></p>',  # a portrait's caption
    "<p><strong>Jana Roth and Paul Kern</strong></p>",  # names joined by "and": a wedding announcement's heading
])
def test_name_over_the_post_not_set_apart_as_a_credit_credits_no_one(first: str) -> None:
    assert EXTRACTOR.extract(_post(first), POST_URL).authors == []


def test_bold_name_the_text_speaks_of_credits_no_one() -> None:
    # a profile headed by its subject's name: the text names her too
    text = [TEXT[0], "Jana Roth, who led the petition, said the reading room had been her second home for years."]
    assert EXTRACTOR.extract(_post("<p><strong>Jana Roth</strong></p>", text), POST_URL).authors == []


def test_bold_name_over_a_post_with_subheadings_credits() -> None:
    # a subheading later in the text ("Budget Worries") is of words the text writes in lower case: no name
    text = [TEXT[0], TEXT[1], "Budget Worries", TEXT[2], TEXT[3]]
    assert EXTRACTOR.extract(_post("<p><strong>Jana Roth</strong></p>", text), POST_URL).authors == ["Jana Roth"]


@pytest.mark.parametrize("first", ["<p><strong>Reading Rooms</strong></p>", "<p><strong>NEW YORK</strong></p>"])
def test_bold_words_of_the_text_over_the_post_credit_no_one(first: str) -> None:
    # a kicker or a place in bold over the text: the text writes its words in lower case ("reading", "new")
    text = [TEXT[0], "The reading rooms will also host a new series of talks by local authors in the autumn.",
            TEXT[2]]
    assert EXTRACTOR.extract(_post(first, text), POST_URL).authors == []


def test_bold_subheading_over_the_post_credits_no_one() -> None:
    # the post's subheadings set in bold paragraphs, the first over the text: other lines hold capitalised words alone
    text = [TEXT[0], TEXT[1], "Volunteer Rota", TEXT[2], TEXT[3]]
    assert EXTRACTOR.extract(_post("<p><strong>Key Points</strong></p>", text), POST_URL).authors == []


# -- a teaser's printed date, and the date of the article's facts list ----------------------------------------

SEARCHING = Extractor(ExtractOptions(use_profiles=False))  # the date search on: the pages declare no date
BROADCAST_URL = "https://wellenfunk.example/de/bibliothek-bleibt-offen/a-4711"
DE_TEXT = ["Der Stadtrat hat am Dienstagabend beschlossen, die alte Bibliothek noch mindestens drei Jahre zu öffnen.",
           "Anwohner hatten mehr als zweitausend Unterschriften für den Erhalt des Gebäudes gesammelt und übergeben.",
           "Der Bürgermeister sagte, das Geld komme aus der verschobenen Sanierung der Sporthalle nebenan."]


def _broadcast_page(facts: str) -> str:
    # a broadcaster's article: no date in the metadata; the related-stories column prints each teaser's date in a
    # <span class="date"> inside its link; a column of the article's facts, label elements and values
    teasers = "".join(
        f'<div class="news"><a href="/de/{slug}/a-{n}"><h2>{headline} <span class="date">{day}</span></h2>'
        '<p>Ein Teaser mit ein paar Sätzen über eine andere Geschichte aus der Region und ihre Folgen.</p></a></div>'
        for n, slug, headline, day in [(4701, "hafen", "Neuer Kran für den Hafen", "24.03.2025"),
                                       (4702, "schule", "Schule bekommt eine Mensa", "26.03.2025")])
    return ('<html lang="de"><head><title>Bibliothek bleibt offen | Wellenfunk</title></head><body><div class="col">'
            f'<h1>Bibliothek bleibt offen</h1>{paras(DE_TEXT)}<div class="group"><ul class="smallList">{facts}'
            f'</ul></div><div class="col3 relatedContent"><h4>Mehr zum Thema</h4>{teasers}</div></div></body></html>')


def test_teasers_printed_date_gives_way_to_the_labelled_date() -> None:
    facts = '<li><strong>Datum</strong> 28.03.2025</li><li><strong>Autorin/Autor</strong> Jana Roth</li>'
    assert SEARCHING.extract(_broadcast_page(facts), BROADCAST_URL).published_at == "2025-03-28"


def test_teasers_printed_date_is_no_articles() -> None:
    # no date of the article's own anywhere: none, rather than the first teaser's
    facts = '<li><strong>Autorin/Autor</strong> Jana Roth</li>'
    assert SEARCHING.extract(_broadcast_page(facts), BROADCAST_URL).published_at is None


def test_labelled_date_of_a_list_naming_no_author_is_no_articles() -> None:
    # an event's facts over the text ("Datum", "Ort"): the event's day, not the article's (the date search off: it
    # reads any date in the text)
    html = ('<html lang="de"><head><title>Lesenacht | Wellenfunk</title></head><body><h1>Lesenacht</h1>'
            '<ul class="event"><li><strong>Datum</strong> 12.04.2025</li><li><strong>Ort</strong> Stadtbibliothek</li>'
            f'</ul>{paras(DE_TEXT)}</body></html>')
    assert EXTRACTOR.extract(html, BROADCAST_URL).published_at is None


def test_permalinks_printed_date_is_the_posts() -> None:
    # a blog theme printing the post's date inside the link to the post itself
    html = ('<html lang="en"><head><title>Library stays open</title></head><body><article><h1>Library stays open</h1>'
            f'<a href="{POST_URL}"><span class="post-date">March 4, 2025</span></a>{paras(TEXT)}</article></body>'
            '</html>')
    assert SEARCHING.extract(html, POST_URL).published_at == "2025-03-04"


# -- a WordPress site's installation account, named after the site ---------------------------------------------

def _account_post(account: str, host: str, ld: bool = True) -> str:
    # a WordPress theme with an SEO plugin: the JSON-LD credits the account that posted (its @id the account's
    # author page), the theme's byline links to it; the editor typed the reporter's name in bold over the text
    page = f"https://{host}/author/admin/"
    graph = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
             f'"NewsArticle", "headline": "{TITLE}", "author": {{"@id": "{page}", "name": "{account}"}}}}]}}</script>'
             if ld else "")
    return (f'<html lang="en"><head><title>{TITLE}</title>{graph}</head><body><article><h1 class="entry-title">{TITLE}'
            f'</h1><p class="post-meta"> by <span class="author vcard"><a href="{page}" rel="author">{account}</a>'
            f'</span></p><div class="entry-content"><p><strong>MIRA SOLBERG</strong></p>{paras(TEXT)}</div>'
            '</article></body></html>')


@pytest.mark.parametrize("ld", [True, False])
def test_site_named_account_credits_no_one(ld: bool) -> None:
    # "Harbourline D" on harbourlinenews.example: the site's account; the bold name over the text is the reporter
    html = _account_post("Harbourline D", "harbourlinenews.example", ld)
    assert EXTRACTOR.extract(html, "https://harbourlinenews.example/2025/03/library/").authors == ["Mira Solberg"]


def test_admin_account_named_as_a_person_still_credits() -> None:
    # a blog whose owner posts with the installation account under her own name
    html = _account_post("Jana Roth", "riversidenotes.example")
    assert EXTRACTOR.extract(html, "https://riversidenotes.example/2025/03/library/").authors == ["Jana Roth"]


# -- a name beside the date in the meta row under the headline ------------------------------------------------

AGENCY_URL = "https://wirenews.example/tr/ekonomi/library/4711"


def _meta_row_page(name: str, text: list[str] = TEXT) -> str:
    # an agency's article page: the category link, the headline, the dek, then a row of two unclassed spans, the
    # reporter's name with a bar after it and the date; no byline class, no author in the metadata
    return (f'<html lang="en"><head><title>{TITLE}</title></head><body><div class="detail-head"><span class="cat">'
            f'<a href="/tr/ekonomi">Economy</a></span><h1>{TITLE}</h1><h4>The council found the money in the budget '
            f'for the sports hall.</h4><div class="row"><span style="float:left">{name} &nbsp;|</span>'
            f'<span class="stamp">05.04.2025 - Updated: 05.04.2025</span></div></div><div class="detail">'
            f'{paras(text)}</div></body></html>')


def test_name_beside_the_date_under_the_headline_credits() -> None:
    assert EXTRACTOR.extract(_meta_row_page("Mira Solberg"), AGENCY_URL).authors == ["Mira Solberg"]


@pytest.mark.parametrize(("place", "line"), [
    ("Hong Kong", "Hong Kong has kept all of its public libraries open through the budget talks of the spring."),
    ("New Harbour", "A new reading room will open in the autumn, the library's first in more than twenty years."),
])
def test_place_beside_the_date_credits_no_one(place: str, line: str) -> None:
    # the place the story was written in: the text names it, or writes its words in lower case
    assert EXTRACTOR.extract(_meta_row_page(place, [*TEXT, line]), AGENCY_URL).authors == []
