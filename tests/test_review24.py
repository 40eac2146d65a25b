"""Review of the third set of generic-path credit rules (tests/test_credits3.py): people whose names hold a label's
or a greeting's word, a second name after a slash with a suffix, an "Interview:" heading over a Q&A, plain
flush-right sign-offs that have a credit's shape, and a labelled credit with its role around the name.

Every page here is written for these tests, modelled on a WordPress theme's single post (the text in
<div class="entry-content"> with the editor's inline alignment kept, see wp_page in test_credits3). Outlets and
people are invented.
"""

from __future__ import annotations

import pytest

from .pages import paras
from .test_credits3 import QA, TEXT, extract, json_ld, wp_page


# -- a name holding a label's or a greeting's word is still a name --------------------------------------------------

@pytest.mark.parametrize("name", ["Anne Fine", "Michael Ende", "Petr Hora", "Rose Live", "Jan Top", "Ana Vivo",
                                  "Salam Haddad", "Feliz Ortega"])
def test_a_sign_off_whose_name_holds_a_label_or_greeting_word_credits(name: str) -> None:
    html = wp_page(paras(TEXT) + f'<p style="text-align: right;"><strong>{name}</strong></p>')
    assert extract(html) == ([name], None, TEXT)


@pytest.mark.parametrize("close", ["EN VIVO", "ÚLTIMA HORA", "Salam Hangat", "Feliz Navidad"])
def test_a_label_or_greeting_opening_the_line_still_names_no_one(close: str) -> None:
    assert extract(wp_page(paras(TEXT) + f'<p style="text-align: right;"><strong>{close}</strong></p>'))[0] == []


def test_two_reporters_over_the_text_one_named_with_a_label_word() -> None:
    html = wp_page("<p>Jane Doe / Anne Fine</p>" + paras(TEXT))
    assert extract(html) == (["Jane Doe", "Anne Fine"], None, TEXT)


# -- a second person after the slash, whose name ends in a suffix, is no organisation ---------------------------------

def test_a_second_name_with_a_roman_suffix_after_a_slash_is_a_person() -> None:
    html = wp_page("<p>Jane Doe/John Roe III</p>" + paras(TEXT))
    assert extract(html) == (["Jane Doe", "John Roe III"], None, TEXT)


# -- an "Interview:" heading over a Q&A names the interviewee, not the author -------------------------------------------

@pytest.mark.parametrize("heading", ["<h2>Interview: Anna Berger</h2>", "<p><strong>Interview: Anna Berger</strong></p>"])
def test_an_interview_heading_over_a_closing_q_and_a_is_no_credit(heading: str) -> None:
    authors, _, body = extract(wp_page(paras(TEXT) + heading + paras(QA[:3])))
    assert (authors, "Interview: Anna Berger" in body) == ([], True)


def test_an_interview_label_closing_the_q_and_a_still_credits() -> None:
    assert extract(wp_page(paras(QA) + "<p><em>Interview: Anna Berger</em></p>")) == (["Anna Berger"], None, QA)


def test_an_interview_label_beside_the_metadatas_author_adds_no_one() -> None:
    html = wp_page(paras(QA) + "<p><em>Interview: Anna Berger</em></p>", json_ld('{"@type": "Person", "name": "Tom Roe"}'))
    assert extract(html)[0] == ["Tom Roe"]


# -- a plain flush-right sign-off with a credit's shape no place has ---------------------------------------------------
# (Vietnamese and Indonesian CMS pages print the reporter flush right, often plain: <p style="text-align:right">,
# <p align="right">)

@pytest.mark.parametrize("close, authors, agency", [
    ('<p style="text-align:right">Minh Anh - Thu Hà</p>', ["Minh Anh", "Thu Hà"], None),
    ('<p style="text-align:right">Minh Anh (theo AFP)</p>', ["Minh Anh"], "AFP"),
    ('<p align="right">Thu Hằng/VOV.VN</p>', ["Thu Hằng"], None),
    ('<p style="text-align:right">Nguyễn Thu Hằng</p>', ["Nguyễn Thu Hằng"], None),
    ('<p style="text-align:right">Lucía Ferrando y Tomás Irigoyen</p>', ["Lucía Ferrando", "Tomás Irigoyen"], None),
])
def test_a_plain_flush_right_sign_off_shaped_as_a_credit_names_the_reporter(close: str, authors: list[str],
                                                                            agency: str | None) -> None:
    assert extract(wp_page(paras(TEXT) + close)) == (authors, agency, TEXT)


@pytest.mark.parametrize("close", ['<p style="text-align:right">Rio de Janeiro</p>',
                                   '<p align="right">Buenos Aires</p>'])
def test_a_plain_flush_right_place_is_still_no_author(close: str) -> None:
    assert extract(wp_page(paras(TEXT) + close)) == ([], None, TEXT)


# -- a labelled credit with the role around the name -------------------------------------------------------------------

@pytest.mark.parametrize("credit", ["By: Staff Reporter Jane Doe", "By: Jane Doe, Staff Writer",
                                    "Por: Jane Doe, Corresponsal"])
def test_a_labelled_credit_with_a_role_around_the_name_names_the_person(credit: str) -> None:
    assert extract(wp_page(f"<p>{credit}</p>" + paras(TEXT))) == (["Jane Doe"], None, TEXT)


def test_a_labelled_credit_of_a_given_name_that_is_also_a_role_word() -> None:
    assert extract(wp_page("<p>By: Tim Cook</p>" + paras(TEXT))) == (["Tim Cook"], None, TEXT)
