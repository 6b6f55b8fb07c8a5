"""Speakers named like an actor elsewhere in the article (quotes20: ``speakers.named_alike``)."""

from __future__ import annotations

from dateline.model import Actor, Mention
from dateline.pipeline import Work
from dateline.quotes.speakers import named_alike
from dateline.quotes.stage import find_quotes


def test_a_speaker_no_mention_covers_takes_the_actor_of_the_same_name():
    text = "The Vatican denied the report on Monday. Later the Vatican said the pope would not travel."
    vatican = Actor("a1", "Vatican", "organization", mentions=(Mention(4, 11, "Vatican"),))
    assert named_alike([vatican], "the Vatican") == "a1"
    assert named_alike([vatican], "The Vatican") == "a1"


def test_two_actors_named_alike_give_none():
    # qmend20: the nearest one before the speaker used to win; either may be meant
    first = Actor("a1", "RT", "organization", mentions=(Mention(0, 2, "RT"),))
    second = Actor("a2", "RT Group", "organization", mentions=(Mention(50, 52, "RT"),))
    assert named_alike([first, second], "RT") is None
    assert named_alike([first], "RT") == "a1"
    assert named_alike([second], "RT") == "a2"


def test_only_names_pass_not_descriptions_pronouns_or_lower_case_words():
    star = Actor("a1", "Jaime Camil", "person",
                 mentions=(Mention(0, 11, "Jaime Camil"), Mention(20, 28, "The star", "description"),
                           Mention(40, 42, "He", "pronoun")))
    veterans = Actor("a2", "Department of Veterans Affairs", "organization",
                     mentions=(Mention(60, 68, "veterans", "metonym"),))
    assert named_alike([star, veterans], "The star") is None  # a description names others too
    assert named_alike([star, veterans], "He") is None
    assert named_alike([star, veterans], "veterans") is None
    assert named_alike([star, veterans], "Jaime Camil") == "a1"
    assert named_alike([star, veterans], "Camil") is None  # the same words, not a part of them


def test_the_stage_gives_the_speaker_the_actor_named_alike(nlp):
    text = "Politico first reported the meeting on Friday. Politico said the talks would resume next week."
    second = text.index("Politico said")
    politico = Actor("a1", "Politico", "organization", mentions=(Mention(0, 8, "Politico"),))
    work = Work(text=text, published=None, doc=nlp(text), actors=[politico])
    quotes = [q for q in find_quotes(work) if q.speaker is not None and q.speaker.start == second]
    assert quotes and all(q.speaker.actor == "a1" for q in quotes)
