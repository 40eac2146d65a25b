"""Clutter lines that reached the body: newsroom sign-offs, a correspondent's label, tag lists, shop buttons and
"Also:" pointers (invented pages and lines, modelled on the markup of the kind)."""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import drop_closing_tags, drop_clutter_lines, drop_tag_list, is_clutter_line

STORY = [
    "The harbour authority of Port Wenmore approved on Monday a plan to dredge the old eastern basin before the "
    "autumn storms, after three years of delays and two failed tenders.",
    "The work is expected to take eleven weeks and to cost about four million, most of it paid by the regional "
    "fund for small ports, the authority's chair told the council.",
    "Fishermen who moor in the basin will be moved to the western quay while the dredgers are at work, and the "
    "ferry to the islands will keep its timetable.",
]


def _extract(extra_html: str, *, before: str = "", after: str = "") -> list[str]:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = ("<html lang='en'><head><title>Harbour basin to be dredged</title></head><body><article>"
            f"<h1>Harbour basin to be dredged</h1>{before}{paragraphs}{after}{extra_html}</article></body></html>")
    body = Extractor(ExtractOptions(use_profiles=False)).extract(html, "https://www.wenmore-post.example/basin").body
    return body.split("\n\n")


@pytest.mark.parametrize("line", [
    "HZ-Redaktion", "Online-Redaktion", "Redaktion", "La rédaction", "Redacción", "La redazione",
])
def test_the_newsroom_credited_alone_is_clutter(line: str) -> None:
    assert is_clutter_line(line), line


def test_a_newsroom_sign_off_closing_the_story_goes() -> None:
    assert _extract("<p>EP-Redaktion</p>") == STORY


@pytest.mark.parametrize("line", [
    "Die Redaktion hat den Text am Abend gekürzt.",
    "Redaktionsschluss",
    "La rédaction du journal a été évacuée lundi matin.",
])
def test_sentences_about_a_newsroom_stay(line: str) -> None:
    assert not is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "DAL NOSTRO CORRISPONDENTE",
    "Dal nostro inviato a Bruxelles",
    "DE NOTRE ENVOYÉ SPÉCIAL À KYIV",
    "De nuestro corresponsal en Roma",
    "From our correspondent in New York",
])
def test_a_correspondents_label_is_clutter(line: str) -> None:
    assert is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "Dal nostro inviato a Bruxelles è arrivata una lettera del ministro.",
    "De notre correspondant à Rome, nous avons reçu ce témoignage.",
    "From our correspondent in the valley came the first word of the flood.",
])
def test_sentences_opening_like_a_correspondents_label_stay(line: str) -> None:
    assert not is_clutter_line(line), line


def test_a_correspondents_label_over_the_story_goes() -> None:
    assert _extract("", before="<p>DAL NOSTRO CORRISPONDENTE</p>") == STORY


@pytest.mark.parametrize("line", ["Etiketler :", "Schlagwörter:", "Mots-clés :", "Etiquetas: puerto, obras"])
def test_tag_labels_in_more_languages_are_clutter(line: str) -> None:
    assert is_clutter_line(line), line


def test_a_tag_list_closing_the_text_goes_with_its_label() -> None:
    lines = STORY + ["- Etiketler :", "- Gündem -", "- Liman", "- Port Wenmore", "- Deniz"]
    assert drop_tag_list(lines) == STORY
    assert drop_clutter_lines(lines) == STORY


def test_a_tag_list_in_the_page_goes() -> None:
    tags = ("<ul class='list'><li>Etiketler :</li><li><a href='/gundem'>Gündem -</a></li>"
            "<li><a href='/liman'>Liman</a></li><li><a href='/deniz'>Deniz</a></li></ul>")
    assert _extract(tags) == STORY


def test_short_lines_after_a_tag_label_with_prose_after_them_stay() -> None:
    # (the label's words open a part of the text: the lines after it are the story's, not a closing list)
    lines = STORY[:1] + ["Schlagwörter:", "Hafen", "Fähre", STORY[1]]
    assert drop_tag_list(lines) == lines


@pytest.mark.parametrize("line", [
    "Jetzt bei Beispielshop kaufen",
    "Hier bei Musterfunk (Aktion) abschließen",
    "Jetzt bei Beispielshop für 29,99 Euro kaufen",
])
def test_a_shops_button_is_clutter(line: str) -> None:
    assert is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "Jetzt bei uns kaufen, sagte der Händler, und dann ist das Angebot vorbei.",
    "Hier im Laden kann man nichts mehr kaufen, klagt die Inhaberin.",
])
def test_sentences_about_buying_stay(line: str) -> None:
    assert not is_clutter_line(line), line


def test_also_see_before_another_story_is_clutter() -> None:
    assert is_clutter_line("Also: See our coverage of the ferry strike")
    assert is_clutter_line("Also: Read how the harbour was built")
    assert not is_clutter_line("Also: the ferry will keep its timetable.")


@pytest.mark.parametrize("line", [
    "Die Juli-Ausgabe mit der Seglerin Lena Roth auf dem Titel liegt ab dem 3. Juli am Kiosk. Hier kannst du es "
    "schon jetzt bestellen.",
    "The summer issue is on newsstands now. Order your copy here.",
])
def test_a_magazines_note_on_its_new_issue_is_clutter(line: str) -> None:
    assert is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "The issue is on sale now. Here the mayor said he would buy it.",
    "The first issue of the paper was on sale in 1901.",
    "The May issue is on sale now. Buy it here or at the kiosk, the editor told readers in a letter.",
])
def test_sentences_about_an_issue_on_sale_stay(line: str) -> None:
    assert not is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "Familjen har godkänt att namn och bild publiceras.",
    "Föräldrarna har godkänt bildpublicering och namn.",
    "Familien har godkjent publisering av navn og bilde.",
])
def test_a_nordic_papers_note_on_the_familys_consent_is_clutter(line: str) -> None:
    assert is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "Familjen har godkänt försäljningen av huset i juni.",
    "Familjen har godkänt att namn och bild publiceras, säger polisen, men utredningen fortsätter.",
])
def test_a_familys_consent_told_in_a_story_stays(line: str) -> None:
    assert not is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "Listen to The Morning Desk live from 7am daily and catch up later on our app.",
    "Watch Harbour Tonight live on Fridays and watch again on our app",
])
def test_a_broadcasters_call_to_its_show_is_clutter(line: str) -> None:
    assert is_clutter_line(line), line


@pytest.mark.parametrize("line", [
    "Listen to the minister live at noon, when she will announce the budget.",
    "Watch the match live on Sunday.",
])
def test_a_story_pointing_to_a_live_broadcast_stays(line: str) -> None:
    assert not is_clutter_line(line), line


def test_the_pages_own_tags_closing_the_text_go() -> None:
    # (a section of links to the site's topic pages under the story, without a label, named for nothing the markup
    # rules know: each line is one of the keywords the page declares)
    tags = ("<section class='category-row'><a class='category-link' href='/category/harbours'>Harbours</a> "
            "<a class='category-link' href='/category/coastal-towns'>Coastal towns</a> "
            "<a class='category-link' href='/category/dredging'>Dredging</a></section>")
    html = ("<html lang='en'><head><title>Harbour basin to be dredged</title>"
            "<meta name='news_keywords' content='Port Wenmore, Harbours, Coastal towns, Dredging'></head><body><article>"
            "<h1>Harbour basin to be dredged</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + tags
            + "</article></body></html>")
    body = Extractor(ExtractOptions(use_profiles=False)).extract(html, "https://www.wenmore-post.example/basin").body
    assert body.split("\n\n") == STORY


def test_a_story_ending_on_one_of_its_tags_keeps_it() -> None:
    lines = STORY + ["Dredging"]
    assert drop_closing_tags(lines, ["Harbours", "Dredging"]) == lines
    assert drop_closing_tags(STORY + ["Harbours", "Dredging"], ["Harbours", "Dredging"]) == STORY
    assert drop_closing_tags(STORY + ["Harbours", "Dredging"], []) == STORY + ["Harbours", "Dredging"]


def test_the_outlets_named_on_the_texts_last_line_go() -> None:
    assert drop_clutter_lines(STORY + ["Kurier / Diario Norte"]) == STORY
    assert drop_clutter_lines(STORY + ["Tagesblatt / Agenturen / Radio Süd"]) == STORY
    # (not between the story's lines, nor a sentence, nor a line of a few words in lower case)
    kept = [STORY[0], "Kurier / Diario Norte", *STORY[1:]]
    assert drop_clutter_lines(kept) == kept
    for last in ("The ferry runs between Port Wenmore / Alder Bay and the islands.", "either / or"):
        assert drop_clutter_lines(STORY + [last]) == STORY + [last]
