"""Fixtures: saved pages with the output they must give, one directory per site.

    fixtures/<site>/<name>.html            the page (its first comment says what it is modelled on)
    fixtures/<site>/<name>.expected.json   {"url": …, "fields": {field: value, …}, "clutter": [line, …]}

`fields` are compared exactly with the extracted `Article.to_dict()`; every `clutter` line must be absent
from the article's text fields (body, title, subtitle, key points, notes). `<site>` is the profile id (the
profile file's stem) or any name for pages with no profile.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._article import Article
from ._errors import ExtractionError
from ._extract import Extractor
from ._resources import resource_dir

TEXT_FIELDS = ("title", "subtitle", "body", "key_points", "notes")


@dataclass
class Fixture:
    site: str
    name: str
    html_path: Path
    expected_path: Path
    url: str | None
    fields: dict[str, Any]
    clutter: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.site}/{self.name}"

    def html(self) -> bytes:
        return self.html_path.read_bytes()


@dataclass
class FixtureResult:
    fixture: Fixture
    ok: bool
    problems: list[str]
    article: Article | None = None

    @property
    def first_difference(self) -> str | None:
        return self.problems[0] if self.problems else None


def default_fixture_dir() -> Path | None:
    return resource_dir("fixtures")


class FixtureError(ValueError):
    """A fixture cannot be used (unreadable, malformed, without its page, testing nothing). One line naming the
    file."""


def load_fixture(expected_path: Path) -> Fixture:
    """The fixture whose expected output is at `expected_path`; raises FixtureError saying what is wrong."""
    try:
        data = json.loads(expected_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FixtureError(f"{expected_path}: cannot read: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FixtureError(f"{expected_path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise FixtureError(f"{expected_path}: expected a JSON object with url, fields and clutter")
    name = expected_path.name[: -len(".expected.json")]
    html_path = expected_path.with_name(name + ".html")
    if not html_path.is_file():
        raise FixtureError(f"{expected_path}: no page {html_path.name} beside it")
    unknown = set(data) - {"url", "fields", "clutter", "comment"}
    if unknown:
        raise FixtureError(f"{expected_path}: unknown keys {sorted(unknown)}")
    fields, clutter = data.get("fields") or {}, data.get("clutter") or []
    if not isinstance(fields, dict):
        raise FixtureError(f"{expected_path}: fields: expected an object of field: value")
    if not isinstance(clutter, list) or not all(isinstance(c, str) and c for c in clutter):
        raise FixtureError(f"{expected_path}: clutter: expected a list of lines (strings)")
    if not fields and not clutter:
        raise FixtureError(f"{expected_path}: compares nothing (no fields, no clutter lines)")
    if data.get("url") is not None and not isinstance(data["url"], str):
        raise FixtureError(f"{expected_path}: url: expected a string")
    return Fixture(
        site=expected_path.parent.name,
        name=name,
        html_path=html_path,
        expected_path=expected_path,
        url=data.get("url"),
        fields=dict(fields),
        clutter=list(clutter),
    )


def fixture_paths(root: Path | None = None, site: str | None = None) -> list[Path]:
    """The expected-output files of SITE's fixtures (every site's by default), in order."""
    root = root or default_fixture_dir()
    if root is None or not root.is_dir():
        return []
    dirs = [root / site] if site else sorted(p for p in root.iterdir() if p.is_dir())
    return [path for d in dirs if d.is_dir() for path in sorted(d.glob("*.expected.json"))]


def iter_fixtures(root: Path | None = None, site: str | None = None) -> Iterator[Fixture]:
    for path in fixture_paths(root, site):
        yield load_fixture(path)


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_text_difference(expected: str, got: str) -> str:
    exp_paras, got_paras = expected.split("\n\n"), got.split("\n\n")
    for i, (e, g) in enumerate(zip(exp_paras, got_paras)):
        if e != g:
            return f"paragraph {i + 1}: expected {_short(e)}, got {_short(g)}"
    if len(exp_paras) > len(got_paras):
        return f"paragraph {len(got_paras) + 1} missing: expected {_short(exp_paras[len(got_paras)])}"
    return f"extra paragraph {len(exp_paras) + 1}: {_short(got_paras[len(exp_paras)])}"


def compare(article: Article, fixture: Fixture) -> list[str]:
    """Every difference between the article and the fixture's expectations, most useful first."""
    got = article.to_dict()
    problems: list[str] = []
    for key, expected in fixture.fields.items():
        if key not in got:
            problems.append(f"{key}: not an Article field")
            continue
        if got[key] != expected:
            if key == "body" and isinstance(expected, str) and isinstance(got[key], str):
                problems.append(f"body: {_first_text_difference(expected, got[key])}")
            else:
                problems.append(f"{key}: expected {_short(expected)}, got {_short(got[key])}")
    return problems + leaked_clutter(got, fixture.clutter)


def leaked_clutter(got: dict[str, Any], clutter: list[str]) -> list[str]:
    """A problem for each of the `clutter` lines found in the text fields of an article (`to_dict()`)."""
    texts = []
    for key in TEXT_FIELDS:
        value = got.get(key)
        texts += value if isinstance(value, list) else [value or ""]
    blob = "\n".join(texts)
    return [f"clutter reached the article: {_short(line)}" for line in clutter if line in blob]


def check_fixture(fixture: Fixture, extractor: Extractor | None = None) -> FixtureResult:
    extractor = extractor or Extractor()
    try:
        article = extractor.extract(fixture.html(), fixture.url)
    except Exception as exc:  # report, don't crash the checker
        return FixtureResult(fixture, False, [f"extraction failed: {exc}"])
    problems = compare(article, fixture)
    return FixtureResult(fixture, not problems, problems, article)


DEFAULT_FIELDS = (
    "canonical_url", "site", "title", "subtitle", "authors", "agency", "published_at", "updated_at",
    "language", "dateline", "body", "key_points", "notes", "sources", "citations", "access", "profile",
    "profile_miss",
)


def write_expected(path: Path, url: str | None, article: Article, clutter: list[str] | None = None,
                   fields: tuple[str, ...] | None = None, comment: str | None = None) -> None:
    """Write an expected-output file from an article (for `crawl fixture record` / `--update`)."""
    data = article.to_dict()
    keys = fields or DEFAULT_FIELDS
    payload: dict[str, Any] = {"url": url}
    if comment:
        payload["comment"] = comment
    payload["fields"] = {k: data[k] for k in keys}
    payload["clutter"] = clutter or []
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def update_expected(fixture: Fixture, extractor: Extractor | None = None) -> list[str]:
    """Rewrite a fixture's expected fields from the current output (after a reviewed change), keeping its URL,
    its clutter lines and the set of fields it compares; returns the differences it replaced. Raises
    FixtureError (nothing written) when the page gives no article or one of its clutter lines reached it: the
    fixture would fail its own check."""
    extractor = extractor or Extractor()
    try:
        article = extractor.extract(fixture.html(), fixture.url)
    except ExtractionError as exc:
        raise FixtureError(f"{fixture.html_path}: {exc}") from None
    leaked = leaked_clutter(article.to_dict(), fixture.clutter)
    if leaked:
        raise FixtureError(f"{fixture.expected_path}: {leaked[0]}; not updated (fix the profile, or the clutter list)")
    before = compare(article, fixture)
    raw = json.loads(fixture.expected_path.read_text(encoding="utf-8"))
    write_expected(fixture.expected_path, fixture.url, article, fixture.clutter,
                   tuple(fixture.fields) or None, raw.get("comment"))
    return before
