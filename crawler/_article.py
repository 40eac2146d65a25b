"""The `Article` record: what extraction produces and the store keeps."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Source:
    """One outlet's coverage of a story on an aggregator page (Ground News cards and the like)."""

    outlet: str
    url: str | None = None
    headline: str | None = None
    bias: str | None = None


@dataclass
class Citation:
    """A numbered reference on an aggregator page: the marker "[3]" in the text points at `number`."""

    number: int
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass
class Article:
    """A clean, normalized article.

    `body` is plain text, paragraphs separated by one blank line. Dates are ISO 8601 with an offset.
    List fields are always lists (empty when not applicable), never None.
    """

    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    published_at: str | None = None
    updated_at: str | None = None
    language: str | None = None
    dateline: str | None = None
    body: str = ""
    key_points: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    access: str = "unknown"
    word_count: int = 0
    reading_time: int = 0
    content_hash: str | None = None
    profile: str = "generic"
    profile_miss: bool = False

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field (nested records as dicts)."""
        return dataclasses.asdict(self)

    def to_json(self, **kwargs: Any) -> str:
        """`to_dict()` as JSON; keyword arguments go to `json.dumps` (non-ASCII is written as it is unless
        `ensure_ascii=True`)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """Rebuild an Article from `to_dict()` output. Keys this version does not know are ignored, in the
        sources and citations too (JSON written by a newer crawler); a list field given as None is empty."""
        kwargs = _known(cls, data)
        for name in _LIST_FIELDS:
            if name in kwargs and kwargs[name] is None:
                kwargs[name] = []
        kwargs["sources"] = [s if isinstance(s, Source) else Source(**_known(Source, s))
                             for s in kwargs.get("sources") or []]
        kwargs["citations"] = [c if isinstance(c, Citation) else Citation(**_known(Citation, c))
                               for c in kwargs.get("citations") or []]
        return cls(**kwargs)


#: Article's list fields: never None
_LIST_FIELDS = ("authors", "key_points", "notes", "sources", "citations", "tags")


def _known(record: type, data: dict[str, Any]) -> dict[str, Any]:
    """The items of `data` that are fields of the dataclass `record`."""
    names = {f.name for f in dataclasses.fields(record)}
    return {k: v for k, v in data.items() if k in names}
