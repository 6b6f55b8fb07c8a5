"""Near-duplicate articles: MinHash signatures of word shingles, LSH buckets kept in the store.

Syndicated and adapted copies of one story share most of their word 5-grams; two articles on the
same topic by different writers share few. Each article gets a MinHash signature (datasketch) and
its LSH band hashes go into ``article_bands``, so finding the candidates of a new batch is one
join in DuckDB and memory does not grow with the corpus. A candidate whose estimated Jaccard
similarity reaches :data:`THRESHOLD` makes the new article a duplicate of the candidate's original.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
SEED = 1

# Estimated Jaccard similarity of word 5-gram sets above which two articles are copies of one
# another. Calibrated with benchmarks/bench_corpus.py (section "dedup calibration") on the 293
# Wikinews sample articles: the most similar pair of distinct articles (same-topic follow-ups,
# e.g. two days of one election) reaches 0.24; copies of an article with its boilerplate changed
# and 1 word in 20 edited stay above 0.55. 0.4 sits between the two with room on both sides.
THRESHOLD = 0.4

_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r  # LSH banding datasketch chooses for this threshold (b bands of r rows)

_WORD = re.compile(r"\w+", re.UNICODE)
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)  # its permutations are computed once, then copied


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of word ``size``-grams of ``text`` (lower-cased), as UTF-8 bytes."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint64 array of NUM_PERM values), or None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    m = _TEMPLATE.copy()
    m.update_batch(list(grams))
    return m.hashvalues.astype(np.uint64)


def band_hashes(sig: np.ndarray) -> list[int]:
    """One 64-bit hash per LSH band of the signature."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little"))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(slots=True)
class Match:
    duplicate_of: str
    similarity: float


@dataclass(slots=True)
class Known:
    """An article already in the store that shares an LSH bucket with a new one."""

    id: str
    root: str  # its own original (itself unless it is a copy)
    signature: np.ndarray


def find_duplicates(ids: Sequence[str], signatures: Sequence[np.ndarray | None],
                    stored: dict[int, list[Known]]) -> list[Match | None]:
    """For each new article (in ingest order), the original it copies, or None.

    ``stored[i]``: stored articles that share a band with new article ``i``. Earlier articles of the
    same batch count as stored for the later ones.
    """
    buckets: dict[tuple[int, int], list[int]] = {}
    roots: list[str] = []
    matches: list[Match | None] = []
    for i, sig in enumerate(signatures):
        match = None
        if sig is not None:
            keys = [(b, h) for b, h in enumerate(band_hashes(sig))]
            candidates = list(stored.get(i, ()))
            seen = {k.id for k in candidates}
            for key in keys:
                for j in buckets.get(key, ()):
                    if ids[j] not in seen:
                        seen.add(ids[j])
                        candidates.append(Known(ids[j], roots[j], signatures[j]))
            best = max(((similarity(sig, k.signature), k) for k in candidates),
                       key=lambda pair: pair[0], default=None)
            if best and best[0] >= THRESHOLD:
                match = Match(best[1].root, round(best[0], 4))
            for key in keys:
                buckets.setdefault(key, []).append(i)
        roots.append(match.duplicate_of if match else ids[i])
        matches.append(match)
    return matches
