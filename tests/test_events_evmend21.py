"""A reviewer's findings on evrules21's rules (issue 15, evmend21), as general rules, on invented
sentences through the whole pipeline: the headline-participle rule reads only a force's entry
through a preposition of aim at people, and only on a force's noun ("Bus set on fire", "taken into
custody", "charged at rally" are no act of force); a capital object is its government only after
a verb of pressure whose subject is a state party ("The singer thanked Paris" is not France's
government); a capitalised unit's name is a security unit only in a security context ("The Old
Guard topped the charts")."""

from __future__ import annotations

import pytest

from dateline.nlp import parse
from test_events_evrules21 import actors_of, pipeline  # noqa: F401 (the module's pipeline fixture)
from test_events_helpers import has_event as has, pipeline_events, target_has


# 1. the headline participle: only a force's entry, at people, on a force's noun

@pytest.mark.parametrize("text,verb", [
    ("Two suspects taken into custody after the shooting in Dallas.", "taken"),  # the reviewer's
    ("Bus set on fire in Delhi during the protest.", "set"),  # the reviewer's
    ("Three climbers taken into hospital after the avalanche.", "taken"),
    ("Old warehouse set on fire near the docks.", "set"),
])
def test_no_headline_active_reading_off_a_force_entry_at_people(verb, text):
    from dateline.events.patterns import misread_headline_verb

    doc = next(iter(parse([text])))
    assert not misread_headline_verb(next(t for t in doc if t.lower_ == verb))


def test_a_suspect_taken_into_custody_is_the_one_detained():
    events = pipeline_events("Two suspects taken into custody after the shooting in Dallas.")
    assert not any("suspects" in s for e in events for s in e["source"]), events


@pytest.mark.parametrize("text", [
    "Opposition leader charged at rally in Lagos over his speech.",  # the reviewer's: a legal charge
    "Students charged into crowd at graduation ceremony.",  # the reviewer's
    "Party chairman charged at march in Accra over the riot.",
    "Fans charged into crowd at the final whistle.",
])
def test_a_charge_at_an_event_or_by_other_people_is_no_assault(text):
    events = pipeline_events(text)
    assert not any(e["type"] == "ASSAULT" for e in events), events


@pytest.mark.parametrize("text,doer", [
    ("French police charged at protesters outside the town hall.", "police"),  # must stay active
    ("Armed troops fired on villagers near the border post.", "troops"),
])
def test_a_force_charging_or_firing_at_people_stays_active(text, doer):
    events = pipeline_events(text)
    assert any(e["type"] == "ASSAULT" and any(doer in s for s in e["source"]) for e in events), events


# 2. a capital object: a verb of pressure, a state party its subject

@pytest.mark.parametrize("text,capital", [
    ("The singer thanked Paris for a wonderful night at the stadium.", "Paris"),  # the reviewer's
    ("Fans across Spain backed Madrid in the Champions League final.", "Madrid"),  # the reviewer's
    ("The coach told Rome that the team would fight.", "Rome"),  # the reviewer's
    ("The band praised Berlin for its warm welcome.", "Berlin"),
    ("Local shopkeepers warned Lisbon tourists about pickpockets.", "Lisbon"),
])
def test_a_capital_object_of_courtesy_or_of_a_private_subject_is_no_government(pipeline, text, capital):
    assert actors_of(pipeline, text).get(capital, (None, None))[1] != "GOV", actors_of(pipeline, text)


@pytest.mark.parametrize("text,kind,capital", [
    ("Tokyo warned Beijing against any move on the disputed islands.", "THREATEN", "beijing"),
    ("The foreign ministry condemned Hanoi for the arrests.", "ACCUSE", "hanoi"),
])
def test_a_capital_object_of_a_state_party_stays_its_government(text, kind, capital):
    assert target_has(pipeline_events(text), kind, capital)


# 3. a unit's name: a security context, no apposition of a thing

@pytest.mark.parametrize("text,name", [
    ("Task Force, the new productivity app, helped teams plan their week.", "Task Force"),  # reviewer's
    ("The Old Guard topped the Netflix charts last weekend.", "Old Guard"),  # the reviewer's
    ("Task Force, a new film by Ana Ruiz, opens on Friday.", "Task Force"),
    ("Task Force, the board game, sold two million copies in its first week.", "Task Force"),
])
def test_a_unit_name_out_of_a_security_context_is_no_actor(pipeline, text, name):
    doc = next(iter(parse([text])))
    unit = next(t for t in doc if t.text == name.split()[-1])
    assert unit.ent_type_ != "ORG"  # a name the unit rule reads (spaCy's ORGs are read elsewhere)
    assert name not in actors_of(pipeline, text)


@pytest.mark.parametrize("text,kind,doer", [
    ("The Special Task Force detained a militant commander near Kokrajhar.", "COERCE", "special task force"),
    ("The Mountain Guard arrested two smugglers at the pass.", "COERCE", "mountain guard"),
])
def test_a_unit_in_a_security_context_stays_the_doer(text, kind, doer):
    assert has(pipeline_events(text), kind, doer=doer)


def test_fans_backing_a_city_back_no_government():
    events = pipeline_events("Fans across Spain backed Madrid in the Champions League final.")  # the reviewer's
    assert not any(e["target"] for e in events if e["type"] == "SUPPORT"), events
