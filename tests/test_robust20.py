"""Robustness and speed debts of the nineteenth session, mended in the twentieth (robust20): one
section per item of the session's task (docs/robustness.md)."""

import random

# --- 1. the body's stretches in linear time ---------------------------------------------------------


def _stretches_as_before(scores, lo, hi):
    """The nineteenth session's ``_collect`` (the reference): the best stretch of a part (maximum
    subarray, the first to reach the best sum), then the best of the part on either side, ...
    With Fractions for scores it adds up exactly."""
    zero = 0 * scores[0] if len(scores) else 0.0

    def best(lo, hi):
        top, top_start, top_end, running, start = zero, lo, lo, zero, lo
        for i in range(lo, hi):
            if running <= 0:
                running, start = zero, i
            running += scores[i]
            if running > top:
                top, top_start, top_end = running, start, i + 1
        return top, top_start, top_end

    out, parts = [], [(lo, hi)]
    while parts:
        lo, hi = parts.pop()
        score, start, end = best(lo, hi)
        if score <= 0:
            continue
        out.append((score, start, end))
        parts.append((end, hi))
        parts.append((lo, start))
    return sorted(out)


def test_the_stretches_are_those_the_split_into_best_parts_takes():
    """Every positive stretch, with its score, as the best-then-either-side split takes them: ties
    (two stretches of one sum, a stretch that a zero-sum run would lengthen), zeros, lone lines."""
    from dateline.ingest.body import _collect

    rng = random.Random(20)
    for _ in range(3000):
        n = rng.randint(0, 40)
        pool = rng.choice([(-3, -1, 0, 1, 2, 3), (-5, -8, -1, 1, 4, 12, 0.5, 2.5), (-5, 3, 3, -3)])
        scores = [float(rng.choice(pool)) for _ in range(n)]
        lo = rng.randint(0, n)
        hi = rng.randint(lo, n)
        found = []
        _collect(scores, lo, hi, found)
        assert sorted(found) == _stretches_as_before(scores, lo, hi), (scores, lo, hi)


def test_the_stretches_of_real_scores_are_those_of_the_split_added_up_in_millionths():
    """Scores as lines give them (word counts, a fifth of them for isolated prose, Chinese at 1.5
    characters a word, the fixed costs): the stretches the split takes when it adds up exactly in
    millionths (6.4 - 5 + 3.6 - 5 is 0, a tie, as the split's float running sum makes it), each
    with its score added up in order from its start (as ``best_stretch`` adds it)."""
    from fractions import Fraction

    from dateline.ingest.body import _collect

    rng = random.Random(2020)
    for _ in range(2000):
        scores = [rng.choice([rng.randint(1, 60) * 1.0, rng.randint(1, 60) * 0.2, rng.randint(1, 90) / 1.5,
                              -5.0, -8.0, -1.0, 1.0, 6.4, 3.6]) for _ in range(rng.randint(1, 60))]
        found = []
        _collect(scores, 0, len(scores), found)
        exact = _stretches_as_before([Fraction(round(x * 10**6), 10**6) for x in scores], 0, len(scores))
        assert sorted((start, end) for _, start, end in found) == sorted((s, e) for _, s, e in exact), scores
        for score, start, end in found:
            running = 0.0
            for x in scores[start:end]:
                running += x
            assert score == running


class _Counted(list):
    """Scores that count how often they are read."""

    reads = 0

    def __getitem__(self, index):
        _Counted.reads += 1
        return list.__getitem__(self, index)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]


def test_taking_the_stretches_reads_each_score_a_few_times_not_once_a_stretch():
    """A live blog of 4,000 entries, each a stretch of its own (a teaser's fifth of its words
    between costly lines): the nineteenth session read the rest of the page for each stretch taken
    (16 M reads; 800 k characters: 14 of 18.6 s)."""
    from dateline.ingest.body import _collect

    scores = _Counted([3.0, -5.0, -1.0] * 4000)
    _Counted.reads = 0
    found = []
    _collect(scores, 0, len(scores), found)
    assert len(found) == 4000
    assert _Counted.reads <= 4 * len(scores), _Counted.reads
