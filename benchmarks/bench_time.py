#!/usr/bin/env python3
"""Temporal expression benchmark: TIMEX3 spans, types and values on TimeBank and AQUAINT.

Data: ``SHARED/data/time/{timebank,aquaint}/docs.jsonl`` (TempEval-3 "TBAQ-cleaned", gold TIMEX3)
and, as an extra table, ``SHARED/data/time/recognizers/DateTimeModel.json`` (Microsoft
Recognizers-Text cases with a reference date; their spans and value conventions differ from
TimeML's, so those numbers are indicative only). Each gold ``text`` is annotated as is
(``clean=False``) with its document creation time as the publication date, by a pipeline limited
to the stages the time stage needs (entities, timexes); the Documents are written as JSON Lines
and scored by ``SHARED/eval/timex_score.py`` (strict and relaxed span F1, value F1). Each corpus
is split into a tune half and a check half (document ids sorted, shuffled with
``random.Random(SPLIT_SEED)``, first half tune): rules are chosen on the tune halves, and the check
halves are reported with the tune halves beside them.

Speed: the time stage's share of annotate time, from ``Pipeline.timings`` of the default pipeline
(all stages) over the seed article and Wikinews articles of ``SHARED/data/corpus``.

Usage: bench_time.py --shared ../shared [--limit N] [--keep DIR] [--errors N]
Example: python benchmarks/bench_time.py --shared ../shared --limit 20
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

from dateline.api import extract  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from common import read_jsonl, write_jsonl  # noqa: E402

CORPORA = ("timebank", "aquaint")
SPLIT_SEED = 18
HALVES = ("tune", "check")
TARGETS = {"strict f1": 0.82, "relaxed f1": 0.90, "value f1": 0.80}
# Recognizers-Text result types -> TIMEX3 types.
RECOGNIZER_TYPES = {"date": "DATE", "daterange": "DATE", "datetime": "TIME", "time": "TIME",
                    "timerange": "TIME", "datetimerange": "TIME", "duration": "DURATION",
                    "set": "SET", "datetimepoint": "TIME"}


def annotate(gold: list[dict], pipeline: Pipeline) -> list[dict]:
    documents = [extract(g["text"], published=g.get("dct"), clean=False, id=str(g["id"]),
                         format="text") for g in gold]
    return [d.as_dict() for d in pipeline.run(documents)]


def halves(gold: list[dict]) -> dict[str, set[str]]:
    """{"tune": ids, "check": ids}: the ids sorted, shuffled with a fixed seed, split in two."""
    ids = sorted(str(g["id"]) for g in gold)
    random.Random(SPLIT_SEED).shuffle(ids)
    return {"tune": set(ids[:len(ids) // 2]), "check": set(ids[len(ids) // 2:])}


def score(shared: Path, gold: Path, pred: Path, errors: int = 0) -> tuple[dict, str]:
    command = [sys.executable, str(shared / "eval" / "timex_score.py"), str(gold), str(pred)]
    numbers = json.loads(subprocess.run(command + ["--json"], capture_output=True, text=True,
                                        check=True).stdout.splitlines()[0])
    listing = ""
    if errors:
        listing = subprocess.run(command + ["--errors", str(errors)], capture_output=True,
                                 text=True, check=True).stdout
    return numbers, listing


def recognizer_gold(path: Path, limit: int | None) -> list[dict]:
    """DateTimeModel cases with a reference date as gold documents (``End`` is inclusive)."""
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    gold = []
    for number, case in enumerate(cases):
        reference = (case.get("Context") or {}).get("ReferenceDateTime")
        if not reference:
            continue  # resolved against "now" upstream: not reproducible
        timexes = []
        for result in case.get("Results") or []:
            start, end = result["Start"], result["End"] + 1
            values = ((result.get("Resolution") or {}).get("values")) or [{}]
            kind = result.get("TypeName", "").rsplit(".", 1)[-1]
            timexes.append({"start": start, "end": end, "text": case["Input"][start:end],
                            "type": RECOGNIZER_TYPES.get(kind, "DATE"),
                            "value": values[0].get("timex", "")})
        gold.append({"id": f"rt{number}", "dct": reference[:10], "text": case["Input"],
                     "timexes": timexes})
        if limit and len(gold) >= limit:
            break
    return gold


def speed_share(shared: Path, articles: int) -> dict:
    """Seconds per stage of the default pipeline over the seed and Wikinews articles."""
    texts = [(ROOT / "samples" / "seed-article.txt").read_text(encoding="utf-8")]
    corpus = shared / "data" / "corpus" / "wikinews.jsonl"
    if corpus.exists():
        texts += [row["text"] for row in read_jsonl(corpus, articles)]
    pipeline = Pipeline()
    documents = [extract(t, published="2021-11-24", clean=False, id=str(i), format="text")
                 for i, t in enumerate(texts)]
    for _ in pipeline.run(documents):
        pass
    seconds = pipeline.timings.seconds
    total = sum(seconds.values())
    return {"articles": len(texts), "total_s": total, "timexes_s": seconds.get("timexes", 0.0),
            "share": seconds.get("timexes", 0.0) / total if total else 0.0, "per_stage": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--keep", type=Path, default=None, help="write the JSONL files here")
    parser.add_argument("--errors", type=int, default=0, help="list N value errors/misses")
    parser.add_argument("--speed-articles", type=int, default=40, help="0: no speed share")
    parser.add_argument("--no-recognizers", action="store_true")
    args = parser.parse_args(argv)
    data = args.shared / "data" / "time"
    if not data.is_dir():
        print(f"no gold data at {data}", file=sys.stderr)
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_time_"))
    folder.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline(stages=("entities", "timexes"))
    results = {}
    for corpus in CORPORA:
        gold = read_jsonl(data / corpus / "docs.jsonl", args.limit)
        gold_path, pred_path = folder / f"{corpus}.gold.jsonl", folder / f"{corpus}.pred.jsonl"
        write_jsonl(gold_path, gold)
        write_jsonl(pred_path, annotate(gold, pipeline))
        results[corpus], listing = score(args.shared, gold_path, pred_path, args.errors)
        if listing:
            print(listing)
    gold = {c: read_jsonl(folder / f"{c}.gold.jsonl") for c in CORPORA}
    pred = {str(row["id"]): row for c in CORPORA for row in read_jsonl(folder / f"{c}.pred.jsonl")}
    split = {c: halves(gold[c]) for c in CORPORA}
    sets = {"both": (CORPORA, None)} | {f"{c} {h}": ((c,), h) for c in CORPORA for h in HALVES} \
        | {f"both {h}": (CORPORA, h) for h in HALVES}
    for name, (parts, half) in sets.items():
        rows = [g for c in parts for g in gold[c] if half is None or str(g["id"]) in split[c][half]]
        gold_path = folder / f"{name.replace(' ', '.')}.gold.jsonl"
        pred_path = folder / f"{name.replace(' ', '.')}.pred.jsonl"
        write_jsonl(gold_path, rows)
        write_jsonl(pred_path, (pred[str(g["id"])] for g in rows))
        results[name], _ = score(args.shared, gold_path, pred_path)

    print("TIMEX3 (timex_score.py; TempEval-3 style; halves by random.Random("
          f"{SPLIT_SEED}) over the sorted document ids, first half tune)")
    print(f"  {'corpus':<16} {'docs':>5} {'gold':>5} {'pred':>5} {'strict':>7} {'relaxed':>8} "
          f"{'value':>7} {'type':>7}")
    for name, r in results.items():
        print(f"  {name:<16} {r['documents']:>5} {r['gold timexes']:>5} {r['predicted timexes']:>5} "
              f"{r['strict f1']:>7.3f} {r['relaxed f1']:>8.3f} {r['value f1']:>7.3f} {r['type f1']:>7.3f}")
    both = results["both"]
    print("  targets: " + ", ".join(f"{k} >= {v} ({'met' if both[k] >= v else 'NOT met'})"
                                   for k, v in TARGETS.items()))

    recognizers = data / "recognizers" / "DateTimeModel.json"
    if recognizers.exists() and not args.no_recognizers:
        gold = recognizer_gold(recognizers, args.limit and args.limit * 10)
        gold_path, pred_path = folder / "recognizers.gold.jsonl", folder / "recognizers.pred.jsonl"
        write_jsonl(gold_path, gold)
        write_jsonl(pred_path, annotate(gold, pipeline))
        r, _ = score(args.shared, gold_path, pred_path)
        print("\nRecognizers-Text DateTimeModel cases with a reference date (indicative: "
              "their spans and values follow other conventions)")
        print(f"  cases {r['documents']}, gold {r['gold timexes']}, predicted {r['predicted timexes']}: "
              f"strict F1 {r['strict f1']:.3f}, relaxed F1 {r['relaxed f1']:.3f}, "
              f"value F1 {r['value f1']:.3f}")

    if args.speed_articles <= 0:
        print(f"\nJSONL files in {folder}")
        return 0
    speed = speed_share(args.shared, args.speed_articles)
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in sorted(speed["per_stage"].items()))
    print(f"\nSpeed: default pipeline over {speed['articles']} articles: total {speed['total_s']:.2f}s "
          f"({stages}); timexes share {100 * speed['share']:.1f}% (target < 10%)")
    print(f"\nJSONL files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
