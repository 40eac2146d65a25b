"""The cheap paths of the line rules and the word counts give the answers of the code they replaced.

Each check keeps the replaced code here as the oracle and compares it with the fast path on hand-made inputs that hit
the edge cases, on random ones, and on the text of real pages under ../shared when present (skipped otherwise).
"""

from __future__ import annotations

import gzip
import json
import random
import re

import lxml.html
import pytest

from crawler._clutter import (_AS_LETTERS, _CASE_ODD_LETTERS, _CASE_ODDITIES, _CASED_LINE, _clutter_text,
                              line_index, lowered, words_held)
from crawler._text import _AROUND_WORDS, _CJK_CHAR, _CJK_SPAN, _COUNT_WORD, _count_words, _has_cjk, cjk_ratio, match_key

from .conftest import SHARED
from .test_clutter import ARTICLE_LINES, CLOSING_ARTICLE, CLOSING_CLUTTER, CLUTTER_LINES


# ------------------------------------------------------------------------------------------------ the oracles


def _old_count_words(text: str) -> int:
    n = 0
    for token in text.split():
        if token.isalnum() or token.strip(_AROUND_WORDS).isalnum():
            n += 1
        else:
            n += len(_COUNT_WORD.findall(token))
    return n


def _old_cjk_ratio(text: str) -> float:
    if text.isascii() or not _CJK_CHAR.search(text):
        return 0.0
    letters = len(re.findall(r"[^\W_]", text))
    return len(_CJK_CHAR.findall(text)) / letters if letters else 0.0


def _old_lowered(text: str) -> str:
    return (text if _CASE_ODDITIES.search(text) is None else text.translate(_AS_LETTERS)).lower()


def _old_clutter_text(text: str) -> bool:
    held = words_held(_old_lowered(text))
    if line_index().starting.match(text, held) or (len(text) <= 200 and _CASED_LINE.fullmatch(text) is not None):
        return True
    if held:
        for words, pattern in line_index().scanning:
            if not words.isdisjoint(held) and pattern.match(text) is not None:
                return True
    return False


# ------------------------------------------------------------------------------------------------ the inputs

#: characters that matter to the paths: word characters of several scripts, the punctuation around words, joiners of
#: words, white space of several kinds, the edges of the CJK range and the letters IGNORECASE takes for others
_ALPHABET = ("aZ9_é ßİıſᲀ\u0130 \t\n\u00a0\u3000\u2003'’-\u2010.,;:!?…—–()[]\"“”«»*/#@&%$€"
             "\u3040\u3041\u30fa\u30fb\u4e00\u9fff\u3400\uac00\uff66\uff9d\uff9e\U00020000\U0002fa1f\U0002fa20"
             "\u0e01\u0627\u05d0١2３①ﬁ\u200b\u200c\u00ad")

HAND_MADE = [
    "", " ", "word", "(word),", "don't", "state-of-the-art", "12,000 and 3.5", "a.b", "1.2.3", "_", "__init__",
    "foo_bar", "“quoted”", "«Guillemets»", "…", "e.g.", "U.S.", "x—y", "C++", "#hashtag", "@name", "50%", "₹100",
    "１２３ ①②", "ﬁne", "日本語のテキスト", "한국어 텍스트", "中文，标点。", "ｶﾀｶﾅ", "\u3040\u30fb", "\U0002fa1f",
    "İstanbul ıslak ſtraße", "ᲀᲁ", "Sign up for our newsletter", "Read more: Storm closes coastal road",
    "Advertisement", "Share this article", "With our app you get more", "Mit der App mehr erfahren",
    *CLUTTER_LINES, *ARTICLE_LINES, *CLOSING_CLUTTER, *CLOSING_ARTICLE,
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [w for line in CLUTTER_LINES + ARTICLE_LINES for w in line.split()]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 12)):
            if rng.random() < 0.5 and words:
                parts.append(rng.choice(words))
            else:
                parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 8))))
        out.append(rng.choice([" ", "", "  ", "\u00a0"]).join(parts))
    return out


RANDOM = _random_texts(3000, 20260)


def _real_texts(limit: int = 60) -> list[str]:
    """The paragraphs and lines of text of the first `limit` real pages (none when ../shared is absent)."""
    gt = SHARED / "data" / "aeb-dev" / "ground-truth.json"
    if not gt.exists():
        return []
    texts = []
    for pid in sorted(json.loads(gt.read_text(encoding="utf-8")))[:limit]:
        path = SHARED / "data" / "aeb-dev" / "html" / f"{pid}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        tree = lxml.html.fromstring(html)
        for el in tree.iter("p", "li", "h1", "h2", "h3", "a", "span", "div"):
            text = el.text_content()
            if text and len(text) <= 2000:
                texts.append(text)
                texts.extend(line.strip() for line in text.splitlines() if line.strip())
    return list(dict.fromkeys(texts))


def _real_or_skip() -> list[str]:
    texts = _real_texts()
    if not texts:
        pytest.skip("../shared absent: no real pages")
    return texts


# ------------------------------------------------------------------------------------------------ word counts


@pytest.mark.parametrize("text", HAND_MADE)
def test_count_words_hand_made(text: str) -> None:
    assert _count_words(text) == _old_count_words(text) == len(_COUNT_WORD.findall(text))


def test_count_words_random() -> None:
    for text in RANDOM:
        assert _count_words(text) == _old_count_words(text), text


def test_count_words_real_pages() -> None:
    texts = _real_or_skip()
    assert all(_count_words(t) == _old_count_words(t) for t in texts)
    whole = "\n\n".join(texts)  # (a whole body, as measure counts it)
    assert _count_words(whole) == _old_count_words(whole)


# ------------------------------------------------------------------------------------------------ CJK search


def test_cjk_span_holds_every_cjk_character() -> None:
    """The wide range's search may only be a first step when every character of _CJK_CHAR is in it."""
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        if _CJK_CHAR.match(chr(code)):
            assert _CJK_SPAN.match(chr(code)), hex(code)


@pytest.mark.parametrize("text", HAND_MADE)
def test_has_cjk_hand_made(text: str) -> None:
    assert _has_cjk(text) == (_CJK_CHAR.search(text) is not None)


def test_has_cjk_random() -> None:
    for text in RANDOM:
        assert _has_cjk(text) == (_CJK_CHAR.search(text) is not None), text
        assert cjk_ratio(text) == _old_cjk_ratio(text), text


def test_has_cjk_after_a_wide_character() -> None:
    """A character of the wide range that is no CJK letter before the first CJK one: found from there on."""
    assert _has_cjk("\u30fb \u3000 \uff9e then 日")
    assert not _has_cjk("\u30fb\uff9e\U0002fa20 \u3040")
    assert match_key("\u30fbテスト") == "テ ス ト"


def test_has_cjk_real_pages() -> None:
    for text in _real_or_skip():
        assert _has_cjk(text) == (_CJK_CHAR.search(text) is not None)
        assert cjk_ratio(text) == _old_cjk_ratio(text)


# ------------------------------------------------------------------------------------------------ line rules


@pytest.mark.parametrize("text", HAND_MADE + list(_CASE_ODD_LETTERS))
def test_lowered_hand_made(text: str) -> None:
    assert lowered(text) == _old_lowered(text)


def test_lowered_random() -> None:
    for text in RANDOM:
        assert lowered(text) == _old_lowered(text), text


@pytest.mark.parametrize("text", [t for t in HAND_MADE if t])
def test_clutter_text_hand_made(text: str) -> None:
    assert _clutter_text.__wrapped__(text) == _old_clutter_text(text)


def test_clutter_text_random() -> None:
    for text in RANDOM:
        if text:
            assert _clutter_text.__wrapped__(text) == _old_clutter_text(text), text


def test_clutter_text_every_scanning_pattern() -> None:
    """A line holding the words of each scanning pattern (alone and with others) is answered as before."""
    words = sorted({w for ws, _ in line_index().scanning for w in ws})
    rng = random.Random(7)
    for word in words:
        for text in (word.strip(), f"Read {word.strip()} here", f"{word.strip()} {rng.choice(words).strip()} now",
                     f"Click {word}", f"{word.strip().capitalize()} and more"):
            if text:
                assert _clutter_text.__wrapped__(text) == _old_clutter_text(text), text


def test_clutter_text_real_pages() -> None:
    texts = [t.strip() for t in _real_or_skip() if 0 < len(t.strip()) <= 600]
    assert texts
    matched = 0
    for text in texts:
        old = _old_clutter_text(text)
        assert _clutter_text.__wrapped__(text) == old, text
        matched += old
    assert matched  # (the pages hold clutter lines: the patterns were tried, not only the words)


def test_scanning_patterns_filed_under_each_word() -> None:
    """Every scanning pattern is filed under each of its words, and under no other."""
    index = line_index()
    for word, patterns in index.by_word.items():
        assert set(patterns) == {p for ws, p in index.scanning if word in ws}
    assert set(index.by_word) == {w for ws, _ in index.scanning for w in ws}


# ------------------------------------------------------------------------------------------------ held elements

#: a page whose steps remove, unwrap and retag elements (boxes, clutter, captions, links), so that elements held
#: alive across them are elements the tree no longer holds
STEPS_PAGE = """<html><head><title>Harbour plan | Courier</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="share-bar"><a href="https://facebook.com/x">Share</a></div>
<article class="article-body"><h1>Harbour plan approved after long debate</h1>
<p class="lead">The council approved the harbour plan on Tuesday, ending a debate that lasted two years.</p>
<figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Jane Roe</figcaption></figure>
<p>Work on the new quay will start in the spring, the mayor said, and should take about three years.</p>
<div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
<aside class="related"><ul><li><a href="/a">Related story one about something</a></li>
<li><a href="/b">Related story two about something else</a></li></ul></aside>
<p>Residents, who had opposed an earlier version, said the new plan kept the beach open to the public.</p>
<div>Text written straight into a div, without a paragraph around it, long enough to count.<br>And more.</div>
<blockquote><p>"We listened," the mayor said, "and the plan is better for it."</p></blockquote>
<p>Advertisement</p><p>The council will vote on the budget for the work next month, <a href="/b">officials</a> said.</p>
</article><footer><p>© Courier 2026</p></footer></body></html>"""


def _extract_both_ways(html: str, url: str) -> tuple[object, object]:
    import crawler._generic as generic
    from crawler import extract_article

    held = extract_article(html, url)
    original = generic._kept_alive
    generic._kept_alive = lambda tree: []  # as before: nothing held
    try:
        unheld = extract_article(html, url)
    finally:
        generic._kept_alive = original
    return held, unheld


def _fields(article: object) -> dict[str, object]:
    return dict(vars(article))


def test_held_elements_change_nothing() -> None:
    held, unheld = _extract_both_ways(STEPS_PAGE, "https://courier.example/news/harbour-plan")
    assert "new quay" in held.body
    assert _fields(held) == _fields(unheld)


def test_held_elements_change_nothing_on_real_pages() -> None:
    gt = SHARED / "data" / "aeb-dev" / "ground-truth.json"
    if not gt.exists():
        pytest.skip("../shared absent: no real pages")
    for pid in sorted(json.loads(gt.read_text(encoding="utf-8")))[:12]:
        path = SHARED / "data" / "aeb-dev" / "html" / f"{pid}.html.gz"
        if path.exists():
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            held, unheld = _extract_both_ways(html, f"https://site.example/{pid}")
            assert _fields(held) == _fields(unheld), pid
