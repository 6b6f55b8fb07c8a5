"""A stance on a policy is no event (2026-12-07 twenty-third session, issue 15, evb13-23;
events/sanity.py ``_policy_position``): a verb of stance (endorse, back, support, favour, oppose,
defend ...) coded SUPPORT or ACCUSE disapprove whose objects name no party ("endorsed a wealth
tax", "opposed the bill", "opposed Kennedy's position", "opposing it") is dropped, as the labels'
rubric codes policy positions as nothing in campaign exchanges (decision 49), so only in an
election story (elsewhere CAMEO codes them, 051, 052 and 110: the lead's narrowing after the
session's re-read). The same verbs said of a party, a
candidacy, a vote's result or an agreement stay. A race called for a candidate ("AP called Nevada
for Biden") is no request nor phone call. Sentences written for the test, not taken from
any labelled or evaluation set, nor from tests/data/events_b13_23_heldout.jsonl."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events import sanity
from test_events_helpers import event_types, pipeline_events

ACTORS = {
    "se": ("USA", "person", "senator", "The senator", "the senator"),
    "go": ("USA", "person", "governor", "The governor", "the governor"),
    "ma": ("USA", "person", "Martinez", "Martinez"),
    "ok": ("USA", "person", "Okafor", "Okafor"),
    "un": ("USA", "group", "union", "The union", "the union"),
    "fr": ("FRA", "country", "France", "France"),
    "de": ("DEU", "country", "Germany", "Germany"),
    "po": ("USA", "group", "police", "the police"),
}


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


def types(text):
    return event_types(text, ACTORS)


@pytest.mark.parametrize("text, kind", [
    ("On the campaign trail, the candidate Martinez endorsed a tax on sugary drinks.", "SUPPORT"),
    ("In the primary debate, the governor backed a cap on rents in the largest cities.", "SUPPORT"),
    ("Okafor, a candidate in the primary, has long backed a ban on assault rifles.", "SUPPORT"),
    ("At the primary debate, the senator opposed the pension reform.", "ACCUSE"),
    ("On the campaign trail the candidate Martinez opposed it from the start.", "ACCUSE"),
    ("In the debate, Martinez opposed Okafor's proposal to close the border, and both "
     "candidates spoke on trade.", "ACCUSE"),
    ("The governor defended his plan for the state's hospitals at a campaign rally.", "SUPPORT"),
    ("At a campaign rally, Okafor endorsed the idea of a national housing agency.", "SUPPORT"),
])
def test_a_stance_on_a_policy_is_no_event(text, kind):
    assert kind not in types(text)


@pytest.mark.parametrize("text, kind", [
    ("Martinez endorsed Okafor for governor on Friday.", "SUPPORT"),
    ("Martinez endorsed her former rival, Okafor, on Friday.", "SUPPORT"),
    ("The union endorsed the senator's candidacy.", "SUPPORT"),
    ("The union endorsed another candidate.", "SUPPORT"),
    ("France backed the peace agreement between the two countries.", "SUPPORT"),
    ("The governor defended the police after the riot.", "SUPPORT"),
    ("Germany backed France in the dispute.", "SUPPORT"),
])
def test_a_stance_on_a_party_stays(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text, kind", [
    ("The chancellor defended Germany's decision to take more refugees.", "SUPPORT"),
    ("France opposed the resolution on depleted uranium at the United Nations.", "ACCUSE"),
    ("Martinez endorsed a tax on sugary drinks in every state.", "SUPPORT"),
    ("The governor backs a cap on rents in the largest cities.", "SUPPORT"),
    ("Okafor endorsed the idea of a national housing agency.", "SUPPORT"),
])
def test_a_stance_outside_an_election_stays(text, kind):
    # the rubric makes policy positions no event in campaign exchanges only (decision 49); elsewhere
    # CAMEO codes them (051 endorse, 052 defend verbally, 110 disapprove), as the wire coders do
    assert kind in types(text)


def test_a_stance_with_no_object_stays_a_stance():
    # no object to read: the rule leaves the event to the calibrator
    nlp = nlp_module.load()
    sent = next(iter(nlp("Most of the senators opposed.").sents))
    token = next(t for t in sent if t.lemma_ == "oppose")
    assert not [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]


def test_party_words():
    assert sanity._party_word("candidate") and sanity._party_word("agreement")
    assert sanity._party_word("governor")  # a title of the actors' lexicon
    assert not sanity._party_word("tax") and not sanity._party_word("plan")


# --- a race called for a candidate --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Later in the day, CNN and Fox News also called Arizona for Martinez, giving him eleven "
    "more electoral votes.",
    "The Associated Press called Pennsylvania for Okafor on Saturday.",
])
def test_a_race_called_is_no_request(text):
    found = {e["type"] for e in pipeline_events(text)}
    assert not found & {"REQUEST", "CONSULT"}


@pytest.mark.parametrize("text", [
    "The senator called for a ceasefire in the region.",
    "The governor called on the union to end the strike.",
    "France called for sanctions against Germany.",
])
def test_a_call_for_something_stays_a_request(text):
    assert "REQUEST" in types(text)
