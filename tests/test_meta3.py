"""Titles and authors on the generic path: markup that fooled the metadata reading.

Every page here is written for these tests, modelled on the markup news publishing systems emit: a Nordic
tabloid's byline group (a "bylines" wrapper around one "byline" block per author, each an <address> holding a
rel="author" link split into first-name and last-name spans, no comma between the authors) with a JSON-LD that
names only one of them; a German portal's article header printing a kicker span over the headline's span in an
<h2> (the breadcrumb trail's <h1> holding both), whose og:title is the headline alone while the JSON-LD and
twitter:title glue the kicker on; a US network's author box (a name and a bio, each classed after the
byline); a US weekly's reporters named in the text's bold first line or closing it in capitals, "Jr." after a name;
an international broadcaster's side column listing the article's facts (date, author, topics) as bold labels and
values; a German regional's "most read" teaser cards, each element on its own indented line, a byline under each.
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a byline group, one block per author, the metadata naming one ----------------------------------------------

NO_URL = "https://www.fjordposten.example/nyheter/brannen-i-sentrum/81234567"
NO_TITLE = "Brann i sentrum: Tre personer evakuert"
NO_TEXT = ["Tre personer ble evakuert da det begynte å brenne i en bygård i sentrum natt til søndag.",
           "Brannvesenet fikk kontroll over brannen etter rundt to timer, opplyser operasjonsleder.",
           "Ingen ble alvorlig skadd, men to av beboerne ble sjekket av helsepersonell på stedet.",
           "Politiet har startet etterforskning for å finne ut hva som forårsaket brannen."]


def _byline(first: str, last: str) -> str:
    return ('<div class="byline column" itemscope itemtype="http://schema.org/Person"><div class="content">'
            f'<address class="name"><a rel="author" itemprop="url name" href="mailto:{first.lower()}@fjordposten.example">'
            f'<span class="firstname">{first}</span> <span class="lastname">{last}</span> </a></address></div></div>')


def _nordic_page(bylines: str, ld_authors: str) -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{NO_TITLE}", "author": [{ld_authors}]}}</script>')
    return (f'<html lang="nb"><head><title>{NO_TITLE}</title>{ld}</head><body><article><h1>{NO_TITLE}</h1>'
            f'<div class="bylines">{bylines}</div><div class="dates"><time datetime="2025-03-09T08:15:00+01:00">'
            f'søndag 09. mars 2025 - 08:15</time></div><div class="article-body">{paras(NO_TEXT)}</div>'
            '</article></body></html>')


def test_byline_group_completes_metadata_naming_one_author() -> None:
    # two byline blocks side by side, the JSON-LD naming the second author only: both wrote the story (read whole,
    # the wrapper ran the names into one, "Kari Nordvik Ola Marius Haugen", which credited no one)
    html = _nordic_page(_byline("Kari", "Nordvik") + _byline("Ola Marius", "Haugen"),
                        '{"@type": "Person", "name": "Ola Marius Haugen"}')
    assert EXTRACTOR.extract(html, NO_URL).authors == ["Kari Nordvik", "Ola Marius Haugen"]


def test_byline_group_of_one_author_adds_no_one() -> None:
    html = _nordic_page(_byline("Ola Marius", "Haugen"), '{"@type": "Person", "name": "Ola Marius Haugen"}')
    assert EXTRACTOR.extract(html, NO_URL).authors == ["Ola Marius Haugen"]


def test_byline_wrapper_with_words_of_its_own_is_read_as_printed() -> None:
    # "Von … und …": the wrapper's own words join the names, read as before
    html = _nordic_page('Av ' + _byline("Kari", "Nordvik") + ' og ' + _byline("Ola Marius", "Haugen"),
                        '{"@type": "Person", "name": "Ola Marius Haugen"}')
    assert EXTRACTOR.extract(html, NO_URL).authors == ["Kari Nordvik", "Ola Marius Haugen"]


# -- a kicker span over the headline's, the site declaring the headline alone ------------------------------------

DE_URL = "https://www.rheinblick-nachrichten.example/politik/stadtrat-parkhaus-article1234.html"
KICKER = "Streit um Parkplätze"
HEADLINE = "Stadtrat stoppt den Bau des neuen Parkhauses am Bahnhof"
DE_TEXT = ["Der Stadtrat hat am Dienstagabend den Bau des geplanten Parkhauses am Hauptbahnhof vorerst gestoppt.",
           "Mit 21 zu 19 Stimmen folgte die Mehrheit einem Antrag, zunächst ein Verkehrsgutachten abzuwarten.",
           "Die Verwaltung hatte mit Kosten von rund 14 Millionen Euro gerechnet und auf einen Baubeginn gedrängt.",
           "Anwohner begrüßten die Entscheidung, Händler in der Innenstadt zeigten sich enttäuscht."]


def _portal_page(og_title: str) -> str:
    whole = f"{KICKER}: {HEADLINE}"
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{whole}"}}</script>')
    head = (f'<title>{whole} - Rheinblick</title>{ld}<meta property="og:title" content="{og_title}">'
            f'<meta property="twitter:title" content="{whole}">')
    return (f'<html lang="de"><head>{head}</head><body><nav class="breadcrumb"><span><a href="/">Startseite</a>'
            f'</span><span><a href="/politik/">Politik</a></span><h1>{whole}</h1></nav>'
            '<article><div class="article__header"><h2><span class="article__kicker">'
            f'{KICKER}</span><span class="article__headline">{HEADLINE}</span></h2></div>'
            f'<div class="article__text">{paras(DE_TEXT)}</div></article></body></html>')


def test_kicker_span_is_a_label_when_the_site_declares_the_headline_alone() -> None:
    # og:title is the headline without the kicker: the kicker printed over it in a span of its own is a label, even
    # though the JSON-LD and twitter:title glue it on
    assert EXTRACTOR.extract(_portal_page(HEADLINE), DE_URL).title == HEADLINE


def test_kicker_kept_when_every_declared_title_has_it() -> None:
    # no title declares the headline alone: the site counts its kicker in (tests/test_titles2.py)
    whole = f"{KICKER}: {HEADLINE}"
    assert EXTRACTOR.extract(_portal_page(whole), DE_URL).title == whole


def test_byline_name_and_bio_blocks_are_no_two_authors() -> None:
    # a US network's author box: the wrapper classed as a byline holds the name's span and the bio's paragraph, each
    # classed after the byline too; they are one author's, not two
    box = ('<div class="articleByline"><span class="articleByline__name">Kari Nordvik</span>'
           '<p class="articleByline__bio">Kari Nordvik is a reporter for Fjordposten.</p></div>')
    html = _nordic_page(box, '{"@type": "Person", "name": "Kari Nordvik"}')
    assert EXTRACTOR.extract(html, NO_URL).authors == ["Kari Nordvik"]


# -- a name's suffix closing a line of names --------------------------------------------------------------------

US_URL = "https://www.millbrook-courier.example/news/2025/04/08/mill-closing/"
US_TITLE = "Council votes to close the old mill"
US_TEXT = ["The town council voted 5-2 on Monday night to close the old paper mill on River Street by the end of June.",
           "Supporters of the plan said the building had become too costly to repair after last winter's flooding.",
           "Opponents asked for a year's delay to look for a buyer who might keep some of the jobs in town.",
           "The mill has stood empty since its last tenant, a furniture maker, moved out three years ago."]


def _weekly_page(first: str = "", last: str = "") -> str:
    return (f'<html lang="en"><head><title>{US_TITLE} | Millbrook Courier</title></head><body><article>'
            f'<h1>{US_TITLE}</h1><div class="entry-content">{first}{paras(US_TEXT)}{last}</div></article>'
            '</body></html>')


def test_names_over_the_text_with_a_suffix() -> None:
    # a US weekly's two reporters in the text's bold first line, set apart by a slash, the second with "Jr.": the
    # suffix's period ends a name, not a sentence
    html = _weekly_page(first="<p><strong>Jane Doe/Tom Roe Jr.</strong></p>")
    article = EXTRACTOR.extract(html, US_URL)
    assert article.authors == ["Jane Doe", "Tom Roe Jr"]
    assert "Tom Roe" not in article.body


def test_sign_off_in_capitals_with_a_suffix() -> None:
    # the reporter's name in capitals closing the text
    html = _weekly_page(last="<p><strong>TOM ROE JR.</strong></p>")
    article = EXTRACTOR.extract(html, US_URL)
    assert article.authors == ["Tom Roe Jr"]


# -- the author as a field of the article's facts ---------------------------------------------------------------

DW_URL = "https://www.weltfunk.example/de/neue-bruecke-ueber-den-rhein/a-65001234"


def _broadcaster_page(facts: str) -> str:
    # an international broadcaster's older layout: the text in one column, the article's facts (date, author,
    # topics) as a list of bold labels and values in a side column; no metadata names the author
    return ('<html lang="de"><head><title>Neue Brücke über den Rhein | Weltfunk</title></head><body><div class="col3">'
            f'<h1>Neue Brücke über den Rhein</h1><div class="longText">{paras(DE_TEXT)}</div></div>'
            f'<div class="col1 dim"><div class="group">{facts}</div></div></body></html>')


def test_author_field_in_the_article_facts() -> None:
    facts = ('<ul class="smallList"><li><strong>Datum</strong> 28.04.2025 </li><li><strong>Autorin/Autor</strong> '
             'Jana Reiter </li><li><strong>Themenseiten</strong> <a href="/de/verkehr/t-1">Verkehr</a></li></ul>')
    assert EXTRACTOR.extract(_broadcaster_page(facts), DW_URL).authors == ["Jana Reiter"]


def test_author_field_in_a_definition_list() -> None:
    facts = ('<dl class="meta"><dt>Author</dt><dd>Jana Reiter</dd><dt>Published</dt><dd><time datetime="2025-04-28">'
             'April 28, 2025</time></dd></dl>')
    assert EXTRACTOR.extract(_broadcaster_page(facts), DW_URL).authors == ["Jana Reiter"]


def test_a_reviewed_books_facts_name_no_author() -> None:
    # a book review's fact box: the book's author, its publisher and pages, no date: not the review's author
    facts = ('<ul class="book"><li><strong>Autor</strong> Jonas Lindqvist</li><li><strong>Verlag</strong> '
             'Rheinland Verlag</li><li><strong>Seiten</strong> 432</li></ul>')
    assert EXTRACTOR.extract(_broadcaster_page(facts), DW_URL).authors == []


# -- another story's byline in a teaser card laid out with a template's indentation -----------------------------

SZ_URL = "https://www.neckar-kurier.example/inhalt.kuehltuerme-gesprengt.e4f07910.html"


def _teaser(indent: str) -> str:
    # a German regional's "most read" box: each card a link around the picture, a kicker and title in an <h3> and a
    # line of summary, then the teaser's byline under the link; the template indents every element on its own line
    parts = ['<div class="item">', '<div class="content">',
             '<a class="data" href="/inhalt.streit-um-das-russische-geld.b3afd0ee.html">', '<section class="appetizer">',
             '<div class="headline-wrapper">', '<figure>', '<img src="/media/1.jpg" alt="">', '</figure>',
             '<h3>', '<span class="appetizer-kicker">Russisches Geld für die Ukraine?</span>',
             '<span class="appetizer-title">Zaudern hilft niemandem</span>', '</h3>', '</div>',
             '<div class="appetizer-text">', '<span>Europa bleibt im Umgang mit Moskau uneins. Warum das auch an der '
             'Wirtschaft liegt, schreibt unser Chefredakteur.</span>', '</div>', '</section>', '</a>', '</div>',
             '<div class="appetizer-bottom-wrapper">', '<div class="appetizer-author">Von Konrad Weidling</div>',
             '</div>', '</div>']
    return indent.join(parts)


def test_teaser_cards_byline_under_an_indented_template() -> None:
    # the card's printed text is short, its source's with the indentation is not: another story's byline all the
    # same, not the article's (which the agency wrote)
    head = '<meta name="author" content="dpa">'
    html = (f'<html lang="de"><head><title>Kühltürme gesprengt</title>{head}</head><body><article>'
            f'<h1>Kühltürme von Atomkraftwerk gesprengt</h1><div class="article-text">{paras(DE_TEXT)}</div>'
            f'</article><div class="brick most-read">{_teaser(chr(10) + chr(9) * 12)}</div></body></html>')
    article = EXTRACTOR.extract(html, SZ_URL)
    assert article.authors == [] and article.agency == "dpa"
