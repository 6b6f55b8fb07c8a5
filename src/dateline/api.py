"""The Python API: the same jobs as the CLI, as plain functions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from .ingest import RawArticle, looks_like_html, to_document
from .model import Document
from .pipeline import DEFAULT_STAGES, Pipeline


@lru_cache(maxsize=4)
def get_pipeline(model: str | None = None, stages: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    """One Pipeline per (model, stages) per process: the spaCy model is loaded once."""
    return Pipeline(stages=stages, model=model)


def _raw(text_or_html: str, url: str | None, id: str | None, format: str | None) -> RawArticle:
    fmt = format or ("html" if looks_like_html(text_or_html) else "text")
    return RawArticle(source="<api>", format=fmt, content=text_or_html, id=id, url=url)


def extract(text_or_html: str, *, published: str | None = None, url: str | None = None,
            clean: bool = True, id: str | None = None, format: str | None = None) -> Document:
    """Clean text (or extract HTML) and metadata, without NLP."""
    return _document(text_or_html, published, url, clean, id, format, annotated=False)


def _document(text_or_html: str, published: str | None, url: str | None, clean: bool, id: str | None,
              format: str | None, annotated: bool) -> Document:
    return to_document(_raw(text_or_html, url, id, format), clean=clean, published=published,
                       annotated=annotated)


def annotate(text_or_html: str, *, published: str | None = None, url: str | None = None,
             clean: bool = True, id: str | None = None, format: str | None = None,
             model: str | None = None) -> Document:
    """One article in, one annotated Document out.

    Example::

        doc = dateline.annotate(open("article.txt").read())
        for event in doc.events:
            print(event.type, event.date, event.evidence.text)
    """
    document = _document(text_or_html, published, url, clean, id, format, annotated=True)
    return get_pipeline(model).annotate(document)


def annotate_many(items: Iterable[str | Document], *, published: str | None = None,
                  clean: bool = True, model: str | None = None) -> Iterator[Document]:
    """Annotate many articles in batches (texts, HTML strings, or Documents from ``extract``)."""
    documents = (item if isinstance(item, Document) else
                 _document(item, published, None, clean, None, None, annotated=True) for item in items)
    yield from get_pipeline(model).run(documents)
