"""A small corpus store for the web tests, built from hand-written Documents (no NLP, so the tests
do not depend on what the annotation stages currently find). One article carries hostile markup."""

from __future__ import annotations

from pathlib import Path

from dateline.model import (Actor, Amount, Boilerplate, Document, Entity, Event, EventPlace, Mention,
                            Place, Quote, Span, Speaker, Timex)
from test_corpus_fixtures import BETWEEN  # above the model's threshold, below 0.8 (derived from it)

XSS_TITLE = 'Markup <script>window.__xss = "title";</script> in a title'
XSS_TEXT = ('Officials said <script>window.__xss = "text";</script> and '
            '<img src=x onerror="window.__xss = \'img\'"> were found in Berlin on Wednesday. '
            'Officials met <b onmouseover="window.__xss = \'b\'">protesters</b> later.')


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def span(text: str, needle: str, nth: int = 0) -> Span:
    s, e = at(text, needle, nth)
    return Span(s, e, needle)


def mention(text, needle, kind="name", nth=0) -> Mention:
    s, e = at(text, needle, nth)
    return Mention(s, e, needle, kind)


def entity(text, needle, label) -> Entity:
    s, e = at(text, needle)
    return Entity(s, e, needle, label)


def sentence(text: str, needle: str) -> Span:
    """The sentence of ``text`` containing ``needle`` (up to and including its full stop)."""
    s, _ = at(text, needle)
    start = text.rfind(". ", 0, s)
    start = 0 if start < 0 else start + 2
    end = text.index(".", s) + 1
    return Span(start, end, text[start:end])


def doha_article() -> Document:
    text = ("US envoy Tom West met Taliban leaders in Doha on Monday. West said: \"We want peace.\" "
            "The United States pledged $308 million in aid to Afghanistan.")
    doha = EventPlace(290030, "Doha", "QAT", 25.28545, 51.53096, "clause")
    return Document(
        id="doha-talks", text=text, url="https://news.example/doha", title="US envoy meets Taliban in Doha",
        published="2021-11-24T09:00:00+00:00", publisher="Example News",
        boilerplate=(Boilerplate("headline", "US envoy meets Taliban in Doha"),
                     Boilerplate("footer", "© 2021 Example News. All rights reserved.")),
        entities=(entity(text, "Tom West", "PERSON"), entity(text, "Taliban", "ORG"),
                  entity(text, "Doha", "GPE"), entity(text, "United States", "GPE"),
                  entity(text, "Afghanistan", "GPE"), entity(text, "$308 million", "MONEY")),
        actors=(Actor("a1", "Tom West", "person", "USA", "GOV", ("special envoy",),
                      (mention(text, "US envoy Tom West"), mention(text, "West", nth=1))),
                Actor("a2", "Taliban", "group", "AFG", "REB", (), (mention(text, "Taliban leaders"),)),
                Actor("a3", "United States", "country", "USA", "GOV", (), (mention(text, "The United States"),)),
                Actor("a4", "Afghanistan", "country", "AFG", None, (), (mention(text, "Afghanistan"),))),
        timexes=(Timex(*at(text, "Monday"), "Monday", "DATE", "2021-11-22"),),
        places=(Place(*at(text, "Doha"), "Doha", 290030, "Doha", "QAT", 25.28545, 51.53096, "PPLC"),
                Place(*at(text, "Afghanistan"), "Afghanistan", 1149361, "Afghanistan", "AFG", 33.0, 66.0, "PCLI")),
        amounts=(Amount(*at(text, "$308 million"), "$308 million", 308e6, "USD", False, "aid"),),
        quotes=(Quote(*at(text, "We want peace."), "We want peace.", "direct",
                      Speaker(*at(text, "West", 1), "West", "a1"), span(text, "said")),),
        events=(Event("CONSULT", "visit", None, "043", 1, 2.8, ("a1",), ("a2",), "2021-11-22", doha,
                      "asserted", None, span(text, "met"), sentence(text, "met"), 0.9, "clause"),
                Event("AID", "economic", None, "071", 2, 7.4, ("a3",), ("a4",), "2021-11-24", None,
                      "planned", None, span(text, "pledged"), sentence(text, "pledged"), 0.8, "publication")),
    )


def paris_article() -> Document:
    text = ("Thousands of people protested in Paris on Tuesday against the French government. "
            "Police did not arrest the protesters.")
    paris = EventPlace(2988507, "Paris", "FRA", 48.85341, 2.3488, "clause")
    return Document(
        id="paris-protest", text=text, url="https://other.example/paris", title="Protest in Paris",
        published="2021-11-25T18:30:00+00:00", publisher="Other Wire",
        entities=(entity(text, "Paris", "GPE"), entity(text, "French", "NORP")),
        actors=(Actor("p1", "protesters", "group", "FRA", "CVL", (),
                      (mention(text, "Thousands of people", "description"), mention(text, "the protesters", "description"))),
                Actor("p2", "French government", "organization", "FRA", "GOV", (), (mention(text, "the French government"),)),
                Actor("p3", "Police", "organization", "FRA", "COP", (), (mention(text, "Police"),))),
        timexes=(Timex(*at(text, "Tuesday"), "Tuesday", "DATE", "2021-11-23"),),
        places=(Place(*at(text, "Paris"), "Paris", 2988507, "Paris", "FRA", 48.85341, 2.3488, "PPLC"),),
        amounts=(Amount(*at(text, "Thousands of people"), "Thousands of people", 1000.0, "people", True),),
        events=(Event("PROTEST", "demonstrate", None, "141", 3, -6.5, ("p1",), ("p2",), "2021-11-23", paris,
                      "asserted", None, span(text, "protested"), sentence(text, "protested"), 0.85, "clause"),
                Event("COERCE", "arrest", None, "173", 4, -5.0, ("p3",), ("p1",), "2021-11-25", paris,
                      "negated", None, span(text, "arrest"), sentence(text, "arrest"), BETWEEN, "publication")),
    )


def xss_article() -> Document:
    text = XSS_TEXT
    berlin = EventPlace(2950159, "Berlin", "DEU", 52.52437, 13.41053, "clause")
    return Document(
        id="hostile-markup", text=text, title=XSS_TITLE, published="2021-11-26T08:00:00+00:00",
        publisher='Evil "Press" <i>', url="javascript:window.__xss='url'",
        boilerplate=(Boilerplate("caption", '<img src=x onerror="window.__xss = \'boilerplate\'">'),),
        entities=(entity(text, "Berlin", "GPE"),),
        actors=(Actor("x1", "Officials", "organization", "DEU", "GOV", ("<script>role</script>",),
                      (mention(text, "Officials"), mention(text, "Officials", nth=1))),
                Actor("x2", "protesters", "group", "DEU", "CVL", (), (mention(text, "protesters"),))),
        timexes=(Timex(*at(text, "Wednesday"), "Wednesday", "DATE", "2021-11-24"),),
        places=(Place(*at(text, "Berlin"), "Berlin", 2950159, "Berlin", "DEU", 52.52437, 13.41053, "PPLC"),),
        quotes=(Quote(at(text, "<script>")[0], at(text, "Berlin")[1],
                      text[at(text, "<script>")[0]:at(text, "Berlin")[1]], "indirect",
                      Speaker(*at(text, "Officials"), "Officials", "x1"), span(text, "said")),),
        events=(Event("CONSULT", "meet", None, "040", 1, 1.0, ("x1",), ("x2",), "2021-11-26", berlin,
                      "asserted", None, span(text, "met"),
                      Span(at(text, "Officials", 1)[0], len(text), text[at(text, "Officials", 1)[0]:]),
                      0.8, "publication"),),
    )


def documents() -> list[Document]:
    return [doha_article(), paris_article(), xss_article()]


def build_store(path: Path, extra: list[Document] = ()) -> Path:
    """A store at ``path`` holding :func:`documents` (and ``extra``), with stories built."""
    from dateline.corpus import load_documents

    from dateline.events.learned import default_threshold

    docs = documents() + list(extra)
    for d in docs:
        assert not d.misaligned(), d.id
    # the pages list events at or above the trained model's default threshold (model/meta.json):
    # every event here must clear it, or the filter tests would see fewer events than they expect
    assert all(e.confidence >= default_threshold() for d in documents() for e in d.events), (
        "a web test event is below the events model's default threshold; raise its confidence")
    load_documents(docs, path)
    return path


_BUILT: dict[str, Path] = {}


def built_store(tmp_path_factory) -> Path:
    """The store of :func:`documents`, built once per test session."""
    if "store" not in _BUILT:
        _BUILT["store"] = build_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    return _BUILT["store"]
