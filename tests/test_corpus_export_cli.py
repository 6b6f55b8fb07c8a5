"""The corpus commands as a new user meets them (docs/web.md, "Audit 2026-12-04"): the events
table fits a terminal, dates keep their precision, every export format opens with the column
count its layout names, and a file that is not annotated Documents gets a sentence, not a traceback."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from web_store import build_store

from dateline.cli import app
from dateline.corpus import Store
from dateline.corpus import gdelt
from dateline.events.learned import default_threshold

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("cli") / "cli.duckdb")
    with Store(path) as store:  # a long actor name, and an event dated to a week
        store.con.execute("UPDATE events SET source_names = ['The Ministry of Foreign Affairs of the "
                          "Islamic Republic of Afghanistan'] WHERE type = 'PROTEST'")
        store.con.execute("UPDATE events SET date = '2021-W47', date_start = ?, date_end = ? WHERE type = 'AID'",
                          [date(2021, 11, 22), date(2021, 11, 28)])
    return path


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    return result


def test_events_table_fits_100_columns_and_keeps_the_date_as_given(db):
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2 + 5
    assert max(len(x) for x in lines) <= 100, max(lines, key=len)
    assert lines[0].split() == ["id", "date", "type", "cameo", "modality", "source", "target", "place", "conf"]
    aid = next(x for x in lines if " AID " in x)
    assert "2021-W47" in aid and "planned" in aid
    assert any("The Ministry of" in x and "…" in x for x in lines)


def test_events_csv_and_json_keep_every_column(db):
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").stdout)))
    assert len(rows) == 5 and {"n_mentions", "place_lat", "first_article_id", "date_start"} <= set(rows[0])
    assert next(r for r in rows if r["type"] == "PROTEST")["source_names"].startswith("The Ministry of Foreign")
    lines = run("events", "--db", db, "--format", "json").stdout.splitlines()
    assert len(lines) == 5 and "story_id" in json.loads(lines[0])


def test_events_table_says_when_nothing_matches(db):
    result = run("events", "--db", db, "--type", "SANCTION")
    assert result.exit_code == 0
    assert f"No events match (at confidence >= {default_threshold():.2f}" in result.stderr


def test_export_gdelt_writes_the_three_gdelt_tables(db, tmp_path):
    # `dateline watch --export gdelt` names them so; before, `export --format gdelt` was a usage error
    result = run("export", "--db", db, "--format", "gdelt", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(gdelt.FILES[f] for f in ("gdelt-events", "gdelt-mentions", "gdelt-gkg"))
    assert result.stdout.splitlines() == [str(tmp_path / gdelt.FILES[f]) for f in ("gdelt-events", "gdelt-mentions", "gdelt-gkg")]
    alone = tmp_path / "alone"
    assert run("export", "--db", db, "--format", "gdelt-events", "--out", alone).exit_code == 0
    name = gdelt.FILES["gdelt-events"]
    assert (alone / name).read_text(encoding="utf-8") == (tmp_path / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt, columns", [("gdelt-events", 61), ("gdelt-mentions", 16), ("gdelt-gkg", 27)])
def test_gdelt_exports_have_the_codebook_column_counts(db, tmp_path, fmt, columns):
    result = run("export", "--db", db, "--format", fmt, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = (tmp_path / gdelt.FILES[fmt]).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()]
    assert rows and {len(r) for r in rows} == {columns}
    if fmt == "gdelt-events":
        cameo = {r[gdelt.EVENT_COLUMNS.index("EventCode")] for r in rows}
        assert "043" in cameo  # CAMEO codes keep their leading zero


def test_parquet_export_opens(db, tmp_path):
    import duckdb

    assert run("export", "--db", db, "--format", "parquet", "--out", tmp_path).exit_code == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{tmp_path / 'events.parquet'}'").fetchall()[0][0] == 5
    assert not list(tmp_path.glob("*.partial"))


def test_summary_of_a_file_that_is_not_documents(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    result = run("summary", bad)
    assert result.exit_code == 2
    assert f"{bad}:2: E112 not an annotated Document" in result.stderr and "Traceback" not in result.output
    raw = tmp_path / "raw.jsonl"
    raw.write_text('{"text": "Police fired tear gas."}\n', encoding="utf-8")
    assert f"{raw}:1: E112 not an annotated Document" in run("summary", raw).stderr


def test_a_corrupt_store_is_named(tmp_path):
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a database")
    result = run("events", "--db", broken)
    assert result.exit_code == 2 and "E403" in result.stderr and "Traceback" not in result.output
    assert "writable" not in result.stderr  # a read-only open: the folder's permissions don't matter
    assert "E401" in run("stats", "--db", tmp_path / "missing.duckdb").stderr


def test_a_corrupt_store_opened_for_writing_names_the_folder(tmp_path):
    from dateline.corpus.store import Store, StoreError

    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a database")
    with pytest.raises(StoreError) as caught:
        Store(broken)
    assert caught.value.code == "E403" and "folder is writable" in str(caught.value)


def test_gkg_v1_locations_name_each_place_once(tmp_path):
    from dataclasses import replace

    from web_store import doha_article

    from dateline.model import Place

    doha = doha_article()
    start = doha.text.index("Doha")
    again = Place(start, start + 4, "Doha", 290030, "Doha", "QAT", 25.28545, 51.53096, "PPLC")
    path = build_store(tmp_path / "gkg.duckdb", [replace(doha, id="doha-twice", url="https://x.example/d",
                                                          places=doha.places + (again,))])
    assert run("export", "--db", path, "--format", "gdelt-gkg", "--out", tmp_path).exit_code == 0
    rows = [r.split("\t") for r in (tmp_path / gdelt.FILES["gdelt-gkg"]).read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if r[gdelt.GKG_COLUMNS.index("V2DOCUMENTIDENTIFIER")] == "https://x.example/d")
    v1 = row[gdelt.GKG_COLUMNS.index("V1LOCATIONS")].split(";")
    v2 = row[gdelt.GKG_COLUMNS.index("V2ENHANCEDLOCATIONS")].split(";")
    assert len(v1) == len(set(v1)) == 2 and len(v2) == 3


def test_gkg_lists_named_organisations_not_described_groups(db, tmp_path):
    assert run("export", "--db", db, "--format", "gdelt-gkg", "--out", tmp_path).exit_code == 0
    rows = [r.split("\t") for r in (tmp_path / gdelt.FILES["gdelt-gkg"]).read_text(encoding="utf-8").splitlines()]
    paris = next(r for r in rows if r[gdelt.GKG_COLUMNS.index("V2DOCUMENTIDENTIFIER")] == "https://other.example/paris")
    orgs = paris[gdelt.GKG_COLUMNS.index("V1ORGANIZATIONS")].split(";")
    assert sorted(orgs) == ["French government", "Police"]  # "protesters" is only described


def test_an_unknown_modality_is_refused_not_an_empty_list(db):
    result = run("events", "--db", db, "--modality", "maybe")
    assert result.exit_code == 2 and "--modality must be one of asserted" in result.stderr
    assert run("events", "--db", db, "--modality", "Planned").stdout.count("planned") == 1


def test_summary_lists_the_events_at_the_threshold_as_stats_does(tmp_path):
    from dataclasses import replace

    from web_store import paris_article

    paris = paris_article()
    paris = replace(paris, events=(replace(paris.events[0], confidence=0.05), paris.events[1]))
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(paris.as_dict()) + "\n", encoding="utf-8")
    shown = run("summary", path).stdout
    assert "—COERCE/arrest→" in shown and "—PROTEST" not in shown
    assert f"(1 event below confidence {default_threshold():.2f} not listed)" in shown
    assert "2 events" in shown  # the counts count every event
    every = run("summary", path, "--min-confidence", "0").stdout
    assert "—PROTEST/demonstrate→" in every and "not listed" not in every
