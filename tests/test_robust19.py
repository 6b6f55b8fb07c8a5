"""Robustness debts of the eighteenth session, mended in the nineteenth (robust19): a Ray actor that
hangs is stopped and its article named (W306, then E304); one ``fail`` for every command module;
E203 says what each command did; a record without an id is keyed by its address (or title, day and
publisher), not its text; W113 for a JSON Lines record; run-on texts cleaned in linear time."""

import json
import time

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.crashes import ARTICLE_TRIES, Tries


def run(*args, env=None):
    return CliRunner().invoke(app, list(args), env=env)


# --- 1. a Ray actor that hangs ---------------------------------------------------------------------


def test_the_ledger_hands_out_a_try_without_progress_once_and_counts_it_stalled(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    tries = Tries()
    assert tries.start("batch", actor="A", note=("in.jsonl:3", "annotating it", 4)) == 0
    tries.start("other", actor="B", note=("in.jsonl:9", "reading it", 0))
    clock[0] += 3
    tries.heard("other", ("in.jsonl:10", "reading it", 0))   # progress: not overdue
    clock[0] += 2.5
    assert tries.overdue(5) == [("batch", "A", ("in.jsonl:3", "annotating it", 4), 0)]
    assert tries.overdue(5) == []            # handed out once
    assert tries.is_stalled("batch") and not tries.is_stalled("other")
    assert tries.failed("batch") == 1        # the stopped try counts as failed
    clock[0] += 3
    assert [late[2][0] for late in tries.overdue(5)] == ["in.jsonl:10"]   # the article it was on last
    tries.finish("batch")
    assert not tries.is_stalled("batch") and tries.failed("batch") == 0


def test_the_stall_notice_names_the_article_and_what_happens_to_it():
    from dateline.distributed import stall_notice

    batch = stall_notice("k", ("in.jsonl:3", "annotating it", 32), 1, 5.0)
    assert batch.startswith("in.jsonl:3: W306 no progress for 5 s while annotating it on a Ray actor "
                            "(in a batch of 32 articles)"), batch
    assert "article by article" in batch
    again = stall_notice("k:annotate", ("in.jsonl:3", "annotating it", 0), 1, 5.0)
    assert "tried once more, alone, on a fresh actor" in again
    last = stall_notice("k:annotate", ("in.jsonl:3", "annotating it", 0), ARTICLE_TRIES, 5.0)
    assert "stored without annotations (E304)" in last


@pytest.mark.timeout(300)
def test_an_article_that_hangs_its_actor_is_named_stopped_and_stored_with_e304(tmp_path):
    ray = pytest.importorskip("ray")
    import dateline.distributed as dist
    from dateline.corpus.ingest import ingest, ray_executor
    from dateline.corpus.store import Store

    records = [{"id": f"r{k}", "text": f"The council met on Monday {k} times to pass the budget.",
                "published": "2021-11-24"} for k in range(4)]
    records[2]["text"] += " SLOW"
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    calls = tmp_path / "calls"

    class Hanging(dist.AnnotateBatch):  # a fake slow stage: it never returns on the marked article
        def annotate(self, documents, progress=None):
            if any("SLOW" in d.text for d in documents):
                with open(calls, "a") as fh:
                    fh.write("b" if len(documents) > 1 else "a")
                time.sleep(3600)
            return super().annotate(documents, progress)

    real = dist.AnnotateBatch
    dist.AnnotateBatch = Hanging
    messages = []
    dist.init_ray(num_cpus=2)
    try:
        started = time.monotonic()
        report = ingest([str(source)], tmp_path / "ray.duckdb", batch_size=4, model="blank:en", stages=(),
                        annotate=ray_executor(workers=1, stuck=2), on_error=messages.append)
        assert time.monotonic() - started < 240   # before: it waited for the hung batch without end
    finally:
        dist.AnnotateBatch = real
        ray.shutdown()
    # the batch stalled once (then article by article at once), the article ARTICLE_TRIES times alone
    assert calls.read_text() == "b" + "a" * ARTICLE_TRIES
    batch, *alone = [m for m in messages if " W306 " in m]
    # the batch: named by its first article (which of its articles hangs is not known yet)
    assert batch.startswith(f"{source}:1: W306 no progress for 2 s while annotating it on a Ray actor "
                            "(in a batch of 4 articles)"), batch
    assert len(alone) == ARTICLE_TRIES
    assert all(m.startswith(f"{source}:3: W306 no progress for 2 s while annotating it on a Ray actor;")
               for m in alone), alone
    assert "tried once more" in alone[0] and "(E304)" in alone[-1]
    (failed,) = [m for m in messages if " E304 " in m]
    assert failed.startswith(f"{source}:3: E304 ")
    assert (report.added, report.article_errors, report.status) == (4, 1, 1), messages
    with Store(tmp_path / "ray.duckdb", read_only=True) as store:
        problems = dict(store.con.execute("SELECT id, problems FROM articles").fetchall())
    assert sorted(problems) == ["r0", "r1", "r2", "r3"]     # each once: none lost, none twice
    assert "E304" in problems["r2"] and not any("E304" in p for k, p in problems.items() if k != "r2")


# --- 2. one fail for every command module ------------------------------------------------------------


def test_every_command_module_stops_through_the_one_fail():
    import dateline.cli as cli
    import dateline.corpus.commands as corpus
    import dateline.crawl.commands as crawl
    import dateline.errors as errors
    import dateline.web.commands as web

    for module in (cli, corpus, crawl, web):
        assert module.fail is errors.fail, module.__name__
        assert not hasattr(module, "_fail"), module.__name__


def test_the_commands_still_say_their_usage_errors_in_the_one_form(tmp_path):
    for args, code in ((("serve", "--db", str(tmp_path / "x.duckdb"), "--port", "0"), "E007"),
                       (("events", "--db", str(tmp_path / "x.duckdb"), "--format", "xml"), "E007"),
                       (("fetch", "ftp://example.org/a", "--db", str(tmp_path / "x.duckdb")), "E509")):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("dateline: ") and f" {code} " in result.stderr or \
            result.stderr.startswith(f"dateline: {code} "), result.stderr


# --- 3. E203 per command -------------------------------------------------------------------------


def test_e203_says_annotated_where_the_text_is_annotated_and_kept_where_it_is_not(monkeypatch):
    from dateline.ingest import RawArticle, to_document

    monkeypatch.setenv("DATELINE_MAX_CHARS", "100")
    raw = RawArticle(source="a.txt", format="text", content="Talks resumed in Doha. " * 20)
    said = {annotated: [p.message for p in to_document(raw, clean=False, annotated=annotated).errors
                        if p.code == "E203"] for annotated in (True, False)}
    assert said[True] == ["E203 The article is 460 characters long; only the first 100 were annotated "
                          "(DATELINE_MAX_CHARS sets the limit)."]
    assert said[False] == [said[True][0].replace("annotated", "kept")]


def test_the_api_says_what_it_did_too(monkeypatch):
    import dateline

    monkeypatch.setenv("DATELINE_MAX_CHARS", "100")
    document = dateline.extract("Talks resumed in Doha. " * 20, clean=False)
    (message,) = [p.message for p in document.errors if p.code == "E203"]
    assert "were kept" in message


# --- 4. records without an id ------------------------------------------------------------------------


def _ingest(path, db):
    from dateline.corpus.ingest import ingest

    return ingest([str(path)], db, model="blank:en", stages=())


@pytest.mark.parametrize("fields", [
    {"url": "https://www.example.org/news/budget?utm_source=feed#top"},
    {"title": "Council passes  the budget", "publishedAt": "2021-11-24T09:00:00Z", "source": {"name": "Gazette"}},
])
def test_an_edited_record_without_an_id_is_stored_once(tmp_path, fields):
    text = ("The council met on Monday to pass the budget for 2021, after a long debate about road repairs "
            "and the cost of the new bridge.")   # (more words than the title key takes: fields.KEY_WORDS)
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text(json.dumps(dict(fields, content=text)) + "\n", encoding="utf-8")
    edited = dict(fields, content=text + " The mayor said the vote was close. [+120 chars]")
    if "title" in fields:   # the same title with other spacing and case, the same day at another hour
        edited.update(title="COUNCIL PASSES THE BUDGET", publishedAt="2021-11-24T17:30:00Z")
    else:   # the same address without its tracking parameter and fragment
        edited.update(url="https://www.example.org/news/budget")
    after.write_text(json.dumps(edited) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    first, again = _ingest(before, db), _ingest(after, db)
    assert (first.added, again.added, again.skipped) == (1, 0, 1)
    from dateline.corpus.store import Store

    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT duplicate_of FROM articles").fetchall()
        (document,) = list(store.iter_documents())
    assert rows == [(None,)] and document.text == text   # the first stored is kept: nothing twice


def test_a_record_is_keyed_as_dateline_fetch_keys_its_page():
    from dateline.crawl.discover import normalise
    from dateline.crawl.state import article_id
    from dateline.ingest.readers import object_to_article

    url = "https://Example.org/a/story?utm_medium=x&id=3#comments"
    record = object_to_article({"text": "Talks resumed.", "url": url}, "in.jsonl:1")
    assert record.id == article_id(normalise(url))
    # the text alone keys a record that names nothing else, as before
    bare = object_to_article({"text": "Talks resumed."}, "in.jsonl:2")
    assert bare.id is None and bare.content_id
    # an id the record gives wins
    assert object_to_article({"id": "x1", "text": "Talks resumed.", "url": url}, "s").id == "x1"
    # two different articles of one day and publisher keep apart
    one = object_to_article({"text": "a", "title": "Budget passed", "published": "2021-11-24",
                             "publisher": "Gazette"}, "s")
    two = object_to_article({"text": "a", "title": "Budget rejected", "published": "2021-11-24",
                             "publisher": "Gazette"}, "s")
    assert one.id and two.id and one.id != two.id


# --- 5. W113 for a JSON Lines record -----------------------------------------------------------------


def test_a_record_too_long_for_one_article_is_named_by_file_and_line(tmp_path, monkeypatch):
    import dateline.ingest.readers as readers
    from dateline.ingest import iter_inputs

    monkeypatch.setattr(readers, "ONE_ARTICLE_MAX_CHARS", 1000)
    path = tmp_path / "feed.jsonl"
    rows = [{"text": "Short one."}, {"text": "A dump of many articles. " * 100},
            {"html": "<p>" + "x " * 1000 + "</p>"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    warned = [i for i in items if getattr(i, "code", None) == "W113"]
    assert [w.source for w in warned] == [f"{path}:2"]      # the text record, not the HTML one
    assert str(warned[0]).startswith(f"{path}:2: W113 2,500 characters of plain text in one record")
    assert "Split it into one record per article" in str(warned[0])
    assert sum(1 for i in items if hasattr(i, "content")) == 3   # still read, as one article each
    # the same in a .json file
    as_json = tmp_path / "feed.json"
    as_json.write_text(json.dumps({"articles": rows}, indent=1), encoding="utf-8")
    warned = [i for i in iter_inputs([str(as_json)]) if getattr(i, "code", None) == "W113"]
    assert len(warned) == 1 and warned[0].source.startswith(f"{as_json}:")


def test_the_record_warning_leaves_the_exit_status(tmp_path, monkeypatch):
    import dateline.ingest.readers as readers

    monkeypatch.setattr(readers, "ONE_ARTICLE_MAX_CHARS", 1000)
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "The council met on Monday. " * 60}) + "\n", encoding="utf-8")
    result = run("extract", str(path), "-q")
    assert result.exit_code == 0
    assert f"dateline: {path}:1: W113 " in result.stderr


# --- 6. run-on text in linear time (timed by benchmarks/runon_speed.py, not here) ------------------


def test_a_line_put_together_reads_as_its_whole_text_would():
    """What ``_Built`` keeps up as pieces go on (words, capitalised words, its end, its last word)
    is what the whole text gives, at every joint: the joints' tests decide as before."""
    import random

    from dateline.ingest import lines as L

    rng = random.Random(19)
    pieces = ["the council debated", "Road Repairs", ", and the", "of", "Android", ".", "”", ",",
              "Brian Bixler", "for assignment on", "@janedoe", "-", "x" * 90, "Élysée", "ß", "of the",
              "…", "said:", "in", "İstanbul", "7 people"]
    for _ in range(200):
        first = rng.choice(pieces)
        built, text = L._Built(first), first
        if rng.random() < 0.5:
            built.words(), built.looks_like_title()     # kept up from the start, or worked out late
        for _ in range(rng.randint(1, 40)):
            piece = rng.choice(pieces)
            separator = "" if piece[0] in L._CLOSING else " "
            built.add(separator, piece)
            text += separator + piece
            assert built.words() == len(text.split())
            assert built.looks_like_title() == L.looks_like_title(text)
            assert built.ends_on_function_word() == L._ends_on_function_word(text)
            assert built.ends(L._OPEN_END) == (L._OPEN_END.search(text) is not None)
        assert built.text() == text


def test_the_signed_thread_answers_as_the_run_from_each_signature_would(monkeypatch):
    """The runs kept from one signature answer later ones as a run found afresh from each would,
    bylines that name a signer between them included."""
    import random

    from dateline.ingest import body
    from dateline.ingest.lines import split_lines, tag_lines

    rng = random.Random(19)
    people = ["Jane Doe", "Tom Roe", "Ann Lee"]
    for _ in range(30):
        rows = ["Storm live: the latest", ""]
        for k in range(rng.randint(5, 40)):
            kind = rng.random()
            if kind < 0.5:
                rows.append(f"Posted by: {rng.choice(people)} on {1 + k % 28} Mar 2024")
            elif kind < 0.6:
                rows.append(f"By {rng.choice(people)}")
            rows.append("Crews have restored power to many homes in the north, the utility said today. " * rng.randint(1, 3))
        lines = split_lines("\n".join(rows))
        tag_lines(lines)
        threads = body._SignedThreads(lines)
        for index in range(len(lines)):
            if body._signed(lines, index):
                assert threads.opens(index) == _signed_thread_as_before(lines, index), (rows, index)


def _signed_thread_as_before(lines, index) -> bool:
    """The eighteenth session's reading, run afresh from ``index`` (the reference)."""
    import re

    from dateline.ingest import body
    from dateline.ingest import patterns as P

    bylines = [" " + " ".join(re.findall(r"\w+", line.text.lower())) + " " for line in lines[:index]
               if line.kind == "byline"]

    def commenter(at):
        name = " ".join(re.findall(r"\w+", body._signer(lines[at]))) if body._signed(lines, at) else ""
        return name if name and not any(f" {name} " in byline for byline in bylines) else None

    if commenter(index) is None:
        return False
    run, gaps, words, last = [commenter(index)], [], 0.0, index
    for other in range(index + 1, len(lines)):
        if other - last > P.COMMENT_SIGNED_RUN:
            break
        name = commenter(other)
        if name is not None:
            run.append(name)
            gaps.append(words)
            words, last = 0.0, other
        elif lines[other].prose and lines[other].kind is None:
            words += lines[other].words
    if len(set(run)) < 2:
        return False
    after = 0.0
    for line in lines[last + 1:]:
        if line.kind is not None or line.barrier:
            break
        after += line.words if line.prose else 0.0
    return after < max(gaps) + P.COMMENT_RESUME_WORDS


def test_a_live_blog_of_more_entries_than_the_recursion_limit_is_cleaned():
    """select_body took the stretches recursively: a live blog of 1,000+ entries, each a stretch of
    its own, stopped the cleaner with RecursionError (a 200,000-character page, robust19)."""
    import sys

    from dateline.ingest.clean import clean_text

    entries = sys.getrecursionlimit() + 200
    rows = ["Storm live: the latest", "", "The storm reached the coast on Monday night, and officials "
            "said thousands of homes had lost power as the wind brought down lines across the region. " * 4, ""]
    for k in range(entries):
        rows += [f"Posted by: Jane Doe on {1 + k % 28} Mar 2024",
                 f"Crews have restored power to {k * 10} homes in the north, the utility said in an update.", ""]
    found = clean_text("\n".join(rows))    # (before: RecursionError)
    assert found.text.startswith("The storm reached the coast on Monday night")
