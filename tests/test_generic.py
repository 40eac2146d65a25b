"""The generic body extractor: the checks against the readability-style candidate and the block rules.

All pages here are invented for the tests."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

import crawler
from crawler import ExtractOptions, Extractor
from crawler._candidates import main_candidate
from crawler._clutter import prune_clutter
from crawler._block_rules import apply_block_rules
from crawler._blocks import Block
from crawler._boxes import drop_author_boxes, drop_picture_boxes, drop_teaser_cards
from crawler._gaps import fill_div_paragraphs, fill_gaps
from crawler._prepare import (
    free_embedded_posts,
    open_story_headers,
    unwrap_anchors,
    unwrap_inline_link_classes,
    wrap_loose_text,
)
from crawler._html import text_of
from crawler._metadata import Metadata

SENTENCES = [
    "The harbour authority said on Tuesday that the old ferry terminal would close for repairs next spring.",
    "Engineers found cracks in two of the piers during an inspection, according to a report seen by reporters.",
    "Ferries will use a temporary landing stage on the eastern side of the bay while the work goes on.",
    "The council expects the repairs to cost about four million, to be shared with the regional government.",
    "Local businesses, which depend on day visitors, have asked for the work to be finished before summer.",
    "A spokesperson for the ferry company said timetables would not change during the closure.",
    "The terminal, built in the 1960s, handles about a million passengers a year, most of them in summer.",
    "Residents can comment on the plans at the town hall until the end of the month, officials said.",
]


def _extract(html: str, url: str = "https://news.example.org/2024/05/harbour-terminal-repairs"):
    return Extractor(ExtractOptions(use_profiles=False, date_search=False)).extract(html, url)


def _paras(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def test_article_container_named_like_a_widget_is_protected() -> None:
    # "read-more" in the container's class and "modal" in its parent's: the story is still there
    html = (
        "<html><head><title>Ferry terminal to close</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        + "".join(f'<div class="promo-card"><a href="/s{i}">Another story number {i} about the town</a></div>'
                  for i in range(30))
        + '<div class="box article modal-enabled"><h1>Ferry terminal to close</h1>'
        f'<div class="entry-content entry-content-read-more">{_paras(SENTENCES)}</div></div>'
        "</body></html>"
    )
    body = _extract(html).body
    for s in SENTENCES:
        assert s in body


def test_prune_never_removes_the_protected_candidate() -> None:
    root = lxml.html.fromstring(
        "<html><body>" + "".join(f'<div class="sidebar"><p>{"Side text. " * 30}</p></div>' for _ in range(5))
        + f'<div class="related-story-body">{_paras(SENTENCES)}</div></body></html>'
    )
    cand = main_candidate(root.find("body"))
    assert cand is not None and "related-story-body" in (cand.element.get("class") or "")
    prune_clutter(root.find("body"), protect=[cand.element])
    assert SENTENCES[0] in text_of(root)
    assert "Side text." not in text_of(root)


@pytest.mark.parametrize(("wrapper", "chunk", "rail"), [
    ("grid", "article-body-chunk", "ad-rail"),
    # a layout class with a clutter word ("sidebar") around each chunk: the candidate's twins are protected too
    ("sidebar-grid", "sidebar-grid__content", "sidebar-grid__rail"),
])
def test_story_split_in_chunks_is_read_whole(wrapper: str, chunk: str, rail: str) -> None:
    chunks = "".join(
        f'<div class="{wrapper}"><div class="{chunk}">{_paras(SENTENCES[i:i + 2])}</div><div class="{rail}"></div></div>'
        for i in range(0, 8, 2)
    )
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article>"
            f"<h1>Ferry terminal to close</h1><div class='chunks'>{chunks}</div></article></body></html>")
    body = _extract(html).body
    for s in SENTENCES:
        assert s in body


def _grid_chunks(wrapper_class: Callable[[int], str]) -> str:
    # each chunk of the story in a layout grid of its own, four levels below the chunks' common container
    return "".join(
        f'<div class="{wrapper_class(i)}"><div class="grid-item"><div class="body-wrapper">'
        f'<div class="body-inner">{_paras(SENTENCES[i:i + 2])}</div></div></div>'
        f'<div class="ad-rail"></div></div>'
        for i in range(0, 8, 2)
    )


def test_story_split_in_layout_grids_is_read_whole() -> None:
    root = lxml.html.fromstring(f"<html><body><article><div class='chunks'>{_grid_chunks(lambda i: 'grid')}"
                                "</div></article></body></html>")
    cand = main_candidate(root.find("body"))
    assert cand is not None and cand.element.get("class") == "body-inner"
    assert len(cand.twins) == 3


def test_chunks_five_levels_apart_are_twins() -> None:
    # each section of the story in its own stack of layout wrappers, five levels below their common container
    chunks = "".join(
        f'<div class="row"><div class="col"><div class="row-inner"><div class="article-content">'
        f'<div class="body article-body">{_paras(SENTENCES[i:i + 2])}</div></div></div></div></div>'
        for i in range(0, 8, 2)
    )
    root = lxml.html.fromstring(f"<html><body><div class='wrapper'>{chunks}</div></body></html>")
    cand = main_candidate(root.find("body"))
    assert cand is not None and cand.element.get("class") == "body article-body"
    assert len(cand.twins) == 3


def test_chunks_behind_different_wrappers_are_no_twins() -> None:
    root = lxml.html.fromstring(f"<html><body><article><div class='chunks'>{_grid_chunks(lambda i: f'grid-{i}')}"
                                "</div></article></body></html>")
    cand = main_candidate(root.find("body"))
    assert cand is not None and cand.twins == []


def test_story_written_as_blocks_of_bare_text_is_read_whole() -> None:
    # no <p> at all: each paragraph a <div> holding nothing but text, a photo between them, a glossary box below
    blocks = "".join(f'<div class="block">{s}</div>' for s in SENTENCES[:4])
    blocks += '<div class="block"><div class="image"><img src="/p.jpg"><p class="caption">The old terminal</p></div></div>'
    blocks += "".join(f'<div class="block">{s}</div>' for s in SENTENCES[4:])
    html = ("<html><head><title>Ferry terminal to close</title></head><body><main><div id='entry'>"
            f"{blocks}</div><div class='glossary'><div class='term'>The ferry company, founded in 1921, runs "
            "twelve routes in the region.</div></div></main></body></html>")
    root = lxml.html.fromstring(html)
    cand = main_candidate(root.find("body"))
    assert cand is not None and cand.element.get("id") == "entry"
    body = _extract(html).body
    for s in SENTENCES:
        assert s in body


@pytest.mark.parametrize("boxes", [
    # teaser cards: a headline link beside a summary written as a bare-text div
    "".join(f'<div class="card"><a href="/news/story-{j}">Headline number {j}</a><div class="dek">Summary {j}: the '
            f"mayor, facing pressure from unions, said on Monday that the city would review its plans.</div></div>"
            for j in range(24)),
    # comments: a name beside a bare-text div
    "".join(f'<div class="comment"><div class="name">Reader {j}</div><div class="text">Summary {j}: I think the '
            f"council is wrong about this, and the ferry should keep running all winter long.</div></div>"
            for j in range(30)),
])
def test_bare_text_beside_a_link_or_a_name_is_no_paragraph(boxes: str) -> None:
    html = ("<html><head><title>Ferry terminal to close</title></head><body>"
            f"<div class='story'>{_paras(SENTENCES)}</div><div class='more'>{boxes}</div></body></html>")
    body = _extract(html).body
    assert "Summary" not in body
    assert all(s in body for s in SENTENCES)


def _client_rendered(state: str) -> str:
    # a client-rendered page: an empty app shell, the article only in the state a script pushes
    return ("<html><head><title>Ferry terminal to close</title></head><body><div id='app'><nav>"
            "<a href='/'>Home</a></nav><div class='loading'></div></div>"
            f"<script>window.__STATE__ = window.__STATE__ || []; window.__STATE__.push({state});</script>"
            "</body></html>")


def test_client_rendered_page_gives_the_article_in_its_state() -> None:
    import json

    markup = "".join(f"<p class=\"editor-p\">{s}</p>" for s in SENTENCES)
    teaser = "<p>Another story</p><p>And another</p>"
    state = json.dumps({"queries": [{"data": {"detail": {"title": "Ferry terminal to close", "contentHtml": markup,
                                                         "related": teaser}}}]})
    # as a server writes it into a page: markup characters escaped
    state = state.replace("<", "\\u003c").replace(">", "\\u003e")
    body = _extract(_client_rendered(state)).body
    for s in SENTENCES:
        assert s in body
    assert "Another story" not in body


def test_client_rendered_page_takes_no_markup_off_its_subject() -> None:
    import json

    # the only markup in the state is the site's terms: nothing about the page's title
    terms = "".join(f"<p>Clause {i}: by using this website you accept our terms, cookies and privacy rules.</p>"
                    for i in range(6))
    state = json.dumps({"layout": {"footer": {"termsHtml": terms}}}).replace("<", "\\u003c")
    article = _extract(_client_rendered(state))
    assert "Clause" not in article.body


def test_a_page_printing_the_first_paragraphs_of_the_story_its_state_holds_whole_gives_the_whole() -> None:
    import json

    # modelled on a Next.js page rendered on the server up to a "Loading…" placeholder: its data holds the story
    markup = "".join(f"<p>{s}</p>" for s in SENTENCES)
    state = json.dumps({"props": {"pageProps": {"story": {"title": "Ferry terminal to close", "content": markup}}}})
    shown = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    html = ("<html><head><title>Ferry terminal to close</title></head><body><div id='__next'><main><article>"
            f"<h1>Ferry terminal to close</h1><div class='body'>{shown}</div><div class='loading'>Loading…</div>"
            f"</article></main></div><script id='__NEXT_DATA__' type='application/json'>{state}</script></body></html>")
    assert _extract(html).body.split("\n\n") == SENTENCES
    # a state holding some other story keeps the page's own paragraphs
    other = json.dumps({"props": {"pageProps": {"next": {"title": "Ferry terminal to close: the timeline",
                                                         "content": markup.replace("harbour", "river")
                                                         .replace("The ", "Then the ")}}}})
    assert _extract(html.replace(state, other)).body.split("\n\n") == SENTENCES[:3]


def test_client_rendered_page_without_article_markup_gives_no_text() -> None:
    import json

    state = json.dumps({"config": {"locale": "en", "about": "A short note about the site. " * 30}})
    article = _extract(_client_rendered(state))
    assert "short note" not in article.body


def test_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    # the source wraps a paragraph over several lines (CRLF, LF): a browser shows one paragraph; a <br> still breaks
    wrapped = ('<p>The <a href="/airline">airline</a>\r\n had said a ferry carrying 167 passengers from the \r\n'
               "capital to the islands struck a pier during departure late on \nMonday.</p>"
               "<p>The pier was closed for the night,<br>officials said.</p>")
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            f"{_paras(SENTENCES[:4])}{wrapped}{_paras(SENTENCES[4:])}</article></body></html>")
    lines = _extract(html).body.split("\n\n")
    assert ("The airline had said a ferry carrying 167 passengers from the capital to the islands struck a pier "
            "during departure late on Monday.") in lines
    assert "The pier was closed for the night," in lines and "officials said." in lines


def test_screen_reader_only_text_is_not_read() -> None:
    para = ('<p>The company promised its <a href="https://investors.example.com/">investors<span class="go-vh"> '
            "(opens in a new window)</span></a>, among them two carmakers, a new battery by the end of the year, "
            'officials said.<span class="visually-hidden">Skip advertisement</span></p>')
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            f"{_paras(SENTENCES[:4])}{para}{_paras(SENTENCES[4:])}</article></body></html>")
    body = _extract(html).body
    assert "investors, among them two carmakers" in body
    assert "opens in a new window" not in body and "Skip advertisement" not in body


def test_embedded_post_is_freed_from_a_social_wrapper() -> None:
    root = lxml.html.fromstring(
        "<html><body><article><p>Before.</p><div class='social-media-embed'><blockquote class='twitter-tweet'>"
        "<p>The ferry is late again this morning</p>\u2014 A commuter (@commuter)</blockquote></div>"
        "<p>After.</p></article></body></html>"
    )
    assert free_embedded_posts(root) == 1
    assert root.find(".//div") is None
    prune_clutter(root.find("body"))
    assert "The ferry is late again" in text_of(root)


def test_inline_link_class_keeps_its_words() -> None:
    root = lxml.html.fromstring('<html><body><p>He said that <span class="link"><a href="/x">the council will pay'
                                "</a></span> for it.</p></body></html>")
    unwrap_inline_link_classes(root)
    assert root.find(".//span").get("class") is None
    body = _extract("<html><body><article>" + _paras(SENTENCES[:4])
                    + '<p>The mayor said that <span class="link"><a href="/y">the council will pay</a></span> '
                    "for most of the repairs, and the region for the rest of them.</p>"
                    + _paras(SENTENCES[4:]) + "</article></body></html>").body
    assert "that the council will pay for most" in body


def test_a_heading_that_is_a_jump_anchor_stays() -> None:
    """`<h3><a name="part1">…</a></h3>`: a place in the page (the target of an "On this page" menu), not a link;
    trafilatura's precision mode dropped such headings as all link."""
    headings = ["Repairs begin in spring", "What the closure means for ferries", "Who pays for the work"]
    parts = [_paras(SENTENCES[:3]), _paras(SENTENCES[3:6]), _paras(SENTENCES[6:])]
    menu = "".join(f'<li><a href="#part{i}">{h}</a></li>' for i, h in enumerate(headings))
    html = (f"<html><body><article><h1>Ferry terminal to close</h1><p>On this page:</p><ul>{menu}</ul>"
            + "".join(f'<h3 class="subtitle"><a name="part{i}" class="jumpLabel">{h}</a></h3>{parts[i]}'
                      for i, h in enumerate(headings))
            + "</article></body></html>")
    body = _extract(html).body.split("\n\n")
    for h in headings:
        assert h in body, h
    assert body.index(headings[1]) == body.index(SENTENCES[3]) - 1
    # an anchor with an id works the same; an empty one (a footnote's target) and a real link are left alone
    root = lxml.html.fromstring('<html><body><h2><a id="s1">One</a></h2><p><a name="fn1"></a>[1] A source.</p>'
                                '<p><a href="/other">Other story</a></p></body></html>')
    assert unwrap_anchors(root) == 1
    assert [a.get("href") or a.get("name") for a in root.iter("a")] == ["fn1", "/other"]
    assert root.find(".//h2/span").text == "One"
    # outside a heading such an anchor is a button a script drives; in one, a link with an href stays a link
    root = lxml.html.fromstring('<html><body><p><a id="load-more" class="btn">Load more stories</a></p>'
                                '<h3><a id="s2" href="/other">Other story</a></h3></body></html>')
    assert unwrap_anchors(root) == 0
    assert _extract("<html><body><article>" + _paras(SENTENCES) + '<p><a id="load-more" class="btn">Load more '
                    "stories from the newsroom</a></p></article></body></html>").body.split("\n\n") == SENTENCES


def test_text_in_components_named_cmp_stays() -> None:
    """Adobe's core components (and many publishers' own) are named "cmp-…": the story's headings and paragraphs in
    them are the story."""
    html = ("<html><body><main><h1>Ferry terminal to close</h1>"
            + "".join(f'<div class="text"><div class="cmp-text"><p>{s}</p></div></div>' for s in SENTENCES[:4])
            + '<div class="v-c-cmp v-n-mrg"><h3 class="v-cmp-suh">Who pays for the work</h3></div>'
            + "".join(f'<div class="cmp-text"><p>{s}</p></div>' for s in SENTENCES[4:])
            + "</main></body></html>")
    body = _extract(html).body.split("\n\n")
    assert body == [*SENTENCES[:4], "Who pays for the work", *SENTENCES[4:]]


def test_a_box_about_the_author_goes() -> None:
    bio = "Jane Roe (*1970) was the harbour's chief engineer. She now teaches at the university."
    html = ("<html><body><article><h1>Ferry terminal to close</h1>" + _paras(SENTENCES)
            + f"<div class='box factbox'><h2 class='box__title'>Die Autorin</h2><p>{bio}</p></div>"
            + "</article></body></html>")
    body = _extract(html).body
    assert all(s in body for s in SENTENCES) and "Jane Roe" not in body and "Autorin" not in body
    # not a story's section of that name, nor a box the heading does not open, nor a long one
    root = lxml.html.fromstring(
        "<html><body><article><h2>About the author</h2>" + _paras(SENTENCES[:2]) + "</article>"
        f"<div><p>{bio}</p><h3>The author</h3></div>"
        f"<section><h3>About the authors</h3>{_paras(SENTENCES * 2)}</section></body></html>")
    assert drop_author_boxes(root) == 0


def test_teaser_cards_after_the_story_go() -> None:
    # cards pointing to other stories, each an <article> (a kicker, a linked headline, a byline): trafilatura's
    # recall mode drops the linked headlines and keeps the kickers and bylines at the story's end
    cards = "".join(
        f"<article class='c'><div><span>{kicker}</span></div><h3><span>Harbour:</span><a href='/story-{i}'>"
        f"Another story about the harbour number {i}</a></h3><div>von Jane Roe {i}</div></article>"
        for i, kicker in enumerate(["Interview", "Thema", "Analyse"]))
    root = lxml.html.fromstring("<html><body><main><article class='story'><h1>Ferry terminal to close</h1>"
                                + _paras(SENTENCES) + "<div class='grid'>" + cards + "</div></article></main>"
                                "</body></html>")
    story = root.find(".//article")
    assert drop_teaser_cards(root, [story]) == 3
    text = text_of(root)
    assert all(s in text for s in SENTENCES) and "Interview" not in text and "Jane Roe" not in text
    # the story itself, a short one, is never a card; nor a card whose headline is no link
    root = lxml.html.fromstring("<html><body><article><h2><a href='/self'>Ferry terminal to close</a></h2>"
                                f"<p>{SENTENCES[0]}</p></article><article><h3>Harbour</h3><p>{SENTENCES[1]}</p>"
                                "</article></body></html>")
    assert drop_teaser_cards(root, [root.find(".//article")]) == 0


def _story_with(box: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><article>{_paras(SENTENCES[:4])}{box}{_paras(SENTENCES[4:])}"
                                "</article></body></html>")


@pytest.mark.parametrize("box", [
    # a picture's box with its caption in a span after a line break (no figure, no class naming a caption)
    "<div align='center'><div class='article-img'><img src='a.jpg' alt='The new pier'><noscript><img src='a.jpg'>"
    "</noscript></div><br><span class='minor small gray'>The new pier seen from the ferry</span></div>",
    # the caption in a paragraph of its own box, the picture in a <picture>
    "<div class='absatzbild'><div class='media'><picture><source srcset='b.jpg'><img src='b.jpg'></picture></div>"
    "<div class='info'><p class='info-text'>Workers inspect the cracked pier on Monday</p></div></div>",
    # the caption before the picture, a link around the picture
    "<section><p>Dock workers at the terminal. Credit: Jane Roe</p><a href='big.jpg'><img src='c.jpg'></a></section>",
])
def test_picture_box_caption_goes(box: str) -> None:
    root = _story_with(box)
    assert drop_picture_boxes(root, [root.find(".//article")]) == 1
    text = text_of(root)
    assert all(s in text for s in SENTENCES)
    for caption in ("seen from the ferry", "Workers inspect", "Dock workers"):
        assert caption not in text


@pytest.mark.parametrize("box", [
    # a paragraph with a picture inside it: its text is the paragraph's own
    "<p><img src='a.jpg' class='alignleft'>The terminal opened in 1962.</p>",
    # loose text beside the picture
    "<div><img src='a.jpg'>The terminal opened in 1962.</div>",
    # a heading or a lead beside a picture
    "<div><img src='a.jpg'><h2>What happens next</h2></div>",
    "<div><picture><img src='a.jpg'></picture><p class='article-lead'>The terminal opened in 1962.</p></div>",
    # more than one block beside the picture: not a caption
    "<div><img src='a.jpg'><p>The terminal opened in 1962.</p><p>It was extended in 1980.</p></div>",
    # a list or a table beside a picture
    "<div><img src='a.jpg'><ul><li>Opened 1962</li><li>Extended 1980</li></ul></div>",
    # too long for a caption
    f"<div><img src='a.jpg'><p>{SENTENCES[0]} {SENTENCES[1]} {SENTENCES[2]}</p></div>",
    # a short paragraph beside a picture, as page builders lay it out (media and text, columns, a plain row): a
    # sentence with no credit and no class naming a caption is the story's own
    "<div class='wp-block-media-text'><figure class='wp-block-media-text__media'><img src='a.jpg'></figure>"
    "<div class='wp-block-media-text__content'><p>The terminal opened in 1962.</p></div></div>",
    "<div class='columns'><div class='column'><div class='image'><img src='a.jpg'></div></div><div class='column'>"
    "<p>The terminal opened in 1962.</p></div></div>",
    "<center><img src='a.jpg'><p>The terminal opened in 1962.</p></center>",
    "<div class='step'><img src='s1.jpg'><p>Remove the old washer with pliers.</p></div>",
    "<div class='quote-box'><div class='portrait'><img src='mayor.jpg'></div><div class='q'><p>“We will not let "
    "the pier fall into the sea,” said the mayor.</p></div></div>",
    # two paragraphs, or a list or table one wrapper deeper, beside an icon or a picture
    "<div class='media-text'><figure><img src='a.jpg'></figure><div><p>The terminal opened in 1962.</p>"
    "<p>It was extended in 1980.</p></div></div>",
    "<div class='factbox'><img src='info.jpg'><div class='body'><ul><li>Opened 1962</li><li>Extended 1980</li>"
    "</ul></div></div>",
    "<div class='factbox'><img src='info.jpg'><div class='body'><table><tr><td>Length</td><td>84 m</td></tr>"
    "</table></div></div>",
    # icons in a line of text: a team's flag beside its name, an avatar beside an answer
    "<p><span class='team'><img src='fr.png'><span>France</span></span> beat <span class='team'><img src='es.png'>"
    "<span>Spain</span></span> 2-1 in the final</p>",
    "<div class='answer'><img class='avatar' src='a.png'><span>We hope to reopen it before the first frost</span>"
    "</div>",
])
def test_text_beside_a_picture_that_is_no_caption_stays(box: str) -> None:
    root = _story_with(box)
    before = text_of(root)
    assert drop_picture_boxes(root, [root.find(".//article")]) == 0
    assert text_of(root) == before


def test_picture_box_is_never_the_story_or_most_of_the_page() -> None:
    # the protected story itself (a short one: a picture and its line)
    root = lxml.html.fromstring("<html><body><div class='story'><img src='a.jpg'><p>The terminal at dawn, seen "
                                "from the harbour wall</p></div></body></html>")
    assert drop_picture_boxes(root, [root.find(".//div")]) == 0
    # a photo page: the caption is most of the text there is
    root = lxml.html.fromstring("<html><body><main><h1>Photo of the day</h1><div><img src='a.jpg'><p>The terminal "
                                "at dawn, seen from the harbour wall</p></div></main></body></html>")
    assert drop_picture_boxes(root) == 0
    # a gallery: its captions together are most of the story's text
    slides = "".join(f"<div class='slide'><img src='{i}.jpg'><span>The terminal in {1960 + i}, from the harbour wall"
                     "</span></div>" for i in range(12))
    root = lxml.html.fromstring(f"<html><body><main><h1>The terminal over the years</h1>{slides}<p>{SENTENCES[0]}"
                                "</p></main></body></html>")
    assert drop_picture_boxes(root) == 0
    # a brief beside its picture, on a page whose reader comments hold more text than the story (the comments, not
    # the story, are then the main-content candidate): the story's text is measured in its own <article>
    comments = "".join(f"<div class='comment'><p>{s}</p></div>" for s in SENTENCES[2:5])
    html = ("<html><head><title>Lorry overturns on coast road</title></head><body><main><article><h1>Lorry overturns "
            "on coast road</h1><div class='entry'><div class='img'><img src='crash.jpg'></div><p>The coast road was "
            "closed on Monday after a lorry overturned near the harbour</p></div></article><section class='comments'>"
            f"<h2>3 comments</h2>{comments}</section></main></body></html>")
    assert "after a lorry overturned near the harbour" in _extract(html).body


def test_picture_caption_glued_into_loose_text_goes() -> None:
    # a picture's inline box (a <span>) between two sentences of loose text: its caption was glued into the
    # paragraph ("… next spring. The terminal will close in spring Engineers found …")
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            f"<div class='story'>{SENTENCES[0]}\n<span class='hmedia'><img class='photo' src='a.jpg'>"
            f"<a class='fn' href='/pictures/terminal'>The terminal will close in spring</a></span>\n{SENTENCES[1]}"
            f"<br><br>{SENTENCES[2]}<h2>What comes next</h2>{SENTENCES[3]}<br><br>{SENTENCES[4]}</div></article>"
            "</body></html>")
    paragraphs = _extract(html).body.split("\n\n")
    assert f"{SENTENCES[0]} {SENTENCES[1]}" in paragraphs
    assert all(s in paragraphs for s in SENTENCES[2:5])


def test_picture_boxes_are_read_in_linear_time() -> None:
    # a hang guard, not a timing: each box once measured its whole story again (20,000 captioned pictures in one
    # story took about 23 s), and a box that failed was checked again for each of its pictures, past every filler
    # before them (20,000 line breaks before 20,000 pictures: over 3 minutes); now each takes well under a second
    import time

    slides = "".join(f"<div class='slide'><div><img src='{i}.jpg'></div><span>Pier {i}</span></div>"
                     for i in range(20_000))
    crowded = "<br>" * 20_000 + "<img src='a.jpg'>" * 20_000 + "<span>The terminal at dawn</span>"
    for inner in (slides, f"<div>{crowded}</div>"):
        root = lxml.html.fromstring(f"<html><body><main><h1>The terminal</h1>{inner}<p>{SENTENCES[0]}</p></main>"
                                    "</body></html>")
        started = time.perf_counter()
        drop_picture_boxes(root)
        assert time.perf_counter() - started < 5


def test_header_holding_the_lead_stays() -> None:
    root = lxml.html.fromstring(f"<html><body><article><header><h1>Title</h1><p>{SENTENCES[0]}</p></header>"
                                f"{_paras(SENTENCES[1:])}</article></body></html>")
    assert open_story_headers(root) == 1
    assert root.find(".//header") is None
    root = lxml.html.fromstring("<html><body><header><a href='/'>Home</a></header></body></html>")
    assert open_story_headers(root) == 0


def test_loose_text_beside_blocks_is_read_as_paragraphs() -> None:
    # a story written straight into a <div> that also holds blocks (a picture's box, a paragraph): trafilatura
    # read it piece by piece, cutting the first sentence at its link and dropping the link's words
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            "<div class='story'>HARBOUR TOWN: The <a href='https://news.example.org/topic/harbour'>harbour "
            f"authority</a> said on Tuesday that the old ferry terminal would close. {SENTENCES[1]}<br/><br/>"
            f"{SENTENCES[2]} <a href='https://news.example.org/topic/council'>The council</a> expects the repairs "
            "to cost about four million.<div class='pic'><span>Photo: the terminal</span></div>"
            f"<p>{SENTENCES[4]}</p>{SENTENCES[5]}<br/>{SENTENCES[6]}</div></article></body></html>")
    paragraphs = _extract(html).body.split("\n\n")
    assert ("HARBOUR TOWN: The harbour authority said on Tuesday that the old ferry terminal would close. "
            + SENTENCES[1]) in paragraphs
    assert SENTENCES[2] + " The council expects the repairs to cost about four million." in paragraphs
    assert all(s in paragraphs for s in SENTENCES[4:7])


LONG_TEXT = f"{SENTENCES[0]} {SENTENCES[1]}"
LONG_P = f"<p>{LONG_TEXT}</p>"


def test_wrap_loose_text() -> None:
    root = lxml.html.fromstring("<div id='s'>Lead <a href='/x'>linked</a> words.<!-- c -->More<br/>Line <i>two<br/>"
                                f"still</i><div>{LONG_TEXT}</div> <span> </span> <p>para</p>Tail <b>bold</b><br/> "
                                "<br/></div>")
    assert wrap_loose_text(root) == 3
    div = root if root.get("id") == "s" else root.find(".//div[@id='s']")
    assert [c.tag for c in div if isinstance(c.tag, str)] == ["p", "p", "div", "span", "p", "p"]
    # one paragraph a line, cut at the container's own breaks; a break inside an inline element stays
    assert [text_of(p) for p in div.findall("p")] == ["Lead linked words.More", "Line two still", "para", "Tail bold"]
    assert text_of(div[2]) == LONG_TEXT
    assert div[0].find("a") is not None and div[1].find("i/br") is not None
    # a container of text alone, or of blocks alone, is left as it is
    # a container of text alone, or of blocks alone, or with little text (a caption beside a picture's box), is
    # left as it is
    for html in (f"<div>Just <a href='/x'>text</a> here {LONG_TEXT}</div>", "<div><p>One</p> <p>Two</p></div>",
                 "<div class='photo'><div class='img'><img src='a.jpg'/></div>Protesters outside the town hall. "
                 "(Reuters)</div>"):
        assert wrap_loose_text(lxml.html.fromstring(html)) == 0


@pytest.mark.parametrize("inner, lines", [
    # an empty element the style sheet draws as a break, between a sentence's end and a capital
    ('in the country.<span class="br"></span>The data shows', ["in the country.", "The data shows"]),
    # a heading glued to the next line's capital, the break inside the next element
    ('A Newborn <span class="strong">Survives</span><span class="br"></span><span class="br"></span><span>One case'
     '</span>', ["A Newborn Survives", "One case"]),
    # no capital after it, or text without capitals: the empty element only goes
    ('pro Monat<span class="x"></span> an', ["pro Monat an"]),
    ('\u5b57\u5e55\u3002<span class="br"></span>\u6587\u5b57', ["\u5b57\u5e55\u3002\u6587\u5b57"]),
    # a line that opens with an empty element keeps its words (trafilatura dropped them)
    ('<span class="br"></span>According to police, it was planned.', ["According to police, it was planned."]),
    # a space in an element is a space; abbreviations, times, figures, names with digits and ideographs glued to
    # digits are no line's end; an image in a sentence is no break (found by a review)
    ("The mayor said the<span> </span>council would vote", ["The mayor said the council would vote"]),
    ("The U.S.<span></span>Treasury said", ["The U.S.Treasury said"]),
    ("He met St.<a name='x'></a>Louis officials", ["He met St.Louis officials"]),
    ("at 10:<span class='blink'></span>30 on Friday", ["at 10:30 on Friday"]),
    ("The new iPhone<span class='tm'></span>15 goes on sale", ["The new iPhone15 goes on sale"]),
    ("\u5e02\u8bae\u4f1a\u4e8e2024\u5e74<span></span>5\u67083\u65e5",
     ["\u5e02\u8bae\u4f1a\u4e8e2024\u5e745\u67083\u65e5"]),
    ("The team won.<img src='x.jpg'/>Fans celebrated", ["The team won.Fans celebrated"]),
    ("The budget <picture><img src='e.png'/></picture> takes effect in July.",
     ["The budget takes effect in July."]),
])
def test_empty_elements_in_loose_text(inner: str, lines: list[str]) -> None:
    root = lxml.html.fromstring(f"<html><body><div>{inner}<div>box</div>{LONG_P}</div></body></html>")
    assert wrap_loose_text(root) == len(lines)
    made = root.findall(".//p")[:-1]
    assert [text_of(p) for p in made] == lines
    assert not [el for p in made for el in p.iter("span") if not len(el) and not el.text]


def test_loose_text_with_many_empty_elements_is_read_in_linear_time() -> None:
    # a hang guard, not a timing: each empty element once looked for the next text from scratch (30,000 of them
    # took about 16 s; now a few hundredths)
    import time

    root = lxml.html.fromstring(f"<html><body><div>{LONG_TEXT}" + "<span></span>" * 30_000
                                + "<div>box</div>tail</div></body></html>")
    started = time.perf_counter()
    wrap_loose_text(root)
    assert time.perf_counter() - started < 5


def test_block_rules() -> None:
    md = Metadata(descriptions=["Cracks in two piers mean the terminal closes for repairs next spring"])
    blocks = [
        Block("h1", "Ferry terminal to close"),
        Block("h2", "Cracks in two piers mean the terminal closes for repairs next spring"),
        Block("p", SENTENCES[0]),
        Block("p", "See more: Ferry fares rise again for the third year running", 0.8, 3, 60, 48),
        Block("h3", "Related stories", 1.0),
        Block("li", "- Ferry fares rise again", 1.0, 5), Block("li", "- New bridge plans", 1.0, 5),
        Block("li", "- Harbour festival returns", 0.9, 5),
        Block("p", SENTENCES[1]),
        Block("li", "- Two piers", 0.0, 9), Block("li", "- One landing stage", 0.0, 9),
        Block("p", "Read the report at harbour.example.org.", 1.0),
        Block("p", "Accounts: @harbour, @ferries", 0.8, 12, 28, 18),
        Block("p", "Get the tide tables at the Example Shop", 1.0, 13, 39, 39, ("https://shop.example.com/t",)),
        Block("p", "Harbour festival returns this summer", 1.0, 14, 36, 36, ("https://news.example.org/f",)),
    ]
    kept = [b.text for b in apply_block_rules(blocks, md, "https://news.example.org/2024/05/harbour")]
    assert kept == [SENTENCES[0], SENTENCES[1], "- Two piers", "- One landing stage",
                    "Read the report at harbour.example.org.", "Accounts: @harbour, @ferries",
                    "Get the tide tables at the Example Shop"]


def _story_items(lines: list[tuple[str, str]], group: int = 7,
                 target: str = "https://news.example.org/story") -> list[Block]:
    return [Block("li", f"- {text}", len(link) / len(text), group, len(text), len(link), (target,))
            for text, link in lines]


STORY_LINES = [("Ferry fares rise, and the council says why", "and the council says why"),
               ("Could the old bridge carry trams again? Engineers doubt it", "Engineers doubt it"),
               ("The harbour festival returns: what to know", "what to know")]


def test_a_list_of_the_sites_stories_at_the_end_goes() -> None:
    url = "https://news.example.org/2024/05/harbour"
    story = [Block("p", s) for s in SENTENCES[:3]]
    kept = [b.text for b in apply_block_rules(story + _story_items(STORY_LINES), Metadata(), url)]
    assert kept == SENTENCES[:3]
    # not: the same list in the middle of the text, a list linking to other sites (sources), a list of sentences,
    # or of long lines, or a list of two
    for blocks in (story[:1] + _story_items(STORY_LINES) + story[1:],
                   story + _story_items(STORY_LINES, target="https://gov.example.com/report"),
                   story + _story_items([(t + ".", link) for t, link in STORY_LINES]),
                   story + _story_items([(t + " " + SENTENCES[5], link) for t, link in STORY_LINES]),
                   story + _story_items(STORY_LINES[:2]),
                   story + [Block("h3", "Three more stories")] + _story_items(STORY_LINES),
                   story + [Block("p", "Among the stories this week:")] + _story_items(STORY_LINES)):
        assert apply_block_rules(blocks, Metadata(), url) == blocks


def test_labels_where_the_text_begins_go() -> None:
    # a section word, the kind of item ("Article", "Review"), a date, an arrow-led topic link printed before the
    # first paragraph: labels, not text
    blocks = [Block("p", "Economy"), Block("h2", "Review"), Block("p", "05.03.2024"), Block("p", "→ Harbour dossier"),
              Block("p", "6 March 2025, 10:30"), Block("p", SENTENCES[0]), Block("h2", "The repairs"),
              Block("p", SENTENCES[1])]
    kept = [b.text for b in apply_block_rules(blocks, Metadata(), "https://news.example.org/2024/05/harbour")]
    assert kept == [SENTENCES[0], "The repairs", SENTENCES[1]]  # a short heading inside the text stays


@pytest.mark.parametrize("opening", [
    [Block("p", "LUGANO, SWITZERLAND")],  # a dateline in capitals on its own line
    [Block("p", "NEW DELHI:")],
    [Block("h2", "Ingredients"), Block("li", "- Two eggs"), Block("li", "- A cup of flour")],  # a list's heading
    [Block("p", "Why now?")],  # a question: a line of the text
    [Block("p", "Breaking: the harbour authority has announced the closure.")],  # a sentence
    [Block("p", "港湾局")],  # ideographic text is not counted in words
    [Block("p", "In 2025 and 2026")],  # years, no date
    [Block("p", "Dear Editor,")], [Block("p", "Q:")], [Block("p", "Serves 4")], [Block("p", "„Unfassbar“")],
    [Block("p", "Kyiv, Ukraine")], [Block("p", "Berlin –")], [Block("p", "The repairs begin")],
    [Block("p", "→ More on the harbour repairs")],  # an arrow-led line of five words
    [Block("p", "สภาเมืองอนุมัติ")],  # a script written without spaces
    [Block("quote", "Unbelievable")], [Block("pre", "make all")],  # a quotation, code
    [Block("p", "Ingredients"), Block("p", "2 eggs"), Block("p", "200 g of flour")],  # over short lines
])
def test_what_stays_where_the_text_begins(opening: list[Block]) -> None:
    blocks = [*opening, Block("p", SENTENCES[0]), Block("p", SENTENCES[1])]
    kept = [b.text for b in apply_block_rules(blocks, Metadata(), "https://news.example.org/2024/05/harbour")]
    assert kept == [b.text for b in blocks]


def test_kicker_headlines_list_and_its_heading_go() -> None:
    # a "more on this" box: a heading, then headlines of the site's stories behind kickers ("Health: "), partly linked
    site = "https://news.example.org"
    blocks = [
        Block("p", SENTENCES[0]),
        Block("h3", "More from our health desk"),
        Block("li", "- Health: Walking after meals helps", 0.76, 7, 33, 25, (f"{site}/a",)),
        Block("li", "- Sleep: Why naps are back", 0.71, 7, 24, 17, ("/b",)),
        Block("li", "- „Too late“: Doctors warn about the heat", 0.67, 7, 39, 26, (f"{site}/c",)),
        Block("p", SENTENCES[1]),
        # an article's own list: facts behind labels, linking out to other sites
        Block("h3", "Where to go"),
        Block("li", "- Tickets: sold at the harbour office", 0.6, 9, 37, 22, ("https://tickets.example.com/",)),
        Block("li", "- Timetables: at the ferry company", 0.6, 9, 35, 21, ("https://ferry.example.com/",)),
        Block("li", "- Parking: free on Sundays", 0.6, 9, 26, 16, ("https://city.example.com/",)),
    ]
    kept = [b.text for b in apply_block_rules(blocks, Metadata(), f"{site}/2024/05/harbour")]
    assert kept == [SENTENCES[0], SENTENCES[1], "Where to go", "- Tickets: sold at the harbour office",
                    "- Timetables: at the ferry company", "- Parking: free on Sundays"]


def test_a_list_of_names_linked_to_the_site_is_no_link_list() -> None:
    # the link comes first, the rest after it: no kicker, the article's own list
    site = "https://news.example.org"
    names = [("Taylor Swift", "Friday"), ("Kendrick Lamar", "Saturday"), ("Billie Eilish", "Sunday")]
    blocks = [Block("p", SENTENCES[0]), Block("h3", "The headliners")] + [
        Block("li", f"- {n} ({d})", len(n) / len(f"{n} ({d})"), 4, len(f"{n} ({d})"), len(n), (f"/tag/{n}",))
        for n, d in names]
    kept = [b.text for b in apply_block_rules(blocks, Metadata(), f"{site}/2024/05/festival")]
    assert kept == [b.text for b in blocks]


def test_gaps_between_kept_paragraphs_are_filled() -> None:
    root = lxml.html.fromstring(
        "<html><body><div class='story'>" + _paras(SENTENCES[:3])
        + f"<p class='x'>Short.</p><div class='card'><p>{SENTENCES[5]}</p></div>"
        + _paras(SENTENCES[3:5]) + "</div></body></html>"
    )
    blocks = [Block("p", s) for s in SENTENCES[:2] + SENTENCES[3:5]]
    filled = [b.text for b in fill_gaps(blocks, root)]
    # the paragraph made like its neighbours comes back in place; the short one and the card's do not
    assert filled == SENTENCES[:5]


def _fill_div_between(div: str) -> list[str]:
    """fill_div_paragraphs on `div` between the third and fourth of five paragraphs the extractor kept."""
    root = lxml.html.fromstring("<html><body><div class='story'>" + _paras(SENTENCES[:3]) + div
                                + _paras(SENTENCES[3:5]) + "</div></body></html>")
    return [b.text for b in fill_div_paragraphs([Block("p", s) for s in SENTENCES[:5]], root)]


@pytest.mark.parametrize("div", [
    f"<div>{SENTENCES[5]}</div>",
    f"<div class='para'><span>{SENTENCES[5]}</span></div>",
    f"<div><img class='emoji' src='e.png'><span>{SENTENCES[5]}</span></div>",
    f"<div>{SENTENCES[5][:40]}<a href='/topic/ferries'>{SENTENCES[5][40:70]}</a>{SENTENCES[5][70:]}</div>",
])
def test_a_paragraph_written_as_a_div_between_kept_paragraphs_comes_back(div: str) -> None:
    # trafilatura's precision mode reads only the <p>s around it
    assert _fill_div_between(div) == [*SENTENCES[:3], SENTENCES[5], *SENTENCES[3:5]]
    # and end to end
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            "<div class='story'>" + _paras(SENTENCES[:3]) + div + _paras(SENTENCES[3:5]) + "</div></article>"
            "</body></html>")
    assert SENTENCES[5] in _extract(html).body.split("\n\n")


@pytest.mark.parametrize("div", [
    # a promo, a label, a link, a box of blocks
    "<div>Sign up for our newsletter to get the day's news in your inbox every evening.</div>",
    "<div>More on the ferry terminal and the council's plans for the bay</div>",
    "<div><a href='/news/another-story'>The council's plans for the bay are not settled yet, officials say.</a></div>",
    f"<div><p>{SENTENCES[5]}</p></div>",
    f"<div><ul><li>{SENTENCES[5]}</li></ul></div>",
])
def test_a_div_that_is_no_paragraph_is_not_put_back(div: str) -> None:
    assert _fill_div_between(div) == SENTENCES[:5]


def test_a_div_paragraph_comes_back_only_between_two_paragraphs_kept_side_by_side() -> None:
    div = f"<div>{SENTENCES[5]}</div>"
    # at the story's end; beside a paragraph the extractor did not keep; with text between it and its neighbour
    for inner in (_paras(SENTENCES[:5]) + div, _paras(SENTENCES[:3]) + div + f"<p>{SENTENCES[6]}</p>"
                  + _paras(SENTENCES[3:5]), _paras(SENTENCES[:3]) + div + "loose words" + _paras(SENTENCES[3:5])):
        root = lxml.html.fromstring(f"<html><body><div class='story'>{inner}</div></body></html>")
        blocks = [Block("p", s) for s in SENTENCES[:5]]
        assert [b.text for b in fill_div_paragraphs(blocks, root)] == SENTENCES[:5]


def test_a_paragraph_holding_an_ad_slot_is_not_put_back_twice() -> None:
    """An ad slot placed inside a paragraph leaves its label at the paragraph's end: the paragraph the extractor
    kept without it is the same paragraph."""
    root = lxml.html.fromstring(
        "<html><body><div class='story'>" + _paras(SENTENCES[:2])
        + f"<p>{SENTENCES[2]} <span class='slot'>Advertisement</span></p>" + _paras(SENTENCES[3:5])
        + "</div></body></html>")
    blocks = [Block("p", s) for s in SENTENCES[:5]]
    assert [b.text for b in fill_gaps(blocks, root)] == SENTENCES[:5]


def test_a_sentence_that_is_mostly_a_link_comes_back_inside_the_story() -> None:
    """An interviewer's question with most of it linked is a sentence of the story: it opens with words of its own
    and ends as a sentence does. A linked headline is not, nor a sentence between the story and a promo."""
    question = ('What is his <a href="/comment/the-first-hundred-days">verdict on the new government and its first '
                "hundred days</a>, three months in?")
    teaser = '<a href="/news/another-story">Ferry fares rise again next spring</a>.'
    series = 'This is <a href="/series/europe-at-a-glance">Europe at a Glance</a> from us.'
    promo = "Sign up for our newsletter and get the day's news in your inbox every evening."
    root = lxml.html.fromstring(
        "<html><body><div class='story'>" + _paras(SENTENCES[:2]) + f"<p>{question}</p>" + _paras(SENTENCES[2:4])
        + f"<p>{teaser}</p>" + _paras(SENTENCES[4:6]) + f"<p>{series}</p><p>{promo}</p></div></body></html>")
    blocks = [Block("p", s) for s in [*SENTENCES[:6], promo]]
    filled = [b.text for b in fill_gaps(blocks, root)]
    assert filled == [*SENTENCES[:2],
                      "What is his verdict on the new government and its first hundred days, three months in?",
                      *SENTENCES[2:6], promo]
    # the paragraph that comes back keeps its link share for the teaser rules after it
    back = fill_gaps(blocks, root)[2]
    assert back.links > 0.5 and back.targets == ("/comment/the-first-hundred-days",)

    def gap(line: str, after: str = SENTENCES[3]) -> list[str]:
        page = lxml.html.fromstring(f"<html><body><div class='story'>{_paras(SENTENCES[:3])}<p>{line}</p>"
                                    f"<p>{after}</p></div></body></html>")
        return [b.text for b in fill_gaps([Block("p", s) for s in [*SENTENCES[:3], after]], page)]

    # a clause that runs into its link comes back; a label before a linked headline does not
    assert len(gap('According to the harbour board, <a href="/r">every member of it agreed to the plan</a>.')) == 5
    assert len(gap('According to the board, <a href="/r">every member of the board agreed to the plan</a>.')) == 5
    for teaser in ('See our earlier report: <a href="/r">Engineers find cracks in the ferry terminal piers</a>.',
                   'Listen to our podcast, <a href="/p">Harbour Talk, on the closure of the old terminal</a>.',
                   'Our report <a href="/r">Engineers find cracks in the ferry terminal piers</a>.',
                   'What is <a href="/r">the verdict on the new government, three months after the vote</a>',
                   'Read more <a href="/r">about the closure of the terminal for repairs next spring</a>.'):
        assert len(gap(teaser)) == 4, teaser
    # past 85 % linked, a sentence whose words run on into a link opening in lower case is still the story's (the
    # link carries its predicate or object, not a headline)
    assert len(gap('He told us <a href="/r">that the terminal would close for repairs next spring after the '
                   "engineers found cracks in two of its piers</a>.")) == 5
    # nor before a promo line, where the story has ended
    assert len(gap(question, after="Sign up for our newsletter and get the day's news in your inbox.")) == 4


def test_a_subheading_in_a_wrapper_of_its_own_comes_back_and_the_end_stays_as_extracted() -> None:
    """`<div class="subheading"><h2>…</h2></div>` between two blocks of the story's paragraphs comes back. What the
    extractor cut after the story's last kept paragraph is not put back, even when made like the story's paragraphs:
    that is where an author's note, a republishing notice or comments stand."""
    def text_block(sentences: list[str]) -> str:
        return "<div class='text-block'>" + "".join(f"<p class='para'>{s}</p>" for s in sentences) + "</div>"

    bio = ('Jane Roe is a transport reporter at the Harbour Post. <a href="/authors/jane-roe">Follow her work '
           "here</a>.")
    html = ("<html><body><article><h1>Ferry terminal to close</h1>" + text_block(SENTENCES[:4])
            + "<div class='subheading'><h2>Why the piers cracked</h2></div>" + text_block(SENTENCES[4:])
            + text_block([bio])
            + "<div class='tags'><a href='/topics/ferries'>Ferries</a> <a href='/topics/harbour'>Harbour</a></div>"
            + "</article></body></html>")
    body = _extract(html).body.split("\n\n")
    assert body == [*SENTENCES[:4], "Why the piers cracked", *SENTENCES[4:]]
    root = lxml.html.fromstring(
        "<html><body><article><div class='t'>" + _paras(SENTENCES[:3]) + "</div><div class='t'>"
        + _paras(SENTENCES[3:5]) + "</div></article></body></html>")
    assert [b.text for b in fill_gaps([Block("p", s) for s in SENTENCES[:3]], root)] == SENTENCES[:3]


def test_a_subheading_between_two_wrapped_groups_of_paragraphs_comes_back() -> None:
    from crawler._gaps import fill_heading_gaps

    root = lxml.html.fromstring(
        "<html><body><div class='body'><div class='group'>" + _paras(SENTENCES[:3]) + "</div>"
        "<h2 class='body-subtitle'><a id='headline0'></a>Who pays for the work</h2>"
        "<div class='group'>" + _paras(SENTENCES[3:]) + "</div>"
        "<aside><div class='group'><p>Elsewhere</p></div></aside></div></body></html>")
    blocks = [Block("p", s) for s in SENTENCES]
    filled = [b.text for b in fill_heading_gaps(blocks, root)]
    assert filled == [*SENTENCES[:3], "Who pays for the work", *SENTENCES[3:]]


def test_a_subheading_in_its_own_wrapper_beside_bare_paragraphs_comes_back() -> None:
    """`<div class="cdata"><h2>…</h2></div>` between paragraphs that stand bare in the story's container comes back;
    a box beside them that a heading opens (a magazine's "Current Issue" with its cover) does not."""
    from crawler._gaps import fill_heading_gaps

    def page(between: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring("<html><body><div class='story'>" + _paras(SENTENCES[:3]) + between
                                    + _paras(SENTENCES[3:]) + "</div></body></html>")

    blocks = [Block("p", s) for s in SENTENCES]
    filled = fill_heading_gaps(blocks, page("<div class='cdata'><h2>Who pays for the work</h2></div>"))
    assert [b.text for b in filled] == [*SENTENCES[:3], "Who pays for the work", *SENTENCES[3:]]
    box = ("<div class='current-issue'><h4>Current Issue</h4><a href='/issue/12'><img src='c.jpg'/></a>"
           "<div>December 2024 issue</div></div>")
    assert [b.text for b in fill_heading_gaps(blocks, page(box))] == SENTENCES


def test_a_live_blogs_day_and_entry_headlines_come_back_in_order() -> None:
    """A live blog prints a day (h2) and each entry's time and headline (h5) between the entries' paragraphs; the
    extractor kept the day and dropped the headlines: each comes back where it stands, up to three in a row."""
    from crawler._gaps import fill_heading_gaps

    entries = [("Wednesday, 17 July", "18.20: Ferry service suspended for the night"),
               (None, "14.56: Harbour master orders an inspection of the piers")]
    html = "<html><body><div class='ticker'>" + _paras(SENTENCES[:2])
    for day, headline in entries:
        html += (f"<h2>{day}</h2>" if day else "") + f"<h5 class='time'><span>{headline}</span></h5>"
        html += _paras(SENTENCES[2:4] if day else SENTENCES[4:6])
    html += "<h5>Far</h5><h5>too</h5><h5>many</h5><h5>headings</h5>" + _paras(SENTENCES[6:]) + "</div></body></html>"
    blocks = [Block("p", s) for s in SENTENCES[:2]] + [Block("h2", "Wednesday, 17 July")] + [
        Block("p", s) for s in SENTENCES[2:]]
    filled = [b.text for b in fill_heading_gaps(blocks, lxml.html.fromstring(html))]
    assert filled == [*SENTENCES[:2], "Wednesday, 17 July", entries[0][1], *SENTENCES[2:4], entries[1][1],
                      *SENTENCES[4:]]
    # not a heading in a box, a long one, a linked one, nor around a kept line that is not a heading
    long_heading = " ".join(["word"] * 21)
    for heading in ("<aside><h3>More from the harbour desk</h3></aside>", f"<h3>{long_heading}</h3>",
                    "<h3><a href='/x'>Another story on the ferries</a></h3>"):
        page = lxml.html.fromstring(f"<html><body><div>{_paras(SENTENCES[:2])}{heading}{_paras(SENTENCES[2:4])}"
                                    "</div></body></html>")
        assert [b.text for b in fill_heading_gaps([Block("p", s) for s in SENTENCES[:4]], page)] == SENTENCES[:4]
    page = lxml.html.fromstring(f"<html><body><table><tr><td>{_paras(SENTENCES[:2])}<h3>Who pays</h3>"
                                f"{_paras(SENTENCES[2:4])}</td></tr></table></body></html>")
    assert [b.text for b in fill_heading_gaps([Block("p", s) for s in SENTENCES[:4]], page)] == SENTENCES[:4]
    page = lxml.html.fromstring(f"<html><body><div>{_paras(SENTENCES[:2])}<h3>Who pays</h3><h4>And when</h4>"
                                f"{_paras(SENTENCES[2:4])}</div></body></html>")
    kept = [*(Block("p", s) for s in SENTENCES[:2]), Block("h2", "Printed elsewhere"),
            *(Block("p", s) for s in SENTENCES[2:4])]
    assert [b.text for b in fill_heading_gaps(kept, page)] == [b.text for b in kept]
    page = lxml.html.fromstring(f"<html><body><div>{_paras(SENTENCES[:2])}<h3>Who pays</h3><ul><li>x</li></ul>"
                                f"{_paras(SENTENCES[2:4])}</div></body></html>")
    kept = [*(Block("p", s) for s in SENTENCES[:2]), Block("li", "- x"), *(Block("p", s) for s in SENTENCES[2:4])]
    assert [b.text for b in fill_heading_gaps(kept, page)] == [b.text for b in kept]


def test_a_page_with_one_short_text_keeps_it() -> None:
    # precision mode gives up on texts this short; the balanced mode is asked again
    html = "<html><body>" + "<div>" * 40 + "The office is closed today." + "</div>" * 40 + "</body></html>"
    assert _extract(html).body == "The office is closed today."


def test_lead_in_a_summary_container_goes_back_in_front() -> None:
    lead = "The harbour authority will close the old ferry terminal for a year, it said on Tuesday, after cracks."
    html = ("<html><head><title>Ferry terminal to close</title></head><body><div class='article'>"
            "<h1>Ferry terminal to close</h1>"
            f"<div class='article__summary'>{lead}</div>"
            f"<div class='article__text'>{_paras(SENTENCES)}</div></div></body></html>")
    body = _extract(html).body
    assert body.startswith(lead)
    assert body.count(lead) == 1


def test_a_lead_of_several_paragraphs_goes_back_in_front_without_its_byline() -> None:
    # the extractor left out a lead container that also prints the byline and the date under the lead's
    # paragraphs: only the lead comes back
    from crawler._gaps import rescue_lead

    lead = ["The harbour authority will close the old ferry terminal for a year, it said on Tuesday.",
            "Ferries will use a landing stage across the bay."]
    root = lxml.html.fromstring(
        "<html><body><div class='article'><h1>Ferry terminal to close</h1>"
        f"<div class='article__intro'><p>{lead[0]}</p><p>{lead[1]}</p><p>Jane Doe, harbour reporter</p>"
        "<p>6 March 2025</p></div>"
        f"<div class='article__text'>{_paras(SENTENCES)}</div></div></body></html>")
    blocks = [Block("p", t) for t in SENTENCES]
    assert [b.text for b in rescue_lead(blocks, root)] == [*lead, *SENTENCES]
    # a single block of lead text comes back whole, as before
    root = lxml.html.fromstring(
        "<html><body><div class='article'><h1>Ferry terminal to close</h1>"
        f"<div class='article__intro'>{lead[0]}</div><div class='article__text'>{_paras(SENTENCES)}</div>"
        "</div></body></html>")
    assert [b.text for b in rescue_lead(blocks, root)] == [lead[0], *SENTENCES]
    # a line like a headline, then a sentence: both, as two paragraphs
    line = "Ferries every twenty minutes and a night boat at the weekends"
    root = lxml.html.fromstring(
        "<html><body><div class='article'><h1>Ferry terminal to close</h1>"
        f"<div class='article__intro'><p>{line}</p><p>{lead[0]}</p></div>"
        f"<div class='article__text'>{_paras(SENTENCES)}</div></div></body></html>")
    assert [b.text for b in rescue_lead(blocks, root)] == [line, lead[0], *SENTENCES]


@pytest.mark.parametrize("cls, lead", [("article-leadtext", True), ("introparagraph", True), ("teaserText", True),
                                        ("leadership", False), ("subtext", False), ("context", False)])
def test_a_lead_class_glued_to_text_or_paragraph(cls: str, lead: bool) -> None:
    from crawler._gaps import rescue_lead

    text = "The harbour authority will close the old ferry terminal for a year, it said on Tuesday."
    root = lxml.html.fromstring(
        f"<html><body><div class='article'><h1>Ferry terminal to close</h1><p class='{cls}'>{text}</p>"
        f"<div class='article__text'>{_paras(SENTENCES)}</div></div></body></html>")
    blocks = [Block("p", t) for t in SENTENCES]
    assert [b.text for b in rescue_lead(blocks, root)] == ([text] if lead else []) + SENTENCES


def test_generic_byline_gives_people_in_normal_case() -> None:
    html = ("<html><head><title>Ferry terminal to close | Example News</title></head><body><article>"
            "<h1>Ferry terminal to close</h1>"
            "<div class='article-author'>By MARI YAMAGUCHI and MAYUKO ONO</div>"
            "<div class='author-contact'><a href='mailto:desk@example.org'>Email the author</a></div>"
            "<time datetime='2024-05-02T09:30:00+09:00'>May 2, 2024</time>"
            f"{_paras(SENTENCES)}</article></body></html>")
    art = _extract(html)
    assert art.authors == ["Mari Yamaguchi", "Mayuko Ono"]
    assert art.title == "Ferry terminal to close"
    assert art.published_at == "2024-05-02T09:30:00+09:00"


def test_a_wire_byline_and_footer_printed_in_the_text() -> None:
    # no markup names the byline, no metadata credits anyone: the text's first line does, and the wire service's
    # copyright notice closes it
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            f"<p>By LAURA KEANE Associated Press</p>{_paras(SENTENCES)}<p>Copyright 2024 The Associated Press. All "
            "rights reserved. This material may not be published, broadcast, rewritten or redistributed without "
            "permission.</p></article></body></html>")
    art = _extract(html)
    assert art.authors == ["Laura Keane"] and art.agency == "Associated Press"
    assert art.body.split("\n\n") == SENTENCES


def test_site_credited_as_author_is_no_person() -> None:
    html = ("<html><head><title>Ferry terminal to close</title>"
            "<meta property='og:site_name' content='Example News'>"
            "<meta name='author' content='Example News'></head><body><article><h1>Ferry terminal to close</h1>"
            f"{_paras(SENTENCES)}</article></body></html>")
    assert _extract(html).authors == []


def test_a_page_with_only_a_title_element_takes_its_title_from_it() -> None:
    html = ("<html><head><title>Ferry terminal to close | Harbour News</title></head><body><div class='story'>"
            f"{_paras(SENTENCES)}</div></body></html>")
    assert _extract(html).title == "Ferry terminal to close"


def test_an_icon_title_is_not_the_page_title() -> None:
    html = ("<html><head></head><body><button><svg><title>Close menu</title><path d='M0 0'/></svg></button>"
            f"<div class='story'>{_paras(SENTENCES)}</div></body></html>")
    assert _extract(html).title != "Close menu"


def test_ruby_annotations_read_inline() -> None:
    para = ("<p>\u3000【港町＝記者】港の\n<ruby><rb>新渡橋</rb><rp>（</rp><rt>しんわたりばし</rt><rp>）</rp></ruby>\n"
            "は５日朝、修理のため通行止めになったと市が発表した。</p>")
    others = "".join(f"<p>段落{i}：港の古いフェリーターミナルは来年の春に修理のため閉鎖されると、港湾当局が火曜日に発表した。</p>"
                     for i in range(6))
    html = f"<html><head><title>港のターミナル</title></head><body><article>{para}{others}</article></body></html>"
    body = _extract(html, "https://news.example.jp/2024/12/03/ferry").body
    assert "港の 新渡橋（しんわたりばし） は５日朝" in body


def test_a_short_cjk_article_keeps_its_paragraphs_and_loses_its_headline() -> None:
    """A few CJK paragraphs hold fewer characters than trafilatura's minimum; its balanced mode then reads the
    whole article element, headline included, as one block, which must not replace the paragraphs found."""
    paras = ["港湾局は火曜日、老朽化したフェリーターミナルを来年春から改修すると発表した。",
             "工事は約一年かかる見込みで、その間は仮設の待合所が設けられる。",
             "利用者からは、冬の間の寒さ対策を求める声が上がっている。"]
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>改修</title></head><body><article>"
            "<h1>フェリーターミナルを来春から改修</h1><div class='article-body'>"
            + "".join(f"<p>{p}</p>\n" for p in paras) + "</div></article></body></html>")
    assert _extract(html, "https://news.example.jp/2025/01/ferry").body.split("\n\n") == paras


def test_a_page_of_links_is_no_article() -> None:
    """trafilatura's balanced mode reads a bare list of links as one paragraph; it is not an article's text."""
    links = "".join(f"<li><a href='/story-{i}'>Harbour story number {i}</a></li>" for i in range(50))
    html = f"<html><head><title>Index</title></head><body><ul>{links}</ul></body></html>"
    assert _extract(html, "https://www.example.com/index").body == ""
    # a short text with a link in it stays
    short = ("<html><head><title>Notice</title></head><body><p>The ferry terminal closes on Friday for repairs; "
             "see <a href='/timetable'>the winter timetable</a> for the replacement bus service.</p></body></html>")
    assert "winter timetable" in _extract(short, "https://www.example.com/notice").body


def test_subheadings_between_kept_paragraphs_are_put_back() -> None:
    """The extractor drops h2/h3 in a container it does not recognise: a heading between two paragraphs it
    kept, beside them in the markup, is the story's own; a link heading or one over a list of links is not."""
    para = ("<p>Paragraph {} of the story tells how the council argued about the harbour budget for a long time, "
            "and what the mayor said.</p>")
    page = (f"<html><head><title>Harbour budget row</title></head><body><div class='longText'>{para.format(1)}"
            f"{para.format(2)}<h2>The mayor answers</h2>{para.format(3)}{para.format(4)}<h3>What comes next</h3>"
            f"{para.format(5)}{para.format(6)}<h2><a href='/other-story'>Read the other story about the harbour</a>"
            f"</h2>{para.format(7)}</div><div class='related'><h2>More stories</h2><ul><li><a href='/a'>A</a></li>"
            "</ul></div></body></html>")
    lines = crawler.extract_article(page, "https://news.example/a/1").body.split("\n\n")
    assert lines[2] == "The mayor answers" and lines[5] == "What comes next"
    assert "More stories" not in lines and not any(line.startswith("Read the other story") for line in lines)


def test_figure_captions_go_and_table_captions_stay() -> None:
    para = ("<p>Paragraph {} of the story tells how the council argued about the harbour budget for a long time, "
            "and what the mayor said.</p>")
    page = (f"<html><head><title>Harbour budget row</title></head><body><article><h1>Harbour budget row</h1>"
            f"{para.format(1)}<figure><img src='/a.jpg'><figcaption><p>The harbour at dawn on Monday, before the "
            f"vote.</p><span>05.09.2024 | 2:03 min</span></figcaption></figure>{para.format(2)}"
            f"<figure><table><tr><td>Budget 2024</td><td>120 million</td></tr><tr><td>Budget 2025</td>"
            f"<td>130 million</td></tr></table><figcaption>The harbour budget by year</figcaption></figure>"
            f"{para.format(3)}<div class='media video-player'><img src='/v.jpg'><figcaption class='caption'>"
            f"<p class='inline'>Pictures of the harbour works at night</p></figcaption></div><p>Foto: Jane Doe/dpa</p>"
            f"{para.format(4)}</article></body></html>")
    body = crawler.extract_article(page, "https://news.example/a/1").body
    assert "harbour at dawn" not in body and "2:03 min" not in body and "Pictures of the harbour" not in body
    assert "Jane Doe" not in body
    assert body.count("Paragraph") == 4


def test_short_lists_of_this_sites_links_and_arrow_links_go() -> None:
    from crawler._block_rules import apply_block_rules
    from crawler._blocks import Block
    from crawler._metadata import Metadata

    def block(kind: str, text: str, linked: str, target: str, group: int = 0) -> Block:
        return Block(kind, text, links=len(linked) / len(text), group=group, chars=len(text), link_chars=len(linked),
                     targets=(target,))

    story = [Block("p", f"Paragraph {n} of the story tells how the council argued about the harbour budget.")
             for n in range(4)]
    site = "https://news.example/news/"
    blocks = [
        story[0],
        block("li", "- US politics: all the news in our live blog", "all the news in our live blog",
              site + "live-blog", 1),
        block("li", "- New alliance? Europe answers the threat", "Europe answers the threat", site + "nato", 1),
        story[1],
        block("p", ">> Find out more: every rate decision of the year at a glance",
              "every rate decision of the year at a glance", site + "rates"),
        story[2],
        # the story's own points, a link in each; a list of sources elsewhere
        block("li", "- The council voted on Monday to approve the budget for the coming year", "council",
              site + "council", 2),
        block("li", "- The port will hire two hundred more workers by the summer", "port", site + "port", 2),
        block("li", "- The budget of the harbour office for 2025", "The budget of the harbour office for 2025",
              "https://www.gov.example/harbour-budget.pdf", 3),
        story[3],
    ]
    kept = [b.text for b in apply_block_rules(blocks, Metadata(), "https://news.example/news/harbour-row")]
    assert kept == [story[0].text, story[1].text, story[2].text, blocks[6].text, blocks[7].text, blocks[8].text,
                    story[3].text]


def test_a_list_of_kickers_each_over_several_links_goes() -> None:
    from crawler._block_rules import apply_block_rules
    from crawler._blocks import Block
    from crawler._metadata import Metadata

    site = "https://news.example/news/"

    def item(label: str, *links: str) -> Block:
        text = f"- {label}: " + " | ".join(links)  # as a list item is written; its element's text has no "- "
        linked, chars = sum(len(x) for x in links), len(text) - 2
        return Block("li", text, links=linked / chars, group=1, chars=chars, link_chars=linked,
                     targets=tuple(site + x.replace(" ", "-") for x in links))

    story = Block("p", "The council argued about the harbour budget for a long time, and the mayor said it would pass.")
    links = [item("How the suspects were arrested", "Raids in the capital", "Raids in the suburbs"),
             item("Police documents", "Inside the party", "How the money was shared"),
             item("The suspects", "John Roe", "Jane Doe", "Mary Major"),
             item("Podcast series", "The archive", "The deadly deal")]
    kept = apply_block_rules([story, *links, story], Metadata(), "https://news.example/news/harbour-row")
    assert kept == [story, story]


def test_a_section_set_off_as_the_site_name_goes_with_it() -> None:
    from crawler._extract import strip_site_name

    site = "Riverside Courier"
    assert strip_site_name("Harbour Council Approves Night Ferry Pilot | Local News | Riverside Courier", site,
                           None) == "Harbour Council Approves Night Ferry Pilot"
    # a last part of the headline set off otherwise stays, and so does a long middle part
    assert strip_site_name("Interest Rates Hold Steady - For Now | Riverside Courier", site, None) == (
        "Interest Rates Hold Steady - For Now")
    assert strip_site_name("Harbour Council Approves Night Ferry Pilot | What the vote means for you | "
                           "Riverside Courier", site, None) == (
        "Harbour Council Approves Night Ferry Pilot - What the vote means for you")
    # a short headline keeps its second part
    assert strip_site_name("Ferry | Live | Riverside Courier", site, None) == "Ferry - Live"


def test_a_korean_title_loses_the_site_after_the_hangul_bar() -> None:
    from crawler._extract import strip_site_name
    # Korean sites set the letter "ㅣ" as the bar before their name, spaced or glued, sometimes after a section
    assert strip_site_name("항구 터미널 내년 봄 폐쇄-사회ㅣ항구일보", "항구일보", None) == "항구 터미널 내년 봄 폐쇄"
    assert strip_site_name("항구 터미널 내년 봄 폐쇄 ㅣ 항구일보", "항구일보", None) == "항구 터미널 내년 봄 폐쇄"
    # a hyphen inside a headline stays, and so does one before a section when no bar named the site
    assert strip_site_name("한-미 정상회담 열려ㅣ항구일보", "항구일보", None) == "한-미 정상회담 열려"
    assert strip_site_name("월드컵 예선 한국-일본ㅣ항구일보", "항구일보", None) == "월드컵 예선 한국-일본"
    assert strip_site_name("항구 터미널 폐쇄-사회 | 항구일보", "항구일보", None) == "항구 터미널 폐쇄-사회"
    # the bar inside a headline, and after it a part that is not the site, stay
    for title in ("인터뷰ㅣ김철수 감독 \"영화는 삶이다\"", "창간 70주년 특별기획 연속 인터뷰ㅣ김철수 교수"):
        assert strip_site_name(title, "항구일보", None) == title
    assert strip_site_name("인터뷰ㅣ김철수 감독 \"영화는 삶이다\"ㅣ항구일보", "항구일보", None) == (
        "인터뷰ㅣ김철수 감독 \"영화는 삶이다\"")


def _titled(head: str, body_top: str = "") -> str:
    return (f"<html><head>{head}</head><body><header><h1 class='logo'><a href='/'>Valley Herald</a></h1></header>"
            f"<article>{body_top}{_paras(SENTENCES)}</article></body></html>")


def test_a_headline_confirmed_by_the_page_heading_keeps_its_last_part() -> None:
    # " - For Now" looks like a short site name after a headline; the <h1> prints it as part of the headline
    html = ("<html><head><meta property='og:title' content='Interest Rates Hold Steady - For Now'></head><body>"
            f"<article><h1>Interest Rates Hold Steady - For Now</h1>{_paras(SENTENCES)}</article></body></html>")
    assert _extract(html).title == "Interest Rates Hold Steady - For Now"
    # with no heading to confirm it, the short last part still goes as a site's name
    html = ("<html><head><meta property='og:title' content='Ferry Terminal To Close Next Spring | Harbourside'>"
            f"</head><body><article>{_paras(SENTENCES)}</article></body></html>")
    assert _extract(html).title == "Ferry Terminal To Close Next Spring"


def test_a_headline_cut_short_gives_way_to_the_one_that_completes_it() -> None:
    cut = "Council Leaders Agree to Rebuild the Sea Wall After Mon"
    full = "Council Leaders Agree to Rebuild the Sea Wall After Months of Argument"
    for headline in (cut, cut + "..."):
        html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
                f"\"{headline}\"}}</script><meta property='og:title' content='{full}'></head><body><article>"
                f"{_paras(SENTENCES)}</article></body></html>")
        assert _extract(html).title == full
    # a longer title that only adds words after a whole one is another title, not the rest of this one
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            "\"Council agrees to rebuild the sea wall\"}</script><meta property='og:title' content="
            "'Council agrees to rebuild the sea wall after months of argument'></head><body><article>"
            f"{_paras(SENTENCES)}</article></body></html>")
    assert _extract(html).title == "Council agrees to rebuild the sea wall"


def test_a_logo_heading_is_not_the_title() -> None:
    html = _titled("<title>Storm Cuts Power to 30,000 Homes | Valley Herald</title>",
                   "<h2>Storm Cuts Power to 30,000 Homes</h2>")
    assert _extract(html).title == "Storm Cuts Power to 30,000 Homes"
    # the headline's <h1> after the logo's, named by the <title>
    html = _titled("<title>Storm Cuts Power to 30,000 Homes | Valley Herald</title>",
                   "<h1>Storm Cuts Power to 30,000 Homes</h1>")
    assert _extract(html).title == "Storm Cuts Power to 30,000 Homes"


def test_a_logo_heading_spelled_unlike_the_title_suffix_is_not_the_title() -> None:
    # the logo's <h1> (a link home in it) writes the site's name in another script than the <title>'s suffix
    # ("바닷가 신문" and "Seaside Daily"): a few words, none of them the headline's
    html = ("<html><head><title>Storm Cuts Power to 30,000 Homes Across the Valley - Seaside Daily</title></head>"
            f"<body><header><h1 class='logo'><a href='/'>바닷가 신문</a></h1></header><article>{_paras(SENTENCES)}"
            "</article></body></html>")
    assert _extract(html).title == "Storm Cuts Power to 30,000 Homes Across the Valley"
    # a short <h1> that is no logo (no link home around or in it) is the page's own headline, whatever the <title>
    html = ("<html><head><title>Local news, sports and weather for Springfield</title></head>"
            f"<body><article><h1>Mayor Smith resigns</h1>{_paras(SENTENCES)}</article></body></html>")
    assert _extract(html).title == "Mayor Smith resigns"
    # a short <h1> that shares a word with the <title>'s headline is the page's own headline
    html = ("<html><head><title>Storm Cuts Power to 30,000 Homes Across the Valley - Seaside Daily</title></head>"
            f"<body><article><h1>Valley Storm Blackout</h1>{_paras(SENTENCES)}</article></body></html>")
    assert _extract(html).title == "Valley Storm Blackout"


def test_a_kicker_glued_to_the_heading_stays_out_of_the_title() -> None:
    html = ("<html><head><title>Why the Old Mill Still Matters - Valley Herald</title></head><body><article>"
            f"<h1><span class='kicker'>Analysis</span>Why the Old Mill Still Matters</h1>{_paras(SENTENCES)}"
            "</article></body></html>")
    assert _extract(html).title == "Why the Old Mill Still Matters"


def test_site_names_after_a_full_width_bar_or_before_a_colon_come_off() -> None:
    from crawler._extract import strip_site_name
    assert strip_site_name("港湾の夜間フェリー、試験運航へ｜湖畔新聞", "湖畔新聞", None) == "港湾の夜間フェリー、試験運航へ"
    assert strip_site_name("港湾の夜間フェリー、試験運航へ ｜ 湖畔新聞", "湖畔新聞", None) == "港湾の夜間フェリー、試験運航へ"
    assert strip_site_name("Courier: Ferry Fares Frozen", "Courier", None) == "Ferry Fares Frozen"
    # a label that is not the site's name stays
    assert strip_site_name("Analysis: Ferry Fares Frozen", "Courier", None) == "Analysis: Ferry Fares Frozen"


def test_a_teasers_byline_is_not_the_articles() -> None:
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            "<div class='byline'>By Jane Whitcombe</div>" + _paras(SENTENCES) + "</article>"
            "<aside><div class='byline'>By Oscar Lindqvist</div></aside>"
            "<div class='related-stories'><div class='author'>Mia Sorensen</div></div></body></html>")
    assert _extract(html).authors == ["Jane Whitcombe"]


def test_a_wrapper_around_several_author_cards_gives_each_name() -> None:
    html = ("<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>"
            "<div class='article-authors'><div class='author'>Nadia Lund</div><div class='author'>Emeka Obi</div>"
            "</div>" + _paras(SENTENCES) + "</article></body></html>")
    assert _extract(html).authors == ["Nadia Lund", "Emeka Obi"]


def test_a_short_article_is_not_glued_to_its_headline_byline_and_related_links() -> None:
    # modelled on a Korean regional paper's article view (three short paragraphs under 250 characters, a related-links
    # box between them): the balanced second reading glues it all into one block
    paragraphs = ["바닷가시는 다음 달부터 시립도서관의 운영 시간을 밤 10시까지 연장한다고 3일 밝혔다.",
                  "시는 이를 위해 사서 6명을 추가로 채용하고, 연간 4억 원의 예산을 투입할 계획이다.",
                  "이수진 관장은 \"퇴근 후에도 도서관을 이용할 수 있도록 하기 위한 것\"이라고 말했다."]
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>바닷가시, 도서관 밤 10시까지 연장 | 바닷가신문</title></head>"
            "<body><header><a class='logo' href='/'>바닷가신문</a><nav><ul><li><a href='/0'>뉴스</a></li>"
            "<li><a href='/1'>사회</a></li></ul></nav></header><main><article>"
            "<h1>바닷가시, 도서관 밤 10시까지 연장</h1><div class='article-meta'>최민수 기자 | 입력 2025.06.03 09:30</div>"
            f"<div class='article-body'><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
            "<div class='relation'><strong>관련기사</strong><ul><li><a href='/a'>바닷가시, 작은도서관 2곳 개관</a></li>"
            "<li><a href='/b'>도서 대출 권수 두 배로</a></li></ul></div>"
            f"<p>{paragraphs[2]}</p></div><div class='popular'><h3>많이 본 뉴스</h3><ol><li><a href='/c'>해변 주차장 "
            "유료화 논란</a></li></ol></div></article></main></body></html>")
    article = crawler.extract_article(html, "https://www.badaga-news.example.kr/news/articleView.html?idxno=4521")
    assert article.body.split("\n\n") == paragraphs


def test_zero_width_joiners_of_persian_and_emoji_stay_in_the_body() -> None:
    """trafilatura drops every non-printable character; the ZWNJ of Persian spelling and the ZWJ of an emoji
    sequence are letters' parts (a stray one after a space or a Latin letter still goes)."""
    import crawler
    paragraph = ("مدیرعامل شرکت متروی تهران اعلام کرد بخش نخست خط ۱۰ مترو تا پایان سال آینده به بهره\u200cبرداری خواهد "
                 "رسید و روزانه حدود ۲۰۰ هزار مسافر را جابه\u200cجا می\u200cکند.")
    html = ("<html><body><article><h1>خط ۱۰ متروی تهران</h1>" + f"<p>{paragraph}</p>" * 1
            + "<p>" + "به گفته وی، این خط در مرحله نخست هفت ایستگاه خواهد داشت. " * 3 + "</p>"
            + "<p>Rainbow flag 🏳️\u200d🌈 and a stray supply \u200cand demand, said the minister in a long sentence.</p>"
            + "</article></body></html>")
    body = crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(html, "https://example.ir/a").body
    assert "بهره\u200cبرداری" in body and "می\u200cکند" in body
    assert "🏳️\u200d🌈" in body
    assert "supply and" in body
    from crawler._traf import _OUR_CALL, _remove_control_characters
    ours = _OUR_CALL.set(True)  # as inside crawler's own trafilatura call
    try:
        # a stray joiner after a Latin letter beyond ASCII, or after a no-break space, goes too
        assert _remove_control_characters("caf\u00e9\u200cbar") == "caf\u00e9bar"
        assert _remove_control_characters("word\u00a0\u200cx") == "word\u00a0x"
        assert _remove_control_characters("\u0930\u093e\u092e\u200d\u0915") == "\u0930\u093e\u092e\u200d\u0915"
    finally:
        _OUR_CALL.reset(ours)


def test_trafilatura_used_directly_beside_crawler_keeps_its_own_answers() -> None:
    """crawler keeps the joiners in the text it reads through trafilatura; a program that imports crawler and
    also calls trafilatura itself gets trafilatura's own answer (its filter drops them), before and after a
    crawler extraction."""
    import trafilatura

    import crawler
    import crawler._traf  # noqa: F401  (the filter is put in place on import)

    words = "\u0628\u0647\u0631\u0647\u200c\u0628\u0631\u062f\u0627\u0631\u06cc"  # Persian, one joiner
    sentence = f"{words} " * 30
    html = f"<html><body><article><h1>Title</h1><p>{sentence}</p><p>{sentence}</p></article></body></html>"
    alone = trafilatura.extract(html)
    assert alone is not None and "\u200c" not in alone
    assert "\u200c" in crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(html).body
    assert trafilatura.extract(html) == alone


def test_a_spaced_dotted_date_read_month_first_by_the_text_search_is_turned() -> None:
    import lxml.html
    from crawler._extract import _day_first
    tree = lxml.html.fromstring("<html><body><div class='date'>12. 3. 2025 14:05</div><p>Text.</p></body></html>")
    assert _day_first("2025-12-03", tree) == "2025-03-12"
    assert _day_first("2025-03-12", tree) == "2025-03-12"
    both = lxml.html.fromstring("<html><body><p>3. 12. 2025</p><p>12. 3. 2025</p></body></html>")
    assert _day_first("2025-12-03", both) == "2025-12-03"  # both readings printed: htmldate's stays
    # an event's date in the text, the article's in its address (or a swap into the future): htmldate's stays
    event = lxml.html.fromstring("<html><body><p>Akce proběhne 3. 12. 2025.</p></body></html>")
    assert _day_first("2025-03-12", event, "https://zpravy.example.cz/2025/03/12/akce") == "2025-03-12"
    assert _day_first("2025-03-12", event) == "2025-12-03"
    later = lxml.html.fromstring("<html><body><p>Akce proběhne 3. 12. 2999.</p></body></html>")
    assert _day_first("2999-03-12", later) == "2999-03-12"


def test_a_chinese_headline_loses_the_site_name_after_a_bar() -> None:
    from crawler._extract import strip_site_name
    assert strip_site_name("杭州试点社区食堂 老人午餐最低8元 | 华东日报", None, "https://news.example.cn/a") == \
        "杭州试点社区食堂 老人午餐最低8元"
    assert strip_site_name("日銀 | 経済", None, "https://news.example.jp/a") == "日銀 | 経済"  # too short to tell
