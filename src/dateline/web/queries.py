"""The few reads the web pages need that :class:`dateline.corpus.Store` has no method for.

All of them are SELECTs through :meth:`Store.query` on the store the app opened read-only; the
table layout is documented in ``dateline.corpus.schema``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..corpus import Store
from ..corpus.query import event_filters


def article_row(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article's stored metadata (story, duplicate link, source) without its Document."""
    found = store.query("""
        SELECT id, url, title, published, publisher, source_name, duplicate_of, similarity,
               story_id, ok, problems
        FROM articles WHERE id = ?""", [article_id])
    return found[0] if found else None


def merged_event_ids(store: Store, article_id: str) -> dict[int, int]:
    """Position of an event in the article's Document -> id of the merged event it belongs to."""
    found = store.query("SELECT DISTINCT event_index, event_id FROM event_mentions WHERE article_id = ?",
                        [article_id])
    return {r["event_index"]: r["event_id"] for r in found}


def event_positions(store: Store, event_id: int, article_id: str) -> list[int]:
    """Positions in the article's Document of the events merged into ``event_id``."""
    found = store.query("SELECT DISTINCT event_index FROM event_mentions WHERE event_id = ? AND article_id = ?",
                        [event_id, article_id])
    return sorted(r["event_index"] for r in found)


def events_per_day(store: Store, min_confidence: float | None = None) -> tuple[list[dict[str, Any]], int, int]:
    """Events (at least ``min_confidence`` sure) per day over the corpus's publication period (a
    week either side); how many dated to a day fall outside it (history the articles recall:
    shown as a count, not as bars); and how many are dated less precisely (a week, a month, a
    season, a year: drawn on their first day they would pile up on the 1st of the month)."""
    bounds = store.query("SELECT min(published_date) AS lo, max(published_date) AS hi FROM articles")[0]
    lo, hi = bounds["lo"], bounds["hi"]
    if lo is None:
        return [], 0, 0
    lo, hi = lo - timedelta(days=7), hi + timedelta(days=7)
    rows = store.query("""
        SELECT date_start AS day, count(*) AS events FROM events
        WHERE date_start IS NOT NULL AND date_end = date_start AND (?::DOUBLE IS NULL OR confidence >= ?)
        GROUP BY date_start ORDER BY date_start""", [min_confidence, min_confidence])
    coarse = store.query("""
        SELECT count(*) AS n FROM events WHERE date_start IS NOT NULL AND date_end IS DISTINCT FROM date_start
        AND (?::DOUBLE IS NULL OR confidence >= ?)""", [min_confidence, min_confidence])[0]["n"]
    inside = [r for r in rows if lo <= r["day"] <= hi]
    outside = sum(r["events"] for r in rows if not lo <= r["day"] <= hi)
    return inside, outside, coarse


def event_places(store: Store, filters: dict[str, Any] | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Places where events (matching the explorer's ``filters``) happened, with how many events
    each, most first; not the Earth (GeoNames' AREA 6295630, whose point 0, 0 is no place on a
    map)."""
    where, params = event_filters(filters or {})
    return store.query(f"""
        SELECT place_geonameid AS geonameid, any_value(place_name) AS name,
               any_value(place_country) AS country, any_value(place_lat) AS lat,
               any_value(place_lon) AS lon, count(*) AS events,
               list(DISTINCT type ORDER BY type) AS types
        FROM events WHERE place_lat IS NOT NULL AND place_lon IS NOT NULL
              AND place_feature IS DISTINCT FROM 'AREA' AND {where}
        GROUP BY place_geonameid ORDER BY events DESC, name LIMIT ?""", params + [limit])


def mentioned_places(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    """Resolved places the articles mention, with how many articles mention each; not a name
    inside another name ("the University of Texas": ``use`` "embedded"), nor the Earth (AREA:
    its point 0, 0 is no place on a map)."""
    return store.query("""
        SELECT geonameid, any_value(name) AS name, any_value(country) AS country,
               any_value(lat) AS lat, any_value(lon) AS lon,
               count(DISTINCT article_id) AS articles, count(*) AS mentions
        FROM places WHERE geonameid IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL
              AND use IS DISTINCT FROM 'embedded' AND feature IS DISTINCT FROM 'AREA'
        GROUP BY geonameid ORDER BY articles DESC, mentions DESC, name LIMIT ?""", [limit])


def events_by_country(store: Store, filters: dict[str, Any] | None = None) -> dict[str, int]:
    """Events (matching ``filters``) per country of the event's place (ISO alpha-3)."""
    where, params = event_filters(filters or {})
    found = store.query(f"""
        SELECT place_country AS country, count(*) AS events FROM events
        WHERE place_country IS NOT NULL AND {where} GROUP BY place_country""", params)
    return {r["country"]: r["events"] for r in found}

