"""What a source is (feed, sitemap or home page) and the links it gives, with trafilatura's feed
and sitemap readers and courlan's URL normalisation.

trafilatura's link handlers also filter links through ``courlan.check_url``, which drops any
address without a public domain (loopback, intranet hosts); dateline applies its own filter
(:func:`normalise`) instead and keeps trafilatura's parsing: ``feeds.find_links`` (RSS, Atom,
JSON Feed), ``feeds.determine_feed`` (a home page's feed links), ``SitemapObject`` (XML and text
sitemaps, indexes, news sitemaps) and ``sitemaps.extract_robots_sitemaps``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from courlan import normalize_url
from courlan.filters import extension_filter
from lxml import etree
from trafilatura import feeds, sitemaps

FEED, SITEMAP, PAGE = "feed", "sitemap", "page"
_SITEMAP_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:\w+:)?(?:urlset|sitemapindex)\b", re.S)
_TEXT_SITEMAP = re.compile(r"^\s*https?://\S+\s*$")


def normalise(url: str, base: str | None = None, page: bool = True, strict: bool = True) -> str | None:
    """The form of ``url`` under which an article is known: absolute, http(s), tracking
    parameters (utm_*, fbclid, …) and fragments removed, host lower-cased (courlan's
    ``normalize_url`` in strict mode); None for what is not a web page (mailto:, and with
    ``page`` images, PDFs, XML files, …). ``strict=False`` keeps the query parameters courlan
    does not know as tracking ones (``article.aspx?sid=12345``: strict mode keeps only the
    parameters it knows, and drops ``sid``), the fragment still dropped: an article's key
    (:func:`article_url`, ``ingest.fields.record_id``)."""
    url = (url or "").strip()
    if not url:
        return None
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() for ch in parts.netloc):  # "https:// example.com/feed": a stray space
        url = urlunsplit(parts._replace(netloc="".join(parts.netloc.split())))
    try:
        clean = normalize_url(url, strict=strict)
    except (ValueError, AttributeError):
        return None
    if not strict:
        clean = clean.split("#", 1)[0]
    if page and not extension_filter(urlsplit(clean).path):
        return None  # an image, a PDF, an archive
    return clean


# Publishers' tracking parameters that courlan's non-strict clean keeps (it drops utm_*, fbclid,
# gclid, xtor, ref, …): names (case aside) and name prefixes, and names that track only with one
# value. They say which feed, share button or campaign a link came from, never which article, so
# the same article from two feeds would otherwise get two ids. An article's own parameters (sid=,
# storyid=, id=, p=, page=) are kept.
TRACKER_NAMES = frozenset({
    "amp", "cmp", "cmpid", "ftag", "icid", "ito", "mod", "ncid", "ocid", "ref", "rss", "smid",
    "src", "xtor",
})
TRACKER_PREFIXES = ("at_", "ns_", "utm_")
TRACKER_VALUES = {"output": frozenset({"amp"})}


def _tracker(name: str, value: str) -> bool:
    name = name.casefold()
    return (name in TRACKER_NAMES or name.startswith(TRACKER_PREFIXES)
            or value.casefold() in TRACKER_VALUES.get(name, ()))


def drop_trackers(url: str) -> str:
    """``url`` without the query parameters of TRACKER_NAMES, TRACKER_PREFIXES and
    TRACKER_VALUES; unchanged (the same string) when it has none."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not _tracker(name, value)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def article_url(url: str, base: str | None = None, page: bool = True) -> str | None:
    """The key of an article link (what ``dateline fetch`` and ``watch`` fetch, and hash into the
    stored article's id): :func:`normalise` without strict mode, as a record's address is keyed
    (``ingest.fields.record_id``), so ``article.aspx?sid=1`` and ``?sid=2`` are two articles and a
    record and a fetch of the same page get one id. Strict mode (before ingmendF19) made them one
    URL and the second was never fetched. The publishers' tracking parameters that non-strict
    courlan keeps (``?mod=rss_markets``, ``?CMP=twt_gu``, ``?smid=tw-share``, …: TRACKER_NAMES,
    TRACKER_PREFIXES, TRACKER_VALUES) are dropped too, so one article listed by two feeds is
    fetched once and has one id."""
    clean = normalise(url, base, page, strict=False)
    return drop_trackers(clean) if clean else None


def source_url(url: str, base: str | None = None) -> str | None:
    """The key of a feed, sitemap or home page (``dateline watch``'s sources and those they lead
    to): as an article link's (:func:`article_url`: white space around it, the scheme's and host's
    case, the fragment and tracking parameters aside), every other query parameter kept. Before the
    twentieth session (robust20) a source was normalised in courlan's strict mode, which drops the
    parameters it does not know: ``feed.php?cat=world`` was fetched as ``feed.php``."""
    return article_url(url, base, page=False)


@dataclass(slots=True)
class Found:
    """What one source document gave: article URLs, further sources, problems."""

    kind: str
    articles: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # details for E508


def kind_of(text: str, content_type: str = "") -> str:
    head = text.lstrip()[:2000]
    if _SITEMAP_ROOT.match(head):
        return SITEMAP
    if feeds.is_potential_feed(head) or (head.startswith("{") and "jsonfeed" in head[:300]):
        return FEED
    if "json" in content_type and head.startswith("{"):
        return FEED
    if content_type in ("text/plain",) and all(_TEXT_SITEMAP.match(line) for line in text.splitlines()[:20] if line.strip()):
        return SITEMAP
    return PAGE


def read(url: str, text: str, content_type: str = "", declared: str | None = None) -> Found:
    """The links of the source document ``text`` fetched from ``url``."""
    kind = declared or kind_of(text, content_type)
    if kind == FEED:
        return _feed(url, text)
    if kind == SITEMAP:
        return _sitemap(url, text)
    return _page(url, text)


def _xml_problem(text: str) -> str | None:
    try:
        etree.fromstring(text.strip().encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return f"malformed XML: {exc}"
    except ValueError as exc:
        return str(exc)
    return None


def _feed(url: str, text: str) -> Found:
    found = Found(FEED)
    params = feeds.FeedParameters(url, urlsplit(url).netloc, url)
    if not text.lstrip().startswith("{") and (problem := _xml_problem(text)):
        found.problems.append(problem)
    links = feeds.find_links(text.strip(), params)
    found.articles = _unique(article_url(link, url) for link in links)
    found.articles = [a for a in found.articles if a != source_url(url)]
    if not found.articles and not found.problems:
        found.problems.append("no item links")
    return found


class _Sitemap(sitemaps.SitemapObject):
    """trafilatura's sitemap reader without its public-domain filter (see the module doc)."""

    __slots__ = ("self_listed",)

    def handle_link(self, link: str) -> None:
        if link.strip() == self.current_url:
            self.self_listed = True
            return
        if sitemaps.DETECT_SITEMAP_LINK.search(link):
            if clean := source_url(link, self.base_url):
                self.sitemap_urls.append(clean)
        elif clean := article_url(link, self.base_url):
            self.urls.append(clean)


def _sitemap(url: str, text: str) -> Found:
    found = Found(SITEMAP)
    if (problem := _xml_problem(text)) and text.lstrip().startswith("<"):
        found.problems.append(problem)
    reader = _Sitemap(url, urlsplit(url).netloc, [])
    reader.self_listed = False
    reader.current_url = url
    reader.content = text
    reader.process()
    if reader.self_listed:
        found.problems.append("the sitemap lists itself; that entry was ignored")
    own = source_url(url)
    found.sitemaps = [s for s in _unique(reader.sitemap_urls) if s != own]
    found.articles = _unique(reader.urls)
    if not found.articles and not found.sitemaps and not found.problems:
        found.problems.append("no <loc> entries")
    return found


def _page(url: str, html: str) -> Found:
    """A home page: its feed links (``<link rel=alternate>``, else feed-like anchors)."""
    found = Found(PAGE)
    params = feeds.FeedParameters(url, urlsplit(url).netloc, url)
    found.feeds = _unique(source_url(link, url) for link in feeds.determine_feed(html, params))
    return found


def robots_sitemaps(robots_txt: str, url: str) -> list[str]:
    """The Sitemap: lines of a robots.txt."""
    parts = urlsplit(url)
    return _unique(source_url(s) for s in sitemaps.extract_robots_sitemaps(robots_txt, f"{parts.scheme}://{parts.netloc}"))


def _unique(urls) -> list[str]:
    return list(dict.fromkeys(u for u in urls if u))
