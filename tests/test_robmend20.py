"""Review findings on robust20, mended (robmend20): readers' comments and sidebars signed "Posted by"
stay cut; a stored address with a Latin-1 %-escape; stored addresses found by key, not by path."""

import pytest

# --- 1. signed lines under or above an ordinary article are not its text ---------------------------

_S1 = ("The city council voted on Tuesday to close the old library on Main Street after a decade of falling "
       "visits, a decision that drew protests from residents who said the building was the only quiet place left downtown. ")
_S2 = ("Council members said the money saved would pay for longer opening hours at the two newer branches, "
       "and that the collection would be moved over the summer before the building is sold. ")
_STORY = ["Library to close", "", _S1 * 2, _S2 * 2, _S1 + _S2]


def _teasers(heading, read_more=False, lead="Teaser"):
    rows = ["", heading, ""] if heading else []
    for k in range(1, 5):
        rows += [f"Posted by: Jane Doe on {k} Mar 2024",
                 f"{lead} {k}: the mayor announced a review of the parks budget after complaints from residents "
                 "about the state of the playgrounds."] + (["Read more"] if read_more else []) + [""]
    return rows


_PAGES = {
    "one reader's comment": _STORY + ["", "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08",
                                      "This is a disgrace, the council never listens to anyone who actually uses "
                                      "the library in this town.", ""],
    "one reader three times": _STORY + [""] + sum(([
        f"Posted by: Brad, Glasgow on {k}:16pm Wed 9 Jan 08",
        f"Comment number {k}: the council never listens to anyone who actually uses the library, and I will say "
        "it again.", ""] for k in range(1, 4)), []),
    "a press office box": ["Library to close", "", "Written by: Jane Doe on 3 March 2024", ""] + _STORY[2:] + [
        "", "Submitted by: Press Office on 2 March 2024",
        "For more information contact the council press office on the number below during office hours.", ""],
    "more from this blog": _STORY + _teasers("More from this blog"),
    "most read above the story": _teasers("Most read")[1:] + _STORY,
}


@pytest.mark.parametrize("name", list(_PAGES))
def test_signed_comments_and_teasers_around_an_article_stay_cut(name):
    """robust20 scored a dated "Posted by/Written by/Submitted by" line as a byline and the prose
    under it as not isolated: each of these pages kept the comment, the box or the teasers."""
    from dateline.ingest.clean import clean_text

    text = clean_text("\n".join(_PAGES[name])).text
    assert _S1[:60] in text and _S2[:60] in text, text
    kept = [line for line in text.split("\n") if line.strip() and not line.startswith((_S1[:30], _S2[:30]))]
    assert all("Posted by" not in line and "Submitted by" not in line for line in kept), kept
    for gone in ("disgrace", "Comment number", "press office on the number", "parks budget", "Most read"):
        assert gone not in text, (gone, kept)


# --- 2, 3. stored addresses: a Latin-1 %-escape; a keyed lookup, not a match on the path -----------


def _store_with(path, urls):
    from test_corpus_fixtures import talks_document

    from dateline.corpus import Store

    with Store(path) as store:
        store.add_batch([talks_document(f"s{k}", url=url) for k, url in enumerate(urls)])


def test_a_stored_address_with_a_latin1_escape_is_looked_up_without_failing(tmp_path):
    """robust20 decoded every stored path with DuckDB's url_decode, which raises on "%E9" (not
    UTF-8): one such record made every fetch/watch round fail."""
    from dateline.corpus import Store

    cafe = "https://example.org/news/caf%E9-opens"
    _store_with(tmp_path / "s.duckdb", [cafe, "https://example.org/news/caf%C3%A9-opens"])
    with Store(tmp_path / "s.duckdb") as store:
        assert store.stored_at_addresses([cafe, cafe + "?utm_source=x#top", "https://example.org/news/t%E9l%E9"]) == {
            cafe: "s0", cafe + "?utm_source=x#top": "s0"}
        assert store.stored_at_addresses(["https://example.org/news/caf%C3%A9-opens"]) == {
            "https://example.org/news/caf%C3%A9-opens": "s1"}


def test_stored_addresses_are_found_by_key_not_by_working_out_the_key_of_every_row_on_the_path(tmp_path, monkeypatch):
    """article.php?id=N: robust20 matched the stored rows on the path alone, so every stored article
    matched every new address and had its key worked out (0.5-2 ms each) on every call. The keys
    worked out here are the new addresses' own, however many articles are stored; a store written
    before the stored key (schema v13) has its keys filled in once, on its first lookup."""
    from dateline.corpus import Store
    from dateline.ingest import fields

    site = "https://news.example.com/article.php?id="
    _store_with(tmp_path / "s.duckdb", [site + f"{k}" + ("&mod=rss_markets" if k % 2 else "") for k in range(40)])
    calls = []
    real = fields.address_id
    monkeypatch.setattr(fields, "address_id", lambda url: calls.append(url) or real(url))
    asked = [site + f"{k}" for k in (3, 4, 7, 400)] + [site + "5&utm_source=x"]
    want = {site + "3": "s3", site + "4": "s4", site + "7": "s7", site + "5&utm_source=x": "s5"}
    with Store(tmp_path / "s.duckdb") as store:
        assert store.stored_at_addresses(asked) == want
        assert len(calls) <= len(asked), len(calls)
        store.con.execute("ALTER TABLE articles DROP COLUMN address_key")     # a store of schema v12
        store.con.execute("DELETE FROM schema_migrations WHERE version >= 13")
    with Store(tmp_path / "s.duckdb") as store:
        calls.clear()
        assert store.stored_at_addresses(asked) == want
        assert len(calls) <= len(asked) + 40
        calls.clear()
        assert store.stored_at_addresses(asked) == want
        assert len(calls) <= len(asked), len(calls)
