"""Lines at a story's end the generic path read as text although they are about the story, not of it.

Every page here is written for these tests, modelled on the markup publishing systems emit: an opinion site's
contributor note set in italics under a republished essay ("<p><em>Jane Roe is a senior lecturer at …</em></p>",
the names split by the CMS's soft line breaks), a public broadcaster's italic note on its reporter under a report,
a satirical blog's closing credits line of the writers' initials, the picture's credit and the first publication's
date, and a blog editor's picture with its caption in italics after a line break, in one paragraph.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.harbourside-review.example/opinion/2025/09/14/street-traders/"
TITLE = "The city needs its street traders more than it admits"
S = ["Walk down Quay Street on any weekday morning and you will pass some forty stalls selling fruit, phone cases, "
     "hot coffee and second-hand books before the shops have raised their shutters.",
     "The council's own survey found that two in three traders have worked the same pitch for more than five years, "
     "and that most of them employ at least one other person.",
     "Yet the by-laws that govern them were last revised in 1998, and the permits they need are still issued on "
     "paper at a single office that opens three mornings a week.",
     "A fair census of the traders, and a permit that can be renewed online, would cost little and would bring "
     "the trade into the light where it belongs."]


def extract(body: str, lang: str = "en"):
    html = (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>'
            f'<div class="article-body">{body}</div></article><footer><p>Harbourside Review</p></footer></body></html>')
    return EXTRACTOR.extract(html, URL)


def lines(body: str, lang: str = "en") -> list[str]:
    return extract(body, lang).body.split("\n\n")


# an opinion site's contributor note: the authors' names and posts in one italic paragraph, the CMS's soft line
# breaks splitting it where the editor pressed shift-enter
BIO_EN = ('<p><em>Nadia Okafor is a senior researcher with the Harbourside Urban Observatory. Pieter van Rooyen is an '
          'associate professor at the University of Eastmoor. Lindiwe Khumalo<br class="soft-break">is a visiting '
          'lecturer at the University of Eastmoor.</em></p>')
# a public broadcaster's note on its reporter, in italics in a wrapper of its own
BIO_DE = '<div class="note"><p><em>Marta Kessler ist Reporterin im Studio Talbach für Wirtschaft und Umwelt.</em></p></div>'
BIO_FR = "<p><i>Camille Dufour est journaliste au service économie de la rédaction depuis 2019.</i></p>"


@pytest.mark.parametrize("note", [BIO_EN, BIO_DE, BIO_FR])
def test_an_italic_note_on_the_authors_closing_the_text_goes(note: str) -> None:
    assert lines(paras(S) + note) == S


def test_an_italic_note_on_the_authors_before_a_republication_note_goes() -> None:
    assert lines(paras(S) + BIO_EN + "<p><em>First published in The Harbour Quarterly.</em></p>") == S


def test_an_italic_sentence_about_a_person_inside_the_text_stays() -> None:
    # (italics in the middle of the text are the text's: an aside, a quoted letter)
    aside = "<p><em>Nadia Okafor is a trader who has sold fruit on the corner of Quay Street since 2009.</em></p>"
    out = lines(paras(S[:2]) + aside + paras(S[2:]))
    assert len(out) == 5


def test_a_plain_closing_paragraph_about_a_person_stays() -> None:
    # (not set apart in italics: the story's own last sentence)
    last = "Nadia Okafor is a trader who hopes to pass her stall on to her daughter next spring."
    assert lines(paras([*S, last]))[-1] == last


@pytest.mark.parametrize("line", [
    "abk, mtr; Foto [M]: Bildagentur Nord; Erstveröffentlichung: 7.2.21",
    "Text: Jane Roe; Photos: Harbourside Review",
    "Texte : Camille Dufour | Photos : Marc Lenoir",
    "kmh; Bild: Talbach Archiv",
])
def test_a_closing_credits_line_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "The council kept the permits on paper; photos of the queues went round the city.",
    "Text: the by-laws of 1998, revised twice; they still ban stalls on Sundays.",
])
def test_a_sentence_with_a_semicolon_is_text(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_satirical_blogs_closing_credits_in_small_print_go() -> None:
    credits = '<span style="font-size: x-small;">rbo, tmk; Fotos [M]: Bildagentur Nord; Erstveröffentlichung: 12.3.19</span>'
    assert lines(paras(S) + credits) == S


# a blog's classic editor: the picture, a line break and its caption in italics, all in one paragraph
@pytest.mark.parametrize("picture", [
    '<img src="/uploads/quay-street.jpg" alt="" width="720" height="405">',
    '<a href="/uploads/quay-street.jpg"><img src="/uploads/quay-street-600x338.jpg" alt=""></a>',
])
def test_an_italic_caption_under_a_picture_in_its_paragraph_goes(picture: str) -> None:
    figure = f"<p>{picture}<br>\n<em>Stalls on Quay Street before the shops open (R)</em></p>"
    assert lines(paras(S[:2]) + figure + paras(S[2:])) == S


def test_an_italic_line_after_a_picture_in_a_sentence_stays() -> None:
    # (a sentence holding a picture, an emoji's or an icon's <img>, is text, italics and all)
    line = ('<p>The stall holders <img src="/icons/star.png" alt="*"> voted on the plan, <em>by a show of hands, '
            'in the rain</em>.</p>')
    assert len(lines(paras(S[:2]) + line + paras(S[2:]))) == 5


def test_a_description_of_the_caption_and_the_first_sentence_is_no_subtitle() -> None:
    # (a blog's excerpt cut from the post's markup: the picture's caption, then the text's opening)
    description = f"Stalls on Quay Street before the shops open {S[0]}"
    html = (f'<html><head><title>{TITLE}</title><meta name="description" content="{description}"></head><body>'
            f'<article><h1>{TITLE}</h1><div class="entry-content"><p><img src="/uploads/quay.jpg"><br>'
            f"<em>Stalls on Quay Street before the shops open</em></p>{paras(S)}</div></article></body></html>")
    article = EXTRACTOR.extract(html, URL)
    assert article.body.split("\n\n") == S
    assert article.subtitle is None


@pytest.mark.parametrize("line", [
    "We want to hear from you: Are you a street trader on Quay Street? Tell us how the permits work for you.",
    "We’d love to hear from you. Share your story with our newsroom using the form below.",
    "Wir wollen von Ihnen hören: Haben Sie einen Stand am Hafen? Schreiben Sie uns.",
    "Nous voulons vous entendre : tenez-vous un stand sur le port ?",
    "Queremos saber de ti: ¿tienes un puesto en el puerto?",
])
def test_a_call_for_readers_stories_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "\u201cWe want to hear from you,\u201d the mayor told the traders at the meeting on Monday.",
    "We want to hear from you, the council said in a letter to every stall holder on the quay.",
])
def test_a_call_for_views_someone_made_is_text(line: str) -> None:
    assert not is_clutter_line(line)
