"""The places patterns scanned over whole articles behind a lookahead of their first characters."""

from __future__ import annotations

import re

from dateline.places import patterns
from dateline.places.patterns import scanned
from dateline.time.rules import longest_first

TEXT = ("The Mayor of Koszalin Piotr Jedlinski met Queen Elizabeth on Main Street. \"We agreed,\" "
        "said Georgia. Georgia's father and residents of Izium, Sen. Smith and Rue des Soubirous "
        "were there; Georgia, 14, came herself. Mr. Jones lives at 12 North Elm Road.")


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_lookahead_keeps_every_match():
    for name in ("TITLE", "PERSON_CONTEXT", "OFFICE_OF", "STREET_NAME"):
        fast = getattr(patterns, name)
        assert fast.pattern.startswith("(?=["), name
        plain = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5:-1], fast.flags)
        assert _found(fast, TEXT) == _found(plain, TEXT) != [], name


def test_the_lookahead_holds_the_first_characters():
    assert scanned(r"\b(?:foo|Bar)\s+").pattern == r"(?=[Bf])(?:\b(?:foo|Bar)\s+)"
    assert scanned(r"[0-2]x").pattern == r"(?=[012])(?:[0-2]x)"


def test_a_pattern_that_may_match_nothing_is_left_as_it_is():
    assert scanned(r"a*").pattern == r"a*"
    assert scanned(r"(?i:foo)bar").pattern == r"(?i:foo)bar"  # first characters not analysed
    assert scanned(r"[^a]b").pattern == r"[^a]b"


LISTS = ("Floods hit Polk and Hale counties and the Sindh and Balochistan provinces, closing "
         "Goodwin and Pinevale streets in Madison Township and St. Clair Twp. on Monday.")


def test_a_list_holds_one_of_the_words_an_article_is_scanned_for_only_when_it_has_one():
    for pattern, words in ((patterns.COUNTY_LIST, patterns.LIST_KINDS),
                           (patterns.STREET_LIST, patterns.STREET_PLURALS),
                           (patterns.TOWNSHIP, patterns.TOWNSHIP_WORDS)):
        found = [m.group() for m in pattern.finditer(LISTS)]
        assert found and all(any(word in f for word in words) for f in found), found


def test_a_capital_then_a_look_behind_it_matches_as_a_look_behind_first():
    text = ("Officials in Kano State and the Abbassiya district said Rakhine State, a region of "
            "Myanmar, and Lampedusa, the Italian island closest to Libya, met Nigeria's Borno "
            "state; xKano State and Ab-Yarrow county are no names.")
    for name, before in (("STATE_TITLED", r"(?<![\w\-'’])"), ("TYPED_AFTER", r"(?<![\w\-'’])"),
                         ("APPOSED", r"(?<![\w\-'’])"), ("POSSESSED", r"(?<![\w.])")):
        fast = getattr(patterns, name)
        assert fast.pattern.startswith("(?P<"), name  # a character class first: the fast search
        slow = re.compile(re.sub(r"\[A-Z\]\(\?<!.*?\[A-Z\]\)", lambda m: before + "[A-Z]",
                                 fast.pattern, count=1))
        assert slow.pattern.startswith("(?P<") and before in slow.pattern, name
        assert _found(fast, text) == _found(slow, text) != [], name


def test_longest_first_matches_as_the_words_longest_first():
    """The tree of shared openings takes the longest word that fits and that the text after it
    lets end, as the flat alternation sorted longest first does."""
    words = ["New Port", "New Port Beach", "New Porter Hills", "Newton", "Old Mill", "Port", "N.Y."]
    tree = re.compile(r"(?<![\w\-])" + longest_first(words) + r"(?![\w\-])")
    flat = re.compile(r"(?<![\w\-])(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w\-])")
    text = ("New Port Beach and New Port Beaches, New Porter Hills, New Port-side, Newton, "
            "Newtonville, Old Mill Port and N.Y.; New Porter Hill.")
    assert _found(tree, text) == _found(flat, text)
    assert [m.group() for m in tree.finditer(text)] == [
        "New Port Beach", "New Port", "New Porter Hills", "Newton", "Old Mill", "Port", "N.Y."]
