"""From a raw article to a Document with clean text and metadata (no NLP yet)."""

from __future__ import annotations

from datetime import datetime, timezone

from ..errors import problem
from ..model import Document
from ..pipeline import parse_published
from .clean import clean_text
from .extracted import Extracted
from .language import document_language
from .readers import RawArticle, size_limit

RAW_FACTOR = 5


def to_document(raw: RawArticle, *, clean: bool = True, published: str | None = None,
                annotated: bool = True) -> Document:
    """Extract (HTML) or clean (plain text) ``raw``; ``clean=False`` keeps plain text as it is.
    ``annotated``: whether the Document goes on to be annotated (``annotate``, ``ingest``) or not
    (``extract``): E203 says what was done with the first characters of a text cut at the limit.

    Metadata precedence: the input record's own fields, then what the article says, then the
    ``published`` default given by the caller.
    """
    limit = size_limit()
    content, problems = raw.content, list(raw.problems)
    # Markup and boilerplate take room too, so raw input gets RAW_FACTOR times the text limit
    # before it is cut; past that a page is cut before extraction so that it cannot stall a batch.
    if len(content) > limit * RAW_FACTOR:
        problems.append(problem("E203", what="input", length=len(content), limit=limit * RAW_FACTOR,
                                kept="read", raw=f"; raw input is cut at {RAW_FACTOR} times it, before extraction"))
        content = content[:limit * RAW_FACTOR]
    if raw.format == "html":
        from .html import extract_html  # lxml and the HTML extractor: only for HTML input

        found = extract_html(content, raw.url, now=fetched_time(raw.fetched))
    elif clean:
        found = clean_text(content, now=fetched_time(raw.fetched), url=raw.url)
    else:
        found = Extracted(text=content)
    problems += list(found.problems)
    text = found.text
    if len(text) > limit:
        problems.append(problem("E203", what="article", length=len(text), limit=limit,
                                kept="annotated" if annotated else "kept", raw=""))
        text = text[:limit]
    if not text.strip() and not any(p.code == "E202" for p in problems):
        problems.append(problem("E201"))  # E202 already says why there is no text
    when = normalise_published(raw.published) or normalise_published(found.published) or \
        normalise_published(published)
    if when is None and text.strip():
        problems.append(problem("W205"))
    return Document(
        id=raw.id or raw.content_id, text=text, url=raw.url or found.url,
        title=raw.title or found.title, published=when,
        publisher=raw.publisher or found.publisher, authors=tuple(raw.authors or found.authors),
        language=document_language(found.language, text), boilerplate=tuple(found.boilerplate),
        credits=tuple(found.credits), errors=tuple(problems), source=raw.source)


def fetched_time(value: str | None) -> datetime | None:
    """The fetch time of an input record as an aware datetime (UTC when no zone is given), or None."""
    normal = normalise_published(value)
    if normal is None or "T" not in normal:
        return None
    parsed = datetime.fromisoformat(normal)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def normalise_published(value: str | None) -> str | None:
    """ISO 8601 form of a date given by an input record or an option, or None."""
    if not value:
        return None
    parsed = parse_published(value)
    if parsed is None:
        from .metadata_text import parse_with_dateutil

        try:
            parsed = parse_with_dateutil(value)
        except (ValueError, OverflowError):
            return None
    return parsed.isoformat()
