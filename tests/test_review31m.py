"""Review of the credit and dek rules of tests/test_meta9.py: counter-examples a real site could print.

Every page and credit here is written for these tests, modelled on the markup and bylines publishing systems emit:
a Spanish or Portuguese paper's byline whose source note credits an agency and a colleague with two surnames
joined by "y" or "e" (as Spanish and Portuguese names are written: "Pedro Sánchez y López", "Maria da Silva e
Souza"); a German regional paper's article header whose CMS or tag manager puts data attributes on its blocks
(`data-tracking`, `data-gtm-label` for click counting, `data-layout`, `data-variant` for the look of a card); a
group's news page whose JSON-LD gives its newsroom as a plain string. Outlets and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors

from .test_meta8 import DE_TEXT, DEK
from .test_meta9 import _paper_page, URL

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a colleague with two surnames joined by "y" / "e" in a source clause -----------------------------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    # the "y" after the agency splits; the one inside the colleague's name does not
    ("Ana García. Con información de EFE y Pedro Sánchez y López", ["Ana García", "Pedro Sánchez y López"], "EFE"),
    ("Ana García. Con información de Pedro Sánchez y López", ["Ana García", "Pedro Sánchez y López"], None),
    ("Ana Silva. Com reportagem de Maria da Silva e Souza", ["Ana Silva", "Maria da Silva e Souza"], None),
    ("Ana Silva. Com reportagem da Lusa e Maria da Silva e Souza", ["Ana Silva", "Maria da Silva e Souza"], "Lusa"),
])
def test_double_surname_in_the_source_clause_is_one_person(credit: str, authors: list[str],
                                                           agency: str | None) -> None:
    assert normalize_authors([credit]) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Ana García. Con información de EFE y AP", ["Ana García"], "EFE"),  # two agencies: the first
    ("Ana García. Con información de Pedro López y Juan Ruiz", ["Ana García", "Pedro López", "Juan Ruiz"], None),
    ("Marco Rossi. Ha collaborato con la polizia locale", ["Marco Rossi"], None),  # a sentence, no credit
    ("Jane Doe. With reporting by Washington Post", ["Jane Doe"], None),  # a paper, no colleague
])
def test_source_clause_still_reads(credit: str, authors: list[str], agency: str | None) -> None:
    # (guards: these read right before the fixes too)
    assert normalize_authors([credit]) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors"), [
    # a public body or an institution the clause credits is no colleague
    ("Ana García. Con la colaboración de Protección Civil", ["Ana García"]),
    ("Ana García. Con la colaboración de Cruz Roja", ["Ana García"]),
    ("Ana García. Con la colaboración del Ayuntamiento de Madrid", ["Ana García"]),
    ("Marco Rossi. Ha collaborato Protezione Civile", ["Marco Rossi"]),
    ("Ana Silva. Com colaboração de Agência Brasil", ["Ana Silva"]),
    ("Ana García. Con la colaboración de Ana Cruz", ["Ana García", "Ana Cruz"]),  # (guard) a surname "Cruz"
])
def test_institution_in_the_source_clause_is_no_one(credit: str, authors: list[str]) -> None:
    assert normalize_authors([credit]) == (authors, None)


# -- the page's own publisher -------------------------------------------------------------------------------------

def test_personal_site_named_after_its_author_with_more_words_keeps_the_author() -> None:
    # (guard) a blog "The Jane Doe Report" crediting "Jane Doe": the site's name is not hers
    assert EXTRACTOR.extract(_paper_page("By Jane Doe", "The Jane Doe Report"), URL).authors == ["Jane Doe"]


def test_source_organization_given_as_a_string_is_the_publisher() -> None:
    # JSON-LD that gives sourceOrganization as its name only, as some CMS templates print it
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Bridge reopens after repairs", "publisher": {"@type": "Organization", "name": "Valley '
          'Network"}, "sourceOrganization": "Lakeside Herald"}</script>')
    page = _paper_page("By Lakeside Herald", "Valley Network").replace("</head>", ld + "</head>")
    assert EXTRACTOR.extract(page, URL).authors == []
    page = _paper_page("By John Lewis", "Valley Network").replace("</head>", ld + "</head>")
    assert EXTRACTOR.extract(page, URL).authors == ["John Lewis"]


# -- data attributes that count clicks or set a look do not name a dek --------------------------------------------

DE_URL = "https://www.rheintal-bote.example/panorama/article4711/hoehlenfund.html"
UPSELL = "Jetzt abonnieren und alle Artikel lesen, nur einen Euro im ersten Monat."


def _dek_page(block: str) -> str:
    # a German regional paper's article page: the header holds the headline, a block the CMS or the tag manager
    # marks with a data attribute, and the byline
    return ('<html lang="de"><head><title>Uralte Wandbilder entdeckt</title></head><body><main>'
            f'<article><header><h1>Uralte Wandbilder entdeckt</h1>{block}<p class="meta">Von Anna Seeberg</p>'
            '</header><div class="article-body">' + "".join(f"<p>{p}</p>" for p in DE_TEXT) + '</div></article>'
            '</main></body></html>')


@pytest.mark.parametrize("attrs", [
    'data-tracking="lead"',  # where the tag manager counts the click: an upsell at the lead's place
    'data-gtm-label="teaserText"',
    'data-layout="teaser"',  # a card's look
    'data-variant="lead"',
    'data-ga-event="intro"',
])
def test_click_counting_or_look_attribute_names_no_dek(attrs: str) -> None:
    assert EXTRACTOR.extract(_dek_page(f"<div {attrs}><p>{UPSELL}</p></div>"), DE_URL).subtitle != UPSELL


@pytest.mark.parametrize("attrs", ['data-manual="teaserText"', 'data-field="lead"', 'data-qa="article-summary"'])
def test_naming_data_attribute_still_names_the_dek(attrs: str) -> None:
    # (guard) the attributes that say what the block is
    assert EXTRACTOR.extract(_dek_page(f"<p {attrs}>{DEK}</p>"), DE_URL).subtitle == DEK
