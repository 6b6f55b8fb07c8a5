"""robust23: what a new user meets — the demo's stats, summary, Ctrl-C during a long query.

- ``dateline summary`` of an empty file (or blank lines, or empty stdin) printed "0 articles" and
  exited 0; now E112 naming the file, exit 1 (as an empty input is for ``annotate``); a missing
  file is 1 too (it was 2, unlike ``annotate``'s).
- A story's timeline in ``dateline stats`` opened on the background its articles recall (1978,
  2016, 2018 before a 2020 campaign story; 8 entries shown): events dated before the story began
  are now marked ``background`` and listed after the story's own days; the story page shows them
  under "Background", outside the date strip.
- DuckDB 2 ignores SIGINT while an operator runs: a cross join (over a stored table or a
  registered Arrow table) ran on after Ctrl-C until killed. Queries now run where a Ctrl-C stops
  them (``store.interruptible``); ``sql``, ``events``, ``stats``, ``export`` and
  ``rebuild-stories`` say E410 and exit 130, and an interrupted export removes its ``.partial``.
- ``stats`` of a store without stories printed the heading "Largest stories:" over nothing.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import threading
import time

import duckdb
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.corpus import query as query_module
from dateline.corpus.store import Store, interruptible, timeline

runner = CliRunner()
# a cross join that runs for minutes (2e5 x 2e5 pairs), unless it is stopped
LONG_JOIN = "SELECT count(*) FROM t a, t b WHERE a.x + b.x = 7"


@pytest.fixture
def ctrl_c():
    """Python's own SIGINT handler in this process (a CI job started in the background ignores
    SIGINT); a function that sends one after ``delay`` seconds from another thread."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    timers = []

    def later(delay: float):
        timer = threading.Timer(delay, lambda: os.kill(os.getpid(), signal.SIGINT))
        timers.append(timer)
        timer.start()

    try:
        yield later
    finally:
        for timer in timers:  # a test that failed before its Ctrl-C must not send it to pytest
            timer.cancel()
        signal.signal(signal.SIGINT, before)


def _watchdog(target, after: float = 30.0) -> threading.Timer:
    """Stop ``target``'s query after ``after`` s whatever happens, so that a failing test fails
    (too slow) rather than hangs."""
    def stop():
        try:
            target.interrupt()
        except duckdb.Error:  # closed already: the test is over
            pass

    timer = threading.Timer(after, stop)
    timer.daemon = True
    timer.start()
    return timer


# --- summary of an empty file --------------------------------------------------------------------

@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_summary_of_an_empty_file_is_an_error_naming_it(tmp_path, content):
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["summary", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}: E112 it is empty: no Documents to summarise" in result.stderr
    assert "0 articles" not in result.stdout


def test_summary_of_empty_stdin_and_of_a_missing_file(tmp_path):
    piped = runner.invoke(app, ["summary", "-"], input="")
    assert piped.exit_code == 1 and "<stdin>: E112 it is empty" in piped.stderr
    missing = runner.invoke(app, ["summary", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "E101 no such file" in missing.stderr  # as annotate's


# --- story timelines: the story's own days first, its background apart ----------------------------

def _event(event_id, day, end=None):
    return {"id": event_id, "type": "CONSULT", "mode": None, "modality": "asserted", "date": day,
            "date_start": day[:4] + "-01-01" if len(day) == 4 else day, "date_end": end or day,
            "source_names": ["A"], "target_names": ["B"], "place_name": None, "n_mentions": 1,
            "n_sources": 1, "first_seen": None}


def test_events_dated_before_the_story_began_are_its_background():
    articles = [{"id": "a", "title": "T", "published": "2020-10-29T10:00:00+00:00", "duplicate_of": None}]
    events = [_event(1, "1978", "1978-12-31"), _event(2, "2020-10-25"), _event(3, "2020-10-29"),
              _event(4, "2020-08", "2020-08-31"), _event(5, "2020-10", "2020-10-31")]
    items = timeline(articles, events)
    background = {i["id"] for i in items if i.get("background")}
    # more than 7 days before the first article: background; the past week and an interval
    # reaching into the story are the story's own
    assert background == {1, 4}
    assert [i["id"] for i in items] == [1, 4, 5, 2, 3, "a"]  # still in date order for the API


def _doha_with_background():
    from web_store import doha_article

    doha = doha_article()
    consult, aid = doha.events
    return dataclasses.replace(doha, events=(consult, dataclasses.replace(aid, date="1978")))


@pytest.fixture(scope="module")
def background_store(tmp_path_factory):
    from dateline.corpus import load_documents

    path = tmp_path_factory.mktemp("robust23") / "s.duckdb"
    load_documents([_doha_with_background()], path)
    return path


def test_stats_lists_a_story_s_own_days_before_its_background(background_store):
    from dateline.corpus.report import corpus_summary

    with Store(background_store, read_only=True) as store:
        lines = list(corpus_summary(store, min_confidence=0.0))
    story = lines[lines.index("Largest stories:") + 1:]
    own = next(i for i, line in enumerate(story) if "2021-11-22" in line and "CONSULT" in line)
    heading = next(i for i, line in enumerate(story) if "background, before the story began (1 event)" in line)
    old = next(i for i, line in enumerate(story) if line.strip().startswith("1978"))
    assert own < heading < old, story
    assert "◦" in story[old] and "•" in story[own]


def test_the_story_page_shows_the_background_apart(background_store):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    with Store(background_store, read_only=True) as store:
        story_id = store.stories()[0]["id"]
    with TestClient(create_app(background_store)) as client:
        page = client.get(f"/stories/{story_id}").text
        data = client.get(f"/api/stories/{story_id}").json()
    assert 'id="story-background"' in page
    listed, _, below = page.partition('id="story-background"')
    assert "1978" in below and "1978" not in listed.partition('id="story-strip"')[2]
    assert [i["background"] for i in data["timeline"] if i["kind"] == "event"] == [True, False]


def test_stats_of_a_store_without_stories_says_none(tmp_path):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[lines.index("Largest stories:") + 1] == "  (none)"


# --- Ctrl-C during a long query --------------------------------------------------------------------

@pytest.mark.parametrize("over", ["arrow", "table"])
def test_a_ctrl_c_stops_a_long_query(ctrl_c, over):
    con = duckdb.connect()
    if over == "arrow":
        con.register("t", pa.table({"x": pa.array(range(200_000))}))
    else:
        con.execute("CREATE TABLE t AS SELECT range AS x FROM range(200000)")
    watchdog = _watchdog(con)
    ctrl_c(0.5)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        interruptible(con, lambda: con.execute(LONG_JOIN).fetchall())
    watchdog.cancel()
    # before: SIGINT ran no Python code until the join ended (the watchdog's InterruptException)
    assert time.monotonic() - started < 10
    con.close()


def test_work_that_ends_or_fails_is_handed_back_as_it_is():
    con = duckdb.connect()
    assert interruptible(con, lambda: con.execute("SELECT 41 + 1").fetchall()) == [(42,)]
    with pytest.raises(duckdb.Error):
        interruptible(con, lambda: con.execute("SELECT * FROM no_such_table").fetchall())
    found = []
    thread = threading.Thread(target=lambda: found.append(interruptible(con.cursor(), lambda: 7)))
    thread.start()
    thread.join()
    assert found == [7]  # off the main thread (a web server's): called as it is


def test_sql_stopped_by_ctrl_c_exits_130_with_one_line(tmp_path, monkeypatch, ctrl_c):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.con.execute("CREATE TABLE t AS SELECT range AS x FROM range(200000)")
    opened = query_module.read_only_connection
    watchdogs = []

    def watched(path):
        con = opened(path)
        watchdogs.append(_watchdog(con))
        return con

    monkeypatch.setattr(query_module, "read_only_connection", watched)
    ctrl_c(1.0)
    started = time.monotonic()
    result = runner.invoke(app, ["sql", "--db", str(db), LONG_JOIN])
    for watchdog in watchdogs:
        watchdog.cancel()
    assert time.monotonic() - started < 15
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == f"dateline: {db}: E410 the query was interrupted (Ctrl-C). The store is unchanged."


def test_an_interrupted_export_leaves_no_partial_file(tmp_path, monkeypatch):
    from dateline.corpus import export as export_module
    from web_store import build_store

    db = build_store(tmp_path / "s.duckdb")

    def stopped(store):
        yield "{}\n"
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module, "_event_lines", stopped)
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 130 and "E410 the export was interrupted" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["articles.jsonl"]  # no events.jsonl.partial


def test_the_overview_of_an_empty_store_says_how_to_fill_it(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    db = tmp_path / "empty.duckdb"
    Store(db).close()
    with TestClient(create_app(db)) as client:
        page = client.get("/").text
    assert 'id="empty-store"' in page and f"dateline ingest FILES --db {db}" in page


def test_stats_top_lists_that_many_event_types(tmp_path):
    from web_store import build_store

    db = build_store(tmp_path / "s.duckdb")
    lines = runner.invoke(app, ["stats", "--db", str(db), "--top", "1", "--min-confidence", "0"]).stdout.splitlines()
    types = lines[lines.index("Events by type (events, mentions):") + 1:]
    types = types[:types.index("")]
    # before: every type, whatever --top said ("Actors, types and stories listed")
    assert len(types) == 2 and types[1].startswith("  … 3 more types ("), types
    assert len(lines[lines.index("Top actors (articles, mentions):") + 1:][0].split(":")) == 2


def test_extract_stopped_by_ctrl_c_says_what_the_output_holds(tmp_path, monkeypatch):
    import dateline.jobs

    real = dateline.jobs.extract_inputs

    def stopped(*args, **kwargs):
        found = real(*args, **kwargs)
        yield next(found)
        yield next(found)
        raise KeyboardInterrupt

    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(f"Talks resumed in Doha on Monday, report {name}.", encoding="utf-8")
    monkeypatch.setattr(dateline.jobs, "extract_inputs", stopped)
    output = tmp_path / "out" / "docs.jsonl"
    output.parent.mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                 str(tmp_path / "c.txt"), "-o", str(output), "-q"])
    # before: Click's "Aborted!" and exit 1
    assert result.exit_code == 130, result.output
    assert f"{output}: E410 the run was interrupted (Ctrl-C). The output holds the 2 Documents" in result.stderr
    assert len(output.read_text(encoding="utf-8").splitlines()) == 2
