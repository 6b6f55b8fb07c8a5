"""Metadata dev set for bench_extract.py, derived from the explicit evidence in the pages' HTML.

There is no hand-made metadata gold for these pages, so the expected values are read here, with
code of the benchmark's own, from evidence a publisher states outright — and only where it is
unambiguous:
- date: a JSON-LD ``datePublished`` and an ``article:published_time`` / ``datePublished`` meta
  tag; when both exist they must name the same day (else the page is left out); the day is compared.
- title: ``og:title`` and the first ``<h1>`` that say the same words (else left out).
- authors: JSON-LD authors of type Person whose name (before any comma) has 2-5 words — one-word
  "people" are outlets ("Reuters") — else left out; compared as a set of lower-cased names.

Honest caveat: dateline reads the same evidence first, so on these pages the numbers measure
how well it reads, normalises and chooses (site-name stripping, splitting people, picking the
article's date over a page's) — not how it does on pages without such markup, where it falls back
to htmldate and bylines. trafilatura's ``extract_metadata`` and htmldate's ``find_date`` (defaults)
alone are scored on the same pages beside it. So that the HTML numbers also say something about
pages without such markup, every system is scored a second time on the page with that evidence
removed (``withheld``: JSON-LD, ``og:title``, ``article:published_time``, ``datePublished``), which
leaves the fallbacks: ``<h1>``/``<title>``, ``<time>``, the URL, byline elements and lines, htmldate.
"""

from __future__ import annotations

import json
import re

import lxml.html

from extract_sets import utf8_parser

_WORD = re.compile(r"\w+")
_DAY = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")


def key(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").lower()))


def day(value: str | None) -> str | None:
    match = _DAY.search(value or "")
    return "-".join(match.groups()) if match else None


def _objects(root) -> list[dict]:
    out: list[dict] = []

    def walk(value):
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            out.append(value)
            walk(value.get("@graph", []))

    for script in root.xpath("//script[@type='application/ld+json']"):
        text = _CDATA.sub("", script.text_content().strip())
        try:
            walk(json.loads(text, strict=False))
        except ValueError:
            continue
    return out


# a block's wrapper (XHTML pages, Readability's test pages, wrap it in CDATA; some sites in a comment):
# without it read, such a page's JSON-LD date went unseen and its meta tag alone was its "one" date
# (third session of 2026-12-05; before, two of the 79 dated check pages named another day there)
_CDATA = re.compile(r"^(?://)?(?:<!\[CDATA\[|<!--)|(?://)?(?:\]\]>|-->)$")


def expected(html: str) -> dict:
    """{"date", "title", "authors"}: each the value the markup states without ambiguity, or None."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=utf8_parser())
    except Exception:
        return {"date": None, "title": None, "authors": None}
    objects = _objects(root)
    ld_days = {day(o.get("datePublished")) for o in objects if isinstance(o.get("datePublished"), str)} - {None}
    meta_days = {day(v) for v in root.xpath("//meta[@property='article:published_time' or "
                                           "@itemprop='datePublished']/@content")} - {None}
    days = ld_days | meta_days
    date = next(iter(days)) if len(days) == 1 else None
    # the full time stamps (with their zones) that name that day: a prediction of the same instant
    # in another zone ("Nov 18, 9:24 pm ET" for "2019-11-19T02:24Z") is the same publication time
    stamps = sorted({v for v in [o.get("datePublished") for o in objects] + root.xpath(
        "//meta[@property='article:published_time' or @itemprop='datePublished']/@content")
        if isinstance(v, str) and day(v) == date}) if date else []
    og = root.xpath("//meta[@property='og:title']/@content")
    h1 = root.xpath("//h1")
    title = None
    if og and h1 and key(og[0]) and key(og[0]) == key(h1[0].text_content()):
        title = " ".join(h1[0].text_content().split())
    people = []
    for obj in objects:
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and author.get("@type") == "Person" and isinstance(author.get("name"), str):
                # a person's name: 2-5 words, before any ", outlet" ("Troy L. Smith, cleveland.com")
                name = key(author["name"].split(",")[0])
                if 2 <= len(name.split()) <= 5 and name not in people:
                    people.append(name)
    return {"date": date, "date_stamps": stamps, "title": title, "authors": sorted(people) or None}


def named_authors(html: str) -> list[str] | None:
    """A broader, noisier author evidence for scraped text: every name the markup gives as an author
    (author meta tags, JSON-LD authors of any type, ``rel``/``itemprop`` author elements) with 2-4
    words, lower-cased, each cut to the name alone (fifth session of 2026-12-04: before, "By Jane
    Doe" and "Jane Doe, MS, RD" counted as names no byline reader gives); None when there is none.
    Outlets slip in ("ABC News"), so a prediction counts as right when one of its people is one of
    these names (``named_hit``), and only pages whose text prints one of them are scored
    (bench_extract)."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=utf8_parser())
    except Exception:
        return None
    names = list(root.xpath("//meta[@name='author' or @property='article:author' or @name='parsely-author' or "
                            "@name='sailthru.author']/@content"))
    for obj in _objects(root):
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                names.append(author["name"])
            elif isinstance(author, str):
                names.append(author)
    names += [element.text_content() for element in root.xpath("//*[@rel='author' or @itemprop='author']")[:3]]
    # the name alone, as a reader would write it: a leading "By" and what follows a comma, a slash or
    # a bar cut ("By Jane Doe", "Jane Doe, MS, RD", "JANE DOE, OUTLET", "Jane Doe / Columnist"), as
    # ``expected`` cuts at a comma
    names = [_NAME_TAIL.split(_BY_LABEL.sub("", n.strip()), maxsplit=1)[0] for n in names if isinstance(n, str)]
    found = sorted({key(n) for n in names if 2 <= len(key(n).split()) <= 4 and not n.startswith("http")})
    return found or None


_BY_LABEL = re.compile(r"^(?:by|written by)\s*:?\s+", re.IGNORECASE)
_NAME_TAIL = re.compile(r"\s*(?:,|\s/\s|\s\|\s)")


def dated(html: str, url: str | None) -> str | None:
    """A broader date evidence for scraped text: the one day that every machine-readable date of the
    page names — JSON-LD ``datePublished``, the publication-date meta tags dateline's HTML reader
    knows (``html_evidence.DATE_META`` but the bare "date" names), ``itemprop=datePublished`` and
    ``<time pubdate>`` values, and the date in the address — or None when they disagree or there is
    none. Pages dated only by their address count (2008 news sites carry no markup date); the
    address gives the local day, the markup often the UTC one, so pages where they differ are left
    out. Used only on the flattened text, which keeps none of this markup and no address."""
    from dateline.ingest import patterns
    from dateline.ingest.html_evidence import DATE_META, iso_date

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=utf8_parser())
    except Exception:
        return None
    values = [o.get("datePublished") for o in _objects(root)]
    metas = {}
    for element in root.xpath("//meta[@content]"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        metas.setdefault(name, element.get("content"))
    values += [metas.get(name) for name in DATE_META if name not in ("date", "dc.date", "dcterms.date")]
    values += [e.get("datetime") or e.get("content") for e in root.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]")]
    days = {day(iso_date(v)) for v in values if isinstance(v, str) and iso_date(v)} - {None}
    match = patterns.URL_DATE.search(url or "")
    if match:
        days.add("-".join(match.groups()))
    return next(iter(days)) if len(days) == 1 else None


def named_hit(names: list[str], predicted) -> bool:
    return bool({key(n) for n in (predicted or [])} & set(names))


def withheld(html: str) -> str:
    """The page without the evidence ``expected`` reads (JSON-LD, ``og:title``, ``article:published_time``
    and ``datePublished`` markup): what is left tests the fallbacks (``<h1>``, ``<title>``, ``<time>``,
    the URL, byline elements, htmldate) on the same pages, not the reading of the evidence itself."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=utf8_parser())
    except Exception:
        return html
    for element in root.xpath("//script[@type='application/ld+json'] | //meta[@property='og:title' or "
                              "@property='article:published_time' or @itemprop='datePublished']"):
        element.getparent().remove(element)
    for element in root.xpath("//*[@itemprop='datePublished']"):
        del element.attrib["itemprop"]
    return lxml.html.tostring(root, encoding="unicode")


def correct(field: str, gold, predicted, stamps: list[str] = ()) -> bool:
    """Whether a prediction is right: the same day (or, when the prediction and a gold time stamp
    both carry a time zone, the same day in UTC); the same title words; the same set of people."""
    if field == "date":
        if day(predicted) == gold:
            return True
        utc = _utc_day(predicted)
        return utc is not None and any(_utc_day(stamp) == utc for stamp in stamps)
    if field == "title":
        return key(predicted) == key(gold)
    names = sorted({key(n) for n in (predicted or []) if key(n)})
    return names == gold


def _utc_day(value: str | None) -> str | None:
    from datetime import datetime, timezone

    try:
        parsed = datetime.fromisoformat((value or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None or "T" not in (value or ""):
        return None
    return parsed.astimezone(timezone.utc).date().isoformat()


def baseline(html: str, url: str | None) -> dict:
    """trafilatura's metadata (title, authors) and htmldate's date, each run alone with defaults."""
    from htmldate import find_date
    from trafilatura import extract_metadata

    try:
        meta = extract_metadata(html, default_url=url)
    except Exception:
        meta = None
    try:
        found = find_date(html, url=url)
    except Exception:
        found = None
    authors = re.split(r";\s*", meta.author) if meta is not None and meta.author else []
    return {"date": found, "trafilatura_date": meta.date if meta is not None else None,
            "title": meta.title if meta is not None else None, "authors": authors}
