"""The article-extraction-benchmark metric (as described in ../shared/data/README.md).

Tokens are `\\w+` matches (Unicode); each text becomes a multiset of 4-token shingles (a text shorter than
4 tokens is one shingle). Per page: TP = sum of min(true, pred) over shingles, FP = the predicted excess,
FN = the missing; precision = mean over pages of TP/(TP+FP) (1 when FP = FN = 0; pages with TP+FP = 0
skipped), recall = mean of TP/(TP+FN) likewise; F1 = harmonic mean of the two means. Exact = share of pages
whose token lists are identical.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(toks: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn)


def score_page(expected: str, predicted: str) -> PageScore:
    te, tp_ = tokens(expected), tokens(predicted)
    se, sp = shingles(te), shingles(tp_)
    tp = sum(min(c, sp[s]) for s, c in se.items())
    fp = sum(sp.values()) - tp
    fn = sum(se.values()) - tp
    return PageScore(tp, fp, fn, te == tp_)


@dataclass(frozen=True)
class Summary:
    precision: float
    recall: float
    f1: float
    exact: float
    pages: int


def summarize(scores: Iterable[PageScore]) -> Summary:
    scores = list(scores)
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    exact = sum(1 for s in scores if s.exact) / len(scores) if scores else 0.0
    return Summary(p, r, f1, exact, len(scores))
