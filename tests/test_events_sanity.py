"""The events sanity pass (src/dateline/events/sanity.py): parties on both sides of a one-way
event, hazards and public-safety measures, interview turns; actor names with a
cut-off quote mark or bracket. Sentences written
for the test, not taken from any labelled set."""

from types import SimpleNamespace

import pytest

from dateline.events import learned, sanity
from dateline.model import Span

dateline = pytest.importorskip("dateline")


def _draft(type_, sources, targets, start, sentence=0, confidence=0.8, mode=None):
    return SimpleNamespace(type=type_, sources=list(sources), targets=list(targets),
                           sentence=sentence, modality="asserted", companion=False,
                           trigger=Span(start=start, end=start + 4, text="x"),
                           confidence=confidence, mode=mode)


def test_symmetric_compound_keeps_every_pair():
    draft = _draft("AGREE", ["a1", "a2"], ["a2", "a1"], 0)
    sanity.separate_parties([draft])
    assert draft.sources == ["a1", "a2"] and draft.targets == ["a2", "a1"]


def test_party_is_never_its_own_target():
    draft = _draft("ASSAULT", ["a1", "a2"], ["a1", "a3"], 0)
    sanity.separate_parties([draft])
    assert draft.targets == ["a3"]


INTERVIEW = ("Wikinews spoke with a farmer about the harvest.\n\n"
             "((WN)) How was the year?\n\n"
             "((Jane Roe)) Hard. The police arrested my neighbour in May.\n\n"
             "((Wikinews)) Thank you.\n")


def test_interview_turns_found_only_with_an_interviewer():
    turns = sanity.interview_turns(INTERVIEW)
    assert len(turns) == 3 and INTERVIEW[turns[1][0]:].startswith("((Jane Roe))")
    assert sanity.interview_turns("((fa)) Farsi text.\n\n((Jane Roe)) A remark.\n") == []


def _shown(text, published="2020-03-02"):
    doc = dateline.annotate(text, published=published)
    threshold = learned.default_threshold()
    names = {a.id: a.name for a in doc.actors}
    return [(e, [names.get(a, a) for a in e.source], [names.get(a, a) for a in e.target])
            for e in doc.events if e.confidence >= threshold], doc


def test_interview_talk_is_not_shown():
    events, doc = _shown(INTERVIEW)
    turn_start = INTERVIEW.index("((Jane Roe))")
    assert not [e for e, _, _ in events if e.trigger.start > turn_start]


def test_storm_state_of_emergency_is_no_coercion():
    text = ("Hurricane Leona is expected to reach the coast on Friday. Forecasters said the "
            "hurricane could bring floods. The governor of Texas declared a state of emergency "
            "on Wednesday.")
    events, _ = _shown(text)
    assert not [e for e, _, _ in events if e.type == "COERCE"]


def test_epidemic_ban_and_vaccination_appeal_are_no_events():
    text = ("The government of Samoa banned children from public gatherings to curb the measles "
            "outbreak. The prime minister urged parents to get their children vaccinated.")
    events, _ = _shown(text)
    assert not [e for e, _, _ in events if e.type in ("COERCE", "REQUEST")]


def test_crash_deaths_are_no_assault():
    text = ("At least seven people were killed on Wednesday when a small plane crashed near "
            "the airport in Hartford.")
    events, _ = _shown(text)
    assert not [e for e, _, _ in events if e.type == "ASSAULT"]


def test_an_attack_is_kept():
    text = "Gunmen killed seven soldiers in an attack on a checkpoint in Kabul on Wednesday."
    events, _ = _shown(text)
    assert [e for e, _, _ in events if e.type == "ASSAULT"]


def test_actor_names_lose_a_cut_off_quote_mark_or_bracket():
    from dateline.actors.stage import balanced
    assert balanced('"woman') == "woman"
    assert balanced("African Continental Free Trade Area (AfCFTA") == \
        "African Continental Free Trade Area"
    assert balanced('Pasquale "Pat" Di Cicco') == 'Pasquale "Pat" Di Cicco'
    assert balanced("Organisation of Islamic Cooperation (OIC)") == \
        "Organisation of Islamic Cooperation (OIC)"



def test_interview_turns_are_a_feature_of_the_calibrator_not_a_fixed_confidence(monkeypatch):
    turn_start = INTERVIEW.index("((Jane Roe))")
    inside = _draft("COERCE", ["a1"], ["a2"], INTERVIEW.index("arrested"))
    outside = _draft("COERCE", ["a1"], ["a2"], 0)
    sanity.mark_interview_turns(SimpleNamespace(text=INTERVIEW), [inside, outside])
    assert inside.interview and not outside.interview and inside.trigger.start > turn_start
    probs = {label: 1 / len(learned.LABELS) for label in learned.LABELS}
    for draft in (inside, outside):
        draft.intended, draft.date_basis, draft.cameo = None, "publication", "173"
    features = [learned.event_features(d, probs, "verb") for d in (inside, outside)]
    assert features[0][-1] == 1.0 and features[1][-1] == 0.0
    assert (features[0][:-1] == features[1][:-1]).all()
    # with the shipped calibrator the mark is weighed by it; without one the draft is hidden
    sanity.hide_interview_talk([inside])
    assert inside.confidence == 0.8
    monkeypatch.setattr(learned, "load", lambda: None)
    sanity.hide_interview_talk([inside, outside])
    assert inside.confidence == sanity.HIDDEN_CONFIDENCE and outside.confidence == 0.8
