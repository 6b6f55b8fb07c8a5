#!/usr/bin/env python3
"""Event coding benchmark: every dev set in a tune half and a check half (fixed seed), the patterns
alone, the learned model alone and the two combined, the seed events, and the learned layer's
share of annotate time.

Sets (``SHARED/data/events/`` unless said; read its README; all evaluation only except the labels'
tune half, which the model was trained on):
- ``training/events/labels.jsonl``: the project's hand labels on 55 Wikinews articles (every
  sentence), the issue's "real articles judged by hand": event-and-type precision, type recall,
  source / target / modality / date right. Check half = the articles the model never saw.
- ``conflibert_pentaclass.jsonl`` (1,349 real sentences): class accuracy against dateline's
  QuadClass (PentaClass 0 = CAMEO 01-02), source / target span overlap.
- ``glocon_sample.jsonl`` (1,952 sentences): contentious event or not, precision / recall / F1.
- ``petr2_gsr.jsonl`` (78 real sentences, silver) and ``petr_unit.jsonl`` (284 constructed):
  CAMEO root/code, source/target accuracy by ``SHARED/eval/event_score.py`` (patterns alone and
  combined; the sentence model names no CAMEO code or party, so it has no column there).
- the seed article, by ``SHARED/eval/seed_check.py``.

Each sentence or article is annotated once by the full default pipeline (``clean=False``, its date
as the publication date where it has one), its events stage run twice: learned layer off (patterns
alone: every event but companions) and on (combined: events at or above the shipped default
threshold). Speed: the learned layer's share of annotate time (sentence model and calibrator calls
inside the events stage, over the whole annotate time of all sets: spaCy parse and every stage).

Usage: bench_events.py --shared ../shared [--limit N] [--sets a,b] [--errors N] [--keep DIR]
Example: python benchmarks/bench_events.py --shared ../shared --limit 300
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import dateline  # noqa: E402
from dateline.events import learned  # noqa: E402
from common import add_model_option, read_jsonl, write_jsonl  # noqa: E402
import events_sets as sets  # noqa: E402

ALL_SETS = ("wikinews", "conflibert", "glocon", "petr2_gsr", "petr_unit", "seed")
PETRARCH = ("petr2_gsr", "petr_unit")
# The targets (issue 15), printed beside the check half.
TARGETS = {
    ("wikinews", "event-and-type precision"): 0.80, ("wikinews", "source right"): 0.75,
    ("petr2_gsr", "root accuracy"): 0.75, ("petr2_gsr", "source accuracy"): 0.80,
    ("petr2_gsr", "target accuracy"): 0.80,
}


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


def petrarch(annotator, shared: Path, name: str, threshold: float, folder: Path, limit, errors):
    """Per half: event_score.py on the patterns' events and on the combined shown events."""
    records = sets._limited(read_jsonl(shared / "data" / "events" / f"{name}.jsonl"), limit)
    annotated = annotator.annotate(sets.sentences_of(records, date_key="date"))
    out = {}
    for half in sets.HALVES:
        keep = [(r, a) for r, a in zip(records, annotated) if sets.half_of(str(r["id"])) == half]
        gold = folder / f"{name}.{half}.gold.jsonl"
        write_jsonl(gold, [r for r, _ in keep])
        out[half] = {}
        for system in ("patterns", "combined"):
            rows = []
            for _, a in keep:
                row = a.doc.as_dict()
                events = a.pattern_events() if system == "patterns" else a.shown(threshold)
                row["events"] = [e.as_dict() for e in events]
                rows.append(row)
            pred = folder / f"{name}.{half}.{system}.jsonl"
            write_jsonl(pred, rows)
            out[half][system] = event_scores(shared, gold, pred, errors if half == "check" else 0)
    return out


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


def held_out_table(title: str, result: dict, half: str, short: str) -> None:
    """A held-out Wikinews set beside the check half: patterns and combined, the main measures."""
    print(title)
    print(f"  {'':<26}" + "".join(f"{s[:8] + ' ' + h:>17}" for s in ("patterns", "combined")
                                  for h in ("check", short)))
    for key in ("event-and-type precision", "type recall", "source right", "target right",
                "gold events", "predicted events"):
        cells = [result[h][s].get(key) for s in ("patterns", "combined") for h in ("check", half)]
        print(f"  {key:<26}" + "".join(f"{v:>17.3f}" if isinstance(v, float) else f"{v!s:>17}"
                                       for v in cells))


def table(title: str, result: dict, keys, systems=sets.SYSTEMS, set_name: str = "") -> None:
    """Rows = measures; columns = system x half."""
    print(title)
    columns = [(s, h) for s in systems for h in sets.HALVES]
    print(f"  {'':<26}" + "".join(f"{s[:8] + ' ' + h:>17}" for s, h in columns))
    for key in keys:
        cells = []
        for system, half in columns:
            value = result.get(half, {}).get(system, {}).get(key)
            cells.append(f"{value:>17.3f}" if isinstance(value, float) else f"{value!s:>17}")
        target = TARGETS.get((set_name, key))
        note = ""
        if target is not None:
            check = result.get("check", {}).get("combined", {}).get(key) or 0
            note = f"   target {target}: {'met' if check >= target else 'BELOW'} (combined, check)"
        print(f"  {key:<26}" + "".join(cells) + note)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None,
                        help="at most N records per set (fixed-seed sample; labels: all)")
    parser.add_argument("--sets", default=",".join(ALL_SETS), help="comma-separated subset of "
                        + ", ".join(ALL_SETS))
    parser.add_argument("--errors", type=int, default=0, help="show N PETRARCH misses (check half)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the JSONL files here")
    parser.add_argument("--json", action="store_true", help="also print every number as JSON")
    add_model_option(parser)
    args = parser.parse_args(argv)
    learned.use_model_dir(args.model)
    data = args.shared / "data" / "events"
    if not data.is_dir():
        print(f"no gold data at {data}; pass --shared PATH")
        return 2
    chosen = [s.strip() for s in args.sets.split(",") if s.strip()]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_events_"))
    folder.mkdir(parents=True, exist_ok=True)
    threshold = learned.default_threshold()
    if learned.load() is None:
        print("no learned model shipped: 'learned' columns are empty, combined = patterns")
    print(f"default threshold (combined): confidence >= {threshold}; halves: labels by article "
          f"(random.Random({sets.SPLIT_SEED}), tune = the model's training half), other sets by a "
          f"hash of the id")
    annotator = sets.Annotator()
    results: dict = {}

    if "wikinews" in chosen:
        results["wikinews"] = r = sets.wikinews(annotator, threshold)
        if r:
            table(f"Wikinews labels, judged by hand ({r['check']['articles']} check / "
                  f"{r['tune']['articles']} tune articles; {r['check']['sentences']} / "
                  f"{r['tune']['sentences']} sentences)", r,
                  ("event-and-type precision", "type recall", "source right", "target right",
                   "modality right", "date right", "events per sentence", "gold events",
                   "predicted events"), set_name="wikinews")
            print("  every event of the combined run (any confidence, proposals included): "
                  "event-and-type precision; type recall; events per sentence: " + " / ".join(
                      f"{h} {r[h]['every event']['event-and-type precision']}; "
                      f"{r[h]['every event']['type recall']}; "
                      f"{r[h]['every event']['events per sentence']}" for h in sets.HALVES))
            print("  proposed by the sentence model (propose.py): events, right: "
                  + " / ".join(f"{h} {r[h]['proposed']['events']}, {r[h]['proposed']['right']}"
                               for h in sets.HALVES))
            print("  reliability of the calibrated confidence (every event, check half): "
                  "bin / events / mean confidence / share right")
            for b in r["check"]["reliability"]:
                print(f"    {b['bin']}  {b['events']:>4}  {b['mean confidence']!s:>6}  "
                      f"{b['share right']!s:>6}")
            long = r.get(sets.LONG_CHECK)
            if long:
                # batch 7: articles over 3,000 characters, which the other batches skip; held out
                held_out_table(f"Wikinews long articles, held out ({long['articles']} long-check "
                               f"articles, {long['sentences']} sentences; check half beside it)",
                               r, sets.LONG_CHECK, "long")
            batch13 = r.get(sets.BATCH13)
            if batch13:
                # the rest of the sample (interviews, features, round-ups); held out whole
                held_out_table(f"Wikinews label batch 13, held out ({batch13['articles']} "
                               f"articles, {batch13['sentences']} sentences; check half beside "
                               "it)", r, sets.BATCH13, "b13")
                print("  every event of the combined run: event-and-type precision; type recall "
                      f"{batch13['every event']['event-and-type precision']}; "
                      f"{batch13['every event']['type recall']}")
    if "conflibert" in chosen:
        results["conflibert"] = r = sets.conflibert(annotator, args.shared, threshold, args.limit)
        if r:
            table(f"conflibert_pentaclass (check {r['check']['patterns']['sentences']} / tune "
                  f"{r['tune']['patterns']['sentences']} sentences; check classes "
                  f"{r['check']['gold classes']})", r,
                  ("class accuracy", "source overlap", "target overlap",
                   "with spans and an event"))
            print("  combined, best event at any confidence (the model as arbiter): class accuracy "
                  + " / ".join(f"{h} {r[h]['combined, any confidence']['class accuracy']}"
                               for h in sets.HALVES))
    if "glocon" in chosen:
        results["glocon"] = r = sets.glocon(annotator, args.shared, threshold, args.limit)
        if r:
            table("glocon_sample: contentious event (PROTEST/ASSAULT) or not", r,
                  ("precision", "recall", "F1", "gold", "said"))
            print("  every event at any confidence (proposals included): P / R / F1 " + " / ".join(
                f"{h} {r[h][sets.EVERY]['precision']} {r[h][sets.EVERY]['recall']} "
                f"{r[h][sets.EVERY]['F1']}" for h in sets.HALVES))
    for name in PETRARCH:
        if name in chosen:
            results[name] = r = petrarch(annotator, args.shared, name, threshold, folder,
                                         args.limit, args.errors)
            table(f"{name}, scored by eval/event_score.py", r,
                  ("gold codings", "predicted events", "root accuracy", "code accuracy",
                   "source accuracy", "target accuracy", "triple accuracy", "event precision"),
                  systems=("patterns", "combined"), set_name=name)
    total = annotator.annotate_seconds
    share = annotator.learned_seconds / total if total else 0.0
    print(f"learned layer's share of annotate time: {share:.1%} ({annotator.learned_seconds:.2f} s "
          f"of {total:.2f} s over every annotated text above; target < 15%)")
    if "seed" in chosen:
        passed, total_seed, failures = seed_events(args.shared, folder)
        print(f"seed events (eval/seed_check.py): {passed}/{total_seed}")
        for line in failures:
            print("  ", line)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
