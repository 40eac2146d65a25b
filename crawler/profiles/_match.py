"""Simple CSS selectors matched through an index of a page's attribute values, without XPath.

A profile's `remove` list holds about ten selectors, and libxml2 evaluates each as an XPath walk testing every
element of the page (about 0.4 ms a selector on a news page, most of a profile's time). Nearly all of them are
simple: a tag, classes, an id, attribute tests, joined by descendant or child combinators (`div.share-bar`,
`aside#related`, `[class*='ad-slot']`, `.article-body > .promo`). Such a selector is matched here from the
elements whose class, id or other attribute its last compound names or tests (one read of each such
attribute over the page indexes them for all the selectors of a layout: see PageIndex.build), each checked
in full, up its ancestors. A selector whose last compound tests no attribute (`figure`, `div > p`) stays XPath.

The answer is exactly the XPath's that `cssselect.HTMLTranslator` writes (the same elements, in document order):
every condition below mirrors its translation, including its quirks (`[x^='']` matches nothing, `.a` compares
tokens split at XML whitespace only). Any other selector (pseudo-classes, sibling combinators, namespaces,
case-insensitive flags, unusual names) is left to XPath: `compile_fast` returns None for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import cssselect
import lxml.etree as etree

#: XPath's white space (normalize-space): not Python's, which also splits at form feeds and Unicode spaces
_XML_SPACE = re.compile(r"[ \t\r\n]+")
#: cssselect's test for a `~=` value it can match (any other matches nothing)
_NON_WHITESPACE = re.compile(r"[^ \t\r\n\f]+")
#: names cssselect writes as XPath name tests (others become `name() = …` tests, left to XPath here)
_SAFE_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_.-]*")
#: the attribute operators mirrored here
_OPERATORS = frozenset({"exists", "=", "~=", "^=", "$=", "*=", "|="})


def _tokens(value: str) -> list[str]:
    """A class value's tokens as XPath's normalize-space splits it (in printable ASCII, a space is the only white
    space, where str.split agrees)."""
    if value.isascii() and value.isprintable():
        return value.split()
    return [t for t in _XML_SPACE.split(value) if t]


@dataclass(frozen=True)
class _Test:
    """One attribute condition: (name, operator, value) as cssselect parsed it."""

    name: str
    op: str
    value: str

    def holds(self, el: etree._Element) -> bool:
        found = el.get(self.name)
        return found is not None and self.holds_for(found)

    def holds_for(self, found: str) -> bool:
        """Whether the test holds for an attribute of this value."""
        op, value = self.op, self.value
        if op == "exists":
            return True
        if op == "=":
            return found == value
        if op == "~=":
            return value in _tokens(found)
        if op == "^=":
            return found.startswith(value)
        if op == "$=":
            return found.endswith(value)
        if op == "*=":
            return value in found
        return found == value or found.startswith(value + "-")  # |=


@dataclass(frozen=True)
class _Compound:
    """A compound selector: a tag (None for any) and attribute conditions; `never` when cssselect writes a
    condition that holds for no element (an empty `^=` value, a `~=` value with a space)."""

    tag: str | None
    tests: tuple[_Test, ...]
    never: bool = False

    def matches(self, el: etree._Element) -> bool:
        if self.never or (self.tag is not None and el.tag != self.tag):
            return False
        return all(t.holds(el) for t in self.tests)


@dataclass(frozen=True)
class _Branch:
    """One selector of a list: its compounds from right to left, each with the combinator joining it to the next
    one on its left (" " or ">"; "" for the leftmost)."""

    steps: tuple[tuple[_Compound, str], ...]

    def matches(self, el: etree._Element, top: etree._Element) -> bool:
        """Whether `el` (which the rightmost compound matches) has the ancestors the rest asks for, at or under
        `top` (XPath's `descendant-or-self::` from the context)."""
        return self._rest(el, 0, top)

    def _rest(self, el: etree._Element, i: int, top: etree._Element) -> bool:
        if i + 1 == len(self.steps):
            return True
        combinator = self.steps[i][1]
        left = self.steps[i + 1][0]
        if el is top:
            return False
        if combinator == ">":
            parent = el.getparent()
            return parent is not None and left.matches(parent) and self._rest(parent, i + 1, top)
        for a in el.iterancestors():
            if left.matches(a) and self._rest(a, i + 1, top):
                return True
            if a is top:
                break
        return False


class PageIndex:
    """The elements under `root` (itself included) that carry one of the class tokens `classes`, one of the ids
    `ids`, or an attribute for which one of `tests` holds, by token, id and test, in document order, found on first
    use (see build). Elements removed from the tree later stay listed: selecting checks that a candidate is
    still under `root`."""

    def __init__(self, root: etree._Element, classes: frozenset[str], ids: frozenset[str],
                 tests: frozenset[_Test] = frozenset()) -> None:
        self.root = root
        self.classes = classes
        self.ids = ids
        self.tests = tests
        self.by_class: dict[str, list[etree._Element]] | None = None
        self.by_id: dict[str, list[etree._Element]] = {}
        self.by_test: dict[_Test, list[etree._Element]] = {}

    def covers(self, fast: "FastSelector") -> bool:
        return fast.classes <= self.classes and fast.ids <= self.ids and fast.tests <= self.tests

    def build(self) -> None:
        """Fill the index. Each attribute the selectors start from is read by one XPath over the page, as strings
        that know their element (libxml2 finds the few elements that carry it; a Python walk would build every
        element of the page and read each attribute of each): what a value indexes is worked out once a distinct
        value, and only the elements of values that index something are built for Python."""
        if self.by_class is not None:
            return
        by_class: dict[str, list[etree._Element]] = {}
        by_test = self.by_test
        classes, ids = self.classes, self.ids
        by_name: dict[str, list[_Test]] = {}
        for test in self.tests:
            by_name.setdefault(test.name, []).append(test)
        class_tests = by_name.pop("class", [])
        id_tests = by_name.pop("id", [])
        if classes or class_tests:
            values = _owned_values(self.root, "class")
            targets: dict[str, list[list[etree._Element]]] = {}
            # (a value holding a token of `classes`, or passing a start test of the class, holds the token or the
            # test's value: see _start; the others, most of a page's, are not split into tokens)
            for value in _containing(list(set(values)), (*classes, *(t.value for t in class_tests))):
                if not value:
                    continue  # (an empty class holds no token, and no start test holds for it: see _start)
                lists = [by_test.setdefault(t, []) for t in class_tests if t.holds_for(value)]
                tokens = _tokens(value)
                if not classes.isdisjoint(tokens):
                    # (each once: a token written twice, "card card", lists its element once)
                    lists += (by_class.setdefault(t, []) for t in dict.fromkeys(tokens) if t in classes)
                if lists:
                    targets[value] = lists
            _index_owners(values, targets)
        if ids or id_tests:
            self._index_attribute("id", id_tests, ids)
        for name, tests in by_name.items():
            self._index_attribute(name, tests, frozenset())
        self.by_class = by_class

    def _index_attribute(self, name: str, tests: list[_Test], ids: frozenset[str]) -> None:
        """Index the elements whose attribute `name` passes one of `tests` or (an id) is one of `ids`."""
        by_id, by_test = self.by_id, self.by_test
        values = _owned_values(self.root, name)
        targets: dict[str, list[list[etree._Element]]] = {}
        for value in set(values):
            if not value and name == "id":
                continue  # (no start test of an id holds for an empty one: see _start)
            lists = [by_test.setdefault(t, []) for t in tests if t.holds_for(value)]
            if value in ids:
                lists.append(by_id.setdefault(str(value), []))
            if lists:
                targets[value] = lists
        _index_owners(values, targets)


def _containing(values: list[str], words: Iterable[str]) -> list[str]:
    """The `values` in which one of `words` occurs, in their order: one search of all the values joined for each
    word, rather than a test of each value for each word."""
    if not values:
        return []
    joined = "\0".join(values)
    starts = list(accumulate((len(v) + 1 for v in values[:-1]), initial=0))
    last = len(values) - 1
    hits: set[int] = set()
    for word in words:
        if "\0" in word:  # (it could run across two values joined)
            hits.update(k for k, value in enumerate(values) if word in value)
            continue
        pos = joined.find(word)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            hits.add(k)
            if k == last:
                break
            pos = joined.find(word, starts[k + 1])  # (the value holds it: on to the next one)
    return [values[k] for k in sorted(hits)]


_OWNED: dict[str, etree.XPath] = {}


def _owned_values(root: etree._Element, name: str) -> list[Any]:
    """The values of attribute `name` on `root` and the elements under it, in document order, as lxml's smart
    strings (str, whose getparent() is the element carrying the attribute)."""
    xpath = _OWNED.get(name)
    if xpath is None:
        xpath = _OWNED[name] = etree.XPath(f"descendant-or-self::*/@{name}")
    return xpath(root)


def _index_owners(values: list[Any], targets: dict[str, list[list[etree._Element]]]) -> None:
    """Append the element of each of `values` (see _owned_values), in document order, to the lists `targets`
    gives for its value. Every list in `targets` gets an element: its value is one of `values`."""
    if not targets:
        return
    for value in values:
        lists = targets.get(value)
        if lists:
            el = value.getparent()
            for listed in lists:
                listed.append(el)


@dataclass(frozen=True)
class FastSelector:
    """A selector list matched without XPath (see the module's docstring): each branch starts from the elements
    carrying its last compound's id, one of its class tokens, or an attribute it tests."""

    branches: tuple[_Branch, ...]
    #: the class tokens, ids and attribute tests the branches start from
    classes: frozenset[str]
    ids: frozenset[str]
    tests: frozenset[_Test]

    def select(self, index: PageIndex) -> list[etree._Element]:
        index.build()
        assert index.by_class is not None
        root = index.root
        found: list[list[etree._Element]] = []
        for branch in self.branches:
            rightmost = branch.steps[0][0]
            if rightmost.never:
                continue
            kind, key = _start(rightmost)
            if kind == "id":
                listed = index.by_id.get(key, ())
            elif kind == "class":
                listed = index.by_class.get(key, ())
            else:
                listed = index.by_test.get(key, ())
            out = [el for el in listed if rightmost.matches(el) and branch.matches(el, root) and _attached(el, root)]
            if out:
                found.append(out)
        if not found:
            return []
        if len(found) == 1:
            return found[0]
        # several branches matched: their union in document order, each element once
        matched = {el for out in found for el in out}
        return [el for el in root.iter() if el in matched]


def _start(compound: _Compound) -> tuple[str, Any]:
    """Where matching `compound` starts: ("id", the id), ("class", a class token) or ("test", an attribute test: of
    the class or the id one that holds for no empty value, `[class*='ad-']`, as the index skips empty ones; of
    another attribute any, its presence last); ("", None) when it has none of them (a tag alone)."""
    for test in compound.tests:
        if test.name == "id" and test.op == "=" and test.value:
            return "id", test.value
    for test in compound.tests:
        if test.name == "class" and test.op == "~=":
            return "class", test.value
    for test in compound.tests:
        if test.name in ("class", "id"):
            if test.op != "exists" and not test.holds_for(""):
                return "test", test
        elif test.op != "exists":
            return "test", test
    for test in compound.tests:
        if test.name not in ("class", "id"):
            return "test", test
    return "", None


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Whether `el` is still under `root` (an earlier removal may have taken it out of the tree)."""
    node = el
    while True:
        parent = node.getparent()
        if parent is None:
            return node is root
        node = parent


def compile_fast(css: str) -> FastSelector | None:
    """The selector list `css` as a FastSelector, or None when it uses anything mirrored nowhere here, or when a
    branch's last compound tests no attribute (a tag alone, `figure`, `div > p`: XPath's walk by name is as good)."""
    try:
        parsed = cssselect.parse(css)
    except cssselect.SelectorError:
        return None
    branches = []
    classes: set[str] = set()
    ids: set[str] = set()
    tests: set[_Test] = set()
    for selector in parsed:
        if selector.pseudo_element is not None:
            return None
        steps = _steps(selector.parsed_tree)
        if steps is None:
            return None
        kind, key = _start(steps[0][0])
        if not kind:
            return None
        if kind == "id":
            ids.add(key)
        elif kind == "class":
            classes.add(key)
        else:
            tests.add(key)
        branches.append(_Branch(tuple(steps)))
    return FastSelector(tuple(branches), frozenset(classes), frozenset(ids), frozenset(tests)) if branches else None


def _steps(tree: object) -> list[tuple[_Compound, str]] | None:
    """The compounds of a parsed selector from right to left, with their combinators (None: not mirrored)."""
    steps: list[tuple[_Compound, str]] = []
    combinator = ""
    node = tree
    while isinstance(node, cssselect.parser.CombinedSelector):
        if node.combinator not in (" ", ">"):
            return None
        compound = _compound(node.subselector)
        if compound is None:
            return None
        steps.append((compound, node.combinator))
        node = node.selector
    compound = _compound(node)
    if compound is None:
        return None
    steps.append((compound, combinator))
    return steps


def _compound(node: object) -> _Compound | None:
    tests: list[_Test] = []
    never = False
    while not isinstance(node, cssselect.parser.Element):
        if isinstance(node, cssselect.parser.Class):
            value = node.class_name
            if not _NON_WHITESPACE.fullmatch(value):
                never = True
            tests.append(_Test("class", "~=", value))
        elif isinstance(node, cssselect.parser.Hash):
            tests.append(_Test("id", "=", node.id))
        elif isinstance(node, cssselect.parser.Attrib):
            if node.namespace or getattr(node, "flag", None) or node.operator not in _OPERATORS:
                return None
            name = node.attrib.lower()  # (HTMLTranslator lower-cases attribute names, as the HTML parser does)
            if not _SAFE_NAME.fullmatch(name):
                return None
            value = "" if node.value is None else node.value.value
            if node.operator in ("^=", "$=", "*=") and not value:
                never = True
            if node.operator == "~=" and not _NON_WHITESPACE.fullmatch(value):
                never = True
            tests.append(_Test(name, node.operator, value))
        else:
            return None  # a pseudo-class, a negation, a function
        node = node.selector
    if node.namespace:
        return None
    tag = node.element
    if tag is not None:
        if not _SAFE_NAME.fullmatch(tag):
            return None
        tag = tag.lower()
    return _Compound(tag, tuple(reversed(tests)), never)
