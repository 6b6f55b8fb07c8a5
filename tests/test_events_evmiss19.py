"""The misses left by the eighteenth session (2026-12-07 nineteenth session, issue 15, evmiss19),
as general rules, on invented sentences through the whole pipeline: officials dismissed by the
state (CAMEO 172; by a company none), aid delivered, sent or flown in, "asked X to do Y" a
request, a country that beats another a side in a contest (no assault, and no state at hand for a doerless
restriction), a passive eviction whose "from" is no doer, strikes and walkouts told by the verb
alone, and a second month or day of a clause told as future no past time.

``tests/data/events_evmiss19_heldout.jsonl`` is the held-out set written before the change
(``benchmarks/events_invented.py`` scores it); ``events_evmiss19_dev.jsonl`` holds the lead's
examples the rules were written against. The held-out set is a benchmark, not a gate here.
"""

from __future__ import annotations

import pytest

from dateline.events import propose
from test_events_helpers import has_event as has, pipeline_events

MARCH = "2026-03-10"  # a Tuesday


def annotated(text, published=MARCH):
    return pipeline_events(text, published, companions=True)


@pytest.mark.parametrize("text,doer", [
    ("The president sacked his defence minister on Friday.", "president"),
    ("The king dismissed the army commander on Monday.", "king"),
])
def test_an_official_dismissed_by_the_state_is_an_administrative_sanction(text, doer):
    events = annotated(text)
    assert has(events, "COERCE", "172", doer), events
    assert not has(events, "ASSAULT"), events  # "fired the ... chief" is no shooting


@pytest.mark.parametrize("text", [
    "The company fired its chief of staff after the scandal.",
    "The bank sacked two senior officials over the losses.",
])
def test_a_dismissal_by_a_company_is_none(text):
    events = annotated(text)
    assert not any(e["type"] in ("COERCE", "ASSAULT", "SANCTION") for e in events), events


@pytest.mark.parametrize("text,doer", [
    ("The government delivered food to the flooded villages.", "government"),
    ("The army airlifted relief supplies to the cut-off towns.", "army"),
])
def test_aid_delivered_or_flown_in_is_aid(text, doer):
    assert has(annotated(text), "AID", "070", doer)


def test_a_parcel_delivered_is_no_aid():
    assert not has(annotated("The shop delivered the sofa to the wrong house."), "AID")


def test_asked_to_do_something_is_a_request_by_its_form():
    events = annotated("The fishermen's families asked the navy to resume the search.")
    assert has(events, "REQUEST", "020", "families"), events


def test_a_country_that_beats_another_is_a_side_in_a_contest():
    events = annotated("Brazil beat Argentina in Rio on Sunday.")
    assert not has(events, "ASSAULT"), events


def test_a_country_that_beats_people_still_assaults():
    events = annotated("Israel beat the Palestinian prisoners, the report said.")
    assert has(events, "ASSAULT", "182"), events


def test_a_country_in_a_contest_is_no_state_at_hand_for_a_doerless_restriction():
    events = annotated("Fans were barred from entering the stadium after Brazil beat Argentina.")
    assert not has(events, "COERCE"), events
    # the state named otherwise still is
    events = annotated("Soldiers surrounded the stadium. Fans were barred from entering it.")
    assert has(events, "COERCE", "191"), events


def test_a_passive_eviction_with_no_doer_takes_from_as_the_place():
    events = annotated("The authorities razed the shanties on Monday. "
                       "Dozens of families were evicted from the riverbank settlement.")
    assert has(events, "COERCE", "174"), events
    assert not any("settlement" in s for e in events for s in e["source"]), events


def test_a_passive_eviction_with_no_state_at_hand_is_none():
    events = annotated("Dozens of families were evicted from the riverbank settlement.")
    assert not has(events, "COERCE"), events


@pytest.mark.parametrize("text,cameo", [
    ("Nurses will strike.", "143"),
    ("Dockers will walk out on Friday.", "143"),
])
def test_a_strike_told_by_the_verb_alone(text, cameo):
    assert has(annotated(text), "PROTEST", cameo)


@pytest.mark.parametrize("text", [
    "Militants struck again in the valley.",
    "The doctor walked out of the hospital.",
])
def test_an_armed_groups_strike_or_a_walk_out_of_a_place_is_no_strike(text):
    assert not has(annotated(text), "PROTEST")


def test_a_second_month_day_of_a_future_clause_is_no_past_time():
    events = annotated("Nurses will strike on February 16 and hold a rally on February 18.")
    dates = {e["cameo"]: e["date"] for e in events if e["type"] == "PROTEST"}
    assert dates.get("143") == "2027-02-16", events
    assert dates.get("141") == "2027-02-18", events  # "hold" shares the "will" of "strike"


def test_a_past_time_in_the_sentence_still_holds_the_month_back():
    # the reporter's time is a past time on the verb that tells the clause
    events = annotated("Last week the nurses said they will strike on February 16.")
    assert any(e["type"] == "PROTEST" and e["date"] == "2026-02-16" for e in events), events


def test_the_one_proposal_reads_its_word_once(monkeypatch):
    """propose._alone reads the proposal's word (trigger_of) once, not again in _drafted."""
    calls = []
    word = object()

    def trigger_of(model, sent, label):
        calls.append((sent, label))
        return word

    monkeypatch.setattr(propose, "trigger_of", trigger_of)
    monkeypatch.setattr(propose, "vetoed_at", lambda vetoes, label, token: False)
    monkeypatch.setattr(propose, "candidate_of", lambda token, label: (token, label))
    monkeypatch.setattr(propose, "confidence", lambda probability, proposal: probability)
    probs = {0: {label: 0.0 for label in propose.learned.TYPES},
             1: {label: 0.0 for label in propose.learned.TYPES}}
    label = next(t for t in propose.learned.TYPES if t != "NONE")
    probs[0][label], probs[1][label] = 0.95, 0.97
    made = []

    def make(candidate, number):
        made.append((candidate, number))
        return []

    model = type("M", (), {"proposal": None})()
    propose._alone(model, ["s0", "s1"], probs, make, {0: [("x", 0, 1)], 1: [("x", 0, 1)]})
    assert made == [((word, label), 1)]
    assert calls.count(("s1", label)) == 1
