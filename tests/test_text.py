"""Text normalisation: clean_line, word_count, reading_time, match_key, content_hash."""

from __future__ import annotations

import unicodedata

import pytest

from crawler._text import (
    cjk_ratio,
    clean_line,
    clean_paragraphs,
    content_hash,
    match_key,
    reading_time,
    split_paragraphs,
    word_count,
)

# ------------------------------------------------------------------------------------------- clean_line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\u00a0b", "a b"),  # no-break space
        ("a\u202fb", "a b"),  # narrow no-break space
        ("a\u3000b", "a b"),  # ideographic space
        ("a\u2009b", "a b"),  # thin space
        ("a\u200bb", "ab"),  # zero-width space
        ("\ufeffabc", "abc"),  # byte order mark
        ("infor\u00admation", "information"),  # soft hyphen
        ("a\u2060b", "ab"),  # word joiner
        ("\u2066Tokyo\u2069", "Tokyo"),  # bidi isolates
        ("\u200eabc\u200f", "abc"),  # direction marks
        ("  a  \n b\t", "a b"),
        ("a\r\nb", "a b"),
        ("a\u2028b\u2029c", "a b c"),
        ("a\x85b", "a b"),
        ("\x00a\x07b\x7f", "ab"),
        ("", ""),
        (None, ""),
        ("   \u00a0\u3000 ", ""),
    ],
)
def test_clean_line(raw: str | None, expected: str) -> None:
    assert clean_line(raw) == expected


def test_clean_line_nfc() -> None:
    assert clean_line("Cafe\u0301") == "Café"
    assert clean_line("Cafe\u0301") == unicodedata.normalize("NFC", "Café")
    # Hangul jamo compose into syllables
    assert clean_line("\u1100\u1161") == "가"


def test_clean_line_composes_after_removing_invisibles() -> None:
    # the zero-width space kept e and the accent apart: the result must still be NFC (and stable)
    out = clean_line("Cafe\u200b\u0301")
    assert out == "Café"
    assert clean_line(out) == out


def test_clean_line_keeps_joiners_that_carry_meaning() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ is part of the spelling
    assert clean_line(persian) == persian
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_line(family) == family


def test_clean_line_drops_joiners_that_join_nothing() -> None:
    # a stray non-joiner or joiner an editor left after a space or a Latin letter: the words match without it (the
    # generic path's extractor drops it as well, a profile's text must read the same)
    assert clean_line("the harbour \u200cand the pier") == "the harbour and the pier"
    assert clean_line("\u200dRiverside\u200c news") == "Riverside news"
    assert clean_line("caf\u00e9\u200c open") == "caf\u00e9 open"


def test_clean_paragraphs_and_split() -> None:
    assert clean_paragraphs([" a ", "", "\u200b", "b\u00a0c"]) == ["a", "b c"]
    assert split_paragraphs("one\n\n two \n \n\nthree\nstill three") == ["one", "two", "three still three"]
    assert split_paragraphs("") == []


# ------------------------------------------------------------------------------------------- counting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   ", 0),
        ("Hello world", 2),
        ("The quick brown fox jumps over the lazy dog.", 9),
        ("don't stop", 2),
        ("It\u2019s over", 2),
        ("a state-of-the-art plant", 3),
        ("12,000 people and 3.5 percent", 5),
        ("Hello, world. Again!", 3),
        # Japanese: each Han/kana character counts
        ("東京で会議が開かれた。", 10),
        ("日本語のテキストです", 10),
        # Chinese
        ("中文新闻报道", 6),
        # Korean is written with spaces: counted by words
        ("서울에서 회의가 열렸다.", 3),
        ("서울시는 28일 새로운 교통 정책을 발표했다", 6),
        # mixed
        ("東京 Tokyo 2023年", 5),
        # kana punctuation is not a word
        ("東京・大阪", 4),
        ("\u309b", 0),
    ],
)
def test_word_count(text: str, expected: int) -> None:
    assert word_count(text) == expected


def test_reading_time() -> None:
    assert reading_time("") == 0
    assert reading_time("...") == 0
    assert reading_time("word") == 1
    assert reading_time(" ".join(["word"] * 230)) == 1
    assert reading_time(" ".join(["word"] * 231)) == 2
    assert reading_time(" ".join(["word"] * 2300)) == 10
    assert reading_time("字" * 500) == 1
    assert reading_time("字" * 1001) == 3
    # contractions are one word for reading time too
    assert reading_time(" ".join(["don't"] * 230)) == 1


def test_cjk_ratio() -> None:
    assert cjk_ratio("") == 0.0
    assert cjk_ratio("abc") == 0.0
    assert cjk_ratio("東京") == 1.0
    assert 0.4 < cjk_ratio("ab東京") < 0.6


# ------------------------------------------------------------------------------------------- keys and hashes


def test_match_key_ignores_case_punctuation_dashes_quotes() -> None:
    assert match_key("TOKYO (AP) \u2013 Japan said") == match_key("Tokyo (AP) - japan said")
    assert match_key("\u201cIt\u2019s over,\u201d he said.") == match_key('"It\'s over" he said')
    assert match_key("state\u2014of\u2014the\u2014art") == match_key("state-of-the-art")
    assert match_key("  many   spaces\u00a0here ") == "many spaces here"


def test_match_key_folds_width_ligatures_and_case() -> None:
    assert match_key("\uff11\uff12 dead") == match_key("12 dead")
    assert match_key("\ufb01ne") == match_key("fine")
    assert match_key("Stra\u00dfe") == match_key("STRASSE")


def test_match_key_ignores_invisible_characters() -> None:
    assert match_key("a\u200bb") == match_key("ab")
    assert match_key("infor\u00admation") == "information"


def test_match_key_cjk_one_token_per_character() -> None:
    assert match_key("東京で") == "東 京 で"
    assert match_key("東京で") == match_key("東京 で")
    assert match_key("東京で") in match_key("昨日東京で会議")


def test_match_key_none_and_empty() -> None:
    assert match_key("") == ""
    assert match_key("...!!") == ""


def test_content_hash_ignores_formatting() -> None:
    a = 'He said: "It\u2019s over" \u2014 really.\n\nSecond paragraph.'
    b = "he said, 'it's over' - really. second  paragraph"
    assert content_hash(a) == content_hash(b)
    assert content_hash("A\u00a0B") == content_hash("a b")


def test_content_hash_changes_with_words_and_digits() -> None:
    assert content_hash("12 dead in attack") != content_hash("13 dead in attack")
    assert content_hash("12 dead in attack") != content_hash("12 hurt in attack")
    assert content_hash("1,200 dead") != content_hash("1,300 dead")


def test_content_hash_empty() -> None:
    assert content_hash("") is None
    assert content_hash(None) is None  # type: ignore[arg-type]
    assert content_hash("... \u2014 !!") is None


def test_content_hash_is_stable_hex() -> None:
    h = content_hash("Stable text")
    assert h == content_hash("Stable text")
    assert h is not None and len(h) == 32 and int(h, 16) >= 0
