"""What a long run says while it works: that the spaCy pipeline is loading (before the first batch
only), that it still works when nothing advanced for a while (a log), a slow rate per minute, and
which article keeps an ingest's own process busy (W305)."""

from __future__ import annotations

from dateline.ingest.readers import RawArticle


def test_the_pipeline_is_said_to_load_before_the_first_batch_only(monkeypatch, capsys):
    from dateline import api
    from dateline.corpus.ingest import _loading_first

    calls = []

    class Pipeline:
        ready = False

        def setup(self):
            calls.append("setup")
            Pipeline.ready = True

    monkeypatch.setattr(api, "get_pipeline", lambda model=None, stages=(): Pipeline())
    options = {"model": None, "stages": ("entities",)}
    raw = RawArticle(source="a.txt", format="text", content="Text.")

    assert list(_loading_first(iter([]), False, options, 1, False, False)) == []
    assert capsys.readouterr().err == "" and calls == []  # nothing new: nothing loaded, nothing said

    batches = _loading_first(iter([[raw], [raw]]), False, options, 1, False, False)
    assert next(batches) == [raw]
    said = capsys.readouterr().err
    assert said.startswith("dateline: loading the spaCy pipeline") and calls == ["setup"]
    assert list(batches) == [[raw]] and capsys.readouterr().err == ""  # once
    assert list(_loading_first(iter([[raw]]), False, options, 1, False, False)) == [[raw]]
    assert capsys.readouterr().err == "" and calls == ["setup"]  # loaded already: not said again

    list(_loading_first(iter([[raw]]), False, options, 2, False, False))
    assert "in 2 worker processes" in capsys.readouterr().err
    list(_loading_first(iter([[raw]]), True, options, 2, False, False))
    assert capsys.readouterr().err == ""  # --quiet


def test_a_log_is_told_the_run_still_works_while_nothing_advances(monkeypatch, capsys):
    import time

    from dateline import progress

    monkeypatch.setattr(progress, "LOG_EVERY", 0.3)
    with progress.progress(False, "articles", total=3) as advance:
        time.sleep(1.0)  # the model loading, one long article: nothing advances
        said = capsys.readouterr().err.splitlines()
        assert said and all(line.startswith("dateline: still working: 0 of 3 articles done (")
                            for line in said), said
        advance(2)
        time.sleep(0.8)
    said = capsys.readouterr().err.splitlines()
    assert said and all(" 2 of 3 articles " in line for line in said), said
    time.sleep(0.7)
    assert capsys.readouterr().err == ""  # the watch ends with the run


def test_a_slow_rate_is_given_per_minute():
    from dateline.progress import _rate

    assert _rate(12, 441.0, "articles") == "1.6 articles/min"
    assert _rate(300, 120.0, "articles") == "2.5 articles/s"


def test_an_article_stuck_in_the_ingests_own_process_is_named_with_what_to_do(monkeypatch):
    # one worker without --isolate can't stop a stuck article (E304 needs a worker process): it
    # said nothing at all before, and the ingest sat there until Ctrl-C
    import importlib
    import threading

    from dateline import crashes

    ingest_module = importlib.import_module("dateline.corpus.ingest")  # the package names a function so

    # The slow article waits until W305 is said (at most 60 s) rather than sleeping a fixed time,
    # and the limit is 2 s, so that a loaded machine neither misses the notice nor flags a fast
    # article (a sleep of 1.3 s against 0.4 s could do either).
    monkeypatch.setattr(crashes, "stuck_after", lambda: 2.0)
    told = threading.Event()

    def annotate_raw(raws, options, progress=None):
        for _ in raws:
            progress()  # each article read
        for raw in raws:
            if raw.content == "slow":
                assert told.wait(60), "W305 was not said"
            progress()  # each annotated
        return [raw.source for raw in raws]

    monkeypatch.setattr(ingest_module, "annotate_raw", annotate_raw)
    raws = [RawArticle(source=f"in.jsonl:{n}", format="text", content=c)
            for n, c in enumerate(["fast", "slow", "fast"], 1)]
    said = []

    def say(text):
        said.append(text)
        told.set()

    batches = ingest_module._annotated_batches(iter([raws, raws[:1]]), {}, 1, False, say)
    assert list(batches) == [["in.jsonl:1", "in.jsonl:2", "in.jsonl:3"], ["in.jsonl:1"]]
    assert len(said) == 1, said  # once for the article, not every few seconds
    assert said[0].startswith("in.jsonl:2: W305 no progress for 2 s while annotating it")
    assert "Ctrl-C" in said[0] and "--isolate" in said[0]


def test_the_loading_line_names_the_pipeline_that_is_installed(monkeypatch):
    import importlib.util

    from dateline.nlp import DEFAULT_MODELS
    from dateline.progress import _pipeline_name

    monkeypatch.delenv("DATELINE_MODEL", raising=False)
    installed = [n for n in DEFAULT_MODELS if importlib.util.find_spec(n) is not None]
    assert _pipeline_name(None) == (installed[0] if installed else " or ".join(DEFAULT_MODELS))
    assert _pipeline_name("no_such_pipeline") == "no_such_pipeline"


def test_the_bar_moves_by_article_annotated_not_by_stored_batch(tmp_path, monkeypatch):
    # in the ingest's own process the bar moved only when a batch of 64 was stored (~30 s apart)
    import contextlib
    import importlib

    from dateline import api
    from dateline import progress as progress_module
    from dateline.model import Document

    ingest_module = importlib.import_module("dateline.corpus.ingest")
    events = []

    def annotate_raw(raws, options, progress=None):
        for _ in raws:
            progress()
        documents = []
        for raw in raws:
            documents.append(Document(id=raw.id, text=raw.content, source=raw.source))
            events.append(("annotated", raw.id))
            progress()
        return documents

    @contextlib.contextmanager
    def bar(quiet, unit, total=None):
        yield lambda n=1: events.append(("advance", n))

    class Ready:
        ready = True

    monkeypatch.setattr(ingest_module, "annotate_raw", annotate_raw)
    monkeypatch.setattr(progress_module, "progress", bar)
    monkeypatch.setattr(api, "get_pipeline", lambda model=None, stages=(): Ready())
    source = tmp_path / "in.jsonl"
    source.write_text("".join(f'{{"id": "a{n}", "text": "Article {n}."}}\n' for n in range(5))
                      + "{broken\n", encoding="utf-8")
    report = ingest_module.ingest([str(source)], tmp_path / "s.duckdb", batch_size=3, quiet=False,
                                  build_stories=False, on_error=lambda message: None)
    assert report.added == 5 and report.input_errors == 1
    # each article's advance follows its annotation; the stored batch adds nothing more, and the
    # unreadable line is counted once at the end: 6 inputs in all
    steps = [e for e in events if e[0] == "advance" and e[1]]
    assert events[:2] == [("annotated", "a0"), ("advance", 1)]
    assert sum(n for _, n in steps) == 6 and [n for _, n in steps] == [1] * 6
