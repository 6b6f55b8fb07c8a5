"""The confidence switch: the store keeps every event; the API, the pages, `dateline events` and
the GDELT export show those at or above the events model's threshold unless told otherwise; the
events explorer lists newest first."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from web_store import built_store  # noqa: E402

from dateline.corpus import Store  # noqa: E402
from dateline.corpus.export import gdelt_events  # noqa: E402
from dateline.events.learned import default_threshold  # noqa: E402
from dateline.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return built_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def confidences(client, query=""):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text[:300]
    return sorted(e["confidence"] for e in r.json()["items"])


def test_default_threshold_is_a_probability():
    assert 0.0 < default_threshold() < 1.0


def test_min_confidence_filters_and_zero_shows_all(client):
    every = confidences(client, "min_confidence=0")
    assert len(every) == 5
    assert confidences(client, "min_confidence=0.8") == [c for c in every if c >= 0.8]
    assert confidences(client, "min_confidence=1") == []
    assert confidences(client) == [c for c in every if c >= default_threshold()]


def test_bad_min_confidence_is_refused(client):
    assert client.get("/api/events?min_confidence=2").status_code == 400
    assert client.get("/api/events?min_confidence=abc").status_code == 400


def test_explorer_lists_newest_first(client):
    items = client.get("/api/events?min_confidence=0").json()["items"]
    dates = [e["date_start"] for e in items if e["date_start"]]
    assert dates == sorted(dates, reverse=True)


def test_store_keeps_every_event_and_gdelt_export_filters(db):
    with Store(db, read_only=True) as store:
        stored = store.query("SELECT count(*) AS n FROM events")[0]["n"]
        assert len(list(gdelt_events(store))) == stored
        assert len(list(gdelt_events(store, min_confidence=0.8))) == store.query(
            "SELECT count(*) AS n FROM events WHERE confidence >= 0.8")[0]["n"] < stored
