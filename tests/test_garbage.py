"""An extraction leaves no reference cycles behind.

Reference counting frees a page's objects the moment the extraction returns, the parsed tree with them (a few
MB of C memory on a large page). An object in a reference cycle waits for the cyclic collector instead, and so
does everything it refers to: one closure that calls itself, holding an element, used to keep every page's tree
alive until the next collection. Each fixture page (profiled and generic) is extracted with the collector off;
a collection afterwards must find nothing to free.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from crawler import Extractor
from crawler._fixtures import Fixture, iter_fixtures

from .test_fast_paths import EDGE_PAGE


def _fixtures() -> list[Fixture]:
    return list(iter_fixtures())


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector off for the test (which collects, itself, what is left before the extractions it counts)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda f: f.id)
def test_extraction_leaves_no_cyclic_garbage(fixture: Fixture, collector_off: None) -> None:
    extractor = Extractor()
    extractor.extract(fixture.html(), fixture.url)  # loads what is loaded once per process
    gc.collect()
    for _ in range(3):
        article = extractor.extract(fixture.html(), fixture.url)
        assert article.body
    assert gc.collect() == 0


def test_edge_page_leaves_no_cyclic_garbage(collector_off: None) -> None:
    extractor = Extractor()
    extractor.extract(EDGE_PAGE, "https://site.example/a")
    gc.collect()
    extractor.extract(EDGE_PAGE, "https://site.example/a")
    assert gc.collect() == 0
