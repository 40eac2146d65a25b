"""Profile value sources (crawler.profiles._selectors)."""

from __future__ import annotations

import lxml.html

from crawler.profiles._selectors import ValueSource


def test_jsonld_strings_are_html_unescaped() -> None:
    # Many CMSs write JSON-LD strings HTML-escaped; the value is the text, not the markup.
    doc = lxml.html.fromstring("<html><body></body></html>")
    src = ValueSource.parse("jsonld:headline")
    got = src.values(doc, {}, [{"headline": "Google&#039;s  search &amp; AI"}])
    assert got == ["Google's search & AI"]


def test_jsonld_plain_strings_unchanged() -> None:
    doc = lxml.html.fromstring("<html><body></body></html>")
    assert ValueSource.parse("jsonld:author.name").values(doc, {}, [{"author": [{"name": "A & B"}]}]) == ["A & B"]


def test_a_bad_selector_fails_when_parsed_not_when_used() -> None:
    import pytest

    from crawler.profiles._selectors import ElementSelector, SelectorError

    with pytest.raises(SelectorError, match="invalid CSS selector"):
        ElementSelector.parse("div[")
    with pytest.raises(SelectorError, match="invalid XPath"):
        ElementSelector.parse("xpath://div[")
    with pytest.raises(SelectorError, match="invalid XPath"):
        ValueSource.parse("xpath://span[@")


def test_selectors_compile_on_first_use_or_all_at_once() -> None:
    import pickle

    from crawler.profiles._registry import ProfileRegistry
    from crawler.profiles._selectors import ElementSelector, compile_selectors

    sel = ElementSelector.parse("div.story p")
    assert not sel.xpath.compiled
    doc = lxml.html.fromstring("<html><body><div class='story'><p>one</p><p>two</p></div><p>out</p></body></html>")
    assert [p.text for p in sel.select(doc)] == ["one", "two"]
    assert sel.xpath.compiled
    assert pickle.loads(pickle.dumps(sel)).select(doc)[0].text == "one"  # travels as its expression

    # the default profiles freshly loaded: none compiled yet; compile_all leaves none to compile
    fresh = ProfileRegistry.from_dirs()
    assert compile_selectors(fresh.profiles) > 1000
    assert fresh.compile_all() == 0
