"""Progress on stderr for long runs: a bar (count, articles/s, time left) on a terminal; where
stderr is a file or a pipe (a job's log), one line every :data:`LOG_EVERY` seconds, so that a
long run in the background still shows that it moves; nothing with --quiet."""

from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager

LOG_EVERY = 60.0  # seconds between progress lines when stderr is not a terminal


def loading(quiet: bool, model: str | None = None, where: str = "") -> None:
    """Say on stderr that the spaCy pipeline is loading: the few seconds (5 on the development
    machine) in which a progress bar would sit at 0 without a word. ``where``: " in 2 worker
    processes", say."""
    if quiet:
        return
    print(f"dateline: loading the spaCy pipeline ({_pipeline_name(model)}) and the stages' "
          f"data{where} …", file=sys.stderr, flush=True)


def _pipeline_name(model: str | None) -> str:
    """The pipeline that will be loaded: the first of the candidates installed as a package (a
    look-up, not an import), else the candidates as given (a path, say)."""
    import importlib.util

    from .nlp import model_names

    names = model_names(model)
    for name in names:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except (ImportError, ValueError):
            continue
    return " or ".join(names)


@contextmanager
def progress(quiet: bool, unit: str, total: int | None = None):
    if quiet:
        yield lambda n=1: None
        return
    if not sys.stderr.isatty():
        advance, stop = _log_lines(unit, total)
        try:
            yield advance
        finally:
            stop()
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)

    columns = [TextColumn(f"[bold]{unit}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(unit, total=total, rate="")

        def advance(n: int = 1):
            bar.advance(task, n)
            t = bar.tasks[0]
            if t.elapsed:
                bar.update(task, rate=f"{t.completed / t.elapsed:.1f} {unit}/s")

        yield advance


def _log_lines(unit: str, total: int | None):
    """An ``advance`` that writes ``dateline: 1,200 articles so far (2.1 articles/s, 9 min)`` at
    most every LOG_EVERY seconds (none for a run shorter than that), and a function that stops
    its watch: while nothing advances for LOG_EVERY seconds (the model loading, one long article,
    a batch of slow ones) a thread writes ``dateline: still working: 0 of 12 articles done (3
    min)``, so that a log never sits silent for long."""
    start = time.monotonic()
    state = {"done": 0, "next": start + LOG_EVERY, "last": start}  # last: the last advance
    lock = threading.Lock()

    def count() -> str:
        return f"{state['done']:,}" + (f" of {total:,}" if total else "")

    def advance(n: int = 1):
        with lock:
            state["done"] += n
            now = state["last"] = time.monotonic()
            if now < state["next"]:
                return
            state["next"] = now + LOG_EVERY
            elapsed = now - start
            print(f"dateline: {count()} {unit} so far ({_rate(state['done'], elapsed, unit)}, "
                  f"{_duration(elapsed)})", file=sys.stderr, flush=True)

    stopped = threading.Event()

    def watch():
        while not stopped.wait(max(LOG_EVERY, 0.2)):
            with lock:
                now = time.monotonic()
                if now < state["next"] or now - state["last"] < LOG_EVERY or stopped.is_set():
                    continue
                state["next"] = now + LOG_EVERY
                print(f"dateline: still working: {count()} {unit} done ({_duration(now - start)})",
                      file=sys.stderr, flush=True)

    def stop():
        with lock:  # no line after the run's end
            stopped.set()

    threading.Thread(target=watch, name="dateline-progress", daemon=True).start()
    return advance, stop


def _rate(done: int, seconds: float, unit: str) -> str:
    """``2.1 articles/s``, or per minute when that reads better (``1.6 articles/min``, not 0.0/s)."""
    per_second = done / max(seconds, 1e-9)
    if per_second >= 0.1 or done == 0:
        return f"{per_second:.1f} {unit}/s"
    return f"{per_second * 60:.1f} {unit}/min"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
