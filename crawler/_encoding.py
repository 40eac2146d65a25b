"""Turning the bytes of an HTML page into text.

Order of evidence: a byte-order mark (it cannot be wrong), the HTTP `Content-Type` charset, the page's own
`<meta charset>` / `http-equiv` declaration, then statistical detection (charset-normalizer). A declared
encoding is only believed when the bytes decode under it without error; a page declared as a single-byte
Western encoding whose bytes are valid, non-ASCII UTF-8 is read as UTF-8 (the common mislabelling).
Encoding names follow the WHATWG mapping that browsers use (ISO-8859-1 means windows-1252, Shift_JIS means
windows-31j, GB2312 means GB18030 …), so the text comes out as a browser would show it.
"""

from __future__ import annotations

import codecs
import re
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
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}

_SINGLE_BYTE_WESTERN = {"cp1252", "cp1254", "iso8859-15", "cp1250"}

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


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    #: where the encoding came from: bom, header, meta, detected, utf-8 or fallback
    source: str
    #: True when undecodable bytes had to be replaced (the text is damaged)
    lossy: bool = False


def normalize_label(label: str | None) -> str | None:
    """Map a declared charset label to a Python codec name, or None when unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    if name in ("utf-16", "utf-32"):
        # A page sent as bytes that says utf-16 without a BOM is almost always really ASCII-compatible.
        return None
    return _ALIASES.get(name, name)


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
        if codec in _SINGLE_BYTE_WESTERN and _is_non_ascii_utf8(content):
            # Declared Latin-1/Windows-1252 but the bytes are valid multi-byte UTF-8: the label is wrong.
            return DecodedText(content.decode("utf-8"), "utf-8", "utf-8")
        text = _try(content, codec)
        if text is not None:
            return DecodedText(text, codec, source)

    if content.isascii():
        return DecodedText(content.decode("ascii"), "ascii", "detected")
    if _is_non_ascii_utf8(content):
        return DecodedText(content.decode("utf-8"), "utf-8", "utf-8")

    best = charset_normalizer.from_bytes(content).best()
    if best is not None and best.encoding:
        codec = normalize_label(best.encoding) or best.encoding
        text = _try(content, codec)
        if text is not None:
            return DecodedText(text, codec, "detected")

    fallback = candidates[0][0] if candidates else "cp1252"
    text = content.decode(fallback, errors="replace")
    return DecodedText(text, fallback, "fallback", "\ufffd" in text)
