"""The rule set: regular expressions for English temporal expressions in news, kept as data.

Each :class:`Rule` names a pattern and the normaliser (``kind``, see ``normalize.py``) that turns
its match into a TIMEX3 type and value. Patterns are written with ``<<FRAGMENT>>`` placeholders
that are filled from the word tables of ``lexicon.py``, then compiled case-insensitively between
word boundaries. Where two matches overlap the longer wins (then the earlier rule), so a rule can
be general and a longer, more specific one still takes precedence.

Span conventions follow TimeML/TempEval-3 as annotated in TimeBank: no leading preposition ("on",
"in", "for"); determiners, "last"/"next"/"this", position modifiers ("early", "mid-", "the end
of") and approximators ("about", "nearly", "more than") are part of the expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _compiler, _constants as c, _parser

from . import lexicon as lx


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace.

    The words are grouped by their first letter, in that order within each group ("jan|june|
    july" -> "j(?:an|une|uly)"): the regex engine tries one branch per letter instead of one per
    word, and the matches are the same (words that start with different ASCII characters never
    match at the same place, so only the order within a group matters, and it is kept)."""
    parts = sorted(set(words), key=len, reverse=True)
    if any(not w or not w[0].isascii() or not w[0].isalnum() for w in parts):
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"
    return _grouped(re.escape(w).replace(r"\ ", r"\s+") for w in parts)


def _grouped(alternatives) -> str:
    """``(?:a|b|...)`` of regex ``alternatives`` that each start with an ASCII letter or digit,
    grouped by that character (case-folded) with their order kept within each group. Only
    alternatives with the same first character can match at the same place, so the regex
    matches exactly what the plain alternation matches, with one branch tried per letter."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        if not a or not a[0].isascii() or not a[0].isalnum():
            raise ValueError(f"alternative {a!r} does not start with a letter or digit")
        groups.setdefault(a[0].lower(), []).append(a)
    return "(?:" + "|".join(
        ws[0][0] + "(?:" + "|".join(a[1:] for a in ws) + ")" for ws in groups.values()) + ")"


_UNITS_ALL = list(lx.UNITS) + list(lx.UNIT_PLURALS)
_NUMBER_SIMPLE = [w for w in lx.NUMBER_WORDS if w not in ("a", "an")]
_TENS = _grouped("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety".split("|"))
_ONES = _grouped("one|two|three|four|five|six|seven|eight|nine".split("|"))

FRAGMENTS = {
    "MONTH": r"(?:" + _alternation(k for k in lx.MONTHS if len(k) > 4 or k in ("may", "june", "july"))
             + "|" + _alternation(k for k in lx.MONTHS if len(k) <= 4 and k not in ("may", "june", "july"))
             + r"\.?)",
    "WEEKDAY": r"(?:" + _alternation(k for k in lx.WEEKDAYS if len(k) > 4) + "|"
               + _alternation(k for k in lx.WEEKDAYS if len(k) <= 4) + r"\.)",
    "WEEKDAY_FULL": _alternation(k for k in lx.WEEKDAYS if len(k) > 4),
    "SEASON": _alternation(lx.SEASONS),
    "POD": _alternation(lx.PARTS_OF_DAY),
    "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)",
    "YEAR": r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)",
    "YEAR_OR_SHORT": r"(?:1[6-9]\d\d|20\d\d|'\d\d)(?![\d,.]\d)",
    "NUMWORD": r"(?:(?:" + _TENS + r"[\s-]" + _ONES + "|" + _alternation(_NUMBER_SIMPLE) + r")"
               r"(?:\s+(?:hundred|thousand))?)",
    "DIGITS": r"(?:\d+(?:\.\d+)?(?:\s+1/2|\s*½)?)",
    "VAGUE": _alternation(lx.VAGUE_COUNTS - {"the", "more"}),
    "UNIT": _alternation(_UNITS_ALL),
    "UNIT_SG": _alternation(lx.UNITS),
    "APPROX": _alternation(lx.APPROXIMATORS),
    "REL": _alternation(lx.RELATIVE),
    "ORD": _alternation(lx.ORDINALS),
    "QORD": r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)",
    "POSMOD": _grouped([r"early", r"late", r"mid-?", r"earlier", r"later", r"the\s+" + _grouped(
        r"end|beginning|start|middle|close|rest|remainder|first\s+half|second\s+half|"
        r"latter\s+part|early\s+part".split("|")) + r"\s+of"]),
    "FUZZY": _alternation(lx.FUZZY),
    "DEICTIC": _alternation(lx.DEICTIC_DAYS),
    "FREQ": _alternation(lx.FREQUENCY_WORDS),
    "HOLIDAY": _alternation(list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS)),
    "TZ": r"(?:" + "|".join(lx.TIME_ZONES) + r")(?![a-z])",
    "AMPM": r"(?:a\.m\.?|p\.m\.?|am(?![a-z])|pm(?![a-z]))",
    "CLOCKWORD": _alternation(lx.CLOCK_WORDS),
    "DECADEWORD": _alternation(lx.DECADE_WORDS),
}
FRAGMENTS["SPELLED_YEAR"] = (r"(?:(?:nineteen|eighteen|twenty)\s+(?:" + _TENS + r"(?:[\s-]" + _ONES
                              + r")?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                              r"seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:\s+(?:and\s+)?"
                              + _ONES + r")?)(?!\s+(?:" + _alternation(_UNITS_ALL) + "))")
FRAGMENTS["COUNT"] = ("(?:" + FRAGMENTS["DIGITS"] + "|" + FRAGMENTS["NUMWORD"] + "|"
                      + FRAGMENTS["VAGUE"] + "|an?)")
FRAGMENTS["COUNT_RANGE"] = ("(?:" + FRAGMENTS["COUNT"] + r"(?:\s*(?:to|or|-|–)\s*"
                            + FRAGMENTS["COUNT"] + ")?)")


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the normaliser (``kind``) of its matches."""

    name: str
    kind: str
    pattern: str


RULES: tuple[Rule, ...] = (
    # --- calendar dates ---------------------------------------------------------------------
    Rule("month_day_year", "date",
         r"(?:(?P<wd><<WEEKDAY>>),?\s+)?(?P<month><<MONTH>>)\s*(?P<day><<DAYNUM>>)(?:st|nd|rd|th)?"
         r",?\s+(?P<year><<YEAR_OR_SHORT>>)"),
    Rule("day_month_year", "date",
         r"(?:(?P<wd><<WEEKDAY>>),?\s+)?(?:the\s+)?(?P<day><<DAYNUM>>)(?:st|nd|rd|th)?\s+(?:of\s+)?"
         r"(?P<month><<MONTH>>),?\s+(?P<year><<YEAR>>)"),
    Rule("relyear_month_day", "date",  # "Last year August 8", "August 8 last year"
         r"(?:(?P<relyear>this|last|next)\s+year,?\s+(?P<month><<MONTH>>)\s*(?P<day><<DAYNUM>>)"
         r"(?:st|nd|rd|th)?(?![\d:.,]\d)|(?P<month2><<MONTH>>)\s*(?P<day2><<DAYNUM>>)"
         r"(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?P<relyear2>this|last|next)\s+year)"),
    Rule("month_day", "date",
         r"(?:(?P<wd><<WEEKDAY>>),?\s+)?(?P<month><<MONTH>>)\s*(?P<day><<DAYNUM>>)(?:st|nd|rd|th)?"
         r"(?![\d:.,]\d)"),
    Rule("day_month", "date",
         r"(?:(?P<wd><<WEEKDAY>>),?\s+)?(?:the\s+)?(?P<day><<DAYNUM>>)(?:st|nd|rd|th)?\s+(?:of\s+)?"
         r"(?P<month><<MONTH>>)"),
    Rule("iso_date", "date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    Rule("slash_date", "date",
         r"(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])"),
    Rule("era_year", "era_year",
         r"(?:(?P<pre>AD|A\.D\.)\s+(?P<year1>\d{1,4})|(?P<year>\d{1,4})\s+(?P<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.))"
         r"(?![\w])"),
    Rule("week_of", "week_of",
         r"the\s+week\s+of\s+(?P<month><<MONTH>>)\s*(?P<day><<DAYNUM>>)(?:st|nd|rd|th)?"
         r"(?:,?\s+(?P<year><<YEAR>>))?"),
    Rule("month_year", "month",
         r"(?:(?P<mod><<POSMOD>>)[\s-]*)?(?P<month><<MONTH>>),?\s+(?:of\s+)?(?P<year><<YEAR_OR_SHORT>>|<<SPELLED_YEAR>>)"),
    Rule("month_relyear", "month",
         r"(?:(?P<mod><<POSMOD>>)[\s-]*)?(?P<month><<MONTH>>)\s+(?:of\s+)?(?P<relyear>this|last|next)\s+year"),
    Rule("month", "month",
         r"(?:(?P<mod><<POSMOD>>)[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|"
         r"past|coming)\s+)?(?P<month><<MONTH>>)(?!\.?\s*\d)"),
    Rule("year", "year",
         r"(?:(?P<mod><<POSMOD>>)[\s-]*|(?P<fiscal>fiscal|calendar|the\s+year|model\s+year)\s+)?"
         r"(?P<year><<YEAR>>)(?!\s*(?:%|percent|-\d|\d|GMT|UTC|hours|hrs)\b)"),
    Rule("fiscal_short", "year", r"(?P<fiscal>fiscal|FY)\s*(?P<year>'?\d\d)(?!\d)"),
    Rule("year_period", "year_period",
         r"the\s+(?P<year><<YEAR>>)\s+(?:(?P<q><<QORD>>)[\s-]+quarter|(?P<unit>period|quarter|"
         r"fiscal\s+year|season|half))"),
    Rule("decade", "decade",
         r"(?:the\s+)?(?:(?P<mod>early|late|mid|the\s+last\s+half\s+of\s+the|"
         r"the\s+first\s+half\s+of\s+the)[\s-]*)?"
         r"(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|'(?P<short>\d0)s|(?P<word><<DECADEWORD>>))(?![\w-])"),
    Rule("century", "century",
         r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]*)?(?P<ord><<ORD>>)[\s-]+century"),
    Rule("spelled_year", "spelled_year",
         r"(?:the\s+year\s+)?(?P<words><<SPELLED_YEAR>>)"),
    Rule("season", "season",
         r"(?:(?P<mod>early|late|mid)[\s-]*)?(?P<the>the\s+)?(?:(?P<mod2>early|late|mid)[\s-]*)?"
         r"(?P<season><<SEASON>>)(?:\s+(?:of\s+)?(?P<year><<YEAR>>|(?:nineteen|twenty)\s+"
         + _TENS + r"(?:[\s-]" + _ONES + r")?))?(?![\w-])"),
    Rule("holiday", "holiday",
         r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<holiday><<HOLIDAY>>)"
         r"(?:\s+(?P<year><<YEAR>>))?"),
    # --- quarters and halves ----------------------------------------------------------------
    Rule("quarter", "quarter",
         r"(?:(?:the|a)\s+)?(?:(?P<year><<YEAR>>)\s+|(?P<relyear>this|last|next)\s+year's\s+|"
         r"(?P<ago>(?:comparable\s+|same\s+)?" + _grouped((
             r"year-earlier|year-ago|prior-year|previous-year|comparable|same|flat|latest|current|"
             r"recent|strong|weak|weaker|stronger").split("|")) + r"\s+))?"
         r"(?:(?:fiscal|calendar)\s+)?(?P<q><<QORD>>)[\s-]+quarter(?:s)?"
         r"(?:\s+of\s+(?:fiscal\s+|the\s+)?(?:(?P<year2><<YEAR>>)|(?P<relyear2>this|last|next)\s+"
         r"(?:fiscal\s+)?year|the\s+year))?"),
    Rule("quarters_of", "quarter",
         r"(?:the\s+)?(?P<n>first|last)\s+(?P<count>two|three)\s+quarters(?:\s+of\s+"
         r"(?:(?P<year2><<YEAR>>)|(?P<relyear2>this|last|next)\s+year))?"),
    Rule("half", "half",
         r"(?:the\s+)?(?:(?P<relyear>this|last|next)\s+year's\s+)?(?P<h>first|second|last|latter)[\s-]+"
         r"half(?:\s+of\s+(?:(?P<year><<YEAR>>)|(?P<relyear2>this|last|next)\s+year|the\s+year))?"
         r"(?!\s+of\s+(?:the|its|his|her|their|this|that)\s+(?!year))"),
    Rule("period_ref", "period_ref",
         r"(?:the\s+)?(?P<ref>(?:(?:comparable|same|corresponding|latest|recent|most\s+recent|"
         r"current|year-earlier|year-ago|prior-year|previous|fiscal|just-ended|just-completed|"
         r"latest\s+fiscal)\s+)+)(?P<unit>quarter|period|nine\s+months|six\s+months|half)"
         r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"),
    Rule("the_quarter", "period_ref", r"(?P<ref>the|this|last|next)\s+(?P<unit>quarter)"
         r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?"),
    Rule("year_ago_adj", "year_ago_adj",
         r"(?:the\s+)?year-(?:earlier|ago)\s+(?P<unit>period|quarter)|"
         r"year-(?:earlier|ago)"),
    Rule("relyear_period", "period_ref",
         r"(?P<ago>last|this|next)\s+year's\s+(?P<unit>quarter|period|half)"),
    Rule("year_end", "year_end",
         r"(?:(?:around|about|at)\s+(?=year))?(?P<relyear>(?:this|last|next)\s+)?year(?:[\s-]end|'s\s+end)"),
    Rule("the_unit", "the_unit",
         r"(?:(?P<mod><<POSMOD>>)\s+)?the\s+(?P<unit>year|fiscal\s+year|week|month)(?![\w-])(?!'s)"
         r"(?=(?P<ended>\s+(?:ended|ending|to\s+date|through))?)"),
    # --- relative to the anchor -------------------------------------------------------------
    Rule("deictic", "deictic",
         r"(?:(?P<mod>early|late|earlier|later|mid-?)[\s-]*)?(?P<pod1><<POD>>\s+)?(?P<day><<DEICTIC>>)"
         r"(?:\s+(?P<pod><<POD>>))?"),
    Rule("this_pod", "this_pod",
         r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
         r"(?P<pod>morning|afternoon|evening|night)"),
    Rule("bare_pod", "bare_pod", r"(?P<mod>mid-?)\s*(?P<pod>morning|afternoon)"),
    Rule("overnight", "bare_pod", r"(?P<pod>overnight)"),
    Rule("weekday", "weekday",
         r"(?:(?P<mod>early|late)\s+)?(?:(?P<rel>this\s+coming|this\s+past|last|next|this|"
         r"coming|past|(?:the\s+)?previous|(?:the\s+)?following)\s+)?(?P<wd><<WEEKDAY>>)"
         r"(?:\s+(?P<pod><<POD>>))?"),
    Rule("pod_weekday", "weekday",
         r"(?:(?P<mod>early|late)\s+)?(?P<pod>(?:mid-?)?(?:morning|afternoon|evening|night|noon|midnight))"
         r"\s+(?P<wd><<WEEKDAY_FULL>>)"),
    Rule("day_before_weekday", "weekday",
         r"(?P<offset>the\s+day\s+(?:before|after))\s+(?:(?P<rel>last|next|this)\s+)?(?P<wd><<WEEKDAY_FULL>>)"),
    Rule("relative_unit", "relative",
         r"(?:(?P<mod><<POSMOD>>)\s+)?(?:the\s+)?(?P<rel><<REL>>)\s+"
         r"(?P<unit>week|weekend|month|year|decade|century|fiscal\s+year|calendar\s+year|"
         r"<<SEASON>>|school\s+year)(?![\w-])"),
    Rule("in_the_unit", "relative",
         r"(?P<mod>earlier|later)\s+(?:in|during)\s+(?P<rel>the|that)\s+(?P<unit>week|month|year|day)"),
    Rule("the_weekend", "relative", r"(?P<rel>the)\s+(?P<unit>weekend)"),
    Rule("anaphoric", "anaphoric",
         r"(?:(?P<mod>earlier|later)\s+)?(?P<rel>that|the\s+same|the\s+next|the\s+following|"
         r"the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|week|weekend|month|year|morning|"
         r"night|evening|afternoon)(?![\w-])"),
    Rule("ago", "ago",
         r"(?:(?P<approx><<APPROX>>)\s+)?(?P<num><<COUNT_RANGE>>)[\s-]+(?:more\s+)?(?P<unit><<UNIT>>)"
         r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|before(?=\s*[.,;:])|"
         r"after(?=\s*[.,;:]))"),
    # --- sets -------------------------------------------------------------------------------
    Rule("frequency_word", "set", r"(?P<freq><<FREQ>>)"),
    Rule("every", "set",
         r"(?P<quant>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num><<COUNT>>)\s+)?"
         r"(?P<unit><<UNIT>>|<<WEEKDAY_FULL>>|<<MONTH>>|<<SEASON>>|morning|afternoon|evening|weekend)(?![\w-])"),
    Rule("times_per", "set",
         r"(?P<times>once|twice|thrice|(?:\w+|\d+)\s+times)\s+(?P<quant>a|an|per|every|each)\s+"
         r"(?P<unit><<UNIT_SG>>|weekend)"),
    Rule("rate_per", "set", r"(?<=[\d%]\s)(?P<quant>an?)\s+(?P<unit>year|month|week|day|hour)(?![\w-])"),
    Rule("weekday_plural", "set",
         r"(?P<wd><<WEEKDAY_FULL>>)s(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?(?![\w'])"),
    # --- durations --------------------------------------------------------------------------
    Rule("duration", "duration",
         r"(?:(?P<the>" + _grouped(["the", "a", "an", "another", r"each\s+of\s+the"]) + r")\s+)?"
         r"(?:(?P<rel>" + _grouped((
             r"past|last|next|first|previous|coming|following|final|latest|initial|remaining|"
             r"preceding|ensuing|same|full|entire|whole|better\s+part\s+of\s+the|year-earlier"
         ).split("|")) + r")\s+(?(the)|(?!<<APPROX>>\s)))?"
         r"(?:(?P<approx><<APPROX>>)\s+)?"
         r"(?P<num><<COUNT_RANGE>>)(?:\s+(?:more|additional|straight|consecutive|full|long|"
         r"successive))?[\s-]+(?P<unit><<UNIT>>)(?P<suffix>-olds?|-long|\s+old)?(?:\s+or\s+so)?"),
    Rule("compound_duration", "duration",
         r"(?:(?P<the>the|a|an)\s+)?(?P<num><<COUNT_RANGE>>)-(?P<unit><<UNIT_SG>>)\s+(?:period|term|"
         r"span|stretch|window|spell|stint|time\s+span)"),
    Rule("and_a_half", "duration",
         r"(?:(?P<approx><<APPROX>>)\s+)?(?P<num>an?|one|two|three|four|five|six)\s+(?P<unit><<UNIT>>)\s+and\s+a\s+half"),
    Rule("half_unit", "duration", r"(?:(?P<approx><<APPROX>>)\s+)?(?P<num>half\s+an?)\s+(?P<unit><<UNIT_SG>>)"),
    Rule("vague_units", "vague_units",
         r"(?:(?P<the>the)\s+)?(?P<rel>recent|coming|past|last|next|previous|following|ensuing|"
         r"upcoming|early|first)\s+(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|"
         r"quarters|centuries)(?:\s+(?:or|and)\s+(?:months|years|weeks|decades))?(?:\s+ahead)?"),
    # "for years", "within months", "for the first time in years"; not "in years past" or "in
    # days gone by" (a past reference, not a duration)
    Rule("plain_units", "vague_units",
         r"(?:(?<=for\s)|(?<=within\s)|(?<=\bin\s))(?P<unit>years|months|decades|weeks|days|centuries)"
         r"(?!\s+(?:of|to|ago|earlier|later|before|after|past\b|gone\b))"),
    Rule("decades_long", "vague_units", r"(?P<unit>decades|years|months)-long"),
    # "a day-long meeting", "a weeklong strike": one unit (TimeML marks adjectival durations)
    Rule("unit_long", "duration", r"(?P<num>)(?P<unit>hour|day|week|month|year)-?long(?![\w-])"),
    # --- fuzzy references -------------------------------------------------------------------
    Rule("fuzzy", "fuzzy", r"(?P<word><<FUZZY>>)"),
    # --- clock times ------------------------------------------------------------------------
    Rule("clock_ampm", "clock",
         r"(?:(?P<approx>about|around|approximately|at\s+about)\s+)?(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?"
         r"\s*(?P<ampm><<AMPM>>)(?:\s+(?P<tz><<TZ>>))?"),
    Rule("clock_24h", "clock",
         r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*(?P<tz><<TZ>>|hours|hrs))"),
    Rule("clock_military", "clock",
         r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<tz>GMT|UTC|Z|hours|hrs)(?![\w])"),
    Rule("oclock", "clock",
         r"(?:(?P<approx>about|around)\s+)?(?P<hour>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|"
         r"eight|nine|ten|eleven|twelve)\s+o'clock(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?"),
    Rule("clock_in_the", "clock",
         r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s+in\s+the\s+(?P<pod>morning|afternoon|evening)"),
    Rule("clockword", "clock", r"(?:(?P<approx>about|around|shortly\s+(?:before|after))\s+)?(?P<word><<CLOCKWORD>>)"),
)


# A determiner before an adjectival duration belongs to the noun phrase, not to the expression:
# "a two-year contract", "the third-quarter results" -> spans without it (TimeBank).
LEADING_DETERMINER_HYPHEN = re.compile(
    r"(?:a|an|the)\s+(?=(?:fiscal\s+)?(?:" + FRAGMENTS["COUNT"] + "|" + FRAGMENTS["QORD"]
    + r"|several)-\w)", re.IGNORECASE)
# ... and before a count with a singular unit ("a five year plan"), for durations.
LEADING_DETERMINER_SINGULAR = re.compile(
    r"(?:a|an|the)\s+(?=(?!an?\s|one\s)" + FRAGMENTS["COUNT"] + r"\s+" + FRAGMENTS["UNIT_SG"]
    + r"(?![\w-]))", re.IGNORECASE)


# Words one of which (lower case, as a substring) every match of a rule contains: a rule whose
# words are all absent from a text is not run on it. Rules not listed always run. A cheap test
# that spares most rules on most articles (month, weekday, holiday, quarter... rules).
_MONTH_KEYS = tuple(sorted({k[:3] for k in lx.MONTHS}))
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_POD_KEYS = ("morning", "afternoon", "evening", "night", "noon", "midday", "daytime")
RULE_NEEDS: dict[str, tuple[str, ...]] = {
    **{name: _MONTH_KEYS for name in ("month_day_year", "day_month_year", "relyear_month_day",
                                       "month_day", "day_month",
                                       "week_of", "month_year", "month_relyear", "month")},
    **{name: _WEEKDAY_KEYS for name in ("weekday", "pod_weekday", "day_before_weekday",
                                         "weekday_plural")},
    "slash_date": ("/",),
    "decade": ("0s", "0's", "0’s", "ties"),
    "century": ("centur",),
    "spelled_year": ("nineteen", "eighteen", "twenty", "thousand"),
    "season": tuple(lx.SEASONS),
    "holiday": tuple({k.split()[0] for k in list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS)}),
    "quarter": ("quarter",), "quarters_of": ("quarter",), "the_quarter": ("quarter",),
    "half": ("half",), "period_ref": ("quarter", "period", "half", "months"),
    "year_ago_adj": ("year-",), "relyear_period": ("year's", "year’s"), "year_end": ("year",),
    "deictic": tuple({k.split()[-1] for k in lx.DEICTIC_DAYS}),
    "this_pod": _POD_KEYS, "bare_pod": ("mid",), "overnight": ("overnight",),
    "ago": ("ago", "earlier", "later", "now", "hence", "back", "before", "after"),
    "frequency_word": tuple(lx.FREQUENCY_WORDS), "every": ("every", "each", "per"),
    "times_per": ("once", "twice", "thrice", "times"),
    "clock_ampm": ("am", "pm", "a.m", "p.m"), "clock_24h": (":",), "oclock": ("o'clock", "o’clock"),
    "clockword": tuple(lx.CLOCK_WORDS), "and_a_half": ("half",), "half_unit": ("half",),
    "decades_long": ("-long",), "era_year": ("bc", "ad", "ce", "b.c", "a.d", "c.e"),
}


def expand(pattern: str) -> str:
    return re.sub(r"<<(\w+)>>", lambda m: FRAGMENTS[m.group(1)], pattern)


_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}


def _class_items(av) -> frozenset[str] | None:
    """The items of a parsed character class (``IN``), as a character class writes them (``a``,
    ``\\d``); None for a negated class or a category not listed."""
    items: set[str] = set()
    for kind, value in av:
        if kind is c.LITERAL:
            items.add(re.escape(chr(value)))
        elif kind is c.RANGE:
            items.update(re.escape(chr(k)) for k in range(value[0], value[1] + 1))
        elif kind is c.CATEGORY and value in _CATEGORIES:
            items.add(_CATEGORIES[value])
        else:  # NEGATE: not analysed
            return None
    return frozenset(items)


def first_characters(pattern: str | _parser.SubPattern) -> set[str] | None:
    """The characters a non-empty match of ``pattern`` (a regex, or one already parsed with
    ``re.IGNORECASE``) can start with (before case folding), as the items of a character class
    (``a``, ``\\d``), or None when that is not known (a negated class, a back reference, a
    pattern that may match the empty string)."""

    def walk(items) -> tuple[set[str] | None, bool]:
        """(first characters of ``items``, whether ``items`` can match the empty string)."""
        chars: set[str] = set()
        for op, av in items:
            if op is c.LITERAL:
                return chars | {re.escape(chr(av))}, False
            if op is c.IN:
                items = _class_items(av)
                if items is None:
                    return None, False
                return chars | items, False
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: the next item gives the first character
            if op is c.SUBPATTERN:
                first, empty = walk(av[3])
            elif op is c.BRANCH:
                first, empty = set(), False
                for branch in av[1]:
                    f, e = walk(branch)
                    if f is None:
                        return None, False
                    first |= f
                    empty = empty or e
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                first, empty = walk(av[2])
                empty = empty or av[0] == 0
            else:  # GROUPREF, GROUPREF_EXISTS, ANY, ...: not analysed
                return None, False
            if first is None:
                return None, False
            chars |= first
            if not empty:
                return chars, False
        return chars, True

    if isinstance(pattern, str):
        pattern = _parser.parse(pattern, re.IGNORECASE)
    first, empty = walk(pattern)
    return None if first is None or empty else first


def first_pairs(pattern: str | _parser.SubPattern) -> set[tuple[frozenset[str], ...]] | None:
    """The first two characters a non-empty match of ``pattern`` (a regex, or one already parsed
    with ``re.IGNORECASE``) can start with: a set of sequences of one or two character classes
    (each a frozenset of class items, as ``first_characters`` gives them). A match starts with
    the characters of one of the sequences; a sequence of one class leaves the second character
    open (the match may end after one, or what follows is not analysed). None when the first
    character is not known (as for ``first_characters``). A superset: zero-width items
    (lookarounds, anchors) are passed over, and a repeat may stop after any count up to two."""
    size = 2

    def walk(items, opens: set) -> tuple[set, set]:
        """(sequences completed within ``items``, sequences still open after them), each
        sequence of ``opens`` (the prefixes begun before ``items``) continued through them."""
        done: set = set()
        for op, av in items:
            if not opens:
                break
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            if op is c.LITERAL or op is c.IN:
                one = frozenset((re.escape(chr(av)),)) if op is c.LITERAL else _class_items(av)
                if one is None:
                    done |= opens
                    return done, set()
                grown = {o + (one,) for o in opens}
                done |= {g for g in grown if len(g) == size}
                opens = {g for g in grown if len(g) < size}
            elif op is c.SUBPATTERN:
                more, opens = walk(av[3], opens)
                done |= more
            elif op is c.BRANCH:
                after: set = set()
                for branch in av[1]:
                    more, left = walk(branch, opens)
                    done |= more
                    after |= left
                opens = after
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, sub = av
                stops = set(opens) if low == 0 else set()
                current = opens
                for _ in range(min(size, high)):
                    more, current = walk(sub, current)
                    done |= more
                    stops |= current
                    if not current:
                        break
                opens = stops
            else:  # GROUPREF, GROUPREF_EXISTS, ANY, NOT_LITERAL...: what follows is open
                done |= opens
                return done, set()
        return done, opens

    if isinstance(pattern, str):
        pattern = _parser.parse(pattern, re.IGNORECASE)
    done, opens = walk(pattern, {()})
    found = done | opens
    return None if not found or () in found else found


# The ASCII characters of each category (lowercase), as ``re`` matches them in a text.
_ASCII = [chr(i) for i in range(128)]
_CATEGORY_ASCII = {
    item: frozenset(ch.lower() for ch in _ASCII if test(ch)) for item, test in (
        (r"\d", str.isdecimal), (r"\D", lambda ch: not ch.isdecimal()),
        (r"\s", str.isspace), (r"\S", lambda ch: not ch.isspace()),
        (r"\w", lambda ch: ch.isalnum() or ch == "_"),
        (r"\W", lambda ch: not (ch.isalnum() or ch == "_")))}


def _ascii_lower(items: frozenset[str]) -> frozenset[str] | None:
    """The lowercase ASCII characters that a class of ``first_characters`` items matches
    case-insensitively; None (any) when it holds a non-ASCII character, whose case folding may
    reach ASCII ones (the Kelvin sign, the long s)."""
    found: set[str] = set()
    for item in items:
        if item in _CATEGORY_ASCII:
            found |= _CATEGORY_ASCII[item]
            continue
        ch = item[-1]  # re.escape puts at most one backslash before the character
        if not ch.isascii():
            return None
        found.add(ch.lower())
    return frozenset(found)


def pair_table(pairs: set[tuple[frozenset[str], ...]] | None) -> dict | None:
    """``first_pairs`` as a table for ``pair_allowed``: a first character (lowercase ASCII; None
    for any) -> the lowercase ASCII second characters that may follow it (None for any). None
    when the pairs are not known."""
    if not pairs:
        return None
    table: dict = {}
    for pair in pairs:
        firsts = _ascii_lower(pair[0])
        seconds = _ascii_lower(pair[1]) if len(pair) > 1 else None
        for first in (None,) if firsts is None else firsts:
            if first in table and (table[first] is None or seconds is None):
                table[first] = None
            else:
                table[first] = table.get(first, frozenset()) | seconds if seconds is not None else None
    return table


def pair_allowed(table: dict | None, chars: str) -> bool:
    """Whether a match of the pattern whose ``pair_table`` is ``table`` may open with ``chars``,
    the text's characters at a position whose first character the pattern's start class
    (``char_class``) matches: its two characters, or one at the end of the text. A
    superset: a non-ASCII character passes."""
    if table is None or len(chars) < 2 or not chars.isascii():
        return True
    lowered = chars.lower()
    for first in (lowered[0], None):
        if first in table:
            seconds = table[first]
            if seconds is None or lowered[1] in seconds:
                return True
    return False


def longest_first(words) -> str:
    """An alternation of ``words`` (literal text) that matches as the words sorted longest first
    and joined with ``|`` do, written as a tree of their shared openings: at each character the
    longer words are tried before a word that ends there, so the longest word that fits (and
    that what follows the group lets end) is taken. The regex engine tries a flat alternation's
    words one by one at each position; the tree tests each shared opening once (the places
    regions table's 408 names: 0.29 -> 0.07 ms an article). Under case-insensitive matching, give
    the words in one case (two openings that differ only in case would be tried one after the
    other, not longest first)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if "" in node and parts:
            parts.append("")  # after every longer word
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")" if parts else ""

    return branch(tree)


# No match starts right after a word character, an apostrophe or a currency sign.
WORD_START = r"(?<![\w'’$£€])"


def rule_body(rule: Rule) -> str:
    """The rule's expanded pattern, bounded so that no match ends inside a word."""
    return "(?:" + expand(rule.pattern) + r")(?![\w’])"


def char_class(first: set[str] | None) -> str | None:
    """A rule's start class: ``first_characters`` of its body, the characters a match can start
    with, as a character class (``[...]``, matched case-insensitively as the rule is), or None
    when that is not known."""
    return "[" + "".join(sorted(first)) + "]" if first else None


def compile_rules_and_starts(rules=RULES) -> tuple[list[tuple[Rule, re.Pattern]],
                                                    list[set[str] | None],
                                                    list[set[tuple[frozenset[str], ...]] | None]]:
    """Each rule with its compiled regex, bounded so that no match starts or ends inside a word,
    and each rule's ``first_characters`` and ``first_pairs``, from one parse of each rule.

    ``TimexFinder`` tries each regex only at the word starts whose character is in the rule's
    start class (``char_class``, found by ``extract._Starts``), so the regex itself does not test
    that character again (a lookahead for it did until 2026-12-05: the same matches, one more
    test per attempt). A plain ``finditer`` (the fallback for a rule with no start class, and
    the tests' reference) finds the same matches, since no match can start with another
    character. Of those word starts, only the ones whose first two characters are among the
    rule's ``first_pairs`` (``pair_allowed``) are tried: most rules open with words, and their
    first letter alone lets through most word starts of a text.

    ``re.compile`` parses a pattern and compiles the parse; finding the start characters from the
    pattern's text parsed it a second time (about 20 ms a process for the rules). Here each rule
    is parsed once and that parse serves both: the leading ``WORD_START`` is a lookbehind, which
    ``first_characters`` (and ``first_pairs``) pass over, so their answer is the body's. The
    regex, compiled from the parse, matches as ``re.compile`` of the same text does (same code, flags and groups); its
    ``pattern`` attribute is None, since ``re`` keeps the text only when it parses it itself."""
    compiled, firsts, pairs = [], [], []
    flags = re.IGNORECASE.value
    for rule in rules:
        parsed = _parser.parse(WORD_START + rule_body(rule), flags)
        firsts.append(first_characters(parsed))
        pairs.append(first_pairs(parsed))
        compiled.append((rule, _compiler.compile(parsed, flags)))
    return compiled, firsts, pairs
