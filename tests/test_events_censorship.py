"""Censorship and intrusion online (2026-12-06 fifteenth session, issue 15): PLOVER's COERCE modes
censor and cyber, on constructed sentences (not gold ones) and hand-built actors, the patterns
alone."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events import learned
from dateline.events.stage import COMPANION_CONFIDENCE
from test_events_helpers import run_events

ACTORS = {"go": (None, "group", "government", "Government", "authorities", "Authorities",
                 "regulator"),
          "ha": (None, "group", "hackers", "Hackers"), "pr": (None, "group", "protesters"),
          "mi": (None, "group", "ministry", "company")}


@pytest.fixture(autouse=True)
def patterns_alone(monkeypatch):
    monkeypatch.setattr(learned, "load", lambda: None)


def coded(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return [(e.type, e.cameo) for e in events if e.confidence > COMPANION_CONFIDENCE]


@pytest.mark.parametrize("text", [
    "The government blocked Facebook and Twitter ahead of the vote.",
    "The authorities suspended WhatsApp after the protests.",
    "The government shut off internet in several states.",
    "Social media platforms were suspended by the authorities after the violence.",
    "The regulator blocked news sites critical of the government.",
    "Authorities blocked access to social media sites.",
])
def test_platforms_blocked_are_censorship(text):
    assert ("COERCE", "1721") in coded(text)


@pytest.mark.parametrize("text,coerced", [
    ("Protesters blocked access to the parliament.", False),  # a blockade, PROTEST 144
    ("The construction site was shut down by the company.", False),
    ("The company suspended its oil platform.", False),
])
def test_sites_and_access_of_other_kinds_are_no_censorship(text, coerced):
    assert (("COERCE", "1721") in coded(text)) is coerced


@pytest.mark.parametrize("text", [
    "Hackers breached the government's computer network.",
    "The ministry was targeted by hackers.",
    "Hackers infiltrated the ministry's email servers.",
])
def test_intrusion_into_computer_systems_is_cyber_coercion(text):
    assert ("COERCE", "170") in coded(text)


def test_a_breached_agreement_is_no_intrusion():
    assert ("COERCE", "170") not in coded("The protesters breached the agreement.")


# Nouns made from event verbs (data/deverbal_nouns.txt): the "of" phrase is the verb's object.
@pytest.mark.parametrize("text,code", [
    ("The ministry announced the lifting of the curfew in the city.", "081"),
    ("The government ordered the withdrawal of troops from the border.", "0872"),
    ("The government announced the disbanding of the militia.", "087"),
    ("The ministry announced the expulsion of two Russian diplomats.", "166"),
    ("The government ordered the demolition of the houses.", "1712"),
])
def test_a_verbs_noun_reads_its_of_phrase_as_the_object(text, code):
    assert code in {cameo for _, cameo in coded(text)}


@pytest.mark.parametrize("text", [
    "The government announced the closure.",  # what was closed is not said
    "The ministry announced the closure of the factory.",  # close reads borders, embassies
    "The government announced the lifting of weights as a sport.",
])
def test_a_verbs_noun_without_an_object_the_verb_reads_is_no_event(text):
    assert not coded(text)
