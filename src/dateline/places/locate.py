"""Where an event happened, for the events stage.

:func:`event_place` returns the place its clause names when there is one (basis "clause"), else the
article's dominant place (basis "article"), else None. The basis always says which: a reader
never mistakes the article's main place for the event's own.
"""

from __future__ import annotations

from collections import Counter

from ..model import EventPlace, Place
from ..pipeline import Work

# Which place a clause "happens in" when it names several: the most specific one
# ("a blast in Kandahar, Afghanistan" happened in Kandahar).
SPECIFICITY = {"PPL": 0, "PPLC": 0, "ADM2": 1, "ADM1": 2, "PCLI": 3, "CONT": 4}


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


def event_place(work: Work, start: int, end: int) -> EventPlace | None:
    """The place of an event whose clause spans ``[start, end)`` of ``work.text``."""
    inside = [p for p in work.places if p.geonameid is not None and start <= p.start and p.end <= end]
    if inside:
        best = min(inside, key=lambda p: (SPECIFICITY.get(p.feature or "", 5), p.start))
        return _as_event_place(best, "clause")
    main = dominant_place(work.places)
    return _as_event_place(main, "article") if main is not None else None
