"""Titles, authors and dates on the generic path: a reviewed book's facts list, a company's name in bold over a
post, a news agency credited in its own language.

Every page here is written for these tests, modelled on the markup publishing systems emit: a literary
magazine's review whose header lists the reviewed book's facts (its title, "By:" its author in plain text, the
publisher, the page count, the price or the ISBN, the day it came out) over the review's text; a WordPress post
whose editor typed the name of the company publishing the blog in bold as the first paragraph; a broadcaster's
sports story whose credit line and meta tag name the national agency that supplied it in the page's language.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras
from .test_meta5 import _facts_page, _post, FC_URL, POST_URL

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a reviewed book's facts list: "By:" is the book's author, not the reviewer's credit -----------------------

REVIEW_URL = "https://leselampe.example/reviews/2025/04/the-quiet-harbour"
REVIEW = ["The Quiet Harbour follows three generations of a fishing family on a small island in the north.",
          "The novel moves slowly at first, but the last hundred pages are among the best written this year.",
          "Its author spent two winters on the island, and every chapter smells of salt, tar and wet wool.",
          "Readers who liked her first book will find the same patience here, and a much darker ending."]


def _review_page(items: str) -> str:
    # a literary magazine's review: the headline, then the reviewed book's facts in a list over the review's text,
    # the book's author after a plain-text "By:", the reviewer credited nowhere the generic path reads
    return ('<html lang="en"><head><title>A family and the sea | Leselampe</title></head><body><main><article>'
            f'<h1>A family and the sea</h1><ul class="book-info">{items}</ul>'
            f'<div class="review-text">{paras(REVIEW)}</div></article></main></body></html>')


@pytest.mark.parametrize("items", [
    '<li><em>The Quiet Harbour</em></li><li>By: Marta Lindqvist</li><li>Northwind Press, 320 pages</li>'
    '<li>12 March 2025</li>',
    '<li>By: Marta Lindqvist</li><li>March 12, 2025</li><li>£16.99</li>',
    '<li>By: Marta Lindqvist</li><li>12. März 2025</li><li>ISBN 978-3-16-148410-0</li>',
    '<li>Von: Marta Lindqvist</li><li>12. März 2025</li><li>432 Seiten, 24 €</li>',
    '<li>Par : Marta Lindqvist</li><li>12 mars 2025</li><li>288 p., 21 €</li>',
])
def test_reviewed_books_facts_credit_no_one(items: str) -> None:
    assert EXTRACTOR.extract(_review_page(items), REVIEW_URL).authors == []


def test_article_facts_with_a_reading_time_still_credit() -> None:
    # the fact-checking desk's list (test_meta5): the date, the reading time in minutes, the author
    items = '<li>12.03.2025</li><li>3 Minuten Lesezeit</li><li>Von: Jana Roth</li>'
    assert EXTRACTOR.extract(_facts_page(items), FC_URL).authors == ["Jana Roth"]


# -- a company's name in bold over a post -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Acme Solutions", "Brightwater Consulting", "Nordlicht Technologies",
                                  "Kestrel Partners", "Harbour Holdings", "Lindqvist Verlag", "Grupo Solano"])
def test_company_name_in_bold_over_the_post_credits_no_one(name: str) -> None:
    article = EXTRACTOR.extract(_post(f"<p><strong>{name}</strong></p>"), POST_URL)
    assert article.authors == []


def test_person_in_bold_over_the_post_still_credits() -> None:
    assert EXTRACTOR.extract(_post("<p><strong>Jana Roth</strong></p>"), POST_URL).authors == ["Jana Roth"]


# -- a news agency credited in its own language -------------------------------------------------------------------

SPORT_URL = "https://haber.example/spor/ligde-gol-yarisi-kiziyor,k3Pq9"
SPORT = ["Ligde şampiyonluk yarışı sürerken gol krallığı mücadelesi de son haftalara kadar taşındı.",
         "Listenin başındaki forvet son iki maçta gol atamadı ve rakibi farkı bire indirdi.",
         "Teknik direktör, oyuncusunun sezonun kalanında yeniden golle tanışacağına inandığını söyledi.",
         "Ligin bitmesine üç hafta kala ilk beşteki oyuncular arasında yalnızca dört gol fark bulunuyor."]


@pytest.mark.parametrize(("credit", "agency"), [
    ("Anadolu Ajansı", "Anadolu"), ("İhlas Haber Ajansı", "İHA"), ("Demirören Haber Ajansı", "DHA"),
    ("Agencia EFE", "EFE"), ("Agência Lusa", "Lusa"), ("Agenzia ANSA", "ANSA"),
])
def test_agency_named_in_its_language_is_the_agency(credit: str, agency: str) -> None:
    # a broadcaster's story: the credit line under the headline names the agency that supplied it
    page = ('<html lang="tr"><head><title>Ligde gol yarışı kızışıyor</title></head><body><article>'
            f'<h1>Ligde gol yarışı kızışıyor</h1><div class="byline">{credit}</div>'
            '<time datetime="2025-04-30T16:48:00+03:00">30.04.2025 16:48</time>'
            f'<div class="content">{paras(SPORT)}</div></article></body></html>')
    article = EXTRACTOR.extract(page, SPORT_URL)
    assert (article.authors, article.agency) == ([], agency)


# -- a reader's comment marked up as a microdata Comment --------------------------------------------------------

BLOG_URL = "https://kuechenblog.example/rezepte/2025/apfelkuchen-vom-blech"
BLOG = ["Dieser Apfelkuchen vom Blech gelingt auch ohne Waage, weil alle Zutaten mit einer Tasse gemessen werden.",
        "Die Äpfel werden geschält, geviertelt und dicht an dicht auf den ausgerollten Teig gelegt.",
        "Nach vierzig Minuten bei mittlerer Hitze ist der Boden knusprig und die Äpfel sind weich.",
        "Mit Zimt und Zucker bestreut schmeckt der Kuchen warm am besten, am nächsten Tag aber auch noch gut."]


def _commented_page(comment_item: str) -> str:
    # a magazine's article, its author and date nowhere in the metadata; under it the readers' comments, each
    # marked up as an item of its own (the commenter's nick, the minute they wrote), as comment widgets emit them
    comment = (f'<li><div {comment_item} class="comment-item"><div class="comment-info">'
               '<span itemprop="author" class="comment-nick">Gast</span>'
               '<span itemprop="datePublished" content="2025-05-02T09:14:00+02:00">09:14 02.05.25</span></div>'
               '<div itemprop="text"><span>Sehr lecker, danke!</span></div></div></li>')
    return ('<html lang="de"><head><title>Apfelkuchen vom Blech</title></head><body><article>'
            f'<h1>Apfelkuchen vom Blech</h1><div class="content">{paras(BLOG)}</div></article>'
            f'<section class="comments"><ul class="comments-list">{comment}</ul></section></body></html>')


@pytest.mark.parametrize("comment_item", [
    'itemscope itemprop="comment" itemtype="https://schema.org/Comment"',
    'itemscope itemtype="http://schema.org/Comment"',
    'itemscope itemprop="comment"',
])
def test_readers_comment_gives_no_author_nor_date(comment_item: str) -> None:
    article = EXTRACTOR.extract(_commented_page(comment_item), BLOG_URL)
    assert (article.authors, article.published_at) == ([], None)


# -- credits that are no person's: an agency's desk, an outlet, an office, a sentence, a weekday ------------------

NEWS_URL = "https://valleyherald.example/news/2025/05/bridge-reopens"
NEWS = ["The old bridge over the river reopened to traffic on Monday after fourteen months of repairs.",
        "Engineers replaced the steel cables and the deck, which had been damaged by the spring floods.",
        "Shop owners on both banks said business had dropped by a third while the bridge was closed.",
        "The council plans a small festival on the bridge next month to thank residents for their patience."]


def _bylined(credit: str) -> str:
    # a regional paper's article (the syndication CMS many US papers share): the byline paragraph under the
    # headline, as the CMS prints it, no author in the metadata
    return ('<html lang="en"><head><title>Bridge reopens after repairs</title></head><body><article>'
            f'<h1>Bridge reopens after repairs</h1><p class="byline">{credit}</p>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')


@pytest.mark.parametrize(("credit", "authors", "agency"), [
    # an agency's desk after the reporter's name, as the CMS title-cases it
    ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"], "Associated Press"),
    ("By TOM KRISHER, AP Medical Writer", ["Tom Krisher"], "Associated Press"),
    # an outlet after the name ("| NJ Advance Media for NJ.com")
    ("By Amy Roe | VH Advance Media for VH.example", ["Amy Roe"], None),
    # an office, written as a sentence
    ("The Russian and Syrian defense ministries", [], None),
    # two sentences run together in a credit
    ("Finn Carter. Harbour Post International", [], None),
    # the date after the names, its weekday first
    ("By Mike Roe and Tom Ashby Tuesday, March 4, 2025, 10:12 am ET", ["Mike Roe", "Tom Ashby"], None),
])
def test_credit_parts_that_are_no_person(credit: str, authors: list[str], agency: str | None) -> None:
    article = EXTRACTOR.extract(_bylined(credit), NEWS_URL)
    assert (article.authors, article.agency) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Efe Kaya, Staff Writer", ["Efe Kaya"]),  # a first name that spells an agency's
    ("By Maria do Carmo Silva", ["Maria do Carmo Silva"]),  # a name's particles in lower case
    ("By Chiara delle Piane", ["Chiara delle Piane"]),
    ("By Chus del Pino and Dr. Max Kolter", ["Chus del Pino", "Dr. Max Kolter"]),
    ("By Plácido Domingo", ["Plácido Domingo"]),  # a surname that is a weekday
])
def test_names_still_credited(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Jana Roth, MDR SACHSEN-ANHALT", ["Jana Roth"]),  # a broadcaster's regional newsroom after the name
    ("By Jana Roth and SWR Aktuell", ["Jana Roth"]),
    ("By JANA ROTH", ["Jana Roth"]),
])
def test_acronym_without_vowel_is_no_person(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


@pytest.mark.parametrize("account", ["Anonymous", "Gast", "Invitado", "Гость", "Anonim", "匿名"])
def test_placeholder_account_is_no_person(account: str) -> None:
    # a blog platform's post whose JSON-LD author is the account the site gives guest or anonymous writers
    ld = ('{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Bridge reopens after repairs", '
          '"author": {"@type": "Person", "name": "%s"}}' % account)
    page = ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            f'<h1>Bridge reopens after repairs</h1><div class="entry-content">{paras(NEWS)}</div></article>'
            '</body></html>')
    assert EXTRACTOR.extract(page, NEWS_URL).authors == []
