"""Finding temporal expressions in a text and normalising them: :class:`TimexFinder`.

1. Every rule of ``rules.py`` proposes matches.
2. Overlapping matches are settled longest first (then by rule order), skipping matches that
   their normaliser rejects ("may" the verb), so a shorter reading can still win.
3. A clock time directly followed by a day ("10 p.m. Wednesday") becomes one TIME.
4. The survivors are normalised left to right, so that "a year earlier" or "the year-ago
   quarter" can use the last date the article mentioned (the reference time).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..model import Timex
from .calendar import is_day
from .context import TIME, Context, Resolved
from .normalize import NORMALISERS
from .rules import (LEADING_DETERMINER_HYPHEN, LEADING_DETERMINER_SINGULAR, RULE_NEEDS,
                    WORD_START, Rule, char_class, compile_rules_and_starts, pair_allowed,
                    pair_table)

# Text allowed between a clock time and the day it belongs to: "10 p.m. Wednesday",
# "5 p.m. EST, Nov. 6".
_CLOCK_DAY_GAP = re.compile(r",?\s{1,3}")
# A year written out in an expression ("November 15, 2017", "2017-11-15").
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")
# A second day of the same month joined to a day ("on April 24 and 25"): TimeML marks each day.
# Not a count, a share or a clock time ("March 3 and 4 percent", "and 25,000", "and 5 p.m.").
_CONJOINED_DAY = re.compile(r"\s+(?:and|or|&)\s+(?P<day>[0-3]?\d)(?![\w%:/-]|[,.]\d|\s+(?:a\.?m|p\.?m|"
                            r"percent|per|million|billion|thousand|hundred|of|to|[A-Z][a-z]+)\b)")
# What may follow such a second day without making it a count ("on March 3 and 4 soldiers died",
# "on May 1 and 20 delegates"): punctuation, the end, or a preposition, determiner or conjunction.
# Any other word makes it a day only where the parse reads that word as a verb.
_AFTER_DAY = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:in|at|on|from|with|by|for|during|after|before|"
                        r"until|till|when|while|as|and|or|but|the|this|that|next|last|respectively)\b")
# How far before the publication date a day the article names may be the day of a statement it
# quotes (``context.statement_day``): news reports a statement within the week.
RECENT_DAYS = 7
# The most pairs of first characters ``_Starts`` keeps the rules of (cleared when full; an
# article has a few hundred distinct ones, mostly the same from one article to the next).
MAX_PAIRS = 20_000


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    order: int
    match: re.Match


def _normalise(c: Candidate, ctx: Context) -> Resolved | None:
    """The normaliser's result; a date beyond the calendar's range (year 10000, year 0) drops
    the expression rather than the article."""
    try:
        return NORMALISERS[c.rule.kind](c.match, ctx)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=1)
def _compiled_and_starts():
    """The rules compiled and their start characters, from one parse of each rule."""
    return compile_rules_and_starts()


def _compiled():
    return _compiled_and_starts()[0]


class _Starts:
    """Where each rule can start in a text, found in one pass over it.

    A rule's regex can only match at a word start (``WORD_START``) whose character is in the
    rule's start class (``rules.char_class``), and whose first two characters are among the
    rule's ``rules.first_pairs`` where those are known. One scan finds the word starts whose
    character is in any rule's class, grouped by their two characters; each rule's regex is then
    tried with ``match`` at its own positions only, instead of ``finditer`` visiting every
    position of the text once per rule. ``finditer``'s matches are the leftmost non-overlapping ones, so taking
    the first match at or after the end of the previous one gives the same matches. Rules whose
    start class is not known (None) are scanned with ``finditer``."""

    def __init__(self, firsts: list[set[str] | None], pairs: list | None = None):
        """``firsts``: each rule's first characters, ``pairs`` its first two
        (``rules.compile_rules_and_starts``)."""
        pairs = pairs or [None] * len(firsts)
        self.classes = [re.compile(char_class(first), re.IGNORECASE) if first else None
                        for first in firsts]
        # Of a word start whose first character a rule's class matches, the second character
        # too, where the rule's first two are known.
        self.tables = [pair_table(pair) if first else None for first, pair in zip(firsts, pairs)]
        union = sorted({item for first in firsts if first for item in first})
        self.scan = re.compile(WORD_START + "[" + "".join(union) + "]", re.IGNORECASE)
        self._rules_of: dict[str, frozenset[int]] = {}
        self._rules_of_pair: dict[str, frozenset[int]] = {}

    def rules_of(self, char: str) -> frozenset[int]:
        """The indexes of the rules whose start class holds ``char`` (memoised per character)."""
        found = self._rules_of.get(char)
        if found is None:
            found = self._rules_of[char] = frozenset(
                i for i, cl in enumerate(self.classes) if cl is not None and cl.match(char))
        return found

    def rules_of_pair(self, chars: str) -> frozenset[int]:
        """The indexes of the rules that can start with ``chars``, a word start's first two
        characters (one at the end of the text) (memoised)."""
        found = self._rules_of_pair.get(chars)
        if found is None:
            if len(self._rules_of_pair) >= MAX_PAIRS:
                self._rules_of_pair.clear()
            tables = self.tables
            found = self._rules_of_pair[chars] = frozenset(
                i for i in self.rules_of(chars[0]) if pair_allowed(tables[i], chars))
        return found

    def positions(self, text: str) -> dict[int, list[int]]:
        """The word starts of ``text`` at which each rule (by index) can start (unsorted)."""
        by_chars: dict[str, list[int]] = {}
        for m in self.scan.finditer(text):
            p = m.start()
            by_chars.setdefault(text[p:p + 2], []).append(p)
        by_rule: dict[int, list[int]] = {}
        for chars, ps in by_chars.items():
            for order in self.rules_of_pair(chars):
                by_rule.setdefault(order, []).extend(ps)
        return by_rule

    def matches(self, order: int, regex: re.Pattern, text: str, by_rule: dict[int, list[int]]):
        """Rule ``order``'s non-empty matches in ``text``, as ``regex.finditer`` finds them."""
        if self.classes[order] is None:
            yield from (m for m in regex.finditer(text) if m.end() > m.start())
            return
        end = 0
        match = regex.match
        for p in sorted(by_rule.get(order, ())):
            if p < end:
                continue
            m = match(text, p)
            if m is not None and m.end() > p:
                yield m
                end = m.end()


@lru_cache(maxsize=1)
def _starts():
    _, firsts, pairs = _compiled_and_starts()
    return _Starts(firsts=firsts, pairs=pairs)


class TimexFinder:
    """Temporal expressions of a text as :class:`~dateline.model.Timex` records.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in TimexFinder().find("He left last week.", date(2021, 11, 24))]
    [('last week', '2021-W46')]
    """

    def __init__(self):
        self.rules = _compiled()
        self.starts = _starts()

    def candidates(self, text: str) -> list[Candidate]:
        found = []
        lowered = text.lower()
        by_rule = self.starts.positions(text)
        present: dict[str, bool] = {}  # each needed word: whether the text holds it (asked once)

        def holds(word: str) -> bool:
            held = present.get(word)
            if held is None:
                held = present[word] = word in lowered
            return held

        classes = self.starts.classes
        for order, (rule, regex) in enumerate(self.rules):
            if classes[order] is not None and order not in by_rule:
                continue  # no word start of the text can open it: no match, whatever it needs
            needs = RULE_NEEDS.get(rule.name)
            if needs and not any(holds(word) for word in needs):
                continue
            for m in self.starts.matches(order, regex, text, by_rule):
                found.append(Candidate(m.start(), m.end(), rule, order, m))
        return found

    def select(self, candidates: list[Candidate], ctx: Context) -> list[Candidate]:
        """Non-overlapping candidates, longest first, that their normaliser accepts."""
        chosen: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.order, c.start)):
            if any(c.start < e and s < c.end for s, e in taken):
                continue
            if _normalise(c, ctx) is None:
                continue
            chosen.append(c)
            taken.append((c.start, c.end))
        return sorted(chosen, key=lambda c: c.start)

    def find(self, text: str, anchor: date | None,
             tense: Callable[[int, int], str | None] | None = None,
             modifier: Callable[[int, int], bool] | None = None,
             day_not_count: Callable[[int, int], bool | None] | None = None) -> list[Timex]:
        """The timexes of ``text``; ``tense(start, end)``, ``modifier(start, end)`` (whether the
        expression qualifies a noun) and ``day_not_count(start, end)`` (whether a number joined to
        a day is a day, not a count: ``TenseReader.day_not_count``) read the parse, when there is
        one."""
        cached: dict[tuple[int, int], str | None] = {}

        def tense_cached(start: int, end: int) -> str | None:
            if tense is None:
                return None
            key = (start, end)
            if key not in cached:
                cached[key] = tense(start, end)
            return cached[key]

        ctx = Context(anchor=anchor, text=text, tense=tense_cached)
        selected = self.select(self.candidates(text), ctx)
        starts = {c.start for c in selected}
        timexes: list[Timex] = []
        previous: tuple[Candidate, Resolved] | None = None
        for c in selected:
            resolved = _normalise(c, ctx)
            if resolved is None:
                continue
            merged = self._merge_clock_and_day(text, previous, c, resolved)
            if merged is not None:
                timexes[-1] = merged
                previous = None
                self._remember(ctx, resolved)
                continue
            previous = (c, resolved)
            start = c.start
            if c.rule.name != "compound_duration":  # "a three-year period" keeps its article
                lead = LEADING_DETERMINER_HYPHEN.match(text, c.start, c.end)
                if lead is None and resolved.type == "DURATION":
                    lead = LEADING_DETERMINER_SINGULAR.match(text, c.start, c.end)
                start = lead.end() if lead else c.start
            timexes.append(Timex(start, c.end, text[start:c.end], resolved.type, resolved.value))
            self._remember(ctx, resolved, modifier is not None and modifier(c.start, c.end))
            if is_day(resolved.value[:10]) and _WRITTEN_YEAR.search(text, c.start, c.end):
                ctx.written_day = (resolved.value[:10], c.end)
            if (second := self._conjoined_day(text, c, resolved, starts, day_not_count)) is not None:
                timexes.append(second)
        return timexes

    @staticmethod
    def _conjoined_day(text: str, c: Candidate, resolved: Resolved, starts,
                       day_not_count: Callable[[int, int], bool | None] | None = None) -> Timex | None:
        """The second day of "on April 24 and 25" (a later day of the month of the day
        ``resolved``, whose expression ends with its day number), as a DATE of its own; not the
        count of "on March 3 and 4 soldiers died" (``_AFTER_DAY``; the parse's nummod)."""
        if resolved.type != "DATE" or len(resolved.value) != 10 or not is_day(resolved.value) \
                or not text[c.start:c.end][-1:].isdigit():
            return None
        m = _CONJOINED_DAY.match(text, c.end)
        if m is None or any(m.start() < start < m.end() for start in starts):
            return None
        parse = None if day_not_count is None else day_not_count(m.start("day"), m.end("day"))
        if parse is False or (parse is None and not _AFTER_DAY.match(text, m.end())):
            return None
        first = date.fromisoformat(resolved.value)
        try:
            second = first.replace(day=int(m["day"]))
        except ValueError:
            return None
        if second <= first:
            return None
        return Timex(m.start("day"), m.end("day"), m["day"], "DATE", second.isoformat())

    @staticmethod
    def _merge_clock_and_day(text: str, previous, current: Candidate,
                             resolved: Resolved) -> Timex | None:
        """One TIME for a clock time and the day next to it: "10 p.m. Wednesday",
        "5 p.m. EST, Nov. 6", "Thursday 1 p.m.", "8 a.m. this morning"."""
        if previous is None:
            return None
        before, before_value = previous
        if not _CLOCK_DAY_GAP.fullmatch(text[before.end:current.start]):
            return None
        if before.rule.kind == "clock" and current.rule.kind != "clock":
            clock, day = before_value.value, resolved.value
        elif current.rule.kind == "clock" and before.rule.kind != "clock":
            clock, day = resolved.value, before_value.value
        else:
            return None
        if not _DAY_VALUE.match(day[:10]) or len(day) < 10 or (len(day) > 10 and day[10] != "T") \
                or "T" not in clock:
            return None
        value = day[:10] + clock[clock.index("T"):]
        return Timex(before.start, current.end, text[before.start:current.end], TIME, value)

    @staticmethod
    def _remember(ctx: Context, resolved: Resolved, qualifies_noun: bool = False) -> None:
        """Keep the reference time: the last dated value not itself anchored on a reference. A
        day that qualifies a noun after the story named a day is background, not the day the
        story is at: "On Wednesday the ministers met. They called the November 27 agreement
        void. In a press release issued the following day, Turkey ..." counts from Wednesday."""
        if not resolved.is_reference or not re.match(r"^\d{4}", resolved.value):
            return
        if qualifies_noun and is_day(ctx.reference) and is_day(resolved.value[:10]):
            return
        if resolved.type == "DURATION" or resolved.type == "SET":
            return
        ctx.reference = resolved.value[:10]
        if ctx.anchor and is_day(ctx.reference) and \
                ctx.reference <= ctx.anchor.isoformat():
            ctx.past_reference = ctx.reference
            if ctx.reference >= (ctx.anchor - timedelta(days=RECENT_DAYS)).isoformat():
                ctx.recent_day = ctx.reference
        if re.fullmatch(r"\d{4}-Q\d", resolved.value):
            ctx.reference_quarter = resolved.value
