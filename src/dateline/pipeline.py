"""Stages registered by name, and the runner that checks their order and runs them.

A stage is a function ``stage(work: Work) -> None`` that reads what it ``requires`` from the
:class:`Work` of one article and sets what it ``assigns``. Stages register themselves with the
:func:`stage` decorator; :class:`Pipeline` checks before running anything that every stage's
requirements are assigned by an earlier one (error E002), as spaCy does with
``requires``/``assigns``.

The runner parses a batch of articles with spaCy's ``nlp.pipe`` once, then runs the stages on each
article. A stage that raises is recorded in that article's ``errors`` (E301) and the other
stages still run, so one bad article or one bug never costs the batch.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from . import nlp as nlp_module
from .errors import DatelineError, problem
from .model import (Actor, Amount, Document, Entity, Event, Place, Problem, Quote, Span, Timex)

# Seconds the stages may spend on one article (the parse is bounded by the size limit). A news
# article takes well under a second; 60 s only stops pathological input. 0 disables the budget.
DEFAULT_TIME_BUDGET = 60.0

# Articles annotated in one spaCy memory zone (their words' strings are dropped after it). Each
# zone costs the re-creation of the words it shares with the others: 5% of annotate's CPU time
# with a zone per 32 articles, about 2% per 150 (benchmarks/bench_speed.py articles, 2026-12-04).
ZONE_ARTICLES = 256

# What the runner itself provides before any stage runs.
PROVIDED = ("text", "published", "doc")

# Modules whose import registers the default stages, in pipeline order.
STAGE_MODULES = (
    "dateline.entities",
    "dateline.time",
    "dateline.places",
    "dateline.actors",
    "dateline.quotes",
    "dateline.amounts",
    "dateline.events",
)
DEFAULT_STAGES = ("entities", "timexes", "places", "actors", "quotes", "amounts", "events")


@dataclass(frozen=True, slots=True)
class Metonym:
    """A place name used for an actor ("Washington said"): found by the places stage, turned
    into an actor mention by the actors stage, never an event location."""

    start: int
    end: int
    text: str
    country: str  # ISO alpha-3 of the government it stands for
    sector: str = "GOV"
    geonameid: int | None = None


@dataclass(slots=True)
class Work:
    """One article while the stages run: the immutable text, its parse, and the records so far."""

    text: str
    published: datetime | date | None
    doc: Any = None  # spacy.tokens.Doc over exactly ``text``
    document: Document | None = None  # the input Document (metadata, boilerplate)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    metonyms: list[Metonym] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    # Scratch space for hand-offs between stages that are not part of the Document.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def anchor(self) -> date | None:
        """The publication date that relative dates are resolved against."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: Callable[[Work], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    # One-time loading (a gazetteer, a lexicon): run once before the first article, outside the
    # per-article time budget, so that a first use that builds a cache is not cut short.
    setup: Callable[[], object] | None = None


REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (),
          setup: Callable[[], object] | None = None):
    """Register ``func`` as the stage ``name``; ``setup`` loads what it needs once."""

    def register(func: Callable[[Work], None]):
        REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns), setup)
        return func

    return register


def load_stages() -> dict[str, Stage]:
    for module in STAGE_MODULES:
        importlib.import_module(module)
    return REGISTRY


def check_order(names: Iterable[str]) -> list[Stage]:
    """The stages for ``names``, after checking that each one's requirements come first."""
    registry = load_stages()
    names = list(names)
    stages, available = [], set(PROVIDED)
    for name in names:
        if name not in registry:
            raise DatelineError("E003", stage=name, known=", ".join(sorted(registry)))
        st = registry[name]
        missing = [r for r in st.requires if r not in available]
        if missing:
            raise DatelineError("E002", stage=name, missing=", ".join(missing), order=", ".join(names))
        available.update(st.assigns)
        stages.append(st)
    return stages


def parse_published(value: str | None) -> datetime | date | None:
    """The publication date of an ISO 8601 string: a datetime when it has a time, else a date."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) <= 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


class Timings:
    """Seconds spent per stage (and in the parser), summed over a run."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.setup: dict[str, float] = {}  # one-time loading per stage, kept apart from the above
        self.articles = 0

    def add(self, name: str, seconds: float):
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds


class Pipeline:
    """Runs spaCy and the stages over Documents that ingest produced.

    >>> pipeline = Pipeline()                       # doctest: +SKIP
    >>> annotated = list(pipeline.run(documents))   # doctest: +SKIP
    """

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, model: str | None = None,
                 batch_size: int = nlp_module.BATCH_SIZE, time_budget: float | None = None):
        self.stages = check_order(stages)
        self.model = model
        self.batch_size = batch_size
        self.timings = Timings()
        self._ready = False
        self.time_budget = ((float(time_budget) or None) if time_budget is not None
                            else time_budget_setting())

    @property
    def nlp(self):
        return nlp_module.load(self.model)

    def run(self, documents: Iterable[Document], progress: Callable[[], None] | None = None) -> Iterator[Document]:
        """Annotate ``documents`` (parsed in batches of ``batch_size``, in memory zones of
        ZONE_ARTICLES); yields them in order. ``progress`` is called after each article is
        annotated (they are yielded a zone at a time): a local ingest's worker tells its parent
        that it is not stuck (``corpus.workers``)."""
        group: list[Document] = []
        for document in documents:
            group.append(document)
            if len(group) >= max(self.batch_size, ZONE_ARTICLES):
                yield from self._run_batch(group, progress)
                group = []
        if group:
            yield from self._run_batch(group, progress)

    def annotate(self, document: Document) -> Document:
        return next(iter(self._run_batch([document])))

    @property
    def ready(self) -> bool:
        """Whether the model and the stages' resources are loaded (:meth:`setup`)."""
        return self._ready

    def setup(self) -> None:
        """Load the model and every stage's resources (once; also done before the first batch)."""
        if not self._ready:
            self.nlp
            for st in self.stages:
                if st.setup:
                    started = time.perf_counter()
                    st.setup()
                    self.timings.setup[st.name] = time.perf_counter() - started
            self._ready = True

    def _run_batch(self, batch: list[Document], progress: Callable[[], None] | None = None) -> Iterator[Document]:
        self.setup()
        nlp = self.nlp
        # The strings and lexemes of these articles' words live as long as the group (spaCy's
        # memory zone): without it the vocabulary grows with every new word of a long ingest or
        # `dateline watch`. The Documents hold plain values only, so they outlive the zone.
        annotated = []
        with memory_zone(nlp):
            docs = iter(nlp_module.parse((d.text for d in batch), nlp=nlp, batch_size=self.batch_size))
            for document in batch:
                started = time.perf_counter()
                doc = next(docs)
                self.timings.add("spacy", time.perf_counter() - started)
                annotated.append(self._run_stages(document, doc))
                del doc
                if progress is not None:
                    progress()
            del docs
        yield from annotated

    def _run_stages(self, document: Document, doc) -> Document:
        work = Work(text=document.text, published=parse_published(document.published),
                    doc=doc, document=document, errors=list(document.errors))
        try:
            with time_budget(self.time_budget):
                for st in self.stages:
                    started = time.perf_counter()
                    try:
                        st.func(work)
                    except BudgetExceeded:
                        raise
                    except Exception as exc:  # a bug in one stage must not cost the batch
                        work.errors.append(problem("E301", stage=st.name,
                                                   detail=f"{type(exc).__name__}: {exc}"))
                    finally:
                        self.timings.add(st.name, time.perf_counter() - started)
        except BudgetExceeded:
            return dataclasses.replace(document, errors=tuple(
                list(document.errors) + [problem("E302", seconds=self.time_budget)]))
        self.timings.articles += 1
        return finish(document, work)


def memory_zone(nlp):
    """``nlp.memory_zone()`` (spaCy 3.8 and later), else a context that does nothing."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


class BudgetExceeded(Exception):
    """Raised inside a stage when the article's time budget runs out."""


def time_budget_setting() -> float | None:
    """The stages' per-article budget in seconds from DATELINE_TIME_BUDGET (DEFAULT_TIME_BUDGET
    when unset); None when it is 0 (off). Read here for the pipeline and for the local executor's
    stuck limit (``crashes.stuck_after``)."""
    return float(os.environ.get("DATELINE_TIME_BUDGET", DEFAULT_TIME_BUDGET) or 0) or None


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """Interrupt the block after ``seconds`` (SIGALRM; main thread on POSIX only, else no limit),
    so that one pathological article cannot stall a batch."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise BudgetExceeded()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def finish(document: Document, work: Work) -> Document:
    """The annotated Document: the input's metadata with the stages' records, sorted by offset."""

    def by_offset(records):
        return tuple(sorted(records, key=lambda r: (r.start, r.end)))

    return dataclasses.replace(
        document,
        entities=by_offset(work.entities),
        timexes=by_offset(work.timexes),
        # Places found only inside names ("the University of Texas"), which no later stage reads.
        places=by_offset([*work.places, *work.extra.get("embedded_places", ())]),
        amounts=by_offset(work.amounts),
        quotes=by_offset(work.quotes),
        actors=tuple(work.actors),
        events=tuple(sorted(work.events, key=lambda e: (e.evidence.start, e.trigger.start))),
        errors=tuple(work.errors),
    )
