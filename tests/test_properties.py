"""Properties that must hold for any input (hypothesis)."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler._authors import normalize_authors
from crawler._clutter import is_clutter_line
from crawler._dates import parse_date
from crawler._language import normalize_tag
from crawler._repeats import remove_repeats
from crawler._text import clean_line, content_hash, match_key, word_count
from crawler._urls import normalize_url, site_of

# PROPERTY_EXAMPLES=5000 for a longer hunt; the default keeps the suite fast.
SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text with the characters that matter here: spaces of every kind, invisibles, combining marks, CJK, punctuation.
_SPECIAL = (
    " \t\n\r\u00a0\u2009\u202f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\u2066\u2069\u0301\u0308\u3099"
    "\u2013\u2014-\u2018\u2019\u201c\u201d'\".,;:!?()[]/%&#=+_@\x00\x07\x85\u2028"
    "aAeEiIzZ09\u00e9\u00df\u0130\u0131\ufb01\uff21\uff11\u6771\u4eac\u3042\u30a2\uac00\u1100\u1161"
)
texts = st.text(alphabet=st.sampled_from(_SPECIAL), max_size=40) | st.text(max_size=40)

# ------------------------------------------------------------------------------------------------ URLs

_url_chars = st.sampled_from(
    list("aZ09-._~%/?#&=;:@!$'()*+, ")
    + ["%2F", "%41", "%zz", "%25", "\u00e9", "\u6771", "amp", "utm_source=x", "amp=1", "..", "."]
)
url_parts = st.lists(_url_chars, max_size=12).map("".join)
hosts = st.sampled_from(
    ["example.com", "EXAMPLE.com", "www.bbc.co.uk", "amp.example.com", "amp.co.uk", "m\u00fcnchen.de", "[::1]",
     "127.0.0.1", "a_b.example.org", "example.com.", "exa mple.com", "", "xn--mnchen-3ya.de"]
)
ports = st.sampled_from(["", ":80", ":443", ":8080", ":0", ":99999", ":x"])
schemes = st.sampled_from(["http", "https", "HTTP", "HtTpS", "ftp", ""])


@st.composite
def urls(draw: st.DrawFn) -> str:
    return (
        f"{draw(schemes)}://{draw(hosts)}{draw(ports)}/{draw(url_parts)}"
        f"{draw(st.sampled_from(['', '?']))}{draw(url_parts)}{draw(st.sampled_from(['', '#frag']))}"
    )


@SETTINGS
@given(st.text(max_size=80))
def test_normalize_url_never_raises_on_text(text: str) -> None:
    out = normalize_url(text)
    assert out is None or normalize_url(out) == out


@SETTINGS
@given(urls())
def test_normalize_url_idempotent(url: str) -> None:
    once = normalize_url(url)
    if once is None:
        return
    assert normalize_url(once) == once
    assert once.startswith(("http://", "https://"))
    assert "#" not in once
    assert not re.search(r"[\s<>\"{}|\\^`]", once)
    if "?" in once:
        keys = [piece.split("=", 1)[0].lower() for piece in once.split("?", 1)[1].split("&")]
        assert not any(k.startswith("utm_") or k in ("fbclid", "gclid") for k in keys)


@SETTINGS
@given(urls())
def test_site_of_never_raises(url: str) -> None:
    site = site_of(url)
    assert site is None or isinstance(site, str)


# ------------------------------------------------------------------------------------------------ text


@SETTINGS
@given(texts)
def test_clean_line_idempotent(text: str) -> None:
    once = clean_line(text)
    assert clean_line(once) == once
    assert once == once.strip()
    assert "  " not in once and "\n" not in once


@SETTINGS
@given(texts)
def test_match_key_idempotent(text: str) -> None:
    key = match_key(text)
    assert match_key(key) == key


@SETTINGS
@given(texts)
def test_content_hash_deterministic(text: str) -> None:
    assert content_hash(text) == content_hash(text)


@SETTINGS
@given(st.lists(st.text(alphabet=st.sampled_from("abcXYZ09\u00e9\u6771\uac00"), min_size=1, max_size=6), min_size=1,
                max_size=6),
       st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u3000"]), min_size=8, max_size=8))
def test_content_hash_ignores_whitespace_and_case(words: list[str], spaces: list[str]) -> None:
    plain = " ".join(words)
    spaced = "".join(w + spaces[i % len(spaces)] for i, w in enumerate(words))
    assert content_hash(plain) == content_hash(spaced.upper())
    assert content_hash(plain) == content_hash("  " + spaced.lower() + "\n")


@SETTINGS
@given(texts)
def test_word_count_never_negative(text: str) -> None:
    assert word_count(text) >= 0
    assert (word_count(text) == 0) == (match_key(text) == "")


# ------------------------------------------------------------------------------------------------ repeats

_sentences = st.sampled_from(
    [
        "Japan said Tuesday it will begin releasing treated water.",
        "Japan said Tuesday it will begin releasing treated water. The release starts in summer.",
        "The release starts in summer.",
        "TOKYO (AP) \u2013 Japan said Tuesday it will begin releasing treated water.",
        "Officials said the water is safe to release into the ocean.",
        "Yes.",
        "No.",
        "***",
        "alpha beta gamma delta epsilon zeta",
        "one two alpha beta gamma",
        "delta epsilon zeta three four",
        "\u6771\u4eac\u3067\u4f1a\u8b70\u304c\u958b\u304b\u308c\u305f\u3002",
    ]
)
paragraph_lists = st.lists(_sentences | st.text(alphabet=st.sampled_from("ab c.\u2013"), max_size=20), max_size=10)
titles = st.none() | _sentences


@SETTINGS
@given(paragraph_lists, titles, titles)
def test_remove_repeats_idempotent_deterministic_and_never_adds(
    paras: list[str], title: str | None, subtitle: str | None
) -> None:
    once = remove_repeats(paras, title=title, subtitle=subtitle)
    assert remove_repeats(list(paras), title=title, subtitle=subtitle) == once
    assert remove_repeats(once, title=title, subtitle=subtitle) == once
    assert len(once) <= len(paras)
    # the result is a subsequence of the input
    it = iter(paras)
    assert all(any(p is q for q in it) for p in once)


@SETTINGS
@given(st.lists(st.text(max_size=30), max_size=8), st.none() | st.text(max_size=30))
def test_remove_repeats_arbitrary_text(paras: list[str], title: str | None) -> None:
    once = remove_repeats(paras, title=title)
    assert remove_repeats(once, title=title) == once
    assert len(once) <= len(paras)


# ------------------------------------------------------------------------------------------------ dates

_date_bits = st.sampled_from(
    ["2023", "-", "04", "28", "T", "17:40", ":00", "Z", "+09:00", " ", "年", "月", "日", "년", "월", "일", "時", "分",
     "April", "May", ",", "PM", "오후", "午後", "GMT", "KST", "Fri,", ".", "/", "1682671200", "000", "Uhr", "Updated:",
     "99", "0", "2999", "1970"]
)


@SETTINGS
@given(st.lists(_date_bits, max_size=10).map("".join), st.sampled_from([None, "Asia/Tokyo", "UTC", "Nope/Zone", ""]))
def test_parse_date_never_raises_on_date_like_text(text: str, tz: str | None) -> None:
    out = parse_date(text, tz)
    assert out is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?", out)


@SETTINGS
@given(st.text(max_size=60))
def test_parse_date_never_raises(text: str) -> None:
    out = parse_date(text)
    assert out is None or isinstance(out, str)


# ------------------------------------------------------------------------------------------------ authors

_credit_bits = st.sampled_from(
    ["By ", "Jane", " Doe", " and ", ", ", " | ", "Reuters", "AP", "MARI YAMAGUCHI", "김철수 기자", "山田太郎記者",
     "(", ")", "@jane", "jane@example.com", "https://example.com/a", " - ", "Staff Writer", "Updated May 3, 2023",
     "von ", "y", " ", ".", "'", "\u00a0", "\u200b", "Email the author", "The Associated Press"]
)


@SETTINGS
@given(st.one_of(st.lists(_credit_bits, max_size=10).map("".join), st.text(max_size=60)))
def test_normalize_authors_never_raises_and_names_are_clean(raw: str) -> None:
    people, agency = normalize_authors(raw)
    assert agency is None or agency.strip()
    for name in people:
        assert name and name == name.strip()
        assert "@" not in name and "://" not in name
        assert any(c.isalpha() for c in name)
    assert len({p.casefold() for p in people}) == len(people)


@SETTINGS
@given(st.lists(st.one_of(st.none(), st.text(max_size=30), st.integers()), max_size=5))
def test_normalize_authors_lists(raw: list[object]) -> None:
    people, _ = normalize_authors(raw)  # type: ignore[arg-type]
    assert all(people)


# ------------------------------------------------------------------------------------------------ others


@SETTINGS
@given(st.text(max_size=30))
def test_normalize_tag_never_raises(text: str) -> None:
    tag = normalize_tag(text)
    assert tag is None or normalize_tag(tag) == tag


@SETTINGS
@given(texts)
def test_is_clutter_line_never_raises(text: str) -> None:
    assert is_clutter_line(text) in (True, False)
