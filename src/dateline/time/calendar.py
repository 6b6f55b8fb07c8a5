"""Calendar arithmetic on the anchor date and TIMEX3 value strings.

Values are TIMEX3 strings at the granularity the expression names: ``2021`` (year),
``2021-10`` (month), ``2021-11-23`` (day), ``2021-W48`` (ISO week), ``2021-Q3`` (quarter),
``2021-H2`` (half year), ``2021-SU`` (season), ``198`` (decade), ``19`` (century).
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

# First month of each TIMEX3 season (northern hemisphere, meteorological seasons).
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_date(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "fortnight"):
        return d + timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
    year, month = add_months(d.year, d.month, months)
    last = _calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def value_at(d: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` that contains ``d``."""
    if unit in ("day", "night"):
        return day_value(d)
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "weekend":
        return week_value(d) + "-WE"
    if unit == "month":
        return month_value(d.year, d.month)
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def underspecified(unit: str) -> str:
    """The value of a relative expression when there is no anchor: the year is unknowable."""
    return {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "half": "XXXX-HX", "decade": "XXX", "century": "XX"}.get(unit, "XXXX")


def weekday_date(anchor: date, weekday: int, direction: int) -> date:
    """The date of ISO ``weekday`` (1 = Monday) near ``anchor``.

    direction -1: the latest one on or before the anchor (news reports "said Friday" on the day);
    +1: the first one on or after the anchor; 0: the one in the anchor's ISO week.
    """
    delta = weekday - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + timedelta(days=delta)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month (``n`` = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, _calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def season_year(anchor: date, season: str, tense: str | None) -> int:
    """The year of a season named without one: past tense -> the latest that has begun,
    future -> the next that has not ended, otherwise the anchor's own year's."""
    start = date(anchor.year, SEASON_START_MONTH[season], 1)
    year = anchor.year
    if season == "WI" and anchor.month <= 2:
        year -= 1  # January and February belong to the winter that began in December
        start = date(year, 12, 1)
    if tense == "past" and start > anchor:
        year -= 1
    elif tense == "future" and season_end(year, season) < anchor:
        year += 1
    return year


def season_end(year: int, season: str) -> date:
    start_month = SEASON_START_MONTH[season]
    end_year, end_month = add_months(year, start_month, 2)
    return date(end_year, end_month, _calendar.monthrange(end_year, end_month)[1])


# How far (in days) the tense may pull a month or a day-and-month named without a year away
# from its nearest occurrence: "said on Nov. 20" published Nov. 2 is still the coming Nov. 20
# (the verb is the report's, not the event's). Calibrated on TimeBank+AQUAINT (value F1 of the
# whole stage): 183 days 0.806, 240 days 0.809, 300 days 0.810, 365 days (the tense always
# wins) 0.803.
TENSE_REACH_DAYS = 300


def year_for_month(anchor: date, month: int, tense: str | None, day: int | None = None) -> int:
    """The year of a month (or month and day) named without one: the occurrence nearest the
    anchor, unless the tense of its clause points to the other side within half a year."""
    def first_day(year: int) -> date:
        return safe_date(year, month, day or 1) or date(year, month, 28)

    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    # a whole month counts as "at" the anchor while the anchor is inside it
    def distance(year: int) -> int:
        start = first_day(year)
        if day is None:
            end_year, end_month = add_months(year, month, 1)
            if start <= anchor < date(end_year, end_month, 1):
                return 0
            return min(abs((start - anchor).days), abs((date(end_year, end_month, 1) - anchor).days))
        return abs((start - anchor).days)

    nearest = min(candidates, key=distance)
    if tense in ("past", "future") and distance(nearest) > 0:
        before = max((y for y in candidates if first_day(y) <= anchor), default=nearest)
        after = min((y for y in candidates if first_day(y) >= anchor), default=nearest)
        wanted = before if tense == "past" else after
        if distance(wanted) <= TENSE_REACH_DAYS:
            return wanted
    return nearest


_YEAR_PREFIX = re.compile(r"^(\d{4})(.*)$")


def shift_value_years(value: str, n: int) -> str | None:
    """A dated value moved by ``n`` years at its own granularity ("1989-Q3" -> "1988-Q3")."""
    m = _YEAR_PREFIX.match(value)
    if not m:
        return None
    year = int(m.group(1)) + n
    rest = m.group(2)
    if rest.startswith("-W"):
        return None  # ISO weeks do not carry over between years
    if re.fullmatch(r"-\d\d-\d\d", rest) and not safe_date(year, int(rest[1:3]), int(rest[4:6])):
        rest = rest[:4] + "28"
    return f"{year:04d}{rest}"


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def is_day(value: str | None) -> bool:
    """Whether a TIMEX3 value is one calendar day ("2021-11-24"), not a month, a week, a time of
    day or an underspecified day."""
    return bool(value) and _DAY_VALUE.fullmatch(value) is not None


def value_date(value: str) -> date | None:
    """The first day of a dated value when it has day, month or year granularity."""
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    return safe_date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def duration_value(amount: float | None, designator: str, is_time: bool) -> str:
    """``P2W``, ``PT3H``, ``PXY`` (unknown amount), ``P2.5Y``."""
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    return f"PT{number}{designator}" if is_time else f"P{number}{designator}"
