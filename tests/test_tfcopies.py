"""The stand-in for trafilatura's `_prepare_tree` (crawler/_tfcopies.py): in place in the installed trafilatura, the
same extraction as trafilatura's own function in the mode it serves (on a hand-made page and on the real pages
under ../shared when present), and trafilatura's own function in every other mode."""

from __future__ import annotations

import contextlib
import functools
import types
from collections.abc import Iterator

import pytest
import trafilatura
import trafilatura.core

import crawler._traf  # noqa: F401  (installs the stand-in)
from crawler import _tfcopies
from crawler._html import parse_html

from .conftest import shared_path

PAGE = """<html><head><title>A title</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share"><a href="#">Share</a></div>
<article><h1>The council votes on the bridge</h1>
<p>The city council voted on Tuesday to rebuild the old bridge over the river, ending two years of debate.</p>
<div class="comments"><p>First comment on this story, posted by a reader.</p></div>
<p>Work will start in the spring and last about eighteen months, the mayor told reporters after the vote.</p>
<ul><li>Cost: 12 million</li><li>Length: 140 metres</li></ul>
<p>Residents said they were relieved that a decision had finally been made about the crossing.</p>
</article><footer><p>Copyright 2025 The Paper</p></footer></body></html>"""


def _options(**kw: object) -> trafilatura.settings.Extractor:
    base: dict[str, object] = dict(output_format="python", fast=True, precision=True, comments=False, links=True,
                                   images=False, tables=True, dedup=False, with_metadata=False)
    base.update(kw)
    return trafilatura.settings.Extractor(**base)  # type: ignore[arg-type]


def _text(html: str, options: trafilatura.settings.Extractor) -> str | None:
    doc = trafilatura.bare_extraction(parse_html(html), options=options)
    return None if doc is None else doc.text


@contextlib.contextmanager
def _with(prepare: object) -> Iterator[None]:
    current = trafilatura.core._prepare_tree
    trafilatura.core._prepare_tree = prepare  # type: ignore[assignment]
    try:
        yield
    finally:
        trafilatura.core._prepare_tree = current


def _both(html: str, options: trafilatura.settings.Extractor) -> tuple[str | None, str | None]:
    stand_in = trafilatura.core._prepare_tree
    ours = _text(html, options)
    with _with(stand_in.__wrapped__):  # type: ignore[attr-defined]
        theirs = _text(html, options)
    return ours, theirs


def test_installed_in_place_of_trafilaturas_function() -> None:
    prepare = trafilatura.core._prepare_tree
    assert prepare.__wrapped__.__module__ == "trafilatura.core"  # type: ignore[attr-defined]
    assert _tfcopies.install() is True  # again: already there, nothing changes
    assert trafilatura.core._prepare_tree is prepare


def test_a_different_function_is_left_alone() -> None:
    def _prepare_tree(tree: object, options: object, url: object) -> tuple[object, object]:
        return tree, tree

    module = types.SimpleNamespace(_prepare_tree=_prepare_tree, tree_cleaning=None, convert_tags=None)
    assert _tfcopies.install(module) is False
    assert module._prepare_tree is _prepare_tree
    assert _tfcopies.install(types.SimpleNamespace()) is False
    # trafilatura's own _prepare_tree, but a trafilatura_sequence that may read what the copies kept: left alone
    original = trafilatura.core._prepare_tree.__wrapped__  # type: ignore[attr-defined]
    module = types.SimpleNamespace(_prepare_tree=original, tree_cleaning=None, convert_tags=None,
                                   trafilatura_sequence=_prepare_tree,
                                   _extract_and_compare=trafilatura.core._extract_and_compare)
    assert _tfcopies.install(module) is False
    assert module._prepare_tree is original
    # a function that wraps another is no stand-in already installed
    module = types.SimpleNamespace(_prepare_tree=functools.wraps(original)(lambda *a: original(*a)))
    assert _tfcopies.install(module) is False


@pytest.mark.parametrize("kw, skips", [
    ({}, True),
    ({"fast": False}, False),
    ({"precision": False}, False),
    ({"recall": True}, False),
    ({"comments": True}, False),
])
def test_only_the_fast_precision_mode_skips_the_copies(kw: dict[str, object], skips: bool) -> None:
    options = _options(**kw)
    assert _tfcopies.unread_copies(options) is skips
    # the stand-in installed on a module holding trafilatura's own function, with its cleaning step watched: the
    # stand-in cleans by itself only in the mode it serves, and hands every other mode to trafilatura's function
    cleaned: list[object] = []

    def tree_cleaning(tree: object, opts: object) -> object:
        cleaned.append(tree)
        return trafilatura.core.tree_cleaning(tree, opts)

    original = trafilatura.core._prepare_tree.__wrapped__  # type: ignore[attr-defined]
    module = types.SimpleNamespace(_prepare_tree=original, tree_cleaning=tree_cleaning,
                                   convert_tags=trafilatura.core.convert_tags,
                                   trafilatura_sequence=trafilatura.core.trafilatura_sequence,
                                   _extract_and_compare=trafilatura.core._extract_and_compare)
    assert _tfcopies.install(module) is True
    tree = parse_html(PAGE)
    converted, _ = module._prepare_tree(tree, options, None)
    assert (converted is tree) is skips and len(cleaned) == int(skips)
    ours, theirs = _both(PAGE, options)
    assert ours == theirs and ours and "rebuild the old bridge" in ours


def test_the_callers_tree_is_not_changed() -> None:
    tree = parse_html(PAGE)
    before = len(list(tree.iter()))
    trafilatura.bare_extraction(tree, options=_options())
    assert len(list(tree.iter())) == before
    assert tree.find(".//nav") is not None


@pytest.mark.shared
def test_real_pages_same_text_as_trafilaturas_own_function() -> None:
    from bench.perf import real_pages

    shared_path("data")  # skips when ../shared is absent
    options = _options()
    pages = real_pages()[::2]
    assert len(pages) > 100
    for _, html in pages:
        text = html.decode("utf-8", errors="replace")
        ours, theirs = _both(text, options)
        assert ours == theirs
