"""Body recall on the generic path (5): story lines left out, of kinds that recur across publishers.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people: a Ghost blog whose callout card (`<div class="kg-card kg-callout-card">`, an emoji and a sentence) follows
an image card, and was lost because only divs right after a paragraph were read; a photo essay whose slides each
link their picture and headline to the slide's own address (the story's address plus "?slide=2" or "/2/", or the
picture's file), which the rule for picture cards took for teasers of other stories; a Swiss daily's Vue front
end whose live story opens with a box of key points (a heading component over a list) and prints a run of heading
components (the ticker's label, the day, an entry's time and headline) after it: the headings were put back only
between two paragraphs, never beside a list kept.
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


# -- headings around a box of key points in a live story --------------------------------------------------------------------
# (modelled on a Swiss daily's Vue front end: every piece of the story a component of the article's container,
# <h2 componenttype="subtitle" class="subtitle articlecomponent"><span>…</span></h2>, a list as <div
# componenttype="enumeration-regular"><ul class="enumeration"><li class="enumeration__item">…</li></ul></div>,
# an empty paywall component, the ticker's day as another subtitle and each entry's time and headline as an <h5
# componenttype="time">; trafilatura's precision mode keeps none of the headings, the gap rules bring the list back)

KEY_POINTS = ["The council approved the extension with a large majority of its members.",
              "Six new stops will open along the route to the northern suburbs.",
              "Works begin next spring and should take about two years."]
LIVE_HEADINGS = ["The latest on the tram works", "Tuesday, 12 March", "10.04: First machines arrive at the depot"]


def _component(tag: str, kind: str, text: str) -> str:
    return (f'<{tag} content="" pagetype="Article" componenttype="{kind}" is-new-line-child="true" '
            f'class="{"subtitle " if kind == "subtitle" else ""}articlecomponent"><span>{text}</span></{tag}>')


def _live_story() -> str:
    items = "".join(f'<li class="enumeration__item">{k}</li>' for k in KEY_POINTS)
    return ('<html><body><main><article><section class="articlecomponents">'
            f'<p class="articlecomponent text">{PARAS[0]}</p>' + _component("h2", "subtitle", "In short:")
            + f'<div componenttype="enumeration-regular" class="articlecomponent"><ul class="enumeration">{items}</ul>'
            '</div><div componenttype="barrier"><div id="paywall_container" class="disabled-overlay"></div></div>'
            + _component("h2", "subtitle", LIVE_HEADINGS[0]) + _component("h2", "subtitle", LIVE_HEADINGS[1])
            + _component("h5", "time", LIVE_HEADINGS[2])
            + "".join(f'<p class="articlecomponent text">{p}</p>' for p in PARAS[1:])
            + '</section></article></main></body></html>')


def test_headings_beside_a_kept_list_of_key_points_come_back() -> None:
    import lxml.html

    from crawler._blocks import Block
    from crawler._gaps import fill_heading_gaps

    kept = [Block("p", PARAS[0]), *(Block("li", f"- {k}") for k in KEY_POINTS), *(Block("p", p) for p in PARAS[1:])]
    got = [b.text for b in fill_heading_gaps(kept, lxml.html.fromstring(_live_story()))]
    assert got == [PARAS[0], "In short:", *(f"- {k}" for k in KEY_POINTS), *LIVE_HEADINGS, *PARAS[1:]]
