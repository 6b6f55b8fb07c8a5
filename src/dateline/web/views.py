"""What each page and API route shows, as plain data (the pages' ``.json`` twins return exactly
this). Each function takes the read-only :class:`Store` and the request's parameters."""

from __future__ import annotations

from typing import Any

from ..corpus import Store
from ..model import Document
from . import queries

EVENT_FILTERS = ("actor", "country", "type", "modality", "since", "until", "place", "source", "story")
MODALITIES = ("asserted", "planned", "hypothetical", "negated", "requested")


class NotFound(LookupError):
    """The thing a route names is not in the store (answered with a 404)."""


def paged(rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``rows`` (fetched with ``limit + 1`` to know whether another page follows).
    An empty page past the end leads back to the first page, not to the (as empty) page before it."""
    more = len(rows) > limit
    previous = None
    if offset > 0:
        previous = max(0, offset - limit) if rows else 0
    return {"items": rows[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None, "previous_offset": previous}


def overview(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts of everything stored; the event charts (by type, per day) count the events at or
    above the events model's threshold, as the explorer they link to lists them by default (and
    as ``dateline stats`` counts them)."""
    from ..events.learned import default_threshold

    floor = default_threshold()
    stats = store.stats(top=top, min_confidence=floor)
    shown = store.query("SELECT count(*) AS n FROM events WHERE confidence >= ?", [floor])[0]["n"]
    per_day, outside, coarse = queries.events_per_day(store, floor)
    return {"stats": stats, "events_shown": shown, "events_per_day": per_day,
            "events_outside_period": outside, "events_not_dated_to_a_day": coarse}


def articles(store: Store, limit: int, offset: int) -> dict[str, Any]:
    return paged(store.list_articles(limit=limit + 1, offset=offset), limit, offset)


def _event_item(doc: Document, index: int, merged: dict[int, int], active: set[int]) -> dict[str, Any]:
    names = {a.id: a.name for a in doc.actors}
    ev = doc.events[index]
    return {"index": index, "event_id": merged.get(index), "type": ev.type, "mode": ev.mode,
            "cameo": ev.cameo, "modality": ev.modality, "date": ev.date,
            "source": [names.get(a, a) for a in ev.source], "target": [names.get(a, a) for a in ev.target],
            "place": ev.place.name if ev.place else None, "trigger": ev.trigger.text,
            "evidence": ev.evidence.text, "confidence": ev.confidence, "active": index in active}


def stored_article(store: Store, article_id: str) -> tuple[Document, dict[str, Any], dict[int, int]]:
    """An article's Document, stored metadata, and merged event ids by event position."""
    doc = store.get_document(article_id)
    if doc is None:
        raise NotFound(f"No article with id {article_id!r}.")
    return doc, queries.article_row(store, article_id) or {}, queries.merged_event_ids(store, article_id)


def article(store: Store, article_id: str, event_id: int | None = None, stored=None) -> dict[str, Any]:
    """One article: its metadata, its whole Document, and its events (those merged into
    ``event_id`` marked active: the page highlights their evidence). ``stored``: the
    :func:`stored_article` result when the caller has it already."""
    doc, row, merged = stored or stored_article(store, article_id)
    active = set(queries.event_positions(store, event_id, article_id)) if event_id is not None else set()
    return {"article": row, "document": doc,
            "events": [_event_item(doc, i, merged, active) for i in range(len(doc.events))],
            "active_events": sorted(active)}


def events(store: Store, filters: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    page = paged(store.events(filters, limit=limit + 1, offset=offset, newest=True), limit, offset)
    page["filters"] = filters
    return page


def event(store: Store, event_id: int) -> dict[str, Any]:
    found = store.event(event_id)
    if found is None:
        raise NotFound(f"No event with id {event_id}.")
    return found


def actors(store: Store, limit: int, offset: int, name: str | None = None,
           country: str | None = None, sector: str | None = None) -> dict[str, Any]:
    page = paged(store.actors(limit=limit + 1, offset=offset, country=country, sector=sector, name=name),
                 limit, offset)
    page["filters"] = {k: v for k, v in dict(name=name, country=country, sector=sector).items() if v}
    return page


def actor(store: Store, actor_id: str) -> dict[str, Any]:
    """One actor; its events (and so its network) are those at or above the events model's
    threshold, newest first, as the explorer lists them; ``events_below_threshold`` counts the rest."""
    from ..events.learned import default_threshold

    found = store.actor(actor_id)
    if found is None:
        raise NotFound(f"No actor with id {actor_id!r} (ids look like 'name|country|sector').")
    floor = default_threshold()
    events = found["events"]
    found["events"] = sorted((e for e in events if (e["confidence"] or 0) >= floor),
                             key=lambda e: (e["date_start"] is not None, e["date_start"] or 0, e["id"]), reverse=True)
    found["events_below_threshold"] = len(events) - len(found["events"])
    found["min_confidence"] = floor
    return found


def quotes(store: Store, limit: int, offset: int, speaker: str | None = None) -> dict[str, Any]:
    page = paged(store.quotes(speaker=speaker, limit=limit + 1, offset=offset), limit, offset)
    page["filters"] = {"speaker": speaker} if speaker else {}
    return page


def stories(store: Store, limit: int, offset: int) -> dict[str, Any]:
    return paged(store.stories(limit=limit + 1, offset=offset), limit, offset)


def story(store: Store, story_id: int) -> dict[str, Any]:
    """A story and its timeline, with the events at or above the events model's threshold (as the
    explorer shows them by default); ``shown_events`` counts those, ``n_events`` every event."""
    from ..events.learned import default_threshold

    found = store.story(story_id, min_confidence=default_threshold())
    if found is None:
        raise NotFound(f"No story with id {story_id}.")
    found["shown_events"] = len(found["events"])
    return found


def map_data(store: Store, filters: dict[str, Any] | None = None) -> dict[str, Any]:
    """Event places (of the events matching ``filters``), mentioned places, events by country."""
    filters = {k: v for k, v in (filters or {}).items() if v not in (None, "")}
    return {"event_places": queries.event_places(store, filters), "places": queries.mentioned_places(store),
            "events_by_country": queries.events_by_country(store, filters), "filters": filters}
