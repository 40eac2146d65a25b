"""Running extraction off the event loop.

trafilatura is not thread-safe, so extraction runs in worker processes (`workers >= 1`), each with its own
`Extractor`; with `workers = 0` it runs in the calling process (small jobs, tests, debugging), in one
thread of its own: one page at a time, as trafilatura needs, while the event loop goes on fetching. (Run on
the loop itself, a page that takes a second to read would stall every download in flight, and their
timeouts would fire for time the loop spent extracting.)
A worker that dies (a page that crashes the parser) fails that page only: the pool is rebuilt.

Workers are forked from a fork server that has already imported the extraction stack and loaded its models
(`crawler._preload`), so they start at once and share those pages of memory instead of each loading its own
copy; the fork server is a fresh process, so no thread of the crawl is ever forked. Each worker also computes
the article's near-duplicate fingerprint, keeping that work off the event loop.

Stopping is the crawl's business: a terminal's Ctrl-C, systemd and `kill -- -PGID` signal every process of the
group. The fork server is started with SIGINT and SIGTERM blocked (interrupted while it loads the models, it
printed a traceback and took the pool down), and its workers keep SIGINT blocked: on Ctrl-C they finish the
page in hand and the crawl's process decides what happens next. SIGTERM still ends a worker (the executor itself
stops workers with it); one that dies that way after the crawl was told to stop (`stop`) is not taken for a page
that crashes the parser: the extraction raises `WorkerStopped`, no verdict on the page.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from typing import TYPE_CHECKING

from ._article import Article
from ._dedup import Fingerprint, fingerprint
from ._errors import TOO_DEEP, ExtractionError
from ._memory import trim

if TYPE_CHECKING:  # the extraction stack is imported where extraction runs, not in the crawl's own process
    from ._extract import Extractor


@dataclass(frozen=True)
class ExtractConfig:
    """What a crawl extracts with: site profiles on or off, the directories of profiles added to the bundled
    ones, the search of a page's text for a date."""

    use_profiles: bool = True
    profile_dirs: tuple[str, ...] | None = None
    date_search: bool = True

    def check(self) -> None:
        """Load the site profiles now, in the calling process: a missing directory or an invalid profile raises
        ProfileError (one line naming the file and key) before a crawl fetches anything, not in an extraction
        worker (a traceback, then a broken pool) or after the first download."""
        if not self.use_profiles:
            return
        from .profiles import default_registry, load_profiles_with

        if self.profile_dirs is not None:
            load_profiles_with(self.profile_dirs)
        else:
            default_registry()  # the bundled profiles (or $CRAWLER_PROFILES), loaded once per process

    def build(self) -> "Extractor":
        from ._extract import ExtractOptions, Extractor
        from .profiles import ProfileRegistry, load_profiles_with

        registry = None
        if self.use_profiles and self.profile_dirs is not None:
            registry = ProfileRegistry(load_profiles_with(self.profile_dirs))
        return Extractor(ExtractOptions(use_profiles=self.use_profiles, date_search=self.date_search,
                                        registry=registry))


_worker_extractor: "Extractor | None" = None
_worker_pages = 0
#: a worker hands the memory its allocator holds free back to the system every this many pages, and at once
#: after a page of at least TRIM_AFTER_BYTES (whose parse can take 20-30 MB more than a typical one)
TRIM_EVERY = 25
TRIM_AFTER_BYTES = 1 << 20


def _init_worker(config: ExtractConfig) -> None:
    global _worker_extractor
    if hasattr(signal, "pthread_sigmask"):  # SIGINT stays blocked (see the module's docstring)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    _worker_extractor = config.build()


def _after_page(size: int = 0) -> None:
    """Parsing a page allocates tens of megabytes that are freed afterwards, but glibc keeps most of them
    (fragmented heaps and arenas) instead of returning them: trimmed now and then, a worker stays at its
    working size instead of creeping up to the largest page it has seen."""
    global _worker_pages
    _worker_pages += 1
    if _worker_pages % TRIM_EVERY == 0 or size >= TRIM_AFTER_BYTES:
        trim()


def _extract_in_worker(content: bytes, content_type: str | None,
                       url: str | None) -> tuple[Article, Fingerprint | None] | tuple[str, str]:
    try:
        assert _worker_extractor is not None
        return _extract_one(_worker_extractor, content, content_type, url)
    finally:
        _after_page(len(content))


def _extract_one(extractor: "Extractor", content: bytes, content_type: str | None,
                 url: str | None) -> tuple[Article, Fingerprint | None] | tuple[str, str]:
    """(article, fingerprint), or (kind, one-line reason) for a page that gives no article: never raises."""
    try:
        article = extractor.extract(content, url, content_type=content_type)
        return article, fingerprint(article.body)
    except ExtractionError as exc:
        return (exc.kind, str(exc))
    except RecursionError:
        return ("extract", TOO_DEEP)
    except MemoryError:
        return ("extract", "page too large to read in memory")
    except Exception as exc:  # an extractor bug must fail one page, not the crawl
        return ("internal", f"extraction failed: {exc.__class__.__name__}: {exc}"[:300])


class WorkerStopped(Exception):
    """The extraction worker died under the page because the crawl is being stopped (`ExtractPool.stop`): no
    verdict on the page, which is neither stored nor failed."""


#: the signals that stop a crawl; its extraction processes leave them to the crawl's own process
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """Block SIGINT and SIGTERM in this thread for the duration: a process started meanwhile inherits the mask
    (across fork and exec alike), and a signal that arrives for this process waits until the end, when it is
    handled as usual. (multiprocessing starts its resource tracker the same way.)"""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _start_fork_server() -> None:
    """Start the fork server (if it is not running) with the stop signals blocked, for it and every worker it
    forks. The resource tracker is started first: starting it unblocks them in the calling thread."""
    from multiprocessing import forkserver, resource_tracker

    resource_tracker.ensure_running()
    with _stop_signals_blocked():
        forkserver.ensure_running()


class ExtractPool:
    """`await pool.extract(content, content_type, url)` -> Article; raises ExtractionError with a one-line
    reason for a page that gives no article."""

    def __init__(self, workers: int | None = None, config: ExtractConfig | None = None) -> None:
        self.config = config or ExtractConfig()
        self.workers = (os.cpu_count() or 1) if workers is None else max(0, workers)
        self._executor: ProcessPoolExecutor | None = None
        #: the executor being shut down by `close` (which `kill` may cut short)
        self._closing: ProcessPoolExecutor | None = None
        #: the crawl is stopping (`stop`, `kill`): a worker that dies from now on was stopped, its page is not to blame
        self._stopping = False
        self._inline: "Extractor | None" = None
        self._thread: ThreadPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            try:
                ctx = multiprocessing.get_context("forkserver")
                ctx.set_forkserver_preload(["crawler._preload"])
                _start_fork_server()
            except ValueError:  # pragma: no cover - no fork server on this platform
                ctx = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_init_worker,
                                                 initargs=(self.config,))
        return self._executor

    def start(self) -> "ExtractPool":
        """Start the workers now (they are otherwise started on the first page)."""
        if self.workers:
            pool = self._pool()
            for f in [pool.submit(os.getpid) for _ in range(self.workers)]:
                f.result()
        return self

    async def extract(self, content: bytes, content_type: str | None, url: str | None) -> Article:
        return (await self.extract_with_fingerprint(content, content_type, url))[0]

    async def extract_with_fingerprint(self, content: bytes, content_type: str | None,
                                       url: str | None) -> tuple[Article, Fingerprint | None]:
        """The article and its near-duplicate fingerprint (None for an empty body)."""
        loop = asyncio.get_running_loop()
        if self.workers == 0:  # as in a worker process: an extractor bug fails one page, not the crawl
            if self._thread is None:
                self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crawler-extract")
            out = await loop.run_in_executor(self._thread, self._extract_inline, content, content_type, url)
        else:
            try:
                out = await loop.run_in_executor(self._pool(), _extract_in_worker, content, content_type, url)
            except BrokenProcessPool:
                if self._stopping:  # the worker was stopped with the crawl: no verdict on this page
                    raise WorkerStopped("the extraction worker was stopped with the crawl") from None
                self._reset()
                raise ExtractionError("the extraction worker crashed on this page") from None
        if isinstance(out[0], str):
            raise ExtractionError(str(out[1]), kind=out[0])
        return out  # type: ignore[return-value]

    def _extract_inline(self, content: bytes, content_type: str | None,
                        url: str | None) -> tuple[Article, Fingerprint | None] | tuple[str, str]:
        """In the pool's one extraction thread (the extractor is built there too, off the event loop)."""
        if self._inline is None:
            self._inline = self.config.build()
        return _extract_one(self._inline, content, content_type, url)

    def _reset(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        """Wait for the pages in hand, then let the workers go."""
        if self._thread is not None:
            self._thread.shutdown(wait=True, cancel_futures=True)
            self._thread = None
        if self._executor is not None:
            self._closing, self._executor = self._executor, None
            try:
                self._closing.shutdown(wait=True, cancel_futures=True)
            finally:
                self._closing = None

    async def aclose(self) -> None:
        """`close` off the event loop, which stays free meanwhile to take a second Ctrl-C (and `kill`)."""
        await asyncio.to_thread(self.close)

    def stop(self) -> None:
        """The crawl is being stopped (SIGINT, SIGTERM): a worker that dies from now on (SIGTERM reaches the
        workers too) is no crash of its page: the `extract` waiting for it raises WorkerStopped."""
        self._stopping = True

    def kill(self) -> None:
        """Stop at once: the worker processes are killed and the pages in hand abandoned (their `extract`s raise
        WorkerStopped). An extraction running in this process's thread (`workers = 0`) cannot be killed: `close`
        still waits for that one page."""
        self._stopping = True
        for executor in (self._executor, self._closing):
            processes = getattr(executor, "_processes", None) or {}
            for process in list(processes.values()):
                try:
                    process.kill()
                except (OSError, ValueError):  # already gone, or already reaped
                    pass

    def __enter__(self) -> "ExtractPool":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
