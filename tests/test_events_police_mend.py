"""The police-actions change mended after review (2026-12-07 sixteenth session, issue 15,
evmend16), on invented sentences and hand-built actors: a killing a sentence after a repression
by the same force stays its own event; a company's service cut is no state restriction; a death
after a clause is a killing only when the clause harmed people and the death had no illness for
its cause; a "round" shot into a crowd is a shot; ammunition used in training and a crowd broken
up by the rain are no force."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events.stage import COMPANION_CONFIDENCE
from test_events_helpers import run_events

ACTORS = {"si": (None, "person", "singer", "The singer"),
          "fa": (None, "group", "Arsenal fans"),
          "po": (None, "group", "police", "Police"),
          "pr": (None, "group", "protesters", "Protesters"),
          "ma": (None, "person", "One man"),
          "co": (None, "organization", "Comcast"),
          "ba": (None, "group", "bank", "The bank"),
          "go": (None, "group", "government", "The government"),
          "sp": (None, "person", "spectator", "A spectator"),
          "ro": (None, "person", "Ronaldo"),
          "gr": (None, "person", "Her grandfather"),
          "ge": (None, "group", "Germans"),
          "pl": ("POL", "country", "Poland"),
          "su": (None, "person", "supporter", "A supporter", "suspect", "The suspect"),
          "ci": (None, "organization", "City"),
          "li": (None, "organization", "Liverpool"),
          "so": (None, "person", "soldier", "A soldier"),
          "cr": (None, "group", "crowd"),
          "te": (None, "person", "teenager", "a teenager"),
          "ar": (None, "group", "army", "The army")}


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


def events_of(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return [e for e in events if e.confidence > COMPANION_CONFIDENCE]


def test_a_killing_after_a_repression_by_the_same_force_is_its_own_event():
    """The pepper-spraying (175) had lost its target once a sentence came before it (the parser
    hung "Protesters" on the passive's auxiliary) and then took in the killing a sentence later
    (190: one type, one source, one of them without a target): the killing was gone."""
    found = events_of("The singer was injured in the clash with Arsenal fans outside the ground, "
                      "police said.\n\nProtesters were pepper-sprayed by police outside "
                      "parliament on Friday.\n\nOne man was killed and five injured when police "
                      "opened fire on the march.")
    assert any(e.cameo == "175" and e.source == ("po",) and e.target == ("pr",) for e in found)
    assert any(e.cameo.startswith("19") and e.source == ("po",) and e.target == ("ma",)
               for e in found)


@pytest.mark.parametrize("text,restricted", [
    ("Comcast cut internet access for 2,000 customers who had not paid their bills.", False),
    ("The bank cut mobile internet services for customers in arrears.", False),
    ("The government cut internet access in the region ahead of the vote.", True),
])
def test_internet_cut_is_a_restriction_only_by_the_state(text, restricted):
    assert any(e.cameo == "1721" for e in events_of(text)) == restricted


@pytest.mark.parametrize("text", [
    "A spectator died after Ronaldo shot the ball into the stand during the warm-up.",
    "Her grandfather died when the Germans invaded Poland in 1939.",
    "A supporter died of a heart attack after City beat Liverpool 3-0 on Sunday.",
    "The suspect died in custody of a heart attack, the coroner said.",
])
def test_a_death_after_a_clause_that_harmed_no_one_is_no_killing(text):
    """"Died when/after" takes the doer of a clause that harmed people ("when police opened
    fire"), not of an invasion of a country, a ball shot or a match won; a death of an illness
    ("died of a heart attack", in custody or not) is no one's harm."""
    found = events_of(text)
    assert not any(e.trigger.text == "died" for e in found)
    assert not any(e.type == "ASSAULT" and e.target in (("sp",), ("gr",), ("su",))
                   for e in found)


@pytest.mark.parametrize("text,of_illness", [
    ("Two soldiers died from the blast near the checkpoint.", False),  # a cause, but no illness
    ("He died of his injuries from the attack by gunmen.", False),
    ("He died of gunshot wounds.", False),
    ("The suspect died of a heart attack.", True),
    ("The suspect died in custody of a heart attack.", True),
    ("She died from cancer last year.", True),
])
def test_only_an_illness_or_a_natural_cause_makes_a_death_no_attack(text, of_illness):
    from dateline.events.patterns import died_of_a_cause

    died = next(t for t in nlp_module.load()(text) if t.lemma_ == "die")
    assert died_of_a_cause(died) == of_illness


def test_a_death_of_wounds_after_a_firing_is_still_a_killing():
    found = events_of("The suspect died of gunshot wounds after police opened fire.")
    assert any(e.trigger.text == "died" and e.source == ("po",) and e.target == ("su",)
               for e in found)


def test_a_round_shot_into_a_crowd_is_a_shot():
    found = events_of("A soldier shot a round into the crowd, killing a teenager.")
    assert any(e.trigger.text == "shot" and e.cameo == "193" and e.source == ("so",)
               for e in found)


@pytest.mark.parametrize("text", [
    "The army used ammunition from old stocks for training.",
    "The rain broke up the crowd before the final whistle.",
])
def test_ammunition_in_training_and_a_crowd_broken_up_by_rain_are_no_force(text):
    assert not any(e.type in ("ASSAULT", "COERCE") for e in events_of(text))
