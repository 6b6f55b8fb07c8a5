"""Rounds: visit the sources that are due, record the article URLs they list, fetch the new ones,
annotate and store them, write the round's update files; again every ``every`` seconds until
stopped (Ctrl-C or SIGTERM end the round cleanly after the article being fetched).
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..corpus.store import Store
from ..errors import InputError, message
from ..ingest import RawArticle, looks_like_html
from ..ingest.readers import decode
from ..pipeline import DEFAULT_STAGES
from . import discover
from .fetch import Fetcher, Response, gunzip
from .state import CrawlState, article_id

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_SOURCES = 200       # feeds and sitemaps visited in one round from one root (sitemap indexes)
BATCH = 16              # articles annotated and stored together
MAX_PAGES = 1000        # article pages per round: a site's first sitemap may list years of them;
                        # the rest stay pending for the next rounds, oldest first


@dataclass(slots=True)
class RoundReport:
    round: int = 0
    sources: int = 0
    found: int = 0          # article links the sources listed
    new_urls: int = 0       # of which new to the crawl
    fetched: int = 0
    added: int = 0          # articles stored
    skipped: int = 0        # already stored (a resumed round)
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    stopped: bool = False

    def line(self) -> str:
        from ..words import counted

        return (f"round {self.round}: {counted(self.sources, 'source')}, {counted(self.found, 'link')} "
                f"({self.new_urls} new), {counted(self.fetched, 'page')} fetched, "
                f"{counted(self.added, 'article')} stored, {self.skipped} already stored, "
                f"{counted(len(self.errors), 'error')}" + (" (stopped)" if self.stopped else ""))


@dataclass(slots=True)
class Options:
    every: float | None = None      # seconds between rounds (None: one round)
    stages: tuple[str, ...] = DEFAULT_STAGES
    model: str | None = None
    batch_size: int = BATCH
    export: str | None = None       # "gdelt"
    out: Path | None = None
    base_url: str = ""              # prefix of the file names in lastupdate.txt
    max_pages: int = MAX_PAGES      # article pages fetched per round at most (0: no limit)
    min_confidence: float | None = None  # events in the update files (None: the model's threshold)


class Watcher:
    """Crawls sources into one store. ``stop`` (an Event) ends the work after the current page."""

    def __init__(self, store: Store, fetcher: Fetcher | None = None, options: Options | None = None,
                 on_message: Callable[[str], None] | None = None, stop: threading.Event | None = None):
        self.store = store
        self.state = CrawlState(store)
        self.fetcher = fetcher or Fetcher()
        self.options = options or Options()
        self.say = on_message or (lambda m: print(f"dateline: {m}", file=sys.stderr))
        self.stop = stop or threading.Event()

    # --- one round --------------------------------------------------------------------------------

    def round(self, roots: Iterable[str]) -> RoundReport:
        """Visit the due ``roots`` (and the feeds and sitemaps they lead to), then fetch every
        URL still to fetch."""
        roots = [r for r in dict.fromkeys(roots)]
        due = self.state.due(roots)
        report = RoundReport()
        report.round = self.state.begin_round(len(due))
        seen: set[str] = set()
        for url in due:
            if self.stop.is_set():
                report.stopped = True
                break
            self.state.add_source(url, None)
            self._visit(url, report, seen, parent=None)
        if self.stop.is_set():
            report.stopped = True
        else:
            self.fetch(self.state.pending(self.options.max_pages or None), report)
        self._finish(report)
        return report

    def fetch_urls(self, urls: Iterable[str]) -> RoundReport:
        """``dateline fetch``: the given article URLs (those not stored yet), normalised as
        ``discover.normalise`` gives them (the command checks and normalises them once, as it
        does the roots of :meth:`round`)."""
        report = RoundReport()
        report.round = self.state.begin_round(0)
        wanted = list(urls)
        todo = self.state.add_urls(wanted, "fetch", report.round)
        report.skipped += len(set(wanted)) - len(todo)
        report.found = report.new_urls = len(todo)
        self.fetch(todo, report)
        self._finish(report)
        return report

    def _finish(self, report: RoundReport) -> None:
        if report.added and self.store.needs_stories():
            from ..corpus.stories import build_stories

            build_stories(self.store)
        if self.options.export == "gdelt" and self.options.out is not None:
            from .updates import write_update

            events_before, seq_before = self.state.export_bounds(report.round)
            report.files = write_update(self.store, self.options.out, report.round, events_before,
                                        seq_before, base_url=self.options.base_url,
                                        min_confidence=self.options.min_confidence)
        self.state.finish_round(report.round, found=report.found, new_urls=report.new_urls,
                                fetched=report.fetched, added=report.added, errors=len(report.errors),
                                files=report.files, finished=not report.stopped)

    # --- sources ----------------------------------------------------------------------------------

    def _visit(self, url: str, report: RoundReport, seen: set[str], parent: str | None) -> None:
        if url in seen or len(seen) >= MAX_SOURCES or self.stop.is_set():
            return
        seen.add(url)
        report.sources += 1
        known = self.state.source(url) or {}
        response = self.fetcher.get(url, etag=known.get("etag"), last_modified=known.get("last_modified"))
        every = self.options.every
        if response.not_modified:
            self.state.checked(url, known.get("kind"), report.round, response, every)
            for child in self.state.children(url):  # an unchanged index: its sitemaps may have changed
                self._visit(child, report, seen, parent=url)
            return
        if not response.ok:
            self._source_error(url, known.get("kind"), report, response, response.reason)
            return
        try:
            text, _ = decode(gunzip(response.body, self.fetcher.max_bytes), url)
        except ValueError as exc:
            self._source_error(url, known.get("kind"), report, response,
                               message("E508", url=url, detail=str(exc)))
            return
        except InputError as exc:
            self._source_error(url, known.get("kind"), report, response, str(exc))
            return
        found = discover.read(response.final_url, text, response.content_type)
        if found.kind == discover.PAGE:
            found.sitemaps = discover.robots_sitemaps(self.fetcher.robots_txt(url), url)
            if not found.feeds and not found.sitemaps:
                found.sitemaps = self.state.children(url) or self._guess_sitemaps(url)
            if not found.feeds and not found.sitemaps:
                found.problems.append("a page that names no feed (<link rel=alternate>) and whose "
                                      "robots.txt names no sitemap")
        found.articles = [a for a in found.articles if not _home(a) and a not in seen]
        error = message("E508", url=url, detail="; ".join(found.problems)) if found.problems else None
        if error:
            report.errors.append(error)
            self.say(error)
        children = [c for c in found.feeds + found.sitemaps if c != url]
        new = self.state.checked(url, found.kind, report.round, response, every, found.articles, error,
                                 children)
        report.found += len(found.articles)
        report.new_urls += new
        for child in children:
            self._visit(child, report, seen, parent=url)

    def _guess_sitemaps(self, url: str) -> list[str]:
        """A home page naming no feed and no sitemap: the usual sitemap places (trafilatura's
        guesses), the first that holds a sitemap."""
        from trafilatura.sitemaps import GUESSES

        root = url.split("://", 1)[0] + "://" + urlsplit(url).netloc + "/"
        for name in GUESSES:
            if not name.endswith((".xml", ".xml.gz")):
                continue
            found = self.fetcher.get(root + name)
            if found.ok:
                try:
                    text, _ = decode(gunzip(found.body, self.fetcher.max_bytes), root + name)
                except (ValueError, InputError):
                    continue
                if discover.kind_of(text, found.content_type) == discover.SITEMAP:
                    return [discover.source_url(found.final_url) or root + name]
        return []

    def _source_error(self, url, kind, report, response, reason):
        report.errors.append(reason)
        self.say(reason)
        self.state.checked(url, kind, report.round, response, self.options.every, (), reason)

    # --- articles ---------------------------------------------------------------------------------

    def fetch(self, urls: list[str], report: RoundReport) -> None:
        """Fetch ``urls`` and store their articles, but those whose article is stored already
        (under any key: ``Store.stored_at_addresses``): marked stored, not fetched again."""
        stored = self.store.stored_at_addresses(urls)
        if stored:
            self.state.stored([(url, None, aid) for url, aid in stored.items()])
            report.skipped += len(stored)
            urls = [url for url in urls if url not in stored]
        batch: list[tuple[str, Response, RawArticle]] = []
        for url in urls:
            if self.stop.is_set():
                report.stopped = True  # the rest stay pending for the next run
                break
            item = self._page(url, report)
            if item is not None:
                batch.append(item)
            if len(batch) >= self.options.batch_size:
                self._store(batch, report)
                batch = []
        if batch:
            self._store(batch, report)

    def _page(self, url: str, report: RoundReport) -> tuple[str, Response, RawArticle] | None:
        response = self.fetcher.get(url)
        report.fetched += 1
        if not response.ok:
            code = response.code or "E502"
            reason = response.reason or message("E502", url=url, status=response.status, detail="")
            return self._failed(url, response, code, reason, response.transient, report)
        kind = response.content_type
        if kind and kind not in HTML_TYPES and not kind.startswith("text/"):
            return self._failed(url, response, "E507", message("E507", url=url, detail=f"Content-Type {kind}"),
                                False, report)
        try:
            text, problems = decode(response.body, url)
        except InputError as exc:
            return self._failed(url, response, exc.code, str(exc), False, report)
        if not looks_like_html(text):
            return self._failed(url, response, "E507", message("E507", url=url, detail="no HTML markup"),
                                False, report)
        final = discover.article_url(response.final_url, page=False) or url
        raw = RawArticle(source=url, format="html", content=text, id=article_id(final),
                         url=response.final_url, problems=problems)
        return url, response, raw

    def _failed(self, url, response, code, reason, transient, report) -> None:
        report.errors.append(reason)
        self.say(reason)
        self.state.failed(url, response, code, reason, transient)
        return None

    def _store(self, batch: list[tuple[str, Response, RawArticle]], report: RoundReport) -> None:
        from ..corpus.ingest import annotate_raw

        known = self.store.known_ids(raw.id for _, _, raw in batch)
        # a page stored under the key an older dateline gave its address (Store.stored_at_addresses)
        elsewhere = self.store.stored_at_addresses(raw.url for _, _, raw in batch if raw.id not in known and raw.url)
        old_keys = {raw.id: elsewhere[raw.url] for _, _, raw in batch if raw.url in elsewhere}  # id -> id stored
        known |= set(old_keys)
        fresh, ids = [], set()
        for _, _, raw in batch:
            if raw.id not in known and raw.id not in ids:
                ids.add(raw.id)
                fresh.append(raw)
        report.skipped += len(batch) - len(fresh)
        if fresh:
            options = {"model": self.options.model, "stages": tuple(self.options.stages), "clean": True,
                       "published": None}
            result = self.store.add_batch(annotate_raw(fresh, options))
            report.added += len(result.added)
        self.state.stored([(url, response, old_keys.get(raw.id, raw.id)) for url, response, raw in batch])

    # --- the loop ---------------------------------------------------------------------------------

    def run(self, roots: list[str], once: bool = False, on_round: Callable[[RoundReport], None] | None = None) -> list[RoundReport]:
        """Rounds until stopped (or one with ``once``); waits for the next due source between."""
        from .state import now

        reports = []
        while not self.stop.is_set():
            reports.append(self.round(roots))
            if on_round:
                on_round(reports[-1])
            if once or not self.options.every:
                break
            due = self.state.next_due(roots)
            wait = (due - now()).total_seconds() if due else self.options.every
            self.stop.wait(max(1.0, wait))
        return reports


def _home(url: str) -> bool:
    """A site's home page, which feeds give as their channel link: not an article."""
    return urlsplit(url).path in ("", "/")


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM set ``stop``: the page being fetched is finished and stored, the round
    is recorded as stopped, and the watcher exits; a second Ctrl-C exits at once (KeyboardInterrupt).
    Yields the signals received, in order (``dateline watch`` exits 130 after a Ctrl-C, 0 after a
    SIGTERM, a service manager's usual stop: robust22); the handlers before are back on leaving."""
    received: list[int] = []

    def handler(signum, frame):
        received.append(signum)
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print("dateline: stopping after the current page (Ctrl-C again to quit now)", file=sys.stderr)

    before = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    for signum in before:
        signal.signal(signum, handler)
    try:
        yield received
    finally:
        for signum, previous in before.items():
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
