"""One form for every message (errors.message): ``PLACE: CODE text`` when the problem is about a
place (a file, ``FILE:LINE``, a web address, a store), else ``CODE text``; on stderr after
``dateline: ``, for reading problems and for stored articles' problems alike."""

from __future__ import annotations

import json
import re
import string

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import MESSAGES, PLACE_FIELDS, DatelineError, InputError, message

runner = CliRunner()

LINE = re.compile(r"^dateline: (?P<place>[^ ]+): (?P<code>[EW]\d{3}) \S")


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_puts_its_place_first_then_its_code(code):
    names = _fields(MESSAGES[code])
    details = {name: f"<{name}>" for name in names}
    for name in names:  # values the format specs accept
        if re.search(r"\{" + name + r":[,g]", MESSAGES[code]):
            details[name] = 1234
    text = message(code, **details)
    place = next((f for f in PLACE_FIELDS if MESSAGES[code].startswith("{" + f + "}: ")), None)
    if place is None:
        assert text.startswith(f"{code} ")
    else:
        assert text.startswith(f"<{place}>: {code} ")
    assert text.count(code) == 1


def test_an_error_keeps_its_text_without_the_code_for_pages_that_show_the_code_apart():
    error = DatelineError("E401", path="news.duckdb")
    assert str(error) == f"news.duckdb: E401 {error.text.split(': ', 1)[1]}"
    assert error.text.startswith("news.duckdb: no such store") and "E401" not in error.text
    assert InputError("E106", "a.txt").text == "a.txt: the input is empty. Nothing to annotate."


def test_the_command_line_writes_reading_and_article_problems_in_one_form(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_CHARS", "200")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "long.txt").write_text("The council met on Monday to discuss the budget. " * 30,
                                       encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "Fine."}\n{broken\n{"title": "t"}\n', encoding="utf-8")
    (tmp_path / "api.json").write_text(json.dumps({"articles": [{"url": "https://example.org/a"}]}),
                                       encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-q", "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    found = [(m["place"], m["code"]) for m in map(LINE.match, lines) if m]
    assert len(found) == len(lines), lines  # every line in the one form
    assert (f"{tmp_path}/empty.txt", "E106") in found
    assert (f"{tmp_path}/feed.jsonl:2", "E104") in found and (f"{tmp_path}/feed.jsonl:3", "E105") in found
    assert (f"{tmp_path}/api.json:1", "E105") in found
    assert (f"{tmp_path}/long.txt", "E203") in found  # a problem of a written Document, same form


# A usage error of the command line: no place (the code first) or a place, then a code.
CODED = re.compile(r"^dateline: (?:[^ ]+: )?[EW]\d{3} \S")


def test_every_usage_error_of_the_command_line_has_a_code(tmp_path):
    """Usage errors were written without a code ("--workers must be at least 1 (got 0)",
    "FILE: no such file" where reading a missing input says E101)."""
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    store = tmp_path / "s.duckdb"
    taken = tmp_path / "taken"
    taken.write_text("a file where a folder is wanted", encoding="utf-8")
    cases = [
        (["extract", str(article), "--input-format", "pdf"], "E007"),
        (["extract", str(article), "-o", str(tmp_path / "no" / "such" / "out.jsonl")], "E008"),
        (["summary", str(tmp_path / "missing.jsonl")], "E101"),
        (["summary", str(tmp_path)], "E112"),
        (["ingest", str(article), "--db", str(store), "--workers", "0"], "E007"),
        (["ingest", str(article), "--db", str(store), "--executor", "dask"], "E007"),
        (["ingest", str(article), "--db", str(store), "--input-format", "pdf"], "E007"),
        (["events", "--db", str(store), "--country", "pakistan"], "E007"),
        (["stats", "--db", str(store), "--format", "xml"], "E007"),
        (["serve", "--db", str(store), "--port", "0"], "E007"),
        (["serve", "--db", str(store), "--workers", "0"], "E007"),
        (["fetch", "notaurl", "--db", str(store)], "E509"),
    ]
    for args, code in cases:
        result = runner.invoke(app, args)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.exit_code != 0 and lines, (args, result.output)
        assert all(CODED.match(line) for line in lines), (args, lines)
        assert f" {code} " in lines[-1], (args, lines)
    assert not store.exists()


def test_an_unwritable_output_is_said_before_the_model_loads_and_summary_says_what_it_reads(tmp_path, monkeypatch):
    """``annotate -o /no/such/dir/x.json`` said E008 only after the model had loaded and every
    article had been annotated; ``summary`` of a missing file no longer said which file it reads."""
    import dateline.api

    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    loaded = []
    monkeypatch.setattr(dateline.api, "get_pipeline", lambda *a, **k: loaded.append(a) or 1 / 0)
    for output in (tmp_path / "no" / "such" / "out.jsonl", tmp_path):
        result = runner.invoke(app, ["annotate", str(article), "-o", str(output)])
        assert result.exit_code == 2 and f"{output}: E008 can't write" in result.stderr, result.output
    assert loaded == []
    result = runner.invoke(app, ["summary", str(tmp_path / "missing.jsonl")])
    assert "E101 no such file" in result.stderr and "dateline annotate -o FILE" in result.stderr
