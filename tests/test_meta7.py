"""Authors on the generic path: initials run together before a surname, surnames that are role or stand-in words,
an agency credited in a sentence of its own after the reporter's name.

Every page here is written for these tests, modelled on the markup publishing systems emit: a regional paper's
article from the syndication CMS many US papers share (the byline paragraph under the headline, as the CMS prints
it, no author in the metadata, see tests/test_meta6.py); a German regional paper's article whose byline block
names the reporter, then, as a sentence of its own, the agency whose copy the story uses ("Mit Material von dpa"),
as German newsroom systems print a byline and its source note in one element; its English, French and Spanish
counterparts ("With files from …", "Avec …", "Con información de …").
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors

from .pages import paras
from .test_meta6 import NEWS_URL, _bylined

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- an agency credited in a sentence of its own after the reporter's name ----------------------------------------

LOKAL_URL = "https://tagblatt-am-see.example/region/2025/05/faehre-faehrt-wieder"
LOKAL = ["Die Fähre zwischen den beiden Ufern fährt seit Montag wieder nach dem regulären Fahrplan.",
         "Wochenlang hatte niedriges Wasser den Betrieb eingeschränkt, viele Pendler mussten Umwege fahren.",
         "Der Betreiber kündigte an, die Anlegestellen im Sommer für zwei Wochen zu erneuern.",
         "Die Gemeinde will bis dahin einen Bus als Ersatz einsetzen, der jede halbe Stunde fährt."]


def _lokal_page(byline: str) -> str:
    # a German regional paper's article: the byline block under the headline gives the reporter, then the agency
    # note as a second sentence in the same element
    return ('<html lang="de"><head><title>Fähre fährt wieder nach Fahrplan</title></head><body><article>'
            f'<h1>Fähre fährt wieder nach Fahrplan</h1><div class="article-byline">{byline}</div>'
            f'<div class="article-body">{paras(LOKAL)}</div></article></body></html>')


@pytest.mark.parametrize(("byline", "authors", "agency"), [
    ("Hans Meier. Mit Material von dpa", ["Hans Meier"], "dpa"),
    ("Von Hans Meier. Mit Material von dpa und AFP", ["Hans Meier"], "dpa"),
    ("Hans Meier und Lena Graf. Mit Material von Reuters", ["Hans Meier", "Lena Graf"], "Reuters"),
])
def test_agency_sentence_after_the_reporter_keeps_the_reporter(byline: str, authors: list[str],
                                                               agency: str) -> None:
    article = EXTRACTOR.extract(_lokal_page(byline), LOKAL_URL)
    assert (article.authors, article.agency) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Jane Doe. With files from Reuters", ["Jane Doe"], "Reuters"),  # a Canadian paper's byline
    ("Marie Durand. Avec AFP", ["Marie Durand"], "AFP"),
    ("Ana Ruiz. Con información de EFE", ["Ana Ruiz"], "EFE"),
])
def test_agency_sentence_in_other_languages(credit: str, authors: list[str], agency: str) -> None:
    assert normalize_authors([credit]) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors"), [
    ("Jane Doe. Staff Writer", ["Jane Doe"]),  # a role after the sentence's end, no agency: as before
    ("Dr. Hans Meier", ["Dr. Hans Meier"]),  # a title's abbreviation is no sentence
])
def test_other_sentences_after_the_name_are_unchanged(credit: str, authors: list[str]) -> None:
    assert normalize_authors([credit])[0] == authors


# -- initials run together before a surname ----------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("By JRR Tolkien", ["JRR Tolkien"]),  # three initials without dots, the way British papers print them
    ("By JRR Tolkien and Jana Roth", ["JRR Tolkien", "Jana Roth"]),
    ("By Jana Roth and SWR Aktuell", ["Jana Roth"]),  # a broadcaster's acronym and its programme: still no one
    ("By Jana Roth, NDR Info", ["Jana Roth"]),
    ("By Jana Roth, MDR SACHSEN-ANHALT", ["Jana Roth"]),
])
def test_initials_run_together_before_a_surname(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


# -- surnames that are role or stand-in words ---------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("By Jana Guest", ["Jana Guest"]),
    ("By Emily Post", ["Emily Post"]),
    ("By Tom Roe and Emily Post", ["Tom Roe", "Emily Post"]),
    ("By Jennifer Senior", ["Jennifer Senior"]),
])
def test_surname_that_is_a_role_word(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Jane Doe, Washington Post", ["Jane Doe"]),  # a paper's name after the reporter's
    ("By Valley Post Staff", []),  # a paper's staff
    ("By Special Guest", []),
    ("By Guest", []),  # a site's stand-in for no one named
    ("By Featured Guest", []),
    ("By Jana Roth | Guest Post", ["Jana Roth"]),
])
def test_role_words_still_credit_no_one(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


# -- a Chinese paper's reporter credit in brackets, the label glued to the names ----------------------------------

ZH_URL = "https://xinwen-ribao.example/2025/04/24/c1001-a1.html"
ZH = ["本报北京4月24日讯 国家航天局24日表示，将继续推进与各国的航天合作，共同探索太空。",
      "据介绍，今年已有十余个国家的科研团队参与合作项目，涵盖卫星遥感、深空探测等多个领域。",
      "专家表示，国际合作有助于降低成本、分享数据，让航天技术更好惠及各国人民。",
      "论坛期间，各方还就人才培养、技术交流等议题进行了深入讨论，并达成多项共识。"]


def _zh_page(paragraphs: list[str]) -> str:
    # a Chinese national paper's article page, as its CMS prints it: the headline, the text's paragraphs in the
    # content block, the reporters credited in brackets at the text's end ("（记者王晓燕、李明）", the label written
    # against the first name), no author in the metadata
    return ('<html lang="zh-CN"><head><meta charset="utf-8"><title>航天合作论坛在京举行</title></head><body><article>'
            f'<h1>航天合作论坛在京举行</h1><div class="rm_txt_con">{paras(paragraphs)}</div></article></body></html>')


@pytest.mark.parametrize("paragraphs", [
    ZH + ["（记者王晓燕、李明）"],  # the credit as a line of its own
    ZH[:-1] + [ZH[-1] + "（记者王晓燕、李明）"],  # closing the last paragraph, after its last sentence
])
def test_bracketed_credit_with_the_label_glued_to_the_names(paragraphs: list[str]) -> None:
    article = EXTRACTOR.extract(_zh_page(paragraphs), ZH_URL)
    assert article.authors == ["王晓燕", "李明"]
    assert "记者" not in article.body and article.body.endswith("并达成多项共识。")


@pytest.mark.parametrize("line", [
    "（记者手记）",  # a column's name, no credit
    "（记者王晓燕摄）",  # a photograph's credit
    "记者王晓燕、李明",  # no brackets: the label glued to a name may be a sentence's subject ("记者王晓燕表示")
])
def test_glued_label_outside_brackets_or_a_column_credits_no_one(line: str) -> None:
    assert EXTRACTOR.extract(_zh_page(ZH + [line]), ZH_URL).authors == []
