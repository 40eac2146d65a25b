"""A page's HTML source, kept for cheap tests before its parsed tree is scanned.

Scanning every element of a tree for an attribute value (XPath or Python) costs far more than finding a word in
the source text. A word that occurs nowhere in the source (ASCII case ignored) is in no tag name, attribute name
or attribute value of the tree either, so the scan can be skipped; when the word is there, the scan runs as
before and decides. (A page could spell a class name with character references, "pay&#119;all": pages do not.)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
from collections.abc import Callable


def _libc_memmem() -> Callable[[bytes, bytes], bool] | None:
    """The C library's memmem, as `contains(haystack, needle)`, when there is one (glibc, musl, BSD, macOS).

    On a page's 300 kB, glibc's memmem finds or misses a word two to four times faster than `bytes.__contains__`,
    whose search steps one byte at a time wherever the page's letters are the word's letters; the guards below
    search each page about ten times."""
    try:
        name = ctypes.util.find_library("c")
        memmem = ctypes.CDLL(name).memmem if name else None
    except (OSError, AttributeError):
        return None
    if memmem is None:
        return None
    memmem.restype = ctypes.c_void_p
    memmem.argtypes = (ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t)

    def contains(haystack: bytes, needle: bytes) -> bool:
        return memmem(haystack, len(haystack), needle, len(needle)) is not None

    return contains if contains(b"a\x00bc", b"bc") and not contains(b"abc", b"bd") else None


def _contains(haystack: bytes, needle: bytes) -> bool:
    return needle in haystack


#: `contains(haystack, needle)`: memmem where the C library has it, else `in`, with the same answers
contains: Callable[[bytes, bytes], bool] = _libc_memmem() or _contains


class PageSource:
    """The source (`text`), and with its ASCII letters lower-cased, as UTF-8 bytes (searching bytes is fast)."""

    __slots__ = ("_low", "text")

    def __init__(self, text: str, encoded: bytes | None = None) -> None:
        """`encoded`: the text encoded as UTF-8, when already made."""
        self.text = text
        self._low = (encoded if encoded is not None else text.encode("utf-8", "surrogatepass")).lower()

    def mentions(self, *words: bytes) -> bool:
        """Whether one of `words` (lower-case ASCII) occurs in the source, in any case."""
        low = self._low
        return any(contains(low, word) for word in words)

    def count(self, word: bytes) -> int:
        """How many times `word` (UTF-8, its ASCII letters in lower case) occurs in the source."""
        return self._low.count(word)

    def preceded(self, word: bytes, by: bytes, reach: int) -> bool:
        """Whether `word` (UTF-8, its ASCII letters in lower case) occurs in the source with `by` (lower-case
        ASCII) in the `reach` bytes before it."""
        low = self._low
        at = low.find(word)
        while at >= 0:
            if low.find(by, max(0, at - reach), at) >= 0:
                return True
            at = low.find(word, at + len(word))
        return False

    def matches(self, pattern: re.Pattern[bytes]) -> bool:
        """Whether `pattern` (written for lower-case text) finds something in the source."""
        return pattern.search(self._low) is not None


def may_mention(source: PageSource | None, *words: bytes) -> bool:
    """False only when the source is known and holds none of `words`."""
    return source is None or source.mentions(*words)
