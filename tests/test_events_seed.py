"""The seed article's events, checked with the shared expectations and scorer logic."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# The floor: at least 10 of the seed's 11 expected events.
SEED_EVENTS_FLOOR = 10


def test_seed_events_meet_the_floor(seed_doc, expected, shared, tmp_path):
    path = tmp_path / "seed.jsonl"
    path.write_text(json.dumps(seed_doc.as_dict()) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared / "eval" / "seed_check.py"),
                          str(shared / "data" / "seed" / "expected.json"), str(path)],
                         capture_output=True, text=True)
    lines = [line for line in out.stdout.splitlines() if line.split()[1:2] == ["events"]]
    assert len(lines) == len(expected["events"])
    passed = [line for line in lines if line.startswith("PASS")]
    assert len(passed) >= SEED_EVENTS_FLOOR, "\n".join(lines)


def test_seed_planned_talks_are_planned_and_held_talks_asserted(seed_doc):
    consults = [e for e in seed_doc.events if e.type == "CONSULT"]
    next_week = [e for e in consults if "next week" in e.evidence.text]
    october = [e for e in consults if "held in October" in e.evidence.text]
    assert next_week and next_week[0].modality == "planned" and next_week[0].date == "2021-W48"
    assert october and october[0].modality == "asserted" and october[0].date == "2021-10"


def test_seed_events_are_well_formed(seed_doc):
    actor_ids = {a.id for a in seed_doc.actors}
    assert seed_doc.events, "no events in the seed"
    for event in seed_doc.events:
        assert set(event.source) <= actor_ids and set(event.target) <= actor_ids
        assert event.modality in ("asserted", "planned", "hypothetical", "negated", "requested")
        assert 0.0 < event.confidence < 1.0
        for span in (event.trigger, event.evidence, *event.mentions):
            assert seed_doc.text[span.start:span.end] == span.text


def test_seed_lede_repeats_are_mentions_not_events(seed_doc):
    planned = [e for e in seed_doc.events if e.type == "CONSULT" and e.modality == "planned"
               and "next week" in e.evidence.text]
    assert planned and planned[0].mentions, "the repeated lede should be folded in as a mention"


@pytest.mark.parametrize("phrase,mode", [("seized nearly", "seize"), ("deported some", "deport")])
def test_seed_coerce_modes(seed_doc, phrase, mode):
    found = [e for e in seed_doc.events if e.type == "COERCE" and phrase in e.evidence.text]
    assert found and found[0].mode == mode
