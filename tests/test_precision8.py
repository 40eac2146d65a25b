"""Lines of the site's furniture the generic path kept in a story's text, and the story's own lines that look alike.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>, see test_precision6) with, after the
last paragraph, the newsroom's call for readers' tips as a CMS's "tip line" snippet prints it (a <p>, in the site's
language), an editor's note in a <p><em> as a CMS's note field prints it (about the site: where the story first
appeared, that it is free to read; or about the story: a correction, which stays), a "most read" rail set between
two paragraphs with its label in a <p> over an <ol>, and the rows of a sign-up box flattened into <p>s (its promo
lines with the short labels of its tabs between them: "Newsletter", "Week in Review", "Subscribe to …").
"""

from __future__ import annotations

import pytest

from .test_precision5 import S
from .test_precision6 import body, page


# ----------------------------------------------------------------------------------------- calls for tips
# The newsroom's call for tips closing the story, in the site's voice, in the main languages.

@pytest.mark.parametrize("call, lang", [
    ("Have a story to tell? Contact our newsroom at news@millbrook-courier.example.", "en"),
    ("Do you have a news tip? Send it to tips@millbrook-courier.example or call 555-0101.", "en"),
    ("Got a tip? Email us at tips@millbrook-courier.example.", "en"),
    ("Sie haben einen Hinweis? Schreiben Sie uns an redaktion@millbrook-courier.example.", "de"),
    ("Vous avez une information ? Écrivez-nous à redaction@millbrook-courier.example.", "fr"),
])
def test_call_for_tips_at_the_end_goes(call: str, lang: str) -> None:
    assert body(page("", tail=f"<p>{call}</p>", lang=lang)) == S


@pytest.mark.parametrize("line", [
    "Police asked anyone with information to contact the station on 555-0100.",
    '"Have a tip for us? Call the hotline," the sheriff told reporters at the scene on Monday evening.',
])
def test_the_story_s_own_call_for_information_stays(line: str) -> None:
    assert body(page("", tail=f"<p>{line}</p>")) == S + [line]


@pytest.mark.parametrize("call, lang", [
    ("Got a story? WhatsApp us on 07700 900123.", "en"),
    ("Haben Sie Hinweise? Schreiben Sie uns eine E-Mail.", "de"),
    ("Vous avez une information ? Contactez la rédaction.", "fr"),
    ("¿Tienes información? Escríbenos.", "es"),
    ("Hai una notizia? Segnalala alla redazione.", "it"),
])
def test_call_for_tips_without_an_address_goes(call: str, lang: str) -> None:
    assert body(page("", tail=f"<p>{call}</p>", lang=lang)) == S


@pytest.mark.parametrize("line, lang", [
    ("Avez-vous des informations ? Contactez la police au 17.", "fr"),
    ("Haben Sie Hinweise? Dann melden Sie sich bei der Polizei unter 0800 1234.", "de"),
    ("¿Tiene información? Llame a la policía al 091.", "es"),
])
def test_the_police_s_call_for_information_stays(line: str, lang: str) -> None:
    assert body(page("", tail=f"<p>{line}</p>", lang=lang)) == S + [line]


# ----------------------------------------------------------------------------------------- editor's notes

@pytest.mark.parametrize("note, lang", [
    ("Editor's note: This article was originally published by The Valley Ledger.", "en"),
    ("Editor's note: This article is part of our free coverage of the county election, available to all "
     "readers.", "en"),
    ("Anmerkung der Redaktion: Dieser Artikel ist zuerst bei der Talbacher Rundschau erschienen.", "de"),
    ("Note de la rédaction : cet article fait partie de notre couverture gratuite des élections.", "fr"),
    ("This story is part of our series on the county's libraries.", "en"),
    ("Dieser Artikel ist frei zugänglich.", "de"),
])
def test_editor_s_note_about_the_site_goes(note: str, lang: str) -> None:
    assert body(page("", tail=f"<p><em>{note}</em></p>", lang=lang)) == S


@pytest.mark.parametrize("note", [
    "Editor's note: An earlier version of this article misstated the cost of the renovation. It is $2.4 million.",
    "Anmerkung der Redaktion: In einer früheren Fassung stand, die Bibliothek schließe im Mai. Richtig ist Juni.",
    "Editor's note: Jana Roth is a member of the library's board of friends.",
])
def test_editor_s_note_about_the_story_stays(note: str) -> None:
    assert body(page("", tail=f"<p><em>{note}</em></p>")) == S + [note]


# ----------------------------------------------------------------------------------------- most-read rails

def _rail(label: str) -> str:
    items = "".join(f'<li>{i} <a href="/news/story-{i}">Harbour story number {i}</a> – a teaser the rail prints '
                    f'unlinked.</li>' for i in range(1, 6))
    return f'<p>{label}</p><ol class="ranked">{"".join(items)}</ol>'


@pytest.mark.parametrize("label, lang", [
    ("Les plus lus", "fr"), ("Lo más leído", "es"), ("I più letti", "it"), ("Mais lidas", "pt"),
    ("Meest gelezen", "nl"),
])
def test_most_read_label_in_the_main_languages_goes(label: str, lang: str) -> None:
    items = "".join(f'<li><span>{i}</span><a href="/news/story-{i}">Harbour story number {i} and the ferry '
                    f'timetable</a></li>' for i in range(1, 6))
    assert body(page(f"<p>{label}</p><ol>{items}</ol>", lang=lang)) == S


# ----------------------------------------------------------------------------------------- sign-up boxes
# A sign-up box whose rows the page prints as paragraphs at the story's end: its promo lines go, and the short
# labels of its tabs between them with them.

def test_labels_between_a_box_s_promo_lines_go() -> None:
    rows = ["Newsletter", "Week in Review", "Subscribe to our editor’s Week in Review", "Newsletter",
            "Morning Brief", "Subscribe to the Courier’s Morning Brief", "Sign up for our newsletters"]
    assert body(page("", tail="".join(f"<p>{r}</p>" for r in rows))) == S


def test_a_box_s_tabs_between_its_labels_go() -> None:
    rows = ["Related News", "Calm", "Serious", "Hopeful", "Ask our assistant", "Subscribe"]
    assert body(page("", tail="".join(f"<p>{r}</p>" for r in rows))) == S


def test_subheadings_between_ad_labels_stay() -> None:
    # an ad slot's label on each side of a subheading: the story's own structure, not a box
    snippet = "<p>Advertisement</p><h2>What comes next</h2><p>Advertisement</p>"
    assert body(page(snippet)) == S[:2] + ["What comes next"] + S[2:]


def test_a_subscription_sentence_stays() -> None:
    line = "Subscribe to Netflix’s Premium Plan and the price rises again, the company said on Monday."
    assert body(page("", tail=f"<p>{line}</p>")) == S + [line]


# ----------------------------------------------------------------------------------------- promos broken in two
# A promo whose text the page breaks over two <p>s (a line break in the CMS's promo field), before the story.

def test_the_wrapped_end_of_a_promo_goes() -> None:
    snippet = "<p>Get bite-sized news via a new</p><p>cards interface. Give it a try.</p>"
    html = page("", lang="en").replace('<div class="article-body">', f'<div class="article-body">{snippet}')
    assert body(html) == S


@pytest.mark.parametrize("line", ["iPhone sales rose again in March, the company said.",
                                  "18-year-old Hanna Berg was found safe on Tuesday.",
                                  "and the council said it would vote again in June."])
def test_a_story_line_after_a_related_link_or_an_ad_label_stays(line: str) -> None:
    # after a related link (its headline stops without a full stop) a brand's name in lower case opens the story's
    # line; after an ad slot's label, the story's sentence the slot split goes on
    before = "<p>Read more: Storm closes coastal road</p>" if not line.startswith("and") else "<p>Advertisement</p>"
    kept = body(page(before + f"<p>{line}</p>"))
    assert line in kept
