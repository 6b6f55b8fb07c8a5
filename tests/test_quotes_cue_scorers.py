"""The cue scorer comparison's own pieces (training/quotes/cue_scorers.py): the boosted trees, the
held-out rates and the recall at the shipped precision, on invented numbers."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("scipy")  # the training extra (make train-quotes installs it)


@pytest.fixture(scope="module")
def scorers(quotes_training):
    return quotes_training("cue_scorers")


def test_the_trees_learn_an_interaction_no_single_feature_holds(scorers):
    rng = np.random.RandomState(3)
    x = rng.normal(size=(3000, 2))
    y = ((x[:, 0] > 0) == (x[:, 1] > 0)).astype(float)  # either feature alone says nothing
    trees = scorers.fit_trees(x[:2000], y[:2000], np.zeros(2000), rounds=40, depth=2, rate=0.3)
    right = (scorers.sigmoid(trees.score(x[2000:], np.zeros(1000))) > 0.5) == (y[2000:] == 1)
    assert right.mean() > 0.9


def test_the_rates_are_smoothed_towards_the_prior(scorers):
    keys = [("say",) * len(scorers.RATE_KEYS)] * 10 + [("be",) * len(scorers.RATE_KEYS)] * 10
    y = np.array([1.0] * 10 + [0.0] * 10)
    rates = scorers.Rates(keys, y, prior=0.1)
    f = rates.features([keys[0], keys[-1], ("unseen",) * len(scorers.RATE_KEYS)])
    odds = f[:, 0]
    assert odds[0] == pytest.approx(np.log(0.7 / 0.3))  # (10 + 5 × 0.1) / (10 + 5)
    assert odds[1] < odds[2] < 0
    assert odds[2] == pytest.approx(np.log(0.1 / 0.9))  # never seen: the prior, a count of none
    assert f[2, 1] == 0.0 and f[0, 1] == pytest.approx(np.log(11))


def test_the_recall_is_read_at_the_lowest_cut_that_keeps_the_precision(scorers):
    y = np.array([1.0, 1.0, 0.0, 1.0, 0.0, 0.0])
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.4, 0.1])
    m = scorers.measure(y, p, n_gold=4)
    assert (m["p"], m["r"]) == (0.75, 0.75)  # the four at 0.5 or more
    assert m["r_at"] == 0.5 and m["threshold"] == 0.8  # precision 0.75 < 0.817 from the third on


def test_no_recall_is_reported_where_no_cut_reaches_the_precision(scorers):
    y = np.array([0, 0, 1, 0])
    p = np.array([0.9, 0.8, 0.7, 0.1])
    m = scorers.measure(y, p, n_gold=1)
    assert m["r_at"] is None and m["threshold"] is None
