"""Time ``Store.stored_at_addresses`` (fetch/watch: is a linked page stored, under whatever key an
older dateline gave its address?) on a store of N articles of one site keyed by query
(``article.php?id=N``, half of them stored with a tracker, ``&mod=rss_markets``), asked about 30 new
addresses, 10 of them stored. CPU seconds per call (and wall seconds), the first call apart (a store
written before schema v13 works out the stored keys then, once).

    PYTHONPATH=src python benchmarks/stored_addresses_speed.py --articles 10000 --calls 5
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from dateline.corpus import Store
from dateline.model import Document

SITE = "https://news.example.com/article.php?id="


def _text(k: int) -> str:
    """Forty made-up words, other for each article (near-copies would all share LSH buckets)."""
    rng = random.Random(k)
    return " ".join(f"w{rng.randrange(50_000)}" for _ in range(40)) + "."


def build(path: Path, count: int, batch: int = 2000) -> None:
    with Store(path) as store:
        for start in range(0, count, batch):
            store.add_batch([Document(id=f"a{k}", text=_text(k),
                                      url=SITE + f"{k}" + ("&mod=rss_markets" if k % 2 else ""))
                             for k in range(start, min(count, start + batch))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--before-v13", action="store_true",
                        help="take the stored keys away, as a store written before schema v13 lacks them")
    args = parser.parse_args()
    asked = [SITE + f"{k}" for k in range(0, args.articles, max(1, args.articles // 10))][:10]
    asked += [SITE + f"{args.articles + k}" for k in range(20)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.duckdb"
        started = time.process_time()
        build(path, args.articles)
        print(f"built {args.articles:,} articles in {time.process_time() - started:.1f} CPU s")
        if args.before_v13:
            with Store(path) as store:
                store.con.execute("ALTER TABLE articles DROP COLUMN address_key")
                store.con.execute("DELETE FROM schema_migrations WHERE version >= 13")
        with Store(path) as store:
            times, walls = [], []
            for _ in range(args.calls):
                started, wall = time.process_time(), time.perf_counter()
                found = store.stored_at_addresses(asked)
                times.append(time.process_time() - started)
                walls.append(time.perf_counter() - wall)
        assert len(found) == 10, len(found)
        rest, rest_wall = sorted(times[1:]) or times, sorted(walls[1:]) or walls
        print(f"30 addresses asked, {len(found)} stored: first call {times[0]:.3f} CPU s ({walls[0]:.3f} s), "
              f"then median {rest[len(rest) // 2]:.3f} CPU s ({rest_wall[len(rest_wall) // 2]:.3f} s)")


if __name__ == "__main__":
    main()
