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
from .test_meta4 import TEXT, TITLE  # (the same library story)
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
