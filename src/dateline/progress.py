"""A progress bar on stderr (articles/s, count) for long runs; silent when stderr is not a
terminal or --quiet is given."""

from __future__ import annotations

import sys
from contextlib import contextmanager


@contextmanager
def progress(quiet: bool, unit: str, total: int | None = None):
    if quiet or not sys.stderr.isatty():
        yield lambda n=1: None
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
