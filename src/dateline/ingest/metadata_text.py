"""Metadata that scraped text states in its boilerplate: title, publication date, publisher."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone
from importlib import resources

from . import patterns as P
from .lines import Line, key_of, related_heading

_DATE_TIME = re.compile(P.DATE_TIME, re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}(?:[:.]|h(?=\d{2}))\d{2}")
_H_TIME = re.compile(r"\b(\d{1,2})h(\d{2})\b")   # "10h30"
_CONNECTOR = re.compile(rf"\s(?:{P.TIME_CONNECTORS}|@|on)\s|[|–—()]|\s-\s", re.IGNORECASE)
# a time written the European way ("à 10h30", "um 10:30 Uhr", "a las 10.30"): the line's numeric date is
# day first ("03/11/2021 à 10h30" is 3 November), as under another language's label ("Publié le 03/11/2021")
_EUROPEAN_TIME = re.compile(r"\s(?:à|às|a\s+las?|um|om|alle|ore)\s+\d|\d{1,2}h\d{2}\b|\d\s*uhr\b", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_ZONE = re.compile(r"\b(" + "|".join(sorted(P.ZONE_OFFSETS, key=len, reverse=True)) + r")\b"
                   r"(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?")
_NUMERIC_OFFSET = re.compile(r"(?<![\d:])([+-])(\d{2}):?(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")   # not "2019-11-05"
_DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")
_BREADCRUMB = re.compile(r"\s+[/>›]\s+")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")


def parse_date_text(text: str, day_first: bool = False) -> str | None:
    """ISO 8601 of the date (and time and zone) in a publication line, or None.

    "Published November 24th, 2021 - 09:23 GMT" → "2021-11-24T09:23:00+00:00"; a date without a
    time gives a date ("2019-01-23"); a time without a known zone gives a naive time. A numeric date
    is read day first with ``day_first``, after a European time ("à 10h30") or in a zone east of the
    Americas.
    """
    match = _DATE_TIME.search(text)
    if not match:
        return None
    found = match.group(0)
    if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}T.*", found):
        try:
            return datetime.fromisoformat(found.strip().replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    offset = _offset_of(found)
    plain = _ZONE.sub(" ", found) if offset is not None else found
    plain = _NUMERIC_OFFSET.sub(" ", plain)
    plain = _ORDINAL.sub("", plain)
    plain = _H_TIME.sub(r"\1:\2", _DOTTED_TIME.sub(r"\1:\2", plain))   # "18.54 GMT", "10h30"
    # (the connector before the time too: dateutil reads the "a" of "a las 10:30" as a.m. and loses the year)
    plain = _CONNECTOR.sub(" ", plain)
    try:
        # "12:01am GMT 06/01/2008": a zone east of the Americas writes the day first (6 January)
        east = offset is not None and offset >= timedelta(hours=-2)
        parsed = parse_with_dateutil(plain, fuzzy=True, default=datetime(1900, 1, 1),
                                  dayfirst=(day_first or east or _EUROPEAN_TIME.search(text) is not None)
                                  and _DAY_MONTH_YEAR.search(plain) is not None)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900:
        return None
    if not _HAS_TIME.search(found):
        return parsed.date().isoformat()
    if offset is not None:
        zone = _ZONE.search(found)
        if zone and zone.group(1) in P.SEASONAL_ZONES and us_daylight_time(parsed):
            offset += timedelta(hours=1)    # "July 19, 2019 at 8:30 p.m. ET" is EDT, UTC-4
        parsed = parsed.replace(tzinfo=timezone(offset))
    return parsed.isoformat()


def us_daylight_time(local: datetime) -> bool:
    """Whether a local time falls in United States daylight saving time: from 2 a.m. on the second
    Sunday of March to 2 a.m. on the first Sunday of November since 2007, from the first Sunday of
    April to the last Sunday of October from 1987 to 2006 (the Energy Policy Act of 2005)."""
    def sunday(year: int, month: int, nth: int) -> datetime:   # nth Sunday of the month (-1: the last)
        if nth > 0:
            first = datetime(year, month, 1)
            return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1), hours=2)
        last = datetime(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() + 1) % 7) + timedelta(hours=2)

    year, naive = local.year, local.replace(tzinfo=None)
    if year >= 2007:
        return sunday(year, 3, 2) <= naive < sunday(year, 11, 1)
    if year >= 1987:
        return sunday(year, 4, 1) <= naive < sunday(year, 10, -1)
    return False


def parse_with_dateutil(text: str, **options) -> datetime:
    """dateutil's ``parse`` that reads only numeric offsets and UTC/GMT as zones: a word it takes for
    a zone name it does not know ("EST", "CT", "US" in "US Politics") leaves the time naive, as it
    did, without dateutil's UnknownTimezoneWarning (which will become an error); zone names are
    read by ``_offset_of`` from ``patterns.ZONE_OFFSETS``, not by dateutil."""
    from dateutil import parser as dateparser

    return dateparser.parse(text, tzinfos=_numeric_zone, **options)


def _numeric_zone(name: str | None, offset: int | None):
    from dateutil import tz

    if offset is None:
        return None
    return tz.UTC if offset == 0 else tz.tzoffset(name, offset)


def _offset_of(text: str) -> timedelta | None:
    numeric = _NUMERIC_OFFSET.search(text)
    match = _ZONE.search(text)
    if match:
        hours = P.ZONE_OFFSETS[match.group(1)]
        if match.group(2):   # "GMT+3", "UTC-05:30"
            sign = 1 if match.group(2) == "+" else -1
            hours += sign * (int(match.group(3)) + int(match.group(4) or 0) / 60)
        return timedelta(hours=hours)
    if numeric:
        sign = 1 if numeric.group(1) == "+" else -1
        return sign * timedelta(hours=int(numeric.group(2)), minutes=int(numeric.group(3)))
    return None


def parse_published_line(lines: list[Line], updated: bool = True, anchors: list[int] | None = None,
                         bare: bool = True) -> str | None:
    """The publication date: a "Published …" line first, then a bare date line (unless ``bare`` is
    False), then "Updated …" (unless ``updated`` is False). With ``anchors`` (the headline, the
    article's first line), only lines near them are read, the nearest first: a masthead's
    "Wednesday, November 20, 2019" or a related story's date line further off is not the article's date."""
    published = [line for line in lines if line.kind == "published" and line.date_text]
    labelled = [line for line in published if P.PUBLISHED_LABEL.match(line.text)]
    bare_lines = [line for line in lines if line.kind == "dateline" and line.date_text]
    # the same labels in German, French, Spanish, Portuguese, Italian and Dutch ("Veröffentlicht am
    # 24.11.2021", "Mis à jour le 25 novembre 2021"), read with line_date's patterns
    foreign = {line.number: line for line in lines if line.kind not in _NOT_DATE_KINDS
               and line.words <= P.PUBLISHED_LINE_MAX_WORDS and _foreign_label(line)}
    if foreign:
        bare_lines = [line for line in bare_lines if line.number not in foreign]
        labelled = sorted(labelled + [line for line in foreign.values()
                                      if P.FOREIGN_PUBLISHED_LABEL.match(line.text)], key=lambda line: line.number)
        published = sorted(published + list(foreign.values()), key=lambda line: line.number)
    # a date line with another within LISTED_DATE_GAP lines dates a list of links ("related
    # stories", each with its date), not the article
    listed = listed_dates(lines)
    groups = [labelled] + ([[line for line in bare_lines if line.number not in listed]] if bare else []) \
        + ([published] if updated else [])
    if anchors is not None:
        groups = [sorted((line for line in group if _distance(line.number, anchors) is not None),
                         key=lambda line: _distance(line.number, anchors)) for group in groups]
    for line in (line for group in groups for line in group):
        value = line_date(line.text) if line.number in foreign else parse_date_text(line.date_text)
        if value:
            return value
    return None


def listed_dates(lines: list[Line]) -> set[int]:
    """The bare date lines of a list of links ("related stories", each with its date): runs of at
    least LISTED_DATE_RUN date lines, each within LISTED_DATE_GAP lines of the next. Not the
    article's date. The headline breaks a run: a masthead's date above it and the byline's date
    below it are no list. A run naming one day only is a list too ("More stories" / "Floods hit
    town" / "March 3, 2025" / "Schools reopen" / "March 3, 2025" …): the exception once made for
    the article's date printed by a page's other layouts helped one tune page and no check page
    (review, mendF2)."""
    headline = next((line.number for line in lines if line.kind == "headline"), None)
    # (a related-links heading breaks a run too: "By Jane Doe" / "June 10, 2025" / "Most read" /
    # "Teaser" / "June 2, 2025" …: the dates under the heading are the list's, the one above it the
    # article's; twentieth session of 2026-12-07)
    breaks = [line.number for line in lines if line.kind == "related" and related_heading(line.text, line.words)]
    if headline is not None:
        breaks.append(headline)
    listed: set[int] = set()
    run: list[int] = []
    for number in [line.number for line in lines if line.kind == "dateline" and not _foreign_label(line)] + [None]:
        if number is not None and run and number - run[-1] <= P.LISTED_DATE_GAP \
                and not any(run[-1] < at < number for at in breaks):
            run.append(number)
            continue
        if len(run) >= P.LISTED_DATE_RUN:
            listed.update(run)
        run = [number] if number is not None else []
    return listed


def _foreign_label(line: Line) -> bool:
    """Whether a line starts with another language's publication or update label ("Veröffentlicht
    am", "Mis à jour le"): a labelled line, not a bare date of a list of links."""
    return line.kind != "published" and (P.FOREIGN_PUBLISHED_LABEL.match(line.text) is not None
                                         or P.FOREIGN_UPDATED_LABEL.match(line.text) is not None)


def _distance(index: int, anchors: list[int]) -> tuple[int, bool] | None:
    """How far line ``index`` is from the nearest anchor (a line above it first on a tie), or None
    when it is outside the window around every anchor (NEARBY_DATE_BEFORE/AFTER)."""
    near = [(abs(index - a), index > a) for a in anchors
            if a - P.NEARBY_DATE_BEFORE <= index < a + P.NEARBY_DATE_AFTER]
    return (0, False) if near and _between(index, anchors) else (min(near) if near else None)


def _between(index: int, anchors: list[int]) -> bool:
    """Whether a line stands between the headline and the article's first line, where the
    article's own byline and date are printed (before a masthead's date just above the headline)."""
    return len(anchors) == 2 and anchors[0] < index < anchors[1]


def nearby_date(lines: list[Line], anchors: list[int], now: datetime | None = None) -> str | None:
    """The date of a short line near the article's start that carries one without a label the
    rules know: "Jan 22, 2020 at 7:42 pm ET • 3 min read", "April 7, 2017 | by Greta Lund",
    "11/20/19 6:38 AM", "17 de abril de 2012 às 09:47" (see ``_nearest``); a date after
    "Updated"/"Modified" only when the line has no other. Embedded posts ("— Name (@handle)
    November 18, 2019"), captions, copyright and comment lines are never read.

    A date without its year ("Posted Nov 18, 8:19 PM", "12:04 GMT, 3 March") takes the year from
    the page's own dates (``context_day``), never from today's, or, when the caller knows the time
    the page was fetched (``now``), the year it was fetched in (``yearless_date``); a relative one
    ("Published 3 hours ago", "Catherine Shu / 2 days") is read only against ``now``."""
    context: list[date | None] = []
    listed = listed_dates(lines)

    def read(line: Line) -> str | None:
        if embedded_post(line.text) or line.number in listed:
            return None
        text = cut_date_text(lines, line) or line.text
        found = line_date(text)
        if found or line.words > P.YEARLESS_MAX_WORDS or P.SENTENCE_END.search(text):
            return found    # ("The gala is on Saturday, September 22nd." is an event's date)
        if now is not None:
            found = relative_date(text, now)
            if found:
                return found
        if _YEARLESS.search(text):
            if now is not None:
                return yearless_date(text, now.date(), fetched=True)
            if not context:
                context.append(context_day(lines))
            return yearless_date(text, context[0])
        return None

    return _nearest(lines, anchors, read, skip=_NOT_DATE_KINDS, sentence_words=12)


def header_date(lines: list[Line], anchors: list[int]) -> str | None:
    """The full date printed between the headline and the article's first line, where a page puts
    its byline and dates, in any form ``line_date`` reads ("17 November 2023 • 9:00am", "Nov. 17,
    2023 Updated Nov. 19, 2023", "Updated … | Published …"), but never a date only an update label
    gives ("Last modified on Sun 19 Nov 2023"), a year-less or relative one, or one inside a
    caption's sentence ("… at Villavicencio airport in Colombia, December 29, 2007."): read before
    any bare date line further off (a related story's "November 20, 2023" under a short article).
    None without a headline above the article."""
    if len(anchors) != 2 or anchors[1] - anchors[0] < 2:
        return None
    listed = listed_dates(lines)

    def read(line: Line) -> str | None:
        if line.number in listed or embedded_post(line.text) or len(_LOWER_WORD.findall(line.text)) >= 5:
            return None
        return line_date(cut_date_text(lines, line) or line.text, updated=False)

    return _nearest(lines, anchors, read, skip=_NOT_DATE_KINDS, sentence_words=12, between=True)


def opening_date(lines: list[Line], first: int, now: datetime | None = None) -> str | None:
    """The date a wire story's dateline gives ("KABUL, Nov 24 (Reuters) - …", the year from the
    page's own dates, or from the fetch time ``now`` when given), else the date in an address line
    near the top ("https://…/2019/11/18/…")."""
    if first < len(lines):
        match = P.DATELINE_PREFIX.match(lines[first].text)
        if match and _YEARLESS.search(match.group(0)):
            found = yearless_date(match.group(0), now.date(), fetched=True) if now is not None \
                else yearless_date(match.group(0), context_day(lines))
            if found:
                return found
    for line in lines[:first + 1]:
        if line.words <= P.NEARBY_DATE_MAX_WORDS and ("http" in line.text or "www." in line.text):
            found = url_date(line.text)
            if found:
                return found
    return None


def cut_date_text(lines: list[Line], line: Line) -> str | None:
    """A date line that a get_text scraper cut at its nodes, put together again, when ``line`` is a
    month's name alone: "Nov." / "November" / "18, 2019" / "12:02 PM" → "November 18, 2019 12:02 PM",
    a blog's calendar badge "Jun" / "28" → "Jun 28" (read as a date without its year). The pieces
    (``patterns.CUT_DATE_*``) follow one another with no blank line between: another month's name
    (the last one is the date's), then a day alone or with its year, a year alone, a clock time alone.
    None when no day follows the month (a menu's "March" / "April", a tour list's "MAY" / "12 Dublin")."""
    index = line.number
    if not P.CUT_DATE_MONTH.match(line.text) or index >= len(lines) or lines[index] is not line:
        return None
    month, following = line.text, lines[index + 1:index + P.CUT_DATE_PIECES]
    while following and P.CUT_DATE_MONTH.match(following[0].text) and not following[0].blank_before:
        month, following = following[0].text, following[1:]    # ("Nov." over "November": one month)
    if not following or following[0].blank_before or not P.CUT_DATE_DAY.match(following[0].text):
        return None
    text = f"{month} {following[0].text.rstrip(',')}"
    rest = [piece for piece in following[1:3] if not piece.blank_before]
    if rest and not _ANY_YEAR.search(text) and P.CUT_DATE_YEAR.match(rest[0].text):
        text, rest = f"{text}, {rest[0].text}", rest[1:]
    if rest and _ANY_YEAR.search(text) and _CLOCK_ALONE.match(rest[0].text):
        text = f"{text} {rest[0].text}"
    return text


def url_date(url: str | None) -> str | None:
    """The date in a page's address ("https://…/2019/11/18/…", "/2019-11-18-title"), or None."""
    match = P.URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def context_day(lines: list[Line]) -> date | None:
    """The latest full date the page prints on its short lines (date lines, related stories), else
    31 December of its copyright footer's latest year: what a date without a year is read against."""
    latest: date | None = None
    footer: date | None = None
    for line in lines:
        if line.words > P.NEARBY_DATE_MAX_WORDS or not _ANY_YEAR.search(line.text):
            continue
        if line.kind == "copyright":
            years = [int(y) for y in _ANY_YEAR.findall(line.text) if 1995 <= int(y) <= datetime.now().year + 1]
            if years and (footer is None or max(years) > footer.year):
                footer = date(max(years), 12, 31)
            continue
        value = line_date(line.text)
        found = date.fromisoformat(value[:10]) if value else None
        if found and (latest is None or found > latest):
            latest = found
    return latest or footer


def yearless_date(text: str, context: date | None, fetched: bool = False) -> str | None:
    """"Posted Nov 18, 8:19 PM" read in the year of ``context`` (the page's latest date; the year
    before when the day would fall more than a week after it and nearer a year before or more than
    patterns.YEARLESS_AHEAD_DAYS after it); None without
    a context. With ``fetched``, ``context`` is the day the page was fetched, and the date the last
    such day not after it: a site leaves out the year it renders the page in. A weekday beside the
    date ("Updated 3:15 PM ET Tue March 5") picks the year whose calendar gives that day that
    weekday, the nearest to the context (fourteenth session of 2026-12-06: the page's related
    stories of January had put "Tue March 5" a year back). Never more than
    patterns.YEARLESS_AHEAD_DAYS after the page's latest date: with it 2024-06-01, "Posted Nov 18"
    is 2023-11-18, not a day five months after every date the page prints."""
    match = _YEARLESS.search(text) if context is not None else None
    if match is None:
        return None
    ahead = timedelta(days=P.YEARLESS_AHEAD_DAYS)
    read = []
    for year in (context.year + 1, context.year, context.year - 1):
        value = line_date(_YEARLESS.sub(lambda m: f"{m.group('monthday')}, {year}", text))
        if value:
            read.append((date.fromisoformat(value[:10]), value))
    weekday = _WEEKDAY_FIRST.match(match.group("monthday"))
    if weekday:
        wanted = _WEEKDAY_NAMES.index(weekday.group(1).lower())
        named = [(day, value) for day, value in read if day.weekday() == wanted
                 and (day <= context + timedelta(days=1) if fetched else day.year <= context.year
                      and day <= context + ahead)]
        if named:
            return min(named, key=lambda pair: abs((pair[0] - context).days))[1]
    same = next((pair for pair in read if pair[0].year == context.year), None)
    before = next((pair for pair in read if pair[0].year == context.year - 1), None)
    slack = timedelta(days=1 if fetched else 7)
    if same and (same[0] <= context + slack
                 or not fetched and before and (same[0] - context) < (context - before[0])
                 and same[0] <= context + ahead):
        return same[1]
    return before[1] if before and before[0] <= context + slack else None


_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_FIRST = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)


def relative_date(text: str, now: datetime) -> str | None:
    """"Published 3 hours ago", "2 days ago", "yesterday", "Name / 2 days" against ``now``: a
    date-time for minutes and hours (in ``now``'s zone), a date for days and weeks."""
    match = _RELATIVE.search(text)
    if not match:
        return None
    if match.group("yesterday") or match.group("yesterday_start") or match.group("yesterday_clock"):
        return (now - timedelta(days=1)).date().isoformat()
    count_text, kind = _count_and_kind(match)
    count = int(count_text) if count_text.isdigit() else 1    # ("an hour ago", "vor einer Stunde", "před hodinou")
    if kind == "month":
        return None    # "3 months ago": too coarse to date a page
    if kind == "minute":
        return (now - timedelta(minutes=count)).replace(second=0, microsecond=0).isoformat()
    if kind == "hour":
        return (now - timedelta(hours=count)).replace(second=0, microsecond=0).isoformat()
    days = count * (7 if kind == "week" else 1)
    return (now - timedelta(days=days)).date().isoformat()


def _count_and_kind(match: re.Match) -> tuple[str, str]:
    """The count of a time ago ``_RELATIVE`` found ("" when left out) and what its unit counts."""
    unit = match.group("unit") or match.group("unit2")
    if unit:
        unit = unit.lower()
        kind = ("month" if unit.startswith("mo") else "minute" if unit.startswith("m") else
                "hour" if unit.startswith("h") else "week" if unit.startswith("w") else "day")
        return (match.group("count") or match.group("count2") or "").lower(), kind
    name = next(name for name, value in match.groupdict().items() if value and name.startswith("unit_"))
    number, kind = name.split("_")[1:]
    return match.group(f"count_{number}") or "", kind


_ANY_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_YEARLESS = re.compile(
    rf"(?<![\d/.])(?P<monthday>(?:{P.WEEKDAY},?\s+)?(?:{P.MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{P.MONTH}))"
    rf"(?!\w|\.?\s*,?\s*(?:19|20)\d{{2}}|\s*[/.-]\s*\d)", re.IGNORECASE)
# a time ago in English, the one pattern for a date read against the fetch time (``_RELATIVE``), a
# time ago after a writer's name (``_AGO_AFTER``) and one alone on the line under it (``_TIME_AGO_LINE``):
# "2 hours ago", "an hour ago", "29 mins ago", "3 months ago"
_AGO_UNIT = r"min(?:ute)?s?|hours?|hrs?|days?|weeks?"
_AGO_COUNT_EN = r"an?|one|\d{1,3}"
_AGO_EN = rf"(?P<count>{_AGO_COUNT_EN})\s*(?P<unit>{_AGO_UNIT}|months?)\s+ago\b"
# a time ago in other languages (seventeenth session of 2026-12-07, issue 20; the forms are general
# knowledge of the languages, no dev page prints one): the words before the count, the words after
# the unit, and the unit's forms by what they count (minutes, hours, days, weeks, months). A count of
# one may be a word ("vor einer Stunde", "il y a une heure") or, where the language says so, left out
# ("před hodinou", "час назад").
_AGO_ONE = r"an?|one|une?|un[ao]?|uma?|een|eine[mr]?|ein|bir"
_AGO_CJK = "前|전"
_AGO_FORMS = (
    (r"vor", "", (r"minuten?|min\.?", r"stunden?|std\.?", "tag(?:en)?", "wochen?", "monat(?:en)?")),                         # de
    (r"il\s+y\s+a", "", ("minutes?", "heures?", "jours?", "semaines?", "mois")),                              # fr
    (r"hace", "", ("minutos?", "horas?", "días?", "semanas?", "mes(?:es)?")),                                  # es
    (r"há", "", ("minutos?", "horas?", "dias?", "semanas?", "mes(?:es)?")),                                    # pt
    ("", r"fa", ("minut[oi]", "or[ae]", "giorn[oi]", "settiman[ae]", "mes[ei]")),                             # it
    ("", r"geleden", ("minuten|minuut", "uur", "dagen|dag", "weken|week", "maanden|maand")),                  # nl
    (r"för", r"sedan", ("minut(?:er)?", "timm(?:e|ar)", "dag(?:ar)?", "veck(?:a|or)", "månad(?:er)?")),        # sv
    (r"for", r"siden", ("minut(?:ter)?", "timer?", "dag(?:e|er)?", "uke(?:r)?|uge(?:r)?", "måned(?:er)?")),     # da, no
    (r"acum", "", ("minute?", "or[ăe]", "zile?", "săptămân[ăi]", "lun[ăi]")),                                 # ro
    ("", r"temu", ("minut[ęy]?", "godzin[ęy]?", "dzień|dni", "tydzień|tygodnie|tygodni", "miesiąc|miesiące|miesięcy")),  # pl
    ("", r"önce", ("dakika", "saat", "gün", "hafta", "ay")),                                                   # tr
    ("", r"(?:yang\s+)?lalu", ("menit", "jam", "hari", "minggu", "bulan")),                                   # id
    (r"před", "", ("minutami|minutou", "hodinami|hodinou", "dny|dnem", "týdny|týdnem", "měsíci|měsícem")),     # cs
    ("", r"назад", ("минут[уы]?", "час(?:а|ов)?", "день|дня|дней", "недел[юиь]", "месяц(?:а|ев)?")),          # ru
    ("", r"тому", ("хвилин[уи]?", "годин[уи]?", "день|дні|днів", "тиждень|тижні|тижнів", "місяц[ьіів]{1,2}")), # uk
    # Chinese, Japanese, Korean: no space, the count always in digits ("3小时前", "2時間前", "5분 전")
    ("", _AGO_CJK, ("分钟|分鐘|分|분", "小时|小時|時間|시간", "天|日|일", "周|週間|週|주", "个月|個月|ヶ月|か月|개월")),
)
# what may follow a Chinese, Japanese or Korean time ago: the line's end or a separator, a particle
# ("5분 전에", "3日前に発表", "2時間前の"), or a word of publishing ("3天前发布")
_AGO_CJK_END = r"(?=\s*(?:[·•|,，、)\]]|$)|에|의|부터|に|の|から|发布|發布|更新|发表|發表)"
_AGO_KINDS = ("minute", "hour", "day", "week", "month")
# the languages whose count may be left out for one (Czech, Russian, Ukrainian, Polish: "godzinę temu"),
# each with its units' singular forms: only these go without a count ("час назад"), a plural never
# ("несколько дней назад", "kilka dni temu" are some days ago, not one; review, mendF2)
_AGO_COUNT_OPTIONAL = {
    "před": "minutou|hodinou|dnem|týdnem|měsícem",
    "назад": "минуту|час|день|неделю|месяц",
    "тому": "хвилину|годину|день|тиждень|місяць",
    "temu": "minutę|godzinę|dzień|tydzień|miesiąc",
}
# "yesterday" in other languages, where the word says nothing else (not French "hier": German and
# Dutch "here"). Read only where a date line prints it, never inside a name ("By Harriet Ayer", "AYER,
# Mass.", "Tom Dün"; review of the seventeenth session, ingmend17): at the line's start, after a
# label ending in a colon or a known one ("Aktualisiert:", "Publicado"), alone or before a clock time
# ("Gestern", "Gestern, 18:30", "Aktualisiert: gestern"), or in lower case before a clock time
# anywhere ("Publicado ayer a las 10:00", "发布于昨天 10:00")
_YESTERDAY = r"gestern|ayer|ontem|ieri|gisteren|igår|i\s+går|včera|вчера|вчора|wczoraj|dün|kemarin|昨天|昨日|어제"
_YESTERDAY_LABEL = (r"(?:(?:updated|published|posted|modified|aktualisiert|veröffentlicht|publié|mis\s+à\s+jour|"
                    r"actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|uppdaterad|"
                    r"publicerad|opdateret|oppdatert|publisert|обновлено|опубликовано|发布于|更新于)\s*:?\s*"
                    r"|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*)")
# a clock time after the word, perhaps after one or two words ("ayer a las 10:00", "i går kl. 14.05")
_YESTERDAY_CLOCK = rf"[\s,]*(?:[^\W\d_]+\.?\s+){{0,2}}{P.TIME}"


def _ago_other(named: bool) -> str:
    """The other languages' times ago as one alternation; with ``named``, each language's count and
    unit in groups of its own (``count_N``, ``unit_N_KIND``) for ``relative_date`` to read."""
    forms = []
    for number, (before, after, units) in enumerate(_AGO_FORMS):
        cjk = after == _AGO_CJK
        count = r"\d{1,3}" if cjk else rf"\d{{1,3}}|{_AGO_ONE}"
        count = rf"(?P<count_{number}>{count})" if named else f"(?:{count})"
        singular = _AGO_COUNT_OPTIONAL.get(before) or _AGO_COUNT_OPTIONAL.get(after)
        if singular:    # (no count: a singular unit next, a whole word)
            count = rf"(?:{count}\s+|(?=(?:{singular})(?!\w)))"
        else:
            count += r"\s*"    # ("2h ago", "3小时前")
        unit = "|".join(f"(?P<unit_{number}_{kind}>{form})" if named else f"(?:{form})"
                        for kind, form in zip(_AGO_KINDS, units))
        if cjk:    # (no word boundary between Chinese characters: "发布于3小时前")
            # (no count after a month: "12月5日前", "12월 5일 전까지" are before a date, not days ago)
            # (and something that ends a time ago after it: "10日前往上海", "10일 전국", "请于5日前报名"
            # are a day of the month and another word, not days ago; review, mendF2)
            forms.append(rf"(?<![\d月월])(?<![月월]\s){count}(?:{unit})\s*(?:{after}){_AGO_CJK_END}")
            continue
        opening = rf"(?<!\w){before}\s+" if before else r"(?<!\w)"
        closing = rf"\s+(?:{after})(?!\w)" if after else r"(?!\w)"
        forms.append(f"{opening}{count}(?:{unit}){closing}")
    return "|".join(forms)


_RELATIVE = re.compile(
    rf"(?:\b{_AGO_EN}"
    rf"|(?:{_ago_other(named=True)})"
    r"|\b(?P<yesterday>yesterday)\b"
    rf"|^\W*{_YESTERDAY_LABEL}?(?P<yesterday_start>{_YESTERDAY})(?!\w)(?=\W*$|{_YESTERDAY_CLOCK})"
    rf"|(?<!\w)(?-i:(?P<yesterday_clock>{_YESTERDAY}))(?!\w)(?={_YESTERDAY_CLOCK})"
    rf"|(?:^|[/•|·]\s*)(?P<count2>\d{{1,3}})\s*(?P<unit2>{_AGO_UNIT}|[mhdw](?=\s*$))\s*$)",
    re.IGNORECASE)   # ("Story by Jane Doe • 2h", "• 45m": the short units only at the line's end)


def _nearest(lines: list[Line], anchors: list[int], read, skip: frozenset[str], sentence_words: int = 0,
             between: bool = False):
    """What ``read`` finds on the line nearest an anchor (the headline, the article's first line),
    a line above it on a tie, within NEARBY_DATE_BEFORE/AFTER lines (with ``between``, only the lines
    between the two anchors); lines of ``skip`` kinds, long lines and sentences of prose (more than
    ``sentence_words`` words) are not read."""
    best = None
    if between:
        near = range(anchors[0] + 1, anchors[1]) if len(anchors) == 2 else range(0)
    else:
        near = sorted({i for a in anchors for i in range(max(0, a - P.NEARBY_DATE_BEFORE),
                                                          min(len(lines), a + P.NEARBY_DATE_AFTER))})
    for index in near:
        line = lines[index]
        if line.kind in skip:
            continue
        if (line.words > P.NEARBY_DATE_MAX_WORDS or line.prose and line.kind not in _META_KINDS
                and P.SENTENCE_END.search(line.text) and line.words > sentence_words) \
                and not _BY_WITH_BIO.match(line.text) and not _NAME_WITH_FIELDS.match(line.text):
            continue
        value = read(line)
        if not value:
            continue
        distance = (0, False) if _between(index, anchors) else min((abs(index - a), index > a) for a in anchors)
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


_META_KINDS = frozenset({"published", "dateline", "byline"})
# a word in lower case: a line with five of them is a sentence (a caption), not a header's date line
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_NOT_DATE_KINDS = frozenset({"copyright", "comments", "share", "prompt", "caption", "credit", "adapted"})
_EMBED = re.compile(r"\(@\w+\)|^[—–-]\s*\S.*@\w")


def embedded_post(text: str) -> bool:
    """Whether a line is an embedded post's signature ("— Jane Doe (@janedoe) November 18, 2019"):
    its date is the post's, not the article's."""
    return _EMBED.search(text) is not None


_UPDATE_LABEL = re.compile(r"(?:updated|modified|edited)\W{0,3}(?:on|at)?\W{0,3}$"
                           r"|\b(?:aktualisiert|geändert|mis à jour|modifié|actualisé|actualizad[oa]|atualizad[oa]|"
                           r"modificad[oa]|aggiornat[oa]|modificato|bijgewerkt|gewijzigd)"
                           r"\W{0,3}(?:am|um|le|el|em|en|il|op)?\W{0,3}$", re.IGNORECASE)
_DAY_DE_MONTH = re.compile(r"\b(\d{1,2})(?:\.|\s+de)?\s+([A-Z][a-z]+)\s+(?:de\s+)?((?:19|20)\d{2})\b")
_GLUED_YEAR_TIME = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
# a label run onto the date or zone before it, as a page's spans flatten ("… 2024Updated …", "GMTUpdated")
_GLUED_LABEL = re.compile(r"(?<=[\dA-Z.)])(?=(?:Updated|Published|Posted|Modified|Last updated)\b)")
_LOOSE_DATE = re.compile(
    rf"{P.DATE_TIME}|(?P<numeric>\b\d{{1,2}}/\d{{1,2}}/\d{{2}}\b(?:\s*,?\s*{P.TIME}(?:\s*\(?{P.ZONE}\)?)?)?"
    rf"|\b(?:19|20)\d{{2}}[./]\d{{1,2}}[./]\d{{1,2}}\b|\b\d{{1,2}}[.]\d{{1,2}}[.](?:19|20)\d{{2}}(?!\d)"
    # (and its time: "24.11.2021 um 10:30 Uhr", "24.11.2021, 10.30 Uhr MEZ")
    rf"(?P<dotted_time>\s*(?:,|-|–|{P.TIME_CONNECTORS})?\s*{P.TIME}(?:\s*\(?{P.ZONE}\)?)?)?"
    rf"|\b\d{{1,2}}-{P.MONTH}-(?:19|20)\d{{2}}\b"   # "2024/11/18", "18-Nov-2024"
    rf"|^\d{{1,2}}[.]\d{{1,2}}[.]\d{{2}}$)",   # "10.15.15" alone on its line (day first unless impossible)
    re.IGNORECASE)


# the label of a reference's access or archive date, which dates the citing page's reading of a source, never
# a publication ("Retrieved 14 June 2015", "Accessed on 3 May 2020", "Archived from the original on 2 May 2019";
# twenty-second session of 2026-12-07: a wiki page's reference list dated it when nothing else did)
_CITED_LABEL = re.compile(r"\b(?:retrieved|accessed|archived(?:\s+from\s+the\s+original)?)(?:\s+on)?\W{0,3}$",
                          re.IGNORECASE)
# an ordinal day joined to its month by "of" ("the 2nd of March 2023"), and a comma printed after a space
# ("Monday , December 31 , 2007"): the forms the date patterns read once "of" and the space are gone
# (twenty-second session of 2026-12-07, ingmeta22; invented forms, no dev page prints the first)
_ORDINAL_OF = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th))\s+of\s+(?={P.MONTH})", re.IGNORECASE)
_SPACE_COMMA = re.compile(r"(?<=\w)\s+,(?=\s)")
# a numeric date with hyphens, "07-28-2008", "28-07-2008" (a blog's "Posted on: 07-28-2008"): read only
# where the order is certain, one of the first two numbers above 12; "05-06-2008" could be either, so it
# dates nothing (a wrong date is worse than none; the slash form keeps its month-first reading)
_HYPHEN_DATE = re.compile(r"(?<![\w-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\w-])")


def _hyphen_date(text: str) -> tuple[str, int] | None:
    """The first hyphenated numeric date in ``text`` whose order is certain, and where it starts, or None."""
    for match in _HYPHEN_DATE.finditer(text):
        first, second, year = (int(group) for group in match.groups())
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            continue
        try:
            return date(year, month, day).isoformat(), match.start()
        except ValueError:
            continue
    return None


def line_date(text: str, updated: bool = True) -> str | None:
    """The publication date a short line states without a label, or None (see ``nearby_date``); a
    date after an update label only when the line has no other (never, unless ``updated``)."""
    text = _GLUED_YEAR_TIME.sub(r"\1 \2", _english_months(text))
    text = _CJK_DATE.sub(_iso_of_cjk, text) if not text.isascii() else text   # "2024年3月5日 10:02"
    text = _GLUED_LABEL.sub(" ", text)   # "Published Nov. 18, 2024Updated Nov. 19, 2024"
    text = _DAY_DE_MONTH.sub(r"\1 \2 \3", text)    # "22 de October de 2010", "30. October 2015"
    text = _DOTTED_SHORT_MONTH.sub(_dotted_short_month, text)    # "21.dez.2018 às 12h55"
    text = _ORDINAL_OF.sub(r"\1 ", _SPACE_COMMA.sub(",", text))   # "2nd of March, 2023", "Monday , May 3 , 2012"
    found = None
    # under another language's label a numeric date is day first ("Publié le 03/11/2021")
    day_first = P.FOREIGN_PUBLISHED_LABEL.match(text) is not None or P.FOREIGN_UPDATED_LABEL.match(text) is not None
    for match in _LOOSE_DATE.finditer(text):
        if _CITED_LABEL.search(text[max(0, match.start() - 30):match.start()]):
            continue    # a reference's access date: "… Statistics New Zealand. Retrieved 14 June 2015."
        value = _parse_loose(match, day_first)
        if value is None:
            continue
        if not _UPDATE_LABEL.search(text[max(0, match.start() - 20):match.start()]):
            return value
        found = found or value
    hyphenated = _hyphen_date(text) if found is None and "-" in text else None
    if hyphenated:
        found, start = hyphenated
        if not _UPDATE_LABEL.search(text[max(0, start - 20):start]):
            return found
    return found if updated else None


def states_date(text: str) -> bool:
    """Whether a short line states a date or a time that the date readers take: a full date
    (``line_date``), a date without its year ("Nov 18, 8:19 PM"), a time ago ("2 hours ago") or a
    clock time alone ("9:38 pm ET") — not any line with a digit in it ("0", "651", "Page 2", a share
    count). Used by ``lines.rejoin_fragments`` to tell a date line cut from its label or byline."""
    if not any(ch.isdigit() for ch in text):
        return False
    return bool(line_date(text) or _YEARLESS.search(text) or _RELATIVE.search(text) or _CLOCK_ALONE.match(text))


# a time and its zone alone on a line ("9:38 pm", "10:48 AM ET", "19:14 GMT")
_CLOCK_ALONE = re.compile(rf"^{P.TIME}(?:\s*\(?{P.ZONE}\)?)?$", re.IGNORECASE)


# a date of Chinese, Japanese or Korean pages: year, month and day each followed by its sign ("2024年3月5日",
# "2024년 3월 5일"), read as ISO (fourteenth session of 2026-12-06; general knowledge, no dev page)
_CJK_DATE = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]\s*")


def _iso_of_cjk(match: re.Match) -> str:
    year, month, day = (int(group) for group in match.groups())
    return f"{year}-{month:02d}-{day:02d} "


def date_alone(text: str) -> bool:
    """Whether a short text is a date and nothing else ("1 mars 2019 à 15:20", "Nov 19, 2019, 10:05am
    EST"; not "Jane Doe - Nov 19, 2019", a name before it)."""
    match = P.DATE_ONLY_LINE.match(_english_months(text))
    return match is not None and match.group("who") is None


def _dotted_short_month(match: re.Match) -> str:
    """"21.dez.2018 às 12h55" → "21 December 2018 12:55" (the month's abbreviation between dots)."""
    month = _SHORT_MONTHS[match.group(2).lower()]
    time = f" {match.group(4)}:{match.group(5)}" if match.group(4) else ""
    return f"{match.group(1)} {month} {match.group(3)}{time}"


# the abbreviated months of Portuguese, Spanish, French, Italian and German dates written between dots,
# as Brazilian and Iberian sites print them ("21.dez.2018 às 12h55", "5.ene.2019"): only in that dotted
# form, where no word of these languages ("set", "out", "mar", "ago") can be mistaken for a month
_SHORT_MONTHS = {**{m[:3]: m.capitalize() for m in "january february march april may june july august september "
                    "october november december".split()},
                 "fev": "February", "abr": "April", "mai": "May", "ago": "August", "set": "September",
                 "out": "October", "dez": "December", "ene": "January", "dic": "December", "sept": "September",
                 "janv": "January", "févr": "February", "avr": "April", "juil": "July", "déc": "December",
                 "gen": "January", "mag": "May", "giu": "June", "lug": "July", "ott": "October",
                 "mär": "March", "okt": "October"}
_DOTTED_SHORT_MONTH = re.compile(r"\b(\d{1,2})\.(" + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
                                 + r")\.\s?((?:19|20)\d{2})\b(?:\s*(?:,|às|as|à|a las)?\s*(\d{1,2})h(\d{2})\b)?",
                                 re.IGNORECASE)


def _parse_loose(match: re.Match, day_first: bool = False) -> str | None:
    if match.group("numeric") is None:
        return parse_date_text(match.group(0), day_first)
    value, time = match.group("numeric"), match.group("dotted_time")
    if time:
        value = value[:-len(time)]
    day_first = (day_first or "." in value[:6]) and not re.match(r"(?:19|20)\d{2}[./]", value)
    try:
        parsed = parse_with_dateutil(value.replace(".", "/") if "." in value[:10] else value, fuzzy=True,
                                  dayfirst=day_first, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900 or not 1995 <= parsed.year <= datetime.now().year + 1:
        return None
    if time:
        # the time read as after an ISO date: "2021-11-24 um 10:30 Uhr MEZ" → 10:30+01:00
        return parse_date_text(f"{parsed.date().isoformat()} {time.strip()}") or parsed.date().isoformat()
    return parsed.date().isoformat()


def _english_months(text: str) -> str:
    """Month names of other languages in English, so the date patterns and dateutil read them; a
    short one that is also an English word or abbreviation (patterns.FOREIGN_LINE_MONTHS: "Mart",
    "Maj") only on a line that is not English, after its day and with no full stop or hyphen after
    it ("Wal-Mart 2 2024", "Maj. Gen.", "Nisan 5, 2024" stay as they are)."""
    if text.isascii() and not _FOREIGN_MONTH.search(text):
        return text
    foreign: list[bool] = []

    def english(match: re.Match) -> str:
        word = match.group(0).lower()
        if word in P.FOREIGN_LINE_MONTHS:
            if not foreign:
                foreign.append(_foreign_line(text))
            if not foreign[0] or _JOINED_WORD.match(text, match.end()) \
                    or not _DAY_BEFORE.search(text, 0, match.start()):
                return match.group(0)
        return P.FOREIGN_MONTHS[word]

    return _FOREIGN_MONTH.sub(english, text)


def _foreign_line(text: str) -> bool:
    """Whether a line is not English: a letter outside plain ASCII, another language's label, or no
    word but month names and patterns.FOREIGN_DATE_WORDS ("5 Mart 2024", "24. maj 2024 kl. 10.02")."""
    if any(ch.isalpha() and not ch.isascii() for ch in text) or P.FOREIGN_PUBLISHED_LABEL.match(text) \
            or P.FOREIGN_UPDATED_LABEL.match(text):
        return True
    return all(word in P.FOREIGN_MONTHS or word in P.FOREIGN_DATE_WORDS
               for word in _LETTER_WORD.findall(text.lower()))


_FOREIGN_MONTH = re.compile(r"\b(?:" + "|".join(sorted(P.FOREIGN_MONTHS, key=len, reverse=True)) + r")\b",
                            re.IGNORECASE)
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# after a short month name, what makes it an English abbreviation or part of a word: "Maj. Gen.", "Mart-Tech"
_JOINED_WORD = re.compile(r"[-.]")
# the day before it: the languages of those names put the day first ("5 Mart", "24. maj", "5 de gener",
# "12 d'agost"); "Nisan 5, 2024", "Wal-Mart 2 2024" are English order
_DAY_BEFORE = re.compile(r"\b\d{1,2}\.?\s*(?:de\s+|d['’]\s*)?$", re.IGNORECASE)


def nearby_authors(lines: list[Line], anchors: list[int], labelled: bool = False, ago: bool = False,
                   foreign: bool = False) -> list[str]:
    """The people of the byline nearest the article's start ("By Lena Hart", "Paula Greer - Jan
    23, 2020", "Maren Holt @marenholt / 2 days", "Jane Doe | Reuters"; a "By" on a line of
    its own reads the next line; see ``_nearest``) — not every name a page prints in a byline
    (comments, "More from …", reviewers further down). Captions are read: a byline can sit under
    the lead photo's caption line. With ``labelled``, only a byline that says "By" or "Posted by"
    (a blog's name over the day's date is no byline beside the post's "Posted by …" signature).
    With ``ago``, a bare name over a time ago alone ("Jane Doe" / "2 hours ago") is read too: the
    caller asks for that only when no other byline was found (a teaser list prints its stories'
    writers that way beside the article's dated byline). ``foreign``: the page is not in English
    (``byline_people``'s other languages' labels)."""
    headline = set(next((line.key.split() for line in lines if line.kind == "headline"), []))

    def read(line: Line) -> list[str]:
        if line.kind == "headline":
            return []    # "Storm Hits Town | Daily News" is no "Jane Doe | Reuters"
        following = lines[line.number + 1].text if line.number + 1 < len(lines) else None
        text = _LEADING_MARKS.sub("", line.text)
        if _BY_ALONE.match(text) and following is not None:   # (also "| BY:")
            return byline_people("By " + following)
        # "Av Jane Doe" on a page not in English or where a byline stands ("Av Gud Och Land" elsewhere)
        other = _OTHER_BY.match(text) is not None and (foreign or byline_placed(lines, line))
        if labelled and not says_by(text) and not other:
            return []
        bare = bare_byline(line.text, following, lines[line.number + 2].text if line.number + 2 < len(lines) else None,
                           ago=ago)
        if bare:
            return bare
        # nor is the headline printed again with its site ("Council Approves Budget | Town News")
        return [name for name in byline_people(line.text, foreign=foreign, placed=other)
                if not set(name.lower().split()) <= headline]

    return _nearest(lines, anchors, read, skip=_NOT_DATE_KINDS - {"caption"}) or []


def other_labels(lines: list[Line]) -> bool:
    """Whether a line carries one of the other languages' byline labels that are English words too
    ("Av", "Af", "Text:"): only then does the page's language matter to its bylines (a scan is cheaper
    than telling the language)."""
    return any(_OTHER_BY.match(line.text) or ":" in line.text and _TEXT_FIELD.search(line.text) for line in lines)


def byline_placed(lines: list[Line], line: Line) -> bool:
    """Whether ``line`` stands where a byline stands: right under the headline, or beside a date (on
    the line itself, the one above or the one below)."""
    number = line.number
    if number and lines[number - 1].kind == "headline":
        return True
    return any(line_date(other.text) for other in lines[max(0, number - 1):number + 2]
               if other.words <= P.NEARBY_DATE_MAX_WORDS)


def dated_byline(lines: list[Line]) -> tuple[list[str], str | None]:
    """The people and the date of the first line that is both a byline and a date line ("By Jane
    Doe@handle Nov 18, 2019, 11:47am EST"), wherever it stands: the last resort when the
    article's start gave neither (a page whose headline the cleaner missed). Comment threads,
    captions and related-link lists are not read."""
    for line in lines:
        if line.kind in _NOT_DATE_KINDS or line.kind == "related" or line.words > P.BYLINE_MAX_WORDS \
                or not says_by(line.text):
            continue
        people, found = byline_people(line.text), line_date(line.text)
        if people and found:
            return people, found
    return [], None


def byline_by_date(lines: list[Line], published: str | None) -> list[str]:
    """The people of a byline printed right above or below the line that dated the page ("Jane Doe,
    AP Auto Writer" / "Updated 1:39 am EST, Wednesday, November 20, 2019"), wherever it stands: the
    fallback when the date line lies outside the window round the article's start the byline
    readers search (a page whose headline the cleaner placed at a gallery's caption further down;
    eighteenth session of 2026-12-07). The first short line stating the page's date is its date line."""
    if not published:
        return []
    year = published[:4]    # (a line without the year is not read: the date readers are slow)
    for line in lines:
        if year not in line.text or line.kind in _NOT_DATE_KINDS or line.words > P.NEARBY_DATE_MAX_WORDS \
                or published[:10] not in line.text and line_date(line.text) != published:
            continue
        for other in (lines[line.number - 1] if line.number else None,
                      lines[line.number + 1] if line.number + 1 < len(lines) else None):
            # (not the page's title printed again over its own dated copy, "Storm hits town - Site" /
            # "Storm hits town - November 1, 2012")
            if other is not None and other.kind not in _NOT_DATE_KINDS and other.kind != "headline" \
                    and other.words <= P.BYLINE_MAX_WORDS and other.key.split()[:3] != line.key.split()[:3]:
                people = byline_people(other.text)
                if people:
                    return people
        return []
    return []


def first_date(lines: list[Line]) -> str | None:
    """The full date of the first short line anywhere on the page that states one ("5 April 2013
    Last updated at 00:19 GMT", "Jane Doe — 2013-09-29 — in Code"): the very last resort, when no
    line near the article's start dated it (a page whose headline and article start the cleaner
    misplaced, its date line further off than the window). Read as ``nearby_date`` reads a line
    (embedded posts, dated link lists, captions, comments and sentences left out), but only full
    dates: a year-less or relative date that far from the article is no evidence."""
    listed = listed_dates(lines)
    for line in lines:
        if line.kind in _NOT_DATE_KINDS or line.kind == "related" or line.words > P.NEARBY_DATE_MAX_WORDS \
                or line.number in listed or embedded_post(line.text):
            continue
        if line.prose and line.kind not in _META_KINDS and P.SENTENCE_END.search(line.text) \
                and line.words > P.YEARLESS_MAX_WORDS:
            continue
        found = line_date(line.text)
        if found:
            return found
    return None


def closing_byline(lines: list[Line], last: int, foreign: bool = False) -> list[str]:
    """The people of a byline right under the article's last line, where blogs sign a post ("Posted
    by Jane Doe at 9:22 AM", "Jane Doe on 10/29/2012 in Politics | Permalink"): only within
    CLOSING_BYLINE_AFTER lines, before any comment thread, and only a line that says "by" or
    gives a date after the name. Further down, up to CLOSING_SIGNATURE_AFTER lines (past a
    "Related posts" list or the writer's biography), only a post's signature: "by Jane Doe in
    Space, NASA | 16 comments", "Jane Doe on 10/29/2012 in Politics | Permalink". ``foreign``: the page
    is not in English ("Av Jane Doe", ``byline_people``)."""
    near = True    # (a long line ends the lines read as any byline: the next article, a biography)
    for offset, line in enumerate(lines[last + 1:last + 1 + P.CLOSING_SIGNATURE_AFTER]):
        if line.kind in ("comments", "copyright"):
            break
        # (a "Related stories" heading or link ends them too: its teasers' "By …" lines name other
        # stories' writers; sixteenth session of 2026-12-07)
        near = near and offset < P.CLOSING_BYLINE_AFTER and line.words <= P.BYLINE_MAX_WORDS \
            and line.kind != "related"
        if near:
            people = byline_people(line.text, foreign=foreign)
        elif line.words <= P.NEARBY_DATE_MAX_WORDS and _SIGNATURE.match(line.text):
            people = byline_people(line.text)
        else:
            people = []
        if people:
            return people
    return []


def tagged_bylines(lines: list[Line], anchors: list[int]) -> list[str]:
    """The people of the byline the rules tagged nearest the headline or the article's start,
    wherever it stands: the fallback when no byline near the article's start named anyone. When
    the page's bylines name different people, the rest are other stories' (a "More from …" list,
    a sidebar, each teaser "By …"; sixteenth session of 2026-12-07: before, every tagged byline's
    people were taken together, five to thirteen "authors" on such pages)."""
    found = [line for line in lines if line.dropped and line.authors]
    if not found:
        return []
    best = min(found, key=lambda line: min((abs(line.number - a) for a in anchors), default=line.number))
    return list(best.authors)


def author_box(lines: list[Line]) -> list[str]:
    """The writer named by a post's author box: a name alone on its line and, on the next, a
    biography that opens with the same name ("Jane Doe" then "Jane Doe is a reporter who covers
    …", "Jane Doe, a senior editor, …") and says it is a person's (a pronoun, a writer's trade:
    ``_BIO_PERSON``; "Town Xpress" / "Town Xpress is a news site" is a site's), wherever on the
    page (blogs print it under the post, past the share buttons). The last resort when no byline named anyone: the name printed twice, the
    second time as the subject of a biography, is the page's writer, not a name in a list."""
    for line, bio in zip(lines, lines[1:]):
        if line.words > 5 or line.kind in _NOT_DATE_KINDS or not _BARE_NAME.fullmatch(line.text) \
                or not bio.text.startswith(line.text) or not _BIO_OPENING.match(bio.text, len(line.text)) \
                or not _BIO_PERSON.search(bio.text, len(line.text)):
            continue
        name = person_name(line.text)
        if name and not any(word.lower() in P.NOT_NAME_WORDS for word in name.split()):
            return [name]
    return []


def byline_people(text: str, foreign: bool = False, placed: bool = False) -> list[str]:
    """Person names of a byline-like line, or [] when the line is not one. The other languages' labels
    that are English words too are read only as the caller knows the line: the Scandinavian "Av"/"Af"
    on a page not in English (``foreign``) or on a line where a byline stands (``placed``: beside a
    date, under the headline), and a "Text:" field alone (without "Fotos:" after it) only ``foreign``."""
    unlinked = without_profile_link(text)
    signed, text = unlinked != text, unlinked    # "Jane DoeView More Articles": a writer's box
    text = _GLUED_ROLE.sub(lambda m: m.group(1) + (" | " if m.group(2).isupper() else " " + m.group(2)), text)
    text = _GLUED_CAPS_ROLE.sub(r"\1 \2", text)    # "By JANE DOESpecial to The Star"
    text = _LEADING_MARKS.sub("", text)    # "// By Jane Doe • Nov 11, 2020"
    text = _GLUED_WORD.sub(r"\1 | ", text)   # "Jane DoeOpinion", "Jane DoeView More Articles"
    text = _PAREN_ROLE.sub("", _NOT_WRITER.sub("", text))   # "Jane Doe (reporting) and John Roe (photography)"
    bracketed = _PAREN_OUTLET.search(text)
    if bracketed:
        text = text[:bracketed.start()]   # "By Jane Doe (CNN)"
    if _REPORTING_BY.match(text):
        return wire_reporters(text)   # "Reporting by Jane Doe in Kyiv and John Roe in Paris; Editing by …"
    match = _BY.match(text) or _DATE_BY.match(text) or _AUTHOR_FIELD.search(text) \
        or (foreign or placed) and _OTHER_BY.match(text) \
        or (foreign or _CREDIT_FIELD.search(text)) and _TEXT_FIELD.search(text)
    if match:
        rest = match.group("rest")
    else:
        # a bare name followed by a handle, a date, or an outlet after a separator: "Chris Davies -
        # Nov 19, 2019", "Jane Doe | Reuters", "Jane Doe, Associated Press"
        match = _BARE_NAME.match(text)
        after = text[match.end():] if match else ""
        pair = _BARE_PAIR.match(text)   # two people and their outlet: "Jane Doe and John Roe, CNN"
        if after.startswith("/"):
            return []    # "John Roe/AP": a photo credit, not a byline ("Jane Doe / Reuters" is one)
        if pair and _outlet_after(text[pair.end():]):
            match, after = pair, ""
        elif not match or not (_HANDLE.match(after) or _DATE_AFTER.match(after) or _AGO_AFTER.match(after)
                               or _LABEL_AFTER.match(after) or signed and not after.strip()
                               or _READING_AFTER.match(after)
                               or len(match.group(0).split()) <= 3 and (_outlet_after(after) or not after.strip()
                                                                         and _agency_in(bracketed)
                                                                         and _bracketed_person(match.group(0)))):
            return []
        rest = match.group(0)
    rest = _BYLINE_END.split(rest, maxsplit=1)[0]
    date_found = _DATE_TIME.search(rest)
    if date_found:
        rest = rest[:date_found.start()]
    rest = re.sub(r"\s+(?:on|at)\s*$", "", rest.strip(" ,;-–—|/•·"))   # ("By Jane Doe• Published …")
    parts = _NAME_SPLIT.split(rest)
    if people_of(part for part in parts if re.match(r"\S*[a-z]", part)):
        # a person in mixed case beside a part in capitals: the capitals are the outlet ("Jane Doe, USA
        # TODAY"); not when the mixed-case part is the outlet ("JANE DOE and JOHN ROE, Associated Press",
        # "JANE DOE and JOHN ROE Associated Press": the person's words, not the part's, decide), nor
        # when "and" joins the capitals to a person ("By Jane Doe and JOHN ROE": two people)
        joins = [""] + _NAME_SPLIT.findall(rest)
        parts = [part for part, join in zip(parts, joins)
                 if not (part.isupper() and len(part.split()) >= 2 and not _JOINS_PEOPLE.fullmatch(join.strip()))]
    return people_of(_once(part) for part in parts)


def _once(part: str) -> str:
    """A name printed twice in a row, as a byline's link and its text flatten, once: "Jane Doe Jane
    Doe" → "Jane Doe" (eighteenth session of 2026-12-07)."""
    words = part.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) in (4, 6) and words[:half] == words[half:] else part


def says_by(text: str) -> bool:
    """Whether a line is labelled as a byline: "By Jane Doe", "Posted by …", "May 3, 2012 by Jane Doe"."""
    return bool(_BY.match(text) or _DATE_BY.match(text))


def bare_byline(text: str, following: str | None, then: str | None = None, ago: bool = False) -> list[str]:
    """A name alone on its line with the date (or the reading time; with ``ago``, also a time ago
    alone: "2 hours ago", "vor 3 Stunden", ``_TIME_AGO_LINE``) on the next: "Jane Doe" then "Nov
    18, 2019 4:26 pm"; "JANE DOE, Outlet" then "18 NOV 2019". Without that date a line of
    two capitalised words is as likely a menu item or a heading as a byline. A follow button between
    them ("Follow") is passed over: ``then`` is the line after it."""
    if following is not None and _FOLLOW_BUTTON.match(following):
        following = then    # "Jane Doe" / "Follow" / "Oct 18, 2019 · 8 min read": the button between
    elif following is not None and then is not None and text.endswith(",") and _OUTLET_LINE.fullmatch(following) \
            and line_date(then) and not _PHOTO_DESK.search(following) and _bracketed_person(text[:-1]):
        # a byline cut at its links, a line each (eighteenth session of 2026-12-07): "Jane Doe," / "Town
        # Insider" / "13.11.2019, 23:06": the name's comma says the outlet under it goes with it (not a
        # letter's address over its date, "Fenelon Falls," / "Ontario" / "May 3, 1967"; the review's mend:
        # not a photographer over the photo desk, "Carl Renner," / "Getty Images", nor an office, "Harbour
        # Authority," / "Press Office": the person test of a name over an agency in brackets)
        text, following = text[:-1], then
    if following is None or len(text.split()) > 9 or len(following.split()) > P.NEARBY_DATE_MAX_WORDS \
            or _BY.match(text) or _OTHER_BY.match(text):
        return []    # ("Von Jane Doe", "Av Jane Doe" over its date: the label is no part of the name)
    match = _BARE_LINE.fullmatch(_ROLE_AFTER_NAME.sub("", text))
    # (a link to the writer's page alone under the name, "Jane Doe" / "View More Articles", says it is one)
    if not match or not (_READING_TIME.search(following) or line_date(following) or _role_line(following)
                         or ago and _TIME_AGO_LINE.fullmatch(following)
                         or _PROFILE_WORDS.search(following) and not without_profile_link(following).strip()
                         and _bracketed_person(text)):   # (not "Harbour Council" / "View Profile")
        return []
    names = people_of(_NAME_SPLIT.split(match.group("names")))
    if not names or any(word.lower() in P.NOT_NAME_WORDS for name in names for word in name.split()):
        return []    # "Most Popular", "Latest Stories" above a dated list
    if any(_PROFILE_WORDS.search(name) or name.split()[-1].lower() in P.INSTITUTION_LAST_WORDS for name in names):
        return []    # a link or an office over the date: "View Profile", "Press Office" (the review's mend, ingmendF18)
    return names


def _role_line(text: str) -> bool:
    """Whether a line under a bare name is its role alone: "Political correspondent", "Senior
    Reporter @janedoe" (a reporter's byline block, as recent pages print it). An outlet alone ("Town
    News") is not enough: menus print one under any two-word item."""
    text = _HANDLE_TAIL.sub("", text).strip()
    if "," in text:
        # the role, then the outlet or the place: "Business reporter, BBC News", "Senior Reporter,
        # Reuters" (fourteenth session of 2026-12-06: the block BBC pages print under the name)
        text = text.split(",")[0].strip()
    if not text or len(text.split()) > 4 or not text[0].isupper():
        return False
    return not without_role(" " + text).strip()


def without_profile_link(text: str) -> str:
    """``text`` without a link to the writer's page at its end ("Jane DoeView More Articles", "Jane Doe |
    View Profile", "Jane Doe More stories by Jane Doe"): what is left is the name (the link says it is one)."""
    return _PROFILE_LINK.sub("", text) if _PROFILE_WORDS.search(text) else text


def without_role(text: str) -> str:
    """``text`` without a job title at its end ("Jane Doe Staff Writer" → "Jane Doe"; patterns.BYLINE_ROLE)."""
    if not text.rstrip().lower().endswith(P.ROLE_ENDINGS):
        return text    # (most names have none: the quick test spares the long pattern)
    return P.BYLINE_ROLE.sub("", text)


def people_of(parts) -> list[str]:
    """The distinct people among byline parts, in order (``person_name`` of each)."""
    people: list[str] = []
    for part in parts:
        name = person_name(part)
        if name and name not in people:
            people.append(name)
    return people


def person_name(part: str) -> str | None:
    """One byline part as a person's name ("JANE DOE Associated Press" → "Jane Doe", "Nora Feld
    Staff Writer" → "Nora Feld"), or None when it is no person: an outlet ("BBC News", "GLX Staff",
    a news agency), a role alone, fewer than 2 or more than 5 words, digits, lower-case words
    other than name particles. The one test for plain text and HTML (html_evidence.split_people)."""
    bare = part.strip(" ,.:;|/-–—")
    name = without_role(bare).strip(" ,.:;|/-–—")
    if name != bare and name.split() and name.split()[0].lower() in _RANK_WORDS:
        return None    # a role whose beat is a name: "Chief Washington Correspondent", not "Chief Washington"
    name = _TRAILING_AGENCY.sub("", name).strip(" ,.-–—") or name   # "JANE DOE Associated Press"
    name = _HONORIFIC.sub("", name) if len(name.split()) >= 3 else name   # "By Dr. Jane Doe"
    words = name.split()
    while len(words) >= 3 and (words[-1].replace(".", "") in _DEGREES
                               and (words[-2].endswith(",") or not " ".join(words[:-1]).isupper())
                               or words[-1].replace(".", "").upper() in _DEGREES_NO_NAME and name.isupper()):
        # "Jane Doe MD", "Jane A. Doe PhD", "JANE DOE, MD": a degree after the name (twentieth session);
        # not the last part of a name in capitals, "NGUYEN VAN DO", "YO YO MA" (review of 2026-12-07, ingmend20),
        # unless no name ends so: "JOHN SMITH MD", "JANE DOE PH.D." (robust21: "John Smith Md")
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
        name = " ".join(words)
    if len(words) >= 3 and _BRAND.fullmatch(words[-1]):
        words = words[:-1]    # a brand in capitals run into a word after the name: "Jane Doe FOXBusiness"
        name = " ".join(words)
    caps = [w.isupper() and len(w) > 1 for w in words]
    if len(words) >= 3 and all(caps[:2]) and not all(caps):
        # a name in capitals, then an outlet or a role in other case: "JESSICA MINTZ AP Technology"
        words = words[:caps.index(False)]
        name = _TRAILING_AGENCY.sub("", " ".join(words)).strip() or " ".join(words)
        words = name.split()
    if len(words) >= 4 and words[-1].lower() in P.OUTLET_LAST_WORDS and not name.isupper():
        # a name, then an outlet whose first word is a brand: "Kelli Miller WebMD Health News"
        brand = next((i for i, w in enumerate(words[2:], 2) if sum(c.isupper() for c in w) >= 2), None)
        if brand is not None:
            words = words[:brand]
            name = " ".join(words)
        elif words[-1].lower() not in P.STAFF_LAST_WORDS and words[-2][:1].isupper() \
                and all(re.fullmatch(r"[A-Z][a-z'’.-]+", word) for word in words[:-2]):
            # a name, then a two-word outlet (its last word one of P.OUTLET_LAST_WORDS, as the test
            # above says): "Jane Doe Fox News", "Jane Ann Doe Sky News", "Jane Doe Daily Mail"; not
            # an outlet's staff ("Town Herald Editorial Staff")
            words = words[:-2]
            name = " ".join(words)
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or name in P.AGENCIES or len(words[-1]) < 2:
        return None
    if words[-1].lower().strip(".") in P.OUTLET_LAST_WORDS or words[0] in ("The", "THE"):
        return None    # "GLX Staff", "News Desk", "AP NEWS", "BBC News", "NJ Advance Media", "The Guardian"
    if words[0] in P.AGENCIES and not name.isupper():
        return None    # an agency's section or service: "CNN Business", "BBC Sport", "Reuters Breakingviews"
    if words[0].strip(".") in _DEGREES and not name.isupper():
        return None    # "Jane Doe, MA WebMD Health News": a degree, then the outlet
    if any(word.lower() in _FUNCTION_WORDS for word in words[1:]):
        return None    # a headline in title case above its date: "Coach Focused On Cup Run"
    if name.isupper():
        name = " ".join(w.lower() if w.lower() in P.NAME_PARTICLES else w.capitalize() for w in words)
    if not _PERSON.fullmatch(name):
        return None
    return name


def _agency_in(bracketed: re.Match | None) -> bool:
    """Whether an outlet in brackets after a bare name is a news agency or an outlet's name ("Jane
    Doe (Reuters)", "Jane Doe (CNN)"): the name is a byline (fourteenth session of 2026-12-06)."""
    if bracketed is None:
        return False
    outlet = bracketed.group(0).strip(" ()")
    return outlet in P.AGENCIES or outlet.split()[-1].lower() in P.OUTLET_LAST_WORDS


def _bracketed_person(name: str) -> bool:
    """Whether the words before an agency in brackets are a person's name, not a wire dateline's
    place or an office ("Gaza City (AFP)", "White House (CNN)", "Prime Minister (Reuters)", "Supreme
    Court (Reuters)"): the bracket form says nothing else of the writer, so beside ``person_name``'s
    test the name is no place of the gazetteer (GeoNames, as the places stage reads it), begins with
    no title or office (the actors' titles: "President", "Prime Minister", "Secretary") and ends in
    no institution (the actors' group nouns, "Court", "Ministry", "Army", and
    patterns.INSTITUTION_LAST_WORDS: "Department", "Office") — fourteenth session's mend of 2026-12-06."""
    words = name.lower().split()
    if not words:
        return False
    titles, groups = _office_words()
    if any(" ".join(words[:n]) in titles for n in range(1, len(words) + 1)) \
            or words[-1] in P.INSTITUTION_LAST_WORDS \
            or any(" ".join(words[-n:]) in groups for n in range(1, len(words) + 1)):
        return False
    return not _place(name)


def _place(name: str) -> bool:
    """Whether a name is a place of the gazetteer (GeoNames, as the places stage reads it): read only
    for the rare byline forms that say nothing else of a writer."""
    from ..places.gazetteer import load
    return name in load()


@functools.cache
def _office_words() -> tuple[frozenset[str], frozenset[str]]:
    """The titles of a person ("president", "prime minister") and the nouns of a group or an
    institution ("court", "ministry") of the actors stage's table of titles (actors/data/titles.tsv)."""
    titles, groups = set(), set()
    text = resources.files("dateline.actors").joinpath("data", "titles.tsv").read_text(encoding="utf-8")
    for row in text.splitlines():
        cells = [cell.strip() for cell in row.split("\t")]
        if row.startswith("#") or len(cells) < 3 or not cells[0]:
            continue
        (groups if cells[2] == "group" else titles).add(cells[0].lower())
    return frozenset(titles), frozenset(groups)


def _outlet_after(text: str) -> bool:
    """Whether a bare name is followed by an outlet or a role after a separator: "| Reuters",
    ", BBC News", ", Staff Writer"."""
    match = _OUTLET_TAIL.match(text)
    if not match:
        return False
    outlet = match.group(1).strip()
    return outlet in P.AGENCIES or outlet.split()[-1].lower() in P.OUTLET_LAST_WORDS \
        or not without_role(" " + outlet).strip()    # "Jane Doe, Senior Writer"


def wire_reporters(text: str) -> list[str]:
    """The reporters of a wire story's closing line: "Reporting by Jane Doe and John Roe in Kabul;
    Editing by Sam Poe" → ["Jane Doe", "John Roe"] (editors, additional reporting: not authors)."""
    match = _REPORTING_BY.match(text)
    if not match:
        return []
    parts = _NAME_SPLIT.split(match.group(1).strip())
    return people_of(re.sub(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$", "", part) for part in parts)


# ("Posted by: Name" with a colon signs a comment, not the article)
_BY = re.compile(r"^(?:(?i:by|written by|words by|story by|reporting by|(?:analysis|opinion|commentary|column|text) by"
                 r"|von|par|por)\s*:?|(?i:posted by|published by))"
                 r"\s+(?P<rest>\S.*)$")
# the Swedish and Norwegian "av", the Danish "af" (twenty-second session, invented bylines): English words
# too ("Av Gud Och Land", "Af Pak Policy Review"), so read only on a page not in English or on a line that
# stands where a byline stands (byline_people's ``foreign`` and ``placed``; review22A's mend, metamend22).
# Not the Dutch "door" at all: "Door Prizes Available" would be a byline.
_OTHER_BY = re.compile(r"^(?i:av|af)\s*:?\s+(?P<rest>\S.*)$")
# a date first, then the byline: "October 29, 2012 by Jane Doe · 2 Comments", "Modified on May 3, 2012
# by Jane Doe", "February 1, 2019 | BY: Jane Doe, MS"
_DATE_BY = re.compile(rf"^(?:(?:posted|published|modified|updated)\s+(?:on\s+)?)?(?:{P.DATE_TIME})\s*[|·•,-]?\s*"
                      r"(?i:by)\s*:?\s+(?P<rest>\S.*)$", re.IGNORECASE)
_LEADING_MARKS = re.compile(r"^[/\\|•·\s]+(?=(?i:by)\b)")   # not "— Name (@handle) date": an embedded post
_BY_ALONE = re.compile(r"^(?i:by|written by|author)\s*:?$")
# a bare name, and perhaps its outlet after a comma or a bar ("Jane Doe, Business Insider")
# (a middle initial without its full stop: "Harry J Enten")
# a capital letter of the Latin alphabets: "Émile", "Łukasz", "Øystein", "Ömer", "Seán Ó Briain" are names
# (fourteenth session of 2026-12-06: until then a name whose word began with a letter outside A-Z was none)
_CAP = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_NAME_WORD = rf"[{_CAP}][\w'’.-]+"
_ONE_NAME = rf"{_NAME_WORD}(?:\s+(?:[{_CAP}](?=\s)|{_NAME_WORD}|{P.PARTICLE})){{1,3}}"
# a byline that goes on into the writer's biography, read however long: "By Jane Doe, a senior
# editor who has covered the industry for a decade." (the names end at the comma)
_BY_WITH_BIO = re.compile(rf"^(?i:by)\s+{_ONE_NAME},\s+(?:a|an|the|who|our)\s")
_BARE_LINE = re.compile(rf"(?P<names>{_ONE_NAME}(?:\s+(?:and|AND|&)\s+{_ONE_NAME})?)"   # "Jane Doe and John Roe"
                        r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"   # "Jane Doe in Kyiv"
                        r"(?:\s*[,|]\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})?")
# a role after a bare name on its line, its first word capitalised and the rest in lower case:
# "Jane Doe Transport correspondent", "Jane Doe Chief political correspondent" (a page's byline block)
_ROLE_AFTER_NAME = re.compile(r"\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:correspondent|editor|reporter|writer|columnist|"
                              r"journalist|commentator)$")
_HANDLE_TAIL = re.compile(r"\s*@\w+\s*$")
# what follows a writer's name at the start of an author box's biography ("… is a reporter", "…, a senior editor")
_BIO_OPENING = re.compile(r"\s+(?:is|was|has|writes|joined|lives)\s|,\s+(?:a|an|the|our)\s")
# what makes it a person's biography, not a site's self-description ("Town Xpress covers all …"): a
# pronoun or a writer's trade
_BIO_PERSON = re.compile(r"\b(?:he|she|his|her|i|my)\b|\b(?:writer|reporter|editor|author|journalist|"
                         r"columnist|correspondent|contributor|freelancer?|blogger|novelist|critic)s?\b", re.IGNORECASE)
_READING_TIME = re.compile(r"^\d{1,2}\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
# a line that is a time ago alone (a label before it, a comment count after it), as pages print it
# under the writer's name: "2 hours ago", "Updated 5 mins ago", "29 minutes ago • 1", and the same in
# the other languages ``_AGO_FORMS`` knows, the ones ``relative_date`` reads: "vor 3 Stunden", "il y a
# 2 heures", "2 часа назад", "3小时前" (what a time ago dates is read only against the fetch time,
# relative_date; here it only says the name is a byline)
_TIME_AGO_LINE = re.compile(
    r"\W*(?:(?:updated|published|posted|modified)\s*:?\s*)?(?:"
    rf"{_AGO_EN}|{_ago_other(named=False)}"
    r")(?:\s*[•·|,]\s*\d{1,4})?\W*",
    re.IGNORECASE)
# a bare name at the start of a line (no lone initial, as _ONE_NAME allows), alone or two of them
_NO_INITIAL_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{P.PARTICLE})){{1,3}}"
_BARE_NAME = re.compile(rf"^{_NO_INITIAL_NAME}")
# a link to the writer's page after the name, glued or after a separator
_PROFILE_LINK = re.compile(r"(?:(?<=[\w.])|^)\s*[|•·-]?\s*(?i:(?:view|see|read)\s+(?:more|all)\s+(?:articles|posts|stories)"
                           r"|(?:more|all)\s+(?:articles|posts|stories)\s+(?:by|from)\b.*"
                           r"|view\s+(?:my\s+)?(?:full\s+|complete\s+)?profile)\W*$")
_PROFILE_WORDS = re.compile(r"(?i:articles|posts|stories|profile)")
# a bare name before a labelled field, however long the field's list: "Jane Doe | Tags: Schools, Budget, …"
_NAME_WITH_FIELDS = re.compile(rf"^{_NO_INITIAL_NAME}\s*[|•·]\s*(?i:tags|categor(?:y|ies)|filed under|topics?)\s*:")
# a post's signature: "by Jane Doe in Space, NASA | 16 comments", "Posted by Jane Doe on May 3, 2012",
# "Jane Doe on 10/29/2012 in Politics | Permalink"
_SIGNATURE = re.compile(rf"^(?:(?i:(?:posted\s+)?by)\s+{_ONE_NAME}\s+(?i:in|on|at)\s"
                        rf"|{_NO_INITIAL_NAME}\s+(?i:on)\s+(?:{P.WEEKDAY},?\s+)?(?:{P.DATE_TIME}))")
# an outlet alone on its line, as a byline cut at its links prints it under the name: "Town Insider"
# (not a photo desk, which credits a photographer: "Getty Images", "AP Photo", "Reuters Pictures")
_OUTLET_LINE = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")
_PHOTO_DESK = re.compile(r"\b(?:images?|photos?|photography|photographs?|pictures?|pics|photo\s+desk)\b",
                         re.IGNORECASE)
_BARE_PAIR = re.compile(rf"^{_NO_INITIAL_NAME}\s+(?:and|AND|&)\s+{_NO_INITIAL_NAME}")
# a follow button printed between a bare name and its date line
_FOLLOW_BUTTON = re.compile(r"^\W*(?:follow|subscribe)\W*$", re.IGNORECASE)
# "Jane Doe @janedoe", "Jane Doe, @janedoe, Show Name"
_HANDLE = re.compile(r"^\s*,?\s*@\w+")
# the date right after the name, perhaps after a separator or "on": "Jane Doe - Nov 19, 2019" (not the
# date at the end of a headline in title case, "Rovers Fans Know Their Coach (January 13 2008)")
_DATE_AFTER = re.compile(rf"^\s*(?:[|•·,/–—-]+\s*(?:[^|•·,/–—\d]{{1,40}}?\s*[|•·,/–—-]?\s*)?)?(?:on\s+)?"
                         rf"(?:{P.WEEKDAY},?\s+)?(?:{P.DATE_TIME})", re.IGNORECASE)   # (a role between: "| TV Writer")
# "Jane Doe · 5 min read": the reading time after a separator (fourteenth session of 2026-12-06)
_READING_AFTER = re.compile(r"^\s*[•·|/–—-]\s*\d{1,2}\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
# "Jane Doe • 29 minutes ago": a time ago after a separator
_AGO_AFTER = re.compile(rf"^\s*[•·|/–—-]\s*{_AGO_EN}", re.IGNORECASE)
# a labelled field among others: "Date: May 2, 2012 | Category: News | Author: Jane Doe"
# (and the other languages' "Autor:", "Texto:": twenty-second session)
_AUTHOR_FIELD = re.compile(r"(?:^|[|•·]\s*)(?i:authors?|words|contributors?|reporters?|writers?|texto|testo|"
                           r"autor|autora|autorin|auteur|autore)\s*:\s*(?P<rest>[^|•·]+)")
# the German, French and Scandinavian "Text:" field ("Text: Jane Doe, Fotos: John Roe"), a label English
# prints over anything ("Text: Full Speech Transcript", "Text: President Biden"): read only beside a second
# credit field on its line (_CREDIT_FIELD) or on a page not in English (review22A's mend, metamend22)
_TEXT_FIELD = re.compile(r"(?:^|[|•·]\s*)(?i:text|texte|tekst)\s*:\s*(?P<rest>[^|•·]+)")
_CREDIT_FIELD = re.compile(r"[,;|•·/]\s*(?i:fotos?|photos?|bild(?:er)?|billede|illustrations?|grafik)\s*:\s*\S")
_OUTLET_TAIL = re.compile(r"^\s*[|,/–—•·-]\s*([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*$")
# the names of a byline split where patterns.NAME_JOINS joins them
_NAME_SPLIT = re.compile(rf"\s*(?:{P.NAME_JOINS})\s*")
# the joins that pair two people ("and", "&"), unlike a comma, which also sets an outlet after a name
_JOINS_PEOPLE = re.compile(r"(?i:and|und|et|y|e)|&")
# an agency after the name, or glued to a name in capitals ("ERIC TUCKERAssociated Press")
_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(P.AGENCIES, key=len, reverse=True))
# a wire agency's label before a headline, "AFP: ", "The Associated Press: " (twentieth session); only the
# wire services whose copy aggregators carry under such a label, each under its names (review of 2026-12-07,
# ingmend20: every name of P.AGENCIES cut real headlines, "EPA: Power plants must…", "CNN: Poll shows…")
# (robust22: the national wire services whose copy other outlets carry under their name, as "MADRID (EFE) —")
_OLD_WIRES = {"AFP": "AFP", "Agence France-Presse": "AFP", "AP": "AP", "Associated Press": "AP", "Reuters": "Reuters",
              "dpa": "dpa", "DPA": "dpa"}
_NATIONAL_WIRES = {"EFE": "EFE", "Agencia EFE": "EFE", "ANSA": "ANSA", "Kyodo": "Kyodo", "Kyodo News": "Kyodo",
                   "Yonhap": "Yonhap", "Yonhap News Agency": "Yonhap", "PTI": "PTI", "Press Trust of India": "PTI",
                   "IANS": "IANS", "Xinhua": "Xinhua", "Xinhua News Agency": "Xinhua", "TASS": "TASS"}
_WIRES = _OLD_WIRES | _NATIONAL_WIRES
_WIRE_KEYS = {name.lower(): wire for name, wire in _WIRES.items()}


def _names_pattern(names) -> str:
    return "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))


_WIRE_NAMES = _names_pattern(_WIRES)
_OLD_WIRE_NAMES = _names_pattern(_OLD_WIRES)
_NATIONAL_WIRE_NAMES = _names_pattern(_NATIONAL_WIRES)
_AGENCY_LABEL = re.compile(rf"^(?:The\s+)?({_WIRE_NAMES}):\s+")
# the page's own credit to a wire agency: "(AFP)" in a line's opening ("PARIS (AFP) - "), a short credit
# line, "By AFP", "AFP", "Source: Reuters", "— The Associated Press", "AFP, Reuters", or the copyright
# line, "Copyright © 2008 AFP. All rights reserved."; not a photo's credit, "AFP/Getty Images", "Reuters/Alamy
# Stock Photo", under a newspaper's own story as well (robust21); nor an archive or pool photo's, nor
# one in another language ("Reuters/Files", "Reuters/Pool", "AFP/Imagens", "dpa/Bild": robmend21), while a
# photographer's name after the agency still leaves the line a credit ("AFP / Philippe Lopez")
_PHOTO_WORDS = (r"images?|photos?|pictures?|pix|files?|pool|fotos?|imagem|imagens|imagen|im[aá]genes|"
                r"bild|bilder")
_PHOTO_AGENCY = rf"(?i:getty|shutterstock|alamy|[\w .-]*\b(?:{_PHOTO_WORDS})\b)"
# A national wire's "(X)" credits it only in a dateline: the line opens with it ("(IANS) The Scotland
# Yard…"), or a place before it is followed by a dash or a colon ("MADRID (EFE) —", "New Delhi (PTI):")
# or carries a date ("New Delhi, Jun 10 (PTI) The…", "MANILA, Nov. 24 (Xinhua) --"); in prose "(X)"
# after a longer name is that name's short form, no credit ("Pakistan Tehreek-e-Insaf (PTI) chairman
# Imran Khan said", wiremend22: review22A), nor is an agency cited in a sentence ("… told Russia's
# news agency (TASS) on Monday"). AFP, AP, Reuters and dpa keep the opening's "(X)" anywhere in it.
_DATELINE_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|da|do|di|la|el|am|an|der|sur)){0,3})"
_DATELINE_DATE = (r"(?-i:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?|"
                  r"\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
_NATIONAL_DATELINE = (rf"^\s*\(\s*({_NATIONAL_WIRE_NAMES})\s*\)|"
                      rf"^\s*{_DATELINE_PLACE}\s*\(\s*({_NATIONAL_WIRE_NAMES})\s*\)\s*(?:[—–:-]|--)|"
                      rf"^\s*{_DATELINE_PLACE}\s*,\s*{_DATELINE_DATE}\s*\(\s*({_NATIONAL_WIRE_NAMES})\s*\)")
_WIRE_CREDIT = re.compile(rf"^.{{0,60}}\(\s*(?:The\s+)?({_OLD_WIRE_NAMES})\s*\)|{_NATIONAL_DATELINE}|"
                          rf"^\W*(?:(?:by|source|sources|credit|via|"
                          rf"from)\s*:?\s+)?(?:the\s+)?({_WIRE_NAMES})(?:\s*[/,|&]\s*(?!\s*{_PHOTO_AGENCY})[\w .-]{{1,30}})?\W*$|"
                          rf"^\s*(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{{4}}\s+)?(?:the\s+)?({_WIRE_NAMES})\b",
                          re.IGNORECASE)
_TRAILING_AGENCY = re.compile(rf"(?:\s+(?i:{_AGENCY_NAMES})|(?<=[A-Z]{{2}})(?=[A-Z][a-z])(?:{_AGENCY_NAMES}))$")
_REPORTING_BY = re.compile(r"^\(?\s*(?:reporting|writing)(?:\s+and\s+writing)?\s+by\s+([^;()]+)", re.IGNORECASE)
# where a byline's names end: a handle, a separator, a "Published"/"Updated" label, a time
_BYLINE_END = re.compile(r"\s[\w.+-]+@[\w-]+\.\w|@|\s[|•·/]\s?|\s[-–—]\s|\b(?:published|updated|posted)\b|\d{1,2}:\d{2}|"
                         r"\s(?:special\s+)?(?:for|to)\s|"   # "By JANE DOE FOR DAILYMAIL.COM", "Special to The Globe"
                         r"\b\d+\s+(?:min|hours?|days?)\b|"
                         # a comment count or a link after the name ("Jane Doe 1 Comment", "Discuss (0)")
                         r"\s(?:\(?\d+\)?\s+)?(?:comments?|responses?|discuss)\b|\s\d+\s*$|"
                         r"\sin\s+[A-Z]|"   # "by Jane Doe in Politics, Science | 16 comments"
                         r"\sof\s+(?:the\s+)?(?-i:[A-Z])|"   # "By Jane Doe and John Roe of The Times"
                         # the photographer's credit after the writer's: "By Jane Doe. Photos by John Roe"
                         r"[.;]\s+(?:photos?|photographs?|pictures?|images?|video|graphics?)(?:\s+by\b|\s*:)|"
                         rf"\s(?:{P.MONTH})\.?\s+\d|"   # a date without its year ("Nov. 5")
                         # (eighteenth session of 2026-12-07; and the e-mail address first above, "By Jane Doe
                         # jdoe@town.com", whose "@" alone left "Jane Doe jdoe") the site's address after the name,
                         # "By Jane Doe smithsonian.com"; "on" or "at" before a numeric date, "By Jane Doe On
                         # 11/13/19 at 4:00 PM"
                         r"\s[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|com\.au|co|ca|in|us|info|news|tv)\b|"
                         r"\s(?:on|at)\s+\d", re.IGNORECASE)
# "Nora FeldStaff Writer", "Owen BrackettTNBusiness": a role or an outlet glued to the name
# (after a name in capitals, the words that begin a role; after one in other case also "Chief",
# "Associate", "Deputy")
_GLUED_ROLE_WORDS = "Staff|Senior|Contributing|Special|Reporter|Editor|Writer|Correspondent|Contributor|Columnist"
_GLUED_ROLE = re.compile(rf"([a-z])((?:{_GLUED_ROLE_WORDS}|Chief|Associate|Deputy)\b|[A-Z]{{2,}})")
_GLUED_CAPS_ROLE = re.compile(rf"([A-Z]{{2}})({_GLUED_ROLE_WORDS})\b")
# a capitalised word glued to the end of a name ("Jane DoeOpinion": a section or link name run on;
# not a glued date, "Town NewsOctober 13, 2016", whose words before it are no name)
_GLUED_WORD = re.compile(r"\b([A-Z][a-z]{4,})(?=(?!(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b)[A-Z][a-z]{2,})")
# a role in brackets after a name: the writer's is cut, a photographer or a video maker is no author
_NOT_WRITER = re.compile(r"(?:\s*(?:,|\b(?i:and)\b|&)\s*)?(?:[A-Z][\w'’.-]*\s+){1,4}\((?i:photo\w*|pictures|video\w*|"
                         r"graphics?|illustrations?|camera)\)")
_PAREN_ROLE = re.compile(r"\s*\((?:[a-z][\w\s,&-]{0,30})\)")
_PAREN_OUTLET = re.compile(r"\s*\([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\)\s*$")   # "By Jane Doe (CNN)"
# a bare name before a labelled field: "Jane Doe | Tags: Schools, Budget"
_LABEL_AFTER = re.compile(r"^\s*[|•·]\s*(?:tags|categor(?:y|ies)|filed under|topics?)\s*:", re.IGNORECASE)
# the words of rank that open a job title, never a person's name (twenty-second session of 2026-12-07)
_RANK_WORDS = frozenset("senior chief deputy associate assistant executive managing contributing special staff".split())
# capitalised function words no person's name holds (a name particle, "de", "van", is no function word here)
_FUNCTION_WORDS = frozenset("to on of in at for with from by is are as into over after before about than".split())
_BRAND = re.compile(r"[A-Z]{2,}[a-z][\w.]*")   # "FOXBusiness", "CNNMoney" (no name starts with two capitals then lower case)
# a courtesy or academic title before a byline's name, no part of it (fourteenth session of 2026-12-06)
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Rev|DR|PROF|MR|MRS|MS)\.?\s+(?=[A-Z])")
_DEGREES = frozenset("MA MS MSc BA BSc MD RN RD RDN PhD MBA MPH DO DDS JD LLB LLM".split())
# those that end no name in capitals either ("MA", "DO", "BA", "MS" may: "YO YO MA", "NGUYEN VAN DO")
_DEGREES_NO_NAME = frozenset("MSC BSC MD RN RD RDN PHD MBA MPH DDS JD LLB LLM".split())
_PERSON = re.compile(rf"[{_CAP}][\w'’.-]*(?:\s+(?:[{_CAP}][\w'’.-]*|{P.PARTICLE})){{1,4}}")


def breadcrumb_headline(lines: list[Line], first: int) -> Line | None:
    """The line a breadcrumb names: a trail of at least three parts above the article's first line
    ``first`` ("You are here: Home / Startups / Yabbly raises cash …", "Site Home / News / Update: Store
    closes by January") whose last part (4+ words) is printed again as a line of its own below it and
    above the article; that line. The trail's last part is the page's own title, so a standfirst, a
    caption or a related story's headline nearer the article is not (twenty-second session of
    2026-12-07) — when the line reads like a headline: a section's name ends a trail too ("Home / News
    / Science and Technology News" over that name printed as the page's heading; the caller,
    clean._breadcrumb_title, asks). None without such a pair."""
    for index in range(min(first, len(lines))):
        crumbs = _BREADCRUMB.split(lines[index].text)
        if len(crumbs) < 3 or len(crumbs[-1].split()) < 4:
            continue
        wanted = key_of(crumbs[-1])
        for line in lines[index + 1:min(first, index + 1 + P.BREADCRUMB_TITLE_LINES)]:
            if line.key == wanted and line.kind not in _NOT_DATE_KINDS:
                return line
    return None


def title_of(lines: list[Line]) -> str | None:
    """The headline line, without a " | Site name" suffix when the page repeats the bare title."""
    headline = next((line for line in lines if line.kind == "headline"), None)
    return None if headline is None else title_text(headline.text, lines)


def title_text(text: str, lines: list[Line]) -> str:
    """A headline line's text as the title: without a glued section name, a breadcrumb's other
    parts or a " | Site name" suffix (see ``title_of``), or the section's and site's short parts
    after the headline ("Headline | Smart News | Smithsonian"; nineteenth session of 2026-12-07: one
    was cut, "Headline - Smart News" left): the last short part always, those before it only when
    every word in them is capitalised (review of 2026-12-07, ingmend19: all short parts were cut, and
    a headline's own clause with them, "Brexit deal agreed - what it means - BBC News")."""
    text = P.GLUED_SECTION.sub("", text)    # "Economy|Headline"
    label = _AGENCY_LABEL.match(text)
    if label and len(text[label.end():].split()) >= 3 and _credits_wire(_WIRES[label.group(1)], text, lines):
        text = text[label.end():]    # "AFP: Headline": a wire story's page on an aggregator (twentieth session)
    crumbs = _BREADCRUMB.split(text)
    if len(crumbs) >= 3 and len(crumbs[-1].split()) >= 4:
        return crumbs[-1]    # "InfoWorld Home / Business Intelligence / News / How big data will …"
    parts = _TITLE_SEPARATORS.split(text)
    if len(parts) > 1:
        keys = {line.key for line in lines}
        for part in parts:
            if len(part.split()) >= 3 and key_of(part) in keys:
                return part
        # "Headline - Site", "Headline | Section | Site": the site's name is the short last part; a part
        # before it goes too only when it may be a section's name (_section_name: "Smart News", "Markets"),
        # not a clause of the headline ("Brexit deal agreed - what it means - BBC News", "Ukraine War Live
        # - Day 300 - The Guardian", "Fed Raises Rates Again - Here's Why - CNBC")
        short = len(parts)
        while short > 1 and len(parts[short - 1].split()) <= 4 and len(" ".join(parts[:short - 1]).split()) >= 3 \
                and (short == len(parts) or _section_name(parts[short - 1])):
            short -= 1
        if short < len(parts):    # cut at its separator: the headline's own dashes stay as printed
            return text[:list(_TITLE_SEPARATORS.finditer(text))[short - 1].start()]
    return text


def _credits_wire(wire: str, title: str, lines: list[Line]) -> bool:
    """Whether a line of the page other than the headline credits the wire agency ``wire`` (a key of
    ``_WIRES``' values): the page is the agency's story, and the agency's name before the headline its
    label, not the headline's subject ("AP: Trump wins Iowa caucuses" over a newspaper's own story)."""
    for line in lines:
        if line.text == title:
            continue
        credit = _WIRE_CREDIT.match(line.text)
        if credit and _WIRE_KEYS[next(name for name in credit.groups() if name).lower()] == wire:
            return True
    return False


def _section_name(part: str) -> bool:
    """A part of a title between the headline and the site's name that may name a section or a blog
    ("Local News", "Markets", "NBA News Story", "Real Time Brussels", "Remember 80/90"): every word
    capitalised (_capitalised), and not one of a Title Case headline's own clauses: no contraction or
    possessive ("Here's Why", "And They're Not Great") and not a word and a bare number ("Day 300",
    "Week 12", "Part 2")."""
    return (_capitalised(part) and not re.search(r"\w['’]\w", part)
            and not re.fullmatch(r"\s*[^\W\d_]+\s+\d+\s*", part))


def _capitalised(part: str) -> bool:
    """Every word of a title's part starts with a capital letter (a section's or a site's name,
    "Local News", "Remember 80/90"; "day 300", "what it means" are the headline's own clauses); a
    number or a sign ("&") is no word here."""
    return all(word[0].isupper() for word in part.split() if word[0].isalpha())


def publisher_of(lines: list[Line]) -> str | None:
    """The copyright holder of a "Copyright © 2022 Press TV. All rights reserved." footer."""
    for line in lines:
        if line.kind == "copyright":
            owner = copyright_holder(line.text)
            if owner:
                return owner
    return None


def copyright_holder(text: str) -> str | None:
    """"Copyright © 2022 Press TV. All rights reserved." → "Press TV"; None when none is named."""
    match = P.COPYRIGHT.match(text)
    owner = (match.group("owner") if match else "") or ""
    owner = re.sub(r"\s*(?:all rights reserved.*|,?\s*(?:inc|ltd|llc|plc|gmbh)\.?)$", "", owner,
                   flags=re.IGNORECASE).strip(" ,.-–|")
    if owner and re.search(r"[A-Za-z]", owner) and len(owner.split()) <= 8:
        return owner
    return None
