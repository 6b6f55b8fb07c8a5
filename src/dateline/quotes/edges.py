"""Content edges redrawn by a learned per-edge model: the quotes stage's last step (issue 17).

The contents the rules and the attribution model give overlap the annotators' content far more
often than they match it exactly (docs/quotes.md, "Where the contents miss"): the wrong edges are
whole clauses more often than a word. For every final content this step looks again at each of its
two edges: every token boundary within ``SHIFT`` words of the predicted edge, in the same
paragraph, is a candidate edge, scored by a linear model over the parse around it (the words,
parts of speech and dependencies on both sides of the boundary, how many dependency arcs cross
it, whether it starts or ends a sentence, where it lies with respect to the cue, what lies
between it and the predicted edge: the cue, the source, a sentence end, quote marks, commas)
and how far it moves the edge. The best candidate replaces the predicted edge when it scores
more than ``margin`` above it (chosen on the check part of PolNeAR train) and gives no word a
second role (a content may take in its own cue and source, not another attribution's words).

The weights (``model/edges.npz``, float16, hashed features) are fitted by
``training/quotes/edges.py`` (run by ``make train-quotes`` after the attribution model) on the
stage's own contents on PolNeAR train (Newell, Margolin & Ruths, LREC 2018), each taken from an
attribution model that did not see its article (2 folds), a conditional logit over each edge's
candidates with the gold edge as the target. Like ``boundaries.py`` this runs
after the combination, so no part of the attribution model is trained from it.
"""

from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from .learned import feature_ids
from .reported import Attribution

MODEL = Path(__file__).resolve().parent / "model" / "edges.npz"
DIMENSIONS = 1 << 17
# Candidate edges lie at most this many words from the predicted edge (in its paragraph).
SHIFT = 24
# The characters the scorer trims off a span's edges (``quote_score.trim``), and the full-width
# quote mark ＂ (which the scorer does not trim; PolNeAR has none): a token made of them only is
# never an edge.
EDGE_CHARS = frozenset(" \t\r\n\"'`“”‘’«»„‚‹›.,;:!?-—–()[]＂")
# Whether each code point up to the highest of EDGE_CHARS is one (the last entry: False, for all
# code points above).
_IS_EDGE = np.zeros(max(map(ord, EDGE_CHARS)) + 2, dtype=bool)
_IS_EDGE[[ord(ch) for ch in EDGE_CHARS]] = True
_QUOTE_CHARS = frozenset("\"'`“”‘’«»„‚‹›＂")
_BUCKETS = np.array([0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6] + [7] * 200, dtype=np.int64)


@dataclasses.dataclass(slots=True)
class Tokens:
    """Per-document arrays the edge features read (``tokens``)."""

    pos: np.ndarray
    dep: np.ndarray
    lower: np.ndarray
    head: np.ndarray
    idx: np.ndarray  # character offset of each token
    tstart: np.ndarray  # the token's first character that is not an edge character
    tend: np.ndarray  # after its last such character
    word: np.ndarray  # running count of words (not space) before each token
    edge: np.ndarray  # the token is edge characters only (punctuation, quote marks) or space
    space: np.ndarray
    sent_start: np.ndarray
    para: np.ndarray  # paragraph number (a line break in the white space before a token)
    cross: np.ndarray  # dependency arcs crossing the boundary before each token
    quote: np.ndarray  # the token is a quote mark
    comma: np.ndarray
    prev: np.ndarray  # the previous token that is not space (-1: none)
    next: np.ndarray  # the next token that is not space (n: none)
    next_word: np.ndarray  # the first token at or after each token (and n) that is not an edge (n: none)
    prev_word: np.ndarray  # the last such token at or before each (-1: none)


def tokens(doc, text: str) -> Tokens:
    """The arrays of ``doc`` (whose text is ``text``) the edge features read."""
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, LOWER, POS, SENT_START

    n = len(doc)
    arr = doc.to_array([HEAD, POS, DEP, LOWER, IDX, LENGTH, IS_SPACE, SENT_START]).astype(np.int64)
    ids = np.arange(n)
    head = ids + arr[:, 0]
    idx, length, space = arr[:, 4], arr[:, 5], arr[:, 6] == 1
    tstart, tend = idx.copy(), idx + length
    edge = space.copy()
    quote = np.zeros(n, dtype=bool)
    comma = np.zeros(n, dtype=bool)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    # Only a token that begins or ends with an edge character is read character by character
    # (those found at once from the text's code points).
    top = len(_IS_EDGE) - 1
    edgy = np.flatnonzero(_IS_EDGE[np.minimum(codes[idx], top)] | _IS_EDGE[np.minimum(codes[tend - 1], top)])
    for i, a, b in zip(edgy.tolist(), idx[edgy].tolist(), tend[edgy].tolist()):
        piece = text[a:b]
        while a < b and text[a] in EDGE_CHARS:
            a += 1
        while b > a and text[b - 1] in EDGE_CHARS:
            b -= 1
        if a == b:
            edge[i] = True
            quote[i] = any(ch in _QUOTE_CHARS for ch in piece)
            comma[i] = piece == ","
            a, b = int(idx[i]), int(tend[i])
        tstart[i], tend[i] = a, b
    para = np.searchsorted(np.flatnonzero(codes == 10), idx)
    lo, hi = np.minimum(ids, head), np.maximum(ids, head)
    diff = np.zeros(n + 2, dtype=np.int64)
    np.add.at(diff, lo + 1, 1)
    np.add.at(diff, hi + 1, -1)
    cross = np.cumsum(diff)[:n]
    word = np.concatenate(([0], np.cumsum(~space)))[:n]
    solid = np.flatnonzero(~space)
    at = np.searchsorted(solid, ids, "left")
    prev = np.where(at > 0, solid[np.maximum(at - 1, 0)], -1)
    at = np.searchsorted(solid, ids, "right")
    nxt = np.where(at < len(solid), solid[np.minimum(at, len(solid) - 1)], n)
    worded = np.flatnonzero(~edge)
    at = np.searchsorted(worded, np.arange(n + 1), "left")
    next_word = np.where(at < len(worded), worded[np.minimum(at, len(worded) - 1)], n)
    at = np.searchsorted(worded, np.arange(n + 1), "right")
    prev_word = np.where(at > 0, worded[np.maximum(at - 1, 0)], -1)
    return Tokens(arr[:, 1], arr[:, 2], arr[:, 3], head, idx, tstart, tend, word, edge, space,
                  arr[:, 7] == 1, para, cross, quote, comma, prev, nxt, next_word, prev_word)


def _span_tokens(t: Tokens, spans: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token ranges [a, b) of (m, 2) character spans."""
    a = np.maximum(np.searchsorted(t.idx, spans[:, 0], "right") - 1, 0)
    b = np.maximum(np.searchsorted(t.idx, np.maximum(spans[:, 1] - 1, spans[:, 0]), "right") - 1, 0) + 1
    return a, b


def _ranges(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every integer of each [lo, hi), concatenated, and the number of the range it is from."""
    sizes = np.maximum(hi - lo, 0)
    which = np.repeat(np.arange(len(lo)), sizes)
    offsets = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return lo[which] + offsets, which


def _overlap(lo: np.ndarray, hi: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many tokens the ranges [lo, hi) and [a, b) share (arrays)."""
    return np.maximum(np.minimum(hi, b) - np.maximum(lo, a), 0)


def _running(mask: np.ndarray) -> np.ndarray:
    return np.concatenate(([0], np.cumsum(mask)))


@dataclasses.dataclass(slots=True)
class Batch:
    """Every candidate edge of a document's contents, one row each, grouped by attribution and
    side (``batch``); the predicted edge is among each group's candidates."""

    side: np.ndarray  # 1: a start (the token of the first word), 2: an end (the token after the last)
    pos: np.ndarray
    keep: np.ndarray  # the predicted edge
    att: np.ndarray  # which attribution
    cue_a: np.ndarray
    cue_b: np.ndarray
    src_a: np.ndarray
    src_b: np.ndarray
    pattern: np.ndarray
    parts: np.ndarray
    cue_word: np.ndarray


def batch(t: Tokens, attributions: list[Attribution]) -> Batch | None:
    """The candidate edges of every content of ``attributions``: every word boundary within
    ``SHIFT`` words of the predicted edge, in its paragraph, that keeps the start before the end.
    A content without a word has none."""
    n = len(t.pos)
    if not attributions or not n:
        return None
    content = np.array([a.content for a in attributions], dtype=np.int64)
    ca, cb = _span_tokens(t, content)
    s0 = t.next_word[ca]
    last = t.prev_word[cb - 1]
    ok = (s0 < n) & (last >= s0)
    if not ok.any():
        return None
    cue_a, cue_b = _span_tokens(t, np.array([a.cue for a in attributions], dtype=np.int64))
    src_a, src_b = _span_tokens(t, np.array([a.source or (0, 0) for a in attributions], dtype=np.int64))
    has_src = np.array([a.source is not None for a in attributions])
    src_a, src_b = np.where(has_src, src_a, 0), np.where(has_src, src_b, 0)
    info = (cue_a, cue_b, src_a, src_b, np.array([pattern_code(a) for a in attributions]),
            np.array([int(bool(a.parts)) for a in attributions]), t.lower[np.minimum(cue_a, n - 1)])
    s0, last, keep_ids = s0[ok], last[ok], np.flatnonzero(ok)
    e0 = last + 1
    cols = []
    for side, at, keep in ((1, s0, s0), (2, last, e0)):
        lo = np.searchsorted(t.word, t.word[at] - SHIFT, "left")
        hi = np.searchsorted(t.word, t.word[at] + SHIFT + 1, "left")
        pos, which = _ranges(lo, hi)
        good = ~t.edge[pos] & (t.para[pos] == t.para[at][which])
        good &= (pos < e0[which]) if side == 1 else (pos >= s0[which])
        pos, which = pos[good], which[good]
        if side == 2:
            pos = pos + 1
        k = keep_ids[which]
        cols.append([np.full(len(pos), side), pos, keep[which], k] + [x[k] for x in info])
    return Batch(*(np.concatenate((a, b)).astype(np.int64) for a, b in zip(*cols)))


def running_counts(t: Tokens) -> dict:
    return {"sent": _running(t.sent_start), "quote": _running(t.quote), "comma": _running(t.comma)}


def features(t: Tokens, c: Batch) -> np.ndarray:
    """Hashed feature ids, an (edges, features) array, of every candidate edge of ``c``."""
    n = len(t.pos)
    run = running_counts(t)
    start = c.side == 1
    pos, keep, side = c.pos, c.keep, c.side
    last = np.maximum(pos - 1, 0)
    # inner: the edge's word inside the content; outer: the word outside it; after: the first
    # word after the boundary (n: none).
    inner = np.where(start, np.minimum(pos, n - 1), last)
    outer = np.where(start, t.prev[np.minimum(pos, n - 1)], t.next[last])
    after = np.where(start, pos, outer)
    outer_ok = (outer >= 0) & (outer < n)
    outer = np.clip(outer, 0, n - 1)
    outer2 = np.clip(np.where(start, t.prev[outer], t.next[outer]), 0, n - 1)
    words = np.concatenate((t.word, [t.word[-1] + 1]))
    d = words[pos] - words[keep]
    sgn = np.sign(d) + 1
    b = _BUCKETS[np.minimum(np.abs(d), 200)]
    coarse = np.minimum(b, 4)
    clipped = np.minimum(after, n - 1)
    boundary_sent = np.where(after < n, t.sent_start[clipped], True)
    boundary_para = np.where(after < n, t.para[clipped] != t.para[inner], True)
    cross = np.minimum(np.where(pos < n, t.cross[np.minimum(pos, n - 1)], 0), 4)
    where_cue = np.where(pos <= c.cue_a, 0, np.where(pos >= c.cue_b, 2, 1))
    hd = t.head[inner]
    head_dir = np.where(hd < inner, 0, np.where(hd == inner, 1, 2))
    head_cue = (hd >= c.cue_a) & (hd < c.cue_b)
    lo, hi = np.minimum(pos, keep), np.maximum(pos, keep)
    over_cue = _overlap(lo, hi, c.cue_a, c.cue_b) > 0
    over_src = _overlap(lo, hi, c.src_a, c.src_b) > 0
    over_sent = (run["sent"][hi] - run["sent"][lo]) > 0
    over_quote = (run["quote"][hi] - run["quote"][lo]) > 0
    over_comma = (run["comma"][hi] - run["comma"][lo]) > 0
    dist_cue = _BUCKETS[np.minimum(np.abs(words[pos] - words[c.cue_a]), 200)]
    lower_o = np.where(outer_ok, t.lower[outer], 0)
    lower_i = t.lower[inner]
    dep_i, pos_i = t.dep[inner], t.pos[inner]
    cue_dep = t.dep[np.minimum(c.cue_a, n - 1)]
    feats = [
        (1, side, sgn, b),
        (2, side, lower_i),
        (3, side, pos_i, dep_i),
        (4, side, lower_o),
        (5, side, np.where(outer_ok, t.pos[outer], 0), np.where(outer_ok, t.dep[outer], 0)),
        (6, side, lower_o, lower_i),
        (7, side, boundary_sent, sgn, coarse),
        (8, side, boundary_para, sgn),
        (9, side, cross, sgn, coarse),
        (10, side, head_dir, dep_i),
        (11, side, where_cue, sgn, coarse),
        (12, side, over_cue, over_src, sgn),
        (13, side, over_sent, sgn, coarse),
        (14, side, over_quote, over_comma, sgn),
        (15, side, c.pattern, c.parts, sgn, coarse),
        (16, side, pos_i, sgn, coarse),
        (17, side, dep_i, sgn),
        (18, side, head_cue, dep_i),
        (19, side, np.where(outer_ok, t.lower[outer2], 0), lower_o),
        (20, side, dist_cue, where_cue),
        (21, side, c.cue_word, sgn, coarse),
        (22, side, boundary_sent, pos_i, lower_o),
        (23, side, cross, dep_i),
        (24, side, c.parts, over_quote, boundary_sent, sgn),
        (25, side, lower_o, sgn),
        (26, side, over_cue, boundary_sent, where_cue, sgn),
        (27, side, c.pattern, over_cue, over_sent, sgn),
        (28, side, cue_dep, over_cue, sgn, coarse),
        (29, side, lower_i, sgn),
        (30, side, np.where(outer_ok, t.pos[outer], 0), pos_i, sgn),
        (31, side, head_dir, where_cue, over_comma, sgn),
    ]
    return feature_ids(feats, len(pos), DIMENSIONS)


def pattern_code(att: Attribution) -> int:
    """A stable number for the attribution's pattern (the rules' pattern name, or "model")."""
    return sum((k + 1) * ord(ch) for k, ch in enumerate(att.pattern or "-")) % 100003


def feature_digest() -> str:
    """A hash of every feature id the edge model reads on ``learned.DIGEST_TEXT`` parsed by the
    default pipeline, with its first sentence's "that" clause as the content of "said": training
    writes it to ``model/edges.json`` and a test recomputes it, so features changed without
    retraining (``make train-quotes``) fail there."""
    import hashlib

    from .. import nlp as nlp_module
    from .learned import DIGEST_TEXT

    text = DIGEST_TEXT
    doc = next(nlp_module.parse([text]))
    cue = text.index("said")
    content = (text.index("that the bill"), text.index(" will pass") + len(" will pass"))
    att = Attribution((cue, cue + 4), content, (0, len("The senator")), 0, "ccomp", "say")
    t = tokens(doc, text)
    return hashlib.sha256(features(t, batch(t, [att])).tobytes()).hexdigest()[:16]


@lru_cache(maxsize=2)
def load(path: str | None = None):
    """(weights, margin) of the shipped edge model, or None when it is absent."""
    return read_weights(Path(path) if path else MODEL)


def read_weights(p: Path):
    """(weights, margin) of a model file written by training (``weights`` in ``p``, the margin
    in the JSON file beside it), or None when it is absent."""
    if not p.exists():
        return None
    with np.load(p) as data:
        weights = data["weights"].astype(np.float32)
    meta_path = p.with_suffix(".json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return weights, float(meta.get("margin", 0.0))


def allowed(t: Tokens, c: Batch, attributions: list[Attribution]) -> np.ndarray:
    """Whether each candidate edge gives no word a second role: a content may take in its own
    cue and source, not another attribution's words."""
    n = len(t.pos)
    spans = np.array([s for o in attributions for s in (o.content, o.cue, o.source) if s is not None],
                     dtype=np.int64)
    a, b = _span_tokens(t, spans)
    roles = np.zeros(n + 1, dtype=np.int64)
    np.add.at(roles, a, 1)
    np.add.at(roles, b, -1)
    taken = _running(np.cumsum(roles)[:n] > 0)
    lo, hi = np.minimum(c.pos, c.keep), np.maximum(c.pos, c.keep)
    widening = np.where(c.side == 1, c.pos < c.keep, c.pos > c.keep)
    own = _overlap(lo, hi, c.cue_a, c.cue_b) + _overlap(lo, hi, c.src_a, c.src_b)
    return ~widening | ((taken[hi] - taken[lo]) - own <= 0)


def choose(c: Batch, z: np.ndarray, margin: float) -> dict[int, list[int]]:
    """Per attribution index: [start, end, predicted start, predicted end] token edges, each the
    best candidate when it scores more than ``margin`` above the predicted edge."""
    group = c.att * 2 + c.side - 1
    order = np.argsort(group, kind="stable")
    g, zs, pos, keep = group[order], z[order], c.pos[order], c.keep[order]
    firsts = np.flatnonzero(np.concatenate(([True], g[1:] != g[:-1])))
    sizes = np.diff(np.concatenate((firsts, [len(g)])))
    of = np.repeat(np.arange(len(firsts)), sizes)
    top = np.maximum.reduceat(zs, firsts)
    rows = np.arange(len(g))
    best = np.minimum.reduceat(np.where(zs == top[of], rows, len(g)), firsts)
    base = np.maximum.reduceat(np.where(pos == keep, zs, -np.inf), firsts)
    moved = top > base + margin
    edge = np.where(moved, pos[np.minimum(best, len(g) - 1)], keep[firsts])
    out: dict[int, list[int]] = {}
    for k, side, e, kept in zip((g[firsts] // 2).tolist(), (g[firsts] % 2).tolist(), edge.tolist(),
                                keep[firsts].tolist()):
        got = out.setdefault(k, [0, 0, 0, 0])
        got[side], got[side + 2] = e, kept
    return out


def redraw(doc, text: str, attributions: list[Attribution], quoted: list[tuple[int, int]],
           model=None, margin: float | None = None) -> list[Attribution]:
    """``attributions`` with each content's edges moved where the edge model puts them
    (``model``: (weights, margin), the shipped one by default; none shipped: unchanged)."""
    model = model or load()
    if model is None or doc is None or not attributions or not len(doc):
        return attributions
    weights, shipped_margin = model
    margin = shipped_margin if margin is None else margin
    t = tokens(doc, text)
    c = batch(t, attributions)
    if c is None:
        return attributions
    z = np.where(allowed(t, c, attributions), weights[features(t, c)].sum(axis=1), -np.inf)
    out = list(attributions)
    for k, (s, e, s0, e0) in choose(c, z, margin).items():
        if s >= e or (s, e) == (s0, e0):
            continue
        att = attributions[k]
        start, end = _with_marks(quoted, int(t.tstart[s]), int(t.tend[e - 1]))
        if start >= end:
            continue
        if any(j != k and _clash((start, end), o) for j, o in enumerate(out)):
            continue  # two contents widened into the same words: both keep theirs
        parts = [(a, b) for a, b in quoted if start <= a and b <= end]
        out[k] = dataclasses.replace(att, content=(start, end), parts=parts)
    return out


def _clash(span: tuple[int, int], o: Attribution) -> bool:
    return any(x is not None and x[0] < span[1] and span[0] < x[1] for x in (o.content, o.cue, o.source))


def _with_marks(quoted: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """A content edge just inside a quotation's mark takes the mark in (the quote stays whole)."""
    for a, b in quoted:
        if a < start <= a + 2 and b > start:
            start = a
        if b - 2 <= end < b and a < end:
            end = b
    return start, end
