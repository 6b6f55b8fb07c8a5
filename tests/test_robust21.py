"""robust21: a Ctrl-C is not lost while a worker process starts, nor turned into a traceback
while DuckDB runs a query of the ingest."""

from __future__ import annotations

import importlib
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
