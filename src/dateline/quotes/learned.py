"""The learned attribution model: which words are cues, and for each cue which words are its
content and its source.

Two linear softmax models over hashed features of the spaCy parse, trained on PolNeAR train
(Newell, Margolin & Ruths, LREC 2018) by ``training/quotes/train.py`` (``make train-quotes``)
and shipped in ``model/`` (``weights.npz``, ``meta.json``):

1. **cue**: for every word whose lemma was a cue in training ("said", "according", "told", ":",
   "claim", …), the probability that it heads an attribution cue (its lemma, part of speech,
   dependency, children, head, neighbours, quotation marks).
2. **roles**: for a cue, every word of its sentence and the sentences next to it (within the
   paragraph) is content, source or neither, from its path in the dependency tree to the cue
   (which branch of the cue it hangs from, or how the cue hangs from it), direction and distance,
   clause breaks and quotation marks between them, and the cue's lemma.

Decoding: the content is the stretch of words with the highest summed log-odds of "content"
(so an interrupting "he said" inside a quote stays inside the extent); the source is the best
such stretch outside the content, if its log-odds sum is positive. Cues are taken most probable
first; a cue inside an accepted attribution's content or source is part of it (PolNeAR gives
every word at most one role).

Features are tuples of integers (spaCy's string hashes and small codes) hashed with Python's
tuple hash, which does not depend on PYTHONHASHSEED; ``meta.json`` keeps a fingerprint of it,
checked at load time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
ROLES = ("O", "C", "S")
CUE_DIMENSIONS = 1 << 18
ROLE_DIMENSIONS = 1 << 20
FINGERPRINT_KEY = (7, 123456789012345, -3)

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


def fingerprint() -> int:
    return hash(FINGERPRINT_KEY)


@dataclass(slots=True)
class DocView:
    """Per-document arrays the features read: paragraphs, sentences, quotation depth."""

    doc: object
    para: list[int]  # paragraph number of each token
    sent: list[int]  # sentence number of each token
    quote: list[int]  # quoted stretch number of each token (0: outside quotes)
    sent_bounds: list[tuple[int, int]]  # token range of each sentence
    toks: list  # the Token objects, made once (spaCy makes a new one on every doc[i] / .head)
    heads: list[int]
    lefts: list[int]  # left_edge index of each token
    rights: list[int]  # right_edge index + 1
    kids: list[list[int]]  # children indices, in order


def view(doc, quoted_spans=()) -> DocView:
    """``quoted_spans``: character spans of quoted stretches (``marks.find_quoted``)."""
    para, sent, quote = [], [], []
    p = 0
    bounds = []
    for s_no, s in enumerate(doc.sents):
        bounds.append((s.start, s.end))
    sent_of = [0] * len(doc)
    for s_no, (a, b) in enumerate(bounds):
        for i in range(a, b):
            sent_of[i] = s_no
    spans = sorted(quoted_spans)
    q_i = 0
    for token in doc:
        para.append(p)
        if "\n" in token.text:
            p += 1
        while q_i < len(spans) and spans[q_i][1] <= token.idx:
            q_i += 1
        inside = q_i < len(spans) and spans[q_i][0] <= token.idx < spans[q_i][1]
        quote.append(q_i + 1 if inside else 0)
    from spacy.attrs import HEAD

    toks = list(doc)
    n = len(toks)
    heads = (np.arange(n) + doc.to_array([HEAD]).astype(np.int64).ravel()).tolist() if n else []
    lefts = list(range(n))
    rights = list(range(1, n + 1))
    kids: list[list[int]] = [[] for _ in toks]
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
        # Widen every ancestor's subtree bounds (the parse's trees are projective in practice,
        # but this does not rely on it).
        t, steps = i, 0
        while heads[t] != t and steps < 60:
            t = heads[t]
            steps += 1
            if i < lefts[t]:
                lefts[t] = i
            if i + 1 > rights[t]:
                rights[t] = i + 1
    return DocView(doc, para, sent_of, quote, bounds, toks, heads, lefts, rights, kids)


# --- cue features ---------------------------------------------------------------------------------

def cue_features(v: DocView, token) -> list[int]:
    """Hashed feature ids of ``token`` as a possible cue head (fixed length, 0 = padding)."""
    doc = v.doc
    i = token.i
    lemma, pos, dep = token.lemma, token.pos, token.dep
    head = token.head
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev_lower = prev.lower if prev is not None else 0
    next_lower = nxt.lower if nxt is not None else 0
    children = sorted({c.dep for c in token.children})[:MAX_CHILDREN]
    subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    next_quote = int(nxt is not None and nxt.text in QUOTES)
    prev_quote = int(prev is not None and prev.text in QUOTES)
    feats = [
        (0,), (1, lemma), (2, lemma, pos), (3, lemma, dep), (4, pos, dep), (5, lemma, head.lemma),
        (6, head.pos, dep), (8, lemma, next_lower), (9, prev_lower, lemma), (10, v.quote[i] > 0, dep),
        (11, lemma, subj.pos if subj is not None else 0), (12, lemma, dep, head.dep),
        (13, lemma, next_quote, prev_quote), (14, pos), (15, dep, head.lemma, head.dep),
        (16, token.tag, lemma), (17, lemma, v.quote[i] > 0), (18, subj.dep if subj is not None else 0, dep),
        (19, head.head.lemma, head.dep, dep),
    ]
    feats += [(7, lemma, c) for c in children]
    feats += [(20, pos, c) for c in children]
    ids = [hash(f) % CUE_DIMENSIONS or 1 for f in feats]
    ids += [0] * (2 * MAX_CHILDREN - 2 * len(children))
    return ids


CUE_WIDTH = 19 + 2 * MAX_CHILDREN


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

def window(v: DocView, cue) -> tuple[int, int]:
    """Token range the roles of ``cue`` are read in: its sentence and the sentences next to it,
    within its paragraph."""
    s = v.sent[cue.i]
    start = v.sent_bounds[max(0, s - 1)][0]
    end = v.sent_bounds[min(len(v.sent_bounds) - 1, s + 1)][1]
    p = v.para[cue.i]
    while start < cue.i and v.para[start] != p:
        start += 1
    while end > cue.i + 1 and v.para[end - 1] != p:
        end -= 1
    # The paragraph's break token itself (a "\n" space) ends it.
    return start, end


def _code(v: DocView, i: int) -> tuple[int, int]:
    """A branch: the dependency label, with the word for labels where the word matters."""
    t = v.toks[i]
    return t.dep, (t.lower if t.dep_ in WORDED_DEPS else 0)


def paths(v: DocView, cue, start: int, end: int):
    """For each token of [start, end): (up0, up1, n_up, down0 code, down1 dep, n_down) of the tree
    path from ``cue`` to it."""
    heads, toks = v.heads, v.toks
    chain = [cue.i]
    while heads[chain[-1]] != chain[-1] and len(chain) < 60:
        chain.append(heads[chain[-1]])
    up_of = {t: n for n, t in enumerate(chain)}
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
            out.append((NONE, NONE, 9, (NONE, 0), NONE, 9))
            continue
        n_up = up_of[t]
        up0 = toks[chain[0]].dep if n_up >= 1 else (SELF if not down else NONE)
        up1 = toks[chain[1]].dep if n_up >= 2 else NONE
        down.reverse()
        down0 = _code(v, down[0]) if down else ((SELF, 0) if n_up == 0 else (ANCESTOR, 0))
        down1 = toks[down[1]].dep if len(down) > 1 else NONE
        out.append((up0, up1, min(n_up, 3), down0, down1, min(len(down), 4)))
    return out


def _bucket(n: int) -> int:
    return n if n < 4 else 4 if n < 8 else 5 if n < 16 else 6 if n < 32 else 7


def role_features(v: DocView, cue, cue_span: tuple[int, int], start: int, end: int) -> list[list[int]]:
    """Hashed feature ids for every token of [start, end) as content/source/neither of ``cue``."""
    toks = v.toks
    ps = paths(v, cue, start, end)
    keys = [hash((p[0], p[1], p[3])) for p in ps]
    c_i = cue.i
    c_lemma, c_dep = cue.lemma, cue.dep
    c_quote = v.quote[c_i]
    c_sent = v.sent[c_i]
    # Clause breaks and commas between each token and the cue: prefix counts.
    breaks, commas = [0], [0]
    for i in range(start, end):
        text = toks[i].text
        breaks.append(breaks[-1] + (text in BREAKS))
        commas.append(commas[-1] + (text == ","))
    cue_at = c_i - start
    rows = []
    for k, i in enumerate(range(start, end)):
        t = toks[i]
        up0, up1, n_up, down0, down1, n_down = ps[k]
        direction = (i > c_i) - (i < c_i)
        lo, hi = (k, cue_at) if k < cue_at else (cue_at, k)
        n_breaks = breaks[hi] - breaks[lo + 1] if hi > lo else 0
        n_commas = commas[hi] - commas[lo + 1] if hi > lo else 0
        in_cue = cue_span[0] <= t.idx < cue_span[1]
        prev_key = keys[k - 1] if k > 0 else 0
        next_key = keys[k + 1] if k + 1 < len(keys) else 0
        sent_rel = v.sent[i] - c_sent
        t_quote = v.quote[i]
        feats = (
            (40,), (41, up0, up1, n_up, down0, down1), (42, up0, down0, direction), (43, down0, down1, direction),
            (44, down0, t.pos, direction), (45, down0, t.dep), (46, c_lemma, up0, down0),
            (47, c_lemma, direction), (48, _bucket(abs(i - c_i)), direction), (49, sent_rel),
            (50, t_quote > 0, c_quote > 0, t_quote == c_quote), (51, t.lower, down0, direction),
            (52, prev_key, keys[k]), (53, keys[k], next_key), (54, min(n_breaks, 2), direction, down0),
            (55, min(n_commas, 3), direction), (56, t.pos, direction, n_down), (57, in_cue),
            (58, c_dep, up0, down0), (59, t.lower, toks[i - 1].lower if i > 0 else 0), (60, t.lower),
            (61, t.ent_type, down0), (62, t.pos, up0, n_up, direction), (63, c_lemma, t.lower, direction),
            (64, keys[k], t.is_punct, direction, n_breaks > 0), (65, t.lower, down0, n_down, direction),
        )
        rows.append([hash(f) % ROLE_DIMENSIONS or 1 for f in feats])
    return rows


ROLE_WIDTH = 26


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
    span_weights: np.ndarray | None = None  # (SPAN_DIMENSIONS,) content candidate ranking weights

    def rank_spans(self, doc, v, cue, start, end, odds, free, quoted_tokens, rule=None, rule_pattern=0):
        """The best content candidate (document token range) by the span model; ``rule``: the
        rules' content for this cue (token range), a candidate and a feature."""
        cands = span_candidates(doc, v, cue, start, end, odds, free, quoted_tokens, rule)
        if not cands:
            return None
        ps = paths(v, cue, start, end)
        prefix = prefixes(odds)
        full = set(zip(v.lefts[start:end], v.rights[start:end]))
        rows = [span_features(doc, v, cue, ps, start, a, b, odds, prefix, full, rule, rule_pattern)
                for a, b in cands]
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        values = np.array([r[1] for r in rows], dtype=np.float32)
        z = (self.span_weights[ids] * values).sum(axis=1)
        return cands[int(np.argmax(z))]

    def cue_probabilities(self, v: DocView) -> list[tuple[object, float]]:
        doc = v.doc
        tokens = [t for t in doc if t.lemma in self.cue_lemmas]
        if not tokens:
            return []
        ids = np.array([cue_features(v, t) for t in tokens], dtype=np.int64)
        z = self.cue_weights[ids].sum(axis=1)
        p = 1.0 / (1.0 + np.exp(-z))
        return list(zip(tokens, p.tolist()))

    def role_scores(self, v: DocView, cue, cue_span, start: int, end: int) -> np.ndarray:
        ids = np.array(role_features(v, cue, cue_span, start, end), dtype=np.int64)
        z = self.role_weights[ids].sum(axis=1)
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
        raise RuntimeError("E060: the quotes model's feature hashing differs in this Python "
                           f"(fingerprint {fingerprint()} vs {meta.get('fingerprint')}): retrain it with "
                           "`make train-quotes`.")
    with np.load(path / "weights.npz") as data:
        cue = data["cue"].astype(np.float32)
        role = data["role"].astype(np.float32)
        span = data["span"].astype(np.float32) if "span" in data else None
        lemmas = frozenset(int(x) for x in data["cue_lemmas"])
    return RoleModel(cue, role, lemmas, float(meta["threshold"]), meta, span)


def rule_spans(doc, rules) -> dict[int, tuple[tuple[int, int], int]]:
    """cue head token -> (content token range, pattern code) of the rules' attributions."""
    out = {}
    for att in rules:
        head = cue_head(doc, *att.cue)
        span = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
        if head is not None and span is not None:
            out[head.i] = ((span.start, span.end), doc.vocab.strings.add(att.pattern or "rule"))
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


def predict(model: RoleModel, doc, quoted_spans=(), threshold: float | None = None, cues=None,
            spans: bool = True, margin: float | None = None, rules=None, skip=()):
    """The model's attributions of ``doc``: (cue probability, ``reported.Attribution`` with
    pattern "model"), most probable first. ``cues``: (probability, token) pairs to use instead of
    the cue model's (the training script's oracle check)."""
    from .reported import Attribution

    threshold = model.threshold if threshold is None else threshold
    if not doc.has_annotation("DEP"):  # a pipeline without a parser: the model has nothing to read
        return []
    v = view(doc, quoted_spans)
    if cues is None:
        cues = [(p, t) for t, p in model.cue_probabilities(v) if p >= threshold]
    cues = sorted(cues, key=lambda x: -x[0])
    margin = model.meta.get("margin", 2.0) if margin is None else margin
    by_cue = rule_spans(doc, rules or ())
    quoted_tokens = []
    for qs, qe in quoted_spans:
        qspan = doc.char_span(qs, qe, alignment_mode="expand")
        if qspan is not None:
            quoted_tokens.append((qspan.start, qspan.end))
    taken = np.zeros(len(doc), dtype=bool)  # words that are a content, a cue or a source
    spoken = np.zeros(len(doc), dtype=bool)  # words that are a source
    found = []
    for p, cue in cues:
        if taken[cue.i]:
            continue
        cue_chars = _cue_span(doc, cue)
        if any(a < cue_chars[1] and cue_chars[0] < b for a, b in skip):
            continue
        start, end = window(v, cue)
        probs = model.role_scores(v, cue, cue_chars, start, end)
        eps = 1e-6
        free = ~taken[start:end]
        in_cue = np.array([cue_chars[0] <= t.idx < cue_chars[1] for t in v.toks[start:end]])
        usable = free & ~in_cue & np.array([not t.is_space for t in v.toks[start:end]])
        content_odds = np.log(probs[:, 1] + eps) - np.log(1 - probs[:, 1] + eps)
        if spans and model.span_weights is not None:
            rule, rule_pattern = by_cue.get(cue.i, (None, 0))
            ranked = model.rank_spans(doc, v, cue, start, end, content_odds, free, quoted_tokens, rule,
                                      rule_pattern)
            if ranked is None:
                continue
            a, b, score = ranked[0] - start, ranked[1] - start, 0.0
        elif spans:
            a, b, score = choose_content(v, cue, start, end, content_odds, free, quoted_tokens, margin)
        else:
            a, b, score = best_stretch(content_odds, free)
        if score == float("-inf") or not usable[a - 0:b].any():
            continue
        while a < b and not usable[a]:
            a += 1
        while b > a and not usable[b - 1]:
            b -= 1
        if b <= a or not any(t.pos_ in CONTENT_POS for t in v.toks[start + a:start + b]):
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
        taken[cue.i] = True
        content = _trim(doc, start + a, start + b) or _char_span(doc, start + a, start + b)
        att = Attribution(cue_chars, content, source, head, "model", cue.lemma_.lower())
        found.append((p, att))
    return found


def candidate_spans(v: DocView, cue, start: int, end: int, quoted_tokens=()) -> set[tuple[int, int]]:
    """Token ranges inside [start, end) that a content usually is: whole subtrees, runs of a
    word's complements (with or without the word), a clause with the cue's own branch cut off
    before or after it, the sentence before or after the cue's clause, and quoted stretches."""
    spans = set()
    lefts, rights, heads = v.lefts, v.rights, v.heads

    def add(a, b):
        a, b = max(a, start), min(b, end)
        if b > a:
            spans.add((a, b))

    for h in range(start, end):
        add(lefts[h], rights[h])
        after = [c for c in v.kids[h] if c > h]
        before = [c for c in v.kids[h] if c < h]
        for x, cx in enumerate(after):
            add(h, rights[cx])
            for cy in after[x:x + 6]:
                add(lefts[cx], rights[cy])
        for cx in before:
            add(lefts[cx], rights[h])
            add(lefts[cx], h + 1)
    # A clause the cue's branch interrupts: the part before the branch and the part after it.
    branch = cue.i
    for _ in range(12):
        head = heads[branch]
        if head == branch:
            break
        add(lefts[head], lefts[branch])
        add(rights[branch], rights[head])
        branch = head
    sent_start, sent_end = v.sent_bounds[v.sent[cue.i]]
    add(sent_start, lefts[cue.i])
    add(rights[cue.i], sent_end)
    add(cue.i + 1, sent_end)
    for a, b in quoted_tokens:
        add(a, b)
    return spans


def choose_content(v: DocView, cue, start: int, end: int, odds: np.ndarray, free: np.ndarray, quoted_tokens=(),
                   margin: float = 2.0) -> tuple[int, int, float]:
    """The candidate span (window-relative [a, b)) with the largest summed content log-odds; the
    unconstrained best stretch when it beats every candidate by more than ``margin``."""
    a0, b0, best_free = best_stretch(odds, free)
    prefix = np.concatenate(([0.0], np.cumsum(odds)))
    blocked = np.concatenate(([0], np.cumsum(~free)))
    best = (a0, b0, float("-inf"))
    for a, b in candidate_spans(v, cue, start, end, quoted_tokens):
        a, b = a - start, b - start
        if blocked[b] - blocked[a]:
            continue
        s = prefix[b] - prefix[a]
        if s > best[2]:
            best = (a, b, s)
    if best[2] == float("-inf") or best_free - best[2] > margin:
        return a0, b0, best_free
    return best


# --- span ranking ---------------------------------------------------------------------------------

SPAN_DIMENSIONS = 1 << 18
TOP_CANDIDATES = 30  # candidates ranked by the span model: the best by summed content log-odds
SPAN_WIDTH = 27
# Whether the ranker reads the role model's summed log-odds (off: syntax and the rules' span only).
SPAN_ODDS = True


def span_features(doc, v: DocView, cue, paths_: list, start: int, a: int, b: int, odds: np.ndarray,
                  prefix: tuple, full: set, rule: tuple[int, int] | None = None,
                  rule_pattern: int = 0) -> tuple[list[int], list[float]]:
    """Hashed feature ids and values of the content candidate [a, b) (document token indices)
    of ``cue``; ``paths_`` and ``odds`` are per window token (the window starts at ``start``),
    ``prefix`` the running sums of the log-odds and of their positive part (``prefixes``)."""
    toks, heads = v.toks, v.heads
    first, last = toks[a], toks[b - 1]
    before = toks[a - 1] if a > 0 else None
    after = toks[b] if b < len(toks) else None
    roots = [toks[i] for i in range(a, b) if not (a <= heads[i] < b) or heads[i] == i]
    head = roots[0] if roots else first
    p = paths_[head.i - start]
    direction = 1 if a > cue.i else -1 if b <= cue.i else 0
    n = b - a
    total = float(prefix[0][b - start] - prefix[0][a - start])
    positive_out = float(prefix[1][-1] - (prefix[1][b - start] - prefix[1][a - start]))
    before_lower = before.lower if before is not None else 0
    after_lower = after.lower if after is not None else 0
    feats = (
        (80, first.lower), (81, last.lower), (82, first.pos, first.dep), (83, last.pos, last.dep),
        (84, before_lower), (85, after_lower), (86, p[0], p[1], p[3], p[4]), (87, min(len(roots), 4)),
        (88, _bucket(n)), (89, direction), (90, cue.lemma, p[3]), (91, first.text in QUOTES, last.text in QUOTES),
        (92, (a, b) in full), (93, after.is_punct if after is not None else 2, after_lower),
        (94, before_lower, first.lower), (95, head.dep, head.pos, direction), (96, min(len(roots), 4), head.dep),
        (97, cue.lemma, direction), (98, first.lower, direction), (99, last.lower, after_lower),
        (100, cue.i - a if 0 <= cue.i - a < 4 else 9, direction),
        (101, rule == (a, b), rule_pattern), (102, rule == (a, b), cue.lemma),
        (103, rule is not None and rule[0] == a, rule is not None and rule[1] == b, rule_pattern),
    )
    ids = [hash(f) % (SPAN_DIMENSIONS - 5) + 5 for f in feats]
    values = [1.0] * len(ids)
    ids += [2, 3, 4]  # real-valued: summed log-odds, mean log-odds, positive log-odds left outside
    values += [total / 10.0, total / n / 5.0, positive_out / 10.0] if SPAN_ODDS else [0.0, 0.0, 0.0]
    return ids, values


def prefixes(odds: np.ndarray) -> tuple[list[float], list[float]]:
    """Running sums of the content log-odds and of their positive part (span features)."""
    return (np.concatenate(([0.0], np.cumsum(odds))).tolist(),
            np.concatenate(([0.0], np.cumsum(np.clip(odds, 0, None)))).tolist())


def span_candidates(doc, v: DocView, cue, start: int, end: int, odds: np.ndarray, free: np.ndarray,
                    quoted_tokens=(), rule: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Document token ranges to rank: the syntactic candidates and the best stretch, the
    ``TOP_CANDIDATES`` best by summed content log-odds, none over a word already taken."""
    prefix = np.concatenate(([0.0], np.cumsum(odds)))
    blocked = np.concatenate(([0], np.cumsum(~free)))
    a0, b0, _ = best_stretch(odds, free)
    cands = candidate_spans(v, cue, start, end, quoted_tokens)
    if b0 > a0:
        cands.add((start + a0, start + b0))
    scored = []
    for a, b in cands:
        x, y = a - start, b - start
        if blocked[y] - blocked[x]:
            continue
        if not any(not t.is_punct and not t.is_space for t in v.toks[a:b]):
            continue
        scored.append((prefix[y] - prefix[x], a, b))
    scored.sort(reverse=True)
    out = [(a, b) for _, a, b in scored[:TOP_CANDIDATES]]
    if rule is not None and rule not in out and start <= rule[0] < rule[1] <= end:
        out.append(rule)
    return out
