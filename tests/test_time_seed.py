"""The seed article's timex expectations, and a score floor on a slice of the TimeML gold."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import dateline
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def seed_anchored(seed_text):
    """The seed annotated by the stages the time stage needs, with its publication date given
    explicitly (no reliance on ingest or on the other stages)."""
    document = dateline.extract(seed_text, published="2021-11-24", clean=False, format="text")
    return Pipeline(stages=("entities", "timexes")).annotate(document)


def _matches(document, expectation):
    hits = [t for t in document.timexes if expectation["text"].lower() in t.text.lower()]
    return any(t.value.upper() == expectation["value"].upper() and t.type == expectation["type"]
               for t in hits), [(t.text, t.type, t.value) for t in hits]


def test_seed_timexes_with_published_date(expected, seed_anchored):
    failures = []
    for expectation in expected["timexes"]:
        ok, got = _matches(seed_anchored, expectation)
        if not ok:
            failures.append((expectation, got))
    assert not failures, failures


def test_seed_timexes_default_annotation(expected, seed_doc):
    """The default pipeline on the scraped seed (publication date found by ingest)."""
    if not seed_doc.published or not seed_doc.published.startswith("2021-11-24"):
        pytest.skip(f"ingest did not find the publication date (got {seed_doc.published!r})")
    if any(p.code == "E302" for p in seed_doc.errors):
        pytest.skip("the default pipeline ran out of its time budget (E302) before the stages ended")
    failures = [e for e in expected["timexes"] if not _matches(seed_doc, e)[0]]
    assert not failures, failures


def test_seed_timex_spans_align(seed_anchored):
    text = seed_anchored.text
    assert seed_anchored.timexes
    for t in seed_anchored.timexes:
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value


def test_seed_check_script_passes_timexes(shared, seed_anchored, tmp_path):
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed_anchored.as_dict(), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(shared / "eval" / "seed_check.py"),
                             str(shared / "data" / "seed" / "expected.json"), str(path)],
                            capture_output=True, text=True)
    timex_lines = [line for line in result.stdout.splitlines() if "timexes" in line.lower()]
    assert timex_lines, result.stdout
    assert not [line for line in timex_lines if "FAIL" in line], timex_lines


# Floors pinned a little under the numbers measured on the first 20 AQUAINT documents
# (strict 0.877, relaxed 0.928, value 0.732); lowering one is a deliberate change.
FLOORS = {"strict f1": 0.85, "relaxed f1": 0.90, "value f1": 0.70}


def test_timeml_score_floor(shared, tmp_path):
    gold_rows = []
    with (shared / "data" / "time" / "aquaint" / "docs.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            gold_rows.append(json.loads(line))
            if len(gold_rows) >= 20:
                break
    documents = [dateline.extract(g["text"], published=g["dct"], clean=False, id=str(g["id"]),
                                  format="text") for g in gold_rows]
    predicted = list(Pipeline(stages=("entities", "timexes")).run(documents))
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold_rows), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(d.as_dict()) + "\n" for d in predicted), encoding="utf-8")
    result = subprocess.run([sys.executable, str(shared / "eval" / "timex_score.py"),
                             str(gold_path), str(pred_path), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout.splitlines()[0])
    for name, floor in FLOORS.items():
        assert scores[name] >= floor, (name, scores[name], floor)
