"""The corpus summary as readable lines (``dateline stats``, ``make demo``)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from ..words import counted
from .store import Store

TIMELINE_ITEMS = 8  # timeline entries shown per story
BACKGROUND_ITEMS = 3  # and of its background (events dated before the story began: store.timeline)


def corpus_summary(store: Store, top: int = 10, articles: int = 0,
                   min_confidence: float | None = None) -> Iterator[str]:
    """``min_confidence``: the events listed (by type, per article, in story timelines) are those
    at least this sure; the counts count every stored event."""
    s = store.stats(top=top, min_confidence=min_confidence)
    c = s["counts"]
    floor = "" if not min_confidence else f"confidence >= {min_confidence:.2f}"
    first, last = s["first_published"], s["last_published"]
    span = f" ({first or '?'} … {last or '?'})" if first or last else ""   # (no date: an empty store)
    yield (f"Corpus {store.path}: {counted(c['articles'], 'article')}{span}, "
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
    if top and not s["top_actors"]:   # (none listed: the actors stored may all be unnamed, "we")
        yield "  (none)"
    for a in s["top_actors"]:
        code = "".join(x for x in (a["country"], a["sector"]) if x)
        yield f"  {a['name']}{f' ({code})' if code else ''}: {a['n_articles']}, {a['n_mentions']}"
    yield ""
    yield f"Events by type (events, mentions{', ' + floor if floor else ''}):"
    if not s["events_by_type"]:
        yield "  (none)"
    for e in s["events_by_type"][:top]:  # --top lists types as it lists actors and stories (robust23)
        yield f"  {e['type']}: {e['events']}, {e['mentions']}"
    if len(s["events_by_type"]) > top:
        rest = s["events_by_type"][top:]
        yield (f"  … {counted(len(rest), 'more type')} "
               f"({counted(sum(e['events'] for e in rest), 'event')})")
    yield ""
    yield "Largest stories:"
    listed_stories = 0
    for st in s["largest_stories"]:
        if st["n_articles"] < 2 and not st["n_events"]:
            continue
        listed_stories += 1
        story = store.story(st["id"], min_confidence=min_confidence)
        shown = sum(1 for item in story["timeline"] if item["kind"] == "event")
        sure = f" ({shown} at {floor})" if floor and shown != st["n_events"] else ""
        yield (f"  #{st['id']} {st['title'] or '?'} — {counted(st['n_articles'], 'article')}, "
               f"{counted(st['n_events'], 'event')}{sure}, {st['first_date'] or '?'} … {st['last_date'] or '?'}")
        yield from _timeline_lines(story["timeline"])
    if not c["stories"]:
        yield "  (none)"
    elif top and not listed_stories:
        yield "  (no story of two or more articles, nor one with events)"


def _timeline_lines(items: list[dict]) -> Iterator[str]:
    """A story's time line in date order: its own days first (TIMELINE_ITEMS entries), then the
    events of before the story began, marked as background (BACKGROUND_ITEMS), so that a story
    that recalls 1978 does not open on it (robust23)."""
    own = [item for item in items if not item.get("background")]
    earlier = [item for item in items if item.get("background")]
    for item in own[:TIMELINE_ITEMS]:
        yield _timeline_line(item)
    if len(own) > TIMELINE_ITEMS:
        yield f"      … {len(own) - TIMELINE_ITEMS} more"
    if earlier:
        yield f"      background, before the story began ({counted(len(earlier), 'event')}):"
        for item in earlier[:BACKGROUND_ITEMS]:
            yield _timeline_line(item)
        if len(earlier) > BACKGROUND_ITEMS:
            yield f"      … {len(earlier) - BACKGROUND_ITEMS} more"


def _timeline_line(item: dict) -> str:
    mark = "–" if item["kind"] == "article" else "◦" if item.get("background") else "•"
    extra = " (copy)" if item.get("duplicate") else ""
    return f"      {item['when'] or '?':<10} {mark} {item['text']}{extra}"
