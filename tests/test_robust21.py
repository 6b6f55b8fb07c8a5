"""robust21: a Ctrl-C is not lost while a worker process starts, nor turned into a traceback
while DuckDB runs a query of the ingest."""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.corpus import Store, workers


@pytest.fixture
def ctrl_c():
    """Python's own SIGINT handler (KeyboardInterrupt) in this process, whatever the tests' caller
    left (a CI job started in the background ignores SIGINT); a function that sends one."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield lambda: os.kill(os.getpid(), signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_ctrl_c_while_a_worker_starts_is_raised_once_it_is_started(ctrl_c):
    # before: SIGINT was ignored while a worker started, and a Ctrl-C then was dropped
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=time.sleep, args=(0,), daemon=True)
    done = []
    with pytest.raises(KeyboardInterrupt):
        with workers._sigint_held():
            process.start()
            ctrl_c()
            time.sleep(0.2)  # (a handler that raised would have raised here)
            done.append("started")
    process.join(timeout=60)
    assert done == ["started"] and process.exitcode == 0
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_without_a_ctrl_c_the_start_goes_on_and_the_handler_is_put_back(ctrl_c):
    with workers._sigint_held():
        assert signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with pytest.raises(KeyboardInterrupt):  # a Ctrl-C after it is Python's own again
        ctrl_c()
        time.sleep(0.2)


def test_an_ignored_ctrl_c_stays_ignored():
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with workers._sigint_held():
            os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.1)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


PROBE = textwrap.dedent("""
    import multiprocessing, signal, sys, time
    from dateline.corpus import workers

    class Context:  # the spawn context, starting a sleeper in place of the worker's loop
        def __init__(self):
            self.real = multiprocessing.get_context("spawn")

        def Pipe(self):
            return self.real.Pipe()

        def Process(self, target, args, daemon, name):
            return self.real.Process(target=time.sleep, args=(5,), daemon=daemon, name=name)

    if __name__ == "__main__":
        pool = workers.Workers(1, {})
        pool.context = Context()
        worker = pool._start()  # the first start of this process: the tracker is started too
        import os
        os.kill(worker.process.pid, signal.SIGINT)  # a Ctrl-C while it starts (spawn takes ~1 s)
        worker.process.join()
        print(worker.process.exitcode)
""")


def test_a_worker_that_gets_a_ctrl_c_as_it_starts_holds_it_back(tmp_path):
    # multiprocessing's resource tracker, started by a process's first spawn, unblocks SIGINT in
    # the thread that starts it: the worker, spawned after it, would have taken the Ctrl-C (a
    # KeyboardInterrupt while it imports, its traceback printed) had the tracker not been started first
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    src = str(Path(dateline.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (src, os.environ.get("PYTHONPATH")))))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.split() == ["0"], done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr


@pytest.mark.timeout(120)
def test_a_ctrl_c_during_a_store_write_is_a_keyboard_interrupt(ctrl_c):
    # DuckDB runs the SIGINT handler while it waits for a query, and raised RuntimeError("Query
    # interrupted") in place of the KeyboardInterrupt: an ingest stopped there printed a traceback
    with Store(":memory:") as store:
        timer = threading.Timer(0.5, ctrl_c)
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            with store.transaction() as con:
                con.execute("CREATE TABLE t AS SELECT count(*) AS n FROM range(100000000000) a")  # minutes
        timer.join()
        assert store.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 't'"
                                 ).fetchone()[0] == 0  # rolled back


def test_an_ingest_stopped_in_a_duckdb_call_exits_130_without_a_traceback(tmp_path, monkeypatch):
    ingest = importlib.import_module("dateline.corpus.ingest")  # the module, not its function

    def interrupted(*args, **kwargs):
        raise RuntimeError("Query interrupted")  # as DuckDB gives a Ctrl-C outside a transaction

    monkeypatch.setattr(ingest, "ingest", interrupted)
    source = tmp_path / "in.txt"
    source.write_text("The council met on Monday.\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["ingest", str(source), "--db", str(tmp_path / "c.duckdb"), "--quiet"])
    assert done.exit_code == 130 and "E409" in done.output, done.output

    def failed(*args, **kwargs):
        raise RuntimeError("another error")

    monkeypatch.setattr(ingest, "ingest", failed)
    done = CliRunner().invoke(app, ["ingest", str(source), "--db", str(tmp_path / "c.duckdb"), "--quiet"])
    assert done.exit_code == 1 and isinstance(done.exception, RuntimeError)  # not taken for a Ctrl-C


# --- articles.address_key and the rules it was made with --------------------------------------

SITE = "https://news.example.com/article.php?id="

# The addresses whose keys stand for the rules of fields.address_key: trackers (a publisher's, utm_*),
# an article's own parameters, fragments (a route kept), the host's case, pages that name no article.
KEYED = [SITE + "5", SITE + "5&mod=rss_markets", SITE + "5&utm_source=x#top", "HTTPS://News.Example.COM/a/b",
         "https://example.com/#/story/6", "https://example.com/#!/story/6", "https://example.com/news/a#comments",
         "https://example.com/?p=123", "https://example.com/", "#", "N/A", "javascript:void(0)",
         "https://example.com/a?CMP=twt_gu&page=2", "https://example.com/a?output=amp&sid=9",
         "https://example.com/a.pdf", " https://example.com/a/b "]
# ADDRESS_KEY_RULES -> a digest of the keys of KEYED under those rules
RULES_DIGESTS = {1: "c65512c3ab4090e0"}


def _keys_digest() -> str:
    import hashlib

    from dateline.ingest.fields import address_id  # (the key the store keeps: address_key's, hashed)

    return hashlib.sha256(json.dumps([address_id(u) for u in KEYED]).encode()).hexdigest()[:16]


def test_a_change_of_the_address_key_rules_bumps_their_version():
    """The stored keys (articles.address_key) are only worked out again when ADDRESS_KEY_RULES
    changes: a rule that keys these addresses otherwise must come with a new version (and its
    digest here)."""
    from dateline.ingest.fields import ADDRESS_KEY_RULES

    assert RULES_DIGESTS.get(ADDRESS_KEY_RULES) == _keys_digest(), (
        "the keys of KEYED changed: bump fields.ADDRESS_KEY_RULES and record the new digest")


def _store_with(path: Path, urls: list[str]) -> None:
    from test_corpus_fixtures import talks_document

    with Store(path) as store:
        store.add_batch([talks_document(f"s{k}", url=url) for k, url in enumerate(urls)])


def _stale(path: Path, rules: str = "0") -> None:
    """The store as a dateline of other key rules left it: keys of its own, its rules named."""
    with Store(path) as store:
        store.con.execute("UPDATE articles SET address_key = 'old-' || id")
        store.con.execute("UPDATE store_settings SET value = ? WHERE name = 'address_key_rules'", [rules])


def _counted(monkeypatch) -> list[str]:
    from dateline.ingest import fields

    calls, real = [], fields.address_id
    monkeypatch.setattr(fields, "address_id", lambda url: calls.append(url) or real(url))
    return calls


ASKED = [SITE + f"{k}" for k in (3, 4, 7, 400)] + [SITE + "5&utm_source=x"]
WANT = {SITE + "3": "s3", SITE + "4": "s4", SITE + "7": "s7", SITE + "5&utm_source=x": "s5"}


def test_a_store_keyed_under_other_rules_has_its_keys_worked_out_again_on_a_writable_open(tmp_path, monkeypatch):
    from dateline.ingest.fields import ADDRESS_KEY_RULES

    path = tmp_path / "s.duckdb"
    _store_with(path, [SITE + f"{k}" + ("&mod=rss_markets" if k % 2 else "") for k in range(12)])
    with Store(path) as store:
        assert store.stored_at_addresses(ASKED) == WANT
    _stale(path)
    with Store(path) as store:  # before: each stale key stood, and none of them was found
        assert store.con.execute("SELECT count(*) FROM articles WHERE address_key IS NOT NULL").fetchone()[0] == 0
        assert store.con.execute("SELECT value FROM store_settings").fetchall() == [(str(ADDRESS_KEY_RULES),)]
        assert store.stored_at_addresses(ASKED) == WANT
    calls = _counted(monkeypatch)
    with Store(path) as store:  # stored again: the next open works out only the keys asked
        assert store.stored_at_addresses(ASKED) == WANT
    assert len(calls) == len(ASKED), calls
    _stale(path, str(ADDRESS_KEY_RULES))  # keys of their own under today's rules: kept as they are
    with Store(path) as store:
        assert store.stored_at_addresses(ASKED) == {}


def test_a_read_only_store_works_out_the_keys_it_lacks_once_per_open(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    _store_with(path, [SITE + f"{k}" + ("&mod=rss_markets" if k % 2 else "") for k in range(12)])
    _stale(path)  # under other rules: a read-only store cannot store them, nor trust them
    calls = _counted(monkeypatch)
    with Store(path, read_only=True) as store:
        assert store.stored_at_addresses(ASKED) == WANT
        assert len(calls) == len(ASKED) + 12
        calls.clear()
        assert store.stored_at_addresses(ASKED) == WANT  # before: all 12 worked out on every call
        assert store.stored_at_addresses(ASKED[:2]) == {SITE + "3": "s3", SITE + "4": "s4"}
        assert len(calls) == len(ASKED) + 2, calls
    with Store(path) as store:  # a writable open: stale, set to NULL
        store.con.execute("UPDATE articles SET address_key = NULL WHERE id IN ('s3', 's4')")  # (as before v13)
    with Store(path, read_only=True) as store:
        calls.clear()
        assert store.stored_at_addresses(ASKED) == WANT
        assert store.stored_at_addresses(ASKED) == WANT
        assert len(calls) == 2 * len(ASKED) + 12, calls  # the 12 worked out once


def test_a_record_whose_address_is_stored_under_an_older_key_is_not_stored_again(tmp_path):
    """A store of a dateline before keymend19 holds an article under the id of its address with
    "?mod=rss_markets"; read again from a dump, today's key of that address is another id. fetch and
    watch found the stored article (Store.stored_at_addresses); ingest stored it a second time."""
    from test_corpus_fixtures import TALKS, talks_document

    from dateline.corpus import ingest
    from dateline.ingest.fields import address_id

    listed = "https://news.example.com/world/talks?mod=rss_markets"
    clean = "https://news.example.com/world/talks"
    assert address_id(listed) == address_id(clean) != address_id(listed + "&x=1")
    db = tmp_path / "s.duckdb"
    with Store(db) as store:  # keyed as before keymend19: a hash of the address with its tracker
        store.add_batch([talks_document("older-key", url=listed, publisher=None)])
    source = tmp_path / "in.jsonl"
    records = [{"url": listed, "text": TALKS, "published": "2021-11-24"},
               {"url": clean + "?utm_source=x", "text": TALKS, "published": "2021-11-24"},
               {"url": clean, "text": TALKS + " Talks resume on Monday.", "published": "2021-11-24"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = ingest([str(source)], db, model="blank:en")  # (nothing to annotate: no model loaded)
    assert (report.added, report.skipped, report.changed) == (0, 3, 1), report.line()
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT id FROM articles").fetchall() == [("older-key",)]
