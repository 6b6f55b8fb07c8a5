"""A small news site for the crawl tests, served on 127.0.0.1 only by http.server in a thread:
article pages built from the bundled Wikinews sample, an RSS feed (with ETag and Last-Modified),
an Atom feed, a sitemap index with a plain and a news sitemap, robots.txt, a home page, and the
bad cases (malformed feed, a sitemap listing itself, a redirect loop, 404, 500, a server that
never answers, a PDF, a 50 MB page, undecodable bytes). It counts every request."""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "wikinews" / "wikinews.jsonl"


def sample_articles(n: int) -> list[dict]:
    out = []
    with open(SAMPLE, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if len(record["text"]) > 600:
                out.append(record)
            if len(out) == n:
                break
    return out


def page(record: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in record["text"].split("\n") if p.strip())
    title = html.escape(record["title"])
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{record['published']}'></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/world/'>World</a></nav><article><h1>{title}</h1>"
            f"{paragraphs}</article><footer>Copyright Test News</footer></body></html>")


class Site:
    """The site's content and counters; ``articles`` slugs are in the feed and the sitemaps."""

    def __init__(self, n: int = 6, slow_seconds: float = 5.0):
        self.records = sample_articles(n + 4)
        self.feed_items = list(range(n))           # which records the feed lists
        self.requests: Counter = Counter()         # path -> count
        self.conditional: Counter = Counter()      # path -> requests with If-None-Match/If-Modified-Since
        self.not_modified: Counter = Counter()     # path -> 304s sent
        self.agents: set[str] = set()
        self.times: list[tuple[str, float]] = []   # (path, when) of every request
        self.slow_seconds = slow_seconds
        self.lock = threading.Lock()
        self.bad = False                           # also list the bad cases in the feed
        self.bare = False                          # home page and robots.txt name no feed or sitemap;
                                                   # /sitemap.xml exists

    def base(self) -> str:
        return self.url

    def slug(self, i: int) -> str:
        return f"/news/{i}-story.html"

    def add_item(self) -> int:
        with self.lock:
            i = max(self.feed_items) + 1
            self.feed_items.append(i)
            return i

    # --- documents --------------------------------------------------------------------------------

    def rss(self) -> str:
        items = []
        for i in self.feed_items:
            r = self.records[i]
            # a tracking parameter on the feed link: the same article as in the sitemap
            items.append(f"<item><title>{html.escape(r['title'])}</title>"
                         f"<link>{self.url}{self.slug(i)}?utm_source=rss&amp;utm_medium=feed</link>"
                         f"<pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>")
        items.append(f"<item><title>Members only</title><link>{self.url}/private/secret.html</link></item>")
        if self.bad:
            for path in BAD_PAGES:
                items.append(f"<item><title>bad</title><link>{self.url}{path}</link></item>")
        return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test News</title>"
                f"<link>{self.url}/</link>{''.join(items)}</channel></rss>")

    def atom(self) -> str:
        entries = "".join(f"<entry><title>t</title><link href='{self.url}{self.slug(i)}#comments'/></entry>"
                          for i in self.feed_items[:2])
        return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                f"<title>Test</title><link rel='self' href='{self.url}/atom.xml'/>{entries}</feed>")

    def sitemap_index(self) -> str:
        maps = "".join(f"<sitemap><loc>{self.url}{p}</loc></sitemap>"
                       for p in ("/sitemap-news.xml", "/sitemap-1.xml", "/sitemap-old.xml.gz", "/sitemap_index.xml"))
        return ("<?xml version='1.0' encoding='UTF-8'?><sitemapindex "
                f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{maps}</sitemapindex>")

    def sitemap(self, items) -> str:
        urls = "".join(f"<url><loc>{self.url}{self.slug(i)}</loc></url>" for i in items)
        return ("<?xml version='1.0' encoding='UTF-8'?><urlset "
                f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>")

    def news_sitemap(self) -> str:
        urls = "".join(f"<url><loc>{self.url}{self.slug(i)}</loc><news:news><news:title>t</news:title>"
                       f"<news:publication_date>2024-01-01</news:publication_date></news:news></url>"
                       for i in self.feed_items)
        return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>")

    def home(self) -> str:
        feed = "" if self.bare else "<link rel='alternate' type='application/rss+xml' href='/feed.xml'>"
        return ("<!DOCTYPE html><html><head><title>Test News</title>"
                f"{feed}</head>"
                "<body><h1>Test News</h1><a href='/news/0-story.html'>A story</a></body></html>")


BAD_PAGES = ("/bad/missing.html", "/bad/error.html", "/bad/loop-a.html", "/bad/slow.html",
             "/bad/report.pdf", "/bad/huge.html", "/bad/binary.html")
HUGE = 50_000_000


def handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args):
            pass

        def send(self, status: int, body: str | bytes, ctype: str = "text/html; charset=utf-8",
                 headers: dict | None = None):
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def conditional(self, path: str, body: str, ctype: str):
            etag = '"' + hashlib.md5(body.encode()).hexdigest() + '"'
            modified = "Mon, 01 Jan 2024 00:00:00 GMT"
            if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                site.conditional[path] += 1
                if self.headers.get("If-None-Match") == etag:
                    site.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
            self.send(200, body, ctype, {"ETag": etag, "Last-Modified": modified})

        def do_GET(self):
            path = self.path.split("?")[0]
            with site.lock:
                site.requests[path] += 1
                site.times.append((path, time.monotonic()))
            site.agents.add(self.headers.get("User-Agent", ""))
            if path == "/robots.txt":
                named = "" if site.bare else f"\nSitemap: {site.url}/sitemap_index.xml\n"
                return self.send(200, "User-agent: *\nDisallow: /private/\n" + named, "text/plain")
            if path == "/":
                return self.send(200, site.home())
            if path == "/sitemap.xml" and site.bare:
                return self.send(200, site.sitemap(site.feed_items), "application/xml")
            if path == "/feed.xml":
                return self.conditional(path, site.rss(), "application/rss+xml")
            if path == "/atom.xml":
                return self.conditional(path, site.atom(), "application/atom+xml")
            if path == "/sitemap_index.xml":
                return self.conditional(path, site.sitemap_index(), "application/xml")
            if path == "/sitemap-1.xml":
                return self.conditional(path, site.sitemap(site.feed_items[:3]), "application/xml")
            if path == "/sitemap-old.xml.gz":  # a gzipped sitemap file (not Content-Encoding)
                return self.send(200, gzip.compress(site.sitemap(site.feed_items[:1] + [0]).encode()),
                                 "application/x-gzip")
            if path == "/sitemap-news.xml":
                return self.conditional(path, site.news_sitemap(), "application/xml")
            if path == "/bad/feed.xml":
                return self.send(200, "<?xml version='1.0'?><rss><channel><item><link>"
                                 f"{site.url}{site.slug(0)}</link></item><item><title>unclosed",
                                 "application/rss+xml")
            if path.startswith("/news/"):
                i = int(path.split("/")[2].split("-")[0])
                if i in site.feed_items:
                    return self.send(200, page(site.records[i]))
            if path == "/article.aspx":  # one script, the article named by its query (?sid=N)
                sid = parse_qs(urlsplit(self.path).query).get("sid", ["x"])[0]
                if sid.isdigit() and int(sid) in site.feed_items:
                    return self.send(200, page(site.records[int(sid)]))
            if path.startswith("/go/"):  # a short link to the script's article
                self.send_response(301)
                self.send_header("Location", f"/article.aspx?sid={path.removeprefix('/go/')}")
                self.end_headers()
                return
            if path == "/old/0.html":
                self.send_response(301)
                self.send_header("Location", site.slug(0))
                self.end_headers()
                return
            if path == "/bad/error.html":
                return self.send(500, "oops")
            if path in ("/bad/loop-a.html", "/bad/loop-b.html"):
                self.send_response(302)
                self.send_header("Location", "/bad/loop-b.html" if path.endswith("a.html") else "/bad/loop-a.html")
                self.end_headers()
                return
            if path == "/bad/slow.html":
                time.sleep(site.slow_seconds)
                return self.send(200, "<html><body><p>late</p></body></html>")
            if path == "/bad/report.pdf":
                return self.send(200, b"%PDF-1.4 binary", "application/pdf")
            if path == "/bad/huge.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()  # no Content-Length: the cap must stop the read itself
                chunk = b"<p>" + b"x" * (1 << 20) + b"</p>"
                try:
                    self.wfile.write(b"<html><body>")
                    for _ in range(HUGE // len(chunk)):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            if path == "/busy.html":  # 429 with Retry-After the first time, then the page
                if site.requests[path] == 1:
                    return self.send(429, "slow down", headers={"Retry-After": "0"})
                return self.send(200, page(site.records[0]))
            if path == "/flaky.html":  # 503 twice, then the page
                if site.requests[path] <= 2:
                    return self.send(503, "busy")
                return self.send(200, page(site.records[1]))
            if path == "/latin1.html":  # Latin-1 bytes, no charset anywhere
                return self.send(200, page(site.records[2]).replace("<meta charset='utf-8'>", "")
                                 .replace("</h1>", "</h1><p>Caf\u00e9 d\u00e9j\u00e0 vu na\u00efve r\u00e9sum\u00e9 "
                                          "\u00e9l\u00e8ve fran\u00e7ais.</p>").encode("latin-1", "replace"),
                                 "text/html")
            if path == "/bad/declared-huge.html":  # refused from its Content-Length alone
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(HUGE))
                self.end_headers()
                return
            if path == "/bad/binary.html":
                return self.send(200, b"<html>\x00\x01\x02\xff\xfe\x00" * 200, "text/html")
            return self.send(404, "not found")

    return Handler


class Server:
    """``with Server(site) as url:`` — the site on 127.0.0.1 at a free port."""

    def __init__(self, site: Site):
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
        self.httpd.daemon_threads = True
        site.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self.site.url

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
