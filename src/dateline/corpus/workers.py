"""The local executor's worker processes (``dateline ingest --workers N``), which survive a worker
that dies.

``multiprocessing.Pool``, used before, does not notice a worker that dies in the middle of a task
(a crash in native code, a kill for memory, ``os._exit``): it starts a new one and waits for the
lost result without end, so one such article hung the ingest. ``concurrent.futures``'
``ProcessPoolExecutor`` notices, but then fails every task in flight and stops the whole pool:
it cannot say which batch killed it, and every worker would load the model again. Here each worker
has its own pipe (a thread in the worker takes the tasks off it as they come, so that the parent's
send never waits for the batch before), and the parent waits on the pipes and on the processes'
sentinels together (``multiprocessing.connection.wait``): a death is seen at once, blamed on the
one batch the dead worker was annotating (the batches queued behind it are handed on without a
try counted), and only that worker is started again. The policy is the Ray executor's
(``dateline.crashes``): the batch is tried whole at most 1 + MAX_TASK_RETRIES times, then its
articles one by one, each step (reading, annotating) at most ARTICLE_TRIES times, after which the
article is stored with E303 and the rest of its batch annotated.

Workers ignore SIGINT: on Ctrl-C the parent stops them (no traceback from each of them) and the
ingest exits with 130. A Python exception in a worker is raised in the parent, as before.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import queue
import signal
import threading
import traceback
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait

from ..crashes import ARTICLE_TRIES, MAX_TASK_RETRIES, unannotated, unread
from ..errors import DatelineError
from ..model import Document

# Tasks given to one worker at a time: while it annotates one, the next waits in its queue, so a
# worker does not sit idle while the parent stores a batch.
PER_WORKER = 2
# Deaths of workers before they could start (loading the model) after which the ingest stops.
START_DEATHS = 3


class WorkerDied(DatelineError):
    """Workers kept dying before they could annotate anything (E006)."""

    def __init__(self, times: int, exitcode):
        super().__init__("E006", times=times, exitcode=exitcode)


@dataclass(slots=True)
class _Task:
    batch: int                 # the index of the input batch, the order of the results
    raws: list                 # the whole batch, or [one article]
    article: int | None = None  # None: the whole batch; else this article of it alone


@dataclass(slots=True, eq=False)  # each worker is itself (hashed by identity)
class _Worker:
    process: object
    conn: object                                  # the parent's end of its pipe
    given: deque = field(default_factory=deque)   # its tasks, in the order it takes them
    ready: bool = False                           # the model is loaded
    read: Document | None = None                  # the head task's article, read (alone tasks)


# --- in the worker --------------------------------------------------------------------------------


def _send(conn, message: tuple) -> None:
    try:
        conn.send(message)
    except (pickle.PicklingError, TypeError, AttributeError):  # an exception that does not pickle
        kind, exc = message
        conn.send((kind, RuntimeError("".join(traceback.format_exception(exc)))))


def _work(conn, options: dict) -> None:
    """A worker's loop: load the pipeline, then annotate the tasks the parent sends until None (or
    until the parent is gone)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from .ingest import _init_worker, annotate_documents, annotate_raw, read_raw

    tasks: queue.SimpleQueue = queue.SimpleQueue()
    # the tasks are taken off the pipe as they come, so that the parent's send never waits for
    # the annotation of the batch before (nor the parent for this worker while it sends a result)
    threading.Thread(target=_take, args=(conn, tasks), daemon=True).start()
    try:
        _init_worker(options)
    except BaseException as exc:  # noqa: BLE001 - raised in the parent
        _send(conn, ("failed", exc))
        return
    conn.send(("ready", None))
    while (task := tasks.get()) is not None:
        try:
            if task.article is None:
                conn.send(("done", annotate_raw(task.raws)))
            else:  # one article alone: say when it is read, so that a death is blamed on its step
                document = read_raw(task.raws[0])
                conn.send(("read", document))
                conn.send(("done", annotate_documents([document])))
        except BaseException as exc:  # noqa: BLE001 - raised in the parent
            _send(conn, ("failed", exc))


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
        self.deaths: dict[tuple, int] = defaultdict(int)  # by (batch, article, step)
        self.start_deaths = 0

    def run(self, batches: Iterable[list]) -> Iterator[list[Document]]:
        source = iter(batches)
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
        with _sigint_ignored():  # also while the child starts, before _work ignores it itself
            process.start()
        theirs.close()  # its end is its own: when it dies, a send to it fails and a recv ends
        return _Worker(process, ours)

    def _dispatch(self) -> None:
        for worker in self.workers:
            while self.waiting and len(worker.given) < PER_WORKER and worker.process.is_alive():
                task = self.waiting.popleft()
                try:
                    worker.conn.send(task)
                except OSError:  # it died before it took it: not its death (_receive sees it)
                    self.waiting.appendleft(task)
                    break
                worker.given.append(task)

    def _receive(self) -> None:
        """Wait for a message or a death, and handle every one that is there."""
        by_fd = {}
        for worker in self.workers:
            by_fd[worker.conn] = worker
            by_fd[worker.process.sentinel] = worker
        ready = wait(list(by_fd))
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
        for worker in dict.fromkeys(dead):
            self._died(worker)

    def _message(self, worker: _Worker, kind: str, value) -> None:
        if kind == "ready":
            worker.ready = True
            self.start_deaths = 0
        elif kind == "read":
            worker.read = value
        elif kind == "failed":
            raise value
        else:  # done
            task = worker.given.popleft()
            worker.read = None
            self._finish(task, value)

    def _finish(self, task: _Task, documents: list[Document]) -> None:
        if task.article is None:
            self.done[task.batch] = documents
            return
        parts = self.parts[task.batch]
        parts[task.article] = documents[0]
        if all(d is not None for d in parts):
            self.done[task.batch] = self.parts.pop(task.batch)

    def _died(self, worker: _Worker) -> None:
        """A worker died: blame the task it was on, hand on the ones queued behind it, start another."""
        with contextlib.suppress(EOFError, OSError):
            while worker.conn.poll():  # what it sent before it died
                self._message(worker, *worker.conn.recv())
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)
        given = list(worker.given)
        if not worker.ready:
            self.start_deaths += 1
            if self.start_deaths >= START_DEATHS:
                raise WorkerDied(self.start_deaths, worker.process.exitcode)
            self.waiting.extendleft(reversed(given))
        elif given:
            task, rest = given[0], given[1:]
            self.waiting.extendleft(reversed(rest))
            self._retry(task, worker.read)
        self.workers.append(self._start())

    def _retry(self, task: _Task, read: Document | None) -> None:
        if task.article is None:
            key = (task.batch, None, "batch")
            self.deaths[key] += 1
            if self.deaths[key] <= MAX_TASK_RETRIES:
                self.waiting.appendleft(task)
            else:  # it died on this batch every time: find the article that kills it
                self.parts[task.batch] = [None] * len(task.raws)
                self.waiting.extendleft(reversed([_Task(task.batch, [raw], i) for i, raw in enumerate(task.raws)]))
            return
        step = "read" if read is None else "annotate"
        key = (task.batch, task.article, step)
        self.deaths[key] += 1
        if self.deaths[key] < ARTICLE_TRIES:
            self.waiting.appendleft(task)
        elif read is None:
            self._finish(task, [unread(task.raws[0], self.options.get("published"), ARTICLE_TRIES)])
        else:
            self._finish(task, [unannotated(read, ARTICLE_TRIES)])

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
def _sigint_ignored():
    try:
        before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread (an ingest started by the web server): nothing to do
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
