"""Roles learned from the text in a corpus: the actor_roles table, later articles naming the
person bare, and the user's --actors file on ingest and annotate."""

from __future__ import annotations

import json
import os

from dateline.actors import known
from dateline.corpus import Store, ingest

FIRST = {"id": "a1", "published": "2021-01-30",
         "text": "Kyrgyz President Sadyr Japarov signed the new constitution on Friday in Bishkek."}
LATER = {"id": "a2", "published": "2021-06-01",
         "text": "Sadyr Japarov said on Monday that he would visit Moscow."}
STAGES = ("entities", "places", "actors")


def actor(store: Store, article: str, name: str) -> tuple:
    return store.con.execute("SELECT country, sector FROM actors WHERE article_id = ? AND name = ?",
                             [article, name]).fetchall()[0]


def test_a_role_learned_in_one_article_codes_a_later_one(tmp_path, monkeypatch):
    monkeypatch.setenv(known.USER_ENV, "")
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(json.dumps(r) for r in (FIRST, LATER)) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    # One article a batch: the second batch sees what the first one taught.
    report = ingest([str(inputs)], db, stages=STAGES, batch_size=1)
    assert report.status == 0
    assert os.environ.get(known.CORPUS_ENV) is None  # the temporary table is gone after the run
    with Store(db) as store:
        roles = store.actor_roles()
        assert [(r["name"], r["country"], r["sector"], r["evidence_ids"]) for r in roles] == \
            [("Sadyr Japarov", "KGZ", "GOV", ["a1"])]
        assert str(roles[0]["first_seen"]) == "2021-01-30"
        assert actor(store, "a2", "Sadyr Japarov") == ("KGZ", "GOV")
        document = json.loads(store.con.execute("SELECT document FROM articles WHERE id = 'a2'").fetchall()[0][0])
        japarov = next(a for a in document["actors"] if a["name"] == "Sadyr Japarov")
        assert japarov["role_source"] == "corpus"


def test_the_users_actors_file_overrides_on_ingest_and_annotate(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from dateline.cli import app

    monkeypatch.setenv(known.USER_ENV, "")  # recorded, so the value the command sets is undone
    table = tmp_path / "my_actors.tsv"
    table.write_text("name\tcountry\tsector\nSadyr Japarov\tKGZ\tELI\n", encoding="utf-8")
    article = tmp_path / "later.txt"
    article.write_text(LATER["text"] + "\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["annotate", str(article), "--published", "2021-06-01",
                               "--actors", str(table), "-q"])
    monkeypatch.setenv(known.USER_ENV, "")  # the command set it for this process
    assert done.exit_code == 0, done.stderr
    document = json.loads(done.stdout.splitlines()[0])
    japarov = next(a for a in document["actors"] if a["name"] == "Sadyr Japarov")
    assert (japarov["country"], japarov["sector"], japarov["role_source"]) == ("KGZ", "ELI", "user")
    bad = tmp_path / "bad.tsv"
    bad.write_text("nobody\n", encoding="utf-8")
    done = runner.invoke(app, ["ingest", str(article), "--db", str(tmp_path / "c.duckdb"),
                               "--actors", str(bad), "-q"])
    assert done.exit_code == 2 and "E005" in done.stderr and "bad.tsv" in done.stderr
    assert not os.environ.get(known.USER_ENV)


def test_the_corpus_roles_file_is_read_incrementally_as_batches_append(tmp_path, monkeypatch):
    from datetime import date

    path = tmp_path / "roles.tsv"
    known.write_roles([{"name": "Ana Lima", "country": "BRA", "sector": "GOV",
                        "first_seen": "2021-05-01"}], path)
    monkeypatch.setenv(known.CORPUS_ENV, str(path))
    roles = known.corpus_roles()
    assert roles.get("Ana Lima", date(2021, 6, 1)).country == "BRA"
    assert roles.get("Ana Lima", date(2021, 4, 1)) is None
    # A later batch: the same role seen earlier (replaces the row) and a new person.
    known.write_roles([{"name": "Ana Lima", "country": "BRA", "sector": "GOV", "first_seen": "2021-03-01"},
                       {"name": "Rui Sousa", "country": "PRT", "sector": "JUD"}], path, append=True)
    again = known.corpus_roles()
    assert again is roles  # the same table, read on from where it was left
    assert again.get("Ana Lima", date(2021, 4, 1)).country == "BRA"
    assert len(again.by_name["ana lima"]) == 1
    assert again.get("Rui Sousa", date(2022, 1, 1)).sector == "JUD"
