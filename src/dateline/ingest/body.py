"""Finding the article in a page's lines: the stretch with the highest prose score.

Prose lines score their word count, short lines and tagged boilerplate cost a fixed amount
(patterns.py). The best-scoring contiguous stretch (maximum subarray) is the article; other
stretches join it when they score at least a set share of it (an article split by a widget).
"""

from __future__ import annotations

from . import patterns as P
from .lines import Line

# Tagged lines that may sit inside an article without ending it (captions between paragraphs).
_NEUTRAL_KINDS = frozenset({"caption", "credit", "byline", "published", "dateline"})


def line_score(line: Line) -> float:
    if line.kind is not None:
        return -1.0 if line.kind in _NEUTRAL_KINDS else -P.BOILERPLATE_COST
    if line.prose:
        return line.words
    return -P.SHORT_LINE_COST


def best_stretch(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum run of ``scores[lo:hi]``: (sum, start, end exclusive); (0, lo, lo) if none."""
    best, best_start, best_end = 0.0, lo, lo
    running, start = 0.0, lo
    for i in range(lo, hi):
        if running <= 0:
            running, start = 0.0, i
        running += scores[i]
        if running > best:
            best, best_start, best_end = running, start, i + 1
    return best, best_start, best_end


def select_body(lines: list[Line]) -> set[int]:
    """Indexes of the lines that make up the article (tagged ones included; clean.py drops them)."""
    scores = [line_score(line) for line in lines]
    best, start, end = best_stretch(scores, 0, len(lines))
    if best <= 0:
        return set()
    chosen = [(start, end)]
    pending = [(0, start), (end, len(lines))]
    while pending:
        lo, hi = pending.pop()
        score, s, e = best_stretch(scores, lo, hi)
        if score > 0 and score >= P.SECOND_STRETCH_SHARE * best:
            chosen.append((s, e))
            pending += [(lo, s), (e, hi)]
    return {i for s, e in chosen for i in range(s, e)}
