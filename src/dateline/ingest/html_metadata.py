"""Metadata of an HTML page: title, date, authors, publisher, URL, language, captions, credits.

trafilatura's own metadata pass also collects categories, tags and licences and runs a slow
author search; dateline needs none of those, so it calls the parts it needs (meta tags, JSON-LD,
title, URL, site name) and htmldate for the date, and looks for bylines, captions and credits with
a few cheap XPath queries of its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from lxml.etree import Element, XPath

from . import patterns as P
from .html_evidence import (authors_evidence, jsonld_objects, meta_values, published_evidence, split_people,
                            title_evidence)
from .html_publisher import publisher_body
from .metadata_text import (bare_byline, byline_people, copyright_holder, date_alone, embedded_post, line_date,
                            relative_date, says_by, without_profile_link, yearless_date)

# compiled once: XPath compilation is a good part of a query's cost on a small page
_CAPTION_XPATH = XPath("//figcaption | //*[@class and (contains(@class, 'caption') or contains(@class, 'credit'))]")
# ("descendant-or-self::*[…]" finds what "//*[…]" finds, in the same order, a fifth faster in libxml2)
_BYLINE_XPATH = XPath("descendant-or-self::*[@rel='author' or @itemprop='author' or (@class and (contains(@class, 'byline') or "
                      "contains(@class, 'author')))]")
# the elements that follow the first headline, where a byline without markup stands
_AFTER_H1_XPATH = XPath("(//h1)[1]/following::*[position() <= 40]")
_LOCALE_XPATH = XPath("//meta[@property='og:locale']/@content | "
                      "//meta[@http-equiv='Content-Language' or @http-equiv='content-language']/@content")
_FOOTER_XPATH = XPath("//footer")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$")


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    article_body: str | None = None   # the publisher's own body (html_publisher.publisher_body)


def page_metadata(tree, url: str | None = None, now: datetime | None = None) -> PageMetadata:
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url

    found = examine_meta(tree)
    try:
        found = extract_meta_json(tree, found)
    except Exception:  # trafilatura's JSON-LD reader on malformed JSON: keep the meta tags
        pass
    objects, metas = jsonld_objects(tree), meta_values(tree)
    sitename = clean(found.sitename) or clean(extract_sitename(tree))
    meta = PageMetadata(publisher=sitename.lstrip("@") if sitename else None)
    meta.url = found.url or extract_url(tree, url) or url
    sites = [meta.publisher or "", metas.get("og:site_name", ""), metas.get("application-name", ""),
             _host_name(meta.url)]
    meta.title = title_evidence(tree, objects, metas, sites) or clean(found.title) or clean(extract_title(tree))
    # then a date line among the elements right after the headline ("Jan 22, 2020 at 7:42 pm ET"),
    # then htmldate's quick search (its extensive one cost a fifth of the extraction time)
    after = functools.cache(lambda: _after_headline(tree))   # read once, only when needed
    meta.published = published_evidence(tree, meta.url, objects, metas) or _date_after_headline(after(), now) or find_date(
        tree, extensive_search=False, original_date=True, url=meta.url) or _yearless_after_headline(tree, after())
    meta.authors = authors_evidence(objects, metas)
    meta.article_body = publisher_body(objects, meta.url, meta.title)
    meta.language = page_language(tree)
    _classed_elements(tree, meta, after)
    if not meta.publisher:
        meta.publisher = _copyright_owner(tree)
    return meta


def _host_name(url: str | None) -> str:
    """"https://www.town-times.co.uk/x" → "town times" (a site name to strip from titles)."""
    match = re.match(r"^\w+://(?:www\d?\.)?([^/:]+)", url or "")
    return " ".join(match.group(1).split(".")[:-1]).replace("-", " ") if match else ""


def _classed_elements(tree, meta: PageMetadata, after) -> None:
    """Captions, photo credits and (when meta tags named no author) bylines; ``after()`` gives the
    texts after the headline (_after_headline)."""
    captioned, bylines = _caption_and_byline_elements(tree)
    for element in captioned[:40]:
        text = _short_text(element)
        if not text:
            continue
        if element.tag == "figcaption" or "caption" in (element.get("class") or "").lower():
            if text not in meta.captions and len(meta.captions) < 50:
                meta.captions.append(text)
                _add(meta.credits, credit_in(text))
        elif len(text.split()) <= P.CREDIT_MAX_WORDS:
            _add(meta.credits, credit_in(text) or tidy_credit(text))
    if meta.authors:
        return
    read = 0
    for element in bylines:
        text = _short_text(element)
        if text and date_alone(text):
            continue    # a teaser card's author-classed date ("1 mars 2019 à 15:20"): not one of the ten read
        read += 1
        if read > 10:
            break
        text = without_profile_link(text) if text else text    # "Jane DoeView More Articles", "View Profile"
        if not text or len(text.split()) > P.BYLINE_MAX_WORDS:
            continue
        match = P.BYLINE.match(text)
        names = P.BYLINE_HANDLE.sub("", match.group("names")) if match else (text if len(text.split()) <= 4 else None)
        people = split_people(names) if names and re.match(r"^[A-Z]", names) else []
        # "Nora FeldStaff Writer", "Paula Greer - Jan 23, 2020"; "Av Jane Doe": a byline element is a byline's place
        people = people or byline_people(text, placed=True)
        if people:
            meta.authors = people
            return
    # no byline markup: a "By …" line among the elements right after the headline ("By Jane Doe",
    # "May 3, 2012 by Jane Doe"), or a name alone with the date in the next element
    texts = after()
    for index, text in enumerate(texts):
        if len(text.split()) > P.BYLINE_MAX_WORDS:
            continue
        following = texts[index + 1] if index + 1 < len(texts) else None
        people = byline_people(text) if says_by(text) else bare_byline(
            text, following, texts[index + 2] if index + 2 < len(texts) else None)
        if people:
            meta.authors = people
            return


def whole_document(tree) -> bool:
    """Whether ``tree`` holds every element of its document: the root, with no element beside it
    (libxml2 can leave a second <html> after the first), so that a walk of ``tree`` finds what an
    XPath "//" query finds."""
    return (tree.getparent() is None and next(tree.itersiblings(Element), None) is None
            and next(tree.itersiblings(Element, preceding=True), None) is None)


def _caption_and_byline_elements(tree) -> tuple[list, list]:
    """What ``_CAPTION_XPATH`` and ``_BYLINE_XPATH`` find, each in document order. On a whole
    document (see whole_document: where the two agree on their scope), one walk of the tree in Python: half the time
    of the two queries, whose contains() tests libxml2 runs on every element."""
    if not whole_document(tree):
        return _CAPTION_XPATH(tree), _BYLINE_XPATH(tree)
    captioned, bylines = [], []
    for element in tree.iter(Element):
        classes = element.get("class")
        if element.tag == "figcaption" or (classes is not None and ("caption" in classes or "credit" in classes)):
            captioned.append(element)
        if (element.get("rel") == "author" or element.get("itemprop") == "author"
                or (classes is not None and ("byline" in classes or "author" in classes))):
            bylines.append(element)
    return captioned, bylines


def _after_headline(tree) -> list[str]:
    """The own text of each element that follows the page's first <h1> (the first 40), with its
    children's texts and the text after each child, where a byline or date line without markup stands;
    not what a <blockquote> holds (an embedded post's "— Name (@handle) <a>October 31, 2021</a>", a
    pull quote)."""
    texts = []
    for element in _AFTER_H1_XPATH(tree):
        if element.tag == "blockquote" or next(element.iterancestors("blockquote"), None) is not None:
            continue
        # its own text and its children's, and the text after each child ("<span>·</span> 11 Oct 2018")
        text = clean(" ".join([element.text or ""] + [part or "" for child in element for part in (child.text, child.tail)]))
        if text:
            texts.append(text)
    return texts


def _date_after_headline(after: list[str], now: datetime | None = None) -> str | None:
    """A date line among the elements after the headline; else, when the fetch time is known, a
    relative one ("Published 3 hours ago")."""
    short = [text for text in after if len(text.split()) <= P.NEARBY_DATE_MAX_WORDS and not P.SENTENCE_END.search(text)
             and not embedded_post(text)]    # (an embedded post's "— Name (@handle) October 31, 2021")
    # an "Updated …" line only when no other gives a date ("Updated 3:45 PM" above "Published 10:00 AM")
    short = [text for text in short if not _UPDATE_LINE.match(text)] + [text for text in short if _UPDATE_LINE.match(text)]
    found = next((value for value in map(line_date, short) if value), None)
    if found is None and now is not None:
        found = next((value for text in short if len(text.split()) <= P.YEARLESS_MAX_WORDS
                      for value in [relative_date(text, now)] if value), None)
    return found


def _yearless_after_headline(tree, after: list[str]) -> str | None:
    """The last resort: a date without its year on a short line after the headline ("Nov 18" under
    the byline), read in the year of the page's copyright footer, as plain text reads one."""
    short = [text for text in after if len(text.split()) <= P.YEARLESS_MAX_WORDS and not P.SENTENCE_END.search(text)
             and not embedded_post(text)]
    if not short:
        return None
    years = [int(y) for element in _FOOTER_XPATH(tree)[:3] for y in _COPYRIGHT_YEAR.findall(element.text_content())]
    years = [y for y in years if 1995 <= y <= datetime.now().year + 1]
    if not years:
        return None
    context = date(max(years), 12, 31)
    return next((value for value in (yearless_date(text, context) for text in short) if value), None)


_UPDATE_LINE = re.compile(r"\W*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})", re.IGNORECASE)


def _short_text(element) -> str | None:
    """The text of an element that holds one caption or name, not a container of many."""
    if len(element) > 12:
        return None
    text = clean(element.text_content())
    return text if text and len(text) <= 600 else None


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)


def credit_in(text: str) -> str | None:
    """The credit of a caption: "(Photo by Javed TANVEER / AFP)" → "Javed TANVEER / AFP"."""
    match = P.CAPTION_CREDIT.search(text) if text.endswith(")") else None
    if match:
        return (match.group("credit") or match.group("agency_credit") or "").strip(" .") or None
    tail = re.split(r"(?<=[.!?])\s+", text)[-1]
    match = P.CREDIT_LINE.match(tail)
    if match and len(tail.split()) <= P.CREDIT_MAX_WORDS:
        return (match.group("credit") or match.group("alone") or "").strip(" .") or None
    return None


def tidy_credit(text: str) -> str | None:
    """"(Reed Saxon / Associated Press)" → "Reed Saxon / Associated Press"; "Credit : PTI" → "PTI"."""
    text = P.CREDIT_LABEL.sub("", text.strip())
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text.strip(" .") or None


def page_language(tree) -> str | None:
    """The language the page declares: <html lang>, og:locale or Content-Language."""
    values = [tree.get("lang"), tree.get("xml:lang")]
    if not any(values):
        values += _LOCALE_XPATH(tree)[:2]
    for value in values:
        if value and _LANGUAGE.match(value.strip()):
            return value.strip().split("-")[0].split("_")[0].lower()
    return None


def _copyright_owner(tree) -> str | None:
    """The holder named in a "© 2022 Press TV. All rights reserved." footer, if the page has one."""
    for element in _FOOTER_XPATH(tree)[:3]:
        for raw in element.text_content().split("\n"):
            line = clean(raw)
            if line and len(line.split()) <= P.COPYRIGHT_MAX_WORDS and re.match(r"(?i)©|\(c\)|copyright", line):
                owner = copyright_holder(line)
                if owner:
                    return owner
    return None


def clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
