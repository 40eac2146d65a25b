"""Parsing: libxml2's HTML 4 rules against HTML5 landmarks. The pages here are invented for the tests."""

from __future__ import annotations

from crawler._html import parse_html, text_of
from tests.test_generic import SENTENCES, _extract, _paras

# a sidebar whose last <div> is never closed: a browser closes it at </aside>; libxml2 ignores that end tag
UNCLOSED_ASIDE = (
    "<html><head><title>Ferry terminal to close</title></head><body>"
    '<header><a href="/">Home</a></header><h1>Ferry terminal to close</h1>'
    '<div class="row"><aside id="secondary"><div class="inner"><div class="search"><form><input name="q">'
    "</form></div><section class='alerts'><div>Get email alerts</div></section>"
    "<div class='poll'><p>Today's poll: which ferry do you take?</p>"
    "</aside>"
    f"<section id='content'><article><div class='article-text'>{_paras(SENTENCES)}</div></article></section>"
    "</div></body></html>"
)


def test_article_after_an_aside_with_an_unclosed_div_is_not_inside_it() -> None:
    root = parse_html(UNCLOSED_ASIDE)
    aside = root.find(".//aside")
    assert SENTENCES[0] not in text_of(aside)
    assert root.find(".//article").getparent().tag == "section"


def test_article_after_an_aside_with_an_unclosed_div_is_extracted() -> None:
    body = _extract(UNCLOSED_ASIDE).body
    for s in SENTENCES:
        assert s in body
    assert "poll" not in body


def test_a_footer_that_really_holds_paragraphs_is_left_as_it_is() -> None:
    html = (f"<html><body><article>{_paras(SENTENCES[:2])}</article>"
            f"<footer>{_paras(SENTENCES[2:])}</footer></body></html>")
    root = parse_html(html)
    assert SENTENCES[7] in text_of(root.find(".//footer"))
    assert SENTENCES[0] not in text_of(root.find(".//footer"))
