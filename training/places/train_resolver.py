#!/usr/bin/env python3
"""Fit the places resolver's weights on the tune halves of LGL and TR-News.

Each toponym the stage finds that overlaps a gold toponym with coordinates is one training
example: its candidates, each described by resolve.features (population, feature type, qualifier,
country and division context, co-location, publisher, nearness), and which of them lie within
161 km of the gold point. A conditional logit (softmax over a mention's candidates; the likelihood
of picking any right one) is fitted by Newton's method with a penalty that keeps the weights near
the hand-set ones (resolve.HAND_WEIGHTS) unless the data insist, each corpus counting equally.
The document context the features are read in comes from the stage's first pass, which itself
uses the weights: the fit is repeated (ROUNDS) with the previous round's weights.

The weights are fitted on the tune halves only (the split of benchmarks/bench_places.py); the
check halves are read once, to report how the fit does there, and are otherwise left for
scoring (``devloop.py``, ``make bench-places``). Parses come from devloop.py's cache (made on
first use). Writes
``src/dateline/places/model/resolver.json``: the weights and a meta block (data, date, seed-free
fit, and how often the right reading is chosen on the check halves).

Usage: train_resolver.py --shared ../shared [--cache /tmp/places-dev]
Example: python training/places/train_resolver.py --shared ../shared
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_places import CORPORA, half  # noqa: E402
from devloop import parsed  # noqa: E402
from dateline.geodesy import km  # noqa: E402
from dateline.pipeline import Work, parse_published  # noqa: E402
from dateline.places import gazetteer as gazetteer_module  # noqa: E402
from dateline.places import resolve  # noqa: E402
from dateline.places.stage import read_places  # noqa: E402

OUT = ROOT / "src" / "dateline" / "places" / "model" / resolve.MODEL_FILE
L2 = 5.0         # penalty on the squared distance from the hand-set weights (whole set)
ROUNDS = 2        # refits with the document context read under the previous weights
RIGHT_KM = 161.0  # a candidate within this of the gold point is a right reading


def examples(shared: Path, cache: Path, part: str):
    """(feature matrix, right mask) per mention of the ``part`` halves of both corpora."""
    gazetteer = gazetteer_module.load()
    out = []
    for _, filename in CORPORA:
        rows = [json.loads(line) for line in
                (shared / "data" / "geo" / filename).open(encoding="utf-8")]
        gold = {str(r["id"]): r["toponyms"] for r in rows}
        documents, docs, entities = parsed(shared, filename, cache)
        for document, doc, ents in zip(documents, docs, entities):
            if half(document.id) != part:
                continue
            work = Work(text=document.text, published=parse_published(document.published),
                        doc=doc, document=document, entities=list(ents))
            explain: list = []
            mentions, _ = read_places(work, gazetteer, explain)
            for mention, candidates in zip(mentions, explain):
                if len(candidates) < 2:
                    continue
                target = next((t for t in gold[document.id] if t.get("lat") is not None and
                               t["start"] < mention.end and mention.start < t["end"]), None)
                if target is None:
                    continue
                right = np.array([km(e.lat, e.lon, target["lat"], target["lon"]) <= RIGHT_KM
                                  for e, _ in candidates])
                if not right.any() or right.all():
                    continue  # nothing to learn: no right reading, or no wrong one
                x = np.array([[f.get(name, 0.0) for name in resolve.FEATURES]
                              for _, f in candidates])
                out.append((x, right, filename))
    return out


def fit(data, centre: np.ndarray) -> np.ndarray:
    """Newton's method on the penalised negative log-likelihood of picking a right candidate.

    The penalty pulls the weights towards ``centre`` (the hand-set weights, which encode what a
    news reader expects without any document: a country before its namesake state, a capital
    before its province) rather than towards zero, so a weight moves only as far as the data
    insist. Each corpus counts as much as the other: LGL's American local news, four times the
    size of TR-News, would otherwise teach that "Georgia" is a state everywhere."""
    sizes = {}
    for _, _, corpus in data:
        sizes[corpus] = sizes.get(corpus, 0) + 1
    share = {corpus: len(data) / (len(sizes) * n) for corpus, n in sizes.items()}
    w = centre.copy()
    for _ in range(50):
        grad = L2 * (w - centre)
        hess = L2 * np.eye(len(w))
        for x, right, corpus in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * right
            q /= q.sum()
            # d(-log sum_right p)/dw = E_p[x] - E_q[x]; Hessian = Cov_p(x) - Cov_q(x), bounded
            # below by Cov_p - Cov_q; use Cov_p (a safe, positive semi-definite approximation).
            ex_p, ex_q = p @ x, q @ x
            grad += share[corpus] * (ex_p - ex_q)
            xc = x - ex_p
            hess += share[corpus] * (xc * p[:, None]).T @ xc
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-4:
            break
    return w


def accuracy(data, w) -> float:
    return sum(bool(right[int(np.argmax(x @ w))]) for x, right, _ in data) / max(1, len(data))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/places-dev"))
    args = parser.parse_args(argv)
    hand = np.array([resolve.HAND_WEIGHTS[name] for name in resolve.FEATURES])
    w = hand.copy()
    resolve.WEIGHTS.update(resolve.HAND_WEIGHTS)
    for round_ in range(ROUNDS):
        tune = examples(args.shared, args.cache, "tune")
        before = accuracy(tune, w)
        w = fit(tune, hand)
        print(f"round {round_ + 1}: {len(tune)} ambiguous mentions; right reading chosen "
              f"{before:.3f} → {accuracy(tune, w):.3f} (tune)", flush=True)
        resolve.WEIGHTS.update({name: float(v) for name, v in zip(resolve.FEATURES, w)})
    check = examples(args.shared, args.cache, "check")
    weights = {name: round(float(v), 3) for name, v in zip(resolve.FEATURES, w)}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "what": "weights of dateline.places.resolve.features (a conditional logit)",
        "trained_on": "tune halves (sha1 of '13:' + id) of LGL and TR-News "
                      "(../shared/data/geo; Gritta et al.'s release, GPL-3.0)",
        "date": dt.date.today().isoformat(),
        "l2_towards_hand_weights": L2, "rounds": ROUNDS, "corpora_weighted_equally": True,
        "ambiguous_mentions": {"tune": len(tune), "check": len(check)},
        "right_reading_chosen_check": {
            "hand_weights": round(accuracy(check, np.array(
                [resolve.HAND_WEIGHTS[n] for n in resolve.FEATURES])), 3),
            "fitted": round(accuracy(check, w), 3)},
    }
    OUT.write_text(json.dumps({"weights": weights, "meta": meta}, indent=1) + "\n",
                   encoding="utf-8")
    print(json.dumps(weights, indent=1))
    print(json.dumps(meta["right_reading_chosen_check"]), "->", OUT.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
