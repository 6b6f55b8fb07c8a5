#!/usr/bin/env python3
"""Fast iteration on the places stage: parse LGL/TR-News/Wikinews toponyms once, then rerun only the places stage.

The first run parses every dev article with spaCy and the entities stage and keeps the parses in
CACHE (a DocBin and the entities, pickled); later runs load them and run the places stage alone,
write predictions and score the tune and check halves (the same split as benchmarks/bench_places.py)
with SHARED/eval/geo_score.py. For development only: the judged numbers come from
`make bench-places`, which runs the whole pipeline.

``--misses N`` lists the tune halves' misses and spurious places by class (as bench_places.py).

Usage: devloop.py --shared ../shared [--cache .cache/places] [--corpus LGL] [--ablate] [--hand]
                  [--misses N]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_places import DEV_SETS, gold_file, halves_of, list_errors, score, split_file  # noqa: E402
from common import read_jsonl  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.model import Document  # noqa: E402
from dateline.pipeline import Work, finish, load_stages, parse_published  # noqa: E402


def parsed(shared: Path, filename: str, cache: Path):
    """(documents, spaCy docs, entities) for a corpus, from the cache when it has them."""
    from spacy.tokens import DocBin

    rows = read_jsonl(gold_file(shared, filename), None)
    documents = [Document(id=str(r["id"]), text=r["text"], url=r.get("url"), title=r.get("title"),
                          published=r.get("date_ymd")) for r in rows]
    nlp = nlp_module.load(None)
    path = cache / f"{filename}.parsed"
    if path.exists():
        with path.open("rb") as fh:
            data, entities = pickle.load(fh)
        docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
        # a cache of an older version of the corpus (the Wikinews labels grew) is parsed again
        if [d.text for d in docs] == [d.text for d in documents]:
            return documents, docs, entities
    docs = list(nlp_module.parse((d.text for d in documents), nlp=nlp))
    entities = []
    for document, doc in zip(documents, docs):
        work = Work(text=document.text, published=parse_published(document.published), doc=doc,
                    document=document)
        load_stages()["entities"].func(work)
        entities.append(work.entities)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump((DocBin(store_user_data=True, docs=docs).to_bytes(), entities), fh)
    return documents, docs, entities


# Each disambiguation signal as the resolve.py weights it is made of: --ablate sets them to zero
# (the dateline's to 1: counted like any other mention).
SIGNALS = {
    "population": {"population": 0.0},
    "feature type": {k: 0.0 for k in ("feature:CONT", "feature:PCLI", "feature:ADM1",
                                      "feature:PPLC", "feature:ADM2", "feature:region")},
    "qualifier": {"qualifier": 0.0},
    "country context": {"country": 0.0, "admin1": 0.0, "admin2": 0.0},
    "co-location": {"colocated_admin1": 0.0, "colocated_admin2": 0.0, "colocated_country": 0.0},
    "spatial minimality (near)": {"near": 0.0, "near_local": 0.0},
    "publisher country": {"publisher": 0.0},
    "capital evidence": {"capital_in_context": 0.0, "capital_over_division": 0.0},
    "dateline": {"W_DATELINE": 1.0, "dateline_town": 0.0},
    "coordination (listed with)": {"coordinated": 0.0},
    "city over its namesake region": {"seat_over_division": 0.0},
    "hamlet named like a capital": {"small_namesake": 0.0},
    "town named like a world city, no evidence": {"unevidenced_namesake": 0.0},
    "division named like its capital, no evidence": {"unevidenced_division": 0.0},
}
# --hand: the hand-set weights in place of the fitted ones (places/model/resolver.json).
HAND = "hand-set weights"


def run_once(args, name, filename, places, documents, docs, entities, label) -> float:
    started = time.perf_counter()
    pred = args.cache / f"pred-{filename}"
    with pred.open("w", encoding="utf-8") as fh:
        for document, doc, ents in zip(documents, docs, entities):
            work = Work(text=document.text, published=parse_published(document.published),
                        doc=doc, document=document, entities=list(ents))
            places.func(work)
            fh.write(json.dumps(finish(document, work).as_dict(), ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - started
    gold = gold_file(args.shared, filename)
    halves = halves_of(read_jsonl(gold, None))
    golds, preds = split_file(gold, args.cache, halves), split_file(pred, args.cache, halves)
    for part in ("tune", "check"):
        r = score(args.shared, golds[part], preds[part])
        print(f"{name:<8}{part:<6} P {r['recognition precision']:.3f} R "
              f"{r['recognition recall']:.3f} F1 {r['recognition f1']:.3f} acc@161 "
              f"{r['acc@161 (resolved)']:.3f} e2e {r['acc@161 (end to end)']:.3f} id "
              f"{r['geonameid accuracy']:.3f}  {label}", flush=True)
    if args.misses:
        print(f"\n{name} tune half, by class ({label}):")
        list_errors(golds["tune"], preds["tune"], args.misses)
    return seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "places")
    parser.add_argument("--corpus", action="append")
    parser.add_argument("--ablate", action="store_true",
                        help="also score with each disambiguation signal switched off")
    parser.add_argument("--hand", action="store_true",
                        help="also score with the hand-set weights instead of the fitted ones")
    parser.add_argument("--misses", type=int, default=0, metavar="N",
                        help="list the tune halves' misses and spurious places by class")
    args = parser.parse_args(argv)
    from dateline.places import resolve

    runs = [("all signals", {})]
    if args.hand:
        runs.append((HAND, dict(resolve.HAND_WEIGHTS)))
    if args.ablate:
        runs += [(f"without {name}", weights) for name, weights in SIGNALS.items()]
    places = load_stages()["places"]
    places.setup()
    for name, filename in DEV_SETS:
        if args.corpus and name not in args.corpus:
            continue
        documents, docs, entities = parsed(args.shared, filename, args.cache)
        for label, weights in runs:
            # Weights of resolve.WEIGHTS by feature name; module constants (W_DATELINE) by theirs.
            saved = {k: resolve.WEIGHTS[k] if k in resolve.WEIGHTS else getattr(resolve, k)
                     for k in weights}
            for k, v in weights.items():
                if k in resolve.WEIGHTS:
                    resolve.WEIGHTS[k] = v
                else:
                    setattr(resolve, k, v)
            try:
                seconds = run_once(args, name, filename, places, documents, docs, entities, label)
            finally:
                for k, v in saved.items():
                    if k in resolve.WEIGHTS:
                        resolve.WEIGHTS[k] = v
                    else:
                        setattr(resolve, k, v)
        print(f"{name:<8}places stage {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
