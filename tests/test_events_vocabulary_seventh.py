"""Event vocabulary of the 2026-12-05 second session (ev-rules): crowd violence named by what is
thrown or set alight, and a harm with its victim named as the object of a verb that judges it
("condemned the killing of ..."), on invented sentences and hand-built actors."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from test_events_helpers import parties, run_events


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


ACTORS = {
    "pa": (None, "group", "party", "The party"),
    "ch": (None, "person", "chairman", "its branch chairman"),
    "mi": (None, "group", "militia", "the militia"),
    "vi": (None, "group", "villagers", "three villagers"),
    "re": (None, "group", "residents", "residents"),
    "cr": (None, "group", "crowd", "The crowd"),
}


def codes(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return {(e.type, e.cameo) for e in events}


@pytest.mark.parametrize("text", [
    "The crowd threw eggs at the minister's car.",
    "The crowd hurled shoes at the speaker.",
])
def test_things_thrown_by_a_crowd_are_a_violent_protest(text):
    assert ("PROTEST", "145") in codes(text)


def test_eggs_bought_are_no_event():
    assert codes("The crowd bought eggs at the market.") == set()


def test_an_office_set_alight_is_arson():
    assert ("ASSAULT", "1712") in codes(
        "On Monday, residents blocked the road and set alight a municipal office.")


@pytest.mark.parametrize("text, trigger, victim", [
    ("The party condemned the shooting of its branch chairman.", "shooting", "chairman"),
    ("The party condemned the killing of three villagers by the militia.", "killing", "villagers"),
])
def test_a_condemned_harm_with_its_victim_named_is_reported(text, trigger, victim):
    events, by_id = run_events(nlp_module.load(), text, ACTORS)
    assert "ACCUSE" in {e.type for e in events}
    _, targets = parties(events, by_id, trigger, text)
    assert targets == [victim]


def test_a_condemned_attack_without_its_victim_is_not_reported_again():
    assert {t for t, _ in codes("The party condemned the attack.")} == {"ACCUSE"}


@pytest.mark.parametrize("text", [
    "A spokeswoman for the party declined to comment on the dispute.",
    "The party declined comment, deferring to the militia.",
    "The party refused to elaborate on the plan.",
])
def test_declining_to_comment_is_no_rejection(text):
    """CAMEO 011 (decline comment) is a statement, which PLOVER does not code."""
    assert "REJECT" not in {t for t, _ in codes(text)}


def test_declining_talks_is_still_a_rejection():
    assert ("REJECT", "120") in codes("The militia declined to attend the talks.")


def test_victim_nouns_are_attack_mentions():
    """patterns.mention_triggers reads VICTIM_OF_NOUNS only for nouns of ASSAULT_MENTION_NOUNS:
    a victim noun outside them would never be read."""
    from dateline.events import cues

    assert cues.VICTIM_OF_NOUNS <= cues.ASSAULT_MENTION_NOUNS
