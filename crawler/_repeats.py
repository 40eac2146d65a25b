"""Removing text a page prints twice: the headline and dek repeated in the body, a lead paragraph printed
again (with other dashes or quotes), repeated captions and pull quotes.

Deterministic and stateless: the result depends only on the paragraphs given. Paragraphs are compared by
`match_key` (case, punctuation, dashes, quotes and spacing ignored). The rules, in order:

1. A paragraph whose key equals the title's or the subtitle's is a repeated headline or dek: dropped.
2. A paragraph of at least `min_words` words (three times as many Han/kana characters) whose text occurs again in
   what follows it (in one later paragraph or running across several) is an early copy, a teaser or a pull
   quote: the earlier one is dropped, the copy in the running text stays.
3. A paragraph of at least `min_words` words contained in an earlier kept paragraph is a later copy: dropped.
4. An exact repeat of any earlier kept paragraph, however short, is dropped, except for separators.

With `copies=False` (the generic path, where the extractor's own output holds the page's structure) a paragraph
printed again as a whole is no copy (recipes, meal plans and interviews repeat their labels and questions):
rule 4 is off, rules 2 and 3 apply to paragraphs of at least `GENERIC_MIN_WORDS` words found inside a longer
paragraph or running across several (a lead printed first merged with the next sentence, a pull quote); and a
run of at least `RUN_PARAGRAPHS` consecutive paragraphs, `RUN_WORDS` words and `RUN_SHARE` of the text printed
again in the same order (a story rendered twice, for two screen sizes) is dropped the second time.

Rules 2 and 3 do not apply to the `headings` given (section headings a site profile read from the markup): a
heading that quotes a sentence of its section ("'We never saw it coming'") is a heading, not a pull quote.

Before these, page chrome printed above the headline goes: when the headline is repeated among the first
paragraphs, the short label lines before it (at most `LABEL_WORDS` words, no sentence punctuation at the
end: navigation items, section labels, kickers) are dropped. Sentences before the headline stay (a lead
printed first is rule 2's business). So does a headline printed with its kicker in one line among the first
paragraphs: the headline (the title or one of the page's other `headlines`, its <h1>) after a short label,
often glued to it ("Migration policyParty leader calls for…", the two spans of an <h1> without a space). (The
title without its label is left alone: "Explainer: What is the budget office?" may open a section headed
"What is the budget office?") The alternative headline a page declares goes too when printed with two of
its parts glued (see _glued_alternative).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Mapping

from ._text import cjk_ratio, ends_as_prose, match_key

MIN_WORDS = 6
#: page-chrome labels before a repeated headline: at most this many words …
LABEL_WORDS = 6
#: … and the headline repeated within this many opening paragraphs
HEAD_WINDOW = 10
#: copies=False: rules 2 and 3 only for paragraphs of at least this many words
GENERIC_MIN_WORDS = 12
#: a repeated run (copies=False): at least this many consecutive paragraphs …
RUN_PARAGRAPHS = 3
#: … holding at least this many words and this share of all words (a whole story or most of it)
RUN_WORDS = 150
RUN_SHARE = 0.25
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "」", "。", "！", "？")


def _words(key: str) -> int:
    return key.count(" ") + 1 if key else 0


def remove_repeats(
    paragraphs: list[str],
    *,
    title: str | None = None,
    subtitle: str | None = None,
    min_words: int = MIN_WORDS,
    headings: Iterable[str] = (),
    copies: bool = True,
    headlines: Iterable[str] = (),
    alternative: str | None = None,
) -> list[str]:
    keys = [match_key(p) for p in paragraphs]
    banned = {k for k in (match_key(title or ""), match_key(subtitle or "")) if k}
    heads = {k for k in (match_key(h) for h in headings) if k}
    # Dropping a paragraph joins its neighbours in the running text, which can reveal a copy that the dropped
    # paragraph hid; the rules are applied again until nothing changes, so that the result is stable
    # (remove_repeats(remove_repeats(x)) == remove_repeats(x)). Each pass only removes, so this ends.
    chrome = _chrome_before_headline(keys, paragraphs, title) | _headlines_with_kicker(keys, paragraphs, title,
                                                                                       headlines)
    chrome |= _glued_alternative(keys, alternative)
    alive = [i for i in range(len(paragraphs)) if i not in chrome]
    # how often each paragraph is printed as a whole, counted once on the page's own text (not again after a pass
    # has dropped copies: a refrain stays a refrain)
    whole = Counter(keys[i] for i in alive)
    if not copies:
        min_words = max(min_words, GENERIC_MIN_WORDS)
    while True:
        kept = alive
        if not copies:
            kept = [kept[i] for i in _runs_pass([keys[j] for j in kept], banned)]
        kept = [kept[i] for i in _one_pass([keys[j] for j in kept], [paragraphs[j] for j in kept], banned,
                                           min_words, heads, exact=copies, whole=whole)]
        if len(kept) == len(alive):
            return [paragraphs[i] for i in kept]
        alive = kept


#: the word n-grams that find where a paragraph occurs again (see _Occurrences)
GRAM = 3


class _Occurrences:
    """Where a run of words occurs in a sequence of words, found through an index of its word n-grams: a page of
    thousands of paragraphs is checked in about linear time, where comparing each paragraph with all the others
    took minutes. A candidate is the position of the needle's rarest n-gram (of eight spread along it), verified
    word by word."""

    def __init__(self) -> None:
        self.words: list[str | None] = []
        self.index: dict[tuple[str | None, ...], list[int]] = {}

    def add(self, words: list[str | None]) -> None:
        base = len(self.words)
        self.words.extend(words)
        seq = self.words
        for p in range(max(base - GRAM + 1, 0), len(seq) - GRAM + 1):
            self.index.setdefault(tuple(seq[p:p + GRAM]), []).append(p)

    def find(self, needle: list[str], start: int = 0, end: int | None = None) -> bool:
        """True when `needle` occurs as a whole within words[start:end]."""
        stop = len(self.words) if end is None else end
        m = len(needle)
        if m < GRAM:
            return any(self.words[p:p + m] == needle for p in range(start, stop - m + 1))
        last = m - GRAM
        offsets = range(last + 1) if last < 8 else sorted({last * k // 7 for k in range(8)})
        offset, grams = min(((o, self.index.get(tuple(needle[o:o + GRAM]), [])) for o in offsets),
                            key=lambda item: len(item[1]))
        for p in grams[bisect_left(grams, start + offset):]:
            first = p - offset
            if first + m > stop:
                break
            if self.words[first:first + m] == needle:
                return True
        return False


#: above this many paragraphs x characters, copies are looked for through a word index, not by substring search
INDEX_ABOVE = 20_000_000


class _SubstringSearch:
    """Where a paragraph occurs again, by substring search over the keys: quick on a page of usual size."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        # the text from each paragraph to the end, as one key string, and where each paragraph starts in it
        self.starts: list[int] = []
        pos = 0
        for k in keys:
            self.starts.append(pos)
            pos += len(k) + 1
        self.full = " ".join(keys) + " "
        self.kept: list[str] = []
        self._kept_text: str | None = ""

    def later_copy(self, i: int) -> bool:
        """Paragraph i occurs again in the text after it (running across paragraphs or not)."""
        following = self.starts[i] + len(self.keys[i]) + 1
        return (" " + self.full[following:]).find(f" {self.keys[i]} ") != -1

    def earlier_copy(self, i: int) -> bool:
        """Paragraph i occurs inside one kept paragraph: one search of the kept paragraphs joined by a line break,
        which no key holds, so that no match runs across two."""
        if self._kept_text is None:
            self._kept_text = "\n".join(self.kept)
        return f" {self.keys[i]} " in self._kept_text

    def keep(self, i: int) -> None:
        self.kept.append(f" {self.keys[i]} ")
        self._kept_text = None


class _IndexedSearch:
    """The same through word indexes (see _Occurrences): about linear on a page of thousands of paragraphs."""

    def __init__(self, keys: list[str]) -> None:
        # all the text as one run of words (a separator paragraph, without words, is a break no copy runs across)
        self.tokens = [k.split(" ") if k else [None] for k in keys]
        self.text = _Occurrences()
        self.ends: list[int] = []
        for t in self.tokens:
            self.text.add(t)
            self.ends.append(len(self.text.words))
        # the kept paragraphs, each followed by a break
        self.kept = _Occurrences()

    def later_copy(self, i: int) -> bool:
        return self.text.find(self.tokens[i], self.ends[i])  # type: ignore[arg-type]

    def earlier_copy(self, i: int) -> bool:
        return self.kept.find(self.tokens[i])  # type: ignore[arg-type]

    def keep(self, i: int) -> None:
        self.kept.add([*self.tokens[i], None])


def _one_pass(keys: list[str], paragraphs: list[str], banned: set[str], min_words: int,
              heads: Collection[str] = (), exact: bool = True, indexed: bool | None = None,
              whole: Mapping[str, int] | None = None) -> list[int]:
    """Indices of the paragraphs that the rules keep, in one pass over `keys`. With exact=False a paragraph
    printed again as a whole (not inside another one) is not a copy: rule 4 is off, and rules 2 and 3 only
    see a paragraph inside a longer one or running across several.

    A paragraph is looked for in the rest of the text by substring search, which is quick on a page of usual
    size but grows with paragraphs x text; past INDEX_ABOVE (a page of thousands of paragraphs) through a word
    index instead (`indexed` forces one or the other). Both find the same copies."""
    if indexed is None:
        indexed = len(keys) * sum(len(k) + 1 for k in keys) > INDEX_ABOVE
    search = _IndexedSearch(keys) if indexed else _SubstringSearch(keys)
    kept: list[int] = []
    kept_keys: set[str] = set()
    later: dict[str, int] = {}
    count: Mapping[str, int] = {}
    if not exact:
        for i, key in enumerate(keys):
            later[key] = i  # the last position of each key
        # (a pass sees some of the paragraphs `whole` was counted on: its counts are those of the whole text)
        count = whole if whole is not None else Counter(keys)
    for i, key in enumerate(keys):
        if not key:
            # No word characters at all (a separator line such as "***"): keep; clutter rules decide on it.
            kept.append(i)
            continue
        if key in banned:
            continue
        long_enough = _words(key) >= (min_words * 3 if cjk_ratio(paragraphs[i]) > 0.5 else min_words)
        if key in kept_keys:
            if exact:
                continue
            # generic path: a sentence of prose printed exactly twice (a lead or a correction at top and bottom, a
            # paragraph for each screen size, a caption) is a copy; a line printed three times and more (a refrain),
            # or among short lines (verse), is the text's own repetition
            if long_enough and count[key] == 2 and ends_as_prose(paragraphs[i]) and not _verse(keys, i, min_words):
                continue
        elif key not in heads and long_enough and (exact or count[key] == 1):
            # (generic path: a line the text repeats as a whole is deliberate, not a pull quote of another line)
            if (exact or later[key] == i) and search.later_copy(i):
                continue
            if search.earlier_copy(i):
                continue
        kept.append(i)
        kept_keys.add(key)
        search.keep(i)
    return kept


def _verse(keys: list[str], i: int, min_words: int) -> bool:
    """Whether paragraph i stands among short lines (a poem's or a song's): a neighbour is short."""
    return any(0 <= j < len(keys) and keys[j] and _words(keys[j]) < min_words for j in (i - 1, i + 1))


def _runs_pass(keys: list[str], banned: set[str]) -> list[int]:
    """Indices kept by rule 1 and the repeated-run rule, in one pass over `keys`."""
    idx = [i for i, k in enumerate(keys) if k not in banned or not k]
    ks = [keys[i] for i in idx]
    n = len(ks)
    dropped: set[int] = set()
    # positions of every key, to find earlier starts of a run quickly
    where: dict[str, list[int]] = {}
    for i, k in enumerate(ks):
        where.setdefault(k, []).append(i)
    all_words = sum(_words(k) for k in ks)
    i = 0
    while i < n:
        best = 0
        if ks[i]:
            for j in where[ks[i]]:
                if j >= i:
                    break
                length = 0
                while i + length < n and j + length < i and ks[j + length] == ks[i + length] and ks[i + length]:
                    length += 1
                if length > best:
                    best = length
        run = ks[i:i + best]
        words = sum(_words(k) for k in run)
        if best >= RUN_PARAGRAPHS and words >= RUN_WORDS and words >= RUN_SHARE * all_words:
            dropped.update(range(i, i + best))
            i += best
        else:
            i += 1
    return [idx[i] for i in range(n) if i not in dropped]


#: a headline matched with its kicker: at least this many characters (spaces aside) …
HEADLINE_CHARS = 20
#: … and the kicker at most this many (and at most LABEL_WORDS words)
KICKER_CHARS = 45
#: how a sentence ends and a headline does not
_LEAD_END = (".", "!", "。", "！")


#: a site's name after the headline: at most this many words, after a spaced bar or dash
SITE_WORDS = 5


#: the last spaced bar or dash of a line ("Headline | Site")
_SITE_TAIL = re.compile(r"\s+[|–—-]\s+(?=[^|–—]*$)")


def _headlines_with_kicker(keys: list[str], paragraphs: list[str], title: str | None,
                           headlines: Iterable[str]) -> set[int]:
    """Indices of the opening paragraphs that print a headline with its kicker in one line, glued or not (see the
    module docstring). Keys are compared without their spaces, which a glued kicker takes away."""
    forms = {k.replace(" ", ""): _words(k) for k in (match_key(h) for h in (title, *headlines) if h)}
    forms = {f: n for f, n in forms.items() if len(f) >= HEADLINE_CHARS}
    if not forms:
        return set()
    out = set()
    for i, key in enumerate(keys[:HEAD_WINDOW]):
        flat = key.replace(" ", "")
        if len(flat) < HEADLINE_CHARS or cjk_ratio(paragraphs[i]) > 0.5:
            continue
        if paragraphs[i].rstrip().endswith(_LEAD_END) and flat not in forms:
            continue  # a sentence that ends with the headline's words is a lead ("U.S. President Donald Trump says …")
        # the headline with the site's name after a bar or a dash, as the page's <title> has it ("… | Courier")
        bar = _SITE_TAIL.search(paragraphs[i])
        head_flat = match_key(paragraphs[i][:bar.start()]).replace(" ", "") if bar else ""
        site_words = _words(match_key(paragraphs[i][bar.end():])) if bar else 0
        for form, words in forms.items():
            # a kicker is a label: a few words (one fewer when glued on), no run-up of a sentence
            if flat == form or (flat.endswith(form) and len(flat) - len(form) <= KICKER_CHARS
                                and _words(key) - words <= LABEL_WORDS):
                out.add(i)
                break
            if head_flat == form and 0 < site_words <= SITE_WORDS:
                out.add(i)
                break
    return out


def _glued_alternative(keys: list[str], alternative: str | None) -> set[int]:
    """Indices of the opening paragraphs that print the page's alternative headline (JSON-LD
    "alternativeHeadline": the long headline shown over the text when the <h1> carries a short one) with two of its
    parts glued, "Trade talksCouncil delays the vote": a heading of spans, its label's separator a hidden span. The
    same words printed with their spaces are a standfirst many pages also declare so, and stay."""
    alt = match_key(alternative or "")
    flat = alt.replace(" ", "")
    if len(flat) < HEADLINE_CHARS:
        return set()
    return {i for i, key in enumerate(keys[:HEAD_WINDOW]) if key != alt and key.replace(" ", "") == flat}


def _chrome_before_headline(keys: list[str], paragraphs: list[str], title: str | None) -> set[int]:
    """Indices of the short label lines printed before the headline's repeat in the opening paragraphs."""
    title_key = match_key(title or "")
    if not title_key:
        return set()
    head = None
    for i, key in enumerate(keys[:HEAD_WINDOW]):
        if key == title_key:
            head = i
    if head is None:
        return set()
    return {
        j for j in range(head)
        if keys[j] and _words(keys[j]) <= LABEL_WORDS and cjk_ratio(paragraphs[j]) <= 0.5
        and not paragraphs[j].rstrip().endswith(_SENTENCE_END)
    }
