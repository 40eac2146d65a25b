"""Metadata values as their systems write them: a description holding escaped markup, one escaped once too often.

Every page here is written for these tests, modelled on the markup publishing systems emit: a science site whose
CMS writes the dek's paragraph tags into its Twitter card ("&lt;p&gt;…&lt;/p&gt;" in the attribute); a regional
paper whose JSON-LD escapes the already escaped description ("K&amp;uuml;ste" for "Küste"). Sites, people and
stories are invented.
"""

from __future__ import annotations

import json

import pytest

from crawler import ExtractOptions, Extractor
from crawler._metadata import unescape_entities, without_markup

from .pages import paras
from .test_meta6 import NEWS

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://skyweekly.example/news/2025/05/bridge-reopens"


def _page(head: str) -> str:
    return ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'{head}</head><body><article><h1>Bridge reopens after repairs</h1>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')


# -- a description holding its paragraph's tags ---------------------------------------------------------------------

def test_description_markup_leaves_the_subtitle() -> None:
    head = '<meta name="twitter:description" content="&lt;p&gt;Fourteen months of work, and a festival to come.&lt;/p&gt;\n">'
    art = EXTRACTOR.extract(_page(head), URL)
    assert art.subtitle == "Fourteen months of work, and a festival to come."


def test_jsonld_description_markup_leaves_the_subtitle() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after repairs",
          "description": "<p>Fourteen months of work, <em>and</em> a festival to come.</p>"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    art = EXTRACTOR.extract(_page(head), URL)
    assert art.subtitle == "Fourteen months of work, and a festival to come."


@pytest.mark.parametrize("text, plain", [
    ("<p>One.</p><p>Two.</p>", "One. Two."),
    ("Line one<br/>line two", "Line one line two"),
    ('Read <a href="/x">the report</a> now', "Read the report now"),
    ("If x < y and y > z", "If x < y and y > z"),  # no tag: comparison signs stay
    ("Reply to <Jane Roe>", "Reply to <Jane Roe>"),  # not a tag of text markup
    ("Nothing to strip", "Nothing to strip"),
])
def test_without_markup(text: str, plain: str) -> None:
    assert without_markup(text) == plain


# -- a description escaped once too often ---------------------------------------------------------------------------

def test_description_escaped_twice_reads_as_meant() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after repairs",
          "description": "Die Br&amp;uuml;cke an der K&amp;uuml;ste ist nach vierzehn Monaten wieder offen."}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    art = EXTRACTOR.extract(_page(head), URL)
    assert art.subtitle == "Die Brücke an der Küste ist nach vierzehn Monaten wieder offen."


@pytest.mark.parametrize("text, plain", [
    ("K&uuml;ste", "Küste"),
    ("K&amp;uuml;ste", "Küste"),
    ("Q&amp;A", "Q&A"),
    ("AT&T; and more", "AT&T; and more"),  # no entity
    ("salt & pepper", "salt & pepper"),
])
def test_unescape_entities(text: str, plain: str) -> None:
    assert unescape_entities(text) == plain


# -- the alternative headline: a dek when printed as one --------------------------------------------------------------

ALT = "Ferry line closed for a week after the storm"  # a headline's wording
ALT_DEK = ("The council says the ferry between the two harbours stays closed for a week while divers check the "
           "piers the storm damaged, and buses replace it")  # a dek's


def _alt_page(alternative: str, printed: str = "", description: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after repairs",
          "alternativeHeadline": alternative}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    if description:
        head += f'<meta name="description" content="{description}">'
    return ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'{head}</head><body><article><header><h1>Bridge reopens after repairs</h1>{printed}</header>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')


def test_unprinted_alternative_headline_is_no_subtitle() -> None:
    # declared for search or sharing, printed nowhere: a second headline; the description is the summary
    art = EXTRACTOR.extract(_alt_page(ALT, description="Repairs took fourteen months and cost the town a fortune."),
                            URL)
    assert art.subtitle == "Repairs took fourteen months and cost the town a fortune."
    assert EXTRACTOR.extract(_alt_page(ALT), URL).subtitle is None


def test_alternative_headline_printed_as_a_heading_is_no_subtitle() -> None:
    # another layout's headline, over a kicker, in the header
    printed = f'<hgroup><div class="labels"><span>Storm damage</span></div><h2 class="text-title">{ALT}</h2></hgroup>'
    assert EXTRACTOR.extract(_alt_page(ALT, printed), URL).subtitle is None


@pytest.mark.parametrize("printed", [
    f'<div class="meta"><div class="box">{ALT}</div></div>',  # printed under the headline as a plain block
    f'<div class="top"><h2 class="epigraph">{ALT_DEK}</h2></div>',  # a heading longer than a headline: prose
])
def test_alternative_headline_printed_as_a_dek_is_the_subtitle(printed: str) -> None:
    alternative = ALT if ALT in printed else ALT_DEK
    assert EXTRACTOR.extract(_alt_page(alternative, printed), URL).subtitle == alternative


def test_kicker_title_finds_its_headline_and_dek() -> None:
    # the declared title opens with the kicker the page prints over its <h1>: the <h1> is still the headline, and
    # the dek under it is found
    page = ('<html lang="en"><head><title>Harbour towns: Bridge reopens</title>'
            '<meta property="og:title" content="Harbour towns: Bridge reopens"></head><body><article><header>'
            '<span class="kicker">Harbour towns</span><h1>Bridge reopens</h1>'
            '<p class="standfirst">Fourteen months of repairs end with a festival on the deck</p></header>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')
    art = EXTRACTOR.extract(page, URL)
    assert art.subtitle == "Fourteen months of repairs end with a festival on the deck"


# -- a description that is a picture's caption, or a fragment ---------------------------------------------------------

CAPTION = "Divers check the piers of the old bridge on Monday morning."


@pytest.mark.parametrize("picture", [
    f'<div class="lead-image"><img src="/a.jpg"><div class="image-caption">{CAPTION}</div></div>',
    f'<figure><img src="/a.jpg"><figcaption><span>{CAPTION}</span> <span>© Jane Roe</span></figcaption></figure>',
])
def test_description_that_is_a_caption_is_no_subtitle(picture: str) -> None:
    page = ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'<meta name="description" content="{CAPTION}"></head><body><article><h1>Bridge reopens after repairs</h1>'
            f'{picture}<div class="article-body">{paras(NEWS)}</div></article></body></html>')
    assert EXTRACTOR.extract(page, URL).subtitle is None


def test_description_as_an_images_alt_text_stays() -> None:
    # some systems write the description into the lead image's alt text: no caption
    description = "Repairs took fourteen months and cost the town a fortune."
    page = ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'<meta name="description" content="{description}"></head><body><article>'
            f'<h1>Bridge reopens after repairs</h1><figure><img src="/a.jpg" alt="{description}"></figure>'
            f'<div class="article-body">{paras(NEWS)}</div></article></body></html>')
    assert EXTRACTOR.extract(page, URL).subtitle == description


def test_description_not_the_caption_stays() -> None:
    page = ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'<meta name="description" content="Repairs took fourteen months and cost the town a fortune.">'
            f'</head><body><article><h1>Bridge reopens after repairs</h1><figure><img src="/a.jpg" alt="{CAPTION}">'
            f'</figure><div class="article-body">{paras(NEWS)}</div></article></body></html>')
    assert EXTRACTOR.extract(page, URL).subtitle == "Repairs took fourteen months and cost the town a fortune."


@pytest.mark.parametrize("description, subtitle", [
    ("News you can count on", None),  # the site's slogan
    ("Before the fair opens the city council", None),  # cut in mid-sentence
    ("Divers found every pier sound.", "Divers found every pier sound."),  # a short sentence
    ("Fourteen months of repairs end with a festival on the deck", "Fourteen months of repairs end with a festival "
     "on the deck"),  # a line of words enough
])
def test_fragment_description_is_no_subtitle(description: str, subtitle: str | None) -> None:
    page = ('<html lang="en"><head><title>Bridge reopens after repairs</title>'
            f'<meta name="description" content="{description}"></head><body><article>'
            f'<h1>Bridge reopens after repairs</h1><div class="article-body">{paras(NEWS)}</div></article></body></html>')
    assert EXTRACTOR.extract(page, URL).subtitle == subtitle


# -- a surname in capitals ("Prénom NOM") ------------------------------------------------------------------------------

@pytest.mark.parametrize("credit, name", [
    ("Marie DURAND", "Marie Durand"),  # the French papers' and the agency's way
    ("Par Pieter-Jan VAN DER HOEK", "Pieter-Jan Van der Hoek"),
    ("Lotte-Marie BRANDHÜBER", "Lotte-Marie Brandhüber"),
    ("Tom MCBRANNIGAN", "Tom McBrannigan"),
    ("DUPONT Jean", "DUPONT Jean"),  # the surname first: the capitals say so
    ("Ilvo PELLINEN Jr", "Ilvo Pellinen Jr"),
    ("Bram Ostley III", "Bram Ostley III"),  # a numeral stays
    ("Quillon DeVRIESEN", "Quillon DeVRIESEN"),  # another mix: as written
])
def test_surname_in_capitals_in_normal_case(credit: str, name: str) -> None:
    from crawler._authors import normalize_authors
    assert normalize_authors([credit])[0] == [name]


# -- one word in capitals credited alone ------------------------------------------------------------------------------

@pytest.mark.parametrize("credit, people", [
    ("KXYZNEWS", []),  # a station's code in the author meta tag
    ("NEWSDESK", []),
    ("CNN", []),
    ("Wenna", ["Wenna"]),  # a person alone is named in normal case
    ("JANE ROE", ["Jane Roe"]),  # two words in capitals: a name
])
def test_one_word_in_capitals_is_no_person(credit: str, people: list[str]) -> None:
    from crawler._authors import normalize_authors
    assert normalize_authors([credit])[0] == people


# -- a description holding the headline whole --------------------------------------------------------------------------

@pytest.mark.parametrize("title, description", [
    # a system's template quoting the headline (after the title's kicker)
    ("Harbour towns: Bridge reopens after long repairs",
     "Find more on the topic Harbour towns. Read now 'Bridge reopens after long repairs'."),
    # the title run into the text's opening
    ("Bridge reopens after long repairs", "Bridge reopens after long repairs, the council celebrates [Valley Desk] "
                                          "The old bridge reopened on Monday."),
])
def test_description_holding_the_headline_is_no_subtitle(title: str, description: str) -> None:
    page = (f'<html lang="en"><head><title>{title}</title><meta name="description" content="{description}">'
            f'</head><body><article><h1>{title}</h1><div class="article-body">{paras(NEWS)}</div></article>'
            '</body></html>')
    assert EXTRACTOR.extract(page, URL).subtitle is None


def test_description_with_some_of_the_headline_words_stays() -> None:
    description = "Repairs took fourteen months before the bridge reopens to cars and bikes."
    page = ('<html lang="en"><head><title>Bridge reopens after long repairs</title>'
            f'<meta name="description" content="{description}"></head><body><article>'
            f'<h1>Bridge reopens after long repairs</h1><div class="article-body">{paras(NEWS)}</div></article>'
            '</body></html>')
    assert EXTRACTOR.extract(page, URL).subtitle == description
