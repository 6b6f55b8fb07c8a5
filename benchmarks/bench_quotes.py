#!/usr/bin/env python3
"""Quote / attribution benchmark on PolNeAR dev, plus the seed's quote and amount checks.

Data: ``SHARED/data/quotes/polnear-dev.jsonl`` (84 US political news articles, 2,192 gold
attributions; see its README). Each gold text is annotated as is (no cleaning, its publication
date given) by a pipeline limited to the stages quotes needs; the predictions are written as
dateline JSON Lines and scored by ``SHARED/eval/quote_score.py`` (content exact/overlap F1,
source and cue F1), twice: with one quote per attribution (PolNeAR's scheme, which nests no
annotation inside another) and with the default output, which also lists the verbatim pieces of
mixed quotes as direct quotes. The seed article is annotated by the default pipeline and checked by
``SHARED/eval/seed_check.py``; its quotes and amounts lines are printed. Last, the quotes stage's
share of the default pipeline's annotate time on the Wikinews sample articles (issue 17: < 15%).

The PolNeAR runs compare the stage's three methods on the same parses and actors (a bench-only
stage runs the quotes stage once per method): the rules alone, the learned model alone
(``src/dateline/quotes/learned.py``, trained on PolNeAR train) and the combination the stage
outputs by default. For each it also prints how often a quote's speaker resolves to an actor.

Usage: bench_quotes.py --shared ../shared [--limit N] [--keep DIR] [--split dev|train] [--speed-articles N]
Example: python benchmarks/bench_quotes.py --shared ../shared --limit 20
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.model import Document  # noqa: E402
from dateline.pipeline import Pipeline, stage  # noqa: E402
from dateline.quotes import stage as quote_stage  # noqa: E402
from common import read_jsonl, write_jsonl  # noqa: E402

# The quotes stage reads actors (for speaker ids); actors read entities and the places stage's
# metonyms. Time, amounts and events play no part in the quote scores.
STAGES = ("entities", "places", "actors", "quotes")
# Issue 17's targets (on the hidden PolNeAR test documents; dev is reported the same way).
TARGETS = {"content overlap f1": 0.80, "content exact f1": 0.65, "source overlap f1": 0.80}


def run_scorer(shared: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=shared / "eval")
    return done.stdout + done.stderr


METHODS = ("rules", "model", "combined")
_RESULTS: dict[str, dict[str, list]] = {}
_SECONDS: dict[str, float] = {}


@stage("quotes-methods", requires=("doc", "actors"), assigns=("quotes",))
def _all_methods(work) -> None:
    """The quotes stage once per method on the same Work; the default method's output is kept."""
    default = quote_stage.METHOD
    try:
        for method in METHODS:
            quote_stage.METHOD = method
            started = time.perf_counter()
            quotes = quote_stage.find_quotes(work)
            _SECONDS[method] = _SECONDS.get(method, 0.0) + time.perf_counter() - started
            _RESULTS.setdefault(method, {})[work.document.id] = quotes
    finally:
        quote_stage.METHOD = default
    work.quotes = _RESULTS[default][work.document.id]


def speaker_rates(quotes_by_doc: dict[str, list]) -> tuple[int, int, int]:
    """(quotes, quotes with a speaker span, quotes whose speaker is an actor)."""
    quotes = [q for qs in quotes_by_doc.values() for q in qs]
    spoken = [q for q in quotes if q.speaker is not None]
    return len(quotes), len(spoken), sum(1 for q in spoken if q.speaker.actor)


def bench_polnear(shared: Path, split: str, limit: int | None, out: Path, pieces: bool) -> None:
    """Annotate and score each method; ``pieces``: whether mixed quotes' verbatim pieces are also
    listed as direct quotes (the Document default; PolNeAR, one attribution per clause, counts
    them as extra predictions)."""
    quote_stage.VERBATIM_PIECES = pieces
    _RESULTS.clear()
    _SECONDS.clear()
    gold = read_jsonl(shared / "data" / "quotes" / f"polnear-{split}.jsonl", limit)
    documents = [Document(id=g["id"], text=g["text"], published=g.get("published"),
                          publisher=g.get("publisher"), title=g.get("title")) for g in gold]
    pipeline = Pipeline(stages=STAGES[:-1] + ("quotes-methods",))
    started = time.perf_counter()
    annotated = list(pipeline.run(documents))
    seconds = time.perf_counter() - started
    failed = [e for d in annotated for e in d.errors if e.level == "error"]
    label = "with-pieces" if pieces else "attributions"
    gold_path = out / f"polnear-{split}-gold.jsonl"
    write_jsonl(gold_path, gold)
    what = ("default output: mixed quotes and their verbatim pieces as direct quotes" if pieces else
            "one quote per attribution (VERBATIM_PIECES off), PolNeAR's scheme")
    print(f"== PolNeAR {split}, {what}")
    print(f"{len(gold)} articles annotated in {seconds:.1f} s (stages {', '.join(STAGES)}, the quotes "
          f"stage once per method); machine shared, times inflated by load")
    if failed:
        print(f"  {len(failed)} stage errors, first: {failed[0].message}")
    for method in METHODS:
        pred_path = out / f"polnear-{split}-pred-{label}-{method}.jsonl"
        by_doc = _RESULTS.get(method, {})
        write_jsonl(pred_path, ({"id": g["id"], "quotes": [q.as_dict() for q in by_doc.get(g["id"], [])]}
                                for g in gold))
        report = run_scorer(shared, str(shared / "eval" / "quote_score.py"), str(gold_path), str(pred_path))
        scores = json.loads(run_scorer(shared, str(shared / "eval" / "quote_score.py"), str(gold_path),
                                       str(pred_path), "--json") or "{}")
        n, spoken, actor = speaker_rates(by_doc)
        print(f"-- method {method}{' (the default)' if method == quote_stage.METHOD else ''}: "
              f"{_SECONDS.get(method, 0.0) / max(len(gold), 1) * 1000:.1f} ms/article in the quotes stage")
        print(report)
        print(f"  speaker is an actor: {actor} of {n} quotes ({actor / max(n, 1):.1%}); "
              f"{actor} of {spoken} quotes with a speaker span ({actor / max(spoken, 1):.1%})")
        for name, target in TARGETS.items():
            value = _find(scores, name)
            if value is not None:
                print(f"  target {name} >= {target:.2f}: {value:.4f} {'met' if value >= target else 'NOT met'}")


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


def bench_share(n: int) -> None:
    """The quotes stage's share of ``dateline annotate``'s time (the default pipeline, every
    stage, in process; the stage timings of ``Pipeline.timings``) on the seed article and the
    Wikinews sample articles, the same articles as ``bench_speed.py``'s stage shares."""
    from bench_speed import load_articles

    docs = load_articles(n)
    pipeline = Pipeline()
    list(pipeline.run(docs[:4]))  # warm-up: models, gazetteer, lexicons
    pipeline.timings.seconds.clear()
    list(pipeline.run(docs))
    seconds = dict(pipeline.timings.seconds)
    total = sum(seconds.values()) or 1.0
    quotes = seconds.get("quotes", 0.0)
    print(f"== speed: {len(docs)} articles (seed + Wikinews samples), default pipeline, in process "
          f"(load average {os.getloadavg()[0]:.1f}; machine shared, times inflated by load)")
    print(f"  quotes stage: {quotes:.2f} s of {total:.2f} s annotate time = {quotes / total:.1%} "
          f"({1000 * quotes / len(docs):.1f} ms/article; target < 15%); spaCy parse "
          f"{seconds.get('spacy', 0.0) / total:.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True, help="the shared folder (../shared)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--keep", type=Path, help="keep the JSON Lines files in this folder")
    ap.add_argument("--no-seed", action="store_true", help="skip the seed article")
    ap.add_argument("--speed-articles", type=int, default=150,
                    help="articles for the quotes stage's share of annotate time (0: skip)")
    args = ap.parse_args()
    if not (args.shared / "data" / "quotes").is_dir():
        raise SystemExit(f"{args.shared}/data/quotes not found: pass --shared PATH")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for pieces in (False, True):
            bench_polnear(args.shared.resolve(), args.split, args.limit, out, pieces)
            print()
        quote_stage.VERBATIM_PIECES = True
        if not args.no_seed:
            bench_seed(args.shared.resolve(), out)
    if args.speed_articles:
        print()
        bench_share(args.speed_articles)


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
