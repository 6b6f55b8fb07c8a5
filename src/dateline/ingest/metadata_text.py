"""Metadata that scraped text states in its boilerplate: title, publication date, publisher."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from . import patterns as P
from .lines import Line

_DATE_TIME = re.compile(P.DATE_TIME, re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_ZONE = re.compile(r"\b(" + "|".join(sorted(P.ZONE_OFFSETS, key=len, reverse=True)) + r")\b"
                   r"(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?")
_NUMERIC_OFFSET = re.compile(r"(?<![\d:])([+-])(\d{2}):?(\d{2})\b")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")


def parse_date_text(text: str) -> str | None:
    """ISO 8601 of the date (and time and zone) in a publication line, or None.

    "Published November 24th, 2021 - 09:23 GMT" → "2021-11-24T09:23:00+00:00"; a date without a
    time gives a date ("2019-01-23"); a time without a known zone gives a naive time.
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
    plain = re.sub(r"\s(?:at|@|on)\s|[|–—()]|\s-\s", " ", plain, flags=re.IGNORECASE)
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.parse(plain, fuzzy=True, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900:
        return None
    if not _HAS_TIME.search(found):
        return parsed.date().isoformat()
    if offset is not None:
        parsed = parsed.replace(tzinfo=timezone(offset))
    return parsed.isoformat()


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


def parse_published_line(lines: list[Line]) -> str | None:
    """The publication date: a "Published …" line first, then a bare date line, then "Updated …"."""
    published = [line for line in lines if line.kind == "published" and line.date_text]
    labelled = [line for line in published if P.PUBLISHED_LABEL.match(line.text)]
    bare = [line for line in lines if line.kind == "dateline" and line.date_text]
    for line in labelled + bare + published:
        value = parse_date_text(line.date_text)
        if value:
            return value
    return None


def title_of(lines: list[Line]) -> str | None:
    """The headline line, without a " | Site name" suffix when the page repeats the bare title."""
    headline = next((line for line in lines if line.kind == "headline"), None)
    if headline is None:
        return None
    parts = _TITLE_SEPARATORS.split(headline.text)
    if len(parts) > 1:
        keys = {line.key for line in lines}
        for part in parts:
            if len(part.split()) >= 3 and " ".join(re.findall(r"\w+", part.lower())) in keys:
                return part
        # "Headline - Site": the site part is the short last one
        if len(parts[-1].split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 3:
            return " - ".join(parts[:-1])
    return headline.text


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
