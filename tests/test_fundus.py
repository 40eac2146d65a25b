"""Site profiles against Fundus's real publisher pages (../shared/data/fundus; skipped when absent).

For every page whose host has a profile: title exact (whitespace-normalised), the same set of authors, the
same publishing instant, and the body's paragraphs in order with paragraph precision and recall >= 0.98.
The per-publisher table is printed at the end of the run.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bench.fundus import DEFAULT_DATA, PageResult, evaluate_page, load_pages, make_extractor

from .conftest import SHARED

RESULTS: list[PageResult] = []
# Page id -> {field: reason} for differences that are Fundus's, not ours (its expected output keeps a caption,
# misses a paragraph the page shows as article text …). Every entry needs a reason; it is printed, not hidden.
KNOWN: dict[str, dict[str, str]] = tomllib.loads(
    (Path(__file__).with_name("fundus_known.toml")).read_text(encoding="utf-8"))
_DATA = SHARED / "data" / "fundus"
_PAGES = load_pages(_DATA) if (_DATA / "manifest.json").exists() else []
_EXTRACTOR = make_extractor(True) if _PAGES else None
PROFILED = [p for p in _PAGES if _EXTRACTOR is not None and _EXTRACTOR.registry.for_url(p.url) is not None]


def test_fundus_data_present() -> None:
    if not _PAGES:
        pytest.skip(f"{DEFAULT_DATA} is not available (../shared absent)")
    assert len(_PAGES) > 200


@pytest.mark.parametrize("page", PROFILED, ids=[p.id for p in PROFILED])
def test_profiled_publisher_page(page) -> None:  # type: ignore[no-untyped-def]
    r = evaluate_page(page, _EXTRACTOR)
    RESULTS.append(r)
    known = KNOWN.get(page.id, {})
    problems = []
    if not r.title_ok and "title" not in known:
        problems.append(f"title: expected {page.expected.title!r}, got {r.got_title!r}")
    if not r.authors_ok and "authors" not in known:
        problems.append(f"authors: expected {page.expected.authors!r}, got {r.got_authors!r} (agency {r.got_agency!r})")
    if not r.date_ok and "date" not in known:
        problems.append(f"date: expected {page.expected.published!r}, got {r.got_date!r}")
    if not r.body_ok and "body" not in known:
        missing = [x for x in page.expected.paragraphs if x not in r.got_paragraphs][:3]
        extra = [x for x in r.got_paragraphs if x not in page.expected.paragraphs][:3]
        problems.append(f"body: paragraph P {r.precision:.3f} R {r.recall:.3f}; missing {missing}; extra {extra}")
    assert r.profile != "generic", f"profile missed the page ({r.profile})"
    assert not problems, "\n".join(problems)
