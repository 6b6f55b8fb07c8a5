"""Speakers to actors (quospk23): ``speakers.described``. A relative pronoun speaker whose noun is
no actor's mention but a description of one: in apposition to a name ("Harlan Crow, a Texas real
estate developer, who said …") or the predicate of a copula whose subject is a name ("Donald Trump
is a serial liar and a bully who has said …"); a description of nobody named keeps no actor."""

from __future__ import annotations

from dateline.model import Actor, Mention
from dateline.pipeline import Work
from dateline.quotes.speakers import described
from dateline.quotes.stage import find_quotes

APPOS = "The group got money from Harlan Crow, a Texas real estate developer, who said the race was over."
COPULA = "Donald Trump is a serial liar, a racist and a bully who said he would ban all Muslims."
NOBODY = "She passed the microphone to a New Mexico delegate, who said the nominee was unfit."


def _person(text: str, name: str, key: str = "a1") -> Actor:
    at = text.index(name)
    return Actor(key, name, "person", mentions=(Mention(at, at + len(name), name),))


def _head(nlp, text: str, word: str):
    doc = nlp(text)
    at = text.index(word)
    return doc, at


def test_an_apposition_describes_the_name_before_it(nlp):
    doc, at = _head(nlp, APPOS, "developer")
    start, end, head = described(doc, at)
    assert APPOS[start:end] == "Harlan Crow" and APPOS[head:head + 4] == "Crow"


def test_a_predicate_noun_describes_the_copula_s_subject_through_its_conjuncts(nlp):
    doc, at = _head(nlp, COPULA, "bully")
    found = described(doc, at)
    assert found is not None and COPULA[found[0]:found[1]] == "Donald Trump"


def test_a_noun_that_describes_no_name_gives_none(nlp):
    doc, at = _head(nlp, NOBODY, "delegate")
    assert described(doc, at) is None
    doc, at = _head(nlp, APPOS, "money")
    assert described(doc, at) is None  # an object, not a description


def _speaker_actors(nlp, text: str, actors: list[Actor]) -> set:
    work = Work(text=text, published=None, doc=nlp(text), actors=actors)
    at = text.index("who said")
    found = [q for q in find_quotes(work) if q.speaker is not None and q.speaker.start == at]
    assert found, "the stage gives the relative clause's quote the speaker 'who'"
    return {q.speaker.actor for q in found}


def test_through_the_stage(nlp):
    assert _speaker_actors(nlp, APPOS, [_person(APPOS, "Harlan Crow")]) == {"a1"}
    assert _speaker_actors(nlp, COPULA, [_person(COPULA, "Donald Trump")]) == {"a1"}
    # the delegate is nobody named: the actor of another person in the sentence is not taken
    assert _speaker_actors(nlp, NOBODY, [Actor("a1", "Sarah Palin", "person",
                                               mentions=(Mention(0, 3, "She", "pronoun"),))]) == {None}


def test_it_after_a_campaign_s_statement_is_the_campaign():
    from dateline.model import Quote, Speaker
    from dateline.quotes.speakers import carry_pronoun_speakers

    text = ("Trump's campaign put out a statement contradicting him. In cases of abortion, it said, the "
            "woman is a victim. He said so too.")
    camp = text.index("Trump's campaign")
    it = text.index("it said")
    he = text.index("He said")
    quotes = [Quote(camp + 20, camp + 40, text[camp + 20:camp + 40], "indirect",
                    Speaker(camp, camp + 16, "Trump's campaign", "a1")),
              Quote(it + 9, it + 30, text[it + 9:it + 30], "indirect", Speaker(it, it + 2, "it")),
              Quote(he + 8, he + 14, text[he + 8:he + 14], "indirect", Speaker(he, he + 2, "He"))]
    out = carry_pronoun_speakers(quotes, text)
    assert out[1].speaker.actor == "a1"  # "it": the campaign
    assert out[2].speaker.actor is None  # "He" is no campaign (and the campaign no person)


# Review mends of quospk23 (mend23C): a cleft's "it" is nobody a description describes; an "it" is not
# carried past another organisation the text names in between

CLEFT = "It was a neighbor who said the fire had started in the kitchen."
TARIFFS = "The Biden administration announced new tariffs. "
CAMPAIGN = "The Smith campaign raised $3 million. "
DONORS = "It said donors were enthusiastic about the tariffs."


def test_a_copula_s_pronoun_subject_is_described_by_nothing(nlp):
    for subject in ("It", "That", "This"):
        text = CLEFT.replace("It", subject, 1)
        doc, at = _head(nlp, text, "neighbor")
        assert described(doc, at) is None, subject


def _carried(nlp, text: str):
    at = text.index("The Biden administration")
    actors = [Actor("a1", "Biden administration", "organization",
                    mentions=(Mention(at, at + 24, "The Biden administration"),))]
    work = Work(text=text, published=None, doc=nlp(text), actors=actors)
    found = [q for q in find_quotes(work) if q.speaker is not None and q.speaker.text == "It"]
    assert found, "the stage finds the pronoun's quote"
    return {q.speaker.actor for q in found}


def test_it_is_not_carried_past_another_organisation(nlp):
    assert _carried(nlp, TARIFFS + CAMPAIGN + DONORS) == {None}
    # with no other organisation between, the administration is still "it"
    assert _carried(nlp, TARIFFS + "Officials met in the morning. " + DONORS) == {"a1"}
