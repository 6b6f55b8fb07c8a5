#!/usr/bin/env python3
"""Why right events of real news sentences get a low calibrated confidence: the events
calibrator's features (``learned.event_features``) on the events it was fitted on (the judged
Wikinews calibration events, ``train.py --dump-calibration PATH``) beside the pattern events of
``conflibert_pentaclass``'s and ``glocon_sample``'s tune halves that are right (the gold class /
a contentious type in a contentious sentence), and those of them hidden under the default
threshold. Both sets are evaluation only: read here for counts and feature means, never fitted on
and no sentence printed.

Per feature: its mean on the calibration events (right, wrong), on the sets' right events and on
the hidden right ones, and the calibrator's weight times the difference between the hidden right
events' mean and the calibration's right events' mean: how many log-odds that feature takes from
a right event of the set against a right Wikinews event.

With ``--variants``, each calibrator variant of ``VARIANTS`` (features left out, L2 penalty) is
fitted on the calibration events, its default threshold chosen by train.py's rule on them, and the
sets' events scored by it: right events shown, events shown, and the share right of the shown
(tune halves only).

Usage: calibration_gap.py CALIBRATION.npz --shared ../shared [--half tune] [--variants]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import dateline  # noqa: E402
import events_sets as sets  # noqa: E402
import train  # noqa: E402
from common import read_jsonl  # noqa: E402
from dateline.events import learned, stage  # noqa: E402
from dateline.events.codes import lookup  # noqa: E402

# learned.event_features' columns, in order
NAMES = (("bias", "pattern score", "source found", "target found", "event log-odds",
          "type log-prob", "companion", "clause date")
         + tuple(f"modality {m}" for m in learned.MODALITIES[1:])
         + tuple(f"family {f}" for f in learned.FAMILIES[1:])
         + ("source coded", "target coded", "quad 1", "quad 2", "quad 3", "interview"))


def collect(name: str, shared: Path, half: str) -> tuple[np.ndarray, np.ndarray]:
    """(features, right) of every pattern event (no companion) of the set's half."""
    data = shared / "data" / "events"
    if name == "conflibert":
        rows = [r for r in read_jsonl(data / "conflibert_pentaclass.jsonl")
                if sets.half_of(r["id"]) == half]
    else:
        rows = [r for r in read_jsonl(data / "glocon_sample.jsonl")
                if r.get("orig_label") in (0, 1) and sets.half_of(r["id"].rsplit("_", 1)[0]) == half]
    xs, ys = [], []
    for row in rows:
        stage.COLLECT = []
        try:
            dateline.annotate(row["text"] or " ", clean=False, format="text")
            drafts = stage.COLLECT
        finally:
            stage.COLLECT = None
        for draft, features in drafts:
            if draft.companion:
                continue
            if name == "conflibert":
                code = lookup(draft.cameo)
                right = sets.pentaclass_of_code(draft.cameo, code.quad_class if code else None) \
                    == row["pentaclass"]
            else:
                right = row["orig_label"] == 1 and draft.type in sets.CONTENTIOUS
            xs.append(features)
            ys.append(float(right))
    print(f"{name} {half}: {len(rows)} sentences, {len(ys)} pattern events, "
          f"{int(sum(ys))} right", flush=True)
    return np.array(xs), np.array(ys)


def probability(x: np.ndarray, weights: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x @ weights))


def means_table(cal_x, cal_y, news, sets_xy, weights, threshold) -> None:
    cols = [("cal right", cal_x[news & (cal_y == 1)]), ("cal wrong", cal_x[news & (cal_y == 0)])]
    for name, (x, y) in sets_xy.items():
        p = probability(x, weights)
        cols.append((f"{name} right", x[y == 1]))
        cols.append((f"{name} hidden", x[(y == 1) & (p < threshold)]))
        cols.append((f"{name} wrong", x[y == 0]))
    print(f"{'feature':20s} {'weight':>7s} " + " ".join(f"{c:>14s}" for c, _ in cols))
    print(f"{'(events)':20s} {'':7s} " + " ".join(f"{len(v):14d}" for _, v in cols))
    right = cols[0][1].mean(axis=0)
    for j, feature in enumerate(NAMES):
        print(f"{feature:20s} {weights[j]:7.3f} " + " ".join(
            f"{v[:, j].mean():14.3f}" if len(v) else f"{'-':>14s}" for _, v in cols))
    print("log-odds a hidden right event of each set loses against a right calibration event, "
          "by feature (weight x difference of means):")
    for name, _ in sets_xy.items():
        hidden = dict(cols)[f"{name} hidden"]
        if not len(hidden):
            continue
        delta = weights * (hidden.mean(axis=0) - right)
        order = np.argsort(delta)
        print(f"  {name}: total {delta.sum():.2f}; " + ", ".join(
            f"{NAMES[j]} {delta[j]:+.2f}" for j in order[:8]))


def _without(*names):
    columns = [NAMES.index(n) for n in names]
    return lambda x: np.delete(x, columns, axis=1)


# variants: (label, transform of the feature matrix, L2 penalty)
VARIANTS = [
    ("shipped", lambda x: x, 1.0),
    ("l2=10", lambda x: x, 10.0),
    ("l2=30", lambda x: x, 30.0),
    ("no event log-odds", _without("event log-odds"), 1.0),
    ("no type log-prob", _without("type log-prob"), 1.0),
    ("no sentence model", _without("event log-odds", "type log-prob"), 1.0),
    ("no clause date", _without("clause date"), 1.0),
    ("no coded parties", _without("source coded", "target coded"), 1.0),
    ("no pattern score", _without("pattern score"), 1.0),
    ("no family", _without(*(n for n in NAMES if n.startswith("family "))), 1.0),
    ("no QuadClass", _without("quad 1", "quad 2", "quad 3"), 1.0),
]


def variants(cal_x, cal_y, news, groups, sets_xy) -> None:
    print(f"\n{'variant':34s} {'thr':>5s} {'cal ll':>7s} " + " ".join(
        f"{n + ' shown/right/prec':>28s}" for n in sets_xy))
    for label, transform, l2 in VARIANTS:
        x = transform(cal_x)
        weights = train.fit_logistic(x, cal_y, l2=l2)
        threshold, _ = train.stable_threshold(x, cal_y, groups, train.PRECISION_FLOOR,
                                              seeds=21, scored=news, l2=l2)
        probs = np.clip(train.cross_fitted(x, cal_y, groups, l2=l2), 1e-6, 1 - 1e-6)
        loss = -np.mean(cal_y * np.log(probs) + (1 - cal_y) * np.log(1 - probs))
        cells = []
        for name, (sx, sy) in sets_xy.items():
            shown = probability(transform(sx), weights) >= threshold
            cells.append(f"{int(shown.sum()):>12d} {int(sy[shown].sum()):>6d} "
                         f"{sy[shown].mean() if shown.any() else 0:8.3f}")
        print(f"{label:34s} {threshold:5.2f} {loss:7.4f} " + " ".join(cells), flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("calibration", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", choices=sets.HALVES, default="tune")
    parser.add_argument("--sets", default="conflibert,glocon")
    parser.add_argument("--variants", action="store_true")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the sets' features in this .npz (read it when it exists)")
    args = parser.parse_args(argv)
    data = np.load(args.calibration)
    cal_x, cal_y, news = data["x"], data["y"], data["news"].astype(bool)
    groups = [str(g) for g in data["groups"]]
    if args.cache and args.cache.is_file():
        cached = np.load(args.cache)
        sets_xy = {n: (cached[f"{n}_x"], cached[f"{n}_y"]) for n in args.sets.split(",")}
    else:
        sets_xy = {n: collect(n, args.shared, args.half) for n in args.sets.split(",")}
        if args.cache:
            np.savez_compressed(args.cache, **{f"{n}_{k}": v for n, (x, y) in sets_xy.items()
                                               for k, v in (("x", x), ("y", y))})
    loaded = learned.load()
    weights, threshold = loaded[1].weights, loaded[1].threshold
    print(f"calibration: {len(cal_y)} events ({int(news.sum())} news), {int(cal_y.sum())} right; "
          f"shipped threshold {threshold}")
    means_table(cal_x, cal_y, news, sets_xy, weights, threshold)
    if args.variants:
        variants(cal_x, cal_y, news, groups, sets_xy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
