"""Running extraction off the event loop.

trafilatura is not thread-safe, so extraction runs in worker processes (`workers >= 1`), each with its own
`Extractor`; with `workers = 0` it runs inline in the calling process (small jobs, tests, debugging).
A worker that dies (a page that crashes the parser) fails that page only: the pool is rebuilt.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ._article import Article
from ._extract import ExtractionError, ExtractOptions, Extractor
from .profiles import ProfileRegistry


@dataclass(frozen=True)
class ExtractConfig:
    use_profiles: bool = True
    profile_dirs: tuple[str, ...] | None = None
    date_search: bool = True

    def build(self) -> Extractor:
        registry = None
        if self.use_profiles and self.profile_dirs is not None:
            registry = ProfileRegistry.from_dirs([Path(d) for d in self.profile_dirs])
        return Extractor(ExtractOptions(use_profiles=self.use_profiles, date_search=self.date_search,
                                        registry=registry))


_worker_extractor: Extractor | None = None


def _init_worker(config: ExtractConfig) -> None:
    global _worker_extractor
    _worker_extractor = config.build()


def _extract_in_worker(content: bytes, content_type: str | None, url: str | None) -> Article | tuple[str, str]:
    assert _worker_extractor is not None
    try:
        return _worker_extractor.extract(content, url, content_type=content_type)
    except ExtractionError as exc:
        return ("extract", str(exc))
    except RecursionError:
        return ("extract", "page nested too deeply to read")
    except MemoryError:
        return ("extract", "page too large to read in memory")
    except Exception as exc:  # an extractor bug must fail one page, not the crawl
        return ("internal", f"extraction failed: {exc.__class__.__name__}: {exc}"[:300])


class ExtractPool:
    """`await pool.extract(content, content_type, url)` -> Article; raises ExtractionError with a one-line
    reason for a page that gives no article."""

    def __init__(self, workers: int | None = None, config: ExtractConfig | None = None) -> None:
        self.config = config or ExtractConfig()
        self.workers = (os.cpu_count() or 1) if workers is None else max(0, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._inline: Extractor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker,
                                                 initargs=(self.config,))
        return self._executor

    async def extract(self, content: bytes, content_type: str | None, url: str | None) -> Article:
        if self.workers == 0:
            if self._inline is None:
                self._inline = self.config.build()
            try:
                return self._inline.extract(content, url, content_type=content_type)
            except ExtractionError:
                raise
            except RecursionError:
                raise ExtractionError("page nested too deeply to read") from None
            except MemoryError:
                raise ExtractionError("page too large to read in memory") from None
            except Exception as exc:  # as in a worker process: an extractor bug fails one page, not the crawl
                raise ExtractionError(f"extraction failed: {exc.__class__.__name__}: {exc}"[:300]) from None
        loop = asyncio.get_running_loop()
        try:
            out = await loop.run_in_executor(self._pool(), _extract_in_worker, content, content_type, url)
        except BrokenProcessPool:
            self._reset()
            raise ExtractionError("the extraction worker crashed on this page") from None
        if isinstance(out, tuple):
            raise ExtractionError(out[1])
        return out

    def _reset(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "ExtractPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
