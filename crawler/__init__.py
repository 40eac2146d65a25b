"""crawler: a boilerplate-stripping news scraper and article normalizer.

    >>> import crawler
    >>> article = crawler.extract_article(html, url="https://example.com/news/1")
    >>> article.title, article.authors, article.body
"""

from ._article import Article, Citation, Source
from ._extract import ExtractionError, ExtractOptions, Extractor, extract_article
from ._fetch import Fetcher, FetchError, FetchResult, FetchSettings, fetch
from ._version import __version__

__all__ = [
    "Article",
    "Citation",
    "ExtractOptions",
    "ExtractionError",
    "Extractor",
    "FetchError",
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "Source",
    "__version__",
    "extract_article",
    "fetch",
]
