"""Body recall on the generic path (7): story paragraphs left out at the ends of the text.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people (`.example` domains): a London evening paper's React front end (styled-components class names, every paragraph
of the story a component of its own, `<div class="sc-…"><div class="sc-…"><div><div><p>`, the byline and a
"2 minutes ago" under the headline before it), whose lead trafilatura's precision mode leaves out; and a public
broadcaster's explainer in a Next.js front end (`<div data-component="text-block" class="sc-…">` of paragraphs,
`<div data-component="subheadline-block">` headings between, a link list component near the end), whose closing part
after the list it leaves out. The counter-examples are the same pages with furniture at the story's ends, made with
the same components: a newsletter call, a "Read more" teaser, a linked headline, a picture's caption, a copyright
line, a note on the author; and (in test_review24b) "more stories" printed as posts of the story's own markup after it.
"""

from __future__ import annotations

import pytest

from crawler._gaps import fill_edge_gaps

from .pages import body_lines, html_page

# -- a component front end's lead, dropped ---------------------------------------------------------------------------
# (each paragraph in the same four wrappers; byline and time before the first)

MATCH = ["<a href='/topic/harbour-town'>Harbour Town</a> have kept their promotion hopes alive after beating "
         "<a href='/topic/millbrook'>Millbrook Rovers</a> on Saturday.",
         "Much has been made of whether the manager will stay on next season, but against Rovers his side looked "
         "settled and sharp from the first whistle.",
         "The home side took the lead after twenty minutes when their captain headed in a corner at the near post.",
         "Rovers pushed for an equaliser after the break but the goalkeeper made three fine saves to keep them out.",
         "Harbour Town now sit two points off the play-off places with four games of the season left to play."]
MATCH_TEXT = [p.replace("<a href='/topic/harbour-town'>", "").replace("<a href='/topic/millbrook'>", "")
              .replace("</a>", "") for p in MATCH]
MATCH_URL = "https://www.harbour-evening.example/sport/football/harbour-town-millbrook-b1155186.html"


def _component(text: str) -> str:
    return f"<div class='sc-hpEg TiCs'><div class='sc-bkSU bdkD'><div><div><p>{text}</p></div></div></div></div>"


def _match_page(before: str = "", after: str = "") -> str:
    body = ("<div id='frameInner' class='sc-fGdi jFZf'><article><header class='sc-head'><h1>Harbour Town keep promotion "
            "hopes alive</h1><p class='sc-dek kd'>Win over Rovers shows the season is not over</p><div class='sc-by'>"
            "<span><a href='/author/jane-marlow'>Jane Marlow</a></span><span>2 minutes ago</span></div></header>"
            "<div id='polarArticleWrapper' class='sc-bNYL iUqz'><div id='polarArticle'></div></div>"
            + before + "".join(_component(p) for p in MATCH) + after + "</article></div>")
    return html_page("Harbour Town keep promotion hopes alive | Harbour Evening", body)


def test_a_component_pages_lead_comes_back() -> None:
    got = body_lines(_match_page(), MATCH_URL)
    assert got[got.index(MATCH_TEXT[0]):] == MATCH_TEXT


@pytest.mark.parametrize("furniture", [
    "Sign up to our free sport newsletter for the latest news every morning.",
    "Read more: <a href='/sport/harbour-town-manager'>Why the manager wants to stay on next season</a>",
    "<a href='/sport/millbrook-rovers-crisis'>Millbrook Rovers face a fight to stay in the league this season</a>",
    "Jane Marlow is the Harbour Evening's football correspondent and has covered the club since 2015.",
])
def test_furniture_made_as_the_storys_paragraphs_still_goes(furniture: str) -> None:
    # (at either end: promos and teasers made with the same component are no story paragraphs)
    got = body_lines(_match_page(before=_component(furniture), after=_component(furniture)), MATCH_URL)
    assert got[-4:] == MATCH_TEXT[1:] and not any("newsletter" in g or "Millbrook Rovers face" in g
                                                 or "manager wants" in g or "correspondent" in g for g in got)


def test_a_caption_in_the_same_wrappers_still_goes() -> None:
    caption = ("<figure class='sc-hpEg TiCs'><div class='sc-bkSU bdkD'><div><div><p>The captain heads in the opening "
               "goal at the near post on Saturday afternoon.</p></div></div></div></figure>")
    got = body_lines(_match_page(before=caption), MATCH_URL)
    assert not any("opening goal" in g for g in got)


# -- a closing part after a link list ----------------------------------------------------------------------------------

EXPLAINER = [("p", "The Fiscal Review Office checks the government's spending plans and publishes forecasts twice "
                   "a year."),
             ("p", "It was created in 2011 to give an independent view of the public finances."),
             ("h2", "What does the office do?"),
             ("p", "It publishes a forecast for the economy and the public finances before each budget."),
             ("p", "It also judges whether the government is likely to meet the targets it has set itself."),
             ("p", "Ministers have to respond to its findings in parliament within three months."),
             ("list", "<a href='/news/business-1234'>The inside story of the budget that went wrong</a>"),
             ("h2", "Who runs the office?"),
             ("p", "The office is led by a committee of three independent economists."),
             ("p", "Its chair, <a href='https://fro.example/about/chair'>economist Maria Lenz</a>, began a five-year "
                   "term in 2022.")]
EXPLAINER_URL = "https://www.northern-broadcast.example/news/explainers-63159607"


def _explainer(tail: str = "") -> str:
    parts = []
    for kind, text in EXPLAINER:
        if kind == "p":
            parts.append(f"<div data-component='text-block' class='sc-18fd dlWC'><p class='sc-eb7b fYAf'>{text}</p>"
                         "</div>")
        elif kind == "h2":
            parts.append(f"<div data-component='subheadline-block' class='sc-18fd eeiV'><h2 class='sc-5184 kRvA'>"
                         f"{text}</h2></div>")
        else:
            parts.append(f"<div data-component='text-block' class='sc-18fd dlWC'><ul class='sc-5c9c cnfH'>"
                         f"<li class='sc-8d73 ezcC'>{text}</li></ul></div>")
    body = ("<div id='__next'><div class='app'><main id='main-content'><article><h1>What is the Fiscal Review "
            "Office?</h1>" + "".join(parts) + tail + "<div data-component='tags' class='sc-18fd jVHu'><a href='/news/"
            "topics/economy'>Economy</a></div></article></main></div></div>")
    return html_page("What is the Fiscal Review Office? - Northern Broadcast", body)


def _plain(text: str) -> str:
    return text.replace("<a href='https://fro.example/about/chair'>", "").replace("</a>", "")


def test_a_closing_part_after_a_link_list_comes_back() -> None:
    got = body_lines(_explainer(), EXPLAINER_URL)
    assert got[-3:] == ["Who runs the office?", _plain(EXPLAINER[-2][1]), _plain(EXPLAINER[-1][1])]


@pytest.mark.parametrize("tail", [
    "Follow us on social media for the latest business news and analysis.",
    "Read more <a href='/news/business-999'>about the office's latest forecast and what it means for you</a>.",
    "<a href='/news/business-777'>What the spring statement means for your household bills this year</a>",
    "Copyright 2025 Northern Broadcast. All rights reserved. This material may not be published or redistributed.",
])
def test_a_promo_after_the_closing_part_still_goes(tail: str) -> None:
    block = f"<div data-component='text-block' class='sc-18fd dlWC'><p class='sc-eb7b fYAf'>{tail}</p></div>"
    got = body_lines(_explainer(block), EXPLAINER_URL)
    assert not any(g in _plain(tail) or _plain(tail) in g for g in got)


def test_a_page_of_few_paragraphs_is_left_as_it_is() -> None:
    # (two kept paragraphs say nothing about how the page makes its story's paragraphs)
    from crawler._blocks import Block
    import lxml.html
    root = lxml.html.fromstring("<div><div class='c'><p>One sentence of the story here, long enough to count.</p></div>"
                                "<div class='c'><p>Two sentences of the story here, long enough to count too.</p></div>"
                                "<div class='c'><p>Three sentences of the story here, long enough to count also.</p>"
                                "</div></div>")
    blocks = [Block("p", "Two sentences of the story here, long enough to count too."),
              Block("p", "Three sentences of the story here, long enough to count also.")]
    assert fill_edge_gaps(blocks, root) == blocks


# -- the last paragraph, in the text's second part after an ad slot --------------------------------------------------
# (modelled on a national daily's article template: the body in two `<div class="body articleBody">` around an ad
# slot, the second with a modifier class, each paragraph `<p class="articleBodyBlock article--paragraph">`, and a
# "Read more" teaser between two paragraphs; the recall pass trafilatura is run again with leaves out the last one)

SPLIT = ["The coalition lost the vote on the new border rules by twelve votes on Friday afternoon.",
         "Three weeks before the election, the debate turned into a dispute about who could govern with whom.",
         "The party's leader said after the vote that his side would bring the bill back after the election.",
         "Analysts said the promise was hard to keep, since no partner has agreed to support the plan so far.",
         "It is hard to imagine the other parties agreeing to turn people back at the border, the analysts said."]


def _split_body(tail_class: str = "body articleBody -bottom-space") -> str:
    p = "<p class='articleBodyBlock article--paragraph'>{}</p>"
    return ("<div class='row relative'><div class='article--content mx-auto'><div class='body articleBody'>"
            + "".join(p.format(t) for t in SPLIT[:2])
            + "<div class='teaser'><p class='teaser__label'>Read more</p></div>"
            + "".join(p.format(t) for t in SPLIT[2:4]) + "</div><div class='ad-slot'></div>"
            f"<div class='{tail_class}'>" + p.format(SPLIT[4]) + "</div></div></div>")


def test_the_last_paragraph_after_an_ad_slot_comes_back() -> None:
    import lxml.html

    from crawler._blocks import Block

    blocks = [Block("p", SPLIT[0]), Block("p", SPLIT[1]), Block("p", "Read more"), Block("p", SPLIT[2]),
              Block("p", SPLIT[3])]
    got = fill_edge_gaps(blocks, lxml.html.fromstring(f"<html><body>{_split_body()}</body></html>"))
    assert [b.text for b in got] == [SPLIT[0], SPLIT[1], "Read more", *SPLIT[2:]]


def test_a_paragraph_in_another_component_after_the_text_stays_out() -> None:
    import lxml.html

    from crawler._blocks import Block

    blocks = [Block("p", t) for t in SPLIT[:4]]
    root = lxml.html.fromstring(f"<html><body>{_split_body('newsletter-box')}</body></html>")
    assert fill_edge_gaps(blocks, root) == blocks


def test_a_note_on_the_author_made_as_the_storys_paragraphs_stays_out() -> None:
    # (the closing part's component holds the note: the rule does not put it back, however alike it is made)
    import lxml.html

    from crawler._blocks import Block

    note = "Tom Weller is the office's economics correspondent and has covered the public finances since 2012."
    p = "<div class='block'><p class='para'>{}</p></div>"
    texts = [t for kind, t in EXPLAINER[:6] if kind == "p"]
    root = lxml.html.fromstring("<html><body><article>" + "".join(p.format(t) for t in texts) + p.format(note)
                                + "</article></body></html>")
    blocks = [Block("p", t) for t in texts]
    assert fill_edge_gaps(blocks, root) == blocks
    story_end = "The office will publish its next forecast in the spring, two weeks before the budget is presented."
    root = lxml.html.fromstring("<html><body><article>" + "".join(p.format(t) for t in texts) + p.format(story_end)
                                + "</article></body></html>")
    assert [b.text for b in fill_edge_gaps(blocks, root)] == [*texts, story_end]
