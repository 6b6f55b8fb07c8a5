"""The events stage's learned layer: the shipped model, the label split it was trained on, the
calibrated confidence, and the benchmark's scoring helpers (benchmarks/events_sets.py)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest

import dateline
from dateline.events import learned

ROOT = Path(__file__).resolve().parent.parent


def _module(folder: str, name: str):
    path = str(ROOT / folder)
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def train():
    return _module("training/events", "train")


@pytest.fixture(scope="module")
def sets():
    _module("benchmarks", "common")
    return _module("benchmarks", "events_sets")


def test_the_shipped_model_is_small_and_says_what_it_was_trained_on():
    files = list(learned.MODEL_DIR.iterdir())
    assert sum(f.stat().st_size for f in files) < 50 * 1024 * 1024
    meta = json.loads((learned.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert 0.0 < meta["threshold"] < 1.0 and meta["threshold"] == learned.default_threshold()
    assert all(d["licence"] for d in meta["data"])
    assert {"conflibert_pentaclass", "glocon_sample", "petr2_gsr", "petr_unit"} <= set(
        meta["never_trained_on"])
    assert learned.load() is not None


def test_the_check_half_is_held_out_and_later_batches_train_only(train):
    labels = train.read_jsonl(train.LABELS_FILE)
    train_ids, check_ids = train.label_split(labels)
    first = {r["article_id"] for r in labels if r["annotator"] == train.FIRST_BATCH}
    held = {r["article_id"] for r in labels if r["annotator"] in train.CHECK_BATCHES}
    batch13 = {r["article_id"] for r in labels if r["annotator"] == train.BATCH13}
    assert train.batch13_articles(labels) == batch13 and len(batch13) == 40
    assert not batch13 & (train_ids | check_ids)
    long_train, long_check = train.long_split(labels)
    long_ids = {r["article_id"] for r in labels if r["annotator"] == train.LONG_BATCH}
    assert not train_ids & check_ids and not (train_ids | check_ids) & long_check
    assert train_ids | check_ids | long_check | batch13 == {r["article_id"] for r in labels}
    assert len(check_ids & first) == len(first) - len(first) // 2 and held <= check_ids
    assert {r["article_id"] for r in labels} - first - held - long_check - batch13 <= train_ids
    assert long_train | long_check == long_ids
    assert len(long_check) == len(long_ids) - len(long_ids) // 2
    meta = json.loads((learned.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert set(meta["held_out"]["wikinews_check_articles"]) == check_ids
    assert set(meta["held_out"]["wikinews_long_check_articles"]) == long_check
    assert set(meta["held_out"]["wikinews_batch13_articles"]) == batch13


def test_calibrated_confidence_is_a_probability_and_the_patterns_score_without_the_model(
        monkeypatch):
    text = "Police arrested 30 protesters in Lahore on Monday after they blocked a highway."
    events = dateline.annotate(text, published="2024-03-05").events
    assert events and all(0.0 <= e.confidence <= 1.0 for e in events)
    calibrated = [e for e in events if e.origin == "pattern"]  # not the model's proposals
    monkeypatch.setattr(learned, "load", lambda: None)
    plain = dateline.annotate(text, published="2024-03-05").events
    assert [e.type for e in plain] == [e.type for e in calibrated]
    assert [e.confidence for e in plain] != [e.confidence for e in calibrated]


def test_cross_fitted_confidences_come_from_calibrators_that_did_not_see_the_article(train):
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(60), rng.normal(size=60)])
    y = (x[:, 1] > 0).astype(float)
    groups = [f"a{i // 3}" for i in range(60)]
    out = train.cross_fitted(x, y, groups, folds=5)
    assert out.shape == (60,) and ((out > 0) & (out < 1)).all()
    assert np.corrcoef(out, x[:, 1])[0, 1] > 0.9
    # a threshold is never below what precision >= floor needs on those confidences
    t = train.threshold_for(out, y, 0.8)
    assert y[out >= t].mean() >= 0.8


def test_the_default_threshold_is_a_median_over_fold_seeds_of_a_smoothed_precision(train):
    rng = np.random.default_rng(1)
    score = rng.normal(size=200)
    x = np.column_stack([np.ones(200), score])
    y = (rng.random(200) < 1 / (1 + np.exp(-2 * score))).astype(float)
    groups = [f"a{i // 4}" for i in range(200)]
    probs = train.cross_fitted(x, y, groups)
    estimate = train.smoothed(probs, y)
    # smoothed: increasing in the confidence, and its mean is the share right (a logistic fit)
    order = np.argsort(probs)
    assert (np.diff(estimate[order]) >= -1e-12).all() and abs(estimate.mean() - y.mean()) < 0.01
    threshold, per_seed = train.stable_threshold(x, y, groups, 0.8, seeds=5)
    assert len(per_seed) == 5 and threshold in per_seed
    assert min(per_seed) <= threshold <= max(per_seed)
    # each seed's threshold: the events above it have smoothed precision >= the floor on that
    # seed's own confidences, and one step lower they do not
    probs0 = train.cross_fitted(x, y, groups, seed=0)
    estimate0 = train.smoothed(probs0, y)
    assert 0.05 < per_seed[0] < 0.95
    assert estimate0[probs0 >= per_seed[0]].mean() >= 0.8
    assert estimate0[probs0 >= round(per_seed[0] - 0.01, 2)].mean() < 0.8
    # a floor no subset reaches leaves the top of the scale
    assert train.stable_threshold(x, np.zeros(200) + (np.arange(200) % 2), groups, 0.99,
                                  seeds=3)[0] == 0.95


def test_bench_helpers(sets):
    assert sets.party_right("Wiranto", "IDN", [("wiranto | the minister", "IDN")])
    assert not sets.party_right("Wiranto", None, [("police", "IDN")])
    assert sets.party_right(None, None, []) and not sets.party_right(None, None, [("x", None)])
    from types import SimpleNamespace as Event
    assert sets.date_right("2019-10", Event(date="2019-10-10", date_basis="clause"))
    assert not sets.date_right("2019-10", Event(date="2019-11-01", date_basis="clause"))
    assert sets.date_right(None, Event(date="2019-11-01", date_basis="publication"))
    assert not sets.date_right(None, Event(date="2019-10-10", date_basis="context"))
    # an ISO week is in the month of its Thursday (2020-W01: 30 Dec 2019 - 5 Jan 2020), and is
    # no day
    assert sets.date_right("2020-01", Event(date="2020-W01", date_basis="clause"))
    assert not sets.date_right("2019-12", Event(date="2020-W01", date_basis="clause"))
    assert not sets.date_right("2020-01-02", Event(date="2020-W01", date_basis="clause"))
    assert sets.pentaclass_of_code("020", 1) == 0 and sets.pentaclass_of_code("190", 4) == 4
    assert sets.pentaclass_of_type()["ASSAULT"] == 4
    assert sets.half_of("x") == sets.half_of("x") and {sets.half_of(str(i)) for i in range(20)} == {
        "tune", "check"}
    table = sets.reliability([(0.1, False), (0.15, True), (0.7, True)])
    assert table[0]["events"] == 2 and table[0]["share right"] == 0.5
    assert table[3]["events"] == 1 and table[3]["mean confidence"] == 0.7


def test_the_synthetic_check_half_is_not_trained_on(train, tmp_path):
    rows = [{"id": f"story-{i}", "event": "PROTEST", "text": f"Crowd {i} marched. Later."}
            for i in range(40)]
    folder = tmp_path / "data" / "events"
    folder.mkdir(parents=True)
    (folder / "ngec_synthetic.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    examples = train.ngec_examples(tmp_path, None)
    tune = [r for r in rows if train.half_of(r["id"]) == "tune"]
    assert 0 < len(examples) == len(tune) < len(rows)
    assert {text for text, _ in examples} == {train.lede(r["text"]) for r in tune}


def test_a_lede_does_not_end_at_an_abbreviation(train):
    """The first sentence of a synthetic story runs past initialisms and titles ("U.S.", "U.N.",
    "Gen.", "St.") to the stop that ends it; a stop after an ordinary word still ends it."""
    assert train.lede("The U.S. Senate voted on Tuesday to sanction Ruritania. Officials "
                      "said more would follow.") == \
        "The U.S. Senate voted on Tuesday to sanction Ruritania."
    assert train.lede("Gen. Abel Marsh of the U.N. mission in St. Orlo ordered troops out. "
                      "The order came late.") == \
        "Gen. Abel Marsh of the U.N. mission in St. Orlo ordered troops out."
    assert train.lede('Protesters marched on the Brunei-U.S. office. "We will stay," one said.') \
        == "Protesters marched on the Brunei-U.S. office."
    assert train.lede("Rebels shelled Mali. Talks were called off.") == "Rebels shelled Mali."
    assert train.lede("No stop at all") == "No stop at all"


def test_a_benchmark_can_load_the_model_of_another_folder(tmp_path, monkeypatch):
    """``use_model_dir`` (the benchmarks' --model): the model and threshold of that folder, so that
    a rule change can be measured with the model it had before; a folder without one is no model."""
    monkeypatch.setattr(learned, "MODEL_DIR", learned.MODEL_DIR)
    shipped = learned.default_threshold()
    (tmp_path / "meta.json").write_text(json.dumps({"threshold": 0.42}), encoding="utf-8")
    try:
        learned.use_model_dir(tmp_path)
        assert learned.load() is None and learned.default_threshold() == 0.42
        learned.use_model_dir(None)  # None keeps the folder in use
        assert learned.default_threshold() == 0.42
    finally:
        learned.load.cache_clear()
    monkeypatch.undo()
    assert learned.default_threshold() == shipped


def test_the_calibrator_study_refits_as_training_does(train, tmp_path):
    study = _module("training/events", "calibrator_study")
    rng = np.random.default_rng(2)
    score = rng.normal(size=120)
    x = np.column_stack([np.ones(120), score])
    y = (rng.random(120) < 1 / (1 + np.exp(-2 * score))).astype(float)
    groups = [f"a{i // 4}" for i in range(120)]
    news = np.ones(120, dtype=bool)
    weights, threshold = study.refit(x, y, groups, news, 1.0, 3)
    assert np.allclose(weights, train.fit_logistic(x, y, l2=1.0))
    assert threshold == train.stable_threshold(x, y, groups, train.PRECISION_FLOOR, seeds=3)[0]
    # a stronger penalty shrinks the weights
    assert abs(study.refit(x, y, groups, news, 100.0, 3)[0][1]) < abs(weights[1])


def test_the_default_view_drops_analysis_names_the_shortfall(train):
    drops = _module("training/events", "default_view_drops")
    assert len(drops.TERMS) == 21
    weights = np.zeros(len(drops.TERMS))
    weights[drops.TERMS.index("target found")] = 0.7
    weights[drops.TERMS.index("type log-prob")] = 0.4
    weights[drops.TERMS.index("support")] = -0.5
    weights[drops.TERMS.index("nominal")] = -0.1
    kept = np.zeros(len(drops.TERMS))
    kept[drops.TERMS.index("target found")] = 1.0
    kept[drops.TERMS.index("type log-prob")] = -0.2
    kept_mean = kept * weights
    # no target: the shortfall is the target's 0.7
    event = kept.copy()
    event[drops.TERMS.index("target found")] = 0.0
    assert drops.main_reason(event, weights, kept_mean) == "target found"
    # the sentence model gives the type 5% (log -3): 0.4 x 2.8 = 1.12 below, more than the target
    event[drops.TERMS.index("type log-prob")] = -3.0
    assert drops.main_reason(event, weights, kept_mean) == "type log-prob"
    # a support-verb event with the target found: the family is read as one reason
    event = kept.copy()
    event[drops.TERMS.index("support")] = 1.0
    assert drops.main_reason(event, weights, kept_mean) == "pattern family"


def test_the_default_view_drops_analysis_reads_a_sentences_drafts():
    drops = _module("training/events", "default_view_drops")
    collected, events = drops.drafts_of("Riot police fired tear gas at the protesters on Monday.",
                                        "2024-03-05")
    assert events and collected
    assert all(len(features) == len(drops.TERMS) for _, features in collected)
    assert any(draft.type == "ASSAULT" for draft, _ in collected)
    # the companions (the purpose or the intended action kept beside an event) are left out
    collected, _ = drops.drafts_of("Police fired tear gas to disperse the crowd.")
    assert collected and not any(draft.companion for draft, _ in collected)
    # with a dict, the Document's actors' sectors by id (the police count reads them)
    sectors: dict = {}
    collected, _ = drops.drafts_of("Riot police fired tear gas at the protesters.", actors=sectors)
    parties = {a for draft, _ in collected for a in draft.sources + draft.targets}
    assert parties and {sectors.get(a) for a in parties} & drops.POLICE_OR_CROWD


def _toy_examples(n: int = 120, seed: int = 5):
    """Invented hashed examples: column 3 marks ASSAULT, column 7 NONE, columns 10-29 noise,
    column 50 in one example only."""
    rng = np.random.default_rng(seed)
    assault, none = learned.LABELS.index("ASSAULT"), learned.LABELS.index("NONE")
    labels = np.array([assault if i % 2 else none for i in range(n)])
    columns = [np.unique(np.array([3 if label == assault else 7, *rng.integers(10, 30, 3)]))
               for label in labels]
    columns[0] = np.append(columns[0], 50)
    return columns, labels


def test_the_sentence_model_fit_is_a_penalised_optimum_and_deterministic(train):
    pytest.importorskip("scipy")
    columns, labels = _toy_examples()
    per_example = train.example_weights(labels, 0, 1.0)
    weights, bias = train.fit_columns(columns, labels, per_example, solver="lbfgs", l2=1.0,
                                      width=64)
    again, _ = train.fit_columns(columns, labels, per_example, solver="lbfgs", l2=1.0, width=64)
    assert np.array_equal(weights, again)
    assault = learned.LABELS.index("ASSAULT")
    probs = learned.softmax(weights[[3, 12]].sum(axis=0) + bias)
    assert probs.argmax() == assault
    # a column no example has stays zero; the penalised optimum has a zero gradient
    assert not weights[40:50].any() and not weights[51:].any()
    x = np.zeros((len(columns), 64))
    for i, cols in enumerate(columns):
        x[i, cols] = 1.0
    p = learned.softmax(x @ weights + bias)
    residual = (p - np.eye(len(learned.LABELS))[labels]) * per_example[:, None]
    assert np.abs(x.T @ residual + 1.0 * weights).max() < 1e-3
    # a stronger penalty shrinks the weights; min_df leaves a column of one example at zero
    strong, _ = train.fit_columns(columns, labels, per_example, solver="lbfgs", l2=30.0,
                                  width=64)
    assert np.abs(strong).sum() < np.abs(weights).sum()
    assert weights[50].any()
    cut, _ = train.fit_columns(columns, labels, per_example, solver="lbfgs", l2=1.0, width=64,
                               min_df=2)
    assert not cut[50].any()


def test_the_synthetic_weight_scales_only_the_ledes(train):
    labels = np.array([0, 0, 0, 16, 16, 1])
    weights = train.example_weights(labels, 2, 0.2)
    plain = train.example_weights(labels, 0, 1.0)
    assert np.allclose(weights[:2], 0.2 * plain[:2]) and np.allclose(weights[2:], plain[2:])
    # the rarer class weighs more (square-root balance)
    assert plain[5] > plain[0]


def test_the_cross_validation_harness_scores_held_out_folds():
    pytest.importorskip("scipy")
    cv = _module("training/events", "cv_sentence_model")
    assert cv.auc(np.array([0.1, 0.4, 0.35, 0.8]), np.array([False, False, True, True])) == 0.75
    assert cv.auc(np.array([0.5, 0.5]), np.array([False, True])) == 0.5
    assert {cv.group_of(f) for f in ("w=fire", "d=fire>dobj>gas", "lexroot=ASSAULT", "e=GPE")} \
        == {"words", "pairs", "lexicon", "entities"}
    columns, labels = _toy_examples(100)
    assault = learned.LABELS.index("ASSAULT")
    features = [[f"w=c{c}" for c in cols] + ["lex=ASSAULT"] * int(label == assault)
                for cols, label in zip(columns, labels)]
    data = {"features": features, "texts": [f"s{i}" for i in range(100)], "labels": labels,
            "synthetic": 50, "fold": np.arange(100) % 5}
    result = cv.evaluate({"solver": "lbfgs", "l2": 1.0}, data, 5)
    # every held-out ASSAULT lede has its type on top (the NONE ledes, half, have no type)
    assert result["lede acc"] == 0.5 and result["wiki AUC"] == 1.0
    # without the words and the lexicon type nothing tells the classes apart
    blind = cv.evaluate({"solver": "lbfgs", "l2": 1.0, "drop": "words+lexicon"}, data, 5)
    assert blind["wiki AUC"] == 0.5 and blind["ll wiki"] > result["ll wiki"]


def test_the_refit_check_tells_a_moved_model_from_the_noise_of_a_refit(train, tmp_path):
    """``train.py --check`` compares the fit with the shipped model: float16 noise in the weights
    and a new date and time pass; moved weights, another threshold or another meta.json value
    are each named."""
    shipped, fitted = tmp_path / "shipped", tmp_path / "fitted"
    shipped.mkdir()
    fitted.mkdir()
    weights = np.linspace(-1, 1, 12, dtype=np.float16).reshape(4, 3)
    meta = {"trained": "2026-12-01", "train_seconds": 70.0, "calibration_events": 10}

    def write(folder, w, threshold, **changes):
        np.savez_compressed(folder / "weights.npz", weights=w, threshold=np.array(threshold))
        (folder / "meta.json").write_text(json.dumps({**meta, **changes}), encoding="utf-8")

    write(shipped, weights, 0.7)
    write(fitted, weights + np.float16(0.0005), 0.7, trained="2026-12-06", train_seconds=445.0)
    assert train.shipped_differences(shipped, fitted) == []
    write(fitted, weights + np.float16(0.01), 0.72, calibration_events=11)
    found = train.shipped_differences(shipped, fitted)
    assert len(found) == 3
    assert any("weights max difference" in f for f in found)
    assert any("threshold" in f for f in found)
    assert any("calibration_events" in f for f in found)
    assert train.shipped_differences(tmp_path / "none", fitted) != []


def test_the_proposal_study_decides_on_trainable_data_only():
    """glocon and conflibert are evaluation only: their scores are printed, never chosen on."""
    study = _module("training/events", "proposal_study")
    empty, beside, second, alone = study.SHIPPED

    def row(e, b, s, ledes, events, precision, conflibert=0.7, glocon=0.7, cap=study.NO_CAP,
            a=alone, sentences=None):
        return {"cap": cap, "empty": e, "beside": b, "second": s, "alone": a, "ledes": ledes,
                "events": events, "precision": precision,
                "sentences": precision - 0.1 if sentences is None else sentences,
                "conflibert": conflibert, "glocon": glocon, "types": study.SHIPPED_TYPES}

    shipped = row(empty, beside, second, 0.50, 1.4, 0.52)
    wider = row(0.35, 0.35, 0.25, 0.53, 1.5, 0.515, conflibert=0.60, glocon=0.50)
    evaluation_best = row(0.5, 0.5, None, 0.45, 1.3, 0.53, conflibert=0.90, glocon=0.95)
    too_costly = row(0.3, 0.3, 0.2, 0.56, 1.6, 0.49)
    too_many = row(0.2, 0.2, 0.2, 0.60, 2.1, 0.52)
    capped = row(0.3, 0.3, None, 0.58, 1.2, 0.53, cap=2)
    rows = [shipped, wider, evaluation_best, too_costly, too_many, capped]
    assert study.choose(rows)["ledes"] == 0.53
    # the evaluation sets' scores move nothing, whatever they are
    flipped = [dict(r, conflibert=1 - r["conflibert"], glocon=1 - r["glocon"]) for r in rows]
    assert study.choose(flipped) == study.choose(rows)
    # ties in ledes go to the higher Wikinews precision
    twin = row(0.4, 0.35, 0.25, 0.53, 1.5, 0.518)
    assert study.choose(rows + [twin])["precision"] == 0.518


def test_the_proposal_study_chooses_the_lone_proposals_cut_on_trainable_data_only():
    """MIN_ALONE is the study's to choose, on the ledes and the Wikinews training sentences each
    a document of its own; conflibert (evaluation only) is printed, never read."""
    study = _module("training/events", "proposal_study")
    empty, beside, second, alone = study.SHIPPED

    def row(a, ledes, events, sentences, conflibert=0.7):
        return {"cap": study.NO_CAP, "empty": empty, "beside": beside, "second": second,
                "alone": a, "ledes": ledes, "events": events, "precision": 0.52,
                "sentences": sentences, "conflibert": conflibert, "glocon": 0.7,
                "types": study.SHIPPED_TYPES}

    shipped = row(alone, 0.52, 1.45, 0.45)
    lower = row(0.1, 0.53, 1.50, 0.442, conflibert=0.5)  # within the slack: more ledes
    lowest = row(0.0, 0.54, 1.55, 0.43, conflibert=0.9)  # its wrong lone events cost too much
    off = row(None, 0.50, 1.40, 0.47, conflibert=0.95)
    rows = [shipped, lower, lowest, off]
    assert study.choose(rows)["alone"] == 0.1
    assert study.choose([dict(r, conflibert=1 - r["conflibert"]) for r in rows])["alone"] == 0.1
    # a setting over two events a lede is never chosen, whatever its ledes
    assert study.choose(rows + [row(0.05, 0.60, 2.0, 0.45)])["alone"] == 0.1


def test_a_lone_proposal_fires_only_in_a_document_with_nothing_else():
    study = _module("training/events", "proposal_study")
    probs = np.zeros(len(study.learned.TYPES) + 1)
    probs[study.learned.TYPES.index("ACCUSE")] = 0.25
    assert study.alone(probs, [], [], 0.2) == ["ACCUSE"]
    assert study.alone(probs, [], [], 0.3) == []
    assert study.alone(probs, [], [], None) == []
    assert study.alone(probs, [], ["SUPPORT"], 0.0) == []
    assert study.alone(probs, ["a pattern event"], [], 0.0) == []
    # on the Wikinews sentences: not where the setting proposes something already
    proposals = [(0.45, 0, False, True, ("a", 1), "SUPPORT")]
    lone = [(("a", 1), 0.45, 1, 1), (("a", 2), 0.25, 2, 1), (("a", 3), 0.15, 1, 0)]
    assert study.wikinews_lone(lone, proposals, 0.4, 0.4, None, 0.2) == (2, 1)
    assert study.wikinews_lone(lone, proposals, 0.5, 0.5, None, 0.2) == (3, 2)
    assert study.wikinews_lone(lone, proposals, 0.4, 0.4, None, 0.1) == (3, 1)
    assert study.wikinews_lone(lone, proposals, 0.4, 0.4, None, None) == (0, 0)
    # a type's own cut above the sentence's probability: nothing proposed there, the lone fires
    assert study.wikinews_lone(lone, proposals, 0.4, 0.4, None, 0.2, (("SUPPORT", 0.5),)) == \
        (3, 2)


def test_a_types_own_cut_moves_only_that_type():
    study = _module("training/events", "proposal_study")
    types = study.learned.TYPES
    probs = np.zeros(len(types) + 1)
    probs[types.index("ACCUSE")], probs[types.index("SUPPORT")] = 0.3, 0.1
    assert study.proposed(probs, [], 0.4, 0.4, study.NO_CAP) == []
    assert study.proposed(probs, [], 0.4, 0.4, study.NO_CAP, types=(("ACCUSE", 0.25),)) == \
        ["ACCUSE"]
    assert study.proposed(probs, [], 0.4, 0.4, study.NO_CAP, types=(("SUPPORT", 0.05),)) == []
    proposals = [(0.3, 0, False, True, ("a", 1), "ACCUSE"), (0.3, 0, True, False, ("a", 2), "AID")]
    assert study.wikinews_made(proposals, 0.4, 0.4, None) == (0, 0)
    assert study.wikinews_made(proposals, 0.4, 0.4, None, (("ACCUSE", 0.25),)) == (1, 1)
    assert study.wikinews_made(proposals, 0.25, 0.25, None, (("AID", 0.35),)) == (1, 1)


def test_a_types_own_cut_is_taken_only_by_the_rule():
    """``improve`` takes the option with the most ledes the rule admits, above the current
    setting; conflibert is not read; none when nothing ranks above."""
    study = _module("training/events", "proposal_study")
    empty, beside, second, alone = study.SHIPPED

    def row(types, ledes, events, precision, sentences, conflibert=0.7):
        return {"cap": study.NO_CAP, "empty": empty, "beside": beside, "second": second,
                "alone": alone, "types": types, "ledes": ledes, "events": events,
                "precision": precision, "sentences": sentences, "conflibert": conflibert}

    shipped = row((), 0.50, 1.4, 0.52, 0.45)
    accuse = row((("ACCUSE", 0.3),), 0.51, 1.45, 0.515, 0.445, conflibert=0.1)
    support = row((("SUPPORT", 0.2),), 0.53, 1.5, 0.505, 0.44, conflibert=0.99)  # too costly
    worse = row((("AID", 0.3),), 0.49, 1.4, 0.52, 0.45)
    assert study.improve(shipped, [accuse, support, worse], shipped)["types"] == \
        (("ACCUSE", 0.3),)
    assert study.improve(shipped, [support, worse], shipped) is None
    assert study.improve(accuse, [dict(accuse)], shipped) is None


def test_the_harness_holds_whole_groups_out_together():
    cv = _module("training/events", "cv_sentence_model")
    groups = [f"template {i % 7}" for i in range(70)]
    folds = cv.group_folds(groups, 5)
    by_group = {}
    for group, fold in zip(groups, folds.tolist()):
        by_group.setdefault(group, set()).add(fold)
    # each template's stories share one fold, and the 7 templates fill all 5 folds
    assert all(len(f) == 1 for f in by_group.values())
    assert set(folds.tolist()) == set(range(5))
    assert (cv.group_folds(groups, 5) == folds).all()  # fixed seed
