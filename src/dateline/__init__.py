"""dateline: turn news articles into facts people can query.

>>> import dateline
>>> doc = dateline.annotate(open("article.txt").read())   # doctest: +SKIP
>>> [(e.type, e.date) for e in doc.events]                # doctest: +SKIP

The names below are imported on first use (PEP 562): ``import dateline.cli`` (every command's
start) then imports only what the command runs.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_LAZY = {"annotate": ".api", "annotate_many": ".api", "extract": ".api", "Document": ".model"}

__all__ = ["annotate", "annotate_many", "extract", "Document", "__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
