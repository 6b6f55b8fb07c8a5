#!/usr/bin/env python3
"""How much the events calibrator's refit moves when the pattern events it learns from change a
little, per L2 penalty: on the training articles' calibration events only (``train.py
--dump-calibration PATH`` writes them; no check item is read).

A change to the patterns adds or removes a handful of pattern events of the training articles, and
``make train-events`` refits the calibrator and the default threshold on them; the default view of
every check half then moves by the refit as well as by the change. This simulates such a change:
``--trials`` times, a random ``--drop`` share of the events is left out, the calibrator and the
default threshold are refitted as train.py fits them, and the study counts the news events whose
side of the threshold differs from the full fit's (``flips``: events that enter or leave the
default view through the refit alone; ``same threshold``: those flips with the full fit's
threshold kept, the weights' share), how often the threshold moves, and the mean change of the
probabilities. Beside it, each penalty's cross-fitted log loss (mean over ``--seeds`` fold seeds),
so that stability is not bought with a worse calibration.

Usage: calibrator_study.py PATH.npz [--l2 0.3,1,3,10,30] [--trials 40] [--drop 0.01]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train  # noqa: E402  (training/events/train.py)


def log_loss(x, y, groups, l2: float, seeds: int) -> float:
    losses = []
    for seed in range(seeds):
        p = np.clip(train.cross_fitted(x, y, groups, seed=seed, l2=l2), 1e-6, 1 - 1e-6)
        losses.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    return float(np.mean(losses))


def refit(x, y, groups, news, l2: float, seeds: int):
    """(calibrator weights, default threshold) as train.py fits them."""
    weights = train.fit_logistic(x, y, l2=l2)
    threshold, _ = train.stable_threshold(x, y, groups, train.PRECISION_FLOOR, seeds=seeds,
                                          scored=news, l2=l2)
    return weights, threshold


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--l2", default="0.3,1,3,10,30")
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--drop", type=float, default=0.01)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--threshold-seeds", default=str(train.THRESHOLD_SEEDS),
                        help="fold seeds of the threshold's median, comma-separated choices")
    args = parser.parse_args(argv)
    data = np.load(args.path)
    x, y, news = data["x"], data["y"], data["news"].astype(bool)
    groups = [str(g) for g in data["groups"]]
    print(f"{len(y)} events ({int(news.sum())} of news articles), {int(y.sum())} right; "
          f"{args.trials} trials leaving out {args.drop:.0%} of the events")
    print("l2      seeds  log loss  threshold  moved  flips/trial  max  same threshold  "
          "mean |dp|")
    for l2, seeds in ((float(v), int(n)) for v in args.l2.split(",")
                      for n in args.threshold_seeds.split(",")):
        weights, threshold = refit(x, y, groups, news, l2, seeds)
        shown = (1 / (1 + np.exp(-x @ weights)) >= threshold) & news
        rng = np.random.default_rng(train.SEED)
        flips, fixed, moved, dp = [], [], 0, []
        for _ in range(args.trials):
            keep = rng.random(len(y)) >= args.drop
            w2, t2 = refit(x[keep], y[keep], [g for g, k in zip(groups, keep) if k], news[keep],
                           l2, seeds)
            p2 = 1 / (1 + np.exp(-x @ w2))
            flips.append(int(((p2 >= t2) & news != shown).sum()))
            fixed.append(int(((p2 >= threshold) & news != shown).sum()))
            moved += t2 != threshold
            dp.append(float(np.abs(p2 - 1 / (1 + np.exp(-x @ weights))).mean()))
        print(f"{l2:<7} {seeds:>5}  {log_loss(x, y, groups, l2, args.seeds):.4f}    "
              f"{threshold:.2f}       {moved:>3}    {np.mean(flips):6.2f}     {max(flips):>3}  "
              f"{np.mean(fixed):6.2f}          {np.mean(dp):.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
