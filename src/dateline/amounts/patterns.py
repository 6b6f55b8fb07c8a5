"""The amount pattern, built from the lexicon, and reading a match's number."""

from __future__ import annotations

import re

from ..time.rules import longest_first
from . import lexicon


def _alternation(words, folded: bool = False) -> str:
    """The words as one group that takes the longest that fits first, as a tree of their shared
    openings (which the regex engine tries faster than a flat alternation at each word of a
    text); ``folded``: in lower case, for a group matched case-insensitively."""
    return "(?:" + longest_first({w.lower() for w in words} if folded else set(words)) + ")"


_UNITS = [w for w in lexicon.NUMBER_WORDS if " " not in w or w.startswith("a ")]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUMBER = rf"(?:(?:{_TENS})-(?:{_ONES})|{_alternation(lexicon.NUMBER_WORDS, folded=True)})"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_LONG_SCALES = "hundred|thousand|million|billion|trillion|crore|lakh"
_SHORT_SCALES = "bn|mn|mln|tn|trn|m|b|k"

AMOUNT = re.compile(
    rf"(?<![\w$£€¥₹.,\-/])"
    rf"(?:(?P<approx>{_alternation(lexicon.APPROXIMATORS)})\s+)?"
    rf"(?P<currency>{_alternation(lexicon.CURRENCY_PREFIXES)})?\s?"
    rf"(?P<number>(?P<digits>{_DIGITS})|(?i:{_WORD_NUMBER}))"
    rf"(?:(?:\s|-)?(?P<scale>(?i:{_LONG_SCALES})\b|(?<=\d)(?:{_SHORT_SCALES})\b|(?<=\d )(?:bn|mn|mln|tn)\b))?"
    rf"(?P<suffix>\+|-plus\b|\s(?:or so|or more)\b)?"
    rf"(?:\s?(?P<percent>%|(?i:percentage points?|per cent|percent|pct)\b))?"
    rf"(?:\s(?P<currency_word>(?i:{_alternation(lexicon.CURRENCY_WORDS, folded=True)}))\b)?"
    rf"(?![\w%])"
)

_WORD_VALUE = {k.lower(): v for k, v in lexicon.NUMBER_WORDS.items()}


def read_number(match: re.Match) -> tuple[float, bool] | None:
    """(value, approximate) of a match; None when it is not a number after all."""
    digits = match.group("digits")
    word = match.group("number").lower()
    vague = False
    if digits:
        value = float(digits.replace(",", ""))
    elif "-" in word:
        tens, ones = word.split("-", 1)
        value = _WORD_VALUE[tens] + _WORD_VALUE[ones]
    elif word in _WORD_VALUE:
        value = _WORD_VALUE[word]
        vague = word in lexicon.VAGUE_NUMBERS
    else:
        return None
    scale = match.group("scale")
    if scale:
        value *= lexicon.SCALES[scale.lower()]
    return value, vague
