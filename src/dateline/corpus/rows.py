"""Documents as table rows: one dict per row, column names as in :mod:`dateline.corpus.schema`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from ..model import Actor, Document, Event
from ..pipeline import parse_published


LEAD_CHARS = 600  # articles.lead: what stories compare (with the title, actors and places)


def published_time(document: Document) -> datetime | None:
    """The publication time as a naive UTC datetime (midnight for a bare date)."""
    value = parse_published(document.published)
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value
    return datetime(value.year, value.month, value.day)


def source_name(document: Document) -> str | None:
    """Who published it: the publisher, else the URL's host without ``www.``."""
    if document.publisher:
        return document.publisher
    if document.url:
        host = urlsplit(document.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def article_row(document: Document, seq: int, now: datetime, document_json: str | None = None) -> dict[str, Any]:
    """The ``articles`` row; ``document_json``: the Document's JSON when an executor made it
    already (``Prepared``), else it is made here."""
    when = published_time(document)
    return {
        "id": document.id, "seq": seq, "url": document.url, "title": document.title,
        "published": document.published, "published_date": when.date() if when else None,
        "publisher": document.publisher, "source_name": source_name(document),
        "source": document.source, "language": document.language,
        "authors": list(document.authors), "text_length": len(document.text),
        "n_entities": len(document.entities), "n_actors": len(document.actors),
        "n_quotes": len(document.quotes), "n_timexes": len(document.timexes),
        "n_places": len(document.places), "n_amounts": len(document.amounts),
        "n_events": len(document.events), "ok": document.ok,
        "problems": [p.code for p in document.errors],
        "duplicate_of": None, "similarity": None, "containment": None, "story_id": None,
        "minhash": None, "n_shingles": None, "lead": document.text[:LEAD_CHARS],
        "ingested_at": now,
        "document": document_json if document_json is not None else document_json_of(document),
    }


@dataclass(slots=True)
class Prepared:
    """What an executor computed beside an annotated Document, in parallel, so that the store's
    single writer need not: the Document's JSON (:func:`document_json_of`) and the MinHash
    signature and shingle count of its text (``dedup.fingerprint``; None for a text without
    words). Both are what the writer would compute. (Here, not in ``store``: a Ray driver makes
    these without importing DuckDB or datasketch.)"""

    document_json: str
    minhash: Any = None  # numpy uint64 array
    n_shingles: int | None = None


def document_json_of(document: Document) -> str:
    """The JSON ``articles.document`` holds (and a Ray actor sends the writer)."""
    return json.dumps(document.as_dict(), ensure_ascii=False)


def annotation_rows(document: Document) -> dict[str, list[dict[str, Any]]]:
    """The rows of the per-article tables (actors, mentions, quotes, timexes, places, amounts)."""
    aid = document.id
    actors = {a.id: a for a in document.actors}
    when = published_time(document)
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in
                                             ("actors", "mentions", "quotes", "timexes", "places", "amounts")}
    for a in document.actors:
        rows["actors"].append({"article_id": aid, "actor_id": a.id, "name": a.name, "kind": a.kind,
                               "country": a.country, "sector": a.sector, "roles": list(a.roles),
                               "organization": a.organization,
                               "n_mentions": len(a.mentions),
                               "named": any(m.kind == "name" for m in a.mentions)})
        for m in a.mentions:
            rows["mentions"].append({"article_id": aid, "actor_id": a.id, "start": m.start,
                                     "end": m.end, "text": m.text, "kind": m.kind})
    for i, q in enumerate(document.quotes):
        speaker = actors.get(q.speaker.actor) if q.speaker and q.speaker.actor else None
        rows["quotes"].append({
            "article_id": aid, "idx": i, "start": q.start, "end": q.end, "text": q.text,
            "kind": q.kind, "speaker_text": q.speaker.text if q.speaker else None,
            "speaker_actor": q.speaker.actor if q.speaker else None,
            "speaker_name": speaker.name if speaker else (q.speaker.text if q.speaker else None),
            "speaker_country": speaker.country if speaker else None,
            "speaker_sector": speaker.sector if speaker else None,
            "cue": q.cue.text if q.cue else None, "published_date": when.date() if when else None})
    for t in document.timexes:
        rows["timexes"].append({"article_id": aid, "start": t.start, "end": t.end, "text": t.text,
                                "type": t.type, "value": t.value})
    for p in document.places:
        rows["places"].append({"article_id": aid, "start": p.start, "end": p.end, "text": p.text,
                               "geonameid": p.geonameid, "name": p.name, "country": p.country,
                               "lat": _float(p.lat), "lon": _float(p.lon), "feature": p.feature,
                               "use": p.use})
    for m in document.amounts:
        rows["amounts"].append({"article_id": aid, "start": m.start, "end": m.end, "text": m.text,
                                "value": _float(m.value), "unit": m.unit,
                                "approximate": bool(m.approximate), "object": m.object})
    return rows


def lead_end(text: str) -> int:
    """Where the first paragraph ends (GDELT's "root event" is one in the lead paragraph)."""
    stripped = len(text) - len(text.lstrip())
    cut = text.find("\n\n", stripped)
    return len(text) if cut < 0 else cut


def actor_sides(document: Document, event: Event) -> dict[str, list]:
    """Names, countries and sectors of the event's source and target actors."""
    actors = {a.id: a for a in document.actors}
    out: dict[str, list] = {}
    for side in ("source", "target"):
        found: list[Actor] = [actors[i] for i in getattr(event, side) if i in actors]
        out[f"{side}_names"] = [a.name for a in found]
        out[f"{side}_countries"] = [a.country for a in found if a.country]
        out[f"{side}_sectors"] = [a.sector for a in found if a.sector]
    return out


def first_offset(document: Document, ids: tuple[str, ...]) -> int | None:
    for actor in document.actors:
        if ids and actor.id == ids[0] and actor.mentions:
            return min(m.start for m in actor.mentions)
    return None


def event_mention_rows(document: Document, index: int, event: Event) -> list[dict[str, Any]]:
    """One row per evidence span of ``event``: its evidence, then each further mention."""
    when = published_time(document)
    lead = lead_end(document.text)
    base = {
        "event_id": None, "article_id": document.id, "event_index": index, "type": event.type,
        "mode": event.mode, "cameo": event.cameo, "date": event.date,
        "date_basis": event.date_basis, "modality": event.modality, "intended": event.intended,
        "origin": event.origin,
        "source_ids": list(event.source), "target_ids": list(event.target),
        "source_offset": first_offset(document, event.source),
        "target_offset": first_offset(document, event.target),
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text, "confidence": _float(event.confidence),
        "published": when, "source_name": source_name(document),
    }
    spans = [("evidence", event.evidence)] + [("mention", m) for m in event.mentions
                                              if (m.start, m.end) != (event.evidence.start, event.evidence.end)]
    return [dict(base, kind=kind, start=s.start, end=s.end, text=s.text, in_lead=s.start < lead)
            for kind, s in spans]


def _float(value) -> float | None:
    return None if value is None else float(value)


def as_date(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value
