"""Robustness and speed debts of the nineteenth session, mended in the twentieth (robust20): one
section per item of the session's task (docs/robustness.md)."""

import random

# --- 1. the body's stretches in linear time ---------------------------------------------------------


def _stretches_as_before(scores, lo, hi):
    """The nineteenth session's ``_collect`` (the reference): the best stretch of a part (maximum
    subarray, the first to reach the best sum), then the best of the part on either side, ...
    With Fractions for scores it adds up exactly."""
    zero = 0 * scores[0] if len(scores) else 0.0

    def best(lo, hi):
        top, top_start, top_end, running, start = zero, lo, lo, zero, lo
        for i in range(lo, hi):
            if running <= 0:
                running, start = zero, i
            running += scores[i]
            if running > top:
                top, top_start, top_end = running, start, i + 1
        return top, top_start, top_end

    out, parts = [], [(lo, hi)]
    while parts:
        lo, hi = parts.pop()
        score, start, end = best(lo, hi)
        if score <= 0:
            continue
        out.append((score, start, end))
        parts.append((end, hi))
        parts.append((lo, start))
    return sorted(out)


def test_the_stretches_are_those_the_split_into_best_parts_takes():
    """Every positive stretch, with its score, as the best-then-either-side split takes them: ties
    (two stretches of one sum, a stretch that a zero-sum run would lengthen), zeros, lone lines."""
    from dateline.ingest.body import _collect

    rng = random.Random(20)
    for _ in range(3000):
        n = rng.randint(0, 40)
        pool = rng.choice([(-3, -1, 0, 1, 2, 3), (-5, -8, -1, 1, 4, 12, 0.5, 2.5), (-5, 3, 3, -3)])
        scores = [float(rng.choice(pool)) for _ in range(n)]
        lo = rng.randint(0, n)
        hi = rng.randint(lo, n)
        found = []
        _collect(scores, lo, hi, found)
        assert sorted(found) == _stretches_as_before(scores, lo, hi), (scores, lo, hi)


def test_the_stretches_of_real_scores_are_those_of_the_split_added_up_in_millionths():
    """Scores as lines give them (word counts, a fifth of them for isolated prose, Chinese at 1.5
    characters a word, the fixed costs): the stretches the split takes when it adds up exactly in
    millionths (6.4 - 5 + 3.6 - 5 is 0, a tie, as the split's float running sum makes it), each
    with its score added up in order from its start (as ``best_stretch`` adds it)."""
    from fractions import Fraction

    from dateline.ingest.body import _collect

    rng = random.Random(2020)
    for _ in range(2000):
        scores = [rng.choice([rng.randint(1, 60) * 1.0, rng.randint(1, 60) * 0.2, rng.randint(1, 90) / 1.5,
                              -5.0, -8.0, -1.0, 1.0, 6.4, 3.6]) for _ in range(rng.randint(1, 60))]
        found = []
        _collect(scores, 0, len(scores), found)
        exact = _stretches_as_before([Fraction(round(x * 10**6), 10**6) for x in scores], 0, len(scores))
        assert sorted((start, end) for _, start, end in found) == sorted((s, e) for _, s, e in exact), scores
        for score, start, end in found:
            running = 0.0
            for x in scores[start:end]:
                running += x
            assert score == running


class _Counted(list):
    """Scores that count how often they are read."""

    reads = 0

    def __getitem__(self, index):
        _Counted.reads += 1
        return list.__getitem__(self, index)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]


def test_taking_the_stretches_reads_each_score_a_few_times_not_once_a_stretch():
    """A live blog of 4,000 entries, each a stretch of its own (a teaser's fifth of its words
    between costly lines): the nineteenth session read the rest of the page for each stretch taken
    (millions of reads)."""
    from dateline.ingest.body import _collect

    scores = _Counted([3.0, -5.0, -1.0] * 4000)
    _Counted.reads = 0
    found = []
    _collect(scores, 0, len(scores), found)
    assert len(found) == 4000
    assert _Counted.reads <= 4 * len(scores), _Counted.reads


# --- 2. a re-ingest of unchanged records is one lookup ---------------------------------------------


def _ingest(path, db):
    from dateline.corpus.ingest import ingest

    return ingest([str(path)], db, model="blank:en", stages=())


def _write(path, records):
    import json

    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _records(count, edited=()):
    return [{"url": f"https://www.example.org/2021/11/24/story-{k}", "title": f"Story {k}", "published": "2021-11-24",
             "text": f"The council of district {k} met on Monday to pass the budget for 2021, after a long "
                     "debate about road repairs." + (" Updated: the vote was 7 to 2." if k in edited else "")}
            for k in range(count)]


def _clean_count(monkeypatch):
    import importlib

    module = importlib.import_module("dateline.corpus.ingest")

    calls = []
    original = module._changed

    def changed(store, raw, options):
        calls.append(raw.id)
        return original(store, raw, options)

    monkeypatch.setattr(module, "_changed", changed)
    return calls


def _articles(db):
    from dateline.corpus.store import Store

    with Store(db, read_only=True) as store:
        return store._rows("SELECT id, input_hash, json_extract_string(document, '$.text') FROM articles ORDER BY seq")


def test_records_read_again_unchanged_are_told_by_their_input_hash_not_cleaned(tmp_path, monkeypatch):
    """On main before robust20 each of the 30 records read again was cleaned to compare its text."""
    db = tmp_path / "c.duckdb"
    assert _ingest(_write(tmp_path / "a.jsonl", _records(30)), db).added == 30
    assert all(digest for _, digest, _ in _articles(db))
    calls = _clean_count(monkeypatch)
    same = _ingest(_write(tmp_path / "b.jsonl", _records(30)), db)
    assert (same.added, same.skipped, same.changed) == (0, 30, 0), same.line()
    assert calls == []
    edited = _ingest(_write(tmp_path / "c.jsonl", _records(30, edited={3, 7})), db)
    assert (edited.added, edited.skipped, edited.changed) == (0, 30, 2), edited.line()
    assert len(calls) == 2                      # only the edited ones are cleaned and compared
    assert len(_articles(db)) == 30


def test_a_store_written_before_the_input_hash_is_migrated_and_counts_as_before(tmp_path, monkeypatch):
    """A store of schema v11 (main before robust20): its articles have no input hash. A re-ingest
    cleans and compares them once (the counts as before), fills the hash of the unchanged ones, and
    the next re-ingest is a lookup; nothing is lost or stored twice."""
    import duckdb

    from dateline.corpus.schema import LATEST
    from dateline.corpus.store import Store

    db = tmp_path / "old.duckdb"
    assert _ingest(_write(tmp_path / "a.jsonl", _records(12)), db).added == 12
    before = [(aid, text) for aid, _, text in _articles(db)]
    con = duckdb.connect(str(db))        # as main wrote it: no column, schema version 11
    con.execute("ALTER TABLE articles DROP COLUMN input_hash")
    con.execute("DELETE FROM schema_migrations WHERE version >= 12")
    con.close()
    with Store(db) as store:
        assert store.schema_version() == LATEST
    assert [(aid, text) for aid, _, text in _articles(db)] == before
    assert all(digest is None for _, digest, _ in _articles(db))
    calls = _clean_count(monkeypatch)
    again = _ingest(_write(tmp_path / "b.jsonl", _records(12, edited={5})), db)
    assert (again.added, again.skipped, again.changed) == (0, 12, 1), again.line()
    assert len(calls) == 12
    hashes = {aid: digest for aid, digest, _ in _articles(db)}
    assert sum(digest is None for digest in hashes.values()) == 1     # the edited one's input is not the stored one's
    calls.clear()
    third = _ingest(_write(tmp_path / "c.jsonl", _records(12, edited={5})), db)
    assert (third.added, third.skipped, third.changed) == (0, 12, 1), third.line()
    assert len(calls) == 1
    assert [(aid, text) for aid, _, text in _articles(db)] == before


def test_the_input_hash_covers_what_the_text_is_made_from():
    import dataclasses

    from dateline.corpus.ingest import input_hash
    from dateline.ingest import RawArticle

    raw = RawArticle(source="a.jsonl:1", format="text", content="The council met.", url="https://example.org/a",
                     title="Council", derived_id=True, id="k")
    for change in ({"content": "The council met!"}, {"title": "Council meets"}, {"format": "html"},
                   {"published": "2021-11-24"}, {"authors": ("Jane Doe",)}, {"url": "https://example.org/b"}):
        assert input_hash(dataclasses.replace(raw, **change)) != input_hash(raw), change
    assert input_hash(raw, clean=False) != input_hash(raw)
    assert input_hash(dataclasses.replace(raw, source="b.jsonl:9")) == input_hash(raw)   # where it was read


# --- 3. an article stored under a tracked address is found under the clean one ----------------------


def test_a_page_stored_under_its_tracked_address_is_not_fetched_or_stored_again(tmp_path, monkeypatch):
    """A store written before keymend19 keyed ``?mod=rss_markets`` into the article's id; a feed
    that now lists the clean address (or a redirect to the tracked one) found no article under the
    clean key: fetched and stored twice on main before robust20."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from crawl_site import Server, Site
    from dateline.corpus.store import Store
    from dateline.crawl import discover
    from dateline.crawl.fetch import Fetcher
    from dateline.crawl.rounds import Options, Watcher

    def watcher(store):
        fetcher = Fetcher(delay=0, timeout=1.5, retries=1, backoff=0, max_bytes=2_000_000)
        return Watcher(store, fetcher, Options(stages=("entities",)), on_message=lambda m: None)

    site = Site(3)
    with Server(site) as url:
        page, other = url + site.slug(0), url + site.slug(1)
        monkeypatch.setattr(discover, "TRACKER_NAMES", frozenset())      # as before keymend19
        with Store(tmp_path / "old.duckdb") as store:
            assert watcher(store).fetch_urls([discover.article_url(page + "?mod=rss_markets", page=False)]).added == 1
            [(old_id, stored_url)] = store.con.execute("SELECT id, url FROM articles").fetchall()
            assert stored_url == page + "?mod=rss_markets"
            # that dateline stored no address key (schema v13, robmend20): a store of its days has none
            store.con.execute("ALTER TABLE articles DROP COLUMN address_key")
            store.con.execute("DELETE FROM schema_migrations WHERE version >= 13")
        monkeypatch.undo()
        with Store(tmp_path / "old.duckdb") as store:
            again = watcher(store).fetch_urls([discover.article_url(page + "?mod=rss_markets", page=False),
                                               discover.article_url(other, page=False)])
            assert (again.added, again.skipped) == (1, 1), again.line()
            assert site.requests[site.slug(0)] == 1                   # not fetched again
            assert store.con.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchall() == [(2, 2)]
            assert store.con.execute("SELECT article_id, state FROM crawl_urls WHERE url = ?", [page]).fetchall() == [
                (old_id, "stored")]
            assert store.stored_at_addresses([page, page + "?utm_source=x#top", other + "x"]) == {
                page: old_id, page + "?utm_source=x#top": old_id}


# --- 4. feed and sitemap addresses keep their own query parameters -----------------------------------


def test_source_addresses_are_read_as_given_but_for_spaces_case_fragments_and_trackers():
    """On main before robust20 a source was normalised in courlan's strict mode: ``feed.php?cat=world``
    became ``feed.php``, another feed (or none)."""
    from dateline.crawl import discover
    from dateline.crawl.commands import _check_urls

    feed = "https://example.com/feed.php?cat=world"
    for given in (feed, f"  {feed}\n", "HTTPS://Example.COM/feed.php?cat=world", feed + "#top",
                  feed + "&utm_source=newsletter", feed + "&mod=rss_markets", "https:// example.com/feed.php?cat=world"):
        assert discover.source_url(given) == feed, given
        assert _check_urls([given]) == [feed], given
    assert discover.source_url("https://example.com/sitemap.xml?page=2") == "https://example.com/sitemap.xml?page=2"
    assert discover.source_url("feed.xml") is None
    page = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.php?cat=world&amp;utm_source=x"></head></html>'
    assert discover.read("https://example.com/", page, "text/html").feeds == [feed]
    assert discover.robots_sitemaps("Sitemap: https://example.com/sitemap.php?type=news\n", "https://example.com/") == [
        "https://example.com/sitemap.php?type=news"]


# --- 4. W306 and E304 name the limit that applied ----------------------------------------------------


def test_w306_and_e304_name_the_limit_that_applied(monkeypatch):
    """On main before robust20 both named DATELINE_TIME_BUDGET, also for ``ray_executor(stuck=2)``."""
    from dateline.crashes import ANNOTATING, _given_up, stuck_after
    from dateline.distributed import stall_notice

    monkeypatch.setenv("DATELINE_TIME_BUDGET", "60")
    default = stuck_after()
    assert default == 240
    given = stall_notice("k", ("in.jsonl:3", ANNOTATING, 32), 1, 2.0)
    assert "The limit is the 2 s the ingest was given" in given and "four times DATELINE_TIME_BUDGET" not in given
    assert "four times DATELINE_TIME_BUDGET, at least 5 s" in stall_notice("k", ("in.jsonl:3", ANNOTATING, 32), 1, default)
    assert "the 2 s the ingest was given" in _given_up(ANNOTATING, 2, 2.0).message
    assert "four times DATELINE_TIME_BUDGET" in _given_up(ANNOTATING, 2, default).message


# --- 4. a short UTF-8 page with a stray byte is read as UTF-8 ----------------------------------------


def test_a_short_utf8_page_with_a_stray_byte_is_read_as_utf8_with_a_warning():
    """The detector, given the whole of a short page, found no encoding (E103) or one that made its
    UTF-8 letters mojibake (cp1125: "тАЬWe agreed,тАЭ") on main before robust20."""
    from dateline.ingest.readers import UTF8_WITH_CP1252_BYTES, decode, decode_as

    pages = {
        "<p>Caf\u00e9 na\u00efve \u2014 \u201cquoted\u201d, M\u00fcnchen.</p>".encode() + b"\xe9": "M\u00fcnchen.</p>\u00e9",
        ("The council met on Monday. \u201cWe agreed,\u201d she said. " * 2).encode() + b"\x9d end": "\u201cWe agreed,\u201d she said. \x9d end",
        ("<p>Le caf\u00e9 est d\u00e9j\u00e0 ferm\u00e9. " * 3).encode() + b"It\x92s over.</p>": "ferm\u00e9. It\u2019s over.</p>",
    }
    for page, end in pages.items():
        text, problems = decode(page, "page.html")
        assert text.endswith(end), text
        assert [p.code for p in problems] == ["W202"] and UTF8_WITH_CP1252_BYTES in problems[0].message
    # a text in a codepage goes to the detector as before
    for text, codepage in (("La reuni\u00f3n en Espa\u00f1a fue un \u00e9xito.", "cp1252"),
                           ("\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0441\u043a\u0430\u0437\u0430\u043b.", "cp1251")):
        assert decode_as(text.encode(codepage), "x")[1] != UTF8_WITH_CP1252_BYTES


# --- 5. make train-quotes installs the train extra without re-pointing the environment --------------


def test_make_train_quotes_installs_the_train_extra_alone():
    """On main before robust20 the recipe ran ``pip install -e '.[train]'``: the environment's
    editable dateline re-pointed at the checkout (a worktree's shared .venv)."""
    import shutil
    import subprocess
    import sys
    import tomllib
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parent.parent
    if shutil.which("make") is None:
        pytest.skip("no make")
    recipe = subprocess.run(["make", "-n", "train-quotes", "SHARED=../shared"], cwd=root, capture_output=True,
                            text=True, timeout=60).stdout
    installs = [line for line in recipe.splitlines() if "pip install" in line]
    assert installs and not any(" -e " in line or "-e'" in line or ".[train]" in line for line in installs), recipe
    assert any("-r .cache/train-requirements.txt" in line for line in installs), recipe
    # the requirements it writes are the extra's
    write = next(line for line in recipe.splitlines() if "train-requirements.txt" in line and "tomllib" in line)
    command = write.split(" > ")[0].replace(".venv/bin/python", sys.executable, 1)
    written = subprocess.run(command, shell=True, cwd=root, capture_output=True, text=True, timeout=60).stdout.split()
    with open(root / "pyproject.toml", "rb") as handle:
        assert written == tomllib.load(handle)["project"]["optional-dependencies"]["train"]
