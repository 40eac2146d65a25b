"""Review of the four recall rules of tests/test_recall6.py, with pages where they misfired.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people (`.example` domains): a WordPress news theme's story (`<div class="entry-content">`) pointing to a related live
blog between two paragraphs, an <h2> "Live" heading block over a paragraph of its link, whose label the live-heading rule kept once
the link had gone; the Vue heading components of test_recall5 printing, between two paragraphs, a box's title over a
row of headings of one level (a related rail's headlines, a table of contents, a tab bar), which the rule for long
runs of several levels put back; a regional paper's story body (as in test_precision5) with a comment widget's call
that goes on past its link still speaking to the reader ("… and tell us your view", "und sagen Sie uns …"), which the
rule for a story's calls going on past their link kept; and a tech site's story body (as in test_recall6) with a
single paywall-marked upsell, or a screen-reader-only copy marked aria-hidden, between plain paragraphs, which the
rule for a metered story's marked paragraphs showed.
"""

from __future__ import annotations

import lxml.html
import pytest

from crawler._blocks import Block
from crawler._gaps import fill_heading_gaps

from .pages import body_lines, html_page, paras
from .test_precision5 import S, lines
from .test_recall5 import PARAS, _component
from .test_recall6 import SEARCH, STRIKE, STRIKE_URL

# -- a related live blog's card between the story's paragraphs ------------------------------------------------------
# (an editor's pointer to the related live blog in a WordPress story, a heading block and a paragraph of its link put
# in the text: <h2 class="wp-block-heading">Live</h2><p><a>…</a></p>; the link line goes as a link, its label stays a
# heading between two paragraphs)


@pytest.mark.parametrize("label, lang", [("Live", "en"), ("LIVE", "en"), ("Liveticker", "de"), ("En direct", "fr"),
                                         ("Directo", "es")])
def test_a_related_live_cards_label_between_paragraphs_goes(label: str, lang: str) -> None:
    card = (f"<h2 class='wp-block-heading'>{label}</h2><p><a href='/2025/03/04/floods-live/'>"
            "Floods across the county: follow the latest news here</a></p>")
    body = ("<main id='primary'><article class='post type-post'><header class='entry-header'><h1 class='entry-title'>"
            f"Rail strike: trains stand still</h1></header><div class='entry-content'>{paras(STRIKE[:2])}{card}"
            f"{paras(STRIKE[2:])}</div></article></main>")
    assert body_lines(html_page("Rail strike: trains stand still – Rail News", body, lang), STRIKE_URL) == STRIKE


# -- a box's title over a row of headings of one level, between two paragraphs ------------------------------------------

def _gaps(run: list[tuple[str, str]]) -> list[str]:
    headings = "".join(_component(tag, "subtitle", text) for tag, text in run)
    html = ('<html><body><main><article><section class="articlecomponents">'
            + "".join(f'<p class="articlecomponent text">{p}</p>' for p in PARAS[:2]) + headings
            + "".join(f'<p class="articlecomponent text">{p}</p>' for p in PARAS[2:])
            + '</section></article></main></body></html>')
    return [b.text for b in fill_heading_gaps([Block("p", p) for p in PARAS], lxml.html.fromstring(html))]


@pytest.mark.parametrize("run", [
    # a related rail: its title, then its stories' headlines
    [("h3", "More from Local news"), ("h4", "Bridge to close for repairs in May"),
     ("h4", "School choir wins a national prize"), ("h4", "New bus timetable starts on Monday"),
     ("h4", "Market hall reopens after the fire")],
    # a table of contents drawn as headings
    [("h2", "Contents"), ("h3", "What is planned"), ("h3", "Who pays"), ("h3", "When work starts"),
     ("h3", "What residents say")],
    # a tab bar under its box's title
    [("h2", "Tram works"), ("h3", "Overview"), ("h3", "Timeline"), ("h3", "Map")],
])
def test_a_title_over_a_row_of_one_level_stays_out(run: list[tuple[str, str]]) -> None:
    assert _gaps(run) == PARAS


# -- a widget's call going on past its link, still speaking to the reader -----------------------------------------------

@pytest.mark.parametrize("call, lang", [
    ('<p>Join the conversation <a href="/comments">in the comments below this story</a> and tell us your view.</p>',
     "en"),
    ('<p>Diskutieren Sie mit <a href="/kommentare">in den Kommentaren unter dem Artikel</a> und sagen Sie uns '
     "Ihre Meinung.</p>", "de"),
    ('<p>Réagissez <a href="/commentaires">dans les commentaires sous cet article</a> et donnez-nous votre avis.</p>',
     "fr"),
    ('<p>Deja tu comentario <a href="/comentarios">en la sección de comentarios de la noticia</a> y cuéntanos.</p>',
     "es"),
    ('<p>Partecipa alla discussione <a href="/commenti">nei commenti sotto questo articolo</a> e dicci la tua.</p>',
     "it"),
])
def test_a_call_going_on_to_the_reader_past_its_link_goes(call: str, lang: str) -> None:
    assert lines(call, lang=lang) == S


# -- a single marked note between the paragraphs of a story with no paywall -----------------------------------------------
# (the tech site's article body of test_recall6, its paragraphs all plain)

UPSELL = "Become a premium member to read the rest of this story and all our journalism today."


@pytest.mark.parametrize("note", [
    f"<p class='paywall-upsell'>{UPSELL}</p>",
    # a screen reader's copy of the site's skip link, hidden from sight and from the reader both
    "<p class='sr-only' aria-hidden='true'>Skip to the main content of this page and start reading the story now.</p>",
])
def test_a_single_marked_note_between_plain_paragraphs_stays_hidden(note: str) -> None:
    text = paras(SEARCH[:3]) + note + paras(SEARCH[3:])
    body = ("<main><article><header><h1>The search box is changing</h1></header><div id='article-body' "
            f"class='text-copy bodyCopy'>{text}</div></article></main>")
    html = html_page("The search box is changing | Gadget Desk", body)
    assert body_lines(html, "https://www.gadget-desk.example/search/new-search-box") == SEARCH
