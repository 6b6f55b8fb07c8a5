"""The crawl state, kept in the corpus store beside the articles: sources, the URLs seen and what
became of each, and the rounds. The tables are created on first use (``CREATE TABLE IF NOT
EXISTS``); they are documented in docs/crawl.md.

Every change is one short transaction, so a watcher killed at any point (kill -9 included) finds
the state as it was after the last whole step: the URLs a source listed are recorded together with
the source's new ETag, an article is stored (by the store's idempotent ``add_batch``) before its
URL is marked stored, and a URL left ``pending`` is simply fetched again — its article id, a hash
of its normalised final URL, is then found in the store and nothing is duplicated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from ..corpus.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS crawl_sources (
    url           VARCHAR PRIMARY KEY,   -- a feed, a sitemap or a home page (normalised)
    kind          VARCHAR,               -- feed | sitemap | page | fetch
    parent        VARCHAR,               -- the source it was found in (a home page, a sitemap index)
    etag          VARCHAR,               -- for conditional requests
    last_modified VARCHAR,
    last_status   INTEGER,               -- HTTP status of the last fetch (304: not modified)
    last_error    VARCHAR,               -- the last problem (E5xx message), NULL when none
    last_round    BIGINT,
    last_checked  TIMESTAMP,
    next_due      TIMESTAMP,
    n_found       INTEGER DEFAULT 0,     -- article links it gave, all rounds
    n_new         INTEGER DEFAULT 0      -- of which new to the crawl
);
CREATE TABLE IF NOT EXISTS crawl_urls (
    url           VARCHAR PRIMARY KEY,   -- normalised article URL (tracking parameters removed)
    source        VARCHAR,               -- the source that first listed it
    first_round   BIGINT,
    state         VARCHAR,               -- pending | stored | failed
    first_seen    TIMESTAMP,
    fetched_at    TIMESTAMP,
    final_url     VARCHAR,               -- after redirects
    status        INTEGER,               -- HTTP status
    content_hash  VARCHAR,               -- sha256 of the bytes received
    content_type  VARCHAR,
    article_id    VARCHAR,               -- the stored article
    tries         INTEGER DEFAULT 0,
    code          VARCHAR,               -- E5xx when it failed
    reason        VARCHAR                -- the message
);
CREATE TABLE IF NOT EXISTS crawl_rounds (
    id            BIGINT PRIMARY KEY,
    started       TIMESTAMP,
    finished      TIMESTAMP,             -- NULL: the round was interrupted
    sources       INTEGER,
    found         INTEGER,               -- article links seen
    new_urls      INTEGER,
    fetched       INTEGER,
    added         INTEGER,               -- articles stored
    errors        INTEGER,
    events_before BIGINT,                -- largest event id before the round (its new events follow)
    seq_before    BIGINT,                -- largest article seq before the round (its new articles follow)
    files         VARCHAR[]              -- update files written after it
);
"""

MAX_TRIES = 3  # a URL that failed for a passing reason (timeout, 5xx) is tried this often


def article_id(url: str) -> str:
    """The id of the article at (normalised) ``url``: the same page is the same article."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class CrawlState:
    """The crawl tables of one store (which must be open for writing)."""

    def __init__(self, store: Store):
        self.store = store
        self.con = store.con
        with store.transaction():
            self.con.execute(DDL)

    # --- sources ----------------------------------------------------------------------------------

    def add_source(self, url: str, kind: str | None, parent: str | None = None) -> None:
        self.con.execute("INSERT INTO crawl_sources (url, kind, parent) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                         [url, kind, parent])

    def source(self, url: str) -> dict | None:
        found = self._dicts("SELECT * FROM crawl_sources WHERE url = ?", [url])
        return found[0] if found else None

    def children(self, url: str) -> list[str]:
        """The feeds and sitemaps found in ``url`` before."""
        return [r[0] for r in self.con.execute("SELECT url FROM crawl_sources WHERE parent = ? ORDER BY url",
                                               [url]).fetchall()]

    def due(self, roots: Iterable[str], at: datetime | None = None) -> list[str]:
        """Of the ``roots`` named on the command line, those due now (never checked, or past
        their ``next_due``)."""
        at = at or now()
        due = []
        for url in roots:
            row = self.source(url)
            if row is None or row["next_due"] is None or row["next_due"] <= at:
                due.append(url)
        return due

    def next_due(self, roots: Iterable[str]) -> datetime | None:
        roots = list(roots)
        if not roots:
            return None
        found = self.con.execute(
            f"SELECT min(coalesce(next_due, TIMESTAMP '1970-01-01')) FROM crawl_sources WHERE url IN ({','.join('?' * len(roots))})",
            roots).fetchone()[0]
        return found

    def checked(self, url: str, kind: str, round_id: int, response, every: float | None,
                articles: Iterable[str] = (), error: str | None = None, children: Iterable[str] = ()) -> int:
        """Record a source's fetch, the article URLs and the further sources (``children``) it
        listed, in one transaction (a kill between them would leave a new ETag whose 304 hides
        what the source listed); the number of URLs new to the crawl."""
        articles = list(dict.fromkeys(articles))
        at = now()
        with self.store.transaction():
            self.add_source(url, kind)
            for child in children:
                self.add_source(child, None, parent=url)
            before = self.count_urls()
            if articles:
                self.con.executemany(
                    "INSERT INTO crawl_urls (url, source, first_round, state, first_seen) "
                    "VALUES (?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING",
                    [[a, url, round_id, at] for a in articles])
            new = self.count_urls() - before
            headers = response.headers if response is not None else {}
            keep = response is not None and (response.ok or response.not_modified)
            self.con.execute(
                """UPDATE crawl_sources SET kind = coalesce(?, kind),
                       etag = CASE WHEN ? THEN coalesce(?, etag) ELSE etag END,
                       last_modified = CASE WHEN ? THEN coalesce(?, last_modified) ELSE last_modified END,
                       last_status = ?, last_error = ?, last_round = ?, last_checked = ?, next_due = ?,
                       n_found = n_found + ?, n_new = n_new + ? WHERE url = ?""",
                [kind, keep, headers.get("etag"), keep, headers.get("last-modified"),
                 response.status if response is not None else None, error, round_id, at,
                 at + timedelta(seconds=every) if every else None, len(articles), new, url])
        return new

    # --- article URLs -----------------------------------------------------------------------------

    def count_urls(self) -> int:
        return self.con.execute("SELECT count(*) FROM crawl_urls").fetchone()[0]

    def add_urls(self, urls: Iterable[str], source: str, round_id: int) -> list[str]:
        """Record URLs given directly (``dateline fetch``); those not stored yet, to fetch.
        A URL that failed before is tried again."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return []
        at = now()
        with self.store.transaction():
            self.con.executemany(
                "INSERT INTO crawl_urls (url, source, first_round, state, first_seen) "
                "VALUES (?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING", [[u, source, round_id, at] for u in urls])
        stored = {r[0] for r in self.con.execute(
            "SELECT url FROM crawl_urls WHERE state = 'stored' AND url IN (SELECT unnest(?))", [urls]).fetchall()}
        return [u for u in urls if u not in stored]

    def pending(self, limit: int | None = None) -> list[str]:
        """URLs to fetch: never fetched, or failed for a passing reason fewer than MAX_TRIES times."""
        sql = ("SELECT url FROM crawl_urls WHERE state = 'pending' OR (state = 'retry' AND tries < ?) "
               "ORDER BY first_seen, url")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.con.execute(sql, [MAX_TRIES]).fetchall()]

    def url(self, url: str) -> dict | None:
        found = self._dicts("SELECT * FROM crawl_urls WHERE url = ?", [url])
        return found[0] if found else None

    def stored(self, rows: list[tuple[str, object, str | None]]) -> None:
        """Mark URLs stored: (url, response, article id)."""
        with self.store.transaction():
            for url, response, aid in rows:
                self._fetched(url, response, "stored", aid, None, None)

    def failed(self, url: str, response, code: str, reason: str, transient: bool) -> None:
        with self.store.transaction():
            self._fetched(url, response, "retry" if transient else "failed", None, code, reason)

    def _fetched(self, url, response, state, aid, code, reason) -> None:
        r = response
        self.con.execute(
            """UPDATE crawl_urls SET state = ?, fetched_at = ?, final_url = ?, status = ?, content_hash = ?,
                   content_type = ?, article_id = coalesce(?, article_id), tries = tries + 1, code = ?, reason = ?
               WHERE url = ?""",
            [state, r.fetched_at.replace(tzinfo=None) if r is not None else now(),
             r.final_url if r is not None else None, r.status if r is not None else None,
             r.content_hash if r is not None and r.body else None,
             r.content_type if r is not None else None, aid, code, reason, url])

    # --- rounds -----------------------------------------------------------------------------------

    def begin_round(self, sources: int) -> int:
        with self.store.transaction():
            rid = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM crawl_rounds").fetchone()[0]
            events = self.con.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            self.con.execute("INSERT INTO crawl_rounds (id, started, sources, found, new_urls, fetched, added, errors, "
                             "events_before, seq_before) VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, ?)",
                             [rid, now(), sources, events, seq])
        return rid

    def finish_round(self, rid: int, *, found: int, new_urls: int, fetched: int, added: int, errors: int,
                     files: list[str] | None = None, finished: bool = True) -> None:
        with self.store.transaction():
            self.con.execute("UPDATE crawl_rounds SET finished = ?, found = ?, new_urls = ?, fetched = ?, added = ?, "
                             "errors = ?, files = ? WHERE id = ?",
                             [now() if finished else None, found, new_urls, fetched, added, errors, files or [], rid])

    def export_bounds(self, rid: int) -> tuple[int, int]:
        """The (event id, article seq) after which round ``rid``'s update files start: its own
        start, or that of an earlier round killed before it wrote its files (whose events would
        otherwise be in no update file)."""
        return tuple(self.con.execute(
            """SELECT min(events_before), min(seq_before) FROM crawl_rounds
               WHERE id > coalesce((SELECT max(id) FROM crawl_rounds WHERE len(files) > 0 AND id < ?), 0)
                 AND (id = ? OR (finished IS NULL AND id < ?))""", [rid, rid, rid]).fetchone())

    def round(self, rid: int) -> dict:
        return self._dicts("SELECT * FROM crawl_rounds WHERE id = ?", [rid])[0]

    def _dicts(self, sql: str, params: list) -> list[dict]:
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]
