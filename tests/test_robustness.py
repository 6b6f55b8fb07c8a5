"""Hostile and broken input: no exception escapes, spans align, records validate, no network."""

import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dateline
from dateline.ingest import RawArticle, to_document
from dateline.ingest.readers import record_to_article
from dateline.schema import validator

_validate = validator()

hostile_text = st.one_of(
    st.text(max_size=300),                                             # any Unicode, controls included
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), max_size=50),
    st.builds(lambda n, c: c * n, st.integers(1000, 30000), st.sampled_from("x.\"'“")),  # huge tokens
    st.lists(st.sampled_from(["\"", "“", "”", "'", "«", "said", "he", "Doha", "\n", " "]),
             max_size=80).map("".join),                                # unbalanced quotes
    st.sampled_from(["", " ", "\n\n\n", "\t \u00a0\u2003"]),          # empty and white space
    st.lists(st.sampled_from(["\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd",
                              "\u202e", "\u200f", "\U0001f600", "\U0001f1fa\U0001f1f8", "Kabul",
                              "said", "\u0301"]), max_size=40).map(" ".join),  # RTL, emoji
)


def nested_html(depth: int, tag: str) -> str:
    return "<html><body>" + f"<{tag}>" * depth + "Talks resumed in Doha." + "</p>" * 3 + "<!--"


hostile_html = st.one_of(
    st.builds(nested_html, st.integers(1, 3000), st.sampled_from(["div", "p", "table", "b", "article"])),
    st.text(alphabet="<>/=\"' abcdehlmoprty!-", max_size=400).map(lambda s: "<html>" + s),
    st.builds(lambda body: f"<html><head><meta charset='utf-16'></head><body><p>{body}</p>",
              st.text(max_size=200)),
)


def check(doc):
    assert doc.misaligned() == []
    assert not list(_validate.iter_errors(doc.as_dict()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, clean=st.booleans())
def test_extract_survives_hostile_text(text, clean):
    check(to_document(RawArticle("<t>", "text", text), clean=clean, published="2021-11-24"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=hostile_html)
def test_extract_survives_hostile_html(html):
    doc = to_document(RawArticle("<t>", "html", html))
    check(doc)
    if not doc.text.strip():
        codes = [p.code for p in doc.errors]
        assert ("E201" in codes) != ("E202" in codes), "an empty body says why, once"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
def test_annotate_survives_hostile_text(text):
    check(dateline.annotate(text, published="2021-11-24", format="text"))


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_html_input_never_touches_the_network_or_local_files(no_network):
    html = """<?xml version="1.0"?>
<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html><head><link rel="stylesheet" href="http://127.0.0.1:9/a.css">
<script src="http://127.0.0.1:9/a.js"></script><base href="http://127.0.0.1:9/"></head>
<body><article><h1>Talks</h1><img src="http://127.0.0.1:9/pixel.gif">
<iframe src="http://127.0.0.1:9/frame"></iframe>
<p>The envoy said on Tuesday that talks in Doha would resume next week &xxe;.</p>
<p>Officials from both sides are expected to attend the meeting in the Qatari capital.</p>
</article></body></html>"""
    doc = to_document(RawArticle("<t>", "html", html))
    assert no_network == []
    assert "root:" not in doc.text


def test_jsonl_records_cannot_point_at_files():
    """Records carry their text inline; a path field is never followed."""
    raw = record_to_article('{"id": "x", "path": "../../../../etc/passwd", "file": "/etc/passwd"}',
                            "in.jsonl:1")
    assert getattr(raw, "code", None) == "E105"
