"""Words of English temporal expressions, as data: the rules in ``rules.py`` are built from these.

Every table maps a surface form (lower case) to what it means; the regular expressions are made
from the keys, so adding a word here extends every rule that uses the table.
"""

from __future__ import annotations

from ..nlp import SAYING_VERBS

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month names that are also common English words: only taken when capitalised, or next to a day
# number or year ("may", "march" the verbs).
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "dec"}

# Words before a capitalised "May" that make it the month, not a name ("Theresa May").
MONTH_CUES = {"in", "since", "until", "by", "from", "last", "next", "this", "early", "late",
              "mid", "through", "during", "of", "before", "after", "till", "on", "and", "or"}
# Plural nouns after a four-digit number that make it a count, not a year ("2000 troops").
COUNT_NOUNS = {"people", "men", "women", "troops", "soldiers", "shares", "jobs", "units",
               "miles", "feet", "meters", "metres", "kilometers", "kilometres", "tons", "tonnes",
               "votes", "cars", "homes", "houses", "children", "students", "workers",
               "employees", "refugees", "migrants", "police", "officers", "fighters", "civilians",
               "deaths", "cases", "residents", "families", "pounds", "dollars", "euros",
               "barrels", "acres", "hectares", "points", "copies", "members", "delegates",
               "protesters", "prisoners", "patients", "vehicles", "flights", "passengers"}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}
# Abbreviations that are words too ("sat", "sun", "wed"): only with a capital letter.
AMBIGUOUS_WEEKDAYS = {"sat", "sun", "wed", "mon", "tue", "thu", "fri", "tues", "thur", "thurs"}

# TIMEX3 season codes.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Words before a bare season name that make it the season and not the verb or the noun
# ("prices fall", "a hot spring").
SEASON_CUES = {"in", "during", "this", "last", "next", "by", "until", "since", "through",
               "over", "that", "each", "every", "past", "coming", "before", "after", "till",
               "throughout", "of", "late", "early", "mid", "into", "for", "from", "to",
               "toward", "towards", "around", "within"}

# TIMEX3 parts of the day.
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "daytime": "DT",
}
# Clock words with a fixed time.
CLOCK_WORDS = {"noon": "12:00", "midnight": "24:00", "midday": "12:00", "12 noon": "12:00",
               "12 midnight": "24:00"}

# Units of duration -> (TIMEX3 designator, multiplier, is a time unit (after the T)).
# Decades and centuries are written in years (P30Y), as the seed expectations do.
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
}
UNIT_PLURALS = {"centuries": "century", "seconds": "second", "minutes": "minute", "hours": "hour",
                "days": "day", "nights": "night", "weeks": "week", "fortnights": "fortnight",
                "months": "month", "quarters": "quarter", "years": "year", "decades": "decade"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "half a": 0.5, "half an": 0.5,
    "a dozen": 12, "dozen": 12, "thousand": 1000, "a thousand": 1000,
}
# Counts that leave the number unknown: "several years" -> PXY.
VAGUE_COUNTS = {"a few", "few", "several", "many", "some", "a number of", "numerous",
                "a couple more", "more", "the", "the few"}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14,
    "fifteenth": 15, "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
    "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20,
    "twenty-first": 21, "21st": 21, "last": 4, "final": 4,
}

# Decades spelled out: "the nineties" -> 199 (the century is taken from the anchor).
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}

# Approximators and bounds that TimeML keeps inside the expression ("about two years").
# Not "over", "under", "only", "just", "barely": TimeBank leaves them outside ("over three years",
# "only six months").
APPROXIMATORS = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "some",
    "more than", "less than", "fewer than", "at least", "at most", "up to", "well over", "no more than", "no less than", "close to", "upwards of",
    "as many as", "as much as", "as long as", "as little as", "as few as", "the better part of",
    "a full", "a whole", "fully", "an additional", "another", "a further", "a total of",
)

# Modifiers of a point or period kept in the span ("early next year", "mid-November").
POSITION_MODIFIERS = ("early", "late", "mid", "earlier", "later", "the end of",
                      "the beginning of", "the start of", "the middle of", "the first half of",
                      "the second half of", "the rest of", "the remainder of", "the close of")

# Relative words before a unit, month, season or weekday -> direction (-1 past, 0 this, +1 next).
RELATIVE = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "this": 0, "current": 0, "present": 0, "this past": -1, "this coming": 1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}

# Words before a date that put it after the anchor, whatever the verb's tense.
FUTURE_CUES = ("until", "till", "as soon as", "as early as", "no later than", "not until")

# Words that stand for the present, the past or the future (TIMEX3 PRESENT_REF ...).
# Only words that TimeBank/AQUAINT annotate more often than not where they occur: "previously",
# "soon", "shortly", "formerly", "current", "recent" and "future" (the adjectives) were
# annotated in under half of their occurrences there, so they are left out.
FUZZY = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "in recent times": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
}

# Days relative to the anchor.
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2}

# Frequency adverbs -> TIMEX3 SET value.
# Not "quarterly" or "annually": in TimeBank's financial news they qualify reports and dividends
# ("quarterly dividend") and were annotated in under a third of their occurrences.
FREQUENCY_WORDS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
                   "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M", "yearly": "P1Y"}

# Fixed-date holidays -> (month, day).
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31),
    "boxing day": (12, 26), "bastille day": (7, 14), "veterans day": (11, 11),
    "armistice day": (11, 11), "may day": (5, 1), "labour day": (5, 1),
}
# Holidays on the n-th weekday of a month -> (month, ISO weekday, n; -1 for the last).
FLOATING_HOLIDAYS = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "memorial day": (5, 1, -1),
    "labor day": (9, 1, 1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "columbus day": (10, 1, 2), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3),
}

# Time zones kept inside a clock time ("5 p.m. EST").
TIME_ZONES = ("GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST",
              "CET", "CEST", "IST", "JST", "local time", "ET", "PT")

# Financial periods.
HALVES = {"first": 1, "second": 2, "last": 2, "latter": 2}

# Verbs that report a statement in the past ("Sanders said: 'Today, I am asking …'"): a day
# named relative to today inside the quotation counts from the day of the statement.
# The shared verbs of saying and the dates stage's own, in their past form.
_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote"}


def _past(lemma: str) -> str:
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


REPORTING_PAST = tuple(sorted(_past(v) for v in SAYING_VERBS | {
    "tweet", "post", "remark", "reply", "indicate", "continue", "comment", "warn", "urge"}))

# Participles that introduce a quoted statement without a verb of saying ("Bolton gave a
# different account, also speaking via Twitter: '...'"); they report in any tense, so the
# tense of the clause they hang on decides (``context.statement_day``).
REPORTING_PARTICIPLES = ("speaking", "writing", "tweeting", "posting", "talking", "addressing",
                         "commenting", "responding", "replying")
