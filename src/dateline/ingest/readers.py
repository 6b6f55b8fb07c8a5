"""Readers: turn paths, folders and stdin into raw articles, or into a clear error per input.

Formats: ``.txt`` (plain text), ``.html``/``.htm`` (HTML), ``.jsonl``/``.ndjson`` (one JSON
object a line with ``text`` or ``html`` and optional ``id``, ``url``, ``title``, ``published``,
``publisher``, ``fetched``: when the page was fetched, ``authors``; or the same fields under the
names news APIs and scrapers use, :mod:`dateline.ingest.fields`), ``.json`` (the same
records as one JSON document: an array of them, one record, or an object that holds one array of
them, as news APIs return: ``{"articles": [...]}``, ``{"response": {"results": [...]}}``; a
``.json`` file that is JSON Lines is read as such), each optionally gzip-compressed (``.gz``);
folders are read recursively in sorted order. A position in a file is written ``FILE:LINE``. ``-`` reads stdin: JSON Lines when every non-empty line is a JSON object, else one text
(or HTML) article.

Readers never raise for one bad input: they yield an :class:`InputError` in its place and go on.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError, InputWarning, problem
from ..model import Problem

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
JSON_SUFFIXES = (".json",)
FORMATS = ("text", "html", "jsonl", "json")
SUFFIXES_READ = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES  # in the order a message lists them


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read, before extraction. ``format``: "text" or "html"."""

    source: str
    format: str
    content: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    fetched: str | None = None   # when the page was fetched (ISO 8601): dates "3 hours ago"
    authors: tuple[str, ...] = ()  # as a JSON record names them
    problems: tuple[Problem, ...] = field(default=())
    # the id is made from the record's address, or title, day, publisher and first words
    # (fields.record_id), not given by it: an edited copy of the article has it too
    derived_id: bool = False

    @property
    def content_id(self) -> str:
        """A hash of the raw input: the id of an article whose input gives none."""
        return hashlib.sha256(self.content.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and any(t in head for t in ("<html", "<body", "<!doctype", "<head", "<div", "<p", "<article"))


def decode(data: bytes, source: str) -> tuple[str, tuple[Problem, ...]]:
    """Bytes to text: UTF-8 (with or without BOM), else a detected encoding with a warning."""
    text, encoding = decode_as(data, source)
    return text, ((problem("W202", encoding=encoding),) if encoding else ())


def decode_as(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str | None]:
    """Bytes to text and the encoding used when it is not UTF-8 (else None;
    :data:`UTF8_WITH_CP1252_BYTES` for UTF-8 with some bytes that are not). The bytes are
    detected; ``encoding`` (what an earlier part of the same file was detected as) only breaks a
    tie: see :func:`choose_encoding`."""
    if not data.strip():
        raise InputError("E106", source)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if _is_binary(data):
        raise InputError("E102", source, detail="contains NUL or control bytes")
    if _stray_bytes_in_utf8(data):
        # UTF-8 but for a few stray bytes, read as Windows-1252 (W202 says so). The detector, given
        # a short page whole, found no encoding (E103 before the twentieth session, robust20) or
        # one that read its UTF-8 letters as mojibake ("тАЬ", "√©")
        return data.decode("utf-8-sig", _CP1252_BYTES), UTF8_WITH_CP1252_BYTES
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:_sample_end(data)])
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError("E103", source)
    encoding = choose_encoding(data, matches, best, encoding)
    if codecs.lookup(encoding).name in ("utf-8", "ascii"):
        # the detector read only the first 200,000 bytes, all of them ASCII or UTF-8 (or the page
        # declares UTF-8), but the whole failed as UTF-8 above: a stray byte further on, or a last
        # character cut short. The page stays UTF-8 and only the bytes that are not UTF-8 are read
        # as Windows-1252 (reading the whole page so turned every "é" into "Ã©"; nineteenth session
        # of 2026-12-07: such a page was E103, "no encoding detected", before that)
        return data.decode("utf-8-sig", _CP1252_BYTES), UTF8_WITH_CP1252_BYTES
    try:
        return _decode_in(data, encoding), encoding
    except (UnicodeDecodeError, LookupError):
        raise InputError("E103", source) from None


_SAMPLE = 200_000  # the bytes the encoding detector reads

# Bytes that fail as UTF-8 (read with "surrogateescape": U+DC80-U+DCFF) and characters beyond ASCII
# that UTF-8 reads (_stray_bytes_in_utf8).
_STRAY = re.compile("[\udc80-\udcff]")
_WIDE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _stray_bytes_in_utf8(data: bytes) -> bool:
    """Whether the bytes that fail as UTF-8 are strays in UTF-8 text: the characters beyond ASCII
    that it reads as UTF-8 are at least twice as many as those bytes (one "\x92" in a page of
    "café" and "—"). A text in a codepage (Windows-1252, -1251) has next to no valid UTF-8
    sequences beyond ASCII and goes to the detector, as does a UTF-8 text of mostly stray bytes."""
    text = data.decode("utf-8-sig", "surrogateescape")
    strays = len(_STRAY.findall(text))
    return 0 < strays and 2 * strays <= len(_WIDE.findall(text))


def _sample_end(data: bytes) -> int:
    """Where the detector's sample ends: before the UTF-8 character the 200,000th byte falls in,
    not inside it (a UTF-8 page cut there was "no encoding detected", E103); at most 3 bytes
    earlier, whatever the encoding."""
    end = _SAMPLE
    while _SAMPLE - 3 < end < len(data) and 0x80 <= data[end] < 0xC0:
        end -= 1
    return end


def choose_encoding(data: bytes, matches, best, earlier: str | None = None) -> str:
    """The encoding to read ``data`` in, from the detector's ``matches``: Windows-1252 when it is
    as clean as the first choice (:func:`western_if_as_clean`); else ``earlier`` (the file's
    encoding detected on an earlier line) when it is as clean too, or when it reads ``data``
    without mojibake (a short French line alone is detected as Mac Central European, "ťtť
    rťťlu"); else the first choice. Windows-1252 goes before ``earlier``: a file joined from a
    Polish cp1250 line and a French cp1252 one reads the French in cp1250 ("ŕ Montréal")."""
    western = western_if_as_clean(matches, best)
    if western == "cp1252" or earlier is None or earlier == western:
        return western
    if any(m.chaos <= best.chaos and earlier in m.could_be_from_charset for m in matches):
        return earlier
    try:
        text = _decode_in(data, earlier)
    except (UnicodeDecodeError, LookupError):
        return western
    return earlier if _reads_cleanly(text) else western


# A single-byte encoding decodes almost any bytes, so the earlier line's encoding "succeeding"
# proves little: a cp1251 line read in Latin-1 comes out as "Ìýð ãîðîäà". charset_normalizer's
# mess ratio is 0 on real text in either script and above 1 on such mojibake.
_MESS_AT_MOST = 0.2


def _reads_cleanly(text: str) -> bool:
    from charset_normalizer.md import mess_ratio

    return mess_ratio(text, _MESS_AT_MOST) < _MESS_AT_MOST


def _decode_in(data: bytes, encoding: str) -> str:
    # The detector reads the first 200,000 bytes: Windows-1252 chosen there can still meet one of
    # the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) further on; those alone
    # are read as Latin-1 (C1 controls), the rest keeps Windows-1252's quotes and dashes.
    return data.decode(encoding, _LATIN1_BYTES if encoding == "cp1252" else "strict")


def _latin1_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("latin-1"), error.end


_LATIN1_BYTES = "dateline-latin1-bytes"
codecs.register_error(_LATIN1_BYTES, _latin1_bytes)


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    # the bytes a UTF-8 decoder refused, each read as Windows-1252 (its five undefined as Latin-1)
    return error.object[error.start:error.end].decode("cp1252", _LATIN1_BYTES), error.end


_CP1252_BYTES = "dateline-cp1252-bytes"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)
# the encoding W202 names for a UTF-8 input with bytes that are not UTF-8 (decode_as)
UTF8_WITH_CP1252_BYTES = "UTF-8, its invalid bytes as Windows-1252"


def western_if_as_clean(matches, best) -> str:
    """Windows-1252 (which holds Latin-1's letters) when it decodes the bytes as cleanly as the
    detector's first choice, else that choice. dateline reads English-language news, whose text
    that is not UTF-8 is nearly always Windows-1252 or Latin-1; on a short text the detector's
    first choice is often another codepage with the same score (a Latin-1 "España" read as
    HP Roman-8 "Espaþa", "reunió" as "reuniµ")."""
    for match in matches:
        if match.chaos <= best.chaos and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz" or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError("E107", str(path), detail=f"broken gzip data: {exc}") from None
    return data


def format_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in JSON_SUFFIXES:
        return "json"
    return None


def iter_inputs(paths: Iterable[str], input_format: str | None = None,
                stdin: io.TextIOBase | None = None, skip: Path | None = None) -> Iterator[RawArticle | InputError]:
    """Every article in ``paths`` (files, folders, ``-``), or an InputError in its place.
    ``skip``: a file that folders' walks leave out, the command's own output (``annotate in/ -o
    in/out.jsonl`` read the Documents it was writing and wrote them again, without end: robust22)."""
    skip = skip.resolve() if skip is not None else None
    paths = list(paths)
    for arg in paths:
        if arg == "-":
            yield from read_stdin(stdin or sys.stdin, input_format)
            continue
        path = Path(arg)
        if path.is_dir():
            found, unknown = False, []
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                fmt = input_format or format_of(child)
                if child.name.startswith(".") or (skip is not None and child.resolve() == skip):
                    continue  # .DS_Store and the like; the output being written
                if fmt is None:
                    # folders hold READMEs, PDFs, images: read only known formats, and say which
                    # files were left (not those in hidden folders such as .git)
                    relative = child.relative_to(path)
                    if not any(part.startswith(".") for part in relative.parts):
                        unknown.append(str(relative))
                    continue
                found = True
                yield from read_file(child, fmt)
            if unknown:
                yield skipped_files(str(path), unknown)
            if not found:
                yield _only(InputError("E107", str(path), detail="no file in this folder is of a type dateline "
                                       "reads: " + " ".join(SUFFIXES_READ)), len(paths) == 1)
        elif path.exists():
            for item in read_file(path, input_format or format_of(path) or "text"):
                yield _only(item, len(paths) == 1)
        elif "://" in arg or arg.lower().startswith("www."):
            yield InputError("E109", arg)
        else:
            yield InputError("E101", str(path))


SHOWN_NAMES = 5  # file names a W108 notice lists before "and N more"


def _only(item, alone: bool):
    """``item``, an E107 of the only input given said without "the other inputs were read"."""
    if not alone or not isinstance(item, InputError) or item.code != "E107":
        return item
    details = {k: v for k, v in item.details.items() if k != "source"}
    return InputError("E107", item.source, **{**details, "others": ""})


def skipped_files(folder: str, names: list[str]) -> InputWarning:
    """W108: the files of ``folder`` that no reader takes (by suffix), named."""
    from ..words import counted

    shown = ", ".join(names[:SHOWN_NAMES])
    if len(names) > SHOWN_NAMES:
        shown += f" and {len(names) - SHOWN_NAMES} more"
    return InputWarning("W108", folder, files=counted(len(names), "file"), names=shown,
                        suffixes=" ".join(SUFFIXES_READ), count=len(names))


def read_file(path: Path, fmt: str) -> Iterator[RawArticle | InputError]:
    source = str(path)
    if fmt == "jsonl":
        yield from read_jsonl(path)
        return
    try:
        text, problems = decode(_read_bytes(path), source)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError("E107", source, detail=exc.strerror or str(exc))
        return
    if fmt == "json":
        yield from _with_problems(json_records(text, source), problems)
        return
    if fmt == "text" and looks_like_html(text):
        fmt = "html"
    if fmt == "text":
        yield from too_long_for_one(text, source)
    yield RawArticle(source=source, format=fmt, content=text, problems=problems)


BINARY_LINES = 3  # a JSON Lines file whose first lines are all binary is not read further


def read_jsonl(path: Path) -> Iterator[RawArticle | InputError]:
    """Each line decoded on its own: UTF-8 (a byte-order mark on the first line is dropped), else
    detected on its own (files are joined from several sources and codepages), the encoding of
    the file's last line that was not UTF-8 breaking a tie (:func:`choose_encoding`), with W202 on
    that record (not U+FFFD in place of its letters)."""
    source = str(path)
    try:
        stream = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")
    except OSError as exc:
        yield InputError("E107", source, detail=exc.strerror or str(exc))
        return
    encoding = None  # the last line's that was not UTF-8: a tie-break for the next
    # the E102 of the file's first lines, held until a line reads: a binary file named .jsonl (an
    # image, an archive) is one message, not one a "line" (1,185 for 300 KB of random bytes: robust22)
    held: list[InputError] = []
    with stream:
        try:
            empty, read = True, False
            for number, data in enumerate(stream, 1):
                if not data.strip():
                    continue
                empty = False
                try:
                    line, used = decode_as(data, f"{source}:{number}", encoding)
                except InputError as exc:
                    if exc.code == "E102" and not read:
                        held.append(exc)
                        if len(held) == BINARY_LINES:
                            yield InputError("E102", source, detail=f"its first {BINARY_LINES} lines hold NUL or "
                                             "control bytes; the rest of the file was not read")
                            return
                        continue
                    yield exc
                    continue
                read = True
                yield from held
                held.clear()
                if used and used != UTF8_WITH_CP1252_BYTES:  # a UTF-8 line breaks no tie
                    encoding = used
                problems = (problem("W202", encoding=used),) if used else ()
                article = record_to_article(line, f"{source}:{number}")
                if problems and isinstance(article, RawArticle):
                    article = replace(article, problems=article.problems + problems)
                yield from _told_if_too_long(article)
            yield from held
            if empty:
                yield InputError("E106", source)
        except (OSError, EOFError) as exc:
            yield InputError("E107", source, detail=str(exc))


def record_to_article(line: str, source: str) -> RawArticle | InputError:
    """One JSON Lines record as a RawArticle."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError("E104", source, detail=exc.msg)
    return object_to_article(record, source)


def object_to_article(record, source: str) -> RawArticle | InputError:
    """One parsed record (a JSON object with ``text`` or ``html``, or with the fields under the
    names a news API or scraper gives them: :mod:`dateline.ingest.fields`) as a RawArticle."""
    from .fields import authors_of, body_of, field_value, record_id

    if not isinstance(record, dict):
        return InputError("E104", source, detail=f"a JSON {_json_type(record)}")
    body = body_of(record)
    if body is None:
        return without_text(source, record, "the record has no")
    problems = ()
    if body.partial:
        problems = (problem("W207", field=body.field),)
    url, title = field_value(record, "url"), field_value(record, "title")
    published, publisher = field_value(record, "published"), field_value(record, "publisher")
    # a record without an id: keyed by what names the article (its address; its title, day,
    # publisher and first words), not by its whole text, which an edit changes (fields.record_id)
    given = field_value(record, "id")
    derived = None if given else record_id(url, title, published, publisher,
                                            body.content if body.format == "text" else None)
    return RawArticle(source=source, format=body.format, content=body.content,
                      id=given or derived, derived_id=derived is not None,
                      url=url, title=title, published=published, publisher=publisher,
                      fetched=field_value(record, "fetched"), authors=authors_of(record),
                      problems=problems)


def without_text(source: str, record: dict, which: str, records: int = 1) -> InputError:
    """E105: ``record`` (the first of ``records`` alike) has no field that holds the article's
    text; the message lists the fields it has (nested ones with a dot) and what to do."""
    from .fields import unread_hint

    shown = ", ".join(_field_names(record)[:12]) or "none"
    whose = "its" if records == 1 else "the first one's"
    return InputError("E105", source, which=which, fields=f"{whose} fields: {shown}",
                      hint=unread_hint(record))


def _field_names(record: dict) -> list[str]:
    """The record's field names, an object's own ones after a dot (``source.name``)."""
    names = []
    for key, value in record.items():
        if isinstance(value, dict) and value:
            names += [f"{key}.{inner}" for inner in value]
        else:
            names.append(str(key))
    return names


def _json_type(value) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
            float: "number", type(None): "null"}.get(type(value), type(value).__name__)


# Where news APIs and exports put their list of articles, preferred when an object holds several
# arrays of objects (a result's "articles" beside its "sources", say).
RECORD_KEYS = ("articles", "results", "items", "data", "documents", "docs", "records", "stories",
               "news", "entries", "posts")


def json_records(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """The records of one JSON document ``text`` (a ``.json`` file's, or stdin's) read from
    ``source``: an array of records, one record, or an object holding an array of records (at most
    two levels down). Each record's source is ``FILE:LINE``, the line where it starts (``FILE`` for
    a file of one record). A file whose lines are each a JSON object is JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if json_lines(text):
            yield from _jsonl_records(text, source)
            return
        yield InputError("E110", f"{source}:{exc.lineno}", detail=f"{exc.msg}, column {exc.colno}")
        return
    found = records_in(document)
    if found is None:
        yield from _told_if_too_long(object_to_article(document, source))
        return
    if isinstance(found, str):
        yield InputError("E111", source, detail=found)
        return
    where, records = found
    if not records:
        yield InputError("E106", source)
        return
    if _none_with_text(records):
        # one error for the file, not one for each of its hundred records
        yield without_text(source, records[0], f"none of its {len(records):,} records has a", len(records))
        return
    starts = element_starts(text, where)
    # FILE:LINE, or FILE:LINE:COLUMN where records share lines (a JSON document on one line)
    distinct = len({line for line, _ in starts}) == len(starts)
    places = [f"{line}" if distinct else f"{line}:{column}" for line, column in starts]
    for record, place in zip(records, places):
        yield from _told_if_too_long(object_to_article(record, f"{source}:{place}"))


def json_lines(text: str) -> list[str]:
    """The lines of ``text`` when it is JSON Lines (several lines, each a JSON object), else []."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines if len(lines) > 1 and all(_is_json_object(line) for line in lines) else []


def records_in(document) -> tuple[tuple, list] | str | None:
    """Where a parsed JSON ``document`` holds its records and the records (the keys from the top
    and the array), None when it is one record, or why it holds none (a message's detail)."""
    if isinstance(document, dict) and ("text" in document or "html" in document):
        return None
    where = records_path(document)
    if isinstance(where, str):
        from .fields import body_of

        # one record whose text is under another name (a Guardian or NYT item on its own)
        return None if isinstance(document, dict) and body_of(document) else where
    records = document
    for key in where:
        records = records[key]
    return where, records


def json_record_count(path: Path) -> int:
    """How many records a ``.json`` file holds, found as :func:`read_file` finds them (1 when it
    can't be read: its error is one item)."""
    try:
        text, _ = decode(_read_bytes(path), str(path))
    except (OSError, InputError):
        return 1
    try:
        document = json.loads(text)
    except json.JSONDecodeError:  # JSON Lines in a .json file (read as such), else one error
        return len(json_lines(text)) or 1
    found = records_in(document)
    if not isinstance(found, tuple):
        return 1
    records = found[1]
    return 1 if _none_with_text(records) else max(1, len(records))


def _none_with_text(records: list) -> bool:
    """Whether none of several records has a field that holds the text (one E105 for the file)."""
    from .fields import body_of

    return len(records) > 1 and all(isinstance(r, dict) and body_of(r) is None for r in records)


def _jsonl_records(text: str, source: str) -> Iterator[RawArticle | InputError]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield from _told_if_too_long(record_to_article(line, f"{source}:{number}"))


def _with_problems(items, problems: tuple[Problem, ...]) -> Iterator[RawArticle | InputError]:
    for item in items:
        if problems and isinstance(item, RawArticle):
            item = replace(item, problems=item.problems + problems)
        yield item


def records_path(document) -> tuple | str:
    """The keys that lead from ``document`` to its array of records (``()`` for an array), or why
    there is none (a message's detail)."""
    if isinstance(document, list):
        return ()
    if not isinstance(document, dict):
        return f"a JSON {_json_type(document)}, not an array or object of articles"
    found, filled = [], []
    for key, value in document.items():
        inside = [((key,), value)] if not isinstance(value, dict) else [
            ((key, inner), v) for inner, v in value.items()]
        found += [path for path, v in inside if _is_record_list(v)]
        filled += [path for path, v in inside if _is_record_list(v) and v]
    if len(found) > 1 and filled:
        # an empty array beside the records ({"warnings": [], "hits": [...]}) is no candidate
        found = filled
    if len(found) > 1:
        known = [p for p in found if p[-1] in RECORD_KEYS]
        found = known if len(known) == 1 else found
    if len(found) == 1:
        return found[0]
    keys = ", ".join(str(k) for k in list(document)[:12]) or "none"
    if found:
        return ("an object with several arrays of objects ("
                + ", ".join(".".join(p) for p in found) + "), none of them named as articles")
    return f"an object with neither \"text\", \"html\" nor an array of articles; its keys: {keys}"


def _is_record_list(value) -> bool:
    return isinstance(value, list) and (not value or isinstance(value[0], dict))


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def element_starts(text: str, where: tuple) -> list[tuple[int, int]]:
    """The line and column (from 1) at which each element of the array at ``where`` (keys from
    the top) begins, for a valid JSON ``text``: the keys are followed by decoding the values they
    pass over."""
    at = _SPACE.match(text, 1 if text.startswith("\ufeff") else 0).end()
    for key in where:
        at = _SPACE.match(text, at + 1).end()  # past "{"
        while True:
            name, at = _DECODER.raw_decode(text, at)
            at = _SPACE.match(text, _SPACE.match(text, at).end() + 1).end()  # past ":"
            if name == key:
                break
            _, at = _DECODER.raw_decode(text, at)
            at = _SPACE.match(text, _SPACE.match(text, at).end() + 1).end()  # past ","
    starts, line, counted_to = [], 1, 0
    at = _SPACE.match(text, at + 1).end()  # past "["
    while text[at] != "]":
        line += text.count("\n", counted_to, at)
        counted_to = at
        starts.append((line, at - text.rfind("\n", 0, at)))
        _, at = _DECODER.raw_decode(text, at)
        at = _SPACE.match(text, at).end()
        if text[at] == ",":
            at = _SPACE.match(text, at + 1).end()
    return starts


def read_stdin(stream, input_format: str | None) -> Iterator[RawArticle | InputError]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    try:
        text, problems = decode(data, "<stdin>")
    except InputError as exc:
        yield exc
        return
    lines = [line for line in text.splitlines() if line.strip()]
    fmt = input_format
    if fmt is None:
        fmt = "jsonl" if lines and all(_is_json_object(line) for line in lines) else (
            "json" if _is_json(text) else "html" if looks_like_html(text) else "text")
    if fmt == "json":
        yield from _with_problems(json_records(text, "<stdin>"), problems)
        return
    if fmt == "jsonl":
        yield from _jsonl_records(text, "<stdin>")
        return
    if fmt == "text":
        yield from too_long_for_one(text, "<stdin>")
    yield RawArticle(source="<stdin>", format=fmt, content=text, problems=problems)


def _is_json(text: str) -> bool:
    """Whether ``text`` is one JSON array or object (a .json file piped in)."""
    text = text.strip()
    if not (text[:1] + text[-1:] in ("[]", "{}")):
        return False
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _is_json_object(line: str) -> bool:
    line = line.strip()
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


# A plain text longer than this is no one article (the longest news articles of the extraction sets
# and the samples run to 118,000 and 104,000 characters): W113 says so as the file is read.
ONE_ARTICLE_MAX_CHARS = 1_000_000


def too_long_for_one(text: str, source: str, record: bool = False) -> Iterator[InputWarning]:
    """W113 for a plain text too long to be one article (ONE_ARTICLE_MAX_CHARS), said as it is
    read, before minutes of cleaning and annotating (eighteenth session: a 20 MB text said nothing
    for 7 minutes, then E203 and E302). ``record``: the text is one record's of a JSON Lines or
    JSON file (``source`` is ``FILE:LINE``; nineteenth session), not a whole file's."""
    if len(text) > ONE_ARTICLE_MAX_CHARS:
        split = ("Split it into one record per article" if record else
                 "Split it into one file per article, or give a JSON Lines file with one record per article")
        limit = size_limit()
        # E203 only where the text is longer than the limit (DATELINE_MAX_CHARS): 1.2 M characters
        # are all kept under the default 2 M
        annotating = (f"only its first {limit:,} characters are kept (E203), and annotating them"
                      if len(text) > limit else "annotating it")
        yield InputWarning("W113", source, length=len(text), times=len(text) // 100_000,
                           annotating=annotating, what="one record" if record else "one input", split=split)


def _told_if_too_long(item: RawArticle | InputError) -> Iterator[RawArticle | InputError]:
    """A record read from a JSON Lines or JSON file, after W113 when its plain text is too long for
    one article (HTML is cut at its own limit, W206)."""
    if isinstance(item, RawArticle) and item.format == "text":
        yield from too_long_for_one(item.content, item.source, record=True)
    yield item


def size_limit() -> int:
    """Articles longer than this many characters are truncated (E203)."""
    return int(os.environ.get("DATELINE_MAX_CHARS", 2_000_000))
