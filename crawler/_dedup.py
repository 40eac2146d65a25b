"""Near-duplicate detection: MinHash signatures and LSH band keys.

A body becomes a set of shingles: word 5-grams of its normalised words, or character 5-grams for Chinese
and Japanese text (no spaces between words). A MinHash signature of 128 permutations (rensa, fixed seed)
estimates the Jaccard similarity of two bodies as the share of equal positions. For lookup the first 126
values of the signature are cut into 42 bands of 3 rows; each band is hashed to one 64-bit key stored in an
index, so finding candidates is 42 indexed lookups however large the database is. Two bodies with Jaccard
similarity s share at least one band with probability 1 - (1 - s^3)^42: 0.68 at s = 0.3, 0.94 at s = 0.4,
0.996 at s = 0.5 (a copy with a trimmed ending has a low Jaccard similarity, so the bands are generous).
Candidates lead to their cluster heads, and the decision is made against each head's stored signature.

The link decision uses `similarity`: the estimated containment of the shorter body in the longer one, so a
copy with a trimmed ending still scores near 1.

Everything is deterministic: the same body always gives the same signature and keys.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

import rensa

from ._text import cjk_ratio, joined_key

NUM_PERM = 128
BANDS = 42
ROWS = 3
SEED = 20251121
SHINGLE_WORDS = 5
SHINGLE_CHARS = 5
#: identifies how signatures are made; stored with them so a change can trigger re-indexing
ALGORITHM = f"rensa-{getattr(rensa.RMinHash, 'ALGORITHM_VERSION', '1')}:{NUM_PERM}:{SEED}:w{SHINGLE_WORDS}c{SHINGLE_CHARS}"


@dataclass(frozen=True)
class DedupSettings:
    """`threshold`: `similarity` (estimated containment) at or above which two articles are copies of one
    story. Measured on the synthetic corpus of bench/dedup.py, see docs/dedup.md."""

    threshold: float = 0.7
    enabled: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.threshold, bool) or not isinstance(self.threshold, (int, float)) \
                or not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"dedup threshold must be a number above 0 and at most 1, not {self.threshold!r}")


def shingles(body: str) -> list[str]:
    """The shingle set of a body (as a list, duplicates removed, in first-seen order)."""
    # the key of each paragraph (remembered: extraction has just keyed the same paragraphs), joined: the same as
    # match_key(body), for a fraction of the cost right after extraction
    key = joined_key(body.split("\n\n"))
    if not key:
        return []
    if cjk_ratio(body) > 0.3:
        chars = key.replace(" ", "")
        if len(chars) <= SHINGLE_CHARS:
            return [chars]
        grams = (chars[i:i + SHINGLE_CHARS] for i in range(len(chars) - SHINGLE_CHARS + 1))
    else:
        words = key.split(" ")
        if len(words) <= SHINGLE_WORDS:
            return [key]
        grams = map(" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS))))  # each run of SHINGLE_WORDS words
    return list(dict.fromkeys(grams))


@dataclass(frozen=True)
class Fingerprint:
    """A body's MinHash signature and how many distinct shingles it has."""

    sig: list[int]
    size: int


def fingerprint(body: str) -> Fingerprint | None:
    """The MinHash fingerprint of a body, or None for an empty body."""
    sh = shingles(body)
    if not sh:
        return None
    m = rensa.RMinHash(num_perm=NUM_PERM, seed=SEED)
    m.update(sh)
    return Fingerprint([int(x) for x in m.digest()], len(sh))


def signature(body: str) -> list[int] | None:
    """The MinHash signature of a body, or None for an empty body."""
    fp = fingerprint(body)
    return fp.sig if fp else None


_BAND_PREFIX = [struct.pack("<I", b) for b in range(BANDS)]
_BAND_BYTES = 4 * ROWS


def band_keys(sig: list[int]) -> list[int]:
    """One signed 64-bit key per band (the band number is part of the key): the blake2b-64 of the band
    number and the band's rows, each as little-endian unsigned 32 bits."""
    packed = pack(sig)
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return [from_bytes(blake2b(_BAND_PREFIX[b] + packed[b * _BAND_BYTES:(b + 1) * _BAND_BYTES],
                               digest_size=8).digest(), "little", signed=True)
            for b in range(BANDS)]


def pack(sig: list[int]) -> bytes:
    return struct.pack(f"<{len(sig)}I", *[x & 0xFFFFFFFF for x in sig])


def unpack(blob: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(blob) // 4}I", blob))


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity: the share of equal signature positions."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b) if (x & 0xFFFFFFFF) == (y & 0xFFFFFFFF)) / len(a)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated share of the shorter body's shingles that the other body contains (containment).

    Equal to the Jaccard similarity for bodies of equal size, and close to 1 for a copy that trimmed the
    ending or cut paragraphs, which Jaccard would under-rate. Derived from the Jaccard estimate J and the
    shingle counts: |A ∩ B| = J (|A| + |B|) / (1 + J)."""
    j = jaccard(a.sig, b.sig)
    if j <= 0.0:
        return 0.0
    inter = j * (a.size + b.size) / (1.0 + j)
    return min(1.0, inter / max(1, min(a.size, b.size)))
