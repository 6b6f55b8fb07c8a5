"""`make bench`: speed and scale in one run, ratios beside the absolute numbers.

Timing on a shared machine is noisy: whole-process timings are repeated, interleaved (A, B, A,
B, ...) and reported as medians; the load average is printed with them. dateline's bytecode is
compiled first (``compile_bytecode``), as an installed package's is.

  1. start-up: `dateline annotate` of a one-sentence file vs a bare `spacy.load` of the same
     pipeline (whole processes), and the import time of `dateline.cli`;
  2. whole-process `dateline annotate` of N articles (the seed plus Wikinews) vs a whole-process
     raw spaCy `nlp.pipe` of the same texts with the same model;
  3. in-process: each stage's share of the annotate time; extract vs trafilatura;
  4. local worker processes 1 vs 2; Ray Data pipeline with 1 vs 2 annotation actors on
     ``--ray-articles`` articles (``--ray-model``/``--ray-stages`` for a fast subset);
  5. corpus (benchmarks/speed_corpus.py): a 1,000-article batch into a 10,000-article store vs
     into an empty one, and the ingest's memory growth per article beyond DuckDB's buffer pool;
  6. capacity: articles per core-hour and cores for 100,000 articles a day.

Usage: bench_speed.py [--shared ../shared] [--articles 150] [--repeats 3] [--skip SECTIONS]
                      [--ray-articles 1000] [--corpus 10000] [--json FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import gzip
import json
import multiprocessing as mp
import dataclasses
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The in-process timings keep numpy's BLAS to one thread, as `dateline`'s commands do (cli.py),
# so that they measure what the whole-process ones do (set before numpy is first imported).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


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
    import spacy

    from dateline import nlp as nlp_module

    # A pipeline of its own, as spaCy loads it: dateline's (nlp_module.load) runs its matrix
    # products in numpy rather than blis (nlp.numpy_products), which raw spaCy does not.
    nlp = spacy.load(default_model())
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




def compile_bytecode() -> None:
    """Byte-compile dateline's modules before the whole-process timings, as installing a package
    does (pip writes every module's bytecode; a checkout run once without
    PYTHONDONTWRITEBYTECODE writes it too). Without it, a checkout run with that variable set
    compiles the source of every dateline module in every process: ~0.16 s of CPU per process
    (2026-12-06 tenth session, docs/speed.md), which raw spaCy, installed with its bytecode, never
    pays. Stale bytecode is recompiled by Python itself (it checks each source's timestamp)."""
    import compileall

    import dateline

    compileall.compile_dir(Path(dateline.__file__).parent, quiet=2)


def children_cpu_seconds() -> float:
    """CPU seconds (user + system, all threads) of this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_runs(commands: dict[str, list[str]], repeats: int,
                cpu: dict[str, float] | None = None) -> dict[str, float]:
    """Wall seconds of each command as a whole process, interleaved, median of ``repeats``.
    ``cpu``, when given, receives each command's median CPU seconds (user + system of the process
    and its threads): on a machine shared with other work they vary far less than the wall clock."""
    times: dict[str, list[float]] = {k: [] for k in commands}
    cpus: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(repeats):
        for name, cmd in commands.items():
            started, cpu_before = time.perf_counter(), children_cpu_seconds()
            done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            times[name].append(time.perf_counter() - started)
            cpus[name].append(children_cpu_seconds() - cpu_before)
            if done.returncode not in (0, 1):
                raise SystemExit(f"{name} failed: {done.stderr[-2000:]}")
    if cpu is not None:
        cpu.update({k: statistics.median(v) for k, v in cpus.items()})
    return {k: statistics.median(v) for k, v in times.items()}


def default_model() -> str:
    from dateline import nlp as nlp_module

    return nlp_module.load().meta["lang"] + "_" + nlp_module.load().meta["name"]


def dateline_cmd() -> list[str]:
    script = Path(sys.executable).with_name("dateline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dateline.cli"]


def import_seconds() -> float:
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import dateline.cli"],
                          capture_output=True, text=True)
    last = [line for line in done.stderr.splitlines() if line.endswith("dateline.cli")][-1]
    return int(last.split("|")[1]) / 1e6


def bench_startup(tmp: Path, model: str, repeats: int) -> dict:
    one = tmp / "one.txt"
    one.write_text("President Biden met Chancellor Scholz in Berlin on Tuesday.\n", encoding="utf-8")
    t = median_runs({"spacy": [sys.executable, "-c", f"import spacy; spacy.load({model!r})"],
                     "annotate": dateline_cmd() + ["annotate", str(one), "-q", "-o", os.devnull]},
                    repeats + 2)
    imports = import_seconds()
    print(f"## start-up (whole processes, median of {repeats + 2}; load {os.getloadavg()[0]:.2f})")
    print(f"bare spacy.load({model!r}): {t['spacy']:.2f} s; dateline annotate one sentence: "
          f"{t['annotate']:.2f} s; difference {t['annotate'] - t['spacy']:.2f} s (target <= 0.80)")
    print(f"import dateline.cli: {imports * 1000:.0f} ms")
    return {"startup_spacy_s": t["spacy"], "startup_annotate_s": t["annotate"], "import_cli_s": imports}


RAW_SPACY = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
print(sum(len(d) for d in nlp.pipe(texts, batch_size=int(sys.argv[3]))))
"""


def bench_whole(tmp: Path, docs, model: str, repeats: int) -> dict:
    from dateline import nlp as nlp_module

    path = tmp / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d.id, "text": d.text, "published": d.published, "url": d.url}) + "\n")
    cpu: dict[str, float] = {}
    t = median_runs({"raw": [sys.executable, "-c", RAW_SPACY, model, str(path), str(nlp_module.BATCH_SIZE)],
                     "annotate": dateline_cmd() + ["annotate", str(path), "-q", "-o", os.devnull]}, repeats, cpu)
    n = len(docs)
    print(f"\n## whole-process annotate, {n} articles (median of {repeats}; load {os.getloadavg()[0]:.2f})")
    print(f"raw spaCy nlp.pipe (process): {t['raw']:.1f} s ({n / t['raw']:.2f} articles/s); "
          f"dateline annotate (process): {t['annotate']:.1f} s ({n / t['annotate']:.2f} articles/s); "
          f"ratio {t['raw'] / t['annotate']:.2f} (target >= 0.85)")
    print(f"CPU seconds of the same processes: raw spaCy {cpu['raw']:.1f}, dateline annotate "
          f"{cpu['annotate']:.1f}: ratio {cpu['raw'] / cpu['annotate']:.2f}")
    return {"whole_raw_s": t["raw"], "whole_annotate_s": t["annotate"], "whole_articles": n,
            "whole_raw_cpu_s": cpu["raw"], "whole_annotate_cpu_s": cpu["annotate"]}


def ray_raws(n: int):
    from dateline.ingest import RawArticle

    records = [json.loads(line) for line in open(ROOT / "samples" / "wikinews" / "wikinews.jsonl", encoding="utf-8")]
    return [RawArticle(source="bench", format="text", content=records[i % len(records)]["text"],
                       id=f"{records[i % len(records)]['id']}-{i // len(records)}",
                       published=records[i % len(records)]["published"]) for i in range(n)]


def tree_cpu() -> dict[int, tuple[float, str]]:
    """CPU seconds (user + system) used so far by this process and each of its descendants that
    is still running (the Ray processes: GCS, raylet, workers, actors), from /proc, with each
    one's command line (Ray titles a worker ``ray::NAME``)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parent, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    mine, changed = {os.getpid()}, True
    while changed:
        changed = False
        for pid, ppid in parent.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                changed = True
    out = {}
    for pid in mine:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:
            cmdline = ""
        out[pid] = (cpu.get(pid, 0.0), cmdline)
    return out


def is_annotation_actor(cmdline: str) -> bool:
    """Whether a process is one of the pipeline's annotation actors (by its Ray title)."""
    return cmdline.startswith("ray::") and ("AnnotateBatch" in cmdline or
                                            cmdline.split()[0][5:] in ("MapWorker", "_MapWorker"))


def time_ray(raws, actors: int, model: str | None, stages: tuple[str, ...] | None) -> tuple[float, float, float]:
    """One Ray Data pipeline over ``raws`` with ``actors`` annotation actors (actor start-up and
    model loading included), consumed as the ingest consumes it. Returns the wall seconds, the
    CPU seconds of the driver and every Ray process, and those of the annotation actors alone
    (taken when the last article arrived, while the actors still run)."""
    from dateline.distributed import annotate_with_ray, init_ray
    from dateline.pipeline import DEFAULT_STAGES

    ray = init_ray(num_cpus=actors + 1)
    try:
        options = {"model": model, "stages": stages or DEFAULT_STAGES, "clean": True, "published": None}
        batches = [raws[i:i + 64] for i in range(0, len(raws), 64)]
        before = {pid: c for pid, (c, _) in tree_cpu().items()}
        started = time.perf_counter()
        n, cpu, cpu_actors = 0, 0.0, 0.0
        for batch in annotate_with_ray(batches, options, workers=actors):
            n += len(batch)
            if n == len(raws):
                wall, after = time.perf_counter() - started, tree_cpu()
                spent = {pid: c - before.get(pid, 0.0) for pid, (c, _) in after.items()}
                cpu = sum(spent.values())
                cpu_actors = sum(spent[pid] for pid, (_, cmd) in after.items() if is_annotation_actor(cmd))
        assert n == len(raws), (n, len(raws))
        return wall, cpu, cpu_actors
    finally:
        ray.shutdown()


def bench_ray(n: int, model: str | None, stages: str | None) -> dict:
    raws = ray_raws(n)
    stage_names = tuple(stages.split(",")) if stages else None
    load = os.getloadavg()[0]
    one, cpu_one, actors_one = time_ray(raws, 1, model, stage_names)
    two, cpu_two, actors_two = time_ray(raws, 2, model, stage_names)
    what = f"model {model}, stages {stages}" if (model or stages) else "default pipeline"
    print(f"\n## Ray Data pipeline, {n} articles, {what} (load {load:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after)")
    print(f"1 actor: {one:.1f} s ({n / one:.2f} articles/s); 2 actors: {two:.1f} s ({n / two:.2f} "
          f"articles/s); efficiency {one / (2 * two):.2f} (target >= 0.80)")
    # On as many cores as actors, what is not the actors' (the driver, Ray's processes) takes
    # the actors' CPU: efficiency ~ A / (A + O) from CPU seconds, which other jobs on the
    # machine disturb far less than the wall clock (benchmarks/ray_profile.py breaks O down).
    other = cpu_two - actors_two
    print(f"CPU seconds, 2 actors: actors A {actors_two:.1f}, everything else O {other:.1f} (1 actor: "
          f"{actors_one:.1f}, {cpu_one - actors_one:.1f}); A / (A + O) {actors_two / max(cpu_two, 1e-9):.2f}")
    return {"ray_articles": n, "ray1_s": one, "ray2_s": two, "ray_subset": what,
            "ray1_cpu_s": cpu_one, "ray2_cpu_s": cpu_two,
            "ray1_actors_cpu_s": actors_one, "ray2_actors_cpu_s": actors_two}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ray-articles", type=int, default=1000)
    parser.add_argument("--ray-model", default=None, help="e.g. blank:en for a fast subset")
    parser.add_argument("--ray-stages", default=None, help="e.g. entities for a fast subset")
    parser.add_argument("--corpus", type=int, default=10_000, help="store size for the batch test")
    parser.add_argument("--skip", default="", help="comma-separated: startup, whole, stages, extract, "
                                                   "workers, ray, corpus")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    results: dict = {"load_start": os.getloadavg()[0], "cpus": os.cpu_count()}
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")

    docs = load_articles(args.articles)
    model = default_model()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        if "startup" not in skip:
            results.update(bench_startup(Path(tmp), model, args.repeats))
        if "whole" not in skip:
            results.update(bench_whole(Path(tmp), docs, model, args.repeats))

    texts = [d.text for d in docs]
    raw_s, tokens = time_raw_spacy(texts)
    full_s, stages, annotated = time_annotate(docs)
    results.update(articles=len(docs), tokens=tokens, raw_spacy_s=raw_s, annotate_s=full_s, stages=stages)
    if "stages" not in skip:
        print(f"\n## in-process, {len(docs)} articles, {sum(map(len, texts)):,} characters, {tokens:,} tokens")
        print(f"raw spaCy nlp.pipe {len(docs) / raw_s:.2f} articles/s, dateline annotate {len(docs) / full_s:.2f} "
              f"articles/s: ratio {raw_s / full_s:.2f} (start-up left out)")
        total = sum(stages.values()) or 1.0
        print(f"{'stage':<14}{'seconds':>10}{'share':>9}{'ms/article':>12}")
        for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"{name:<14}{secs:>10.2f}{secs / total:>9.1%}{1000 * secs / len(docs):>12.1f}")

    if "extract" not in skip and (args.shared / "data" / "extraction").is_dir():
        n, ours, theirs = time_extract(args.shared, 100)
        results.update(extract_pages=n, extract_s=ours, trafilatura_s=theirs)
        print(f"\nextract on {n} HTML pages: dateline {n / ours:.1f} pages/s, trafilatura "
              f"{n / theirs:.1f} pages/s, ratio {theirs / ours:.2f}")

    if "workers" not in skip:
        one_s, rss_one = time_workers(docs, 1)
        two_s, rss_two = time_workers(docs, 2)
        results.update(workers1_s=one_s, workers2_s=two_s, rss_worker_mb=rss_two)
        print(f"\nlocal workers: 1 → {len(docs) / one_s:.1f} articles/s, 2 → {len(docs) / two_s:.1f} "
              f"articles/s; efficiency {one_s / (2 * two_s):.2f}; peak RSS per worker {rss_two:.0f} MB")

    if "ray" not in skip:
        results.update(bench_ray(args.ray_articles, args.ray_model, args.ray_stages))

    if "corpus" not in skip:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from speed_corpus import bench_corpus

        c = bench_corpus(annotated, corpus_n=args.corpus, batch_n=1000, repeats=args.repeats)
        results.update(c)
        print(f"\n## corpus: ingest of prepared annotations (NLP left out), load {os.getloadavg()[0]:.2f}")
        print(f"{c['corpus_articles']:,} articles stored at {c['corpus_rate']:.1f} articles/s "
              f"({c['corpus_duplicates']} near-copies, {c['corpus_stories']} stories, store {c['store_mb']:.0f} MB)")
        print(f"1,000-article batch: into the {c['corpus_articles']:,}-article store {c['batch_into_big_s']:.1f} s, "
              f"into an empty store {c['batch_into_empty_s']:.1f} s (medians of {args.repeats}): ratio "
              f"{c['batch_into_big_s'] / c['batch_into_empty_s']:.2f} (target <= 1.20); CPU seconds (all threads) "
              f"{c['batch_into_big_cpu_s']:.1f} vs {c['batch_into_empty_cpu_s']:.1f}: ratio "
              f"{c['batch_into_big_cpu_s'] / c['batch_into_empty_cpu_s']:.2f}")
        print(f"RSS {c['rss_at_1000_mb']:.0f} MB after 1,000 articles, {c['rss_end_mb']:.0f} MB at the end; "
              f"DuckDB buffer pool {c['duckdb_at_1000_mb']:.0f} → {c['duckdb_end_mb']:.0f} MB (capped at "
              f"the store's memory_limit); growth beyond it, fitted over the {c['rss_samples']} samples "
              f"(one per stored batch) from 1,000 articles on: {c['rss_growth_fit_kb_per_article']:.2f} KB/article "
              f"(target < 1; end samples {c['rss_growth_kb_per_article']:.2f}, fitted over one sample per "
              f"1,000 articles {c['rss_growth_fit_1000_kb_per_article']:.2f}; RSS beyond DuckDB's memory "
              f"{c['rss_beyond_duckdb_range_mb'][0]:.0f}-{c['rss_beyond_duckdb_range_mb'][1]:.0f} MB)")

    if "whole" in results or "whole_annotate_s" in results:
        rate = results["whole_articles"] / results["whole_annotate_s"]
        store_s = (1 / results["corpus_rate"]) if "corpus_rate" in results else 0.0
        per_article = 1 / rate + store_s
        per_hour = 3600 / per_article
        stored = (f" + store {store_s * 1000:.0f} ms/article" if "corpus_rate" in results
                  else "; storing not measured: the corpus section was skipped")
        verb = "annotates and stores" if "corpus_rate" in results else "annotates"
        print(f"\n## capacity: one core {verb} {per_hour:,.0f} articles per core-hour "
              f"(whole-process annotate {rate:.2f}/s{stored}); "
              f"100,000 articles a day need {100_000 / (24 * per_hour):.1f} cores")
        results.update(articles_per_core_hour=per_hour, cores_for_100k_day=100_000 / (24 * per_hour))
    results["load_end"] = os.getloadavg()[0]
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
