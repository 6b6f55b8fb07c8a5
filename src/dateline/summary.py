"""A readable summary of annotated Documents: per article its title, date, counts per kind, and
its events as "source —TYPE→ target, date, place" ("A + B —TYPE— each other" when both sides
list the same parties)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator

from .errors import message
from .model import Document, Event
from .words import counted

KINDS = ("entities", "actors", "quotes", "timexes", "places", "amounts", "events")
# each kind in the singular, for counts of one ("1 event", not "1 events")
ONE = {"entities": "entity", "actors": "actor", "quotes": "quote", "timexes": "timex", "places": "place",
       "amounts": "amount", "events": "event"}


def actor_labels(document: Document, ids: Iterable[str]) -> list[str]:
    """ "Name (CODE)" of each actor ``ids`` names, in order."""
    names = {a.id: a for a in document.actors}
    parts = []
    for i in ids:
        a = names.get(i)
        if a is None:
            continue
        code = "".join(x for x in (a.country, a.sector) if x)
        parts.append(f"{a.name} ({code})" if code else a.name)
    return parts


def dyad(sources: list[str], kind: str, targets: list[str]) -> str:
    """ "A + B —TYPE→ C"; when both sides list the same parties (talks between A and B, coded
    for each side towards the other), "A + B —TYPE— each other" rather than "A + B —TYPE→ B + A"."""
    if len(sources) > 1 and sorted(sources) == sorted(targets):
        return f"{' + '.join(sources)} —{kind}— each other"
    return f"{' + '.join(sources) or '?'} —{kind}→ {' + '.join(targets) or '?'}"


def event_line(document: Document, event: Event) -> str:
    kind = event.type + (f"/{event.mode}" if event.mode else "")
    where = event.place.name if event.place else "?"
    flag = "" if event.modality == "asserted" else f" [{event.modality}]"
    return (f"{dyad(actor_labels(document, event.source), kind, actor_labels(document, event.target))}, "
            f"{event.date or '?'}, {where}{flag}")


def read_documents(lines: Iterable[str], name: str = "input") -> Iterator[Document]:
    """Documents from JSON Lines (what ``dateline annotate`` writes); a line that is not a
    Document's JSON raises ``ValueError`` naming the line, rather than a decoder traceback."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            found = json.loads(line)
            if not isinstance(found, dict) or "text" not in found or "id" not in found:
                raise ValueError("not a Document (no 'id' and 'text' fields)")
            yield Document.from_dict(found)
        except (ValueError, TypeError, KeyError) as exc:
            raise ValueError(message("E112", source=f"{name}:{number}",
                                     what=f"not an annotated Document ({exc})")) from None


def summarise(documents: Iterable[Document], max_events: int = 12,
              min_confidence: float | None = None) -> Iterator[str]:
    """Readable lines per Document. ``min_confidence``: list only the events at least this sure
    (the counts line still counts every event)."""
    totals: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        counts = {k: len(getattr(doc, k)) for k in KINDS}
        totals.update(counts)
        yield f"{doc.title or doc.id}  ({(doc.published or '?')[:10]})"
        yield "  " + ", ".join(counted(v, ONE[k]) for k, v in counts.items())
        shown = [e for e in doc.events if min_confidence is None or e.confidence >= min_confidence]
        for event in shown[:max_events]:
            yield "    " + event_line(doc, event)
        if len(shown) > max_events:
            yield f"    … and {counted(len(shown) - max_events, 'more event')}"
        if len(shown) < len(doc.events):
            yield f"    ({counted(len(doc.events) - len(shown), 'event')} below confidence {min_confidence:.2f} not listed)"
        for p in doc.errors:
            yield f"  ! {p.message}"
    yield ""
    yield f"{counted(n, 'article')}: " + ", ".join(counted(totals[k], ONE[k]) for k in KINDS)

