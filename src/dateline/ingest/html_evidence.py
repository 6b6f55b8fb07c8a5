"""Explicit metadata evidence in a page's markup, strongest first.

- Publication date: JSON-LD ``datePublished`` of an article object, then meta tags
  (``article:published_time`` and the other names in ``DATE_META``), then a ``<time datetime>`` in
  the article's header, then a date in the URL; the caller falls back to htmldate's heuristics.
  The time and its zone are kept when the evidence gives them.
- Title: ``og:title``, JSON-LD ``headline``, the first ``<h1>`` and ``<title>``; the site name is
  stripped and a candidate that another one agrees with wins.
- Authors: JSON-LD ``author`` people, then author meta tags; roles and "By" removed, split into
  people (organisations and news agencies are not people).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from lxml.etree import XPath

from . import patterns as P
from .metadata_text import people_of, url_date

_JSONLD = XPath("//script[@type='application/ld+json' or @type='application/json+ld']/text()")
# one pass over the tree each ("descendant-or-self::" rather than "//", and one path for _TIME, a
# union of four before): the same elements in document order, in less time (libxml2)
_META = XPath("descendant-or-self::meta[@content]")
# a <time datetime> in an <article> or <header>, a <time pubdate> or <time itemprop=datePublished>,
# any element itemprop=datePublished with datetime or content
_TIME = XPath("descendant-or-self::*[(self::time and ((@datetime and (ancestor::article or ancestor::header)) "
              "or @pubdate or @itemprop='datePublished')) or (@itemprop='datePublished' and (@datetime or @content))]")
_H1 = XPath("//h1")
_TITLE = XPath("//head/title/text()")

# meta names/properties that give the publication date, strongest first
DATE_META = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
             "article.published", "published_time", "publish-date", "publish_date", "publishdate",
             "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
             "dc.date.created", "dcterms.created", "citation_publication_date", "original-publish-date",
             "article_date_original", "date", "dc.date", "dcterms.date")
# other meta names a site gives its publication date under ("pdate", "pub_date", "publicationdate",
# "dcsext.articlefirstpublished", "datecreated", "printpubdate"): read after DATE_META, before the
# address and <time>; names of update, expiry or publisher fields are not dates of publication
_PUBLISHED_META = re.compile(r"publish|publication|pub_?date|pubtime|^p(?:date|time)$|creat|displaydate")
_NOT_PUBLISHED_META = re.compile(r"publisher|modif|updat|expir|copyright|location|founding|premium|revis")
AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "byl", "citation_author")
_ARTICLE_TYPES = re.compile(r"(?i)article|posting|report|story|newsarticle")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s+::\s+")
_SITE_COLON = re.compile(r":\s+")   # "Site: Headline" — split there only to cut a known site name
_WORD = re.compile(r"\w+")


def jsonld_objects(tree) -> list[dict]:
    """Every JSON object of the page's JSON-LD blocks (``@graph`` and lists flattened)."""
    found: list[dict] = []

    def walk(value, depth=0):
        if depth > 4:
            return
        if isinstance(value, list):
            for item in value[:50]:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            found.append(value)
            if "@graph" in value:
                walk(value["@graph"], depth + 1)
            if isinstance(value.get("mainEntity"), (dict, list)):
                walk(value["mainEntity"], depth + 1)

    for block in _JSONLD(tree)[:10]:
        try:
            # strict=False: a raw line break or tab inside a string value, as many CMSs print them
            walk(json.loads(_unwrap(block), strict=False))
        except (ValueError, RecursionError):
            continue
    return found


def _unwrap(block: str) -> str:
    """A JSON-LD block's JSON without an HTML comment or CDATA wrapper or a trailing semicolon."""
    block = block.strip()
    for opening, closing in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")):
        if block.startswith(opening) and block.endswith(closing):
            block = block[len(opening):-len(closing)].strip()
    return block.rstrip(";")


def by_id(objects: list[dict]) -> dict[str, dict]:
    """The JSON-LD objects that carry an ``@id`` (an ``@graph``'s nodes refer to each other by it)."""
    return {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and len(o) > 1}


def _types(obj: dict) -> str:
    kind = obj.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def article_objects(objects: list[dict]) -> list[dict]:
    """JSON-LD objects that describe an article, most specific first; other objects after."""
    articles = [o for o in objects if _ARTICLE_TYPES.search(_types(o))]
    return articles + [o for o in objects if o not in articles and "webpage" in _types(o).lower()]


def meta_values(tree) -> dict[str, str]:
    """The first content of every meta name/property/itemprop, keys lower-cased."""
    values: dict[str, str] = {}
    for element in _META(tree)[:400]:
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = (element.get("content") or "").strip()
        if key and content:
            values.setdefault(key.strip().lower(), content)
    return values


def iso_date(value) -> str | None:
    """An ISO 8601 date or date-time from a machine-readable value; the zone kept; None if unsure."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    match = re.match(r"^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                     r"\s*(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not date(1995, 1, 1) <= day_value <= date(date.today().year + 1, 12, 31):
        return None
    if hour is None:
        return day_value.isoformat()
    text = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}"
    if zone:
        zone = "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
        text += zone
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return day_value.isoformat()
    return text


def meta_date(value) -> str | None:
    """A meta tag's date: ISO 8601 (``iso_date``) or the e-mail form some sites print there
    ("Tue, 05 Mar 2024 14:30:00 +0000", its zone kept)."""
    found = iso_date(value)
    if found or not isinstance(value, str) or not _RFC_2822.match(value.strip()):
        return found
    try:
        stamp = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return iso_date(stamp.isoformat() if stamp.tzinfo else stamp.date().isoformat())


_RFC_2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b")


def published_evidence(tree, url: str | None, objects: list[dict], metas: dict[str, str]) -> str | None:
    """The publication date from the strongest explicit evidence, or None (then: htmldate)."""
    for obj in article_objects(objects):
        found = iso_date(obj.get("datePublished")) or iso_date(obj.get("dateCreated"))
        if found:
            return found
    for name in DATE_META:
        found = meta_date(metas.get(name))
        if found:
            return found
    for name, value in metas.items():
        if _PUBLISHED_META.search(name) and not _NOT_PUBLISHED_META.search(name):
            found = meta_date(value)
            if found:
                return found
    # a video page's own object: VideoObject's ``uploadDate`` (after the meta tags: an article page
    # can embed an older clip)
    for obj in objects:
        if "video" in _types(obj).lower():
            found = iso_date(obj.get("uploadDate")) or iso_date(obj.get("datePublished"))
            if found:
                return found
    in_url = url_date(url)
    elements = _TIME(tree)[:5]
    # a <time> labelled as the update's ("Updated <time>", itemprop=dateModified) after the others
    elements = [e for e in elements if not _update_time(e)] + [e for e in elements if _update_time(e)]
    times = [found for element in elements for found in [iso_date(element.get("datetime") or element.get("content"))]
             if found]
    if in_url:
        # a <time> inside an <article> can date a related story; the address's date is the
        # article's own: the first <time> on its day, else within a day of it (a UTC stamp of a
        # local day; its time and zone kept), else the address's
        return next((found for found in times if _days_apart(found, in_url) == 0),
                    next((found for found in times if _days_apart(found, in_url) <= 1), in_url))
    return times[0] if times else None


def _update_time(element) -> bool:
    """Whether a <time> gives the update's time, not the publication's: its markup says so
    (itemprop=dateModified, a class with "updated"/"modified" but not "published") or a label stands right before it or
    opens its text ("Updated <time>…</time>", "<time>Last modified …</time>")."""
    marks = " ".join((element.get("itemprop") or "", element.get("class") or "")).lower()
    if "publish" in marks:
        return False    # WordPress marks an unmodified post's one <time> "entry-date published updated"
    if "modif" in marks or "updat" in marks:
        return True
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text if element.getparent() is not None
              else "") or ""
    return bool(_UPDATE_BEFORE.search(before) or _UPDATE_OPENS.match(element.text or ""))


_UPDATE_BEFORE = re.compile(r"\b(?:updated|modified)\W{0,3}(?:on|at)?\W{0,3}$", re.IGNORECASE)
_UPDATE_OPENS = re.compile(r"\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)


def _days_apart(first: str, second: str) -> int:
    return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def strip_site(title: str, site_names: list[str]) -> str:
    """"Council backs plan | Town Times" → "Council backs plan" (the site's part of the title cut)."""
    keys = {_key(s) for s in site_names if s and _key(s)}
    for separators in (_TITLE_SEPARATORS, _SITE_COLON):
        parts = separators.split(title)
        if len(parts) < 2:
            continue
        kept = [p for p in parts if not _is_site(_key(p), keys)]
        if kept and len(kept) < len(parts):
            return _join_parts(title, kept)
    parts = _TITLE_SEPARATORS.split(title)
    # no site name known: a short last part in title case after a long one ("Ferry line … - Herald")
    if len(parts) >= 2 and len(parts[-1].split()) <= 3 and len(" ".join(parts[:-1]).split()) >= 4 \
            and all(w[:1].isupper() or not w[:1].isalpha() for w in parts[-1].split()):
        return _join_parts(title, parts[:-1])
    return title


def _is_site(part: str, keys: set[str]) -> bool:
    """A title part that is the site's name, or its name with a word or two more ("BBC News")."""
    return any(part == k or (len(part) <= len(k) + 6 and (k in part or part in k) and part) for k in keys)


def _join_parts(title: str, kept: list[str]) -> str:
    start = title.find(kept[0])
    end = title.find(kept[-1], start) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def title_evidence(tree, objects: list[dict], metas: dict[str, str], site_names: list[str]) -> str | None:
    """The headline: og:title / JSON-LD headline / <h1> / <title>, the one others agree with."""
    candidates: list[str] = []
    raw: list[str] = []
    headline = next((o.get("headline") for o in article_objects(objects) if isinstance(o.get("headline"), str)), None)
    for value in (metas.get("og:title"), metas.get("twitter:title"), headline):
        if value and value.strip():
            raw.append(" ".join(value.split()))
            candidates.append(strip_site(raw[-1], site_names))
    # (a heading's permalink mark cut: "Evolve: Shared Mutable History¶")
    h1s = [" ".join(h.text_content().split()).rstrip(" ¶#") for h in _H1(tree)[:5]]
    h1s = [h for h in h1s if 2 <= len(h.split()) <= 40]
    raw += [" ".join(t.split()) for t in _TITLE(tree)[:1] if t.strip()]
    titles = [strip_site(" ".join(t.split()), site_names) for t in _TITLE(tree)[:1] if t.strip()]
    keys = [_key(c) for c in candidates + titles + raw]
    for h1 in h1s:   # an <h1> another source agrees with is the headline as printed
        if _key(h1) and (any(_key(h1) == k or (len(k) > 20 and _key(h1).startswith(k)) for k in keys)
                         or any(_opens(h1, c) for c in candidates + titles + raw)):
            return h1
    if h1s and not (metas.get("og:title") or "").strip() and not (headline or "").strip():
        # no og:title or JSON-LD headline, only a social or a search title ("twitter:title", <title>)
        # worded otherwise: the <h1> that shares most of its words with them is the same headline as
        # the page prints it ("Jane Doe Wins the Cup" beside "Doe wins Cup - Town Times")
        sites = {_key(name) for name in site_names if name and _key(name)}
        shared = [h1 for h1 in h1s[:1] if _shares_words(h1, candidates + titles) and not _is_site(_key(h1), sites)]
        if shared:
            return strip_site(shared[0], site_names)
    for index, candidate in enumerate(candidates):
        if _key(candidate) in keys[:index] + keys[index + 1:] or _key(candidate) in map(_key, h1s):
            return candidate
    if candidates:
        return candidates[0]
    if titles and h1s and _key(h1s[0]) and _key(h1s[0]) in _key(titles[0]):
        return h1s[0]
    return titles[0] if titles else (h1s[0] if h1s else None)


def _shares_words(h1: str, others: list[str]) -> bool:
    """Whether an <h1> of four words or more has at least half of its words of four letters or more
    (and at least two) in one of ``others``: the same story's headline worded otherwise. Not when it
    or a part of it before or after a colon is a part of one of them between separators (a blog's or
    a section's name: "Harbour Notes : Headline", the <h1> "Blog: Harbour Notes"), nor when it has
    separators of its own ("Site | site.com | Headline")."""
    words = {w for w in _key(h1).split() if len(w) >= 4}
    if len(h1.split()) < 4 or len(words) < 2 or len(_TITLE_SEPARATORS.split(h1)) > 1:
        return False    # (an <h1> with the site's parts in it: "Site | site.com | Headline")
    parts = {_key(part) for other in others for part in _SITE_COLON.split(other) + _TITLE_SEPARATORS.split(other)}
    own = {_key(part) for part in _SITE_COLON.split(h1)} | {_key(h1)}
    return not own & parts and any(2 * len(words & set(_key(o).split())) >= len(words) for o in others)


def _opens(h1: str, title: str) -> bool:
    """Whether a title is the <h1> and then short parts after separators, a section's or a blog's
    name and the site's ("Headline - Blog Name - Site"); not the <h1> as the blog's name before the
    headline ("Blog Name : Headline")."""
    parts = _TITLE_SEPARATORS.split(title)
    size = len(h1.split())
    return any(_key(" ".join(parts[:i])) == _key(h1)
               and all(len(part.split()) <= min(4, size) for part in parts[i:]) for i in range(1, len(parts)))


def authors_evidence(objects: list[dict], metas: dict[str, str]) -> list[str]:
    """People named as authors in JSON-LD, else in author meta tags."""
    nodes = by_id(objects)
    for obj in article_objects(objects):
        people = _people(obj.get("author") or obj.get("creator"), nodes)
        if people:
            return people
    for name in AUTHOR_META:
        value = metas.get(name)
        if value and not value.startswith(("http", "/", "@")):
            people = split_people(value)
            if people:
                return people
    return []


def _people(value, nodes: dict[str, dict]) -> list[str]:
    """The people of a JSON-LD ``author``: a string, a Person object (its ``name``, or the
    ``@graph`` node its ``@id`` points to), or a list of these; organisations are not people."""
    if isinstance(value, list):
        out: list[str] = []
        for item in value[:20]:
            for name in _people(item, nodes):
                if name not in out:
                    out.append(name)
        return out
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str) and value["@id"] in nodes:
            value = nodes[value["@id"]]
        if "organization" in _types(value).lower():
            return []
        name = value.get("name")
        if isinstance(name, list):    # "name": ["Jane Doe"]
            name = ", ".join(n for n in name if isinstance(n, str))
        return split_people(name) if isinstance(name, str) else []
    if isinstance(value, str) and not value.startswith(("http", "/")):
        return split_people(value)
    return []


def split_people(value: str | None) -> list[str]:
    """"By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]: people only
    (metadata_text.person_name decides what a person is, for HTML and plain text alike)."""
    if not value:
        return []
    value = re.sub(r"(?i)^\s*(?:by|written by|words by|story by|reporting by|von|par|por)\s*:?\s+", "",
                   " ".join(value.split()))
    value = re.sub(r"\s*\([^)]*\)", "", value)   # "(Reuters)", "(@handle)"
    return people_of(_PEOPLE_SPLIT.split(value))


_PEOPLE_SPLIT = re.compile(rf"\s*(?:\||/|{P.NAME_JOINS})\s*")
