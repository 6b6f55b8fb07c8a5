"""benchmarks/events_invented.py: a case that names ``intended`` is met only by an event whose
``intended`` is that type ("will provide aid": AGREE with intended AID, not AGREE alone); a case
without it is met by the type (twenty-third session, evrec23)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import events_invented  # noqa: E402


def event(kind, intended="", source=()):
    return {"type": kind, "intended": intended, "date": "2026-03-10", "source": list(source)}


def test_intended_must_match_when_the_case_names_it():
    case = {"type": "AGREE", "intended": "AID"}
    assert events_invented.meets(case, event("AGREE", "AID"))
    assert not events_invented.meets(case, event("AGREE", "CONSULT"))
    assert not events_invented.meets(case, event("AGREE"))


def test_a_case_without_intended_is_met_by_the_type():
    case = {"type": ["AGREE", "SUPPORT"], "source": "japan"}
    assert events_invented.meets(case, event("SUPPORT", source=["japan"]))
    assert events_invented.meets(case, event("AGREE", "AID", source=["japan"]))
    assert not events_invented.meets(case, event("AID", source=["japan"]))
