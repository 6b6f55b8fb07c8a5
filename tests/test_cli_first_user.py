"""The command line as a first outside user met it (2026-12-06, fifteenth session): a count option
given a negative number, an output that can't be written and a Ctrl-C during an ingest each get a
sentence that names the problem and the way out, not a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from web_store import build_store

from dateline.cli import app

runner = CliRunner()


def run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("first-user") / "store.duckdb")


@pytest.mark.parametrize("args", [
    ("events", "--limit", "-1"), ("events", "--offset", "-1"), ("sql", "--limit", "-1", "SELECT 1"),
    ("stats", "--top", "-1"), ("stats", "--articles", "-1"),
])
def test_a_negative_count_is_a_usage_error_not_a_traceback(db, args):
    result = run(*args[:1], "--db", db, *args[1:])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{args[1]}'" in result.output and "greater than or equal to 0" in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_summary_refuses_a_negative_number_of_events(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("", encoding="utf-8")
    assert run("summary", path, "--max-events", "-1").exit_code == 2


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_an_output_that_cannot_be_written_is_named(tmp_path, where):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    output = tmp_path if where == "folder" else tmp_path / "missing" / "out.jsonl"
    result = run("extract", article, "-o", output, "-q")
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit), result.exception
    assert f"{output}: can't write the output here" in result.stderr


def test_an_export_folder_that_is_a_file_is_named(db, tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("not a folder", encoding="utf-8")
    result = run("export", "--db", db, "--format", "jsonl", "--out", taken)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    assert "can't write the export there" in result.stderr and str(taken) in result.stderr


def test_ctrl_c_during_an_ingest_says_how_to_resume(tmp_path, monkeypatch):
    import importlib

    corpus_ingest = importlib.import_module("dateline.corpus.ingest")  # the module, not the function
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus_ingest, "ingest", interrupted)
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    result = run("ingest", article, "--db", tmp_path / "s.duckdb", "-q")
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "run the same command again to resume" in result.stderr


def test_version_is_printed():
    from dateline import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"dateline {__version__}"
