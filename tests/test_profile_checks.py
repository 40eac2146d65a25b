"""A load of the profiles remembers the patterns and CSS selectors it checked (crawler/profiles/_checked.py): a new
process's load takes them as checked (a pattern is compiled where it is first used) and still refuses a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from crawler.profiles import _selectors
from crawler.profiles._checked import CHECKED
from crawler.profiles._load import ProfileError, load_profiles, load_profiles_from
from crawler.profiles._regex import SafePattern
from crawler.profiles._selectors import compile_selectors

#: an invented site's profile; DROP is replaced by its drop patterns
PROFILE = """
[site]
name = "Harbour Gazette"
hosts = ["harbour-gazette.example"]
drop = [DROP]

[[layout]]
name = "2024"
body = ["div.story-text", "xpath://article//div[@data-part='text']"]
remove = [".share-row"]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """An empty cache directory, and the process's record as a new process finds it (read again from the cache
    on first use)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("CRAWLER_CACHE_DIR", str(directory))
    CHECKED.__init__()  # type: ignore[misc]
    yield directory
    CHECKED.__init__()  # type: ignore[misc]


def _site(tmp_path: Path, *drop: str) -> Path:
    directory = tmp_path / "profiles"
    directory.mkdir(exist_ok=True)
    text = PROFILE.replace("DROP", ", ".join(f"'{d}'" for d in drop))
    (directory / "harbour-gazette.example.toml").write_text(text, encoding="utf-8")
    return directory


def _patterns(obj: object, seen: set[int] | None = None) -> list[SafePattern]:
    """Every SafePattern reachable from `obj` (dataclasses, lists, tuples)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, SafePattern):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [p for x in obj for p in _patterns(x, seen)]
    fields = getattr(obj, "__dataclass_fields__", None)
    return [p for name in fields or () for p in _patterns(getattr(obj, name), seen)]


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"regex": 0, "css": 0}
    real_compile, real_css = regex.compile, _selectors._TRANSLATOR.css_to_xpath

    def compile_(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts["regex"] += 1
        return real_compile(*args, **kwargs)

    def css(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts["css"] += 1
        return real_css(*args, **kwargs)

    monkeypatch.setattr(regex, "compile", compile_)
    monkeypatch.setattr(_selectors._TRANSLATOR, "css_to_xpath", css)
    return counts


def test_a_second_load_takes_what_the_first_checked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counting(monkeypatch)
    first = load_profiles()
    assert counts["regex"] > 100 and counts["css"] > 100
    assert len(list(cache.glob("profile-checks-*.json"))) == 1
    patterns = _patterns(first)
    assert len(patterns) > 100

    CHECKED.__init__()  # type: ignore[misc]  (a new process)
    counts.update(regex=0, css=0)
    second = load_profiles()
    # (the load itself matches a site's test URLs against its article pattern: those it compiles)
    tried = {p.article_url for p in second if p.test_urls}
    assert counts == {"regex": len(tried), "css": 0}
    assert [p.pattern for p in _patterns(second)] == [p.pattern for p in patterns]
    assert not any(p.compiled for p in _patterns(second) if p not in tried)
    assert second == first  # (the same selectors, XPath and all)
    # the extraction fork server compiles them all for its workers
    assert compile_selectors(second) >= len(patterns)
    assert all(p.compiled for p in _patterns(second))


def test_a_pattern_compiled_on_first_use_matches_as_one_compiled_at_load(cache: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, r"(?i)read more:.*", r"Photo: \w+( \w+)?")
    loaded = load_profiles_from([site])
    CHECKED.__init__()  # type: ignore[misc]
    lazy = load_profiles_from([site])
    for a, b in zip(_patterns(loaded), _patterns(lazy), strict=True):
        assert not b.compiled
        for line in ("Read More: the council's budget", "Photo: Jana Roth", "Photo:", "The mayor spoke."):
            assert bool(a.fullmatch(line)) == bool(b.fullmatch(line))
            assert bool(a.search(line)) == bool(b.search(line))
        assert b.compiled


@pytest.mark.parametrize("bad", [r"(a|aa)+$", r"unclosed (group"])
def test_a_bad_pattern_is_refused_every_time(cache: Path, tmp_path: Path, bad: str) -> None:
    site = _site(tmp_path, r"Photo: \w+", bad)
    for _ in range(2):
        CHECKED.__init__()  # type: ignore[misc]
        with pytest.raises(ProfileError):
            load_profiles_from([site])
    CHECKED.__init__()  # type: ignore[misc]
    assert not CHECKED.pattern(bad)  # (a failed load writes nothing, and a bad pattern is never listed)


def test_a_bad_selector_is_refused_every_time(cache: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, r"Photo: \w+")
    load_profiles_from([site])
    text = (site / "harbour-gazette.example.toml").read_text(encoding="utf-8")
    (site / "harbour-gazette.example.toml").write_text(text.replace(".share-row", "div..share[["), encoding="utf-8")
    for _ in range(2):
        CHECKED.__init__()  # type: ignore[misc]
        with pytest.raises(ProfileError, match="share"):
            load_profiles_from([site])


def test_a_damaged_entry_is_no_entry(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _site(tmp_path, r"Photo: \w+")
    load_profiles_from([site])
    (entry,) = cache.glob("profile-checks-*.json")
    for damage in ('{"patterns": [1, 2], "xpaths": {}}', "[]", "{not json"):
        entry.write_text(damage, encoding="utf-8")
        CHECKED.__init__()  # type: ignore[misc]
        counts = _counting(monkeypatch)
        (profile,) = load_profiles_from([site])
        assert counts["regex"] == 1 and counts["css"] == 2
        assert all(p.compiled for p in _patterns(profile))
        monkeypatch.undo()
        monkeypatch.setenv("CRAWLER_CACHE_DIR", str(cache))
