"""A readable summary of annotated Documents: per article its title, date, counts per kind, and
its events as "source —TYPE→ target, date, place"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from .model import Document, Event

KINDS = ("entities", "actors", "quotes", "timexes", "places", "amounts", "events")


def actor_label(document: Document, ids: Iterable[str]) -> str:
    names = {a.id: a for a in document.actors}
    parts = []
    for i in ids:
        a = names.get(i)
        if a is None:
            continue
        code = "".join(x for x in (a.country, a.sector) if x)
        parts.append(f"{a.name} ({code})" if code else a.name)
    return " + ".join(parts) or "?"


def event_line(document: Document, event: Event) -> str:
    kind = event.type + (f"/{event.mode}" if event.mode else "")
    where = event.place.name if event.place else "?"
    flag = "" if event.modality == "asserted" else f" [{event.modality}]"
    return (f"{actor_label(document, event.source)} —{kind}→ {actor_label(document, event.target)}, "
            f"{event.date or '?'}, {where}{flag}")


def summarise(documents: Iterable[Document], max_events: int = 12) -> Iterator[str]:
    totals: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        counts = {k: len(getattr(doc, k)) for k in KINDS}
        totals.update(counts)
        yield f"{doc.title or doc.id}  ({(doc.published or '?')[:10]})"
        yield "  " + ", ".join(f"{v} {k}" for k, v in counts.items())
        for event in doc.events[:max_events]:
            yield "    " + event_line(doc, event)
        if len(doc.events) > max_events:
            yield f"    … and {len(doc.events) - max_events} more events"
        for p in doc.errors:
            yield f"  ! {p.message}"
    yield ""
    yield f"{n} articles: " + ", ".join(f"{totals[k]} {k}" for k in KINDS)

