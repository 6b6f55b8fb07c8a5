"""Speakers to actors: the actor one of whose mentions covers the speaker's head word.

The actors stage does coreference, so a pronoun speaker ("He said") is a mention of the actor it
refers to; this module only matches spans, and takes a relative pronoun ("X, who said …") to
the noun its clause hangs from (or, where the parser missed the relative clause, the noun right
before it). With no actors (the stage absent or empty) the speaker keeps its
span and no actor id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Actor
from ..nlp import RELATIVE_PRONOUNS  # speakers that stand for their noun (``antecedent``)


def actor_for(actors: Sequence[Actor], source: tuple[int, int], head: int | None = None) -> str | None:
    """Id of the actor whose mention contains the speaker's head (else overlaps the speaker most)."""
    start, end = source
    best, best_score = None, 0
    for actor in actors:
        for mention in actor.mentions:
            if head is not None and mention.start <= head < mention.end:
                # A mention on the head word wins; among those, the tightest one.
                score = 10_000_000 - (mention.end - mention.start)
            else:
                shared = min(end, mention.end) - max(start, mention.start)
                if shared <= 0:
                    continue
                score = shared
            if score > best_score:
                best, best_score = actor.id, score
    return best


def named_alike(actors: Sequence[Actor], phrase: str, at: int | None = None) -> str | None:
    """The actor named by the same words as the speaker ``phrase`` somewhere else in the article,
    when no mention covers the speaker itself ("the Pentagon said" where the actors stage marked
    "Pentagon" elsewhere): the one actor whose name, or the text of one of its name or metonym
    mentions, is the phrase (a leading "the" and case aside). None when two different actors
    match (two Smiths; "Washington" for the United States and for a Mr. Washington), and when the
    phrase is also words of a person actor's name that is not the match ("Washington" said, with
    the United States named "Washington" and a "Denzel Washington" in the article: the surname
    may be his) — unless the text already called the match a person by exactly these words
    before the speaker at ``at``, the latest such mention being his ("Biden said" after Joe Biden
    was called "Biden", with a Hunter Biden named too: the article's short name for Joe; a
    metonym "Washington" is no such name). Pronouns and relative pronouns are left to
    ``carry_pronoun_speakers`` and ``antecedent``."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not words[0][:1].isupper():  # a name: "veterans" is no "Veterans Affairs"
        return None
    key = _name_key(phrase)
    if not key or key in PRONOUN_KINDS or key in _OTHER_PRONOUNS or key in RELATIVE_PRONOUNS:
        return None
    matches = {actor.id for actor in actors
               if _name_key(actor.name) == key
               or any(m.kind in _NAMING and _name_key(m.text) == key for m in actor.mentions)}
    if len(matches) != 1:
        return None
    match = next(iter(matches))
    if any(actor.kind == "person" and actor.id != match and _names_part(actor, key) for actor in actors):
        return match if at is not None and _short_name_of(actors, key, at) == match else None
    return match


def _short_name_of(actors: Sequence[Actor], key: str, at: int) -> str | None:
    """The person actor whose name mention is the latest before ``at`` to be exactly ``key``
    (None when that latest mention is no person's name: a metonym, a title)."""
    latest = max(((m.start, actor.kind == "person" and m.kind == "name", actor.id) for actor in actors
                  for m in actor.mentions if m.end <= at and _name_key(m.text) == key), default=None)
    return latest[2] if latest and latest[1] else None


def surnamed(actors: Sequence[Actor], text: str, source: tuple[int, int]) -> str | None:
    """The person actor whose name ends with the speaker's one word, an honorific aside ("Hale
    said", "Mr. Trump said" where no mention covers the speaker; a speaker span cut to the
    honorific, "Mr.", reads the capitalised word right after it): the one person actor whose
    name's last word it is, when no other actor's name, name mention or metonym holds the word
    (Hillary and Bill Clinton, a "Clinton Foundation", the United States called "Washington" leave
    it open). None for pronouns and lower-case words."""
    start, end = source
    words = text[start:end].split()
    if len(words) == 1 and _honorific(words[0]):
        after = _NEXT_WORD.match(text, end)
        words = words + [after.group(1)] if after else words
    if words and _honorific(words[0]):
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    key = _name_key(words[0]).removesuffix("'s")
    if not key or key in PRONOUN_KINDS or key in _OTHER_PRONOUNS or key in RELATIVE_PRONOUNS:
        return None
    hits = {actor.id for actor in actors if actor.kind == "person" and _personal_name(actor.name)
            and _name_key(actor.name).split()[-1:] == [key]}
    if len(hits) != 1 or any(actor.id not in hits and _holds_word(actor, key) for actor in actors):
        return None
    return next(iter(hits))


def _holds_word(actor: Actor, key: str) -> bool:
    """Whether the one word ``key`` is a word of ``actor``'s name or of a name or metonym mention."""
    return any(key in _name_key(name).split()
               for name in (actor.name, *(m.text for m in actor.mentions if m.kind in _NAMING)))


def party_of(actors: Sequence[Actor], text: str, source: tuple[int, int]) -> str | None:
    """The party actor of a speaker that names its members as a group ("Republicans said",
    "the Democrats", "GOP"): the one actor whose name is that party's ("Republican Party",
    "Democratic Party"; a state party, "Nevada State Democratic Party", is not it). Not when a
    relative clause right after the speaker picks some of them ("Republicans who praised him")."""
    phrase = text[source[0]:source[1]]
    names = PARTY_MEMBERS.get(_name_key(phrase))
    if not names or not phrase.lstrip()[:1].isupper() and not phrase.lower().startswith("the "):
        return None
    if _SOME_OF_THEM.match(text, source[1]):
        return None
    found = {actor.id for actor in actors if _name_key(actor.name) in names}
    return next(iter(found)) if len(found) == 1 else None


# A party's members named as a group -> the names of the party's actor (lower case).
PARTY_MEMBERS = {
    "republicans": ("republican party", "gop"), "gop": ("republican party", "gop"),
    "democrats": ("democratic party",), "dems": ("democratic party",),
}


def _personal_name(name: str) -> bool:
    """Whether ``name`` is written as a person's name, every word capitalised ("Donald J. Trump",
    not a description the actors stage named the actor by: "spokesman for committee Democrats")."""
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in name.split())


_SOME_OF_THEM = re.compile(r"\s*(who|whom|that|whose)\b", re.IGNORECASE)
_NAME_PARTICLES = frozenset("de da del della di van von der den le la bin al".split())


def _honorific(word: str) -> bool:
    return word.lower().rstrip(".") in _HONORIFICS


# Words before a surname that are part of how a person is addressed (actors.cues.HONORIFICS, without
# the ones that are also first names or nouns: "Miss", "Lady", "Sir").
_HONORIFICS = frozenset("mr mrs ms dr mister madam madame".split())
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _names_part(actor: Actor, key: str) -> bool:
    """Whether ``key`` is one or more whole words of ``actor``'s name or of a name mention."""
    wanted = key.split()
    for name in (actor.name, *(m.text for m in actor.mentions if m.kind == "name")):
        words = _name_key(name).split()
        if any(words[k:k + len(wanted)] == wanted for k in range(len(words) - len(wanted) + 1)):
            return True
    return False


def _name_key(phrase: str) -> str:
    words = phrase.replace("’", "'").split()
    if words and words[0].lower() in ("the",):
        words = words[1:]
    return " ".join(words).lower().strip(" ,.;:'\"")


_NAMING = ("name", "metonym")
_OTHER_PRONOUNS = frozenset("i we you they him her them us me this that these those one".split())


def antecedent(doc, source: tuple[int, int]) -> tuple[int, int, int] | None:
    """What a relative-pronoun speaker stands for ("Mr. Kaine, [who] said …" → "Mr. Kaine"): the
    noun its relative clause hangs from, as (start, end, head) character offsets; None when the
    speaker is no relative pronoun or its clause is no relative clause."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = span[0].head
    for _ in range(3):  # the pronoun may be the subject of a verb inside the relative clause
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ == "relcl":
        noun = clause.head
    else:
        noun = _noun_before(doc, span[0])
        if noun is None:
            return None
    return noun.left_edge.idx, noun.idx + len(noun), noun.idx


def described(doc, head: int) -> tuple[int, int, int] | None:
    """The one a description noun describes, when a relative pronoun's noun (``antecedent``) is no
    actor's mention: the name it is in apposition to ("Harlan Crow, a Texas real estate [developer],
    who had supported …") or the subject of the copula it is the predicate of ("Donald Trump is a
    serial liar, … and [bully] who has pledged …"), a coordinated noun read as its first conjunct;
    as (start, end, head) character offsets of that name's phrase, or None."""
    span = doc.char_span(head, head + 1, alignment_mode="expand")
    if span is None:
        return None
    noun = span[0]
    for _ in range(8):  # "a liar, a racist and a bully": the first of the nouns carries the role
        if noun.head.i == noun.i or not (noun.dep_ == "conj" or noun.dep_ == "appos" and noun.head.pos_ == "NOUN"):
            break
        noun = noun.head
    if noun.dep_ == "appos":
        named = noun.head
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        named = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if named is None or named.pos_ not in ("PROPN", "PRON") or named.i == noun.i \
            or named.lemma_.lower() in _NO_ONE:    # "It was a neighbor who said …": a cleft's "it" is nobody
        return None
    return named.left_edge.idx, named.idx + len(named), named.idx


# Pronoun subjects of a copula that name no one the description could describe (review of quospk23, mend23C)
_NO_ONE = frozenset(("it", "this", "that"))


def _noun_before(doc, pronoun):
    """The noun right before "who" or "which" (a comma between allowed), when the parser did not
    make its clause a relative clause ("according to police, who said …" parsed as a second main
    clause). "that" is left alone: after a noun it is as often a complementiser ("told reporters
    that …")."""
    if pronoun.lower_ not in ("who", "whom", "which"):
        return None
    k = pronoun.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[k]


def carry_pronoun_speakers(quotes, text: str, doc=None):
    """A pronoun speaker that no actor mention covers ("It said …" right after "a Foreign Policy
    report said …") is the most recent named speaker of the same kind, when that speaker spoke
    within the last ``PRONOUN_REACH`` characters: news stories keep one speaker across
    consecutive quotes. Returns the quotes, with such speakers' actor filled in. With the parsed
    ``doc`` (offsets of ``text``), no "it" is carried past a singular noun of ``THING_HEADS`` that
    no speaker nor quote covers ("The Biden administration announced … The Smith campaign raised $3 million. It
    said …": the campaign, not the administration, is the likelier "it"; review of quospk23, mend23C)."""
    import dataclasses

    # (what the quotes say is no mention of the one who says it: "“The report is wrong,” it said")
    spans = [(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None] \
        + [(q.start, q.end) for q in quotes]
    things = [] if doc is None else [
        token.idx for token in doc if token.tag_ in ("NN", "NNP") and token.dep_ != "compound"
        and token.lower_ in THING_HEADS and not any(start <= token.idx < end for start, end in spans)]
    out, last = [], {}
    for quote in sorted(quotes, key=lambda q: q.start):
        speaker = quote.speaker
        if speaker is not None:
            word = speaker.text.lower()
            kind = PRONOUN_KINDS.get(word)
            if kind and speaker.actor is None and kind in last and speaker.start - last[kind][1] <= PRONOUN_REACH \
                    and not (kind == "thing" and any(last[kind][1] <= at < speaker.start for at in things)):
                speaker = dataclasses.replace(speaker, actor=last[kind][0])
                quote = dataclasses.replace(quote, speaker=speaker)
            elif speaker.actor is not None and not kind:
                nominal = _speaker_kind(speaker.text)
                last[nominal] = (speaker.actor, speaker.end)
        out.append(quote)
    return out


def _speaker_kind(phrase: str) -> str:
    """"thing" for organisations, documents and reports (referred to as "it"), else "person"."""
    words = phrase.lower().replace(")", " ").split()
    head = words[-1] if words else ""
    return "thing" if head in THING_HEADS else "person"


PRONOUN_KINDS = {"he": "person", "she": "person", "it": "thing"}
# Head nouns of speakers referred to as "it" (documents, institutions).
THING_HEADS = frozenset("""
report study survey poll statement paper newspaper magazine agency ministry department
government council committee commission organization organisation company group office
court board bank fund institute party union network channel website campaign administration
""".split())
# How far back (characters) a pronoun speaker may take its antecedent: about two sentences.
# Chosen by reading, not tuned on data.
PRONOUN_REACH = 400
