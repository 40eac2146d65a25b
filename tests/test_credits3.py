"""Authors on the generic path, third set: closing lines, first lines and labelled credits that name no one, and
the interviewer credited only under an interview.

Every page here is written for these tests, modelled on the markup such systems emit; each says which kind. Outlets
and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

URL = "https://diario-llanura.example/ciudad/2025/03/concejo-aprueba-presupuesto"
TITLE = "Council approves the new budget"
TEXT = ["The city council approved the new budget on Tuesday after a debate that lasted well into the night.",
        "Opposition members said the plan cut too deeply into spending on parks, libraries and public transport.",
        "The mayor defended the cuts, saying the city had to balance its books after two years of falling revenue.",
        "A final vote on the details of the plan is expected next month, when the council meets again."]


def json_ld(author: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{TITLE}", "author": {author}}}</script>')


def wp_page(inner: str, head: str = "", lang: str = "en") -> str:
    # a WordPress theme's single post: the headline in the <article>'s header, the text in <div class="entry-content">
    # as the editor wrote it (its inline alignment kept), a related-posts list after it
    return (f'<html lang="{lang}"><head><title>{TITLE} – Diario Llanura</title>{head}</head><body>'
            f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{TITLE}</h1>'
            f'</header><div class="entry-content">{inner}</div></article><aside class="related-posts"><h3>Related'
            '</h3><ul><li><a href="/a">Water rates rise</a></li><li><a href="/b">New bridge opens</a></li></ul>'
            '</aside></body></html>')


def extract(html: str) -> tuple[list[str], str | None, list[str]]:
    art = EXTRACTOR.extract(html, URL)
    return art.authors, art.agency, art.body.split("\n\n")


# -- 1. a flush-right closing line that is a place or a greeting -----------------------------------------------------

@pytest.mark.parametrize("close", [
    '<p style="text-align: right;">Buenos Aires</p>',  # where it was written, in plain type
    '<p style="text-align: right;">Rio Claro</p>',
    '<p style="text-align: right;"><strong>Saludos Cordiales</strong></p>',  # a letter's greeting, in bold
    '<p style="text-align: right;"><em>Kind Regards</em></p>',
    '<p align="right"><b>Mit Freundlichen Grüßen</b></p>',
    '<p style="text-align: right;"><strong>Cordialement Vôtre</strong></p>',
    '<p style="text-align: right;">Berlin, im März</p>',  # a place and a date
])
def test_a_flush_right_place_or_greeting_is_no_author(close: str) -> None:
    authors, _, body = extract(wp_page(paras(TEXT) + close))
    assert (authors, body) == ([], TEXT)


@pytest.mark.parametrize("close, authors", [
    ('<p style="text-align: right;"><strong>Lucía Ferrando</strong></p>', ["Lucía Ferrando"]),
    ('<p style="text-align:right"><em>Lucía Ferrando y Tomás Irigoyen</em></p>', ["Lucía Ferrando", "Tomás Irigoyen"]),
    ('<p style="text-align:right">LUCÍA FERRANDO</p>', ["Lucía Ferrando"]),  # in capitals
])
def test_a_flush_right_name_set_apart_is_still_the_author(close: str, authors: list[str]) -> None:
    assert extract(wp_page(paras(TEXT) + close)) == (authors, None, TEXT)


# -- 2. a closing line in capitals that is a label ---------------------------------------------------------------------

@pytest.mark.parametrize("close", [
    '<p style="text-align: right;">LIVE UPDATES</p>',
    '<p style="text-align: right;"><strong>MORE TO FOLLOW</strong></p>',
    '<p style="text-align: right;">FIN</p>',
    '<p style="text-align: right;">ENDS</p>',
    '<p style="text-align: right;">SALUDOS CORDIALES</p>',
    '<p style="text-align: right;"><strong>BREAKING NEWS</strong></p>',
    '<p style="text-align: right;"><strong>WATCH LIVE</strong></p>',
])
def test_a_flush_right_label_in_capitals_is_no_author(close: str) -> None:
    assert extract(wp_page(paras(TEXT) + close))[0] == []


@pytest.mark.parametrize("close", ["<p><strong>SALUDOS CORDIALES</strong></p>", "<p><b>BEST WISHES</b></p>",
                                   "<p><strong>LIVE UPDATES</strong></p>"])
def test_a_closing_label_or_greeting_in_bold_capitals_is_no_author(close: str) -> None:
    assert extract(wp_page(paras(TEXT) + close))[0] == []


# -- 3. a name and its photo agency or news agency after a slash opening the text ------------------------------------

@pytest.mark.parametrize("first, authors, agency", [
    ("Jane Doe/Sipa USA", ["Jane Doe"], None),  # a photo agency: no news agency, no author
    ("Jane Doe / Reuters", ["Jane Doe"], "Reuters"),
    ("Jane Doe/Getty Images", ["Jane Doe"], None),
    ("Jane Doe and Tom Roe / AFP", ["Jane Doe", "Tom Roe"], "AFP"),
])
def test_a_name_then_an_agency_after_a_slash_opening_the_text(first: str, authors: list[str],
                                                             agency: str | None) -> None:
    assert extract(wp_page(f"<p>{first}</p>" + paras(TEXT))) == (authors, agency, TEXT)


def test_a_name_and_an_agency_after_a_slash_beside_the_metadatas_author() -> None:
    html = wp_page("<p>Jane Doe / Reuters</p>" + paras(TEXT), json_ld('{"@type": "Person", "name": "Tom Roe"}'))
    assert extract(html)[0] == ["Tom Roe"]


def test_a_slash_between_two_words_opening_a_sentence_is_no_byline() -> None:
    text = ["Tom Roe/Jane Doe said the plan was fine."] + TEXT
    assert extract(wp_page(paras(text)))[:2] == ([], None)


# -- 4. a labelled credit naming a role, a guest or the staff --------------------------------------------------------

@pytest.mark.parametrize("lang, credit", [
    ("es", "Por: Invitación Especial"), ("es", "Por: Redacción"), ("es", "Por: Colaborador Invitado"),
    ("en", "By: Staff"), ("en", "By: Special Guest"), ("en", "By: Guest Contributor"),
    ("pt", "Por: Convidado Especial"), ("pt", "Por: Equipe"), ("fr", "Par : Invité Spécial"),
    ("de", "Von: Gastautor"), ("it", "Di: Ospite Speciale"), ("id", "Oleh: Tim Redaksi"),
    ("id", "Penulis: Kontributor Tamu"),
])
def test_a_labelled_credit_naming_a_role_names_no_one_and_is_no_text(lang: str, credit: str) -> None:
    assert extract(wp_page(f"<p>{credit}</p>" + paras(TEXT), lang=lang)) == ([], None, TEXT)


def test_a_labelled_credit_naming_a_person_still_names_the_author() -> None:
    assert extract(wp_page("<p>Por: Lucía Ferrando</p>" + paras(TEXT), lang="es")) == (["Lucía Ferrando"], None, TEXT)


# -- 5. the interviewer credited only under an interview -------------------------------------------------------------

QA = ["Frau Weber, why did you run for the council again?",
      "Because the work is not done. We promised better buses, and the new lines open only next year.",
      "What do you say to those who find the budget too tight?",
      "That every city in the region is making the same choices this year, and we made ours in the open."]


@pytest.mark.parametrize("lang, close", [
    ("de", "Das Gespräch führte Anna Berger."),
    ("de", "Das Interview führten Anna Berger und Jonas Kessler."),
    ("en", "Interview: Anna Berger"),
    ("en", "Interview by Anna Berger"),
    ("fr", "Propos recueillis par Anna Berger"),
    ("es", "Entrevista realizada por Anna Berger"),
    ("it", "Intervista a cura di Anna Berger"),
])
def test_the_interviewer_credited_under_an_interview_is_its_author(lang: str, close: str) -> None:
    authors, _, body = extract(wp_page(paras(QA) + f"<p><em>{close}</em></p>", lang=lang))
    expected = ["Anna Berger", "Jonas Kessler"] if "Jonas" in close else ["Anna Berger"]
    assert (authors, body) == (expected, QA)


def test_the_interviewer_is_no_author_beside_the_metadatas_author() -> None:
    html = wp_page(paras(QA) + "<p><em>Das Gespräch führte Anna Berger.</em></p>",
                   json_ld('{"@type": "Person", "name": "Tom Roe"}'), lang="de")
    assert extract(html)[0] == ["Tom Roe"]


def test_a_sentence_about_an_interview_names_no_author() -> None:
    text = TEXT + ["Das Gespräch führte Anna Berger zu einem Treffen mit dem Bürgermeister im Rathaus am Montag."]
    assert extract(wp_page(paras(text), lang="de"))[0] == []


def test_the_interviewer_is_no_author_when_the_metadata_credits_a_desks_initials() -> None:
    # a broadcaster's web article of a radio interview: the JSON-LD credits the web desk by its initials, which name
    # no one; the closing line credits the radio interview, not the write-up
    html = wp_page(paras(QA) + "<p><em>Das Gespräch führte Anna Berger.</em></p>",
                   json_ld('[{"@type": "Person", "name": "abc/xyz"}]'), lang="de")
    authors, _, body = extract(html)
    assert (authors, body[-1]) == ([], "Das Gespräch führte Anna Berger.")
