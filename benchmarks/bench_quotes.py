#!/usr/bin/env python3
"""Quote / attribution benchmark on PolNeAR dev, plus the seed's quote and amount checks.

Data: ``SHARED/data/quotes/polnear-dev.jsonl`` (84 US political news articles, 2,192 gold
attributions; see its README). Each gold text is annotated as is (no cleaning, its publication
date given) by a pipeline limited to the stages quotes needs; the predictions are written as
dateline JSON Lines and scored by ``SHARED/eval/quote_score.py`` (content exact/overlap F1,
source and cue F1), twice: with one quote per attribution (PolNeAR's scheme, which nests no
annotation inside another) and with the default output, which also lists the verbatim pieces of
mixed quotes as direct quotes. The seed article is annotated by the default pipeline and checked by
``SHARED/eval/seed_check.py``; its quotes and amounts lines are printed.

Usage: bench_quotes.py --shared ../shared [--limit N] [--keep DIR] [--split dev|train]
Example: python benchmarks/bench_quotes.py --shared ../shared --limit 20
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.model import Document  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.quotes import stage as quote_stage  # noqa: E402
from common import read_jsonl, write_jsonl  # noqa: E402

# The quotes stage reads actors (for speaker ids); actors read entities and the places stage's
# metonyms. Time, amounts and events play no part in the quote scores.
STAGES = ("entities", "places", "actors", "quotes")
TARGETS = {"content overlap f1": 0.75, "content exact f1": 0.60, "source overlap f1": 0.80}


def run_scorer(shared: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=shared / "eval")
    return done.stdout + done.stderr


def bench_polnear(shared: Path, split: str, limit: int | None, out: Path, pieces: bool) -> dict:
    """Annotate and score; ``pieces``: whether mixed quotes' verbatim pieces are also listed as
    direct quotes (the Document default; PolNeAR, one attribution per clause, counts them as
    extra predictions)."""
    quote_stage.VERBATIM_PIECES = pieces
    gold = read_jsonl(shared / "data" / "quotes" / f"polnear-{split}.jsonl", limit)
    documents = [Document(id=g["id"], text=g["text"], published=g.get("published"),
                          publisher=g.get("publisher"), title=g.get("title")) for g in gold]
    pipeline = Pipeline(stages=STAGES)
    started = time.perf_counter()
    annotated = list(pipeline.run(documents))
    seconds = time.perf_counter() - started
    failed = [e for d in annotated for e in d.errors if e.level == "error"]
    label = "with-pieces" if pieces else "attributions"
    gold_path, pred_path = out / f"polnear-{split}-gold.jsonl", out / f"polnear-{split}-pred-{label}.jsonl"
    write_jsonl(gold_path, gold)
    write_jsonl(pred_path, (d.as_dict() for d in annotated))
    report = run_scorer(shared, str(shared / "eval" / "quote_score.py"), str(gold_path), str(pred_path))
    scores = json.loads(run_scorer(shared, str(shared / "eval" / "quote_score.py"), str(gold_path),
                                   str(pred_path), "--json") or "{}")
    what = ("default output: mixed quotes and their verbatim pieces as direct quotes" if pieces else
            "one quote per attribution (VERBATIM_PIECES off), PolNeAR's scheme")
    print(f"== PolNeAR {split}, {what}")
    print(f"{len(gold)} articles annotated in {seconds:.1f} s "
          f"({len(gold) / seconds:.1f} articles/s, stages {', '.join(STAGES)})")
    if failed:
        print(f"  {len(failed)} stage errors, first: {failed[0].message}")
    print(report)
    return scores


def bench_seed(shared: Path, out: Path) -> None:
    import dateline

    seed = (ROOT / "samples" / "seed-article.txt").read_text(encoding="utf-8")
    document = dateline.annotate(seed)
    path = out / "seed.jsonl"
    write_jsonl(path, [document.as_dict()])
    report = run_scorer(shared, str(shared / "eval" / "seed_check.py"),
                        str(shared / "data" / "seed" / "expected.json"), str(path))
    lines = [line for line in report.splitlines() if " quotes " in line or " amounts " in line
             or line.startswith(("quotes", "amounts"))]
    print("Seed article (quotes and amounts):")
    print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True, help="the shared folder (../shared)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--keep", type=Path, help="keep the JSON Lines files in this folder")
    ap.add_argument("--no-seed", action="store_true", help="skip the seed article")
    args = ap.parse_args()
    if not (args.shared / "data" / "quotes").is_dir():
        raise SystemExit(f"{args.shared}/data/quotes not found: pass --shared PATH")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for pieces in (False, True):
            scores = bench_polnear(args.shared.resolve(), args.split, args.limit, out, pieces)
            for name, target in TARGETS.items():
                value = _find(scores, name)
                if value is not None:
                    print(f"  target {name} >= {target:.2f}: {value:.4f} {'met' if value >= target else 'NOT met'}")
            print()
        quote_stage.VERBATIM_PIECES = True
        if not args.no_seed:
            bench_seed(args.shared.resolve(), out)


def _find(scores, name: str):
    """A number from quote_score.py --json, whatever its nesting."""
    if isinstance(scores, dict):
        for key, value in scores.items():
            if key == name and isinstance(value, (int, float)):
                return float(value)
            found = _find(value, name)
            if found is not None:
                return found
    if isinstance(scores, list):
        for item in scores:
            if isinstance(item, (list, tuple)) and len(item) == 2 and item[0] == name:
                return float(item[1])
            found = _find(item, name)
            if found is not None:
                return found
    return None


if __name__ == "__main__":
    main()
