"""Finding toponyms: spaCy's GPE/LOC entities, plus capitalised names the gazetteer knows well.

A mention is a character span of ``work.text`` with the name to look up (the span without a
leading "the" or a trailing possessive) and the gazetteer entries that name can refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Entry, Gazetteer
from .lexicon import NOT_PLACES_WITHOUT_LABEL, ORG_WORDS

PLACE_LABELS = {"GPE", "LOC"}
# Labels whose spans may still be a well-known place the small spaCy model mislabelled
# ("Georgia" as PERSON, "Kandahar" as ORG).
OTHER_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}

# A place found without a GPE/LOC label must be a country, a continent, a first-order division or
# a populated place at least this large: below it, capitalised words that happen to be a village's
# name ("Bush", "Price") outnumber real toponyms. Calibrated on the LGL and TR-News dev sets.
MIN_POPULATION_UNLABELLED = 100_000
STRONG_FEATURES = {"PCLI", "CONT", "ADM1"}

_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_CAPITALISED = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:of\s+|de\s+|du\s+|la\s+|el\s+)?[A-Z][\w'’.\-]*){0,3}")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    labelled: bool = True  # found as a GPE/LOC entity


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading article, a trailing possessive or surrounding punctuation."""
    span = text[start:end]
    m = _LEADING.match(span)
    if m:
        start += m.end()
    span = text[start:end]
    m = _TRAILING.search(span)
    if m and end - m.start() < len(span):
        end = start + m.start()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    # "U.S." keeps its final period; "Kabul." (end of sentence) does not.
    if text[start:end].endswith(".") and text[start:end].count(".") == 1:
        end -= 1
    return start, end


def _org_like(name: str) -> bool:
    return any(w.lower() in ORG_WORDS for w in name.split()[1:] + name.split()[:1]) and len(name.split()) > 1


def _strong(candidates: list[tuple[Entry, bool]]) -> bool:
    return any(primary and (e.feature in STRONG_FEATURES or e.population >= MIN_POPULATION_UNLABELLED)
               for e, primary in candidates)


def find_mentions(text: str, entities, gazetteer: Gazetteer) -> list[Mention]:
    """Toponym mentions in ``text``, in order, without overlaps."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def add(start, end, labelled):
        start, end = trim(text, start, end)
        name = text[start:end]
        if end - start < 2 or not name[:1].isupper() or not free(start, end):
            return
        candidates = gazetteer.lookup(name)
        if not candidates or (not labelled and not _strong(candidates)):
            return
        if _org_like(name) and not any(p and e.feature.startswith("ADM") for e, p in candidates):
            return
        # Short all-capital names ("US", "UK") match only their own spelling, not a village "Us".
        if len(name) <= 4 and name.replace(".", "").isupper():
            candidates = [(e, p) for e, p in candidates if e.feature in ("PCLI", "ADM1") or
                          e.name.replace(".", "").isupper()] or candidates
        mentions.append(Mention(start, end, name, candidates, labelled))
        taken.append((start, end))

    others = []
    # Nationalities and group names ("Western diplomats", "Afghan rulers") are not toponyms.
    taken.extend((ent.start, ent.end) for ent in entities if ent.label == "NORP")
    for ent in entities:
        if ent.label in PLACE_LABELS:
            add(ent.start, ent.end, True)
        elif ent.label in OTHER_LABELS:
            others.append(ent)
    for ent in others:
        add(ent.start, ent.end, False)
    # Capitalised names no entity covers ("Kandahar" left unlabelled).
    for m in _CAPITALISED.finditer(text):
        if free(m.start(), m.end()) and m.group().lower() not in NOT_PLACES_WITHOUT_LABEL:
            if m.start() > 0 and text[m.start() - 1] not in " \n\t(\"'“‘":
                continue
            add(m.start(), m.end(), False)
    mentions.sort(key=lambda x: x.start)
    return mentions
