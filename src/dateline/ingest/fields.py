"""The fields of a JSON record (a JSON Lines line, an element of a ``.json`` file) under the names
news APIs and scrapers give them: NewsAPI's ``publishedAt`` and ``source.name``, the Guardian's
``webTitle`` and ``fields.bodyText``, the New York Times' ``headline.main`` and ``pub_date``,
news-please's ``maintext``, and others (the table is :data:`FIELD_NAMES`, documented in
docs/ingest.md, "Record fields").

A name with a dot is a field of a nested object (``source.name``: ``{"source": {"name": ...}}``).
The first name of a field that holds a usable value wins; dateline's own name is always first, so
a record written for dateline reads as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# dateline's field: the names it is read from, in order of preference.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "html": ("html", "raw_html", "fields.body"),
    "text": ("text", "fields.bodyText", "bodyText", "body", "maintext", "full_text", "fulltext",
             "article_text", "article", "story",
             # partial texts: the record holds no whole article (W207 says so)
             "content", "description", "lead_paragraph", "abstract", "snippet"),
    "id": ("id", "_id", "uuid", "article_id", "guid", "uri"),
    "url": ("url", "webUrl", "web_url", "link", "canonical_url", "article_url"),
    "title": ("title", "webTitle", "headline.main", "headline", "fields.headline"),
    "published": ("published", "publishedAt", "published_at", "webPublicationDate", "pub_date",
                  "datePublished", "date_publish", "date_published", "publish_date", "pubDate",
                  "dateTime", "seendate", "date"),
    "publisher": ("publisher", "source.name", "source.title", "source", "source_name", "sourcename",
                  "sitename", "site_name", "media_name", "source_domain", "domain", "hostname"),
    "fetched": ("fetched", "fetched_at", "date_download", "crawled_at", "scraped_at"),
    "authors": ("authors", "author", "byline.original", "byline", "fields.byline", "creator"),
}

# The order in which the other names are tried for the body: whole texts (a "content" that is not
# NewsAPI's cut copy is a scraper's whole text), then whole HTML (the Guardian's "fields.body" is
# the body's markup, its "fields.bodyText" the same as text), then the partial texts.
PARTIAL_TEXT = ("description", "lead_paragraph", "abstract", "snippet")
BODY_ORDER = tuple(n for n in FIELD_NAMES["text"][1:] if n not in PARTIAL_TEXT) + \
    FIELD_NAMES["html"][1:] + PARTIAL_TEXT

# NewsAPI cuts "content" to 200 characters and ends it with "… [+1234 chars]".
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


@dataclass(frozen=True, slots=True)
class Body:
    """Where a record's text was found: its format ("text" or "html"), the text, the field's name,
    and whether the field holds only part of the article (a summary, NewsAPI's first 200
    characters)."""

    format: str
    content: str
    field: str
    partial: bool


def value_at(record: dict, name: str):
    """The value of field ``name`` (dots: nested objects) in ``record``, or None."""
    value = record
    for key in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def body_of(record: dict) -> Body | None:
    """The record's article text or HTML, or None when no field holds one. "html" and "text" as
    dateline names them come first (an empty "html" beside a "text" gives the text, as before);
    another field that holds markup is read as HTML."""
    from .readers import looks_like_html

    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        return Body("html", html, "html", False)
    if isinstance(text, str):
        return Body("text", text, "text", False)
    if isinstance(html, str):
        return Body("html", html, "html", False)
    for name in BODY_ORDER:
        value = value_at(record, name)
        if not isinstance(value, str) or not value.strip():
            continue
        partial = name in PARTIAL_TEXT  # a summary or a lede (W207 says so)
        if name == "content" and _CUT_MARK.search(value):  # NewsAPI's first 200 characters
            partial, value = True, _CUT_MARK.sub("", value)
        markup = name in FIELD_NAMES["html"] or looks_like_html(value)
        return Body("html" if markup else "text", value, name, partial)
    return None


def field_value(record: dict, field: str) -> str | None:
    """The record's value of dateline's metadata ``field`` (id, url, title, published,
    publisher, fetched) as a string, or None. A publisher given as a web address
    (trafilatura's "source") is no publisher."""
    for name in FIELD_NAMES[field]:
        value = value_at(record, name)
        if isinstance(value, (dict, list, bool)) or value in (None, ""):
            continue
        value = str(value).strip()
        if not value or (field == "publisher" and "://" in value):
            continue
        return value
    return None


def authors_of(record: dict) -> tuple[str, ...]:
    """The record's authors: a list of names (or of objects with a "name"), or one string such as
    "By Jane Roe and John Doe" or "Jane Roe, John Doe"."""
    for name in FIELD_NAMES["authors"]:
        value = value_at(record, name)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            continue
        found: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name")
            if isinstance(item, str):
                found += [n for n in _split_names(item) if n not in found]
        if found:
            return tuple(found)
    return ()


def _split_names(text: str) -> list[str]:
    text = re.sub(r"^\s*by\s+", "", text.strip(), flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:[,;&]|\band\b)\s*", text)
    return [p.strip() for p in parts if p.strip()]


def unread_hint(record: dict) -> str:
    """What to do about a record in which no field holds the article's text (E105's end)."""
    if value_at(record, "webUrl") is not None:
        return ("; the Guardian's API gives the text when asked for it: add show-fields=bodyText "
                "(or body) to the query")
    long = [k for k, v in record.items() if isinstance(v, str) and len(v) >= 200 and "://" not in v]
    if long:
        return f"; if \"{long[0]}\" holds the article's text, name that field \"text\""
    if field_value(record, "url"):
        return ("; these records give a web address but no text (as GDELT's DOC API does): store "
                "the pages with `dateline fetch URL ... --db FILE`")
    return ""
