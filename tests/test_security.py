"""Known XSS and SQL injection payloads against the web app: escaped, inert, read-only."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from dateline.corpus.store import Store  # noqa: E402
from dateline.model import Document  # noqa: E402
from dateline.web import create_app  # noqa: E402

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "\"><script>alert(document.cookie)</script>",
    "'><img src=x onerror=alert(1)//",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
]

SQL = [
    "USA' OR '1'='1",
    "USA'; DROP TABLE articles; --",
    "1 UNION SELECT id, text FROM articles --",
    "\" OR \"\"=\"",
    "%' AND 1=0 UNION SELECT NULL --",
    "'; ATTACH 'x.duckdb' AS x; --",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("security") / "s.duckdb"
    text = "Officials met in Doha on Monday. " + " Then: ".join(XSS) + " The talks ended."
    docs = [Document(id="xss", text=text, title=XSS[0] + " headline", published="2021-11-24",
                     url="javascript:alert(1)"),
            Document(id="plain", text="The envoy met officials in Kabul.", published="2021-11-24")]
    with Store(db) as store:
        store.add_batch(docs)
    with TestClient(create_app(db)) as c:
        yield c, db


def article_ids(c) -> list[str]:
    return sorted(a["id"] for a in c.get("/api/articles").json()["items"])


def own_scripts_only(page: str) -> list[str]:
    """Script tags on the page that are not the app's own static files."""
    return [t for t in re.findall(r"<script\b[^>]*>", page) if not re.search(r'src="/static/', t)]


@pytest.mark.parametrize("path", ["/articles/xss", "/articles", "/", "/events", "/map"])
def test_xss_payloads_are_escaped_on_every_page(client, path):
    c, _ = client
    r = c.get(path)
    assert r.status_code == 200
    page = r.text
    assert own_scripts_only(page) == []
    for payload in XSS:
        assert payload not in page or "<" not in payload, payload
    assert not re.search(r"<[a-z]+[^>]*\son(error|load|mouseover)=", page, re.I)
    assert not re.search(r'(href|src|action)="\s*javascript:', page, re.I), "no javascript: URL is linked"
    assert "script-src" in r.headers.get("content-security-policy", "")


def test_json_twin_returns_the_payloads_as_data(client):
    c, _ = client
    data = c.get("/articles/xss.json").json()
    text = str(data)
    assert all(payload in text for payload in XSS[:3]), "the data itself is kept, only escaped on pages"


@pytest.mark.parametrize("payload", SQL)
@pytest.mark.parametrize("field", ["country", "actor", "type", "place", "source"])
def test_sql_injection_in_filters_finds_nothing_and_changes_nothing(client, field, payload):
    c, db = client
    r = c.get("/api/events", params={field: payload})
    assert r.status_code in (200, 400, 422)
    body = r.json()
    if r.status_code == 200:
        assert body["items"] == [], "a payload matches no event: it is a value, not SQL"
    else:
        assert "error" in body
    assert article_ids(c) == ["plain", "xss"]


@pytest.mark.parametrize("payload", SQL)
def test_sql_injection_in_the_sql_endpoint_cannot_write(client, payload):
    c, _ = client
    r = c.get("/api/sql", params={"sql": f"SELECT * FROM articles WHERE id = '{payload}'"})
    assert r.status_code in (200, 400)  # the endpoint runs SQL by design: reads may succeed
    assert article_ids(c) == ["plain", "xss"]
