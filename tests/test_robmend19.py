"""The review of robust19 mended (robmend19): a record without an id is keyed so that two different
articles never share a key (the address's own query parameters kept; the first words of the text
beside the title, day and publisher); the Ray watcher hears each article annotated; W113 names E203
only for a text past the limit; an edited record read again is counted apart from one unchanged."""

import json

import pytest


def _ingest(path, db, **options):
    from dateline.corpus.ingest import ingest

    return ingest([str(path)], db, model="blank:en", stages=(), **options)


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _stored(db):
    from dateline.corpus.store import Store

    with Store(db, read_only=True) as store:
        return sorted(d.text for d in store.iter_documents())


LETTER = "Letters to the editor"
DIFFERENT_ARTICLES = {
    "an address's own query parameter": [
        {"url": "https://www.example-news.com/news/article.aspx?sid=12345", "title": "Council approves budget",
         "published": "2021-11-24", "text": "The city council on Tuesday approved a new budget for schools."},
        {"url": "https://www.example-news.com/news/article.aspx?sid=12346", "title": "Flooding closes highway",
         "published": "2021-11-24", "text": "Heavy rain closed the main highway near the river on Wednesday."}],
    "a story id": [
        {"url": "https://example.org/story.php?storyid=5", "text": "The mayor opened the new library on Monday."},
        {"url": "https://example.org/story.php?storyid=6&utm_source=rss", "text": "Police closed the bridge."}],
    "a recurring title of one paper on one day": [
        {"title": LETTER, "published": "2021-11-24", "publisher": "Daily Post",
         "text": "I write to protest the closure of the library. The council should reconsider its decision."},
        {"title": LETTER, "published": "2021-11-24", "publisher": "Daily Post",
         "text": "Your report on the bridge repairs was wrong. The work will finish in March, not May."}],
    "wire copies that name neither address nor publisher": [
        {"title": "Storm hits coast", "published": "2021-11-24",
         "text": "A storm hit the coast on Monday, cutting power to thousands of homes, officials said."},
        {"title": "Storm hits coast", "published": "2021-11-24",
         "text": "A storm hit the coast on Monday, cutting power to thousands of homes, officials said. "
                 "Schools in the county will stay closed on Tuesday."}],
}


@pytest.mark.parametrize("case", sorted(DIFFERENT_ARTICLES))
def test_two_different_records_without_an_id_are_both_stored(tmp_path, case):
    records = DIFFERENT_ARTICLES[case]
    report = _ingest(_write(tmp_path / "in.jsonl", records), tmp_path / "c.duckdb")
    assert (report.added, report.skipped) == (2, 0), (case, report.line())
    assert _stored(tmp_path / "c.duckdb") == sorted(r["text"] for r in records)


def test_an_address_keeps_its_own_parameters_and_drops_the_trackers():
    from dateline.ingest.readers import object_to_article

    def key(url):
        return object_to_article({"text": "Talks resumed.", "url": url}, "in.jsonl:1").id

    assert key("https://www.example.com/a.aspx?sid=1") != key("https://www.example.com/a.aspx?sid=2")
    same = {key("https://WWW.example.com/a.aspx?sid=1&utm_source=feed&fbclid=x#comments"),
            key("https://www.example.com/a.aspx?sid=1")}
    assert len(same) == 1


def test_the_title_key_takes_the_first_words_of_the_text():
    from dateline.ingest.fields import KEY_WORDS
    from dateline.ingest.readers import object_to_article

    words = [f"word{k}" for k in range(KEY_WORDS + 10)]

    def key(text, **fields):
        record = dict({"title": "Budget", "published": "2021-11-24", "publisher": "Gazette", "text": text}, **fields)
        return object_to_article(record, "in.jsonl:1").id

    start = " ".join(words[:KEY_WORDS + 1])
    assert key(start) == key(start + " more words at the end") == key(start.upper())   # the end edited
    assert key(start) != key("other " + start)                                       # another start
    assert key(start) != key(start, publisher="Herald") != key(start, published="2021-11-25")
    # without a publisher (nor address): keyed by the whole text, as before robust19
    assert object_to_article({"title": "Budget", "published": "2021-11-24", "text": start}, "s").id is None
    # an HTML record without an address: keyed by its whole input too
    html = {"title": "Budget", "published": "2021-11-24", "publisher": "Gazette",
            "html": "<html><body><p>" + start + "</p></body></html>"}
    assert object_to_article(html, "s").id is None


def test_a_store_written_before_keeps_its_records_once(tmp_path, monkeypatch):
    """A store of records keyed by their text's hash (before robust19): read again, each is
    skipped, none stored twice; one edited since is stored once more (as before)."""
    import dateline.ingest.fields as fields

    records = [r for case in sorted(DIFFERENT_ARTICLES) for r in DIFFERENT_ARTICLES[case]]
    path, db = _write(tmp_path / "in.jsonl", records), tmp_path / "c.duckdb"
    with monkeypatch.context() as patched:
        patched.setattr(fields, "record_id", lambda *args, **kwargs: None)   # the keys before robust19
        assert _ingest(path, db).added == len(records)
    again = _ingest(path, db)
    assert (again.added, again.skipped) == (0, len(records))
    assert _stored(db) == sorted(r["text"] for r in records)


@pytest.mark.parametrize("length, cut", [(1_200_000, False), (2_500_000, True)])
def test_w113_names_e203_only_for_a_text_past_the_limit(length, cut, monkeypatch):
    from dateline.ingest.readers import too_long_for_one

    monkeypatch.delenv("DATELINE_MAX_CHARS", raising=False)   # the default limit, 2,000,000
    (warning,) = too_long_for_one("x" * length, "feed.jsonl:2", record=True)
    said = str(warning)
    assert ("only its first 2,000,000 characters are kept (E203)" in said) == cut, said
    assert "may pass the time budget (E302)" in said and "annotating it" in said or cut, said


class _LocalLedger:
    """A ``crashes.Tries`` called as the Ray actor is (``ledger.start.remote(...)``), in this process."""

    def __init__(self):
        from dateline.crashes import Tries

        self.tries = Tries()

    def __getattr__(self, name):
        from types import SimpleNamespace

        return SimpleNamespace(remote=getattr(self.tries, name))


def test_the_ray_watcher_hears_each_article_of_a_batch_as_it_is_annotated(monkeypatch):
    """The watcher measures each article against the limit, not the batch: while a stage works on an
    article, the ledger's note names that article (before: the first one of the batch, until the
    whole batch was annotated, so four slow articles of a batch got it stopped, W306)."""
    ray = pytest.importorskip("ray")
    import dateline.distributed as dist
    from dateline.ingest import RawArticle
    from dateline.pipeline import Pipeline, Stage

    monkeypatch.setattr(ray, "get", lambda value, **kwargs: value)    # the ledger answers at once here
    monkeypatch.setattr(ray, "get_runtime_context", lambda: type("Context", (), {"current_actor": "A"})())
    ledger = _LocalLedger()
    actor = dist.AnnotateBatch(model="blank:en", stages=(), ledger=ledger, stuck=60)
    raws = [dist._raw_json(RawArticle(source=f"in.jsonl:{k}", format="text", id=f"r{k}",
                                      content=f"The council met on Monday {k} times.")) for k in range(1, 5)]
    key, noted = dist._key(raws), []

    def slow(work):   # a stand-in stage: what the ledger says the try is on while it works
        noted.append((work.document.source, ledger.tries.running[key][1]))

    actor.pipeline = Pipeline(stages=(), model="blank:en")    # its own: get_pipeline's is shared
    actor.pipeline.stages.append(Stage("slow", slow, (), ()))
    out = actor({"raw": raws})
    assert len(out["id"]) == 4 and noted
    assert [on for _, on in noted] == [(source, "annotating it", 4) for source, _ in noted]
    assert [source for source, _ in noted] == [f"in.jsonl:{k}" for k in range(1, 5)]
    assert key not in ledger.tries.running     # finished: watched no longer


def test_an_edited_record_is_counted_apart_from_one_read_again_unchanged(tmp_path):
    text = ("The council met on Monday to pass the budget for 2021, after a long debate about road "
            "repairs and the cost of the new bridge over the river.")
    record = {"url": "https://www.example.org/2021/11/24/council-budget", "title": "Council passes budget",
              "published": "2021-11-24", "text": text}
    db = tmp_path / "c.duckdb"
    assert _ingest(_write(tmp_path / "first.jsonl", [record]), db).added == 1
    same = _ingest(_write(tmp_path / "same.jsonl", [record]), db)
    assert (same.added, same.skipped, same.changed) == (0, 1, 0)
    assert " 1 already stored, " in same.line() and "changed" not in same.line()
    edited = dict(record, text=text + " Updated: the vote was 7 to 2.")
    again = _ingest(_write(tmp_path / "edited.jsonl", [edited, record]), db)
    assert (again.added, again.skipped, again.changed) == (0, 2, 1)
    assert " 1 already stored, 1 changed since stored (the stored copy kept), " in again.line(), again.line()
    assert _stored(db) == [text]      # the first stored kept, nothing twice
