"""Article body and metadata from HTML, with trafilatura (and htmldate for the date)."""

from __future__ import annotations

from .extracted import Extracted


def extract_html(html: str, url: str | None = None) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=False)
    if doc is None:
        return Extracted(text="")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    authors = [a.strip() for a in (get("author") or "").split(";") if a.strip()]
    return Extracted(text=(get("text") or "").strip(), title=get("title"), published=get("date"),
                     publisher=get("sitename"), authors=authors, language=get("language"),
                     url=get("url") or url)
