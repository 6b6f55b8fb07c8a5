"""Near-duplicate articles: MinHash signatures of word shingles, LSH buckets kept in the store.

Syndicated and adapted copies of one story share most of their word 5-grams; two articles on the
same topic by different writers share few. Each article gets a MinHash signature (datasketch) of
its word 5-gram set and its LSH band hashes go into ``article_bands``, so finding the candidates
of a new batch is one join in DuckDB and memory does not grow with the corpus.

A candidate is a copy when the *containment* of the smaller article in the larger one reaches
:data:`CONTAINMENT`: |A∩B| / min(|A|, |B|), estimated from the MinHash Jaccard estimate J and the
exact shingle counts as J·(|A|+|B|) / ((1+J)·min(|A|, |B|)). Containment, unlike Jaccard, stays
high when one copy is cut short or carries extra boilerplate (a footer, "You may also like").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 5
SEED = 1

# Estimated containment from which two articles are copies of one another. Calibrated with
# benchmarks/bench_corpus.py ("dedup calibration") on the 293 Wikinews sample articles and the
# 4,500 synthetic NGEC stories (groups of up to 24 stories written from one headline template):
# - distinct articles: the highest containment is 0.54 (Wikinews interviews of candidates in one
#   election, which share their questionnaire), the highest in a same-headline NGEC group 0.29;
#   the store linked none of the 4,793 as copies;
# - copies with a new headline and footer: 2% of words replaced → min 0.79; 5% → min 0.61; cut
#   to half their length with 2% replaced → 5th percentile 0.63 (291/293 linked by the store).
# 0.6 sits between the two groups.
CONTAINMENT = 0.6

# Texts with fewer shingles than this are short enough to be contained in a long article by
# chance ("The talks were held in Doha on Monday."): they must match on Jaccard instead.
MIN_SHINGLES = 20
SHORT_JACCARD = 0.6

# LSH banding: 64 bands of 2 rows. A pair becomes a candidate with probability 1-(1-J²)^64:
# 0.98 at J = 0.25 (a copy cut to half its length), 0.15 at J = 0.05, 0.006 at J = 0.01 (two
# unrelated news articles rarely share more than 1% of their 5-grams). Candidates are then
# checked against CONTAINMENT, so a loose filter costs time, never precision.
ROWS = 2
BANDS = NUM_PERM // ROWS

_WORD = re.compile(r"\w+", re.UNICODE)
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)  # its permutations are computed once, then copied


@dataclass(slots=True)
class Fingerprint:
    signature: np.ndarray  # uint64 MinHash values
    size: int              # number of distinct shingles
    _bands: list[int] | None = None

    @property
    def bands(self) -> list[int]:
        """The LSH band hashes (computed once)."""
        if self._bands is None:
            self._bands = band_hashes(self.signature)
        return self._bands


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of word ``size``-grams of ``text`` (lower-cased), as UTF-8 bytes."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def fingerprint(text: str) -> Fingerprint | None:
    """The MinHash fingerprint of ``text``, or None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    m = _TEMPLATE.copy()
    m.update_batch(list(grams))
    return Fingerprint(m.hashvalues.astype(np.uint64), len(grams))


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def band_hashes(sig: np.ndarray) -> list[int]:
    """One 64-bit hash per LSH band of the signature: the band's values combined and mixed with
    splitmix64's finaliser (vectorised; stable across processes and machines)."""
    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        h = np.zeros(BANDS, dtype=np.uint64)
        for r in range(ROWS):
            h = (h ^ rows[:, r]) * _MIX[0]
        h ^= h >> np.uint64(30)
        h *= _MIX[1]
        h ^= h >> np.uint64(27)
        h *= _MIX[2]
        h ^= h >> np.uint64(31)
    return h.tolist()


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(j: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller shingle set inside the larger one."""
    smaller = min(size_a, size_b)
    if smaller == 0:
        return 0.0
    return min(1.0, j * (size_a + size_b) / ((1 + j) * smaller))


def is_copy(j: float, size_a: int, size_b: int) -> bool:
    if min(size_a, size_b) < MIN_SHINGLES:
        return j >= SHORT_JACCARD
    return containment(j, size_a, size_b) >= CONTAINMENT


@dataclass(slots=True)
class Match:
    duplicate_of: str
    similarity: float   # estimated Jaccard
    containment: float


@dataclass(slots=True)
class Known:
    """An article already in the store that shares an LSH bucket with a new one."""

    id: str
    root: str  # its own original (itself unless it is a copy)
    fingerprint: Fingerprint


def find_duplicates(ids: Sequence[str], prints: Sequence[Fingerprint | None],
                    stored: dict[int, list[Known]]) -> list[Match | None]:
    """For each new article (in ingest order), the original it copies, or None.

    ``stored[i]``: stored articles that share a band with new article ``i``. Earlier articles of the
    same batch count as stored for the later ones. The best candidate is the one with the highest
    containment; the match points at that candidate's own original, so every copy of a story
    points at the first article of it.
    """
    buckets: dict[tuple[int, int], list[int]] = {}
    roots: list[str] = []
    matches: list[Match | None] = []
    for i, fp in enumerate(prints):
        match = None
        if fp is not None:
            keys = list(enumerate(fp.bands))
            candidates = list(stored.get(i, ()))
            seen = {k.id for k in candidates}
            for key in keys:
                for j in buckets.get(key, ()):
                    if ids[j] not in seen:
                        seen.add(ids[j])
                        candidates.append(Known(ids[j], roots[j], prints[j]))
            best = None
            for k in candidates:
                j = jaccard(fp.signature, k.fingerprint.signature)
                if is_copy(j, fp.size, k.fingerprint.size):
                    c = containment(j, fp.size, k.fingerprint.size)
                    if best is None or c > best.containment:
                        best = Match(k.root, round(j, 4), round(c, 4))
            match = best
            for key in keys:
                buckets.setdefault(key, []).append(i)
        roots.append(match.duplicate_of if match else ids[i])
        matches.append(match)
    return matches
