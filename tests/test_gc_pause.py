"""The cyclic garbage collector is paused while a page is extracted (crawler/_gcpause.py): off during the call,
back as the caller had it afterwards however the call ends, and the pause frees nothing late, because an
extraction makes no reference cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import crawler
import crawler._extract as extract_module
from crawler import Extractor, ExtractionError
from crawler._html import parse_html
from tests.conftest import ROOT

PAGE = """<!doctype html><html lang="en"><head><title>Harbour ferry returns after winter</title></head><body>
<article><h1>Harbour ferry returns after winter</h1>
<p>The small ferry that links the two halves of the old harbour town went back into service on Saturday morning,
after four months in dry dock for a new engine and a repainted hull.</p>
<p>Its crew of three said the first crossings were full of residents who had taken the long road round the bay
since November, and that the timetable will keep its summer hours until the end of September.</p>
</article></body></html>"""


@pytest.fixture()
def collector_state() -> Iterator[None]:
    """The collector as the test found it, whatever the test does to it."""
    was = gc.isenabled()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector was on, each time the extraction read a page's metadata."""
    seen: list[bool] = []
    original = extract_module.extract_metadata

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(extract_module, "extract_metadata", recording)
    return seen


def test_off_during_the_extraction_and_on_again_after(collector_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _recording(monkeypatch)
    gc.enable()
    article = crawler.extract_article(PAGE, "https://harbour-news.example/2026/ferry")
    assert "dry dock" in article.body
    assert seen == [False]
    assert gc.isenabled()


def test_the_tree_entry_point_pauses_too(collector_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _recording(monkeypatch)
    gc.enable()
    Extractor().extract_tree(parse_html(PAGE), "https://harbour-news.example/2026/ferry")
    assert seen == [False]
    assert gc.isenabled()


def test_on_again_after_a_failed_extraction(collector_state: None) -> None:
    gc.enable()
    with pytest.raises(ExtractionError):
        crawler.extract_article("%PDF-1.7 not a page at all", "https://harbour-news.example/file.pdf")
    assert gc.isenabled()
    with pytest.raises(TypeError):
        crawler.extract_article(12345)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_a_caller_that_keeps_it_off_finds_it_off(collector_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _recording(monkeypatch)
    gc.disable()
    crawler.extract_article(PAGE, "https://harbour-news.example/2026/ferry")
    assert seen == [False]
    assert not gc.isenabled()


def _pages() -> list[tuple[str, str]]:
    """The fixture pages, and every eighth of the benchmarks' real pages under their own URLs (profiles apply),
    or of their invented stand-ins when ../shared is absent."""
    from bench.perf import real_pages

    pages = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in sorted((ROOT / "fixtures").glob("*/*.html"))]
    return pages + [(url, html.decode("utf-8", errors="replace")) for url, html in real_pages()[::8]]


def test_an_extraction_makes_no_reference_cycles(collector_state: None) -> None:
    """What the pause rests on: everything an extraction makes is freed by reference counting, so a collection
    right after it finds nothing (were there cycles, they would be garbage the pause leaves for later)."""
    pages = _pages()
    assert len(pages) >= 10
    crawler.preload()
    crawler.extract_article(PAGE)  # (the first call's lazily built data is no garbage either, but built here)
    gc.collect()
    cyclic: list[str] = []
    for name, html in pages:
        try:
            crawler.extract_article(html, name if "://" in name else None)
        except ExtractionError:
            pass
        found = gc.collect()
        if found:
            cyclic.append(f"{name}: {found}")
    assert cyclic == []
