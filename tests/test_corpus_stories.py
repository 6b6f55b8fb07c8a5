"""Stories are threaded incrementally (only the new articles' links are looked up), and that
gives the same stories as a full rebuild, whatever the order and batching of the ingests."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from test_corpus_fixtures import TALKS_COPY, other_document, talks_document

from dateline.corpus import Store
from dateline.corpus.stories import build_stories
from dateline.model import Document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "wikinews" / "wikinews.jsonl"


def snapshot(store: Store) -> tuple:
    con = store.con
    articles = con.execute("SELECT id, story_id FROM articles ORDER BY id").fetchall()
    stories = con.execute("SELECT * FROM stories ORDER BY id").fetchall()
    events = con.execute("SELECT id, story_id FROM events ORDER BY id").fetchall()
    return articles, stories, events


def wikinews_documents() -> list[Document]:
    out = []
    with open(SAMPLE, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out.append(Document(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published")))
    return out


@pytest.mark.parametrize("seed", [13, 14])
def test_incremental_stories_equal_a_full_rebuild(tmp_path, seed):
    documents = wikinews_documents()
    random.Random(seed).shuffle(documents)  # articles arrive in any order, not by date
    with Store(tmp_path / "s.duckdb") as store:
        sizes = []
        start = 0
        for size in (40, 1, 100, 7, len(documents)):
            store.add_batch(documents[start:start + size])
            build_stories(store, page=64)  # each ingest threads only its new articles
            sizes.append(store.con.execute("SELECT count(*) FROM story_terms").fetchall()[0][0])
            start += size
        incremental = snapshot(store)
        assert sizes == sorted(sizes) and sizes[0] < sizes[-1]  # vectors added batch by batch
        assert build_stories(store, rebuild=True) == len(incremental[1])
        assert snapshot(store) == incremental
    multi = [s for s in incremental[1] if s[4] > 1]
    assert len(multi) >= 10  # threads exist: the comparison is not between all-singletons


def test_a_new_article_merges_two_stories_into_the_earlier_one(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([talks_document("t1")])
        store.add_batch([other_document()])
        build_stories(store)
        before = store.con.execute("SELECT count(*) FROM stories").fetchall()[0][0]
        # a copy of t1 threads with t1 (duplicate link) and shares its events
        store.add_batch([talks_document("t2", TALKS_COPY, published="2021-11-25", publisher="Wire")])
        build_stories(store)
        incremental = snapshot(store)
        (t1_story,) = [s for a, s in incremental[0] if a == "t1"]
        (t2_story,) = [s for a, s in incremental[0] if a == "t2"]
        assert t1_story == t2_story == 1  # the story keeps the first article's seq
        assert all(story in {s[0] for s in incremental[1]} for _, story in incremental[0])
        assert all(story is not None for _, story in incremental[2])
        assert store.con.execute("SELECT count(*) FROM stories").fetchall()[0][0] <= before + 1
        build_stories(store, rebuild=True)
        assert snapshot(store) == incremental


@pytest.mark.parametrize("anchor", ["2021-01-01", "2021-01-13", "2021-01-21"])
def test_similar_articles_thread_within_the_window_only(tmp_path, anchor):
    """Two follow-ups of one story STORY_WINDOW_DAYS after it thread with it, one a day later
    does not (whatever the dates' place in the window-sized buckets the lookup uses)."""
    from datetime import date, timedelta

    from dateline.corpus import rules

    leads = ["Lava from Fagradalsfjall reached the road to Grindavik on the first night.",
             "Residents of Grindavik were told to leave as Fagradalsfjall kept erupting.",
             "Scientists flew over Fagradalsfjall and mapped fresh fissures north of Grindavik.",
             "Grindavik harbour closed while the Fagradalsfjall lava field grew again."]
    first = date.fromisoformat(anchor)
    window = int(rules.STORY_WINDOW_DAYS)

    def article(i, day):  # distinct texts (no near-copies), one story's title and names
        return Document(id=f"v{i}", text=leads[i], title="Fagradalsfjall volcano erupts near Grindavik",
                        published=day.isoformat())

    with Store(tmp_path / "w.duckdb") as store:
        store.add_batch([article(0, first)])
        build_stories(store)
        store.add_batch([article(1, first + timedelta(days=window)), article(2, first - timedelta(days=window)),
                         article(3, first + timedelta(days=2 * window + 1))])
        build_stories(store)
        story = dict(store.con.execute("SELECT id, story_id FROM articles").fetchall())
    assert story["v1"] == story["v2"] == story["v0"]
    assert story["v3"] != story["v0"]  # 2W+1 days after v0: more than W after v1 too


@pytest.mark.parametrize("confidence, threaded", [(0.3, False), (0.95, True)])
def test_a_shared_event_threads_two_articles_only_at_the_shown_confidence(tmp_path, confidence, threaded):
    """Two unrelated articles whose events merge (same type and day, both sources US government)
    are one story only when both mentions are ones the events views show."""
    from dateline.model import Actor, Event, Mention, Span

    def article(doc_id, text, name, trigger_word):
        start = text.index(trigger_word)
        trigger = Span(start, start + len(trigger_word), trigger_word)
        actor = Actor("a1", name, "organization", "USA", "GOV", (),
                      (Mention(text.index(name), text.index(name) + len(name), name, "name"),))
        event = Event("ACCUSE", None, None, "111", 3, -2.0, ("a1",), (), "2021-03-02", None,
                      "asserted", None, trigger, Span(0, len(text), text), confidence, "clause")
        return Document(id=doc_id, text=text, title=text.split(".")[0], published="2021-03-02",
                        actors=(actor,), events=(event,))

    crash = article("crash", "The Aviation Board criticised the pilot training records after the "
                             "glider crash near Lakeview.", "Aviation Board", "criticised")
    budget = article("budget", "The Treasury Office criticised the school lunch budget in a letter "
                               "to county councils.", "Treasury Office", "criticised")
    with Store(tmp_path / "e.duckdb") as store:
        store.add_batch([crash])
        store.add_batch([budget])
        assert store.con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 1  # merged
        build_stories(store)
        story = dict(store.con.execute("SELECT id, story_id FROM articles").fetchall())
    assert (story["crash"] == story["budget"]) is threaded
