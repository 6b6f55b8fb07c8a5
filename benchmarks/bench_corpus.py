"""Corpus benchmark: dedup calibration, ingest throughput and memory, event query latency.

    python benchmarks/bench_corpus.py --shared ../shared [--sizes 1000,10000] [--full 1000]
                                      [--events 1000000] [--skip dedup,ingest,query]

1. **dedup calibration** — on the 293 Wikinews articles and the 4,500 synthetic NGEC stories
   (groups written from one headline template, i.e. same topic, different text): the highest
   containment between distinct articles, and between each article and a copy of it with a new
   headline and footer and some words replaced or the text cut short. Then the store's own dedup
   (LSH + containment) over originals and copies: copies linked, distinct articles wrongly linked.
2. **stories** — the largest stories threaded over the Wikinews sample, printed for reading
   (how ``rules.STORY_SIMILARITY`` was chosen).
3. **ingest** — articles/s and peak memory for 1,000 and 10,000 articles built by repeating and
   varying Wikinews and NGEC articles (repeats are edited copies, so dedup has work to do). The
   10,000 run uses a fast stage subset (spaCy's blank English pipeline and the ``entities``
   stage: the cost measured is reading, dedup, event merging and the store); ``--full N`` also
   ingests N articles with the default pipeline. Each run is a fresh process; its resident memory
   is sampled after every batch, so growth with corpus size shows as the difference between the
   RSS after the first 1,000 articles and at the end.
4. **crash** — ``dateline ingest`` of 1,000 articles killed with SIGKILL three times at random
   moments, then run to the end: exactly 1,000 articles, no duplicate rows.
5. **query** — a store with 1,000,000 synthetic events (and one mention each); filtered
   ``Store.events`` queries timed (median of 7 after a warm-up), target < 200 ms.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_pool(shared: Path) -> list[dict]:
    wikinews = [json.loads(line) for line in open(shared / "data" / "corpus" / "wikinews.jsonl", encoding="utf-8")]
    ngec_path = shared / "data" / "events" / "ngec_synthetic.jsonl"
    ngec = [json.loads(line) for line in open(ngec_path, encoding="utf-8")] if ngec_path.exists() else []
    return wikinews, ngec


def make_copy(text: str, rng: random.Random, replace_rate: float, keep: float, vocabulary: list[str]) -> str:
    """A syndicated copy: new headline and footer, some words replaced, maybe cut short."""
    words = text.split(" ")
    words = words[:max(20, int(len(words) * keep))]
    words = [rng.choice(vocabulary) if rng.random() < replace_rate else w for w in words]
    return ("BREAKING | Example Wire\n\n" + " ".join(words) +
            "\n\nThis article has been adapted from its original source. © 2021 Example Wire. "
            "You may also like: more stories from our partners.")


# --- 1. dedup calibration ---------------------------------------------------------------------------


def bench_dedup(wikinews: list[dict], ngec: list[dict]):
    import numpy as np

    from dateline.corpus import Store, dedup
    from dateline.model import Document

    print("## dedup calibration")
    prints = [dedup.fingerprint(a["text"]) for a in wikinews]

    def containment(a, b):
        return dedup.containment(dedup.jaccard(a.signature, b.signature), a.size, b.size)

    best = max(((containment(prints[i], prints[k]), i, k) for i in range(len(prints))
                for k in range(i + 1, len(prints))), key=lambda x: x[0])
    print(f"Wikinews, distinct articles: highest containment {best[0]:.3f} "
          f"({wikinews[best[1]]['title'][:50]!r} / {wikinews[best[2]]['title'][:50]!r})")
    if ngec:
        groups = collections.defaultdict(list)
        for a in ngec:
            groups[a.get("title_template") or a["id"]].append(dedup.fingerprint(a["text"]))
        highest = max((containment(g[i], g[k]) for g in groups.values() for i in range(len(g))
                       for k in range(i + 1, len(g))), default=0.0)
        print(f"NGEC synthetic, {len(groups)} same-headline groups: highest containment {highest:.3f}")
    rng = random.Random(7)
    vocabulary = [w for a in wikinews[:50] for w in a["text"].split()]
    settings = [(0.02, 1.0), (0.05, 1.0), (0.02, 0.5), (0.10, 1.0)]
    copies = {}
    for rate, keep in settings:
        values = []
        for i, a in enumerate(wikinews):
            text = make_copy(a["text"], rng, rate, keep, vocabulary)
            copies[(rate, keep, i)] = text
            values.append(containment(prints[i], dedup.fingerprint(text)))
        print(f"copies, {rate:.0%} of words replaced, {keep:.0%} kept: containment min {min(values):.3f}, "
              f"5th pct {np.percentile(values, 5):.3f}, median {np.median(values):.3f}; "
              f"above {dedup.CONTAINMENT}: {sum(v >= dedup.CONTAINMENT for v in values)}/{len(values)}")
    # the store end to end: originals first, then every copy
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "d.duckdb") as store:
        originals = [Document(id=a["id"], text=a["text"], published=a.get("published")) for a in wikinews]
        if ngec:
            originals += [Document(id=a["id"], text=a["text"]) for a in ngec]
        for start in range(0, len(originals), 256):
            store.add_batch(originals[start:start + 256])
        false_links = store.con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchall()[0][0]
        print(f"store: {len(originals)} distinct articles stored, {false_links} wrongly linked as copies")
        for rate, keep in settings:
            batch = [Document(id=f"copy-{rate}-{keep}-{i}", text=copies[(rate, keep, i)])
                     for i in range(len(wikinews))]
            linked = 0
            for start in range(0, len(batch), 256):
                result = store.add_batch(batch[start:start + 256])
                linked += sum(1 for cid, orig in result.duplicates.items()
                              if orig == wikinews[int(cid.rsplit("-", 1)[1])]["id"])
            print(f"store: copies ({rate:.0%} replaced, {keep:.0%} kept) linked to their original: "
                  f"{linked}/{len(batch)}")
    print()


def bench_stories(wikinews: list[dict]):
    """The largest stories threaded over the Wikinews sample (text only), for reading."""
    from dateline.corpus import Store
    from dateline.corpus.stories import build_stories
    from dateline.model import Document

    print("## stories (Wikinews sample, text only)")
    with Store(":memory:") as store:
        store.add_batch([Document(id=a["id"], text=a["text"], title=a.get("title"),
                                  published=a.get("published")) for a in wikinews])
        started = time.perf_counter()
        n = build_stories(store)
        seconds = time.perf_counter() - started
        multi = store.con.execute("SELECT count(*), sum(n_articles) FROM stories WHERE n_articles > 1").fetchall()[0]
        print(f"{len(wikinews)} articles → {n} stories in {seconds:.2f} s; {multi[0]} stories of 2+ "
              f"articles hold {multi[1] or 0} articles")
        for st in store.stories(limit=8):
            if st["n_articles"] < 2:
                break
            titles = [a["title"][:60] for a in store.story(st["id"])["articles"]]
            print(f"  {st['n_articles']} articles {st['first_date']} … {st['last_date']}: " + " | ".join(titles))
    print()


# --- 3. ingest -------------------------------------------------------------------------------------------


def build_inputs(path: Path, n: int, wikinews: list[dict], ngec: list[dict]) -> None:
    """n articles: the pool's originals, then edited copies of them (new ids)."""
    pool = wikinews + ngec
    rng = random.Random(11)
    vocabulary = [w for a in wikinews[:50] for w in a["text"].split()]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            base = pool[i % len(pool)]
            round_ = i // len(pool)
            text = base["text"] if round_ == 0 else make_copy(base["text"], rng, 0.03, rng.choice((1.0, 0.7)), vocabulary)
            f.write(json.dumps({"id": f"{base['id']}-r{round_}", "text": text, "title": base.get("title"),
                                "published": base.get("published") or "2023-10-19",
                                "url": f"https://example.org/{round_}/{base['id']}"}) + "\n")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_ingest(inputs: str, db: str, model: str | None, stages: str | None):
    """Runs in a fresh process: ingest, then print JSON numbers."""
    from dateline.corpus import Store
    from dateline.corpus.ingest import ingest
    from dateline.corpus.stories import build_stories
    from dateline.pipeline import DEFAULT_STAGES

    samples = []
    done = [0]

    def on_batch(result):
        done[0] += len(result.added)
        samples.append((done[0], rss_mb()))

    started = time.perf_counter()
    report = ingest([inputs], db, model=model, stages=tuple(stages.split(",")) if stages else DEFAULT_STAGES,
                    on_batch=on_batch, build_stories=False)
    ingest_seconds = time.perf_counter() - started

    started = time.perf_counter()
    with Store(db) as store:
        stories = build_stories(store)
    story_seconds = time.perf_counter() - started
    at_1000 = next((r for n, r in samples if n >= 1000), None)
    print(json.dumps({
        "added": report.added, "duplicates": report.duplicates, "seconds": ingest_seconds,
        "rate": report.added / ingest_seconds, "stories": stories, "story_seconds": story_seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_at_1000_mb": at_1000, "rss_end_mb": samples[-1][1] if samples else None,
        "db_mb": os.path.getsize(db) / 2**20}))


def run_ingest(label: str, inputs: Path, n: int, model: str | None, stages: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        cmd = [sys.executable, __file__, "--child-ingest", str(inputs), str(db), model or "", stages or ""]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{label}: ingest failed\n{done.stderr[-3000:]}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{label:<34} {r['added']:>6} articles  {r['rate']:7.1f} articles/s  peak RSS {r['peak_rss_mb']:6.0f} MB  "
          f"RSS after 1,000 {r['rss_at_1000_mb'] or 0:6.0f} MB, at end {r['rss_end_mb'] or 0:6.0f} MB  "
          f"{r['duplicates']} copies found  stories {r['stories']} in {r['story_seconds']:.1f} s  "
          f"store {r['db_mb']:.0f} MB")
    return r


def bench_ingest(wikinews, ngec, sizes: list[int], full: int):
    print("## ingest (one process, batches of 64; each run a fresh process)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            inputs = Path(tmp) / f"in-{n}.jsonl"
            build_inputs(inputs, n, wikinews, ngec)
            run_ingest(f"{n:,} articles, fast subset*", inputs, n, "blank:en", "entities")
        if full:
            inputs = Path(tmp) / f"in-full-{full}.jsonl"
            build_inputs(inputs, full, wikinews, ngec)
            run_ingest(f"{full:,} articles, default pipeline", inputs, full, None, None)
    print("* fast subset: spaCy's blank English pipeline and the entities stage only: the time is "
          "reading, dedup, event merging and the store, not the NLP.")
    print()


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def bench_crash(wikinews, ngec, n: int = 1000, kills: int = 3):
    """kill -9 an ingest of n articles at random moments, resume each time, check the store."""
    import signal

    from dateline.corpus import Store

    print(f"## crash and resume ({n:,} articles, fast subset, `dateline ingest` killed {kills} times)")
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, db = Path(tmp) / "in.jsonl", Path(tmp) / "crash.duckdb"
        build_inputs(inputs, n, wikinews, ngec)
        cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(inputs), "--db", str(db),
               "--model", "blank:en", "--stages", "entities", "-q"]
        wal = db.with_name(db.name + ".wal")
        for k in range(kills):
            # kill when the store (file + write-ahead log) has grown by a random amount: some
            # batches committed, the next one anywhere between annotation and commit
            start_size = _size(db) + _size(wal)
            target = start_size + rng.uniform(0.2, 1.5) * 2**20
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            started = time.perf_counter()
            while proc.poll() is None and _size(db) + _size(wal) < target and time.perf_counter() - started < 600:
                time.sleep(0.05)
            time.sleep(rng.uniform(0, 1.0))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            delay = time.perf_counter() - started
            kept = 0
            if db.exists():  # a kill during start-up leaves no store yet
                with Store(db, read_only=True) as store:
                    kept = store.count("articles")
            print(f"kill {k + 1} after {delay:.0f} s: {kept} articles committed")
        done = subprocess.run(cmd, capture_output=True, text=True)
        with Store(db, read_only=True) as store:
            n_rows, n_ids = store.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchall()[0]
            dup_bands = store.con.execute("SELECT count(*) - count(DISTINCT (band, article_id)) "
                                          "FROM article_bands").fetchall()[0][0]
            dup_seq = store.con.execute("SELECT count(*) - count(DISTINCT seq) FROM articles").fetchall()[0][0]
            orphans = store.con.execute("SELECT count(*) FROM article_bands WHERE article_id NOT IN "
                                        "(SELECT id FROM articles)").fetchall()[0][0]
        # exit 1 is expected: some NGEC records have no text (E201), reported and stored as such
        ok = n_rows == n_ids == n and dup_bands == dup_seq == orphans == 0 and done.returncode in (0, 1)
        print(f"resumed (exit {done.returncode}): {n_rows} articles, {n_ids} distinct ids, "
              f"{dup_bands} duplicate LSH rows, {dup_seq} duplicate seq, {orphans} orphan rows — "
              f"{'OK' if ok else 'FAILED'}")
    print()


# --- 4. query ------------------------------------------------------------------------------------------------


def build_events(db: Path, n: int):
    import duckdb

    from dateline.corpus import Store

    Store(db).close()  # the schema
    con = duckdb.connect(str(db))
    types = ["CONSULT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
             "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "AGREE", "SUPPORT", "CONCEDE", "RETREAT"]
    countries = ["USA", "AFG", "PAK", "CHN", "RUS", "IRN", "QAT", "GBR", "FRA", "DEU", "IND", "UKR",
                 "ISR", "TUR", "SAU", "EGY", "NGA", "BRA", "MEX", "JPN"]
    sectors = ["GOV", "MIL", "REB", "IGO", "MED", "BUS", "CVL"]
    places = ["Doha", "Kabul", "Islamabad", "Washington", "Moscow", "Beijing", "Tehran", "London",
              "Paris", "Berlin", "Delhi", "Kyiv", "Jerusalem", "Ankara", "Riyadh", "Cairo"]
    con.execute(f"""
        INSERT INTO events BY NAME
        SELECT i AS id, {types}[1 + (hash(i) % {len(types)})::INT] AS type, 'asserted' AS modality,
               lpad(((hash(i * 3) % 20) + 1)::VARCHAR, 2, '0') || '0' AS cameo,
               DATE '2015-01-01' + ((hash(i * 7) % 3650)::INT) AS date_start,
               DATE '2015-01-01' + ((hash(i * 7) % 3650)::INT) AS date_end,
               [{countries}[1 + (hash(i * 11) % {len(countries)})::INT] || ' official'] AS source_names,
               [{countries}[1 + (hash(i * 11) % {len(countries)})::INT]] AS source_countries,
               [{sectors}[1 + (hash(i * 13) % {len(sectors)})::INT]] AS source_sectors,
               [{countries}[1 + (hash(i * 17) % {len(countries)})::INT] || ' group'] AS target_names,
               [{countries}[1 + (hash(i * 17) % {len(countries)})::INT]] AS target_countries,
               [{sectors}[1 + (hash(i * 19) % {len(sectors)})::INT]] AS target_sectors,
               {places}[1 + (hash(i * 23) % {len(places)})::INT] AS place_name,
               lower(source_names[1] || ' | ' || target_names[1]) AS actor_text,
               '|' || source_countries[1] || '|' || target_countries[1] || '|' AS country_text,
               '|source' || (hash(i * 29) % 500)::VARCHAR || '|' AS source_text,
               1 AS n_mentions, 1 AS n_articles, 1 AS n_sources, 0.5 AS confidence
        FROM range(1, {n} + 1) t(i)""")
    con.execute(f"""
        INSERT INTO event_mentions BY NAME
        SELECT i AS event_id, 'art-' || (i // 5)::VARCHAR AS article_id, 0 AS event_index,
               'evidence' AS kind, 'source' || (hash(i * 29) % 500)::VARCHAR AS source_name
        FROM range(1, {n} + 1) t(i)""")
    con.close()


def bench_query(n: int):
    from dateline.corpus import Store

    print(f"## query ({n:,} synthetic events, Store.events, median of 7 after a warm-up)")
    queries = {
        "country + type + date range": {"country": "USA", "type": "CONSULT", "since": "2020-01-01", "until": "2020-12-31"},
        "actor (substring)": {"actor": "pak"},
        "place + since": {"place": "Doha", "since": "2023-01-01"},
        "CAMEO prefix + country": {"type": "04", "country": "AFG"},
        "source + type": {"source": "source42", "type": "PROTEST"},
        "no filter (first page)": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.duckdb"
        started = time.perf_counter()
        build_events(db, n)
        print(f"built in {time.perf_counter() - started:.1f} s, {os.path.getsize(db) / 2**20:.0f} MB")
        with Store(db, read_only=True) as store:
            for label, filters in queries.items():
                store.events(filters, limit=100)
                times, cpu = [], []
                for _ in range(7):
                    t0, c0 = time.perf_counter(), time.process_time()
                    found = store.events(filters, limit=100)
                    times.append((time.perf_counter() - t0) * 1000)
                    cpu.append((time.process_time() - c0) * 1000)
                median = statistics.median(times)
                print(f"{label:<30} {median:7.1f} ms wall, {statistics.median(cpu):6.1f} ms CPU  "
                      f"({len(found)} rows)  {'OK' if median < 200 else 'SLOW'} (< 200 ms wall)")
            print(f"(load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "dateline.cli", "events", "--db", str(db), "--country",
                               "USA", "--type", "CONSULT", "--since", "2020-01-01", "--format", "csv"],
                              capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"CLI `dateline events --country USA --type CONSULT --since 2020-01-01`: {wall:.2f} s wall, "
              f"{cpu:.2f} s CPU, Python start-up included (exit {done.returncode}, "
              f"{len(done.stdout.splitlines()) - 1} rows)")
    print()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child-ingest":
        _, _, inputs, db, model, stages = sys.argv
        child_ingest(inputs, db, model or None, stages or None)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sizes", default="1000,10000", help="fast-subset ingest sizes")
    parser.add_argument("--full", type=int, default=1000, help="articles for the default-pipeline run (0: skip)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--skip", default="", help="comma-separated sections to skip: dedup, stories, ingest, crash, query")
    args = parser.parse_args()
    if not (args.shared / "data" / "corpus" / "wikinews.jsonl").exists():
        raise SystemExit(f"{args.shared}: no data/corpus/wikinews.jsonl (give --shared PATH)")
    skip = set(filter(None, args.skip.split(",")))
    wikinews, ngec = load_pool(args.shared)
    if "dedup" not in skip:
        bench_dedup(wikinews, ngec)
    if "stories" not in skip:
        bench_stories(wikinews)
    if "ingest" not in skip:
        bench_ingest(wikinews, ngec, [int(s) for s in args.sizes.split(",") if s], args.full)
    if "crash" not in skip:
        bench_crash(wikinews, ngec)
    if "query" not in skip:
        bench_query(args.events)


if __name__ == "__main__":
    main()
