"""Normalisers of periods: fiscal quarters and halves, the year-ago period of a report, durations,
clock times and sets (see ``normalize.py`` for the registry and the anchoring rules)."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from . import lexicon as lx
from .context import (DATE, DURATION, SET, TIME, Resolved, month_of, parse_count, pod_code,
                      reference_day, tense_of, unit_of, year_of)


# --- quarters and halves ---------------------------------------------------------------------


def quarter_number(word: str) -> int:
    w = word.lower()
    return {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(w, 4)


def _year_from_groups(g, ctx, *, names=("year", "year2"), rels=("relyear", "relyear2")):
    for name in names:
        if g.get(name):
            return year_of(g[name], ctx.anchor)
    for name in rels:
        if g.get(name):
            offset = {"this": 0, "last": -1, "next": 1}[g[name].lower()]
            return ctx.anchor.year + offset if ctx.anchor else None
    return None


def _is_year_ago(words: str | None) -> bool:
    return bool(words) and bool(re.search(r"year-(?:earlier|ago)|prior-year|previous-year|"
                                          r"a\s+year\s+(?:ago|earlier)|last\s+year|^last$",
                                          words.lower().strip()))


def norm_quarter(m, ctx):
    g = m.groupdict()
    if g.get("n"):  # "the first two quarters of 2005"
        year = _year_from_groups(g, ctx)
        count = 2 if g["count"].lower() == "two" else 3
        if count == 2:
            half = 1 if g["n"].lower() == "first" else 2
            return Resolved(DATE, f"{year:04d}-H{half}" if year else f"XXXX-H{half}")
        return Resolved(DURATION, "P3Q")
    q = quarter_number(g["q"])
    year = _year_from_groups(g, ctx)
    if year is None:
        if ctx.anchor is None:
            return Resolved(DATE, f"XXXX-Q{q}")
        year = ctx.anchor.year
        started = date(year, 3 * q - 2, 1) <= ctx.anchor
        if not started and tense_of(m, ctx) == "past":
            year -= 1
        if _is_year_ago(g.get("ago")):
            return Resolved(DATE, f"{year - 1:04d}-Q{q}", is_reference=False)
    return Resolved(DATE, f"{year:04d}-Q{q}")


def norm_half(m, ctx):
    g = m.groupdict()
    h = lx.HALVES[g["h"].lower()]
    year = _year_from_groups(g, ctx, names=("year",), rels=("relyear", "relyear2"))
    if year is None:
        if ctx.anchor is None:
            return Resolved(DATE, f"XXXX-H{h}")
        year = ctx.anchor.year
    return Resolved(DATE, f"{year:04d}-H{h}")


def _latest_quarter(ctx) -> str | None:
    """The quarter a report is about: the last one the article named, else the last one that
    ended before the anchor."""
    if ctx.reference_quarter:
        return ctx.reference_quarter
    if ctx.anchor is None:
        return None
    year, q = cal.add_quarters(ctx.anchor.year, cal.quarter_of(ctx.anchor), -1)
    return f"{year:04d}-Q{q}"


def norm_period_ref(m, ctx):
    g = m.groupdict()
    ref = re.sub(r"\s+", " ", (g.get("ref") or "").lower()).strip()
    unit = re.sub(r"\s+", " ", g["unit"].lower())
    if unit in ("nine months", "six months"):
        return Resolved(DURATION, "P9M" if unit.startswith("nine") else "P6M")
    year_ago = _is_year_ago(ref) or _is_year_ago(g.get("ago"))
    if unit == "half":
        base = ctx.anchor
        if base is None:
            return Resolved(DATE, "XXXX-HX")
        h = 1 if base.month <= 6 else 2
        return Resolved(DATE, f"{base.year - (1 if year_ago else 0):04d}-H{h}", not year_ago)
    if ref in ("this", "current") and ctx.anchor:
        value = cal.value_at(ctx.anchor, "quarter")
    elif ref in ("last", "previous") and ctx.anchor:
        value = cal.value_at(cal.shift_date(ctx.anchor, "quarter", -1), "quarter")
    elif ref == "next" and ctx.anchor:
        value = cal.value_at(cal.shift_date(ctx.anchor, "quarter", 1), "quarter")
    elif re.search(r"latest|recent|just", ref) and ctx.anchor:
        year, q = cal.add_quarters(ctx.anchor.year, cal.quarter_of(ctx.anchor), -1)
        value = f"{year:04d}-Q{q}"
    else:
        value = _latest_quarter(ctx)
    if value is None:
        return Resolved(DATE, "XXXX-QX")
    if year_ago:
        return Resolved(DATE, cal.shift_value_years(value, -1) or value, is_reference=False)
    return Resolved(DATE, value, is_reference=ref in ("this", "current", "last", "previous", "next"))


def year_ago_value(ctx, anaphoric: bool = True) -> str | None:
    """The period a year before the one the article is about: its last quarter, else the last
    month or year it named, else the anchor's year. "a year ago" and "year-ago" (``anaphoric``
    False) count back from the current period, so only a reference in the anchor's year serves."""
    ref = ctx.reference
    current = ctx.anchor.year if ctx.anchor else None

    def usable(value: str | None) -> bool:
        return bool(value) and (anaphoric or current is None or int(value[:4]) >= current)

    if usable(ctx.reference_quarter) and (ref is None or len(ref) > 7 or ref == ctx.reference_quarter):
        return cal.shift_value_years(ctx.reference_quarter, -1)
    if usable(ref) and re.fullmatch(r"\d{4}(?:-(?:\d\d|Q\d|H\d|SU|SP|FA|WI))?", ref):
        return cal.shift_value_years(ref, -1)
    if usable(ref) and cal.is_day(ref):
        return f"{int(ref[:4]) - 1:04d}"
    return f"{current - 1:04d}" if current else None


def norm_year_ago_adj(m, ctx):
    value = year_ago_value(ctx, anaphoric=False)
    return Resolved(DATE, value or "XXXX", is_reference=False)


def norm_year_end(m, ctx):
    rel = (m.group("relyear") or "").strip().lower()
    if ctx.anchor is None:
        return Resolved(DATE, "XXXX-12-31")
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    return Resolved(DATE, f"{year:04d}-12-31")


# --- durations -------------------------------------------------------------------------------

# Fractions of a unit written in the next smaller one (P2.5Y -> P30M, half an hour -> PT30M).
SMALLER_UNIT = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60),
                "minute": ("second", 60), "week": ("day", 7), "decade": ("year", 10),
                "century": ("year", 100)}


def duration_of(count: float | None, unit: str) -> str:
    unit = unit_of(unit)
    if count is not None and not float(count).is_integer() and unit in SMALLER_UNIT:
        smaller, factor = SMALLER_UNIT[unit]
        whole, rest = int(count), (count - int(count)) * factor
        if float(rest).is_integer():
            if not whole:
                return duration_of(rest, smaller)
            head = duration_of(whole, unit)
            tail = duration_of(rest, smaller)
            # P2Y + P6M -> P2Y6M; PT1M + PT30S -> PT1M30S; P1D + PT12H -> P1DT12H
            return head + (tail[2:] if tail.startswith("PT") and "T" in head else tail[1:])
    designator, multiplier, is_time = lx.UNITS[unit]
    amount = None if count is None else count * multiplier
    return cal.duration_value(amount, designator, is_time)


def norm_duration(m, ctx):
    g = m.groupdict()
    num = re.sub(r"\s+", " ", g["num"].lower())
    unit = unit_of(g["unit"])
    if num in ("a", "an") and unit == "second":
        return None  # "a second time"
    if num in ("a", "an", "one") and unit == "night" and not g.get("rel"):
        return None  # "one night in May" is a date
    if g.get("suffix") and "old" in g["suffix"].lower() and unit in ("year", "decade", "century"):
        return None  # a person's age ("a 44-year-old"), not a period
    if unit == "quarter" and re.match(r"\s+(?:of|million|billion|trillion|before|after|past|"
                                      r"to|mile|inch|pound)\b", ctx.text[m.end():m.end() + 10]):
        return None  # a fraction: "three-quarters of the vote", "a quarter million", "a quarter
        # before 11"
    count = parse_count(num) if num else 1.0  # "day-long": one unit
    if re.search(r"and\s+a\s+half", m.group(0), re.I) and count is not None:
        count += 0.5
    return Resolved(DURATION, duration_of(count, unit), is_reference=False)


def norm_the_unit(m, ctx):
    """"the year", "the week": the anchor's own (in news "by the end of the year" is this one);
    "the year ended Sept. 30" is a year's span."""
    g = m.groupdict()
    unit = "year" if "year" in g["unit"].lower() else g["unit"].lower()
    if g.get("ended"):
        return Resolved(DURATION, duration_of(1, unit), is_reference=False)
    if ctx.anchor is None:
        return Resolved(DATE, cal.underspecified(unit))
    return Resolved(DATE, cal.value_at(ctx.anchor, unit), is_reference=False)


def norm_vague_units(m, ctx):
    unit = unit_of(m.group("unit"))
    return Resolved(DURATION, duration_of(None, unit), is_reference=False)


def norm_fuzzy(m, ctx):
    word = re.sub(r"\s+", " ", m.group("word").lower())
    return Resolved(DATE, lx.FUZZY[word], is_reference=False)


# --- clock times -----------------------------------------------------------------------------


def norm_clock(m, ctx):
    g = m.groupdict()
    if g.get("word"):
        clock = lx.CLOCK_WORDS[g["word"].lower()]
    else:
        hour_text = g["hour"].lower()
        hour = int(hour_text) if hour_text.isdigit() else int(lx.NUMBER_WORDS[hour_text])
        minute = int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower()
        pod = (g.get("pod") or "").lower()
        if ampm.startswith("p") or pod in ("afternoon", "evening"):
            hour = hour % 12 + 12
        elif ampm.startswith("a") or pod == "morning":
            hour = hour % 12
        clock = f"{hour:02d}:{minute:02d}"
    # a clock time belongs to the day the story is at (the last day it named: reference_day, not
    # a day after the anchor in a past-tense clause), else the anchor
    day = reference_day(m, ctx) or (ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX")
    return Resolved(TIME, f"{day}T{clock}", is_reference=False)


# --- sets ------------------------------------------------------------------------------------


def norm_set(m, ctx):
    g = m.groupdict()
    if g.get("freq"):
        return Resolved(SET, lx.FREQUENCY_WORDS[g["freq"].lower()], is_reference=False)
    if g.get("wd"):
        weekday = lx.WEEKDAYS[g["wd"].lower()]
        pod = pod_code((g.get("pod") or "").rstrip("s")) if g.get("pod") else None
        return Resolved(SET, f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""), is_reference=False)
    unit = g["unit"].lower()
    if unit in lx.WEEKDAYS:
        return Resolved(SET, f"XXXX-WXX-{lx.WEEKDAYS[unit]}", is_reference=False)
    if month_of(unit):
        return Resolved(SET, f"XXXX-{month_of(unit):02d}", is_reference=False)
    if unit in lx.SEASONS:
        return Resolved(SET, f"XXXX-{lx.SEASONS[unit]}", is_reference=False)
    if unit in lx.PARTS_OF_DAY:
        return Resolved(SET, f"XXXX-XX-XXT{lx.PARTS_OF_DAY[unit]}", is_reference=False)
    if unit == "weekend":
        return Resolved(SET, "XXXX-WXX-WE", is_reference=False)
    count = parse_count(g.get("num")) if g.get("num") else 1.0
    if g.get("other"):
        count = 2.0
    return Resolved(SET, duration_of(count or 1.0, unit), is_reference=False)
