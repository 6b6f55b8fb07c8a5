"""Stage registry and runner: order checks, failure isolation, long texts."""

import pytest

from dateline import nlp as nlp_module
from dateline.errors import DatelineError
from dateline.model import Document
from dateline.pipeline import REGISTRY, Pipeline, check_order, stage


def test_default_order_is_valid():
    names = [s.name for s in check_order(("entities", "timexes", "places", "actors", "quotes",
                                          "amounts", "events"))]
    assert names[0] == "entities" and names[-1] == "events"


def test_requirement_out_of_order_is_refused():
    with pytest.raises(DatelineError) as exc:
        check_order(("events", "entities"))
    assert exc.value.code == "E002"
    assert "events" in str(exc.value)


def test_unknown_stage_is_refused():
    with pytest.raises(DatelineError) as exc:
        check_order(("entities", "no-such-stage"))
    assert exc.value.code == "E003"


def test_failing_stage_is_recorded_and_others_still_run():
    @stage("test-explodes", requires=("doc",), assigns=())
    def explode(work):
        raise RuntimeError("boom")

    try:
        pipeline = Pipeline(stages=("test-explodes", "entities"))
        doc = pipeline.annotate(Document(id="t", text="Angela Merkel visited Paris."))
    finally:
        REGISTRY.pop("test-explodes")
    assert [p.code for p in doc.errors] == ["E301"]
    assert "boom" in doc.errors[0].message
    assert doc.entities, "the entities stage still ran after the failing one"


@pytest.mark.parametrize("size", [10, 1000])
def test_split_long_keeps_the_text(size):
    text = ("One line here.\nAnother, longer line follows it.\n\n" * 50) + "x" * 3000
    pieces = nlp_module.split_long(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


def test_long_text_is_parsed_in_pieces_with_offsets_intact(nlp, monkeypatch):
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 200)
    text = "Barack Obama met Angela Merkel in Berlin on Monday.\n" * 20
    (doc,) = nlp_module.parse([text], nlp=nlp)
    assert doc.text == text
    assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)


def test_time_budget_stops_a_stalled_stage_and_the_batch_goes_on():
    import time as _time

    @stage("test-stalls", requires=("doc",), assigns=())
    def stall(work):
        if "stall" in work.text:
            _time.sleep(5)

    try:
        pipeline = Pipeline(stages=("entities", "test-stalls"), time_budget=0.3)
        started = _time.perf_counter()
        out = list(pipeline.run([Document(id="a", text="Please stall here."),
                                 Document(id="b", text="Angela Merkel visited Paris.")]))
        elapsed = _time.perf_counter() - started
    finally:
        REGISTRY.pop("test-stalls")
    assert [p.code for p in out[0].errors] == ["E302"]
    assert out[0].entities == () and out[1].entities
    assert elapsed < 4


def test_stage_setup_runs_once_before_the_first_article_outside_the_budget():
    import time as _time

    calls = []

    def slow_setup():
        calls.append("setup")
        _time.sleep(0.5)

    @stage("test-setup", requires=("doc",), assigns=(), setup=slow_setup)
    def uses_it(work):
        calls.append("run")

    try:
        pipeline = Pipeline(stages=("test-setup",), time_budget=0.3)
        out = list(pipeline.run([Document(id="a", text="One."), Document(id="b", text="Two.")]))
    finally:
        REGISTRY.pop("test-setup")
    assert calls == ["setup", "run", "run"]
    assert all(d.errors == () for d in out), "setup time does not count against an article"
    assert pipeline.timings.setup["test-setup"] >= 0.5


@pytest.mark.timeout(120)  # a hang guard: uncut, the first case takes minutes
@pytest.mark.parametrize("run", ['"' * 30000, "“" * 5000 + "x" * 5000, "ab" * 300])
def test_long_runs_without_spaces_are_cut_into_tokens_and_keep_the_text(nlp, run):
    """spaCy's tokenizer is quadratic on long whitespace-free strings; they are pre-cut."""
    text = "Officials met in Doha. " + run + " \n The talks ended  on Monday. " + run[:150]
    (doc,) = nlp_module.parse([text], nlp=nlp)
    assert doc.text == text
    assert max(len(t) for t in doc) <= nlp_module.MAX_WORD
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_the_vocabulary_does_not_grow_with_the_articles():
    """Each batch's new words are forgotten after it (spaCy's memory zone), so a long ingest's
    memory does not grow with its vocabulary; the annotations are plain values and stay whole."""
    pipeline = Pipeline(stages=("entities",), batch_size=2)
    strings = pipeline.nlp.vocab.strings
    list(pipeline.run([Document(id="w", text="Angela Merkel visited Paris on Monday.")]))
    before = len(strings)
    made_up = [f"Angela Merkel met Zorblax{i} Quendrith{i} in Pellumbra{i} on Monday." for i in range(6)]
    annotated = list(pipeline.run(Document(id=f"n{i}", text=t) for i, t in enumerate(made_up)))
    assert len(strings) == before
    assert "Zorblax3" not in strings
    assert [d.text for d in annotated] == made_up
    assert all(d.text[e.start:e.end] == e.text for d in annotated for e in d.entities)
    assert all(any(e.text == "Angela Merkel" for e in d.entities) for d in annotated)
