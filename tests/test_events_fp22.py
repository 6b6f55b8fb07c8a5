"""Non-events of sport, talk and forecasts out of the events stage (2026-12-07 twenty-second
session, issue 15, evfp22; events/sanity.py): a result or play of a match is no assault; an
attack in words on a rival's record, plan or handling of something is a criticism (ACCUSE); a
warning that is a forecast or advice is no threat. The near misses beside each stay. Sentences
written for the test, not taken from any labelled or evaluation set, nor from
tests/data/events_fp22_heldout.jsonl."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
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


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


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


# --- review mend (review22B, evfpmend22) ----------------------------------------------------------

SPORTS_STORY = ("The league season resumed on Saturday with three fixtures. City won the match "
                "2-1, with the striker scoring twice before half-time, and the coach praised his "
                "players. ")
MEND_ACTORS = {**ACTORS, **{
    "fa": ("XYZ", "group", "fans", "Fans", "fans"),
    "pr": ("XYZ", "group", "protesters", "Protesters", "protesters"),
    "su": ("XYZ", "group", "supporters", "Supporters", "supporters"),
    "yo": ("XYZ", "group", "youths", "Youths", "youths"),
    "ir": ("IRN", "country", "Iran", "Iran", "Tehran"),
    "us": ("USA", "country", "United States", "Washington"),
    "ho": ("YEM", "group", "Houthis", "The Houthis", "Houthis"),
    "sh": ("XYZ", "group", "shipping companies", "shipping companies"),
}}


def mend_types(text, sectors=None):
    """The types found with the mend's actors, ``sectors`` (id -> sector) set on them."""
    from dataclasses import replace

    from dateline.events.stage import find_events
    from test_events_helpers import make_work

    work = make_work(nlp_module.load(), text, MEND_ACTORS)
    work.actors = [replace(a, sector=(sectors or {}).get(a.id)) for a in work.actors]
    find_events(work)
    return [e.type for e in work.events]


@pytest.mark.parametrize("text", [
    "Fans attacked the referee after the match on Sunday.",
    "Protesters attacked the offices of the football club's owners in Milan on Saturday.",
    SPORTS_STORY + "Supporters of the visiting team attacked the team bus as it left the stadium.",
])
def test_crowd_violence_on_no_side_stays_an_assault(text):
    assert "ASSAULT" in mend_types(text)


def test_an_age_range_is_no_score():
    assert "ASSAULT" in mend_types(
        "Youths aged 15-20 attacked a mosque in the northern town overnight.")


def test_a_named_partys_act_is_a_threat_not_a_forecast():
    assert "THREATEN" in mend_types(
        "Iran's foreign minister warned Washington that Tehran would close the Strait of Hormuz.")


@pytest.mark.parametrize("sector, kept", [("REB", True), ("BUS", False)])
def test_an_armed_party_warning_others_off_stays_a_threat(sector, kept):
    # the sentence model proposes this warning (no pattern does): the sanity rule is asked alone
    from dataclasses import replace
    from types import SimpleNamespace

    from dateline.events import sanity
    from dateline.model import Span
    from test_events_helpers import make_work

    text = "The Houthis warned shipping companies to avoid the Red Sea."
    work = make_work(nlp_module.load(), text, MEND_ACTORS)
    work.actors = [replace(a, sector=sector if a.id == "ho" else None) for a in work.actors]
    start = text.index("warned")
    draft = SimpleNamespace(type="THREATEN", cameo="130", trigger=Span(start, start + 6, "warned"),
                            sources=("ho",), targets=("sh",))
    assert sanity._forecast_warning(work, draft) is (not kept)


def test_a_criticism_in_a_sports_story_is_recoded_not_dropped():
    found = mend_types(SPORTS_STORY + "The senator attacked his rival over immigration during the "
                                 "campaign rally in Ohio.")
    assert "ACCUSE" in found
