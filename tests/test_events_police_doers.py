"""Police actions left from the sixteenth session (2026-12-07 seventeenth session, issue 15), on
invented sentences: the force named only as the modifier of an exchange of fire or of a charge
is its doer (through a chain of compounds, a hyphenated verb, or a parse that hung the act on the
clause); a raid told by the verb stays an attack, shown once (only the noun "a police raid" is a
search, COERCE 171); a death in a family's custody is no assault, nor the proposer's; the
proposer's event of a death takes who died as its target; restrictions told in more words, by the
state only (a provider's own service, a cordon by volunteers: none); an encounter is an attack
only when a force or an armed group is named by it; a force's word before a body's noun ("a police
union office") names no force (evmend17 for the last four and the raids)."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline import nlp as nlp_module
from dateline.actors.stage import find_actors
from dateline.entities import find_entities
from dateline.events import learned, propose
from dateline.events.stage import COMPANION_CONFIDENCE
from dateline.pipeline import Pipeline, Work
from test_events_helpers import pipeline_events, run_events


def annotated(text):
    """Every event of ``text`` but the companions, through the whole pipeline (the actors stage
    finds the parties), as (type, cameo, source names, target names)."""
    return [(e["type"], e["cameo"], e["source"], e["target"]) for e in pipeline_events(text)]


def force_actors(text):
    work = Work(text=text, published=date(2021, 11, 24), doc=nlp_module.load()(text))
    find_entities(work)
    find_actors(work)
    return [a for a in work.actors if a.sector in ("COP", "MIL")]


@pytest.mark.parametrize("text,force", [
    ("Five robbers were killed in a police encounter outside the town.", "police"),
    ("A bandit was shot dead in a police shootout on the highway.", "police"),
    ("Three rebels died in an army gunfight near the river.", "army"),
    ("Many pupils were hurt in a police lathi charge at the college.", "police"),
    ("Police lathi-charged the marching teachers in the capital.", "Police"),
])
def test_a_force_before_its_exchange_of_fire_or_charge_is_an_actor(text, force):
    """"a police encounter", "a police shootout": an exchange of fire names the force; "a police
    lathi charge" (police <compound lathi <compound charge): the act up the chain of compounds;
    "Police lathi-charged" (Police <compound lathi <nsubj charged): the word the hyphen joins to
    the verb."""
    found = force_actors(text)
    assert any(m.text.split()[-1] == force for a in found for m in a.mentions), found


@pytest.mark.parametrize("text", [
    "The minister spoke of police reform plans at length.",
    "An army veteran support group met on Friday.",
    "A police union office was vandalised overnight.",
    "An army veterans association office was set on fire.",
])
def test_a_force_before_no_act_of_its_own_is_no_actor(text):
    """A chain of compounds none of whose nouns is one of the force's acts or places names no
    force."""
    assert not force_actors(text)


@pytest.mark.parametrize("text,doer,victim", [
    ("Five robbers were killed in a police encounter outside the town.", "police", "robbers"),
    ("Two smugglers died in a shootout with police at the border.", "police", "smugglers"),
    ("Seven miners lost their lives in army firing at the camp.", "army", "miners"),
    ("Many pupils were hurt in a police lathi charge at the college.", "police", "pupils"),
])
def test_the_force_of_an_exchange_of_fire_is_the_doer_of_the_harm(text, doer, victim):
    events = annotated(text)
    assert any(t == "ASSAULT" and doer in s and any(victim in x for x in tg)
               for t, _, s, tg in events), events


def test_police_lathi_charging_is_repression_by_the_police():
    events = annotated("Police lathi-charged the marching teachers in the capital.")
    assert any(c == "175" and s == ["police"] for _, c, s, _ in events), events


@pytest.mark.parametrize("text", [
    "Italy won the final in a penalty shootout.",
    "She described a chance encounter with the singer at the airport.",
])
def test_a_penalty_shootout_or_a_chance_encounter_is_no_attack(text):
    assert not [e for e in annotated(text) if e[0] == "ASSAULT"]


ACTORS = {"po": (None, "group", "police", "Police"),
          "ar": (None, "group", "army", "The army"),
          "of": (None, "group", "officials", "Customs officials"),
          "ed": (None, "organization", "newspaper", "the newspaper"),
          "vi": (None, "group", "village", "a village"),
          "bo": (None, "person", "boy", "The boy"),
          "gp": (None, "group", "grandparents", "his grandparents"),
          "pr": (None, "person", "prisoner", "The prisoner")}


def coded(text):
    events, _ = run_events(nlp_module.load(), text, ACTORS)
    return [(e.type, e.cameo, e.source, e.target) for e in events
            if e.confidence > COMPANION_CONFIDENCE]


@pytest.mark.parametrize("text,source,code", [
    ("Police raided the offices of the newspaper on Monday.", ("po",), "190"),
    ("Customs officials raided the offices of the newspaper.", ("of",), "190"),
    ("Police carried out a raid on the newspaper.", ("po",), "190"),
    ("The army raided a village near the border.", ("ar",), "190"),
])
def test_a_raid_told_by_the_verb_or_a_bare_noun_stays_an_attack(text, source, code, patterns_alone):
    """The scoring model has seen raids by the verb as ASSAULT 190 only: recoded to COERCE 171 they
    scored under the threshold and the proposer put an ASSAULT back beside them (evmend17)."""
    found = coded(text)
    assert any(c == code and s == source for _, c, s, _ in found), found


@pytest.mark.parametrize("text,doer", [
    ("Police raided a militant hideout in Peshawar and arrested four suspects.", "police"),
    ("Tax officials raided the headquarters of the newspaper.", "tax officials"),
    ("Police raided several homes in the district and detained six men.", "police"),
])
def test_a_raid_by_police_or_officials_is_in_the_default_view_once(text, doer):
    """Through the whole pipeline with the shipped model: the raid is shown (at the default
    threshold), with its doer, and no proposed ASSAULT stands beside it."""
    document = next(iter(Pipeline().run([dateline.extract(text, clean=False, id="t",
                                                            format="text")])))
    names = {a.id: a.name.lower() for a in document.actors}
    raids = [e for e in document.events if e.type == "ASSAULT"]
    assert len(raids) == 1, raids
    assert raids[0].confidence >= learned.default_threshold(), raids
    assert [names[a] for a in raids[0].source] == [doer]


@pytest.mark.parametrize("text", [
    "The boy died in the custody of his grandparents.",
    "The girl died in the custody of her foster parents.",
])
def test_the_proposer_puts_no_assault_back_for_a_death_in_a_familys_custody(text):
    """The patterns' rejection reaches the proposer (the stage's vetoed types): no ASSAULT at any
    confidence through the whole pipeline."""
    assert not any(t == "ASSAULT" for t, *_ in annotated(text)), annotated(text)


def test_the_prisoners_death_in_police_custody_stays_through_the_pipeline():
    assert any(t == "ASSAULT" and "police" in s for t, _, s, _ in annotated(
        "A man died in police custody in Lagos.")), annotated("A man died in police custody in Lagos.")


@pytest.mark.parametrize("text,event", [
    ("The boy died in the custody of his grandparents.", False),
    ("The prisoner died in police custody.", True),
])
def test_a_death_in_a_familys_custody_is_no_assault(text, event, patterns_alone):
    assert any(t == "ASSAULT" for t, *_ in coded(text)) == event


def test_a_harm_in_a_familys_custody_names_no_doer(patterns_alone):
    found = coded("The boy was injured in the custody of his grandparents.")
    assert not any("gp" in s for _, _, s, _ in found), found


def test_the_proposers_death_takes_who_died_as_its_target():
    """A proposed event on a victim verb ("died") is suffered by its subject: the target, the
    attack's doer the source (not the one who died as the doer)."""
    doc = nlp_module.load()("A teenager died in a police shootout in the city.")
    sent = next(iter(doc.sents))
    died = next(t for t in sent if t.lemma_ == "die")
    candidate = propose.candidate_of(died, "ASSAULT")
    assert [t.lower_ for t in candidate.targets] == ["teenager"]
    assert all(t.lower_ != "teenager" for t in candidate.sources)


@pytest.mark.parametrize("text,code", [
    ("The authorities cut mobile internet service in the province.", "1721"),
    ("Police sealed off the square before the march.", "191"),
    ("Police cordoned off the streets around the court.", "191"),
])
def test_restrictions_in_more_words(text, code, patterns_alone):
    assert any(c == code for _, c, _, _ in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "The newspaper cut its internet service for a week.",
    "The company cut mobile internet service for customers who had not paid.",
])
def test_a_providers_own_service_cut_is_no_restriction(text, patterns_alone):
    """Whether or not the provider is found as an actor ("The company": no source actor, its doer
    word no state arm)."""
    assert not any(c == "1721" for _, c, _, _ in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "The company cut mobile internet service for customers who had not paid.",
    "The provider cut internet service to homes that had not paid their bills.",
])
def test_a_providers_service_cut_is_no_coercion_through_the_pipeline(text):
    assert not any(t == "COERCE" for t, *_ in annotated(text)), annotated(text)


@pytest.mark.parametrize("text", [
    "Volunteers cordoned off the park for the marathon.",
    "Engineers sealed off the leaking pipe.",
    "Organisers cordoned off the stage.",
    "Fans cordoned off part of the stadium for a banner.",
])
def test_a_cordon_by_no_arm_of_the_state_is_no_restriction(text):
    """Anyone may cordon or seal something off: CAMEO 191 only from the state's arms or with no
    doer named; the proposer puts no COERCE back either."""
    assert not any(t == "COERCE" for t, *_ in annotated(text)), annotated(text)


@pytest.mark.parametrize("text,doer", [
    ("Soldiers sealed off the town after the bombing.", "soldiers"),
    ("The army cordoned off the village and searched every house.", "army"),
    ("The area was sealed off.", None),
])
def test_a_cordon_by_the_state_or_by_no_one_named_is_a_restriction(text, doer):
    assert any(c == "191" and (doer is None or any(doer in x for x in s))
               for _, c, s, _ in annotated(text)), annotated(text)


@pytest.mark.parametrize("text", [
    "The two leaders had an encounter at the summit in Geneva.",
    "She described her encounter with the singer at the airport.",
    "The two presidents had a tense encounter at the summit.",
    "The minister described his encounter with the farmers.",
])
def test_an_encounter_naming_no_force_is_no_attack(text, patterns_alone):
    assert not any(c == "190" for _, c, _, _ in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "An encounter with militants began at dawn in the district.",
    "Police began an encounter with militants at dawn.",
    # the parser hangs "with" / "between" on the verb, or the force is the verb's subject
    "An encounter broke out between security forces and militants in Shopian.",
    "An encounter started between police and the gang in Meerut on Friday.",
    "The army launched an encounter with militants in Kupwara on Sunday.",
])
def test_an_encounter_with_a_force_or_an_armed_group_is_an_attack(text, patterns_alone):
    assert any(c == "190" for _, c, _, _ in coded(text)), coded(text)


def test_top_cut_is_the_types_own_cut_else_the_general_one(monkeypatch):
    monkeypatch.setattr(propose, "MIN_TYPE", {"COERCE": 0.25})
    assert propose.top_cut("COERCE", 0.5) == 0.25
    assert propose.top_cut("ASSAULT", 0.5) == 0.5
    assert propose.top_cut("COERCE", 0.5, {}) == 0.5
