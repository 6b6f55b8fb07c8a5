"""robust22: what a new user meets first, and the leftovers of robust21.

- ``--db`` naming an existing data file (``out.jsonl``, ``table.csv``): DuckDB 2 opens it as an empty
  in-memory database with a view over the file, and an ingest "stored" every article there and lost
  them at exit with status 0; now E403 before anything is annotated.
- ``annotate``/``extract`` with ``-o`` inside an input folder read the Documents being written and
  wrote them again without end; the output is now left out of the folder's files, and ``-o`` naming
  an input is a usage error (opening it would empty it).
- An ingest's Ctrl-C as DuckDB's ``InterruptException`` (a ``duckdb.Error``, no RuntimeError) is exit
  130 and E409 as the others are.
- ``dateline fetch`` and ``dateline watch`` stopped by Ctrl-C exit 130 with one line (E510), no
  traceback; a watch stopped by SIGTERM still exits 0.
"""

from __future__ import annotations

import signal
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.corpus.store import Store, StoreError

SEED = Path(__file__).resolve().parents[1] / "samples" / "seed-article.txt"
RECORDS = '{"id": "a", "text": "Harbour workers walked off the job on Tuesday in Rotterdam."}\n'


def _runner() -> CliRunner:
    return CliRunner()   # (Click 8.2 and later keep stderr apart: result.stderr)


# --- --db naming a data file -------------------------------------------------------------------------

@pytest.mark.parametrize("name, content", [("out.jsonl", RECORDS), ("table.csv", "a,b\n1,2\n"),
                                           ("records.json", '[{"text": "x"}]')])
def test_a_data_file_is_no_store(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            Store(path, read_only=read_only)
        assert caught.value.code == "E403" and "not a DuckDB database" in str(caught.value)
    assert path.read_text() == content
    # a new file of any name is a new store, kept on disk
    fresh = tmp_path / ("new-" + name)
    with Store(fresh) as store:
        store.con.execute("CREATE TABLE kept (x INTEGER)")
    assert fresh.exists() and fresh.stat().st_size > 0


def test_ingest_into_a_data_file_fails_before_annotating(tmp_path):
    db = tmp_path / "out.jsonl"
    db.write_text(RECORDS)
    result = _runner().invoke(app, ["ingest", str(SEED), "--db", str(db), "-q"])
    assert result.exit_code == 1, result.output
    assert "E403" in result.stderr and "not a DuckDB database" in result.stderr
    assert "loading the spaCy pipeline" not in result.stderr and db.read_text() == RECORDS
    shown = _runner().invoke(app, ["stats", "--db", str(db)])
    assert shown.exit_code == 2 and "not a DuckDB database" in shown.stderr, shown.stderr


# --- -o inside an input folder ----------------------------------------------------------------------

@pytest.mark.timeout(120)
def test_output_inside_an_input_folder_is_not_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(SEED.read_text())
    out = folder / "zz.jsonl"   # read after the articles: its Documents were read back, without end
    for _ in range(2):          # and again with the first output there
        result = _runner().invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.stderr
        assert len(out.read_text().splitlines()) == 3


def test_output_that_is_an_input_is_a_usage_error(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text(RECORDS)
    result = _runner().invoke(app, ["extract", str(data), "-o", str(tmp_path / "." / "in.jsonl")])
    assert result.exit_code == 2 and "E007 -o" in result.stderr and "also an input" in result.stderr
    assert data.read_text() == RECORDS


# --- an ingest's interrupt as DuckDB's InterruptException ---------------------------------------------

def test_ingest_interrupt_exception_exits_130(tmp_path, monkeypatch):
    import importlib

    corpus_ingest = importlib.import_module("dateline.corpus.ingest")  # the module, not the function

    def stopped(*args, **kwargs):
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    monkeypatch.setattr(corpus_ingest, "ingest", stopped)
    result = _runner().invoke(app, ["ingest", str(SEED), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 130 and "E409" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1

    def broken(*args, **kwargs):
        raise duckdb.ConversionException("a real error")

    monkeypatch.setattr(corpus_ingest, "ingest", broken)
    result = _runner().invoke(app, ["ingest", str(SEED), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code != 130 and isinstance(result.exception, duckdb.ConversionException)


# --- fetch and watch ---------------------------------------------------------------------------------

@pytest.mark.parametrize("interrupt", [KeyboardInterrupt(), RuntimeError("Query interrupted"),
                                       duckdb.InterruptException("INTERRUPT Error: Interrupted!")],
                         ids=["keyboard", "duckdb-runtime", "duckdb-interrupt"])
def test_fetch_interrupted_exits_130_with_one_line(tmp_path, monkeypatch, interrupt):
    from dateline.crawl.rounds import Watcher

    def fetch_urls(self, urls):
        raise interrupt

    monkeypatch.setattr(Watcher, "fetch_urls", fetch_urls)
    db = tmp_path / "f.duckdb"
    result = _runner().invoke(app, ["fetch", "https://news.example.org/a.html", "--db", str(db)])
    assert result.exit_code == 130, result.stderr
    assert "E510" in result.stderr and "fetch was interrupted" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Store(db) as store:   # closed on the way out: it opens again for writing
        assert store.count("articles") == 0


def _watch(tmp_path, monkeypatch, signals: list[int]):
    """``dateline watch`` whose round receives ``signals`` (as a terminal or a service manager sends
    them) and returns a stopped report."""
    from dateline.crawl.rounds import RoundReport, Watcher

    def round(self, roots):
        for signum in signals:
            signal.raise_signal(signum)
        return RoundReport(round=1, stopped=True)

    monkeypatch.setattr(Watcher, "round", round)
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    result = _runner().invoke(app, ["watch", "https://news.example.org/feed.xml", "--db", str(tmp_path / "w.duckdb"),
                                    "--every", "1h"])
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before  # handlers given back
    return result


def test_watch_stopped_by_ctrl_c_exits_130(tmp_path, monkeypatch):
    result = _watch(tmp_path, monkeypatch, [signal.SIGINT])
    assert result.exit_code == 130, result.stderr
    assert "stopping after the current page" in result.stderr and "(stopped)" in result.stderr
    assert "E510" in result.stderr and "watch was interrupted" in result.stderr and "Traceback" not in result.stderr


def test_watch_second_ctrl_c_quits_at_once_with_130(tmp_path, monkeypatch):
    result = _watch(tmp_path, monkeypatch, [signal.SIGINT, signal.SIGINT])
    assert result.exit_code == 130, result.stderr
    assert "E510" in result.stderr and "Traceback" not in result.stderr and "(stopped)" not in result.stderr


def test_watch_stopped_by_sigterm_exits_0(tmp_path, monkeypatch):
    result = _watch(tmp_path, monkeypatch, [signal.SIGTERM])
    assert result.exit_code == 0, result.stderr
    assert "(stopped)" in result.stderr and "E510" not in result.stderr


# (a Ctrl-C in the middle of a real round, against a local site: test_crawl.py's mid-round test)


# --- the corpus summary says how many events it lists ----------------------------------------------

def test_stats_says_how_many_events_are_at_the_floor(tmp_path):
    from dateline.corpus.report import corpus_summary
    from dateline.corpus.stories import build_stories

    from test_corpus_fixtures import TALKS_COPY, other_document, talks_document

    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add_batch([talks_document("t1", url="https://example.com/talks")])
        store.add_batch([talks_document("t2", TALKS_COPY, published="2021-11-25"), other_document()])
        build_stories(store)
        confidences = sorted(c for (c,) in store.con.execute("SELECT confidence FROM events").fetchall())
        floor = confidences[-1]          # only the surest are listed
        sure = confidences.count(floor)
        assert 0 < sure < len(confidences)
        text = "\n".join(corpus_summary(store, min_confidence=floor))
        every = "\n".join(corpus_summary(store, min_confidence=0.0))
    assert f"{len(confidences)} events ({sure} at confidence >= {floor:.2f}) from" in text
    # each story: its events, and how many of them its timeline lists
    stories = [line for line in text.splitlines() if line.startswith("  #")]
    assert any("2 events (1 at confidence" in line for line in stories), stories
    assert any("1 event (0 at confidence" in line for line in stories), stories
    assert "at confidence >=" not in every.split("Events by type")[0]   # every event listed: nothing to say


# --- a binary file named .jsonl -------------------------------------------------------------------

BINARY_LINE = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02\x00\x00\x01\x00\x01\x00\x00\xff\xdb\n"


def test_a_binary_file_named_jsonl_is_one_message(tmp_path):
    from dateline.ingest.readers import iter_inputs

    image = tmp_path / "photo.jsonl"
    image.write_bytes(BINARY_LINE * 500)    # an image renamed: 500 "lines"
    found = list(iter_inputs([str(image)]))
    assert [(e.code, e.source) for e in found] == [("E102", str(image))]
    assert "rest of the file was not read" in str(found[0])
    result = _runner().invoke(app, ["extract", str(image)])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_few_binary_lines_before_records_are_each_named(tmp_path):
    from dateline.ingest.readers import iter_inputs

    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(BINARY_LINE * 2 + RECORDS.encode() + BINARY_LINE)
    found = list(iter_inputs([str(mixed)]))
    errors = [(getattr(e, "code", None), getattr(e, "source", None)) for e in found if not hasattr(e, "content")]
    assert errors == [("E102", f"{mixed}:1"), ("E102", f"{mixed}:2"), ("E102", f"{mixed}:4")]
    assert [r.source for r in found if hasattr(r, "content")] == [f"{mixed}:3"]
    # a file of binary lines fewer than the limit: each named
    short = tmp_path / "short.jsonl"
    short.write_bytes(BINARY_LINE * 2)
    assert [e.source for e in iter_inputs([str(short)])] == [f"{short}:1", f"{short}:2"]


# --- workers start only when there is something to annotate ---------------------------------------

def test_workers_start_with_the_first_batch_and_not_without_one(monkeypatch):
    from dateline.corpus import workers

    started = []

    def start(self):
        started.append(1)
        raise RuntimeError("started")

    monkeypatch.setattr(workers.Workers, "_start", start)
    pool = workers.Workers(2, {})
    assert list(pool.run(iter([]))) == [] and started == []      # everything stored: no worker, no model
    with pytest.raises(RuntimeError, match="started"):
        list(pool.run(iter([["a batch"]])))
    assert started == [1]
