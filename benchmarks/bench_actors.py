#!/usr/bin/env python3
"""Accuracy of the actors stage, scored by the project's scorers in ../shared/eval.

1. Coreference: the GUM dev documents (data/actors/gum_coref_dev.jsonl) are annotated as given
   (no cleaning) and scored with ``eval/coref_score.py --types person,organization``.
   Targets: B3 F1 >= 0.70, MUC F1 >= 0.75.
2. Actor country and sector: the PETRARCH sentences (data/events/petr2_gsr.jsonl, real news, and
   petr_unit.jsonl, fictional countries of the PETRARCH validation dictionaries) are annotated with
   each record's date as publication date and scored with ``eval/event_score.py``; its
   "actor recall" is the share of gold source/target country codes found among the sentence's
   actors (target >= 0.85 on petr2_gsr). For sectors the same scorer is run on a copy of the gold
   and of the predictions in which each code is replaced by its sector (USAGOV -> GOV; IGO, NGO,
   IMG and MNC codes are their own sector; codes without a sector are left out).

Only the stages the actors need run (entities, places, actors).

Usage: bench_actors.py --shared ../shared [--limit N] [--part coref|codes|all] [--keep DIR]
Example: .venv/bin/python benchmarks/bench_actors.py --shared ../shared --limit 5 --part coref
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from common import read_jsonl, write_jsonl  # noqa: E402

STAGES = ("entities", "places", "actors")
TRANSNATIONAL = ("IGO", "NGO", "IMG", "MNC")  # CAMEO codes whose first three letters are the sector


def annotate(records: list[dict], published_of) -> tuple[list[dict], float]:
    """Annotate gold texts as given (clean=False) with the actors' stages; (documents, seconds)."""
    import dateline
    from dateline.pipeline import Pipeline

    pipeline = Pipeline(stages=STAGES)
    documents = [dateline.extract(r["text"], published=published_of(r), clean=False,
                                  id=str(r["id"]), format="text") for r in records]
    started = time.perf_counter()
    out = [d.as_dict() for d in pipeline.run(documents)]
    return out, time.perf_counter() - started


def run_scorer(shared: Path, script: str, *args: str) -> str:
    result = subprocess.run([sys.executable, str(shared / "eval" / script), *args],
                            capture_output=True, text=True, check=True)
    return result.stdout


def bench_coref(shared: Path, limit: int | None, work: Path) -> dict:
    gold_path = shared / "data" / "actors" / "gum_coref_dev.jsonl"
    gold = read_jsonl(gold_path, limit)
    gold_used = work / "gum_gold.jsonl"
    write_jsonl(gold_used, gold)
    docs, seconds = annotate(gold, lambda r: r.get("published"))
    pred = work / "gum_pred.jsonl"
    write_jsonl(pred, docs)
    scores = json.loads(run_scorer(shared, "coref_score.py", str(gold_used), str(pred),
                                   "--types", "person,organization"))
    print(f"coreference  GUM dev, {len(gold)} documents ({seconds:.1f} s)")
    for name in ("b3_precision", "b3_recall", "b3_f1", "muc_precision", "muc_recall", "muc_f1",
                 "mention_recall", "avg_f1"):
        print(f"  {name:<16} {scores[name]:.4f}")
    print(f"  targets: B3 F1 >= 0.70 ({'met' if scores['b3_f1'] >= 0.70 else 'NOT met'}), "
          f"MUC F1 >= 0.75 ({'met' if scores['muc_f1'] >= 0.75 else 'NOT met'})")
    return scores


def sector_code(code: str) -> str:
    code = code.strip().upper()
    if not code.isalpha() and not code.startswith("---"):
        return ""
    if code[:3] in TRANSNATIONAL:
        return code[:3]
    return code[3:6] if len(code) >= 6 and code[3:6].isalpha() else ""


def sector_view(gold: list[dict], docs: list[dict]) -> tuple[list[dict], list[dict]]:
    """Gold and predictions with each code replaced by its sector (see the module docstring)."""
    gold_s = []
    for record in gold:
        codings = [dict(c, source=sector_code(c.get("source") or ""),
                        target=sector_code(c.get("target") or "")) for c in record.get("codings") or []]
        gold_s.append(dict(record, codings=codings))
    docs_s = []
    for doc in docs:
        actors = []
        for actor in doc.get("actors") or []:
            # The scorer reads an actor's root from "country" (else "sector"): put the sector there.
            actors.append(dict(actor, country=actor.get("sector"), sector=None))
        docs_s.append(dict(doc, actors=actors))
    return gold_s, docs_s


def iso_date(value: str | None) -> str | None:
    if value and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None


def bench_codes(shared: Path, limit: int | None, work: Path) -> dict:
    results = {}
    for name in ("petr2_gsr", "petr_unit"):
        gold = read_jsonl(shared / "data" / "events" / f"{name}.jsonl", limit)
        docs, seconds = annotate(gold, lambda r: iso_date(r.get("date")))
        gold_path, pred_path = work / f"{name}_gold.jsonl", work / f"{name}_pred.jsonl"
        write_jsonl(gold_path, gold)
        write_jsonl(pred_path, docs)
        country = json.loads(run_scorer(shared, "event_score.py", str(gold_path), str(pred_path), "--json"))
        gold_s, docs_s = sector_view(gold, docs)
        gs_path, ps_path = work / f"{name}_gold_sector.jsonl", work / f"{name}_pred_sector.jsonl"
        write_jsonl(gs_path, gold_s)
        write_jsonl(ps_path, docs_s)
        sector = json.loads(run_scorer(shared, "event_score.py", str(gs_path), str(ps_path), "--json"))
        results[name] = {"country": country["actor recall"], "sector": sector["actor recall"]}
        print(f"actor codes  {name}, {len(gold)} sentences ({seconds:.1f} s)")
        print(f"  country right  {country['actor recall']:.4f}   (event_score.py actor recall)")
        print(f"  sector right   {sector['actor recall']:.4f}   (same scorer, codes reduced to sectors)")
        if name == "petr2_gsr":
            print(f"  target: country >= 0.85 ({'met' if country['actor recall'] >= 0.85 else 'NOT met'})")
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--limit", type=int, default=None, help="first N records of each set")
    ap.add_argument("--part", choices=("coref", "codes", "all"), default="all")
    ap.add_argument("--keep", help="folder to keep the gold and prediction files in")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    if not (shared / "data").is_dir():
        print(f"{shared}: no shared data; nothing to benchmark", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(a.keep) if a.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if a.part in ("coref", "all"):
            bench_coref(shared, a.limit, work)
        if a.part in ("codes", "all"):
            bench_codes(shared, a.limit, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
