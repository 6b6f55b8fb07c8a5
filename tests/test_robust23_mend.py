"""Review mends of robust23 (mend23A): the stats' "(none)" under the actors, ``stats --format json``
cut by --top as the text is (``summary`` of a folder exits 1: tests/test_cli_first_user.py); and
robust23's leftovers: E107 of the only input names no other inputs, ``stats`` of an empty store prints
no "(? … ?)" date range, ``ingest`` of an empty folder leaves no empty store. Invented stores and folders."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.corpus.store import Store

runner = CliRunner()


def _section(lines: list[str], heading: str) -> list[str]:
    rest = lines[lines.index(heading) + 1:]
    return rest[:rest.index("")] if "" in rest else rest


def test_stats_says_none_under_the_actors_when_none_is_listed(tmp_path):
    from web_store import build_store

    db = build_store(tmp_path / "s.duckdb")
    with Store(db) as store:   # actors stored, none of them named ("we", "you"): none listed
        store.con.execute("UPDATE actors SET named = false")
    lines = runner.invoke(app, ["stats", "--db", str(db)]).stdout.splitlines()
    assert _section(lines, "Top actors (articles, mentions):") == ["  (none)"]
    # --top 0 lists nothing and says nothing of it, on an empty store too
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()
    for store in (db, empty):
        lines = runner.invoke(app, ["stats", "--db", str(store), "--top", "0"]).stdout.splitlines()
        assert _section(lines, "Top actors (articles, mentions):") == []


def test_stats_json_lists_as_many_event_types_as_top_says(tmp_path):
    from web_store import build_store

    db = build_store(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["stats", "--db", str(db), "--top", "1", "--format", "json", "--min-confidence", "0"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert len(stats["events_by_type"]) == 1 and len(stats["top_actors"]) == 1
    every = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json",
                                           "--min-confidence", "0"]).stdout)["events_by_type"]
    assert len(every) > 1 and stats["events_by_type"][0] == every[0]



def test_an_empty_folder_alone_is_said_without_other_inputs(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "one.txt").write_text("The harbour board met on Tuesday.", encoding="utf-8")
    alone = runner.invoke(app, ["extract", str(tmp_path / "empty")])
    assert alone.exit_code == 1 and "E107" in alone.stderr and "other inputs" not in alone.stderr
    beside = runner.invoke(app, ["extract", str(tmp_path / "empty"), str(tmp_path / "one.txt")])
    assert "E107" in beside.stderr and "the other inputs were read" in beside.stderr


def test_stats_of_an_empty_store_prints_no_empty_date_range(tmp_path):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    first = runner.invoke(app, ["stats", "--db", str(db)]).stdout.splitlines()[0]
    assert first == f"Corpus {db}: 0 articles, 0 near-duplicates"


def test_ingest_of_an_empty_folder_leaves_no_store(tmp_path):
    (tmp_path / "empty").mkdir()
    db = tmp_path / "new.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--db", str(db), "--quiet"])
    assert result.exit_code == 1 and "E107" in result.stderr
    assert not db.exists() and f"no store written ({db})" in result.stderr
