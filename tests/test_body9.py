"""The story's own lines that the chrome rules took for the site's, and lines of the site's they did not know.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: test_precision6's regional paper (a <div> of <p>s in an <article>) with, after its last paragraph, the
closing paragraphs in the box a metered paywall names "teaser-cut premium" (the box it would fold away past the cut;
on a free story the page carries it whole), a section heading between two paragraphs that names a streaming
service's plan ("Subscribe to Disney's Premium Plan", a <h2> as a CMS's heading block prints it), a Nordic paper's
offer lines ("Få tilgang til alt innhold for 1 kr"), a redaction in brackets alone on its line ("[name_redacted]")
beside the plug-in tags a publishing system leaves unrendered ("[vc_row]", "[gallery ids=…]"), and a Finnish
sentence that opens like a date line ("Julkaistu 2013 kirja …": "the book published in 2013 …").
"""

from __future__ import annotations

import pytest

from crawler._clutter import is_clutter_line

from .test_precision5 import S
from .test_precision6 import body, page

# ------------------------------------------------------------------------------------ a paywall's teaser-cut box

CLOSING = ("Residents will be able to comment on the plans at a public meeting in the town hall next month.",
           "The council will take its final decision in the spring, after the consultation has closed.")


@pytest.mark.parametrize("cls", ["teaser-cut premium", "article-teaser", "Teaser-rest"])
def test_the_story_s_closing_paragraphs_in_a_teaser_cut_box_stay(cls: str) -> None:
    box = f'<div class="{cls}">' + "".join(f"<p>{line}</p>" for line in CLOSING) + "</div>"
    assert body(page("", tail=box)) == S + list(CLOSING)


@pytest.mark.parametrize("box", [
    # a teaser of another story: its headline is a link
    '<div class="teaser"><p><a href="/news/pool-reopens">Swimming pool reopens after two-year refit</a></p>'
    '<p>The pool on Mill Lane welcomed its first swimmers on Saturday morning after the long refit.</p></div>',
    # a paywall's prompt in the box
    '<div class="teaser-cut premium"><p>Subscribe to continue reading this article.</p>'
    '<p><a class="button" href="/subscribe">Subscribe now</a></p></div>',
])
def test_a_teaser_box_of_another_story_or_a_prompt_goes(box: str) -> None:
    assert body(page("", tail=box)) == S


# ------------------------------------------------------------------------------ a subheading naming another's plan

@pytest.mark.parametrize("heading", ["Subscribe to Disney's Premium Plan", "Subscribe to Netflix Standard"])
def test_a_subheading_naming_another_service_s_plan_stays(heading: str) -> None:
    assert body(page(f"<h2>{heading}</h2>")) == [*S[:2], heading, *S[2:]]


@pytest.mark.parametrize("heading", ["Subscribe to our newsletter", "Subscribe to Our Morning Briefing",
                                     "Subscribe to The Courier's Morning Briefing", "Subscribe to The Courier Podcast"])
def test_the_site_s_own_sign_up_heading_between_paragraphs_goes(heading: str) -> None:
    assert body(page(f"<h2>{heading}</h2>")) == S


def test_the_plan_named_alone_after_the_text_goes() -> None:
    assert body(page("", tail="<p>Subscribe to Disney's Premium Plan</p>")) == S


# --------------------------------------------------------------------------------------------- Nordic offers

@pytest.mark.parametrize("line", [
    "Få tilgang til alt innhold for 1 kr",
    "Prøv 1 måned for 1 kr",
    "Prøv en måned for kun 1 kr.",
    "Läs vidare för 1 kr",
    "Prova en månad för 1 kr",
    "Få adgang til alle artikler for 1 kr",
])
def test_a_nordic_offer_is_a_clutter_line(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Prøv å kjøpe kaffe for 30 kr på stasjonen.",
    "Han fikk tilgang til huset for 50 kr.",
])
def test_a_sentence_with_a_price_in_crowns_is_not(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_nordic_offer_after_the_text_goes() -> None:
    assert body(page("", tail="<p>Få tilgang til alt innhold for 1 kr</p>", lang="no")) == S


# ------------------------------------------------------------------------------------------- bracketed tokens

@pytest.mark.parametrize("line", ["[name_redacted]", "[photo_removed]", "[address_withheld]"])
def test_a_redaction_alone_on_its_line_is_no_plug_in_tag(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", ["[ad_1]", "[vc_row][vc_column]", "[/vc_column][/vc_row]", "[et_pb_section]",
                                  '[gallery ids="4,5"]', "{loadposition ad-1}"])
def test_a_plug_in_tag_still_is(line: str) -> None:
    assert is_clutter_line(line)


def test_a_redaction_line_in_a_transcript_stays() -> None:
    assert body(page("<p>[name_redacted]</p>")) == [*S[:2], "[name_redacted]", *S[2:]]


# ------------------------------------------------------------------------------------------------ date lines

@pytest.mark.parametrize("line", ["Julkaistu 2013 kirja kertoo paljon.", "Julkaistu 2013 kirja",
                                  "Publicerad 2019 bok om staden."])
def test_a_sentence_opening_like_a_date_line_is_no_date_line(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", ["Julkaistu 12.3.2024 klo 10.15", "Julkaistu: 2013", "Stand: 4. März 2024, 10:15 Uhr",
                                  "Publié le 4 mars 2024 à 10h00", "Aktualisiert am 4. März", "Publicado em 2024-03-12",
                                  "Publicerad 2024-03-12 08:15"])
def test_a_date_line_still_is(line: str) -> None:
    assert is_clutter_line(line)


def test_a_finnish_sentence_opening_like_a_date_line_stays() -> None:
    line = "Julkaistu 2013 kirja kertoo paljon."
    assert body(page(f"<p>{line}</p>", lang="fi")) == [*S[:2], line, *S[2:]]


# ------------------------------------------------------------------------------------------ a list of linked names
# A travel or weather story's places, each linked to the site's page on it, in a <ul> the paragraph before announces.

PLACES = ["Osaka", "Kyoto", "Kobe", "Nara"]


def names(intro: str, items: list[str] = PLACES, slug: str = "/weather/") -> str:
    return f"<p>{intro}</p><ul>" + "".join(f'<li><a href="{slug}{i.lower()}">{i}</a></li>' for i in items) + "</ul>"


@pytest.mark.parametrize("intro", ["The heat warning covers these cities:",
                                   "Die Hitzewarnung gilt für diese Städte:"])
def test_a_list_of_linked_places_the_story_announces_stays(intro: str) -> None:
    assert body(page(names(intro))) == [*S[:2], intro, *(f"- {p}" for p in PLACES), *S[2:]]


def test_linked_names_of_a_few_words_stay() -> None:
    items = ["Rio de Janeiro", "São Paulo", "Belo Horizonte"]
    intro = "Flights resume on Monday to three cities:"
    assert body(page(names(intro, items))) == [*S[:2], intro, *(f"- {p}" for p in items), *S[2:]]


@pytest.mark.parametrize("intro", ["Read more:", "Related:", "More stories from our travel desk:"])
def test_linked_names_under_a_label_of_the_site_s_go(intro: str) -> None:
    assert body(page(names(intro)))[2:] != [intro, *(f"- {p}" for p in PLACES), *S[2:]]
    assert "- Osaka" not in body(page(names(intro)))


def test_a_list_of_linked_headlines_after_a_colon_goes() -> None:
    items = ["Swimming pool reopens after two-year refit", "Bus lane plan goes out to consultation",
             "Library volunteers honoured at awards night"]
    intro = "The council has made several other decisions this month:"
    assert not any(line.startswith("- ") for line in body(page(names(intro, items, "/news/"))))


def test_linked_names_without_an_announcing_sentence_go() -> None:
    intro = "The branch was the oldest of the county's libraries and the smallest of them."
    assert "- Osaka" not in body(page(names(intro)))
