"""The store with hand-built Documents: schema, duplicates, event merging, stories, queries, exports."""

from __future__ import annotations

import csv
import dataclasses
import json

import duckdb
import pytest
from test_corpus_fixtures import TALKS_COPY, other_document, plain_document, talks_document

from dateline.corpus import Store, StoreError
from dateline.corpus import dedup, gdelt
from dateline.corpus.export import export
from dateline.corpus.query import render, run_sql
from dateline.corpus.schema import LATEST
from dateline.corpus.store import MEMORY_LIMIT
from dateline.corpus.stories import build_stories
from dateline.errors import DatelineError


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A store with an article, its syndicated copy, and a same-topic article by someone else.
    Built once; tests that write copy it first."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    with Store(path) as store:
        store.add_batch([talks_document("t1", url="https://example.com/talks")])
        store.add_batch([talks_document("t2", TALKS_COPY, published="2021-11-25", publisher="Example Wire"),
                         other_document()])
        build_stories(store)
    return path


def test_schema_is_versioned_and_migrations_run_once(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        assert store.schema_version() == LATEST
        assert store.migrate() == []
        versions = store.con.execute("SELECT version FROM schema_migrations").fetchall()
    assert versions == [(v,) for v in range(1, LATEST + 1)]


def test_an_older_store_is_migrated_forward_with_its_data(corpus, tmp_path):
    import shutil

    old = tmp_path / "old.duckdb"
    shutil.copy(corpus, old)
    con = duckdb.connect(str(old))  # make it a version-1 store again
    for column in ("actor_text", "country_text", "source_text"):
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    for column in ("n_shingles", "containment", "lead"):
        con.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    con.execute("ALTER TABLE actors DROP COLUMN named")
    con.execute("DELETE FROM schema_migrations WHERE version > 1")
    con.close()
    with Store(old, read_only=True) as store:  # readers migrate an older store first
        assert store.schema_version() == LATEST
        assert len(store.events({"actor": "taliban", "country": "USA", "source": "wire"})) == 2
        assert store.actors(limit=1)[0]["name"] == "Taliban"  # actors.named backfilled
        assert store.count("article_bands") == 3 * dedup.BANDS  # buckets rebuilt from signatures
    with Store(old) as store:  # and a further copy still finds its original through them
        result = store.add_batch([talks_document("t3", TALKS_COPY, publisher="Third")])
        assert result.duplicates == {"t3": "t1"}


def test_reopen_keeps_the_data_and_the_settings(tmp_path):
    """A long ingest reopens its connection to hand DuckDB's held memory back (Store.reopen)."""
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([talks_document("t1")])
        before = store.con
        store.reopen()
        assert store.con is not before
        assert store.count("articles") == 1
        assert store.con.execute("SELECT current_setting('max_vacuum_tasks')").fetchall()[0][0] == 0
        store.add_batch([other_document()])
        assert store.count("articles") == 2
    memory = Store(":memory:")
    memory.add_batch([talks_document("t1")])
    memory.reopen()  # nothing to reopen: the data would be lost
    assert memory.count("articles") == 1
    memory.close()


def test_release_memory_keeps_the_data_and_the_limit(tmp_path):
    """After each stored batch the ingest makes DuckDB flush its allocator (Store.release_memory),
    which must leave the memory cap and the data as they were."""
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([talks_document("t1")])
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
        store.release_memory()
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0] == limit
        capped = duckdb.connect()
        capped.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        assert limit == capped.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
        store.add_batch([other_document()])
        assert store.count("articles") == 2


def test_open_errors_are_numbered(tmp_path):
    with pytest.raises(StoreError) as missing:
        Store(tmp_path / "nope.duckdb", read_only=True)
    assert missing.value.code == "E401"
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError) as foreign:
        Store(other, read_only=True)
    assert foreign.value.code == "E404"
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    with pytest.raises(StoreError) as cannot:  # its folder would be a file
        Store(blocked / "news.duckdb")
    assert cannot.value.code == "E403" and "a-file" in str(cannot.value)


def test_a_new_store_in_a_folder_not_made_yet_is_made_there(tmp_path):
    # before, `dateline ingest --db new/news.duckdb` stopped with E403 (no such file or directory)
    with Store(tmp_path / "new" / "deeper" / "news.duckdb") as store:
        store.add_batch([talks_document("t1")])
    with Store(tmp_path / "new" / "deeper" / "news.duckdb", read_only=True) as store:
        assert store.count("articles") == 1
    with pytest.raises(StoreError) as missing:  # reading one makes nothing
        Store(tmp_path / "none" / "news.duckdb", read_only=True)
    assert missing.value.code == "E401" and not (tmp_path / "none").exists()


def test_document_round_trip_and_spans(corpus):
    with Store(corpus, read_only=True) as store:
        doc = store.get_document("t1")
        assert doc == talks_document("t1", url="https://example.com/talks")
        assert store.get_document("missing") is None
        # every stored span still points at its text
        for table in ("mentions", "timexes", "places", "quotes"):
            for aid, start, end, text in store.con.execute(
                    f'SELECT article_id, start, "end", text FROM {table}').fetchall():
                assert store.get_document(aid).text[start:end] == text


def test_copy_is_linked_and_same_topic_is_not(corpus):
    with Store(corpus, read_only=True) as store:
        rows = {r["id"]: r for r in store.query("SELECT id, duplicate_of, similarity, containment FROM articles")}
    assert rows["t2"]["duplicate_of"] == "t1" and rows["t2"]["containment"] >= 0.6
    assert 0 < rows["t2"]["similarity"] < rows["t2"]["containment"]
    assert rows["t1"]["duplicate_of"] is None
    assert rows["other-1"]["duplicate_of"] is None


def test_events_of_copies_are_merged(corpus):
    with Store(corpus, read_only=True) as store:
        events = store.query("SELECT * FROM events ORDER BY id")
        assert len(events) == 3  # planned talks, October talks, the Islamabad meeting
        planned = next(e for e in events if e["modality"] == "planned")
        assert (planned["n_mentions"], planned["n_articles"], planned["n_sources"]) == (2, 2, 2)
        assert planned["first_article_id"] == "t1"
        assert str(planned["first_seen"]).startswith("2021-11-24")
        islamabad = next(e for e in events if e["place_name"] == "Islamabad")
        assert islamabad["n_mentions"] == 1
        assert store.count("event_mentions") == 5
        full = store.event(planned["id"])
        assert {m["article_id"] for m in full["mentions"]} == {"t1", "t2"}


def test_merge_keeps_different_occurrences_apart(tmp_path):
    """Same type and actors but another date, or another place: not one occurrence."""
    base = talks_document("a")
    later = dataclasses.replace(talks_document("b", published="2021-11-24"), events=tuple(
        dataclasses.replace(e, date="2022-03-01") for e in talks_document("b").events))
    with Store(tmp_path / "m.duckdb") as store:
        store.add_batch([base])
        result = store.add_batch([later])
        assert result.events_merged == 0 and result.events_new == 2
        conflict = talks_document("c", published="2021-11-24")
        swapped = dataclasses.replace(conflict, actors=tuple(
            dataclasses.replace(a, name="Russia", country="RUS") if a.id == "a1" else a
            for a in conflict.actors),
            text=conflict.text, id="c")
        result = store.add_batch([swapped])
        # a copy of "a" (same text) would merge; a Russian source conflicts with the US one
        assert result.events_merged == 0


def test_a_later_copy_merges_events_without_actors(tmp_path):
    """Events with no actor on either side merge only between copies of one article: the stored
    candidates of a copy come from the articles of its original, not from shared names."""
    def bare(d):
        return dataclasses.replace(d, events=tuple(dataclasses.replace(e, source=(), target=())
                                                   for e in d.events))

    with Store(tmp_path / "m.duckdb") as store:
        store.add_batch([bare(talks_document("t1"))])
        result = store.add_batch([bare(talks_document("t2", TALKS_COPY, published="2021-11-25")),
                                  bare(talks_document("t3", published="2021-11-25",
                                                      url="https://elsewhere.example/t3"))])
        assert result.duplicates == {"t2": "t1", "t3": "t1"}
        assert (result.events_new, result.events_merged) == (0, 4)
        later = bare(other_document("o2", published="2021-11-24"))  # not a copy, no actors
        assert store.add_batch([later]).events_merged == 0


@pytest.mark.parametrize("month", ["2021-10", "2021-02", "2020-07", "2019-12"])
def test_a_month_merges_with_the_days_it_covers_and_their_slack_only(tmp_path, month):
    """A stored event dated to a month meets a later report dated the day after the month (one
    day of slack) or its first day, not two days after, wherever the dates fall in the store's
    date buckets."""
    from datetime import date, timedelta

    start = date.fromisoformat(month + "-01")
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    def dated(doc_id, value):
        d = talks_document(doc_id, published=(end + timedelta(days=5)).isoformat())
        return dataclasses.replace(d, events=(dataclasses.replace(d.events[1], date=value),))

    for value, merged in ((start.isoformat(), 1), ((end + timedelta(days=1)).isoformat(), 1),
                          ((end + timedelta(days=2)).isoformat(), 0),
                          ((start - timedelta(days=2)).isoformat(), 0)):
        with Store(tmp_path / f"m-{value}.duckdb") as store:
            store.add_batch([dated("a", month)])
            result = store.add_batch([dated("b", value)])
            assert result.events_merged == merged, value


def test_independent_reports_of_one_event_merge(tmp_path):
    """Two unrelated texts that code the same occurrence (same actors, date, place) merge."""
    with Store(tmp_path / "m.duckdb") as store:
        store.add_batch([talks_document("a")])
        other = other_document("o1")
        meeting = talks_document("x").events[0]
        text = other.text
        moved = dataclasses.replace(other, events=(dataclasses.replace(
            meeting, trigger=other.events[0].trigger, evidence=other.events[0].evidence),),
            actors=talks_document("x").actors[:2] and tuple(
                dataclasses.replace(a, mentions=other.actors[i].mentions)
                for i, a in enumerate(talks_document("x").actors[:2])))
        assert not moved.misaligned() and moved.text == text
        result = store.add_batch([moved])
        assert result.duplicates == {}
        assert result.events_merged == 1


def test_readding_an_article_changes_nothing(corpus, tmp_path):
    import shutil

    shutil.copy(corpus, tmp_path / "copy.duckdb")
    with Store(tmp_path / "copy.duckdb") as store:
        before = {t: store.count(t) for t in ("articles", "events", "event_mentions", "timexes")}
        result = store.add_batch([talks_document("t1"), talks_document("t1")])
        assert result.added == [] and result.skipped == ["t1", "t1"]
        assert {t: store.count(t) for t in before} == before


def test_stories_thread_copies_and_keep_others_apart(corpus):
    with Store(corpus, read_only=True) as store:
        story_of = dict(store.con.execute("SELECT id, story_id FROM articles").fetchall())
        assert story_of["t1"] == story_of["t2"] != story_of["other-1"]
        story = store.story(story_of["t1"])
        assert story["n_articles"] == 2 and story["n_events"] == 2
        kinds = [item["kind"] for item in story["timeline"]]
        assert kinds.count("event") == 2 and kinds.count("article") == 2
        dates = [item["date"] for item in story["timeline"]]
        assert dates == sorted(dates)
        assert store.stories()[0]["id"] == story_of["t1"]


def test_stories_link_similar_follow_ups(tmp_path):
    """Follow-up reports (different wording, same names) within the window are one story."""
    first = plain_document("f1", "Magnitogorsk apartment building collapses after gas explosion. "
                           "Rescuers in Magnitogorsk searched the rubble of the apartment building "
                           "in the Chelyabinsk region for survivors after the explosion.", "2019-01-01")
    second = plain_document("f2", "Death toll in Magnitogorsk apartment collapse rises. Rescuers "
                            "ended the search in the rubble of the Magnitogorsk building in "
                            "Chelyabinsk region after the gas explosion killed 39.", "2019-01-04")
    unrelated = plain_document("u1", "Football club wins the cup final in extra time after a late "
                               "penalty; fans celebrate in the capital.", "2019-01-03")
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([first, second, unrelated])
        build_stories(store)
        story_of = dict(store.con.execute("SELECT id, story_id FROM articles").fetchall())
    assert story_of["f1"] == story_of["f2"] != story_of["u1"]


def test_event_filters(corpus):
    with Store(corpus, read_only=True) as store:
        assert {e["place_name"] for e in store.events({"country": "usa"})} == {"Doha"}
        assert len(store.events({"type": "CONSULT"})) == 3
        assert len(store.events({"type": "04"})) == 3
        assert store.events({"type": "ASSAULT"}) == []
        assert len(store.events({"since": "2021-11-01"})) == 2
        assert len(store.events({"since": "2021-11-01", "until": "2021-11-26"})) == 1
        assert len(store.events({"actor": "taliban", "modality": "planned"})) == 1
        assert len(store.events({"place": "290030"})) == 2
        assert len(store.events({"source": "wire"})) == 2
        assert len(store.events({"source": "Other Daily"})) == 1
        assert len(store.events({"country": "USA"}, limit=1, offset=1)) == 1
        with pytest.raises(ValueError):
            store.events({"colour": "red"})


def test_library_reading_api(corpus):
    with Store(corpus, read_only=True) as store:
        assert [a["id"] for a in store.list_articles(limit=2)] == ["other-1", "t2"]
        assert len(store.list_articles(duplicates=False)) == 2
        top = store.actors(limit=5)
        assert top[0]["name"] == "Taliban" and top[0]["n_articles"] == 3
        actor = store.actor(top[0]["id"])
        assert len(actor["articles"]) == 3 and actor["events"]
        price = store.actor(next(a["id"] for a in store.actors(name="Price")))
        assert len(price["quotes"]) == 2 and price["roles"][0]["roles"] == ["spokesman"]
        assert len(store.quotes(speaker="price")) == 2
        days = [str(q["published_date"]) for q in store.quotes(limit=1000) if q["published_date"]]
        assert len(set(days)) > 1 and days == sorted(days, reverse=True)  # newest first
        stats = store.stats()
        assert stats["counts"]["articles"] == 3 and stats["duplicates"] == 1
        assert stats["events_by_type"][0]["type"] == "CONSULT"


def test_sql_is_read_only(corpus, tmp_path):
    names, found = run_sql(str(corpus), "SELECT type, count(*) AS n FROM events GROUP BY type")
    assert names == ["type", "n"] and found == [("CONSULT", 3)]
    for statement in ("DELETE FROM articles", "DROP TABLE events", "INSERT INTO stories VALUES (1)",
                      "SELECT 1; DELETE FROM articles",
                      f"COPY articles TO '{tmp_path / 'leak.csv'}'",
                      f"SELECT * FROM read_csv('{tmp_path / 'x.csv'}')",
                      "WITH x AS (SELECT 1) DELETE FROM articles"):
        with pytest.raises(DatelineError) as refused:
            run_sql(str(corpus), statement)
        assert refused.value.code in ("E406", "E407"), statement
    assert not (tmp_path / "leak.csv").exists()
    with Store(corpus, read_only=True) as store:
        assert store.count("articles") == 3


def test_render_formats():
    rows = [{"a": 1, "b": ["x", "y"]}, {"a": None, "b": []}]
    assert render(["a", "b"], rows, "csv") == "a,b\n1,x; y\n,\n"
    assert [json.loads(line) for line in render(["a", "b"], rows, "json").splitlines()] == rows
    table = render(["a", "b"], rows, "table").splitlines()
    assert table[0].split() == ["a", "b"] and len(table) == 4


def test_parquet_export_reads_back(corpus, tmp_path):
    with Store(corpus, read_only=True) as store:
        files = export(store, "parquet", tmp_path / "pq")
    con = duckdb.connect()
    counts = {f.stem: con.execute(f"SELECT count(*) FROM read_parquet('{f}')").fetchall()[0][0] for f in files}
    assert counts["articles"] == 3 and counts["events"] == 3 and counts["event_mentions"] == 5
    cameo = con.execute(f"SELECT DISTINCT cameo FROM read_parquet('{tmp_path / 'pq' / 'events.parquet'}')").fetchall()
    assert cameo == [("040",)]
    assert not list((tmp_path / "pq").glob("*.partial"))


def test_jsonl_export(corpus, tmp_path):
    with Store(corpus, read_only=True) as store:
        export(store, "jsonl", tmp_path / "js")
    from dateline.model import Document

    docs = [Document.from_dict(json.loads(line)) for line in open(tmp_path / "js" / "articles.jsonl")]
    assert [d.id for d in docs] == ["t1", "t2", "other-1"]
    events = [json.loads(line) for line in open(tmp_path / "js" / "events.jsonl")]
    assert sorted(len(e["mentions"]) for e in events) == [1, 2, 2]
    stories = [json.loads(line) for line in open(tmp_path / "js" / "stories.jsonl")]
    assert len(stories) == 2 and all(s["timeline"] for s in stories)


@pytest.mark.parametrize("fmt, columns, rows", [("gdelt-events", gdelt.EVENT_COLUMNS, 3),
                                                ("gdelt-mentions", gdelt.MENTION_COLUMNS, 5),
                                                ("gdelt-gkg", gdelt.GKG_COLUMNS, 3)])
def test_gdelt_exports_have_the_gdelt_layout(corpus, tmp_path, fmt, columns, rows):
    with Store(corpus, read_only=True) as store:
        (path,) = export(store, fmt, tmp_path / "g")
    with open(path, newline="", encoding="utf-8") as f:
        found = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(found) == rows
    assert {len(r) for r in found} == {len(columns)}
    record = [dict(zip(columns, r)) for r in found]
    if fmt == "gdelt-events":
        assert len(gdelt.EVENT_COLUMNS) == 61
        doha = next(r for r in record if r["Day"] == "20211129")
        assert doha["EventCode"] == "040" and doha["EventRootCode"] == "04"
        assert doha["Actor1Code"] == "USAGOV" and doha["Actor1CountryCode"] == "USA"
        assert doha["Actor2Code"] == "AFGINS" and doha["NumMentions"] == "2" and doha["NumSources"] == "2"
        assert doha["ActionGeo_CountryCode"] == "QA" and doha["ActionGeo_FeatureID"] == "290030"
        assert doha["ActionGeo_Type"] == "4" and doha["IsRootEvent"] == "1"
        assert doha["SOURCEURL"] == "https://example.com/talks" and doha["DATEADDED"] == "20211124000000"
    if fmt == "gdelt-mentions":
        assert len(columns) == 16
        assert {r["MentionSourceName"] for r in record} == {"Example News", "Example Wire", "Other Daily"}
    if fmt == "gdelt-gkg":
        assert len(columns) == 27
        talks = record[0]
        assert talks["V1PERSONS"] == "Ned Price" and "Doha" in talks["V1LOCATIONS"]
        assert talks["V2.1QUOTATIONS"].split("|")[2] == "said"
        assert "4#11#29" not in talks["V2.1ENHANCEDDATES"]  # a week is not a day


def test_gdelt_mentions_keep_the_events_file_floor(corpus, tmp_path):
    with Store(corpus, read_only=True) as store:
        confidences = sorted(r["confidence"] for r in store.query("SELECT confidence FROM events"))
        floor = confidences[len(confidences) // 2]
        (events,) = export(store, "gdelt-events", tmp_path / "e", min_confidence=floor)
        (mentions,) = export(store, "gdelt-mentions", tmp_path / "m", min_confidence=floor)
        (everything,) = export(store, "gdelt-mentions", tmp_path / "all")
    kept = {line.split("\t")[0] for line in open(events, encoding="utf-8")}
    mentioned = {line.split("\t")[0] for line in open(mentions, encoding="utf-8")}
    assert kept and mentioned == kept
    assert len(open(everything, encoding="utf-8").readlines()) > len(open(mentions, encoding="utf-8").readlines())


def test_stats_lists_events_at_the_confidence_floor(corpus):
    from typer.testing import CliRunner

    from dateline.cli import app

    with Store(corpus, read_only=True) as store:
        confidences = sorted(r["confidence"] for r in store.query("SELECT confidence FROM events"))
        every = store.stats(min_confidence=None)["events_by_type"]
        floor = confidences[-1]
        sure = store.stats(min_confidence=floor)["events_by_type"]
    assert sum(e["events"] for e in every) == len(confidences)
    assert sum(e["events"] for e in sure) == confidences.count(floor) < len(confidences)
    runner = CliRunner()
    everything = runner.invoke(app, ["stats", "--db", str(corpus), "--articles", "3", "--min-confidence", "0"])
    above = runner.invoke(app, ["stats", "--db", str(corpus), "--articles", "3", "--min-confidence", str(floor)])
    assert everything.exit_code == 0 and above.exit_code == 0
    assert "below confidence" not in everything.stdout and "below confidence" in above.stdout
    assert everything.stdout.count("—") > above.stdout.count("—")


def test_stats_and_story_without_a_floor_keep_events_of_unknown_confidence(corpus, tmp_path):
    # confidence may be NULL (schema); with no floor given nothing is filtered, as in query/export
    import shutil

    copy = tmp_path / "copy.duckdb"
    shutil.copy(corpus, copy)
    with Store(copy) as store:
        (story_id,) = store._rows("SELECT story_id FROM events WHERE story_id IS NOT NULL LIMIT 1")[0]
        store.con.execute("UPDATE events SET confidence = NULL WHERE story_id = ?", [story_id])
        total = store.count("events")
        assert sum(e["events"] for e in store.stats(min_confidence=None)["events_by_type"]) == total
        assert sum(e["events"] for e in store.stats(min_confidence=0.0)["events_by_type"]) < total
        assert store.story(story_id)["events"]
        assert not store.story(story_id, min_confidence=0.0)["events"]


def test_cli_commands(corpus, tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    runner = CliRunner()
    done = runner.invoke(app, ["events", "--db", str(corpus), "--country", "USA", "--format", "csv"])
    assert done.exit_code == 0, done.output
    assert len(list(csv.reader(done.stdout.splitlines()))) == 3
    listed = {}
    for order in ([], ["--oldest-first"]):
        done = runner.invoke(app, ["events", "--db", str(corpus), "--format", "json", "--min-confidence", "0"] + order)
        assert done.exit_code == 0, done.output
        listed[bool(order)] = [str(e["date_start"]) for e in map(json.loads, done.stdout.splitlines()) if e["date_start"]]
    assert len(set(listed[False])) > 1, "the store's events should span several dates"
    assert listed[False] == sorted(listed[False], reverse=True)  # newest first, as the web page
    assert listed[True] == sorted(listed[True])
    done = runner.invoke(app, ["sql", "--db", str(corpus), "SELECT count(*) AS n FROM articles", "-f", "json"])
    assert done.exit_code == 0 and json.loads(done.stdout) == {"n": 3}
    done = runner.invoke(app, ["sql", "--db", str(corpus), "DELETE FROM articles"])
    assert done.exit_code == 2 and "E406" in done.stderr
    done = runner.invoke(app, ["sql", "--db", str(corpus), "SELECT count(*) AS n FROM articles WHERE id <> ';'", "-f", "json"])
    assert done.exit_code == 0 and json.loads(done.stdout) == {"n": 3}, done.output  # one statement
    done = runner.invoke(app, ["sql", "--db", str(corpus), "SELECT nosuchcolumn FROM articles"])
    assert done.exit_code == 1 and "E407" in done.stderr
    done = runner.invoke(app, ["stats", "--db", str(corpus), "--articles", "1"])
    assert done.exit_code == 0 and "3 articles" in done.stdout and "1 near-duplicate\n" in done.stdout
    assert "United States (USAGOV) —CONSULT→ Taliban (AFGINS), 2021-W48, Doha [planned]" in done.stdout
    done = runner.invoke(app, ["export", "--db", str(corpus), "--format", "gdelt-events", "--out", str(tmp_path / "x")])
    assert done.exit_code == 0 and (tmp_path / "x" / "dateline.export.CSV").exists()
    done = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert done.exit_code == 2 and "E401" in done.stderr
    done = runner.invoke(app, ["export", "--db", str(corpus), "--format", "xml"])
    assert done.exit_code == 2
    for command in ("ingest", "events", "sql", "export", "stats"):
        text = runner.invoke(app, [command, "--help"]).stdout
        assert "Example:" in text.strip().splitlines()[-1] or "Example:" in text[-200:]


def test_learned_roles_accumulate_across_batches(tmp_path):
    """Ned Price's role from the text: one row per name and role, its dates and evidence widened
    by each batch (one lookup and one write per batch), a new role a row of its own."""
    def with_text_roles(d, sector="GOV"):
        actors = tuple(dataclasses.replace(a, role_source="text", sector=sector)
                       if a.name == "Ned Price" else a for a in d.actors)
        return dataclasses.replace(d, actors=actors)

    with Store(tmp_path / "r.duckdb") as store:
        store.add_batch([with_text_roles(talks_document("r1", published="2021-11-24"))])
        store.add_batch([with_text_roles(talks_document("r2", TALKS_COPY, published="2021-11-20")),
                         with_text_roles(other_document("r3"))])
        store.add_batch([with_text_roles(talks_document("r4", published="2021-12-01")),
                         with_text_roles(talks_document("r5", published="2021-12-02"), sector="MIL")])
        roles = {(r["name"], r["sector"]): r for r in store.actor_roles()}
    assert set(roles) == {("Ned Price", "GOV"), ("Ned Price", "MIL")}
    gov = roles["Ned Price", "GOV"]
    assert (str(gov["first_seen"]), str(gov["last_seen"]), gov["n_articles"]) == ("2021-11-20", "2021-12-01", 3)
    assert gov["evidence_ids"] == ["r1", "r2", "r4"]
    assert roles["Ned Price", "MIL"]["evidence_ids"] == ["r5"]


def test_a_fragmented_store_is_compacted_on_request_only(tmp_path):
    """Checkpoints while writing do not compact (their cost grew with the store); compact()
    merges the row groups once a table has too many, and the rows stay."""
    with Store(tmp_path / "c.duckdb") as store:
        for i in range(12):
            store.add_batch([plain_document(f"p{i}", f"Article number {i} says something new.")])
            store.con.execute("CHECKPOINT")
        assert "articles" in store.fragmented()
        assert store.compact()
        assert store.fragmented() == [] and not store.compact()
        assert store.count("articles") == 12
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        assert not store.compact(force=True)  # a reader never writes


def test_lsh_candidates_need_the_same_hash_in_the_same_band(tmp_path):
    """The band hashes are looked up by hash alone and the bands compared after: a stored article
    whose hash for one band equals a new article's hash for another band is no candidate; one
    sharing the hash in the same band is, once, however many bands it shares."""
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([talks_document("t1")])
        new = dedup.fingerprint(TALKS_COPY)
        con = store.con
        assert [k.id for k in store._lsh_candidates(con, [new])[0]] == ["t1"]  # the copy shares bands
        stored = dedup.fingerprint(store.get_document("t1").text)
        shared = [b for b in range(dedup.BANDS) if stored.bands[b] == new.bands[b]]
        assert shared
        # every stored hash moved to the next band: the same hashes, each in another band
        con.execute("UPDATE article_bands SET band = (band + 1) % ?", [dedup.BANDS])
        assert store._lsh_candidates(con, [new]) == {}
        con.execute("UPDATE article_bands SET band = (band + ?) % ?", [dedup.BANDS - 1, dedup.BANDS])
        assert [k.id for k in store._lsh_candidates(con, [new])[0]] == ["t1"]


def test_a_batch_prepared_by_the_executor_stores_what_the_writer_would(tmp_path):
    """Store.add_batch with Prepared (the JSON and fingerprints a Ray actor computed) writes the
    same rows as without; an article already stored is skipped with its Prepared."""
    from dateline.corpus.rows import Prepared, document_json_of

    def rows_of(store):
        return {t: store.con.execute(f"SELECT * EXCLUDE (ingested_at) FROM {t} ORDER BY ALL").fetchall()
                if t == "articles" else store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("articles", "article_bands", "events", "event_mentions", "actors")}

    first = [talks_document("t1")]
    batch = [talks_document("t1"), talks_document("t2", TALKS_COPY, published="2021-11-25",
                                                  publisher="Example Wire"),
             other_document(), dataclasses.replace(other_document(), id="empty", text="...")]
    with Store(tmp_path / "plain.duckdb") as plain, Store(tmp_path / "prepared.duckdb") as prepared:
        plain.add_batch(first)
        plain.add_batch(batch)
        prepared.add_batch(first)
        prints = [dedup.fingerprint(d.text) for d in batch]
        result = prepared.add_batch(batch, [Prepared(document_json_of(d), fp and fp.signature, fp and fp.size)
                                            for d, fp in zip(batch, prints)])
        assert result.skipped == ["t1"] and result.duplicates == {"t2": "t1"}
        assert prints[3] is None  # a text without words has no fingerprint
        assert rows_of(prepared) == rows_of(plain)
        assert prepared.get_document("t2") == batch[1]
        # the writer takes the executor's JSON as it is (it does not encode the Document again)
        o2 = dataclasses.replace(other_document(), id="o2")
        prepared.add_batch([o2], [Prepared(json.dumps(o2.as_dict(), indent=1))])
        stored = prepared.con.execute("SELECT document FROM articles WHERE id = 'o2'").fetchall()[0][0]
        assert stored.startswith("{\n") and prepared.get_document("o2").id == "o2"
