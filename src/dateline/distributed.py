"""Annotation on a Ray cluster: one Ray Data pipeline per ingest, streamed into the store.

``dateline ingest PATH... --executor ray [--workers N] [--address auto]`` runs
:func:`annotate_with_ray` as the ingest's executor:

1. **read** — the driver reads the inputs and skips the ids already stored (as the local ingest
   does, so a re-run or a resumed run annotates nothing twice); the new raw articles become the
   rows of one Ray Data dataset (in waves of :data:`WAVE` articles, so the driver's memory is
   bounded on huge inputs: up to that many articles, which covers most runs, it is one pipeline);
2. **extract and annotate** — ``map_batches`` on a fixed pool of :class:`AnnotateBatch` actors,
   started once for the run: each loads the spaCy model and every stage's resources in its
   constructor, then cleans the text or extracts the HTML of batch after batch and annotates it
   (one stage: a separate extract stage's tasks cost their own worker processes and a trip of
   every article through the object store, on the cores the actors need);
3. **write** — the driver consumes the stream with ``iter_batches`` and stores each batch as it
   arrives (``Store.add_batch``: one transaction, ids already stored skipped), so the store has the
   local ingest's idempotence and crash-safety; with ``--ray-output`` it also appends each batch
   to Parquet partitioned by publication date.

Ray Data's streaming executor gives back-pressure: a bounded number of blocks is in flight per
operator, and the actors are fed only as fast as the driver stores what they return. Results come
in order of arrival, not input order: the store holds the same articles, annotations, events and
stories as a local run (``tests/test_distributed.py``, also on a simulated two-node cluster);
only the ingest order (``articles.seq``, event ids) may differ.

**On a real cluster**: install dateline and its spaCy model on every node (same versions); start
Ray on the head node (``ray start --head --port 6379``) and on each worker node
(``ray start --address HEAD_IP:6379``); then run on the head node
``dateline ingest inputs/ --db corpus.duckdb --executor ray --address auto --workers N``,
N the number of actors (default: the cluster's CPUs minus one, left for the driver, which
reads the inputs and writes the store, and Ray's own processes). The inputs are read and the
store is written on the head node only; workers need no shared file system (``--ray-output``
is written by the driver too).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .crashes import (ANNOTATING, ARTICLE_TRIES, READING, Tries, given_up, limit_named, stuck_after, unannotated,
                      unread, whole)
from .model import Document

# Articles per map_batches call: one nlp.pipe batch per call (see nlp.BATCH_SIZE).
BATCH_ARTICLES = 32
# Articles per Ray Data pipeline: the driver holds one wave of raw articles (~5 KB each).
WAVE = 20_000
# Retries of a batch whose actor died (a lost node, a worker killed for memory, a crash in native
# code): after 1 + MAX_TASK_RETRIES tries as a whole, its articles are tried one by one, each at
# most ARTICLE_TRIES times; one that still kills its actor is stored without annotations (E303),
# and the rest of the batch is annotated (dateline.crashes, shared with the local executor). Ray
# Data restarts a dead actor and retries its task without end (its default for actor pools); the
# bound is kept by a ledger actor (a crashes.Tries, as the local executor counts) in which
# AnnotateBatch records every start and finish (Ray Data's
# own bound, ``max_task_retries``, is passed only through ``ray_remote_args``, deprecated in Ray
# 2.60 and removed in 2.64). Before any bound, one article that killed its worker every time
# restarted actors without end (24 restarts in 150 s, never finishing). An exception in Python is
# not retried at all (a stage's becomes E301 on its article).
#
# An actor that hangs (a loop without end where the stages' time budget does not reach, native code
# that never returns, a worker that stopped answering) stalled the whole run before the nineteenth
# session: Ray Data waits for its batch without end. Now every try tells the ledger which actor is on
# it and, as it reads and annotates, which article it is on (``Tries.heard``); a thread of the driver
# asks the ledger every WATCH_EVERY seconds for the tries that made no progress for
# ``crashes.stuck_after()`` seconds (four times
# DATELINE_TIME_BUDGET, at least 5 s: the local executor's limit), says which article it is (W306)
# and stops that actor (``ray.kill``): Ray Data starts a fresh one and tries the task again, which
# then goes article by article at once, an article that stalls ARTICLE_TRIES times alone stored
# without annotations (E304), as the local executor does. The driver does the stopping, not a thread
# of the actor: a loop in native code that holds the GIL would keep such a thread from running.
WATCH_EVERY = 1.0


class AnnotateBatch:
    """A Ray Data actor: loads the pipeline once, then extracts and annotates batches of raw
    articles (JSON), as the local ingest's ``annotate_raw`` does, returning Document JSON.

    Extraction runs here rather than in tasks of its own: a separate stage cost its own worker
    processes (each importing Ray and dateline) and a trip of every article through the object
    store, all of it on the cores the actors need (docs/speed.md, "Fifteenth session").

    ``ledger`` (a ``crashes.Tries`` actor) counts the tries that never finished: a batch whose
    actor died more than MAX_TASK_RETRIES times is done one article at a time (see
    ARTICLE_TRIES)."""

    def __init__(self, model: str | None = None, stages: tuple[str, ...] | None = None,
                 clean: bool = True, published: str | None = None, ledger=None,
                 stuck: float | None = None):
        from .api import get_pipeline
        from .pipeline import DEFAULT_STAGES

        self.clean, self.published, self.ledger, self.stuck = clean, published, ledger, stuck
        # (stages=() runs none, as the local executor does: it ran every stage before robust19)
        self.pipeline = get_pipeline(model, DEFAULT_STAGES if stages is None else tuple(stages))
        self.pipeline.setup()  # the model and every stage's resources, once per actor

    def __call__(self, batch: dict) -> dict:
        raws = [str(s) for s in batch["raw"]]
        key = _key(raws)
        sources = [_source(s) for s in raws]
        failed = self._failed_tries(key, (sources[0], READING, len(raws)))
        if whole(failed) and not self._stalled(key):
            documents = []
            for raw_json, source in zip(raws, sources):
                self._heard(key, (source, READING, len(raws)))
                documents.append(self.read(raw_json))
            out = self.annotate(documents, self._progress(key, sources))
        else:  # the actor died (or stalled) on this batch: find the article that does it
            self._unwatched(key)
            out = [self._alone(s) for s in raws]
        self._finished(key)
        return self._columns(out)

    def _progress(self, key: str, sources: list) -> Callable[[], None]:
        """What the pipeline calls after each article it annotated (``Pipeline.run``'s ``progress``):
        the ledger hears of it, and of the article annotated next, so that the watcher measures each
        article against the limit, not the batch (robmend19: the pipeline annotates a whole batch of
        BATCH_ARTICLES before it yields one, and four articles of 60 s each, none stuck, got the
        batch stopped, W306)."""
        following = iter(sources[1:])
        self._heard(key, (sources[0] if sources else None, ANNOTATING, len(sources)))
        return lambda: self._heard(key, (next(following, None), ANNOTATING, len(sources)))

    def read(self, raw_json: str) -> Document:
        from .ingest import to_document

        return to_document(raw_article(raw_json), clean=self.clean, published=self.published)

    def annotate(self, documents: list[Document], progress: Callable[[], None] | None = None) -> list[Document]:
        return list(self.pipeline.run(documents, progress))

    def _alone(self, raw_json: str) -> Document:
        """One article of a batch that killed its actor: read and annotated on its own, each step
        given up (E303) once it has killed the actor ARTICLE_TRIES times."""
        key, source = _key([raw_json]), _source(raw_json)
        if given_up(self._failed_tries(key + ":read", (source, READING, 0))):
            stuck = self._stuck_on(key + ":read")
            self._finished(key + ":read")
            return unread(raw_article(raw_json), self.published, ARTICLE_TRIES, stuck)
        document = self.read(raw_json)
        self._finished(key + ":read")
        if given_up(self._failed_tries(key + ":annotate", (source, ANNOTATING, 0))):
            stuck = self._stuck_on(key + ":annotate")
            self._finished(key + ":annotate")
            return unannotated(document, ARTICLE_TRIES, stuck)
        (document,) = self.annotate([document])
        self._finished(key + ":annotate")
        return document

    def _failed_tries(self, key: str, note: tuple | None = None) -> int:
        """Starts of ``key`` before this one that never finished (their actor died, or was stopped,
        stalled); records this one, and this actor on it with ``note`` (source, step, articles in
        its batch: what W306 names) when the driver watches for stalls."""
        if self.ledger is None:
            return 0
        import ray

        actor = ray.get_runtime_context().current_actor if self.stuck else None
        return ray.get(self.ledger.start.remote(key, actor, note))

    def _heard(self, key: str, note: tuple) -> None:
        """Progress on ``key``, now on ``note`` (not waited for: a call of the ledger per article
        read or annotated, against tens of milliseconds of annotation each; Ray runs one caller's
        calls of an actor in order, so the ledger hears it before this try's finish)."""
        if self.ledger is not None and self.stuck:
            self.ledger.heard.remote(key, note)

    def _stalled(self, key: str) -> bool:
        if self.ledger is None or not self.stuck:
            return False
        import ray

        return ray.get(self.ledger.is_stalled.remote(key))

    def _stuck_on(self, key: str) -> float | None:
        """``self.stuck`` when the last failed try of ``key`` was stopped, stalled (E304), else None (E303)."""
        return self.stuck if self._stalled(key) else None

    def _unwatched(self, key: str) -> None:
        # a batch done article by article: each article's step is watched, not the batch
        if self.ledger is not None and self.stuck:
            import ray

            ray.get(self.ledger.quiet.remote(key))

    def _finished(self, key: str) -> None:
        # waited for: the finish is in the ledger before the batch's result leaves this actor
        # (which may die right after). Not waiting saved 0.7-1.3 ms a batch (2.2-2.7 -> 1.4-1.5 ms
        # for start and finish, 500 calls from an actor on a local instance, 2026-12-07), against
        # seconds of annotation per batch of 32 articles: kept.
        if self.ledger is not None:
            import ray

            ray.get(self.ledger.finish.remote(key))

    @staticmethod
    def _columns(out: list[Document]) -> dict:
        from .corpus.dedup import fingerprint
        from .corpus.rows import document_json_of

        # what the store's writer would compute per article, computed here in parallel
        # (corpus.rows.Prepared): the driver, the only writer, then mostly inserts
        prints = [fingerprint(d.text) for d in out]
        return {
            "id": [d.id for d in out],
            "date": [(d.published or "unknown")[:10] for d in out],
            "document": [document_json_of(d) for d in out],
            "minhash": [p.signature.tobytes() if p else None for p in prints],
            "n_shingles": [p.size if p else None for p in prints],
        }


def _source(raw_json: str) -> str | None:
    """The ``source`` (FILE:LINE) of a raw article's JSON, what a notice names."""
    return json.loads(raw_json).get("source")


def _key(raws: list[str]) -> str:
    import hashlib

    return hashlib.sha256("\n".join(raws).encode("utf-8", "surrogatepass")).hexdigest()[:24]


class AnnotatedBatch(list):
    """Annotated Documents (a list, as every executor yields) with, in ``prepared``, one
    ``corpus.rows.Prepared`` per Document: what the actors computed for the store."""

    prepared: list


def _annotated_batch(table) -> AnnotatedBatch:
    import numpy as np

    from .corpus.rows import Prepared

    texts = table.column("document").to_pylist()
    batch = AnnotatedBatch(Document.from_dict(json.loads(s)) for s in texts)
    batch.prepared = [Prepared(s, None if sig is None else np.frombuffer(sig, dtype=np.uint64), size)
                      for s, sig, size in zip(texts, table.column("minhash").to_pylist(),
                                              table.column("n_shingles").to_pylist())]
    return batch


def raw_article(raw_json: str):
    """The RawArticle of the JSON of :func:`_raw_json`."""
    from .ingest import RawArticle
    from .model import Problem

    fields = json.loads(raw_json)
    # the reading problems (W202 a guessed encoding, ...) the local ingest keeps in the Document
    fields["problems"] = tuple(Problem.from_dict(p) for p in fields.get("problems") or ())
    return RawArticle(**fields)


def init_ray(address: str | None = None, num_cpus: int | None = None):
    import ray

    if not ray.is_initialized():
        kwargs = {"ignore_reinit_error": True, "include_dashboard": False, "log_to_driver": False,
                  "configure_logging": False}
        if address:
            kwargs["address"] = address
        else:  # a new local instance, never another Ray instance that happens to run on this machine
            kwargs["address"] = "local"
            kwargs["num_cpus"] = num_cpus or os.cpu_count()
        ray.init(**kwargs)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.execution_options.preserve_order = False  # store in order of arrival
    return ray


def default_actors(ray) -> int:
    """Actors for a cluster: its CPUs, less one for the driver (reading, storing) and Ray's own."""
    return max(1, int(ray.cluster_resources().get("CPU", 1)) - 1)


def _raw_json(raw) -> str:
    fields = dataclasses.asdict(raw)  # problems as dicts: raw_article rebuilds them
    return json.dumps(fields, ensure_ascii=False)


def _waves(batches: Iterable[list], size: int) -> Iterator[list[str]]:
    wave: list[str] = []
    for raws in batches:
        wave.extend(_raw_json(r) for r in raws)
        if len(wave) >= size:
            yield wave
            wave = []
    if wave:
        yield wave


def annotate_with_ray(batches: Iterable[list], options: dict, *, address: str | None = None,
                      workers: int | None = None, output: str | Path | None = None,
                      store_batch: int = 64, batch_size: int = BATCH_ARTICLES,
                      wave: int = WAVE, stuck: float | None = None,
                      say=None) -> Iterator[list[Document]]:
    """Annotate batches of raw articles on Ray; yields lists of annotated Documents (at most
    ``store_batch`` each; :class:`AnnotatedBatch`, whose ``prepared`` the store takes) in order
    of arrival. ``options``: model, stages, clean, published (as for the local executor).
    ``workers``: the number of annotation actors. ``stuck``: seconds without progress after which
    an actor is stopped (default ``crashes.stuck_after()``; 0: never); ``say``: where the notice of
    it goes (W306; default stderr)."""
    # a local instance gets one CPU more than the actors: the driver (reading, storing) and Ray's own
    ray = init_ray(address, (workers + 1) if workers else None)
    actors = workers or default_actors(ray)
    writer = _ParquetWriter(output) if output else None
    ledger = start_ledger(ray)
    stuck = stuck_after() if stuck is None else (stuck or None)
    watch = _Watch(ray, ledger, stuck, say) if stuck else None
    try:
        for rows in _waves(batches, wave):
            ds = ray.data.from_items([{"raw": r} for r in rows],
                                     override_num_blocks=max(1, -(-len(rows) // batch_size)))
            ds = ds.map_batches(AnnotateBatch, fn_constructor_kwargs={"model": options.get("model"),
                                                                      "stages": options.get("stages"),
                                                                      "clean": options.get("clean", True),
                                                                      "published": options.get("published"),
                                                                      "ledger": ledger, "stuck": stuck},
                                batch_size=batch_size, num_cpus=1,
                                compute=ray.data.ActorPoolStrategy(size=actors))
            for batch in ds.iter_batches(batch_size=store_batch, batch_format="pyarrow"):
                if writer:
                    writer.write(batch.select(["id", "date", "document"]))
                yield _annotated_batch(batch)
    finally:
        if watch:
            watch.stop()
        if ray.is_initialized():  # not when the caller shut Ray down before closing this generator
            ray.kill(ledger)
    if writer:
        writer.close()


class _Watch:
    """The driver's thread that stops the actors whose try made no progress for ``stuck`` seconds
    (the ledger's ``Tries.overdue``), saying which article it is (W306)."""

    def __init__(self, ray, ledger, stuck: float, say=None):
        import threading

        self.ray, self.ledger, self.stuck = ray, ledger, stuck
        self.say = say or (lambda text: print(f"dateline: {text}", file=__import__("sys").stderr, flush=True))
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name="dateline-ray-watch", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopped.wait(WATCH_EVERY):
            try:
                late = self.ray.get(self.ledger.overdue.remote(self.stuck), timeout=60)
            except Exception:  # (the ledger gone as the run ends, or slow to answer: asked again)
                continue
            for key, actor, note, failed in late:
                self.say(stall_notice(key, note, failed + 1, self.stuck))
                try:
                    self.ray.kill(actor, no_restart=False)  # Ray Data starts another, tries the task again
                except Exception:  # (the actor died on its own meanwhile)
                    pass

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=2 * WATCH_EVERY + 60)


def stall_notice(key: str, note, failed: int, seconds: float) -> str:
    """W306: which article (and step) kept an actor ``seconds`` without progress, and what happens
    to it now (``failed``: the tries of ``key`` that failed, this one included)."""
    from .errors import message

    source, step, batch = note or (None, ANNOTATING, 0)
    if batch:
        where = f" (in a batch of {batch} articles)"
        then = "the batch is tried again article by article on a fresh actor"
    elif given_up(failed):
        where = ""
        then = (f"it is stored without {'text' if step == READING else 'annotations'} (E304) and "
                "the rest go on")
    else:
        where = ""
        then = "it is tried once more, alone, on a fresh actor"
    return message("W306", source=source or f"batch {key}", seconds=seconds, step=step, where=where, then=then,
                   limit=limit_named(seconds))


def start_ledger(ray):
    """The ledger: a ``crashes.Tries`` actor, shared by the annotation actors, whose counts
    survive their deaths; on this (the driver's) node, which outlives any worker node."""
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    here = NodeAffinitySchedulingStrategy(ray.get_runtime_context().get_node_id(), soft=False)
    return ray.remote(num_cpus=0)(Tries).options(scheduling_strategy=here).remote()


class _ParquetWriter:
    """Appends annotated batches to a Parquet dataset partitioned by ``date``."""

    def __init__(self, root: str | Path):
        self.root = str(root)
        self.part = 0

    def write(self, table):
        import pyarrow.parquet as pq

        pq.write_to_dataset(table, self.root, partition_cols=["date"],
                            basename_template=f"batch-{self.part:06d}-{{i}}.parquet")
        self.part += 1

    def close(self):
        pass
