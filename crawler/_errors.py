"""Exceptions shared by the pipeline's modules (kept light: the crawl engine imports them without the
extraction stack)."""

from __future__ import annotations


class ExtractionError(ValueError):
    """The input cannot give an article (not HTML, empty, unparsable). The message is one line."""
