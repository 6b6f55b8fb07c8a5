"""Events coded from a trigger word that names no event (2026-12-05 fifth session, issue 15,
ev-precision): a noun's guessed stem ("aides" -> "aid"), a document released ("released a
summary"), a hyphenated lexicon word ("walk-out" for "walkout"), and the labels' sample's interview
titles. Invented sentences and hand-built actors."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from dateline import nlp as nlp_module
from dateline.events import lexicon
from test_events_helpers import run_events

ROOT = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.usefixtures("patterns_alone")  # conftest.py: the patterns alone


ACTORS = {
    "mi": ("XYZ", "group", "ministry", "The ministry"),
    "go": ("XYZ", "person", "governor", "the governor"),
    "re": (None, "group", "rebels", "The rebels"),
    "nu": (None, "group", "nurses", "The nurses"),
    "un": (None, "group", "union", "The union"),
}


def codes(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return {(e.type, e.cameo) for e in events}


def types(text):
    return {t for t, _ in codes(text)}


def token(text, word):
    return next(t for t in nlp_module.load()(text) if t.text == word)


# --- a noun's own lemma before a guessed stem ----------------------------------------------------

def test_a_plural_noun_with_its_own_lemma_is_not_read_as_a_guessed_stem():
    assert lexicon.match(token("The governor's aides left early.", "aides"), "N") is None
    assert lexicon.match(token("The governor sent aid to the town.", "aid"), "N").cameo == "070"


def test_a_verb_still_takes_a_guessed_stem_where_the_lemmatizer_slipped():
    assert "stage" in lexicon.lemma_candidates(token("The nurses staged a protest.", "staged"))
    assert lexicon.lemma_candidates(token("The governor's aides left.", "aides"), noun=True) == [
        "aide", "aides"]


def test_aides_sent_are_no_aid():
    assert ("AID", "070") not in codes("The governor sent two aides to the ministry.")
    assert ("AID", "070") in codes("The governor sent aid to the ministry.")


# --- releasing information publishes it -------------------------------------------------------

def test_the_information_class_holds_documents_not_people_or_property():
    nouns = lexicon.word_class("information")
    assert {"summary", "statement", "report", "poll", "transcript"} <= nouns
    assert not {"prisoner", "hostage", "tanker", "man", "fund"} & nouns


@pytest.mark.parametrize("text", [
    "The ministry released a summary of the talks on Monday.",
    "The ministry released a transcript of the call.",
    "The ministry released a memorandum on the border.",
])
def test_a_document_released_is_no_retreat(text):
    assert not types(text) & {"RETREAT", "CONCEDE"}


@pytest.mark.parametrize("text, cameo", [
    ("The rebels released the hostages on Monday.", "0841"),
    ("The rebels released the seized tanker on Monday.", "084"),
])
def test_people_and_property_released_stay_a_retreat(text, cameo):
    assert ("RETREAT", cameo) in codes(text)


def test_an_unknown_word_class_in_the_lexicon_is_an_error():
    with pytest.raises(ValueError):
        lexicon._parse_conditions("obj=@nonsense")


# --- hyphenated words written either way -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The nurses staged a walk-out over pay on Monday.",
    "The nurses staged a walkout over pay on Monday.",
])
def test_a_walk_out_is_a_walkout(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    strikes = [e for e in events if (e.type, e.cameo) == ("PROTEST", "143")]
    assert strikes and text[strikes[0].trigger.start:strikes[0].trigger.end] in ("walk-out",
                                                                                 "walkout")


def test_a_condition_word_matches_with_or_without_its_hyphen():
    assert ("PROTEST", "143") in codes("The union called a walk-out at the plant on Monday.")


def test_a_hyphenated_word_with_no_entry_whole_is_read_by_its_head():
    assert lexicon.match(token("The nurses began a counter-protest.", "protest"), "N") is not None


# --- interview titles kept out of the labels' sample -------------------------------------------

def test_titles_telling_wikinews_are_interviews():
    path = str(ROOT / "training" / "events")
    if path not in sys.path:
        sys.path.insert(0, path)
    sample = importlib.import_module("sample")
    assert sample.INTERVIEW.search("Geologists tell Wikinews about a new fault line")
    assert sample.INTERVIEW.search("Chemist tells Wikinews about her research")
    assert not sample.INTERVIEW.search("President tells foreign powers to leave the gulf")


# --- hedges and questions (the demo corpus's default view) --------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry keeps a list of the accused smugglers.",
    "The ministry named the suspected gunman on Monday.",
])
def test_a_person_named_by_an_accusation_is_no_accusation(text):
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize("text", [
    "The ministry alleged that the governor had lied.",
    "A search of the ministry found an alleged murder weapon.",  # the labels' rubric: ACCUSE
])
def test_an_allegation_stays_an_accusation(text):
    assert ("ACCUSE", "112") in codes(text)


@pytest.mark.parametrize("text", [
    "The ministry repeatedly asked why the governor did not act.",
    "The ministry asked the governor whether the talks would resume.",
])
def test_asking_a_question_is_no_request(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "The ministry asked the governor to resign.",
    "The ministry asked the governor for help.",
])
def test_asking_for_something_stays_a_request(text):
    assert "REQUEST" in types(text)


@pytest.mark.parametrize("text", [
    "The ministry and the governor agreed that vaccines have done more good than harm.",
    "The ministry agreed with the governor that taxes are too high.",
])
def test_agreeing_with_an_opinion_is_no_agreement(text):
    assert "AGREE" not in types(text)


@pytest.mark.parametrize("text", [
    "The ministry and the governor agreed that the talks would resume on Monday.",
    "The ministry and the governor agreed on a ceasefire.",
])
def test_agreeing_on_a_plan_stays_an_agreement(text):
    assert types(text) & {"AGREE", "CONCEDE"}


def test_attacked_for_words_is_criticism():
    found = codes("The ministry attacked the governor for his memorandum.")
    assert ("ACCUSE", "111") in found
    assert "ASSAULT" not in {t for t, _ in found}
