"""The generic body extractor for pages without a profile (and for profile misses).

Generic clutter is pruned from the tree first (see `_clutter`), then trafilatura extracts the main text.
When trafilatura finds nothing, the JSON-LD `articleBody` the page declares is used instead.
"""

from __future__ import annotations

import logging

import lxml.etree as etree
import trafilatura

from ._clutter import prune_clutter
from ._metadata import Metadata

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _body(tree: etree._Element) -> etree._Element:
    body = tree.find("body")
    return body if body is not None else tree


def generic_paragraphs(tree: etree._Element, md: Metadata, url: str | None = None) -> list[str]:
    """Paragraph lines of the main text. Prunes `tree` in place: call it after metadata and profiles."""
    prune_clutter(_body(tree))
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    text = doc.text if doc is not None and doc.text else ""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines and md.article_body:
        lines = [line for line in md.article_body.split("\n") if line.strip()]
    return lines
