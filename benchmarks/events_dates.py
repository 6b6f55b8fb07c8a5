"""Dates of events against the project's Wikinews labels (their ``date`` field), per tune/check
half (the article split of training/events/train.py). For each labelled event of a sentence that
dateline gives an event in, the predicted event of the same type (else the sentence's first) is
right when its date begins with the labelled one (a day within a labelled month counts), or, for
an event the label leaves undated, when dateline fell back to the publication date. Wrong dates
are counted by class (``error_class``), for both halves: counts only, no sentences.

Usage: events_dates.py [--half tune|check|long|both|all]   (callable: ``date_accuracy(half)``)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

import dateline

from common import read_jsonl
from events_sets import (ARTICLES, COMPANION_CONFIDENCE, LABELS, LONG_CHECK, date_right,
                         label_halves)


def date_accuracy(half: str) -> dict:
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
        for row in (r for r in labels if r["article_id"] == article_id):
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
    n = counts["dated"] + counts["undated"]
    right = counts["dated right"] + counts["undated right"]
    return {"events": n, "date right": round(right / n, 3) if n else None,
            "dated by the text": counts["dated"],
            "right when dated": round(counts["dated right"] / counts["dated"], 3)
            if counts["dated"] else None,
            "right when undated": round(counts["undated right"] / counts["undated"], 3)
            if counts["undated"] else None,
            "bases": {k[6:]: v for k, v in sorted(counts.items()) if k.startswith("basis ")},
            "errors": {k[6:]: v for k, v in sorted(counts.items()) if k.startswith("error ")}}


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
    args = parser.parse_args(argv)
    halves = {"both": ("tune", "check"), "all": ("tune", "check", LONG_CHECK),
              "long": (LONG_CHECK,)}.get(args.half, (args.half,))
    print(json.dumps({half: date_accuracy(half) for half in halves}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
