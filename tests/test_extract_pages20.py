"""Twentieth session (inghtml20): benchmarks/extract_pages.py puts each page where dateline's HTML body F1
falls below trafilatura's default run down to one step. The scores here are invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import extract_pages  # noqa: E402


def scores(trafilatura: float, bare: float, source: float, dateline: float, full: float) -> dict[str, float]:
    return dict(zip(extract_pages.SYSTEMS, (trafilatura, bare, source, dateline, full)))


@pytest.mark.parametrize("f1, step", [
    (scores(0.90, 0.90, 0.95, 0.95, 0.80), None),                  # dateline above trafilatura
    (scores(0.90, 0.90, 0.89, 0.89, 0.60), None),                  # below, but within the margin
    (scores(0.95, 0.60, 0.60, 0.60, 0.60), "comments"),            # trafilatura's gain is the comment thread
    (scores(0.95, 0.95, 0.95, 0.70, 0.70), "post-processing"),     # dateline's rules cut its own source
    (scores(0.95, 0.95, 0.60, 0.60, 0.96), "fallback choice"),     # the full-mode body would have done
    (scores(0.95, 0.95, 0.60, 0.60, 0.70), "extraction"),          # neither body reaches trafilatura's
])
def test_losing_step(f1, step):
    assert extract_pages.losing_step(f1, 0.02) == step


def test_a_wider_margin_counts_fewer_pages():
    f1 = scores(0.95, 0.95, 0.92, 0.92, 0.92)
    assert extract_pages.losing_step(f1, 0.02) == "extraction"
    assert extract_pages.losing_step(f1, 0.05) is None
