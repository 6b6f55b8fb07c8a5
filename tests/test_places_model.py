"""The places resolver's shipped weights: what they were fitted under, and that the fit rebuilds them."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from dateline.places import resolve

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
SHIPPED = ROOT / "src" / "dateline" / "places" / "model" / resolve.MODEL_FILE
TRAINING = ROOT / "training" / "places"
CACHE = ROOT / ".cache" / "places"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, TRAINING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shipped() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def test_fingerprint_covers_the_rules_not_the_weights():
    sources = {p.relative_to(ROOT).as_posix() for p in _module("fingerprint").sources()}
    for path in ("src/dateline/places/resolve.py", "src/dateline/places/recognize.py",
                 "src/dateline/places/data/regions.tsv", "src/dateline/geodesy.py",
                 "training/places/train_resolver.py"):
        assert path in sources
    assert not any("/model/" in path for path in sources)


def test_shipped_weights_are_features_of_the_resolver():
    weights = _shipped()["weights"]
    assert set(weights) <= set(resolve.FEATURES)
    # a weight the file lacks keeps its hand-set value; the ones it has are what the stage uses
    assert all(resolve.WEIGHTS[name] == pytest.approx(v) for name, v in weights.items())


def test_shipped_weights_were_fitted_under_the_current_rules():
    assert _shipped()["meta"].get("rules_fingerprint") == _module("fingerprint").fingerprint()


@pytest.mark.skipif(not (SHARED / "data" / "geo").is_dir() or not CACHE.is_dir(),
                    reason="needs ../shared/data/geo and the parses in .cache/places "
                           "(training/places/devloop.py makes them)")
def test_the_fit_rebuilds_the_shipped_weights():
    train = _module("train_resolver")
    content = train.fitted(SHARED, CACHE, train.L2, train.ROUNDS, train.HELD)
    assert content["weights"] == _shipped()["weights"]
