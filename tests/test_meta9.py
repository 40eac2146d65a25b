"""Credits and deks on the generic path: the page's own publisher credited as the author, a colleague with a surname
that is a paper's word in a source clause, source clauses in Portuguese, Spanish and Italian, deks named by a data
attribute only.

Every page here is written for these tests, modelled on the markup publishing systems emit: a regional paper's
article whose byline paragraph sits under the headline and whose og:site_name gives the paper's name with its
article ("The Riverton Herald"), as WordPress themes print it; a German regional paper's article whose CMS marks the
dek with a data attribute of its own (`<p data-manual="teaserText">`) or a front-end framework's test id. Outlets
and people are invented, or are the kinds of name (a given name that is also a place's, "Chester"; a surname that
is a paper's word, "Post") that credits on the web carry.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors

from .pages import paras
from .test_meta6 import NEWS
from .test_meta8 import DE_TEXT, DEK

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

URL = "https://news.example/local/2025/05/bridge-reopens"


def _paper_page(credit: str, site_name: str) -> str:
    # a regional paper's article (a WordPress news theme): og:site_name with the paper's article, the byline
    # paragraph under the headline, no author in the metadata
    return ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'<meta property="og:site_name" content="{site_name}"></head><body><article>'
            f'<h1>Bridge reopens after repairs</h1><p class="byline">{credit}</p>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')


# -- the page's own publisher credited alone is no one, with or without its "The" -------------------------------

@pytest.mark.parametrize(("credit", "site_name"), [
    ("By Riverton Herald", "The Riverton Herald"),  # the site's name with its article, the credit without
    ("By The Madison Post", "Madison Post"),  # and the other way round
    ("By Chester Herald", "The Chester Herald"),
])
def test_own_publisher_credited_alone_is_no_one(credit: str, site_name: str) -> None:
    assert EXTRACTOR.extract(_paper_page(credit, site_name), URL).authors == []


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Chester Herald", ["Chester Herald"]),  # Chester is a given name as much as a place's ending
    ("By Emily Post", ["Emily Post"]),  # a surname that is a paper's word, another paper's site
    ("By Jana Herald", ["Jana Herald"]),
    ("By Tom Ledger", ["Tom Ledger"]),
    ("By Manchester Herald", []),  # a place's ending after more letters: a paper
])
def test_person_named_like_a_paper_on_another_papers_site(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_paper_page(credit, "The Riverton Courier"), URL).authors == authors


def test_source_organization_credited_alone_is_no_one() -> None:
    # a group's site publishing a member paper's story: JSON-LD names the group as the publisher and the paper
    # as the sourceOrganization, the byline credits the paper
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Bridge reopens after repairs", "publisher": {"@type": "Organization", "name": "Valley '
          'Network"}, "sourceOrganization": {"@type": "Organization", "name": "Lakeside Herald"}}</script>')
    page = _paper_page("By Lakeside Herald", "Valley Network").replace("</head>", ld + "</head>")
    assert EXTRACTOR.extract(page, URL).authors == []
    # (a person's credit on the same page stays)
    page = _paper_page("By Jana Herald", "Valley Network").replace("</head>", ld + "</head>")
    assert EXTRACTOR.extract(page, URL).authors == ["Jana Herald"]


# -- a colleague in the source clause whose surname is a paper's word -------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("Jane Doe. With reporting by Emily Post", ["Jane Doe", "Emily Post"]),
    ("Jane Doe. With reporting by Jana Herald and John Smith", ["Jane Doe", "Jana Herald", "John Smith"]),
    ("Jane Doe. With files from Denver Post", ["Jane Doe"]),  # a paper, still no one
    ("Jane Doe, Washington Post", ["Jane Doe"]),  # the outlet after the name, no clause
])
def test_role_word_surname_in_the_source_clause(credit: str, authors: list[str]) -> None:
    assert normalize_authors([credit]) == (authors, None)


# -- source clauses in Portuguese, Spanish and Italian ------------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Ana Silva. Com reportagem de João Souza", ["Ana Silva", "João Souza"], None),
    ("Ana Silva. Com reportagem da Reuters", ["Ana Silva"], "Reuters"),
    ("Ana Silva. Com informações de João Souza", ["Ana Silva", "João Souza"], None),
    ("Ana Silva. Com colaboração de João Souza", ["Ana Silva", "João Souza"], None),
    ("Ana García. Con información de Reuters y Pedro López", ["Ana García", "Pedro López"], "Reuters"),
    ("Ana García. Con información de Pedro López y Juan Ruiz", ["Ana García", "Pedro López", "Juan Ruiz"], None),
    ("Ana García. Con la colaboración de Pedro López", ["Ana García", "Pedro López"], None),
    ("Marco Rossi. Ha collaborato Luca Bianchi", ["Marco Rossi", "Luca Bianchi"], None),
    ("Marco Rossi. Hanno collaborato Luca Bianchi e Sara Neri", ["Marco Rossi", "Luca Bianchi", "Sara Neri"], None),
    ("Marco Rossi. Con la collaborazione di Luca Bianchi", ["Marco Rossi", "Luca Bianchi"], None),
    ("Marco Rossi. Con la collaborazione di ANSA", ["Marco Rossi"], "ANSA"),
    ("Marie Durand. Avec AFP", ["Marie Durand"], "AFP"),
    ("José Ortega y Gasset. Con información de EFE", ["José Ortega y Gasset"], "EFE"),  # one name with its "y"
])
def test_source_clause_in_more_languages(credit: str, authors: list[str], agency: str | None) -> None:
    assert normalize_authors([credit]) == (authors, agency)


# -- a dek named by a data attribute only ------------------------------------------------------------------------

DE_URL = "https://www.rheintal-bote.example/panorama/article4711/hoehlenfund.html"


def _dek_page(block: str) -> str:
    # a German regional paper's article page: the header holds the headline, the dek (marked by the CMS's own data
    # attribute, no class) and the byline; the meta description is the section's, another text
    return ('<html lang="de"><head><title>Uralte Wandbilder entdeckt</title>'
            '<meta name="description" content="Alle Entdeckungen des Jahres im Überblick."></head><body><main>'
            f'<article><header><h1>Uralte Wandbilder entdeckt</h1>{block}<p class="meta">Von Anna Seeberg</p>'
            '</header><div class="article-body">' + "".join(f"<p>{p}</p>" for p in DE_TEXT) + '</div></article>'
            '</main></body></html>')


@pytest.mark.parametrize("attrs", [
    'data-manual="teaserText"',  # a German system's "teaser": the dek
    'data-qa="article-summary"',
    'data-type="dek"',
    'data-field="lead"',
    'data-role="intro"',
    'data-module="ArticleStandfirst"',
])
def test_dek_named_by_a_data_attribute(attrs: str) -> None:
    assert EXTRACTOR.extract(_dek_page(f"<p {attrs}>{DEK}</p>"), DE_URL).subtitle == DEK


@pytest.mark.parametrize("attrs", [
    'data-gtm="related-teaser"',  # another story's teaser
    'data-manual="teaser-caption"',  # an image's caption
    'data-manual="teaser-title"',  # another story's card's parts
    'data-manual="teaser-overline"',
    'data-href="https://www.rheintal-bote.example/lead"',  # an address, no name
])
def test_data_attribute_naming_something_else_is_no_dek(attrs: str) -> None:
    assert EXTRACTOR.extract(_dek_page(f"<p {attrs}>{DEK}</p>"), DE_URL).subtitle != DEK
