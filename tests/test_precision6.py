"""Lines of the site's furniture the generic path kept in a story's text, and the story's own lines that look alike.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>) with, between two paragraphs or after
the last, a box on the story's author as a CMS's author widget prints it (a <div> with the portrait, a paragraph of
prose about the writer and a link to her page), an info box whose heading ("Bitte beachten:") labels a risk warning,
a paragraph led by an arrow whose few linked words point to another page of the site (">> Sie suchen einen Kredit?
Unser <a>Kreditvergleich</a> zeigt …"), and the note a nonprofit or a syndicating site prints under a story it took
from another ("Cet article est republié à partir de … sous licence Creative Commons").
"""

from __future__ import annotations

import pytest

import crawler
from crawler._clutter import is_clutter_line

from .pages import paras
from .test_precision5 import S, URL

# the story is test_precision5's


def page(snippet: str, tail: str = "", author: str = "Jana Roth", lang: str = "en") -> str:
    body = paras(S[:2]) + snippet + paras(S[2:]) + tail
    return (f'<html lang="{lang}"><head><title>Council votes to close branch library</title>'
            f'<meta name="author" content="{author}"></head><body><main><article>'
            f'<h1>Council votes to close branch library</h1><div class="article-body">{body}</div>'
            f'</article></main><footer><p>The Millbrook Courier</p></footer></body></html>')


def body(html: str) -> list[str]:
    article = crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(html, URL)
    return article.body.split("\n\n")


# -------------------------------------------------------------------------------------------------- author boxes
# A CMS's author widget placed between two paragraphs: portrait, a paragraph about the writer, a link to her page.

BIO = ("Jana Roth is a reporter who covers local government and transport for the Courier. Contact her at "
       '<a href="mailto:jroth@millbrook-courier.example">jroth@millbrook-courier.example</a>.')


@pytest.mark.parametrize("box", [
    f'<div class="writer-card"><img src="/img/jana-roth.jpg" alt=""><p>{BIO}</p>'
    f'<p><a href="/people/jana-roth">All stories</a></p></div>',
    '<div class="writer-card"><p>Jana Roth ist Redakteurin im Lokalressort und schreibt über Verkehr und '
    'Stadtpolitik.</p></div>',
    '<div class="writer-card"><p>Jana Roth, 34, covers the county council for the Courier.</p></div>',
])
def test_a_note_on_the_author_between_paragraphs_goes(box: str) -> None:
    assert body(page(box)) == S


def test_a_paragraph_on_someone_the_byline_does_not_name_stays() -> None:
    # (an expert the story quotes, introduced in a paragraph of her own)
    line = "Maren Holt is a former teacher who has led the council since 2021."
    assert body(page(f"<p>{line}</p>")) == [*S[:2], line, *S[2:]]


# ------------------------------------------------------------------------------------------------ orphan labels
# An info box's heading over a risk warning: the warning goes as clutter, the heading with it.

WARNING = ("Die veröffentlichten Artikel, Daten und Prognosen sind keine Aufforderung zum Kauf oder Verkauf von "
           "Wertpapieren und ersetzen keine fachliche Beratung.")


@pytest.mark.parametrize("where", ["between", "after"])
def test_the_label_over_a_note_that_goes_goes_with_it(where: str) -> None:
    box = (f'<article class="article-infobox"><span class="heading-wrap"><h2>Bitte beachten:</h2></span>'
           f'<div class="infobox-text"><p>{WARNING}</p></div></article>')
    html = page(box) if where == "between" else page("", tail=box)
    assert body(html) == S


def test_a_label_closing_the_text_whose_box_went_goes() -> None:
    # (the box the heading opened went by its markup, the heading was printed outside it)
    box = ('<p><strong>Please note:</strong></p><div class="promo-box"><p>Open a savings account with our partner bank this month '
           'and get a bonus of fifty pounds.</p></div>')
    assert body(page("", tail=box)) == S


def test_a_label_over_the_storys_own_lines_stays() -> None:
    snippet = "<h3>What happens next:</h3><p>The council will publish its plans for the building in March.</p>"
    assert body(page(snippet)) == [*S[:2], "What happens next:",
                                   "The council will publish its plans for the building in March.", *S[2:]]


# ------------------------------------------------------------------------------------------------- arrow promos
# A paragraph led by an arrow, a few of its words linked to another page of the site.

@pytest.mark.parametrize("promo", [
    '<p>&gt;&gt; Sie suchen einen Immobilienkredit? Unser <a href="/finanzen/baufinanzierung-vergleich">großer '
    'Baufinanzierungsvergleich</a> zeigt aktuelle Konditionen.</p>',
    '<p>→ <a href="/newsletters">Sign up</a> for our morning briefing</p>',
    '<p>→ Looking for a new account? Our <a href="/money/savings-rates">weekly savings rates table</a> lists the best '
    'this week.</p>',
])
def test_an_arrow_led_promo_partly_linked_into_the_site_goes(promo: str) -> None:
    assert body(page(promo)) == S


def test_an_arrow_led_line_linking_a_little_of_itself_elsewhere_stays() -> None:
    # (a line of a list of steps the story gives, its source linked: another site)
    line = ('→ Residents can still object to the closure until 12 May on the <a href="https://www.county.example/'
            'consult">county</a> site.')
    assert body(page(f"<p>{line}</p>")) == [
        *S[:2], "→ Residents can still object to the closure until 12 May on the county site.", *S[2:]]


# -------------------------------------------------------------------------------------------- republication notes

@pytest.mark.parametrize("note", [
    "This article is republished from The Harbour Review under a Creative Commons license. Read the original "
    "article.",
    "Cet article est republié à partir de La Gazette du Port sous licence Creative Commons. Lire l’article original.",
    "Cet article a été publié initialement sur le site de La Gazette du Port.",
    "Este artículo fue publicado originalmente en El Diario del Puerto. Lea el original.",
    "Esta nota fue publicada originalmente en Diario Costero.",
    "Questo articolo è stato pubblicato originariamente su Il Corriere del Porto. Leggi l'articolo originale.",
    "Questo articolo è ripubblicato da Il Corriere del Porto con licenza Creative Commons.",
    "Dieser Artikel wurde zuerst auf Hafenblick Online veröffentlicht.",
    "Dieser Artikel ist unter einer Creative-Commons-Lizenz (CC BY-ND 4.0) erschienen.",
])
def test_republication_notes_are_clutter_lines(note: str) -> None:
    assert is_clutter_line(note)


@pytest.mark.parametrize("sentence", [
    "This article is published under a Creative Commons licence, the group said.",
    "Dieser Artikel wurde zuerst auf Englisch veröffentlicht, später aber zurückgezogen.",
    "Cet article a été publié initialement dans Nature en 1998, et a suscité un débat.",
    "The article was first published in a medical journal and later withdrawn by its authors.",
    "This story was first published in 1990 and it changed how we think of the press.",
    "This article first appeared in The Atlantic and it changed how we think of the press.",
])
def test_a_storys_sentence_about_an_article_stays(sentence: str) -> None:
    assert not is_clutter_line(sentence)


def test_a_republication_note_closing_the_story_goes() -> None:
    note = "<p><em>Este artículo fue publicado originalmente en El Diario del Puerto. Lea el original.</em></p>"
    assert body(page("", tail=note, lang="en")) == S


# ------------------------------------------------------------------------------------------ closing source credits
# A story closing with the sources it draws on, as Latin American, Portuguese, Italian and English-language
# newsrooms print them under the text: several sources, or one that is no agency (a single agency is a sign-off
# the author rules read).

@pytest.mark.parametrize("credit", [
    "With reports from The Harbour Post and Radio Norte",
    "Con información de Reuters y AFP.",
    "(Con información de agencias)",
    "Com informações da Folha do Litoral e agências",
    "Con informazioni di Il Corriere del Porto e ANSA",
    "Avec des informations de Reuters et de l'AFP",
])
def test_a_closing_credit_of_the_storys_sources_goes(credit: str) -> None:
    assert is_clutter_line(credit)
    assert body(page("", tail=f"<p>{credit}</p>")) == S


@pytest.mark.parametrize("sentence", [
    "Con información de la policía, el hombre fue detenido en su casa.",
    "With information from the ministry, officials said the road would reopen.",
    "Con información de testigos que vieron el accidente, la fiscalía abrió una investigación.",
])
def test_a_sentence_opening_with_such_words_stays(sentence: str) -> None:
    assert not is_clutter_line(sentence)


def test_a_label_over_the_pictures_closing_the_story_stays() -> None:
    # (the pictures are the story's, and no text: the line leading to them is the story's own)
    pictures = ('<p>See more photos:</p><figure><img src="/img/library-1.jpg" alt=""></figure>'
                '<figure><img src="/img/library-2.jpg" alt=""></figure>')
    assert body(page("", tail=pictures)) == [*S, "See more photos:"]
