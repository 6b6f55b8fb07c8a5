"""The corpus summary as readable lines (``dateline stats``, ``make demo``)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from ..words import counted
from .store import Store

TIMELINE_ITEMS = 8  # timeline entries shown per story


def corpus_summary(store: Store, top: int = 10, articles: int = 0,
                   min_confidence: float | None = None) -> Iterator[str]:
    """``min_confidence``: the events listed (by type, per article, in story timelines) are those
    at least this sure; the counts count every stored event."""
    s = store.stats(top=top, min_confidence=min_confidence)
    c = s["counts"]
    floor = "" if not min_confidence else f"confidence >= {min_confidence:.2f}"
    span = f"{s['first_published'] or '?'} … {s['last_published'] or '?'}"
    yield (f"Corpus {store.path}: {counted(c['articles'], 'article')} ({span}), "
           f"{counted(s['duplicates'], 'near-duplicate')}")
    yield (f"  {counted(c['actors'], 'actor record')}, {counted(c['quotes'], 'quote')}, "
           f"{counted(c['timexes'], 'date')}, {counted(c['places'], 'place')}, {counted(c['amounts'], 'amount')}")
    # the events listed below are those at the floor: said here, where the count counts every
    # event (a first reader of `make demo` saw 2236 events and found 602 listed by type; robust22)
    listed = sum(e["events"] for e in s["events_by_type"])
    sure = f" ({listed} at {floor})" if floor and listed != c["events"] else ""
    yield (f"  {counted(c['events'], 'event')}{sure} from {counted(c['event_mentions'], 'mention')}, "
           f"{counted(c['stories'], 'story')} (schema v{s['schema_version']})")
    if articles:
        from ..summary import summarise

        yield ""
        yield f"First {articles} articles:" if articles > 1 else "First article:"
        lines = list(summarise(islice(store.iter_documents(), articles), min_confidence=min_confidence))
        yield from (("  " + line) if line else line for line in lines[:-2])
    yield ""
    yield "Top actors (articles, mentions):"
    if not s["top_actors"]:
        yield "  (none)"
    for a in s["top_actors"]:
        code = "".join(x for x in (a["country"], a["sector"]) if x)
        yield f"  {a['name']}{f' ({code})' if code else ''}: {a['n_articles']}, {a['n_mentions']}"
    yield ""
    yield f"Events by type (events, mentions{', ' + floor if floor else ''}):"
    if not s["events_by_type"]:
        yield "  (none)"
    for e in s["events_by_type"]:
        yield f"  {e['type']}: {e['events']}, {e['mentions']}"
    yield ""
    yield "Largest stories:"
    for st in s["largest_stories"]:
        if st["n_articles"] < 2 and not st["n_events"]:
            continue
        story = store.story(st["id"], min_confidence=min_confidence)
        items = story["timeline"]
        shown = sum(1 for item in items if item["kind"] == "event")
        sure = f" ({shown} at {floor})" if floor and shown != st["n_events"] else ""
        yield (f"  #{st['id']} {st['title'] or '?'} — {counted(st['n_articles'], 'article')}, "
               f"{counted(st['n_events'], 'event')}{sure}, {st['first_date'] or '?'} … {st['last_date'] or '?'}")
        for item in items[:TIMELINE_ITEMS]:
            mark = "•" if item["kind"] == "event" else "–"
            extra = " (copy)" if item.get("duplicate") else ""
            yield f"      {item['when'] or '?':<10} {mark} {item['text']}{extra}"
        if len(items) > TIMELINE_ITEMS:
            yield f"      … {len(items) - TIMELINE_ITEMS} more"
