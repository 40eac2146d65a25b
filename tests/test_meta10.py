"""Metadata and leading-line rules: a labelled date as the text's first line, a place's paper credited alone, a
colleague credited in capitals in a source clause, a columnist whose own site names her its publisher.

Every page and credit here is written for these tests, modelled on the markup publishing systems emit: a regional
paper's article whose CMS prints the byline and the stamp ("Updated March 4") as the body's first paragraphs; a
columnist's site (WordPress with an SEO plugin) whose JSON-LD gives the author as the publisher, a Person; a
newsroom's byline whose source note prints a colleague in capitals. Outlets and people are invented, or are the kinds
of name (a place's paper, "Riverton Star"; a given name that is also a place's ending, "Chester") that credits on the
web carry.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors, own_site_names
from crawler._clutter import drop_leading_date, is_clutter_line

from .pages import paras
from .test_meta6 import NEWS
from .test_meta9 import URL, _paper_page

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


def _lead_page(lines: list[str]) -> str:
    # a regional paper's article whose CMS prints the byline and the stamp as the body's first paragraphs, no
    # author or date in the metadata
    return ('<html lang="en"><head><title>Bridge reopens after repairs</title></head><body><article>'
            '<h1>Bridge reopens after repairs</h1>'
            f'<div class="article-body">{paras(lines + NEWS)}</div></article></body></html>')


# -- a labelled date as the first line goes like a bare one ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Updated March 4",
    "Updated: March 4, 2025 at 9:15 a.m.",
    "Updated: March 4, 2025 at 9:15 a.m. ET",  # one word more: the time zone
    "Published 12 March 2024",
    "Posted on Tuesday, March 4, 2025",
    "Publicado el 12 de marzo de 2024",
    "Aktualisiert am 4. März, 14:30 Uhr",
    "Mis à jour le 4 mars 2025",
    "Publié le 4 mars 2025 à 10h12",
])
def test_labelled_date_as_first_line_goes(line: str) -> None:
    assert drop_leading_date([line, *NEWS]) == NEWS


@pytest.mark.parametrize("line", [
    "Updated March 4 figures show the bridge carried 9,000 cars a day before it closed.",  # a sentence goes on
    "Published March 4 data were revised",
    "Published in March 2024 by the council",
    "Updated: " + "March 4, 2025 at 9:15 a.m. " * 3,  # longer than a date line (DATE_LINE_CHARS)
])
def test_sentence_opening_with_a_label_stays(line: str) -> None:
    assert drop_leading_date([line, *NEWS]) == [line, *NEWS]


def test_labelled_date_further_down_stays() -> None:
    # (only the first line is the page's stamp)
    lines = [NEWS[0], "Updated March 4", *NEWS[1:]]
    assert drop_leading_date(lines) == lines


@pytest.mark.parametrize("line", ["Updated March 4", "Publicado el 12 de marzo de 2024"])
def test_labelled_date_line_leaves_the_page_text(line: str) -> None:
    assert EXTRACTOR.extract(_lead_page([line]), URL).body.split("\n")[0] == NEWS[0]


@pytest.mark.parametrize("line", ["Updated March 4", "Mar 4"])
def test_date_line_under_the_byline_goes_with_it(line: str) -> None:
    # "By Jane Doe" / the stamp / the story: the stamp is the first line once the byline line is out
    article = EXTRACTOR.extract(_lead_page(["By Jane Doe", line]), URL)
    assert article.authors == ["Jane Doe"]
    assert article.body.split("\n")[0] == NEWS[0]


def test_sentence_under_the_byline_stays() -> None:
    line = "Updated March 4 figures show the bridge carried 9,000 cars a day before it closed."
    article = EXTRACTOR.extract(_lead_page(["By Jane Doe", line]), URL)
    assert article.authors == ["Jane Doe"]
    assert article.body.split("\n")[0] == line


# -- a place's paper credited alone is no one ---------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("By Sheffield Star", []),  # a place's ending ("field"), then a paper's word
    ("Liverpool Echo", []),  # the ending "pool"
    ("Blackpool Star", []),
    ("Toronto Sun", []),  # a place of _PAPER_PLACES
    ("By Belfast Echo", []),
    ("By Coventry Star", []),
    ("Jane Doe and Sheffield Star", ["Jane Doe"]),  # the person beside it stays
    ("Jane Sun", ["Jane Sun"]),  # a given name, then a surname that is a paper's word
    ("Chester Star", ["Chester Star"]),  # a given name that is a place's ending alone
    ("By Tom Echo", ["Tom Echo"]),
])
def test_place_paper_credited_alone_is_no_one(credit: str, authors: list[str]) -> None:
    assert normalize_authors([credit]) == (authors, None)


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Sheffield Star", []),
    ("By Liverpool Echo", []),
    ("By Jane Sun", ["Jane Sun"]),
    ("By Chester Star", ["Chester Star"]),
])
def test_place_paper_byline_on_another_papers_site(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_paper_page(credit, "The Riverton Courier"), URL).authors == authors


# -- a colleague in capitals in the source clause ------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("Jane Doe. With files from EMILY POST", ["Jane Doe", "Emily Post"]),
    ("Jane Doe. With reporting by EMILY POST and JOHN SMITH", ["Jane Doe", "Emily Post", "John Smith"]),
    ("JANE DOE. With reporting by JANA HERALD", ["Jane Doe", "Jana Herald"]),
])
def test_role_word_surname_in_capitals_in_the_source_clause(credit: str, authors: list[str]) -> None:
    assert normalize_authors([credit]) == (authors, None)


@pytest.mark.parametrize("credit", [
    "Jane Doe. With files from DENVER POST",  # a place's paper, in capitals too
    "Jane Doe. With files from NEXT POST",  # no given name
    "Jane Doe. With files from SPONSORED POST",
    "Jane Doe, EMILY POST",  # no clause: the outlet after the name
])
def test_capitals_in_the_source_clause_that_name_no_one(credit: str) -> None:
    assert normalize_authors([credit]) == (["Jane Doe"], None)


# -- a columnist's own site: the publisher a Person, her name the site's ------------------------------------------

COLUMN_URL = "https://janedoe.example/2025/05/bridge-reopens"


def _columnist_page(publisher_type: str, publisher: str, author: str, site_name: str | None = None) -> str:
    # a columnist's site (WordPress with an SEO plugin): the JSON-LD names the writer as the author and the
    # publisher (typed a Person when the site is a person's), og:site_name her name too, the byline under the
    # headline
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
          '"headline": "Bridge reopens after repairs", '
          f'"author": {{"@type": "Person", "name": "{author}"}}, '
          f'"publisher": {{"@type": "{publisher_type}", "name": "{publisher}"}}}}</script>')
    site = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return ('<html lang="en"><head><title>Bridge reopens after repairs</title>' + site + ld + '</head><body>'
            f'<article><h1>Bridge reopens after repairs</h1><p class="byline">By {author}</p>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')


@pytest.mark.parametrize("site_name", [None, "Jane Doe"])
@pytest.mark.parametrize("url", [COLUMN_URL, URL])  # her own host ("janedoe"), or another
def test_columnist_publishing_herself_is_the_author(site_name: str | None, url: str) -> None:
    page = _columnist_page("Person", "Jane Doe", "Jane Doe", site_name)
    assert EXTRACTOR.extract(page, url).authors == ["Jane Doe"]


@pytest.mark.parametrize("site_name", [None, "Jane Doe"])
def test_organisation_publisher_named_like_the_author_still_filters(site_name: str | None) -> None:
    # (an Organization publisher's name is the site's, never a person's: as before)
    page = _columnist_page("Organization", "Jane Doe", "Jane Doe", site_name)
    assert EXTRACTOR.extract(page, COLUMN_URL).authors == []


def test_paper_typed_as_a_person_is_still_the_site() -> None:
    # a paper's JSON-LD that types its publisher and its credit a Person: still the paper's name, no one's
    page = _columnist_page("Person", "Riverton Herald", "Riverton Herald", "The Riverton Herald")
    assert EXTRACTOR.extract(page, "https://riverton.example/2025/05/bridge-reopens").authors == []


def test_person_publisher_leaves_other_site_names() -> None:
    # the site's other name, a newsroom's, still filters: only her own name is taken off
    assert own_site_names(["Jane Doe", "Riverton Daily", "janedoe.example", "janedoe"], "Jane Doe") == [
        "Riverton Daily", "janedoe.example"]
    assert own_site_names(["Jane Doe", "janedoe"], None) == ["Jane Doe", "janedoe"]


# -- a byline in capitals: a given name and a role word's surname after the label -------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("By EMILY POST", ["Emily Post"]),
    ("BY EMILY POST", ["Emily Post"]),
    ("Von ANNA POST", ["Anna Post"]),
    ("By EMILY POST and JOHN SMITH", ["Emily Post", "John Smith"]),
    ("By DENVER POST", []),  # a place's paper, in capitals too
    ("By NEXT POST", []),  # a blog's link, no given name
    ("By SPONSORED POST", []),
    ("EMILY POST", []),  # no label: a heading in capitals as often as a name
    ("By JANE DOE, EMILY POST", ["Jane Doe"]),  # the outlet after the name and a comma
])
def test_labelled_byline_in_capitals_with_a_role_word_surname(credit: str, authors: list[str]) -> None:
    assert normalize_authors([credit]) == (authors, None)


def test_labelled_byline_in_capitals_on_a_page() -> None:
    assert EXTRACTOR.extract(_paper_page("By EMILY POST", "The Riverton Courier"), URL).authors == ["Emily Post"]


# -- a newsletter platform's "Discover more from …" box, whatever the post's name --------------------------------

@pytest.mark.parametrize("line", [
    "Discover more from Notes from a Harbour",  # small words inside the name
    "Discover more from Bits and Pieces",
    "Discover more from Notes on Everything",
    "Discover more from the overflow",  # a name in lower case
    "Discover more from harbourletter",
])
def test_discover_more_box_with_small_words_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Discover more from the archive of the museum, which opened in 1921.",
    "Discover more from Kyoto by taking the train.",
    "Discover more from the region's vineyards on a weekend tour.",
    "Discover more from the archive of the museum",
    "Discover more from our partners in the region",
])
def test_sentence_opening_with_discover_more_stays(line: str) -> None:
    assert not is_clutter_line(line)
