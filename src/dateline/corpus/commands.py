"""The corpus commands of the CLI (ingest, events, sql, export, stats): each a few lines over the
library. :func:`register` adds them to the ``dateline`` Typer app."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import fail, message

DbOpt = Annotated[Path, typer.Option("--db", help="The corpus store (a DuckDB file).")]
OutFormatOpt = Annotated[str, typer.Option("--format", "-f", help="Output: table, json (JSON Lines) or csv.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=0, help="At most this many rows.")]
# events, export and stats show events at or above the events model's threshold unless told otherwise
ConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Only events whose calibrated confidence is at least this (default: the events model's "
         "threshold, chosen for precision >= 0.80; 0 keeps every stored event).")]

OUTPUT_FORMATS = ("table", "json", "csv")


def _check_output(fmt: str):
    if fmt not in OUTPUT_FORMATS:
        fail(message("E007", option="--format", allowed=f"one of {', '.join(OUTPUT_FORMATS)}", value=repr(fmt)))


def _confidence_floor(min_confidence: float | None) -> float:
    """``--min-confidence`` as given, else the events model's default threshold."""
    from ..events.learned import default_threshold

    return default_threshold() if min_confidence is None else min_confidence


@contextmanager
def _stoppable(db: Path, what: str, then: str = "The store is unchanged."):
    """A Ctrl-C during a reading command: one line (E410) and exit 130, as an ingest's (E409),
    not Click's "Aborted!" and 1. A long query stops at once (store.interruptible; robust23)."""
    try:
        yield
    except KeyboardInterrupt:
        fail(message("E410", path=db, what=what, then=then), 130)


def _open(db: Path):
    from ..errors import DatelineError
    from .store import Store

    try:
        return Store(db, read_only=True)
    except DatelineError as exc:
        fail(str(exc))


def ingest(paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl, .json; each also .gz), folders (read recursively) or - for stdin.")],
           db: DbOpt = Path("dateline.duckdb"),
           workers: Annotated[int, typer.Option("--workers", "-w", help="Annotate in this many processes (with --executor ray: this many actors; 1, the default, means the cluster's CPUs less one).")] = 1,
           model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use.")] = None,
           published: Annotated[Optional[str], typer.Option("--published", help="Publication date for inputs that give none (ISO 8601).")] = None,
           clean: Annotated[bool, typer.Option("--clean/--no-clean", help="Remove boilerplate from plain text.")] = True,
           input_format: Annotated[Optional[str], typer.Option("--input-format", help="Force the input format: text, html, jsonl or json.")] = None,
           batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per stored batch (one transaction).")] = 64,
           stages: Annotated[Optional[str], typer.Option("--stages", help="Comma-separated stages to run, in order (default: all: entities, timexes, places, actors, quotes, amounts, events).")] = None,
           executor: Annotated[str, typer.Option("--executor", help="Where to annotate: local (processes on this machine) or ray (a Ray Data pipeline).")] = "local",
           address: Annotated[Optional[str], typer.Option("--address", help="With --executor ray: the Ray cluster (auto = the one this node belongs to); default a local Ray instance.")] = None,
           ray_output: Annotated[Optional[Path], typer.Option("--ray-output", help="With --executor ray: keep the annotated Parquet (partitioned by date) in this folder.")] = None,
           actors: Annotated[Optional[Path], typer.Option("--actors", help="A TSV of known actors (name, country, sector, organization, first_seen, last_seen, aliases) that overrides roles from the text and the dictionaries.")] = None,
           isolate: Annotated[bool, typer.Option("--isolate", help="Annotate in a worker process even with one worker (as --workers 2 or more always does): an article that crashes the annotator (native code, a kill for memory) is then stored with E303 and the ingest goes on, instead of stopping it. Costs the worker's start and its copy of the model.")] = False,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress: no bar on a terminal, no line a minute in a log.")] = False):
    """Annotate articles and store them in the corpus: idempotent (stored ids are skipped) and
    resumable (each batch is one transaction)."""
    from ..errors import DatelineError
    from ..ingest.readers import FORMATS
    from ..jobs import check_published
    from ..pipeline import DEFAULT_STAGES, check_order
    from .ingest import ingest as run
    from .ingest import ray_executor
    from .store import StoreError, interrupted

    if input_format is not None and input_format not in FORMATS:
        fail(message("E007", option="--input-format", allowed=f"one of {', '.join(FORMATS)}",
                      value=repr(input_format)))
    if executor not in ("local", "ray"):
        fail(message("E007", option="--executor", allowed="local or ray", value=repr(executor)))
    for option, value in (("--workers", workers), ("--batch-size", batch_size)):
        if value < 1:
            fail(message("E007", option=option, allowed="at least 1", value=value))
    stage_names = tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else DEFAULT_STAGES
    new_store = not Path(db).exists()
    try:
        published = check_published(published)
        check_order(stage_names)
        annotate = (ray_executor(workers if workers > 1 else None, address, ray_output)
                    if executor == "ray" else None)
        report = run(paths, db, workers=workers, model=model, stages=stage_names, published=published,
                     clean=clean, input_format=input_format, batch_size=batch_size, quiet=quiet,
                     annotate=annotate, actors=actors, isolate=isolate)
    except StoreError as exc:  # the store could not be written: a failed run, not a usage error
        fail(str(exc), 1)
    except KeyboardInterrupt:  # Ctrl-C: 128 + SIGINT, as a shell reports it
        fail(message("E409", path=db), 130)
    except DatelineError as exc:
        fail(str(exc))
    except Exception as exc:
        # a Ctrl-C while DuckDB ran a query outside a transaction: RuntimeError("Query interrupted"),
        # or duckdb.InterruptException, a duckdb.Error and no RuntimeError (store.interrupted; robust22)
        if not interrupted(exc):
            raise
        fail(message("E409", path=db), 130)
    line = report.line()
    if new_store and not report.added and not report.skipped:
        # nothing was read (an empty folder, unreadable files): no empty store left behind (robust23)
        for path in (Path(db), Path(f"{db}.wal")):
            path.unlink(missing_ok=True)
        line += f"; no store written ({db})"
    typer.echo(line, err=True)
    raise typer.Exit(report.status)


def events(db: DbOpt = Path("dateline.duckdb"),
           actor: Annotated[Optional[str], typer.Option(help="Actor name (substring, source or target).")] = None,
           country: Annotated[Optional[str], typer.Option(help="Actor country, ISO alpha-3 (USA).")] = None,
           type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type (CONSULT) or CAMEO prefix (04).")] = None,
           since: Annotated[Optional[str], typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
           until: Annotated[Optional[str], typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
           place: Annotated[Optional[str], typer.Option(help="Place name (substring) or GeoNames id.")] = None,
           source: Annotated[Optional[str], typer.Option(help="Publisher or host among the reports.")] = None,
           modality: Annotated[Optional[str], typer.Option(help="asserted, planned, hypothetical, negated, requested.")] = None,
           story: Annotated[Optional[int], typer.Option(help="Story id.")] = None,
           min_confidence: ConfidenceOpt = None,
           fmt: OutFormatOpt = "table", limit: LimitOpt = 100,
           offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first.")] = 0,
           oldest_first: Annotated[bool, typer.Option("--oldest-first", help="Earliest events first (default: newest first, as the web page lists them).")] = False):
    """List merged events, filtered, newest first. The table shows the main columns (date as the
    articles give it, type, CAMEO, modality, first source and target actor, place, confidence);
    --format csv or json gives every column (mention, article and source counts, coordinates,
    first article, story)."""
    from ..errors import DatelineError
    from .query import EVENT_COLUMNS, render

    from ..events.learned import MODALITIES

    _check_output(fmt)
    if modality is not None and modality.lower() not in MODALITIES:
        fail(message("E007", option="--modality", allowed=f"one of {', '.join(MODALITIES)}", value=repr(modality)))
    _check_event_options(country, type, since, until)
    filters = {k: v for k, v in dict(actor=actor, country=country, type=type, since=since, until=until,
                                     place=place, source=source, modality=modality, story=story).items()
               if v is not None}
    filters["min_confidence"] = _confidence_floor(min_confidence)
    with _stoppable(db, "query"), _open(db) as store:
        try:
            found = store.events(filters, limit=limit, offset=offset, newest=not oldest_first)
        except DatelineError as exc:
            fail(str(exc))
    if fmt == "table":
        names, found = event_table(found)
    else:
        names = [c.strip() for c in EVENT_COLUMNS.split(",")]
    typer.echo(render(names, found, fmt), nl=False)
    if not found and fmt == "table":
        typer.echo(f"No events match (at confidence >= {filters['min_confidence']:.2f}; "
                   "--min-confidence 0 lists every stored event).", err=True)


def _check_event_options(country: str | None, kind: str | None, since: str | None, until: str | None):
    """A usage error naming the option, the value and the form expected, rather than a query that
    silently matches nothing (``--country pakistan``) or a date error that names no option."""
    from ..errors import DatelineError
    from ..events.codes import cameo_table
    from ..events.learned import TYPES
    from .query import check_day

    if country is not None and not (len(country) == 3 and country.isascii() and country.isalpha()):
        fail(message("E007", option="--country", allowed="an ISO 3166 alpha-3 code such as PAK or USA",
                      value=repr(country)))
    if kind is not None and not kind.isdigit():
        known = sorted(set(TYPES) | {c.plover for c in cameo_table().values() if c.plover})
        if kind.upper() not in known:
            fail(message("E007", option="--type", value=repr(kind),
                          allowed=f"a PLOVER type ({', '.join(known)}) or a CAMEO code prefix such as 04"))
    for option, value in (("--since", since), ("--until", until)):
        if value is not None:
            try:
                check_day(value, option)
            except DatelineError as exc:
                fail(str(exc))


# The table keeps to about 100 characters: what an analyst scans. --format csv/json give every column.
_TABLE_WIDTHS = {"id": 7, "date": 10, "type": 8, "cameo": 5, "modality": 9, "source": 17, "target": 17,
                 "place": 11, "conf": 4}


def event_table(found: list[dict]) -> tuple[list[str], list[tuple]]:
    """The events as the ``--format table`` shows them: id, the date as the articles give it
    (``2021-W48``, ``2021-11``, not only the interval's first day), type, CAMEO code, modality when
    not asserted, first source and target actor (``+N`` more), place, confidence; each cell cut to
    its column's width."""
    def actors(names, countries):
        names = [n for n in (names or []) if n]
        if not names:
            return ""
        first = names[0] + (f" {countries[0]}" if countries and countries[0] else "")
        return first + (f" +{len(names) - 1}" if len(names) > 1 else "")

    def fit(text, width):
        text = "" if text is None else str(text)
        return text if len(text) <= width else text[:width - 1] + "…"

    rows = []
    for e in found:
        cells = {"id": e["id"], "date": e["date"] or e["date_start"] or "", "type": e["type"],
                 "cameo": e["cameo"] or "", "modality": "" if e["modality"] == "asserted" else e["modality"],
                 "source": actors(e["source_names"], e["source_countries"]),
                 "target": actors(e["target_names"], e["target_countries"]),
                 "place": e["place_name"] or "", "conf": f"{e['confidence']:.2f}" if e["confidence"] is not None else ""}
        rows.append(tuple(fit(cells[k], w) for k, w in _TABLE_WIDTHS.items()))
    return list(_TABLE_WIDTHS), rows


def sql(query: Annotated[str, typer.Argument(help="One read-only SQL statement (SELECT, WITH, DESCRIBE, …).")],
        db: DbOpt = Path("dateline.duckdb"), fmt: OutFormatOpt = "table",
        limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="At most this many rows.")] = None):
    """Run read-only SQL on the store (opened read-only, without access to other files)."""
    from ..errors import DatelineError
    from .query import render, run_sql

    _check_output(fmt)
    try:
        with _stoppable(db, "query"):
            names, found = run_sql(str(db), query, limit=limit)
    except DatelineError as exc:
        fail(str(exc), 1 if exc.code == "E407" else 2)
    typer.echo(render(names, found, fmt), nl=False)


def export(db: DbOpt = Path("dateline.duckdb"),
           fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, parquet, gdelt (the three GDELT tables), gdelt-events, gdelt-mentions or gdelt-gkg.")] = "jsonl",
           out: Annotated[Path, typer.Option("--out", help="Folder to write into (created if missing).")] = Path("export"),
           min_confidence: ConfidenceOpt = None):
    """Export the store: JSON Lines, Parquet, or GDELT 2.0 tab-separated tables (the GDELT events
    and mentions files keep the events at or above --min-confidence)."""
    from .export import FORMATS, export as run

    if fmt not in FORMATS:
        fail(message("E007", option="--format", allowed=f"one of {', '.join(FORMATS)}", value=repr(fmt)))
    stopped = ("The files finished before it are complete; the one being written was removed. Run "
               "the same export again.")
    with _stoppable(db, "export", stopped), _open(db) as store:
        try:
            for path in run(store, fmt, out, min_confidence=_confidence_floor(min_confidence)):
                typer.echo(str(path))
        except OSError as exc:  # --out is a file, or a folder that can't be made or written
            fail(message("E008", path=exc.filename or out, what="the export there", detail=exc.strerror or exc,
                          option="--out", where="a folder you may write to (it is created if missing)"), 1)


def stats(db: DbOpt = Path("dateline.duckdb"),
          fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
          top: Annotated[int, typer.Option(min=0, help="Actors, types and stories listed.")] = 10,
          articles: Annotated[int, typer.Option(min=0, help="Also summarise the first N articles (title, counts, events).")] = 0,
          min_confidence: ConfidenceOpt = None):
    """The corpus summary: articles, duplicates, top actors, events by type, largest stories with
    their timelines (events at or above --min-confidence; the counts count every event)."""
    from .query import plain
    from .report import corpus_summary

    if fmt not in ("text", "json"):
        fail(message("E007", option="--format", allowed="text or json", value=repr(fmt)))
    floor = _confidence_floor(min_confidence)
    with _stoppable(db, "query"), _open(db) as store:
        if fmt == "json":
            stats = store.stats(top=top, min_confidence=floor)
            stats["events_by_type"] = stats["events_by_type"][:top]   # --top cuts the types as the text does
            typer.echo(json.dumps(plain(stats), ensure_ascii=False, indent=1))
            return
        for line in corpus_summary(store, top=top, articles=articles, min_confidence=floor):
            typer.echo(line)


def rebuild_stories(db: DbOpt = Path("dateline.duckdb")):
    """Thread every stored article into stories again from scratch (an ingest threads only its
    new articles; this is needed only after changing the story rules)."""
    from ..errors import DatelineError
    from .store import Store, StoreError
    from .stories import build_stories

    if not Path(db).exists():
        fail(str(StoreError("E401", path=db)))
    stopped = ("The articles threaded before it keep their stories (each page is one transaction); "
               "run it again to thread them all.")
    try:
        with _stoppable(db, "rebuild of the stories", stopped), Store(db) as store:
            n = build_stories(store, rebuild=True)
    except DatelineError as exc:
        fail(str(exc), 1)
    from ..words import counted

    typer.echo(counted(n, "story"), err=True)


def register(app: typer.Typer):
    """Add the corpus commands to the CLI."""
    app.command(epilog="Example: dateline ingest samples/ --db demo.duckdb --workers 2")(ingest)
    app.command(epilog="Example: dateline events --db demo.duckdb --country USA --type CONSULT "
                       "--since 2021-11-01 --format csv")(events)
    app.command(epilog="Example: dateline sql --db demo.duckdb \"SELECT type, count(*) FROM events "
                       "GROUP BY type\" --format csv")(sql)
    app.command(epilog="Example: dateline export --db demo.duckdb --format gdelt-events --out export/")(export)
    app.command(epilog="Example: dateline stats --db demo.duckdb --articles 5")(stats)
    app.command("rebuild-stories", epilog="Example: dateline rebuild-stories --db demo.duckdb")(rebuild_stories)
