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
from typing import Any


def _memmem(haystack: type) -> Any | None:
    """The C library's memmem, when there is one (glibc, musl, BSD, macOS), its haystack passed as `haystack`
    (c_char_p: a bytes object; c_void_p: an address inside one), returning the match's address or None."""
    try:
        name = ctypes.util.find_library("c")
        memmem = ctypes.CDLL(name).memmem if name else None
    except (OSError, AttributeError):
        return None
    if memmem is None:
        return None
    memmem.restype = ctypes.c_void_p
    memmem.argtypes = (haystack, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t)
    return memmem


def _libc_contains() -> Callable[[bytes, bytes], bool] | None:
    """memmem as `contains(haystack, needle)`.

    On a page's 300 kB, glibc's memmem finds or misses a word two to four times faster than `bytes.__contains__`,
    whose search steps one byte at a time wherever the page's letters are the word's letters; the guards below
    search each page about ten times."""
    memmem = _memmem(ctypes.c_char_p)
    if memmem is None:
        return None

    def contains(haystack: bytes, needle: bytes) -> bool:
        return memmem(haystack, len(haystack), needle, len(needle)) is not None

    return contains if contains(b"a\x00bc", b"bc") and not contains(b"abc", b"bd") else None


def _contains(haystack: bytes, needle: bytes) -> bool:
    return needle in haystack


#: `contains(haystack, needle)`: memmem where the C library has it, else `in`, with the same answers
contains: Callable[[bytes, bytes], bool] = _libc_contains() or _contains


def _libc_find() -> Callable[[bytes, bytes, int], int] | None:
    """memmem as `find(haystack, needle, start)`, with bytes.find's answer (see _libc_contains)."""
    memmem = _memmem(ctypes.c_void_p)
    if memmem is None:
        return None

    def find(haystack: bytes, needle: bytes, start: int = 0) -> int:
        if not 0 <= start <= len(haystack):
            return haystack.find(needle, start)
        buffer = ctypes.c_char_p(haystack)  # (the bytes' own buffer, no copy, held while memmem reads it)
        base = ctypes.cast(buffer, ctypes.c_void_p).value or 0
        at = memmem(base + start, len(haystack) - start, needle, len(needle))
        return -1 if at is None else at - base

    probe = b"ab\x00cab"
    works = all(find(probe, n, i) == probe.find(n, i) for n in (b"ab", b"c", b"x", b"\x00") for i in range(6))
    return find if works else None


def _find(haystack: bytes, needle: bytes, start: int = 0) -> int:
    return haystack.find(needle, start)


#: `find(haystack, needle, start)`: memmem where the C library has it, else bytes.find, with the same answers
find: Callable[[bytes, bytes, int], int] = _libc_find() or _find


class PageSource:
    """The source (`text`), and with its ASCII letters lower-cased, as UTF-8 bytes (searching bytes is fast)."""

    __slots__ = ("_low", "text", "_body")

    def __init__(self, text: str, encoded: bytes | None = None) -> None:
        """`encoded`: the text encoded as UTF-8, when already made."""
        self.text = text
        self._low = (encoded if encoded is not None else text.encode("utf-8", "surrogatepass")).lower()
        self._body: int | None = None

    def body_start(self) -> int:
        """Where the page's <body> opens in the source (found once), or 0: a "<body" written before it (a script's
        string) only starts it earlier; one past the source's first half is not taken (a page without the tag)."""
        if self._body is None:
            low = self._low
            at = low.find(b"<body")
            while at >= 0 and low[at + 5:at + 6] not in (b">", b" ", b"\t", b"\n", b"\r", b"/"):
                at = low.find(b"<body", at + 5)
            self._body = at if 0 <= at <= len(low) // 2 else 0
        return self._body

    def mentions(self, *words: bytes) -> bool:
        """Whether one of `words` (lower-case ASCII) occurs in the source, in any case."""
        low = self._low
        return any(contains(low, word) for word in words)

    def printed(self, word: bytes, by: bytes = b"", reach: int = 0) -> bool:
        """Whether `word` (UTF-8, its ASCII letters in lower case) occurs in the source as the opening of an
        element's text: right after a tag's ">", perhaps past spaces and no-break spaces (in the body, not in an
        attribute's value, a script's JSON or a meta tag); with `by` (lower-case ASCII), also with it in the
        `reach` bytes before."""
        low = self._low
        at = find(low, word, self.body_start())  # (an element's text: in the body, past the head's meta tags)
        while at >= 0:
            if _after_tag(low, at) and (not by or low.find(by, max(0, at - reach), at) >= 0):
                return True
            at = find(low, word, at + len(word))
        return False

    def matches(self, pattern: re.Pattern[bytes]) -> bool:
        """Whether `pattern` (written for lower-case text) finds something in the source."""
        return pattern.search(self._low) is not None


def may_mention(source: PageSource | None, *words: bytes) -> bool:
    """False only when the source is known and holds none of `words`."""
    return source is None or source.mentions(*words)


#: what may stand between a tag's ">" and the text it opens: spaces, a no-break space as a character or a reference
_LEADING_SPACES = (b" ", b"\t", b"\n", b"\r", b"\xc2\xa0", b"&nbsp;", b"&#160;", b"&#xa0;")


def _after_tag(low: bytes, at: int) -> bool:
    """Whether the text at `at` in `low` opens an element's text (see PageSource.printed)."""
    while at > 0:
        if low[at - 1] == 0x3E:  # ">"
            return True
        for space in _LEADING_SPACES:
            if low.endswith(space, 0, at):
                at -= len(space)
                break
        else:
            return False
    return False
