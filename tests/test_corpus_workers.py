"""The local executor (``dateline ingest --workers N``) survives a worker process that dies: the
batch is retried, then its articles one by one, and the article that kills its worker is stored
with E303, as the Ray executor does (tests/test_distributed.py).

The worker processes are spawned, so the stand-in that kills them lives in a script: its top
level (run again in every worker, as multiprocessing's spawn does with the main module) registers a
stage that ends its process with ``os._exit`` on the article marked POISON, or makes the reading
of that article do so, and writes "b" (its whole batch) or "a" (the article alone) to a file at
each death. A blank spaCy pipeline keeps each worker's start short."""

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

import dateline
from dateline.corpus import Store
from dateline.crashes import ARTICLE_TRIES, MAX_TASK_RETRIES

SCRIPT = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path

    import importlib
    from dateline.model import Timex
    from dateline.pipeline import stage

    ingest = importlib.import_module("dateline.corpus.ingest")  # the module, not its function

    STEP, CALLS = os.environ.get("DYING_STEP", ""), Path(os.environ.get("DYING_CALLS", os.devnull))
    alone = True  # the worker's article alone, unless annotate_raw (a whole batch) runs

    def die():
        with open(CALLS, "a") as fh:
            fh.write("a" if alone else "b")
        os._exit(1)  # as a crash in native code or a kill for memory

    def loop():
        with open(CALLS, "a") as fh:
            fh.write("a" if alone else "b")
        while True:  # a loop without end, where the stages' time budget does not reach (reading)
            pass

    @stage("marks", requires=("doc",), assigns=("timexes",))
    def marks(work):
        if os.environ.get("STARTED"):
            Path(os.environ["STARTED"]).touch()
            time.sleep(0.5)
        if STEP == "annotate" and "POISON" in work.text:
            die()
        start = 0
        while (i := work.text.find("2021", start)) >= 0:
            work.timexes.append(Timex(i, i + 4, "2021", "DATE", "2021"))
            start = i + 4

    real_to_document, real_annotate_raw = ingest.to_document, ingest.annotate_raw

    def to_document(raw, **kwargs):
        if STEP == "read" and "POISON" in raw.content:
            die()
        if STEP == "loop" and "POISON" in raw.content:
            loop()
        if STEP == "raise" and "POISON" in raw.content:
            raise ValueError("a bug in reading " + raw.source)
        return real_to_document(raw, **kwargs)

    def annotate_raw(raws, options=None, progress=None):
        global alone
        alone = False
        try:
            return real_annotate_raw(raws, options, progress)
        finally:
            alone = True

    real_init_worker = ingest._init_worker

    def init_worker(options):
        if STEP == "load":
            os._exit(1)  # a worker that dies while loading the model
        return real_init_worker(options)

    ingest.to_document, ingest.annotate_raw, ingest._init_worker = to_document, annotate_raw, init_worker

    if __name__ == "__main__":
        import signal

        from dateline.cli import app

        # a terminal's foreground job: Ctrl-C is not ignored, even where the tests' caller ignores
        # it (a CI job started with "&" by a shell without job control, which the ingest inherited)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        app(sys.argv[1:], prog_name="dateline")
""")


def environment(**env) -> dict:
    """This process's environment, with the dateline it imported first on the path."""
    src = str(Path(dateline.__file__).resolve().parents[1])
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (src, os.environ.get("PYTHONPATH")))), **env)


def write_records(path: Path, n: int, poisoned: int | None = None) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"Report {i} of 2021: the council met on the budget for item {i} and the harbour "
                    f"board{i} answered in 2021." + (" POISON" if i == poisoned else ""))
            ids.append(f"art-{i:03d}")
            f.write(json.dumps({"id": ids[-1], "text": text, "published": "2021-11-24"}) + "\n")
    return ids


def run(tmp_path: Path, args: list[str], step: str = "", **env) -> subprocess.CompletedProcess:
    script = tmp_path / "dying.py"
    script.write_text(SCRIPT)
    return subprocess.run([sys.executable, str(script), "ingest", *args, "--model", "blank:en",
                           "--stages", "marks", "--batch-size", "3", "--quiet"], capture_output=True,
                          text=True, env=environment(DYING_STEP=step, DYING_CALLS=str(tmp_path / "calls"), **env),
                          timeout=280)


def stored(db: Path) -> dict:
    with Store(db, read_only=True) as store:
        rows = store.con.execute("""SELECT a.id, a.problems, a.document, count(t.start) FROM articles a
                                    LEFT JOIN timexes t ON t.article_id = a.id GROUP BY ALL""").fetchall()
    return {i: (problems, json.loads(document), timexes) for i, problems, document, timexes in rows}


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> tuple[Path, Path]:
    """The local ingest (in this process's way: one worker) of the 6 articles unmarked, to compare;
    and a store that holds the first two (unmarked) articles, each case's starting store (copied).
    The same for every case of the test below: made once (robust22: 4 ingests fewer)."""
    made = tmp_path_factory.mktemp("workers-stores")
    reference, first = made / "reference.jsonl", made / "first.jsonl"
    write_records(reference, 6)
    first.write_text("".join(reference.read_text(encoding="utf-8").splitlines(True)[:2]), encoding="utf-8")
    local, start = made / "local.duckdb", made / "first.duckdb"
    done = run(made, [str(reference), "--db", str(local)])
    assert done.returncode == 0, done.stderr
    assert run(made, [str(first), "--db", str(start)]).returncode == 0
    return local, start


@pytest.mark.timeout(300)
@pytest.mark.parametrize("step,workers", [("annotate", ["--workers", "2"]), ("read", ["--workers", "2"]),
                                          ("annotate", ["--isolate"])])
def test_an_article_that_kills_its_worker_is_named_and_the_rest_stored(tmp_path, stores, step, workers):
    import shutil

    source = tmp_path / "in.jsonl"
    ids = write_records(source, 6, poisoned=3)
    local, start = stores
    db = tmp_path / "corpus.duckdb"
    shutil.copy(start, db)   # a store that already holds the first two articles
    assert not start.with_name(start.name + ".wal").exists()   # (closed: all in the file)

    done = run(tmp_path, [str(source), "--db", str(db), *workers], step)
    # batches [2] and [3, 4, 5]: the second tried whole 1 + MAX_TASK_RETRIES times, then article 3
    # alone ARTICLE_TRIES times; before, --workers 2 waited for the lost batch without end
    assert (tmp_path / "calls").read_text() == "b" * (1 + MAX_TASK_RETRIES) + "a" * ARTICLE_TRIES
    assert done.returncode == 1, done.stderr
    said = [line for line in done.stderr.splitlines() if "E303" in line]
    what = "reading it" if step == "read" else "annotating it"
    assert len(said) == 1 and said[0].startswith(f"dateline: {source}:4: E303 This article stopped the "
                                                 f"process {what}"), done.stderr
    assert "Traceback" not in done.stderr
    assert "4 articles added" in done.stderr and "2 already stored" in done.stderr

    again = run(tmp_path, [str(source), "--db", str(db), *workers], step)
    assert again.returncode == 0 and "0 articles added" in again.stderr and "6 already stored" in again.stderr

    rows, reference_rows = stored(db), stored(local)
    assert sorted(rows) == ids  # none lost, none twice (the primary key would refuse a second)
    problems, document, timexes = rows[ids[3]]
    assert "E303" in problems and timexes == 0
    assert document["text"] == ("" if step == "read" else reference_rows[ids[3]][1]["text"] + " POISON")
    for i in ids[:3] + ids[4:]:
        assert "E303" not in rows[i][0] and rows[i][2] == reference_rows[i][2] == 2
        # the rest of the batch as the local ingest annotated it
        assert rows[i][1]["timexes"] == reference_rows[i][1]["timexes"]


@pytest.mark.timeout(200)
def test_ctrl_c_stops_the_workers_without_their_tracebacks(tmp_path):
    # (CI, twentieth session: this ingest once ran to its end and exited 0, its Ctrl-C lost. It is
    # so every time when the tests run with SIGINT ignored, which the ingest inherited: the script
    # now undoes that, as a terminal would. A Ctrl-C while a worker started was dropped as well,
    # workers._sigint_held; one during a DuckDB call was a RuntimeError, store.interrupted.)
    # 200 articles of 0.5 s each on 2 workers: 50 s, which the Ctrl-C, sent at the first, cuts short
    source = tmp_path / "in.jsonl"
    write_records(source, 200)
    started = tmp_path / "started"
    script = tmp_path / "dying.py"
    script.write_text(SCRIPT)
    db = tmp_path / "c.duckdb"
    proc = subprocess.Popen([sys.executable, str(script), "ingest", str(source), "--db", str(db),
                             "--model", "blank:en", "--stages", "marks", "--batch-size", "3", "--quiet",
                             "--workers", "2"],
                            stderr=subprocess.PIPE, text=True, env=environment(STARTED=str(started)),
                            start_new_session=True)
    deadline = time.monotonic() + 150
    while not started.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert started.exists()
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C in a terminal: to the parent and its workers
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert len(stored(db)) < 200  # stopped, not run to its end (the batches stored before it kept)


@pytest.mark.timeout(120)
def test_a_model_that_fails_to_load_in_the_workers_stops_the_ingest_with_its_error(tmp_path):
    # multiprocessing.Pool started a new worker without end when its initializer failed
    source = tmp_path / "in.jsonl"
    write_records(source, 3)
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", str(source), "--db",
                           str(tmp_path / "c.duckdb"), "--model", "no_such_pipeline", "--workers", "2", "--quiet"],
                          capture_output=True, text=True, env=environment(), timeout=100)
    assert done.returncode == 2 and "E001 Can't find the spaCy pipeline 'no_such_pipeline'" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.timeout(300)
def test_workers_that_die_while_loading_stop_the_ingest_with_e006(tmp_path):
    source = tmp_path / "in.jsonl"
    write_records(source, 3)
    done = run(tmp_path, [str(source), "--db", str(tmp_path / "c.duckdb"), "--workers", "2"], step="load")
    assert done.returncode == 2 and "E006 The annotation workers died 3 times while loading" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.timeout(300)
def test_a_worker_stuck_in_a_loop_is_stopped_and_its_article_stored_with_e304(tmp_path):
    # before, the parent waited for the stuck worker without end (the budget of E302 covers the
    # stages only, and cannot stop a loop in native code)
    source = tmp_path / "in.jsonl"
    ids = write_records(source, 6, poisoned=3)
    started = time.monotonic()
    done = run(tmp_path, [str(source), "--db", str(tmp_path / "c.duckdb"), "--workers", "2"], "loop",
               DATELINE_TIME_BUDGET="1")  # stuck_after(): 5 s
    # the batch [3, 4, 5] stuck once whole, then article 3 alone ARTICLE_TRIES times
    assert (tmp_path / "calls").read_text() == "b" + "a" * ARTICLE_TRIES
    assert time.monotonic() - started < 200
    assert done.returncode == 1, done.stderr
    said = [line for line in done.stderr.splitlines() if "E304" in line]
    assert len(said) == 1 and said[0].startswith(f"dateline: {source}:4: E304 This article kept the process "
                                                 "reading it for more than 5 s"), done.stderr
    assert "6 articles added" in done.stderr and "Traceback" not in done.stderr
    rows = stored(tmp_path / "c.duckdb")
    assert sorted(rows) == ids and "E304" in rows[ids[3]][0] and rows[ids[3]][1]["text"] == ""
    assert all(rows[i][2] == 2 for i in ids[:3] + ids[4:])


@pytest.mark.timeout(200)
def test_an_exception_in_a_worker_reaches_the_parent_with_the_workers_traceback(tmp_path):
    source = tmp_path / "in.jsonl"
    write_records(source, 3, poisoned=1)
    done = run(tmp_path, [str(source), "--db", str(tmp_path / "c.duckdb"), "--workers", "2"], "raise")
    assert done.returncode == 1
    # the worker's frames (the stand-in's to_document, which raised), then the parent's
    worker, parent = done.stderr.split("The above exception was the direct cause", 1)
    assert "in the worker process" in worker and "in to_document" in worker, done.stderr
    assert 'raise ValueError("a bug in reading "' in worker
    assert "ValueError: a bug in reading" in parent
