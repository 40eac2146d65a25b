"""What a site profile is, once loaded and validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ._regex import SafePattern
from ._selectors import ElementSelector, ValueSource


@dataclass(frozen=True)
class ItemRule:
    """Structured items read from repeated elements (aggregator source cards, citations)."""

    item: ElementSelector
    fields: dict[str, ValueSource]


@dataclass(frozen=True)
class Layout:
    """One version of a site's markup. Layouts are tried newest first; the first whose body matches wins."""

    name: str
    until: date | None
    body: tuple[ElementSelector, ...]
    body_mode: str = "first"  # first: the first match with enough text; all: every match, in order
    min_body_chars: int = 150
    title: tuple[ValueSource, ...] = ()
    subtitle: tuple[ValueSource, ...] = ()
    authors: tuple[ValueSource, ...] = ()
    published: tuple[ValueSource, ...] = ()
    updated: tuple[ValueSource, ...] = ()
    image: tuple[ValueSource, ...] = ()
    section: tuple[ValueSource, ...] = ()
    tags: tuple[ValueSource, ...] = ()
    remove: tuple[ElementSelector, ...] = ()
    keep: tuple[ElementSelector, ...] = ()
    drop: tuple[SafePattern, ...] = ()
    key_points: tuple[ElementSelector, ...] = ()
    key_points_in_body: bool = True
    notes_after: SafePattern | None = None
    sources: ItemRule | None = None
    citations: ItemRule | None = None
    citation_marker: SafePattern | None = None
    generic_clutter: bool = True
    hook: str | None = None


@dataclass(frozen=True)
class FetchHints:
    headers: dict[str, str] = field(default_factory=dict)
    delay: float | None = None
    concurrency: int | None = None
    user_agent: str | None = None


@dataclass(frozen=True)
class Discovery:
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    """A site profile: which hosts it covers, how to read its pages, how to fetch and discover them."""

    id: str  # the file's stem, e.g. "apnews.com"
    name: str
    path: Path
    hosts: tuple[str, ...]
    layouts: tuple[Layout, ...]
    article_url: SafePattern | None = None
    timezone: str | None = None
    language: str | None = None
    test_urls: tuple[str, ...] = ()
    drop: tuple[SafePattern, ...] = ()  # applied under every layout
    fetch: FetchHints = field(default_factory=FetchHints)
    discovery: Discovery = field(default_factory=Discovery)

    def matches_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_url.search(url)) if self.article_url else True

    def label(self, layout: Layout) -> str:
        return f"{self.id}@{layout.name}"
