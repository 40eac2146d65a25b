"""Counter-examples to four author rules (tests/test_meta7.py): an agency's sentence after the names, initials run
together before a surname, a surname that is a role word, a Chinese credit in brackets with the label glued to the
names.

Every page here is written for these tests, modelled on the markup publishing systems emit: a regional paper's
article from the syndication CMS many US papers share (the byline paragraph under the headline, see
tests/test_meta6.py), the same article with its author in JSON-LD (a syndicated story whose metadata credits the
outlet it came from, often typed as a Person); a German regional paper's byline block naming the reporter and, as a
sentence of its own, whose material the story uses; a Chinese national paper's article page whose CMS prints the
reporters in brackets at the text's end (see tests/test_meta7.py). Outlets and people are invented, or are the
kinds of name (a broadcaster's acronym and a city, a "<place> Post" paper) that credits on the web carry.
"""

from __future__ import annotations

import json

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors

from .test_meta6 import NEWS_URL, _bylined
from .test_meta7 import LOKAL_URL, ZH, ZH_URL, _lokal_page, _zh_page

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


def _ld_authored(name: str, kind: str) -> str:
    # the regional paper's article (tests/test_meta6.py) with no visible byline and its author in JSON-LD, as a
    # syndicated story's metadata gives it: the outlet the story came from, typed as a Person or an Organization
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after repairs",
          "author": {"@type": kind, "name": name}}
    page = _bylined("")
    return page.replace("</title>", f'</title><script type="application/ld+json">{json.dumps(ld)}</script>', 1)


# -- an agency's sentence after the names -------------------------------------------------------------------------

@pytest.mark.parametrize(("byline", "authors", "agency"), [
    # a colleague's material: no agency, and the colleague an author too (tests/test_meta8.py)
    ("Hans Meier. Mit Material von Jana Roth", ["Hans Meier", "Jana Roth"], None),
    ("Hans Meier. Mit Material der dpa", ["Hans Meier"], "dpa"),  # an article before the agency's name
])
def test_material_sentence_keeps_the_reporter(byline: str, authors: list[str], agency: str | None) -> None:
    article = EXTRACTOR.extract(_lokal_page(byline), LOKAL_URL)
    assert (article.authors, article.agency) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Marie Durand. Avec l'AFP", ["Marie Durand"], "AFP"),
    ("Jane Doe. With reporting by John Smith", ["Jane Doe", "John Smith"], None),  # a reporter: an author too
    ("Jane Doe. With files from the Associated Press and staff", ["Jane Doe"], "Associated Press"),
    ("Jane Doe. Updated 5 p.m.", ["Jane Doe"], None),  # a sentence that credits no one: as before
])
def test_source_sentences_after_the_name(credit: str, authors: list[str], agency: str | None) -> None:
    assert normalize_authors([credit]) == (authors, agency)


# -- a broadcaster's acronym before a city is no person's initials ------------------------------------------------

@pytest.mark.parametrize("credit", ["By CBS Miami", "By NBC Chicago", "By WGN Chicago", "By KSL Newsradio"])
def test_broadcaster_and_city_in_the_byline_is_no_one(credit: str) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == []


def test_broadcaster_and_city_typed_as_a_person_is_no_one() -> None:
    assert EXTRACTOR.extract(_ld_authored("NBC Chicago", "Person"), NEWS_URL).authors == []


def test_initials_before_a_surname_still_a_person() -> None:
    assert EXTRACTOR.extract(_bylined("By JRR Tolkien"), NEWS_URL).authors == ["JRR Tolkien"]


# -- a "<place> Post" paper is no one called Post ------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("By Jerusalem Post", []),
    ("By Denver Post", []),
    ("By Jane Doe and Denver Post", ["Jane Doe"]),
    ("By Emily Post", ["Emily Post"]),  # a given name before the surname: still a person
])
def test_post_paper_in_the_byline(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


@pytest.mark.parametrize("name", ["Bangkok Post", "Huffington Post", "Jakarta Post"])
def test_post_paper_typed_as_a_person_is_no_one(name: str) -> None:
    assert EXTRACTOR.extract(_ld_authored(name, "Person"), NEWS_URL).authors == []


# -- a Chinese credit in brackets: only names glued to the label -------------------------------------------------

@pytest.mark.parametrize("line", [
    "（记者采访）",  # "the reporter's interview": no name
    "（记者会现场）",  # "at the press conference"
    "（记者节特别报道）",  # "Journalists' Day special report"
])
def test_glued_word_that_is_no_name_credits_no_one_and_stays(line: str) -> None:
    article = EXTRACTOR.extract(_zh_page(ZH + [line]), ZH_URL)
    assert article.authors == []
    assert article.body.endswith(line)


@pytest.mark.parametrize("paragraphs", [
    ZH + ["（记者 王晓燕 北京报道）"],  # the place the reporter files from after the name
    ZH[:-1] + [ZH[-1] + "（记者王晓燕 北京报道）"],
])
def test_bracketed_credit_with_the_reporters_place(paragraphs: list[str]) -> None:
    article = EXTRACTOR.extract(_zh_page(paragraphs), ZH_URL)
    assert article.authors == ["王晓燕"]
    assert article.body.endswith("并达成多项共识。")
