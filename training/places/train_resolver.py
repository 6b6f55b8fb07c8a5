#!/usr/bin/env python3
"""Fit the places resolver's weights on the tune halves of LGL and TR-News.

Each toponym the stage finds that overlaps a gold toponym with coordinates is one training
example: its candidates, each described by resolve.features (population, feature type, qualifier,
country and division context, co-location, publisher, nearness), and which of them is right: the
candidate with the gold GeoNames id where there is one (a city and the region of its name often
lie within 161 km of each other, and only the id tells which the text means), else those within
161 km of the gold point. A conditional logit (softmax over a mention's candidates; the likelihood
of picking any right one) is fitted by Newton's method with a penalty that keeps the weights near
the hand-set ones (resolve.HAND_WEIGHTS) unless the data insist, each corpus counting equally.
The document context the features are read in comes from the stage's first pass, which itself
uses the weights: the fit is repeated (ROUNDS) with the previous round's weights.

The weights are fitted on the tune halves only (the split of benchmarks/bench_places.py); the
check halves are read once, to report how the fit does there, and are otherwise left for
scoring (``devloop.py``, ``make bench-places``). Parses come from devloop.py's cache (made on
first use). Writes
``src/dateline/places/model/resolver.json``: the weights and a meta block (data, date, the
fingerprint of the rules it was fitted under (fingerprint.py), and how often the right reading is
chosen on the check halves). The fit is deterministic: the file is left untouched when the fit
gives what it holds, and ``--check`` exits 1 when it does not (``make train-places``).

Usage: train_resolver.py --shared ../shared [--cache .cache/places] [--check]
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
from fingerprint import fingerprint  # noqa: E402

OUT = ROOT / "src" / "dateline" / "places" / "model" / resolve.MODEL_FILE
L2 = 5.0         # penalty on the squared distance from the hand-set weights (whole set)
ROUNDS = 2        # refits with the document context read under the previous weights
RIGHT_KM = 161.0  # a candidate within this of the gold point is a right reading
BY_ID = True      # a candidate with the gold GeoNames id is the one right reading (if any is)
# Features that keep their hand-set weights. "unevidenced_namesake" (a town named like a world
# city of another country, with no evidence for its region): LGL is local American news, where it
# fires almost only on the hard local cases ("Alexandria" alone in a headline of alextimes.com),
# and the fit takes it to -0.56, which no longer turns a Wuhan story's "London" to England; the
# general news the stage is judged on is the other way round. Held at -4, with the rest refitted,
# scoring it at 0 gives the same acc@161 on all four halves (docs/places.md).
# "unevidenced_division" (a first-order division named like its country's capital that nothing
# else of the article lies in: bare "Washington"): held at -2 for the same reason, as the dev
# sets' "Washington" stories almost always name the country or the state's towns.
HELD: tuple[str, ...] = ("unevidenced_namesake", "unevidenced_division")


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
                same = np.array([str(e.geonameid) == target.get("geonameid")
                                 for e, _ in candidates])
                if BY_ID and same.any():
                    # the gold record itself where it is among the candidates: a city and the
                    # region of its name often lie within 161 km of each other ("Aleppo"),
                    # and only the id tells which one the text means
                    right = same
                if not right.any() or right.all():
                    continue  # nothing to learn: no right reading, or no wrong one
                x = np.array([[f.get(name, 0.0) for name in resolve.FEATURES]
                              for _, f in candidates])
                out.append((x, right, filename))
    return out


def fit(data, centre: np.ndarray, free: np.ndarray, l2: float = L2) -> np.ndarray:
    """Newton's method on the penalised negative log-likelihood of picking a right candidate.

    The penalty pulls the weights towards ``centre`` (the hand-set weights, which encode what a
    news reader expects without any document: a country before its namesake state, a capital
    before its province) rather than towards zero, so a weight moves only as far as the data
    insist; a feature not ``free`` keeps its centre value. Each corpus counts as much as the other: LGL's American local news, four times the
    size of TR-News, would otherwise teach that "Georgia" is a state everywhere."""
    sizes = {}
    for _, _, corpus in data:
        sizes[corpus] = sizes.get(corpus, 0) + 1
    share = {corpus: len(data) / (len(sizes) * n) for corpus, n in sizes.items()}
    w = centre.copy()
    for _ in range(50):
        grad = l2 * (w - centre)
        hess = l2 * np.eye(len(w))
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
        step = np.zeros_like(w)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        w -= step
        if np.abs(step).max() < 1e-4:
            break
    return w


def accuracy(data, w) -> float:
    return sum(bool(right[int(np.argmax(x @ w))]) for x, right, _ in data) / max(1, len(data))


def fitted(shared: Path, cache: Path, l2: float, rounds: int, held: tuple[str, ...]) -> dict:
    """The resolver file's content (weights and meta) fitted under the checkout's rules."""
    hand = np.array([resolve.HAND_WEIGHTS[name] for name in resolve.FEATURES])
    free = np.array([name not in held for name in resolve.FEATURES])
    w = hand.copy()
    resolve.WEIGHTS.update(resolve.HAND_WEIGHTS)
    tune: list = []
    for round_ in range(rounds):
        tune = examples(shared, cache, "tune")
        before = accuracy(tune, w)
        w = fit(tune, hand, free, l2)
        print(f"round {round_ + 1}: {len(tune)} ambiguous mentions; right reading chosen "
              f"{before:.3f} → {accuracy(tune, w):.3f} (tune)", flush=True)
        resolve.WEIGHTS.update({name: float(v) for name, v in zip(resolve.FEATURES, w)})
    check = examples(shared, cache, "check")
    resolve.WEIGHTS.update(resolve._load_weights())  # leave the module as it was loaded
    meta = {
        "what": "weights of dateline.places.resolve.features (a conditional logit)",
        "trained_on": "tune halves (sha1 of '13:' + id) of LGL and TR-News "
                      "(../shared/data/geo; Gritta et al.'s release, GPL-3.0)",
        "command": "make train-places (training/places/train_resolver.py)",
        "rules_fingerprint": fingerprint(),
        "l2_towards_hand_weights": l2, "rounds": rounds, "corpora_weighted_equally": True,
        "held_at_hand_weights": list(held),
        "ambiguous_mentions": {"tune": len(tune), "check": len(check)},
        "right_reading_chosen_check": {
            "hand_weights": round(accuracy(check, hand), 3),
            "fitted": round(accuracy(check, w), 3)},
    }
    return {"weights": {name: round(float(v), 3) + 0.0 for name, v in zip(resolve.FEATURES, w)},
            "meta": meta}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "places")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true",
                        help="fit, and exit 1 unless the shipped file holds the same weights")
    parser.add_argument("--l2", type=float, default=L2, help="for experiments on tune only")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="for experiments on tune only")
    parser.add_argument("--held", default=",".join(HELD),
                        help="features kept at their hand-set weights (comma-separated)")
    args = parser.parse_args(argv)
    held = tuple(name for name in args.held.split(",") if name)
    content = fitted(args.shared, args.cache, args.l2, args.rounds, held)
    print(json.dumps(content["weights"], indent=1))
    print(json.dumps(content["meta"]["right_reading_chosen_check"]))
    shipped = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else None
    shipped_date = (shipped or {}).get("meta", {}).pop("date", None)
    if shipped == content:
        print(f"{args.out.name}: the fit reproduces the file (fitted {shipped_date})")
        return 0
    if args.check:
        print(f"{args.out.name}: the fit differs from the file", file=sys.stderr)
        return 1
    content["meta"]["date"] = dt.date.today().isoformat()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(content, indent=1) + "\n", encoding="utf-8")
    print("->", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
