"""Police and security-force actions (2026-12-07 twentieth session, issue 15, evrules20), as
general rules, on invented sentences through the whole pipeline: the doer named by a security
noun ("federal agents", "border guards", "cops"), the hyphenated verb the parser reads as an
adjective of its object ("Police baton-charged opposition supporters"), a clause of time split
at its conjunction ("arrested after X was stabbed"), crowd control and custodial deaths named by
a noun, kettling, dispersal and blows with batons.

``tests/data/events_police20_heldout.jsonl`` is the held-out set written before the change
(``benchmarks/events_invented.py`` scores it); none of its sentences is used here.
"""

from __future__ import annotations

import pytest

from test_events_helpers import has_event as has, pipeline_events, target_has


@pytest.mark.parametrize("text,kind,doer", [
    ("Federal agents arrested two men outside the courthouse.", "COERCE", "federal agents"),
    ("Security agents detained the activist in Lagos.", "COERCE", "security agents"),
    ("Border guards beat the migrants near the fence.", "ASSAULT", "border guards"),
    ("Cops thrashed the protesters outside the station.", "ASSAULT", "cops"),
    ("Gendarmes fired tear gas at the marchers.", "ASSAULT", "gendarmes"),
])
def test_a_security_noun_is_the_doer(text, kind, doer):
    events = pipeline_events(text)
    assert has(events, kind, doer=doer), events


def test_real_estate_agents_are_no_security_force():
    events = pipeline_events("The real estate agents met the buyers on Monday.")
    assert not any("agents" in s for e in events for s in e["source"] if e["type"] in
                   ("ASSAULT", "COERCE")), events


@pytest.mark.parametrize("text,victims", [
    ("Police baton-charged opposition supporters near the stadium.", "supporters"),
    ("Police baton-charged students near the campus.", "students"),
    ("Police lathi-charged farmers protesting outside the office.", "farmers"),
])
def test_a_hyphenated_verb_read_as_an_adjective_keeps_doer_and_target(text, victims):
    events = pipeline_events(text)
    assert has(events, "ASSAULT", "175", "police"), events
    assert target_has(events, "ASSAULT", victims), events
    # the force is no part of the victims' phrase
    assert not any("police" in t for e in events for t in e["target"]), events


def test_a_split_clause_of_time_keeps_its_subject():
    text = ("A man has been arrested after Jan Kowal, mayor of the town of Lublin, was stabbed "
            "at a concert.")
    events = pipeline_events(text)
    assert target_has(events, "ASSAULT", "jan kowal"), events


def test_a_coordinated_clause_without_a_conjunction_of_time_is_left_alone():
    events = pipeline_events("Police arrested the driver and were praised by the mayor.")
    assert has(events, "COERCE", doer="police"), events


@pytest.mark.parametrize("text,cameo", [
    ("The lathi charge on the students drew criticism.", "175"),
    ("The baton charge by the police left ten students injured.", "175"),
    ("The custodial death of a teenager sparked protests in the town.", "180"),
])
def test_a_police_act_named_by_a_noun(text, cameo):
    assert has(pipeline_events(text), "ASSAULT", cameo), text


@pytest.mark.parametrize("text", [
    "The charges against the minister were dropped.",
    "His death shocked the village.",
    "The court heard the charges on Monday.",
])
def test_a_legal_charge_or_a_death_alone_is_no_police_act(text):
    events = pipeline_events(text)
    assert not has(events, "ASSAULT", "175") and not has(events, "ASSAULT", "180"), events


@pytest.mark.parametrize("text,cameo", [
    ("Riot police kettled the marchers in the square.", "175"),
    ("Police dispersed the striking workers with batons.", "175"),
    ("Officers hit the protesters with batons.", "182"),
])
def test_kettling_dispersal_and_blows(text, cameo):
    assert has(pipeline_events(text), "ASSAULT", cameo, "police" if "olice" in text else "officers")


def test_a_ball_hit_with_a_club_is_no_assault():
    assert not has(pipeline_events("The golfer hit the ball with a club."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The teacher dispersed the students into small groups.",
    "The manager dispersed the workers to other sites.",
    "Police used canes to guide the elderly visitors.",
])
def test_people_sent_somewhere_or_a_walking_cane_is_no_assault(text):
    """Review findings on the dispersal and lathi rows: "dispersed N into / to …" spreads people
    out, and a cane is a walking aid in most news."""
    assert not has(pipeline_events(text), "ASSAULT"), pipeline_events(text)
