"""The story's own lines that the clutter-line rules of test_precision8 must leave: counter-examples.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>, see test_precision6) whose paragraphs
quote a police's or a council's call for information as reports print it (the call, then who made it), a feature's
question answered in the same paragraph, a story about a report or a law's article ("The report is free to read on
the ministry's website", "L'article fait partie de notre Constitution"), and a related-link line (a CMS's "Read
more:" snippet in a <p>) followed by a paragraph that opens with a name's particle or a word in lower case.
"""

from __future__ import annotations

import pytest

from .test_precision5 import S
from .test_precision6 import body, page


# ----------------------------------------------------------------------------------------- calls for information
# A report quoting the call the police or a council made, in the main languages: the call names "us", but someone
# else's "us", and the line names who made it.

@pytest.mark.parametrize("line, lang", [
    ("Haben Sie Hinweise? Dann melden Sie sich bei uns, schrieb die Polizei Talbach auf Facebook.", "de"),
    ("Vous avez une information ? Contactez nos services au 17, indique la gendarmerie de Valbrune.", "fr"),
    ("¿Tienes información? Llámanos al 091, pidió la Policía Local de Villaseca en redes sociales.", "es"),
    ("Hai informazioni? Contattaci, ha scritto la polizia locale di Montevalle su Facebook.", "it"),
    ("Avete delle informazioni? Contattateci al 112, scrivono i carabinieri di Montevalle.", "it"),
])
def test_a_quoted_call_for_information_stays(line: str, lang: str) -> None:
    assert body(page("", tail=f"<p>{line}</p>", lang=lang)) == S + [line]


@pytest.mark.parametrize("line", [
    "Do you have any tips? Drink water, sleep well and rest before the race, the coach said.",
    "Have a tip? Yes: never buy a used mattress, and always test the springs, Ms Roth laughed.",
    "Got a tip? That is how most of our investigations start, said Detective Sergeant Ana Prill.",
    "Got a story to share with your grandchildren? Tell us, the museum asks its visitors, and they record it.",
])
def test_a_question_answered_in_its_paragraph_stays(line: str) -> None:
    # a feature's or an interview's question, the answer and its speaker in the same paragraph
    assert body(page("", tail=f"<p>{line}</p>")) == S + [line]


# ----------------------------------------------------------------------------------------- "part of our …"
# A story about a report, a law or a museum's find: "the report", "l'article" is not this story, and the words are
# someone's.

@pytest.mark.parametrize("line, lang", [
    ("The report is free to read on the ministry's website, and runs to more than 300 pages.", "en"),
    ("The report is available to all members of the public from Monday, the ministry said.", "en"),
    ("The story is one of our most remarkable finds, said the museum's curator, Tom Alder.", "en"),
    ("Der Text ist kostenlos verfügbar, sagte die Sprecherin des Ministeriums am Montag.", "de"),
    ("L'article fait partie de notre Constitution depuis 1958, rappelle le juriste Paul Merle.", "fr"),
    ("El artículo forma parte de nuestra Constitución desde 1978, recordó el magistrado Luis Arce.", "es"),
    ("El texto es de acceso libre en la web del Congreso desde el lunes.", "es"),
])
def test_a_story_about_another_text_stays(line: str, lang: str) -> None:
    assert body(page("", tail=f"<p>{line}</p>", lang=lang)) == S + [line]


# ----------------------------------------------------------------------------------------- wrapped promos
# A related-link line ("Read more: <headline>", no full stop though whole) or a short label, then the story's line
# opening in lower case: a name's particle, a word with a hyphen, a poem's line. Not the end of a promo broken in two.

@pytest.mark.parametrize("before, line", [
    ("Read more: Storm closes coastal road", "de Vries, the harbour master, said the road reopens Friday."),
    ("Read more: Storm closes coastal road", "von der Leyen said the fund would be ready by June."),
    ("Read more: Storm closes coastal road", "van Gogh painted the harbour twice in 1888."),
    ("Sign up for our newsletter", "e-scooters will be banned from the pier from June."),
    ("Most read", "and so the tide goes out again"),
])
def test_a_story_line_in_lower_case_after_a_label_stays(before: str, line: str) -> None:
    kept = body(page(f"<p>{before}</p><p>{line}</p>"))
    assert line in kept


def test_the_wrapped_end_of_a_promo_still_goes() -> None:
    snippet = "<p>Get bite-sized news via a new</p><p>cards interface. Give it a try.</p>"
    html = page("", lang="en").replace('<div class="article-body">', f'<div class="article-body">{snippet}')
    assert body(html) == S


# ----------------------------------------------------------------------------------------- short lines between labels
# A gallery's captions between the photos' credits (a CMS's gallery flattened into <p>s: caption, credit, caption,
# credit), and a live blog's short day subheadings in <p><strong> between its related links: the story's own short
# lines between two labels that carry their own content, not a widget's tabs.

@pytest.mark.parametrize("credit, caption, lang", [
    ("Photo: Jana Roth", "The old mill", "en"),
    ("Foto: Jana Roth", "Die alte Mühle", "de"),
    ("Photo : Paul Merle", "Le vieux moulin", "fr"),
    ("Foto: Luis Arce", "El viejo molino", "es"),
    ("Foto: Ana Prill", "Il vecchio mulino", "it"),
])
def test_a_caption_between_two_credits_stays(credit: str, caption: str, lang: str) -> None:
    snippet = f"<p>{credit}</p><p>{caption}</p><p>{credit}</p>"
    assert caption in body(page(snippet, lang=lang))


def test_short_subheadings_between_related_links_stay() -> None:
    snippet = ("<p>Read more: Storm closes coastal road</p><p><strong>Monday</strong></p>"
               "<p>Read more: Ferry returns to the harbour</p>")
    assert "Monday" in body(page(snippet))


# ----------------------------------------------------------------------------------------- "continue reading"
# A teaser's "continue reading" link left alone in a <p> between the lead and the rest (a CMS's "more" marker), in
# the main languages: it goes; a sentence opening with the same words stays.

@pytest.mark.parametrize("marker, lang", [
    ("Weiterlesen", "de"), ("Lire la suite", "fr"), ("Sigue leyendo", "es"), ("Continua a leggere", "it"),
    ("Czytaj dalej", "pl"), ("Les mer", "no"), ("Lees verder", "nl"), ("Weiterlesen »", "de"),
])
def test_a_bare_continue_reading_marker_goes(marker: str, lang: str) -> None:
    # (in a <span> the CMS prints, not a link: the link alone in its <p> goes by structure already)
    assert body(page(f"<p><span class=\"more\">{marker}</span></p>", lang=lang)) == S


@pytest.mark.parametrize("line, lang", [
    ("Weiterlesen lohnt sich, sagt die Bibliothekarin: Der zweite Band ist besser als der erste.", "de"),
    ("Lire la suite du rapport prend une heure, reconnaît le maire.", "fr"),
    ("Sigue leyendo cada noche a sus nietos, aunque ya no ve bien.", "es"),
])
def test_a_sentence_opening_with_the_words_stays(line: str, lang: str) -> None:
    assert body(page(f"<p>{line}</p>", lang=lang)) == S[:2] + [line] + S[2:]
