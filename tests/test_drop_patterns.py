"""A profile's drop patterns are matched as one alternation (profiles/_regex.FullmatchAny): a line is dropped exactly
when one of the patterns, matched alone, fullmatches it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from crawler.profiles import default_registry
from crawler.profiles._regex import FullmatchAny, _branch, compile_line_pattern

ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    """Lines to try: every text line of the fixtures' pages and expected articles, each also in capitals and with a
    trailing space (so that case-blind and anchored patterns are tried both ways)."""
    out: set[str] = set()
    for path in (ROOT / "fixtures").rglob("*"):
        if path.suffix == ".html":
            text = html.unescape(re.sub(r"<[^>]+>", "\n", path.read_text(encoding="utf-8", errors="replace")))
        elif path.suffix == ".json":
            text = "\n".join(str(v) for v in json.loads(path.read_text(encoding="utf-8")).values())
        else:
            continue
        for line in text.splitlines():
            line = line.strip()
            if 0 < len(line) <= 300:
                out.update((line, line.upper(), line + " "))
    return sorted(out)


LINES = _lines()
DROPS = sorted({layout.drop for p in default_registry().profiles for layout in p.layouts if layout.drop},
               key=lambda d: [p.pattern for p in d])


def test_the_fixtures_give_lines_that_drop_patterns_match() -> None:
    # (the comparison below only means something if some lines are dropped)
    hits = sum(any(p.fullmatch(line) for p in drop) for drop in DROPS for line in LINES)
    assert len(LINES) > 1000 and hits > 20


@pytest.mark.parametrize("drop", DROPS, ids=lambda d: d[0].pattern[:30])
def test_one_alternation_drops_what_the_patterns_drop_one_by_one(drop: tuple) -> None:  # type: ignore[type-arg]
    joined = FullmatchAny(drop)
    for line in LINES:
        assert joined(line) == any(p.fullmatch(line) for p in drop), line


def test_patterns_that_cannot_be_joined_are_tried_apart() -> None:
    patterns = [compile_line_pattern(p) for p in (r"(?i)more from (\w+): \1", r"(?i)^share this( story)?$",
                                                  r"(?xi) photo \s : \s .*", r"Advertisement", r"(?P<n>AD)")]
    assert [_branch(p.pattern) is None for p in patterns] == [True, False, True, False, True]
    joined = FullmatchAny(patterns)
    for line, dropped in [("More from Jana: Jana", True), ("More from Jana: Tom", False), ("SHARE THIS STORY", True),
                          ("Photo : Tom Roe", True), ("Photo: Tom", False), ("advertisement", False),
                          ("Advertisement", True), ("AD", True), ("The council met.", False)]:
        assert joined(line) is dropped, line
        assert any(p.fullmatch(line) for p in patterns) is dropped, line
