"""`crawl run`: discover, fetch politely and incrementally, extract, store, report.

One run:
1. takes the database's run lock (a second run exits at once, or waits with `--wait`);
2. discovery: every source (feeds, sitemaps, section pages, URL lists, site profiles' own discovery) is
   fetched with a conditional request; new article URLs go into the `urls` frontier;
3. fetch: the URLs that are due (new ones, failed ones whose back-off has passed, recent articles due for a
   re-check) are fetched per host by a small pool of workers that keeps each host's concurrency and delay
   (raised by robots.txt Crawl-delay), behind a global concurrency limit; known articles are fetched
   conditionally, and a 304 costs no parsing and no writes;
4. each page is extracted in worker processes and stored; every outcome is written to the frontier at once,
   so a run killed at any moment loses nothing stored and the next run resumes with what is still due;
5. a summary is printed and stored in `runs`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import time
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ._config import ConfigError, CrawlConfig, Source
from ._crawl import UrlOutcome, process_fetched, record_outcome
from ._dedup import DedupSettings
from ._discover import (MAX_FEED_ENTRIES, MAX_SECTION_LINKS, SECTION_MATCH_BUDGET, DiscoveryError, Found,
                        article_links, parse_feed, parse_sitemap)
from ._fetch import HTML_TYPES, Fetcher, FetchResult, FetchSettings
from ._memory import trim
from ._pool import ExtractConfig, ExtractPool, WorkerStopped
from ._robots import RobotsCache, robots_url
from ._urls import host_of
from .profiles import ProfileRegistry, load_profiles_with
from .store import DueUrl, SQLiteStore, Store, StoreError

log = logging.getLogger("crawler.run")

EXIT_OK, EXIT_FAILURES, EXIT_CONFIG, EXIT_LOCKED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
#: the database failed under the run (disk full, locked by another process past crawl.db_timeout, I/O error)
EXIT_STORE = 4
#: what the process exits with when the run ends in an exception (Python's code for a traceback)
EXIT_CRASHED = 1

T = TypeVar("T")


@dataclass
class RunSummary:
    run_id: int = 0
    discovered: int = 0
    fetched: int = 0
    not_modified: int = 0
    new_articles: int = 0
    updated: int = 0
    unchanged: int = 0
    #: new rows whose body is already stored at another URL (exact copies)
    duplicates: int = 0
    #: new articles (counted in new_articles) whose story is already stored: similar enough to an earlier
    #: article to be filed under it, not the same body
    near_copies: int = 0
    profile_misses: int = 0
    blocked: int = 0
    deferred: int = 0
    #: hosts whose robots.txt could not be read (so nothing of theirs was asked for): host -> why
    unavailable_hosts: dict[str, str] = field(default_factory=dict)
    failed: int = 0
    failures_by_reason: Counter[str] = field(default_factory=Counter)
    discovery_errors: list[str] = field(default_factory=list)
    requests: int = 0
    elapsed_s: float = 0.0
    #: CPU seconds of the crawl's own process (fetching, parsing responses, storing; extraction runs in workers)
    cpu_s: float = 0.0
    interrupted: bool = False
    stopped_by: str | None = None
    #: why the database could not be written (the run stopped there), one line
    store_error: str | None = None
    #: what the database error rolled back (counted, then lost with the transaction): field -> how many; the
    #: counts above are what was saved, and the next run does these again
    unsaved: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        if self.store_error:
            return EXIT_STORE
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILURES if self.failed or self.discovery_errors or self.unavailable_hosts else EXIT_OK

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("discovered", "fetched", "not_modified", "new_articles", "near_copies",
                                              "updated", "unchanged", "duplicates", "profile_misses", "blocked",
                                              "failed")}

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"run_id": self.run_id, **self.counts(), "deferred": self.deferred,
                             "requests": self.requests, "failures_by_reason": dict(self.failures_by_reason),
                             "discovery_errors": self.discovery_errors, "elapsed_s": round(self.elapsed_s, 3),
                             "cpu_s": round(self.cpu_s, 3), "unavailable_hosts": self.unavailable_hosts,
                             "exit_code": self.exit_code}
        if self.stopped_by:
            d["stopped_by"] = self.stopped_by
        if self.store_error:
            d["store_error"] = self.store_error
        if self.unsaved:
            d["unsaved"] = self.unsaved
        return d

    def _near_note(self) -> str:
        if not self.near_copies:
            return ""
        return f" ({self.near_copies} of a story already stored)"

    def lines(self) -> list[str]:
        out = [
            f"run {self.run_id}: {self.elapsed_s:.1f}s, {self.requests} requests",
            f"  discovered {self.discovered} new URLs",
            f"  fetched {self.fetched}, not modified {self.not_modified}",
            f"  articles: {self.new_articles} new{self._near_note()}, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.duplicates} duplicates (exact copies), "
            f"{self.profile_misses} profile misses",
            f"  blocked by robots.txt {self.blocked}, deferred {self.deferred}",
        ]
        if self.failed:
            reasons = ", ".join(f"{k} {v}" for k, v in self.failures_by_reason.most_common())
            out.append(f"  failed {self.failed}: {reasons}")
        else:
            out.append("  failed 0")
        for host, why in self.unavailable_hosts.items():
            out.append(f"  host unavailable, nothing asked of it (retried next run): {host}: {why}")
        for e in self.discovery_errors:
            out.append(f"  discovery error: {e}")
        if self.stopped_by:
            out.append(f"  stopped early: {self.stopped_by}")
        if self.interrupted:
            out.append("  interrupted (SIGINT/SIGTERM): what was done is stored, the next run goes on from there")
        if self.unsaved:
            lost = ", ".join(f"{n} {_UNSAVED_LABELS.get(k, k)}" for k, n in self.unsaved.items())
            out.append(f"  not saved (rolled back by the database error, done again next run): {lost}")
        if self.store_error:
            out.append(f"  database error, run stopped: {self.store_error}")
        return out


_UNSAVED_LABELS = {"discovered": "discovered URLs", "not_modified": "not modified", "new_articles": "new articles",
                   "near_copies": "near copies", "profile_misses": "profile misses", "blocked": "blocked by robots.txt"}


#: a section page with at least this many links to its own site, none matching the article URL pattern, is an error
PATTERN_CHECK_LINKS = 5


class _HostGate:
    """Per-host politeness: at most `concurrency` requests in flight and `delay` seconds between starts."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.concurrency = max(1, concurrency)
        self.delay = delay
        self._sem = asyncio.Semaphore(self.concurrency)
        self._lock = asyncio.Lock()
        self._next = 0.0

    async def __aenter__(self) -> None:
        await self._sem.acquire()
        async with self._lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            wait = self._next - now
            if wait > 0:
                await asyncio.sleep(wait)
                now = loop.time()
            self._next = now + self.delay

    async def __aexit__(self, *exc: object) -> None:
        self._sem.release()


def _failure_reason(outcome: UrlOutcome) -> str:
    fetch = outcome.fetch
    if outcome.kind == "http" and fetch is not None and fetch.status:
        return f"http {fetch.status}"
    return outcome.kind or "unknown"


#: what stops a run (see `Runner.request_stop`)
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_Handler = Callable[[int, Any], Any] | int | None


def _install_stop_handlers(loop: asyncio.AbstractEventLoop, stop: Callable[[], None]) -> dict[int, _Handler]:
    """SIGINT and SIGTERM call `stop` on the loop for the run's duration; returns the handlers they had, which
    `_restore_stop_handlers` puts back. Outside the main thread the run installs none (asyncio cannot)."""
    previous: dict[int, _Handler] = {}
    for sig in _STOP_SIGNALS:
        handler = signal.getsignal(sig)
        try:
            loop.add_signal_handler(sig, stop)
        except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover - not the main thread
            continue
        previous[sig] = handler
    return previous


def _restore_stop_handlers(loop: asyncio.AbstractEventLoop, previous: dict[int, _Handler]) -> None:
    """Give SIGINT and SIGTERM back the handlers they had before the run (asyncio alone would reset them to
    the defaults, and a host program's own handlers would be gone)."""
    for sig, handler in previous.items():
        loop.remove_signal_handler(sig)
        if handler is not None:  # None: a handler installed outside Python, which cannot be put back
            signal.signal(sig, handler)


class Runner:
    def __init__(self, config: CrawlConfig, *, db_path: str | Path | None = None, store: Store | None = None,
                 on_event: Callable[[str, dict[str, Any]], None] | None = None) -> None:
        """`db_path`: the SQLite database to open for each run (by default the config's `db`, read relative to
        the configuration file). `store`: a store of the caller's own to write to instead (any object that
        implements `crawler.store.Store`, such as an SQLiteStore opened with settings of its own, or another
        backend); the caller keeps it and closes it, each run leaves it open, and `db_path` is then None (the
        config's `db`, `db_timeout` and `dedup_threshold` are the store's business)."""
        self.config = config
        if store is not None and db_path is not None:
            raise ValueError("Runner takes a db_path or a store, not both")
        self._own_store = store
        base = config.path.parent if config.path else Path(".")
        db = Path(db_path) if db_path else Path(config.db)
        self.db_path: Path | None = None if store is not None else (db if db.is_absolute() or db_path else base / db)
        self.on_event = on_event or (lambda kind, data: None)
        self._deadline = 0.0
        self.registry = ProfileRegistry(load_profiles_with(config.profiles or None)) if config.use_profiles \
            else ProfileRegistry()
        self._check_site_sources()
        self._fetch_settings()  # settings that cannot work (a config built in code) raise ValueError now
        self._global: asyncio.Semaphore | None = None
        self._pages = asyncio.Semaphore(1)
        self._running = False
        self._fresh_run_state()

    def _fresh_run_state(self) -> None:
        """What one run counts and holds, new for each `run()`: a Runner kept by a long-lived program runs again
        with counts of its own."""
        self.summary = RunSummary()
        self._stop = asyncio.Event()
        self._gates: dict[str, _HostGate] = {}
        self._store: Store | None = None
        self._pool: ExtractPool | None = None
        #: downloads in flight (and the discovery), cancelled by an interruption (`request_stop`)
        self._downloads: set[asyncio.Future[Any]] = set()
        #: discovery and fetching, cancelled whole by a second interruption
        self._work: asyncio.Future[None] | None = None
        #: the summary's counts as of the last commit (what a rolled-back transaction returns them to)
        self._saved: tuple[dict[str, int], Counter[str]] = (self.summary.counts(), Counter())

    def _check_site_sources(self) -> None:
        """A `site = "…"` source needs a site profile: checked at load time, naming the file and the source."""
        import difflib

        known = sorted({p.id for p in self.registry.profiles} | {h for p in self.registry.profiles for h in p.hosts})
        for i, source in enumerate(self.config.sources):
            if source.kind != "site" or not source.site:
                continue
            if self.registry.get(source.site) or self.registry.for_host(source.site):
                continue
            if not self.config.use_profiles:
                hint = " (site profiles are off: crawl.use_profiles = false)"
            else:
                close = difflib.get_close_matches(source.site, known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{self.config.path}: sources[{i}].site: no site profile for {source.site!r}{hint}")

    # -- settings per host ----------------------------------------------------------------------

    def _fetch_settings(self) -> FetchSettings:
        c = self.config
        return FetchSettings(user_agent=c.user_agent, timeout=c.timeout, page_timeout=c.page_timeout,
                             max_bytes=c.max_bytes, max_attempts=c.attempts, max_retry_after=c.retry_after,
                             host_map=dict(c.resolve), max_connections=max(c.concurrency * 2, 10),
                             allow_private_addresses=c.allow_private_addresses)

    def _headers(self, host: str) -> dict[str, str]:
        site = self.config.site(host)
        profile = self.registry.for_host(host)
        headers = dict(profile.fetch.headers) if profile else {}
        ua = site.user_agent or (profile.fetch.user_agent if profile else None)
        if ua:
            headers["User-Agent"] = ua
        headers.update(site.headers)
        return headers

    async def _gate(self, url: str, robots: RobotsCache) -> _HostGate:
        host = host_of(url) or ""
        gate = self._gates.get(host)
        if gate is None:
            site = self.config.site(host)
            profile = self.registry.for_host(host)
            delay = site.delay if site.delay is not None else (
                profile.fetch.delay if profile and profile.fetch.delay is not None else self.config.delay)
            robots_delay = await robots.crawl_delay(url)
            if robots_delay is not None:
                delay = max(delay, min(robots_delay, 60.0))
            conc = site.concurrency or (profile.fetch.concurrency if profile and profile.fetch.concurrency else None) \
                or self.config.per_host_concurrency
            gate = self._gates.setdefault(host, _HostGate(conc, delay))
        return gate

    async def _request(self, fetcher: Fetcher, robots: RobotsCache, url: str, **kwargs: Any) -> FetchResult:
        gate = await self._gate(url, robots)
        assert self._global is not None
        async with gate:
            async with self._global:
                self.summary.requests += 1
                return await fetcher.fetch(url, headers=self._headers(host_of(url) or ""), **kwargs)

    # -- discovery ------------------------------------------------------------------------------

    def _article_pattern(self, url: str, source: Source | None):  # type: ignore[no-untyped-def]
        if source is not None and source.article_url is not None:
            return source.article_url
        profile = self.registry.for_url(url)
        return profile.article_url if profile else None

    def _keep(self, found: list[Found], source: Source | None) -> list[Found]:
        out = []
        for f in found:
            pattern = self._article_pattern(f.url, source)
            if pattern is None or pattern.search(f.url):
                out.append(f)
        return out

    def _expand_sources(self) -> list[tuple[str, str, Source]]:
        """(kind, url, source) for every feed, sitemap and section page to read."""
        out: list[tuple[str, str, Source]] = []
        for source in self.config.sources:
            if source.kind == "site":
                assert source.site is not None
                profile = self.registry.get(source.site) or self.registry.for_host(source.site)
                if profile is None:
                    self.summary.discovery_errors.append(f"site:{source.site}: no site profile for this site")
                    continue
                site_source = Source("site", site=source.site, article_url=source.article_url or profile.article_url)
                out += [("feed", u, site_source) for u in profile.discovery.feeds]
                out += [("sitemap", u, site_source) for u in profile.discovery.sitemaps]
                out += [("section", u, site_source) for u in profile.discovery.sections]
            elif source.kind in ("feed", "sitemap", "section"):
                assert source.url is not None
                out.append((source.kind, source.url, source))
        return out

    async def _discover(self, store: Store, fetcher: Fetcher, robots: RobotsCache, run_id: int) -> None:
        for source in self.config.sources:
            if source.kind == "urls":
                added = store.frontier_add(((u, None) for u in source.urls), discovered_from="config", run_id=run_id)
                self.summary.discovered += added
        jobs = self._expand_sources()
        visited: set[str] = set()
        # each configured source has its own budget of sitemaps, so one hostile index (thousands of children,
        # or an endless chain) cannot use up the others'
        await asyncio.gather(*(self._guard_store(self._discover_one(store, fetcher, robots, run_id, kind, url, source,
                                                                    0, visited, [self.config.max_sitemaps]))
                               for kind, url, source in jobs))

    async def _discover_one(self, store: Store, fetcher: Fetcher, robots: RobotsCache, run_id: int,
                            kind: str, url: str, source: Source, depth: int, visited: set[str],
                            budget: list[int]) -> None:
        if url in visited or self._stop.is_set():
            return
        visited.add(url)
        if kind == "sitemap":
            if budget[0] <= 0:
                self.summary.discovery_errors.append(f"{url}: sitemap limit reached ({self.config.max_sitemaps})")
                return
            budget[0] -= 1
        decision = await robots.check(url)
        if not decision.allowed:
            if decision.unavailable:
                self._host_unavailable(store, url, decision.reason, run_id)
            else:
                self.summary.blocked += 1
            self.on_event("discovery", {"url": url, "kind": kind, "skipped": decision.reason})
            return
        state = store.frontier_get(url)
        result = await self._request(
            fetcher, robots, url, accept=HTML_TYPES if kind == "section" else None,
            etag=state.get("etag") if state else None, last_modified=state.get("last_modified") if state else None)
        if result.not_modified:
            self.summary.not_modified += 1
            self.on_event("discovery", {"url": url, "kind": kind, "not_modified": True})
            if kind == "sitemap":
                # an unchanged sitemap index still has children that change (and children that failed)
                await self._follow_children(store, fetcher, robots, run_id, url, store.sitemap_children(url),
                                            source, depth, visited, budget, remember=False)
            return
        if not result.ok:
            assert result.error is not None
            store.record_fetch(result, run_id=run_id)
            store.frontier_update(url, kind=kind, state="failed", status=result.status,
                                  error_kind=result.error.kind, error=result.error.message, run_id=run_id, failed=True)
            self.summary.discovery_errors.append(f"{url}: {result.error.message}")
            self.on_event("discovery", {"url": url, "kind": kind, "error": result.error.message})
            return
        store.record_fetch(result, run_id=run_id)
        children: list[str] = []
        cap = self.config.max_sitemap_urls
        truncated = False
        try:
            # parsed off the event loop: a 50,000-URL sitemap takes seconds, and fetches are in flight
            if kind == "feed":
                cap = min(cap, MAX_FEED_ENTRIES)
                entries = await asyncio.to_thread(parse_feed, result.content, result.final_url, cap)
                found, truncated = list(entries), entries.truncated
            elif kind == "sitemap":
                parsed = await asyncio.to_thread(parse_sitemap, result.content, result.final_url, cap)
                found = parsed.urls
                children = parsed.sitemaps
                truncated = parsed.truncated
            else:
                pattern = self._article_pattern(url, source)
                links = await asyncio.to_thread(article_links, result.text, result.final_url, pattern)
                found, truncated = list(links), links.truncated
                if pattern is not None and not found and not truncated \
                        and links.site_links >= PATTERN_CHECK_LINKS:
                    # a section page of many links, not one an article: the pattern (or the site) changed
                    raise DiscoveryError(f"none of its {links.site_links} links to its own site matches the "
                                         f"article_url pattern {pattern.pattern!r}")
        except DiscoveryError as exc:
            store.frontier_update(url, kind=kind, state="failed", status=result.status, error_kind="discovery",
                                  error=str(exc), run_id=run_id, failed=True)
            self.summary.discovery_errors.append(f"{url}: {exc}")
            self.on_event("discovery", {"url": url, "kind": kind, "error": str(exc)})
            return
        kept = self._keep(found, source)
        added = store.frontier_add(((f.url, f.lastmod) for f in kept), discovered_from=url, run_id=run_id)
        self.summary.discovered += added
        # the conditional-request state is only saved once the document was read successfully
        note = None
        if truncated:
            note = (f"lists more than {cap} URLs: the first {cap} were read" if kind != "section" else
                    f"more links than could be matched (at most {MAX_SECTION_LINKS}, {SECTION_MATCH_BUDGET:g}s): "
                    "the rest were not read")
        store.frontier_update(url, kind=kind, state="done", status=result.status, etag=result.etag,
                              last_modified=result.last_modified, run_id=run_id,
                              error_kind="capped" if note else None, error=note)
        self.on_event("discovery", {"url": url, "kind": kind, "found": len(kept), "new": added,
                                    **({"capped": note} if note else {})})
        if kind == "sitemap":
            await self._follow_children(store, fetcher, robots, run_id, url, children, source, depth, visited,
                                        budget)

    async def _follow_children(self, store: Store, fetcher: Fetcher, robots: RobotsCache, run_id: int,
                               url: str, children: list[str], source: Source, depth: int, visited: set[str],
                               budget: list[int], *, remember: bool = True) -> None:
        """Read the child sitemaps of the sitemap index at `url`; with `remember`, they are just read from it,
        and remembered in the frontier as its children (an unchanged index's are read from there next time)."""
        if remember:
            store.set_sitemap_children(url, children, run_id=run_id)
        if not children:
            return
        if depth + 1 > self.config.max_sitemap_depth:
            self.summary.discovery_errors.append(f"{url}: sitemap index nested deeper than "
                                                 f"{self.config.max_sitemap_depth} levels (not followed)")
            return
        fresh = [c for c in dict.fromkeys(children) if c not in visited]
        if len(fresh) > max(budget[0], 0):
            dropped = len(fresh) - max(budget[0], 0)
            self.summary.discovery_errors.append(f"{url}: sitemap limit reached ({self.config.max_sitemaps}): "
                                                 f"{dropped} child sitemaps not read")
            fresh = fresh[:max(budget[0], 0)]
        await asyncio.gather(*(self._guard_store(self._discover_one(store, fetcher, robots, run_id, "sitemap",
                                                                    child, source, depth + 1, visited, budget))
                               for child in fresh))

    def _host_unavailable(self, store: Store, url: str, reason: str, run_id: int) -> None:
        """A host whose robots.txt cannot be read is asked nothing this run (RFC 9309): said once per run, in
        the summary and as a failure of its robots.txt in the database, so that the run does not pass for a
        success."""
        host = host_of(url) or url
        if host in self.summary.unavailable_hosts:
            return
        self.summary.unavailable_hosts[host] = reason
        store.record_failure(robots_url(url), "robots_unavailable", reason, stage="robots", run_id=run_id)

    # -- fetching -------------------------------------------------------------------------------

    async def _download(self, item: DueUrl, store: Store, fetcher: Fetcher, robots: RobotsCache,
                        run_id: int) -> FetchResult | None:
        """Ask robots.txt, then fetch the page: its response, or None when there is nothing to extract (blocked,
        deferred, not modified: each recorded here)."""
        url = item.url
        decision = await robots.check(url)
        if not decision.allowed:
            if decision.unavailable:
                self.summary.deferred += 1
                self._host_unavailable(store, url, decision.reason, run_id)
                self.on_event("url", {"url": url, "status": "deferred", "reason": decision.reason})
                return None
            store.frontier_update(url, state="blocked", error_kind="robots", error=decision.reason, run_id=run_id)
            self.summary.blocked += 1
            self.on_event("url", {"url": url, "status": "blocked", "reason": decision.reason})
            return None
        conditional = item.state == "done"
        result = await self._request(fetcher, robots, url,
                                     etag=item.etag if conditional else None,
                                     last_modified=item.last_modified if conditional else None)
        if result.not_modified:
            self.summary.not_modified += 1
            self.on_event("url", {"url": url, "status": "not_modified"})
            return None
        return result

    async def _fetch_one(self, item: DueUrl, store: Store, fetcher: Fetcher, robots: RobotsCache,
                         pool: ExtractPool, run_id: int) -> None:
        url = item.url
        result = await self._until_stopped(self._download(item, store, fetcher, robots, run_id))
        if result is None:
            return
        store.record_fetch(result, run_id=run_id)
        self.summary.fetched += 1
        try:
            outcome = await process_fetched(result, pool, store, run_id)
        except WorkerStopped:  # SIGTERM ended the worker with the run: no verdict, the URL stays due
            return
        if outcome.ok:
            record_outcome(store, outcome, run_id=run_id)
            status = outcome.status
            if status == "new":
                self.summary.new_articles += 1
                if outcome.joined:
                    self.summary.near_copies += 1
            elif status == "updated":
                self.summary.updated += 1
            elif status == "duplicate":
                self.summary.duplicates += 1
            else:
                self.summary.unchanged += 1
            if outcome.article is not None and outcome.article.profile_miss:
                self.summary.profile_misses += 1
            self.on_event("url", {"url": url, "status": status, "title": outcome.article.title if outcome.article
                                  else None, "profile_miss": bool(outcome.article and outcome.article.profile_miss)})
            return
        reason = _failure_reason(outcome)
        record_outcome(store, outcome, attempts=item.attempts, run_id=run_id)
        self.summary.failed += 1
        self.summary.failures_by_reason[reason] += 1
        self.on_event("url", {"url": url, "status": "failed", "reason": outcome.reason, "kind": reason})

    async def _fetch_all(self, store: Store, fetcher: Fetcher, robots: RobotsCache, pool: ExtractPool,
                         run_id: int) -> None:
        c = self.config
        per_host = {host: s.max_pages for host, s in c.sites.items() if s.max_pages}
        due = store.frontier_due(limit=c.max_pages, max_failures=c.max_failures, recrawl_window=c.recrawl_window,
                                 recrawl_interval=c.recrawl_interval, per_host_limit=per_host)
        self.on_event("due", {"count": len(due)})
        queues: dict[str, deque[DueUrl]] = defaultdict(deque)
        for item in due:
            queues[item.host].append(item)

        async def worker(items: deque[DueUrl]) -> None:
            while items and not self._stop.is_set():
                if time.monotonic() >= self._deadline:
                    self.summary.stopped_by = f"max_time ({c.max_time:g}s) reached"
                    self._stop.set()
                    return
                item = items.popleft()
                async with self._pages:
                    if not await self._guard_store(self._fetch_one(item, store, fetcher, robots, pool, run_id)):
                        return

        tasks = []
        for host, items in queues.items():
            site = c.site(host)
            profile = self.registry.for_host(host)
            conc = site.concurrency or (profile.fetch.concurrency if profile and profile.fetch.concurrency else None) \
                or c.per_host_concurrency
            tasks += [worker(items) for _ in range(max(1, min(conc, len(items))))]
        await asyncio.gather(*tasks)

    # -- the run --------------------------------------------------------------------------------

    def request_stop(self) -> None:
        """SIGINT or SIGTERM. The first stops the run promptly: the downloads in flight (pages, feeds, sitemaps,
        robots.txt) are cancelled and nothing is recorded for them, so their URLs stay due for the next run;
        pages already downloaded are extracted and stored; what was done is committed and the run ends with
        EXIT_INTERRUPTED. The second forces the stop at once: the extractions in hand are abandoned too (their
        URLs stay due as well) and the extraction workers are killed."""
        if self.summary.interrupted:
            self._force_stop()
            return
        self.summary.interrupted = True
        self._stop.set()
        if self._pool is not None:
            self._pool.stop()
        for task in list(self._downloads):
            task.cancel()

    def _force_stop(self) -> None:
        if self._work is not None:
            self._work.cancel()
        if self._pool is not None:
            self._pool.kill()

    async def _until_stopped(self, work: Awaitable[T]) -> T | None:
        """Await `work` (a download, or the discovery) unless the run is interrupted: `request_stop` cancels it,
        and None comes back. Whatever a download records, it records after its response is in: a cancelled one
        leaves its URL as it was, due."""
        task = asyncio.ensure_future(work)
        if self.summary.interrupted:
            task.cancel()
        self._downloads.add(task)
        try:
            return await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and not (current is not None and current.cancelling()):
                return None  # cancelled by request_stop, not with the task awaiting it
            raise
        finally:
            self._downloads.discard(task)

    async def _crawl(self, store: Store, fetcher: Fetcher, robots: RobotsCache, pool: ExtractPool,
                     run_id: int) -> None:
        """Discovery, then the fetches; a second interruption cancels it whole (see `request_stop`)."""
        work = asyncio.ensure_future(self._discover_and_fetch(store, fetcher, robots, pool, run_id))
        self._work = work
        try:
            await work
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if not work.cancelled() or (current is not None and current.cancelling()):
                raise
            # forced stop: what was written so far is committed with the batch, as after any other stop

    async def _discover_and_fetch(self, store: Store, fetcher: Fetcher, robots: RobotsCache,
                                  pool: ExtractPool, run_id: int) -> None:
        await self._until_stopped(self._guard_store(self._discover(store, fetcher, robots, run_id)))
        self.on_event("discovered", {"count": self.summary.discovered})
        if not self._stop.is_set():
            await self._fetch_all(store, fetcher, robots, pool, run_id)

    def _mark_saved(self) -> None:
        """Everything counted so far is committed."""
        self._saved = (self.summary.counts(), Counter(self.summary.failures_by_reason))

    def _unsave(self) -> None:
        """The open transaction was rolled back: what was counted since the last commit was not saved. The
        counts go back to what was, and the difference is reported as not saved."""
        counts, reasons = self._saved
        for name, saved in counts.items():
            lost = getattr(self.summary, name) - saved
            if lost > 0:
                self.summary.unsaved[name] = self.summary.unsaved.get(name, 0) + lost
            setattr(self.summary, name, saved)
        self.summary.failures_by_reason = Counter(reasons)

    def _store_failed(self, exc: StoreError, *, rolled_back: bool = False) -> None:
        """The database cannot be written: every further write would fail too, so the run stops, with the
        reason in its summary and exit code EXIT_STORE. What was committed stays; the URLs not recorded are
        still due and the next run fetches them. When the error took the open transaction with it, the
        counts return to the last commit."""
        if rolled_back or (self._store is not None and not self._store.in_transaction):
            self._unsave()
        if self.summary.store_error is None:
            self.summary.store_error = str(exc)
            self.on_event("store_error", {"error": str(exc)})
        self._stop.set()

    async def _guard_store(self, work: Any) -> bool:
        """Await `work`; False (and the run stopped) when the store failed under it."""
        try:
            await work
        except StoreError as exc:
            self._store_failed(exc)
            return False
        return True

    async def run_async(self) -> RunSummary:
        """One crawl run, its summary returned (and in `summary`). A Runner may run again once a run has ended,
        with fresh counts; a run() while one is going raises RuntimeError."""
        if self._running:
            raise RuntimeError("this Runner is already running: one run at a time per Runner")
        self._running = True
        self._fresh_run_state()
        try:
            return await self._run_once()
        finally:
            self._running = False

    async def _run_once(self) -> RunSummary:
        started = time.monotonic()
        cpu_started = time.process_time()
        self._deadline = started + self.config.max_time
        self._global = asyncio.Semaphore(self.config.concurrency)
        workers = self.config.workers if self.config.workers is not None else (os.cpu_count() or 1)
        # pages held at once (being fetched, waiting for extraction, being extracted): enough to keep
        # `concurrency` requests in flight and every worker busy, and no more, however many hosts are crawled
        self._pages = asyncio.Semaphore(self.config.concurrency + 2 * max(1, workers))
        loop = asyncio.get_running_loop()
        previous = _install_stop_handlers(loop, self.request_stop)
        config_text = json.dumps({"path": str(self.config.path), "sources": [s.label for s in self.config.sources]})
        store: Store | None = self._own_store
        try:
            if store is None:
                assert self.db_path is not None
                store = SQLiteStore(self.db_path, timeout=self.config.db_timeout,
                                    dedup_settings=DedupSettings(threshold=self.config.dedup_threshold))
            run_id = store.run_start(pid=os.getpid(), config=config_text)
            self._store = store
        except StoreError as exc:  # not a database, locked by another process past db_timeout, disk full …
            if store is not None and store is not self._own_store:
                store.close()
            self._store_failed(exc)
            _restore_stop_handlers(loop, previous)
            self.summary.elapsed_s = time.monotonic() - started
            self.summary.cpu_s = time.process_time() - cpu_started
            self.on_event("finish", self.summary.as_dict())
            return self.summary
        self.summary.run_id = run_id
        self.on_event("start", {"run_id": run_id, "db": str(self.db_path) if self.db_path is not None else None})
        workers = self.config.workers if self.config.workers is not None else (os.cpu_count() or 1)
        extract = ExtractConfig(use_profiles=self.config.use_profiles,
                                profile_dirs=tuple(self.config.profiles) if self.config.profiles else None)
        state = "finished"
        #: the exit code of a run that ends in an exception (else the summary's)
        crashed: int | None = None
        pool = self._pool = ExtractPool(workers, extract)
        try:
            try:
                pool.start()
                with store.batch():
                    # writes are grouped: committed twice a second, so a kill loses at most the last half second
                    # of outcomes, whose URLs are still due and are fetched again by the next run
                    committer = asyncio.create_task(self._commit_periodically(store))
                    try:
                        async with Fetcher(self._fetch_settings()) as fetcher:
                            robots = RobotsCache(store, fetcher, user_agent=self.config.user_agent,
                                                 ttl=self.config.robots_ttl, enabled=self.config.robots,
                                                 headers=self._headers)
                            await self._crawl(store, fetcher, robots, pool, run_id)
                            self.summary.requests += robots.fetched
                    finally:
                        committer.cancel()
            finally:
                # off the event loop, which takes a second Ctrl-C meanwhile (the workers are then killed)
                await pool.aclose()
            self._mark_saved()  # the batch is committed: whatever fails from here on rolls nothing of it back
        except StoreError as exc:  # the last commit, on leaving the batch
            self._store_failed(exc, rolled_back=True)
        except (KeyboardInterrupt, asyncio.CancelledError):
            self.summary.interrupted = True
            raise
        except BaseException:
            state, crashed = "failed", EXIT_CRASHED
            raise
        finally:
            if self.summary.store_error:
                state = "failed"
            if self.summary.interrupted and state == "finished":
                state = "interrupted"
            self.summary.elapsed_s = time.monotonic() - started
            self.summary.cpu_s = time.process_time() - cpu_started
            exit_code = crashed if crashed is not None else self.summary.exit_code
            try:
                store.run_finish(run_id, state=state, exit_code=exit_code, counts=self.summary.counts(),
                                 failures_by_reason=dict(self.summary.failures_by_reason),
                                 elapsed_s=self.summary.elapsed_s)
            except StoreError as exc:  # the database is failing: the summary still says why
                self._store_failed(exc)
            finally:
                if store is not self._own_store:  # the caller's store stays open for the caller
                    store.close()
                _restore_stop_handlers(loop, previous)
        self.on_event("finish", self.summary.as_dict())
        return self.summary

    def run(self) -> RunSummary:
        return asyncio.run(self.run_async())

    async def _commit_periodically(self, store: Store, every: float = 0.5, trim_every: int = 10) -> None:
        ticks = 0
        while True:
            await asyncio.sleep(every)
            try:
                store.commit()
            except StoreError as exc:  # disk full, I/O error: the run stops with the reason
                self._store_failed(exc, rolled_back=True)
                return
            self._mark_saved()
            ticks += 1
            if ticks % trim_every == 0:  # pages come and go by the thousand: keep the process at its working size
                trim()
