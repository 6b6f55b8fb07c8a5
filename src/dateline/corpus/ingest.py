"""Ingest: read inputs, annotate them, store them batch by batch — idempotent and resumable.

* Each batch is stored in one transaction (:meth:`Store.add_batch`): a run killed at any point,
  kill -9 included, keeps every committed batch and loses only the one in flight.
* Articles whose id is already stored are skipped *before* annotation, so re-running an ingest
  costs a read of the inputs and adds nothing, and a killed run resumes where it stopped; so is
  one whose input is stored under its content hash (read before its id field was).
* ``workers > 1``: the inputs are read here and annotated by that many processes (each loads the
  model once); batches come back and are stored in input order by this process, the only writer.
  At most ``2 × workers`` batches are in flight, so memory does not grow with the input. A worker
  that dies (a crash in native code, a kill for memory) is replaced; the article that killed it
  is found and stored with E303 (``corpus.workers``, ``dateline.crashes``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, InputWarning
from ..ingest import RawArticle, iter_inputs, to_document
from ..ingest.readers import format_of, json_record_count
from ..model import Document
from ..pipeline import DEFAULT_STAGES
from ..words import counted
from .store import BatchResult, Store

# Articles per stored batch (one transaction). 64 keeps a batch's commit (~30 ms) small against its
# annotation time while a kill loses at most a few seconds of work; measured with
# benchmarks/bench_corpus.py.
BATCH_SIZE = 64

# Batches between two checks of the store's fragmentation (a check costs ~0.1 s on a 10,000-article
# store, Store.fragmented): a long ingest compacts every few thousand articles, not only at its end.
COMPACT_CHECK_BATCHES = 32


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    skipped: int = 0          # already in the store
    changed: int = 0          # of the skipped: a record stored under its address or title, read again edited
    duplicates: int = 0       # near-copies found among the added
    events_new: int = 0
    events_merged: int = 0
    input_errors: int = 0
    article_errors: int = 0   # articles stored with an error-level problem
    stories: int = 0
    seconds: float = 0.0
    passed_over: int = 0      # inputs never annotated: already stored, or unreadable
    unknown_files: int = 0    # files in the folders given whose type no reader takes (W108)
    messages: list[str] = field(default_factory=list)

    @property
    def status(self) -> int:
        """The exit status: 0 when every input worked, else 1."""
        return 1 if self.input_errors or self.article_errors else 0

    def line(self) -> str:
        rate = self.added / self.seconds if self.seconds else 0.0
        changed = (f"{self.changed} changed since stored (the stored copy kept), " if self.changed else "")
        return (f"{counted(self.added, 'article')} added ({rate:.1f}/s), {self.skipped - self.changed} "
                f"already stored, {changed}"
                f"{counted(self.duplicates, 'near-duplicate')}, {counted(self.events_new, 'event')} "
                f"(+{counted(self.events_merged, 'mention')} merged into existing ones), "
                f"{counted(self.stories, 'story')}, {counted(self.input_errors, 'unreadable input')}"
                + (f", {counted(self.unknown_files, 'file')} of unknown type skipped" if self.unknown_files else ""))


# --- annotation, in this process or in workers ---------------------------------------------------

_WORKER_OPTIONS: dict = {}


def _init_worker(options: dict):
    from ..api import get_pipeline

    _WORKER_OPTIONS.clear()
    _WORKER_OPTIONS.update(options)
    # the model and every stage's resources, once per worker, before its first batch: a first
    # use that builds a cache (the gazetteer's) is not taken for a stuck worker (corpus.workers)
    get_pipeline(options["model"], options["stages"]).setup()


def annotate_raw(raws: list[RawArticle], options: dict | None = None,
                 progress: Callable[[], None] | None = None) -> list[Document]:
    """Clean and annotate a batch of raw articles (runs in a worker or in-process); ``progress``
    is called after each article read and each annotated."""
    options = options or _WORKER_OPTIONS
    documents = []
    for raw in raws:
        documents.append(read_raw(raw, options))
        if progress is not None:
            progress()
    return annotate_documents(documents, options, progress)


def read_raw(raw: RawArticle, options: dict | None = None) -> Document:
    """A raw article cleaned (plain text) or extracted (HTML), not annotated."""
    options = options or _WORKER_OPTIONS
    return to_document(raw, clean=options["clean"], published=options["published"])


def annotate_documents(documents: list[Document], options: dict | None = None,
                       progress: Callable[[], None] | None = None) -> list[Document]:
    from ..api import get_pipeline

    options = options or _WORKER_OPTIONS
    return list(get_pipeline(options["model"], options["stages"]).run(documents, progress))


def ray_executor(workers: int | None = None, address: str | None = None, output: str | Path | None = None,
                 stuck: float | None = None):
    """An ``annotate`` for :func:`ingest` that runs one Ray Data pipeline (see
    ``dateline.distributed``): ``workers`` annotation actors (default: the cluster's CPUs less
    one), on the cluster at ``address`` (``auto``) or a local Ray instance; ``output`` also keeps
    the annotated Parquet (partitioned by date). Batches come back in order of arrival. ``stuck``:
    seconds without progress after which an actor is stopped (default ``crashes.stuck_after()``);
    the notice (W306) goes where the ingest's messages go (``options["say"]``)."""

    def annotate(batches: Iterable[list[RawArticle]], options: dict) -> Iterator[list[Document]]:
        from ..distributed import annotate_with_ray

        return annotate_with_ray(batches, options, address=address, workers=workers, output=output,
                                 store_batch=options.get("batch_size", BATCH_SIZE), stuck=stuck,
                                 say=options.get("say"))

    return annotate


def _annotated_batches(batches: Iterable[list[RawArticle]], options: dict, workers: int,
                       isolate: bool = False, say: Callable[[str], None] | None = None,
                       annotated_one: Callable[[], None] | None = None) -> Iterator[list[Document]]:
    """``say``: where W305 goes; ``annotated_one``: called as each article of a batch is annotated
    in this process (the bar moves by article, not by stored batch)."""
    if workers <= 1 and not isolate:  # in this process: an article that crashes it stops the ingest
        from ..crashes import stuck_after

        seconds = stuck_after()
        watch = StallNotice(seconds, say) if seconds and say else None
        try:
            for raws in batches:
                step = watch.batch(raws) if watch else None
                documents = annotate_raw(raws, options, _steps(len(raws), step, annotated_one))
                if watch:
                    watch.batch([])  # storing it is no annotation
                yield documents
        finally:
            if watch:
                watch.close()
        return
    from .workers import Workers  # processes that survive a worker's death (E303)

    yield from Workers(max(1, workers), options).run(batches)


def _loading_first(batches: Iterable[list[RawArticle]], quiet: bool, options: dict, workers: int,
                   isolate: bool, elsewhere: bool) -> Iterator[list[RawArticle]]:
    """``batches``, saying that the pipeline loads before the first one goes to be annotated (not
    at all when nothing is new); in this process it is loaded then, while the line shows."""
    from ..progress import loading

    first = True
    for batch in batches:
        if first:
            first = False
            if elsewhere:
                loading(quiet, options["model"], " in the executor's workers")
            elif workers > 1 or isolate:
                loading(quiet, options["model"], f" in {counted(max(1, workers), 'worker process')}")
            else:
                from ..api import get_pipeline

                pipeline = get_pipeline(options["model"], options["stages"])
                if not pipeline.ready:
                    loading(quiet, options["model"])
                    pipeline.setup()
        yield batch


def _steps(count: int, step: Callable[[], None] | None,
           annotated_one: Callable[[], None] | None) -> Callable[[], None] | None:
    """The progress call of :func:`annotate_raw` for a batch of ``count`` articles: each call is
    a step (``step``); the calls after the first ``count`` (the articles read) are articles
    annotated (``annotated_one``)."""
    if step is None and annotated_one is None:
        return None
    calls = 0

    def progress():
        nonlocal calls
        calls += 1
        if step is not None:
            step()
        if annotated_one is not None and calls > count:
            annotated_one()

    return progress


class StallNotice:
    """Annotation in this process (one worker, no ``--isolate``) cannot be stopped when an article
    keeps it busy without end (a loop in native code, the parse: outside the stages' budget, E302).
    A thread watches the progress calls of :func:`annotate_raw` and, after ``seconds``
    (:func:`crashes.stuck_after`) without one, says once per article which one it is and how to get
    past it (W305): Ctrl-C, then the same ingest with ``--isolate``, whose worker is stopped and
    the article stored with E304."""

    def __init__(self, seconds: float, say: Callable[[str], None]):
        self.seconds, self.say = seconds, say
        self.lock = threading.Lock()
        self.raws: list[RawArticle] = []
        self.steps = 0           # progress calls in this batch: each article read, then annotated
        self.batches = 0         # batches watched so far: with ``steps``, which article W305 named
        self.last = time.monotonic()
        self.told: tuple | None = None
        self.stopped = threading.Event()
        threading.Thread(target=self._watch, name="dateline-stall", daemon=True).start()

    def batch(self, raws: list[RawArticle]) -> Callable[[], None]:
        """Watch the batch ``raws`` (``[]``: nothing being annotated); its progress call."""
        with self.lock:
            self.raws, self.steps, self.last = raws, 0, time.monotonic()
            self.batches += 1
        return self._step

    def _step(self) -> None:
        with self.lock:
            self.steps += 1
            self.last = time.monotonic()

    def _watch(self) -> None:
        from ..crashes import ANNOTATING, READING
        from ..errors import message

        while not self.stopped.wait(min(self.seconds / 4, 5.0)):
            with self.lock:
                count = len(self.raws)
                if not count or time.monotonic() - self.last < self.seconds:
                    continue
                reading = self.steps < count
                raw = self.raws[min(self.steps if reading else self.steps - count, count - 1)]
                key = (self.batches, self.steps)  # (not id(): a new batch's list may reuse it)
                if key == self.told or self.stopped.is_set():
                    continue
                self.told = key
                self.say(message("W305", source=raw.source, seconds=self.seconds,
                                 step=READING if reading else ANNOTATING))

    def close(self) -> None:
        with self.lock:
            self.stopped.set()


# --- the ingest ----------------------------------------------------------------------------------


def _new_batches(store: Store, items: Iterable[RawArticle | InputError], batch_size: int,
                 report: IngestReport, on_error: Callable[[str], None],
                 options: dict | None = None, pending: dict[str, str] | None = None) -> Iterator[list[RawArticle]]:
    """Batches of raw articles that are not stored yet (ids checked before annotation). An
    article is stored already when its id is, or when its input is stored under the id made from
    it (``content_id``): a record read before dateline knew the name of its id field ("guid",
    "uri", ...) was stored under that hash, and read again it must not be stored twice.

    A record stored under the id made from its address or title (``RawArticle.derived_id``) and
    read again is counted ``changed`` when its text differs from the stored one: the stored copy is
    kept, the summary says how many. When the hash of its input (:func:`input_hash`) is the one
    stored with the article (``articles.input_hash``, schema v12) it is unchanged, told by the one
    lookup of the ids; otherwise it is cleaned (not annotated) and its text compared (an article
    stored before v12 whose text is the same gets the hash then). So is a second record of this run
    under such an id whose input differs from the first's (the first kept), where it was counted
    "already stored" silently.

    A record keyed by its address is stored already when an article whose address has that key
    today is (``Store.stored_under_address_keys``), under whatever id: one an older dateline gave
    the address (with ``?mod=rss``, before keymend19), as ``dateline fetch`` and ``watch`` find it
    (robust21; before, such a record was stored a second time under today's key, marked a
    near-duplicate of the first). Counted already stored, or changed when its text differs.

    ``pending``: filled with the id and input hash of each article yielded, for the store."""
    # ids of this run, and for an id made from an address or title the hash of the input stored
    # under it: a few MB for a million articles
    seen: dict[str, str | None] = {}
    clean = True if options is None else options["clean"]

    def flush(chunk: list[RawArticle]) -> list[RawArticle]:
        content_ids = [r.content_id for r in chunk]  # a hash of each whole input: worked out once
        known = store.input_hashes([r.id for r in chunk if r.id] + content_ids)
        # a record keyed by its address whose article is stored under another key of the address
        # (an older dateline's: "?mod=rss" before keymend19), as fetch and watch find it
        elsewhere = store.stored_under_address_keys(
            r.id for r, cid in zip(chunk, content_ids)
            if r.derived_id and r.url and r.id not in known and cid not in known and r.id not in seen)
        fresh, compared, filled = [], [], {}
        for r, cid in zip(chunk, content_ids):
            rid = r.id or cid
            if rid in known or cid in known or rid in seen:
                report.skipped += 1
                report.passed_over += 1
                if r.derived_id and rid in known and cid not in known:
                    compared.append(r)
                elif r.derived_id and rid not in known and seen.get(rid) not in (None, cid):
                    report.changed += 1  # another input under the id of one read earlier in this run
            elif rid in elsewhere:
                report.skipped += 1
                report.passed_over += 1
                seen[rid] = cid
                if _changed(store, r, options, elsewhere[rid]):
                    report.changed += 1
            else:
                seen[rid] = cid if r.derived_id else None
                fresh.append(r)
                if pending is not None:
                    pending[rid] = input_hash(r, clean)
        for r in compared:
            digest = input_hash(r, clean)
            if known[r.id] == digest:
                continue  # the input stored: one lookup
            if _changed(store, r, options):
                report.changed += 1
            elif known[r.id] is None:
                filled[r.id] = digest  # stored before v12, read again unchanged
        store.fill_input_hashes(filled)
        return fresh

    chunk: list[RawArticle] = []
    for item in items:
        if isinstance(item, InputWarning):  # W108 (files skipped), W113 (a text too long for one article): warnings
            report.unknown_files += item.details.get("count", 0)
            on_error(str(item))
            continue
        if isinstance(item, InputError):
            report.input_errors += 1
            report.passed_over += 1
            on_error(str(item))
            continue
        chunk.append(item)
        if len(chunk) >= batch_size:
            fresh = flush(chunk)
            chunk = []
            if fresh:
                yield fresh
    if chunk and (fresh := flush(chunk)):
        yield fresh


def input_hash(raw: RawArticle, clean: bool = True) -> str:
    """A hash of what an article's text is made from: its input's content and format, the fields
    the cleaner reads (address, title, dates, publisher, authors) and whether it cleans (``clean``):
    two inputs with one hash give one text (``articles.input_hash``)."""
    import hashlib
    import json

    fields = [raw.format, raw.url, raw.title, raw.published, raw.publisher, raw.fetched, list(raw.authors), clean]
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(raw.content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _changed(store: Store, raw: RawArticle, options: dict | None, stored_id: str | None = None) -> bool:
    """Whether the text of ``raw`` differs from that of the article stored under its id (or
    ``stored_id``)."""
    stored = store.get_document(stored_id or raw.id)
    options = options or {"clean": True, "published": None}
    return stored is not None and read_raw(raw, options).text != stored.text


def ingest(paths: Iterable[str], db: str | Path = "dateline.duckdb", *, workers: int = 1,
           model: str | None = None, stages: Iterable[str] = DEFAULT_STAGES,
           published: str | None = None, clean: bool = True, input_format: str | None = None,
           batch_size: int = BATCH_SIZE, quiet: bool = True, stdin=None,
           on_error: Callable[[str], None] | None = None,
           on_batch: Callable[[BatchResult], None] | None = None,
           build_stories: bool = True,
           annotate: Callable[[Iterable[list[RawArticle]], dict], Iterable[list[Document]]] | None = None,
           actors: str | Path | None = None, isolate: bool = False,
           ) -> IngestReport:
    """Annotate ``paths`` and store them in ``db``; returns what was done.

    ``annotate``: another executor (a Ray cluster, say). It receives the batches of raw articles
    that are not stored yet and the options (model, stages, clean, published, batch_size), and
    yields lists of annotated Documents (in input order or in order of arrival); everything else
    (skipping, transactions, dedup, merging, stories) stays the same.

    ``actors``: a TSV of known actors (docs/actors.md) that overrides roles from the text and
    the dictionaries. Roles the text gives named people are kept in the store's ``actor_roles``
    and used for later articles that name them bare (this run's later batches included).

    ``workers > 1`` or ``isolate``: annotation runs in worker processes (``corpus.workers``); an
    article that kills its worker (a crash in native code, a kill for memory) is stored with
    E303 and the rest go on. With one worker and no ``isolate``, annotation runs in this
    process, and such an article stops the ingest (each stored batch is kept).

    Example::

        report = ingest(["samples/"], "demo.duckdb", workers=2)
        print(report.line())
    """
    from ..progress import progress

    paths = list(paths)
    report = IngestReport()
    on_error = on_error or (lambda message: print(f"dateline: {message}", file=sys.stderr))
    options = {"model": model, "stages": tuple(stages), "clean": clean, "published": published,
               "batch_size": batch_size}
    started = time.perf_counter()
    if actors is not None:
        from ..actors.known import use_actors_file

        use_actors_file(actors)
    one_malloc_arena()
    with Store(db) as store, corpus_roles_file(store) as refresh_roles, contextlib.ExitStack() as stack:
        total = None if quiet or not sys.stderr.isatty() else count_inputs(paths, input_format)
        with progress(quiet, "articles", total=total) as advance:
            items = iter_inputs(paths, input_format, stdin=stdin)
            pending: dict[str, str] = {}  # the input hash of each article on its way to the store
            batches = _new_batches(store, items, batch_size, report, on_error, options, pending)
            batches = _loading_first(batches, quiet, options, workers, isolate, annotate is not None)
            early = [0]  # articles the bar showed as annotated before their batch was stored

            def annotated_one():
                early[0] += 1
                advance(1)

            annotated = (annotate(batches, dict(options, say=on_error)) if annotate else
                         _annotated_batches(batches, options, max(1, workers), isolate, on_error,
                                            annotated_one))
            if hasattr(annotated, "close"):  # its workers stopped at once, on Ctrl-C too
                annotated = stack.enter_context(contextlib.closing(annotated))
            shown = 0  # the bar counts inputs: stored ones skipped and unreadable ones pass too
            for stored, documents in enumerate(annotated, 1):
                # an executor may send what it computed for the store (distributed.AnnotatedBatch)
                hashes = {d.id: pending.pop(d.id) for d in documents if d.id in pending}
                result = store.add_batch(documents, getattr(documents, "prepared", None), input_hashes=hashes)
                refresh_roles(result.roles_learned)
                if stored % COMPACT_CHECK_BATCHES == 0:
                    store.compact()  # a long ingest compacts as it goes (store.COMPACT_RATIO)
                    store.reopen()  # and hands back the memory DuckDB's instance held (Store.reopen)
                release_memory(store)
                _count(report, result, documents, on_error)
                if on_batch:
                    on_batch(result)
                passed = report.passed_over
                advance(len(documents) - early[0] + passed - shown)
                shown, early[0] = passed, 0
            advance(report.passed_over - shown)
        if build_stories and store.needs_stories():
            from .stories import build_stories as rebuild

            report.stories = rebuild(store)
        else:
            report.stories = store.count("stories")
        store.compact()
    report.seconds = time.perf_counter() - started
    return report


@contextlib.contextmanager
def corpus_roles_file(store: Store):
    """The store's ``actor_roles`` written to a temporary TSV that the actors stage reads
    (DATELINE_CORPUS_ROLES); yields a function that, after each stored batch, appends the rows of
    the names that batch learned (a later row of the same name and role replaces the earlier one):
    the cost of a batch does not grow with the table."""
    from ..actors.known import CORPUS_ENV, write_roles

    folder = tempfile.mkdtemp(prefix="dateline-roles-")
    path = Path(folder) / "actor_roles.tsv"
    before = os.environ.get(CORPUS_ENV)

    def refresh(names=None):
        if names is not None and not names:
            return
        rows = store.actor_roles(names)
        for row in rows:
            row["first_seen"] = row["first_seen"].isoformat() if row["first_seen"] else None
            row["last_seen"] = row["last_seen"].isoformat() if row["last_seen"] else None
        write_roles(rows, path, append=names is not None)

    refresh()
    os.environ[CORPUS_ENV] = str(path)
    try:
        yield refresh
    finally:
        if before is None:
            os.environ.pop(CORPUS_ENV, None)
        else:
            os.environ[CORPUS_ENV] = before
        shutil.rmtree(folder, ignore_errors=True)


def _libc():
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:  # not glibc (macOS, musl, Windows): nothing to do
        return None


_LIBC = _libc()
_M_ARENA_MAX = -8  # glibc's mallopt parameter


def one_malloc_arena() -> None:
    """Let every thread of this process allocate from glibc's main arena. DuckDB's worker
    threads otherwise each get an arena of their own, whose freed space ends up scattered
    between live blocks where ``malloc_trim`` cannot return it: over a 10,000-article ingest that
    space grew by ~20 MB, against ~5 MB, flat, in one arena (docs/corpus.md, "Memory, fourth
    pass"). Called before the store's database (and its threads) starts; only the arenas of
    threads started later are affected. The environment's MALLOC_ARENA_MAX, when set, wins.

    Also makes pyarrow allocate from that heap (its system pool) instead of its default
    mimalloc pool, which keeps the pages of the batches' Arrow tables after freeing them: ~20 MB
    more resident memory and swings of ±8 MB between batches (docs/corpus.md, "Tenth session of
    2026-12-06"). The environment's ARROW_DEFAULT_MEMORY_POOL, when set, wins."""
    if _LIBC is not None and "MALLOC_ARENA_MAX" not in os.environ:
        _LIBC.mallopt(_M_ARENA_MAX, 1)
    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        import pyarrow

        pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def release_memory(store: Store | None = None) -> None:
    """Hand freed memory back to the system after a stored batch: the pages DuckDB's allocator
    keeps (:meth:`Store.release_memory`) and the C heap's free pages (``malloc_trim``). Without
    them the resident memory of a long ingest swings by tens of MB and creeps up by several KB
    per article beyond DuckDB's accounted memory (measured by `make bench`); both calls together
    cost about a millisecond."""
    if store is not None:
        store.release_memory()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def load_documents(documents: Iterable[Document], db: str | Path = "dateline.duckdb", *,
                   batch_size: int = BATCH_SIZE, build_stories: bool = True) -> IngestReport:
    """Store Documents annotated elsewhere (``dateline annotate`` output, a Ray run), batch by
    batch, with the same idempotence as :func:`ingest`."""
    report = IngestReport()
    started = time.perf_counter()
    one_malloc_arena()
    with Store(db) as store:
        batch: list[Document] = []
        for d in documents:
            batch.append(d)
            if len(batch) >= batch_size:
                _count(report, store.add_batch(batch), batch, lambda m: None)
                release_memory(store)
                batch = []
        if batch:
            _count(report, store.add_batch(batch), batch, lambda m: None)
        if build_stories and store.needs_stories():
            from .stories import build_stories as rebuild

            report.stories = rebuild(store)
        store.compact()
    report.seconds = time.perf_counter() - started
    return report


def _count(report: IngestReport, result: BatchResult, documents: list[Document], on_error):
    report.added += len(result.added)
    report.skipped += len(result.skipped)
    report.duplicates += len(result.duplicates)
    report.events_new += result.events_new
    report.events_merged += result.events_merged
    added = set(result.added)
    for d in documents:
        if d.id in added and not d.ok:
            report.article_errors += 1
            for p in d.errors:
                if p.level == "error":
                    on_error(f"{d.source or d.id}: {p.message}")


def count_inputs(paths: list[str], input_format: str | None = None) -> int | None:
    """A quick count of the articles in ``paths`` for the progress bar's ETA (None for stdin)."""
    total = 0
    for arg in paths:
        if arg == "-":
            return None
        path = Path(arg)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            fmt = input_format or format_of(f)
            if fmt is None or f.name.startswith(".") or not f.exists():
                continue
            if fmt == "jsonl" and f.suffix != ".gz":
                with open(f, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            elif fmt == "json":
                total += json_record_count(f)
            else:
                total += 1
    return total


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))
