#!/usr/bin/env python3
"""Train the quotes stage's attribution model (``src/dateline/quotes/learned.py``) on PolNeAR train.

Data: ``SHARED/data/quotes/polnear-train.jsonl`` (840 articles, 19,834 attributions; PolNeAR,
Newell, Margolin & Ruths, LREC 2018, released for research; see that folder's README). Parses
are cached in ``.cache/quotes/`` (gitignored).

1. Train is split by a fixed seed into a fit part (80%) and a check part (20%); the three models
   (cue, roles, span) are fitted on the fit part and the cue threshold and the combination are
   chosen on the check part (scored like ``quote_score.py``: rules alone, model alone, rules +
   model, each decoded as the stage decodes it).
2. ``--final`` (what ``make train-quotes`` runs) then refits on all of train with the chosen
   settings, reports PolNeAR dev as the check, and writes ``src/dateline/quotes/model/``.

Usage: train.py --shared ../shared [--final] [--limit N] [--l2-cue X] [--l2-role X] [--iters N] [--iters-span N]
                [--threshold X] [--out DIR] [--save-fit DIR]
(the defaults are the settings of the shipped model: its meta.json records them)
Example: nice -n 10 .venv/bin/python training/quotes/train.py --shared ../shared --final
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

# One BLAS thread, whatever the environment says (OpenBLAS reads this when numpy and scipy are first
# imported). Each step of the L-BFGS fits calls BLAS on vectors of 10^5-10^6 weights; threaded on
# the shared 2-core machine, the threads spin-waited through most of the fit (the fit part's cue
# model 137 s, its role model 479 s at a load of 7), and a threaded dot product sums in an order
# that depends on the machine's cores, so the weights did too.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from corpus import parses, read_split  # noqa: E402
from digest import code_digest  # noqa: E402
from dateline.quotes import learned  # noqa: E402
from dateline.quotes.marks import find_quoted  # noqa: E402

SEED = 17
FIT_SHARE = 0.8
# A lemma must head a gold cue this often in the fit data to be a cue candidate (2 until 2026-12-05:
# 1 with the cue model's L2 at 3.0 was better on all three check-part scores, docs/quotes.md).
MIN_CUE_COUNT = 1
COMBINATIONS = ("rules-first", "model-first", "quotes", "layered")
THRESHOLDS = (0.4, 0.5, 0.6)


# --- gold ---------------------------------------------------------------------------------------

def gold_attributions(record) -> list[dict]:
    return [a for a in record["attributions"] if a.get("content") and a.get("cue")]


def content_pieces(att) -> list[tuple[int, int]]:
    c = att["content"]
    return [(f["start"], f["end"]) for f in c.get("fragments", [])] or [(c["start"], c["end"])]


class Example:
    """One parsed article with its quoted stretches and gold."""

    def __init__(self, record, doc):
        self.record, self.doc, self.text = record, doc, record["text"]
        self.marks = find_quoted(self.text)
        self.quoted = [(q.start, q.end) for q in self.marks]
        self.view = learned.view(doc, self.quoted)
        self.rules = rules_predictions(self)
        self.cues = {}  # token index -> gold attribution
        for att in gold_attributions(record):
            head = learned.cue_head(doc, att["cue"]["start"], att["cue"]["end"])
            if head is not None and head.i not in self.cues:
                self.cues[head.i] = att


# --- data matrices ------------------------------------------------------------------------------

def cue_lemmas(examples) -> set[int]:
    counts = Counter(ex.doc[i].lemma for ex in examples for i in ex.cues)
    return {lemma for lemma, n in counts.items() if n >= MIN_CUE_COUNT}


def cue_matrix(examples, lemmas):
    rows, labels = [], []
    for ex in examples:
        words = [i for i, lemma in enumerate(ex.view.lemma) if lemma in lemmas]
        if words:
            patterns = learned.rule_patterns(ex.doc, ex.rules)
            rows.append(learned.cue_features(ex.view, words, [patterns.get(i, 0) for i in words]))
            labels.extend(int(i in ex.cues) for i in words)
    return np.vstack(rows), np.array(labels, dtype=np.int64)


def role_labels(ex, att, start, end) -> list[int]:
    doc = ex.doc
    pieces = content_pieces(att)
    source = att.get("source")
    out = []
    for i in range(start, end):
        t = doc[i]
        a, b = t.idx, t.idx + len(t)
        if t.is_space:
            out.append(0)
        elif any(a < pe and ps < b for ps, pe in pieces):
            out.append(1)
        elif source and a < source["end"] and source["start"] < b:
            out.append(2)
        else:
            out.append(0)
    return out


def role_matrix(examples):
    rows, labels = [], []
    for ex in examples:
        for i, att in ex.cues.items():
            start, end = learned.window(ex.view, i)
            cue_chars = learned._cue_span(ex.doc, ex.doc[i])
            rows.append(learned.role_features(ex.view, i, cue_chars, start, end))
            labels.extend(role_labels(ex, att, start, end))
    return np.vstack(rows), np.array(labels, dtype=np.int64)


# --- softmax regression -------------------------------------------------------------------------

def fit_softmax(ids: np.ndarray, y: np.ndarray, dims: int, classes: int, l2: float, iters: int) -> np.ndarray:
    """Multinomial logistic regression over hashed binary features (L-BFGS, L2 penalty), fitted
    over the feature ids that occur (columns remapped), returned as a (dims, classes) table;
    feature 0 is padding and stays at zero."""
    n, width = ids.shape
    used, columns = np.unique(ids.ravel(), return_inverse=True)
    data = (ids != 0).astype(np.float64).ravel()
    x = sparse.csr_matrix((data, columns.ravel(), np.arange(0, n * width + 1, width)), shape=(n, len(used)))
    x.sum_duplicates()
    xt = x.T.tocsr()
    onehot = np.zeros((n, classes), dtype=np.float64)
    onehot[np.arange(n), y] = 1.0
    k = len(used)

    def loss(w_flat):
        w = w_flat.reshape(k, classes)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(onehot * logp).sum() + 0.5 * l2 * (w_flat @ w_flat)
        grad = xt @ (np.exp(logp) - onehot) + l2 * w
        return value, grad.ravel()

    result = minimize(loss, np.zeros(k * classes), jac=True, method="L-BFGS-B", options={"maxiter": iters})
    table = np.zeros((dims, classes), dtype=np.float32)
    table[used] = result.x.reshape(k, classes)
    table[0] = 0.0
    return table


def char_span(doc, a, b):
    return {"start": doc[a].idx, "end": doc[b - 1].idx + len(doc[b - 1])}


def span_matrix(examples, model, trim):
    """Per gold cue, its content candidates (ranked by the role model's log-odds), labelled by
    whether the candidate is the gold content (trimmed as the scorer trims); groups without the
    gold among their candidates are left out."""
    ids, values, labels, groups = [], [], [], []
    covered = total = 0
    for ex in examples:
        doc, v = ex.doc, ex.view
        quoted_tokens = learned.quoted_token_spans(doc, ex.quoted)
        by_cue = learned.rule_spans(doc, ex.rules)
        for i, att in ex.cues.items():
            total += 1
            rule, rule_pattern = by_cue.get(i, (None, 0))
            start, end = learned.window(v, i)
            cue_chars = learned._cue_span(doc, doc[i])
            ps = learned.paths(v, i, start, end)
            probs = model.role_scores(v, i, cue_chars, start, end, ps)
            odds = np.log(probs[:, 1] + 1e-6) - np.log(1 - probs[:, 1] + 1e-6)
            free = np.ones(end - start, dtype=bool)
            cands, f, val = learned.span_inputs(v, i, start, end, odds, free, quoted_tokens, ps, rule, rule_pattern)
            gold = trim(att["content"], ex.text)
            marks = [trim(char_span(doc, a, b), ex.text) == gold for a, b in cands]
            if not any(marks):
                continue
            covered += 1
            ids.append(f)
            values.append(val)
            labels.extend(int(mark) for mark in marks)
            groups.append(len(cands))
    print(f"  span candidates: gold among them for {covered} of {total} cues", flush=True)
    return (np.vstack(ids), np.vstack(values).astype(np.float64), np.array(labels), np.array(groups))


def fit_ranker(ids, values, labels, groups, dims: int, l2: float, iters: int) -> np.ndarray:
    """Conditional logit: a softmax over each group's candidates, the gold one(s) the target."""
    n, width = ids.shape
    used, columns = np.unique(ids.ravel(), return_inverse=True)
    x = sparse.csr_matrix((values.ravel(), columns.ravel(), np.arange(0, n * width + 1, width)),
                          shape=(n, len(used)))
    x.sum_duplicates()
    xt = x.T.tocsr()
    starts = np.concatenate(([0], np.cumsum(groups)[:-1]))
    group_of = np.repeat(np.arange(len(groups)), groups)
    # Several candidates may trim to the gold span (a trailing comma in or out): the target is
    # spread over them evenly, so the loss and its gradient agree.
    labels = labels / np.add.reduceat(labels, starts)[group_of]

    def loss(w):
        z = x @ w
        zmax = np.maximum.reduceat(z, starts)
        e = np.exp(z - zmax[group_of])
        total = np.add.reduceat(e, starts)
        logp = z - zmax[group_of] - np.log(total[group_of])
        value = -(logp * labels).sum() + 0.5 * l2 * (w @ w)
        grad = xt @ (np.exp(logp) - labels) + l2 * w
        return value, grad

    result = minimize(loss, np.zeros(len(used)), jac=True, method="L-BFGS-B", options={"maxiter": iters})
    print("    ranker fit:", result.nit, "iterations,", result.message, flush=True)
    table = np.zeros(dims, dtype=np.float32)
    table[used] = result.x
    return table


def train_models(examples, l2_cue: float, l2_role: float, iters: int, trim, l2_span: float = 1.0,
                 iters_span: int | None = None):
    lemmas = cue_lemmas(examples)
    started = time.perf_counter()
    ids, y = cue_matrix(examples, lemmas)
    w = fit_softmax(ids, y, learned.CUE_DIMENSIONS, 2, l2_cue, iters)
    cue_weights = w[:, 1] - w[:, 0]
    print(f"  cue model: {len(y)} candidates, {int(y.sum())} cues, {time.perf_counter() - started:.0f} s",
          flush=True)
    started = time.perf_counter()
    ids, y = role_matrix(examples)
    role_weights = fit_softmax(ids, y, learned.ROLE_DIMENSIONS, 3, l2_role, iters)
    print(f"  role model: {len(y)} words, {time.perf_counter() - started:.0f} s", flush=True)
    model = learned.RoleModel(cue_weights, role_weights, frozenset(lemmas), 0.5, {}, None)
    return add_span_model(model, examples, trim, l2_span, iters_span or iters)


def add_span_model(model, examples, trim, l2: float, iters: int):
    started = time.perf_counter()
    ids, values, labels, groups = span_matrix(examples, model, trim)
    span_weights = fit_ranker(ids, values, labels, groups, learned.SPAN_DIMENSIONS, l2, iters)
    print(f"  span model: {len(groups)} cues, {len(labels)} candidates, {time.perf_counter() - started:.0f} s",
          flush=True)
    return learned.RoleModel(model.cue_weights, model.role_weights, model.cue_lemmas, model.threshold,
                             model.meta, span_weights)


# --- scoring (the same rules as ../shared/eval/quote_score.py) ----------------------------------

def load_scorer(shared: Path):
    sys.path.insert(0, str(shared / "eval"))
    import quote_score  # noqa: E402

    return quote_score


def score(scorer, examples, predictions) -> dict:
    """``predictions``: per example, a list of (content, source, cue) character spans."""
    from _common import match_one_to_one, prf

    c = Counter()
    for ex, preds in zip(examples, predictions):
        text = ex.text
        golds = [{"content": scorer.trim(a.get("content"), text), "source": scorer.trim(a.get("source"), text),
                  "cue": scorer.trim(a.get("cue"), text)} for a in ex.record["attributions"]]
        golds = [g for g in golds if g["content"]]

        def span(s):
            return scorer.trim({"start": s[0], "end": s[1]}, text) if s else None

        ps = [{"content": span(p[0]), "source": span(p[1]), "cue": span(p[2])} for p in preds]
        ps = [p for p in ps if p["content"]]
        c["gold"] += len(golds)
        c["pred"] += len(ps)
        c["src_gold"] += sum(1 for g in golds if g["source"])
        c["src_pred"] += sum(1 for p in ps if p["source"])
        c["exact"] += len(match_one_to_one(golds, ps, lambda a, b: scorer.same_exact(a["content"], b["content"])))
        pairs = match_one_to_one(golds, ps, lambda a, b: scorer.same_overlap(a["content"], b["content"]))
        c["overlap"] += len(pairs)
        c["src_overlap"] += sum(scorer.same_overlap(a["source"], b["source"]) for a, b in pairs)
        c["cue_overlap"] += sum(scorer.same_overlap(a["cue"], b["cue"]) for a, b in pairs)
    out = {"predicted": c["pred"], "gold": c["gold"]}
    for name, tp, n_pred, n_gold in (("exact", c["exact"], c["pred"], c["gold"]),
                                     ("overlap", c["overlap"], c["pred"], c["gold"]),
                                     ("source", c["src_overlap"], c["src_pred"], c["src_gold"])):
        out[name] = round(prf(tp, n_pred, tp, n_gold)[2], 4)
    return out


def rules_predictions(ex):
    from dateline.quotes.stage import rule_attributions

    return rule_attributions(ex.doc, ex.text, ex.marks)


def as_triples(attributions):
    return [(a.content, a.source, a.cue) for a in attributions]


def evaluate(scorer, model, examples, thresholds, label: str) -> dict:
    """Rules alone, the model alone and each combination, decoded as the stage decodes them
    (``stage.model_attributions`` with the combination's ``decode_skip``)."""
    from dateline.quotes.stage import combine, decode_skip, model_attributions

    # The role model alone: contents and sources decoded for the gold cues.
    oracle = [[a for _, a in learned.predict(model, ex.doc, ex.quoted, cues=[(1.0, ex.doc[i]) for i in ex.cues],
                                             rules=ex.rules)]
              for ex in examples]
    print(f"  {label} role model on gold cues: {score(scorer, examples, [as_triples(a) for a in oracle])}")
    rules = [ex.rules for ex in examples]
    results = {"rules": score(scorer, examples, [as_triples(r) for r in rules])}
    print(f"  {label} rules alone: {results['rules']}", flush=True)
    for threshold in thresholds:
        model_atts = [model_attributions(ex.doc, ex.marks, ex.rules, (), model, threshold) for ex in examples]
        heads = [{learned.cue_head(ex.doc, *a.cue).i for a in atts} for ex, atts in zip(examples, model_atts)]
        tp = sum(len(h & set(ex.cues)) for h, ex in zip(heads, examples))
        n_pred, n_gold = sum(map(len, heads)), sum(len(ex.cues) for ex in examples)
        print(f"  {label} threshold {threshold}: cue heads P {tp / max(n_pred, 1):.3f} R {tp / max(n_gold, 1):.3f}")
        m = score(scorer, examples, [as_triples(a) for a in model_atts])
        results[threshold] = {"model": m}
        print(f"  {label} threshold {threshold}: model {m}", flush=True)
        by_skip = {}  # the stage decodes the model's cues outside the attributions put before them
        for how in COMBINATIONS:
            skips = [decode_skip(ex.rules, how) for ex in examples]
            key = tuple(tuple(skip) for skip in skips)
            if key not in by_skip:
                by_skip[key] = [model_attributions(ex.doc, ex.marks, ex.rules, skip, model, threshold)
                                if skip else atts for ex, skip, atts in zip(examples, skips, model_atts)]
            both = score(scorer, examples, [as_triples(combine(r, a, how)) for r, a in zip(rules, by_skip[key])])
            results[threshold][how] = both
            print(f"  {label} threshold {threshold}: {how} {both}", flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--final", action="store_true", help="refit on all of train, report dev, write the model")
    ap.add_argument("--limit", type=int, help="only the first N train articles (a quick run)")
    ap.add_argument("--l2-cue", type=float, default=3.0)
    ap.add_argument("--l2-role", type=float, default=1.0)
    ap.add_argument("--iters", type=int, default=150)  # the shipped model's (meta.json "iterations")
    ap.add_argument("--iters-span", type=int, help="iterations of the span ranker (default: --iters)")
    ap.add_argument("--threshold", type=float, help="skip the threshold search on the check part")
    ap.add_argument("--out", type=Path, default=learned.MODEL_DIR)
    ap.add_argument("--save-fit", type=Path, help="also write the model fitted on the fit part here (analysis)")
    args = ap.parse_args()
    scorer = load_scorer(args.shared.resolve())
    records = read_split(args.shared, "train", args.limit)
    docs = parses(records, "train") if not args.limit else parses(read_split(args.shared, "train"), "train")[:len(records)]
    examples = [Example(r, d) for r, d in zip(records, docs)]
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    cut = int(len(order) * FIT_SHARE)
    fit, check = [examples[i] for i in order[:cut]], [examples[i] for i in order[cut:]]
    print(f"train: {len(fit)} fit articles, {len(check)} check articles (seed {SEED})", flush=True)
    model = train_models(fit, args.l2_cue, args.l2_role, args.iters, scorer.trim, iters_span=args.iters_span)
    thresholds = (args.threshold,) if args.threshold else THRESHOLDS
    results = evaluate(scorer, model, check, thresholds, "train check")
    threshold, how = max(((t, h) for t in thresholds for h in COMBINATIONS),
                         key=lambda th: results[th[0]][th[1]]["exact"] + results[th[0]][th[1]]["overlap"])
    print(f"chosen: threshold {threshold}, combination {how} (best exact + overlap F1 on the check part)")
    if args.save_fit:
        write_model(args.save_fit, model, threshold, how, results, {}, args, len(fit))
    if not args.final:
        return
    print("refitting on all of train", flush=True)
    model = train_models(examples, args.l2_cue, args.l2_role, args.iters, scorer.trim, iters_span=args.iters_span)
    dev_records = read_split(args.shared, "dev")
    dev = [Example(r, d) for r, d in zip(dev_records, parses(dev_records, "dev"))]
    dev_results = evaluate(scorer, model, dev, (threshold,), "dev")
    write_model(args.out, model, threshold, how, results, dev_results, args, len(examples))


def save_npz(path: Path, **arrays) -> None:
    """``np.savez_compressed`` with a fixed time stamp on every member (numpy stamps the time of
    writing), so the same weights make the same bytes."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, buffer.getvalue())


def digest_now() -> str:
    """``learned.feature_digest`` of the default pipeline's parse of ``learned.DIGEST_TEXT``."""
    from dateline import nlp as nlp_module

    return learned.feature_digest(next(nlp_module.parse([learned.DIGEST_TEXT])))


def libraries() -> dict:
    """The versions of what the weights depend on besides the code (``code_digest``)."""
    import scipy
    import spacy

    from dateline import nlp as nlp_module

    meta = nlp_module.load().meta
    return {"numpy": np.__version__, "scipy": scipy.__version__, "spacy": spacy.__version__,
            "pipeline": f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"}


def write_model(out: Path, model, threshold, how, check_results, dev_results, args, n_train) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lemmas = np.array(sorted(model.cue_lemmas), dtype=np.uint64)
    save_npz(out / "weights.npz", cue=model.cue_weights.astype(np.float16),
             role=model.role_weights.astype(np.float16), span=model.span_weights.astype(np.float16),
             cue_lemmas=lemmas)
    meta = {
        "model": "cue: logistic regression over hashed parse features of candidate cue words; roles: "
                 "softmax (content / source / neither) over hashed tree-path features of each word "
                 "relative to the cue; span: conditional logit ranking content candidates by their "
                 "boundaries; features hashed with learned.mix (numpy, 64-bit); see "
                 "src/dateline/quotes/learned.py",
        "trained": datetime.date.today().isoformat(),
        "command": "make train-quotes (training/quotes/train.py --final)",
        "data": f"PolNeAR train ({n_train} articles), polnear-train.jsonl; tuned on a {FIT_SHARE:.0%}/"
                f"{1 - FIT_SHARE:.0%} fit/check split of train (seed {SEED}); PolNeAR dev reported as the check",
        "credit": "PolNeAR: Edward Newell, Drew Margolin, Derek Ruths, 'An Attribution Relations Corpus for "
                  "Political News', LREC 2018, https://github.com/networkdynamics/PolNeAR "
                  "(released for research; no licence file)",
        "seed": SEED,
        "threshold": threshold,
        "combine": how,
        "l2": {"cue": args.l2_cue, "role": args.l2_role},
        "min_cue_count": MIN_CUE_COUNT,
        "iterations": args.iters,
        "iterations_span": args.iters_span or args.iters,
        "dimensions": {"cue": learned.CUE_DIMENSIONS, "role": learned.ROLE_DIMENSIONS,
                       "span": learned.SPAN_DIMENSIONS},
        "fingerprint": learned.fingerprint(),
        "feature_digest": digest_now(),
        "code_digest": code_digest(),
        "python": sys.version.split()[0],
        "libraries": libraries(),
        "train_check": {str(k): v for k, v in check_results.items()},
        "dev": {str(k): v for k, v in dev_results.items()},
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
