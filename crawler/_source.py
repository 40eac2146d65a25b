"""A page's HTML source, kept for cheap tests before its parsed tree is scanned.

Scanning every element of a tree for an attribute value (XPath or Python) costs far more than finding a word in
the source text. A word that occurs nowhere in the source (ASCII case ignored) is in no tag name, attribute name
or attribute value of the tree either, so the scan can be skipped; when the word is there, the scan runs as
before and decides. (A page could spell a class name with character references, "pay&#119;all": pages do not.)
"""

from __future__ import annotations

import re


class PageSource:
    """The source (`text`), and with its ASCII letters lower-cased, as UTF-8 bytes (searching bytes is fast)."""

    __slots__ = ("_low", "text")

    def __init__(self, text: str, encoded: bytes | None = None) -> None:
        """`encoded`: the text encoded as UTF-8, when already made."""
        self.text = text
        self._low = (encoded if encoded is not None else text.encode("utf-8", "surrogatepass")).lower()

    def mentions(self, *words: bytes) -> bool:
        """Whether one of `words` (lower-case ASCII) occurs in the source, in any case."""
        return any(word in self._low for word in words)

    def matches(self, pattern: re.Pattern[bytes]) -> bool:
        """Whether `pattern` (written for lower-case text) finds something in the source."""
        return pattern.search(self._low) is not None


def may_mention(source: PageSource | None, *words: bytes) -> bool:
    """False only when the source is known and holds none of `words`."""
    return source is None or source.mentions(*words)
