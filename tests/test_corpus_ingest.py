"""Ingest: idempotent, resumable after kill -9, workers give the same store, input errors reported.

These runs use spaCy's blank English pipeline and a tiny stage so that they take seconds; what
is tested is the store's behaviour, not the annotation."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dateline.corpus import Store, ingest

WORDS = ("council budget river festival harbour election vaccine railway museum drought market "
         "bridge school court strike airport storm library stadium treaty").split()


def write_articles(path: Path, n: int) -> list[str]:
    """n distinct short articles as JSON Lines; returns their ids."""
    ids = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            words = [WORDS[(i * 7 + k * (i % 5 + 1)) % len(WORDS)] for k in range(40)]
            text = (f"Report {i} of 2021. " + " ".join(f"{w}{(i * 31 + k) % 997}" for k, w in enumerate(words))
                    + f". The {WORDS[i % len(WORDS)]} story ends in 2021 with item {i}.")
            ids.append(f"art-{i:05d}")
            f.write(json.dumps({"id": ids[-1], "text": text, "published": "2021-11-24",
                                "url": f"https://example.org/{i}"}) + "\n")
    return ids


# A stage that marks every "2021" as a timex: enough rows in a child table to see duplicates.
SCRIPT = textwrap.dedent("""
    import sys, time
    from dateline.pipeline import stage
    from dateline.model import Timex

    @stage("marks", requires=("doc",), assigns=("timexes",))
    def marks(work):
        time.sleep(float(sys.argv[3]))
        start = 0
        while (i := work.text.find("2021", start)) >= 0:
            work.timexes.append(Timex(i, i + 4, "2021", "DATE", "2021"))
            start = i + 4

    from dateline.corpus.ingest import ingest
    report = ingest([sys.argv[1]], sys.argv[2], model="blank:en", stages=("marks",), batch_size=10,
                    on_batch=lambda r: print("batch", len(r.added), flush=True))
    print("done", report.added, report.skipped, flush=True)
""")


def run_script(tmp_path: Path, inputs: Path, db: Path, delay: float) -> subprocess.Popen:
    script = tmp_path / "ingest_script.py"
    script.write_text(SCRIPT)
    return subprocess.Popen([sys.executable, str(script), str(inputs), str(db), str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def check_store(db: Path, ids: list[str]):
    with Store(db, read_only=True) as store:
        (n, distinct), = store.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchall()
        assert (n, distinct) == (len(ids), len(ids))
        stored = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
        assert stored == set(ids)
        # every article has exactly its two "2021" timexes, once
        bad = store.con.execute("""SELECT a.id, count(t.start) FROM articles a
                                   LEFT JOIN timexes t ON t.article_id = a.id
                                   GROUP BY a.id HAVING count(t.start) != 2""").fetchall()
        assert bad == []
        bands = store.con.execute("SELECT count(*), count(DISTINCT (band, article_id)) FROM article_bands").fetchall()[0]
        assert bands[0] == bands[1]
        assert store.con.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchall()[0][0] == 0


def test_kill_9_then_resume_gives_exactly_n_articles(tmp_path):
    inputs, db = tmp_path / "in.jsonl", tmp_path / "corpus.duckdb"
    ids = write_articles(inputs, 200)
    proc = run_script(tmp_path, inputs, db, delay=0.01)
    batches = 0
    for line in proc.stdout:
        if line.startswith("batch"):
            batches += 1
            if batches == 3:
                time.sleep(0.05)  # land inside a later batch's annotation or commit
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    with Store(db, read_only=True) as store:
        kept = store.count("articles")
    assert 30 <= kept < 200 and kept % 10 == 0  # whole batches only
    proc = run_script(tmp_path, inputs, db, delay=0.0)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert f"done {200 - kept} {kept}" in out
    check_store(db, ids)


def test_reingest_adds_nothing(tmp_path):
    inputs, db = tmp_path / "in.jsonl", tmp_path / "corpus.duckdb"
    ids = write_articles(inputs, 25)
    first = ingest([str(inputs)], db, model="blank:en", stages=("entities",), batch_size=10)
    assert (first.added, first.skipped) == (25, 0)
    second = ingest([str(inputs)], db, model="blank:en", stages=("entities",), batch_size=10)
    assert (second.added, second.skipped) == (0, 25)
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 25
        assert store.count("stories") == 25
        assert store.get_document(ids[3]).id == ids[3]


def test_ingest_hands_memory_back_after_each_batch(tmp_path, monkeypatch):
    """A long ingest keeps its memory flat: one malloc arena for the store's threads and pyarrow
    on the system allocator (unless the environment chose), DuckDB's allocator flushed and the C
    heap trimmed after every batch."""
    import importlib

    import pyarrow as pa

    monkeypatch.setattr(pa, "set_memory_pool", lambda p: pools.append(p.backend_name))
    pools = []
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)

    ingest_module = importlib.import_module("dateline.corpus.ingest")
    calls = []

    class FakeLibc:
        def mallopt(self, param, value):
            calls.append(("mallopt", param, value))

        def malloc_trim(self, pad):
            calls.append(("trim", pad))

    released = []
    monkeypatch.setattr(ingest_module, "_LIBC", FakeLibc())
    monkeypatch.setattr(Store, "release_memory", lambda self: released.append(self.path))
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    inputs, db = tmp_path / "in.jsonl", tmp_path / "corpus.duckdb"
    write_articles(inputs, 25)
    ingest([str(inputs)], db, model="blank:en", stages=("entities",), batch_size=10)
    assert calls[0] == ("mallopt", -8, 1) and pools == ["system"]
    assert calls.count(("trim", 0)) == 3 and released == [str(db)] * 3  # batches of 10, 10, 5
    calls.clear()
    pools.clear()
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    ingest([str(inputs)], tmp_path / "other.duckdb", model="blank:en", stages=("entities",), batch_size=10)
    assert not [c for c in calls if c[0] == "mallopt"] and not pools


def test_input_errors_reported_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.jsonl"
    write_articles(good, 5)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x1", "text": "A fine article about the river in 2021."}\nnot json\n')
    messages = []
    report = ingest([str(good), str(tmp_path / "missing.txt"), str(broken)], tmp_path / "c.duckdb",
                    model="blank:en", stages=("entities",), on_error=messages.append)
    assert report.added == 6 and report.input_errors == 2 and report.status == 1
    assert any("E101" in m for m in messages) and any("E104" in m for m in messages)


def test_cli_ingest_exit_codes(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    inputs = tmp_path / "in.jsonl"
    write_articles(inputs, 3)
    args = ["ingest", str(inputs), "--db", str(tmp_path / "c.duckdb"), "--model", "blank:en",
            "--stages", "entities", "-q"]
    runner = CliRunner()
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.stderr
    assert "3 articles added" in done.stderr
    done = runner.invoke(app, args + [str(tmp_path / "nope.txt")])
    assert done.exit_code == 1 and "E101" in done.stderr and "3 already stored" in done.stderr
    done = runner.invoke(app, args[:-3] + ["--stages", "nosuchstage"])
    assert done.exit_code == 2 and "E003" in done.stderr
    done = runner.invoke(app, args + ["--workers", "0"])
    assert done.exit_code == 2


@pytest.mark.timeout(180)
def test_workers_store_the_same_articles(tmp_path):
    inputs = tmp_path / "in.jsonl"
    ids = write_articles(inputs, 24)
    one = ingest([str(inputs)], tmp_path / "one.duckdb", model="blank:en", stages=("entities",), batch_size=8)
    two = ingest([str(inputs)], tmp_path / "two.duckdb", model="blank:en", stages=("entities",),
                 batch_size=8, workers=2)
    assert one.added == two.added == 24
    rows = []
    for name in ("one", "two"):
        with Store(tmp_path / f"{name}.duckdb", read_only=True) as store:
            rows.append(store.con.execute("SELECT id, seq, duplicate_of FROM articles ORDER BY seq").fetchall())
    assert rows[0] == rows[1]
    assert [r[0] for r in rows[0]] == ids


def test_an_article_stored_under_its_content_id_is_not_stored_again_under_its_own_id(tmp_path):
    """Records whose id field dateline did not read (a "guid" before the news APIs' names were
    read) were stored under the hash of their text; read again with their "guid", the same
    articles are already stored, not added a second time under a new id."""
    texts = ["The council met on Monday to pass the budget for 2021.",
             "The river rose on Tuesday and flooded the market in 2021."]
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    after.write_text("".join(json.dumps({"guid": f"g-{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                     encoding="utf-8")
    db = tmp_path / "c.duckdb"
    first = ingest([str(before)], db, model="blank:en", stages=())
    again = ingest([str(after)], db, model="blank:en", stages=())
    assert (first.added, again.added, again.skipped) == (2, 0, 2)
    assert "0 articles added" in again.line() and "2 already stored" in again.line()
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 2
