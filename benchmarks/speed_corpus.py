"""The corpus half of `make bench` (benchmarks/bench_speed.py): does adding a batch cost in
proportion to the batch, and does memory stay flat as the store grows?

Articles are synthetic variants of fully annotated Wikinews articles (annotated once by the
default pipeline in bench_speed.py): 30% of the words replaced (distinct for near-duplicate
detection; 1 variant in 10 is a near-copy with 3% replaced), publication and event dates shifted
by up to two years either side, new ids. They go through the real ``ingest`` — reading, the
stored-id check, near-duplicates, event merging, the actors' corpus roles, incremental stories —
with an executor that hands back the prepared annotations, so the NLP (whose cost per article
does not depend on the store) is left out and what is measured is everything that could grow with
the corpus. Each measurement runs in a fresh process.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_WORD = re.compile(r"\w+")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _shift(value: str | None, days: int) -> str | None:
    if not value or not (m := _DAY.match(value)):
        return value
    day = date.fromisoformat(m.group(1)) + timedelta(days=days)
    return day.isoformat() + value[10:]


def variant(d, k: int, rng: random.Random, vocabulary: list[str]):
    """A new article from the annotated Document ``d``: words replaced, dates shifted."""
    rate = 0.03 if k % 10 == 9 else 0.30
    text = _WORD.sub(lambda m: rng.choice(vocabulary) if rng.random() < rate else m.group(), d.text)
    days = rng.randint(-730, 730)
    events = tuple(dataclasses.replace(e, date=_shift(e.date, days)) for e in d.events)
    timexes = tuple(dataclasses.replace(t, value=_shift(t.value, days)) for t in d.timexes)
    return dataclasses.replace(d, id=f"{d.id}-v{k}", text=text, published=_shift(d.published or "2020-06-01", days),
                               events=events, timexes=timexes, url=f"https://example.org/v{k}/{d.id}")


def write_corpus(path: Path, bases: list, n: int, seed: int, first: int = 0) -> None:
    """``n`` variants of ``bases`` as Document JSON Lines (variant numbers from ``first``)."""
    rng = random.Random(seed)
    vocabulary = [w for d in bases[:40] for w in _WORD.findall(d.text) if len(w) > 3]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            base = bases[i % len(bases)]
            k = first + i // len(bases)
            f.write(json.dumps(variant(base, k, rng, vocabulary).as_dict(), ensure_ascii=False) + "\n")


def _prepared_executor(path: str):
    """An ingest executor that returns the Documents prepared in ``path``, read in step with the
    inputs (same order), so that the benchmark itself holds one batch at a time."""
    from dateline.model import Document

    def annotate(batches, options):
        with open(path, encoding="utf-8") as f:
            for raws in batches:
                out = []
                for r in raws:
                    for line in f:  # inputs already stored were skipped: read past them
                        d = json.loads(line)
                        if d["id"] == r.id:
                            out.append(Document.from_dict(d))
                            break
                yield out

    return annotate


def _inputs_of(documents: str, inputs: str) -> None:
    """The raw inputs (id and text) of prepared Documents."""
    with open(documents, encoding="utf-8") as f, open(inputs, "w", encoding="utf-8") as out:
        for line in f:
            d = json.loads(line)
            out.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"]}) + "\n")


def child(mode: str, documents: str, db: str) -> None:
    """In a fresh process: ingest the prepared ``documents`` into ``db``; print JSON numbers."""
    from dateline.corpus.ingest import ingest

    inputs = documents + ".in.jsonl"
    _inputs_of(documents, inputs)
    samples = []
    done = [0]

    def on_batch(result):
        # after every stored batch (64 articles), once the ingest has handed freed memory back
        # (ingest.release_memory): ~150 samples from 1,000 articles on, where a sample every
        # 1,000 articles gave 10, whose fitted slope swung with the moment each fell at
        done[0] += len(result.added)
        if mode == "grow":
            samples.append((done[0], rss_mb(), _duckdb_mb(db)))

    started, cpu = time.perf_counter(), _cpu_seconds()
    report = ingest([inputs], db, annotate=_prepared_executor(documents), on_batch=on_batch)
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    print(json.dumps({"added": report.added, "seconds": seconds, "cpu_seconds": cpu, "samples": samples,
                      "stories": report.stories, "duplicates": report.duplicates}))


def _cpu_seconds() -> float:
    """CPU seconds of this process, all its threads (DuckDB's included): on a shared machine
    they vary less with the load than wall-clock seconds do."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


_WRITER: list = []  # the ingest's Store, found once (Store.reopen keeps the object)


def _duckdb_mb(db: str) -> float:
    """Memory DuckDB holds (its buffer pool: cached pages and working memory), from the writer's
    own connection when reachable, else 0."""
    if not _WRITER:
        import gc

        from dateline.corpus.store import Store

        _WRITER.extend(obj for obj in gc.get_objects() if isinstance(obj, Store) and obj.path == db)
    for store in _WRITER[:1]:
        found = store.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchall()
        return (found[0][0] or 0) / 2**20
    return 0.0


def slope(points: list[tuple[float, float]]) -> float:
    """The least-squares slope of ``points`` (x, y): memory per article over every sample, which
    the moment of the two end samples within the store's reopening cycle (Store.reopen, every
    ~2,000 articles) does not sway as it sways the difference of the two."""
    if len(points) < 2:
        return 0.0
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


def _run_child(mode: str, documents: Path, db: Path) -> dict:
    cmd = [sys.executable, __file__, mode, str(documents), str(db)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"corpus benchmark child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_corpus(bases: list, corpus_n: int = 10_000, batch_n: int = 1_000, repeats: int = 3) -> dict:
    """Grow a store to ``corpus_n`` articles (memory sampled), then time a ``batch_n`` batch into
    it and into an empty store, ``repeats`` times each, interleaved. Returns the numbers."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus_docs, batch_docs = tmp / "corpus.jsonl", tmp / "batch.jsonl"
        write_corpus(corpus_docs, bases, corpus_n, seed=1)
        write_corpus(batch_docs, bases, batch_n, seed=2, first=10_000)
        grown = _run_child("grow", corpus_docs, tmp / "big.duckdb")
        into_big, into_empty = [], []
        for _ in range(repeats):
            shutil.copy(tmp / "big.duckdb", tmp / "trial.duckdb")
            into_big.append(_run_child("batch", batch_docs, tmp / "trial.duckdb"))
            (tmp / "trial.duckdb").unlink()
            into_empty.append(_run_child("batch", batch_docs, tmp / "empty.duckdb"))
            (tmp / "empty.duckdb").unlink()
        size_mb = (tmp / "big.duckdb").stat().st_size / 2**20
    samples = grown["samples"]
    first = next(s for s in samples if s[0] >= 1000)
    last = samples[-1]
    growth_kb = ((last[1] - first[1]) - (last[2] - first[2])) * 1024 / max(1, last[0] - first[0])
    later = [(n, rss - duck) for n, rss, duck in samples if n >= first[0]]
    # the old sampling (the first batch past each 1,000), for comparison with earlier sessions
    thousands = [(n, rss - duck) for (n, rss, duck), (before, _, _) in zip(samples[1:], samples)
                 if n >= first[0] and n // 1000 > before // 1000]
    return {
        "corpus_articles": grown["added"], "corpus_seconds": grown["seconds"],
        "corpus_rate": grown["added"] / grown["seconds"], "corpus_stories": grown["stories"],
        "corpus_duplicates": grown["duplicates"], "store_mb": size_mb,
        "rss_at_1000_mb": first[1], "rss_end_mb": last[1], "duckdb_at_1000_mb": first[2],
        "duckdb_end_mb": last[2], "rss_growth_kb_per_article": growth_kb,
        "rss_growth_fit_kb_per_article": slope(later) * 1024, "rss_samples": len(later),
        "rss_growth_fit_1000_kb_per_article": slope([(first[0], first[1] - first[2])] + thousands) * 1024,
        "rss_beyond_duckdb_range_mb": (min(y for _, y in later), max(y for _, y in later)),
        "batch_into_big_s": statistics.median(r["seconds"] for r in into_big),
        "batch_into_empty_s": statistics.median(r["seconds"] for r in into_empty),
        "batch_into_big_cpu_s": statistics.median(r["cpu_seconds"] for r in into_big),
        "batch_into_empty_cpu_s": statistics.median(r["cpu_seconds"] for r in into_empty),
        "batch_into_big_all": [r["seconds"] for r in into_big],
        "batch_into_empty_all": [r["seconds"] for r in into_empty],
    }


if __name__ == "__main__":
    child(*sys.argv[1:4])
