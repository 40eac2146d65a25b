"""Compiled selectors: the small language profiles use to point at values on a page.

A *source* is one string:

| form | reads |
|---|---|
| `div.byline` (CSS) or `css:div.byline` | the text of the matching elements |
| `meta[name='x'] @content` | an attribute of the matching elements (`@name` at the end) |
| `xpath://div[@id='x']` | XPath: elements (their text) or strings (attribute or text nodes) |
| `meta:article:published_time` | the `content` of `<meta name|property=…>` |
| `jsonld:headline`, `jsonld:author.name` | a field of the page's article JSON-LD (dotted path) |

CSS is compiled to XPath once, when the profile loads, so a bad selector fails at load time.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import cssselect
import lxml.etree as etree

from .._html import norm_space, text_of

_TRANSLATOR = cssselect.HTMLTranslator()


class SelectorError(ValueError):
    pass


def compile_css(selector: str) -> etree.XPath:
    try:
        xpath = _TRANSLATOR.css_to_xpath(selector)
    except (cssselect.SelectorError, cssselect.ExpressionError) as exc:
        raise SelectorError(f"invalid CSS selector {selector!r}: {exc}") from None
    return etree.XPath(xpath)


def compile_xpath(expr: str) -> etree.XPath:
    try:
        return etree.XPath(expr)
    except etree.XPathSyntaxError as exc:
        raise SelectorError(f"invalid XPath {expr!r}: {exc}") from None


@dataclass(frozen=True)
class ElementSelector:
    """CSS or XPath that selects elements (for body, remove, keep, item selectors)."""

    source: str
    xpath: etree.XPath

    @classmethod
    def parse(cls, source: str) -> "ElementSelector":
        if not isinstance(source, str) or not source.strip():
            raise SelectorError("a selector must be a non-empty string")
        s = source.strip()
        if s.startswith("xpath:"):
            return cls(source, compile_xpath(s[6:].strip()))
        if s.startswith("css:"):
            s = s[4:].strip()
        return cls(source, compile_css(s))

    def select(self, root: etree._Element) -> list[etree._Element]:
        try:
            found = self.xpath(root)
        except etree.XPathEvalError:
            return []
        if not isinstance(found, list):
            return []
        return [e for e in found if isinstance(e, etree._Element)]


@dataclass(frozen=True)
class ValueSource:
    """A source of string values (see module docstring)."""

    source: str
    kind: str  # css, xpath, meta, jsonld
    xpath: etree.XPath | None = None
    attr: str | None = None
    key: str | None = None

    @classmethod
    def parse(cls, source: str) -> "ValueSource":
        if not isinstance(source, str) or not source.strip():
            raise SelectorError("a source must be a non-empty string")
        s = source.strip()
        if s.startswith("meta:"):
            key = s[5:].strip().lower()
            if not key:
                raise SelectorError(f"{source!r}: meta: needs a name")
            return cls(source, "meta", key=key)
        if s.startswith("jsonld:"):
            key = s[7:].strip()
            if not key:
                raise SelectorError(f"{source!r}: jsonld: needs a field")
            return cls(source, "jsonld", key=key)
        if s.startswith("xpath:"):
            return cls(source, "xpath", xpath=compile_xpath(s[6:].strip()))
        if s.startswith("css:"):
            s = s[4:].strip()
        attr = None
        head, sep, tail = s.rpartition(" @")
        if sep and tail and " " not in tail.strip():
            s, attr = head.strip(), tail.strip()
        return cls(source, "css", xpath=compile_css(s), attr=attr)

    def values(self, root: etree._Element, meta: dict[str, list[str]], jsonld: list[dict[str, Any]]) -> list[str]:
        if self.kind == "meta":
            return list(meta.get(self.key or "", []))
        if self.kind == "jsonld":
            return _jsonld_values(jsonld[:1], (self.key or "").split("."))
        assert self.xpath is not None
        try:
            found = self.xpath(root)
        except etree.XPathEvalError:
            return []
        if not isinstance(found, list):
            found = [found]
        out: list[str] = []
        for item in found:
            if isinstance(item, etree._Element):
                value = item.get(self.attr) if self.attr else text_of(item)
            else:
                value = str(item)
            value = norm_space(value)
            if value:
                out.append(value)
        return out


def _jsonld_values(objs: Iterable[Any], path: list[str]) -> list[str]:
    current: list[Any] = list(objs)
    for key in path:
        nxt: list[Any] = []
        for obj in current:
            items = obj if isinstance(obj, list) else [obj]
            for it in items:
                if isinstance(it, dict) and key in it:
                    v = it[key]
                    nxt.extend(v if isinstance(v, list) else [v])
        current = nxt
    out = []
    for v in current:
        if isinstance(v, dict):
            v = v.get("name") or v.get("@value")
        if isinstance(v, (str, int, float)) and not isinstance(v, bool):
            # JSON-LD is JSON, but many CMSs write its strings HTML-escaped ("Google&#039;s"): unescape them
            s = norm_space(html.unescape(str(v)) if "&" in str(v) else str(v))
            if s:
                out.append(s)
    return out
