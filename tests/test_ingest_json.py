"""``.json`` inputs (seventeenth session's first user): a JSON array of records, one record, or an
object holding an array of them as news APIs return, read with the JSON Lines record fields; each
bad record or file one error naming ``FILE:LINE``, the rest read."""

from __future__ import annotations

import gzip
import io
import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.corpus.ingest import count_inputs
from dateline.corpus.store import Store
from dateline.errors import InputError, InputWarning
from dateline.ingest.readers import RawArticle, format_of, iter_inputs

runner = CliRunner()


def read(*paths, stdin=None):
    return list(iter_inputs([str(p) for p in paths], stdin=stdin))


def articles(items):
    return [i for i in items if isinstance(i, RawArticle)]


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_an_array_of_records_is_read_with_the_line_each_starts_on(tmp_path):
    path = tmp_path / "batch.json"
    records = [{"id": "a1", "title": "One", "text": "Talks resumed in Doha.", "published": "2024-03-01",
                "url": "http://example.org/1", "publisher": "P", "fetched_at": "2024-03-01T10:00:00Z"},
               {"id": "a2", "html": "<html><body><p>Protesters marched.</p></body></html>"}]
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    first, second = read(path)
    assert (first.id, first.title, first.published, first.url, first.publisher, first.fetched) == (
        "a1", "One", "2024-03-01", "http://example.org/1", "P", "2024-03-01T10:00:00Z")
    assert (second.format, second.content) == ("html", records[1]["html"])
    lines = path.read_text(encoding="utf-8").splitlines()
    for article in (first, second):
        line = int(article.source.rsplit(":", 1)[1])
        assert lines[line - 1].strip() == "{" and f'"{article.id}"' in lines[line]


def test_news_api_wrappers_and_a_single_record_are_read(tmp_path):
    newsapi = tmp_path / "newsapi.json"
    newsapi.write_text(json.dumps({"status": "ok", "totalResults": 2, "sources": [{"id": "s"}],
                                   "articles": [{"text": "First."}, {"text": "Second."}]}), encoding="utf-8")
    guardian = tmp_path / "guardian.json"
    guardian.write_text(json.dumps({"response": {"status": "ok", "results": [{"text": "Third."}]}}),
                        encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Fourth.", "id": "s1"}), encoding="utf-8")
    items = read(newsapi, guardian, single)
    assert [a.content for a in articles(items)] == ["First.", "Second.", "Third.", "Fourth."]
    assert not errors(items)
    # one line holds both records: the column tells them apart
    first, second = articles(items)[:2]
    assert first.source != second.source and first.source.startswith(f"{newsapi}:1:")
    assert articles(items)[3].source == str(single)


def test_a_json_lines_file_named_json_is_read_as_json_lines(tmp_path):
    path = tmp_path / "lines.json"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    assert [(a.source, a.content) for a in read(path)] == [(f"{path}:1", "One."), (f"{path}:2", "Two.")]


def test_bad_records_and_bad_files_each_get_one_error_naming_the_place(tmp_path):
    mixed = tmp_path / "mixed.json"
    mixed.write_text('[\n{"text": "Good."},\n"a string",\n{"title": "no body", "summary": "s"}\n]',
                     encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "x"},\n {"text": oops}]', encoding="utf-8")
    status = tmp_path / "status.json"
    status.write_text('{"status": "error", "message": "rate limited"}', encoding="utf-8")
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    items = read(mixed, broken, status, empty)
    assert [a.content for a in articles(items)] == ["Good."]
    found = {e.code: str(e) for e in errors(items)}
    assert found["E104"].startswith(f"{mixed}:3: E104 not a JSON object (a JSON string)")
    assert found["E105"].startswith(f"{mixed}:4: E105 the record has no field that holds the article's text")
    assert "its fields: title, summary" in found["E105"]
    assert found["E110"].startswith(f"{broken}:2: E110 not valid JSON")
    assert found["E111"].startswith(f"{status}: E111 no articles found") and "status, message" in found["E111"]
    assert found["E106"].startswith(f"{empty}: E106 the input is empty")


def test_a_file_whose_records_all_lack_text_is_one_error_that_names_a_likely_field(tmp_path):
    # an export whose text is under a name no API uses: one error for the file, naming the field
    path = tmp_path / "export.json"
    record = {"source": {"id": None, "name": "P"}, "headline": "T", "summary_long": "Words. " * 40,
              "permalink": "http://example.org/a", "when": "2024-03-01T10:00:00Z"}
    path.write_text(json.dumps({"status": "ok", "totalResults": 100, "articles": [record] * 100}), encoding="utf-8")
    (error,) = read(path)
    message = str(error)
    assert error.code == "E105" and message.startswith(f"{path}: E105 none of its 100 records has a")
    assert "source.id, source.name, headline, summary_long" in message
    assert 'if "summary_long" holds the article\'s text, name that field "text"' in message
    assert count_inputs([str(path)]) == 1  # the bar's total: the one error
    path.write_text(json.dumps([{"title": "T"}, {"title": "U", "text": "Read."}]), encoding="utf-8")
    found = read(path)  # one record with text: each record on its own again
    assert [a.content for a in articles(found)] == ["Read."] and len(errors(found)) == 1
    assert "name that field" not in str(errors(found)[0])  # no field worth naming


def test_json_lines_errors_use_the_same_file_line_form(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "ok"}\n{broken\n{"title": "t"}\n', encoding="utf-8")
    bad = errors(read(path))
    assert [str(e).split(": ", 1)[0] for e in bad] == [f"{path}:2", f"{path}:3"]
    assert [str(e).split(": ", 1)[1][:5] for e in bad] == ["E104 ", "E105 "]


def test_gzip_latin1_and_stdin(tmp_path):
    packed = tmp_path / "batch.json.gz"
    packed.write_bytes(gzip.compress(json.dumps([{"text": "Zipped."}]).encode("utf-8")))
    latin = tmp_path / "latin.json"
    latin.write_bytes('[{"text": "La reunión en España."}]'.encode("latin-1"))
    zipped, accented = read(packed, latin)
    assert zipped.content == "Zipped." and format_of(packed) == "json"
    assert accented.content == "La reunión en España." and [p.code for p in accented.problems] == ["W202"]

    (piped,) = read("-", stdin=io.StringIO('[\n  {"text": "Piped.", "id": "p"}\n]\n'))
    assert (piped.id, piped.content, piped.source) == ("p", "Piped.", "<stdin>:2")


def test_a_folder_reads_json_without_a_w108_and_counts_its_records(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Three.", encoding="utf-8")
    items = read(tmp_path)
    assert not [i for i in items if isinstance(i, InputWarning)]
    assert len(articles(items)) == 3
    assert count_inputs([str(tmp_path)]) == 3
    (tmp_path / "c.json").write_text('{"text": "Four."}\n{"text": "Five."}\n', encoding="utf-8")
    (tmp_path / "d.json").write_text('{"text": broken', encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == len(read(tmp_path)) == 6  # the bar's total: every item


def test_annotate_and_ingest_a_json_file_and_ingest_it_again(tmp_path):
    path = tmp_path / "news.json"
    path.write_text(json.dumps({"articles": [
        {"id": "n1", "text": "Police arrested two men in Paris on Monday.", "published": "2024-03-04"},
        {"id": "n2", "text": "Protesters marched in Lagos on Friday.", "published": "2024-03-01"},
        {"title": "no body"}]}, indent=1), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-q"])
    assert result.exit_code == 1  # the record without text
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["n1", "n2"]
    assert f"{path}:" in result.stderr and "E105" in result.stderr
    db = tmp_path / "s.duckdb"
    for _ in range(2):  # the second run adds nothing and loses nothing
        result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--stages", "entities", "-q"])
        assert result.exit_code == 1, result.output
        with Store(db, read_only=True) as store:
            assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_a_latin1_json_file_is_counted_as_it_is_read(tmp_path):
    # json.loads(bytes) failed on Latin-1 (UnicodeDecodeError): the bar counted 1 and read 3
    path = tmp_path / "latin.json"
    path.write_bytes(json.dumps([{"text": t} for t in ("La reunión.", "En España.", "Año nuevo.")],
                                ensure_ascii=False).encode("latin-1"))
    assert count_inputs([str(path)]) == len(articles(read(path))) == 3


def test_an_empty_array_beside_the_records_is_not_a_second_candidate(tmp_path):
    # {"warnings": [], "hits_list": [...]} was E111 "several arrays of objects"
    path = tmp_path / "hits.json"
    path.write_text(json.dumps({"warnings": [], "hits_list": [{"text": "One."}, {"text": "Two."}]}),
                    encoding="utf-8")
    assert [a.content for a in articles(read(path))] == ["One.", "Two."]
    assert count_inputs([str(path)]) == 2
    # an object whose only arrays are empty still holds no articles (E106 for the empty one)
    path.write_text(json.dumps({"articles": [], "warnings": []}), encoding="utf-8")
    assert [e.code for e in errors(read(path))] == ["E106"]
