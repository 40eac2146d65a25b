"""Exceptions shared by the pipeline's modules (kept light: the crawl engine imports them without the
extraction stack)."""

from __future__ import annotations

#: why a page nested deeper than the HTML parser (or Python's recursion) can go gives no article
TOO_DEEP = "page nested too deeply to read"


class ExtractionError(ValueError):
    """The input cannot give an article (not HTML, empty, unparsable). The message is one line; `kind` is the
    failure kind recorded for it."""

    kind = "extract"

    def __init__(self, message: str = "", kind: str | None = None) -> None:
        super().__init__(message)
        if kind:
            self.kind = kind


class NotHTMLError(ExtractionError):
    """The input is no HTML document: binary data, JSON, a feed or sitemap, text without markup."""

    kind = "not_html"
