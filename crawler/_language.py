"""The language of an article as a BCP 47 tag.

The page's declaration (JSON-LD `inLanguage`, `<html lang>`, `og:locale`, `Content-Language`) is used when
the text does not contradict it. Text is classified by script first (kana means Japanese, Hangul Korean, Han
alone Chinese: exact and cheap), then by py3langid for the rest. A declaration that the text clearly
contradicts (an English template around a Japanese article) loses to the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TAG = re.compile(r"^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})*$")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 1200
_MIN_TEXT = 40
#: a declared language is first checked against this much of the text (see choose_language)
_QUICK_SAMPLE = 300
#: … and kept when that part is in it with at least this confidence
_QUICK_CONFIDENCE = 0.9


def normalize_tag(tag: str | None) -> str | None:
    """"en_US" -> "en-US", "EN" -> "en", "zh-hans-cn" -> "zh-Hans-CN"; None when it is not a language tag."""
    if not tag or not isinstance(tag, str):
        return None
    tag = tag.strip().split(",")[0].split(";")[0].strip()
    # a POSIX locale ("en_US.UTF-8", "de_DE@euro") names its language the same way
    tag = re.split(r"[.@]", tag, maxsplit=1)[0]
    if not _TAG.match(tag):
        return None
    parts = re.split(r"[-_]", tag)
    # extensions and private use ("en-US-u-ca-gregory", "de-x-formal") say nothing about the language
    for i, p in enumerate(parts[1:], start=1):
        if len(p) == 1:
            parts = parts[:i]
            break
    out = [parts[0].lower()]
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif len(p) == 2 and p.isalpha() or len(p) == 3 and p.isdigit():
            out.append(p.upper())
        else:
            out.append(p.lower())
    if out[0] in ("x", "i", "und", "mul", "zxx"):
        return None
    return "-".join(out)


def primary(tag: str | None) -> str | None:
    return tag.split("-")[0].lower() if tag else None


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    import array

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # Two tables of 104,583 Python ints each, read for every byte classified: as lists, every read writes the
    # int's reference count, so each extraction worker ends up copying the pages of the fork server's tables
    # it has read (several MB per worker). As arrays, reading writes nothing shared.
    identifier._rowbase = array.array("q", identifier._rowbase)
    identifier.tk_output = array.array("q", identifier.tk_output)
    return identifier


def detect_language(text: str, sample_size: int = _SAMPLE) -> tuple[str | None, float]:
    """(language, confidence) from the text alone (its first `sample_size` characters); (None, 0) when there is
    too little text."""
    sample = text[:sample_size]
    letters = len(_LETTER.findall(sample))
    if letters < 10:
        return None, 0.0
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    han = len(_HAN.findall(sample))
    if kana / letters > 0.05:
        return "ja", 1.0
    if hangul / letters > 0.3:
        return "ko", 1.0
    if han / letters > 0.3:
        return "zh", 1.0
    if len(sample) < _MIN_TEXT:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


#: a declared individual language that the detector reports by its macrolanguage ("nb" Bokmål is "no")
_MACRO = {"nb": "no", "nn": "no"}


def _same_language(tag: str, detected: str) -> bool:
    return primary(tag) == detected or _MACRO.get(primary(tag) or "") == detected


def choose_language(declared: list[str | None], text: str) -> str | None:
    """The article's language tag from the page's declarations and its text (see module docstring)."""
    tag = next((t for t in (normalize_tag(d) for d in declared) if t), None)
    if tag is not None and len(text) > 2 * _QUICK_SAMPLE:
        # Most pages are in the language they declare: when the start of the text is, clearly, the declaration
        # stands without the longer (and about four times dearer) look below, which would only confirm it.
        quick, confidence = detect_language(text, _QUICK_SAMPLE)
        if quick is not None and confidence >= _QUICK_CONFIDENCE and _same_language(tag, quick):
            return tag
    detected, confidence = detect_language(text)
    if tag is None:
        return detected if detected and (confidence >= 0.5 or len(text) >= 200) else None
    if detected is None or _same_language(tag, detected):
        return tag
    cjk = {"ja", "ko", "zh"}
    if detected == "zh" and primary(tag) in ("ja", "ko"):
        # Han alone is written in Japanese and (less) Korean too: a kanji-only text does not contradict "ja"
        return tag
    if detected in cjk or primary(tag) in cjk:
        return detected if confidence >= 0.99 or detected in cjk else tag
    if confidence >= 0.9 and len(text) >= 400:
        return detected
    return tag
