"""``speakers.named_alike`` gives no actor when the speaker's words name two (qmend20: a metonym
"Washington" and a Mr. Washington; two Smiths), invented sentences both ways and through the stage."""

from __future__ import annotations

from dateline.model import Actor, Mention
from dateline.pipeline import Work
from dateline.quotes.speakers import named_alike
from dateline.quotes.stage import find_quotes

TEXT = ("Washington imposed new tariffs on steel on Monday. The actor Denzel Washington opened a theatre "
        "in Harlem. Washington said the theatre would stay open all year.")


def _actors(with_person: bool = True) -> list[Actor]:
    us = Actor("a1", "United States", "country", mentions=(Mention(0, 10, "Washington", "metonym"),))
    start = TEXT.index("Denzel")
    denzel = Actor("a2", "Denzel Washington", "person",
                   mentions=(Mention(start, start + len("Denzel Washington"), "Denzel Washington"),))
    return [us, denzel] if with_person else [us]


def test_a_surname_of_a_person_in_the_article_is_no_metonym():
    assert named_alike(_actors(), "Washington") is None
    assert named_alike(_actors(with_person=False), "Washington") == "a1"  # the metonym alone still names it


def test_the_person_named_by_the_surname_keeps_it():
    us, denzel = _actors()
    bare = TEXT.rindex("Washington said")
    denzel = Actor(denzel.id, denzel.name, denzel.kind,
                   mentions=(*denzel.mentions, Mention(bare - 40, bare - 30, "Washington")))
    assert named_alike([denzel], "Washington") == "a2"
    # both name "Washington" now (a metonym and a bare surname mention): two actors, none wins
    assert named_alike([us, denzel], "Washington") is None
    assert named_alike([us, denzel], "Denzel Washington") == "a2"


def test_two_smiths_give_none():
    john = Actor("a1", "John Smith", "person", mentions=(Mention(0, 10, "John Smith"), Mention(40, 45, "Smith")))
    jane = Actor("a2", "Jane Smith", "person", mentions=(Mention(60, 70, "Jane Smith"), Mention(90, 95, "Smith")))
    assert named_alike([john, jane], "Smith") is None
    assert named_alike([john], "Smith") == "a1"
    # Jane named only in full: "Smith" may still be hers
    jane_full = Actor("a2", "Jane Smith", "person", mentions=(Mention(60, 70, "Jane Smith"),))
    assert named_alike([john, jane_full], "Smith") is None
    assert named_alike([john, jane_full], "Jane Smith") == "a2"


def test_an_organisation_whose_name_holds_the_words_does_not_block():
    vatican = Actor("a1", "Vatican", "organization", mentions=(Mention(0, 7, "Vatican"),))
    bank = Actor("a2", "Vatican Bank", "organization", mentions=(Mention(30, 42, "Vatican Bank"),))
    assert named_alike([vatican, bank], "the Vatican") == "a1"


def _speaker_actor(nlp, actors):
    work = Work(text=TEXT, published=None, doc=nlp(TEXT), actors=actors)
    speaker = TEXT.rindex("Washington said")
    found = [q for q in find_quotes(work) if q.speaker is not None and q.speaker.start == speaker]
    assert found
    return {q.speaker.actor for q in found}


def test_the_stage_leaves_the_ambiguous_speaker_without_an_actor(nlp):
    assert _speaker_actor(nlp, _actors()) == {None}
    assert _speaker_actor(nlp, _actors(with_person=False)) == {"a1"}
