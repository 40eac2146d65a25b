"""Compiled selectors: the small language profiles use to point at values on a page.

A *source* is one string:

| form | reads |
|---|---|
| `div.byline` (CSS) or `css:div.byline` | the text of the matching elements |
| `meta[name='x'] @content` | an attribute of the matching elements (`@name` at the end) |
| `xpath://div[@id='x']` | XPath: elements (their text) or strings (attribute or text nodes) |
| `meta:article:published_time` | the `content` of `<meta name|property=…>` |
| `jsonld:headline`, `jsonld:author.name` | a field of the page's article JSON-LD (dotted path) |

CSS is translated to XPath and checked when the profile loads, so a bad selector fails at load time; the
XPath is compiled on first use (see `_LazyXPath`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import cssselect
import lxml.etree as etree

from .._html import norm_space, text_of
from ._checked import CHECKED
from ._match import FastSelector, PageIndex, compile_fast
from ._regex import SafePattern

_TRANSLATOR = cssselect.HTMLTranslator()


class SelectorError(ValueError):
    pass


def css_to_xpath(selector: str) -> str:
    """The XPath of a CSS selector, checked (SelectorError when it is not valid); remembered between processes
    (see _checked)."""
    known = CHECKED.xpath(selector)
    if known is not None:
        return known
    try:
        xpath = _TRANSLATOR.css_to_xpath(selector)
    except (cssselect.SelectorError, cssselect.ExpressionError) as exc:
        raise SelectorError(f"invalid CSS selector {selector!r}: {exc}") from None
    checked_xpath(xpath)
    CHECKED.add_xpath(selector, xpath)
    return xpath


def checked_xpath(expr: str) -> str:
    """`expr` when it compiles as XPath (SelectorError when not)."""
    try:
        etree.XPath(expr)
    except etree.XPathSyntaxError as exc:
        raise SelectorError(f"invalid XPath {expr!r}: {exc}") from None
    return expr


#: XPath's test for a class token, as hand-written selectors spell it: every element's class is normalised and
#: concatenated with spaces before the token is looked for (a new string per element)
_CLASS_TOKEN_TEST = re.compile(r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^\s'\"]+) '\)")


def with_class_prefilters(expr: str) -> str:
    """`expr` with each class-token test preceded by a plain `contains(@class, 'token')`, which selects the same
    elements: the token holds no space, so wherever the normalised class holds " token ", the class holds
    "token". libxml2 stops an `and` at its first false side, and the plain test, which builds no string, is false
    for nearly every element of a page (cssselect writes its class selectors this way; hand-written XPath in
    profiles often does not). About a fifth of the profiles' selector time."""
    def prefixed(m: re.Match[str]) -> str:
        plain = f"contains(@class, '{m.group(1)}') and "
        if expr.endswith(plain, 0, m.start()):
            return m.group(0)  # already there
        return f"({plain}{m.group(0)})"
    return _CLASS_TOKEN_TEST.sub(prefixed, expr)


class _LazyXPath:
    """A checked XPath expression, compiled on first use and kept.

    A profile's selectors are checked when it loads (a bad one fails then, naming it) but compiled only where
    pages are read: the crawl's own process, which loads the profiles for their fetch and discovery settings,
    does not hold 1,500 compiled expressions, and the extraction workers share the ones their fork server
    compiled (`compile_all`)."""

    __slots__ = ("expr", "_compiled")

    def __init__(self, expr: str) -> None:
        self.expr = expr
        self._compiled: etree.XPath | None = None

    def __call__(self, root: etree._Element) -> Any:
        return (self._compiled or self.compile())(root)

    def compile(self) -> etree.XPath:
        if self._compiled is None:
            self._compiled = etree.XPath(with_class_prefilters(self.expr))
        return self._compiled

    @property
    def compiled(self) -> bool:
        return self._compiled is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _LazyXPath) and other.expr == self.expr

    def __hash__(self) -> int:
        return hash(self.expr)

    def __repr__(self) -> str:
        return f"XPath({self.expr!r})"

    def __getstate__(self) -> str:
        return self.expr

    def __setstate__(self, state: str) -> None:
        self.expr, self._compiled = state, None


def compile_selectors(obj: Any, _seen: set[int] | None = None) -> int:
    """Compile every lazily compiled XPath reachable from `obj` (dataclasses, lists, tuples, dicts); returns
    how many were compiled."""
    seen = set() if _seen is None else _seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, (_LazyXPath, SafePattern)):
        done = obj.compiled
        obj.compile()
        return 0 if done else 1
    if isinstance(obj, (list, tuple, set, frozenset)):
        return sum(compile_selectors(x, seen) for x in obj)
    if isinstance(obj, dict):
        return sum(compile_selectors(x, seen) for x in obj.values())
    fields = getattr(obj, "__dataclass_fields__", None)
    if fields:
        return sum(compile_selectors(getattr(obj, name), seen) for name in fields)
    return 0


@dataclass(frozen=True)
class ElementSelector:
    """CSS or XPath that selects elements (for body, remove, keep, item selectors). A simple CSS selector also has
    its `fast` form, matched from a page's class and id index (see _match) where the caller gives one."""

    source: str
    xpath: _LazyXPath
    fast: FastSelector | None = field(default=None, compare=False, repr=False)

    @classmethod
    def parse(cls, source: str) -> "ElementSelector":
        if not isinstance(source, str) or not source.strip():
            raise SelectorError("a selector must be a non-empty string")
        s = source.strip()
        if s.startswith("xpath:"):
            return cls(source, _LazyXPath(checked_xpath(s[6:].strip())))
        if s.startswith("css:"):
            s = s[4:].strip()
        return cls(source, _LazyXPath(css_to_xpath(s)), compile_fast(s))

    def select(self, root: etree._Element, index: PageIndex | None = None) -> list[etree._Element]:
        """The elements the selector picks under `root`, in document order; `index`, when given, indexes `root`'s
        tree (a tree changed since only by removing elements)."""
        if index is not None and self.fast is not None and index.root is root and index.covers(self.fast):
            return self.fast.select(index)
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
    xpath: _LazyXPath | None = None
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
            return cls(source, "xpath", xpath=_LazyXPath(checked_xpath(s[6:].strip())))
        if s.startswith("css:"):
            s = s[4:].strip()
        attr = None
        head, sep, tail = s.rpartition(" @")
        if sep and tail and " " not in tail.strip():
            s, attr = head.strip(), tail.strip()
        return cls(source, "css", xpath=_LazyXPath(css_to_xpath(s)), attr=attr)

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
