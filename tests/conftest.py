"""Shared fixtures. Gold data is read from ../shared (skipped cleanly when it is absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
SEED_ARTICLE = ROOT / "samples" / "seed-article.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder (gold data and scorers); tests that need it skip without it."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is absent: gold data not available")
    return SHARED


@pytest.fixture(scope="session")
def expected(shared) -> dict:
    """The seed article's hand-checked expectations."""
    return json.loads((shared / "data" / "seed" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    """The seed article, annotated once per test session by the default pipeline."""
    import dateline

    return dateline.annotate(seed_text)


@pytest.fixture(scope="session")
def quotes_training():
    """import_module(name) for the quotes training scripts (training/quotes/NAME.py)."""
    import importlib
    import sys

    folder = str(ROOT / "training" / "quotes")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module


@pytest.fixture(scope="session")
def nlp():
    from dateline import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="module")
def run_places(nlp):
    """run(text) -> Work after the entities and places stages alone (no publication date)."""
    from dateline.entities import find_entities
    from dateline.pipeline import Work
    from dateline.places.stage import find_places

    def run(text: str) -> Work:
        work = Work(text=text, published=None, doc=nlp(text))
        find_entities(work)
        find_places(work)
        return work

    return run


@pytest.fixture(scope="session")
def sample_article():
    """sample_article(id) -> a bundled Wikinews sample article's text (samples/wikinews; CC BY
    2.5, Wikinews)."""

    def text(article_id: str) -> str:
        sample = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
        for line in sample.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] == article_id:
                return row["text"]
        raise AssertionError(article_id)

    return text


@pytest.fixture(scope="session")
def annotate_text():
    """annotate(text, published=None) -> Document with the text taken as is (--no-clean)."""
    import dateline

    def run(text: str, published: str | None = None):
        return dateline.annotate(text, published=published, clean=False, format="text")

    return run


@pytest.fixture
def patterns_alone(monkeypatch):
    """The events' patterns alone: the learned layer is not loaded, so its confidence is not
    under test (event rule tests name it, or mark their module with usefixtures)."""
    from dateline.events import learned

    monkeypatch.setattr(learned, "load", lambda: None)
