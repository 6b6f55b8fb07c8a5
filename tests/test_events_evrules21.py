"""Parse misses of the twenty-first session (issue 15, evrules21), as general rules, on invented
sentences through the whole pipeline: a capital as the object of a verb of address or pressure is
its government, as a capital subject already is ("Tokyo warned Beijing"); a security unit's name
spaCy leaves unlabelled or calls a product is an organisation ("The Special Task Force arrested
..."); a participle the parser hung on the sentence's noun, read through a preposition of aim, is
the active verb ("Dutch police charged at fans"). The parse test that the events' doer and the
actors' force mention share (``patterns.misread_participle_doer``) is tested too.

``tests/data/events_rules21_heldout.jsonl`` is the held-out set written before the change
(``benchmarks/events_invented.py`` scores it); none of its sentences is used here.
"""

from __future__ import annotations

import pytest

import dateline
from dateline.pipeline import Pipeline
from test_events_helpers import has_event as has, pipeline_events, target_has


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def actors_of(pipeline, text):
    document = next(iter(pipeline.run([dateline.extract(text, clean=False, id="t", format="text")])))
    return {a.name: (a.country, a.sector) for a in document.actors}


@pytest.mark.parametrize("text,kind,capital,country", [
    ("Tokyo warned Beijing against any move on the disputed islands.", "THREATEN", "beijing", "CHN"),
    ("Ottawa accused New Delhi of meddling in its affairs.", "ACCUSE", "new delhi", "IND"),
    ("Berlin urged Warsaw to take back the deported men.", "REQUEST", "warsaw", "POL"),
    ("Washington called on Ankara to release the pastor.", "REQUEST", "ankara", "TUR"),
])
def test_a_capital_as_the_object_of_a_political_verb_is_its_government(pipeline, text, kind, capital, country):
    events = pipeline_events(text)
    assert target_has(events, kind, capital), events
    assert (country, "GOV") in actors_of(pipeline, text).values()


@pytest.mark.parametrize("text,capital", [
    ("Rebels attacked Kabul from the hills.", "Kabul"),
    ("The delegation visited Nairobi in May.", "Nairobi"),
    ("The storm hit Manila overnight.", "Manila"),
])
def test_a_capital_as_the_object_of_other_verbs_stays_a_place(pipeline, text, capital):
    assert capital not in actors_of(pipeline, text)


@pytest.mark.parametrize("text,kind,doer", [
    ("The Special Task Force detained a militant commander near Kokrajhar.", "COERCE", "special task force"),
    ("The Special Task Force shot dead two poachers in the forest.", "ASSAULT", "special task force"),
    ("The Rural Guard beat the strikers outside the mill.", "ASSAULT", "rural guard"),
    ("The Counter-Terrorism Police Unit arrested a bomb maker.", "COERCE", "counter-terrorism police unit"),
])
def test_a_security_unit_the_parser_left_unnamed_is_the_doer(text, kind, doer):
    events = pipeline_events(text)
    assert has(events, kind, doer=doer), events


@pytest.mark.parametrize("text", [
    "The Task Force report was published on Monday.",
    "The Civil Guard barracks were renovated last year.",
])
def test_a_unit_name_that_does_not_act_is_no_actor(pipeline, text):
    assert not any("Force" in name or "Guard" in name for name in actors_of(pipeline, text))


@pytest.mark.parametrize("text,victims", [
    ("Dutch police charged at demonstrators with batons outside the stadium.", "demonstrators"),
    ("Turkish police charged at students near the university gate.", "students"),
    ("Kenyan riot police charged into the crowd in Nairobi.", "crowd"),
])
def test_a_charge_at_people_parsed_as_a_headline_is_the_police_act(text, victims):
    events = pipeline_events(text)
    assert has(events, "ASSAULT", "175", "police"), events
    if victims != "crowd":
        assert not any("police" in t for e in events for t in e["target"]), events


@pytest.mark.parametrize("text", [
    "Three men charged with fraud.",
    "Two suspects charged at the magistrates' court in Leeds.",
])
def test_a_legal_charge_in_a_headline_stays_a_passive(text):
    events = pipeline_events(text)
    assert not any(e["type"] == "ASSAULT" for e in events), events
    assert not any("men" in s or "suspects" in s for e in events for s in e["source"]), events


def test_the_misread_hyphenated_verb_is_one_parse_test_for_events_and_actors(pipeline):
    from dateline.events.patterns import misread_participle_doer
    from dateline.nlp import parse

    text = "Police baton-charged opposition supporters near the stadium."
    doc = next(iter(parse([text])))
    verb = next(t for t in doc if t.lower_ == "charged")
    doer = misread_participle_doer(verb)
    if verb.dep_ == "amod":  # the misparse this reads (spaCy's model may parse it right)
        assert doer is not None and doer.lower_ == "police"
    else:
        assert doer is None
    events = pipeline_events(text)
    assert has(events, "ASSAULT", "175", "police"), events
    assert target_has(events, "ASSAULT", "supporters"), events
    assert misread_participle_doer(doc[0]) is None  # no hyphenated amod verb
