"""Police and crowd events (2026-12-06 fourteenth session, issue 15), on constructed sentences
(not gold ones) and hand-built actors: a protest read by grammar keeps its calibrated confidence; words that look like protests and are none ("demonstrated that", a funeral
procession); a day's possessive names no doer."""

from __future__ import annotations

import numpy as np
import pytest

from dateline import nlp as nlp_module
from dateline.events import learned, stage
from dateline.events.stage import COMPANION_CONFIDENCE, Draft
from dateline.model import Span
from test_events_helpers import run_events

CROWD = (None, "group", "students", "Students", "protesters", "Protesters", "residents")
POLICE = (None, "group", "police", "Police")
ACTORS = {"cr": CROWD, "po": POLICE}


def coded(text):
    """(type, CAMEO code) of every event but the companions, the patterns alone."""
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return [(e.type, e.cameo) for e in events if e.confidence > COMPANION_CONFIDENCE]


class _Doubtful:
    """A sentence model with no view of the sentence's event (every type as likely)."""

    def of_sentence(self, sent):
        return {t: 1 / (len(learned.TYPES) + 1) for t in learned.TYPES + ("NONE",)}


def _draft(type_="PROTEST", cameo="141", family="verb", modality="asserted", sources=("cr",),
           targets=(), companion=False):
    span = Span(0, 7, "marched")
    return Draft(type_, cameo, list(sources), list(targets), modality, span, span, 0,
                 family=family, companion=companion)


def _calibrated(draft, weight=-3.0, threshold=0.7):
    """The draft's confidence from a calibrator that doubts every event (its intercept alone:
    probability 0.05)."""
    weights = np.zeros(len(learned.event_features(draft, _Doubtful().of_sentence(None), "verb")))
    weights[0] = weight
    calibrator = learned.Calibrator(weights, threshold)
    probs = {0: _Doubtful().of_sentence(None)}
    original = learned.load
    learned.load = lambda: (_Doubtful(), calibrator)
    try:
        stage.calibrate([draft], probs)
    finally:
        learned.load = original
    return draft.confidence


@pytest.mark.parametrize("text,protest", [
    ("The study demonstrates that the drug works.", False),
    ("The engineers demonstrated the new technology to investors.", False),
    ("The company demonstrated its commitment to the region.", False),
    ("More than a million people attended the funeral procession.", False),
    ("Students demonstrated outside parliament.", True),
    ("Protesters demonstrated against the new law.", True),
    ("Thousands demonstrated their solidarity with the strikers.", True),
    ("Students marched on parliament on Monday.", True),
    ("Thousands of workers rallied outside the ministry.", True),
    ("Thousands of residents joined the procession to the district office.", True),
])
def test_words_that_look_like_protests(text, protest, patterns_alone):
    """Showing ("demonstrated that", "demonstrated its commitment") and a funeral procession are
    no protest; demonstrating outside or against something and a procession to an office are."""
    assert any(t == "PROTEST" and c.startswith("14") for t, c in coded(text)) == protest


def test_a_day_named_as_possessor_is_no_doer(patterns_alone):
    """"Tuesday's strike killed 12" was a PROTEST with "Tuesday" as its doer (a strike that
    kills is an attack, told by "killed")."""
    assert not any(t == "PROTEST" for t, _ in coded("Tuesday's strike killed 12 civilians."))
    events, ids = run_events(nlp_module.load(), "The students' protest against the fees grew.",
                             ACTORS)
    assert any(e.type == "PROTEST" and e.source == ("cr",) for e in events)


SERIES_ACTORS = {"cr": CROWD, "po": POLICE,
                 "mi": (None, "group", "militants", "gunmen"), "sf": (None, "group", "security forces"),
                 "pe": (None, "group", "people", "youth")}


def events_of(text):
    events, ids = run_events(nlp_module.load(), text, SERIES_ACTORS)
    return [e for e in events if e.confidence > COMPANION_CONFIDENCE]


@pytest.mark.parametrize("text,type_,source,target", [
    ("At least 12 people died in a wave of attacks across the country.", "ASSAULT", (), ("pe",)),
    ("Two people were injured in a spate of attacks by militants.", "ASSAULT", ("mi",), ("pe",)),
    ("A wave of protests swept the country.", "PROTEST", (), ()),
    ("A series of clashes broke out between police and militants.", "ASSAULT", ("po", "mi"), ()),
])
def test_a_series_of_events_is_read_through(text, type_, source, target, patterns_alone):
    """"A wave of attacks", "a spate of bombings": the event noun is the series' "of" phrase
    (the 13th session's known miss: "a wave of attacks" after a preposition gave no event with
    its victims), the victims and the sides of the clashes with it."""
    found = [e for e in events_of(text) if e.type == type_ and e.trigger.text != "series"]
    assert any(set(e.source) | set(e.target) >= set(source) | set(target) and
               set(e.target) >= set(target) for e in found)


def test_harm_done_in_firing_by_a_force_names_the_force(patterns_alone):
    found = events_of("A youth was injured in firing by security forces.")
    assert any(e.type == "ASSAULT" and e.source == ("sf",) and e.target == ("pe",) for e in found)


def test_the_cause_clause_of_a_coordinated_harm_names_the_doer(patterns_alone):
    found = events_of("Several people were killed and five injured when police opened fire.")
    killed = [e for e in found if e.trigger.text == "killed"]
    assert killed and killed[0].source == ("po",)


@pytest.mark.parametrize("text,restricted", [
    ("The company suspended its mobile phone services for maintenance.", False),
    ("The operator's mobile data services were cut off after the fire.", False),
    ("The telecom firm shut down their internet services in the town.", False),
    ("The authorities suspended Kashmir's mobile internet services.", True),
    ("The authorities snapped mobile internet services in the valley.", True),
])
def test_a_providers_own_services_cut_are_no_restriction(text, restricted, patterns_alone):
    """A provider's plural services ("its mobile phone services") were read as a place's
    communications shut off (1721, the 13th session's known miss); whose they are tells."""
    assert (("COERCE", "1721") in coded(text)) == restricted


@pytest.mark.parametrize("text", [
    "Harry Kane's strike in the 80th minute gave Tottenham a 2-1 win.",  # a lone person's
    "Russian troops marched into the town of Bakhmut on Monday.",  # a military move
    "Rebels marched on the capital, Kinshasa, on Friday.",
    "The former minister protested his innocence throughout the trial.",
    "The Indian team rallied from two wickets down to beat Pakistan.",  # sport
    "Democrats rallied behind the president's budget plan.",  # a bloc backs a plan
])
def test_protest_words_with_no_protest(text, patterns_alone):
    """The reviewer's invented sentences (2026-12-06, review of cebcf8c): a protest verb or a
    strike noun that tells no protest (PLOVER PROTEST is a crowd's or a person's dissent)."""
    assert not any(t == "PROTEST" for t, _ in coded(text))


def test_the_calibrated_confidence_is_not_pinned():
    """A protest read by grammar keeps the calibrator's probability (cebcf8c pinned it to the
    threshold): the confidence stays a calibrated probability."""
    assert _calibrated(_draft()) < 0.1


@pytest.mark.parametrize("text", [
    "Two men were killed and three others died later when gunmen opened fire.",
    "One man was killed and five were injured when gunmen opened fire.",
])
def test_a_harm_suffered_beside_it_lends_its_cause_clause(text, patterns_alone):
    """Both conjuncts harms suffered (a passive, a victim verb): the clause names the doer of
    either."""
    killed = [e for e in events_of(text) if e.trigger.text == "killed"]
    assert killed and killed[0].source == ("mi",)


@pytest.mark.parametrize("text", [
    "Two men were killed and the mayor resigned after gunmen attacked the office.",
    "Two men were killed and the minister was sacked when gunmen opened fire.",
])
def test_another_verb_joined_by_and_keeps_its_cause_clause(text, patterns_alone):
    """A resignation or a sacking joined to a killing by "and": its "after"/"when" clause is its
    own, and names no doer of the killing (4b4c3a8 took it from any verb)."""
    killed = [e for e in events_of(text) if e.trigger.text == "killed"]
    assert killed and "mi" not in killed[0].source


# 2026-12-07 sixteenth session (issue 15, evpolice16): police actions in more of their news forms,
# on invented sentences; the near misses beside them.
FORCE_ACTORS = {"cr": CROWD, "po": POLICE, "sf": (None, "group", "security forces"),
                "ac": (None, "person", "activist", "the activist"),
                "su": (None, "person", "suspect", "the suspect"),
                "au": (None, "group", "authorities", "Authorities")}


def force_events(text):
    events, _ = run_events(nlp_module.load(), text, FORCE_ACTORS)
    return [e for e in events if e.confidence > COMPANION_CONFIDENCE]


def test_a_killing_whose_cause_clause_hangs_on_it_is_the_events_evidence(patterns_alone):
    """The fifteenth session's known miss: "When police opened fire, one was killed and five
    injured" gave the firing alone (the killing merged into it, its victims no actor); the
    killing is now the event's evidence, with the police as its source, and "five injured" is
    a passive whose auxiliary is gapped (five were injured; they injured no one)."""
    found = force_events("When police opened fire, one was killed and five injured.")
    killed = [e for e in found if e.trigger.text == "killed"]
    assert killed and killed[0].type == "ASSAULT" and killed[0].source == ("po",)


def test_a_gapped_passive_names_its_victims_not_its_doers(patterns_alone):
    found = force_events("When police opened fire, one man was killed and students injured.")
    assert not any(e.type == "ASSAULT" and "cr" in e.source for e in found)
    assert any(e.type == "ASSAULT" and e.source == ("po",) and e.target == ("cr",) for e in found)


@pytest.mark.parametrize("text", [
    "After police opened fire, three protesters died.",
    "Three protesters died when police opened fire on the march.",
    "Three protesters lost their lives in police firing.",
    "Two protesters died in police custody on Sunday.",
    "Police lathi-charged the protesters outside the office.",
    "The protesters were lathi-charged by the police outside the office.",
    "The protesters were beaten by police and five injured.",
    "Dozens of protesters were injured in the police action.",
])
def test_a_harm_by_the_police_names_them_and_their_victims(text, patterns_alone):
    """Deaths told by the attack of their cause clause or by "lost their lives", a death in
    custody (its holder the doer), a hyphenated verb whose first word the parser took for the
    subject ("Police lathi-charged", parsed Police <compound lathi <nsubj charged) or whose
    passive it parsed as a complement of "be" ("were lathi-charged by the police"); a police
    action that injured."""
    assert any(e.type == "ASSAULT" and e.source == ("po",) and e.target == ("cr",)
               for e in force_events(text))


def test_a_harm_in_custody_names_its_holder(patterns_alone):
    found = force_events("The suspect was tortured in police custody.")
    assert any(e.type == "ASSAULT" and e.source == ("po",) and e.target == ("su",) for e in found)


@pytest.mark.parametrize("text,type_", [
    ("Police clubbed the protesters with batons.", "ASSAULT"),
    ("Police mowed down the protesters with live fire.", "ASSAULT"),
    ("Security forces sprayed bullets on the protesters.", "ASSAULT"),
    ("Security forces used live ammunition against the protesters.", "ASSAULT"),
    ("Live ammunition was used against the protesters.", "ASSAULT"),
    ("Police broke up the protest with tear gas.", "ASSAULT"),
    ("The police firing left three protesters dead.", "ASSAULT"),
    ("The activist was forcibly disappeared by security forces.", "ASSAULT"),
    ("Authorities cut internet access in the province.", "COERCE"),
    ("Authorities cut mobile internet services in the province.", "COERCE"),
])
def test_police_force_in_more_of_its_forms(text, type_, patterns_alone):
    assert any(e.type == type_ for e in force_events(text))


@pytest.mark.parametrize("text", [
    "The police fired its chief of staff on Monday.",  # a dismissal; "on Monday" no target
    "The authorities fired the coach after the defeat.",
    "The kiln was fired by the protesters at a high temperature.",
    "The police shot a video of the parade.",
    "Police rounded up the meeting with a summary.",
    "Protesters clubbed together to buy a new ambulance.",
    "The storm left three protesters dead.",
    "The smile disappeared from the activist's face.",
    "The authorities cut their internet services for maintenance.",
    "After the match ended, three protesters died.",  # a cause clause that is no attack
    "A protester died in hospital after the match.",
    "The protesters lost their homes in the floods.",
])
def test_near_misses_of_police_force_are_no_force(text, patterns_alone):
    assert not any(e.type in ("ASSAULT", "COERCE") for e in force_events(text))
