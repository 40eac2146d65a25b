"""Crawling a list of URLs: fetch -> extract -> store, every failure recorded, nothing raised.

This is the engine behind `crawl url`; `crawl run` feeds it URLs from its frontier.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ._article import Article
from ._dedup import fingerprint
from ._errors import ExtractionError
from ._fetch import Fetcher, FetchError, FetchResult, FetchSettings, validate_url
from ._mojibake import check_article as check_mojibake
from ._notarticle import refusal
from ._pool import ExtractConfig, ExtractPool
from ._robots import RobotsCache
from .store import Store, StoreError


@dataclass
class UrlOutcome:
    """What happened to one URL."""

    url: str
    ok: bool
    #: new, duplicate (the same body already stored at another URL), updated, unchanged, not_modified, or failed
    status: str
    kind: str | None = None
    reason: str | None = None
    article: Article | None = None
    article_id: int | None = None
    #: a new article filed under a story already stored (a near or exact copy of it)
    joined: bool = False
    #: the page showed only a teaser of the text already stored (behind a paywall now): the stored text was kept
    teaser: bool = False
    final_url: str | None = None
    fetch: FetchResult | None = field(default=None, repr=False)

    def line(self) -> str:
        """The one line `crawl url` prints for this URL."""
        if not self.ok:
            return f"{'FAILED':<10}{self.url}: {self.reason}"
        if self.status == "not_modified":
            return f"{'SAME':<10}{self.url} (not modified)"
        a = self.article
        assert a is not None
        bits = [f"{a.word_count} words"]
        if a.profile != "generic":
            bits.append(f"profile {a.profile}")
        if a.profile_miss:
            bits.append("PROFILE MISS")
        if a.access == "paywalled":
            bits.append("paywalled")
        if self.teaser:
            bits.append("only a teaser now: the stored text is kept")
        # the longest status (DUPLICATE, UNCHANGED) keeps a space before the URL
        return f"{self.status.upper():<10}{self.url} — {a.title or '(no title)'} ({', '.join(bits)})"


@dataclass
class CrawlOptions:
    fetch: FetchSettings = field(default_factory=FetchSettings)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    #: extraction worker processes; 0 extracts in this process
    workers: int = 0
    #: pages fetched at once
    concurrency: int = 8
    #: honour robots.txt, as `crawl run` does: a URL it disallows is not fetched and fails with kind `robots`
    #: (blocked), one whose robots.txt cannot be read with kind `robots_unavailable` (retried after a back-off).
    #: False fetches anyway (`crawl url --ignore-robots`, for a one-off)
    robots: bool = True


async def process_fetched(
    result: FetchResult,
    pool: ExtractPool,
    store: Store,
    run_id: int | None = None,
) -> UrlOutcome:
    """Extract and store one fetched page; record any failure."""
    url = result.url
    if not result.ok:
        assert result.error is not None
        store.record_failure(url, result.error.kind, result.error.message, stage="fetch", run_id=run_id)
        return UrlOutcome(url, False, "failed", result.error.kind, result.error.message,
                          final_url=result.final_url, fetch=result)
    if result.not_modified:
        return UrlOutcome(url, True, "not_modified", final_url=result.final_url, fetch=result)
    try:
        article, fp = await pool.extract_with_fingerprint(result.content, result.content_type, result.final_url)
    except ExtractionError as exc:
        store.record_failure(url, exc.kind, str(exc), stage="extract", run_id=run_id)
        return UrlOutcome(url, False, "failed", exc.kind, str(exc), final_url=result.final_url, fetch=result)
    problem = refusal(article, lambda: result.text)
    if problem:
        store.record_failure(url, problem[0], problem[1], stage="extract", run_id=run_id)
        return UrlOutcome(url, False, "failed", problem[0], problem[1], article=article,
                          final_url=result.final_url, fetch=result)
    # never mojibake stored silently: repaired when unambiguous (then re-fingerprinted), else refused
    body_before = article.body
    garbled = check_mojibake(article)
    if garbled:
        store.record_failure(url, "mojibake", garbled, stage="extract", run_id=run_id)
        return UrlOutcome(url, False, "failed", "mojibake", garbled, article=article,
                          final_url=result.final_url, fetch=result)
    if article.body != body_before:
        fp = fingerprint(article.body)
    if article.url is None:
        article.url = result.final_url
    saved = store.save_article(article, fetch=result, run_id=run_id, signature=fp)
    return UrlOutcome(url, True, saved.status, article=article, article_id=saved.article_id,
                      joined=saved.joined, teaser=saved.teaser, final_url=result.final_url, fetch=result)


async def fetch_allowed(fetcher: Fetcher, robots: RobotsCache, url: str) -> FetchResult:
    """Fetch `url` unless its robots.txt disallows it, or cannot be read (RFC 9309: then nothing may be
    fetched from the site for now): such a URL gets a failed result with the reason, and no request."""
    if validate_url(url) is None:  # an invalid URL fails in the fetcher, with its own reason
        decision = await robots.check(url)
        if not decision.allowed:
            kind = "robots_unavailable" if decision.unavailable else "robots"
            error = FetchError(kind, decision.reason or "disallowed by robots.txt", transient=decision.unavailable)
            return FetchResult(url=url, final_url=url, error=error)
    return await fetcher.fetch(url)


_GONE = {404, 410}
#: what a page is and stays: not retried. A page that gave no article this time (empty, no text, an error page,
#: a bot check, an access-denied page: what a site that blocks a crawler serves) is retried after a back-off
_NOT_RETRIED = ("extract", "not_html", "too_large", "invalid_url", "internal", "redirect", "private_address",
                "decoding", "mojibake")


#: the longest a failed URL waits before it is tried again, whatever the server asked: a Retry-After years
#: ahead (a date in 2099, a typo, a misconfigured server) would otherwise park the URL for good
MAX_BACKOFF = 24 * 3600.0


def backoff_until(attempts: int, retry_after: float | None = None) -> str:
    """When a URL that failed `attempts` times before may be tried again: 10 minutes, doubling; never sooner
    than the server's Retry-After; at most a day (MAX_BACKOFF) either way."""
    from datetime import datetime, timedelta, timezone

    seconds = 600.0 * (2 ** min(max(0, attempts), 16))
    if retry_after:
        seconds = max(seconds, retry_after)
    seconds = min(seconds, MAX_BACKOFF)
    return (datetime.now(timezone.utc) + timedelta(seconds=seconds)).isoformat(timespec="seconds")


def record_outcome(store: Store, outcome: UrlOutcome, *, attempts: int = 0, run_id: int | None = None) -> str:
    """Write a URL's outcome to the frontier (`urls`): done, gone (404/410, never retried), blocked (robots.txt),
    skipped (not an article page: not retried) or failed (retried after a back-off). Returns the state written."""
    result = outcome.fetch
    status = result.status if result is not None else None
    if outcome.ok:
        if outcome.status == "not_modified":
            return "done"
        store.frontier_update(outcome.url, state="done", status=status, etag=result.etag if result else None,
                              last_modified=result.last_modified if result else None,
                              article_id=outcome.article_id, run_id=run_id)
        return "done"
    if status in _GONE:
        state, next_at = "gone", None
    elif outcome.kind == "robots":  # as `crawl run` files it: never fetched while robots.txt says so
        state, next_at = "blocked", None
    elif outcome.kind in _NOT_RETRIED:
        state, next_at = "skipped", None
    else:
        retry_after = None
        if result is not None and "retry-after" in result.headers:
            from ._fetch import parse_retry_after

            retry_after = parse_retry_after(result.headers.get("retry-after"))
        state, next_at = "failed", backoff_until(attempts, retry_after)
    store.frontier_update(outcome.url, state=state, status=status, error_kind=outcome.kind, error=outcome.reason,
                          next_attempt_at=next_at, run_id=run_id, failed=True)
    return state


def _distinct(urls: Iterable[str]) -> list[str]:
    """The URLs, each once (spaces around one do not make another), in the order first given; a TypeError naming
    the first item that is not a str (None, bytes, a number), which no URL is."""
    seen: dict[str, str] = {}
    for i, url in enumerate(urls):
        if not isinstance(url, str):
            raise TypeError(f"crawl_urls: each URL must be a str, not {type(url).__name__} (item {i}: {url!r:.80})")
        seen.setdefault(url.strip(), url)
    return list(seen.values())


async def crawl_urls_async(
    urls: Iterable[str],
    store: Store,
    options: CrawlOptions | None = None,
    *,
    on_outcome: Callable[[UrlOutcome], None] | None = None,
    run_id: int | None = None,
) -> list[UrlOutcome]:
    """Fetch, extract and store each URL, once: one outcome per distinct URL, in the order first given (a URL
    given twice is crawled once). Never raises for a bad URL or page. Raises before anything is fetched: a
    TypeError for `urls` given as one string (which would be crawled letter by letter) or holding an item that is
    not a str; a ProfileError for `options.extract` naming a missing profile directory or an invalid profile."""
    if isinstance(urls, (str, bytes)):
        raise TypeError("crawl_urls takes a list of URLs, not one string: crawl_urls([url], store)")
    url_list = _distinct(urls)
    options = options or CrawlOptions()
    options.extract.check()  # a bad profile directory: ProfileError now, before anything is fetched
    outcomes: list[UrlOutcome | None] = [None] * len(url_list)
    semaphore = asyncio.Semaphore(max(1, options.concurrency))
    with ExtractPool(options.workers, options.extract) as pool:
        async with Fetcher(options.fetch) as fetcher:
            robots = RobotsCache(store, fetcher, user_agent=options.fetch.user_agent, enabled=options.robots)

            async def one(i: int, url: str) -> None:
                try:
                    async with semaphore:
                        result = await fetch_allowed(fetcher, robots, url)
                except StoreError as exc:  # robots.txt could not be cached
                    result = FetchResult(url=url, final_url=url, error=FetchError("store", f"not stored: {exc}"))
                try:
                    store.record_fetch(result, run_id=run_id)
                    outcome = await process_fetched(result, pool, store, run_id)
                    previous = store.frontier_get(url)  # an invalid URL too: skipped, with why
                    record_outcome(store, outcome, attempts=int(previous["attempts"]) if previous else 0,
                                   run_id=run_id)
                except StoreError as exc:  # the disk is full, the database locked: this URL fails, with why
                    outcome = UrlOutcome(url, False, "failed", "store", f"not stored: {exc}",
                                         final_url=result.final_url, fetch=result)
                outcomes[i] = outcome
                if on_outcome is not None:
                    on_outcome(outcome)

            await asyncio.gather(*(one(i, u) for i, u in enumerate(url_list)))
    return [o for o in outcomes if o is not None]


def crawl_urls(
    urls: Iterable[str],
    store: Store,
    options: CrawlOptions | None = None,
    *,
    on_outcome: Callable[[UrlOutcome], None] | None = None,
) -> list[UrlOutcome]:
    """Synchronous wrapper of `crawl_urls_async` (see there: one outcome per distinct URL)."""
    return asyncio.run(crawl_urls_async(urls, store, options, on_outcome=on_outcome))
