"""Faster stand-ins for the trafilatura expressions that test attributes with regular expressions.

trafilatura prunes a page with lists of XPath expressions (`trafilatura.xpaths`), then looks for the article's
container with another list. Several of them test `@id` and `@class` with EXSLT's `re:test`, which lxml answers by
calling back into Python once per element and attribute, and even those without walk the page testing each
element against a long list of names: on a news page they cost about 2.3 ms, a sixth of an extraction. Each
stand-in here selects the same elements in the same (document) order with lxml's C iterator over the same tags
and Python's `re` (which is what lxml's `re:test` runs), in a third of the time or less. The patterns are read
from the expression's own text.

A stand-in takes an expression's place only when the installed trafilatura's expression is, character for
character, the one it was written for (checked by digest); any other expression stays as it is, so a different
trafilatura is slower, never different. The lists are changed in place (every trafilatura module that imported
them sees the stand-ins), once, when `crawler._traf` is imported; trafilatura used directly in the same
process gets the same answers, sooner. `tests/test_tfprune.py` checks each stand-in against the expression it
replaces, on hand-made trees, on random ones (from every element of them as the context) and on the real pages.

The trees are those trafilatura works on: parsed as HTML (an XML parser would also give attributes a DTD
declares with a default value, which lxml's `get` sees and XPath does not). Called with an ElementTree, a
stand-in reads from its root element, as XPath does.

XPath details the stand-ins keep:
- `.//*` is every element under the context node, not the node itself, comments and processing instructions not
  included; `self::x` is the tag;
- a missing attribute is the empty string (`contains`, `starts-with` and `re:test` then fail for these patterns);
- `re:test(@id|@class, p)` tests the first of the two in document order, which for attributes of one element is
  the order in which the page wrote them; `re:test` is a search (not a match), case-sensitive without the "i" flag;
- `.//*[...][1]` is the first matching child of each parent (several elements), `(.//*[...])[1]` the first
  match of the page.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

Matcher = Callable[[Any], list[Any]]

#: elements only (lxml's iterators otherwise yield comments and processing instructions too)
_ELEMENTS = etree.Element


def _digest(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled; a ValueError when it matches the empty string (the stand-ins skip missing and empty
    attributes, which only such a pattern would match)."""
    compiled = re.compile(pattern, flags)
    if compiled.search(""):
        raise ValueError(f"pattern matches the empty string: {pattern!r}")
    return compiled


def _literals(path: str) -> list[str]:
    """The quoted string literals of an XPath expression, in order (none of these holds a quote)."""
    return re.findall(r"'([^']*)'", path)


def _first_of(element: Any, first: str, second: str) -> str:
    """The string value of `@first|@second`: the one the element's markup wrote first, '' when neither."""
    a, b = element.get(first), element.get(second)
    if a is None:
        return b or ""
    if b is None:
        return a
    for name in element.keys():
        if name == first:
            return a
        if name == second:
            return b
    return a  # both are there, so one of them is among the keys (unless a DTD default gave one: not in HTML)


def _translate(value: str, source: str, target: str) -> str:
    """XPath's translate() with as many characters in `source` as in `target`."""
    for a, b in zip(source, target):
        value = value.replace(a, b)
    return value


#: the block tags most of trafilatura's pruning expressions test (after its tag conversion, lists are <list>)
_BLOCKS = ("div", "item", "list", "p", "section", "span")


def _all(tree: Any, tags: tuple[Any, ...], test: Callable[[Any], bool]) -> list[Any]:
    """`.//*[tags][test]`: the elements passing the test, in document order."""
    return [el for el in tree.iterdescendants(*tags) if test(el)]


#: the tags trafilatura looks for the article's container among
_CONTAINERS = ("article", "div", "main", "section")


def _first_per_parent(tree: Any, tags: tuple[str, ...], test: Callable[[Any], bool]) -> list[Any]:
    """`.//*[tags][test][1]`: of the elements passing the test, each one that no earlier sibling of its
    passes before it (the position applies per parent, among the children that pass)."""
    out, parents = [], set()
    for el in tree.iterdescendants(*tags):
        if test(el):
            parent = el.getparent()
            if parent not in parents:
                parents.add(parent)
                out.append(el)
    return out


def _first(tree: Any, tags: tuple[str, ...], test: Callable[[Any], bool]) -> list[Any]:
    """`(.//*[tags][test])[1]`: the first element passing the test, in document order."""
    for el in tree.iterdescendants(*tags):
        if test(el):
            return [el]
    return []


# ------------------------------------------------------------------------------------------- the stand-ins
# Each builder takes the expression's literals (in the order the expression writes them) and returns the matcher.


def _raw_tree_prune(lit: list[str]) -> Matcher:
    """div/section/aside whose id or class matches an ad box or infinite-scroll pattern, unless it holds an <h1>
    (then only the ad-box pattern counts)."""
    wide_id, wide_class, narrow_id, narrow_class = (_rx(p) for p in lit[:4])

    def test(el: Any) -> bool:
        i, c = el.get("id") or "", el.get("class") or ""
        if not (i or c):
            return False  # (no pattern matches an empty value, see _rx)
        return bool((wide_id.search(i) or wide_class.search(c))
                    and (el.find(".//h1") is None or narrow_id.search(i) or narrow_class.search(c)))
    return lambda tree: _all(tree, ("div", "section", "aside"), test)


def _share_buttons(lit: list[str]) -> Matcher:
    token = lit[0]
    return lambda tree: _all(tree, ("div", "section", "aside"), lambda el: token in (el.get("class") or ""))


def _comments(with_lists: bool) -> Callable[[list[str]], Matcher]:
    """Comment sections by id or class; with `with_lists`, ol/ul too, when their id or class says so."""
    def build(lit: list[str]) -> Matcher:
        by_id, by_class = _rx(lit[0]), _rx(lit[1])
        tags = ("div", "list", "section", "details") + (("ol", "ul") if with_lists else ())
        list_id, list_class = (_rx(lit[2]), _rx(lit[3])) if with_lists else (by_id, by_class)

        def test(el: Any) -> bool:
            i, c = el.get("id") or "", el.get("class") or ""
            if not (i or c):
                return False  # (no pattern matches an empty value, see _rx: most of these elements hold neither)
            return bool((by_id.search(i) or by_class.search(c))
                        and (el.tag not in ("ol", "ul") or list_id.search(i) or list_class.search(c)))
        return lambda tree: _all(tree, tags, test)
    return build


def _overall_discard(lit: list[str]) -> Matcher:
    """Blocks whose role, component name, id or class marks them as navigation, sharing, ads, cookie notices..."""
    upper, lower, nav, component, either, by_id, by_class = (
        lit[0], lit[1], lit[2], lit[3], _rx(lit[4]), _rx(lit[5]), _rx(lit[6]))

    def test(el: Any) -> bool:
        attrib = el.attrib
        if not attrib:
            return False
        i, c = attrib.get("id"), attrib.get("class")
        return bool("data-lp-replacement-content" in attrib
                    or nav in (attrib.get("role") or "").replace(upper, lower)
                    or component in (attrib.get("data-component") or "")
                    or ((i is not None or c is not None) and either.search(_first_of(el, "id", "class")))
                    or (i and by_id.search(i)) or (c and by_class.search(c)))
    return lambda tree: _all(tree, _BLOCKS, test)


def _hidden(lit: list[str]) -> Matcher:
    """Any element hidden by its style, id, class or aria-hidden, or a comment form's reply parts."""
    title, reply, hidden, none1, none2, by_id, by_class, true = (
        lit[0], lit[1], _rx(lit[2]), lit[3], lit[4], _rx(lit[5]), _rx(lit[6]), lit[7])

    def test(el: Any) -> bool:
        attrib = el.attrib
        if not attrib:
            return False
        i, c, style, aria = attrib.get("id"), attrib.get("class"), attrib.get("style"), attrib.get("aria-hidden")
        if i is None and c is None and style is None and aria is None:
            return False
        return bool(c == title
                    or _first_of(el, "id", "class").startswith(reply)
                    or hidden.search(_first_of(el, "id", "style"))
                    or (style and (none1 in style or none2 in style))
                    or (i and by_id.search(i)) or (c and by_class.search(c))
                    or aria == true)
    return lambda tree: _all(tree, (_ELEMENTS,), test)


def _precision_discard(lit: list[str]) -> Matcher:
    """Blocks whose id or class says bottom or link, or with a border style."""
    bottom, link, border = _rx(lit[0]), _rx(lit[1]), lit[2]

    def test(el: Any) -> bool:
        attrib = el.attrib
        if not attrib:
            return False
        if "id" in attrib or "class" in attrib:
            value = _first_of(el, "id", "class")
            if bottom.search(value) or link.search(value):
                return True
        style = attrib.get("style")
        return bool(style and border in style)
    return lambda tree: _all(tree, _BLOCKS, test)


def _teaser(lit: list[str]) -> Matcher:
    """Blocks whose id or class says teaser (a capital T too)."""
    upper_id, lower_id, token_id, upper_class, lower_class, token_class = lit[:6]
    return lambda tree: _all(tree, _BLOCKS, lambda el: (
        token_id in (el.get("id") or "").replace(upper_id, lower_id)
        or token_class in (el.get("class") or "").replace(upper_class, lower_class)))


def _caption(lit: list[str]) -> Matcher:
    """Blocks whose id or class says caption."""
    token_id, token_class = lit[:2]
    return lambda tree: _all(tree, _BLOCKS, lambda el: (
        token_id in (el.get("id") or "") or token_class in (el.get("class") or "")))


def _article_body(lit: list[str]) -> Matcher:
    """The article's container, by the class, itemprop or id names publishing systems give it."""
    class1, class2, itemprop, id1, by_id, by_class = lit[0], lit[1], lit[2], lit[3], _rx(lit[4]), _rx(lit[5])

    def test(el: Any) -> bool:
        attrib = el.attrib
        if not attrib:
            return False
        c, i = attrib.get("class"), attrib.get("id")
        return bool(c == class1 or c == class2 or attrib.get("itemprop") == itemprop or i == id1
                    or (i and by_id.search(i)) or (c and by_class.search(c)))
    return lambda tree: _first_per_parent(tree, _CONTAINERS, test)


def _story_body(lit: list[str]) -> Matcher:
    """The first container whose role, id or class names it the story or the article."""
    role, ids, classes = lit[0], (lit[1], lit[2]), (lit[3], lit[4], lit[5], lit[6], lit[7])
    by_id, insensitive, by_class = _rx(lit[8]), _rx(lit[9], re.I if lit[10] == "i" else 0), _rx(lit[11])

    def test(el: Any) -> bool:
        attrib = el.attrib
        if not attrib:
            return False
        c, i = attrib.get("class"), attrib.get("id")
        return bool(attrib.get("role") == role or i in ids or c in classes
                    or (i and by_id.search(i)) or (c and (insensitive.search(c) or by_class.search(c))))
    return lambda tree: _first(tree, _CONTAINERS, test)


def _content_body(lit: list[str]) -> Matcher:
    """The first container whose id or class names it the content, the main content or the page's content."""
    id1, class1, by_id, by_class = lit[0], lit[1], _rx(lit[2]), _rx(lit[3])
    (up1, low1, main1), (up2, low2, main2), (up3, low3, page3) = lit[4:7], lit[7:10], lit[10:13]

    def test(el: Any) -> bool:
        attrib = el.attrib
        if not attrib:
            return False
        c, i = attrib.get("class"), attrib.get("id")
        return bool(i == id1 or c == class1 or (i and by_id.search(i)) or (c and by_class.search(c))
                    or (i and main1 in _translate(i, up1, low1))
                    or (c and (main2 in _translate(c, up2, low2) or page3 in _translate(c, up3, low3))))
    return lambda tree: _first(tree, _CONTAINERS, test)


#: (list name in trafilatura.xpaths, digest of the expression, builder) for trafilatura 2.3.1
STAND_INS: tuple[tuple[str, str, Callable[[list[str]], Matcher]], ...] = (
    ("RAW_TREE_PRUNE_XPATH", "01e7c660fd6406f2", _raw_tree_prune),
    ("RAW_TREE_PRUNE_XPATH", "3c7afe92279543d5", _share_buttons),
    ("REMOVE_COMMENTS_AND_LISTS_XPATH", "9cc18d34e6e2d258", _comments(True)),
    ("REMOVE_COMMENTS_XPATH", "5d97216ca15d0558", _comments(False)),
    ("OVERALL_DISCARD_XPATH", "a837e58a1b1ea116", _overall_discard),
    ("OVERALL_DISCARD_XPATH", "c1d5b70b8cd03783", _hidden),
    ("PRECISION_DISCARD_XPATH", "53d31ea1df47920a", _precision_discard),
    ("TEASER_DISCARD_XPATH", "ebb02f066626551d", _teaser),
    ("DISCARD_IMAGE_ELEMENTS", "cb1ab981e44913f7", _caption),
    ("BODY_XPATH", "caaa561ceca17064", _article_body),
    ("BODY_XPATH", "6c9b5e1fdc092943", _story_body),
    ("BODY_XPATH", "10a7ceacc0ff8cdf", _content_body),
)


class StandIn:
    """A matcher in an XPath expression's place: called with a tree, it returns what the expression would. The
    expression it replaces is kept (`xpath`), and its text (`path`), as an XPath object has it."""

    __slots__ = ("xpath", "path", "_match")

    def __init__(self, xpath: etree.XPath, match: Matcher) -> None:
        self.xpath, self.path, self._match = xpath, xpath.path, match

    def __call__(self, tree: Any) -> list[Any]:
        if isinstance(tree, etree._ElementTree):
            tree = tree.getroot()
        return self._match(tree)

    def __repr__(self) -> str:
        return f"<StandIn for {self.path.strip()[:60]!r}...>"


def install(module: Any = None, stand_ins: Iterable[tuple[str, str, Callable[[list[str]], Matcher]]] = STAND_INS,
            ) -> list[StandIn]:
    """Put the stand-ins in the place of the expressions they were written for, in `module`'s lists (by default
    `trafilatura.xpaths`), in place; returns those put in (again: none, the expressions are already replaced)."""
    if module is None:
        import trafilatura.xpaths as module
    by_digest: dict[tuple[str, str], Callable[[list[str]], Matcher]] = {
        (name, digest): build for name, digest, build in stand_ins}
    done = []
    for name in dict.fromkeys(name for name, _, _ in stand_ins):
        exprs = getattr(module, name, None)
        if not isinstance(exprs, list):
            continue
        for k, expr in enumerate(exprs):
            if not isinstance(expr, etree.XPath):  # a stand-in already, or something else: left alone
                continue
            build = by_digest.get((name, _digest(expr.path)))
            if build is None:
                continue
            try:
                match = build(_literals(expr.path))
            except (ValueError, IndexError, re.error):  # pragma: no cover - the digest pins the expression
                continue
            exprs[k] = StandIn(expr, match)
            done.append(exprs[k])
    return done


def expressions(module: Any = None) -> dict[str, list[str]]:
    """Digest of every expression in the lists stand-ins are written for (to write STAND_INS)."""
    if module is None:
        import trafilatura.xpaths as module
    return {name: [_digest(getattr(e, "xpath", e).path) for e in getattr(module, name)]
            for name in dict.fromkeys(name for name, _, _ in STAND_INS)}
