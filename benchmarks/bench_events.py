#!/usr/bin/env python3
"""Event coding benchmark: CAMEO root/code and source/target accuracy, seed events, stage speed.

Data: ``SHARED/data/events/petr2_gsr.jsonl`` (78 real news sentences, CAMEO-coded; silver) and
``petr_unit.jsonl`` (284 constructed sentences with fictional actors: a syntax regression suite
whose actor codes only PETRARCH's validation dictionaries know, so its source/target numbers
mostly measure the actors stage's coverage of invented names). Each sentence is annotated with
the full default pipeline, taken as is (``clean=False``) with its date as the publication date;
the Documents are written as JSON Lines and scored by ``SHARED/eval/event_score.py``. The seed
article's events section is checked by ``SHARED/eval/seed_check.py``. PLOVER type accuracy is
measured on ``ngec_synthetic.jsonl`` (synthetic stories, one PLOVER label each; read its README):
a story counts as right when some event of it has the labelled type (document-level recall),
computed here because no shared scorer covers it (reported as a diagnostic, not a judged number).

Speed: the events stage's share of annotate time (spaCy parse plus every stage), from the
pipeline's own per-stage timings over all annotated sentences.

Usage: bench_events.py --shared ../shared [--limit N] [--ngec N] [--errors N] [--keep DIR]
Example: python benchmarks/bench_events.py --shared ../shared --limit 40
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import dateline  # noqa: E402
from dateline.api import get_pipeline  # noqa: E402
from common import read_jsonl, write_jsonl  # noqa: E402

SETS = ("petr2_gsr", "petr_unit")


def iso_date(value: str | None) -> str | None:
    value = (value or "").strip()
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value or None


def annotate_records(records: list[dict]) -> list[dict]:
    documents = [dateline.extract(r["text"] or " ", published=iso_date(r.get("date")), clean=False,
                                  id=str(r["id"]), format="text") for r in records]
    return [d.as_dict() for d in dateline.annotate_many(documents)]


def event_scores(shared: Path, gold: Path, pred: Path, errors: int) -> dict:
    scorer = shared / "eval" / "event_score.py"
    out = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout.strip().splitlines()[0])
    if errors:
        shown = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--errors",
                                str(errors)], capture_output=True, text=True, check=True)
        print(shown.stdout)
    return scores


def seed_events(shared: Path, folder: Path) -> tuple[int, int, list[str]]:
    text = (ROOT / "samples" / "seed-article.txt").read_text(encoding="utf-8")
    expected = shared / "data" / "seed" / "expected.json"
    published = json.loads(expected.read_text(encoding="utf-8"))["metadata"]["published"]
    doc = dateline.annotate(text, published=published)
    path = folder / "seed.jsonl"
    write_jsonl(path, [doc.as_dict()])
    out = subprocess.run([sys.executable, str(shared / "eval" / "seed_check.py"), str(expected),
                          str(path)], capture_output=True, text=True)
    lines = [line for line in out.stdout.splitlines()
             if line.split()[:2] in (["PASS", "events"], ["FAIL", "events"])]
    passed = sum(line.startswith("PASS") for line in lines)
    return passed, len(lines), [line for line in lines if line.startswith("FAIL")]


def plover_recall(shared: Path, n: int, seed: int = 13) -> tuple[float, int]:
    rows = read_jsonl(shared / "data" / "events" / "ngec_synthetic.jsonl")
    rows = random.Random(seed).sample(rows, min(n, len(rows)))
    docs = [dateline.extract(r["text"], clean=False, id=r["id"], format="text") for r in rows]
    right = 0
    for row, doc in zip(rows, dateline.annotate_many(docs)):
        right += any(e.type == row["event"] for e in doc.events)
    return right / len(rows) if rows else 0.0, len(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="sentences per set")
    parser.add_argument("--ngec", type=int, default=200, help="synthetic stories for PLOVER recall")
    parser.add_argument("--errors", type=int, default=0, help="show N misses per set")
    parser.add_argument("--keep", type=Path, default=None, help="keep the JSONL files here")
    args = parser.parse_args(argv)
    data = args.shared / "data" / "events"
    if not data.is_dir():
        print(f"no gold data at {data}; pass --shared PATH")
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_events_"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in SETS:
        records = read_jsonl(data / f"{name}.jsonl", args.limit)
        gold = folder / f"{name}.gold.jsonl"
        write_jsonl(gold, records)
        pred = folder / f"{name}.pred.jsonl"
        write_jsonl(pred, annotate_records(records))
        results[name] = event_scores(args.shared, gold, pred, args.errors)
    timings = dict(get_pipeline(None).timings.seconds)  # the pipeline annotate_many used
    total = sum(timings.values())
    share = timings.get("events", 0.0) / total if total else 0.0

    print("events (CAMEO), scored by eval/event_score.py")
    keys = ("gold codings", "predicted events", "root accuracy", "code accuracy",
            "source accuracy", "target accuracy", "triple accuracy", "actor recall",
            "event precision")
    print(f"  {'':<20}" + "".join(f"{name:>12}" for name in SETS))
    for key in keys:
        cells = []
        for name in SETS:
            value = results[name].get(key)
            cells.append(f"{value:>12.3f}" if isinstance(value, float) else f"{value!s:>12}")
        print(f"  {key:<20}" + "".join(cells))
    gsr = results["petr2_gsr"]
    targets = {"root accuracy": 0.75, "source accuracy": 0.80, "target accuracy": 0.80}
    for key, floor in targets.items():
        verdict = "met" if gsr.get(key, 0) >= floor else "BELOW"
        print(f"  petr2_gsr {key} {gsr.get(key, 0):.3f} (target >= {floor}): {verdict}")

    passed, total_seed, failures = seed_events(args.shared, folder)
    print(f"seed events (eval/seed_check.py): {passed}/{total_seed}")
    for line in failures:
        print("  ", line)
    print(f"events stage share of annotate time, benchmark sentences: {share:.1%} "
          f"({timings.get('events', 0.0):.2f} s of {total:.2f} s) (target < 20%)")
    if args.ngec:
        before = dict(get_pipeline(None).timings.seconds)
        recall, n = plover_recall(args.shared, args.ngec)
        after = get_pipeline(None).timings.seconds
        spent = {k: after[k] - before.get(k, 0.0) for k in after}
        story_total = sum(spent.values())
        story_share = spent.get("events", 0.0) / story_total if story_total else 0.0
        print(f"PLOVER type recall on {n} synthetic stories (diagnostic): {recall:.3f}")
        print(f"events stage share of annotate time, {n} multi-paragraph stories: "
              f"{story_share:.1%} ({spent.get('events', 0.0):.2f} s of {story_total:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
