"""What the new-user audit of the corpus browser found (docs/web.md, "Audit 2026-12-04"): the
overview counts what the explorer it links to lists, events dated to a week or a month show that
date rather than the interval's first day, and empty lists say why they are empty."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from web_store import built_store  # noqa: E402

from dateline.corpus import Store  # noqa: E402
from dateline.events.learned import default_threshold  # noqa: E402
from dateline.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """The web test store with one event made unsure (below the default threshold) and one
    dated only to a week, as the annotators date "next week"."""
    copy = tmp_path_factory.mktemp("audit") / "audit.duckdb"
    shutil.copy(built_store(tmp_path_factory), copy)
    with Store(copy) as store:
        ids = {r["type"]: r["id"] for r in store.query("SELECT type, id FROM events WHERE type IN ('PROTEST', 'AID')")}
        store.con.execute("UPDATE events SET confidence = 0.01 WHERE id = ?", [ids["PROTEST"]])
        store.con.execute("UPDATE events SET date = '2021-W47', date_start = ?, date_end = ? WHERE id = ?",
                          [date(2021, 11, 22), date(2021, 11, 28), ids["AID"]])
    with TestClient(create_app(copy)) as c:
        yield c, ids


def test_overview_event_types_match_the_explorer_they_link_to(audited):
    client, _ = audited
    data = client.get("/index.json").json()
    by_type = {t["type"]: t["events"] for t in data["stats"]["events_by_type"]}
    assert "PROTEST" not in by_type  # below the threshold: the explorer does not list it either
    for kind, n in by_type.items():
        assert len(client.get(f"/events.json?type={kind}").json()["items"]) == n, kind
    assert data["events_shown"] == 4 and data["stats"]["counts"]["events"] == 5
    assert f"4 at confidence ≥ {default_threshold():.2f}" in client.get("/").text


def test_overview_day_chart_counts_only_events_dated_to_a_day(audited):
    client, _ = audited
    data = client.get("/index.json").json()
    days = {d["day"]: d["events"] for d in data["events_per_day"]}
    # the week-dated AID event would otherwise be a bar on 2021-11-22, its week's Monday
    assert days.get("2021-11-22") == 1 and sum(days.values()) == 3
    assert data["events_not_dated_to_a_day"] == 1
    assert "1 event dated only to a week, month, season or year" in client.get("/").text


def test_events_dated_to_a_week_show_the_week(audited):
    client, ids = audited
    page = client.get("/events").text
    rows = re.findall(r'<tr class="event-row">\s*<td>([^<]*)</td>\s*<td><a href="/events\?type=(\w+)', page)
    assert ("2021-W47", "AID") in rows and ("2021-11-22", "CONSULT") in rows
    story = client.get("/index.json").json()["stats"]["largest_stories"]
    doha = next(s["id"] for s in story if s["title"].startswith("US envoy"))
    assert '<span class="date">2021-W47</span>' in client.get(f"/stories/{doha}").text
    assert ">2021-W47</td>" in client.get("/actors/United%20States%7CUSA%7CGOV").text


def test_an_empty_explorer_says_why_and_offers_the_unsure_events(audited):
    client, _ = audited
    page = client.get("/events?type=PROTEST").text
    assert f"No events match at confidence ≥ {default_threshold():g}" in page
    link = re.search(r'<a href="([^"]+)">include less sure events</a>', page).group(1).replace("&amp;", "&")
    assert "min_confidence=0" in link
    assert "PROTEST" in client.get(link).text.split('id="events"')[1]
    assert "rows 0–0" not in page and "no rows" in page


def test_article_marks_events_below_the_threshold(tmp_path):
    from dataclasses import replace

    from web_store import build_store, paris_article

    paris = paris_article()
    unsure = replace(paris, id="paris-unsure", url="https://third.example/paris",
                     events=(replace(paris.events[0], confidence=0.05), paris.events[1]))
    with TestClient(create_app(build_store(tmp_path / "unsure.duckdb", [unsure]))) as c:
        page = c.get("/articles/paris-unsure").text
        assert page.count('class="event unsure"') == 1
        assert f"below {default_threshold()}: not in the explorer" in page and "0.05" in page
        assert 'class="event unsure"' not in c.get("/articles/paris-protest").text


def test_actor_page_lists_its_events_as_the_explorer_does(audited):
    client, ids = audited
    # the protesters' PROTEST event was made unsure: gone from the page, counted, and the rest newest first
    data = client.get("/actors/protesters%7CFRA%7CCVL.json").json()
    # only these protesters' events: not the Berlin (DEU) protesters' CONSULT of the same name
    assert [e["type"] for e in data["events"]] == ["COERCE"] and data["events_below_threshold"] == 1
    page = client.get("/actors/protesters%7CFRA%7CCVL").text
    assert "(and 1 below confidence" in page and 'href="/events?actor=protesters"' in page
    west = client.get("/actors/United%20States%7CUSA%7CGOV.json").json()["events"]
    assert [e["type"] for e in west] == ["AID"]


def test_an_unknown_modality_is_a_400(audited):
    client, _ = audited
    r = client.get("/api/events?modality=maybe")
    assert r.status_code == 400 and r.json()["error"]["details"][0]["parameter"] == "modality"
    assert client.get("/events?modality=").status_code == 200  # the form's "any"
    assert len(client.get("/api/events?modality=Negated").json()["items"]) == 1


def test_a_page_past_the_end_leads_back_to_the_first_page(audited):
    client, _ = audited
    past = client.get("/events?offset=5000").text
    assert "no rows past row 5000" in past
    link = re.search(r'<a rel="prev" href="([^"]*)">([^<]*)</a>', past)
    assert link and "offset" not in link.group(1) and "first page" in link.group(2)
    first = client.get(link.group(1).replace("&amp;", "&")).text
    assert 'rel="prev"' not in first and "rows 1–" in first


@pytest.mark.parametrize("url", ["/", "/events", "/api/events", "/static/app.css"])
def test_head_answers_as_get_without_a_body(audited, url):
    client, _ = audited
    got, head = client.get(url), client.head(url)
    assert got.status_code == head.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"]
