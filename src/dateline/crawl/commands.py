"""``dateline fetch`` and ``dateline watch``: thin layers over :mod:`dateline.crawl.rounds`."""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import fail, message

DbOpt = Annotated[Path, typer.Option("--db", help="The corpus store (a DuckDB file; created if missing).")]
DelayOpt = Annotated[float, typer.Option("--delay", help="Seconds between two requests to one host (robots.txt's Crawl-delay may ask for more).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a server.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Pages and feeds larger than this are refused.")]
StagesOpt = Annotated[Optional[str], typer.Option("--stages", help="Comma-separated stages to run (default: all).")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only the round summary lines, not each failed URL (failures are still recorded in the store).")]
AgentOpt = Annotated[Optional[str], typer.Option("--user-agent", help="User-Agent to send (default: dateline/VERSION …); add a contact address for site owners. robots.txt rules for 'dateline' apply either way.")]


def _say(quiet: bool):
    return (lambda m: None) if quiet else (lambda m: typer.echo(f"dateline: {m}", err=True))


def seconds(value: str) -> float:
    """``15m``, ``1h``, ``90s`` or a number of seconds."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value or "")
    if not found:
        raise ValueError(value)
    return float(found[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[found[2]]


def _setup(db, stages, delay, timeout, max_bytes, user_agent=None):
    from ..corpus.store import Store
    from ..errors import DatelineError
    from ..pipeline import DEFAULT_STAGES, check_order
    from .fetch import Fetcher

    names = tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else DEFAULT_STAGES
    for option, value, allowed, ok in (("--delay", delay, "0 or more", delay >= 0),
                                       ("--timeout", timeout, "more than 0", timeout > 0),
                                       ("--max-bytes", max_bytes, "more than 0", max_bytes >= 1)):
        if not ok:
            fail(message("E007", option=option, allowed=allowed, value=value))
    try:
        check_order(names)
        store = Store(db)
    except DatelineError as exc:
        fail(str(exc), 1 if exc.code.startswith("E4") else 2)
    agent = {"user_agent": user_agent} if user_agent else {}
    return store, names, Fetcher(delay=delay, timeout=timeout, max_bytes=max_bytes, **agent)


def _check_urls(given: list[str], articles: bool = False) -> list[str]:
    """The URLs normalised (as article links, or with ``articles`` False as sources: every query
    parameter but tracking ones kept either way), or a usage error naming the first that is not an
    http(s) URL."""
    from .discover import article_url, source_url

    urls = []
    for s in given:
        clean = article_url(s, page=False) if articles else source_url(s)
        if clean is None:
            hint = " (files are read by `dateline ingest` and `dateline annotate`)" if Path(s).exists() else ""
            fail(message("E509", url=s, hint=hint))
        urls.append(clean)
    return urls


def fetch(urls: Annotated[list[str], typer.Argument(help="Article URLs (http or https).")],
          db: DbOpt = Path("dateline.duckdb"), delay: DelayOpt = 1.0, timeout: TimeoutOpt = 20.0,
          max_bytes: MaxBytesOpt = 10_000_000, stages: StagesOpt = None, model: ModelOpt = None,
          user_agent: AgentOpt = None, quiet: QuietOpt = False):
    """Download article pages, extract, annotate and store them, recording each URL, its final URL
    after redirects, HTTP status, fetch time and content hash (see docs/crawl.md)."""
    from .rounds import Options, Watcher

    urls = _check_urls(urls, articles=True)
    store, names, fetcher = _setup(db, stages, delay, timeout, max_bytes, user_agent)
    with _interrupt_exits(db, "fetch"), store:
        watcher = Watcher(store, fetcher, Options(stages=names, model=model),
                          on_message=_say(quiet))
        report = watcher.fetch_urls(urls)
    typer.echo(report.line(), err=True)
    raise typer.Exit(1 if report.errors else 0)


@contextmanager
def _interrupt_exits(db: Path, what: str):
    """A Ctrl-C, as Python gives it (KeyboardInterrupt) or as DuckDB does while a query runs
    (``store.interrupted``), is exit status 130 and one line (E510), as an ingest's is (E409):
    no traceback (robust22)."""
    from ..corpus.store import interrupted

    try:
        yield
    except KeyboardInterrupt:
        fail(message("E510", path=db, what=what), 130)
    except Exception as exc:
        if not interrupted(exc):
            raise
        fail(message("E510", path=db, what=what), 130)


def watch(sources: Annotated[list[str], typer.Argument(help="RSS/Atom feeds, sitemaps (index or news) or home pages.")],
          db: DbOpt = Path("dateline.duckdb"),
          every: Annotated[str, typer.Option("--every", help="Time between rounds: 15m, 1h, 90s.")] = "15m",
          once: Annotated[bool, typer.Option("--once", help="One round, then exit.")] = False,
          export: Annotated[Optional[str], typer.Option("--export", help="After each round write update files: gdelt.")] = None,
          out: Annotated[Path, typer.Option("--out", help="Folder for the update files.")] = Path("updates"),
          base_url: Annotated[str, typer.Option("--base-url", help="Prefix of the file names in lastupdate.txt (where the folder is served).")] = "",
          min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, help="Events in the update files: at least this confidence (default: the events model's threshold, as dateline export; 0 writes every event).")] = None,
          max_pages: Annotated[int, typer.Option("--max-pages", help="Article pages fetched per round at most (0: no limit); the rest wait for the next rounds.")] = 1000,
          delay: DelayOpt = 1.0, timeout: TimeoutOpt = 20.0, max_bytes: MaxBytesOpt = 10_000_000,
          stages: StagesOpt = None, model: ModelOpt = None, user_agent: AgentOpt = None,
          quiet: QuietOpt = False):
    """Follow feeds, sitemaps and home pages: each round fetches the articles not stored yet and
    stores them; Ctrl-C or SIGTERM stops after the current page. Resumable (see docs/crawl.md)."""
    from .rounds import Options, Watcher, stop_on_signals

    try:
        period = seconds(every)
    except ValueError:
        fail(message("E007", option="--every", allowed="a duration such as 15m, 1h or 90s", value=repr(every)))
    if period < 1:
        fail(message("E007", option="--every", allowed="at least 1s", value=repr(every)))
    if max_pages < 0:
        fail(message("E007", option="--max-pages", allowed="0 or more", value=max_pages))
    if export not in (None, "gdelt"):
        fail(message("E007", option="--export", allowed="gdelt", value=repr(export)))
    roots = _check_urls(sources)
    store, names, fetcher = _setup(db, stages, delay, timeout, max_bytes, user_agent)
    stop = threading.Event()
    errors = 0
    with _interrupt_exits(db, "watch"), stop_on_signals(stop) as received, store:
        options = Options(every=period, stages=names, model=model, export=export, out=out, base_url=base_url,
                          max_pages=max_pages, min_confidence=min_confidence)
        watcher = Watcher(store, fetcher, options, stop=stop,
                          on_message=_say(quiet))

        def said(report):
            nonlocal errors
            errors += len(report.errors)
            typer.echo(report.line(), err=True)
            for f in report.files:
                typer.echo(f)

        watcher.run(roots, once=once, on_round=said)
    if signal.SIGINT in received:  # stopped by Ctrl-C, the round's work stored: as an interrupted ingest
        fail(message("E510", path=db, what="watch"), 130)
    raise typer.Exit(1 if once and errors else 0)


def register(app: typer.Typer):
    """Add ``fetch`` and ``watch`` to the CLI."""
    app.command(epilog="Example: dateline fetch https://en.wikinews.org/wiki/Some_article --db news.duckdb")(fetch)
    app.command(epilog="Example: dateline watch https://www.theguardian.com/world/rss --db news.duckdb "
                       "--every 15m --export gdelt --out updates/")(watch)
