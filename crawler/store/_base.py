"""The storage interface every backend implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .._article import Article
from .._fetch import FetchResult


@dataclass(frozen=True)
class SaveResult:
    article_id: int
    #: new (first time seen), duplicate (new row, but the same body is already stored at another URL:
    #: `duplicate_of` points at it), updated (the body, headline or subtitle changed; the old version kept),
    #: unchanged (the same text; other fields the page now gives, such as authors or dates, written over)
    status: str
    #: the id of the cluster's head (the earliest-published copy of the story) and this article's
    #: estimated similarity to it
    cluster_id: int | None = None
    similarity: float | None = None
    #: a new article filed under a story already stored (a near or exact copy of it)
    joined: bool = False
    #: the page showed only a teaser of the stored text (behind a paywall now): the stored text was kept, and
    #: the status is unchanged
    teaser: bool = False


@dataclass(frozen=True, slots=True)
class DueUrl:
    """A frontier URL to fetch now (see `frontier_due`): small, as a run holds every one it will fetch."""

    url: str
    host: str
    #: new, failed (its back-off has passed) or done (a re-fetch: sent as a conditional request)
    state: str
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 0


class Store(Protocol):
    def save_article(self, article: Article, *, fetch: FetchResult | None = None, run_id: int | None = None,
                     signature: list[int] | None = None) -> SaveResult: ...

    def record_fetch(self, result: FetchResult, *, run_id: int | None = None) -> None: ...

    def record_failure(self, url: str, kind: str, message: str, *, run_id: int | None = None) -> None: ...

    def get_article(self, key: int | str) -> Article | None: ...

    def article_row(self, key: int | str) -> dict[str, Any] | None: ...

    def iter_articles(self, **filters: Any) -> Iterator[dict[str, Any]]: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...
