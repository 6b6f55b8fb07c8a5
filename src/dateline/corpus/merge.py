"""Event merging across articles: mentions of one occurrence become one ``events`` row.

Two event mentions are the same occurrence when they have the same PLOVER type and modality,
their date intervals overlap (with :data:`rules.DATE_SLACK_DAYS` of slack), their places are the
same or nearby, and their actors are compatible: no side (source, target) conflicts and at least
one side matches by name or by country and sector. Copies of one article (``duplicate_of``) merge
their events even when the actors are unknown, since the same text reports the same thing.

A mention never merges into an event that already has a mention from the same article: the
events stage decides what one article reports once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pyarrow as pa

from ..geodesy import km
from ..time.calendar import SEASON_START_MONTH, season_end
from . import rules

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")


def interval(value: str | None, published: date | None) -> tuple[date, date] | None:
    """The calendar interval a TIMEX3 value denotes; the publication date when there is no value
    (or PRESENT_REF); None when it is unknowable (XXXX-…, PAST_REF) or unparseable."""
    if not value or value == "PRESENT_REF":
        return (published, published) if published else None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            start = date(int(m[1]), int(m[2]), 1)
            end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            return start, end
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := _QUARTER.match(value):
            q = int(m[2])
            start = date(int(m[1]), 3 * q - 2, 1)
            end = (date(int(m[1]) + (q == 4), (3 * q) % 12 + 1, 1)) - timedelta(days=1)
            return start, end
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _HALF.match(value):
            year = int(m[1])
            return (date(year, 1, 1), date(year, 6, 30)) if m[2] == "1" else (date(year, 7, 1), date(year, 12, 31))
        if m := _SEASON.match(value):
            # the time stage's seasons: meteorological, northern hemisphere; "2018-WI" is
            # December 2018 to February 2019
            year, season = int(m[1]), m[2]
            return date(year, SEASON_START_MONTH[season], 1), season_end(year, season)
    except ValueError:
        return None
    return None


def mergeable(span: tuple[date, date] | None) -> bool:
    return span is not None and (span[1] - span[0]).days < rules.MAX_INTERVAL_DAYS


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    slack = timedelta(days=rules.DATE_SLACK_DAYS)
    return a[0] - slack <= b[1] and b[0] - slack <= a[1]


@dataclass(slots=True)
class Side:
    names: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()

    @property
    def known(self) -> bool:
        return bool(self.names or self.countries)

    def compare(self, other: "Side") -> str:
        """"match", "unknown" (one side has no actor) or "conflict"."""
        if not self.known or not other.known:
            return "unknown"
        if self.names & other.names:
            return "match"
        if self.countries & other.countries:
            if self.sectors and other.sectors:
                return "match" if self.sectors & other.sectors else "conflict"
            # A sector missing on a side: two differently named actors of one country ("Donald
            # Trump", USA GOV, and "the Recording Industry Association", USA; two candidates with
            # no office) are two parties. Without names the country is all there is to go on.
            return "conflict" if self.names and other.names else "match"
        return "conflict"


@dataclass(slots=True)
class Place:
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None

    def compatible(self, other: "Place") -> bool:
        if self.geonameid is None and self.lat is None or other.geonameid is None and other.lat is None:
            return True  # a place unknown on one side does not tell them apart
        if self.geonameid is not None and self.geonameid == other.geonameid:
            return True
        if (self.feature in rules.AREA_FEATURES or other.feature in rules.AREA_FEATURES) and \
                self.country and self.country == other.country:
            return True
        if None not in (self.lat, self.lon, other.lat, other.lon):
            return km(self.lat, self.lon, other.lat, other.lon) <= rules.NEARBY_KM
        return False


@dataclass(slots=True)
class Occurrence:
    """What the merge compares: an event as stored, or a new mention of one."""

    type: str
    modality: str
    span: tuple[date, date] | None
    source: Side
    target: Side
    place: Place
    articles: set[str] = field(default_factory=set)  # articles that mention it
    roots: set[str] = field(default_factory=set)     # their originals (duplicate_of or self)
    event_id: int | None = None


def compatible(a: Occurrence, b: Occurrence) -> int:
    """0 when ``a`` and ``b`` are different occurrences, else a score (higher: surer)."""
    if a.type != b.type or a.modality != b.modality:
        return 0
    if not (mergeable(a.span) and mergeable(b.span) and overlaps(a.span, b.span)):
        return 0
    if a.articles & b.articles or not a.place.compatible(b.place):
        return 0
    copies = bool(a.roots & b.roots)
    orientations = [(a.source, a.target)]
    if a.type in rules.SYMMETRIC_TYPES:
        orientations.append((a.target, a.source))
    best = 0
    for source, target in orientations:
        verdicts = (source.compare(b.source), target.compare(b.target))
        if "conflict" in verdicts:
            continue
        matched = verdicts.count("match")
        if matched or copies:
            best = max(best, 1 + matched + copies + (a.span == b.span))
    return best


def occurrence_of_row(row: dict[str, Any]) -> Occurrence:
    """An :class:`Occurrence` for an ``events`` row (with its ``articles`` and ``roots`` lists)."""
    span = (row["date_start"], row["date_end"]) if row["date_start"] else None
    return Occurrence(
        type=row["type"], modality=row["modality"], span=span,
        source=Side(_lower(row["source_names"]), frozenset(row["source_countries"] or ()),
                    frozenset(row["source_sectors"] or ())),
        target=Side(_lower(row["target_names"]), frozenset(row["target_countries"] or ()),
                    frozenset(row["target_sectors"] or ())),
        place=Place(row["place_geonameid"], row["place_country"], row["place_lat"],
                    row["place_lon"], row["place_feature"]),
        articles=set(row.get("articles") or ()), roots=set(row.get("roots") or ()),
        event_id=row["id"])


def _lower(names) -> frozenset[str]:
    return frozenset(n.lower() for n in names or () if n)


def _keys(o: Occurrence) -> list[str]:
    """What a candidate must share with ``o`` for :func:`compatible` to match a side: a name
    (lower-cased) or a country of either side."""
    sides = (o.source, o.target)
    return sorted({"n:" + n for s in sides for n in s.names} | {"c:" + c for s in sides for c in s.countries})


# The keys of a stored event, as _keys gives them for a probe.
_EVENT_KEYS = """list_concat(
    list_transform(list_concat(coalesce(e.source_names, []), coalesce(e.target_names, [])), lambda x: 'n:' || lower(x)),
    list_transform(list_concat(coalesce(e.source_countries, []), coalesce(e.target_countries, [])), lambda x: 'c:' || x))"""


_EPOCH = date(1970, 1, 1)
_BUCKET_DAYS = 32  # about the longest mergeable interval: a probe looks in two or three buckets


def _bucket(day: date) -> int:
    """The date bucket of an event that starts on ``day``."""
    return (day - _EPOCH).days // _BUCKET_DAYS


def _start_buckets(span: tuple[date, date]) -> range:
    """The buckets a mergeable event overlapping ``span`` (with the slack) can start in: less
    than MAX_INTERVAL_DAYS before the span's start less the slack, at the latest on its end plus
    the slack."""
    slack = timedelta(days=rules.DATE_SLACK_DAYS)
    first = span[0] - slack - timedelta(days=rules.MAX_INTERVAL_DAYS - 1)
    return range(_bucket(first), _bucket(span[1] + slack) + 1)


def candidate_events(con, probes: list[Occurrence]) -> list[Occurrence]:
    """Stored events that may be the same occurrence as one of ``probes``: same type and
    modality, overlapping date, and a name or country in common, or a mention in a copy of the
    probe's article (what :func:`compatible` needs to merge them), in the order of their ids. One
    join in DuckDB that returns only these: the type and date alone let through every event of
    the type in the window, and the join on the type alone every event of the type: numbers (and
    costs) that grew with the corpus."""
    keyed = [p for p in probes if mergeable(p.span)]
    if not keyed:
        return []
    slack = timedelta(days=rules.DATE_SLACK_DAYS)
    # One probe row per date bucket its candidates may start in: a mergeable stored event starts
    # less than MAX_INTERVAL_DAYS before the probe's ``lo`` and at the latest on its ``hi``. Joined
    # on the bucket, a probe meets the events of its weeks, not every event of its type.
    rows: dict[str, list] = {"type": [], "modality": [], "lo": [], "hi": [], "bucket": [], "keys": [], "roots": []}
    for p in keyed:
        lo, hi = p.span[0] - slack, p.span[1] + slack
        for bucket in _start_buckets(p.span):
            for name, value in (("type", p.type), ("modality", p.modality), ("lo", lo), ("hi", hi),
                                ("bucket", bucket), ("keys", _keys(p)), ("roots", sorted(p.roots - p.articles))):
                rows[name].append(value)
    table = pa.table({"type": pa.array(rows["type"], pa.string()), "modality": pa.array(rows["modality"], pa.string()),
                      "lo": pa.array(rows["lo"], pa.date32()), "hi": pa.array(rows["hi"], pa.date32()),
                      "bucket": pa.array(rows["bucket"], pa.int64()),
                      "keys": pa.array(rows["keys"], pa.list_(pa.string())),
                      "roots": pa.array(rows["roots"], pa.list_(pa.string()))})
    copies = sorted({r for p in keyed for r in p.roots - p.articles})
    # events reported by an article whose original is one of the copies' originals
    copied = """SELECT DISTINCT m.event_id AS id FROM event_mentions m JOIN articles a ON a.id = m.article_id
                WHERE coalesce(a.duplicate_of, a.id) IN (SELECT unnest(roots) FROM merge_probes)"""
    con.register("merge_probes", table)
    try:
        cursor = con.execute(f"""
            WITH copied AS ({copied if copies else "SELECT NULL::BIGINT AS id WHERE false"}),
            hits AS (
                SELECT DISTINCT e.id FROM events e JOIN merge_probes p
                  ON e.type = p.type AND e.modality = p.modality
                 AND (e.date_start - DATE '1970-01-01') // {_BUCKET_DAYS} = p.bucket
                 AND e.date_start <= p.hi AND e.date_end >= p.lo
                 AND e.date_end - e.date_start < {rules.MAX_INTERVAL_DAYS}
                WHERE list_has_any(p.keys, {_EVENT_KEYS}) OR e.id IN (SELECT id FROM copied)),
            reports AS (
                SELECT m.event_id, list(DISTINCT m.article_id) AS articles,
                       list(DISTINCT coalesce(a.duplicate_of, a.id)) AS roots
                FROM event_mentions m JOIN hits h ON h.id = m.event_id
                JOIN articles a ON a.id = m.article_id GROUP BY m.event_id)
            SELECT e.*, r.articles, r.roots FROM events e JOIN reports r ON r.event_id = e.id
            ORDER BY e.id""")
        names = [d[0] for d in cursor.description]
        return [occurrence_of_row(dict(zip(names, r))) for r in cursor.fetchall()]
    finally:
        con.unregister("merge_probes")


def assign(probes: list[Occurrence], candidates: list[Occurrence], next_id: int) -> tuple[list[int], list[int]]:
    """Give each probe (a new event mention, in ingest order) an event id: the best compatible
    candidate's (the first of equals), or a new one. Returns (ids, indexes of the probes that
    opened a new event)."""
    # Only a candidate of the same type and modality whose dates can overlap the probe's can be
    # compatible: the pool is keyed on the type, the modality and the bucket of the start date, and
    # a probe is compared with the candidates of its buckets alone, in pool order (the first of
    # equals wins, as over the whole pool). Keyed on the type and modality only, a probe met every
    # candidate of its type in the batch's years, a number that grew with the store (4,325
    # candidates for a 1,000-article batch into 10,000 articles, 522 into an empty store).
    pool: dict[tuple[str, str, int], list[tuple[int, Occurrence]]] = {}
    added = 0

    def put(o: Occurrence):
        nonlocal added
        if mergeable(o.span):  # an unmergeable event is compatible with nothing
            pool.setdefault((o.type, o.modality, _bucket(o.span[0])), []).append((added, o))
            added += 1

    for cand in candidates:
        put(cand)
    ids: list[int] = []
    opened: list[int] = []
    for i, probe in enumerate(probes):
        best, score = None, 0
        if mergeable(probe.span):
            near = [c for b in _start_buckets(probe.span) for c in pool.get((probe.type, probe.modality, b), ())]
            for _, cand in sorted(near, key=lambda c: c[0]):
                s = compatible(probe, cand)
                if s > score:
                    best, score = cand, s
        if best is None:
            probe.event_id = next_id
            next_id += 1
            opened.append(i)
            put(probe)
            ids.append(probe.event_id)
        else:
            best.articles |= probe.articles
            best.roots |= probe.roots
            ids.append(best.event_id)
    return ids, opened


def as_timestamp(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)
