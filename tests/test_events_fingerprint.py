"""The shipped events model is trained on the features the pipeline now gives: a change to the
patterns, actors, places or anything else that changes the training features fails here until
the model is retrained (training/events/feature_fingerprint.py)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from dateline.events import learned, stage

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fingerprints():
    path = str(ROOT / "training" / "events")
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module("feature_fingerprint")


def test_the_shipped_model_was_trained_on_the_features_the_pipeline_gives(fingerprints):
    meta = json.loads((learned.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta.get("features_fingerprint") == fingerprints.fingerprint(), (
        "the events model was trained on other features than the pipeline now gives (a change "
        "to the events rules, actors, places, time expressions, the labels or spaCy): run "
        "`make train-events`, then `make bench-events`, and commit the model")


def test_the_fingerprint_follows_the_features_not_the_weights(fingerprints, monkeypatch):
    sample = ["wikinews-fc2acf3becbe"]  # a short interview of the judged training half
    before = fingerprints.fingerprint(sample)
    assert fingerprints.fingerprint(sample) == before
    skewed = {k: 0.1 / len(learned.TYPES) for k in learned.TYPES} | {"NONE": 0.9}
    monkeypatch.setattr(learned.SentenceModel, "of_sentence", lambda self, sent: skewed)
    assert fingerprints.fingerprint(sample) == before  # the sentence model's output: left out
    monkeypatch.undo()
    monkeypatch.setattr(stage, "BASE_CONFIDENCE", stage.BASE_CONFIDENCE + 0.05)
    assert fingerprints.fingerprint(sample) != before  # a pattern feature
