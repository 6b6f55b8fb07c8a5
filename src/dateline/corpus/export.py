"""Exports of the store: JSON Lines, Parquet, and the three GDELT 2.0 tables.

* ``jsonl``: ``articles.jsonl`` (one Document JSON a line, dateline's public format),
  ``events.jsonl`` (merged events, each with its mentions) and ``stories.jsonl``;
* ``parquet``: one ``<table>.parquet`` per store table (DuckDB's own writer, streamed);
* ``gdelt-events`` / ``gdelt-mentions`` / ``gdelt-gkg``: tab-separated, no header, the GDELT 2.0
  column layouts (61, 16 and 27 columns), CAMEO codes as strings with their leading zeros, so
  that tools written for GDELT read them. Geography follows the GDELT 2.0 event codebook
  (:func:`gdelt.geography`): FIPS 10-4 country codes (Australia AS, Austria AU, United Kingdom
  UK), FullName "place, region, country", ADM1Code the FIPS country code plus the region code.
  Deviations, because dateline knows other things: a city's ``FeatureID`` is its GeoNames id (GDELT
  gives a GNS id), region codes are GeoNames' admin1 codes (FIPS for most countries; not for the
  UK, where GeoNames has ENG/SCT/WLS/NIR), and the tone columns are empty (dateline does not score tone).

Every file is written to a temporary name and renamed when complete, so a killed export never
leaves a truncated file under the final name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import gdelt
from .query import plain
from .store import Store, interruptible

GDELT_FORMATS = ("gdelt-events", "gdelt-mentions", "gdelt-gkg")
# "gdelt": the three GDELT tables at once (what `dateline watch --export gdelt` calls them)
FORMATS = ("jsonl", "parquet", "gdelt", *GDELT_FORMATS)

PARQUET_TABLES = ("articles", "actors", "mentions", "quotes", "timexes", "places", "amounts",
                  "events", "event_mentions", "stories")

FETCH = 2000  # rows fetched from DuckDB at a time: exports stream, memory stays flat


def export(store: Store, fmt: str, out: str | Path, min_confidence: float | None = None) -> list[Path]:
    """Write the store in format ``fmt`` into the folder ``out``; the files written.
    ``min_confidence``: gdelt-events keeps only events whose confidence is at least this, and
    gdelt-mentions only those events' mentions (the two files describe the same events)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt":
        return [path for table in GDELT_FORMATS for path in export(store, table, out, min_confidence)]
    if fmt == "jsonl":
        return [_write_lines(out / "articles.jsonl", _document_lines(store)),
                _write_lines(out / "events.jsonl", _event_lines(store)),
                _write_lines(out / "stories.jsonl", _story_lines(store))]
    if fmt == "parquet":
        return [_parquet(store, t, out / f"{t}.parquet") for t in PARQUET_TABLES]
    if fmt == "gdelt-events":
        found = gdelt_events(store, min_confidence=min_confidence)
    elif fmt == "gdelt-mentions":
        found = gdelt_mentions(store, min_confidence=min_confidence)
    else:
        found = gdelt_gkg(store)
    return [_write_lines(out / gdelt.FILES[fmt], ("\t".join(r) + "\n" for r in found))]


@contextmanager
def _partial(path: Path) -> Iterator[Path]:
    """The temporary name ``path`` is written under, renamed to ``path`` when the body ends; an
    export stopped by an error or a Ctrl-C removes it (a kill -9 leaves it, never ``path``)."""
    partial = path.with_name(path.name + ".partial")
    try:
        yield partial
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def _write_lines(path: Path, lines: Iterable[str]) -> Path:
    with _partial(path) as partial, open(partial, "w", encoding="utf-8", newline="") as f:
        for line in lines:
            f.write(line)
        f.flush()
        os.fsync(f.fileno())
    return path


def _parquet(store: Store, table: str, path: Path) -> Path:
    columns = "* EXCLUDE (minhash)" if table == "articles" else "*"
    with _partial(path) as partial, store.con.cursor() as cursor:
        target = str(partial).replace("'", "''")
        interruptible(cursor, lambda: cursor.execute(
            f"COPY (SELECT {columns} FROM {table}) TO '{target}' (FORMAT parquet)"))
    return path


def _stream(store: Store, sql: str, params: list | None = None) -> Iterator[dict[str, Any]]:
    with store.con.cursor() as cursor:
        interruptible(cursor, lambda: cursor.execute(sql, params or []))
        names = [d[0] for d in cursor.description]
        while True:
            chunk = interruptible(cursor, lambda: cursor.fetchmany(FETCH))
            if not chunk:
                break
            for r in chunk:
                yield dict(zip(names, r))


def _document_lines(store: Store) -> Iterator[str]:
    for r in _stream(store, "SELECT document FROM articles ORDER BY seq"):
        yield r["document"] + "\n"


def _event_lines(store: Store) -> Iterator[str]:
    sql = """SELECT e.*, (SELECT list({'article_id': m.article_id, 'kind': m.kind, 'start': m.start,
                 'end': m."end", 'text': m.text, 'date': m.date, 'source_name': m.source_name}
                 ORDER BY m.published, m.article_id, m.start)
                 FROM event_mentions m WHERE m.event_id = e.id) AS mentions
             FROM events e ORDER BY e.id"""
    for r in _stream(store, sql):
        yield json.dumps(plain(r), ensure_ascii=False) + "\n"


def _story_lines(store: Store) -> Iterator[str]:
    for r in _stream(store, "SELECT id FROM stories ORDER BY id"):
        story = store.story(r["id"])
        yield json.dumps(plain(story), ensure_ascii=False) + "\n"


# --- GDELT ----------------------------------------------------------------------------------------


def field(value: Any) -> str:
    """One TSV cell: no tabs or line breaks inside, None as empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def stamp(value: datetime | date | None) -> str:
    """GDELT's YYYYMMDDHHMMSS."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y%m%d") + "000000"


def alpha2(code: str | None) -> str:
    """ISO alpha-2 of an alpha-3 country code (regional codes such as WST have none)."""
    if not code:
        return ""
    if len(code) == 2:
        return code.upper()
    import pycountry

    found = pycountry.countries.get(alpha_3=code.upper())
    return found.alpha_2 if found else ""


def geo_type(feature: str | None, country: str | None) -> int:
    us = (country or "").upper() in ("USA", "US")
    if feature in gdelt.COUNTRY_FEATURES:
        return gdelt.GEO_COUNTRY
    if feature in gdelt.STATE_FEATURES:
        return gdelt.GEO_US_STATE if us else gdelt.GEO_WORLD_STATE
    return gdelt.GEO_US_CITY if us else gdelt.GEO_WORLD_CITY


def actor_code(country: str | None, sector: str | None) -> str:
    """The CAMEO actor code: country then role (``USAGOV``)."""
    return (country or "") + (sector or "")


def _actor_columns(names, countries, sectors) -> list[str]:
    name = (names or [None])[0]
    country = (countries or [None])[0]
    sector = (sectors or [None])[0]
    if not (name or country):
        return [""] * 10
    return [actor_code(country, sector), field(name.upper() if name else ""), field(country),
            "", "", "", "", field(sector), "", ""]


def _where(condition: str | None, min_confidence: float | None) -> str:
    """A WHERE clause of ``condition`` and, when given, the events' confidence floor."""
    conditions = [c for c in (condition, None if min_confidence is None
                              else f"e.confidence >= {float(min_confidence)!r}") if c]
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def gdelt_events(store: Store, after_event: int | None = None,
                 min_confidence: float | None = None, added: str | None = None) -> Iterator[list[str]]:
    """Rows of the GDELT 2.0 Event table (one per merged event); ``after_event``: only events
    with a larger id (those a crawl round added); ``min_confidence``: only events at least this
    sure; ``added``: the DATEADDED of every row (an update file's timestamp, as GDELT's 15-minute
    files have), else each event's ``first_seen``."""
    where = _where(f"e.id > {int(after_event)}" if after_event is not None else None, min_confidence)
    sql = f"""SELECT e.*, a.id AS article_id,
                    coalesce(a.url, (SELECT b.url FROM event_mentions m JOIN articles b ON b.id = m.article_id
                                     WHERE m.event_id = e.id AND b.url IS NOT NULL
                                     ORDER BY m.published, b.seq LIMIT 1)) AS url,
                    (SELECT bool_or(m.in_lead) FROM event_mentions m WHERE m.event_id = e.id) AS in_lead
             FROM events e LEFT JOIN articles a ON a.id = e.first_article_id {where} ORDER BY e.id"""
    for e in _stream(store, sql):
        day = e["date_start"]
        cameo = e["cameo"] or ""
        if e["place_geonameid"] is not None or e["place_name"]:
            geo = [field(c) for c in gdelt.geography(e["place_geonameid"], e["place_name"], e["place_country"],
                                                     e["place_feature"], e["place_lat"], e["place_lon"])]
        else:
            geo = [""] * 8
        row = [str(e["id"]),
               day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
               str(day.year) if day else "",
               f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""]
        row += _actor_columns(e["source_names"], e["source_countries"], e["source_sectors"])
        row += _actor_columns(e["target_names"], e["target_countries"], e["target_sectors"])
        row += ["1" if e["in_lead"] else "0", cameo, cameo[:3], cameo[:2],
                field(e["quad_class"]), field(e["goldstein"]),
                str(e["n_mentions"] or 0), str(e["n_sources"] or 0), str(e["n_articles"] or 0), ""]
        # Actor geography is not resolved separately: only the action has a place.
        row += [""] * 8 + [""] * 8 + geo
        row += [added or stamp(e["first_seen"]), field(e["url"] or e["article_id"])]
        assert len(row) == len(gdelt.EVENT_COLUMNS)
        yield row


def gdelt_mentions(store: Store, after_seq: int | None = None, added: str | None = None,
                   after_event: int | None = None, min_confidence: float | None = None) -> Iterator[list[str]]:
    """Rows of the GDELT 2.0 Mentions table (one per evidence span); ``after_seq``: only the
    mentions in articles stored after that one (a crawl round's articles). ``added``: an update
    file's timestamp, used as MentionTimeDate (when the mention was harvested) and, for events
    with an id above ``after_event`` (new in that file), as EventTimeDate, as GDELT does.
    ``min_confidence``: only mentions of events at least this sure (those the events file has)."""
    where = _where(f"a.seq > {int(after_seq)}" if after_seq is not None else None, min_confidence)
    sql = f"""SELECT m.*, e.first_seen, a.url, a.text_length, a.document IS NOT NULL AS has_doc
             FROM event_mentions m JOIN events e ON e.id = m.event_id
             JOIN articles a ON a.id = m.article_id {where}
             ORDER BY m.event_id, m.published, m.article_id, m.start"""
    for m in _stream(store, sql):
        new = added and after_event is not None and m["event_id"] > after_event
        row = [str(m["event_id"]), added if new else stamp(m["first_seen"]), added or stamp(m["published"]),
               str(gdelt.MENTION_WEB), field(m["source_name"]), field(m["url"] or m["article_id"]),
               "", _offset(m["source_offset"]), _offset(m["target_offset"]),
               str(m["trigger_start"]), "1", str(round(100 * (m["confidence"] or 0))),
               str(m["text_length"] or 0), "", "", ""]
        assert len(row) == len(gdelt.MENTION_COLUMNS)
        yield row


def _offset(value) -> str:
    return "-1" if value is None else str(value)


def gdelt_gkg(store: Store) -> Iterator[list[str]]:
    """Rows of the GDELT 2.1 GKG table (one per article)."""
    for a in _stream(store, "SELECT seq, id, url, published, title, source_name, document FROM articles ORDER BY seq"):
        from ..model import Document

        doc = Document.from_dict(json.loads(a["document"]))
        when = _published(doc.published)
        # GDELT lists names: an actor the text only describes ("senators", "the man") is left out
        named = [x for x in doc.actors if any(m.kind == "name" for m in x.mentions)]
        persons = [(x.name, _first(x)) for x in named if x.kind == "person"]
        orgs = [(x.name, _first(x)) for x in named if x.kind in ("organization", "group")]
        v1_loc, v2_loc = [], []
        for p in doc.places:
            if p.lat is None:
                continue
            kind, full, code, adm1, _, _, _, feature = gdelt.geography(p.geonameid, p.name or p.text, p.country,
                                                                         p.feature, p.lat, p.lon)
            name = field(full).replace("#", " ").replace(";", " ")
            v1_loc.append(f"{kind}#{name}#{code}#{adm1}#{p.lat:.4f}#{p.lon:.4f}#{feature}")
            v2_loc.append(f"{kind}#{name}#{code}#{adm1}##{p.lat:.4f}#{p.lon:.4f}#{feature}#{p.start}")
        dates = [d for d in (_gkg_date(t) for t in doc.timexes) if d]
        quotes = ["|".join([str(q.start), str(q.end - q.start), _clean(q.cue.text if q.cue else ""),
                            _clean(q.text)]) for q in doc.quotes]
        names = [f"{_clean(n)},{o}" for n, o in sorted(persons + orgs, key=lambda x: x[1])]
        amounts = [f"{m.value:g},{_clean(m.object or m.unit or '')},{m.start}"
                   for m in doc.amounts if m.value is not None]
        title = (doc.title or "").replace("<", " ").replace(">", " ")
        row = [f"{stamp(when) or '00000000000000'}-{a['seq']}", stamp(when), str(gdelt.COLLECTION_WEB),
               field(a["source_name"]), field(a["url"] or a["id"]), "", "", "", "",
               ";".join(dict.fromkeys(v1_loc)), ";".join(v2_loc),  # V1: each place once; V2: each mention
               ";".join(_clean(n) for n, _ in persons), ";".join(f"{_clean(n)},{o}" for n, o in persons),
               ";".join(_clean(n) for n, _ in orgs), ";".join(f"{_clean(n)},{o}" for n, o in orgs),
               "", ";".join(dates), "", "", "", "", "", "#".join(quotes), ";".join(names),
               ";".join(amounts), "", field(f"<PAGE_TITLE>{title}</PAGE_TITLE>" if title else "")]
        assert len(row) == len(gdelt.GKG_COLUMNS)
        yield [field(c) for c in row]


def _first(actor) -> int:
    return min((m.start for m in actor.mentions), default=-1)


def _clean(text: str) -> str:
    """Text inside a GKG list: none of its separators."""
    for ch in "\t\n\r;#|,":
        text = text.replace(ch, " ")
    return text.strip()


def _published(value: str | None) -> datetime | None:
    from ..pipeline import parse_published

    found = parse_published(value)
    if isinstance(found, date) and not isinstance(found, datetime):
        return datetime(found.year, found.month, found.day)
    return found.replace(tzinfo=None) if found else None


def _gkg_date(timex) -> str | None:
    """GKG V2.1ENHANCEDDATES entry: resolution#month#day#year#offset."""
    v = timex.value or ""
    if timex.type != "DATE":
        return None
    parts = v.split("-")
    try:
        if len(parts) >= 3 and parts[0].isdigit() and parts[1].isdigit() and parts[2][:2].isdigit():
            return f"4#{int(parts[1])}#{int(parts[2][:2])}#{int(parts[0])}#{timex.start}"
        if len(parts) >= 3 and parts[0] == "XXXX" and parts[1].isdigit() and parts[2][:2].isdigit():
            return f"3#{int(parts[1])}#{int(parts[2][:2])}#0#{timex.start}"
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            return f"2#{int(parts[1])}#0#{int(parts[0])}#{timex.start}"
        if len(parts) == 1 and v.isdigit() and len(v) == 4:
            return f"1#0#0#{int(v)}#{timex.start}"
    except ValueError:
        return None
    return None
