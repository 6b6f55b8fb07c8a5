"""The corpus: a DuckDB store of annotated articles, near-duplicate links, merged events and
stories, with ingest, queries and exports (see docs/corpus.md).

>>> from dateline.corpus import Store, ingest          # doctest: +SKIP
>>> ingest(["samples/"], "demo.duckdb").line()          # doctest: +SKIP
>>> Store("demo.duckdb", read_only=True).events({"type": "CONSULT"})   # doctest: +SKIP

The names below are imported on first use (PEP 562), so that ``import dateline.corpus.commands``
(done by every CLI start) does not import DuckDB, datasketch or pyarrow.
"""

from __future__ import annotations

import importlib
import sys
import types

_LAZY = {"IngestReport": ".ingest", "ingest": ".ingest", "load_documents": ".ingest",
         "BatchResult": ".store", "Store": ".store", "StoreError": ".store"}

__all__ = ["BatchResult", "IngestReport", "Store", "StoreError", "ingest", "load_documents"]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Corpus(types.ModuleType):
    """``dateline.corpus.ingest`` stays the function (as when it was imported eagerly), even after
    the import system binds the submodule of the same name; the module is
    ``sys.modules["dateline.corpus.ingest"]``."""

    def __setattr__(self, name, value):
        if name == "ingest" and isinstance(value, types.ModuleType):
            value = value.ingest
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Corpus
