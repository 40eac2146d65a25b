"""The cheap paths of the site-profile path give the results of the direct ones they stand in for (session 32).

As in test_fast_paths, each check compares a fast path with the slower code it replaced, kept here as the
reference, on pages built to hit the edge cases and on the fixture pages.
"""

from __future__ import annotations

import lxml.etree as etree

from crawler._clutter import drop_element
from crawler._html import parse_html
from crawler.profiles._match import PageIndex, _Test, _tokens

from .conftest import ROOT
from .test_fast_paths import MATCH_EDGE_PAGE, MATCH_EDGE_SELECTORS


def _walked(index: PageIndex) -> tuple[dict, dict, dict]:
    """What PageIndex.build indexed before session 32: one Python walk over every element, reading its class, its
    id and each other attribute a test names (the reference)."""
    by_class: dict[str, list] = {}
    by_id: dict[str, list] = {}
    by_test: dict[_Test, list] = {}
    class_tests = [t for t in index.tests if t.name == "class"]
    id_tests = [t for t in index.tests if t.name == "id"]
    others = [t for t in index.tests if t.name not in ("class", "id")]
    for el in index.root.iter(etree.Element):
        value = el.get("class")
        if value:
            for test in class_tests:
                if test.holds_for(value):
                    by_test.setdefault(test, []).append(el)
            for token in dict.fromkeys(_tokens(value)):
                if token in index.classes:
                    by_class.setdefault(token, []).append(el)
        value = el.get("id")
        if value:
            for test in id_tests:
                if test.holds_for(value):
                    by_test.setdefault(test, []).append(el)
            if value in index.ids:
                by_id.setdefault(value, []).append(el)
        for test in others:
            value = el.get(test.name)
            if value is not None and test.holds_for(value):
                by_test.setdefault(test, []).append(el)
    return by_class, by_id, by_test


def _same_as_walked(index: PageIndex) -> None:
    index.build()
    by_class, by_id, by_test = _walked(index)
    assert index.by_class == by_class
    assert index.by_id == by_id
    assert index.by_test == by_test
    assert all(type(key) is str for key in [*index.by_class, *index.by_id])  # (plain strings, no smart ones)


def _index(root: etree._Element, selectors: list[str]) -> PageIndex:
    from crawler.profiles._selectors import ElementSelector

    fast = [f for f in (ElementSelector.parse(s).fast for s in selectors) if f is not None]
    return PageIndex(root, frozenset(c for f in fast for c in f.classes), frozenset(i for f in fast for i in f.ids),
                     frozenset(t for f in fast for t in f.tests))


#: one element carrying several indexed attributes, empty values, a token twice, white space XPath does not split
#: at, the same value on many elements, an id twice, attributes on the root
INDEX_EDGE_PAGE = """<html class="top share"><body id="main" data-role="page">
<div class="share share bar" id="ad-1" data-role="promo" itemprop="">1</div><div class="" id="">2</div>
<p class="share\u00a0bar">3</p><p class="share\tbar\nx">4</p><p class="x">5</p><p class="x">6</p>
<span id="ad-1" class="ad-slot" data-role="">7</span><span itemprop="author" class="x share">8</span>
<section data-role="promo"><div class=" share " id="side">9</div></section><i class="\u3000share">10</i></body></html>"""

INDEX_EDGE_SELECTORS = [
    ".share", ".bar", ".x", "#ad-1", "#side", "#main", "[class*='ad-']", "[class^='sh']", "[id^='ad']",
    "[id$='1']", "[data-role]", "[data-role='promo']", "[data-role^='pro']", "[itemprop]", "[itemprop='author']",
    "[class='']", "[id*='a']", ".nothing", "#nothing", "[data-none]",
]


def test_page_index_indexes_what_the_walk_over_every_element_did() -> None:
    for page in (INDEX_EDGE_PAGE, MATCH_EDGE_PAGE):
        for selectors in (INDEX_EDGE_SELECTORS, MATCH_EDGE_SELECTORS, INDEX_EDGE_SELECTORS + MATCH_EDGE_SELECTORS,
                          [".share"], ["#ad-1"], ["[data-role]"]):
            root = parse_html(page)
            _same_as_walked(_index(root, selectors))
            _same_as_walked(_index(root.find("body"), selectors))  # an index of a subtree: its root included
            for el in root.xpath("//section | //*[@id='ad-1'] | //*[@class='x']"):
                drop_element(el)
            _same_as_walked(_index(root, selectors))  # built after removals: of the tree as it is then
    index = _index(parse_html(INDEX_EDGE_PAGE), INDEX_EDGE_SELECTORS)
    index.build()
    # (a no-break or an ideographic space is no XML white space: "share\u00a0bar" is one token)
    assert [el.text for el in index.by_class["share"]] == [None, "1", "4", "8", "9"]
    assert [el.text for el in index.by_id["ad-1"]] == ["1", "7"]
    assert [el.text for el in index.by_test[_Test("itemprop", "exists", "")]] == ["1", "8"]


def test_layout_indexes_on_the_fixture_pages_are_the_walk_s() -> None:
    from crawler.profiles import default_registry
    from crawler.profiles._apply import _page_index

    registry = default_registry()
    fixtures = sorted((ROOT / "fixtures").glob("*/*.html"))
    assert fixtures
    every = [layout for profile in registry.profiles for layout in profile.layouts]
    built = 0
    for path in fixtures:
        tree = parse_html(path.read_text(encoding="utf-8", errors="replace"))
        profile = registry.get(path.parent.name)
        for layout in (profile.layouts if profile else every[:40]):
            _same_as_walked(_page_index(tree, layout))
            built += 1
    assert built > 40


def test_containing_finds_the_values_holding_a_word_as_a_test_of_each_value() -> None:
    import itertools
    import random

    from crawler.profiles._match import _containing

    rng = random.Random(32)
    alphabet = ["a", "b", "ab", "-", " ", "\0", "é", "\u3000", "share", "ad-"]
    for _ in range(2000):
        values = ["".join(rng.choices(alphabet, k=rng.randrange(0, 6))) for _ in range(rng.randrange(0, 8))]
        words = ["".join(rng.choices(alphabet, k=rng.randrange(1, 3))) for _ in range(rng.randrange(0, 4))]
        assert _containing(values, words) == [v for v in values if any(w in v for w in words)], (values, words)
    assert _containing(["x", "share bar", "ad-top", "ad"], ["share", "ad-"]) == ["share bar", "ad-top"]
    assert _containing(["a", "b"], itertools.repeat("a", 3)) == ["a"]
