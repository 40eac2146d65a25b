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
