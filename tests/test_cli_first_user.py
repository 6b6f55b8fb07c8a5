"""The command line as a first outside user met it (2026-12-06, fifteenth session): a count option
given a negative number, an output that can't be written and a Ctrl-C during an ingest each get a
sentence that names the problem and the way out, not a traceback. Then as the sixteenth session's
first user met it (2026-12-07): files a folder holds that no reader takes are named, not passed
over in silence; a bad option value is named with the value and the form expected; counts of one
are said in the singular; a web address given as a file, a non-URL given to fetch, a folder given
to summary and a port in use each get one sentence."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from web_store import build_store

from dateline.cli import app
from dateline.words import counted, plural

runner = CliRunner()


def run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("first-user") / "store.duckdb")


@pytest.mark.parametrize("args", [
    ("events", "--limit", "-1"), ("events", "--offset", "-1"), ("sql", "--limit", "-1", "SELECT 1"),
    ("stats", "--top", "-1"), ("stats", "--articles", "-1"),
])
def test_a_negative_count_is_a_usage_error_not_a_traceback(db, args):
    result = run(*args[:1], "--db", db, *args[1:])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{args[1]}'" in result.output and "greater than or equal to 0" in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_summary_refuses_a_negative_number_of_events(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("", encoding="utf-8")
    assert run("summary", path, "--max-events", "-1").exit_code == 2


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_an_output_that_cannot_be_written_is_named(tmp_path, where):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    output = tmp_path if where == "folder" else tmp_path / "missing" / "out.jsonl"
    result = run("extract", article, "-o", output, "-q")
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit), result.exception
    assert f"{output}: E008 can't write the output here" in result.stderr


def test_an_export_folder_that_is_a_file_is_named(db, tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("not a folder", encoding="utf-8")
    result = run("export", "--db", db, "--format", "jsonl", "--out", taken)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    assert "can't write the export there" in result.stderr and str(taken) in result.stderr


def test_ctrl_c_during_an_ingest_says_how_to_resume(tmp_path, monkeypatch):
    import importlib

    corpus_ingest = importlib.import_module("dateline.corpus.ingest")  # the module, not the function
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus_ingest, "ingest", interrupted)
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    result = run("ingest", article, "--db", tmp_path / "s.duckdb", "-q")
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "run the same command again to resume" in result.stderr


def test_version_is_printed():
    from dateline import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"dateline {__version__}"


# --- the sixteenth session's first user ----------------------------------------------------------


def mixed_folder(root):
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Talks resumed in Doha on Monday between the two sides.", encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 not an article")
    (folder / "sub" / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "README").write_text("What this folder holds.", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")          # hidden: not worth a word
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    return folder


def test_files_of_unknown_type_in_a_folder_are_named_and_fail_nothing(tmp_path):
    folder = mixed_folder(tmp_path)
    result = run("extract", folder, "-q")
    assert result.exit_code == 0, result.output  # the article was read; a skipped PDF fails nothing
    assert result.stdout.count('"text"') == 1
    (line,) = [x for x in result.stderr.splitlines() if "W108" in x]
    assert f"{folder}: W108 skipped 3 files of unknown type: README, report.pdf, sub/notes.docx" in line
    assert ".txt" in line and ".jsonl" in line and "--input-format" in line
    assert ".DS_Store" not in line and "HEAD" not in line


def test_ingest_says_how_many_files_it_skipped(tmp_path):
    folder = mixed_folder(tmp_path)
    (folder / "bad.jsonl").write_text('{"text": "Talks resumed in Doha."}\nnot json\n', encoding="utf-8")
    result = run("ingest", folder, "--db", tmp_path / "s.duckdb", "--stages", "entities", "-q")
    assert result.exit_code == 1, result.output  # the broken JSON Lines line, not the skipped files
    assert "W108" in result.stderr and "E104" in result.stderr
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith("2 articles added") and summary.endswith(
        "1 unreadable input, 3 files of unknown type skipped"), summary


def test_a_folder_of_unknown_files_only_names_them_and_fails(tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "one.pdf").write_bytes(b"%PDF")
    result = run("extract", folder, "-q")
    assert result.exit_code == 1
    assert "skipped 1 file of unknown type: one.pdf" in result.stderr and "E107" in result.stderr
    assert "dateline reads: .txt" in result.stderr  # E107 names the suffixes W108 names


def test_many_skipped_files_are_summed_up(tmp_path):
    for i in range(8):
        (tmp_path / f"scan{i}.png").write_bytes(b"\x89PNG")
    (tmp_path / "a.txt").write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    result = run("extract", tmp_path, "-q")
    assert "skipped 8 files of unknown type: scan0.png, scan1.png, scan2.png, scan3.png, scan4.png and 3 more" \
        in result.stderr


@pytest.mark.parametrize("option, value, expected", [
    ("--since", "notadate", "2021-11-24"), ("--until", "2021-13-45", "YYYY-MM-DD"),
    ("--country", "pakistan", "alpha-3"), ("--type", "NOTATYPE", "CONSULT"),
])
def test_a_bad_events_option_names_the_option_the_value_and_the_form(db, option, value, expected):
    result = run("events", "--db", db, option, value)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    message = result.stderr
    assert option in message and repr(value) in message and expected in message, message


def test_the_web_api_names_the_bad_date_parameter(db):
    from dateline.corpus.store import Store
    from dateline.errors import DatelineError

    with Store(db, read_only=True) as store, pytest.raises(DatelineError) as caught:
        store.events({"since": "yesterday"})
    assert caught.value.code == "E004" and str(caught.value).startswith("E004 since: can't read 'yesterday'")


@pytest.mark.parametrize("args, message", [
    (("extract", "{article}", "--published", "soon"), "--published: can't read 'soon' as a date"),
    (("extract", "{article}", "--published", "11/12/2021"), "can be read either way"),
    (("ingest", "{article}", "--db", "{store}", "--workers", "0"), "--workers must be at least 1 (got 0)"),
    (("ingest", "{article}", "--db", "{store}", "--batch-size", "-3"), "--batch-size must be at least 1 (got -3)"),
])
def test_other_bad_values_are_named(tmp_path, args, message):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    filled = [a.format(article=article, store=tmp_path / "s.duckdb") for a in args]
    result = run(*filled)
    assert result.exit_code == 2 and message in result.stderr, result.output


def test_good_event_options_still_match(db):
    every = run("events", "--db", db, "--min-confidence", "0", "--format", "csv")
    some = run("events", "--db", db, "--min-confidence", "0", "--format", "csv", "--country", "fra",
               "--type", "protest", "--since", "2000-01-01")
    assert every.exit_code == 0 and some.exit_code == 0, some.output
    assert 1 < len(some.stdout.splitlines()) <= len(every.stdout.splitlines())


def test_counts_of_one_are_singular():
    assert [counted(1, "article"), counted(0, "article"), counted(2, "story"), counted(1, "story"),
            counted(3, "timex"), counted(2, "unreadable input"), counted(2, "day")] == [
        "1 article", "0 articles", "2 stories", "1 story", "3 timexes", "2 unreadable inputs", "2 days"]
    assert plural("entity") == "entities"


def test_summaries_say_one_article_and_one_event(tmp_path, db):
    import json

    from web_store import paris_article

    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(paris_article().as_dict()) + "\n", encoding="utf-8")
    shown = run("summary", path, "--min-confidence", "0").stdout
    last = shown.strip().splitlines()[-1]
    assert last.startswith("1 article: ") and "1 articles" not in shown, last
    for bad in ("1 entities", "1 actors", "1 quotes", "1 places", "1 events"):
        assert bad not in shown
    stats = run("stats", "--db", db, "--articles", "1").stdout
    assert "First article:" in stats
    for bad in (" 1 articles", " 1 events", " 1 stories", " 1 quotes", " 1 mentions", " 1 near-duplicates"):
        assert bad not in stats, stats


def test_the_ingest_line_says_one_article(tmp_path):
    from dateline.corpus.ingest import IngestReport

    line = IngestReport(added=1, events_new=1, events_merged=1, stories=1, input_errors=1, duplicates=1).line()
    assert line.startswith("1 article added") and "1 near-duplicate," in line and "1 event (+1 mention " in line
    assert "1 story," in line and line.endswith("1 unreadable input")


@pytest.mark.parametrize("given", ["https://example.com/news/story.html", "www.example.com/story"])
def test_a_web_address_given_as_a_file_says_how_to_fetch_it(tmp_path, given):
    result = run("extract", given, "-q")
    assert result.exit_code == 1
    assert f"dateline: {given}: E109 a web address, not a file" in result.stderr and "dateline fetch" in result.stderr


def test_fetch_refuses_what_is_not_a_url_before_making_a_store(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    for given, hint in (("notaurl", False), (str(article), True)):
        result = run("fetch", given, "--db", tmp_path / "s.duckdb")
        assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
        assert f"{given}: E509 not an http(s) URL" in result.stderr
        assert ("dateline ingest" in result.stderr) == hint
    assert not (tmp_path / "s.duckdb").exists()


def test_fetching_no_url_records_nothing_rather_than_failing(tmp_path):
    from dateline.corpus.store import Store
    from dateline.crawl.state import CrawlState

    with Store(tmp_path / "s.duckdb") as store:
        assert CrawlState(store).add_urls([], "fetch", 1) == []


def test_summary_of_a_folder_or_stdin(tmp_path):
    import json

    from web_store import paris_article

    folder = run("summary", tmp_path)   # exit 1, as a missing or empty file (mend23A)
    assert folder.exit_code == 1 and "a folder" in folder.stderr and "dateline annotate -o" in folder.stderr
    piped = runner.invoke(app, ["summary", "-", "--min-confidence", "0"],
                          input=json.dumps(paris_article().as_dict()) + "\n")
    assert piped.exit_code == 0 and piped.stdout.strip().splitlines()[-1].startswith("1 article: ")
    raw = runner.invoke(app, ["summary", "-"], input='{"id": "a", "text": "x"}\nnot json\n')
    assert raw.exit_code == 2 and "<stdin>:2: E112 not an annotated Document" in raw.stderr  # as readers name stdin


def test_rebuild_stories_of_a_missing_store_says_how_to_make_one(tmp_path):
    result = run("rebuild-stories", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "E401" in result.stderr and "dateline ingest" in result.stderr


def test_the_stages_the_ingest_help_lists_are_the_default_ones():
    from dateline.pipeline import DEFAULT_STAGES

    shown = " ".join(run("ingest", "--help").stdout.split())
    assert f"default: all: {', '.join(DEFAULT_STAGES)})" in shown


def test_serve_on_a_port_in_use_or_an_unknown_host_says_so_before_serving(db):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--db", db, "--port", port)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert f"can't serve on 127.0.0.1:{port}" in result.stderr and "another --port" in result.stderr
    assert "serving" not in result.stderr
    unknown = run("serve", "--db", db, "--host", "no-such-host.invalid", "--port", port)
    assert unknown.exit_code == 1 and "--host no-such-host.invalid: not an address" in unknown.stderr


def test_a_numeric_date_read_only_one_way_is_taken():
    from dateline.jobs import check_published

    assert check_published("24/11/2021").startswith("2021-11-24")
    assert check_published("11/11/2021").startswith("2021-11-11")


# --- the seventeenth session's first user ----------------------------------------------------------


def test_a_long_run_logged_to_a_file_says_that_it_moves(tmp_path, monkeypatch):
    # stderr is no terminal here (a job's log): no bar, but a line every LOG_EVERY seconds
    from dateline import progress

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    result = run("extract", tmp_path)
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if "so far" in x]
    assert [x.split(" articles")[0] for x in lines] == ["dateline: 1", "dateline: 2", "dateline: 3"]
    monkeypatch.setattr(progress, "LOG_EVERY", 3600.0)
    assert "so far" not in run("extract", tmp_path).stderr  # a short run says nothing
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    assert "so far" not in run("extract", tmp_path, "-q").stderr


def test_help_texts_show_no_source_markup():
    # a docstring's ``--min-confidence`` reached `export --help` and `stats --help` as written
    from dateline.cli_reference import reference

    text = reference().replace("```", "")
    assert "``" not in text and ":func:" not in text and ":mod:" not in text


def test_serve_says_one_worker_in_the_singular(db, monkeypatch):
    import socket

    import uvicorn

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)  # started, not kept serving
    result = run("serve", "--db", db, "--port", port)
    assert "with 1 worker (Ctrl-C stops)" in result.stderr, result.output


def test_the_paths_help_names_every_suffix_read():
    from dateline.ingest.readers import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

    for command in ("annotate", "extract", "ingest"):
        shown = " ".join(run(command, "--help").stdout.split())
        for suffixes in (TEXT_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, JSON_SUFFIXES):
            assert suffixes[0] in shown, (command, suffixes)
