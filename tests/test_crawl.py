"""dateline fetch / watch against a local site (tests/crawl_site.py, 127.0.0.1 only): every
article once, robots.txt, conditional requests, the bad cases, a second round, kill -9 and resume,
the update files. A fast stage subset: the NLP is not the point here."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawl_site import BAD_PAGES, Server, Site
from dateline.cli import app
from dateline.corpus import gdelt
from dateline.corpus.store import Store
from dateline.crawl import discover
from dateline.crawl.commands import seconds
from dateline.crawl.fetch import Fetcher
from dateline.crawl.rounds import Options, RoundReport, Watcher

FAST = ("entities", "timexes")


def fetcher(**kw) -> Fetcher:
    return Fetcher(**{"delay": 0, "timeout": 1.5, "retries": 1, "backoff": 0, "max_bytes": 2_000_000, **kw})


def rows(store: Store, sql: str) -> list:
    return store.con.execute(sql).fetchall()


def test_normalise_drops_tracking_parameters_and_fragments():
    a = discover.normalise("https://News.Example.com/a/story.html?utm_source=rss&id=3#comments")
    assert a == discover.normalise("https://news.example.com/a/story.html?id=3")
    assert discover.normalise("mailto:x@example.com") is None
    assert discover.normalise("https://example.com/photo.jpg") is None
    assert discover.normalise("https://example.com/sitemap.xml", page=False) == "https://example.com/sitemap.xml"
    assert seconds("15m") == 900 and seconds("1h") == 3600 and seconds("90") == 90
    with pytest.raises(ValueError):
        seconds("soon")


def test_watch_stores_every_article_once_honours_robots_and_asks_conditionally(tmp_path):
    site = Site(4)
    with Server(site) as url, Store(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
        sources = [url + "/feed.xml", url + "/sitemap_index.xml", url + "/", url + "/atom.xml"]
        first = watcher.round(sources)
        stored = rows(store, "SELECT url FROM articles ORDER BY url")
        assert [u for (u,) in stored] == [f"{url}/news/{i}-story.html" for i in range(4)]
        # each article page fetched once although the feed (with utm_ parameters), the atom feed
        # (with a #fragment) and both sitemaps list it
        assert all(site.requests[f"/news/{i}-story.html"] == 1 for i in range(4))
        assert site.requests["/private/secret.html"] == 0          # robots.txt: Disallow /private/
        assert site.requests["/robots.txt"] == 1
        assert all("dateline" in agent for agent in site.agents)
        secret = watcher.state.url(url + "/private/secret.html")
        assert secret["state"] == "failed" and secret["code"] == "E501"
        assert first.added == 4 and first.errors[-1].split(": ", 1)[1].startswith("E501 ")
        index = watcher.state.source(url + "/sitemap_index.xml")  # it lists itself: recorded, ignored
        assert index["last_error"].split(": ", 1)[1].startswith("E508 ") and "lists itself" in index["last_error"]

        new = site.add_item()
        second = watcher.round(sources)
        assert second.added == 1 and second.fetched == 1            # only the new item
        assert site.requests[f"/news/{new}-story.html"] == 1
        assert all(site.requests[f"/news/{i}-story.html"] == 1 for i in range(4))
        # conditional requests, counted at the server: every feed and sitemap was asked with its
        # ETag; the unchanged ones answered 304 and the changed feed 200
        for path in ("/feed.xml", "/atom.xml", "/sitemap_index.xml", "/sitemap-1.xml", "/sitemap-news.xml"):
            assert site.conditional[path] == 1, path
        assert site.not_modified["/sitemap_index.xml"] == 1 and site.not_modified["/sitemap-1.xml"] == 1
        assert site.not_modified["/atom.xml"] == 1 and site.not_modified["/feed.xml"] == 0
        assert rows(store, "SELECT count(*), count(DISTINCT id) FROM articles") == [(5, 5)]
        # the home page was a source (its feed discovered), not an article
        kinds = dict(rows(store, "SELECT url, kind FROM crawl_sources"))
        assert kinds[url + "/"] == "page" and kinds[url + "/sitemap-news.xml"] == "sitemap"
        assert kinds[url + "/sitemap-old.xml.gz"] == "sitemap"
        assert watcher.state.source(url + "/sitemap-old.xml.gz")["n_found"] == 2  # gzipped, read twice


def test_bad_cases_are_recorded_and_the_round_goes_on(tmp_path):
    site = Site(3, slow_seconds=4)
    site.bad = True
    with Server(site) as url, Store(tmp_path / "b.duckdb") as store:
        said = []
        watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=said.append)
        report = watcher.round([url + "/feed.xml", url + "/bad/feed.xml", url + "/bad/missing-feed.xml"])
        assert report.added == 3
        codes = {u.removeprefix(url): (state, code, reason)
                 for u, state, code, reason in rows(store, "SELECT url, state, code, reason FROM crawl_urls")}
        expected = {"/bad/missing.html": ("failed", "E502"), "/bad/error.html": ("retry", "E502"),
                    "/bad/loop-a.html": ("failed", "E505"), "/bad/slow.html": ("retry", "E503"),
                    "/bad/report.pdf": None, "/bad/huge.html": ("failed", "E506"),
                    "/bad/binary.html": ("failed", "E102")}
        for path, want in expected.items():
            if want is None:  # a .pdf link is not taken for an article at all
                assert path not in codes
                continue
            state, code, reason = codes[path]
            assert (state, code) == want, path
            assert reason.startswith(f"{url}{path}: {code} ")  # the place first, then the code
        assert "redirect loop" in codes["/bad/loop-a.html"][2]
        sources = {u.removeprefix(url): (status, error) for u, status, error in
                   rows(store, "SELECT url, last_status, last_error FROM crawl_sources")}
        assert sources["/bad/feed.xml"][1].split(": ", 1)[1].startswith("E508 ") and "malformed XML" in sources["/bad/feed.xml"][1]
        assert sources["/bad/missing-feed.xml"][0] == 404
        assert len(said) == len(report.errors) == 9  # 6 pages, robots, 2 sources
        # a transient failure is tried again next round; permanent ones are not
        before = dict(site.requests)
        watcher.round([url + "/feed.xml"])
        assert site.requests["/bad/error.html"] > before["/bad/error.html"]
        assert site.requests["/bad/missing.html"] == before["/bad/missing.html"]
        assert rows(store, "SELECT count(*), count(DISTINCT id) FROM articles") == [(3, 3)]


def test_a_home_page_without_feed_or_sitemap_links_gets_the_usual_sitemap(tmp_path):
    site = Site(3)
    site.bare = True
    with Server(site) as url, Store(tmp_path / "h.duckdb") as store:
        watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
        assert watcher.round([url + "/"]).added == 3
        assert watcher.state.children(url + "/") == [url + "/sitemap.xml"]
        site.add_item()
        assert watcher.round([url + "/"]).added == 1
        # round 1: guessed, then read as a source; round 2: not guessed again, the known child is read
        assert site.requests["/sitemap.xml"] == 3 and site.requests["/sitemap_index.xml"] == 0


def test_max_pages_leaves_the_rest_pending_for_the_next_round(tmp_path):
    site = Site(5)
    with Server(site) as url, Store(tmp_path / "m.duckdb") as store:
        watcher = Watcher(store, fetcher(), Options(stages=FAST, max_pages=2), on_message=lambda m: None)
        assert watcher.round([url + "/sitemap-news.xml"]).added == 2
        assert len(watcher.state.pending()) == 3
        assert watcher.round([url + "/sitemap-news.xml"]).added == 2
        assert watcher.round([url + "/sitemap-news.xml"]).added == 1
        assert watcher.state.pending() == [] and store.count("articles") == 5


def test_non_html_content_and_plain_pdf_url(tmp_path):
    site = Site(1)
    with Server(site) as url, Store(tmp_path / "p.duckdb") as store:
        watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
        watcher.state.add_urls([url + "/bad/report.pdf"], "fetch", 0)
        report = RoundReport()
        watcher.fetch([url + "/bad/report.pdf"], report)
        row = watcher.state.url(url + "/bad/report.pdf")
        assert row["code"] == "E507" and "application/pdf" in row["reason"] and report.added == 0


def test_fetch_command_records_redirect_status_time_and_hash(tmp_path):
    site = Site(2)
    db = tmp_path / "f.duckdb"
    with Server(site) as url:
        runner = CliRunner()
        done = runner.invoke(app, ["fetch", url + "/old/0.html", url + "/news/1-story.html?utm_campaign=x",
                                   "--db", str(db), "--delay", "0", "--stages", ",".join(FAST)])
        assert done.exit_code == 0, done.output
        again = runner.invoke(app, ["fetch", url + "/news/1-story.html", "--db", str(db), "--delay", "0",
                                    "--stages", ",".join(FAST)])
        assert again.exit_code == 0 and "1 already stored" in again.output
        missing = runner.invoke(app, ["fetch", url + "/nothing.html", "--db", str(db), "--delay", "0", "-q",
                                      "--user-agent", "dateline-test (ops@example.org)"])
        assert missing.exit_code == 1 and "E502" not in missing.output and "1 error" in missing.output and "1 errors" not in missing.output
        assert "dateline-test (ops@example.org)" in site.agents
    with Store(db, read_only=True) as store:
        found = rows(store, "SELECT url, final_url, status, fetched_at, content_hash, article_id FROM crawl_urls ORDER BY url")
        assert [r[0].removeprefix(url) for r in found] == ["/news/1-story.html", "/nothing.html", "/old/0.html"]
        old = found[2]
        assert old[1] == url + "/news/0-story.html" and old[2] == 200 and old[3] is not None
        assert len(old[4]) == 64
        assert rows(store, f"SELECT url FROM articles WHERE id = '{old[5]}'") == [(url + "/news/0-story.html",)]
        assert store.count("articles") == 2
        assert rows(store, "SELECT status, code FROM crawl_urls WHERE url LIKE '%nothing%'") == [(404, "E502")]
    assert site.requests["/news/1-story.html"] == 1


# A watcher in a child process, killed with SIGKILL right after its second stored batch has been
# committed (before the crawl state marks those URLs stored): the worst moment.
CHILD = r"""
import os, signal, sys
from dateline.corpus.store import Store
from dateline.crawl.fetch import Fetcher
from dateline.crawl.rounds import Options, Watcher
kill_after = int(os.environ.get("KILL_AFTER", "-1"))
done = {"n": 0}
real = Store.add_batch
def add_batch(self, documents):
    result = real(self, documents)
    done["n"] += 1
    if done["n"] == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
    return result
Store.add_batch = add_batch
with Store(sys.argv[2]) as store:
    w = Watcher(store, Fetcher(delay=0, timeout=2, retries=0), Options(stages=("entities", "timexes"), batch_size=2),
                on_message=lambda m: None)
    print(w.round([sys.argv[1]]).line())
"""


def test_watcher_killed_mid_round_resumes_without_loss_or_duplicates(tmp_path):
    site = Site(7)
    db = tmp_path / "k.duckdb"
    env = dict(os.environ, KILL_AFTER="2")
    with Server(site) as url:
        killed = subprocess.run([sys.executable, "-c", CHILD, url + "/feed.xml", str(db)], env=env,
                                capture_output=True, text=True, timeout=300)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        with Store(db, read_only=True) as store:
            assert store.count("articles") == 4
            assert rows(store, "SELECT count(*) FROM crawl_urls WHERE state = 'stored'") == [(2,)]
        env["KILL_AFTER"] = "-1"
        resumed = subprocess.run([sys.executable, "-c", CHILD, url + "/feed.xml", str(db)], env=env,
                                 capture_output=True, text=True, timeout=300)
        assert resumed.returncode == 0, resumed.stderr
        assert "3 articles stored, 2 already stored" in resumed.stdout
    with Store(db, read_only=True) as store:
        assert rows(store, "SELECT count(*), count(DISTINCT id), count(DISTINCT url) FROM articles") == [(7, 7, 7)]
        assert rows(store, "SELECT state, count(*) FROM crawl_urls GROUP BY state ORDER BY state") == [
            ("failed", 1), ("stored", 7)]  # failed: robots.txt's /private/


def test_watch_once_writes_gdelt_update_files(tmp_path):
    site = Site(2)
    db, out = tmp_path / "g.duckdb", tmp_path / "updates"
    with Server(site) as url:
        done = CliRunner().invoke(app, ["watch", url + "/feed.xml", "--db", str(db), "--once", "--delay", "0",
                                        "--export", "gdelt", "--out", str(out), "--base-url", "http://localhost/u/",
                                        "--min-confidence", "0"])  # every event: the layout is the point
    assert done.exit_code == 1, done.output   # robots.txt kept one URL out: an error recorded
    listing = (out / "lastupdate.txt").read_text().splitlines()
    assert len(listing) == 2
    import hashlib

    for line in listing:
        size, md5, where = line.split(" ")
        path = out / where.removeprefix("http://localhost/u/")
        assert path.name.endswith((".export.CSV.zip", ".mentions.CSV.zip"))
        assert int(size) == path.stat().st_size and md5 == hashlib.md5(path.read_bytes()).hexdigest()
    export = next(out.glob("*.export.CSV.zip"))
    with zipfile.ZipFile(export) as z:
        (inner,) = z.namelist()
        assert inner == export.name.removesuffix(".zip") and len(inner) == len("20240101000000.export.CSV")
        lines = z.read(inner).decode("utf-8").splitlines()
    assert lines, "the round's events"
    assert all(len(line.split("\t")) == len(gdelt.EVENT_COLUMNS) for line in lines)
    urls = {line.split("\t")[-1] for line in lines}
    assert urls <= {f"{site.url}/news/{i}-story.html" for i in range(2)}
    assert (out / "masterfilelist.txt").read_text().splitlines() == listing
    # read back as GDELT users read the 15-minute files: zipped TSV, no header, the codebook columns
    import pandas

    events = pandas.read_csv(export, sep="\t", header=None, names=gdelt.EVENT_COLUMNS, dtype=str,
                             keep_default_na=False, compression="zip")
    mentions = pandas.read_csv(next(out.glob("*.mentions.CSV.zip")), sep="\t", header=None,
                               names=gdelt.MENTION_COLUMNS, dtype=str, keep_default_na=False, compression="zip")
    assert len(events) == len(lines) and events["GlobalEventID"].str.isdigit().all()
    stamp = export.name[:14]  # as GDELT's: DATEADDED / MentionTimeDate are the file's timestamp
    assert set(events["DATEADDED"]) == {stamp} and set(mentions["MentionTimeDate"]) == {stamp}
    assert set(mentions["EventTimeDate"]) == {stamp}  # every event is new in the first round
    assert set(mentions["GlobalEventID"]) >= set(events["GlobalEventID"])
    assert set(mentions["MentionIdentifier"]) <= {f"{site.url}/news/{i}-story.html" for i in range(2)}


def test_sources_page_and_its_json_twin(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    site = Site(2)
    site.bad = True
    db = tmp_path / "s.duckdb"
    with Server(site) as url:
        with Store(db) as store:
            Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None).round(
                [url + "/", url + "/bad/feed.xml"])
    with TestClient(create_app(db)) as client:
        data = client.get("/sources.json").json()
        assert data["crawled"] and data["totals"]["stored"] == 2
        by_url = {s["url"].removeprefix(url): s for s in data["sources"]}
        assert by_url["/"]["kind"] == "page" and by_url["/feed.xml"]["parent"] == url + "/"
        assert by_url["/feed.xml"]["stored"] == 2 and by_url["/feed.xml"]["new_last_round"] == 2
        assert by_url["/feed.xml"]["errors"] == 7  # robots.txt's /private/ and six bad pages
        assert by_url["/bad/feed.xml"]["last_error"].split(": ", 1)[1].startswith("E508 ")
        assert data["rounds"][0]["added"] == 2 and data["rounds"][0]["finished"]
        assert {f["code"] for f in data["failures"]} >= {"E501", "E502", "E503", "E505", "E506", "E102"}
        page = client.get("/sources")
        assert page.status_code == 200 and "E508" in page.text and 'href="/sources"' in page.text
        assert f'href="{url}/feed.xml"' in page.text
    empty = tmp_path / "e.duckdb"
    Store(empty).close()
    with TestClient(create_app(empty)) as client:
        assert client.get("/sources.json").json()["crawled"] is False
        assert "not crawled" in client.get("/sources").text


def test_retries_with_back_off_size_cap_encodings_and_per_host_delay(tmp_path):
    site = Site(3)
    with Server(site) as url:
        polite = Fetcher(delay=0.3, timeout=2, retries=2, backoff=0.05, max_bytes=2_000_000)
        busy = polite.get(url + "/busy.html")          # 429 + Retry-After: 0, then 200
        assert busy.ok and busy.tries == 2 and site.requests["/busy.html"] == 2
        flaky = polite.get(url + "/flaky.html")        # 503, 503, then 200
        assert flaky.ok and flaky.tries == 3
        declared = polite.get(url + "/bad/declared-huge.html")
        assert declared.code == "E506" and "50,000,000 bytes" in declared.reason
        # one request at a time per host, at least `delay` apart (robots.txt included)
        times = [t for _, t in site.times]
        # (seen at the server, whose threads may start a handler a little late: a margin)
        assert min(b - a for a, b in zip(times, times[1:])) >= 0.25
        gone = Fetcher(delay=0, timeout=0.5, retries=1, backoff=0).get("http://127.0.0.1:9/nothing.html")
        assert gone.code in ("E503", "E504") and gone.transient and gone.tries == 2
        with Store(tmp_path / "e.duckdb") as store:
            watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
            report = watcher.fetch_urls([url + "/latin1.html"])
            assert report.added == 1
            doc = store.get_document(watcher.state.url(url + "/latin1.html")["article_id"])
            assert "Café déjà vu" in doc.text and any(p.code == "W202" for p in doc.errors)


def test_sigterm_stops_the_watcher_cleanly(tmp_path):
    site = Site(3)
    db = tmp_path / "t.duckdb"
    with Server(site) as url:
        child = subprocess.Popen([sys.executable, "-m", "dateline.cli", "watch", url + "/feed.xml", "--db", str(db),
                                  "--every", "1h", "--delay", "0", "--stages", ",".join(FAST)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            import time

            deadline = time.monotonic() + 120
            while site.requests["/news/2-story.html"] == 0 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(1.5)  # the round ends; the watcher waits for the next (an hour away)
            child.send_signal(signal.SIGTERM)
            out, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == 0, err
    assert "round 1:" in err and "3 articles stored" in err
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 3
        assert rows(store, "SELECT count(*) FROM crawl_rounds WHERE finished IS NOT NULL") == [(1,)]


def test_a_killed_rounds_events_go_into_the_next_update_files(tmp_path):
    from dateline.crawl.state import CrawlState

    with Store(tmp_path / "r.duckdb") as store:
        state = CrawlState(store)
        first = state.begin_round(1)
        state.finish_round(first, found=0, new_urls=0, fetched=0, added=0, errors=0, files=["a.zip"])
        killed = state.begin_round(1)          # never finished: kill -9
        store.con.execute("UPDATE crawl_rounds SET events_before = 7, seq_before = 3 WHERE id = ?", [killed])
        resumed = state.begin_round(1)
        store.con.execute("UPDATE crawl_rounds SET events_before = 9, seq_before = 5 WHERE id = ?", [resumed])
        assert state.export_bounds(resumed) == (7, 3)
        state.finish_round(resumed, found=0, new_urls=0, fetched=0, added=0, errors=0, files=["b.zip"])
        later = state.begin_round(1)
        store.con.execute("UPDATE crawl_rounds SET events_before = 12, seq_before = 6 WHERE id = ?", [later])
        assert state.export_bounds(later) == (12, 6)


# SIGTERM (a service manager's stop) exits 0; Ctrl-C exits 130 with E510, as an interrupted ingest (robust22)
@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 0), (signal.SIGINT, 130)], ids=["sigterm", "ctrl-c"])
def test_sigterm_mid_round_stores_what_was_fetched_and_the_rest_waits(tmp_path, signum, status):
    import time

    site = Site(6)
    db = tmp_path / "m.duckdb"
    base = [sys.executable, "-m", "dateline.cli", "watch", "--db", str(db), "--stages", ",".join(FAST)]
    with Server(site) as url:
        child = subprocess.Popen(base + [url + "/feed.xml", "--every", "1h", "--delay", "0.4"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 120
            while site.requests["/news/1-story.html"] == 0 and time.monotonic() < deadline:
                time.sleep(0.02)
            child.send_signal(signum)   # while pages 2.. are still to come (0.4 s apart)
            out, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
        assert child.returncode == status, err
        assert "(stopped)" in err and "Traceback" not in err and ("E510" in err) == (signum == signal.SIGINT)
        with Store(db, read_only=True) as store:
            stored = store.count("articles")
            assert 2 <= stored < 6               # what was fetched is stored, nothing half-done
            assert rows(store, "SELECT count(*) FROM crawl_urls WHERE state = 'pending' AND url LIKE '%/news/%'") == [
                (6 - stored,)]
            assert rows(store, "SELECT finished FROM crawl_rounds") == [(None,)]
        again = subprocess.run(base + [url + "/feed.xml", "--once", "--delay", "0"], capture_output=True,
                               text=True, timeout=300)
        assert f"{6 - stored} article{'' if 6 - stored == 1 else 's'} stored" in again.stderr, again.stderr
    with Store(db, read_only=True) as store:
        assert rows(store, "SELECT count(*), count(DISTINCT url) FROM articles") == [(6, 6)]
    assert all(site.requests[f"/news/{i}-story.html"] == 1 for i in range(6))


def test_fetch_keeps_article_query_parameters_and_reads_strict_keys_of_older_stores(tmp_path, monkeypatch):
    """``article.aspx?sid=1`` and ``?sid=2`` are two articles (courlan's strict mode made them one
    URL, the second never fetched); a fetched page gets the id a record with its address gets; a
    page an older store holds under its strict key is not stored again, and ``?sid=2``, whose
    strict key is the same, is still stored."""
    from dateline.ingest.fields import record_id

    site = Site(3)
    with Server(site) as url:
        one, two = url + "/article.aspx?sid=1", url + "/article.aspx?sid=2"
        with Store(tmp_path / "new.duckdb") as store:
            watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
            report = watcher.fetch_urls([discover.article_url(one + "&utm_source=rss#top", page=False),
                                         discover.article_url(two, page=False)])
            assert report.added == 2 and not report.errors
            stored = dict(rows(store, "SELECT url, id FROM articles"))
            assert sorted(stored) == [one, two]
            assert stored[one] == record_id(one + "&utm_medium=email", None, None, None)
        # a store written before: a short link redirected to ?sid=1, whose page was stored under
        # the strict key of its final address (the query dropped)
        monkeypatch.setattr(discover, "article_url", lambda u, base=None, page=True: discover.normalise(u, base, page))
        with Store(tmp_path / "old.duckdb") as store:
            watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
            assert watcher.fetch_urls([url + "/go/1"]).added == 1
            assert rows(store, "SELECT url FROM articles") == [(one,)]
            assert rows(store, "SELECT id FROM articles")[0][0] != stored[one]
            # that dateline stored no address key (schema v13, robmend20): a store of its days has none
            store.con.execute("ALTER TABLE articles DROP COLUMN address_key")
            store.con.execute("DELETE FROM schema_migrations WHERE version >= 13")
        monkeypatch.undo()
        with Store(tmp_path / "old.duckdb") as store:
            watcher = Watcher(store, fetcher(), Options(stages=FAST), on_message=lambda m: None)
            again = watcher.fetch_urls([discover.article_url(one, page=False), discover.article_url(two, page=False)])
            assert (again.added, again.skipped) == (1, 1)
            assert sorted(u for (u,) in rows(store, "SELECT url FROM articles")) == [one, two]
            old_id = rows(store, f"SELECT id FROM articles WHERE url = '{one}'")[0][0]
            assert rows(store, f"SELECT article_id FROM crawl_urls WHERE url = '{one}'") == [(old_id,)]
