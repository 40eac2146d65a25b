"""A new process reads the line patterns' analysis from the cache an earlier one wrote, and compiles a line pattern
only when it is first tried; a cache that cannot be used is no cache, never an error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from crawler import _cache
from crawler._clutter import _LINE_PATTERNS, _ByFirstChar, _LazyLine

PATTERNS = [p for p in _LINE_PATTERNS if isinstance(p, str)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("CRAWLER_CACHE_DIR", str(directory))
    return directory


def filing(index: _ByFirstChar) -> tuple[object, ...]:
    """What an index files where, by the patterns' sources."""
    by_char = {char: (sorted(p.source for p in always), {w: sorted(p.source for p in ps) for w, ps in by_word.items()})
               for char, (always, by_word) in index._by_char.items()}
    by_word = {w: sorted(p.source for p in ps) for w, ps in index._classes_by_word.items()}
    return by_char, by_word, index._classes.pattern, sorted(index.words)


def test_the_analysis_is_read_back_from_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _ByFirstChar(PATTERNS)
    entries = list(cache.glob("line-patterns-*.json"))
    assert len(entries) == 1
    analysed: list[str] = []
    real = _ByFirstChar._analysed

    def counting(pattern: str):  # type: ignore[no-untyped-def]
        analysed.append(pattern)
        return real(pattern)

    monkeypatch.setattr(_ByFirstChar, "_analysed", staticmethod(counting))
    again = _ByFirstChar(PATTERNS)
    assert analysed == []  # nothing analysed again
    assert filing(again) == filing(fresh)
    assert len(filing(fresh)[0]) > 40  # (the comparison compares something)
    # other patterns are another entry: the cached analysis of these is never taken for theirs
    _ByFirstChar(PATTERNS[:-1])
    assert len(analysed) == len(PATTERNS) - 1
    assert len(list(cache.glob("line-patterns-*.json"))) == 2


def test_a_damaged_or_unwritable_cache_is_no_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = filing(_ByFirstChar(PATTERNS))
    (entry,) = cache.glob("line-patterns-*.json")
    for damage in ("{not json", "[]", '[["a", ["b"]]]', ""):
        entry.write_text(damage, encoding="utf-8")
        assert filing(_ByFirstChar(PATTERNS)) == fresh
        assert entry.read_text(encoding="utf-8") != damage  # analysed again and written anew
    monkeypatch.setenv("CRAWLER_CACHE_DIR", str(entry))  # a file where the directory should be
    assert filing(_ByFirstChar(PATTERNS)) == fresh
    if os.geteuid() != 0:  # (root writes anywhere)
        locked = cache.parent / "locked"
        locked.mkdir(mode=0o500)
        monkeypatch.setenv("CRAWLER_CACHE_DIR", str(locked / "crawler"))
        assert filing(_ByFirstChar(PATTERNS)) == fresh


def test_only_the_newest_entries_of_a_kind_are_kept(cache: Path) -> None:
    for i in range(6):
        _cache.store(_cache.key_of("line-patterns", [str(i)]), [i])
        os.utime(cache / _cache.key_of("line-patterns", [str(i)]), (1_000_000 + i, 1_000_000 + i))
    _cache.store(_cache.key_of("other", ["x"]), 1)
    kept = sorted(p.name for p in cache.glob("line-patterns-*.json"))
    assert kept == sorted(_cache.key_of("line-patterns", [str(i)]) for i in (2, 3, 4, 5))
    assert _cache.load(_cache.key_of("other", ["x"])) == 1
    assert not list(cache.glob(".tmp-*"))


def test_the_cache_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CRAWLER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _cache.cache_dir() == tmp_path / "xdg" / "crawler"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert _cache.cache_dir() == tmp_path / "home" / ".cache" / "crawler"


def test_a_line_pattern_is_compiled_when_first_tried() -> None:
    lazy = _LazyLine(r"sign up for (our|the) \w+ newsletter")
    assert lazy.match.__self__ is lazy  # not compiled yet
    assert lazy.match("Sign up for our morning newsletter") is not None
    assert lazy.match.__self__.pattern == lazy.source  # now the compiled pattern's own method
    assert lazy.match("Sign up for our morning newsletter and more") is None  # a whole line, ignoring case
    assert _LazyLine("x").match("X") is not None


def test_the_fork_server_compiles_every_line_pattern() -> None:
    import subprocess

    code = ("import crawler._clutter as c, crawler._preload\n"
            "index = c.line_index()\n"
            "lazy = [p for p in index.starting.filed + [p for _, p in index.scanning] if p.match.__self__ is p]\n"
            "print(len(index.starting.filed), len(lazy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 200 and out[1] == "0"


def test_a_process_compiles_only_the_line_patterns_it_tries() -> None:
    import subprocess

    code = ("import crawler._clutter as c\n"
            "index = c.line_index()\n"
            "patterns = index.starting.filed + [p for _, p in index.scanning]\n"
            "print(c.is_clutter_line('Sign up for our newsletter'), c.is_clutter_line('The council met on Monday.'))\n"
            "print(len(patterns), sum(p.match.__self__ is not p for p in patterns))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[:2] == ["True", "False"]
    assert int(out[2]) > 300 and 1 <= int(out[3]) < int(out[2]) // 4
