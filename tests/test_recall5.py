"""Body recall on the generic path (5): story lines left out, of kinds that recur across publishers.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people: a Ghost blog whose callout card (`<div class="kg-card kg-callout-card">`, an emoji and a sentence) follows
an image card, and was lost because only divs right after a paragraph were read; a photo essay whose slides each
link their picture and headline to the slide's own address (the story's address plus "?slide=2" or "/2/", or the
picture's file), which the rule for picture cards took for teasers of other stories.
"""

from __future__ import annotations

import pytest

from .pages import body_lines, html_page

PARAS = ["The city council voted on Tuesday evening to extend the tram line to the northern suburbs by 2027.",
         "The extension will add six stops and is expected to carry about twelve thousand passengers a day.",
         "Residents along the route have complained about noise from the works planned for next spring.",
         "The mayor said the council would publish a timetable for the works before the summer holidays.",
         "Funding for the project comes partly from the regional government and partly from a European grant."]
TITLE = "Tram line to reach the northern suburbs"


# -- a Ghost callout card after an image card ----------------------------------------------------------------------------
# (modelled on Ghost's Casper theme: <section class="gh-content"> with the cards as siblings of the paragraphs,
# <figure class="kg-card kg-image-card kg-card-hascaption">, then <div class="kg-card kg-callout-card
# kg-callout-card-grey"><div class="kg-callout-emoji">…</div><div class="kg-callout-text">…</div></div>)

CALLOUT = "The council will hold a public meeting about the works on 4 April at the town hall."


def _ghost_page(with_figure: bool) -> str:
    figure = ('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/03/tram.jpg"'
              ' class="kg-image" alt="" loading="lazy" width="1200" height="800"><figcaption><span>The new tram at '
              'the depot.</span></figcaption></figure>') if with_figure else ""
    callout = ('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div>'
               f'<div class="kg-callout-text">{CALLOUT}</div></div>')
    body = (f'<main class="site-main"><article class="article post"><header class="article-header gh-canvas">'
            f'<h1 class="article-title">{TITLE}</h1></header><section class="gh-content gh-canvas">'
            f'<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{figure}{callout}'
            + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + '</section></article></main>')
    return html_page(TITLE, body)


@pytest.mark.parametrize("with_figure", [False, True])
def test_a_callout_card_after_a_picture_is_kept(with_figure: bool) -> None:
    got = body_lines(_ghost_page(with_figure), "https://tramwatch.example/tram-line-north/")
    assert got[:3] == [PARAS[0], PARAS[1], CALLOUT]
    assert got[3:] == PARAS[2:]


# -- a photo essay whose slides link to their own page ---------------------------------------------------------------------
# (modelled on a photo essay template: a <section class="photo-essay"> of slides, each a <div> holding a picture
# linked to the slide's own address, a headline linked to the same place, and the slide's paragraph)

ESSAY_URL = "https://harbourtimes.example/photos/life-on-the-old-harbour"
SLIDES = [("The first boats leave", "Before dawn the first fishing boats leave the old harbour for the open sea. "
                                    "Most of them will not be back before the afternoon, when the catch is sorted."),
          ("Mending the nets", "On the quay, two brothers mend the nets they have used for almost thirty years. "
                               "Their father taught them the knots, and they are teaching them to a nephew now."),
          ("The morning market", "By eight the market hall is full of buyers from the restaurants of the town. "
                                 "Prices are shouted across the hall, and most of the fish is gone within the hour.")]


def _essay(link) -> str:  # type: ignore[no-untyped-def]
    slides = "".join(
        f'<div class="photo-essay__item" id="item-{n}"><a href="{link(n)}"><img src="/img/harbour-{n}.jpg" alt="">'
        f'</a><h3 class="photo-essay__title"><a href="{link(n)}">{head}</a></h3><p>{text}</p></div>'
        for n, (head, text) in enumerate(SLIDES, 1))
    body = (f'<main><article><h1>Life on the old harbour</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>'
            f'<section class="photo-essay">{slides}</section><p>{PARAS[4]}</p></article></main>')
    return html_page("Life on the old harbour", body)


@pytest.mark.parametrize("link", [
    lambda n: f"{ESSAY_URL}#slide-{n}",
    lambda n: f"/photos/life-on-the-old-harbour?slide={n}",
    lambda n: f"/photos/life-on-the-old-harbour/{n}/",
    lambda n: f"/img/full/harbour-{n}.jpg",
], ids=["fragment", "query", "numbered-page", "picture-file"])
def test_a_slide_linked_to_its_own_page_keeps_its_text(link) -> None:  # type: ignore[no-untyped-def]
    got = body_lines(_essay(link), ESSAY_URL)
    for _head, text in SLIDES:
        assert text in got


def test_a_card_linking_another_story_is_still_left_out() -> None:
    # the same box linking to another story of the site is a teaser: its summary does not come back
    got = body_lines(_essay(lambda n: f"/photos/another-day-at-the-market-{n}"), ESSAY_URL)
    assert not any(text in got for _head, text in SLIDES)
    assert PARAS[0] in got and PARAS[4] in got
