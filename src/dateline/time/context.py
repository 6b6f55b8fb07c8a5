"""What a normaliser works with: the document :class:`Context`, the :class:`Resolved` result, and
small parsers of numbers, months, years and cue words shared by ``normalize`` and ``periods``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import lexicon as lx
from .calendar import is_day

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

@dataclass(slots=True)
class Context:
    """What a normaliser may know besides the match."""

    anchor: date | None
    text: str = ""
    tense: Callable[[int, int], str | None] = lambda start, end: None
    reference: str | None = None  # last absolute or anchor-relative date value mentioned
    past_reference: str | None = None  # the last such day on or before the anchor
    recent_day: str | None = None  # the last such day in the week up to the anchor (inclusive)
    reference_quarter: str | None = None  # last quarter value mentioned ("1989-Q3")
    # the last day written with its year ("November 15, 2017") and where it ends
    written_day: tuple[str, int] | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str
    is_reference: bool = True  # may later expressions be anchored on it?


# --- small parsers ---------------------------------------------------------------------------


def parse_count(text: str | None) -> float | None:
    """2 for "two", "2", "a couple of"; 24 for "twenty-four"; 2.5 for "2 1/2"; None when vague;
    the first number of a range ("two to three")."""
    if not text:
        return None
    t = re.sub(r"\s+", " ", text.lower().strip())
    t = re.split(r"\s*(?:\bto\b|\bor\b|-(?=\s*\d)|–)\s*", t)[0] if re.search(r"\d|\w", t) else t
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(1/2|½))?", t)
    if m:
        return float(m.group(1)) + (0.5 if m.group(2) else 0)
    if t.replace(",", "").isdigit():
        return float(t.replace(",", ""))
    if t in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[t])
    parts = re.split(r"[\s-]+", t)
    if parts and all(p in lx.NUMBER_WORDS for p in parts):
        total = 0
        for part in parts:
            n = lx.NUMBER_WORDS[part]
            total = total * n if n in (100, 1000) and total else total + n
        return float(total)
    return None


def unit_of(word: str) -> str:
    w = re.sub(r"\s+", " ", word.lower())
    return lx.UNIT_PLURALS.get(w, w)


def month_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.isdigit():
        return int(w) if 1 <= int(w) <= 12 else None
    return lx.MONTHS.get(w)


def year_of(text: str, anchor: date | None) -> int:
    """A written year; a two-digit one ("'89") takes the century that puts it nearest the anchor."""
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    base = anchor.year if anchor else 1999
    century = base // 100 * 100
    candidates = [century - 100 + two, century + two, century + 100 + two]
    return min(candidates, key=lambda y: (abs(y - base) if y <= base + 10 else 10_000))


def reference_day(m: re.Match, ctx: Context) -> str | None:
    """The day a clock time or "the same day", "that day", "the next day", "two days later"
    counts from: the reference time when it is a day; but a clause in the past tense, or one
    whose tense the parse does not give (a participle: "killing eight people on the same day"),
    is not told from a day after the anchor ("He will be sentenced on 5 April." ... "The bomb
    went off at 13:40 local time"; "... the second attack, on the same day"): the last day on or
    before the anchor the article named, else None (the anchor)."""
    ref = ctx.reference
    if not is_day(ref):
        return None
    if ctx.anchor and ref > ctx.anchor.isoformat() and tense_of(m, ctx) in ("past", None):
        return ctx.past_reference
    return ref


# Quotation marks: straight quotes toggle; curly and TeX-style ones open or close; the low-9 „
# opens (German, Czech, Polish …: „…“, „…”), and the “ that follows it closes.
_QUOTE_MARK = re.compile(r'"|“|”|„|``|\'\'')
_OPENING = ("“", "``", "„")
_REPORTING_PARTICIPLE = re.compile(r"\b(?:" + "|".join(lx.REPORTING_PARTICIPLES) + r")\b",
                                   re.IGNORECASE)
_REPORTED_PAST = re.compile(r"\b(?:" + "|".join(lx.REPORTING_PAST) + r")\b", re.IGNORECASE)


def statement_day(m: re.Match, ctx: Context) -> str | None:
    """The day a statement quoted in the past was made, for "today", "yesterday", "tomorrow"
    inside its quotation: in a paragraph whose words outside the quotation marks report it in
    the past ("Sanders said: 'Today, I am asking …'", published two days after a lede "On
    Monday, Sanders endorsed …"), the last day of the week up to the anchor that the article
    named, when that day is before the anchor; else None (the anchor: a statement of the day;
    a background date named last, "a report of August 27", is not the statement's day)."""
    day = ctx.recent_day
    if not (ctx.anchor and day and day < ctx.anchor.isoformat()):
        return None
    first = ctx.text.rfind("\n", 0, m.start()) + 1
    last = ctx.text.find("\n", m.end())
    paragraph = ctx.text[first:last if last >= 0 else len(ctx.text)]
    position = m.start() - first
    inside, quoted, outside, previous, opener = False, None, [], 0, None
    for mark in _QUOTE_MARK.finditer(paragraph):
        if quoted is None and mark.start() >= position:
            quoted = inside
        if not inside:
            outside.append((previous, mark.start()))
        if mark.group() == '"':
            inside = not inside
        elif inside and opener == "„" and mark.group() == "“":
            inside = False  # „…“
        else:
            inside = mark.group() in _OPENING
        opener = mark.group() if inside else None
        previous = mark.end()
    if not inside:
        outside.append((previous, len(paragraph)))
    quoted = inside if quoted is None else quoted  # a quotation left open to the paragraph's end
    if not quoted:
        return None
    if _REPORTED_PAST.search(" ".join(paragraph[s:e] for s, e in outside)):
        return day
    # "gave a different account, also speaking via Twitter: '...'": the participle's clause
    return day if any(ctx.tense(first + p.start(), first + p.end()) == "past"
                      for s, e in outside  # finditer counts from the paragraph's start
                      for p in _REPORTING_PARTICIPLE.finditer(paragraph, s, e)) else None


def is_lower(word: str) -> bool:
    return word[:1].islower()


def tense_of(m: re.Match, ctx: Context) -> str | None:
    return ctx.tense(m.start(), m.end())


def calendar_tense(m: re.Match, ctx: Context) -> str | None:
    """The tense that places a month or a date named without a year: a present tense looks
    forward ("the plan takes effect in June"; on TimeBank+AQUAINT 7 of 8 such months were
    after the anchor)."""
    if future_cue(ctx, m.start()):
        return "future"
    tense = tense_of(m, ctx)
    return "future" if tense == "present" else tense


# A deadline word before the expression (and before a clock time that goes with it) points
# forward whatever the verb's tense: "postponed until Tuesday", "as soon as Tuesday", "extended
# its deadline until 9 a.m. Tuesday".
_FUTURE_CUE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in lx.FUTURE_CUES)
                         + r")\s+(?:[\d:.]+\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?,?\s+)?$", re.IGNORECASE)


def future_cue(ctx: Context, start: int) -> bool:
    return bool(_FUTURE_CUE.search(ctx.text[max(0, start - 40):start]))


def direction_of_rel(rel: str | None) -> int | None:
    if not rel:
        return None
    return lx.RELATIVE.get(re.sub(r"\s+", " ", rel.lower()))


MONTH_START = "(?:" + "|".join(sorted({k.capitalize() for k in lx.MONTHS}, key=len,
                                        reverse=True)) + ")"


def preceding_word(ctx: Context, start: int) -> str:
    m = re.search(r"(\S+)\s*$", ctx.text[max(0, start - 40):start])
    return m.group(1) if m else ""


def pod_code(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().strip()
    if w in lx.CLOCK_WORDS:
        return lx.CLOCK_WORDS[w]
    w = re.sub(r"^mid-?", "", w)
    return lx.PARTS_OF_DAY.get(w)
