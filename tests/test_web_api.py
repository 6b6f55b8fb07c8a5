"""The HTTP API and the server-rendered pages (FastAPI TestClient on a small hand-built store)."""

from __future__ import annotations

import csv
import html
import io
import re
import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from web_store import XSS_TEXT, built_store  # noqa: E402

from dateline.web import create_app  # noqa: E402
from dateline.web.highlight import segments  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return built_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def get_json(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def event_types(client, query: str) -> list[str]:
    return sorted(e["type"] for e in get_json(client, f"/api/events?{query}")["items"])


# --- filters and pagination ----------------------------------------------------------------------


@pytest.mark.parametrize("query, types", [
    ("", ["AID", "COERCE", "CONSULT", "CONSULT", "PROTEST"]),
    ("actor=west", ["CONSULT"]),
    ("country=FRA", ["COERCE", "PROTEST"]),
    ("country=fra", ["COERCE", "PROTEST"]),
    ("type=CONSULT", ["CONSULT", "CONSULT"]),
    ("type=04", ["CONSULT", "CONSULT"]),          # CAMEO prefix
    ("modality=negated", ["COERCE"]),
    ("modality=planned", ["AID"]),
    ("since=2021-11-23&until=2021-11-23", ["PROTEST"]),
    ("since=2021-11-25", ["COERCE", "CONSULT"]),
    ("place=Paris", ["COERCE", "PROTEST"]),
    ("place=2950159", ["CONSULT"]),                # GeoNames id of Berlin
    ("source=Other Wire", ["COERCE", "PROTEST"]),
    ("country=FRA&modality=asserted", ["PROTEST"]),
    ("actor=nobody-at-all", []),
])
def test_event_filters(client, query, types):
    assert event_types(client, query) == types


def test_story_filter_returns_the_story_s_events(client):
    doha = get_json(client, "/api/articles/doha-talks")["article"]["story_id"]
    assert event_types(client, f"story={doha}") == ["AID", "CONSULT"]


def test_pagination_walks_every_row_once(client):
    seen, offset, pages = [], 0, 0
    while offset is not None:
        page = get_json(client, f"/api/articles?limit=1&offset={offset}")
        assert page["limit"] == 1 and page["offset"] == offset and len(page["items"]) <= 1
        seen += [a["id"] for a in page["items"]]
        offset, pages = page["next_offset"], pages + 1
    assert sorted(seen) == ["doha-talks", "hostile-markup", "paris-protest"]
    assert pages == 3
    last = get_json(client, "/api/articles?limit=1&offset=2")
    assert last["next_offset"] is None and last["previous_offset"] == 1


@pytest.mark.parametrize("url", ["/api/events", "/api/actors", "/api/quotes", "/api/stories", "/articles.json",
                                 "/events.json", "/actors.json", "/quotes.json", "/stories.json"])
def test_every_list_is_paginated(client, url):
    page = get_json(client, url + "?limit=2")
    assert set(page) >= {"items", "limit", "offset", "next_offset"}
    assert len(page["items"]) <= 2
    beyond = get_json(client, url + "?limit=2&offset=1000")
    assert beyond["items"] == [] and beyond["next_offset"] is None


def test_events_page_links_forward_when_more_rows_follow(client):
    page = client.get("/events?limit=2").text
    assert 'rel="next"' in page and "offset=2" in page
    assert 'rel="next"' not in client.get("/events?limit=50").text


# --- one error shape -----------------------------------------------------------------------------


@pytest.mark.parametrize("url, status, code", [
    ("/api/articles?limit=0", 400, "invalid_parameter"),
    ("/api/events?limit=100000", 400, "invalid_parameter"),
    ("/api/events?offset=-1", 400, "invalid_parameter"),
    ("/api/events?story=abc", 400, "invalid_parameter"),
    ("/api/events?since=yesterday", 400, "E004"),
    ("/api/articles/no-such-article", 404, "not_found"),
    ("/api/events/999999", 404, "not_found"),
    ("/api/events/not-a-number", 400, "invalid_parameter"),
    ("/api/stories/999999", 404, "not_found"),
    ("/api/actors/Nobody%7C%7C", 404, "not_found"),
    ("/api/no-such-route", 404, "not_found"),
    ("/articles/no-such-article.json", 404, "not_found"),
    ("/api/sql?sql=DELETE%20FROM%20events", 400, "E406"),
])
def test_errors_have_one_shape(client, url, status, code):
    body = get_json(client, url, status)
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status and error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert f"{code} " not in error["message"]  # the code once, in its field (not "E004 E004 ...")
    assert set(error) <= {"status", "code", "message", "details"}


@pytest.mark.parametrize("query, expected", [
    ("country=pakistan", "country: got 'pakistan'; give an ISO 3166 alpha-3 code"),
    ("modality=bogus", "modality: got 'bogus'; give one of asserted"),
    ("min_confidence=5", "min_confidence: got '5'; give a number from 0 to 1"),
    ("story=abc", "story: got 'abc'; give a story id"),
])
def test_a_bad_filter_is_said_in_words_not_as_a_pattern(client, query, expected):
    # the seventeenth session's first user: ?country=pakistan matched nothing in silence, and a
    # bad modality was answered with the regex it failed
    message = get_json(client, f"/api/events?{query}", 400)["error"]["message"]
    assert message.startswith(expected) and "pattern" not in message, message
    assert get_json(client, "/api/events?country=pak", 200)["filters"]["country"] == "pak"


def test_page_errors_are_pages_with_the_same_content(client):
    r = client.get("/articles/no-such-article")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "not_found" in r.text and "no-such-article" in r.text
    r = client.get("/events?since=yesterday")
    assert r.status_code == 400 and r.text.count("E004") == 1 and "yesterday" in r.text


def test_post_is_not_allowed(client):
    body = client.post("/api/events").json()
    assert body["error"]["status"] == 405 and body["error"]["code"] == "method_not_allowed"


# --- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/api/events.csv?country=FRA", "/events.csv?country=FRA&story="])
def test_csv_download_of_filtered_events(client, url):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(row["type"] for row in rows) == ["COERCE", "PROTEST"]
    assert all(row["place_name"] == "Paris" for row in rows)


def test_events_page_csv_link_keeps_the_filters(client):
    page = client.get("/events?country=FRA&limit=1").text
    link = re.search(r'class="csv" href="([^"]+)"', page).group(1)
    assert html.unescape(link).startswith("/events.csv?") and "country=FRA" in link and "limit" not in link


# --- pages and their .json twins -----------------------------------------------------------------

PAGES = ["/", "/articles", "/articles/doha-talks", "/articles/hostile-markup", "/events", "/events?type=CONSULT",
         "/actors", "/actors/Tom%20West%7CUSA%7CGOV", "/quotes", "/quotes?speaker=west", "/stories", "/map", "/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_safely(client, url):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    page = r.text
    # no inline script, event handler or style attribute anywhere: the CSP would block them anyway
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []
    assert re.findall(r"<[^>]+\son\w+\s*=", page) == []
    assert re.findall(r"<[^>]+\sstyle\s*=", page) == []


@pytest.mark.parametrize("url", [u for u in PAGES if u != "/docs"])
def test_every_page_has_a_json_twin(client, url):
    page = client.get(url).text
    twin = html.unescape(re.search(r'class="twin" href="([^"]+)"', page).group(1))
    data = get_json(client, twin)
    assert isinstance(data, dict) and data


def test_article_twin_is_the_whole_document(client):
    data = get_json(client, "/articles/doha-talks.json")
    doc = data["document"]
    assert doc["id"] == "doha-talks" and len(doc["events"]) == 2
    assert [e["type"] for e in data["events"]] == ["CONSULT", "AID"]
    assert data["events"][0]["source"] == ["Tom West"] and data["events"][0]["target"] == ["Taliban"]
    assert get_json(client, "/api/articles/doha-talks")["document"] == doc


def test_overview_counts_and_chart(client):
    data = get_json(client, "/index.json")
    assert data["stats"]["counts"]["articles"] == 3 and data["stats"]["counts"]["events"] == 5
    assert sum(d["events"] for d in data["events_per_day"]) == 5
    page = client.get("/").text
    assert page.count('class="bar"') >= 5 + 4   # day bars and top-actor bars
    assert "CONSULT" in page and "Tom West" in page


def test_stats_endpoint(client):
    stats = get_json(client, "/api/stats?top=3")
    assert stats["counts"]["quotes"] == 2 and len(stats["top_actors"]) == 3


# --- the article view ----------------------------------------------------------------------------


def article_text(page: str) -> str:
    body = re.search(r'<article id="article-text"[^>]*>(.*?)</article>', page, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_article_text_is_shown_whole_and_escaped(client):
    page = client.get("/articles/hostile-markup").text
    assert article_text(page) == XSS_TEXT
    assert "&lt;script&gt;window.__xss" in page
    assert "<script>window" not in page and "<img src=x" not in page and "<b onmouseover" not in page
    assert 'href="javascript:' not in page


def test_article_highlights_carry_their_resolution(client):
    page = client.get("/articles/doha-talks").text
    notes = [html.unescape(t) for t in re.findall(r'title="([^"]*)"', page)]
    assert any("GeoNames 290030" in n and "Doha" in n for n in notes)
    assert any("TIMEX3 DATE 2021-11-22" in n for n in notes)
    assert any("actor Tom West [USA GOV]" in n for n in notes)
    assert any("amount 308,000,000 USD of aid" in n for n in notes)
    assert any("direct quote by Tom West" in n for n in notes)
    for kind in ("hl-actor", "hl-place", "hl-timex", "hl-amount", "hl-quote", "hl-entity"):
        assert kind in page
    assert '<details id="boilerplate">' in page and "All rights reserved" in page


def test_article_event_links_point_at_their_evidence(client):
    page = client.get("/articles/doha-talks").text
    for i in (0, 1):
        assert f'href="#ev-{i}" data-event="e{i}"' in page
        assert f'id="ev-{i}"' in page
        assert re.search(rf'data-ev="[^"]*\be{i}\b', page)


def test_event_parameter_marks_its_evidence(client):
    aid = next(e for e in get_json(client, "/api/events?type=AID")["items"])
    page = client.get(f"/articles/doha-talks?event={aid['id']}").text
    assert 'class="event active" id="event-1"' in page
    marked = re.findall(r'<span class="([^"]*\bev-on\b[^"]*)"[^>]*data-ev="([^"]*)"', page)
    assert marked and all("e1" in ev.split() for _, ev in marked)


def test_segments_rebuild_the_seed_article(seed_doc):
    pieces = segments(seed_doc)
    assert "".join(p.text for p in pieces) == seed_doc.text
    kinds = {k for p in pieces for k in p.kinds}
    expected = {k for k, present in (("entity", seed_doc.entities), ("actor", seed_doc.actors),
                                     ("place", seed_doc.places), ("timex", seed_doc.timexes),
                                     ("quote", seed_doc.quotes), ("amount", seed_doc.amounts)) if present}
    assert expected <= kinds
    anchors = {a for p in pieces for a in p.anchors}
    assert anchors == {f"ev-{i}" for i in range(len(seed_doc.events))}


# --- actors, stories, map, docs ------------------------------------------------------------------


def test_actor_page_roles_quotes_network(client):
    data = get_json(client, "/actors/Tom%20West%7CUSA%7CGOV.json")
    assert data["roles"][0]["roles"] == ["special envoy"]
    page = client.get("/actors/Tom%20West%7CUSA%7CGOV").text
    roles = re.search(r'<table id="roles">(.*?)</table>', page, re.S).group(1)
    assert "special envoy" in roles and "2021-11-24" in roles
    assert [q["text"] for q in data["quotes"]] == ["We want peace."]
    page = client.get("/actors/Tom%20West%7CUSA%7CGOV").text
    assert 'id="network"' in page and "Taliban" in page and "CONSULT ×1" in page


def test_actor_filters(client):
    found = get_json(client, "/api/actors?country=FRA")["items"]
    assert {"French government", "Police"} <= {a["name"] for a in found}
    assert {a["country"] for a in found} == {"FRA"}
    assert [a["name"] for a in get_json(client, "/api/actors?name=west")["items"]] == ["Tom West"]


def test_actors_country_filter_says_the_form_as_events_does(client):
    # /api/actors?country=pakistan (and the actors page's filter) answered [] in silence, where
    # events answered 400
    message = get_json(client, "/api/actors?country=pakistan", 400)["error"]["message"]
    assert message.startswith("country: got 'pakistan'; give an ISO 3166 alpha-3 code"), message
    page = client.get("/actors?country=pakistan")
    assert page.status_code == 400 and "give an ISO 3166 alpha-3 code" in page.text
    assert {a["country"] for a in get_json(client, "/api/actors?country=fra")["items"]} == {"FRA"}
    assert client.get("/actors?country=&name=west").status_code == 200  # the form's empty field


def test_quotes_by_speaker(client):
    assert [q["text"] for q in get_json(client, "/api/quotes?speaker=west")["items"]] == ["We want peace."]
    assert get_json(client, "/api/quotes?speaker=nobody")["items"] == []


def test_story_timeline(client):
    story_id = get_json(client, "/api/articles/paris-protest")["article"]["story_id"]
    data = get_json(client, f"/stories/{story_id}.json")
    kinds = [item["kind"] for item in data["timeline"]]
    assert kinds.count("article") == 1 and kinds.count("event") == 2
    page = client.get(f"/stories/{story_id}").text
    assert 'id="story-timeline"' in page and "2021-11-23" in page
    assert page.count('class="mark-event"') == 2 and page.count('class="mark-article"') == 1


def test_story_timeline_shows_events_at_the_default_threshold(db, tmp_path):
    import shutil

    from dateline.corpus import Store

    copy = tmp_path / "story.duckdb"
    shutil.copy(db, copy)
    with Store(copy) as store:
        story_id = store.query("SELECT story_id FROM articles WHERE id = 'paris-protest'")[0]["story_id"]
        unsure = store.query("SELECT min(id) AS id FROM events WHERE story_id = ?", [story_id])[0]["id"]
        store.con.execute("UPDATE events SET confidence = 0.01 WHERE id = ?", [unsure])
    with TestClient(create_app(copy)) as c:
        data = get_json(c, f"/stories/{story_id}.json")
        assert [i["kind"] for i in data["timeline"]].count("event") == 1
        assert unsure not in [i["id"] for i in data["timeline"] if i["kind"] == "event"]
        assert data["shown_events"] == 1 and data["n_events"] == 2
        assert "(1 at or above the default confidence shown)" in c.get(f"/stories/{story_id}").text


def test_map_markers_and_outline(client):
    page = client.get("/map").text
    assert len(re.findall(r'<circle class="marker event" cx=', page)) == 3    # Doha, Paris, Berlin
    assert len(re.findall(r'<circle class="marker place" cx=', page)) == 4    # + Afghanistan
    assert len(re.findall(r'<path class="land', page)) > 150           # the bundled outline
    assert "shade" in page


def test_docs_list_every_api_route(client):
    schema = get_json(client, "/openapi.json")
    api_paths = [p for p in schema["paths"] if p.startswith("/api/")]
    assert {"/api/events", "/api/events.csv", "/api/articles/{article_id}", "/api/stats"} <= set(api_paths)
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert params >= {"actor", "country", "type", "modality", "since", "until", "place", "source", "limit", "offset"}
    page = client.get("/docs").text
    for path in api_paths:
        assert f"<code>{html.escape(path)}</code>" in page


def test_scripts_never_build_html_from_data():
    from dateline.web.app import HERE

    for js in (HERE / "static").glob("*.js"):
        source = js.read_text(encoding="utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", source), js


# --- read-only SQL -------------------------------------------------------------------------------


def test_sql_reads_with_a_row_limit(client):
    data = get_json(client, "/api/sql?sql=SELECT%20id%20FROM%20articles%20ORDER%20BY%20id&limit=2")
    assert data["columns"] == ["id"] and data["rows"] == [["doha-talks"], ["hostile-markup"]]
    assert data["truncated"] is True


@pytest.mark.parametrize("statement", [
    "DELETE FROM events", "INSERT INTO stories VALUES (1)", "SELECT 1; DROP TABLE events",
    "COPY events TO 'x.csv'", "ATTACH 'other.duckdb'", "SET enable_external_access = true",
    "PRAGMA version", "SELECT ';'; DELETE FROM events",
])
def test_sql_refuses_writes(client, statement):
    body = client.get("/api/sql", params={"sql": statement}).json()
    assert body["error"]["code"] == "E406"


def test_sql_reads_a_semicolon_inside_a_string_and_explains(client):
    """One statement as DuckDB parses it: a ';' in a string is no second statement."""
    data = client.get("/api/sql", params={"sql": "SELECT count(*) AS n FROM articles WHERE title LIKE '%;%';"}).json()
    assert data["columns"] == ["n"], data
    assert client.get("/api/sql", params={"sql": "EXPLAIN SELECT 1"}).json()["rows"]
    body = client.get("/api/sql", params={"sql": "SELEC 1"}).json()
    assert body["error"]["code"] == "E407" and "syntax" in body["error"]["message"].lower()


@pytest.mark.parametrize("statement", ["SELECT * FROM read_csv('/etc/hostname')",
                                       "SELECT * FROM read_text('/etc/hostname')", "FROM glob('/etc/*')"])
def test_sql_cannot_read_files(client, statement):
    body = client.get("/api/sql", params={"sql": statement}).json()
    assert body["error"]["code"] in ("E406", "E407") and body["error"]["status"] == 400
    assert client.app.state.stores.locked_down


def test_sql_time_limit(client):
    from dateline.errors import DatelineError
    from dateline.web.api import run_limited_sql

    started = time.perf_counter()
    with pytest.raises(DatelineError) as caught:
        run_limited_sql(client.app.state.stores, "SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b", 10, 0.3)
    assert caught.value.code == "E407" and "limit" in str(caught.value)
    assert time.perf_counter() - started < 10


# --- serve ---------------------------------------------------------------------------------------


def test_serve_binds_loopback_by_default_and_refuses_a_missing_store(tmp_path):
    import inspect

    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.web.commands import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "E401" in result.output


def test_concurrent_requests_each_get_their_own_connection(db):
    """Many requests at once on a real server: a connection shared between two threads would
    fail with DuckDB's 'connection is busy' (FastAPI resolves dependencies and runs endpoints
    in different worker threads)."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from dateline.web.testing import running_server

    urls = ["/", "/events", "/api/events?country=FRA", "/articles/doha-talks", "/map",
            "/actors/Tom%20West%7CUSA%7CGOV", "/api/stats", "/stories.json"] * 6
    with running_server(db) as base, httpx.Client(base_url=base, timeout=60) as http:
        with ThreadPoolExecutor(16) as pool:
            statuses = list(pool.map(lambda u: http.get(u).status_code, urls))
    assert statuses == [200] * len(urls)


def test_event_page_opens_its_evidence(client):
    coerce = get_json(client, "/api/events?type=COERCE")["items"][0]
    r = client.get(f"/events/{coerce['id']}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/articles/paris-protest?event={coerce['id']}"
    assert get_json(client, f"/events/{coerce['id']}.json")["mentions"][0]["article_id"] == "paris-protest"
    assert get_json(client, "/events/999999.json", 404)["error"]["code"] == "not_found"


def test_serve_with_several_worker_processes(db, monkeypatch):
    """--workers N hands uvicorn an import string for the workers (checked without starting
    processes: a fresh interpreter per worker takes long on a busy machine)."""
    import uvicorn
    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.web import commands

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **options: calls.append((target, options)))
    monkeypatch.delenv(commands.STORE_VARIABLE, raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123", "--workers", "3"])
    assert result.exit_code == 0, result.output
    target, options = calls[0]
    assert target == "dateline.web.commands:app_from_environment" and options["factory"] is True
    assert options["workers"] == 3 and options["host"] == "127.0.0.1" and options["port"] == 8123
    import os

    assert os.environ[commands.STORE_VARIABLE] == str(db.resolve())
    with TestClient(commands.app_from_environment()) as worker:
        assert sorted(e["type"] for e in get_json(worker, "/api/events?country=FRA")["items"]) == ["COERCE", "PROTEST"]
    assert CliRunner().invoke(app, ["serve", "--db", str(db), "--workers", "0"]).exit_code == 2


def test_map_filters_its_events(client):
    page = client.get("/map?type=PROTEST").text
    assert len(re.findall(r'<circle class="marker event" cx=', page)) == 1
    assert "/events?type=PROTEST&amp;place=2988507" in page     # marker -> the filtered events there
    data = get_json(client, "/map.json?country=DEU")
    assert [p["name"] for p in data["event_places"]] == ["Berlin"] and data["events_by_country"] == {"DEU": 1}
    assert get_json(client, "/api/places?modality=negated")["event_places"][0]["name"] == "Paris"
    assert len(re.findall(r'<circle class="marker event" cx=', client.get("/map").text)) == 3


def test_article_ids_with_slashes(tmp_path):
    from web_store import build_store, paris_article

    import dataclasses

    odd = dataclasses.replace(paris_article(), id="feed/2021/paris.json-like")
    db = build_store(tmp_path / "odd.duckdb", extra=[odd])
    with TestClient(create_app(db)) as c:
        listed = c.get("/articles").text
        assert 'href="/articles/feed%2F2021%2Fparis.json-like"' in listed
        assert c.get("/articles/feed%2F2021%2Fparis.json-like").status_code == 200
        assert get_json(c, "/articles/feed%2F2021%2Fparis.json-like.json")["document"]["id"] == odd.id
        assert get_json(c, "/api/articles/feed/2021/paris.json-like")["document"]["id"] == odd.id
