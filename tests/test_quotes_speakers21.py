"""Speakers to actors (quotes21). ``speakers.named_alike`` and a surname shared by two persons:
"Biden said" takes the person the text already called "Biden" (the latest mention with exactly
those words before the speaker), though a Hunter Biden is named; not when that latest mention is no
person's name, nor when no such mention comes before the speaker. ``speakers.surnamed``: a surname
(or a span cut to "Mr.") that ends one person actor's name. ``speakers.party_of``: "Republicans"
said → the Republican Party's actor."""

from __future__ import annotations

from dateline.model import Actor, Mention
from dateline.pipeline import Work
from dateline.quotes.speakers import named_alike, party_of, surnamed
from dateline.quotes.stage import find_quotes

TEXT = ("Joe Biden spoke in Ohio on Monday. Biden called the plan fair. His son Hunter Biden was not "
        "there. Biden said the plan would pass.")


def _span(phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def _actors(bare_biden: bool = True) -> list[Actor]:
    mentions = [Mention(*_span("Joe Biden"), "Joe Biden")]
    if bare_biden:
        mentions.append(Mention(*_span("Biden", 1), "Biden"))
    joe = Actor("a1", "Joe Biden", "person", mentions=tuple(mentions))
    hunter = Actor("a2", "Hunter Biden", "person", mentions=(Mention(*_span("Hunter Biden"), "Hunter Biden"),))
    return [joe, hunter]


SPEAKER = TEXT.rindex("Biden said")


def test_the_short_name_the_text_gave_a_person_keeps_naming_him():
    assert named_alike(_actors(), "Biden", SPEAKER) == "a1"
    assert named_alike(_actors(), "Biden") is None  # no position: no "before" to read


def test_no_short_name_before_the_speaker_leaves_it_open():
    assert named_alike(_actors(bare_biden=False), "Biden", SPEAKER) is None
    # the bare "Biden" mention comes after the speaker: it names nobody yet
    early = TEXT.index("Biden called")
    assert named_alike(_actors(), "Biden", early) is None


def test_a_metonym_is_no_short_name_of_a_person():
    text_at = 100
    us = Actor("a1", "United States", "country", mentions=(Mention(0, 10, "Washington", "metonym"),))
    denzel = Actor("a2", "Denzel Washington", "person", mentions=(Mention(40, 57, "Denzel Washington"),))
    assert named_alike([us, denzel], "Washington", text_at) is None
    # two persons both called "Smith" before: still none (the latest is no proof of which)
    john = Actor("a1", "John Smith", "person", mentions=(Mention(0, 10, "John Smith"), Mention(40, 45, "Smith")))
    jane = Actor("a2", "Jane Smith", "person", mentions=(Mention(60, 70, "Jane Smith"), Mention(90, 95, "Smith")))
    assert named_alike([john, jane], "Smith", text_at) is None


def test_through_the_stage(nlp):
    def speaker_actor(actors):
        work = Work(text=TEXT, published=None, doc=nlp(TEXT), actors=actors)
        found = [q for q in find_quotes(work) if q.speaker is not None and q.speaker.start == SPEAKER]
        assert found
        return {q.speaker.actor for q in found}

    assert speaker_actor(_actors()) == {"a1"}
    assert speaker_actor(_actors(bare_biden=False)) == {None}


def test_a_surname_names_the_one_person_whose_name_ends_with_it():
    text = "Donald J. Trump spoke in Iowa. Hale said the crowd was big. Mr. Trump, in a long speech, attacked."
    trump = Actor("a1", "Donald J. Trump", "person", mentions=(Mention(0, 15, "Donald J. Trump"),))
    hale = Actor("a2", "Nathan Hale", "person", mentions=())
    at = text.index("Mr. Trump")
    assert surnamed([trump, hale], text, (at, at + len("Mr."))) == "a1"  # a span cut to the honorific
    assert surnamed([trump, hale], text, (at, at + len("Mr. Trump"))) == "a1"
    at = text.index("Hale")
    assert surnamed([trump, hale], text, (at, at + 4)) == "a2"


def test_a_surname_two_actors_share_or_a_description_names_nobody():
    text = "Clinton said the plan would pass. Democrats said so too."
    hillary = Actor("a1", "Hillary Clinton", "person")
    bill = Actor("a2", "Bill Clinton", "person")
    foundation = Actor("a3", "Clinton Foundation", "organization")
    source = (0, len("Clinton"))
    assert surnamed([hillary], text, source) == "a1"
    assert surnamed([hillary, bill], text, source) is None
    assert surnamed([hillary, foundation], text, source) is None
    capital = Actor("a5", "Arkansas", "country", mentions=(Mention(40, 47, "Clinton", "metonym"),))
    assert surnamed([hillary, capital], text, source) is None
    spokesman = Actor("a4", "spokesman for committee Democrats", "person")
    at = text.index("Democrats")
    assert surnamed([spokesman], text, (at, at + len("Democrats"))) is None  # no person's name
    assert surnamed([hillary], "he said", (0, 2)) is None


def test_a_party_s_members_as_a_group_speak_for_the_party():
    text = "Republicans said the vote was rigged. The Democrats disagreed. Republicans who backed him said no."
    gop = Actor("a1", "Republican Party", "organization")
    dems = Actor("a2", "Democratic Party", "organization")
    state = Actor("a3", "Nevada State Democratic Party", "organization")
    assert party_of([gop, dems], text, (0, len("Republicans"))) == "a1"
    at = text.index("The Democrats")
    assert party_of([gop, dems, state], text, (at, at + len("The Democrats"))) == "a2"
    assert party_of([gop, state], text, (at, at + len("The Democrats"))) is None  # a state party is not it
    at = text.rindex("Republicans")
    assert party_of([gop], text, (at, at + len("Republicans"))) is None  # some of them
    assert party_of([gop], "republicans said", (0, len("republicans"))) is None
