"""The storage interface every backend implements."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
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
    """Everything the crawl engine asks of a store: `crawl_urls` (fetch, extract, store, the frontier and the
    robots.txt cache), `crawl run` (`Runner`: discovery, the due URLs, sitemap indexes, the `runs` rows, batched
    writes) and the readers of articles. `SQLiteStore` is the embedded implementation; another backend (a shared
    PostgreSQL store) implements these methods and nothing else is called on it by the engine. What the `crawl`
    command's reports read beyond them (`crawl stats`, `crawl datasette`) is SQLite's own.

    Every method raises `StoreError` (one line) when the backend fails: disk full, locked past its timeout,
    closed. URLs are given normalised; times are ISO 8601 strings in UTC."""

    # -- articles ----------------------------------------------------------------------------------

    def save_article(self, article: Article, *, fetch: FetchResult | None = None, run_id: int | None = None,
                     signature: list[int] | None = None) -> SaveResult:
        """Store `article` (one row per canonical URL; a changed text keeps the earlier version) and file it under
        its story; `signature` is its body's MinHash fingerprint when already computed. `fetch`: the response
        it came from (final URL, ETag, Last-Modified)."""
        ...

    def get_article(self, key: int | str) -> Article | None:
        """The article with id `key`, or seen under the URL `key`; None when there is none."""
        ...

    def article_row(self, key: int | str) -> dict[str, Any] | None:
        """The stored row (every column) of the article `get_article` would give."""
        ...

    def iter_articles(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Stored articles' rows in id order, streamed; filters: site, since, until, language, dedup."""
        ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies, best first, with snippets."""
        ...

    # -- what happened to each URL -----------------------------------------------------------------

    def record_fetch(self, result: FetchResult, *, run_id: int | None = None) -> None:
        """One `fetches` record per attempt of `result` (status, error, bytes, time)."""
        ...

    def record_failure(self, url: str, kind: str, message: str, *, stage: str = "fetch",
                       run_id: int | None = None) -> None:
        """`url` gave no article: why (`kind`, a one-line `message`) and at which `stage` (fetch or extract)."""
        ...

    # -- the frontier: every URL with its state ------------------------------------------------------

    def frontier_add(self, found: Iterable[tuple[str, str | None]], *, kind: str = "article",
                     discovered_from: str | None = None, run_id: int | None = None) -> int:
        """Add (url, lastmod or None) pairs of `kind` (article, feed, sitemap, section) as state new, found in
        `discovered_from`; a known URL keeps its state (a newer lastmod is kept). Returns how many were new."""
        ...

    def frontier_get(self, url: str) -> dict[str, Any] | None:
        """The frontier row of `url` (url, host, kind, state, attempts, etag, last_modified, last_error …)."""
        ...

    def frontier_due(self, *, limit: int, max_failures: int, recrawl_window: float, recrawl_interval: float,
                     per_host_limit: dict[str, int] | None = None) -> list[DueUrl]:
        """At most `limit` article URLs to fetch now (at most `per_host_limit[host]` per host): new ones (newest
        first), failed ones tried fewer than `max_failures` times whose back-off has passed, stored articles
        published within `recrawl_window` seconds and not fetched for `recrawl_interval` seconds, and stored
        articles a feed or sitemap says changed since they were fetched."""
        ...

    def frontier_update(self, url: str, *, state: str, status: int | None = None, error_kind: str | None = None,
                        error: str | None = None, next_attempt_at: str | None = None, etag: str | None = None,
                        last_modified: str | None = None, article_id: int | None = None,
                        run_id: int | None = None, failed: bool = False, kind: str | None = None) -> None:
        """Record the outcome of fetching `url` (its row is created if missing): its `state` (done, failed,
        skipped, gone, blocked), HTTP status, error, validators for the next conditional request, the article
        stored. `failed` counts one more attempt (else the count starts again)."""
        ...

    def sitemap_children(self, url: str) -> list[str]:
        """The child sitemaps the sitemap index at `url` listed when last read, in its order."""
        ...

    def set_sitemap_children(self, url: str, children: list[str], *, run_id: int | None = None) -> None:
        """Remember the child sitemaps the index at `url` lists now; new ones join the frontier."""
        ...

    # -- the robots.txt cache ---------------------------------------------------------------------

    def robots_get(self, url: str) -> dict[str, Any] | None:
        """The cached robots.txt at `url` (one per origin): status, body, error, fetched_at, expires_at."""
        ...

    def robots_put(self, url: str, host: str, status: int | None, body: str | None, error: str | None,
                   ttl: float) -> None:
        """Cache the robots.txt at `url` for `ttl` seconds: its body (None: no rules), or why it could not be
        read (`error`: the origin is deferred until it expires)."""
        ...

    # -- runs and transactions --------------------------------------------------------------------

    def run_start(self, *, pid: int, config: str | None = None) -> int:
        """Open a `runs` record for a crawl run of process `pid`; returns its id."""
        ...

    def run_finish(self, run_id: int, *, state: str, exit_code: int, counts: dict[str, int],
                   failures_by_reason: dict[str, int], elapsed_s: float) -> None:
        """Close the run's record: finished, interrupted or failed, its exit code and counts."""
        ...

    def batch(self) -> AbstractContextManager[Any]:
        """A block whose writes are grouped in transactions, committed by `commit()` and when it ends."""
        ...

    def commit(self) -> None:
        """Inside `batch()`: make what was written so far durable."""
        ...

    @property
    def in_transaction(self) -> bool:
        """Writes are pending (inside `batch()`); False after an error that rolled them back."""
        ...

    def close(self) -> None:
        """Release the store (a closed store raises StoreError on every call)."""
        ...
