"""Titles, standfirsts and authors on the generic path: compound Chinese surnames, people credited in a source
clause after the byline, outlets credited as authors, the dek printed under the headline.

Every page here is written for these tests, modelled on the markup publishing systems emit: a Chinese national
paper's article page whose CMS prints the reporters in brackets at the text's end (see tests/test_meta7.py); a
regional paper's article from the syndication CMS many US papers share, its byline paragraph under the headline
(see tests/test_meta6.py). Outlets and people are invented, or are the kinds of name (a broadcaster's call sign and
a city, a "<place> <paper word>" title) that credits on the web carry.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors

from .test_meta6 import NEWS_URL, _bylined
from .test_meta7 import ZH, ZH_URL, _zh_page

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a compound Chinese surname counts as its two characters ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "（记者上门）",  # "the reporter's house call": 上 alone is no surname
    "（记者上岗）",  # "the reporter on duty"
    "（记者诸多）",  # 诸 alone is no surname either
])
def test_glued_word_opening_with_half_a_compound_surname_is_no_name(line: str) -> None:
    article = EXTRACTOR.extract(_zh_page(ZH + [line]), ZH_URL)
    assert article.authors == []
    assert article.body.endswith(line)


@pytest.mark.parametrize(("line", "name"), [("（记者上官明）", "上官明"), ("（记者诸葛丽）", "诸葛丽")])
def test_glued_name_with_a_compound_surname_is_credited(line: str, name: str) -> None:
    assert EXTRACTOR.extract(_zh_page(ZH + [line]), ZH_URL).authors == [name]


# -- a person credited in the source clause after the byline is an author -----------------------------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Jane Doe. With files from Reuters and John Smith", ["Jane Doe", "John Smith"], "Reuters"),
    ("Jane Doe. With reporting by John Smith", ["Jane Doe", "John Smith"], None),
    ("Hans Meier. Mitarbeit: Jana Roth", ["Hans Meier", "Jana Roth"], None),
    ("Marie Durand. Avec Paul Lefèvre et l'AFP", ["Marie Durand", "Paul Lefèvre"], "AFP"),
    ("Jane Doe. With files from The Riverton Ledger's staff", ["Jane Doe"], None),  # the staff: no one
    ("Jane Doe. With files from the Associated Press and staff", ["Jane Doe"], "Associated Press"),
])
def test_person_in_the_source_clause_is_an_author(credit: str, authors: list[str], agency: str | None) -> None:
    assert normalize_authors([credit]) == (authors, agency)


def test_person_in_the_source_clause_of_a_printed_byline() -> None:
    article = EXTRACTOR.extract(_bylined("By Jane Doe. With files from Reuters and John Smith"), NEWS_URL)
    assert (article.authors, article.agency) == (["Jane Doe", "John Smith"], "Reuters")


# -- a broadcaster's station or a "<place> <paper word>" title credited alone is no one ---------------------------

@pytest.mark.parametrize("credit", [
    "By ORF Wien",  # a public broadcaster's acronym and its regional studio
    "By WXYZ Detroit",  # a call sign with a Y, no vowel
    "By KTVB Boise",
    "By ABC Brisbane",
    "By Houston Chronicle",  # a paper's word that no surname is, in English …
    "By Kölner Rundschau",  # … and in German
    "By Tiroler Kurier",
    "By Oakland Post",  # a place before a paper's word that is a surname too
    "By Boston Herald",
    "By Jacksonville Courier",  # a place's ending
    "By Springfield Herald",
])
def test_station_or_paper_credited_alone_is_no_one(credit: str) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == []


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Jana Herald", ["Jana Herald"]),  # a given name before a surname that is a paper's word
    ("By Emily Post", ["Emily Post"]),
    ("By John Courier", ["John Courier"]),
    ("By KIM Jisoo", ["KIM Jisoo"]),  # a surname in capitals has a vowel: no call sign
    ("By Jane Doe, ORF Wien", ["Jane Doe"]),
])
def test_person_beside_or_named_like_a_paper_stays(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


# -- the subheading of the headline's <hgroup> is the dek --------------------------------------------------------

DE_URL = "https://www.rheintal-bote.example/panorama/article4711/hoehlenfund.html"
DESCRIPTION = "Alle Entdeckungen des Jahres im Überblick: ein Schatz, eine Höhle und ein Schiffswrack."
DE_TEXT = [
    "Die Forscherinnen und Forscher waren seit dem Frühjahr in dem abgelegenen Tal unterwegs, um alte Karten zu "
    "prüfen und die Angaben der Anwohner mit eigenen Messungen zu vergleichen.",
    "Was sie in der Höhle fanden, überraschte auch die erfahrenen Mitglieder des Teams: Wandbilder, Werkzeuge und "
    "die Reste einer Feuerstelle, die nach ersten Schätzungen mehrere tausend Jahre alt sind.",
    "Die Funde sollen nun im Landesmuseum untersucht werden, bevor ein Teil davon im kommenden Jahr in einer "
    "Ausstellung zu sehen sein wird, wie die Leiterin des Museums am Dienstag mitteilte.",
]
DEK = "Forscher entdecken in einer Höhle im Rheintal uralte Wandbilder. Was sie zeigen, überrascht selbst Fachleute."


def _group_page(header: str) -> str:
    # a German regional group's article page: its CMS prints the SEO headline as the breadcrumb's <h1>, the
    # reader's headline as an <h2> in an <hgroup> with the kicker, and the dek (a dateline, then the sentences) in a
    # block of utility classes right after the group; the meta description is the section's, another text
    return ('<html lang="de"><head><title>Höhlenfund im Rheintal: Uralte Wandbilder entdeckt | Rheintal-Bote'
            f'</title><meta name="description" content="{DESCRIPTION}"><meta property="og:title" '
            'content="Uralte Wandbilder in einer Höhle im Rheintal entdeckt"></head><body>'
            '<nav><ul><li><a href="/">Startseite</a></li><li><a href="/panorama/">Panorama</a></li><li>'
            '<h1 class="whitespace-nowrap" data-breadcrumb-headline>Höhlenfund im Rheintal: Uralte Wandbilder '
            'entdeckt</h1></li></ul></nav><main><article>'
            f'{header}'
            '<div class="article-body">' + "".join(f"<p>{p}</p>" for p in DE_TEXT) + '</div>'
            '</article></main></body></html>')


GROUP_AND_BLOCK = ('<hgroup class="flex flex-col gap-2 mb-5"><div class="flex items-center"><span>Archäologie</span>'
                   '</div><h2 class="heading-3xl">Uralte Wandbilder in einer Höhle im Rheintal entdeckt</h2>'
                   '</hgroup><div class="copy-lg mb-7"><span class="text-secondary">Rheintal.</span> '
                   f'<span class="text-primary">{DEK}</span></div>')
GROUP_WITH_P = ('<header><hgroup><h1>Uralte Wandbilder in einer Höhle im Rheintal entdeckt</h1>'
                f'<p>{DEK}</p></hgroup></header>')


@pytest.mark.parametrize(("header", "subtitle"), [
    (GROUP_AND_BLOCK, "Rheintal. " + DEK),  # the block right after the group
    (GROUP_WITH_P, DEK),  # the <p> in the group, as HTML writes a subheading
])
def test_subheading_of_the_headline_group_is_the_subtitle(header: str, subtitle: str) -> None:
    article = EXTRACTOR.extract(_group_page(header), DE_URL)
    assert article.title == "Uralte Wandbilder in einer Höhle im Rheintal entdeckt"
    assert article.subtitle == subtitle
    assert article.body.split("\n\n")[0] == DE_TEXT[0]


def test_text_right_after_the_headline_group_stays_text() -> None:
    # a blog's <hgroup> holding the headline alone, the text right after it: its first paragraph is no dek
    header = '<hgroup><h1>Uralte Wandbilder in einer Höhle im Rheintal entdeckt</h1></hgroup>'
    page = _group_page(header).replace('<div class="article-body">', "").replace("</p></div>", "</p>")
    article = EXTRACTOR.extract(page, DE_URL)
    assert article.body.split("\n\n")[0] == DE_TEXT[0]
    assert article.subtitle != DE_TEXT[0]


# -- a heading under the headline written as prose, without a full stop, is the dek --------------------------------

EN_URL = "https://www.harbour-times.example/news/front/2024/10/16/2003811"
EN_TEXT = [
    "The exercises are to run for two weeks off the northern coast, with ships, aircraft and about two thousand "
    "personnel taking part, officials said at a briefing yesterday.",
    "The drills were planned months ago, the officials said, though they come a few days after a collision between "
    "a patrol boat and a fishing fleet's supply vessel near the disputed shoal.",
    "An amphibious landing and training on how to respond to a chemical spill are also among the activities "
    "planned, according to a press kit handed out to reporters.",
]


def _archive_page(heading: str) -> str:
    # an English-language daily's archive page: the headline as <h1>, the dek as the <h2> right under it, printed
    # without a full stop after a kicker in capitals; the meta description is the site's slogan
    return ('<html lang="en"><head><title>Navies launch joint drills off the coast - Harbour Times</title>'
            '<meta name="description" content="Bringing the harbour to the world and the world to the harbour">'
            '</head><body><div class="archives"><h1>Navies launch joint drills off the coast</h1>'
            f'<h2>{heading}</h2><div class="text">' + "".join(f"<p>{p}</p>" for p in EN_TEXT) +
            '</div></div></body></html>')


def test_prose_heading_without_a_full_stop_under_the_headline_is_the_dek() -> None:
    heading = ("SHOAL DISPUTE: Officials said a supply vessel had sideswiped a patrol boat, which sustained minor "
               "damage")
    assert EXTRACTOR.extract(_archive_page(heading), EN_URL).subtitle == heading


def test_title_case_heading_under_the_headline_is_no_dek() -> None:
    heading = "What You Need To Know About The Drills And The Shoal"
    assert EXTRACTOR.extract(_archive_page(heading), EN_URL).subtitle != heading


# -- an agency's national or regional service credited beside the reporters is the agency ------------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("By Jane Roe, Mia Doe, AFP Deutschland", ["Jane Roe", "Mia Doe"], "AFP"),
    ("By Jane Roe, Reuters India", ["Jane Roe"], "Reuters"),
    ("By EFE Colombia", [], "EFE"),
    ("By Efe Kaya", ["Efe Kaya"], None),  # a given name that spells an agency's, not as the agency writes itself
])
def test_agency_service_in_the_byline(credit: str, authors: list[str], agency: str | None) -> None:
    article = EXTRACTOR.extract(_bylined(credit), NEWS_URL)
    assert (article.authors, article.agency) == (authors, agency)
