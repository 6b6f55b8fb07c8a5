#!/usr/bin/env python3
"""Cue scorers compared on the check part of PolNeAR train (2026-12-06, eleventh session).

The cue model (``learned.RoleModel.cue_probabilities``) is a per-word classifier: every word whose
lemma headed a gold cue in the fit part is a candidate, labelled by whether it heads a gold cue.
This fits other scorers of the same candidates on the fit part of train's 80/20 split
(``edges.fit_and_check``) and measures each on the check part alone — AUC, precision and recall of
gold cue heads at 0.5, and the recall at the precision the shipped model decodes at
(``PRECISION``) — and then, with ``--fit-model``, through the stage's whole output on the check
part (the fit part's attribution model with its cue scorer swapped, vetoed and redrawn, then the
edge and source steps fitted on the fit part's held-out outputs, as ``source_loss.py`` fits them):

- ``linear``: the shipped design, ``train.fit_softmax`` over ``learned.cue_features`` (L2 3.0 is
  the shipped setting; a two-class softmax with L2 λ on both columns is a logistic regression
  with L2 λ/2);
- ``conjunctions``: the same with ``CONJUNCTIONS`` templates beside them — the lemma crossed with
  its subject's entity type, the set of its children's dependencies, its clausal complement, its
  first "prep" / "acomp" child's word, quote marks in its sentence;
- ``mlp``: one hidden layer of rectified units over the same hashed features, beside the linear
  weights (warm-started from them), fitted by L-BFGS;
- ``trees``: gradient-boosted trees (numpy, logistic loss) over the linear model's held-out
  log-odds and smoothed held-out cue rates (and counts) of ``RATE_KEYS`` conjunctions of the
  word (2 folds by article inside the fit part; the check part gets the fit part's).

Usage: cue_scorers.py --shared ../shared [--fit-model DIR --outputs DIR] [--only NAME,...]
(DIR from ``train.py --threshold 0.5 --save-fit DIR``; ``--outputs`` is edges.py's folder of
held-out outputs, reused when there.)
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# train.py first: it sets one BLAS thread before numpy loads it.
import train  # noqa: E402, I001

import edges as training  # noqa: E402
import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from scipy.optimize import minimize  # noqa: E402
from corpus import parses, read_split  # noqa: E402
from dateline.quotes import edges, learned, sources  # noqa: E402
from dateline.quotes.learned import _DEP, _ENT, _LEMMA, _POS  # noqa: E402

# The shipped cue model's precision of gold cue heads at its threshold (0.5) on the check part.
PRECISION = 0.817
L2 = 3.0
ITERS = 150
RATE_KEYS = ("lemma", "lemma x dep", "lemma x subject", "lemma x clausal child", "lemma x children",
             "lemma x head", "lemma x quote marks", "lemma x prep/acomp word", "pos x dep x clausal x subject",
             "lemma x next word", "lemma x previous word")


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _children(v, i: int, strings) -> tuple[int, int, tuple]:
    """The word's clausal complement's dependency, its first prep / acomp / attr child's word and
    the set of its children's dependencies."""
    clausal = word = 0
    for k in v.kids[i]:
        if v.dep[k] in learned._attrs()["clausal"]:
            clausal = v.dep[k]
        elif not word and strings[v.dep[k]] in ("prep", "acomp", "attr"):
            word = v.lower[k]
    return clausal, word, tuple(sorted({v.dep[k] for k in v.kids[i]}))


def _subject(v, i: int, strings) -> str:
    """Its subject's entity type (or part of speech), its head's where it has none."""
    s = v.subj_np[i]
    if s < 0 and v.heads[i] != i:
        s = v.subj_np[v.heads[i]]
    return "none" if s < 0 else strings[int(v.cols[s, _ENT])] or strings[int(v.cols[s, _POS])]


def conjunctions(v, words) -> np.ndarray:
    """Hashed ids of conjunction templates the shipped features do not make."""
    from spacy.strings import get_string_id

    I = np.asarray(words, dtype=np.int64)
    strings = v.doc.vocab.strings
    lemma, pos, dep = v.cols[I, _LEMMA], v.cols[I, _POS], v.cols[I, _DEP]
    made = [_children(v, i, strings) for i in I.tolist()]
    clausal = np.array([c for c, _, _ in made], dtype=np.uint64)
    word = np.array([w for _, w, _ in made], dtype=np.uint64)
    kids = np.array([learned.mix(0, *k)[0] if k else 0 for _, _, k in made], dtype=np.uint64)
    subj = np.array([get_string_id(_subject(v, i, strings)) for i in I.tolist()], dtype=np.uint64)
    quotes = np.minimum(v.mark_sum[v.sent_end_np[I]] - v.mark_sum[v.sent_first_np[I]], 2)
    feats = [(40, lemma, subj), (41, lemma, subj, dep), (43, lemma, kids), (44, pos, kids, dep),
             (45, lemma, clausal, subj), (46, lemma, dep, clausal), (47, lemma, word), (50, lemma, quotes, clausal),
             (52, pos, dep, subj, clausal)]
    return learned.feature_ids(feats, len(I), learned.CUE_DIMENSIONS)


def rate_keys(v, words) -> list[tuple]:
    """``RATE_KEYS`` of each word."""
    strings = v.doc.vocab.strings
    n = len(v.heads)
    quotes = np.minimum(v.mark_sum[v.sent_end_np] - v.mark_sum[v.sent_first_np], 2)
    out = []
    for i in words:
        lem, dep, pos = v.lemma[i], v.dep[i], v.pos[i]
        clausal, word, kids = _children(v, i, strings)
        subj = _subject(v, i, strings)
        out.append((lem, (lem, dep), (lem, subj), (lem, clausal), (lem, kids), (lem, v.lemma[v.heads[i]]),
                    (lem, int(quotes[i])), (lem, word), (pos, dep, clausal, subj),
                    (lem, v.lower[i + 1] if i + 1 < n else 0), (lem, v.lower[i - 1] if i > 0 else 0)))
    return out


class Rates:
    """Smoothed cue rates (as log-odds) and log counts of each ``RATE_KEYS`` key, from labelled words."""

    def __init__(self, keys: list[tuple], y: np.ndarray, prior: float, smoothing: float = 5.0):
        self.prior, self.smoothing = prior, smoothing
        self.cues = [Counter() for _ in RATE_KEYS]
        self.seen = [Counter() for _ in RATE_KEYS]
        for key, label in zip(keys, y.tolist()):
            for j, k in enumerate(key):
                self.cues[j][k] += label
                self.seen[j][k] += 1

    def features(self, keys: list[tuple]) -> np.ndarray:
        out = np.zeros((len(keys), 2 * len(RATE_KEYS)))
        a = self.smoothing
        for r, key in enumerate(keys):
            for j, k in enumerate(key):
                seen = self.seen[j].get(k, 0)
                rate = (self.cues[j].get(k, 0) + a * self.prior) / (seen + a)
                out[r, 2 * j] = np.log(rate / (1 - rate))
                out[r, 2 * j + 1] = np.log1p(seen)
        return out


# --- gradient-boosted trees (histograms of quantile bins, logistic loss, Newton leaves) ---------------

@dataclasses.dataclass
class Trees:
    edges: list  # per feature, the bin edges
    trees: list  # per tree, (splits per level: (feature, bin) per node, leaf values)
    depth: int

    def bins(self, x: np.ndarray) -> np.ndarray:
        return np.column_stack([np.searchsorted(e, x[:, j], side="right") for j, e in enumerate(self.edges)])

    def leaves(self, b: np.ndarray, splits) -> np.ndarray:
        node = np.zeros(len(b), dtype=np.int64)
        for level in splits:
            feature = np.array([j for j, _ in level])[node]
            cut = np.array([k for _, k in level])[node]
            node = node * 2 + ((feature >= 0) & (b[np.arange(len(b)), np.maximum(feature, 0)] > cut))
        return node

    def score(self, x: np.ndarray, base: np.ndarray) -> np.ndarray:
        b = self.bins(x)
        z = base.copy()
        for splits, values in self.trees:
            z += values[self.leaves(b, splits)]
        return z


def fit_trees(x, y, base, rounds: int, depth: int, rate: float, l2: float = 1.0, min_hessian: float = 5.0,
              n_bins: int = 32) -> Trees:
    model = Trees([np.unique(np.quantile(x[:, j], np.linspace(0, 1, n_bins + 1)[1:-1])) for j in range(x.shape[1])],
                  [], depth)
    b = model.bins(x)
    z = base.copy()
    for _ in range(rounds):
        p = sigmoid(z)
        g, h = p - y, p * (1 - p)
        node = np.zeros(len(y), dtype=np.int64)
        splits = []
        for level in range(depth):
            chosen = []
            for nd in range(1 << level):
                rows = node == nd
                G, H = g[rows].sum(), h[rows].sum()
                best = (0.0, -1, 0)
                for j in range(b.shape[1]):
                    gl = np.cumsum(np.bincount(b[rows, j], weights=g[rows], minlength=n_bins + 1))[:-1]
                    hl = np.cumsum(np.bincount(b[rows, j], weights=h[rows], minlength=n_bins + 1))[:-1]
                    ok = (hl >= min_hessian) & (H - hl >= min_hessian)
                    gain = np.where(ok, gl ** 2 / (hl + l2) + (G - gl) ** 2 / (H - hl + l2) - G ** 2 / (H + l2), 0)
                    k = int(np.argmax(gain))
                    if gain[k] > best[0]:
                        best = (gain[k], j, k)
                chosen.append(best[1:])
            splits.append(chosen)
            node = model.leaves(b, splits)
        leaves = 1 << depth
        values = -rate * np.bincount(node, g, leaves) / (np.bincount(node, h, leaves) + l2)
        model.trees.append((splits, values))
        z += values[node]
    return model


# --- the scorers: each fitted on the fit part's candidates, a function (view, words) -> probabilities ---

def design(ids: np.ndarray):
    """Hashed ids as a sparse count matrix over the ids that occur (and those ids)."""
    n, width = ids.shape
    used, columns = np.unique(ids.ravel(), return_inverse=True)
    x = sparse.csr_matrix(((ids != 0).astype(np.float64).ravel(), columns.ravel(), np.arange(0, n * width + 1, width)),
                          shape=(n, len(used)))
    x.sum_duplicates()
    return x, used


def linear_table(ids, y, l2: float = L2) -> np.ndarray:
    w = train.fit_softmax(ids, y.astype(np.int64), learned.CUE_DIMENSIONS, 2, l2, ITERS)
    return w[:, 1] - w[:, 0]


def linear(data, l2: float = L2, extra: bool = False):
    ids = np.hstack((data["ids"], data["extra"])) if extra else data["ids"]
    table = linear_table(ids, data["y"], l2)

    def score(v, words, patterns=None):
        f = learned.cue_features(v, words, patterns)
        return sigmoid(table[np.hstack((f, conjunctions(v, words))) if extra else f].sum(axis=1))
    return score


def mlp(data, hidden: int = 8, l2_hidden: float = 10.0, seed: int = 0):
    """z = x·w + relu(x·W)·u, w warm-started from the linear model, L-BFGS."""
    x, used = design(data["ids"])
    y = data["y"]
    n, k = x.shape
    xt = x.T.tocsr()
    rng = np.random.RandomState(seed)
    start = np.concatenate((linear_table(data["ids"], y)[used], rng.normal(0, 0.1, k * hidden + hidden)))

    def loss(params):
        w, W, u = params[:k], params[k:-hidden].reshape(k, hidden), params[-hidden:]
        a = x @ W
        z = x @ w + np.maximum(a, 0) @ u
        g = sigmoid(z) - y
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * L2 / 2 * (w @ w) + 0.5 * l2_hidden * ((W * W).sum() + u @ u)
        gW = xt @ ((g[:, None] * u[None, :]) * (a > 0)) + l2_hidden * W
        return value, np.concatenate((xt @ g + L2 / 2 * w, gW.ravel(), np.maximum(a, 0).T @ g + l2_hidden * u))

    params = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": ITERS}).x
    w = np.zeros(learned.CUE_DIMENSIONS)
    W = np.zeros((learned.CUE_DIMENSIONS, hidden))
    w[used], W[used], u = params[:k], params[k:-hidden].reshape(k, hidden), params[-hidden:]
    w[0], W[0] = 0.0, 0.0

    def score(v, words, patterns=None):
        f = learned.cue_features(v, words, patterns)
        return sigmoid(w[f].sum(axis=1) + np.maximum(W[f].sum(axis=1), 0) @ u)
    return score


def trees(data, rounds: int = 100, depth: int = 3, rate: float = 0.1):
    """Boosted trees over the linear log-odds and the rates, both held out (2 folds by article)."""
    ids, y, keys, doc = data["ids"], data["y"], data["keys"], data["doc"]
    prior = y.mean()
    base = np.zeros(len(y))
    x = np.zeros((len(y), 2 * len(RATE_KEYS)))
    for fold in (0, 1):
        out, inside = doc % 2 == fold, doc % 2 != fold
        base[out] = linear_table(ids[inside], y[inside])[ids[out]].sum(axis=1)
        x[out] = Rates([k for k, i in zip(keys, inside) if i], y[inside], prior).features(
            [k for k, o in zip(keys, out) if o])
    model = fit_trees(np.column_stack((base, x)), y, base, rounds, depth, rate)
    table, rates = linear_table(ids, y), Rates(keys, y, prior)

    def score(v, words, patterns=None):
        z = table[learned.cue_features(v, words, patterns)].sum(axis=1)
        return sigmoid(model.score(np.column_stack((z, rates.features(rate_keys(v, words)))), z))
    return score


SCORERS = {
    "linear": lambda d: linear(d),
    "linear L2 6": lambda d: linear(d, 6.0),
    "linear L2 12": lambda d: linear(d, 12.0),
    "linear L2 24": lambda d: linear(d, 24.0),
    "conjunctions": lambda d: linear(d, L2, True),
    "conjunctions L2 6": lambda d: linear(d, 6.0, True),
    "mlp": lambda d: mlp(d),
    "mlp, hidden L2 3": lambda d: mlp(d, l2_hidden=3.0),
    "trees": lambda d: trees(d),
}


# --- measuring ---------------------------------------------------------------------------------

def candidates(examples, lemmas, with_keys: bool) -> dict:
    ids, extra, keys, y, doc, words = [], [], [], [], [], []
    for k, ex in enumerate(examples):
        w = [i for i, lemma in enumerate(ex.view.lemma) if lemma in lemmas]
        words.append(w)
        if not w:
            continue
        patterns = learned.rule_patterns(ex.doc, ex.rules)
        ids.append(learned.cue_features(ex.view, w, [patterns.get(i, 0) for i in w]))
        extra.append(conjunctions(ex.view, w))
        if with_keys:
            keys += rate_keys(ex.view, w)
        y += [int(i in ex.cues) for i in w]
        doc += [k] * len(w)
    return {"ids": np.vstack(ids), "extra": np.vstack(extra), "keys": keys, "y": np.array(y, dtype=np.float64),
            "doc": np.array(doc), "words": words}


def auc(y, p) -> float:
    from scipy.stats import rankdata

    ranks, pos = rankdata(p), y == 1
    return (ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum())


def measure(y, p, n_gold: int) -> dict:
    """AUC, precision / recall of gold cue heads at 0.5, and the recall (and threshold) at the
    highest cut whose precision is still ``PRECISION``."""
    order = np.argsort(-p, kind="stable")
    found = np.cumsum(y[order])
    at = np.flatnonzero(found / np.arange(1, len(y) + 1) >= PRECISION)
    last = at.max() if len(at) else None  # no cut reaches PRECISION: no recall to report
    kept = p >= 0.5
    return {"auc": auc(y, p), "p": y[kept].sum() / max(kept.sum(), 1), "r": y[kept].sum() / n_gold,
            "r_at": None if last is None else found[last] / n_gold,
            "threshold": None if last is None else float(p[order][last]),
            "logloss": -np.mean(y * np.log(np.clip(p, 1e-9, 1)) + (1 - y) * np.log(np.clip(1 - p, 1e-9, 1)))}


def swapped(model, score):
    """``model`` with its cue probabilities from ``score`` (view, words) -> probabilities."""
    class Swapped(type(model)):
        def cue_probabilities(self, v, skip=(), patterns=None):
            words = [i for i, lemma in enumerate(v.lemma) if lemma in self.cue_lemmas
                     and not any(a <= v.idx[i] < b for a, b in skip)]
            patterns = patterns or {}
            return list(zip(words, score(v, words, [patterns.get(i, 0) for i in words]).tolist())) if words else []
    return Swapped(**{f.name: getattr(model, f.name) for f in dataclasses.fields(model)})


def stage_scores(scorer, check, model, edge_weights, source_weights, threshold: float) -> dict:
    """The stage's output on the check part: the model alone and combined, after the edge and
    source steps (their shipped margins)."""
    model = dataclasses.replace(model, threshold=threshold)
    out = {}
    outputs = [training.stage_outputs(ex, model) for ex in check]
    for method in ("model", "combined"):
        chosen = []
        for ex, o in zip(check, outputs):
            drawn = training.settled(ex, edges.redraw(ex.doc, ex.text, o[method], training.spans(ex),
                                                      (edge_weights, edges.load()[1])))
            chosen.append(sources.choose(ex.doc, drawn, (source_weights, sources.load()[1])))
        out[method] = train.score(scorer, check, [train.as_triples(c) for c in chosen])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--fit-model", type=Path, help="the attribution model of the fit part (train.py --save-fit)")
    ap.add_argument("--outputs", type=Path, help="edges.py's held-out outputs folder (reused when there)")
    ap.add_argument("--only", help="comma-separated names of SCORERS (default: all)")
    ap.add_argument("--limit", type=int, help="only the first N train articles (a quick run)")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else list(SCORERS)
    started = time.perf_counter()
    scorer = train.load_scorer(args.shared.resolve())
    records = read_split(args.shared, "train", args.limit)
    examples = [train.Example(r, d) for r, d in zip(records, parses(records, "train"))]
    fit_part, check = training.fit_and_check(examples)
    lemmas = train.cue_lemmas(fit_part)
    data = candidates(fit_part, lemmas, any(n.startswith("trees") for n in names))
    n_gold = sum(len(ex.cues) for ex in check)
    check_words = candidates_of(check, lemmas)
    y_check = np.array([int(i in ex.cues) for ex, w in zip(check, check_words) for i in w], dtype=np.float64)
    print(f"fit part: {len(data['y'])} candidates, {int(data['y'].sum())} cue heads; check part: {len(y_check)} "
          f"candidates, {int(y_check.sum())} of its {n_gold} gold cue heads ({time.perf_counter() - started:.0f} s)",
          flush=True)
    stage = None
    if args.fit_model:
        model = learned.load(str(args.fit_model))
        fit_outs = training.cached(args.outputs, "fit", lambda: training.held_out_outputs(fit_part, model, scorer.trim))
        stage = (model, training.fit(fit_part, fit_outs, scorer.trim, training.L2, training.ITERS),
                 training.fit(fit_part, fit_outs, scorer.trim, training.SOURCE_L2, training.ITERS, training.SOURCES))
    print("| cue scorer | AUC | at 0.5: P / R | R at P ≥ %.3f (threshold) | log loss | stage, at 0.5 and at that "
          "threshold: model alone; combined (exact / overlap / source) |" % PRECISION)
    for name in names:
        began = time.perf_counter()
        score = SCORERS[name](data)
        p = np.concatenate([score(ex.view, w, [learned.rule_patterns(ex.doc, ex.rules).get(i, 0) for i in w])
                            for ex, w in zip(check, check_words) if w])
        m = measure(y_check, p, n_gold)
        at = "—" if m["r_at"] is None else f"{m['r_at']:.3f} ({m['threshold']:.3f})"
        row = (f"| {name} | {m['auc']:.4f} | {m['p']:.3f} / {m['r']:.3f} | {at} | "
               f"{m['logloss']:.4f} |")
        if stage:
            for threshold in (0.5,) + (() if m["threshold"] is None else (round(m["threshold"], 3),)):
                s = stage_scores(scorer, check, swapped(stage[0], score), stage[1], stage[2], threshold)
                row += f" at {threshold}: " + "; ".join(" / ".join(f"{s[k][f]:.4f}" for f in ("exact", "overlap", "source"))
                                                       for k in ("model", "combined")) + " |"
        print(row + f" ({time.perf_counter() - began:.0f} s)", flush=True)


def candidates_of(examples, lemmas) -> list[list[int]]:
    return [[i for i, lemma in enumerate(ex.view.lemma) if lemma in lemmas] for ex in examples]


if __name__ == "__main__":
    main()
