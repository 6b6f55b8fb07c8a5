"""Non-events out of the events stage (2026-12-07 twenty-first session, issue 15, evfp21):
technical inquiries into accidents and unexplained deaths; lockdowns and curfews of an epidemic or
storm story; thanks to one's own supporters; laws signed. Sentences written for the test, not
taken from any labelled or evaluation set."""

from __future__ import annotations

import pytest

from test_events_helpers import event_types

ACTORS = {
    "po": ("XYZ", "group", "police", "Police", "police"),
    "bd": ("XYZ", "group", "safety board", "The safety board", "the safety board"),
    "fb": ("XYZ", "group", "FBI", "The FBI"),
    "se": ("XYZ", "person", "senator", "the senator's", "the senator"),
    "mi": ("XYZ", "group", "ministry", "The ministry", "the ministry"),
    "ma": ("XYZ", "person", "mayor", "The mayor", "the mayor"),
    "go": ("XYZ", "person", "governor", "The governor", "the governor"),
    "ru": ("RUS", "country", "Russia", "Russia"),
    "ir": ("IRN", "country", "Iran", "Iran"),
    "iq": ("IRQ", "country", "Iraq", "Iraq"),
}


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


def types(text):
    return event_types(text, ACTORS)


# --- inquiries into accidents and unexplained deaths ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police were investigating the conditions leading up to his death.",
    "The safety board began an investigation of the crash on Tuesday.",
    "Police have been investigating the cause of the fire since Monday.",
    "The safety board is investigating the derailment of the train.",
])
def test_an_inquiry_into_an_accident_is_no_event(text):
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize("text", [
    "Police are investigating the attack on the mosque.",
    "The FBI opened an investigation into the senator's finances.",
    "Police are investigating the death as a murder.",
    "Police are investigating the senator over the death of a driver.",
])
def test_a_criminal_inquiry_stays_an_investigation(text):
    assert "ACCUSE" in types(text)


# --- public-health and safety measures told by their noun ----------------------------------------

EPIDEMIC = ("The virus has spread to every province. Hospitals reported new cases of the virus "
            "on Monday as the outbreak grew. ")


@pytest.mark.parametrize("text", [
    EPIDEMIC + "The mayor extended the city lockdown to May 1.",
    EPIDEMIC + "The ministry imposed curfews in the two largest cities.",
])
def test_a_lockdown_in_an_epidemic_is_no_coercion(text):
    assert "COERCE" not in types(text)


@pytest.mark.parametrize("text", [
    "The ministry imposed curfews in the two largest cities after protesters burned a bank.",
    EPIDEMIC + "The ministry imposed a curfew on the city after protesters burned a bank.",
])
def test_a_curfew_against_unrest_stays_coercion(text):
    assert "COERCE" in types(text)


# --- thanks and signatures that are no interaction between parties --------------------------------

@pytest.mark.parametrize("text", [
    "The governor announced her candidacy in a video in which she thanked her supporters.",
    "The mayor thanked all for their concerns.",
    "The governor signed the Clean Water Act on Wednesday.",
])
def test_thanks_to_supporters_and_laws_signed_are_no_events(text):
    assert "SUPPORT" not in types(text)


@pytest.mark.parametrize("text", [
    "The governor thanked Russia for its support.",
    "The mayor thanked the police staff for their courage.",
    "Iran and Iraq signed an agreement on Monday.",
])
def test_thanks_to_a_party_and_agreements_signed_stay_support(text):
    assert "SUPPORT" in types(text)
