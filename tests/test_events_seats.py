"""A protest at the seat of a party is aimed at that party (2026-12-05, issue 15): "rallied
outside the US embassy" is coded against the United States. Sentences written for the test;
actors given by hand."""

from __future__ import annotations

import pytest

from test_events_helpers import run_events

ACTORS = {"us": ("USA", "country", "US"), "st": (None, "group", "Students")}


def _protest_targets(nlp, text):
    events, by_id = run_events(nlp, text, ACTORS)
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests, [(e.type, e.cameo) for e in events]
    return [by_id[a].name for a in protests[0].target]


@pytest.mark.parametrize("text", [
    "Students rallied outside the US embassy on Monday.",
    "Students rallied in front of the US embassy on Monday.",
    "Students marched to the US consulate on Monday.",
])
def test_a_protest_at_an_embassy_targets_its_country(nlp, text):
    assert _protest_targets(nlp, text) == ["US"]


def test_a_protest_near_a_place_that_is_no_seat_names_no_target(nlp):
    assert _protest_targets(nlp, "Students rallied outside the US store on Monday.") == []
