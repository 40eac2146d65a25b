"""The cheap paths taken for speed give the results of the direct ones they stand in for.

Each check compares a fast path with the slower code it replaced (kept here as the reference), on the fixture
pages, on pages built to hit the edge cases, and on a sample of the real pages under ../shared when present.
"""

from __future__ import annotations

import copy
import gzip
import itertools
import json
import re
import sys

import lxml.etree as etree
import lxml.html
import pytest

from crawler._clutter import (
    _AS_LETTERS,
    _LINE_PATTERNS,
    _line_re,
    _CASED_LINE,
    _ByFirstChar,
    _Scan,
    _TextSizes,
    clutter_reason,
    is_clutter_line,
    line_index,
)
from crawler._blocks import _internal
from crawler._prepare import strip_discarded, strip_hidden
from crawler._html import _PARSER, attribute_values, classed, norm_space, parse_html, utf8
from crawler._metadata import _byline_elements, extract_metadata
from crawler._paywall import has_paywall_markup
from crawler._source import PageSource, _contains, _find, contains, find
from crawler._text import joined_key, match_key

from .conftest import ROOT, SHARED
from .test_clutter import ARTICLE_LINES, CLOSING_ARTICLE, CLOSING_CLUTTER, CLUTTER_LINES

EDGE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Edge | Site</title>
<META NAME="Author" CONTENT="Jane Roe"><Link REL="Canonical" HREF="https://site.example/a">
<script TYPE="Application/LD+JSON">{"@type": "NewsArticle", "headline": "Edge"}</script>
<style>.x { color: red }</style><script>var a = "paywall byline";</script></head>
<body CLASS="Body"><div CLASS="PayWall-Box" id="X-PAYWALL">Locked</div>
<p class="ByLine">By Jane Roe</p><span ID="top-BYLINE">Jane</span><a REL="author" href="/jane">Jane Roe</a>
<a rel=" author">Not exactly author</a><div class="AUTHOR-name">Jane</div><div class="author-NAME">no</div>
<div data-testid="paywall">t</div><div DATA-PAYWALL>d</div>
<span itemProp="author" itemscope><span itemprop="name">Jane Roe</span></span>
<section class="articleLead standfirst">A lead sentence that is long enough to be a lead of this story here.</section>
<div class="story"><p>First paragraph of the story, long enough to count as one, with a comma, and more.</p>
<svg><title>Share</title><svg><text>nested</text></svg></svg><noscript><style>hidden</style>x</noscript>
<p>Second <time>Monday</time> paragraph <script>var x = 1;</script>tail text.</p>
<template><p>templated</p></template><p>Third paragraph \u00a0 with\u2003odd spaces.</p></div>
<nav><ul><li><a href="https://other.example/">Other</a></li></ul></nav><footer>Footer</footer>
<ul class="ad-list"><li class="AdSlot">ad</li></ul><div role="Navigation">menu</div><div hidden>h</div>
<input hidden><div style="DISPLAY : none">n</div><div data-ad-unit="1">a</div><div data-ads="1">b</div>
</body></html>"""


def _pages() -> list[str]:
    pages = [EDGE_PAGE]
    pages += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "fixtures").glob("*/*.html"))]
    gt = SHARED / "data" / "aeb-dev" / "ground-truth.json"
    if gt.exists():
        for pid in sorted(json.loads(gt.read_text(encoding="utf-8")))[:40]:
            path = SHARED / "data" / "aeb-dev" / "html" / f"{pid}.html.gz"
            if path.exists():
                pages.append(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))
    return pages


PAGES = _pages()


# --------------------------------------------------------------------------------------------- clutter lines

#: every line pattern in one expression, as the clutter lines were first matched (the reference)
LINE_RE = _line_re([p.pattern if isinstance(p, _Scan) else p for p in _LINE_PATTERNS])


def _reference_clutter_line(line: str) -> bool:
    import unicodedata

    text = line.strip().lstrip("-•·|» ").strip()
    if not text:
        return True
    # as written, or without the emoji and symbols before its words ("📱 Download our app")
    bare = "".join(itertools.dropwhile(lambda ch: ch == " " or unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn"),
                                       text))
    return len(text) <= 600 and any(
        t and (LINE_RE.match(t) is not None or (len(t) <= 200 and _CASED_LINE.fullmatch(t) is not None))
        for t in (text, bare))


LINES = CLUTTER_LINES + ARTICLE_LINES + CLOSING_CLUTTER + CLOSING_ARTICLE + [
    "If you buy something through our links, we may earn a commission.",
    "We may earn a small commission from sales.",
    "We'd love to hear from you. Write to the editors.",
    "© 2024 Example Media. ALL RIGHTS RESERVED.",
    "© 2024 Пример. Все права защищены.",
    "Новости (12 articles)",
    "Jane Doe contributed reporting from Paris.",
    "She can be reached at jane@example.com.",
    "Follow him on Twitter @jane.",
    "Sign up for our newsletter today and get the best in your inbox.",
    "Use the code SAVE for as little as $1 a week with full access.",
    "FOLLOW ME ON TWITTER",
    "Subscriber ſign up for our newsletter in your inbox now",  # a long s: every scanning pattern is tried
    "ﬁve articles ı İ",
]


@pytest.mark.parametrize("line", LINES)
def test_clutter_line_as_the_whole_expression(line: str) -> None:
    for variant in (line, line.upper(), line.lower(), f"- {line}"):
        assert is_clutter_line(variant) == _reference_clutter_line(variant), variant


def test_scanning_pattern_words_are_in_every_line_it_matches() -> None:
    for words, pattern in line_index().scanning:
        for line in LINES:
            for text in (line, line.upper()):
                if pattern.match(text):
                    assert any(w in text.translate(_AS_LETTERS).lower() for w in words), (pattern.pattern, text)


def test_starting_pattern_words_are_in_every_line_it_matches() -> None:
    """A starting pattern that requires one of some words (found by analysing it) matches no line without one."""
    from crawler._clutter import _required_words, lowered
    from re._parser import parse

    lines = [line.strip() for line in [*LINES, *CLUTTER_LINES, *ARTICLE_LINES] if line.strip()]
    checked = 0
    for pattern in (p for p in _LINE_PATTERNS if isinstance(p, str)):
        words = _required_words(list(parse(pattern, re.I)), True)
        if not words:
            continue
        compiled = _line_re([pattern])
        for line in lines:
            for text in (line, line.upper(), line.lower()):
                if compiled.match(text):
                    checked += 1
                    assert any(w in lowered(text) for w in words), (pattern, text, words)
    assert checked > 100


def test_required_words_of_patterns() -> None:
    from crawler._clutter import _required_words
    from re._parser import parse

    def words(pattern: str) -> set[str] | None:
        return _required_words(list(parse(pattern, re.I)), True)

    assert words(r"sign up for (our|the) newsletters?\W*") == {"sign up for "}
    assert words(r"(share|teilen|partager)( this)?\W*") == {"share", "teilen", "partager"}
    assert words(r"(share|x)\W*") is None  # a branch too short to look for
    assert words(r"(free )?newsletter") == {"newsletter"}  # an optional part is no requirement
    assert words(r"\d+ (comments|kommentare)") == {"comments", "kommentare"}
    assert words(r"(?:read more)+") == {"read more"}
    assert words(r"(?:read more)*x") is None
    # Greek letters IGNORECASE takes for others lower() does not give ("ϖ" for "π", "ς" for "σ", "ͅ" for "ι") end a run
    assert words(r"πηγή: .*") == {"ηγή: "}
    assert words(r"σχόλια\W*") == {"χόλ"}
    assert words(r"(?!subscribe)\w+") is None  # a negative lookahead requires nothing


def test_case_oddities_cover_every_guard_letter() -> None:
    """IGNORECASE takes some characters for a letter that lower() does not turn into that letter; a line holding
    one of them is looked at with the letter in its place. (Every letter of a word a pattern requires.)"""
    everything = "".join(map(chr, range(sys.maxunicode + 1))).replace("\n", "")
    letters = {c for p in _LINE_PATTERNS if isinstance(p, _Scan) for w in p.words for c in w if c.isalpha()}
    letters |= {c for w in _ByFirstChar([p for p in _LINE_PATTERNS if isinstance(p, str)]).words for c in w
                if c.isalpha()}
    for letter in letters:
        for m in re.finditer(re.escape(letter), everything, re.I):
            c = m.group(0)
            assert c.translate(_AS_LETTERS).lower() == letter, (letter, c, hex(ord(c)))


def _single_character_tests(patterns: list[str]) -> list[re.Pattern[str]]:
    """Every test the expression engine can make of one character in `patterns`: each literal, class and "any"
    they hold (compiled alone, with the case flag in force where it stands), and the categories a boundary or a
    class looks at (\\w, \\d, \\s). Two characters that pass the same of them are the same to the patterns."""
    from re import _compiler, _constants as C, _parser

    tests: dict[tuple[object, int], re.Pattern[str]] = {}

    def add(item: tuple[object, object], flags: int) -> None:
        key = (repr(item), flags)
        if key not in tests:
            tests[key] = _compiler.compile(_parser.SubPattern(_parser.State(), [item]), flags)

    def walk(items: object, flags: int) -> None:
        for op, av in items:  # type: ignore[attr-defined]
            if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
                add((op, av), flags)
            elif op is C.SUBPATTERN:
                walk(av[3], (flags | av[1]) & ~av[2])
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch, flags)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(av[2], flags)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1], flags)
            elif op is C.ATOMIC_GROUP:
                walk(av, flags)
            else:  # a test this list does not know: the grouping below would be unsound
                assert op in (C.AT, C.GROUPREF), (op, av)  # (a back-reference: see `echoed` below)

    for pattern in patterns:
        parsed = _parser.parse(pattern, re.I)
        walk(parsed, parsed.state.flags)
    return [*tests.values(), *(re.compile(c) for c in (r"\w", r"\d", r"\s", "."))]


def test_patterns_tried_by_first_character_as_all_of_them() -> None:
    """The starting patterns are tried only where they can open a match: on every line, and on each line with its
    first character swapped for every character IGNORECASE could take for a letter (every cased character), for
    the characters the patterns open with, and for digits, spaces and signs, the result is that of all of them.

    The swapped characters are checked one per group of characters that both sides must treat alike: those the
    expressions' single-character tests (see _single_character_tests) take alike, that the index files alike
    (the entry for the character, for its lower case and for its IGNORECASE form) and that leave the line holding
    the same required words (its lower-case form, ſ and ı read as s and i), and, for a back-reference, each that
    the rest of the line holds is a group of its own. Within a group the index and the whole
    expression see the same thing, so one character answers for all (checking all of them cost 38 s)."""
    from crawler._clutter import _fold, lowered

    patterns = [p for p in _LINE_PATTERNS if isinstance(p, str)]
    starting = _ByFirstChar(patterns)
    whole = re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$", re.I)
    firsts = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).lower() != chr(c).upper()}
    firsts |= {chr(c) for c in range(0x20, 0x250)} | set("0123456789\u3000\u2028\u00a0\u200b·•»|→©ⓒ広告おカ关关관기")
    firsts |= starting._by_char.keys()
    assert len(starting._by_char.keys()) > 40  # the analysis opens most patterns with known characters
    clutter = [line.strip() for line in CLUTTER_LINES if line.strip()]
    for line in clutter + [line.strip() for line in ARTICLE_LINES if line.strip()]:
        assert bool(starting.match(line)) == bool(whole.match(line)), line
    tests = _single_character_tests(patterns)
    taken = {first: (tuple(test.fullmatch(first) is not None for test in tests),
                     tuple(key if key in starting._by_char else None for key in (first, first.lower(), _fold(first))))
             for first in firsts}
    assert len(set(taken.values())) < len(firsts) / 4  # the grouping saves most of the work
    # a line the starting patterns take for each opening character
    one_each = {line[0].lower(): line for line in clutter if whole.match(line)}
    assert len(one_each) > 25
    for line in one_each.values():
        groups: dict[object, str] = {}
        rest = {_fold(c) for c in line[1:]}
        for first in sorted(firsts):
            text = first + line[1:]
            held = frozenset(word for _, word in starting._finder.iter(lowered(text)))
            # a back-reference compares the character (as it is, or lower-cased) with the rest of the line
            echoed = first if _fold(first) in rest else None
            groups.setdefault((taken[first], held, echoed), text)
        for text in groups.values():
            assert bool(starting.match(text)) == bool(whole.match(text)), (hex(ord(text[0])), text)


def test_the_first_character_analysis() -> None:
    from crawler._clutter import _first_chars
    from re._parser import parse

    def opening(pattern: str) -> set[str] | None:
        chars, empty = _first_chars(list(parse(pattern, re.I)), True)
        return None if empty or chars is None else {c.lower() for c in chars}

    assert opening("abc") == {"a"}
    assert opening("(?:x|y)z") == {"x", "y"}
    assert opening("(a )?b") == {"a", "b"}
    assert opening("(?=.*q)(sign|log) in") == {"s", "\u017f", "l"}
    assert opening("[0-2]x") == {"0", "1", "2"}
    assert opening("\\d+ min") is None and opening("[^a]b") is None and opening(".{0,3}x") is None
    assert opening("a?") is None  # may match nothing at all
    assert "s" in opening("\u017f") and "i" in opening("\u0131")  # a pattern's odd letter takes the plain one
    assert "\u017f" in opening("s")  # the long s (the Kelvin sign, cased beyond ASCII, takes every pattern)
    assert opening("(?-i:A)b") == {"a"}


# --------------------------------------------------------------------------------------------- markup

_HIDDEN = "self::script or self::style or self::noscript or self::template or self::svg"
_NO_TEXT = etree.XPath(f".//*[{_HIDDEN}][not(ancestor::*[{_HIDDEN}])]")
_LENGTH = etree.XPath("string-length(normalize-space())")


def _reference_text_len(el: etree._Element) -> int:
    n = int(_LENGTH(el))
    if n:
        for hidden in _NO_TEXT(el):
            n -= int(_LENGTH(hidden))
    return max(0, n)


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_text_sizes_as_the_xpath_measure(page: int) -> None:
    tree = parse_html(PAGES[page])
    for root in (tree, tree.find("body")):
        sizes = _TextSizes(root)
        for el in root.iter():
            if isinstance(el.tag, str):
                assert sizes(el) == _reference_text_len(el)
    inner = tree.find(".//noscript")
    if inner is not None:  # a root inside a hidden element: nothing is subtracted
        sizes = _TextSizes(inner)
        assert all(sizes(el) == _reference_text_len(el) for el in inner.iter() if isinstance(el.tag, str))


_BYLINE = etree.XPath(
    "//*[@rel='author' or contains(translate(@class, 'BYLINE', 'byline'), 'byline')"
    " or contains(translate(@class, 'AUTHOR', 'author'), 'author-name')"
    " or contains(translate(@id, 'BYLINE', 'byline'), 'byline')]"
)


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_page_source_and_attribute_values_change_nothing(page: int) -> None:
    text = PAGES[page]
    tree = parse_html(text)
    found = _byline_elements(tree, attribute_values(tree, "class"), attribute_values(tree, "id"),
                             attribute_values(tree, "rel"))
    assert found == _BYLINE(tree)
    source = PageSource(text, utf8(text))
    assert extract_metadata(tree, "https://site.example/a", source) == extract_metadata(tree, "https://site.example/a")
    assert has_paywall_markup(tree, source) == has_paywall_markup(tree)
    assert has_paywall_markup(tree) == (
        bool(tree.xpath("//@data-paywall | //*[@data-testid='paywall']"))
        or any(w in " ".join(tree.xpath("//@class")).lower()
               for w in ("paywall", "regwall", "subscriber-only", "subscribers-only"))
        or "paywall" in " ".join(tree.xpath("//@id")).lower())


def test_source_search_answers_as_bytes_in() -> None:
    """`contains` (the C library's memmem where there is one) says what `in` says: at either end, across NUL
    bytes, for a word longer than the page, an empty word or page, and on every sample page."""
    if sys.platform.startswith("linux"):
        assert contains is not _contains  # glibc and musl have memmem: the fast path is the one tested
    cases = [(b"", b""), (b"", b"a"), (b"a", b""), (b"itemprop", b"itemprop"), (b"xitempro", b"itemprop"),
             (b"itemprop=x", b"itemprop"), (b"x itemprop", b"itemprop"), (b"a\x00itemprop", b"itemprop"),
             (b"item\x00prop", b"itemprop"), (b"\xc3\xa9t\xc3\xa9", b"\xa9t"), (b"pu", b"pull"), (b"pul", b"pull")]
    words = [b"itemprop", b"paywall", b"regwall", b"byline", b"author-name", b"pull", b'="#', b"/autor", b"\xc3\xa9"]
    cases += [(utf8(page).lower(), word) for page in PAGES for word in words]
    for haystack, needle in cases:
        assert contains(haystack, needle) == (needle in haystack), (haystack[:40], needle)


def test_source_find_answers_as_bytes_find() -> None:
    """`find` (memmem where there is one) gives bytes.find's position from any start: before, at and past either
    end, across NUL bytes, an empty word, every occurrence of words on every sample page."""
    if sys.platform.startswith("linux"):
        assert find is not _find
    cases = [(b"", b""), (b"", b"a"), (b"a", b""), (b"a\x00bab", b"ab"), (b"abab", b"ab"), (b"\xc3\xa9t\xc3\xa9", b"\xa9t")]
    for haystack, needle in cases:
        for start in range(-3, len(haystack) + 3):
            assert find(haystack, needle, start) == haystack.find(needle, start), (haystack, needle, start)
    for page in PAGES:
        low = utf8(page).lower()
        for word in (b"<p", b"class=", b"the ", b"\xc3\xa9", b"</body>"):
            at, expected = find(low, word, 0), low.find(word)
            while expected >= 0:
                assert at == expected
                at, expected = find(low, word, at + 1), low.find(word, expected + 1)
            assert at == -1


def _printed_by_brute_force(source: PageSource, word: bytes, by: bytes, reach: int) -> bool:
    """PageSource.printed as its docstring says it, one position at a time (after the body's start)."""
    low = source._low
    for at in range(source.body_start(), len(low) - len(word) + 1):
        if not low.startswith(word, at):
            continue
        before = low[:at].rstrip(b" \t\n\r").removesuffix(b"\xc2\xa0").removesuffix(b"&nbsp;").rstrip(b" \t\n\r")
        if not before.endswith(b">"):
            continue
        if not by or any(low.startswith(by, c) for c in range(max(0, at - reach), at - len(by) + 1)):
            return True
    return False


@pytest.mark.parametrize("text", [
    "<html><body><figure><img src=a.jpg><figcaption>Firefighters at the scene</figcaption></figure></body></html>",
    "<html><body><div class=caption>\n  Firefighters at the scene</div></body></html>",
    '<html><head><meta content="Firefighters at the scene"></head><body><p>x</p></body></html>',
    '<html><body><script>{"caption": "Firefighters at the scene"}</script></body></html>',
    "<html><body><p class=caption>&nbsp;Firefighters at the scene</p><p>Firefighters at the scene</p></body></html>",
    "<html><body><p>Firefighters at the scene</p>" + "x" * 700 + "<i class=caption></i></body></html>",
])
def test_printed_as_an_element_opens_its_text(text: str) -> None:
    source = PageSource(text)
    for word, by in [(b"firefighters at the", b"caption"), (b"firefighters at the", b""), (b"scene", b"caption")]:
        assert source.printed(word, by, 600) == _printed_by_brute_force(source, word, by, 600), (word, by)


def test_edge_page_finds_what_it_should() -> None:
    tree = parse_html(EDGE_PAGE)
    md = extract_metadata(tree, "https://site.example/a", PageSource(EDGE_PAGE))
    assert md.canonical == "https://site.example/a"
    assert md.author_sources["microdata"] == ["Jane Roe"]
    assert "By Jane Roe" in md.bylines
    assert has_paywall_markup(tree, PageSource(EDGE_PAGE))


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_classed_as_a_scan_of_every_element(page: int) -> None:
    tree = parse_html(PAGES[page])
    for accept in (lambda c: "a" in c, lambda c: c.lower().startswith("s"), lambda c: False):
        expected = [(el, el.get("class")) for el in tree.iter() if isinstance(el.tag, str)
                    and el.get("class") is not None and accept(el.get("class"))]
        assert classed(tree, accept) == expected


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_clutter_reason_of_every_element(page: int) -> None:
    from crawler._clutter import _ATTRS, _CLUTTER_ROLES, HIDDEN_STYLE, _value_reason

    def reference(el: etree._Element) -> str | None:
        attrib = el.attrib
        if not attrib:
            return None
        role = attrib.get("role")
        if role and role.strip().lower() in _CLUTTER_ROLES:
            return f"role={role}"
        for key in attrib.keys():
            if key.startswith(("data-ad-", "data-ad_", "data-google-query-id")) or (
                    key.startswith("data-") and key[5:] in {"ad", "ads", "adslot", "adunit", "adtype", "adsense",
                                                            "advert", "advertisement", "dfp"}):
                return key
        for name in _ATTRS:
            value = attrib.get(name)
            if value and _value_reason(name, value):
                return _value_reason(name, value)
        if "hidden" in attrib and el.tag != "input":
            return "hidden"
        style = attrib.get("style")
        if style and HIDDEN_STYLE.search(style):
            return "style=display:none"
        return None

    tree = parse_html(PAGES[page])
    for el in tree.iter():
        if isinstance(el.tag, str):
            assert clutter_reason(el) == reference(el)


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_utf8_parse_gives_the_str_parse(page: int) -> None:
    text = PAGES[page]
    assert etree.tostring(parse_html(text)) == etree.tostring(lxml.html.document_fromstring(text, parser=_PARSER))


@pytest.mark.parametrize("text", ["<p>a\x00b</p>", "<p>\x01\x08\x0b\x0c\x7f\x85</p>", "\ufeff<p>bom</p>",
                                  '<?xml version="1.0" encoding="utf-8"?><p>decl</p>', "<p>\U0001F600 \ud800 x</p>",
                                  '<meta charset="iso-8859-1"><p>é</p>'])
def test_utf8_parse_edge_cases(text: str) -> None:
    expected = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text), parser=_PARSER)
    assert etree.tostring(parse_html(text)) == etree.tostring(expected)


def test_strip_discarded_keeps_structured_data_and_tails() -> None:
    lean = parse_html(EDGE_PAGE)
    strip_discarded(lean)
    assert [s.get("type") for s in lean.iter("script")] == ["Application/LD+JSON"]
    assert not lean.xpath("//svg|//nav|//footer|//style|//time|//noscript")
    assert norm_space(lean.xpath("string(//div[@class='story']/p[2])")) == "Second paragraph tail text."


def test_strip_hidden_takes_what_shows_no_text_only() -> None:
    tree = parse_html(EDGE_PAGE)
    strip_hidden(tree)
    assert [s.get("type") for s in tree.iter("script")] == ["Application/LD+JSON"]
    assert not tree.xpath("//svg|//style|//noscript")
    # what trafilatura deletes later, but shows text, is still there for the steps before it
    assert tree.xpath("//nav") and tree.xpath("//footer") and tree.xpath("//time")
    assert norm_space(tree.xpath("string(//div[@class='story']/p[2])")) == "Second Monday paragraph tail text."


def test_trafilatura_leaves_the_tree_it_is_given_as_it_was() -> None:
    # strip_discarded makes no copy: the steps after trafilatura read the same tree
    from crawler._traf import _trafilatura

    tree = parse_html(EDGE_PAGE)
    strip_discarded(tree)
    before = etree.tostring(tree)
    assert _trafilatura(tree)
    assert etree.tostring(tree) == before


# --------------------------------------------------------------------------------------------- text

KEY_TEXTS = ["Plain text.", "\u0301combining first", "e\u200b\u0301 invisible", "Straße ǅ ﬁ", "日本語の文章", "한국어",
             "", "   ", "A\u00adB", "end with combining e\u0301", "İstanbul ı", "x\u2028y", "½ ⑴"]


def test_joined_key_is_the_key_of_the_joined_text() -> None:
    for a in KEY_TEXTS:
        for b in KEY_TEXTS:
            parts = [a, b, a]
            for sep in (" ", "\n\n"):
                assert joined_key(parts) == match_key(sep.join(parts)), (a, b, sep)


def test_shingles_from_the_paragraph_keys_as_from_the_whole_body() -> None:
    from crawler._dedup import SHINGLE_CHARS, SHINGLE_WORDS, shingles
    from crawler._text import cjk_ratio

    def reference(body: str) -> list[str]:  # the body keyed whole, grams by slicing
        key = match_key(body)
        if not key:
            return []
        if cjk_ratio(body) > 0.3:
            chars = key.replace(" ", "")
            if len(chars) <= SHINGLE_CHARS:
                return [chars]
            return list(dict.fromkeys(chars[i:i + SHINGLE_CHARS] for i in range(len(chars) - SHINGLE_CHARS + 1)))
        words = key.split(" ")
        if len(words) <= SHINGLE_WORDS:
            return [key]
        return list(dict.fromkeys(" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)))

    long = "The council met on Tuesday and voted to approve the budget for the schools"
    for a in KEY_TEXTS + [long]:
        for b in KEY_TEXTS + [long]:
            body = "\n\n".join([a, b, long, a])
            assert shingles(body) == reference(body), (a, b)


def test_norm_space_as_the_regex() -> None:
    for text in KEY_TEXTS + ["  a \u00a0 b\u2003c\n", "\x1c x \x1f", "\t\r\n", "a\u200bb"]:
        assert norm_space(text) == re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("target", ["/news/other", "other.html", "//cdn.other.example/x", "HTTPS://Other.example/x",
                                    "https://www.site.example/x", "mailto:a@b.example", "../up", "?q=1", " /x "])
def test_link_targets_resolved_where_looked_at(target: str) -> None:
    # as when trafilatura resolved every target against the page before the test
    from trafilatura.utils import safe_base_url, safe_relative_url

    base = safe_base_url("https://www.site.example/news/a")
    resolved = safe_relative_url(base, target) or target
    assert _internal(target, "site.example", base) == _internal(resolved, "site.example")


def test_paths_do_not_mutate_the_tree() -> None:
    tree = parse_html(EDGE_PAGE)
    snapshot = copy.deepcopy(tree)
    extract_metadata(tree, None, PageSource(EDGE_PAGE))
    has_paywall_markup(tree, PageSource(EDGE_PAGE))
    assert etree.tostring(tree) == etree.tostring(snapshot)


@pytest.mark.parametrize("raw", ['{"a": 1}', ' [1, 2] ', '<!--{"a": 1}-->', '//<![CDATA[\n{"a": 1}\n//]]>',
                                 '<![CDATA[{"a": 1}]]>', '{"a": "-->"}', '{"a": 1}]]>', '{"a": 1} -->', "", "  "])
def test_json_ld_wrappers(raw: str) -> None:
    from crawler._metadata import _CDATA, parse_json_ld

    text = _CDATA.sub("", raw.strip())
    try:
        data = json.loads(text, strict=False)
        expected = data if isinstance(data, list) else [data]
    except ValueError:
        expected = parse_json_ld(raw)  # the lenient retries are not what is tested here
    assert parse_json_ld(raw) == expected


MOJIBAKE = ["caf\u00c3\u00a9 it\u00e2\u20ac\u2122s \u00c2 ", "\x81\x8d\x8f\x90\x9d \x80\x9f \u00e9 \u20ac \u2122 \u0153",
            "plain", "\u65e5\u672c", "\u00ff\u0100", "\u00c3", "\u00c3\u00a9\u00c3", "\u00e2\u20ac\u00f0\u0178\u02dc\u20ac",
            "\u00c2\u00a0\u00c3\u00a0x" * 50, ""]


@pytest.mark.parametrize("text", MOJIBAKE + PAGES[:5])
def test_mojibake_scans(text: str) -> None:
    from crawler import _mojibake as mj

    def reference_bytes(text: str) -> bytes | None:
        out = bytearray()
        for ch in text:
            if ch < "\x80":
                out.append(ord(ch))
                continue
            code = {"\x81": 0x81, "\x8d": 0x8D, "\x8f": 0x8F, "\x90": 0x90, "\x9d": 0x9D}.get(ch)
            if code is None:
                try:
                    code = ch.encode("cp1252")[0]
                except UnicodeEncodeError:
                    if "\x80" <= ch <= "\xff":
                        code = ord(ch)
                    else:
                        return None
            out.append(code)
        return bytes(out)

    assert mj._to_bytes(text) == reference_bytes(text)
    assert mj.markers(text) == (len(mj._MARKER.findall(text)) if text and not text.isascii() else 0)


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_positions_sort_in_document_order(page: int) -> None:
    from crawler._gaps import _position

    tree = parse_html(PAGES[page])
    elements = list(tree.iter())
    sample = elements[:: max(1, len(elements) // 60)]
    assert sorted(reversed(sample), key=_position) == sample


# ------------------------------------------------------------------------------------------------ mojibake


def _reference_latin_soup(text: str) -> int:
    from crawler._mojibake import _SYMBOLS

    count = 0
    for i in range(1, len(text) - 1):
        if text[i] in _SYMBOLS:
            before, after = text[i - 1], text[i + 1]
            if before > "\x7f" and after > "\x7f" and not before.isspace() and not after.isspace():
                count += 1
    return count


def test_latin_soup_counts_as_the_character_loop_did() -> None:
    import random

    from crawler._mojibake import _SYMBOLS, latin_soup

    alphabet = list("ab c\n\t\u00a0\u2003\u3000é漢ü") + sorted(_SYMBOLS)
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert latin_soup(text) == _reference_latin_soup(text), repr(text)
    for page in PAGES[:20]:
        assert latin_soup(page) == _reference_latin_soup(page)


def test_words_counted_token_by_token_as_the_expression_counts_them() -> None:
    import random

    from crawler._text import _COUNT_WORD, _count_words, _counts, _fold, _cjk_count, _CJK_CHAR

    alphabet = list("ab 1_9.,'’-‐‑—–\"()[]«»!?…;:/*\n\t\u00a0\u3000\u200béü漢ßﬁ\u0301") + ["  ", "x-y", "1.5", "don't"]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _count_words(text) == len(_COUNT_WORD.findall(text)), repr(text)
        folded = _fold(text)  # the whole count as it was: folded, then Han/kana characters one word each
        expected = ((0, len(_COUNT_WORD.findall(folded))) if not _CJK_CHAR.search(folded)
                    else (_cjk_count(folded), len(_COUNT_WORD.findall(_CJK_CHAR.sub(" ", folded)))))
        assert _counts(text) == expected, repr(text)
    for page in PAGES[:20]:
        text = lxml.html.fromstring(page).text_content()
        assert _count_words(text) == len(_COUNT_WORD.findall(text))


def test_author_blocks_found_through_the_words_as_through_every_class() -> None:
    """`_author_blocks` tests only the class values holding one of the author words (found in one search): the
    same blocks as testing every value of the page."""
    import crawler._html as H
    from crawler._metadata import _author_blocks

    odd = ("<html><body><div class='Story-AUTHORS'>Jane Roe and Tom Poe</div><p class='wr\u0130ter'>Ann Loe</p>"
           "<span class='AUTEUR'>Marc Dupont</span><div class='author-bio'>Bio</div><i class='PENULIS x'>Budi</i>"
           "<b class='\u212author'>Kay</b></body></html>")
    for page in [odd, *PAGES]:
        tree = parse_html(page)
        every = H.holding
        try:
            H.holding = lambda values, *words: list(range(len(values)))  # type: ignore[assignment]
            reference = _author_blocks(tree)
        finally:
            H.holding = every
        assert _author_blocks(tree) == reference


def test_a_containers_own_text_as_all_its_pieces_joined() -> None:
    """_own_text leaves out pieces of white space alone: the same text as joining every piece, spacing collapsed."""
    from crawler._candidates import _own_text

    def reference(el: etree._Element) -> str:
        return norm_space(" ".join([el.text or "", *(child.tail for child in el if child.tail)]))

    odd = parse_html("<html><body><div>\u00a0<b>x</b> \n <i>y</i>tail\u2003<br>\u3000 end <span></span></div>"
                     "<div>  <p>a</p>  </div></body></html>")
    checked = 0
    for tree in [odd, *(parse_html(page) for page in PAGES[:12])]:
        for el in tree.iter():
            if isinstance(el.tag, str):
                assert _own_text(el) == reference(el), el.tag
                checked += 1
    assert checked > 1_000


# -- attribute tokens: runs read with findall, a run without a capital left whole -----------------------------------

_REF_SPLIT = re.compile(r"[^a-z0-9]+")
_REF_SPLIT_CASED = re.compile(r"[^A-Za-z0-9]+")
_REF_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _reference_tokens(value: str) -> list[str]:
    """attribute_tokens as written before its fast paths: split, every run tried for camelCase."""
    from crawler._clutter import GENERATED_PIECES, _generated

    if value.islower():
        return [t for t in _REF_SPLIT.split(value) if t]
    out: list[str] = []
    for chunk in _REF_SPLIT_CASED.split(value):
        if not chunk:
            continue
        pieces = _REF_CAMEL.sub(" ", chunk).split()
        if len(pieces) >= GENERATED_PIECES and _generated(chunk, pieces):
            out.append(chunk.lower())
        else:
            out.extend(p.lower() for p in pieces)
    return out


_TOKEN_CASES = ["", "  ", "article-body", "relatedAdSlot", "HTMLAdBox", "AB1C", "a1B", "123", "x__Y", "topAdA",
                "n1AuAdJlVL", "kAdBcD", "gStickyAd", "café-Box", "ÉtéAd", "İstanbulAd", "ad_Unit-2 js-Foo bar",
                "style--hat-1vqyrZZ3j7vMCXYKbvaqKa", "ID", "myAdXSlot", "sr-only", "K\u212aAd"]


def test_attribute_tokens_as_the_split_they_replace() -> None:
    from crawler._clutter import attribute_tokens

    values = list(_TOKEN_CASES)
    for html in PAGES:
        values += [v for el in parse_html(html).iter() if isinstance(el.tag, str) for _, v in el.items()]
    assert values
    for value in values:
        assert attribute_tokens(value) == _reference_tokens(value), value


# ------------------------------------------------------------------------------------------ profile selectors


def _profile_expressions() -> list[str]:
    from crawler.profiles import default_registry
    from crawler.profiles._selectors import _LazyXPath

    found: set[str] = set()

    def walk(obj: object, seen: set[int]) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, _LazyXPath):
            found.add(obj.expr)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            for x in obj:
                walk(x, seen)
        elif isinstance(obj, dict):
            for x in obj.values():
                walk(x, seen)
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:  # type: ignore[attr-defined]
                walk(getattr(obj, name), seen)

    walk(default_registry().profiles, set())
    return sorted(found)


CLASS_EDGE_PAGE = """<html><body><div class="deck">1</div><div class=" deck  other ">2</div>
<div class="decks">3</div><div class="sub-deck">4</div><div class="x&#9;deck&#10;">5</div><div class="DECK">6</div>
<div>7</div><div class="">8</div><main><div class="block"><p class="article-subtitle">9</p></div></main>
<article><p class="article-subtitle lead">10</p><div class="story"><p>11</p></div></article></body></html>"""


def test_class_prefilters_select_what_the_expression_selects() -> None:
    from crawler.profiles._selectors import with_class_prefilters

    expressions = _profile_expressions()
    rewritten = [e for e in expressions if with_class_prefilters(e) != e]
    assert len(rewritten) > 20  # the profiles' hand-written class tests (cssselect's are left as they are)
    hand = ["//div[contains(concat(' ', normalize-space(@class), ' '), ' deck ')]",
            "//p[contains(concat(' ', normalize-space(@class), ' '), ' article-subtitle ')]"
            "[//div[contains(concat(' ', normalize-space(@class), ' '), ' story ')]]"]
    trees = [parse_html(CLASS_EDGE_PAGE)] + [parse_html(p) for p in PAGES[:25]]
    assert [e.text for e in etree.XPath(with_class_prefilters(hand[0]))(trees[0])] == ["1", "2", "5"]
    for expr in hand + rewritten:
        plain, fast = etree.XPath(expr), etree.XPath(with_class_prefilters(expr))
        for tree in trees:
            assert fast(tree) == plain(tree), expr


# ------------------------------------------------------------------------------------------------- text_of


def _reference_text_of(el: etree._Element) -> str:
    """text_of as every element was read before the inline shortcut: the recursive gathering alone."""
    from crawler._html import _collect_text

    if not isinstance(el.tag, str):
        return ""
    parts: list[str] = []
    _collect_text(el, parts, 0)
    return norm_space("".join(parts))


TEXT_EDGE_PAGE = """<html><body><p>One <a href="#">two</a><!-- a comment --> three<?pi x?> four<em> five
<b>six</b></em>\u00a0seven</p><p>Line<br>break</p><p>in <span>a <script>var x;</script>span</span> end</p>
<div>head<p>para</p>tail <i>it</i></div><span><svg><text>icon</text></svg>label</span><p></p><p> </p>
<a href="/x"><span>Inline</span> <strong>only</strong></a><li>item <ul><li>nested</li></ul></li>
<p>a<sup>1</sup>b<sub>2</sub><code>c</code></p><td>cell <div>block</div></td><noscript>no</noscript></body></html>"""


def test_text_of_as_the_recursive_reading() -> None:
    from crawler._html import text_of

    trees = [lxml.html.document_fromstring(TEXT_EDGE_PAGE)] + [parse_html(p) for p in PAGES]
    checked = 0
    for tree in trees:
        for el in tree.iter():
            assert text_of(el) == _reference_text_of(el), etree.tostring(el)[:200]
            checked += 1
    # (the real pages hold tens of thousands of elements; without ../shared, the fixtures' hundreds)
    assert checked > (10_000 if (SHARED / "data" / "aeb-dev").is_dir() else 1_000)
    edge = trees[0]
    assert text_of(edge.find(".//p")) == "One two three four five six\u00a0seven".replace("\u00a0", " ")
    assert text_of(edge.find(".//p[2]")) == "Line break"


# ------------------------------------------------------------------------------------- indexed CSS selectors

#: class, id and attribute values that trip a matcher which splits or compares unlike XPath: tabs, newlines,
#: form feeds, no-break and ideographic spaces, a token written twice, upper case, prefixes and suffixes
MATCH_EDGE_PAGE = """<html><body class="page share"><div id="main" class="wrap">
<div class="share">1</div><div class=" share  bar ">2</div><div class="shares">3</div><div class="sub-share">4</div>
<div class="x&#9;share&#10;">5</div><div class="SHARE">6</div><div class="a&#12;share">7</div>
<div class="a&#160;share">8</div><div class="share share">9</div><div class="a&#12288;share">10</div>
<span class="share">11</span><div class="">12</div><div id="">13</div><div id="ad-top" class="ad-slot">14</div>
<div id="top-ad">15</div><div id="ad">16</div><div lang="en-GB" class="en-x">17</div><div class="en">18</div>
<section class="story"><div class="body"><p class="share">19</p><div class="story"><p class="x">20</p></div></div>
<aside class="related"><div class="story"><p class="x">21</p><ul><li class="x">22</li></ul></div></aside></section>
<div class="outer"><div class="mid"><div class="inner"><b class="x">23</b></div></div></div>
<div class="mid"><div class="outer"><div class="inner"><b class="x">24</b></div></div></div>
<div data-role="promo" class="promo-box">25</div><div class="ad-container ad">26</div>
<div class="a"><div class="b"><div class="b"><i class="c">27</i></div></div></div>
<p lang="">28</p><p data-role="">29</p><section><span lang="de">30</span></section></div></body></html>"""

MATCH_EDGE_SELECTORS = [
    ".share", "div.share", "DIV.share", "span.share, div.share", "p.share, .share", ".share.bar", ".bar.share",
    "#main", "div#main", "#main > .share", "#main .share", "body > div > .share", "html .share", ".wrap > div.story",
    "[class*='share']", "[class^='share']", "[class$='share']", "[class~='share']", "[class|='sub']",
    "[class*='']", "[class^='']", "[class$='']", "[class~='a share']", "[id^='ad']", "[id$='-ad']", "[id='ad']",
    "[id*='ad'][class]", "div[id|='ad']", "[class='']", "[class=' share  bar ']", "[CLASS*='share']",
    ".story .x", ".story > .x", ".related .story .x", "section.story div.story > p", ".outer .mid .inner .x",
    ".outer > .mid .inner > .x", ".mid .outer .x", "section .related li.x", ".story li, .story p",
    "[class*='ad-'], [id^='ad-'], .promo-box", ".en, [lang|='en']", ".x", "b.x, p.x, li.x", ".nothing, #nothing",
    ".a > .b .c", ".a > .b > .c", ".b > .c", "[data-role]", "div[data-role='promo']", "[data-role^='pro'] ~ div",
    "[lang='']", "[lang|='en'], .a .c", "[DATA-ROLE='promo']", "[data-role='Promo']", "section [lang]",
]


def _indexed(selectors: list[str], root: etree._Element) -> tuple[list, object]:
    from crawler.profiles._match import PageIndex
    from crawler.profiles._selectors import ElementSelector

    parsed = [ElementSelector.parse(s) for s in selectors]
    fast = [p.fast for p in parsed if p.fast is not None]
    index = PageIndex(root, frozenset(c for f in fast for c in f.classes), frozenset(i for f in fast for i in f.ids),
                      frozenset(t for f in fast for t in f.tests))
    return parsed, index


def test_indexed_css_selects_what_the_xpath_selects() -> None:
    root = parse_html(MATCH_EDGE_PAGE)
    parsed, index = _indexed(MATCH_EDGE_SELECTORS, root)
    # the rest stay with XPath: a tag alone where a branch ends, a test of the class no value passes, a sibling
    assert sum(p.fast is not None for p in parsed) == len(parsed) - 7
    for sel in parsed:
        assert sel.select(root, index) == sel.select(root), sel.source
    texts = {s.source: [e.text for e in s.select(root, index)] for s in parsed}
    assert texts[".share"] == [None, "1", "2", "5", "9", "11", "19"]  # (the <body> first)
    assert texts[".outer .mid .inner .x"] == ["23"] and texts[".mid .outer .x"] == ["24"]
    assert texts["[class^='']"] == [] and texts["[class~='a share']"] == []
    assert texts["[class*='share']"] == [None, "1", "2", "3", "4", "5", "7", "8", "9", "10", "11", "19"]
    assert texts[".a > .b .c"] == ["27"] and texts[".a > .b > .c"] == []  # (the nearest .b is not the one)


def test_indexed_css_after_removals_and_under_other_roots() -> None:
    from crawler._clutter import drop_element

    root = parse_html(MATCH_EDGE_PAGE)
    parsed, index = _indexed(MATCH_EDGE_SELECTORS, root)
    for sel in parsed:
        sel.select(root, index)  # the index is built before the tree changes, as in a layout's removals
    for el in root.xpath("//aside | //*[@id='ad-top'] | //div[@class='outer']"):
        drop_element(el)
    for sel in parsed:
        assert sel.select(root, index) == sel.select(root), sel.source
    inner = root.find(".//section")  # an index is of its own root only: another root reads the XPath
    for sel in parsed:
        assert sel.select(inner, index) == sel.select(inner), sel.source


def test_layout_indexes_select_what_the_xpath_selects() -> None:
    """Every layout's keep, remove and body selectors with its page index, on the fixture pages of its own site,
    and every layout on the edge pages and a few real pages."""
    from crawler.profiles import default_registry
    from crawler.profiles._apply import _page_index

    registry = default_registry()
    fixtures = sorted((ROOT / "fixtures").glob("*/*.html"))
    assert fixtures
    checks: list[tuple[str, list]] = [(p.read_text(encoding="utf-8", errors="replace"),
                                       list(registry.get(p.parent.name).layouts) if registry.get(p.parent.name) else [])
                                      for p in fixtures]
    every = [layout for profile in registry.profiles for layout in profile.layouts]
    checks += [(page, every) for page in [MATCH_EDGE_PAGE, EDGE_PAGE, *PAGES[len(fixtures) + 1:len(fixtures) + 6]]]
    compared = indexed = 0
    for page, layouts in checks:
        tree = parse_html(page)
        for layout in layouts:
            index = _page_index(tree, layout)
            for sel in (*layout.keep, *layout.remove, *layout.body):
                assert sel.select(tree, index) == sel.select(tree), (layout.name, sel.source)
                compared += 1
                indexed += sel.fast is not None
    assert compared > 1000 and indexed > 0.6 * compared


# ------------------------------------------------------------------------- session 31's fast paths (speedA)

#: zero-width characters in paragraphs of every shape the spacer test meets (written here, modelled on a Webflow
#: spacer "<p>&zwj;</p>", a BOM left in a CMS's paragraph, comments inside paragraphs, a link beside the joiner)
ZERO_WIDTH_PAGE = """<html><body><div><p>\u200d</p><p> \u200b </p><p>Text\u200cwith a joiner</p>
<p><!-- c -->\ufeff</p><p>a<!-- c -->b\u200d<?pi x?>c</p><p><a href="/x">\u200d</a></p><p>\u200d<b>x</b></p>
<p></p><p><!-- \u200d --></p><p>plain</p><P>\u200b</P><div>\u200d</div><p>\u00ad</p></div></body></html>"""


def test_zero_width_paragraphs_are_the_expression_s() -> None:
    from crawler._prepare import _zero_width_paragraphs

    reference = etree.XPath("//p[not(*)][contains(., '\u200d') or contains(., '\u200b') or contains(., '\u200c') "
                            "or contains(., '\ufeff')]")
    # (lxml's own parser keeps the comments and processing instructions, which the crawler's parser drops)
    trees = [lxml.html.document_fromstring(ZERO_WIDTH_PAGE), *map(parse_html, [ZERO_WIDTH_PAGE, *PAGES])]
    for tree in trees:
        assert _zero_width_paragraphs(tree) == reference(tree)
    assert len(reference(trees[0])) == 6


def test_loose_text_containers_are_the_union_s() -> None:
    from crawler._prepare import _LOOSE_TEXT, _LOOSE_TEXT_PARENTS

    reference = etree.XPath("|".join(f"//{tag}[text()[normalize-space()]]" for tag in _LOOSE_TEXT_PARENTS))
    for page in PAGES:
        tree = parse_html(page)
        assert _LOOSE_TEXT(tree) == reference(tree)


def test_has_phrase_answers_as_the_loop_over_every_position() -> None:
    import random

    from crawler._clutter import _PHRASE_NEGATORS, _PHRASES_BY_LEN, CLUTTER_PHRASES, _has_phrase

    def reference(tokens: list[str]) -> bool:
        n = len(tokens)
        return any(tuple(tokens[i:i + k]) in phrases and not (i and tokens[i - 1] in _PHRASE_NEGATORS)
                   for k, phrases in _PHRASES_BY_LEN.items() for i in range(n - k + 1))

    words = sorted({w for p in CLUTTER_PHRASES for w in p} | _PHRASE_NEGATORS | {"content", "x"})
    rnd = random.Random(31)
    for _ in range(20_000):
        tokens = [rnd.choice(words) for _ in range(rnd.randint(0, 6))]
        if rnd.random() < 0.5:
            at = rnd.randint(0, len(tokens))
            tokens[at:at] = rnd.choice(CLUTTER_PHRASES)
        assert _has_phrase(tokens) == reference(tokens), tokens


def test_clean_line_of_ascii_text_is_the_full_cleaning_s() -> None:
    import unicodedata

    from crawler._text import _CONTROL, _MULTI_SPACE, _SPACES, clean_line, strip_invisible

    def reference(text: str) -> str:
        text = text.translate(dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c"
                                                     "\u202d\u202e\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
                                                     "\u2069\u061c\u034f\u180e\ufff9\ufffa\ufffb")))
        text = _SPACES.sub(" ", _CONTROL.sub("", text)).replace("\n", " ")
        return _MULTI_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()

    lines = LINES + ["  a\tb\x00c\r\nd  ", "e\u0301\u200b", "x\u00a0\u00ady", "\x7f", "Caf\u00e9", "plain ascii"]
    for line in lines:
        assert clean_line(line) == reference(line), line
        if line.isascii():
            assert strip_invisible(line) is line


def test_names_icon_answers_as_the_expression() -> None:
    from crawler._boxes import _ICON, _names_icon

    values = ["/img/avatar-32.png", "ICON", "İcon", "ıcon", "x.SVG", "a.svgz", "a.svg?x", "Logo", "FLAG", "gravatar",
              ".ſvg", "photo.jpg", "", "Emoji: 😀", "Team badges", "flagship story", "logo\u0131"]
    for page in PAGES:
        tree = parse_html(page)
        values += [v for pic in tree.iter("img", "picture", "video") for n in ("class", "src", "alt", "id")
                   if (v := pic.get(n))]
    assert all(_names_icon(v) == (_ICON.search(v) is not None) for v in values)
