"""The review of robmend19 and ingmendF19 mended (keymend19): a record's address keys it only when it
names an article (not "#", "N/A" or a site's home page; a route fragment "#/story/6" kept); two
records of one run under one key with different inputs are counted changed; publishers' tracking
parameters that courlan keeps are dropped from article addresses (fetch and records alike); the
title key reads only the start of a long text. (The title parts: tests/test_ingest_plain_heads19.py.)"""

import json

import pytest


def _ingest(path, db):
    from dateline.corpus.ingest import ingest

    return ingest([str(path)], db, model="blank:en", stages=())


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _text(k):
    return (f"Lawmakers in district {k} voted on Tuesday to approve a budget of {k} million dollars, "
            "officials said. The measure passed after a long debate over school funding.")


ADDRESSES = ["#", "#", "N/A", "N/A", "javascript:void(0)", "https://example.com/", "https://example.com",
             "https://example.com/#/story/6", "https://example.com/#!/story/7",
             "https://example.com/a.aspx?sid=1&utm_source=x", "https://example.com/a.aspx?sid=2"]


def test_records_whose_addresses_name_no_article_are_each_stored(tmp_path):
    """Eleven different articles, some giving no usable address or their site's home page: each
    is stored (on main before keymend19: all "#" records shared one key, so did "N/A" and the
    site's root with its route fragments)."""
    records = [{"url": url, "title": f"T{k}", "text": _text(k)} for k, url in enumerate(ADDRESSES)]
    report = _ingest(_write(tmp_path / "in.jsonl", records), tmp_path / "c.duckdb")
    assert (report.added, report.skipped) == (len(records), 0), report.line()


def test_the_address_key():
    from dateline.ingest.fields import address_key, record_id

    for url in ("#", "N/A", "", "javascript:void(0)", "https://example.com/", "https://Example.com",
                "https://example.com/#top", "https://example.com/?utm_source=rss"):
        assert address_key(url) is None, url
    assert address_key("https://example.com/#/story/6") == "https://example.com/#/story/6"
    assert address_key("https://example.com/#!/story/6") == "https://example.com/#!/story/6"
    assert address_key("https://example.com/news/a#comments") == "https://example.com/news/a"
    assert address_key("https://example.com/?p=123") == "https://example.com/?p=123"
    # an address that names no article falls through to the title key, then the text's hash
    titled = record_id("#", "Budget", "2021-11-24", "Gazette", "The council met.")
    assert titled is not None and titled == record_id(None, "Budget", "2021-11-24", "Gazette", "The council met.")
    assert record_id("N/A", "Budget", "2021-11-24", None, "The council met.") is None


def test_one_key_twice_in_one_run_with_another_text_is_counted_changed(tmp_path):
    record = {"url": "https://www.example.org/2021/11/24/council-budget", "text": _text(1)}
    edited = dict(record, text=_text(1) + " Updated: the vote was 7 to 2.")
    report = _ingest(_write(tmp_path / "in.jsonl", [record, record, edited]), tmp_path / "c.duckdb")
    assert (report.added, report.skipped, report.changed) == (1, 2, 1), report.line()
    assert " 1 already stored, 1 changed since stored" in report.line(), report.line()


TRACKED = [
    "?mod=rss_markets", "?CMP=twt_gu", "?smid=tw-share", "?ito=1490", "?ocid=msedgntp", "?src=rss",
    "?cmpid=rss", "?rss=1", "?amp=1", "?output=amp", "?xtor=RSS-1", "?at_medium=social&at_campaign=tw",
    "?ns_mchannel=rss&ns_source=feed", "?icid=home", "?ref=twitter", "?Utm_Source=feed", "?MOD=RSS",
]


@pytest.mark.parametrize("query", TRACKED)
def test_publishers_trackers_are_dropped_from_an_article_address(query):
    from dateline.crawl.discover import article_url
    from dateline.ingest.fields import record_id

    page = "https://www.example.com/news/2021/11/24/council-budget"
    assert article_url(page + query) == page
    assert record_id(page + query, None, None, None) == record_id(page, None, None, None)


@pytest.mark.parametrize("query", ["?sid=12345", "?storyid=9", "?id=4", "?p=123", "?output=json",
                                   "?page=2", "?sid=1&mod=rss"])
def test_an_articles_own_parameters_are_kept(query):
    from dateline.crawl.discover import article_url

    page = "https://www.example.com/news/article.aspx"
    clean = article_url(page + query)
    assert clean.startswith(page + "?") and query.split("&")[0][1:] in clean
    assert "mod=" not in clean
    assert article_url(page + "?sid=1") != article_url(page + "?sid=2")


def test_one_article_from_two_feeds_is_one_link():
    from dateline.crawl.discover import article_url

    links = ["https://www.example.com/a/story?mod=rss_markets", "https://www.example.com/a/story?CMP=twt_gu",
             "https://www.example.com/a/story?smid=tw-share&utm_source=x"]
    assert len({article_url(link) for link in links}) == 1


def test_the_title_key_reads_only_the_start_of_a_long_text(monkeypatch):
    """The title key takes its words from the text's first KEY_CHARS characters: the same key as
    reading the whole text, and the rest of a 20 M character text never case-folded."""
    import dateline.ingest.fields as fields

    start = " ".join(f"Word{k}" for k in range(fields.KEY_WORDS + 5))
    long = start + " tail" * 200_000
    record_id = fields.record_id
    assert record_id(None, "Budget", "2021-11-24", "Gazette", long) == \
        record_id(None, "Budget", "2021-11-24", "Gazette", start.lower())
    folded = []

    class Text(str):
        def casefold(self):
            folded.append(len(self))
            return str.casefold(self)

        def __getitem__(self, index):
            return Text(str.__getitem__(self, index))

    assert record_id(None, "Budget", "2021-11-24", "Gazette", Text(long)) == \
        record_id(None, "Budget", "2021-11-24", "Gazette", long)
    assert folded and max(folded) <= fields.KEY_CHARS
