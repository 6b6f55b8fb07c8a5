"""Records under the field names news APIs and scrapers use (``dateline.ingest.fields``): NewsAPI,
the Guardian's Content API, the New York Times' Article Search, GDELT's DOC API, news-please and
other dumps. The records are invented, shaped as each API documents its answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import InputError
from dateline.ingest import to_document
from dateline.ingest.fields import BODY_ORDER, FIELD_NAMES
from dateline.ingest.readers import RawArticle, iter_inputs

runner = CliRunner()
DOCS = Path(__file__).resolve().parents[1] / "docs" / "ingest.md"


def read(path):
    return list(iter_inputs([str(path)]))


def write(tmp_path, name, document):
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


NEWSAPI = {"status": "ok", "totalResults": 2, "articles": [
    {"source": {"id": "example-news", "name": "Example News"}, "author": "Ana Ruiz and Tom Berg",
     "title": "Ceasefire talks resume in Doha", "description": "Negotiators met again on Friday.",
     "url": "https://news.example.org/doha", "urlToImage": "https://news.example.org/doha.jpg",
     "publishedAt": "2024-03-01T10:00:00Z",
     "content": "Negotiators from both sides met in Doha on Friday to resume talks on a ceasefire, "
                "officials said. The meeting lasted… [+2345 chars]"},
    {"source": {"id": None, "name": "Wire Desk"}, "author": None, "title": "Floods in the north",
     "description": "Rivers burst their banks after a week of rain.", "url": "https://wire.example.com/f",
     "publishedAt": "2024-03-02T08:30:00Z", "content": None}]}


def test_newsapi_articles_are_read_with_their_metadata_and_marked_partial(tmp_path):
    first, second = read(write(tmp_path, "newsapi.json", NEWSAPI))
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle)
    assert first.content.endswith("The meeting lasted") and "[+" not in first.content
    assert (first.title, first.url, first.published, first.publisher, first.authors) == (
        "Ceasefire talks resume in Doha", "https://news.example.org/doha", "2024-03-01T10:00:00Z",
        "Example News", ("Ana Ruiz", "Tom Berg"))
    assert [p.code for p in first.problems] == ["W207"] and '"content"' in first.problems[0].message
    # no content: the description, said to be a summary
    assert second.content == "Rivers burst their banks after a week of rain."
    assert second.publisher == "Wire Desk" and second.authors == ()
    assert '"description"' in second.problems[0].message
    document = to_document(first)
    assert (document.published, document.publisher, document.authors) == (
        "2024-03-01T10:00:00+00:00", "Example News", ("Ana Ruiz", "Tom Berg"))
    assert "W207" in [p.code for p in document.errors] and document.ok  # a warning, not a failure


def test_a_whole_content_field_is_no_partial_text(tmp_path):
    # a scraper's "content" holds the whole text: no NewsAPI cut mark, no W207
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"content": "The council voted on Monday. " * 20, "headline": "Vote",
                                "date": "2024-05-06", "link": "https://example.net/vote"}) + "\n",
                    encoding="utf-8")
    (article,) = read(path)
    assert article.problems == () and article.content.startswith("The council voted")
    assert (article.title, article.published, article.url) == ("Vote", "2024-05-06", "https://example.net/vote")


def test_guardian_results_with_body_text_body_html_or_neither(tmp_path):
    item = {"id": "world/2024/mar/01/lima-protest", "type": "article",
            "webPublicationDate": "2024-03-01T09:00:00Z", "webTitle": "Thousands march in Lima",
            "webUrl": "https://www.example.com/world/2024/mar/01/lima-protest",
            "fields": {"bodyText": "Thousands of people marched through Lima on Friday.",
                       "body": "<p>Thousands of people marched through Lima on Friday.</p>",
                       "byline": "Dana Cole"}}
    paragraphs = "".join(f"<p>Police cleared the square on Sunday after {n} days of protests, the "
                         "city's officials said.</p>" for n in ("two", "three", "four"))
    html_only = dict(item, id="world/2", fields={"body": paragraphs})
    path = write(tmp_path, "guardian.json", {"response": {"status": "ok", "results": [item, html_only]}})
    text, html = read(path)
    assert (text.format, text.content, text.id, text.title, text.published, text.authors) == (
        "text", item["fields"]["bodyText"], item["id"], item["webTitle"], item["webPublicationDate"],
        ("Dana Cole",))
    assert text.url == item["webUrl"] and text.problems == ()
    assert (html.format, html.content) == ("html", paragraphs)
    assert "after three days of protests" in to_document(html).text
    # asked without show-fields: no text, and the error says how to get it
    bare = {k: v for k, v in item.items() if k != "fields"}
    path = write(tmp_path, "bare.json", {"response": {"results": [bare, dict(bare, id="world/3")]}})
    (error,) = read(path)
    assert isinstance(error, InputError) and error.code == "E105"
    assert str(error).startswith(f"{path}: E105 none of its 2 records") and "webTitle, webUrl" in str(error)
    assert "show-fields=bodyText" in str(error)


def test_one_guardian_item_alone_is_one_record(tmp_path):
    path = write(tmp_path, "item.json", {"id": "a", "webTitle": "T", "fields": {"bodyText": "Text."}})
    (article,) = read(path)
    assert (article.content, article.title, article.source) == ("Text.", "T", str(path))


def test_new_york_times_docs(tmp_path):
    doc = {"abstract": "Leaders met.", "web_url": "https://www.example.com/2024/03/01/leaders.html",
           "snippet": "Leaders met.", "lead_paragraph": "The president met the prime minister in Washington on Friday.",
           "source": "The Example Times", "headline": {"main": "Leaders Meet in Washington", "print_headline": "Leaders Meet"},
           "pub_date": "2024-03-01T10:15:00+0000", "byline": {"original": "By Ana Ruiz and Tom Berg"},
           "_id": "nyt://article/0000"}
    (article,) = read(write(tmp_path, "nyt.json", {"status": "OK", "response": {"docs": [doc], "meta": {"hits": 1}}}))
    assert article.content == doc["lead_paragraph"] and '"lead_paragraph"' in article.problems[0].message
    assert (article.id, article.url, article.title, article.publisher, article.authors) == (
        "nyt://article/0000", doc["web_url"], "Leaders Meet in Washington", "The Example Times",
        ("Ana Ruiz", "Tom Berg"))
    assert to_document(article).published == "2024-03-01T10:15:00+00:00"


def test_gdelt_doc_records_have_no_text_and_the_error_says_to_fetch_them(tmp_path):
    record = {"url": "https://example.com/1", "url_mobile": "", "title": "One", "seendate": "20240301T101500Z",
              "socialimage": "", "domain": "example.com", "language": "English", "sourcecountry": "Chile"}
    path = write(tmp_path, "gdelt.json", {"articles": [record, dict(record, url="https://example.com/2")]})
    (error,) = read(path)
    assert error.code == "E105"
    assert "url, url_mobile, title, seendate, socialimage, domain, language, sourcecountry" in str(error)
    assert "dateline fetch URL" in str(error)


def test_news_please_and_event_registry_records(tmp_path):
    path = tmp_path / "mixed.jsonl"
    rows = [{"maintext": "Rebels seized the town on Monday.", "title": "Town seized", "date_publish": "2024-03-04 10:00:00",
             "date_download": "2024-03-04 12:00:00", "source_domain": "example.net", "authors": ["Lena Park"],
             "url": "https://example.net/town"},
            {"uri": "8000001", "body": "Farmers blocked the highway.", "title": "Blockade", "date": "2024-03-05",
             "time": "07:00:00", "dateTime": "2024-03-05T07:00:00Z", "dateTimePub": "2024-03-05T06:10:00Z",
             "source": {"uri": "example.org", "title": "Example Daily"}, "authors": [{"name": "Omar Haddad"}]},
            {"text": "Ours wins.", "body": "not this", "title": "Own fields", "publishedAt": "2024-01-01",
             "published": "2024-02-02", "source": "https://example.com/page"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    please, registry, own = read(path)
    assert (please.content, please.published, please.fetched, please.publisher, please.authors) == (
        "Rebels seized the town on Monday.", "2024-03-04 10:00:00", "2024-03-04 12:00:00", "example.net", ("Lena Park",))
    # Event Registry: "dateTimePub" is the publication, "dateTime" when the article entered its system
    assert (registry.id, registry.content, registry.publisher, registry.authors, registry.published,
            registry.fetched) == ("8000001", "Farmers blocked the highway.", "Example Daily", ("Omar Haddad",),
                                  "2024-03-05T06:10:00Z", "2024-03-05T07:00:00Z")
    # dateline's own names first; a web address is no publisher
    assert (own.content, own.published, own.publisher) == ("Ours wins.", "2024-02-02", None)


def test_a_date_and_a_time_field_are_not_joined(tmp_path):
    # Event Registry's "date" and "time" are its "dateTime" (entry time) split in two: without
    # "dateTimePub" its "date" is the fallback, as a plain "date" is; a scraper's "time" that is
    # no time of day ("5 min read") leaves the "date" as it was.
    rows = [{"uri": "8000002", "body": "Talks resumed.", "date": "2026-03-03", "time": "07:27:52",
             "dateTime": "2026-03-03T07:27:52Z"},
            {"body": "Markets rose.", "date": "March 5, 2024", "time": "5 min read"}]
    path = tmp_path / "dates.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    registry, scraped = read(path)
    assert (registry.published, registry.fetched) == ("2026-03-03", "2026-03-03T07:27:52Z")
    assert scraped.published == "March 5, 2024"


def test_the_documented_table_lists_every_name_read():
    section = DOCS.read_text(encoding="utf-8").split("\n## Record fields", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = re.findall(r"`([^`]+)`", cells[1])
    assert rows == {field: list(names) for field, names in FIELD_NAMES.items()}
    assert set(BODY_ORDER) == set(FIELD_NAMES["text"][1:] + FIELD_NAMES["html"][1:])


def test_extract_reads_an_api_file_end_to_end(tmp_path):
    path = write(tmp_path, "newsapi.json", NEWSAPI)
    result = runner.invoke(app, ["extract", str(path), "-q"])
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [d["title"] for d in documents] == ["Ceasefire talks resume in Doha", "Floods in the north"]
    assert documents[0]["publisher"] == "Example News" and documents[0]["authors"] == ["Ana Ruiz", "Tom Berg"]


def test_an_empty_field_is_passed_over_and_paragraph_lists_are_joined(tmp_path):
    path = tmp_path / "bodies.jsonl"
    rows = [{"text": "", "maintext": "The mayor resigned on Friday."},
            {"text": "  ", "content": ["The port reopened on Monday.", "Ships queued outside."]},
            {"text": ""}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    maintext, paragraphs, empty = read(path)
    assert (maintext.format, maintext.content) == ("text", "The mayor resigned on Friday.")
    assert paragraphs.content == "The port reopened on Monday.\n\nShips queued outside."
    assert not paragraphs.problems  # a whole text, not NewsAPI's cut copy
    assert (empty.format, empty.content) == ("text", "")  # nothing else: the empty article (E201)
    assert "E201" in [p.code for p in to_document(empty).errors]


def test_wordpress_and_json_feed_items_are_read(tmp_path):
    post = {"id": 42, "date": "2024-03-06T09:00:00", "link": "https://blog.example.org/?p=42",
            "title": {"rendered": "Council approves the budget"},
            "content": {"rendered": "<p>The council approved the budget on Tuesday.</p>\n<p>It passed 7 to 2.</p>",
                        "protected": False},
            "excerpt": {"rendered": "<p>The council approved the budget.</p>"}, "author": 3}
    (wordpress,) = read(write(tmp_path, "posts.json", [post]))
    assert (wordpress.format, wordpress.id, wordpress.title, wordpress.url, wordpress.published) == (
        "html", "42", "Council approves the budget", "https://blog.example.org/?p=42", "2024-03-06T09:00:00")
    assert "7 to 2" in to_document(wordpress).text
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Example feed", "items": [
        {"id": "a1", "url": "https://feed.example.org/a1", "title": "Bridge closed",
         "content_text": "The bridge was closed on Wednesday for repairs.", "date_published": "2024-03-07T08:00:00Z",
         "authors": [{"name": "Lena Park"}]},
        {"id": "a2", "url": "https://feed.example.org/a2", "title": "Bridge reopened",
         "content_html": "<p>The bridge reopened on Thursday.</p>", "author": {"name": "Omar Haddad"}}]}
    text, html = read(write(tmp_path, "feed.json", feed))
    assert (text.format, text.content, text.published, text.authors) == (
        "text", "The bridge was closed on Wednesday for repairs.", "2024-03-07T08:00:00Z", ("Lena Park",))
    assert (html.format, html.content, html.authors) == ("html", "<p>The bridge reopened on Thursday.</p>", ("Omar Haddad",))


def test_the_no_text_hint_names_a_nested_or_shorter_text_field_before_fetch(tmp_path):
    nested = {"url": "https://example.org/a", "title": "Strike called off",
              "data": {"attributes": {"cuerpo": "Los sindicatos suspendieron la huelga tras un acuerdo con el gobierno."}}}
    short = {"link": "https://example.org/b", "headline": "Talks end", "texto": "Las conversaciones terminaron el martes sin un acuerdo final."}
    (first,) = read(write(tmp_path, "nested.json", [nested]))
    (second,) = read(write(tmp_path, "short.json", [short]))
    assert first.code == second.code == "E105"
    assert '"data.attributes.cuerpo" holds' in str(first) and "dateline fetch" not in str(first)
    assert '"texto" holds' in str(second) and "dateline fetch" not in str(second)


def test_authors_are_names_not_web_addresses_and_surname_first_stays_one_name(tmp_path):
    rows = [{"text": "A.", "author": "https://www.facebook.com/bbcnews"},
            {"text": "B.", "author": "Doe, Jane"},
            {"text": "C.", "authors": ["Jane Roe, John Doe", "https://twitter.com/someone"]},
            {"text": "D.", "author": "Reuters, AP"},
            {"text": "E.", "author": "Reuters, Bloomberg"},
            {"text": "F.", "author": "By Staff, Reuters"},
            {"text": "G.", "author": "Jane Roe (https://twitter.com/jroe)"},
            {"text": "H.", "authors": ["Ana Ruiz [https://example.org/ana] and Tom Berg", "(https://x.com/a)"]}]
    path = tmp_path / "authors.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [a.authors for a in read(path)] == [
        (), ("Doe, Jane",), ("Jane Roe", "John Doe"), ("Reuters", "AP"),
        # an agency or a staff word on either side: two names, not one written surname first
        ("Reuters", "Bloomberg"), ("Staff", "Reuters"),
        # a web address beside a name is cut out with its brackets; the name stays
        ("Jane Roe",), ("Ana Ruiz", "Tom Berg")]


def test_an_author_string_with_a_role_or_an_outlet_gives_its_people(tmp_path):
    # a news API's "author" is a byline: its roles and outlets are no people, and capitals are
    # names (before, every comma and "and" split it: "Staff Writer" and "Reuters" were authors)
    rows = [{"text": "A.", "author": "Jane Roe, Staff Writer"},
            {"text": "B.", "author": "Jane Roe, Reuters"},
            {"text": "C.", "author": "BY JANE DOE AND JOHN ROE"},
            {"text": "D.", "author": "BBC News"}]
    path = tmp_path / "roles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [a.authors for a in read(path)] == [
        ("Jane Roe",), ("Jane Roe",), ("Jane Doe", "John Roe"),
        ("BBC News",)]  # no person found: the string as given
