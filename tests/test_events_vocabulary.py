"""Classes of event vocabulary added in the fifth session (labour strikes, protesting crowds,
deals struck, custody, restrictions eased, aid cut, meetings cancelled, weapons platforms), on
invented sentences and hand-built actors so that no other stage is involved."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from test_events_helpers import run_events


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


ACTORS = {
    "ma": ("MLI", "country", "Maliland"),
    "no": ("NOR", "country", "Nordland"),
    "un": (None, "group", "union", "The union"),
    "po": (None, "group", "police", "Police", "The police"),
    "fa": (None, "group", "farmers", "Protesting farmers"),
    "af": (None, "group", "Air Force", "The Air Force"),
    "rb": (None, "group", "rebels", "Rebels"),
}


def types_of(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return [(e.type, e.cameo) for e in events]


def plover(text):
    return {t for t, _ in types_of(text)}


@pytest.mark.parametrize("text", [
    "Workers at the mine are on strike.",
    "The teachers' strike entered its second week.",
    "A general strike paralysed the capital.",
    "Workers staged a two-day work stoppage.",
    "Striking miners gathered outside the company offices.",
])
def test_labour_strikes_are_protests(text):
    assert "PROTEST" in plover(text)


def test_a_strike_on_a_military_target_is_an_attack_and_a_union_strike_is_not():
    assert plover("The Air Force carried out a strike on a militant camp.") == {"ASSAULT"}
    assert plover("The union carried out a strike on Monday.") == {"PROTEST"}


def test_an_adjective_striking_is_no_event():
    assert plover("The striking resemblance surprised everyone.") == set()


def test_protesting_crowd_is_the_protester():
    events, by_id = run_events(nlp_module.load(),
                               "Protesting farmers were baton-charged by police.", ACTORS)
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and [by_id[a].name for a in protests[0].source] == ["farmers"]
    assert "ASSAULT" in {e.type for e in events}


@pytest.mark.parametrize("text", [
    "Rebels and Maliland struck a deal on the release of hostages.",
    "Maliland and Nordland sealed a deal on Tuesday.",
])
def test_deals_struck_are_agreements_not_attacks(text):
    found = plover(text)
    assert "AGREE" in found and "ASSAULT" not in found


@pytest.mark.parametrize("text", [
    "Police placed the opposition leader under house arrest.",
    "Police remanded the suspects in custody.",
    "Police locked up three journalists.",
])
def test_custody_named_by_its_place_is_an_arrest(text):
    assert ("COERCE", "173") in types_of(text)


def test_restrictions_eased_whatever_their_name():
    assert ("CONCEDE", "081") in types_of("Maliland lifted travel curbs on Nordland.")
    assert ("RETREAT", "085") in types_of("Nordland suspended a digital tax on Maliland firms.")
    assert ("RETREAT", "086") in types_of("Maliland has opened its borders to Nordland.")


def test_aid_reduced_and_meetings_cancelled():
    assert ("SANCTION", "162") in types_of("Nordland reduced military aid to Maliland.")
    assert ("REJECT", "125") in types_of("Maliland cancelled a planned visit to Nordland.")


def test_weapons_platforms_stand_for_their_users():
    assert "ASSAULT" in plover("Fighter jets bombed rebel positions in the north.")
    assert "ASSAULT" in plover("Helicopter gunships strafed the village.")


def test_forces_pulled_back_and_weapons_handed_over_are_retreats():
    events, by_id = run_events(nlp_module.load(), "Maliland pulled all its forces from the region.",
                               ACTORS)
    retreats = [e for e in events if e.type == "RETREAT"]
    assert retreats and [by_id[a].name for a in retreats[0].source] == ["Maliland"]
    assert not retreats[0].target  # the forces are Maliland's own, no target
    assert "RETREAT" in plover("Rebels handed over their weapons to Maliland.")


def test_observers_and_aid_let_in_allow_access():
    assert ("RETREAT", "086") in types_of("Maliland allowed election observers back into Nordland.")
    assert ("RETREAT", "0863") in types_of("Maliland permitted aid convoys into the town.")
