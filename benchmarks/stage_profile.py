"""Per-stage CPU cost on parsed articles, with each stage's output dumped for before/after diffs.

Parses the speed articles (``bench_speed.load_articles``: the seed plus Wikinews) once with spaCy,
runs every earlier stage once to build each article's input, then times one stage at a time over
all articles: CPU time (``time.process_time``), ``--repeats`` times, reported as the median (and
min) ms per article. On a machine shared with other work, compare medians of runs made under
similar load, and say what the load was (printed with the numbers).

``--dump DIR`` writes the annotated Documents (every stage's records) as JSON lines,
``DIR/documents.jsonl``, so that a change that must not alter the output can be checked with
``cmp before/documents.jsonl after/documents.jsonl``. ``--profile STAGE[,STAGE…]`` (or ``all``)
prints the cProfile of each such stage's run over all articles (``--top`` rows, by ``--sort``:
cumulative time, or ``tottime`` for where the time itself is spent).

Usage: stage_profile.py [--articles 150] [--repeats 5] [--stages timexes,actors]
                        [--dump DIR] [--profile STAGE,…|all] [--sort cumulative|tottime]
                        [--top 30]
"""

from __future__ import annotations

import argparse
import cProfile
import copy
import dataclasses
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import load_articles  # noqa: E402


def fresh(work):
    """A copy of ``work`` whose record lists and scratch space a stage may change freely."""
    return dataclasses.replace(
        work, entities=list(work.entities), timexes=list(work.timexes), places=list(work.places),
        metonyms=list(work.metonyms), actors=list(work.actors), quotes=list(work.quotes),
        amounts=list(work.amounts), events=list(work.events), errors=list(work.errors),
        extra=copy.copy(work.extra))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--stages", default="", help="comma-separated; default: all")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--profile", default="", help="comma-separated stages, or all")
    parser.add_argument("--sort", default="cumulative", choices=("cumulative", "tottime"))
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)

    from dateline import nlp as nlp_module
    from dateline.pipeline import DEFAULT_STAGES, Pipeline, Work, finish, parse_published

    documents = load_articles(args.articles)
    pipeline = Pipeline()
    pipeline.setup()
    nlp = pipeline.nlp
    started = time.process_time()
    docs = list(nlp_module.parse((d.text for d in documents), nlp=nlp,
                                 batch_size=pipeline.batch_size))
    parse_ms = (time.process_time() - started) * 1000 / len(documents)

    # Each article's Work before each stage (the stages run once, in order).
    works = [Work(text=d.text, published=parse_published(d.published), doc=doc, document=d,
                  errors=list(d.errors)) for d, doc in zip(documents, docs)]
    before: dict[str, list] = {}
    for st in pipeline.stages:
        before[st.name] = [fresh(w) for w in works]
        for w in works:
            st.func(w)

    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        with open(args.dump / "documents.jsonl", "w", encoding="utf-8") as f:
            for d, w in zip(documents, works):
                f.write(json.dumps(finish(d, w).as_dict(), ensure_ascii=False, sort_keys=True) + "\n")

    wanted = [s for s in args.stages.split(",") if s] or list(DEFAULT_STAGES)
    profiled = set(wanted if args.profile == "all" else args.profile.split(","))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(documents)} articles, {args.repeats} repeats, load average {load:.2f}; "
          f"spaCy parse {parse_ms:.1f} ms/article (CPU, once)")
    print(f"{'stage':10s} {'median':>8s} {'min':>8s}  ms/article (CPU)")
    for st in pipeline.stages:
        if st.name not in wanted:
            continue
        times = []
        for _ in range(args.repeats):
            inputs = [fresh(w) for w in before[st.name]]
            started = time.process_time()
            for w in inputs:
                st.func(w)
            times.append((time.process_time() - started) * 1000 / len(documents))
        print(f"{st.name:10s} {statistics.median(times):8.2f} {min(times):8.2f}")
        if st.name in profiled:
            inputs = [fresh(w) for w in before[st.name]]
            profiler = cProfile.Profile()
            profiler.enable()
            for w in inputs:
                st.func(w)
            profiler.disable()
            print(f"--- cProfile of {st.name}, by {args.sort}")
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
