"""Score the events stage on a file of invented sentences (JSON Lines, one sentence a record),
through the whole pipeline, at any confidence and at the default threshold.

A record names what it expects: ``type`` (a PLOVER type, or a list of types any of which will do;
optionally ``source``, a word of a source actor's name, ``intended``, the PLOVER type of the action
a statement of intent names, and ``date``, a prefix of the event's date)
for an event that should be found; ``forbid`` (PLOVER types, "*" for any) for a sentence that should
give no such event. A record that names a ``source`` or a ``target`` (words of the party's name or
of one of its mentions, lower case) is also scored on its parties alone: among the events of its type
(every event where none has it), whether one has that source and whether one has that target. ``published`` is the
publication date (default 2026-03-10). Companions (confidence at or under the companion cap) are
not counted: they never reach the default view and stand for the planned act, not the statement.

    PYTHONPATH=src python benchmarks/events_invented.py tests/data/events_rules18_heldout.jsonl \
        --at-least state=18 political=9 nonevent=14

The held-out sets are scored here only: a sentence that tests, code or docs come to use moves to
the dev file (tests/data/events_rules18_dev.jsonl).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import dateline
from dateline.events.learned import default_threshold
from dateline.events.stage import COMPANION_CONFIDENCE
from dateline.pipeline import Pipeline

DEFAULT_PUBLISHED = "2026-03-10"


def read_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def events_of(pipeline: Pipeline, case: dict) -> list[dict]:
    """Every event of the case's text but the companions, as dicts of what the cases test."""
    raw = dateline.extract(case["text"], clean=False, id=case["id"], format="text",
                           published=case.get("published", DEFAULT_PUBLISHED))
    document = next(iter(pipeline.run([raw])))
    names = {a.id: a.name.lower() for a in document.actors}
    words = {a.id: " | ".join([a.name, *(m.text for m in a.mentions)]).lower()
             for a in document.actors}
    return [{"type": e.type, "intended": e.intended or "", "cameo": e.cameo, "confidence": e.confidence, "date": e.date or "",
             "modality": e.modality, "source": [names.get(a, a) for a in e.source],
             "target": [names.get(a, a) for a in e.target], "trigger": e.trigger.text,
             "source words": [words.get(a, a) for a in e.source],
             "target words": [words.get(a, a) for a in e.target]}
            for e in document.events if e.confidence > COMPANION_CONFIDENCE]


def meets(case: dict, event: dict) -> bool:
    """Whether ``event`` is the one ``case`` expects (type, a source word, a date prefix)."""
    if event["type"] not in _types(case):
        return False
    if case.get("source") and not any(case["source"] in name for name in event["source"]):
        return False
    if case.get("intended") and event["intended"] != case["intended"]:
        return False
    return event["date"].startswith(case.get("date", ""))


def _types(case: dict) -> tuple[str, ...]:
    kind = case["type"]
    return (kind,) if isinstance(kind, str) else tuple(kind)


def parties_right(case: dict, events: list[dict]) -> dict[str, bool]:
    """For each side the case names (``source``, ``target``): whether an event of the case's type
    (any event where none has the type) has a party whose name or a mention holds those words."""
    typed = [e for e in events if e["type"] in _types(case)] if "type" in case else []
    pool = typed or events
    return {side: any(case[side] in words for e in pool for words in e[f"{side} words"])
            for side in ("source", "target") if case.get(side)}


def forbidden(case: dict, event: dict) -> bool:
    return "*" in case["forbid"] or event["type"] in case["forbid"]


def score(case: dict, events: list[dict], threshold: float) -> tuple[bool, bool]:
    """(right at any confidence, right at the default threshold): for an expected event, one
    such event found; for a forbidden type, none found."""
    shown = [e for e in events if e["confidence"] >= threshold]
    if "forbid" in case:
        return (not any(forbidden(case, e) for e in events),
                not any(forbidden(case, e) for e in shown))
    return any(meets(case, e) for e in events), any(meets(case, e) for e in shown)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="print each case's events")
    parser.add_argument("--at-least", nargs="*", default=[], metavar="GROUP=N",
                        help="exit 1 when a group has fewer than N right at any confidence "
                             "(a benchmark check, no pytest gate)")
    args = parser.parse_args(argv)
    floors = {}
    for item in args.at_least:
        group, sep, number = item.partition("=")
        if not sep or not number.isdigit():
            parser.error(f"--at-least takes GROUP=N, not {item!r}")
        floors[group] = int(number)
    threshold = default_threshold()
    pipeline = Pipeline()
    totals: Counter = Counter()
    for case in read_cases(args.cases):
        events = events_of(pipeline, case)
        anyconf, shown = score(case, events, threshold)
        group = case.get("group", "-")
        totals[group, "n"] += 1
        totals[group, "any"] += anyconf
        totals[group, "shown"] += shown
        mark = ("+" if anyconf else "-") + ("+" if shown else "-")
        for side, right in parties_right(case, events).items():
            totals[group, side] += 1
            totals[group, side + " right"] += right
            totals["all", side] += 1
            totals["all", side + " right"] += right
            mark += f" {side[0]}{'+' if right else '-'}"
        print(f"{mark} {case['id']}: {case['text']}")
        if args.verbose or not shown:
            for e in events:
                print(f"      {e['type']}{'/' + e['intended'] if e['intended'] else ''} {e['cameo']} {e['confidence']:.2f} {e['modality']} "
                      f"{e['date']} {e['source']} -> {e['target']} ({e['trigger']})")
    print(f"threshold {threshold:.2f}; right at any confidence / shown at the threshold:")
    for group in sorted({g for g, _ in totals if (g, "n") in totals}):
        parties = "".join(f"; {side} right {totals[group, side + ' right']} of {totals[group, side]}"
                          for side in ("source", "target") if totals[group, side])
        print(f"  {group}: {totals[group, 'any']} / {totals[group, 'shown']} of {totals[group, 'n']}"
              + parties)
    sides = [f"{side} right {totals['all', side + ' right']} of {totals['all', side]}"
             for side in ("source", "target") if totals["all", side]]
    if sides:
        print("  parties, every group: " + ", ".join(sides))
    fallen = [f"{g} {totals[g, 'any']} < {n}" for g, n in floors.items() if totals[g, "any"] < n]
    if fallen:
        raise SystemExit("fell below the floor: " + ", ".join(fallen))


if __name__ == "__main__":
    main()
