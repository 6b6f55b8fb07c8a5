"""What every executor does with an article that kills the process annotating it (a crash in
native code, a kill for memory) or keeps it busy without end: the count of failed tries, the bound
on retries and the Document it stores (E303, E304).

Both executors follow the same policy, counted by the same :class:`Tries`: a batch whose process
died is tried whole at most 1 + :data:`MAX_TASK_RETRIES` times, then its articles one by one, each
step (reading it, annotating it) at most :data:`ARTICLE_TRIES` times; an article that still kills
its process is stored without annotations (:func:`unannotated`), or without text when reading it
was the step that died (:func:`unread`), with E303 — which the ingest names on stderr as
``FILE:LINE: E303 …`` (exit status 1) — and the rest of its batch is annotated and stored. The
Ray executor keeps its :class:`Tries` in a ledger actor (``dateline.distributed``), whose counts
survive the annotation actors' deaths; the local one in its parent process
(``dateline.corpus.workers``), which also stops a worker that made no progress for
:func:`stuck_after` seconds (E304 once it did so on the article alone).
"""

from __future__ import annotations

import dataclasses

from .errors import problem
from .model import Document

MAX_TASK_RETRIES = 3
ARTICLE_TRIES = 2

READING, ANNOTATING = "reading it", "annotating it"  # the steps E303 and E304 name


class Tries:
    """Tries that started and never finished (their process died, or was stopped), by key: a
    batch's, or an article's step's. What both executors count.

    The Ray executor's ledger also watches the tries under way (nineteenth session): ``start``
    takes the actor on it and what the try is about (``note``: the articles' sources), ``heard``
    its progress, and :meth:`overdue` hands the driver the tries that made none for a given time,
    whose actors the driver then stops (``dateline.distributed``); such a key is ``stalled``."""

    def __init__(self):
        self.open: dict = {}
        self.running: dict = {}   # key: [actor, note, last heard (time.monotonic)]
        self.stalled: set = set()

    def start(self, key, actor=None, note=None) -> int:
        """Records a start of ``key``; returns the tries of it before this one that never finished."""
        import time

        before = self.open.get(key, 0)
        self.open[key] = before + 1
        if actor is not None:
            self.running[key] = [actor, note, time.monotonic()]
        return before

    def heard(self, key, note=None) -> None:
        """The try of ``key`` made progress (an article read or annotated); ``note``: what it is on now."""
        import time

        if key in self.running:
            self.running[key][2] = time.monotonic()
            if note is not None:
                self.running[key][1] = note

    def quiet(self, key) -> None:
        """The try of ``key`` is no longer watched (a batch done article by article)."""
        self.running.pop(key, None)

    def finish(self, key) -> None:
        self.open.pop(key, None)
        self.running.pop(key, None)
        self.stalled.discard(key)

    def failed(self, key) -> int:
        """The tries of ``key`` that started and never finished (without recording one)."""
        return self.open.get(key, 0)

    def is_stalled(self, key) -> bool:
        """Whether the last failed try of ``key`` was stopped for making no progress."""
        return key in self.stalled

    def overdue(self, seconds: float) -> list:
        """The tries under way that made no progress for ``seconds``, as (key, actor, note, tries
        failed before): each handed out once, and counted stalled."""
        import time

        now, late = time.monotonic(), []
        for key, (actor, note, heard) in list(self.running.items()):
            if now - heard >= seconds:
                del self.running[key]
                self.stalled.add(key)
                late.append((key, actor, note, self.open.get(key, 1) - 1))
        return late


def whole(failed: int) -> bool:
    """Whether a batch whose tries failed ``failed`` times is tried whole once more (else its
    articles one by one)."""
    return failed <= MAX_TASK_RETRIES


def given_up(failed: int) -> bool:
    """Whether an article's step that failed ``failed`` times alone is not tried again: the
    article is stored with E303 (or E304)."""
    return failed >= ARTICLE_TRIES


def stuck_after() -> float | None:
    """Seconds without progress (an article read or annotated) after which the local executor
    stops a worker: four times the stages' per-article budget (DATELINE_TIME_BUDGET, 240 s by
    default), at least 5 s. The budget stops a stage's loop in Python, but it does not cover
    reading an article nor spaCy's parse (of up to nlp.BATCH_SIZE articles at once), and a
    signal cannot stop a loop in native code. None when the budget is off (0)."""
    from .pipeline import time_budget_setting

    budget = time_budget_setting()
    return max(4 * budget, 5.0) if budget else None


def unread(raw, published: str | None, tries: int = ARTICLE_TRIES, stuck: float | None = None) -> Document:
    """The Document of a raw article (``ingest.RawArticle``) whose reading (text extraction)
    killed its process every time (or kept it busy more than ``stuck`` seconds): its id and
    metadata as the input gives them, no text, E303 (E304)."""
    from .ingest.prepare import normalise_published

    return Document(id=raw.id or raw.content_id, text="", url=raw.url, title=raw.title,
                    published=normalise_published(raw.published) or normalise_published(published),
                    publisher=raw.publisher, source=raw.source,
                    errors=tuple(raw.problems) + (_given_up(READING, tries, stuck),))


def unannotated(document: Document, tries: int = ARTICLE_TRIES, stuck: float | None = None) -> Document:
    """A read Document whose annotation killed its process every time (or kept it busy more than
    ``stuck`` seconds), as it is stored: no annotations, E303 (E304)."""
    return dataclasses.replace(document, errors=document.errors + (_given_up(ANNOTATING, tries, stuck),))


def limit_named(seconds: float) -> str:
    """Where W306 and E304 say their limit of ``seconds`` came from: four times DATELINE_TIME_BUDGET
    (:func:`stuck_after`), or, when the caller set another (``ray_executor(stuck=...)``), that one.
    Before the twentieth session both always named DATELINE_TIME_BUDGET (robust20)."""
    if seconds == stuck_after():
        return "The limit is four times DATELINE_TIME_BUDGET, at least 5 s."
    return f"The limit is the {seconds:g} s the ingest was given (ray_executor's stuck), not DATELINE_TIME_BUDGET."


def _given_up(step: str, tries: int, stuck: float | None):
    if stuck is not None:
        return problem("E304", step=step, tries=tries, seconds=stuck, limit=limit_named(stuck))
    return problem("E303", step=step, tries=tries)
