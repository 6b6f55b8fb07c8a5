#!/usr/bin/env python3
"""Draw the event-place judging sample: events of the Wikinews sample with their place and basis.

Annotates the first ARTICLES articles (by id order after a fixed shuffle, random.Random(21)) of
SHARED/data/corpus/wikinews.jsonl with the default pipeline, draws N events (same seed) and writes
them as JSON Lines with the evidence sentence, the place chosen and its basis, and an empty
``judgement`` for a person to fill in following training/places/event_places_rubric.md.

Articles from Wikinews (https://en.wikinews.org), licensed CC BY 2.5; each article's URL is in
its record.

Usage: sample_event_places.py --shared ../shared --out training/places/event_places_sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from dateline.model import Document  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

SEED = 21


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--events", type=int, default=40)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in
            (args.shared / "data" / "corpus" / "wikinews.jsonl").open(encoding="utf-8")]
    rows.sort(key=lambda r: str(r["id"]))
    rng = random.Random(SEED)
    rng.shuffle(rows)
    rows = rows[:args.articles]
    documents = [Document(id=str(r["id"]), text=r["text"], url=r.get("url"), title=r.get("title"),
                          published=r.get("published")) for r in rows]
    drawn = []
    for document in Pipeline().run(documents):
        for event in document.events:
            drawn.append({"article": document.id, "url": document.url,
                          "evidence": event.evidence.text, "trigger": event.trigger.text,
                          "type": event.type,
                          "place": event.place.name if event.place else None,
                          "country": event.place.country if event.place else None,
                          "basis": event.place.basis if event.place else None,
                          "judgement": None, "right_place": None})
    rng.shuffle(drawn)
    with args.out.open("w", encoding="utf-8") as fh:
        for item in drawn[:args.events]:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{min(len(drawn), args.events)} of {len(drawn)} events written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
