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

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .patterns import AGENCIES, STAFF_LAST_WORDS

# dateline's field: the names it is read from, in order of preference.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "html": ("html", "raw_html", "content_html", "content.rendered", "fields.body"),
    "text": ("text", "fields.bodyText", "bodyText", "body", "maintext", "full_text", "fulltext",
             "article_text", "article", "story", "content_text",
             # "content" is a whole text, but a partial one where NewsAPI's "[+N chars]" mark ends
             # it; the fields after it are partial texts: the record holds no whole article (W207)
             "content", "description", "lead_paragraph", "abstract", "snippet"),
    "id": ("id", "_id", "uuid", "article_id", "guid", "uri"),
    "url": ("url", "webUrl", "web_url", "link", "canonical_url", "article_url"),
    "title": ("title", "webTitle", "headline.main", "headline", "fields.headline", "title.rendered"),
    # Event Registry: "dateTimePub" is publication; its "dateTime" is when the article entered
    # their system (read as "fetched"), and its "date" and "time" are that dateTime split in two:
    # its "date" is read as a plain "date" is, a fallback when "dateTimePub" is missing.
    # GDELT's "seendate" is when its crawler saw the page: the last resort.
    "published": ("published", "publishedAt", "published_at", "webPublicationDate", "pub_date",
                  "datePublished", "date_publish", "date_published", "publish_date", "pubDate",
                  "dateTimePub", "date", "seendate"),
    "publisher": ("publisher", "source.name", "source.title", "source", "source_name", "sourcename",
                  "sitename", "site_name", "media_name", "source_domain", "domain", "hostname"),
    "fetched": ("fetched", "fetched_at", "date_download", "crawled_at", "scraped_at", "dateTime"),
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


def _text_at(record: dict, name: str, sep: str) -> str | None:
    """Field ``name``'s text: a string, or a list of strings (paragraphs) joined with ``sep``;
    None when it holds neither or only white space."""
    value = value_at(record, name)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = sep.join(v.strip() for v in value if v.strip())
    return value if isinstance(value, str) and value.strip() else None


def body_of(record: dict) -> Body | None:
    """The record's article text or HTML, or None when no field holds one. The first field that
    holds some text wins: "html", then "text" as dateline names them, then the others
    (:data:`BODY_ORDER`); an empty or blank field is passed over ("text": "" beside a "maintext"
    gives the maintext), and a record whose only body field is an empty "text" or "html" gives
    that (the article is empty: E201, as before). A field that holds markup is read as HTML."""
    from .readers import looks_like_html

    for name in ("html", "text") + BODY_ORDER:
        markup = name in FIELD_NAMES["html"]
        value = _text_at(record, name, "\n" if markup else "\n\n")
        if value is None:
            continue
        if name in ("html", "text"):
            return Body(name, value, name, False)
        partial = name in PARTIAL_TEXT  # a summary or a lede (W207 says so)
        if name == "content" and _CUT_MARK.search(value):  # NewsAPI's first 200 characters
            partial, value = True, _CUT_MARK.sub("", value)
        return Body("html" if markup or looks_like_html(value) else "text", value, name, partial)
    for name in ("text", "html"):
        if isinstance(record.get(name), str):
            return Body(name, record[name], name, False)
    return None


def field_value(record: dict, field: str) -> str | None:
    """The record's value of dateline's metadata ``field`` (id, url, title, published,
    publisher, fetched) as a string, or None. A publisher given as a web address
    (trafilatura's "source") is no publisher."""
    for name in FIELD_NAMES[field]:
        value = _scalar(value_at(record, name))
        if value is None or (field == "publisher" and "://" in value):
            continue
        return value
    return None


# The words of a record's text that its title key takes (record_id): NewsAPI cuts ``content`` at
# 200 characters (about 30 words, the last one cut) and an edit changes the end of a text, not its
# start, so its first 20 words survive both; two different articles of one title, day and publisher
# ("Letters to the editor") begin differently.
KEY_WORDS = 20
KEY_CHARS = 4000  # 20 words are read from the first 4,000 characters, never the whole text
_KEY_WORD = re.compile(r"\w+")


# The version of the rules of :func:`address_key` (with ``crawl.discover.article_url`` and its
# tracker lists, which it applies): a store keeps the key each article's address had when it was
# stored (``articles.address_key``, the hash :func:`address_id`), which these rules give. Bump it
# with any change that gives a stored address another key: a store marked with other rules has its
# keys set to NULL on its next writable open and worked out again (``Store._check_address_keys``);
# otherwise ``Store.stored_at_addresses`` would miss an article stored under the old key.
# tests/test_robust21.py holds a digest of the keys of a set of addresses for each version.
ADDRESS_KEY_RULES = 1


def address_key(url: str) -> str | None:
    """The key of a record's web address, or None when the address names no article: not an
    http(s) address ("#", "N/A", "javascript:void(0)"), or a site's home page (its path "/" and no
    query), which many articles of a feed or an API give in place of their own. A route fragment
    (``#/story/6``, ``#!/story/6``: a one-page site's article) is kept, any other fragment dropped:
    ``https://example.com/#/story/6`` and ``#/story/7`` are two articles, not the site's root.
    A change here that keys a stored address otherwise bumps :data:`ADDRESS_KEY_RULES`: the stored
    keys (``articles.address_key``) go stale without it."""
    from urllib.parse import urlsplit

    from ..crawl.discover import article_url

    clean = article_url(url, page=False)
    if not clean:
        return None
    fragment = urlsplit(url.strip()).fragment
    route = fragment if fragment[:1] in ("!", "/") and fragment.strip("!/") else ""
    parts = urlsplit(clean)
    if parts.path.strip("/") == "" and not parts.query and not route:
        return None
    return f"{clean}#{route}" if route else clean


def address_id(url: str | None) -> str | None:
    """The id a record or a fetched page at ``url`` gets from its address (:func:`address_key`,
    hashed by ``crawl.state.article_id``), or None when the address names no article."""
    address = address_key(url) if url else None
    if address is None:
        return None
    from ..crawl.state import article_id

    return article_id(address)


def record_id(url: str | None, title: str | None, published: str | None,
              publisher: str | None, text: str | None = None) -> str | None:
    """The id of a record that gives none, made from what names the article rather than from the
    whole of its text, so that the same article read again with its text edited (a news API's
    record updated, its ``content`` cut at another length) keeps its id and is stored once
    (nineteenth session: keyed by the text, it was stored twice, the second marked a near-duplicate
    of the first):

    - its web address, normalised (``crawl.discover.article_url``, not courlan's strict mode: tracking
      parameters such as ``utm_*``, ``mod=rss`` or ``CMP=twt_gu`` and the fragment gone, the host in
      lower case, every other query parameter kept: ``article.aspx?sid=12345`` and ``?sid=12346``
      are two articles), hashed as ``dateline fetch`` hashes an address (``crawl.state.article_id``),
      when it names an article (:func:`address_key`: not "#" or "N/A", not a site's home page; a
      route fragment ``#/story/6`` kept);
    - else, for a plain ``text`` (not HTML), its title (spaces and case aside), the day it was
      published, its publisher and the first KEY_WORDS words of the text (case aside): two letters
      under one title of one paper on one day are two articles. A record that names no publisher
      is keyed by its whole text, as before the nineteenth session: wire copies that name neither
      address nor publisher are each stored (a near-duplicate of the first), none dropped;
    - else None: the caller keys it by its text (``RawArticle.content_id``)."""
    import hashlib

    if (by_address := address_id(url)) is not None:
        return by_address
    if title and published and publisher and text is not None:
        from .prepare import normalise_published

        day = (normalise_published(published) or published.strip())[:10]
        words = itertools.islice(_KEY_WORD.finditer(text[:KEY_CHARS].casefold()), KEY_WORDS)
        start = " ".join(word.group() for word in words)
        key = "\x1f".join(("record", " ".join(title.split()).casefold(), day,
                           " ".join(publisher.split()).casefold(), start))
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return None


def _scalar(value) -> str | None:
    if isinstance(value, (dict, list, bool)) or value is None:
        return None
    return str(value).strip() or None


def authors_of(record: dict) -> tuple[str, ...]:
    """The record's authors: a list of names (or of objects with a "name"), one such object, or
    one string such as "By Jane Roe and John Doe" or "Jane Roe, John Doe". A web address (a
    profile page given as the author) is no name."""
    for name in FIELD_NAMES["authors"]:
        value = value_at(record, name)
        if isinstance(value, (str, dict)):
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


# "Doe, Jane": one name written surname first (two single capitalised words, not all capitals:
# "Reuters, AP" is two), not two names; nor is it when either word is an agency or a staff word
# ("Reuters, Bloomberg", "Staff, Reuters").
_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
_SURNAME_FIRST = re.compile(rf"({_WORD}),\s*({_WORD})")
# A web address in a byline ("Jane Roe (https://twitter.com/jroe)"), and the brackets it leaves.
_WEB_ADDRESS = re.compile(r"[^\s()\[\]<>]*://[^\s()\[\]<>]*")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|<\s*>")


def _one_name_surname_first(text: str) -> bool:
    match = _SURNAME_FIRST.fullmatch(text)
    return match is not None and not any(
        word in AGENCIES or word.lower() in STAFF_LAST_WORDS for word in match.groups())


def _split_names(text: str) -> list[str]:
    """The names of a record's author string: its people as a byline gives them
    (``metadata_text.byline_people``: "Jane Roe, Staff Writer" is Jane Roe, "BY JANE DOE AND JOHN
    ROE" two people), else its parts split at commas and "and" (an outlet, "Reuters, Bloomberg")."""
    from .metadata_text import byline_people

    text = _EMPTY_BRACKETS.sub("", _WEB_ADDRESS.sub("", text))
    text = re.sub(r"^\s*by\s+", "", text.strip(), flags=re.IGNORECASE)
    if not _one_name_surname_first(text) and (people := byline_people("By " + text)):
        return people
    parts = [text] if _one_name_surname_first(text) else re.split(r"\s*(?:[,;&]|\band\b)\s*", text)
    # what is left of a part that was only a web address holds no letter: no name
    return [p.strip() for p in parts if re.search(r"[^\W\d_]", p)]


# Fields that name something else than the text (a title, a date): never offered as the text.
_NOT_TEXT = {n for field in ("id", "url", "title", "published", "publisher", "fetched", "authors")
             for n in FIELD_NAMES[field]}
_HINT_WORDS = 8  # a field of fewer words is a label, a name or a date, not an article


def _strings(value, path: str) -> Iterator[tuple[str, str]]:
    """The record's strings (a list of strings as one) with their names, nested ones dotted."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        yield path, "\n\n".join(value)
    elif isinstance(value, str):
        yield path, value


def unread_hint(record: dict) -> str:
    """What to do about a record in which no field holds the article's text (E105's end): the
    Guardian's query option; else the longest field of some words (nested ones too) that might
    hold the text; else, for a record with only a web address, `dateline fetch`."""
    if value_at(record, "webUrl") is not None:
        return ("; the Guardian's API gives the text when asked for it: add show-fields=bodyText "
                "(or body) to the query")
    texts = [(len(v), n) for n, v in _strings(record, "")
             if n not in _NOT_TEXT and "://" not in v and len(v.split()) >= _HINT_WORDS]
    if texts:
        return f"; if \"{max(texts)[1]}\" holds the article's text, name that field \"text\""
    if field_value(record, "url"):
        return ("; these records give a web address but no text (as GDELT's DOC API does): store "
                "the pages with `dateline fetch URL ... --db FILE`")
    return ""
