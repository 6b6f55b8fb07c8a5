#!/usr/bin/env python3
"""Fit the actors stage's pronoun antecedent ranker (src/dateline/actors/data/coref_pronouns.json).

Data (tune halves only, as ``benchmarks/bench_actors.py`` splits them; the check halves are what
the benchmark reports):
- the GUM dev documents of ../shared/data/actors/gum_coref_dev.jsonl (GUM, github.com/amir-zeldes/gum,
  release V11.1.0: annotations CC BY 4.0; texts CC BY-SA 3.0 (Wikipedia biographies) and CC BY 4.0
  (court documents); see ../shared/data/actors/README.md). Only the fitted weights, some twenty
  numbers, are shipped; no GUM text or annotation is copied into the project;
- the project's own Wikinews coreference labels (training/actors/wikinews_coref.jsonl; texts
  Wikinews, CC BY 2.5, samples/wikinews/CREDIT.md; labels by coref_guideline.md).

Each document runs through the stages the actors need (entities, places, actors) with the
resolver's recorder on and without a shipped model (the hand weights decide, so the training data
does not depend on an earlier fit). Every third person pronoun decision records the actors the
pronoun could refer to, with their features (``coref.pronoun_features``). A decision is an example
when the pronoun aligns to a gold person or organisation mention (the scorer's alignment,
``../shared/eval/coref_score.py``) and at least one of the actors has a mention of the same gold
chain. The ranker is a conditional logit (a softmax over the decision's actors) with an L2 penalty
chosen by leave-documents-out folds of the tune documents (pick accuracy); it is then fitted on all
of them and written only if its held-out accuracy beats the hand weights' on the same decisions
(else no model is shipped and the resolver keeps the hand weights: so it is on 2026-12-05, hand
0.977 vs ranker 0.968 of 432 decisions).

Usage: train_coref.py --shared ../shared [--out PATH]      (``make train-coref``)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from bench_actors import STAGES, coref_sets, halves  # noqa: E402

from dateline.actors import coref  # noqa: E402

TYPES = ("person", "organization")
PENALTIES = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
SEED = 7


def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("coref_score", shared / "eval" / "coref_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_mentions(record: dict) -> tuple[list[tuple], list[int | None]]:
    """Every gold mention (start, end, head_start, head_end) and its chain number, or None for a
    chain of another type (it still takes part in the alignment, as in the scorer)."""
    spans, chains = [], []
    for n, chain in enumerate(record.get("chains") or []):
        for m in chain["mentions"]:
            spans.append((m["start"], m["end"], m.get("head_start", m["start"]), m.get("head_end", m["end"])))
            chains.append(n if chain["entity_type"] in TYPES else None)
    return spans, chains


def decisions(records: list[dict], score_module) -> list[dict]:
    """The recorded pronoun decisions of ``records`` that are examples (see the docstring)."""
    import dateline
    from dateline.pipeline import Pipeline

    pipeline = Pipeline(stages=STAGES)
    out = []
    for record in records:
        coref.RECORDER = []
        document = dateline.extract(record["text"], published=record.get("published"), clean=False,
                                    id=str(record["id"]), format="text")
        list(pipeline.run([document]))
        recorded, coref.RECORDER = coref.RECORDER, None
        text = record["text"]
        spans, chains = gold_mentions(record)

        def chain_of(span):
            found = score_module.align(text, spans, [span])
            return chains[found[0][0]] if found else None

        for rep, options in recorded:
            own = chain_of((rep.start, rep.end))
            if own is None:
                continue
            labels = [int(any(chain_of(span) == own for span in members)) for members, _ in options]
            if any(labels):
                out.append({"doc": str(record["id"]), "rows": [row for _, row in options], "labels": labels})
    return out


def matrix(examples: list[dict], names: list[str]):
    x = np.array([[row[k] for k in names] for ex in examples for row in ex["rows"]], dtype=float)
    y = np.array([label for ex in examples for label in ex["labels"]], dtype=float)
    sizes = np.array([len(ex["rows"]) for ex in examples])
    return x, y, sizes


def fit(x: np.ndarray, y: np.ndarray, sizes: np.ndarray, penalty: float) -> np.ndarray:
    """Conditional logit: each decision's softmax puts its mass on its right actors."""
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    group = np.repeat(np.arange(len(sizes)), sizes)
    target = y / np.add.reduceat(y, starts)[group]

    def loss(w):
        z = x @ w
        z = z - np.maximum.reduceat(z, starts)[group]
        logp = z - np.log(np.add.reduceat(np.exp(z), starts))[group]
        return -(target * logp).sum() + 0.5 * penalty * w @ w, x.T @ (np.exp(logp) - target) + penalty * w

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def picks_right(x: np.ndarray, y: np.ndarray, sizes: np.ndarray, scores: np.ndarray) -> int:
    right, start = 0, 0
    for size in sizes:
        right += int(y[start + int(np.argmax(scores[start:start + size]))] > 0)
        start += size
    return right


def hand_scores(examples: list[dict]) -> np.ndarray:
    """The hand weights' scores of the same rows, for comparison."""
    return np.array([coref.hand_score(row) for ex in examples for row in ex["rows"]])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(coref.PRONOUN_MODEL))
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    coref.PRONOUN_MODEL = Path("/nonexistent") / "coref_pronouns.json"  # record the hand weights' run
    coref.pronoun_weights.cache_clear()
    module = scorer(shared)
    examples, used = [], {}
    for title, records in coref_sets(shared, None).items():
        tune = halves(records)["tune"]
        found = decisions(tune, module)
        used[title] = {"documents": len(tune), "decisions": len(found)}
        print(f"{title}: {len(tune)} tune documents, {len(found)} pronoun decisions", flush=True)
        examples += found
    names = list(examples[0]["rows"][0])
    docs = sorted({ex["doc"] for ex in examples})
    random.Random(SEED).shuffle(docs)
    fold_of = {d: n % FOLDS for n, d in enumerate(docs)}
    x, y, sizes = matrix(examples, names)
    hand = picks_right(x, y, sizes, hand_scores(examples))
    folds = {}
    for penalty in PENALTIES:
        right = 0
        for k in range(FOLDS):
            train = [ex for ex in examples if fold_of[ex["doc"]] != k]
            held = [ex for ex in examples if fold_of[ex["doc"]] == k]
            w = fit(*matrix(train, names), penalty)
            hx, hy, hs = matrix(held, names)
            right += picks_right(hx, hy, hs, hx @ w)
        folds[penalty] = right / len(examples)
        print(f"  L2 {penalty:<5} held-out folds: right antecedent {folds[penalty]:.3f}", flush=True)
    best = max(PENALTIES, key=lambda p: (folds[p], p))
    w = fit(x, y, sizes, best)
    print(f"hand weights on the same decisions: {hand / len(examples):.3f}; chosen L2 {best}: "
          f"{folds[best]:.3f} held out, {picks_right(x, y, sizes, x @ w) / len(examples):.3f} fitted")
    if folds[best] <= hand / len(examples):
        # The tune folds choose between the hand weights and the ranker: the ranker ships only
        # when it picks the right antecedent more often on held-out documents.
        out = Path(a.out)
        if out.exists():
            out.unlink()
        print(f"the hand weights pick better than the ranker on held-out tune documents: "
              f"no model written ({a.out} absent; the resolver uses the hand weights)")
        return 0
    model = {
        "what": "pronoun antecedent ranker of the actors stage (conditional logit; coref.pronoun_features)",
        "trained_on": used,
        "data": "tune halves (benchmarks/bench_actors.py, random.Random(13)) of the GUM dev documents "
                "(GUM, amir-zeldes/gum V11.1.0; annotations CC BY 4.0, texts CC BY-SA 3.0 / CC BY 4.0) and "
                "of the project's Wikinews coreference labels (Wikinews texts CC BY 2.5)",
        "decisions": len(examples),
        "l2": best,
        "folds": {str(p): round(v, 4) for p, v in folds.items()},
        "hand_weights_accuracy": round(hand / len(examples), 4),
        "weights": {k: round(float(v), 5) for k, v in zip(names, w)},
    }
    Path(a.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
