"""Where an event happened, for the events stage.

:func:`event_place` looks outward from the event, and its ``basis`` says how far it had to look:

1. ``"clause"``: a resolved place inside the given span (the event's clause), the most specific one
   ("a blast in Kandahar, Afghanistan" happened in Kandahar);
2. ``"sentence"``: else a place of the sentence the event's trigger stands in;
3. ``"paragraph"``: else a place of its paragraph (text between blank lines or line breaks);
4. ``"article"``: else the article's dominant place;

else None. Within a sentence or paragraph, a place said to be *where* something happens ("in
Doha", "to Pakistan") is preferred over a modifier ("the US delegation", "Afghan officials"), then
the most specific, then the nearest to the trigger. The basis always says which: a reader never
mistakes the article's main place for the event's own.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import EventPlace, Place
from ..pipeline import Work

# Which place a clause "happens in" when it names several: the most specific one.
SPECIFICITY = {"PPL": 0, "PPLC": 0, "ADM2": 1, "ADM1": 2, "PCLI": 3, "CONT": 4}

# Words right before a toponym that say it is where something is or happens.
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|into|inside|outside|across|around|across|"
                       r"throughout|within|towards?|outside of|north of|south of|east of|west of)"
                       r"(?:\s+(?:the|northern|southern|eastern|western|central|neighbouring|"
                       r"neighboring|nearby))*\s*$", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n")


def _as_event_place(place: Place, basis: str) -> EventPlace:
    return EventPlace(place.geonameid, place.name, place.country, place.lat, place.lon, basis)


def dominant_place(places: list[Place]) -> Place | None:
    """The article's main place: the most often named resolved place; on a tie the more specific,
    then the first named."""
    resolved = [p for p in places if p.geonameid is not None]
    if not resolved:
        return None
    counts = Counter(p.geonameid for p in resolved)
    first = {}
    for i, p in enumerate(resolved):
        first.setdefault(p.geonameid, (i, p))
    return min(first.values(), key=lambda ip: (-counts[ip[1].geonameid],
                                                 SPECIFICITY.get(ip[1].feature or "", 5), ip[0]))[1]


def _sentence_bounds(work: Work, position: int) -> tuple[int, int] | None:
    """The character span of the parsed sentence holding ``position`` (None without a parse). The
    spans are listed once per article (``work.extra``): the events stage asks for each event, and
    ``Doc.sents`` makes a Span of each sentence at every pass."""
    doc = work.doc
    if doc is None:
        return None
    sentences = work.extra.get("places.sentences")
    if sentences is None:
        sentences = work.extra["places.sentences"] = [(s.start_char, s.end_char) for s in doc.sents]
    for start, end in sentences:
        if start <= position < max(end, start + 1):
            return start, end
    return None


def _paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    found = _PARAGRAPH_BREAK.search(text, position)
    return start, found.start() if found else len(text)


def _located(text: str, place: Place) -> bool:
    return bool(_LOCATIVE.search(text[max(0, place.start - 40):place.start]))


def _nearest(text: str, places: list[Place], position: int) -> Place:
    return min(places, key=lambda p: (not _located(text, p), SPECIFICITY.get(p.feature or "", 5),
                                      abs(p.start - position)))


def event_place(work: Work, start: int, end: int) -> EventPlace | None:
    """The place of an event whose clause spans ``[start, end)`` of ``work.text`` (an empty span:
    the position of the event's trigger)."""
    resolved = [p for p in work.places if p.geonameid is not None]
    inside = [p for p in resolved if start <= p.start and p.end <= end]
    if inside:
        best = min(inside, key=lambda p: (SPECIFICITY.get(p.feature or "", 5), p.start))
        return _as_event_place(best, "clause")
    for basis, bounds in (("sentence", _sentence_bounds(work, start)),
                          ("paragraph", _paragraph_bounds(work.text, start))):
        if bounds is None:
            continue
        near = [p for p in resolved if bounds[0] <= p.start and p.end <= bounds[1]]
        if near:
            return _as_event_place(_nearest(work.text, near, start), basis)
    main = dominant_place(work.places)
    return _as_event_place(main, "article") if main is not None else None
