"""The last check on text before it is stored: mojibake is repaired when the repair is unambiguous, and
reported (the article is not stored) when it is not.

Three kinds of damage are looked for:

- UTF-8 read as Windows-1252 or Latin-1 ("cafÃ©", "itâ€™s", "Â "): a page double-encoded by its server, or a
  mislabelled page whose bytes were not all valid UTF-8. A text field whose every character maps back to a
  byte and whose bytes are then valid UTF-8 is repaired (the round trip is unambiguous: real text almost
  never survives it); twice-encoded text is repaired twice. Left over, such sequences are an error.
- A multi-byte charset (EUC-KR, GB18030, Big5, EUC-JP) read as a single-byte one: Latin soup with
  symbols inside words ("¼­¿ï½Ã´Â"). Not repairable from the text alone: an error.
- Many U+FFFD replacement characters: bytes that could not be decoded at all. An error.

`check_article` repairs an Article in place and returns None, or returns the one-line reason it must not be
stored (failure kind `mojibake`).
"""

from __future__ import annotations

import codecs
import re

import regex

from ._article import Article
from ._text import content_hash, reading_time, word_count

# Characters that the bytes 0x80-0xBF (UTF-8 continuation bytes) become in Windows-1252 or Latin-1.
_CONT = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))
                       | set(bytes(range(0x80, 0xC0)).decode("latin-1"))))
_CONT_CLASS = "[" + re.escape(_CONT) + "]"
# A UTF-8 lead byte (2, 3 and 4-byte sequences) read the same way, followed by its continuation bytes.
_MARKER = re.compile(
    "[\u00c2-\u00df]" + _CONT_CLASS
    + "|[\u00e0-\u00ef]" + _CONT_CLASS + "{2}"
    + "|[\u00f0-\u00f4]" + _CONT_CLASS + "{3}"
)
# The first two characters of any marker: a cheap scan (the `regex` engine finds this pattern several times
# faster than `re` on long pages); the full pattern is only tried where it matches.
_MARKER_START = regex.compile("[\u00c2-\u00f4]" + _CONT_CLASS)
_SYMBOLS = frozenset(chr(c) for c in range(0xA1, 0xC0) if c != 0xAD) | {"\u00d7", "\u00f7"}
_SYMBOL_SEARCH = regex.compile("[" + regex.escape("".join(sorted(_SYMBOLS))) + "]")
#: such a symbol between two other non-ASCII characters that are not white space (lookarounds: neighbours may be
#: symbols themselves, each counted)
_SYMBOL_INSIDE = re.compile(r"(?<=[^\x00-\x7f\s])[" + re.escape("".join(sorted(_SYMBOLS))) + r"](?=[^\x00-\x7f\s])")

#: marker sequences from which unrepaired text is refused (one can be a real "Ã©" in a text about encodings)
MAX_MARKERS = 2
#: replacement characters from which a text is refused (and at least this share of its characters)
MAX_REPLACEMENTS, REPLACEMENT_SHARE = 8, 0.005


def markers(text: str) -> int:
    """How many UTF-8-read-as-Windows-1252 sequences (like "Ã©", "â€™") `text` holds."""
    if not text or text.isascii():
        return 0
    # Every sequence starts where the cheap two-character pattern matches (its matches never overlap, and a
    # sequence never reaches the next one's first character): the full pattern is tried only there.
    return sum(1 for m in _MARKER_START.finditer(text) if _MARKER.match(text, m.start()))


def _latin1_reading(error: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler: the characters U+0080-U+00FF that Windows-1252 lacks (C1 controls, which is how
    browsers and Latin-1 give its five undefined bytes) stand for their own byte; anything else has no byte."""
    assert isinstance(error, UnicodeEncodeError)
    chars = error.object[error.start:error.end]
    if all("\x80" <= ch <= "\xff" for ch in chars):
        return bytes(ord(ch) for ch in chars), error.end
    raise error


codecs.register_error("crawler-latin1-reading", _latin1_reading)


def _to_bytes(text: str) -> bytes | None:
    """`text` back to the single bytes it was decoded from (Windows-1252, its undefined bytes as C1
    controls), or None when a character has no such byte."""
    try:
        return text.encode("cp1252", errors="crawler-latin1-reading")
    except UnicodeEncodeError:
        return None


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # e.g. whitespace clean-up turned the no-break space that ends "à" (C3 A0 -> "Ã\xa0") into a plain
        # space: whether a space followed is lost, so the repair is ambiguous (the page decoder repairs
        # whole documents before any clean-up, see _encoding.decode_html)
        return None


def repair(text: str) -> str | None:
    """`text` with UTF-8-read-as-Windows-1252 undone (up to twice), when the whole text round-trips and
    the repaired text has none of those sequences left; else None."""
    if not markers(text):
        return None
    current: str | None = text
    for _ in range(2):
        raw = _to_bytes(current)  # type: ignore[arg-type]
        current = _utf8(raw) if raw is not None else None
        if current is None:
            return None
        if not markers(current):
            return current
    return None


def latin_soup(text: str) -> int:
    """How many Latin-1 symbols (¼ ± ³ ¿ …) stand between other non-ASCII characters, as in a multi-byte
    charset read as a single-byte one ("¼­¿ï½Ã´Â"); real text keeps such symbols beside spaces and digits."""
    return len(_SYMBOL_INSIDE.findall(text))


def problem(text: str | None) -> str | None:
    """Why `text` must not be stored as it is (after any repair), or None."""
    if not text or text.isascii():
        return None
    found = markers(text)
    soup = latin_soup(text) if _SYMBOL_SEARCH.search(text) else 0
    non_ascii = sum(1 for c in text if c > "\x7f") if soup else 0
    if soup >= 10 and soup >= 0.1 * non_ascii and soup > found:
        return f"{soup} symbols inside words (a multi-byte charset read as a single-byte one)"
    if found >= MAX_MARKERS:
        sample = _MARKER.search(text)
        shown = sample.group(0) if sample else ""
        return f"{found} sequences like {shown!r} (UTF-8 read as Windows-1252) that cannot be repaired"
    bad = text.count("\ufffd")
    if bad >= MAX_REPLACEMENTS and bad >= REPLACEMENT_SHARE * len(text):
        return f"{bad} undecodable characters (U+FFFD)"
    return None


_TEXT_FIELDS = ("title", "subtitle", "body", "dateline", "section", "agency")
_LIST_FIELDS = ("authors", "key_points", "notes", "tags")


def check_article(article: Article) -> str | None:
    """Repair the article's text fields in place where unambiguous; the one-line reason it must not be
    stored when damage is left, else None."""
    body_changed = False
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            fixed = repair(value)
            if fixed is not None:
                setattr(article, name, fixed)
                body_changed = body_changed or name == "body"
    for name in _LIST_FIELDS:
        values = getattr(article, name)
        if isinstance(values, list):
            setattr(article, name, [(repair(v) or v) if isinstance(v, str) else v for v in values])
    if body_changed:
        article.word_count = word_count(article.body)
        article.reading_time = reading_time(article.body)
        article.content_hash = content_hash(article.body)
    for name in _TEXT_FIELDS:
        reason = problem(getattr(article, name))
        if reason:
            return f"mojibake in the {name}: {reason}"
    for name in _LIST_FIELDS:
        for value in getattr(article, name) or []:
            reason = problem(value) if isinstance(value, str) else None
            if reason:
                return f"mojibake in the {name}: {reason}"
    return None
