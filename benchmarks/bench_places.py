#!/usr/bin/env python3
"""Places benchmark: toponym recognition and resolution on LGL and TR-News, plus speed and memory.

Data: ``SHARED/data/geo/`` (``lgl.jsonl``, ``trnews.jsonl``; see its README). Each gold text is
annotated as it is (``clean=False``), with its ``date_ymd`` as the publication date and its URL,
by a pipeline limited to the stages the places stage needs (``entities``, ``places``). The judged
numbers are computed by ``SHARED/eval/geo_score.py`` on dateline's own JSON Lines output:
recognition P/R/F1 and acc@161 km, both "resolved" (among gold toponyms that a predicted place
matched) and "end to end" (among all gold toponyms with coordinates).

Also printed: the gazetteer's load time and the resident memory of a fresh process that loads it
(the index is built first if the cache lacks it), and the places stage's share of annotate time
(spaCy parse + entities + places).

Usage: bench_places.py --shared ../shared [--limit N] [--keep DIR]
Example: python benchmarks/bench_places.py --shared ../shared --limit 50
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.model import Document  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from common import read_jsonl  # noqa: E402

CORPORA = (("LGL", "lgl.jsonl"), ("TR-News", "trnews.jsonl"))
TARGETS = {"LGL": 0.88, "TR-News": 0.90}  # check halves (issue 21)

LOAD_PROBE = """
import json, resource, time
from dateline.places import gazetteer
started = time.perf_counter()
gazetteer.load()
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "entries": len(gazetteer.load())}))
"""


def gazetteer_load() -> dict:
    """Build the index if needed (not timed), then time a cold load in a fresh process."""
    env_cmd = [sys.executable, "-c", "from dateline.places import gazetteer; gazetteer.load()"]
    subprocess.run(env_cmd, check=True, cwd=ROOT)
    out = subprocess.run([sys.executable, "-c", LOAD_PROBE], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def half(doc_id: str) -> str:
    """"tune" or "check": a fixed split of a corpus by its document ids (sha1 of "13:" + id), so
    every run, and every tuning step, sees the same halves. Weights are set on tune; report check."""
    return "tune" if hashlib.sha1(f"13:{doc_id}".encode()).digest()[0] % 2 == 0 else "check"


def split_file(path: Path, folder: Path) -> dict[str, Path]:
    """Write the tune and check halves of a JSON Lines file; their paths by half."""
    rows = read_jsonl(path, None)
    out = {}
    for name in ("tune", "check"):
        out[name] = folder / f"{name}-{path.name}"
        with out[name].open("w", encoding="utf-8") as stream:
            for row in rows:
                if half(str(row["id"])) == name:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def score(shared: Path, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "geo_score.py"), str(gold),
                          str(pred), "--json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_corpus(shared: Path, filename: str, limit: int | None,
               folder: Path) -> tuple[dict[str, dict], dict]:
    gold_rows = read_jsonl(shared / "data" / "geo" / filename, limit)
    gold_path = folder / f"gold-{filename}"
    with gold_path.open("w", encoding="utf-8") as stream:
        for row in gold_rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    documents = [Document(id=str(row["id"]), text=row["text"], url=row.get("url"),
                          title=row.get("title"), published=row.get("date_ymd"))
                 for row in gold_rows]
    pipeline = Pipeline(stages=("entities", "places"))
    pred_path = folder / f"pred-{filename}"
    with pred_path.open("w", encoding="utf-8") as stream:
        for document in pipeline.run(documents):
            stream.write(json.dumps(document.as_dict(), ensure_ascii=False) + "\n")
    gold_halves, pred_halves = split_file(gold_path, folder), split_file(pred_path, folder)
    results = {name: score(shared, gold_halves[name], pred_halves[name])
               for name in ("tune", "check")}
    results["all"] = score(shared, gold_path, pred_path)
    return results, dict(pipeline.timings.seconds)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--keep", type=Path, default=None, help="keep gold/pred JSONL here")
    parser.add_argument("--corpus", choices=[name for name, _ in CORPORA], action="append",
                        help="only this corpus (repeatable); default both")
    args = parser.parse_args(argv)
    if not (args.shared / "data" / "geo").is_dir():
        print(f"no gold data under {args.shared}/data/geo", file=sys.stderr)
        return 2

    load = gazetteer_load()
    print(f"gazetteer: {load['entries']:,} entries, load {load['seconds']:.2f} s "
          f"(target < 1 s), process RSS {load['rss_mb']:.0f} MB")

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-places-"))
    folder.mkdir(parents=True, exist_ok=True)
    total: dict[str, float] = {}
    print(f"\n{'corpus':<15}{'docs':>6}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}"
          f"{'acc@161 res':>13}{'acc@161 e2e':>13}{'id acc':>8}{'target':>8}")
    for name, filename in CORPORA:
        if args.corpus and name not in args.corpus:
            continue
        results, seconds = run_corpus(args.shared, filename, args.limit, folder)
        for k, v in seconds.items():
            total[k] = total.get(k, 0.0) + v
        for part in ("tune", "check", "all"):
            result = results[part]
            resolved = result["acc@161 (resolved)"]
            print(f"{name + ' ' + part:<15}{result['documents']:>6}{result['gold toponyms']:>7}"
                  f"{result['predicted places']:>7}{result['recognition precision']:>8.3f}"
                  f"{result['recognition recall']:>8.3f}{result['recognition f1']:>8.3f}"
                  f"{resolved:>13.3f}{result['acc@161 (end to end)']:>13.3f}"
                  f"{result['geonameid accuracy']:>8.3f}{'≥ %.2f' % TARGETS[name]:>8}")
    annotate = sum(total.values())
    share = total.get("places", 0.0) / annotate if annotate else 0.0
    print(f"\nannotate time {annotate:.1f} s (spaCy {total.get('spacy', 0):.1f}, entities "
          f"{total.get('entities', 0):.1f}, places {total.get('places', 0):.1f}); places stage "
          f"share {share:.1%} (target < 15%)")
    print(f"outputs in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
