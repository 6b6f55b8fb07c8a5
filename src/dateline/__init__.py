"""dateline: turn news articles into facts people can query.

>>> import dateline
>>> doc = dateline.annotate(open("article.txt").read())   # doctest: +SKIP
>>> [(e.type, e.date) for e in doc.events]                # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import annotate, annotate_many, extract  # noqa: E402
from .model import Document  # noqa: E402

__all__ = ["annotate", "annotate_many", "extract", "Document", "__version__"]
