"""Document model: dict round trip, span alignment checks, and the JSON Schema."""

import json
from pathlib import Path

from dateline.model import (Actor, Amount, Boilerplate, Document, Entity, Event, EventPlace,
                            Mention, Place, Problem, Quote, Span, Speaker, Timex)
from dateline.schema import document_schema, validator

TEXT = "Washington said on Tuesday that $5 million went to Doha."


def full_document() -> Document:
    def sp(a, b):
        return Span(a, b, TEXT[a:b])

    return Document(
        id="x1", text=TEXT, title="T", published="2021-11-24T09:23:00+00:00",
        boilerplate=(Boilerplate("footer", "Copyright"),),
        entities=(Entity(0, 10, "Washington", "GPE"),),
        actors=(Actor("a1", "United States", "country", "USA", "GOV", ("government",),
                      (Mention(0, 10, "Washington", "metonym"),)),),
        timexes=(Timex(19, 26, "Tuesday", "DATE", "2021-11-23"),),
        places=(Place(51, 55, "Doha", 290030, "Doha", "QAT", 25.28, 51.53, "PPLC"),),
        amounts=(Amount(32, 42, "$5 million", 5e6, "USD", False, None),),
        quotes=(Quote(32, 55, TEXT[32:55], "indirect", Speaker(0, 10, "Washington", "a1"),
                      sp(11, 15), (sp(32, 55),)),),
        events=(Event("AID", None, "economic", "070", 2, 7.0, ("a1",), (), "2021-11-23",
                      EventPlace(290030, "Doha", "QAT", 25.28, 51.53, "clause"), "asserted", None,
                      sp(43, 47), sp(0, 56), 0.7, "clause"),),
        errors=(Problem("W205", "no date", "warning"),),
    )


def test_round_trip_keeps_every_field():
    doc = full_document()
    data = doc.as_dict()
    assert Document.from_dict(json.loads(json.dumps(data))) == doc
    assert set(data) >= {"id", "url", "title", "published", "publisher", "authors", "language",
                         "text", "boilerplate", "entities", "actors", "timexes", "places",
                         "amounts", "quotes", "events", "errors"}


def test_misaligned_spans_are_reported():
    doc = full_document()
    assert doc.misaligned() == []
    bad = Document(id="x", text=TEXT, timexes=(Timex(0, 3, "Tue", "DATE", "X"),))
    assert [kind for kind, _ in bad.misaligned()] == ["timexes"]


def test_schema_accepts_a_full_document_and_rejects_a_broken_one():
    v = validator()
    assert not list(v.iter_errors(full_document().as_dict()))
    broken = full_document().as_dict()
    broken["events"][0]["modality"] = "probably"
    del broken["timexes"][0]["value"]
    assert len(list(v.iter_errors(broken))) >= 2


def test_schema_file_matches_the_model():
    path = Path(__file__).resolve().parent.parent / "docs" / "document.schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == document_schema(), \
        "docs/document.schema.json is stale: run python -m dateline.schema > docs/document.schema.json"
