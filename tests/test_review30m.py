"""Counter-examples to the credit and dek rules of tests/test_meta8.py: names that look like an outlet's, an
agency's service or half a source clause, and lines under the headline that read as prose but are no dek.

Every page here is written for these tests, modelled on the markup publishing systems emit: a regional paper's
article from the syndication CMS many US papers share, its byline paragraph under the headline (see
tests/test_meta6.py); an English-language daily's archive page printing the dek as the <h2> right under the
headline (see tests/test_meta8.py). Outlets and people are invented, or are the kinds of name (a surname that is a
paper's word, a Turkish or Armenian given name that spells an agency's acronym) that credits on the web carry.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors

from .test_meta6 import NEWS_URL, _bylined
from .test_meta8 import EN_URL, _archive_page

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a surname that is a paper's word, a name in capitals that spells an agency's, an institute --------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("By Tom Ledger", ["Tom Ledger"], None),  # Ledger is a surname as much as a paper's word …
    ("By Riverton Ledger", ["Riverton Ledger"], None),  # … so an unknown place before it reads as a given name
    ("By Houston Ledger", [], None),  # a known place before it: the paper's
    ("By EFE KAYA", ["Efe Kaya"], None),  # a byline in capitals: a Turkish name, not EFE's service
    ("By ANI KUMAR", ["Ani Kumar"], None),
    ("By Reuters Institute", [], None),  # a research institute: neither a person nor the agency
    ("By Jane Roe, Reuters Institute", ["Jane Roe"], None),
    ("By dpa-AFX", [], "dpa"),  # the agency's financial service, its name joined to the agency's: no person
])
def test_names_like_an_outlet_or_an_agency_service(credit: str, authors: list[str], agency: str | None) -> None:
    article = EXTRACTOR.extract(_bylined(credit), NEWS_URL)
    assert (article.authors, article.agency) == (authors, agency)


# -- a source clause credits outlets as often as people ---------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Jane Doe. With files from Riverton Star", ["Jane Doe"], None),  # a paper's title, its masthead word last
    ("Jane Doe. With files from Toronto Sun and Wei Sun", ["Jane Doe", "Wei Sun"], None),  # a place before "Sun"
    ("Jane Doe. With files from Halden Citizen and Reuters", ["Jane Doe"], "Reuters"),
    ("Jane Doe. With reporting by John Smith in Kyiv", ["Jane Doe", "John Smith"], None),  # where he reported from
    ("Jane Doe. With files from The Canadian Press", ["Jane Doe"], "The Canadian Press"),
    ("Jane Doe. With reporting by our correspondents", ["Jane Doe"], None),
    ("Jane Doe. With photos by Jana Roth", ["Jane Doe"], None),  # the photographer took the pictures only
    ("Hans Meier. Mitarbeit: Lokalredaktion", ["Hans Meier"], None),
])
def test_source_clause_outlets_and_people(credit: str, authors: list[str], agency: str | None) -> None:
    assert normalize_authors([credit]) == (authors, agency)


# -- a line under the headline in sentence case that is no dek ---------------------------------------------------

@pytest.mark.parametrize("heading", [
    "Published on Monday 14 October 2024 at 10:35 local time",  # a date's line
    "Updated on 14 October 2024 at 10:35 by the newsroom staff",
    "By Jane Doe and John Smith in the capital city of the region",  # a byline
    "Home / News / Politics / Navies launch joint drills off the coast today",  # a breadcrumb's path
])
def test_date_byline_or_path_under_the_headline_is_no_dek(heading: str) -> None:
    assert EXTRACTOR.extract(_archive_page(heading), EN_URL).subtitle != heading


def test_prose_heading_in_german_sentence_case_is_the_dek() -> None:
    # German capitalises its nouns: a sentence of it still has most words in small letters
    heading = "Die Marine will die Übungen vor der Küste im nächsten Jahr deutlich ausweiten"
    assert EXTRACTOR.extract(_archive_page(heading), EN_URL).subtitle == heading
