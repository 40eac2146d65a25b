"""Text normalization: Unicode, whitespace, invisible characters, words, hashes.

Everything here is a pure function of its input: the same text always gives the same output.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache, wraps
from itertools import filterfalse

# Characters that carry no visible text and only break matching and counting. ZWJ (U+200D) stays: it builds
# emoji and is meaningful in some scripts; ZWNJ (U+200C) stays: it is part of Persian and Indic spelling.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063\u2064"
        "\u2066\u2067\u2068\u2069\u061c\u034f\u180e\ufff9\ufffa\ufffb",
    ),
    None,
)
#: the same characters as a pattern: most text has none, and a search is much cheaper than translate()
_INVISIBLE_RE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
# Every Unicode space separator and odd line break becomes a plain space (newlines are handled by callers).
_SPACES = re.compile(r"[\t\x0b\x0c\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0085\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MULTI_SPACE = re.compile(r" {2,}")
_WORD = re.compile(r"\w+")
# A word for counting: apostrophes and hyphens inside a word ("don't", "state-of-the-art") and digit group
# separators inside a number ("12,000", "3.5") do not split it.
_COUNT_WORD = re.compile(r"\w+(?:(?:['\u2019\u2010\u2011-]|(?<=\d)[.,](?=\d))\w+)*")

# Han, Hiragana, Katakana (and their extensions): languages written without spaces between words.
# Kana punctuation and stand-alone sound marks (U+3099-U+309C, U+30A0, the middle dot U+30FB) are not letters.
_CJK_CHAR = re.compile(
    r"[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff66-\uff9d\U00020000-\U0002fa1f]"
)
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
#: one character for which str.isalnum() is true (\w is that or "_")
_ALNUM = re.compile(r"[^\W_]")


def strip_invisible(text: str) -> str:
    """`text` without the invisible characters (see `_INVISIBLE`)."""
    # (all of them are non-ASCII: an ASCII text, told in C at a word a step, is not searched)
    return text if text.isascii() or not _INVISIBLE_RE.search(text) else text.translate(_INVISIBLE)


def clean_line(text: str | None) -> str:
    """NFC, invisible characters removed, every kind of space made one plain space, trimmed."""
    if not text:
        return ""
    # Removals first, composition last: removing a character can bring a base letter and a combining mark
    # together ("e<ZWSP>\u0301"), and only an NFC applied afterwards makes the result stable.
    ascii = text.isascii()  # (then it holds no invisible character, and is its own NFC: both steps skipped)
    if not ascii:
        text = strip_invisible(text)
        if "\u200c" in text or "\u200d" in text:
            text = _without_stray_joiners(text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text).replace("\n", " ")
    if not ascii:
        text = unicodedata.normalize("NFC", text)
    return _MULTI_SPACE.sub(" ", text).strip()


#: the zero-width non-joiner and joiner
JOINERS = frozenset("\u200c\u200d")


def joins_after(previous: str | None) -> bool:
    """Whether a zero-width joiner or non-joiner after the character `previous` (None: at the start) is part of the
    spelling: after a letter of the scripts that spell with them (Persian "می\u200cشود", the Indic scripts) or in an
    emoji sequence, a character beyond ASCII that is no Latin letter. At the start, after a space, an ASCII character
    or a Latin letter, one joins nothing (a stray a CMS's editor left in "supply \u200cand")."""
    return (previous is not None and not previous.isascii() and not previous.isspace()
            and not unicodedata.name(previous, "").startswith("LATIN"))


def _without_stray_joiners(text: str) -> str:
    """`text` without the zero-width joiners and non-joiners that join nothing (see joins_after), as the generic
    path's extractor reads its text (see _traf)."""
    out: list[str] = []
    for c in text:
        if c in JOINERS and not joins_after(out[-1] if out else None):
            continue
        out.append(c)
    return "".join(out)


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Clean each paragraph and drop the empty ones."""
    out = []
    for p in paragraphs:
        c = clean_line(p)
        if c:
            out.append(c)
    return out


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def split_paragraphs(body: str) -> list[str]:
    return [p for p in (clean_line(x) for x in re.split(r"\n\s*\n", body or "")) if p]


def _fold(text: str) -> str:
    # counted as match_key sees the text: compatibility forms unfolded ("㈱" is "(株)"), invisibles gone
    return unicodedata.normalize("NFKC", strip_invisible(text))


#: one range holding every character of _CJK_CHAR (and some others): a search for it costs a third less a character,
#: and most non-ASCII text (curly quotes, accented letters) holds none
_CJK_SPAN = re.compile("[\u3041-\U0002fa1f]")


def _has_cjk(text: str) -> bool:
    """Whether `text` holds a character of _CJK_CHAR (looked for from the first one of the wider range only)."""
    wide = _CJK_SPAN.search(text)
    return wide is not None and _CJK_CHAR.search(text, wide.start()) is not None


def _cjk_count(text: str) -> int:
    # only assigned letters: a code point a Unicode version does not know yet is no word (nor is it in match_key)
    return sum(1 for c in _CJK_CHAR.findall(text) if c.isalnum())


def is_cjk_char(ch: str) -> bool:
    return bool(_CJK_CHAR.match(ch))


#: characters of scripts written without spaces between words (Thai, Lao, Khmer, Burmese)
SPACELESS = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
#: a label: one or two words of letters alone (no digit, no punctuation)
#: a run of letters (no digit, no underscore): a word of a name or of a heading
LETTER_RUN = re.compile(r"[^\W\d_]+")
LABEL_WORDS = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?")


#: how a text cut short ends: an ellipsis, or one in square brackets, as WordPress marks the excerpt it cuts from
#: a post's opening (" […]", " [...]")
CUT_MARKS = ("...", "…", "[…]", "[...]")

#: how a sentence of prose ends
PROSE_END = (".", "!", "?", "…", "。", "！", "？")


def ends_as_prose(text: str) -> bool:
    """Whether `text` ends as a sentence does, past closing quotes and brackets ("… the council said.”")."""
    return text.rstrip(" \"'”’»)]").endswith(PROSE_END)


def cjk_ratio(text: str) -> float:
    """Share of word characters that are Han / kana (0 for empty text)."""
    if text.isascii() or not _has_cjk(text):
        return 0.0
    letters = len(_ALNUM.findall(text))
    if not letters:
        return 0.0
    return len(_CJK_CHAR.findall(text)) / letters


def _counts(text: str) -> tuple[int, int]:
    """(Han/kana characters, other words) of `text` (see word_count)."""
    if not text.isascii():  # (ASCII text has no invisible characters, and NFKC leaves it as it is)
        text = _fold(text)
        if _has_cjk(text):
            return _cjk_count(text), _count_words(_CJK_CHAR.sub(" ", text))
    return 0, _count_words(text)


#: what may stand around a word in a token without joining words (a joiner at a token's end joins nothing)
_AROUND_WORDS = "\"'“”‘’«»„‚()[]{}.,;:!?…—–*/"


def _count_words(text: str) -> int:
    """len(_COUNT_WORD.findall(text)), about twice as fast: no word crosses white space, and a token that is one
    run of word characters once the punctuation around it is off (most tokens: "word", "(word),") is one word;
    only the others are counted by the expression. The plain words (five tokens in six) are set aside in C
    (filterfalse), without a step of the loop each."""
    tokens = text.split()
    rest = list(filterfalse(str.isalnum, tokens))
    n = len(tokens) - len(rest)
    for token in rest:
        if token.strip(_AROUND_WORDS).isalnum():
            n += 1
        else:
            n += len(_COUNT_WORD.findall(token))
    return n


def word_count(text: str) -> int:
    """Words in `text`: runs of word characters, except that each Han/kana character counts as one word
    (Chinese and Japanese have no spaces; one character is the usual counting unit). Korean is spaced and
    counted by words."""
    return measure(text)[0]


def reading_time(text: str) -> int:
    """Minutes to read: 230 words a minute, or 500 characters a minute for Chinese and Japanese; 0 for no
    text, at least 1 otherwise."""
    return measure(text)[1]


def measure(text: str) -> tuple[int, int]:
    """(word_count(text), reading_time(text)) in one pass over the text."""
    if not text:
        return 0, 0
    cjk, words = _counts(text)
    minutes = cjk / 500 + words / 230
    return cjk + words, max(1, math.ceil(minutes - 1e-9)) if (cjk or words) else 0


def remembered(key: Callable[[str], str]) -> Callable[[str], str]:
    """`key` (a pure function of a text) with its results for texts of up to 2,000 characters remembered, the
    last 4,096 of them: a paragraph is keyed by several steps of one extraction."""
    cached = lru_cache(maxsize=4096)(key)

    @wraps(key)
    def remembering(text: str) -> str:
        return cached(text) if text and len(text) <= 2000 else key(text)

    return remembering


@remembered
def match_key(text: str) -> str:
    """A comparison key that ignores case, punctuation, dashes, quotes and spacing: the word characters of the
    NFKC-folded text, words separated by single spaces. Han/kana characters are kept one per token so that a
    sentence matches inside a longer paragraph whatever the spacing."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(_WORD.findall(text.lower()))
    folded = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    folded = unicodedata.normalize("NFKC", folded)
    if _has_cjk(folded):
        folded = _CJK_CHAR.sub(lambda m: f" {m.group(0)} ", folded)
    return " ".join(_WORD.findall(folded))


def word_stems(key: str) -> set[str]:
    """The words of a match key worth comparing, cut to five letters ("library" and "libraries" meet; "the",
    "of", "a" are left out)."""
    return {w[:5] for w in key.split() if len(w) >= 4}


def shares_word(key: str, titles: list[str]) -> bool:
    """Whether the match key `key` shares a word of four letters or more with one of `titles`."""
    stems = word_stems(key)
    return any(stems & word_stems(match_key(t)) for t in titles)


def joined_key(texts: Iterable[str]) -> str:
    """match_key of the texts joined by spaces or blank lines, from each one's own key: the same, since a
    separator is a word boundary that neither Unicode normalization nor case folding reaches across."""
    return " ".join(k for k in map(match_key, texts) if k)


def content_hash(body: str) -> str | None:
    """Hash of the body's words (case-folded, NFKC): punctuation, quotes, dashes and spacing do not change it;
    any change of words or digits does. None for an empty body."""
    return key_hash(match_key(body or ""))


def key_hash(key: str) -> str | None:
    """content_hash of a body whose match_key is `key` (see joined_key)."""
    if not key:
        return None
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()
