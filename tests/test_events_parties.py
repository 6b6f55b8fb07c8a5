"""Who did it to whom (events/arguments.py, stage._resolve): error classes of the parties found in
the Wikinews training articles, on sentences written for the test, with actors given by hand."""

from __future__ import annotations

from test_events_helpers import parties, run_events


def test_a_named_person_acts_in_the_capacity_of_the_title(nlp):
    text = "Polish deputy foreign minister Jan Kowal praised Anna Berg on Monday."
    events, by_id = run_events(nlp, text, {"pl": ("POL", "country", "Polish"),
                                           "jk": (None, "person", "Jan Kowal"),
                                           "ab": (None, "person", "Anna Berg")})
    # the person first, the title's state beside; one side, so no symmetric reversal
    assert parties(events, by_id, "praised", text) == (["Jan Kowal", "Polish"], ["Anna Berg"])


def test_a_kin_noun_gives_no_party_to_the_person(nlp):
    text = "Omar Haddad, brother of Leila Haddad, was arrested by Tunisian police."
    events, by_id = run_events(nlp, text, {"oh": (None, "person", "Omar Haddad"),
                                           "lh": (None, "person", "Leila Haddad"),
                                           "po": ("TUN", "group", "Tunisian police")})
    assert parties(events, by_id, "arrested", text) == (["Tunisian police"], ["Omar Haddad"])


def test_a_description_named_by_a_participle_is_the_person_named(nlp):
    text = "Gunmen killed a woman named Maria Lopez in Cali."
    events, by_id = run_events(nlp, text, {"g": (None, "group", "Gunmen"),
                                           "w": (None, "person", "woman"),
                                           "ml": (None, "person", "Maria Lopez")})
    assert parties(events, by_id, "killed", text)[1] == ["Maria Lopez"]


def test_the_doer_of_a_passive_named_by_the_operation(nlp):
    text = "The commander was killed in a Colombian army operation."
    events, by_id = run_events(nlp, text, {"co": ("COL", "country", "Colombian"),
                                           "c": (None, "person", "The commander")})
    assert parties(events, by_id, "killed", text) == (["Colombian"], ["The commander"])


def test_the_organ_of_a_named_party_stands_for_it(nlp):
    text = "Egypt supported the government of Ali Saleh against the rebels."
    events, by_id = run_events(nlp, text, {"eg": ("EGY", "country", "Egypt"),
                                           "as": (None, "person", "Ali Saleh"),
                                           "rb": (None, "group", "rebels")})
    assert parties(events, by_id, "supported", text) == (["Egypt"], ["Ali Saleh"])


def test_two_parties_of_one_subject_still_meet_each_other(nlp):
    text = "Egypt and Greece signed a maritime agreement on Thursday."
    events, by_id = run_events(nlp, text, {"eg": ("EGY", "country", "Egypt"),
                                           "gr": ("GRC", "country", "Greece")})
    sources, targets = parties(events, by_id, "signed", text)
    assert sources == ["Egypt", "Greece"] and targets == ["Greece", "Egypt"]



def test_a_merged_description_keeps_the_victims_another_one_names():
    from types import SimpleNamespace

    from dateline.events.merge import merge_drafts

    def draft(at, targets, basis):  # "two students were killed in police firing on Tuesday"
        return SimpleNamespace(type="ASSAULT", modality="asserted", mode=None, sources=["p"],
                               targets=targets, source_keys=("p",), target_keys=tuple(targets),
                               date="2021-11-23", date_basis=basis, place=None,
                               evidence=SimpleNamespace(start=at), confidence=0.8, mentions=[])
    # the firing is dated by the clause, so it is the evidence; the killing names the victims
    merged = merge_drafts([draft(0, ["s"], "publication"), draft(30, [], "clause")])
    assert [(d.evidence.start, d.targets, d.target_keys) for d in merged] == [(30, ["s"], ("s",))]
