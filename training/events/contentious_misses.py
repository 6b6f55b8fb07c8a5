#!/usr/bin/env python3
"""glocon_sample's tune half, sentence by sentence: where dateline's default view misses a
contentious event (GLOCON label 1) or shows one the label denies, and why — no pattern event
at all, a pattern event of another type, or a PROTEST/ASSAULT pattern event under the default
threshold (with its confidence and the sentence model's P(event)). For deciding which families
of police and crowd events to cover; the check half is never printed (read it as
``make bench-events`` totals). glocon_sample is evaluation only: nothing here is trained on.

Usage: contentious_misses.py --shared ../shared [--half tune] [--dump FILE.json]
Example: PYTHONPATH=src python training/events/contentious_misses.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_sets as sets  # noqa: E402
from common import read_jsonl  # noqa: E402
from dateline.events import learned  # noqa: E402


def row_of(record: dict, a, threshold: float) -> dict:
    def brief(e):
        return {"type": e.type, "cameo": e.cameo, "conf": round(e.confidence, 2),
                "trigger": e.trigger.text if e.trigger else "", "origin": e.origin,
                "src": len(e.source), "tgt": len(e.target), "modality": e.modality}
    probs = a.sentences[0][2] if a.sentences else {}
    return {"id": record["id"], "text": record["text"], "gold": record["orig_label"] == 1,
            "p_event": round(1 - probs.get("NONE", 1.0), 2),
            "patterns": [brief(e) for e in a.pattern_events()],
            "combined": [brief(e) for e in a.doc.events if e.confidence > 0.15],
            "shown": any(e.type in sets.CONTENTIOUS for e in a.shown(threshold))}


def reason(row: dict) -> str:
    contentious = [e for e in row["patterns"] if e["type"] in sets.CONTENTIOUS]
    if row["shown"]:
        return "shown"
    if contentious:
        return "pattern event under the threshold"
    if row["patterns"]:
        return "pattern event of another type"
    return "no pattern event"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", default="tune", choices=("tune",))
    parser.add_argument("--dump", type=Path, default=None, help="write every row as JSON here")
    args = parser.parse_args(argv)
    path = args.shared / "data" / "events" / "glocon_sample.jsonl"
    if not path.is_file():
        print(f"no {path}")
        return 2
    records = [r for r in read_jsonl(path) if r.get("orig_label") in (0, 1)
               and sets.half_of(r["id"].rsplit("_", 1)[0]) == args.half]
    threshold = learned.default_threshold()
    annotated = sets.Annotator().annotate(sets.sentences_of(records))
    rows = [row_of(r, a, threshold) for r, a in zip(records, annotated)]
    if args.dump:
        args.dump.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    misses = Counter(reason(r) for r in rows if r["gold"])
    false = Counter(reason(r) for r in rows if not r["gold"])
    print(f"{args.half} half: {len(rows)} sentences, {sum(r['gold'] for r in rows)} contentious")
    print("  contentious, by what the default view did:", dict(misses))
    print("  not contentious, by what the default view did:", dict(false))
    for r in rows:
        if r["gold"] and not r["shown"]:
            events = "; ".join(f"{e['type']} {e['cameo']} '{e['trigger']}' {e['conf']}"
                               for e in r["combined"])
            print(f"- [{reason(r)}] p={r['p_event']} {r['text'][:160]!r} -> {events or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
