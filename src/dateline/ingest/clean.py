"""Cleaning of scraped plain text: the article body, with boilerplate removed and kept aside.

First form: trims surrounding white space only. The full rule set (headline, "Published …"
line, captions and credits, repeated lede, footers, related links) is the ingest issue's.
"""

from __future__ import annotations

from .extracted import Extracted


def clean_text(raw: str) -> Extracted:
    return Extracted(text=raw.strip())
