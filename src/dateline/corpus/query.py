"""Queries over the store: filtered events, and read-only SQL for analysts.

Event filters (all optional, combined with AND):

* ``actor``: a name (case-insensitive substring of a source or target actor's name);
* ``country``: ISO alpha-3 of a source or target actor (``USA``);
* ``type``: PLOVER type (``CONSULT``) or a CAMEO code prefix (``04``);
* ``since`` / ``until``: ISO dates; the event's date interval must overlap them;
* ``place``: a place name (substring) or a GeoNames id;
* ``source``: a publisher or host (substring) among the event's mentions;
* ``modality``: asserted, planned, hypothetical, negated, requested;
* ``story``: a story id;
* ``min_confidence``: events whose calibrated confidence is at least this (0-1); the CLI, the web
  page and the GDELT export default it to the events model's threshold
  (``dateline.events.learned.default_threshold``).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import duckdb

from ..errors import DatelineError

FILTERS = ("actor", "country", "type", "since", "until", "place", "source", "modality", "story",
           "min_confidence")

EVENT_COLUMNS = ("id, type, mode, cameo, quad_class, goldstein, date, date_start, modality, "
                 "source_names, source_countries, target_names, target_countries, place_name, "
                 "place_country, place_lat, place_lon, n_mentions, n_articles, n_sources, "
                 "first_seen, first_article_id, story_id, confidence")


def event_filters(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """The WHERE clause and parameters for ``filters`` (unknown keys are an error)."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise ValueError(f"unknown event filter(s): {', '.join(sorted(unknown))}")
    where, params = [], []
    if v := filters.get("actor"):
        where.append("actor_text LIKE ?")
        params.append(f"%{_escape_like(str(v).lower())}%")
    if v := filters.get("country"):
        where.append("country_text LIKE ?")
        params.append(f"%|{_escape_like(str(v).upper())}|%")
    if v := filters.get("type"):
        if str(v).isdigit():
            where.append("starts_with(cameo, ?)")
            params.append(str(v))
        else:
            where.append("type = ?")
            params.append(str(v).upper())
    if v := filters.get("since"):
        where.append("date_end >= ?")
        params.append(check_day(v, "since"))
    if v := filters.get("until"):
        where.append("date_start <= ?")
        params.append(check_day(v, "until"))
    if v := filters.get("place"):
        if str(v).isdigit():
            where.append("place_geonameid = ?")
            params.append(int(v))
        else:
            where.append("place_name ILIKE ?")
            params.append(f"%{_escape_like(str(v))}%")
    if v := filters.get("source"):
        where.append("source_text LIKE ?")
        params.append(f"%{_escape_like(str(v).lower())}%")
    if v := filters.get("modality"):
        where.append("modality = ?")
        params.append(str(v).lower())
    if (v := filters.get("story")) is not None:
        where.append("story_id = ?")
        params.append(int(v))
    if (v := filters.get("min_confidence")) is not None:
        where.append("confidence >= ?")
        params.append(_confidence(v))
    return (" AND ".join(where) or "TRUE"), params


def _escape_like(text: str) -> str:
    """``text`` matched literally inside a LIKE pattern (DuckDB's default escape is none, so
    wildcards are dropped rather than escaped)."""
    return text.replace("%", "").replace("_", "")


def _confidence(value) -> float:
    try:
        found = float(value)
    except (TypeError, ValueError):
        found = -1.0
    if not 0.0 <= found <= 1.0:
        raise DatelineError("E407", detail=f"min_confidence must be a number from 0 to 1 (got {value!r})")
    return found


def check_day(value, option: str = "date") -> date:
    """A ``since``/``until`` filter as a date, or E004 naming ``option`` (the filter, or the
    command line's ``--since``)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise DatelineError("E004", option=option, value=value, example="2021-11-24 (YYYY-MM-DD)") from None



def select_events(con, filters: dict[str, Any], limit: int = 100, offset: int = 0,
                  newest: bool = False) -> list[dict[str, Any]]:
    """One page of events matching ``filters``, by date (``newest``: latest first). The page's ids
    are found first on the few columns the filters and the order need, then only those rows are
    read whole: sorting whole rows of a million-event table costs ten times more."""
    where, params = event_filters(filters)
    order = "date_start DESC NULLS LAST, id DESC" if newest else "date_start NULLS LAST, id"
    ids = [r[0] for r in con.execute(
        f"SELECT id FROM events WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        params + [limit, offset]).fetchall()]
    if not ids:
        return []
    # one list parameter: an IN list of 100 placeholders is planned as 100 comparisons (4x slower)
    cursor = con.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE id IN (SELECT unnest(?::BIGINT[])) "
                         f"ORDER BY {order}", [ids])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


# --- read-only SQL ---------------------------------------------------------------------------------

# Statements that only read: SELECT in all its forms (WITH, FROM-first, VALUES, TABLE, DESCRIBE,
# SHOW, SUMMARIZE) and EXPLAIN.
_READING_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


def check_one_reading_statement(sql: str) -> None:
    """Raise E406 unless ``sql`` is exactly one statement that only reads, as DuckDB's own parser
    reads it (so a ';' inside a string is no second statement); E407 when it does not parse."""
    parser = duckdb.connect(":memory:")
    try:
        statements = parser.extract_statements(sql)
    except duckdb.Error as exc:
        raise DatelineError("E407", detail=str(exc).splitlines()[0]) from None
    finally:
        parser.close()
    if len(statements) != 1 or statements[0].type not in _READING_STATEMENTS:
        raise DatelineError("E406", detail="give one SELECT (or WITH, DESCRIBE, SHOW, EXPLAIN) statement")


def read_only_connection(path: str) -> duckdb.DuckDBPyConnection:
    """The store opened read-only, without access to other files (no COPY … TO, read_csv(…),
    ATTACH), with the configuration locked so a query cannot lift that. A store written by an
    older dateline is migrated first, as every other reader does (:class:`Store`), so a query
    sees the documented schema (a v9 store had no ``event_mentions.origin``)."""
    from .store import Store, StoreError, connect

    Store(path, read_only=True).close()
    con = connect(path, read_only=True)
    try:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except duckdb.Error as exc:  # pragma: no cover - depends on the DuckDB version
        con.close()
        raise StoreError("E403", path=path, detail=str(exc), writable="") from None
    return con


def run_sql(path: str, sql: str, limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement on the store at ``path``: (column names, rows)."""
    from .store import interruptible

    check_one_reading_statement(sql)
    con = read_only_connection(path)

    def run():
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        names = [d[0] for d in cursor.description]
        found = cursor.fetchmany(limit) if limit else cursor.fetchall()
        return names, found  # the connection is closed below, unfinished result or not

    try:
        return interruptible(con, run)  # a Ctrl-C stops a long query (KeyboardInterrupt)
    except duckdb.Error as exc:
        text = str(exc).splitlines()[0]
        code = "E406" if any(w in text.lower() for w in ("read-only", "read only", "external access",
                                                         "lock_configuration", "permission")) else "E407"
        raise DatelineError(code, detail=text) from None
    finally:
        con.close()


# --- output formats ----------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A JSON-friendly form of a DuckDB value."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render(names: list[str], found: list, fmt: str = "table", max_width: int = 40) -> str:
    """Rows (tuples or dicts) as a text table, JSON Lines or CSV."""
    tuples = [tuple(r[n] for n in names) if isinstance(r, dict) else tuple(r) for r in found]
    if fmt == "json":
        return "".join(json.dumps(dict(zip(names, plain(list(r)))), ensure_ascii=False) + "\n" for r in tuples)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([cell(v) for v in r] for r in tuples)
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}")
    cells = [[_clip(cell(v), max_width) for v in r] for r in tuples]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"
