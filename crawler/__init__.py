"""crawler: a boilerplate-stripping news scraper and article normalizer.

    >>> import crawler
    >>> article = crawler.extract_article(html, url="https://example.com/news/1")
    >>> article.title, article.authors, article.body

Public API: `extract_article` / `Extractor` (HTML -> Article, no network; `preload` pays its one-off costs up
front), `Fetcher` / `fetch` (async HTTP with retries, size caps and charset decoding), `crawl_urls` (fetch ->
extract -> dedup -> store for a list of URLs), `Runner` / `load_config` (the `crawl run` job), and
`crawler.store.open_store` (the database).
"""

from typing import TYPE_CHECKING, Any

from ._article import Article, Citation, Source
from ._errors import ExtractionError
from ._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from ._fetch import Fetcher, FetchError, FetchResult, FetchSettings, fetch
    from ._config import ConfigError, CrawlConfig, load_config
    from ._extract import ExtractOptions, Extractor, extract_article, preload
    from ._crawl import CrawlOptions, UrlOutcome, crawl_urls, crawl_urls_async
    from ._run import Runner, RunSummary
    from ._lock import LockedError, RunLock
    from ._pool import ExtractConfig

_LAZY = {
    "extract_article": "._extract", "Extractor": "._extract", "ExtractOptions": "._extract", "preload": "._extract",
    "crawl_urls": "._crawl", "crawl_urls_async": "._crawl", "CrawlOptions": "._crawl", "UrlOutcome": "._crawl",
    "Runner": "._run", "RunSummary": "._run", "RunLock": "._lock", "LockedError": "._lock",
    "ExtractConfig": "._pool",
    "Fetcher": "._fetch", "FetchError": "._fetch", "FetchResult": "._fetch", "FetchSettings": "._fetch", "fetch": "._fetch",
    "load_config": "._config", "CrawlConfig": "._config", "ConfigError": "._config",
}


def __getattr__(name: str) -> Any:
    """Extraction, the fetcher and the crawl engine are imported on first use: a crawl's own process, which only
    fetches and stores, never loads the extraction stack (its worker processes do), and a program that only
    extracts never loads the HTTP client."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crawler' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names and the lazily imported ones, before their first use too (completion, help())."""
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Article",
    "Citation",
    "ConfigError",
    "CrawlConfig",
    "CrawlOptions",
    "ExtractConfig",
    "ExtractOptions",
    "ExtractionError",
    "Extractor",
    "FetchError",
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "LockedError",
    "RunLock",
    "RunSummary",
    "Runner",
    "Source",
    "UrlOutcome",
    "__version__",
    "crawl_urls",
    "crawl_urls_async",
    "extract_article",
    "fetch",
    "load_config",
    "preload",
]
