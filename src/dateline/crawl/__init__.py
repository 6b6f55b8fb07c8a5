"""Live ingest: fetch article pages and follow feeds and sitemaps into the corpus store.

* :mod:`.fetch` — polite HTTP (robots.txt, one request at a time per host, retries, caps);
* :mod:`.discover` — what a source is and the links it gives (trafilatura, courlan);
* :mod:`.state` — the crawl tables in the store (sources, URLs, rounds);
* :mod:`.rounds` — a round: visit sources, fetch new URLs, annotate, store;
* :mod:`.updates` — GDELT-style update files after each round;
* :mod:`.commands` — ``dateline fetch`` and ``dateline watch``.

See docs/crawl.md.
"""
