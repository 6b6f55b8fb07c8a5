"""The corpus: a DuckDB store of annotated articles, near-duplicate links, merged events and
stories, with ingest, queries and exports (see docs/corpus.md).

>>> from dateline.corpus import Store, ingest          # doctest: +SKIP
>>> ingest(["samples/"], "demo.duckdb").line()          # doctest: +SKIP
>>> Store("demo.duckdb", read_only=True).events({"type": "CONSULT"})   # doctest: +SKIP
"""

from __future__ import annotations

from .ingest import IngestReport, ingest, load_documents
from .store import BatchResult, Store, StoreError

__all__ = ["BatchResult", "IngestReport", "Store", "StoreError", "ingest", "load_documents"]
