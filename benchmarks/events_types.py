#!/usr/bin/env python3
"""Event type recall as the issue's hidden sets count it: the gold PLOVER type among **every** event
of the Document (whatever its confidence), and the events per record, on the first sentence of each
synthetic story of ``SHARED/data/events/ngec_synthetic.jsonl`` (MIT; one PLOVER label a story),
per half (a stable hash of the id, as ``events_sets.half_of``) and per type.

The sentence model trains on the ledes of the tune half only (``train.ngec_examples``), so the
check half is unseen by it; the events a Document holds are the patterns' and the model's
proposals (propose.py), whose share is printed beside, and the sentence model alone: the share of
ledes whose most likely type in it is the label (``model_top_type``). The labels are a language model's and
the ledes often name no act of the label's type: read the numbers as a comparison between two
versions, not as an absolute.

Usage: events_types.py --shared ../shared [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from common import add_model_option, read_jsonl  # noqa: E402
from events_sets import HALVES, half_of  # noqa: E402
from train import lede  # noqa: E402


def model_top_type(rows: list[dict]) -> Counter:
    """Per half, the ledes whose most likely PLOVER type in the shipped sentence model (NONE
    aside) is the story's label: the model alone, as docs/events.md compares feature sets."""
    loaded = learned.load()
    if loaded is None:
        return Counter()
    right = Counter()
    texts = [lede(r["text"]) for r in rows]
    for row, doc in zip(rows, nlp_module.load().pipe(texts, batch_size=64)):
        probs = loaded[0].of_sentence(doc)
        right[half_of(row["id"])] += max(learned.TYPES, key=probs.__getitem__) == row["event"]
    return right


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="the first N stories only")
    parser.add_argument("--json", action="store_true")
    add_model_option(parser)
    args = parser.parse_args(argv)
    learned.use_model_dir(args.model)
    path = args.shared / "data" / "events" / "ngec_synthetic.jsonl"
    if not path.is_file():
        print(f"no {path}; pass --shared PATH")
        return 2
    rows = read_jsonl(path)[: args.limit]
    top_right = model_top_type(rows)
    documents = [dateline.extract(lede(r["text"]), clean=False, id=r["id"], format="text")
                 for r in rows]
    out = {}
    gold, found, events = {h: Counter() for h in HALVES}, {h: Counter() for h in HALVES}, Counter()
    proposed = Counter()
    for row, doc in zip(rows, Pipeline().run(documents)):
        half = half_of(row["id"])
        gold[half][row["event"]] += 1
        found[half][row["event"]] += row["event"] in {e.type for e in doc.events}
        events[half] += len(doc.events)
        proposed[half] += sum(e.origin == "model" for e in doc.events)
    for half in HALVES:
        n = sum(gold[half].values())
        out[half] = {"records": n, "type found": round(sum(found[half].values()) / n, 3),
                     "events per record": round(events[half] / n, 2),
                     "proposed per record": round(proposed[half] / n, 2),
                     "model top type right": round(top_right[half] / n, 3) if top_right else None,
                     "by type": {t: round(found[half][t] / gold[half][t], 2)
                                 for t in sorted(gold[half])}}
        print(f"{half}: {n} ledes, gold type among every event {out[half]['type found']}, "
              f"{out[half]['events per record']} events a lede "
              f"({out[half]['proposed per record']} proposed by the model); the sentence model's "
              f"top type is the label for {out[half]['model top type right']}")
        print("   " + ", ".join(f"{t} {v}" for t, v in out[half]["by type"].items()))
    if args.json:
        print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
