"""`make bench`: the cost of each stage, against the floor of raw spaCy, on the same articles.

In one run on the same articles (the bundled sample: the seed plus Wikinews):
  1. raw spaCy ``nlp.pipe`` with the default model (the floor for the default pipeline);
  2. ``dateline annotate`` in full, with each stage's share of the time;
  3. ``dateline extract`` vs trafilatura's default ``extract`` on the Scrapinghub HTML pages;
  4. scaling: 1 vs 2 local worker processes, and Ray with 1 vs 2 actors (``--ray``);
  5. peak RSS per worker, for N and 2N articles (memory must not grow with corpus size).

Usage: bench_speed.py [--shared ../shared] [--articles 150] [--ray] [--json FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_articles(n: int):
    from dateline.api import extract

    docs = [extract((ROOT / "samples" / "seed-article.txt").read_text(encoding="utf-8"))]
    with open(ROOT / "samples" / "wikinews" / "wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            if len(docs) >= n:
                break
            r = json.loads(line)
            docs.append(extract(r["text"], id=r["id"], published=r["published"], url=r["url"]))
    return docs


def time_raw_spacy(texts):
    from dateline import nlp as nlp_module

    nlp = nlp_module.load()
    list(nlp.pipe(texts[:4]))  # warm-up
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=nlp_module.BATCH_SIZE))
    return time.perf_counter() - started, tokens


def time_annotate(docs):
    from dateline.pipeline import Pipeline

    pipeline = Pipeline()
    list(pipeline.run(docs[:4]))  # warm-up: model, gazetteer, lexicons
    pipeline.timings.seconds.clear()
    started = time.perf_counter()
    out = list(pipeline.run(docs))
    return time.perf_counter() - started, dict(pipeline.timings.seconds), out


def _worker_init():
    global _PIPELINE
    from dateline.pipeline import Pipeline

    _PIPELINE = Pipeline()


def _worker_run(docs):
    out = list(_PIPELINE.run(docs))
    return len(out), rss_mb()


def time_workers(docs, workers: int):
    """Annotate ``docs`` with ``workers`` processes (model loaded once each, before timing)."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        pool.map(_worker_run, [docs[:2]] * workers)  # warm-up every worker
        chunks = [docs[i::workers] for i in range(workers)]
        started = time.perf_counter()
        results = pool.map(_worker_run, chunks)
        elapsed = time.perf_counter() - started
    return elapsed, max(r[1] for r in results)


def time_ray(docs, workers: int):
    from dateline.distributed import annotate_with_ray, init_ray

    ray = init_ray(num_cpus=workers)
    try:
        list(annotate_with_ray(docs[:workers * 2], workers=workers))  # warm-up (actor start)
        started = time.perf_counter()
        n = sum(1 for _ in annotate_with_ray(docs, workers=workers))
        return time.perf_counter() - started, n
    finally:
        ray.shutdown()


def time_extract(shared: Path, limit: int):
    import trafilatura

    from dateline.api import extract

    pages = []
    with open(shared / "data" / "extraction" / "scrapinghub" / "pages.jsonl", encoding="utf-8") as f:
        for line in f:
            if len(pages) >= limit:
                break
            r = json.loads(line)
            path = shared / "data" / "extraction" / "scrapinghub" / r["html"]
            pages.append(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
    started = time.perf_counter()
    for html in pages:
        extract(html, format="html")
    ours = time.perf_counter() - started
    started = time.perf_counter()
    for html in pages:
        trafilatura.extract(html)
    theirs = time.perf_counter() - started
    return len(pages), ours, theirs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--ray", action="store_true", help="also time the Ray executor")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    args = parser.parse_args(argv)
    results: dict = {}

    docs = load_articles(args.articles)
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    print(f"articles: {len(docs)} ({chars:,} characters of clean text)")

    raw_s, tokens = time_raw_spacy(texts)
    full_s, stages, annotated = time_annotate(docs)
    results.update(articles=len(docs), tokens=tokens, raw_spacy_s=raw_s, annotate_s=full_s,
                   stages=stages)
    print(f"\n{'run':<28}{'articles/s':>12}{'tokens/s':>12}")
    print(f"{'raw spaCy nlp.pipe':<28}{len(docs) / raw_s:>12.1f}{tokens / raw_s:>12.0f}")
    print(f"{'dateline annotate (full)':<28}{len(docs) / full_s:>12.1f}{tokens / full_s:>12.0f}")
    print(f"annotate throughput / raw spaCy: {raw_s / full_s:.2f} (target >= 0.80)")

    total = sum(stages.values()) or 1.0
    print(f"\n{'stage':<14}{'seconds':>10}{'share':>9}{'ms/article':>12}")
    for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14}{secs:>10.2f}{secs / total:>9.1%}{1000 * secs / len(docs):>12.1f}")
    counts = {k: sum(len(getattr(d, k)) for d in annotated)
              for k in ("entities", "actors", "timexes", "places", "quotes", "amounts", "events")}
    print("found: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(f"peak RSS (this process, one worker): {rss_mb():.0f} MB")

    if (args.shared / "data" / "extraction").is_dir():
        n, ours, theirs = time_extract(args.shared, 100)
        results.update(extract_pages=n, extract_s=ours, trafilatura_s=theirs)
        print(f"\nextract on {n} HTML pages: dateline {n / ours:.1f} pages/s, trafilatura "
              f"{n / theirs:.1f} pages/s, ratio {theirs / ours:.2f}")
    else:
        print("\n(../shared absent: extract vs trafilatura skipped)")

    one_s, rss_one = time_workers(docs, 1)
    two_s, rss_two = time_workers(docs, 2)
    half_s, rss_half = time_workers(docs[: len(docs) // 2], 1)
    results.update(workers1_s=one_s, workers2_s=two_s, rss_worker_mb=rss_two,
                   rss_worker_half_mb=rss_half, rss_worker_full_mb=rss_one)
    print(f"\nlocal workers: 1 → {len(docs) / one_s:.1f} articles/s, 2 → {len(docs) / two_s:.1f} "
          f"articles/s; efficiency {one_s / (2 * two_s):.2f} (target >= 0.80)")
    print(f"peak RSS per worker: {rss_half:.0f} MB after {len(docs) // 2} articles, "
          f"{rss_one:.0f} MB after {len(docs)} (target < 1500 MB, flat)")

    if args.ray:
        r1, _ = time_ray(docs, 1)
        r2, _ = time_ray(docs, 2)
        results.update(ray1_s=r1, ray2_s=r2)
        print(f"ray actors: 1 → {len(docs) / r1:.1f} articles/s, 2 → {len(docs) / r2:.1f} "
              f"articles/s; efficiency {r1 / (2 * r2):.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
