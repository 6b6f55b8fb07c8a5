"""The local executor's worker processes (``dateline ingest --workers N``), which survive a worker
that dies or gets stuck.

``multiprocessing.Pool``, used before, does not notice a worker that dies in the middle of a task
(a crash in native code, a kill for memory, ``os._exit``): it starts a new one and waits for the
lost result without end, so one such article hung the ingest. ``concurrent.futures``'
``ProcessPoolExecutor`` notices, but then fails every task in flight and stops the whole pool:
it cannot say which batch killed it, and every worker would load the model again. Here each worker
has its own pipe (a thread in the worker takes the tasks off it as they come, so that the parent's
send never waits for the batch before), and the parent waits on the pipes and on the processes'
sentinels together (``multiprocessing.connection.wait``): a death is seen at once, blamed on the
one batch the dead worker was annotating (the batches queued behind it are handed on without a
try counted), and only that worker is started again. The policy and its counting are the Ray
executor's (``dateline.crashes``): the batch is tried whole at most 1 + MAX_TASK_RETRIES times,
then its articles one by one, each step (reading, annotating) at most ARTICLE_TRIES times, after
which the article is stored with E303 and the rest of its batch annotated.

A worker says when it has read or annotated an article (at most once a second); one that says
nothing for ``crashes.stuck_after()`` seconds (a loop without end where the stages' time budget,
E302, does not reach: reading an article, spaCy's parse, native code) is stopped, and its task
counts as a failed try; a stuck batch is tried article by article at once, and an article that
keeps its worker stuck ARTICLE_TRIES times alone is stored with E304.

Workers ignore SIGINT: on Ctrl-C the parent stops them (no traceback from each of them) and the
ingest exits with 130. While a worker starts, the parent holds SIGINT back (:func:`_sigint_held`)
rather than ignoring it: a Ctrl-C then is raised once the worker is started, where SIG_IGN dropped
it and the ingest went on to its end (robust21). A Python exception in a worker is raised in the
parent (an E-coded ``DatelineError`` as it was, printed as its message) with the worker's traceback as its cause
(:class:`WorkerTraceback`), which Python prints above the parent's.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import pickle
import queue
import signal
import threading
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import resource_tracker
from multiprocessing.connection import wait

from ..crashes import (ARTICLE_TRIES, Tries, given_up, stuck_after, unannotated, unread, whole)
from ..errors import DatelineError
from ..model import Document

# Tasks given to one worker at a time: while it annotates one, the next waits in its queue, so a
# worker does not sit idle while the parent stores a batch.
PER_WORKER = 2
# Deaths of workers before they could start (loading the model) after which the ingest stops.
START_DEATHS = 3
# Seconds between two "alive" messages of a worker at most: its progress, told cheaply.
ALIVE_EVERY = 1.0


class WorkerDied(DatelineError):
    """Workers kept dying before they could annotate anything (E006)."""

    def __init__(self, times: int, exitcode):
        super().__init__("E006", times=times, exitcode=exitcode)


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker process, as text: the cause of that
    exception when the parent raises it (a traceback does not travel through a pipe)."""

    def __str__(self):
        return "\n\nin the worker process:\n" + self.args[0]


@dataclass(slots=True)
class _Task:
    batch: int                 # the index of the input batch, the order of the results
    raws: list                 # the whole batch, or [one article]
    article: int | None = None  # None: the whole batch; else this article of it alone
    read: Document | None = None  # (an article alone) as a try read it before its worker failed

    def key(self, step: str) -> tuple:
        """What crashes.Tries counts: the batch, or one step (read, annotate) of its article."""
        return (self.batch, self.article, step)


@dataclass(slots=True, eq=False)  # each worker is itself (hashed by identity)
class _Worker:
    process: object
    conn: object                                  # the parent's end of its pipe
    given: deque = field(default_factory=deque)   # its tasks, in the order it takes them
    ready: bool = False                           # the model is loaded
    step: tuple | None = None                     # the key of the try it is on (Tries), once started
    heard: float = 0.0                            # when it last made progress (time.monotonic)
    stuck: bool = False                           # stopped by the parent: it made none for too long


# --- in the worker --------------------------------------------------------------------------------


def _send(conn, message: tuple) -> None:
    try:
        conn.send(message)
    except (pickle.PicklingError, TypeError, AttributeError):  # an exception that does not pickle
        kind, (exc, trace) = message
        conn.send((kind, (RuntimeError(f"{type(exc).__name__}: {exc}"), trace)))


def _failed(conn, exc: BaseException) -> None:
    _send(conn, ("failed", (exc, "".join(traceback.format_exception(exc)))))


def _work(conn, options: dict) -> None:
    """A worker's loop: load the pipeline, then annotate the tasks the parent sends until None (or
    until the parent is gone)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # (one pressed while this process started was held back by the mask it inherited,
    # _sigint_held: ignoring it has just dropped it; the mask is let go only now)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    from .ingest import _init_worker, annotate_documents, annotate_raw, read_raw

    tasks: queue.SimpleQueue = queue.SimpleQueue()
    # the tasks are taken off the pipe as they come, so that the parent's send never waits for
    # the annotation of the batch before (nor the parent for this worker while it sends a result)
    threading.Thread(target=_take, args=(conn, tasks), daemon=True).start()
    try:
        _init_worker(options)
    except BaseException as exc:  # noqa: BLE001 - raised in the parent
        _failed(conn, exc)
        return
    conn.send(("ready", None))
    told = time.monotonic()

    def alive():
        nonlocal told
        if time.monotonic() - told >= ALIVE_EVERY:
            conn.send(("alive", None))
            told = time.monotonic()

    while (task := tasks.get()) is not None:
        try:
            if task.article is None:
                conn.send(("done", annotate_raw(task.raws, progress=alive)))
            else:  # one article alone: say when it is read, so that a failure is blamed on its step
                document = read_raw(task.raws[0])
                conn.send(("read", document))
                conn.send(("done", annotate_documents([document])))
            told = time.monotonic()
        except BaseException as exc:  # noqa: BLE001 - raised in the parent
            _failed(conn, exc)


def _take(conn, tasks) -> None:
    try:
        while (task := conn.recv()) is not None:
            tasks.put(task)
    except (EOFError, OSError):  # the parent is gone
        pass
    tasks.put(None)


# --- in the parent -------------------------------------------------------------------------------


class Workers:
    """``size`` worker processes annotating batches; :meth:`run` yields the annotated batches in
    input order."""

    def __init__(self, size: int, options: dict):
        self.size, self.options = size, options
        self.context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB threads
        self.waiting: deque[_Task] = deque()        # tasks no worker has been given
        self.workers: list[_Worker] = []
        self.done: dict[int, list[Document]] = {}   # annotated batches not yet yielded
        self.parts: dict[int, list] = {}            # batches tried article by article
        self.tries = Tries()                        # failed tries, by _Task.key (as Ray's ledger)
        self.stalled: set[tuple] = set()            # keys whose worker was stopped, stuck
        self.stuck_after = stuck_after()
        self.start_deaths = 0

    def run(self, batches: Iterable[list]) -> Iterator[list[Document]]:
        """The workers start with the first batch, not at all when there is none: an ingest run
        again over stored articles (to resume, or ``make demo`` twice) loaded the model in every
        worker for nothing, 17 s against 5 s in one process for 12 stored articles (robust22)."""
        source = iter(batches)
        first = next(source, None)
        if first is None:
            return
        source = itertools.chain([first], source)
        taken = given_back = 0
        limit = 2 * self.size  # batches in flight, annotated or not: memory does not grow with the input
        more = True
        try:
            self.workers = [self._start() for _ in range(self.size)]
            while True:
                while more and taken - given_back < limit:
                    raws = next(source, None)
                    if raws is None:
                        more = False
                    else:
                        self.waiting.append(_Task(taken, raws))
                        taken += 1
                if given_back in self.done:
                    yield self.done.pop(given_back)
                    given_back += 1
                    continue
                if not more and given_back == taken:
                    break
                self._dispatch()
                self._receive()
            self._stop()
        finally:
            self._kill()

    # workers

    def _start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_work, args=(theirs, self.options), daemon=True,
                                       name="dateline-annotate")
        # (the tracker's first start, in the worker's, unblocks SIGINT: it is started here, before)
        resource_tracker.ensure_running()
        with _sigint_held():  # also while the child starts, before _work ignores it itself
            process.start()
        theirs.close()  # its end is its own: when it dies, a send to it fails and a recv ends
        return _Worker(process, ours)

    def _dispatch(self) -> None:
        for worker in self.workers:
            while self.waiting and len(worker.given) < PER_WORKER and worker.process.is_alive():
                task = self.waiting.popleft()
                if not self._worth_trying(task):
                    continue
                try:
                    worker.conn.send(task)
                except OSError:  # it died before it took it: not its death (_receive sees it)
                    self.waiting.appendleft(task)
                    break
                worker.given.append(task)
                self._begin(worker)

    def _worth_trying(self, task: _Task) -> bool:
        """Whether ``task`` goes to a worker; else (crashes' policy) it is done here: a batch that
        failed too often is split into its articles, an article's step given up (E303, E304)."""
        if task.article is None:
            key = task.key("batch")
            if whole(self.tries.failed(key)) and key not in self.stalled:
                return True
            # it failed on this batch every time, or got stuck: find the article that does it
            self.parts[task.batch] = [None] * len(task.raws)
            self.waiting.extendleft(reversed([_Task(task.batch, [raw], i) for i, raw in enumerate(task.raws)]))
            return False
        for step in ("read", "annotate"):
            key = task.key(step)
            if given_up(self.tries.failed(key)):
                stuck = self.stuck_after if key in self.stalled else None
                self._finish(task, [unread(task.raws[0], self.options.get("published"), ARTICLE_TRIES, stuck)
                                    if step == "read" else unannotated(task.read, ARTICLE_TRIES, stuck)])
                return False
            if task.read is None:  # (not read yet: the annotate step is not tried)
                return True
        return True

    def _begin(self, worker: _Worker, step: str | None = None) -> None:
        """Count the start of the try ``worker`` is on, once it is on one (its head task)."""
        if not worker.ready or not worker.given or (worker.step is not None and step is None):
            return
        task = worker.given[0]
        worker.step = task.key(step or ("batch" if task.article is None else "read"))
        worker.heard = time.monotonic()
        self.tries.start(worker.step)

    def _receive(self) -> None:
        """Wait for a message, a death or a stuck worker, and handle every one that is there."""
        by_fd = {}
        for worker in self.workers:
            by_fd[worker.conn] = worker
            by_fd[worker.process.sentinel] = worker
        ready = wait(list(by_fd), timeout=self._patience())
        dead = []
        for key in ready:
            worker = by_fd[key]
            if key is worker.conn:
                try:
                    while worker.conn.poll():
                        self._message(worker, *worker.conn.recv())
                except (EOFError, OSError):  # its end closed: it died
                    dead.append(worker)
            else:
                dead.append(worker)
        # (checked on every wake: the other workers' messages must not hide a stuck one)
        dead.extend(self._stop_stuck())
        for worker in dict.fromkeys(dead):
            self._died(worker)

    def _patience(self) -> float | None:
        """Seconds until the first busy worker has gone ``stuck_after`` without progress."""
        if self.stuck_after is None:
            return None
        busy = [w.heard for w in self.workers if w.step is not None]
        return max(0.0, min(busy) + self.stuck_after - time.monotonic()) if busy else None

    def _stop_stuck(self) -> list[_Worker]:
        if self.stuck_after is None:
            return []
        now = time.monotonic()
        stuck = [w for w in self.workers if w.step is not None and now - w.heard >= self.stuck_after]
        for worker in stuck:
            worker.stuck = True
            worker.process.kill()
        return stuck

    def _message(self, worker: _Worker, kind: str, value) -> None:
        worker.heard = time.monotonic()
        if kind == "ready":
            worker.ready = True
            self.start_deaths = 0
            self._begin(worker)
        elif kind == "alive":
            pass
        elif kind == "read":
            worker.given[0].read = value
            self.tries.finish(worker.step)
            self._begin(worker, "annotate")
        elif kind == "failed":
            exc, trace = value
            raise exc from WorkerTraceback(trace)
        else:  # done
            task = worker.given.popleft()
            self.tries.finish(worker.step)
            worker.step = None
            self._finish(task, value)
            self._begin(worker)

    def _finish(self, task: _Task, documents: list[Document]) -> None:
        if task.article is None:
            self.done[task.batch] = documents
            return
        parts = self.parts[task.batch]
        parts[task.article] = documents[0]
        if all(d is not None for d in parts):
            self.done[task.batch] = self.parts.pop(task.batch)

    def _died(self, worker: _Worker) -> None:
        """A worker died (or was stopped, stuck): the try it was on stays counted as failed
        (crashes.Tries), the tasks queued behind it are handed on; another is started."""
        with contextlib.suppress(EOFError, OSError):
            while worker.conn.poll():  # what it sent before it died
                self._message(worker, *worker.conn.recv())
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)
        if not worker.ready:
            self.start_deaths += 1
            if self.start_deaths >= START_DEATHS:
                raise WorkerDied(self.start_deaths, worker.process.exitcode)
        if worker.stuck and worker.step is not None:
            self.stalled.add(worker.step)
        elif worker.step is not None:
            self.stalled.discard(worker.step)
        self.waiting.extendleft(reversed(worker.given))  # retried, split or given up: _worth_trying
        self.workers.append(self._start())

    def _stop(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(timeout=10)

    def _kill(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join()
            worker.conn.close()
        self.workers = []


@contextlib.contextmanager
def _sigint_held():
    """Ctrl-C held back while a worker process starts. SIGINT is blocked in this thread, and the
    child inherits the mask (spawn forks from this thread), so a Ctrl-C before :func:`_work`
    ignores it gives no traceback in the child. In this process a Ctrl-C meanwhile is remembered
    (a handler that only notes it: one that raises could stop the start half way, the child left
    without its pipe) and raised once the start is done, under the handler there was before.
    SIG_IGN, used before robust21, made the child ignore it as well, but dropped the parent's Ctrl-C
    for good: the ingest went on to its end and exited 0. A blocked SIGINT is not enough on its own
    in the parent: DuckDB's threads do not block it and take it, so its handler must still run.
    (:meth:`Workers._start` starts multiprocessing's resource tracker first: its start unblocks
    SIGINT in this thread, and the child spawned after it would not have held it back.)"""
    came: list[int] = []
    before = signal.getsignal(signal.SIGINT)
    noted = before not in (signal.SIG_IGN, None)  # (ignored already; or a handler not set in Python)
    if noted:
        try:
            signal.signal(signal.SIGINT, lambda signum, frame: came.append(signum))
        except ValueError:  # not the main thread (an ingest started by the web server): the
            noted = False   # main thread's handler takes a Ctrl-C
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # (a pending one is handled here, noted)
        if noted:
            signal.signal(signal.SIGINT, before)  # (which first runs a handler still due: noted)
            if came:
                signal.raise_signal(signal.SIGINT)  # as it came: KeyboardInterrupt, by default
