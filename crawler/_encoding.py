"""Turning the bytes of an HTML page into text.

Order of evidence: a byte-order mark (it cannot be wrong), the HTTP `Content-Type` charset, the page's own
`<meta charset>` / `http-equiv` declaration, then statistical detection (charset-normalizer). A declared
encoding is only believed when the bytes decode under it without error; a page declared as a single-byte
encoding (ISO-8859-1, windows-1252 …) whose bytes are valid, non-ASCII UTF-8 is read as UTF-8 (the common
mislabelling). When detection cannot tell single-byte charsets apart, the reading whose accented letters
belong to one language wins, then windows-1252.
Encoding names follow the WHATWG mapping that browsers use (ISO-8859-1 means windows-1252, Shift_JIS means
windows-31j, GB2312 means GB18030 …), so the text comes out as a browser would show it.

A declaration can be wrong in a way that still decodes: EUC-KR bytes read as Windows-1252 give Latin soup
("¼­¿ï½Ã"), Shift_JIS read as GB18030 gives the wrong Chinese characters. Where a browser would show that
mojibake, the decoder checks the declared reading of a legacy (non-UTF-8) charset for garbling (the
mess measure of charset-normalizer on a sample of the page's text) and, when it is garbled, reads the page
with the detected charset whose text is not; a UTF-8 page with a few stray bytes, mislabelled as a
single-byte charset, is read as UTF-8 with those bytes replaced. A UTF-8 byte-order mark followed by bytes
that are not UTF-8 at all (an editor's BOM on a legacy page) is set aside the same way.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections import Counter
from dataclasses import dataclass

import charset_normalizer

try:  # the mess measure of charset-normalizer: ~0 for real text, high for mojibake
    from charset_normalizer.md import mess_ratio as _mess_ratio
except ImportError:  # pragma: no cover - an older or newer charset-normalizer without it
    _mess_ratio = None

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
    #: where the encoding came from: bom, header, meta, detected, utf-8 or fallback ("+repaired" when the
    #: page's own text was UTF-8 encoded twice and has been undone)
    source: str
    #: True when undecodable bytes had to be replaced (the text is damaged)
    lossy: bool = False
    #: True when the text still looks garbled (mojibake) and no better reading was found
    garbled: bool = False


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
    return _undo_double_encoding(_decode_html(content, content_type))


def _undo_double_encoding(decoded: DecodedText) -> DecodedText:
    """A page whose whole text is UTF-8 read as Windows-1252 (encoded twice by its server) is repaired here,
    before any whitespace clean-up could make the repair ambiguous; a page that only partly is keeps its text
    (the stored-text check then repairs or refuses field by field, see _mojibake)."""
    from ._mojibake import markers, repair

    if markers(decoded.text) < 3:
        return decoded
    fixed = repair(decoded.text)
    if fixed is None:
        return decoded
    return DecodedText(fixed, decoded.encoding, decoded.source + "+repaired", decoded.lossy)


def _decode_html(content: bytes, content_type: str | None) -> DecodedText:
    for bom, codec in _BOMS:
        if content.startswith(bom):
            text = content[len(bom):].decode(codec, errors="replace")
            if codec == "utf-8" and text.count("\ufffd") >= _BOM_MISMATCH:
                # a UTF-8 BOM on bytes that are not UTF-8 (a legacy page an editor stamped): read the rest
                # by the other evidence when that gives clean text
                other = _decode_declared_or_detected(content[len(bom):], content_type)
                if not other.lossy and not other.garbled:
                    return other
            return DecodedText(text, codec, "bom", "\ufffd" in text)
    wide = declared_wide(content, content_type) if b"\x00" in content[:1024] else None
    if wide is not None:
        text = content.decode(wide, errors="replace")
        return DecodedText(text, wide, "header", "\ufffd" in text)
    return _decode_declared_or_detected(content, content_type)


#: UTF-16 and UTF-32 labels of an HTTP header -> the byte orders to try (a bare label may mean either; browsers
#: read it as little-endian, and the bytes tell)
_WIDE_LABELS = {
    "utf-16": ("utf-16-le", "utf-16-be"), "utf-16le": ("utf-16-le",), "utf-16be": ("utf-16-be",),
    "utf-32": ("utf-32-le", "utf-32-be"), "utf-32le": ("utf-32-le",), "utf-32be": ("utf-32-be",),
    "ucs-2": ("utf-16-le", "utf-16-be"), "unicode": ("utf-16-le", "utf-16-be"),
    "unicodefffe": ("utf-16-be",), "csunicode": ("utf-16-le", "utf-16-be"),
}


def declared_wide(content: bytes, content_type: str | None) -> str | None:
    """The UTF-16 or UTF-32 codec the Content-Type header declares for a page without a byte-order mark, when its
    first bytes read as markup in it (opening with "<", no undecodable sequence); else None. Such a page is full of
    NUL bytes (every ASCII character has one) and is no binary data. A `<meta charset>` naming UTF-16 is not
    believed (a page that can be read far enough to find it is ASCII-compatible, as browsers reason)."""
    label = charset_from_content_type(content_type)
    if not label:
        return None
    key = label.strip().strip("\"'").lower().replace("_", "-")
    for codec in _WIDE_LABELS.get(key) or _WIDE_LABELS.get(key.replace("-", ""), ()):
        try:
            head = codecs.getincrementaldecoder(codec)().decode(content[:2048], final=False)
        except UnicodeDecodeError:
            continue
        if head.lstrip("\ufeff \t\r\n").startswith("<"):
            return codec
    return None


def _decode_declared_or_detected(content: bytes, content_type: str | None) -> DecodedText:

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
            if codec != "utf-8" and _garbled(text):
                return _better_reading(content, codec) or DecodedText(text, codec, source, garbled=True)
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
            if _garbled(text):
                better = _better_reading(content, codec)
                if better is not None:
                    return better
            return DecodedText(text, codec, "detected")

    nearly = _nearly_utf8(content)
    if nearly is not None:
        return nearly
    fallback = candidates[0][0] if candidates else "cp1252"
    text = content.decode(fallback, errors="replace")
    return DecodedText(text, fallback, "fallback", "\ufffd" in text, garbled=_garbled(text))


# A UTF-8 BOM is set aside when at least this many sequences after it are not UTF-8.
_BOM_MISMATCH = 4
# The mess measure from which a reading counts as garbled (real text: ~0; mojibake: 0.1 and more).
_GARBLED = 0.1
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
_SPACES = re.compile(r"\s+")


def _sample(text: str, size: int = 6000) -> str:
    """The page's text (tags, scripts and styles out) from its first non-ASCII character, at most `size`."""
    plain = _SPACES.sub(" ", _TAGS.sub(" ", text))
    start = next((i for i, c in enumerate(plain) if c > "\x7f"), None)
    if start is None:
        return ""
    return plain[max(0, start - 200): start + size]


def _garbled(text: str) -> bool:
    """True when the non-ASCII text of a decoded page looks like mojibake."""
    if _mess_ratio is None:
        return False
    sample = _sample(text)
    if sum(1 for c in sample if c > "\x7f") < 20:
        return False  # too little to judge
    try:
        return _mess_ratio(sample, 0.3) >= _GARBLED
    except Exception:  # pragma: no cover - a measure that fails says nothing
        return False


def _nearly_utf8(content: bytes) -> DecodedText | None:
    """UTF-8 with a few stray bytes (a handful of replacements among many valid multi-byte characters)."""
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if bad and good >= 8 and bad * 20 <= good:
        return DecodedText(text, "utf-8", "utf-8", lossy=True)
    return None


def _better_reading(content: bytes, garbled_codec: str) -> DecodedText | None:
    """A reading of `content` that is not garbled and reads as real text, when the one under `garbled_codec`
    is garbled; None when there is none (random bytes are garbled under every charset)."""
    nearly = _nearly_utf8(content)
    if nearly is not None:
        return nearly
    for codec in _detect(content):
        if codec == garbled_codec:
            continue
        text = _try(content, codec)
        if text is not None and not _garbled(text) and _reads_as_text(text, codec):
            return DecodedText(text, codec, "detected")
    return None


def _in_range(ch: str, codec: str, lo: int, hi: int) -> bool:
    try:
        code = ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and lo <= int.from_bytes(code, "big") <= hi


def _reads_as_text(text: str, codec: str) -> bool:
    """True when the non-ASCII characters of `text` look like real writing in the script `codec` is for.

    Random or misread bytes decode to a charset's rare characters as often as to its common ones; real text
    keeps to the common ones. The CJK charsets order their characters by frequency (GB2312 level 1 is its
    3,755 common hanzi, Big5 puts its 5,401 common ones first, KS X 1001 has the 2,350 common hangul) and
    Japanese is never written without kana.
    """
    sample = _sample(text, 4000)
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    kana = sum(1 for c in sample if "\u3040" <= c <= "\u30ff")
    hangul = [c for c in sample if "\uac00" <= c <= "\ud7a3"]
    if codec in ("cp932", "shift_jis", "euc_jis_2004", "euc_jp", "iso2022_jp"):
        return kana + len(han) >= 30 and kana >= 0.2 * (kana + len(han))
    if codec in ("cp949", "euc_kr"):
        if len(hangul) < 12 or len(hangul) < 0.7 * (len(hangul) + len(han)):
            return False
        return sum(1 for c in hangul if _in_range(c, "euc_kr", 0xB0A1, 0xC8FE)) >= 0.95 * len(hangul)
    if codec in ("gb18030", "gbk", "gb2312"):
        return len(han) >= 12 and sum(1 for c in han if _in_range(c, "gb2312", 0xB0A1, 0xD7FE)) >= 0.8 * len(han)
    if codec in ("big5hkscs", "big5", "cp950"):
        return len(han) >= 12 and sum(1 for c in han if _in_range(c, "big5", 0xA440, 0xC67E)) >= 0.8 * len(han)
    # Single-byte charsets (one Latin or Cyrillic soup is as "plausible" as another), johab, UTF-16 without
    # a BOM …: no way to tell a real reading from noise, so the declaration stands.
    return False


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


def looks_binary(head: bytes, content_type: str | None = None) -> str | None:
    """A name for a non-text payload recognised by its magic bytes or NUL bytes, else None. A page in UTF-16 or
    UTF-32 (NUL bytes throughout) is text when it starts with a byte-order mark or its Content-Type declares the
    charset (`declared_wide`)."""
    magics = (
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1f\x8b", "gzip data"),
        (b"RIFF", "RIFF media"),
    )
    for magic, name in magics:
        if head.startswith(magic):
            return name
    if head.startswith(_WIDE_BOMS):
        # UTF-16/32 pages are full of NULs, but a BOM says so, and decode_html reads it
        return None
    if head[:4] == b"\x00\x00\x01\x00" or b"\x00" in head[:1024]:
        # … or the header's charset does (read only here, for the few payloads that hold a NUL)
        return None if declared_wide(head, content_type) else "binary data"
    return None


_WIDE_BOMS = (codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
