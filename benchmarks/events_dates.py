"""Dates of events against the project's Wikinews labels (their ``date`` field), per tune/check
half (the article split of training/events/train.py). For each labelled event of a sentence that
dateline gives an event in, the predicted event of the same type (else the sentence's first) is
right when its date begins with the labelled one (a day within a labelled month counts), or, for
an event the label leaves undated, when dateline fell back to the publication date. Wrong dates
are counted by class (``error_class``), for both halves: counts only, no sentences. With
``--classes``, the events given the publication date though the text dates them are counted by
what dates them (``publication_class``: a day their own sentence names, the lede's day, an
earlier day, another day), statements apart from other events, and every event given the
publication date after a lede that names a past day by what the labels say (the lede's day,
undated, another date): whether a rule "takes the lede's day" would gain.

Usage: events_dates.py [--half tune|check|long|both|all] [--classes]
(callable: ``date_accuracy(half, classes=False)``)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))  # this tree's code

import dateline  # noqa: E402
from dateline.events import anchoring  # noqa: E402

from common import read_jsonl
from events_sets import (ARTICLES, COMPANION_CONFIDENCE, LABELS, LONG_CHECK, date_right,
                         label_halves)


def date_accuracy(half: str, classes: bool = False) -> dict:
    if not LABELS.is_file():
        return {}
    labels = read_jsonl(LABELS)
    ids = label_halves(labels).get(half, set())
    articles = {r["id"]: r for r in read_jsonl(ARTICLES)}
    counts: Counter = Counter()
    for article_id in sorted(ids):
        article = articles[article_id]
        doc = dateline.annotate(article["text"], published=article["published"], clean=False,
                                format="text")
        rows = sorted((r for r in labels if r["article_id"] == article_id),
                      key=lambda r: r["sent_index"])
        lede = lede_day(doc, rows, article["published"]) if classes else None
        for row in rows:
            # placed by trigger, as bench_events places them (a date line the parser joined to
            # the lede would otherwise take the lede's events)
            events = [e for e in doc.events if row["start"] <= e.trigger.start < row["end"]
                      and e.confidence > COMPANION_CONFIDENCE]
            if not events:
                continue
            for gold in row["events"]:
                event = next((e for e in events if e.type == gold["type"]), events[0])
                dated = "dated" if gold.get("date") else "undated"
                counts[dated] += 1
                right = date_right(gold.get("date"), event)
                counts[dated + " right"] += right
                counts["basis " + (event.date_basis or "none")] += 1
                if not right:
                    counts["error " + error_class(gold.get("date"), event)] += 1
                if classes and event.date_basis == "publication":
                    kind = "statement" if statement(doc, event) else "other"
                    if gold.get("date") and not right:
                        counts[f"publication {kind}: " + publication_class(
                            gold["date"], doc, row, lede)] += 1
                    if lede is not None and row["sent_index"] > lede[0]:
                        said = "undated" if not gold.get("date") else \
                            "the lede's day" if gold["date"] == lede[1] else "another date"
                        counts[f"after lede {kind}: {said}"] += 1
    n = counts["dated"] + counts["undated"]
    right = counts["dated right"] + counts["undated right"]
    return {"events": n, "date right": round(right / n, 3) if n else None,
            "dated by the text": counts["dated"],
            "right when dated": round(counts["dated right"] / counts["dated"], 3)
            if counts["dated"] else None,
            "right when undated": round(counts["undated right"] / counts["undated"], 3)
            if counts["undated"] else None,
            "bases": {k[6:]: v for k, v in sorted(counts.items()) if k.startswith("basis ")},
            "errors": {k[6:]: v for k, v in sorted(counts.items()) if k.startswith("error ")},
            **({"publication date given though dated, by what dates it": {
                k[12:]: v for k, v in sorted(counts.items()) if k.startswith("publication ")},
                "given the publication date after a dated lede, the labels say": {
                k[11:]: v for k, v in sorted(counts.items()) if k.startswith("after lede ")}}
               if classes else {})}


def lede_day(doc, rows: list[dict], published: str) -> tuple[int, str] | None:
    """(sentence index, day) of the lede's day as the events stage finds it
    (``anchoring.lede_day``), over the labels' sentences instead of the parse's."""
    spans = [SimpleNamespace(start_char=row["start"], end_char=row["end"]) for row in rows]
    found = anchoring.lede_day(doc.timexes, spans, date.fromisoformat(published))
    return None if found is None else (rows[found[0]]["sent_index"], found[1])


def statement(doc, event) -> bool:
    """A verbal event (QuadClass 1 or 3), one a party reports, or one told inside a quotation."""
    return event.quad_class in (1, 3) or bool(event.reported_by) or any(
        q.start <= event.trigger.start < q.end for q in doc.quotes)


def publication_class(gold_date: str, doc, row: dict, lede) -> str:
    """What dates an event given the publication date though the text dates it: a day its own
    sentence names (a timex the parse did not tie to it), the lede's day, an earlier day or
    year (background), another day."""
    if any(row["start"] <= t.start < row["end"] and (t.value or "").startswith(gold_date)
           for t in doc.timexes):
        return "a day of its own sentence"
    if lede is not None and gold_date == lede[1]:
        return "the lede's day"
    if gold_date < (lede[1] if lede else doc.published or "")[:len(gold_date)]:
        return "an earlier day (background)"
    return "another day"


def error_class(gold_date: str | None, event) -> str:
    """The class of a wrong date, from the label and the event's date basis alone: the
    publication date although the text dates the event; a date from the event's clause or
    sentence, or from an earlier telling, that the label does not give (or no date at all for
    an event the text leaves undated); a coarser date than the label's (a month for a day)."""
    basis = event.date_basis or "none"
    if not gold_date:
        return f"undated by the text, dated by the {basis}"
    if basis == "publication":
        return "dated by the text, publication date given"
    if gold_date.startswith(event.date or "\0"):
        return f"coarser than the text's date ({basis})"
    return f"another date ({basis})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check", "long", "both", "all"),
                        default="both", help="long: batch 7's held-out long articles; "
                        "all: the three")
    parser.add_argument("--classes", action="store_true", help="the publication-date misses "
                        "by what dates them, and what the labels say after a dated lede")
    args = parser.parse_args(argv)
    halves = {"both": ("tune", "check"), "all": ("tune", "check", LONG_CHECK),
              "long": (LONG_CHECK,)}.get(args.half, (args.half,))
    print(json.dumps({half: date_accuracy(half, args.classes) for half in halves}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
