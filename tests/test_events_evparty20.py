"""Parties of events (2026-12-07, issue 15, evparty20), on invented sentences through the whole
pipeline: the doer's own envoy or troops are no target when another party is named, a target
phrase the actors stage linked to the doer takes the other actor named inside it, an attack noun
that is a verb's instrument takes the verb's subject and object, and a verbal act's target may
stand in its complement's object."""

from __future__ import annotations

import pytest

from test_events_helpers import pipeline_events


def events_of(text):
    return pipeline_events(text, "2026-03-10")


def parties(events, kind, side):
    return [name for e in events if e["type"] == kind for name in e[side]]


@pytest.mark.parametrize("text,kind,target", [
    ("Canada recalled its diplomats from Venezuela.", "SANCTION", "venezuela"),
    ("Turkey deployed its troops to Libya.", "MOBILIZE", "libya"),
])
def test_own_envoy_or_troops_give_way_to_the_party_named(text, kind, target):
    events = events_of(text)
    targets = parties(events, kind, "target")
    assert any(target in t for t in targets), events
    assert not any(word in t for t in targets for word in ("diplomats", "troops")), events


def test_own_envoy_stays_the_target_when_no_other_party_is_named():
    events = events_of("Italy recalled its ambassador.")
    assert any("ambassador" in t for t in parties(events, "SANCTION", "target")), events


def test_a_target_linked_to_the_doer_takes_the_party_inside_it():
    events = events_of("Police in Lagos arrested five members of the IPOB separatist group.")
    targets = parties(events, "COERCE", "target")
    assert any("ipob" in t for t in targets), events
    assert not any("police" in t for t in targets), events


def test_an_attack_noun_as_instrument_takes_the_verbs_parties():
    events = events_of("Iraqi jets pounded Islamic State positions in Syria with airstrikes.")
    assault = [e for e in events if e["type"] == "ASSAULT"]
    assert assault and all(e["source"] and e["target"] for e in assault), events


def test_a_refusal_targets_the_party_in_its_complements_object():
    events = events_of("The court refused to lift the ban imposed on the Muslim Brotherhood.")
    assert any("brotherhood" in t for t in parties(events, "REJECT", "target")), events
