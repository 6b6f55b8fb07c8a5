"""What every executor does with an article that kills the process annotating it (a crash in
native code, a kill for memory): the bound on retries and the Document it stores (E303).

Both executors follow the same policy: a batch whose process died is tried whole at most
1 + :data:`MAX_TASK_RETRIES` times, then its articles one by one, each step (reading it,
annotating it) at most :data:`ARTICLE_TRIES` times; an article that still kills its process is
stored without annotations (:func:`unannotated`), or without text when reading it was the step
that died (:func:`unread`), with E303 — which the ingest names on stderr as ``FILE:LINE: E303 …``
(exit status 1) — and the rest of its batch is annotated and stored. The Ray executor counts the
tries in a ledger actor (``dateline.distributed``), the local one in its parent process
(``dateline.corpus.workers``).
"""

from __future__ import annotations

import dataclasses

from .errors import problem
from .model import Document

MAX_TASK_RETRIES = 3
ARTICLE_TRIES = 2

READING, ANNOTATING = "reading it", "annotating it"  # the steps E303 names


def unread(raw, published: str | None, tries: int = ARTICLE_TRIES) -> Document:
    """The Document of a raw article (``ingest.RawArticle``) whose reading (text extraction)
    killed its process every time: its id and metadata as the input gives them, no text, E303."""
    from .ingest.prepare import normalise_published

    return Document(id=raw.id or raw.content_id, text="", url=raw.url, title=raw.title,
                    published=normalise_published(raw.published) or normalise_published(published),
                    publisher=raw.publisher, source=raw.source,
                    errors=tuple(raw.problems) + (problem("E303", step=READING, tries=tries),))


def unannotated(document: Document, tries: int = ARTICLE_TRIES) -> Document:
    """A read Document whose annotation killed its process every time, as it is stored: no
    annotations, E303."""
    return dataclasses.replace(document, errors=document.errors + (
        problem("E303", step=ANNOTATING, tries=tries),))
