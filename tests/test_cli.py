"""CLI: annotate/extract on the seed, stable ids, --no-clean, bad inputs and exit codes."""

import gzip
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Document
from dateline.schema import validator

runner = CliRunner()


def run(*args, input=None, env=None):
    return runner.invoke(app, list(args), input=input, env=env)


def documents(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_out(seed_text, tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "article.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = run("annotate", str(path), "-q")
    return path, result


def test_annotate_seed_prints_one_valid_aligned_document(seed_out):
    _, result = seed_out
    assert result.exit_code == 0, result.output
    (data,) = documents(result.stdout)
    assert not list(validator().iter_errors(data))
    doc = Document.from_dict(data)
    assert doc.misaligned() == []
    assert doc.entities, "the seed has named entities"


def test_annotate_collects_young_objects_less_often_and_restores_the_host_setting(tmp_path,
                                                                                   monkeypatch):
    """While `annotate` works, the cyclic collector's young collections run every
    YOUNG_COLLECTION_AT new objects, not at the host's threshold; when the command returns, the
    host's threshold and on/off state are back (a host may run the Typer app in process)."""
    import gc

    from dateline import cli, jobs

    seen = []
    real = jobs.annotate_inputs

    def recording(*args, **kwargs):
        seen.append((gc.get_threshold()[0], gc.isenabled()))
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, "annotate_inputs", recording)
    path = tmp_path / "a.txt"
    path.write_text("The mayor opened the bridge on Monday.\n", encoding="utf-8")
    before, was_enabled = gc.get_threshold(), gc.isenabled()
    try:
        gc.set_threshold(700, *before[1:])
        gc.disable()
        assert run("annotate", str(path), "-q").exit_code == 0
        assert seen == [(cli.YOUNG_COLLECTION_AT, True)]
        assert gc.get_threshold() == (700, *before[1:])
        assert not gc.isenabled()
        bad = run("annotate", str(path), "-q", "--published", "not a date")
        assert bad.exit_code != 0
        assert gc.get_threshold() == (700, *before[1:]) and not gc.isenabled()
    finally:
        gc.set_threshold(*before)
        if was_enabled:
            gc.enable()


def test_ids_are_stable_across_runs_and_follow_content(seed_out, tmp_path):
    path, first = seed_out
    again = run("extract", str(path), "-q")
    assert documents(again.stdout)[0]["id"] == documents(first.stdout)[0]["id"]
    other = tmp_path / "other.txt"
    other.write_text(path.read_text(encoding="utf-8") + "\nOne more line.", encoding="utf-8")
    assert documents(run("extract", str(other), "-q").stdout)[0]["id"] != documents(first.stdout)[0]["id"]


def test_no_clean_keeps_text_byte_for_byte(tmp_path):
    raw = "  Headline\r\n\r\nPublished today.  \n“Quoted,” he said.\t\n\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    result = run("annotate", str(path), "--no-clean", "-q", "--published", "2021-11-24")
    assert result.exit_code == 0, result.output
    assert documents(result.stdout)[0]["text"] == raw


def test_jsonl_record_fields_are_used(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": "Angela Merkel spoke in Berlin.",
                                "published": "2020-05-01", "url": "http://example.org/a",
                                "title": "T"}) + "\n", encoding="utf-8")
    (doc,) = documents(run("extract", str(path), "-q").stdout)
    assert (doc["id"], doc["published"], doc["url"], doc["title"]) == ("r1", "2020-05-01", "http://example.org/a", "T")


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Angela Merkel met Emmanuel Macron in Paris on Monday.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text('{"id": "ok", "text": "The talks resumed in Doha."}\n{not json\n[1, 2]\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run("annotate", str(missing), str(empty), str(binary), str(jsonl), str(good), "-q",
                 "--published", "2021-11-24")
    assert result.exit_code == 1
    ids = [d["id"] for d in documents(result.stdout)]
    assert "ok" in ids and len(ids) == 2, "the readable inputs were still annotated"
    err = result.stderr
    assert "missing.txt: E101 no such file" in err
    assert "empty.txt: E106 the input is empty" in err
    assert "image.html: E102 looks like binary data" in err
    assert "batch.jsonl:2: E104 not a JSON object" in err
    assert "batch.jsonl:3: E104 not a JSON object" in err


def test_oversized_file_is_truncated_with_an_error(tmp_path):
    big = tmp_path / "big.txt.gz"
    paragraph = "The minister said the talks in Doha would resume next week. " * 10 + "\n\n"
    big.write_bytes(gzip.compress((paragraph * 85_000).encode("utf-8")))  # ~50 MB of text
    small = tmp_path / "small.txt"
    small.write_text("Talks resumed in Doha.", encoding="utf-8")
    result = run("annotate", str(big), str(small), "-q", "--no-clean", "--published", "2021-11-24",
                 env={"DATELINE_MAX_CHARS": "5000"})
    assert result.exit_code == 1
    docs = documents(result.stdout)
    assert len(docs) == 2
    assert len(docs[0]["text"]) <= 5000
    assert [p["code"] for p in docs[0]["errors"]] == ["E203", "E203"]
    assert "characters long" in result.stderr


def test_input_cut_before_extraction_says_read_not_annotated(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Talks resumed in Doha. " * 2_000, encoding="utf-8")  # 46,000 characters
    result = run("extract", str(big), "-q", "--no-clean", "--published", "2021-11-24",
                 env={"DATELINE_MAX_CHARS": "5000"})
    assert result.exit_code == 1
    (document,) = [json.loads(line) for line in result.stdout.splitlines()]
    raw, text = [p["message"] for p in document["errors"] if p["code"] == "E203"]
    assert "The input is 46,000 characters long; only the first 25,000 were read" in raw
    # extract annotates nothing: it says what it did (robust19; "were annotated" before)
    assert "The article is 25,000 characters long; only the first 5,000 were kept" in text
    assert "annotated" not in text


def test_text_in_another_encoding_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le président français a rencontré à Genève les délégués étrangers.".encode("cp1252"))
    result = run("extract", str(path), "-q", "--no-clean", "--published", "2021-01-01")
    assert result.exit_code == 0, result.output
    (doc,) = documents(result.stdout)
    assert "président" in doc["text"]
    assert [p["code"] for p in doc["errors"]] == ["W202"]


def test_stdin_jsonl_and_text(tmp_path):
    lines = '{"id": "s1", "text": "Talks resumed."}\n{"id": "s2", "text": "They ended."}\n'
    assert [d["id"] for d in documents(run("extract", "-", "-q", input=lines).stdout)] == ["s1", "s2"]
    text = "Talks resumed in Doha.\n{\"not\": \"a record\"} mixed in.\n"
    (doc,) = documents(run("extract", "-", "-q", "--no-clean", input=text).stdout)
    assert doc["text"] == text


def test_usage_errors_exit_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")
    assert run("extract", str(path), "--input-format", "pdf").exit_code == 2
    bad_date = run("extract", str(path), "--published", "not a date")
    assert bad_date.exit_code == 2 and "E004" in bad_date.stderr
    missing_model = run("annotate", str(path), "--model", "no_such_pipeline_xyz")
    assert missing_model.exit_code == 2 and "E001" in missing_model.stderr


def test_every_command_help_ends_with_an_example():
    from typer.main import get_command

    group = get_command(app)
    for name in group.list_commands(None):
        result = run(name, "--help")
        assert result.exit_code == 0
        assert result.stdout.strip().split("\n\n")[-1].strip().startswith("Example:"), name


def test_console_script_runs(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "dateline.cli", "extract", str(path),
                           "--published", "2021-11-24"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["published"] == "2021-11-24"
