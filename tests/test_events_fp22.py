"""Non-events of sport, talk and forecasts out of the events stage (2026-12-07 twenty-second
session, issue 15, evfp22; events/sanity.py): a result or play of a match is no assault; an
attack in words on a rival's record, plan or handling of something is a criticism (ACCUSE); a
warning that is a forecast or advice is no threat. The near misses beside each stay. Sentences
written for the test, not taken from any labelled or evaluation set, nor from
tests/data/events_fp22_heldout.jsonl."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events import learned
from test_events_helpers import run_events

ACTORS = {
    "po": ("XYZ", "group", "police", "Police", "police"),
    "gu": ("XYZ", "group", "gunmen", "Gunmen", "gunmen"),
    "se": ("XYZ", "person", "senator", "The senator", "the senator"),
    "go": ("XYZ", "person", "governor", "The governor", "the governor"),
    "pm": ("XYZ", "person", "prime minister", "The prime minister", "the prime minister"),
    "ch": ("XYZ", "group", "Chelsea", "Chelsea"),
    "ar": ("XYZ", "group", "Arsenal", "Arsenal"),
    "br": ("BRA", "country", "Brazil", "Brazil"),
    "ru": ("RUS", "country", "Russia", "Russia"),
    "ua": ("UKR", "country", "Ukraine", "Ukraine"),
    "bk": ("XYZ", "group", "central bank", "The central bank"),
    "ar2": ("XYZ", "group", "army", "The army", "the army"),
    "mi": ("XYZ", "group", "militia", "The militia", "the militia"),
    "bi": ("USA", "person", "Biden", "Biden"),
    "ob": ("USA", "person", "Obama", "Obama"),
}


@pytest.fixture(autouse=True)
def patterns_alone(monkeypatch):
    monkeypatch.setattr(learned, "load", lambda: None)


def events(text):
    found, _ = run_events(nlp_module.load(), text, ACTORS)
    return found


def types(text):
    return [e.type for e in events(text)]


# --- results and play of a match -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chelsea crushed Arsenal 4-0 at Stamford Bridge on Sunday.",
    "Arsenal attacked down the right wing all match and scored two goals after half-time.",
    "The league season resumed on Saturday. Chelsea attacked from the first whistle and scored "
    "twice. Arsenal hammered their visitors in the other game of the league.",
])
def test_a_match_result_is_no_assault(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked supporters outside the stadium after the match, killing three.",
    "Police attacked fans with batons after the league match on Sunday.",
    "Gunmen attacked the village on Sunday.",
])
def test_force_in_a_sports_story_stays_an_assault(text):
    assert "ASSAULT" in types(text)


# --- attacks in words -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The senator attacked the governor's handling of the floods.",
    "The senator attacked the governor in a television interview on Monday.",
    "The senator attacked the prime minister's decision to raise taxes.",
])
def test_an_attack_in_words_is_a_criticism(text):
    found = types(text)
    assert "ASSAULT" not in found and "ACCUSE" in found


def test_a_criticism_keeps_its_parties():
    found = [e for e in events("The senator attacked the governor's handling of the floods.")
             if e.type == "ACCUSE"]
    assert found and found[0].cameo == "111" and "go" in found[0].target


@pytest.mark.parametrize("text", [
    "Police attacked the senator's convoy with tear gas.",
    "Gunmen attacked the governor's residence overnight.",
])
def test_a_physical_attack_on_a_possession_stays_an_assault(text):
    assert "ASSAULT" in types(text)


# --- warnings that are forecasts or advice --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The central bank warned that unemployment would rise next year.",
    "The senator warned of a sharp fall in exports.",
    "The governor warned residents to keep their windows shut during the heatwave.",
])
def test_a_forecast_or_advice_is_no_threat(text):
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "The militia warned it would attack the army's bases if the talks failed.",
    "Russia warned Ukraine that it would cut gas supplies.",
    "Police warned protesters that they would be arrested.",
    "Russia warned Ukraine of serious consequences.",
    "Russia warned Ukraine on Monday.",
    "The militia warned the army that its fighters would keep advancing.",
])
def test_a_warning_of_ones_own_coercion_stays_a_threat(text):
    assert "THREATEN" in types(text)


# --- an election story ------------------------------------------------------------------------

CAMPAIGN = ("The presidential campaign entered its last week, and the candidates held rallies "
            "across the swing states as polls tightened before the election. ")


def test_an_attack_on_a_rival_in_a_campaign_is_a_criticism():
    found = types(CAMPAIGN + "Obama attacked Biden on Tuesday.")
    assert "ASSAULT" not in found and "ACCUSE" in found


def test_a_win_in_a_campaign_is_no_assault():
    assert "ASSAULT" not in types(CAMPAIGN + "Biden beat Obama in Michigan on Tuesday.")


def test_force_in_a_campaign_stays_an_assault():
    assert "ASSAULT" in types(CAMPAIGN + "Gunmen attacked the senator's convoy, killing two guards.")


def test_a_party_warned_against_its_act_stays_a_threat():
    assert "THREATEN" in types("Russia warned Ukraine against holding the referendum.")


def test_an_assault_named_so_in_a_sports_story_stays():
    assert "ASSAULT" in types("The club sacked its coach after he assaulted a referee at the match.")


@pytest.mark.parametrize("text", [
    "Russia destroyed enemy targets in Ukraine with drones on Monday.",
    "The army crushed the protest in the capital.",
])
def test_force_on_targets_or_protests_is_no_criticism(text):
    assert "ACCUSE" not in types(text)
