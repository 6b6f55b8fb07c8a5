"""Progress on stderr for long runs: a bar (count, articles/s, time left) on a terminal; where
stderr is a file or a pipe (a job's log), one line every :data:`LOG_EVERY` seconds, so that a
long run in the background still shows that it moves; nothing with --quiet."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager

LOG_EVERY = 60.0  # seconds between progress lines when stderr is not a terminal


@contextmanager
def progress(quiet: bool, unit: str, total: int | None = None):
    if quiet:
        yield lambda n=1: None
        return
    if not sys.stderr.isatty():
        yield _log_lines(unit, total)
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
    most every LOG_EVERY seconds (none for a run shorter than that)."""
    start = time.monotonic()
    state = {"done": 0, "next": start + LOG_EVERY}

    def advance(n: int = 1):
        state["done"] += n
        now = time.monotonic()
        if now < state["next"]:
            return
        state["next"] = now + LOG_EVERY
        elapsed = now - start
        count = f"{state['done']:,}" + (f" of {total:,}" if total else "")
        print(f"dateline: {count} {unit} so far ({state['done'] / max(elapsed, 1e-9):.1f} {unit}/s, "
              f"{_duration(elapsed)})", file=sys.stderr, flush=True)

    return advance


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
