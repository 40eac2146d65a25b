"""Turning the bytes of an HTML page into text.

Order of evidence: a byte-order mark (it cannot be wrong), the HTTP `Content-Type` charset, the page's own
`<meta charset>` / `http-equiv` declaration, then statistical detection (charset-normalizer). A declared
encoding is only believed when the bytes decode under it without error; a page declared as a single-byte
encoding (ISO-8859-1, windows-1252 …) whose bytes are valid, non-ASCII UTF-8 is read as UTF-8 (the common
mislabelling). When detection cannot tell single-byte charsets apart, the reading whose accented letters
belong to one language wins, then windows-1252.
Encoding names follow the WHATWG mapping that browsers use (ISO-8859-1 means windows-1252, Shift_JIS means
windows-31j, GB2312 means GB18030 …), so the text comes out as a browser would show it.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections import Counter
from dataclasses import dataclass

import charset_normalizer

# WHATWG-style aliases: labels pages use -> the Python codec that decodes what they really send.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "cp932": "cp932",
    "euc-jp": "euc_jis_2004",
    "x-euc-jp": "euc_jis_2004",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
    "windows-949": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "iso-8859-9": "cp1254",
    "iso8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "iso8859-11": "cp874",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}

# Labels browsers do not decode as declared: UTF-7 and HZ can smuggle markup ("+ADw-script+AD4-") past
# an ASCII-level reading, and a page of bytes that names UTF-16/32 without a BOM is really ASCII-compatible.
_REFUSED = ("utf-16", "utf-32", "utf-7", "hz")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""",
    re.I,
)
_PRESCAN_BYTES = 8192
_ISO2022_JP_ESCAPE = re.compile(rb"\x1b\$[@B]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    #: where the encoding came from: bom, header, meta, detected, utf-8 or fallback
    source: str
    #: True when undecodable bytes had to be replaced (the text is damaged)
    lossy: bool = False


def _alias(key: str) -> str | None:
    return _ALIASES.get(key) or _ALIASES.get(key.replace("_", "-"))


def normalize_label(label: str | None) -> str | None:
    """Map a declared charset label to a Python codec name, or None when unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").strip().lower()
    if not key:
        return None
    aliased = _alias(key)
    if aliased:
        return aliased
    try:
        info = codecs.lookup(key)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):  # base64, rot13, zlib …: not a charset
        return None
    name = info.name
    if name.startswith(_REFUSED):
        return None
    return _alias(name) or name


@functools.lru_cache(maxsize=None)
def _is_single_byte(codec: str) -> bool:
    """True for one-byte-per-character codecs (windows-125x, ISO-8859-x, KOI8, Mac …) and 7-bit ones:
    those under which valid multi-byte UTF-8 is not a plausible reading."""
    try:
        return (len(bytes(range(256)).decode(codec, errors="replace")) == 256
                and len("é日".encode("utf-8").decode(codec, errors="replace")) == 5)
    except LookupError:
        return False


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def charset_from_meta(content: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`)."""
    match = _META_CHARSET.search(content[:_PRESCAN_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def _try(content: bytes, codec: str) -> str | None:
    try:
        return content.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_non_ascii_utf8(content: bytes) -> bool:
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(content: bytes, content_type: str | None = None) -> DecodedText:
    """Decode an HTML document's bytes to text; see the module docstring for the order of evidence."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            text = content[len(bom):].decode(codec, errors="replace")
            return DecodedText(text, codec, "bom", "\ufffd" in text)

    candidates: list[tuple[str, str]] = []
    header = normalize_label(charset_from_content_type(content_type))
    if header:
        candidates.append((header, "header"))
    meta = normalize_label(charset_from_meta(content))
    if meta and meta != header:
        candidates.append((meta, "meta"))

    for codec, source in candidates:
        if _is_single_byte(codec) and _is_non_ascii_utf8(content):
            # Declared Latin-1/Windows-1252 (or another single-byte charset) but the bytes are valid
            # multi-byte UTF-8, which text in a single-byte charset practically never is: the label is wrong.
            return DecodedText(content.decode("utf-8"), "utf-8", "utf-8")
        text = _try(content, codec)
        if text is not None:
            return DecodedText(text, codec, source)

    if content.isascii():
        if _ISO2022_JP_ESCAPE.search(content):
            # 7-bit Japanese (ISO-2022-JP) is all ASCII bytes; its escape sequences give it away
            for codec in ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2"):
                text = _try(content, codec)
                if text is not None:
                    return DecodedText(text, codec, "detected")
        return DecodedText(content.decode("ascii"), "ascii", "detected")
    if _is_non_ascii_utf8(content):
        return DecodedText(content.decode("utf-8"), "utf-8", "utf-8")

    for codec in _detect(content):
        text = _try(content, codec)
        if text is not None:
            return DecodedText(text, codec, "detected")

    fallback = candidates[0][0] if candidates else "cp1252"
    text = content.decode(fallback, errors="replace")
    return DecodedText(text, fallback, "fallback", "\ufffd" in text)


# Letters of the languages written in single-byte charsets. When statistics cannot tell two single-byte
# charsets apart (windows-1252 French and windows-1250 read the same "chaos"), the reading whose
# non-ASCII letters all belong to one language is the right one: "à la" beats "ŕ la", "přes" beats "pøes".
_ALPHABETS = tuple(frozenset(letters) for letters in (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíóúñü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "áéèëïóöüú",  # Dutch
    "æøåéó",  # Danish, Norwegian
    "åäöé",  # Swedish, Finnish
    "áðéíóúýþæö",  # Icelandic
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Slovene, Croatian, Bosnian
    "ăâîșțşţ",  # Romanian
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äõöüšž",  # Estonian
    "çğıöşüâî",  # Turkish
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",  # Russian
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",  # Ukrainian
    "абвгдежзийклмнопрстуфхцчшщъьюя",  # Bulgarian
    "абвгдђежзијклљмнњопрстћуфхцчџш",  # Serbian, Macedonian
    "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # Belarusian
    "αβγδεζηθικλμνξοπρστςυφχψωάέήίόύώϊϋΐΰ",  # Greek
))
# Punctuation and symbols any of those languages uses: they say nothing about the charset.
_NEUTRAL = frozenset("\xa0\xad€‚„…†‡‰‹›‘’“”•–—˜™«»¡¿°±·×÷§¶©®£¥¢¤¦¨¯´¸")


def _plausibility(text: str) -> float:
    """The share of the non-ASCII characters of `text` that are letters of one single language."""
    counts = Counter(c for c in text.lower() if c > "\x7f" and c not in _NEUTRAL)
    total = sum(counts.values())
    if not total:
        return 1.0
    return max(sum(n for c, n in counts.items() if c in alphabet) for alphabet in _ALPHABETS) / total


def _detect(content: bytes) -> list[str]:
    """Codecs for `content` by statistical detection, the likeliest first (possibly none)."""
    matches = list(charset_normalizer.from_bytes(content))
    if not matches:
        return []
    best = matches[0]
    codecs_in_order = [normalize_label(m.encoding) or m.encoding for m in matches]
    if _is_single_byte(codecs_in_order[0]):
        # Single-byte charsets that read the bytes as equally orderly text: choose by the letters they give,
        # then by the web's most common single-byte charset (windows-1252), then by the detector's order.
        tied = [
            (i, m) for i, m in enumerate(matches)
            if m.chaos <= best.chaos + 0.01 and _is_single_byte(codecs_in_order[i])
        ]

        def rank(item: tuple[int, charset_normalizer.models.CharsetMatch]) -> tuple[float, bool, int]:
            i, m = item
            western = "cp1252" in (codecs_in_order[i], *(normalize_label(c) for c in m.could_be_from_charset))
            return (-_plausibility(str(m)), not western, i)

        i, m = min(tied, key=rank)
        if "cp1252" in (codecs_in_order[i], *(normalize_label(c) for c in m.could_be_from_charset)):
            first = "cp1252"
        else:
            first = codecs_in_order[i]
        codecs_in_order.insert(0, first)
    seen: set[str] = set()
    return [c for c in codecs_in_order if not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]
