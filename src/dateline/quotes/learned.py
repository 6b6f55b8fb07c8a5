"""The learned attribution model: which words are cues, and for each cue which words are its
content and its source.

Three linear models over hashed features of the spaCy parse, trained on PolNeAR train (Newell,
Margolin & Ruths, LREC 2018) by ``training/quotes/train.py`` (``make train-quotes``) and shipped
in ``model/`` (``weights.npz``, ``meta.json``):

1. **cue** (logistic): for every word whose lemma was a cue in training ("said", "according",
   "told", ":", "claim", …), the probability that it heads an attribution cue (its lemma, part
   of speech, dependency, children, head, neighbours, subject, quotation marks).
2. **roles** (softmax over neither / content / source): every word of the cue's sentence and the
   sentences next to it (within the paragraph), from its path in the dependency tree to the cue
   (which branch of the cue it hangs from, or how the cue hangs from it), direction and distance,
   clause breaks and quotation marks between them, and the cue's lemma.
3. **span** (a conditional logit): ranks the content candidates of a cue (syntactic units, quoted
   stretches, the best stretch of content log-odds, the rules' content, and the starts and ends
   of the best of them crossed) from their boundary words and how the words just outside them
   hang, which of the cue's branches they start or end with, sentence edges and quote marks at
   their edges, their head, size and summed log-odds.

Decoding: cues are taken most probable first; the content is the ranker's best candidate over
free words, the source the stretch with the best positive summed log-odds of "source". A cue
inside an accepted attribution is part of it (PolNeAR gives every word at most one role).

Speed: each article's parse is read once into arrays (``Doc.to_array``; a spaCy ``Token`` costs
more to make than the features read from it), and the features of all the words of a window, or
of all the candidates of a cue, are hashed at once with numpy (``mix``: a multiply-xorshift
over 64-bit words, the same on every machine and Python; ``meta.json`` keeps a ``fingerprint``
of it, of the dimensions, candidate limits and ``FEATURES_VERSION``, checked at load time, and a
``feature_digest`` of every feature read on one sentence, which the tests check).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
CUE_DIMENSIONS = 1 << 18
ROLE_DIMENSIONS = 1 << 20
FINGERPRINT_KEY = (7, 123456789012345, 3)

# Dependency codes for positions on the tree path that are not a dependency label.
SELF, ANCESTOR, NONE = 1, 2, 0
# Punctuation that separates clauses between a word and its cue.
BREAKS = frozenset({":", ";", "—", "–", "--", "(", ")"})
QUOTES = frozenset("\"“”„«»‘’'`")
# Words of a branch whose identity matters as much as its label ("according to", "that").
WORDED_DEPS = frozenset({"prep", "mark", "agent", "advmod", "dative", "punct"})
MAX_CHILDREN = 6
# A content has at least one word of these parts of speech.
CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "NUM", "ADV"})


# Bumped whenever the features or candidates the models read change (a model trained before
# reads other features: ``load`` refuses it, E060). The tests also recompute ``feature_digest``
# and compare it with the one training wrote, so a change that forgets the bump fails there.
FEATURES_VERSION = 4
# Sentences before and after a cue's own that its roles are read in (within its paragraph).
WINDOW = (1, 1)
# A sentence whose every feature ``feature_digest`` hashes (quote marks, a relative clause, a
# parenthetical cue, "that").
DIGEST_TEXT = ("The senator said on Tuesday that the bill, which “would cut taxes,” will pass. "
               "“It is over,” officials told reporters, according to the report.")


def fingerprint() -> int:
    """A number that changes when the feature hashing (``mix`` and its batched ``feature_ids``),
    the hashed dimensions, the candidate limits or ``FEATURES_VERSION`` do: checked against the
    model's ``meta.json`` at load."""
    probe = feature_ids([(FINGERPRINT_KEY[0], np.array([FINGERPRINT_KEY[1]], dtype=np.uint64), FINGERPRINT_KEY[2])],
                        1, 1 << 40)
    return int(mix(*FINGERPRINT_KEY, int(probe[0, 0]), FEATURES_VERSION, CUE_DIMENSIONS, ROLE_DIMENSIONS,
                   SPAN_DIMENSIONS, TOP_CANDIDATES, CROSS_EDGES, *WINDOW)[0])


def feature_digest(doc) -> str:
    """A hash of every feature id (and value) the three models read on ``doc`` (a parse of
    ``DIGEST_TEXT``), every word taken as a cue and fixed content log-odds: training writes it
    to ``meta.json`` and a test recomputes it, so features changed without retraining fail."""
    import hashlib

    from .marks import find_quoted

    v = view(doc, [(q.start, q.end) for q in find_quoted(doc.text)])
    words = list(range(len(doc)))
    digest = hashlib.sha256(cue_features(v, words).tobytes())
    digest.update(cue_features(v, words, [_pattern_id("ccomp")] * len(words)).tobytes())
    quoted = quoted_token_spans(doc, [(q.start, q.end) for q in find_quoted(doc.text)])
    for c in words:
        start, end = window(v, c)
        ps = paths(v, c, start, end)
        digest.update(role_features(v, c, _cue_span(doc, doc[c]), start, end, ps).tobytes())
        odds = np.linspace(-2.0, 2.0, end - start)
        cands, ids, values = span_inputs(v, c, start, end, odds, np.ones(end - start, dtype=bool), quoted, ps)
        digest.update(np.asarray(cands, dtype=np.int64).tobytes())
        if ids is not None:
            digest.update(ids.tobytes())
            digest.update(np.round(values.astype(np.float64), 4).tobytes())
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class DocView:
    """Per-document arrays the features read, made once per article from ``Doc.to_array`` (a
    spaCy ``Token`` object costs more to make than the features read from it)."""

    doc: object
    para: list[int]  # paragraph number of each token
    sent: list[int]  # sentence number of each token
    quote: list[int]  # quoted stretch number of each token (0: outside quotes)
    sent_bounds: list[tuple[int, int]]  # token range of each sentence
    heads: list[int]
    lefts: list[int]  # left_edge index of each token
    rights: list[int]  # right_edge index + 1
    kids: list[list[int]]  # children indices, in order
    lemma: list[int]  # spaCy string hashes / symbol ids of each token
    pos: list[int]
    dep: list[int]
    lower: list[int]
    idx: list[int]  # character offset
    punct: list[int]
    space: list[int]
    worded: list[bool]  # the token's dependency is one of WORDED_DEPS
    words: list[int]  # running count of tokens that are neither punctuation nor space
    cols: np.ndarray  # (tokens, len(COLUMNS)) uint64: the ``Doc.to_array`` columns
    heads_np: np.ndarray
    sent_np: np.ndarray
    quote_np: np.ndarray
    idx_np: np.ndarray
    space_np: np.ndarray
    punct_np: np.ndarray
    mark_np: np.ndarray
    brk_sum: np.ndarray  # running count of clause breaks (BREAKS) before each token
    comma_sum: np.ndarray  # running count of commas before each token
    subj_np: np.ndarray  # each token's first subject child (-1: none)
    words_np: np.ndarray  # ``words`` as an array
    sent_first_np: np.ndarray  # first token of each token's sentence
    sent_end_np: np.ndarray  # end (exclusive) of each token's sentence
    mark_sum: np.ndarray  # running count of quote marks before each token


_ATTRS = None
# Positions in DocView.cols (the order of _attrs()["columns"]).
_HEAD, _LEMMA, _POS, _DEP, _LOWER, _TAG, _ENT, _IDX, _PUNCT, _SPACE, _ORTH = range(11)


def _attrs():
    global _ATTRS
    if _ATTRS is None:
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, \
            SENT_START, TAG
        from spacy.parts_of_speech import IDS
        from spacy.strings import get_string_id

        _ATTRS = {
            "columns": [HEAD, LEMMA, POS, DEP, LOWER, TAG, ENT_TYPE, IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START],
            "marks": np.array([get_string_id(q) for q in QUOTES], dtype=np.uint64),
            "breaks": np.array([get_string_id(b) for b in BREAKS], dtype=np.uint64),
            "comma": get_string_id(","),
            "worded": np.array([get_string_id(d) for d in WORDED_DEPS], dtype=np.uint64),
            "subj": np.array([get_string_id(d) for d in ("nsubj", "nsubjpass")], dtype=np.uint64),
            "content_pos": frozenset(IDS[p] for p in CONTENT_POS),
            "dobj": get_string_id("dobj"),
            "clausal": frozenset(get_string_id(d) for d in ("ccomp", "xcomp", "parataxis")),
        }
    return _ATTRS


def view(doc, quoted_spans=()) -> DocView:
    """``quoted_spans``: character spans of quoted stretches (``marks.find_quoted``)."""
    at = _attrs()
    n = len(doc)
    arr = doc.to_array(at["columns"]) if n else np.zeros((0, len(at["columns"])), dtype=np.uint64)
    heads = (np.arange(n) + arr[:, 0].astype(np.int64)).tolist()
    lemma, pos, dep, lower, _, _, idx, punct, space, orth, starts = (arr[:, k].tolist() for k in range(1, 12))
    # Sentences as Doc.sents makes them (a token with sent_start 1 starts one).
    firsts = [0] + [i for i in range(1, n) if starts[i] == 1]
    bounds = list(zip(firsts, firsts[1:] + [n])) if n else []
    sent_of = np.repeat(np.arange(len(bounds)), [b - a for a, b in bounds]).tolist()
    # A token holding a line break ends its paragraph (it belongs to the one before).
    strings = doc.vocab.strings
    breaks_line = np.zeros(n + 1, dtype=np.int64)
    for i in np.flatnonzero(arr[:, _SPACE]).tolist():
        breaks_line[i + 1] = "\n" in strings[orth[i]]
    para = np.cumsum(breaks_line)[:n].tolist()
    spans = sorted(quoted_spans)
    quote = []
    q_i = 0
    for at_char in idx:
        while q_i < len(spans) and spans[q_i][1] <= at_char:
            q_i += 1
        inside = q_i < len(spans) and spans[q_i][0] <= at_char < spans[q_i][1]
        quote.append(q_i + 1 if inside else 0)
    kids: list[list[int]] = [[] for _ in range(n)]
    roots = []
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
        else:
            roots.append(i)
    # Subtree bounds, children before their heads (breadth-first order, reversed).
    order = list(roots)
    for t in order:
        order.extend(kids[t])
    lefts = list(range(n))
    rights = list(range(1, n + 1))
    for t in reversed(order):
        h = heads[t]
        if h != t:
            if lefts[t] < lefts[h]:
                lefts[h] = lefts[t]
            if rights[t] > rights[h]:
                rights[h] = rights[t]
    orth_np, dep_np = arr[:, _ORTH], arr[:, _DEP]
    heads_np = np.asarray(heads, dtype=np.int64)
    subj = np.full(n, -1, dtype=np.int64)  # each token's first subject child
    for i in np.flatnonzero(np.isin(dep_np, at["subj"]) & (heads_np != np.arange(n)))[::-1].tolist():
        subj[heads[i]] = i
    words_np = np.concatenate(([0], np.cumsum((arr[:, _PUNCT] == 0) & (arr[:, _SPACE] == 0))))
    sent_np = np.asarray(sent_of, dtype=np.int64)
    firsts_np = np.array([a for a, _ in bounds], dtype=np.int64)
    ends_np = np.array([b for _, b in bounds], dtype=np.int64)
    mark_np = np.isin(orth_np, at["marks"])
    return DocView(
        doc, para, sent_of, quote, bounds, heads, lefts, rights, kids, lemma, pos, dep, lower, idx, punct, space,
        np.isin(dep_np, at["worded"]).tolist(), words_np.tolist(),
        arr, heads_np, sent_np, np.asarray(quote, dtype=np.int64),
        np.asarray(idx, dtype=np.int64), arr[:, _SPACE] == 1, arr[:, _PUNCT] == 1, mark_np,
        np.concatenate(([0], np.cumsum(np.isin(orth_np, at["breaks"])))),
        np.concatenate(([0], np.cumsum(orth_np == np.uint64(at["comma"])))),
        subj, words_np, firsts_np[sent_np] if n else sent_np, ends_np[sent_np] if n else sent_np,
        np.concatenate(([0], np.cumsum(mark_np))))


# --- cue features ---------------------------------------------------------------------------------

def cue_features(v: DocView, words: np.ndarray, patterns=None) -> np.ndarray:
    """Hashed feature ids, a (words, CUE_FEATURES) array (0 = padding), of the tokens ``words``
    (indices) as possible cue heads: lemma, part of speech, dependency, children, head,
    neighbours, subject, quotation marks, and ``patterns``: the code of the rules' pattern that
    made each word a cue (``rule_patterns``; 0 for none, and for every word when it is None)."""
    I = np.asarray(words, dtype=np.int64)
    n, m = len(v.heads), len(I)
    cols = v.cols
    lemma, pos, dep, tag = cols[I, _LEMMA], cols[I, _POS], cols[I, _DEP], cols[I, _TAG]
    h = v.heads_np[I]
    h_lemma, h_pos, h_dep = cols[h, _LEMMA], cols[h, _POS], cols[h, _DEP]
    hh_lemma = cols[v.heads_np[h], _LEMMA]
    zero = np.uint64(0)
    prev_lower = np.where(I > 0, cols[np.maximum(I - 1, 0), _LOWER], zero)
    next_lower = np.where(I + 1 < n, cols[np.minimum(I + 1, n - 1), _LOWER], zero)
    prev_quote = (I > 0) & v.mark_np[np.maximum(I - 1, 0)]
    next_quote = (I + 1 < n) & v.mark_np[np.minimum(I + 1, n - 1)]
    subj = v.subj_np[I]
    subj_pos = np.where(subj >= 0, cols[np.maximum(subj, 0), _POS], zero)
    subj_dep = np.where(subj >= 0, cols[np.maximum(subj, 0), _DEP], zero)
    quoted = v.quote_np[I] > 0
    # Quote marks in the cue's sentence; the word two before it; its object's word; whether it
    # begins or ends its sentence; how many children it has; whether its clausal complement
    # has a subject of its own.
    prev2_lower = np.where(I > 1, cols[np.maximum(I - 2, 0), _LOWER], zero)
    sent_first, sent_end = v.sent_first_np[I], v.sent_end_np[I]
    quotes_near = np.minimum(v.mark_sum[sent_end] - v.mark_sum[sent_first], 2)
    sent_edge = (v.words_np[I] == v.words_np[sent_first]) * 1 + (v.words_np[I + 1] == v.words_np[sent_end]) * 2
    at = _attrs()
    obj_lower = np.zeros(m, dtype=np.uint64)
    clause_subj = np.zeros(m, dtype=np.uint64)
    n_kids = np.zeros(m, dtype=np.int64)
    for r, i in enumerate(I.tolist()):
        n_kids[r] = len(v.kids[i])
        for k in v.kids[i]:
            if v.dep[k] == at["dobj"]:
                obj_lower[r] = v.lower[k]
            elif v.dep[k] in at["clausal"]:
                clause_subj[r] = 1 + (v.subj_np[k] >= 0)
    # The children's dependencies (a set, at most MAX_CHILDREN of them), with the lemma and with
    # the part of speech; padding (id 0) where there are fewer.
    children = np.zeros((m, MAX_CHILDREN), dtype=np.uint64)
    present = np.zeros((m, MAX_CHILDREN), dtype=bool)
    deps = v.dep
    for r, i in enumerate(I.tolist()):
        labels = sorted({deps[k] for k in v.kids[i]})[:MAX_CHILDREN]
        children[r, :len(labels)] = labels
        present[r, :len(labels)] = True
    feats = [
        (0,), (1, lemma), (2, lemma, pos), (3, lemma, dep), (4, pos, dep), (5, lemma, h_lemma),
        (6, h_pos, dep), (8, lemma, next_lower), (9, prev_lower, lemma), (10, quoted, dep),
        (11, lemma, subj_pos), (12, lemma, dep, h_dep), (13, lemma, next_quote, prev_quote),
        (14, pos), (15, dep, h_lemma, h_dep), (16, tag, lemma), (17, lemma, quoted),
        (18, subj_dep, dep), (19, hh_lemma, h_dep, dep),
        (21, lemma, quotes_near), (22, lemma, prev2_lower, prev_lower), (23, lemma, obj_lower),
        (24, lemma, sent_edge), (25, lemma, np.minimum(n_kids, 5)), (26, lemma, h_pos, h_dep),
        (27, lemma, clause_subj, dep),
    ]
    # Which of the rules' patterns, if any, made the word a cue (since the nineteenth session of
    # 2026-12-07): the rules' cue table is calibrated on all of train, so its word says more than
    # the lemma alone where the lemma is rare.
    pattern = np.zeros(m, dtype=np.uint64) if patterns is None else np.asarray(patterns, dtype=np.uint64)
    feats += [(28, pattern, pos), (29, pattern, lemma), (30, pattern, dep)]
    feats += [(7, lemma, children[:, j]) for j in range(MAX_CHILDREN)]
    feats += [(20, pos, children[:, j]) for j in range(MAX_CHILDREN)]
    out = feature_ids(feats, m, CUE_DIMENSIONS)
    out[:, -2 * MAX_CHILDREN:] *= np.hstack((present, present))
    return out


def cue_head(doc, start: int, end: int):
    """The token that heads a cue span (the one whose head lies outside it), preferring verbs."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if not tokens:
        return None
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    for t in roots + tokens:
        if t.pos_ in ("VERB", "AUX", "NOUN"):
            return t
    return (roots or tokens)[0]


# --- role features --------------------------------------------------------------------------------

def window(v: DocView, c: int) -> tuple[int, int]:
    """Token range the roles of the cue at token ``c`` are read in: its sentence and the
    ``WINDOW`` sentences before and after it, within its paragraph."""
    s = v.sent[c]
    start = v.sent_bounds[max(0, s - WINDOW[0])][0]
    end = v.sent_bounds[min(len(v.sent_bounds) - 1, s + WINDOW[1])][1]
    p = v.para[c]
    while start < c and v.para[start] != p:
        start += 1
    while end > c + 1 and v.para[end - 1] != p:
        end -= 1
    # The paragraph's break token itself (a "\n" space) ends it.
    return start, end


def paths(v: DocView, c: int, start: int, end: int):
    """For each token of [start, end), a (tokens, 7) uint64 array row: (up0, up1, n_up, down0,
    word0, down1, n_down) of the tree path from the cue at token ``c`` to it: the dependencies of
    the cue and its head when the path goes up, the branch it goes down (down0, with its word
    ``word0`` for labels where the word matters) and the next one, and the steps each way."""
    heads, dep, lower, worded = v.heads, v.dep, v.lower, v.worded
    chain = [c]
    while heads[chain[-1]] != chain[-1] and len(chain) < 60:
        chain.append(heads[chain[-1]])
    up_of = {t: n for n, t in enumerate(chain)}
    up0_of = dep[chain[0]]
    up1_of = dep[chain[1]] if len(chain) > 1 else NONE
    out = []
    for i in range(start, end):
        down = []
        t = i
        steps = 0
        while t not in up_of and steps < 60:
            down.append(t)
            if heads[t] == t:
                break
            t = heads[t]
            steps += 1
        if t not in up_of:  # another sentence's tree
            out.append((NONE, NONE, 9, NONE, 0, NONE, 9))
            continue
        n_up = up_of[t]
        up0 = up0_of if n_up >= 1 else (SELF if not down else NONE)
        up1 = up1_of if n_up >= 2 else NONE
        if down:
            top = down[-1]
            down0, word0 = dep[top], lower[top] if worded[top] else 0
        else:
            down0, word0 = (SELF, 0) if n_up == 0 else (ANCESTOR, 0)
        down1 = dep[down[-2]] if len(down) > 1 else NONE
        out.append((up0, up1, min(n_up, 3), down0, word0, down1, min(len(down), 4)))
    return np.array(out, dtype=np.uint64).reshape(-1, 7)


def _bucket(n: int) -> int:
    return n if n < 4 else 4 if n < 8 else 5 if n < 16 else 6 if n < 32 else 7


_BUCKETS = np.array([_bucket(n) for n in range(64)], dtype=np.uint64)
_MULT = np.uint64(0x9E3779B97F4A7C15)


def mix(code: int, *columns) -> np.ndarray:
    """Hash rows of integer ``columns`` (arrays of one length, or scalars) with a feature
    ``code``: a multiply-xorshift over unsigned 64-bit words, the same on every machine and
    Python (spaCy's string hashes are already 64-bit). Returns uint64 hashes."""
    n = max((len(c) for c in columns if isinstance(c, np.ndarray)), default=1)
    h = np.full(n, (code + 1) * 0x2545F4914F6CDD1D % (1 << 64), dtype=np.uint64)
    for col in columns:
        if not isinstance(col, np.ndarray):
            col = np.uint64(col % (1 << 64))
        elif col.dtype != np.uint64:
            col = col.astype(np.int64).view(np.uint64) if col.dtype != np.bool_ else col.astype(np.uint64)
        h = (h ^ col) * _MULT
        h ^= h >> np.uint64(29)
    return h


def hashed(h: np.ndarray, dimensions: int) -> np.ndarray:
    """Feature ids in [1, dimensions) (0 is padding) of ``mix`` hashes."""
    return (h % np.uint64(dimensions - 1)).astype(np.int64) + 1


def feature_ids(feats: list[tuple], n: int, dimensions: int) -> np.ndarray:
    """Feature ids in [1, dimensions), an (n, len(feats)) array, of ``feats``: per feature a
    tuple (code, column, …) of arrays of length n or scalars. All features are mixed at once,
    as ``mix`` mixes one (their columns padded with zeros to the widest): a few numpy
    operations per batch of rows, whatever the number of features. The columns are laid out
    one contiguous row per (position, feature), each filled by one assignment (numpy's cast
    of a signed or boolean array to uint64 is ``mix``'s two's complement view; other arrays
    go through int64 first, as there)."""
    width = max(len(f) for f in feats)
    x = np.zeros((width, len(feats), n), dtype=np.uint64)
    x[0] = np.array([(f[0] + 1) * 0x2545F4914F6CDD1D % (1 << 64) for f in feats], dtype=np.uint64)[:, None]
    for j, f in enumerate(feats):
        for w in range(1, len(f)):
            col = f[w]
            if isinstance(col, np.ndarray):
                x[w, j] = col if col.dtype.kind in "uib" else col.astype(np.int64)
            elif col:
                x[w, j] = int(col) % (1 << 64)
    h = np.zeros((len(feats), n), dtype=np.uint64)
    shift = np.uint64(29)
    for w in range(width):
        h ^= x[w]
        h *= _MULT
        h ^= h >> shift
    return np.ascontiguousarray(hashed(h, dimensions).T)


def role_features(v: DocView, c: int, cue_span: tuple[int, int], start: int, end: int,
                  ps: np.ndarray | None = None) -> np.ndarray:
    """Hashed feature ids, a (tokens, ROLE_FEATURES) array, for every token of [start, end) as
    content/source/neither of the cue at token ``c``; ``ps``: its ``paths`` over the same range,
    when already made."""
    ps = paths(v, c, start, end) if ps is None else ps
    return role_features_of(v, [(c, cue_span, start, end, ps)])


def role_features_of(v: DocView, cues: list[tuple]) -> np.ndarray:
    """``role_features`` of several cues at once, their windows' rows one after the other;
    ``cues``: (cue token, cue character span, window start, window end, paths) each."""
    i = np.concatenate([np.arange(start, end) for _, _, start, end, _ in cues])
    sizes = [end - start for _, _, start, end, _ in cues]
    m = len(i)
    rep = lambda values: np.repeat(np.asarray(values), sizes)  # noqa: E731  (one value per cue)
    c = rep([cue[0] for cue in cues])
    ps = np.vstack([cue[4] for cue in cues])
    up0, up1, n_up, d0, d0w, down1, n_down = (ps[:, k] for k in range(7))
    cols = v.cols
    lower, pos, dep, ent = cols[i, _LOWER], cols[i, _POS], cols[i, _DEP], cols[i, _ENT]
    direction = np.sign(i - c) + 1
    bucket = _BUCKETS[np.minimum(np.abs(i - c), 63)]
    quote = v.quote_np[i]
    c_quote = v.quote_np[c]
    prev_lower = np.where(i > 0, cols[np.maximum(i - 1, 0), _LOWER], np.uint64(0))
    key = mix(1, up0, up1, d0, d0w)
    # The neighbours' keys within each window (0 at its edges).
    first = np.zeros(m, dtype=bool)
    first[np.cumsum([0] + sizes[:-1])] = True
    last = np.roll(first, -1)
    prev_key = np.where(first, np.uint64(0), np.roll(key, 1))
    next_key = np.where(last, np.uint64(0), np.roll(key, -1))
    # Clause breaks and commas strictly between each token and the cue (the window is contiguous).
    lo, hi = np.minimum(i, c), np.maximum(i, c)
    between = hi > lo + 1
    n_breaks = np.where(between, v.brk_sum[hi] - v.brk_sum[np.minimum(lo + 1, hi)], 0)
    n_commas = np.where(between, v.comma_sum[hi] - v.comma_sum[np.minimum(lo + 1, hi)], 0)
    idx = v.idx_np[i]
    in_cue = (rep([cue[1][0] for cue in cues]) <= idx) & (idx < rep([cue[1][1] for cue in cues]))
    c_lemma, c_dep = cols[c, _LEMMA], cols[c, _DEP]
    feats = [
        (40,), (41, up0, up1, n_up, d0, d0w, down1), (42, up0, d0, d0w, direction),
        (43, d0, d0w, down1, direction), (44, d0, d0w, pos, direction), (45, d0, d0w, dep),
        (46, c_lemma, up0, d0, d0w), (47, c_lemma, direction), (48, bucket, direction),
        (49, v.sent_np[i] - v.sent_np[c]), (50, quote > 0, quote == c_quote, c_quote > 0),
        (51, lower, d0, d0w, direction), (52, prev_key, key), (53, key, next_key),
        (54, np.minimum(n_breaks, 2), direction, d0, d0w), (55, np.minimum(n_commas, 3), direction),
        (56, pos, direction, n_down), (57, in_cue), (58, c_dep, up0, d0, d0w),
        (59, lower, prev_lower), (60, lower), (61, ent, d0, d0w), (62, pos, up0, n_up, direction),
        (63, c_lemma, lower, direction), (64, key, v.punct_np[i], direction, n_breaks > 0),
        (65, lower, d0, d0w, n_down, direction),
    ]
    return feature_ids(feats, m, ROLE_DIMENSIONS)


# --- decoding -------------------------------------------------------------------------------------

def best_stretch(scores: np.ndarray, allowed: np.ndarray | None = None) -> tuple[int, int, float]:
    """The contiguous stretch [a, b) with the largest sum of ``scores`` (Kadane), over
    ``allowed`` positions only; (0, 0, -inf) when none is allowed."""
    best = (0, 0, float("-inf"))
    run_start, run_sum = 0, 0.0
    for k, s in enumerate(scores):
        if allowed is not None and not allowed[k]:
            run_start, run_sum = k + 1, 0.0
            continue
        if run_sum <= 0:
            run_start, run_sum = k, float(s)
        else:
            run_sum += float(s)
        if run_sum > best[2]:
            best = (run_start, k + 1, run_sum)
    return best


@dataclass(frozen=True, slots=True)
class RoleModel:
    cue_weights: np.ndarray  # (CUE_DIMENSIONS,) logistic weights
    role_weights: np.ndarray  # (ROLE_DIMENSIONS, 3) softmax weights
    cue_lemmas: frozenset  # lemma hashes that may head a cue
    threshold: float
    meta: dict
    span_weights: np.ndarray  # (SPAN_DIMENSIONS,) content candidate ranking weights

    def rank_spans(self, v: DocView, c: int, start: int, end: int, odds, free, quoted_tokens, ps,
                   rule=None, rule_pattern=0):
        """The best content candidate (document token range) by the span model for the cue at
        token ``c``; ``ps``: its ``paths`` over the window; ``rule``: the rules' content for this
        cue (token range), a candidate and a feature."""
        return self.rank_spans_of(v, quoted_tokens, [(c, start, end, odds, free, ps, rule, rule_pattern)])[0]

    def rank_spans_of(self, v: DocView, quoted_tokens, cues: list[tuple]) -> list:
        """``rank_spans`` of several cues at once (their candidates' features made and scored
        together, ``span_inputs_of``): the best candidate of each, None where it has none;
        ``cues``: (cue token, window start, window end, content log-odds, free words, paths,
        rule, rule pattern) each."""
        made, ids, values = span_inputs_of(v, quoted_tokens, cues)
        if ids is None:
            return [None] * len(made)
        z = (self.span_weights[ids] * values).sum(axis=1)
        out, row = [], 0
        for cands in made:
            out.append(cands[int(np.argmax(z[row:row + len(cands)]))] if cands else None)
            row += len(cands)
        return out

    def cue_probabilities(self, v: DocView, skip=(), patterns: dict | None = None) -> list[tuple[int, float]]:
        """(token index, probability) of each word whose lemma may head a cue, except those
        inside a ``skip`` character span (their attribution is left out anyway); ``patterns``:
        ``rule_patterns`` of the document (the rules' pattern of each of their cue heads)."""
        lemmas, idx = self.cue_lemmas, v.idx
        words = [i for i, lemma in enumerate(v.lemma) if lemma in lemmas]
        if skip:
            words = [i for i in words if not any(a <= idx[i] < b for a, b in skip)]
        if not words:
            return []
        patterns = patterns or {}
        z = self.cue_weights[cue_features(v, words, [patterns.get(i, 0) for i in words])].sum(axis=1)
        p = 1.0 / (1.0 + np.exp(-z))
        return list(zip(words, p.tolist()))

    def role_scores(self, v: DocView, c: int, cue_span, start: int, end: int, ps=None) -> np.ndarray:
        """(tokens, 3) probabilities of neither / content / source for the tokens of [start, end)."""
        ps = paths(v, c, start, end) if ps is None else ps
        return self.role_probabilities(v, [(c, cue_span, start, end, ps)])

    def role_probabilities(self, v: DocView, cues: list[tuple]) -> np.ndarray:
        """``role_scores`` of several cues at once (``role_features_of``), rows one after the other."""
        z = self.role_weights[role_features_of(v, cues)].sum(axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


@lru_cache(maxsize=2)
def load(directory: str | None = None) -> RoleModel | None:
    """The shipped model, or None when it is absent (the rules then work alone)."""
    path = Path(directory) if directory else MODEL_DIR
    if not (path / "weights.npz").exists():
        return None
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    if meta.get("fingerprint") != fingerprint():
        raise RuntimeError("E060: the quotes model was trained with other feature hashing than this code "
                           f"(fingerprint {fingerprint()} vs {meta.get('fingerprint')}): retrain it with "
                           "`make train-quotes`.")
    with np.load(path / "weights.npz") as data:
        cue = data["cue"].astype(np.float32)
        role = data["role"].astype(np.float32)
        span = data["span"].astype(np.float32)
        lemmas = frozenset(int(x) for x in data["cue_lemmas"])
    return RoleModel(cue, role, lemmas, float(meta["threshold"]), meta, span)


@lru_cache(maxsize=64)
def _pattern_id(pattern: str) -> int:
    """The string hash of a rule pattern name (a span feature), without adding it to the vocab."""
    from spacy.strings import get_string_id

    return get_string_id(pattern)


def rule_patterns(doc, rules, spans: dict | None = None) -> dict[int, int]:
    """cue head token -> the code of the rules' pattern that made it a cue (a cue feature).
    ``spans``: ``rule_spans(doc, rules)`` when the caller has made it already (``predict``)."""
    spans = rule_spans(doc, rules) if spans is None else spans
    return {i: code for i, (_, code) in spans.items()}


def rule_spans(doc, rules) -> dict[int, tuple[tuple[int, int], int]]:
    """cue head token -> (content token range, pattern code) of the rules' attributions."""
    out = {}
    for att in rules:
        head = cue_head(doc, *att.cue)
        span = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
        if head is not None and span is not None:
            out[head.i] = ((span.start, span.end), _pattern_id(att.pattern or "rule"))
    return out


def _trim(doc, a: int, b: int):
    """The rules' trimming of a content (edge punctuation, a leading date adverb)."""
    from .reported import _trim as trim_tokens

    return trim_tokens(doc, a, b)


def _cue_span(doc, token) -> tuple[int, int]:
    from .reported import cue_span

    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        to = doc[token.i + 1]
        return token.idx, to.idx + len(to)
    if token.is_punct:
        return token.idx, token.idx + len(token)
    return cue_span(doc, token)


def _char_span(doc, a: int, b: int) -> tuple[int, int]:
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])


def _head_of(doc, a: int, b: int) -> int:
    for i in range(a, b):
        if not (a <= doc[i].head.i < b) or doc[i].head.i == i:
            return doc[i].idx
    return doc[a].idx


def quoted_token_spans(doc, quoted_spans) -> list[tuple[int, int]]:
    """Token ranges of the quoted stretches (character spans)."""
    out = []
    for qs, qe in quoted_spans:
        qspan = doc.char_span(qs, qe, alignment_mode="expand")
        if qspan is not None:
            out.append((qspan.start, qspan.end))
    return out


def predict(model: RoleModel, doc, quoted_spans=(), threshold: float | None = None, cues=None, rules=None,
            skip=(), rule_probs: dict | None = None):
    """The model's attributions of ``doc``: (cue probability, ``reported.Attribution`` with
    pattern "model"), most probable first. ``cues``: (probability, token) pairs to use instead of
    the cue model's (the training script's oracle check); ``rules``: the rules' attributions
    (their content for a cue is a candidate and a feature); ``skip``: character spans whose cues
    are not decoded (the attributions the combination puts first cover them); ``rule_probs``: a
    dict this fills with the cue probability of the rules' cue heads (token index -> probability;
    the combination's veto, ``stage.vetoed``), where the cue model reads them."""
    from .reported import Attribution

    threshold = model.threshold if threshold is None else threshold
    if not doc.has_annotation("DEP"):  # a pipeline without a parser: the model has nothing to read
        return []
    v = view(doc, quoted_spans)
    by_cue = rule_spans(doc, rules or ())
    if cues is None:
        probabilities = model.cue_probabilities(v, skip, rule_patterns(doc, rules or (), by_cue))
        if rule_probs is not None:
            rule_probs.update((i, p) for i, p in probabilities if i in by_cue)
        cues = [(p, doc[i]) for i, p in probabilities if p >= threshold]
        if not cues:
            return []
    cues = sorted(cues, key=lambda x: -x[0])
    quoted_tokens = quoted_token_spans(doc, quoted_spans)
    content_pos = _attrs()["content_pos"]
    taken = np.zeros(len(doc), dtype=bool)  # words that are a content, a cue or a source
    spoken = np.zeros(len(doc), dtype=bool)  # words that are a source
    found = []
    # The role probabilities of every cue's window at once (they do not depend on which words
    # the cues before it took); decoding then goes cue by cue.
    ready = []
    for p, cue in cues:
        cue_chars = _cue_span(doc, cue)
        if any(a < cue_chars[1] and cue_chars[0] < b for a, b in skip):
            continue
        start, end = window(v, cue.i)
        ready.append((p, cue, cue_chars, start, end, paths(v, cue.i, start, end)))
    if not ready:
        return []
    all_probs = model.role_probabilities(v, [(cue.i, chars, start, end, ps) for _, cue, chars, start, end, ps in ready])
    offsets = np.cumsum([0] + [end - start for _, _, _, start, end, _ in ready])
    eps = 1e-6
    odds_of: dict[int, np.ndarray] = {}

    def content_odds(n: int) -> np.ndarray:
        if n not in odds_of:
            _, _, _, start, end, _ = ready[n]
            probs = all_probs[offsets[n]:offsets[n] + end - start]
            odds_of[n] = np.log(probs[:, 1] + eps) - np.log(1 - probs[:, 1] + eps)
        return odds_of[n]

    # Each cue's best content candidate depends on the words the cues before it took (``free``),
    # so ranking goes cue by cue; but a cue's decoding takes words inside its own window only.
    # When a cue must be ranked, the later cues whose window overlaps no window of the cues from
    # it up to them (those that may still take words) are ranked with it, in one batch: no cue
    # decoded before them can change their free words. A ranking is used while the words free in
    # the cue's window are those it was ranked over (else the cue is ranked again).
    ranked_for: dict[int, tuple[np.ndarray, tuple[int, int] | None]] = {}
    for n, ((p, cue, cue_chars, start, end, ps), offset) in enumerate(zip(ready, offsets)):
        c = cue.i
        if taken[c]:
            continue
        probs = all_probs[offset:offset + end - start]
        free = ~taken[start:end]
        chars_at = v.idx_np[start:end]
        in_cue = (cue_chars[0] <= chars_at) & (chars_at < cue_chars[1])
        usable = free & ~in_cue & ~v.space_np[start:end]
        if n not in ranked_for or not np.array_equal(ranked_for[n][0], free):
            batch, batch_free = [], []
            reach = []  # windows of the cues from n up to m that may still take words
            for m in range(n, len(ready)):
                _, cue_m, _, start_m, end_m, ps_m = ready[m]
                if taken[cue_m.i]:
                    continue
                overlaps = any(s0 < end_m and start_m < e0 for s0, e0 in reach)
                reach.append((start_m, end_m))
                if m > n and overlaps:
                    continue
                free_m = ~taken[start_m:end_m]
                if m in ranked_for and np.array_equal(ranked_for[m][0], free_m):
                    continue
                rule, rule_pattern = by_cue.get(cue_m.i, (None, 0))
                batch.append((cue_m.i, start_m, end_m, content_odds(m), free_m, ps_m, rule, rule_pattern))
                batch_free.append((m, free_m))
            for (m, free_m), best in zip(batch_free, model.rank_spans_of(v, quoted_tokens, batch)):
                ranked_for[m] = (free_m, best)
        ranked = ranked_for[n][1]
        if ranked is None:
            continue
        a, b = ranked[0] - start, ranked[1] - start
        while a < b and not usable[a]:
            a += 1
        while b > a and not usable[b - 1]:
            b -= 1
        if b <= a or not any(v.pos[i] in content_pos for i in range(start + a, start + b)):
            continue  # a stretch of function words only ("the" left over by a taken word)
        # The source may sit inside the content's extent ("“…,” he said, “…”"), not on its words;
        # a subject two cues share ("X rebuffed the call, saying …") is the source of both.
        allowed = (usable | spoken[start:end]) & ~in_cue & (probs[:, 1] < 0.5)
        source_odds = np.log(probs[:, 2] + eps) - np.log(1 - probs[:, 2] + eps)
        sa, sb, s_score = best_stretch(source_odds, allowed)
        source = head = None
        if s_score > 0:
            source = _char_span(doc, start + sa, start + sb)
            head = _head_of(doc, start + sa, start + sb)
            taken[start + sa:start + sb] = True
            spoken[start + sa:start + sb] = True
        taken[start + a:start + b] = True
        taken[c] = True
        content = _trim(doc, start + a, start + b) or _char_span(doc, start + a, start + b)
        att = Attribution(cue_chars, content, source, head, "model", cue.lemma_.lower())
        found.append((p, att))
    return found


def candidate_spans(v: DocView, c: int, start: int, end: int, quoted_tokens=()) -> tuple[np.ndarray, np.ndarray]:
    """Token ranges inside [start, end) that a content usually is: whole subtrees, runs of a
    word's complements (with or without the word), a clause with the cue's own branch cut off
    before or after it, the sentence before or after the cue's clause, and quoted stretches;
    two arrays (firsts, ends), a range possibly more than once."""
    lefts, rights, heads, kids = v.lefts, v.rights, v.heads, v.kids
    # Every range's two ends are listed as made, then cut to the window and the empty ones
    # dropped in one numpy pass (~190 ranges per cue, ~200,000 on the 150 speed articles).
    firsts: list[int] = []
    lasts: list[int] = []
    first, last = firsts.append, lasts.append

    for h in range(start, end):
        first(lefts[h])
        last(rights[h])
        after = [x for x in kids[h] if x > h]
        for x, cx in enumerate(after):
            first(h)
            last(rights[cx])
            left = lefts[cx]
            for cy in after[x:x + 6]:
                first(left)
                last(rights[cy])
        for cx in kids[h]:
            if cx < h:
                firsts.extend((lefts[cx], lefts[cx]))
                lasts.extend((rights[h], h + 1))
    # A clause the cue's branch interrupts: the part before the branch and the part after it.
    branch = c
    for _ in range(12):
        head = heads[branch]
        if head == branch:
            break
        firsts.extend((lefts[head], rights[branch]))
        lasts.extend((lefts[branch], rights[head]))
        branch = head
    sent_start, sent_end = v.sent_bounds[v.sent[c]]
    firsts.extend((sent_start, rights[c], c + 1))
    lasts.extend((lefts[c], sent_end, sent_end))
    for a, b in quoted_tokens:
        first(a)
        last(b)
    # Contents of more than one sentence: the whole window after the cue, or before its clause.
    firsts.extend((rights[c], c + 1, start))
    lasts.extend((end, end, lefts[c]))
    a = np.maximum(np.array(firsts, dtype=np.int64), start)
    b = np.minimum(np.array(lasts, dtype=np.int64), end)
    keep = b > a
    return a[keep], b[keep]


# --- span ranking ---------------------------------------------------------------------------------

SPAN_DIMENSIONS = 1 << 18
TOP_CANDIDATES = 30  # candidates ranked by the span model: the best by summed content log-odds
CROSS_EDGES = 10  # and the starts and ends of this many best crossed


def span_features(v: DocView, c: int, ps: np.ndarray, start: int, cands: list[tuple[int, int]], prefix: tuple,
                  full: set, rule: tuple[int, int] | None = None, rule_pattern: int = 0,
                  found: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Hashed feature ids and values, two (candidates, SPAN_FEATURES) arrays, of the content
    candidates ``cands`` ([a, b) document token ranges) of the cue at token ``c``; ``ps`` are
    the ``paths`` of the window's tokens (the window starts at ``start``), ``prefix`` the running
    sums of the content log-odds and of their positive part (``prefixes``)."""
    return span_features_of(v, [(c, ps, start, cands, prefix, full, rule, rule_pattern, found)])


def span_features_of(v: DocView, cues: list[tuple]) -> tuple[np.ndarray, np.ndarray]:
    """``span_features`` of the candidates of several cues at once, their rows one after the
    other (each row's features those of its own cue); ``cues``: (cue token, paths, window
    start, candidates, prefix, full, rule, rule pattern, found) each, every one with candidates."""
    cols = v.cols
    n_doc = len(v.heads)
    sizes = [len(cue[3]) for cue in cues]
    k = sum(sizes)

    def rep(values, dtype=np.int64):
        """One value per cue, repeated over its candidates' rows."""
        return np.repeat(np.array(values, dtype=dtype), sizes)

    a = np.array([x for cue in cues for x, _ in cue[3]], dtype=np.int64)
    b = np.array([y for cue in cues for _, y in cue[3]], dtype=np.int64)
    c = rep([cue[0] for cue in cues])
    start = rep([cue[2] for cue in cues])
    col_a, col_b = a[:, None], b[:, None]
    # Each candidate's roots (words whose head lies outside it): how many, and the first.
    at = start[:, None] + np.arange(max(1, max(max(y for _, y in cue[3]) - cue[2] for cue in cues)))
    heads_at = v.heads_np[np.minimum(at, n_doc - 1)]
    roots = (at >= col_a) & (at < col_b) & ((heads_at < col_a) | (heads_at >= col_b) | (heads_at == at))
    n_roots = np.minimum(roots.sum(axis=1), 4)
    head = np.where(roots.any(axis=1), start + roots.argmax(axis=1), a)
    direction = np.where(a > c, 1, np.where(b <= c, 2, 0))
    size = _BUCKETS[np.minimum(b - a, 63)]
    whole = np.array([cand in cue[5] for cue in cues for cand in cue[3]], dtype=bool)
    cue_gap = np.where((c - a >= 0) & (c - a < 4), c - a, 9)
    # The rules' content (-1, -1 where the cue has none).
    rule_a = rep([-1 if cue[6] is None else cue[6][0] for cue in cues])
    rule_b = rep([-1 if cue[6] is None else cue[6][1] for cue in cues])
    is_rule = (a == rule_a) & (b == rule_b)
    rule_start, rule_end = a == rule_a, b == rule_b
    rule_pattern = rep([cue[7] for cue in cues], np.uint64)
    # Boundaries: the nearest word outside the candidate on each side and how it hangs (from a
    # word inside, from the cue, from the cue's head): an adjunct of the cue after its object
    # ("… in the wake of …", ", reversing …") ends the content, a relative clause of its last
    # noun does not.
    after = {y: _word_after(v, y) for y in set(b.tolist())}
    before = {x: _word_before(v, x) for x in set(a.tolist())}
    nxt = np.array([-1 if after[y] is None else after[y] for y in b.tolist()], dtype=np.int64)
    prv = np.array([-1 if before[x] is None else before[x] for x in a.tolist()], dtype=np.int64)
    nxt_hangs = np.where(nxt >= 0, _hangs_of(v, nxt, a, b, c), 4)
    prv_hangs = np.where(prv >= 0, _hangs_of(v, prv, a, b, c), 4)
    last_hangs = _hangs_of(v, b - 1, a, b, c)
    n_sents = np.minimum(v.sent_np[b - 1] - v.sent_np[a], 2)
    # Each cue's running sums, one after the other; ``base``: where its own begin.
    sums = np.concatenate([np.asarray(cue[4][0]) for cue in cues])
    positive = np.concatenate([np.asarray(cue[4][1]) for cue in cues])
    lengths = [len(cue[4][0]) for cue in cues]
    base = rep(np.cumsum([0] + lengths[:-1])) - start
    total = sums[base + b] - sums[base + a]
    positive_out = positive[rep(np.cumsum(lengths) - 1)] - (positive[base + b] - positive[base + a])
    last = b - 1
    zero = np.uint64(0)
    before_lower = np.where(a > 0, cols[np.maximum(a - 1, 0), _LOWER], zero)
    after_lower = np.where(b < n_doc, cols[np.minimum(b, n_doc - 1), _LOWER], zero)
    after_punct = np.where(b < n_doc, v.punct_np[np.minimum(b, n_doc - 1)], 2)
    first_lower, last_lower = cols[a, _LOWER], cols[last, _LOWER]
    ps_base = rep(np.cumsum([0] + [len(cue[1]) for cue in cues[:-1]])) - start
    p = np.vstack([cue[1] for cue in cues])[ps_base + head]
    c_lemma = cols[c, _LEMMA]
    worded = np.asarray(v.worded, dtype=bool)

    def edge(code, i, hangs):
        """How the word ``i`` next to a candidate hangs (-1: none; then ``hangs`` is 4): its
        dependency (with the word for worded labels), where its head is, whether it is the cue."""
        k = np.maximum(i, 0)
        word = np.where(worded[k], cols[k, _LOWER], zero)
        return code, np.where(i >= 0, cols[k, _DEP], zero), np.where(i >= 0, word, zero), hangs, i == c

    # How the candidate's edges meet the cue's branches: the dependency of the cue's (or its
    # head's) child whose subtree starts at its start / ends at its end, or starts just after
    # it (a "that" or "to" left out), 0 for none.
    start_rel, end_rel, mark_rel = [], [], []
    for cue in cues:
        cue_c = cue[0]
        starts_at, ends_at, after_mark = {}, {}, {}
        for owner, code in ((v.heads[cue_c], 2), (cue_c, 1)):
            for kid in v.kids[owner]:
                if kid != cue_c:
                    starts_at[v.lefts[kid]] = (v.dep[kid], code)
                    ends_at[v.rights[kid]] = (v.dep[kid], code)
                    if v.lefts[kid] < kid:
                        after_mark[v.lefts[kid] + 1] = (v.dep[kid], code)
        start_rel += [starts_at.get(x, (0, 0)) for x, _ in cue[3]]
        end_rel += [ends_at.get(y, (0, 0)) for _, y in cue[3]]
        mark_rel += [after_mark.get(x, (0, 0)) for x, _ in cue[3]]
    start_rel = np.array(start_rel, dtype=np.uint64).reshape(-1, 2)
    end_rel = np.array(end_rel, dtype=np.uint64).reshape(-1, 2)
    mark_rel = np.array(mark_rel, dtype=np.uint64).reshape(-1, 2)
    # Sentence edges and quote marks at the candidate's edges.
    words_np = v.words_np
    starts_sent = words_np[a] == words_np[v.sent_first_np[a]]
    ends_sent = words_np[b] == words_np[v.sent_end_np[b - 1]]
    q_a, q_last = v.quote_np[a], v.quote_np[last]
    q_before = np.where(a > 0, v.quote_np[np.maximum(a - 1, 0)], 0)
    q_after = np.where(b < n_doc, v.quote_np[np.minimum(b, n_doc - 1)], 0)
    quote_edges = ((q_a > 0) & (q_a == q_before)) * 1 + ((q_last > 0) & (q_last == q_after)) * 2 + (q_a != q_last) * 4
    n_commas = np.minimum(v.comma_sum[b] - v.comma_sum[a], 3)
    # A candidate is crossed when it comes after its cue's ``found`` first ones.
    crossed = np.arange(k) - rep(np.cumsum([0] + sizes[:-1])) >= rep(
        [len(cue[3]) if cue[8] is None else cue[8] for cue in cues])
    feats = [
        (80, first_lower), (81, last_lower), (82, cols[a, _POS], cols[a, _DEP]),
        (83, cols[last, _POS], cols[last, _DEP]), (84, before_lower), (85, after_lower),
        (86, p[:, 0], p[:, 1], p[:, 3], p[:, 4], p[:, 5]), (87, n_roots), (88, size), (89, direction),
        (90, c_lemma, p[:, 3], p[:, 4]), (91, v.mark_np[a], v.mark_np[last]), (92, whole),
        (93, after_punct, after_lower), (94, before_lower, first_lower),
        (95, cols[head, _DEP], cols[head, _POS], direction), (96, n_roots, cols[head, _DEP]),
        (97, c_lemma, direction), (98, first_lower, direction), (99, last_lower, after_lower),
        (100, cue_gap, direction), (101, is_rule, rule_pattern), (102, is_rule, c_lemma),
        (103, rule_start, rule_end, rule_pattern),
        edge(104, nxt, nxt_hangs), edge(105, prv, prv_hangs), (106, cols[last, _DEP], last_hangs),
        (107, n_sents, direction),
        (108, start_rel[:, 0], start_rel[:, 1], direction), (109, end_rel[:, 0], end_rel[:, 1], direction),
        (110, mark_rel[:, 0], mark_rel[:, 1], first_lower), (111, c_lemma, start_rel[:, 0], end_rel[:, 0]),
        (112, starts_sent, ends_sent, direction, n_sents), (113, quote_edges, direction),
        (114, c_lemma, cols[a, _DEP], cols[last, _DEP]), (115, n_commas, direction, whole),
        (116, c_lemma, first_lower, direction), (117, cols[head, _POS], cols[head, _DEP], c_lemma),
        (118, crossed, direction, whole),
    ]
    ids = np.empty((k, len(feats) + 3), dtype=np.int64)
    ids[:, :-3] = feature_ids(feats, k, SPAN_DIMENSIONS - 4) + 4
    values = np.ones((k, len(feats) + 3), dtype=np.float32)
    # Real-valued, on ids 1-3: summed log-odds, mean log-odds, positive log-odds left outside.
    ids[:, -3:] = (1, 2, 3)
    values[:, -3] = total / 10.0
    values[:, -2] = total / (b - a) / 5.0
    values[:, -1] = positive_out / 10.0
    return ids, values


def _word_after(v: DocView, b: int) -> int | None:
    """The first word (not punctuation or space) at or after token ``b`` in its sentence."""
    if b >= len(v.heads):
        return None
    end = v.sent_bounds[v.sent[b]][1]
    for i in range(b, min(end, b + 4)):
        if not v.punct[i] and not v.space[i]:
            return i
    return None


def _word_before(v: DocView, a: int) -> int | None:
    """The last word before token ``a`` in its sentence."""
    if a <= 0:
        return None
    first = v.sent_bounds[v.sent[a - 1]][0]
    for i in range(a - 1, max(first, a - 4) - 1, -1):
        if not v.punct[i] and not v.space[i]:
            return i
    return None


def _hangs_of(v: DocView, i: np.ndarray, a: np.ndarray, b: np.ndarray, c: int) -> np.ndarray:
    """Where each token ``i``'s head is: 1 inside its [a, b), 2 the cue, 3 the cue's head, 0
    elsewhere (``i`` >= 0)."""
    h = v.heads_np[np.maximum(i, 0)]
    return np.select([(a <= h) & (h < b) & (h != i), h == c, h == v.heads_np[c]], [1, 2, 3], 0)


def prefixes(odds: np.ndarray) -> tuple[list[float], list[float]]:
    """Running sums of the content log-odds and of their positive part (span features)."""
    return (np.concatenate(([0.0], np.cumsum(odds))).tolist(),
            np.concatenate(([0.0], np.cumsum(np.clip(odds, 0, None)))).tolist())


def span_candidates(v: DocView, c: int, start: int, end: int, odds: np.ndarray, free: np.ndarray,
                    quoted_tokens=(), rule: tuple[int, int] | None = None,
                    prefix: tuple | None = None) -> tuple[list[tuple[int, int]], int]:
    """Document token ranges to rank for the cue at token ``c``, and how many of them come first
    as found: the syntactic candidates and the best stretch, the ``TOP_CANDIDATES`` best by
    summed content log-odds (and the rules' content), then the start of each of the
    ``CROSS_EDGES`` best joined to the end of each other one (an extent whose edges the syntax
    offers apart: a tenth of PolNeAR's contents); none over a word already taken and none of
    punctuation and space only. ``prefix``: ``prefixes(odds)``, when already made."""
    sums = np.asarray((prefixes(odds) if prefix is None else prefix)[0])
    blocked = np.concatenate(([0], np.cumsum(~free)))
    words = v.words_np
    a0, b0, _ = best_stretch(odds, free)
    firsts, ends = candidate_spans(v, c, start, end, quoted_tokens)
    if b0 > a0:
        firsts, ends = np.append(firsts, start + a0), np.append(ends, start + b0)
    # The distinct ranges, over no taken word and not of punctuation and space only, by summed
    # log-odds, then first and end, the largest first.
    key = np.unique(firsts * (end + 1) + ends)
    a, b = key // (end + 1), key % (end + 1)
    keep = (blocked[b - start] == blocked[a - start]) & (words[b] != words[a])
    a, b = a[keep], b[keep]
    scores = sums[b - start] - sums[a - start]
    order = np.lexsort((b, a, scores))[::-1]
    a, b = a[order].tolist(), b[order].tolist()
    out = list(zip(a[:TOP_CANDIDATES], b[:TOP_CANDIDATES]))
    if rule is not None and rule not in out and start <= rule[0] < rule[1] <= end:
        out.append(rule)
    found = len(out)
    have = set(out)
    blocked, words = blocked.tolist(), v.words
    for x in sorted(set(a[:CROSS_EDGES])):
        for y in sorted(set(b[:CROSS_EDGES])):
            if y > x and (x, y) not in have and not (blocked[y - start] - blocked[x - start]) and words[y] != words[x]:
                out.append((x, y))
    return out, found


def span_inputs(v: DocView, c: int, start: int, end: int, odds: np.ndarray, free: np.ndarray, quoted_tokens,
                ps: np.ndarray, rule: tuple[int, int] | None = None, rule_pattern: int = 0):
    """The content candidates of the cue at token ``c`` (``span_candidates``) and their span
    features (ids, values); (``[]``, None, None) when there is none. What the stage ranks and
    what training fits the ranker on."""
    (cands,), ids, values = span_inputs_of(v, quoted_tokens, [(c, start, end, odds, free, ps, rule, rule_pattern)])
    return cands, ids, values


def span_inputs_of(v: DocView, quoted_tokens, cues: list[tuple]):
    """``span_inputs`` of several cues at once: each cue's candidates (a list per cue), and the
    features of all of them, rows one after the other (``span_features_of``; None, None when
    no cue has a candidate); ``cues``: (cue token, window start, window end, content log-odds,
    free words, paths, rule, rule pattern) each."""
    made, items = [], []
    for c, start, end, odds, free, ps, rule, rule_pattern in cues:
        prefix = prefixes(odds)
        cands, found = span_candidates(v, c, start, end, odds, free, quoted_tokens, rule, prefix)
        made.append(cands)
        if cands:
            full = set(zip(v.lefts[start:end], v.rights[start:end]))
            items.append((c, ps, start, cands, prefix, full, rule, rule_pattern, found))
    if not items:
        return made, None, None
    ids, values = span_features_of(v, items)
    return made, ids, values
