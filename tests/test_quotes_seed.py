"""The seed article's quote and amount expectations (../shared/data/seed/expected.json), checked
by the project's own checker (../shared/eval/seed_check.py) on the annotated seed."""

from __future__ import annotations

import importlib.util

import pytest


@pytest.fixture(scope="module")
def seed_results(shared, expected, seed_doc):
    spec = importlib.util.spec_from_file_location("seed_check", shared / "eval" / "seed_check.py")
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    return checker.run(expected, seed_doc.as_dict())


def failures(results, section):
    return [description for name, ok, description in results if name == section and not ok]


def test_seed_amounts(seed_results):
    assert any(name == "amounts" for name, _, _ in seed_results)
    assert failures(seed_results, "amounts") == []


def test_seed_quotes(seed_results):
    assert any(name == "quotes" for name, _, _ in seed_results)
    assert failures(seed_results, "quotes") == []


def test_seed_quote_objects(seed_doc):
    """Amount objects and quote spans that the checker does not look at."""
    objects = {a.text: a.object for a in seed_doc.amounts}
    assert any("$9.5 billion" in t and o == "assets" for t, o in objects.items())
    assert any("3.5 million" in t and o == "Afghans" for t, o in objects.items())
    for quote in seed_doc.quotes:
        assert seed_doc.text[quote.start:quote.end] == quote.text
        assert quote.kind in ("direct", "indirect", "mixed", "stance")
