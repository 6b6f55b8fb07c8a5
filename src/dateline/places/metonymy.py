"""Place names that stand for a government ("Washington said", "the new government in Kabul").

Such a mention is an actor, not a location: the places stage hands it to the actors stage as a
:class:`~dateline.pipeline.Metonym` and leaves it out of ``places``. Only seats of government
(a country's capital, or a name the lexicon lists for it) and country names are considered, and
only in the two constructions that make the reading clear:

- the name is the grammatical subject of a speech, stance or policy verb ("Washington has
  rebuffed the call", "Islamabad, which has accepted …, has pushed back");
- the name follows "in" after a noun of government ("the regime in Damascus"), or modifies one
  ("Kabul's new rulers", "the Beijing government").

Seats that are a building or a street ("Whitehall said", "the Elysee has announced"; lexicon
``SEAT_BUILDINGS``) are read in the same two constructions wherever they are written, whether or
not the recognizer took them for a place (``seat_buildings``).
"""

from __future__ import annotations

import re

from .gazetteer import Entry
from .lexicon import GOVERNMENT_NOUNS, METONYM_VERBS, SEAT_BUILDINGS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span


def _government_head(root) -> bool:
    """True for "<government noun> in <root>", "<root>'s <noun>", "<root> <noun>"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in GOVERNMENT_NOUNS:
        return True
    if root.dep_ in ("poss", "compound", "nmod") and head.lemma_.lower() in GOVERNMENT_NOUNS:
        return True
    return False


def _subject_of_policy_verb(root) -> bool:
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS:
        root = root.head  # "his government and Washington needed to …"
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    # "Washington would continue to have dialog", "Washington needed to deepen": the first verb.
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in METONYM_VERBS


def is_metonym(doc, start: int, end: int, entry: Entry, seat: bool) -> bool:
    """Whether the mention ``[start, end)`` resolved to ``entry`` is used for a government.

    ``seat``: the name is its country's capital or a listed seat of government.
    """
    if doc is None or not (seat or entry.feature == "PCLI"):
        return False
    span = _tokens(doc, start, end)
    if span is None or not len(span):
        return False
    root = span.root
    if _government_head(root):
        return True
    # A country as the subject of "said" is often still the place ("Pakistan said" is the state,
    # but the annotation convention and the analysts' maps keep countries); capitals only.
    return seat and _subject_of_policy_verb(root)


_SEAT_BUILDING = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(name) for name in sorted(SEAT_BUILDINGS, key=len, reverse=True)) + r")(?![\w'’])")


def seat_buildings(doc, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, alpha-3) of each seat of government that is a building or a street, written
    outside the ``taken`` spans and standing for its government ("Whitehall has rejected",
    "Downing Street said", "Elysee officials")."""
    if doc is None:
        return []
    out = []
    for m in _SEAT_BUILDING.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        span = _tokens(doc, m.start(), m.end())
        if span is None or not len(span):
            continue
        if _government_head(span.root) or _subject_of_policy_verb(span.root):
            out.append((m.start(), m.end(), SEAT_BUILDINGS[m.group()]))
    return out
