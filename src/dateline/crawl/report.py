"""What the Sources page and ``/sources.json`` show: each source with its last round, new
articles and errors; the recent rounds; the recent failures. Read-only; empty when the store was
never crawled."""

from __future__ import annotations

from typing import Any

from ..corpus.store import Store

ROUNDS = 20     # recent rounds listed
FAILURES = 50   # recent failed URLs listed


def _has_crawl(store: Store) -> bool:
    found = store.con.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_name IN ('crawl_sources', 'crawl_urls', 'crawl_rounds')").fetchone()[0]
    return found == 3


def _dicts(store: Store, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cursor = store.con.cursor()
    try:
        cursor.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]
    finally:
        cursor.close()


def sources_view(store: Store) -> dict[str, Any]:
    """``{"crawled", "totals", "sources", "rounds", "failures"}``."""
    if not _has_crawl(store):
        return {"crawled": False, "totals": {}, "sources": [], "rounds": [], "failures": []}
    sources = _dicts(store, """
        SELECT * FROM (SELECT s.url, s.kind, s.parent, s.last_round, s.last_checked, s.next_due, s.last_status,
               s.last_error, s.n_found, s.n_new, s.etag IS NOT NULL OR s.last_modified IS NOT NULL AS conditional,
               count(u.url) FILTER (WHERE u.state = 'stored') AS stored,
               count(u.url) FILTER (WHERE u.state = 'stored' AND u.first_round = s.last_round) AS new_last_round,
               count(u.url) FILTER (WHERE u.state IN ('failed', 'retry')) AS errors,
               count(u.url) FILTER (WHERE u.state = 'pending') AS pending
        FROM crawl_sources s LEFT JOIN crawl_urls u ON u.source = s.url
        GROUP BY ALL) ORDER BY coalesce(parent, url), parent NULLS FIRST, url""")
    rounds = _dicts(store, f"""SELECT id, started, finished, sources, found, new_urls, fetched, added, errors, files
                               FROM crawl_rounds ORDER BY id DESC LIMIT {ROUNDS}""")
    failures = _dicts(store, f"""SELECT url, source, state, status, code, reason, fetched_at, tries
                                 FROM crawl_urls WHERE state IN ('failed', 'retry')
                                 ORDER BY fetched_at DESC NULLS LAST, url LIMIT {FAILURES}""")
    totals = dict(store.con.execute("SELECT state, count(*) FROM crawl_urls GROUP BY state ORDER BY state").fetchall())
    return {"crawled": True, "totals": totals, "sources": sources, "rounds": rounds, "failures": failures}
