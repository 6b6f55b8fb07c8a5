"""Unit tests of the time stage, one group per rule family, with hand-written sentences.

Anchor: Wednesday 24 November 2021 (the seed article's publication date) unless stated.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.calendar import weekday_date, year_for_month
from dateline.time.extract import TimexFinder
from dateline.time.context import parse_count
from dateline.time.periods import duration_of
from dateline.time.tense import TenseReader

ANCHOR = date(2021, 11, 24)  # a Wednesday, ISO week 47


@pytest.fixture(scope="module")
def finder():
    return TimexFinder()


@pytest.fixture(scope="module")
def find(finder, nlp):
    """find(text, anchor=ANCHOR) -> [(text, type, value)], with the tense read from spaCy."""

    def run(text, anchor=ANCHOR, parse=True):
        reader = TenseReader(nlp(text)) if parse else None
        found = finder.find(text, anchor, reader.tense if reader else None,
                            reader.modifies_noun if reader else None,
                            reader.day_not_count if reader else None)
        for t in found:
            assert text[t.start:t.end] == t.text
        return [(t.text, t.type, t.value) for t in found]

    return run


def value_of(found, text):
    hits = [v for (t, _, v) in found if t == text]
    assert hits, f"{text!r} not found in {found}"
    return hits[0]


# --- weekdays and tense --------------------------------------------------------------------


def test_weekday_past_tense_is_the_last_one(find):
    found = find("State Department spokesman Ned Price said on Tuesday that talks would resume.")
    assert ("Tuesday", "DATE", "2021-11-23") in found


def test_weekday_future_tense_is_the_next_one(find):
    found = find("The delegation will meet the Taliban on Friday in Doha.")
    assert ("Friday", "DATE", "2021-11-26") in found


def test_weekday_said_friday_is_the_previous_friday(find):
    assert ("Friday", "DATE", "2021-11-19") in find("The US envoy said on Friday that talks continue.")


@pytest.mark.parametrize("sentence, day, value", [
    ("The minister said on Monday he will resign.", "Monday", "2021-11-22"),
    ("The minister said Monday he will resign next month.", "Monday", "2021-11-22"),
    ("Officials announced on Friday they will close the border.", "Friday", "2021-11-19"),
    ("The minister said Tuesday morning the talks will resume.", "Tuesday morning", "2021-11-23"),
    ("She told reporters on Monday she will resign.", "Monday", "2021-11-22"),
    # the day after the clause it times, not after the saying: the clause's own tense
    ("The minister said he will resign on Monday.", "Monday", "2021-11-29"),
])
def test_a_day_right_after_a_past_saying_dates_the_saying(find, sentence, day, value):
    """"said on Monday he will resign": the parser may hang "on Monday" on the reported clause
    (a future), but news puts the saying's day right after its verb."""
    assert value_of(find(sentence), day) == value


def test_weekday_same_day_as_anchor(find):
    assert value_of(find("Officials said Wednesday that the border was closed."), "Wednesday") == \
        "2021-11-24"


def test_weekday_with_last_and_next(find):
    found = find("He arrived last Monday and leaves next Monday.")
    assert ("last Monday", "DATE", "2021-11-22") in found
    assert ("next Monday", "DATE", "2021-11-29") in found


def test_weekday_with_part_of_day_is_the_day(find):
    # calibrated on TimeBank/AQUAINT, which give "Friday night" the bare date more often
    assert ("Tuesday night", "DATE", "2021-11-23") in find("Fighting broke out Tuesday night.")


def test_weekday_without_anchor_is_underspecified(find):
    assert ("Tuesday", "DATE", "XXXX-WXX-2") in find("Price said on Tuesday.", anchor=None)


def test_weekday_date_directions():
    assert weekday_date(ANCHOR, 5, -1) == date(2021, 11, 19)
    assert weekday_date(ANCHOR, 5, 1) == date(2021, 11, 26)
    assert weekday_date(ANCHOR, 3, -1) == ANCHOR


def test_the_head_of_an_expression_that_holds_the_sentence_root(nlp):
    """The root is its own head; spaCy makes a new Token object at every access, so the reader
    compares tokens by index, not by identity (``t.head is t`` is never true): the head of a
    dateline "November 26, 2021", whose root is "November", is "November", not its last token."""
    text = "November 26, 2021"
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.i < len(doc) - 1  # the parse this test needs: the root is not the last token
    assert TenseReader(doc).head(0, len(text)).i == root.i


# --- relative weeks, months, years ---------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("next week", "2021-W48"), ("this week", "2021-W47"), ("last week", "2021-W46"),
    ("last month", "2021-10"), ("next month", "2021-12"), ("this month", "2021-11"),
    ("last year", "2020"), ("next year", "2022"), ("this year", "2021"),
    ("earlier this year", "2021"), ("the past year", "2020"), ("last decade", "201"),
])
def test_relative_units(find, text, value):
    found = find(f"It happened {text} in Doha.", parse=False)
    assert (text, "DATE", value) in found


def test_relative_units_spans_exclude_prepositions(find):
    found = find("Talks resume next week in Qatar.", parse=False)
    assert found == [("next week", "DATE", "2021-W48")]


def test_deictic_days(find):
    found = find("Yesterday he spoke; today he rests and tomorrow he leaves.", parse=False)
    assert [v for _, _, v in found] == ["2021-11-23", "2021-11-24", "2021-11-25"]


def test_ago(find):
    found = find("The war began two years ago and the talks three weeks ago.", parse=False)
    assert ("two years ago", "DATE", "2019") in found
    assert ("three weeks ago", "DATE", "2021-W44") in found


def test_relative_without_anchor_is_underspecified(find):
    assert ("last month", "DATE", "XXXX-XX") in find("He visited last month.", anchor=None)


# --- months, dates, years ------------------------------------------------------------------


def test_month_by_tense_and_nearness(find):
    assert ("October", "DATE", "2021-10") in find("A first session was held in October in Doha.")
    assert ("August", "DATE", "2021-08") in find("The Taliban took power in August.")


def test_month_year_rule():
    # said in late November about December: the coming one (nearest)
    assert year_for_month(ANCHOR, 12, None) == 2021
    assert year_for_month(ANCHOR, 12, "past") == 2021  # a year back is beyond the tense's reach
    assert year_for_month(ANCHOR, 6, None) == 2021
    assert year_for_month(ANCHOR, 6, "future") == 2022  # within reach
    # May is about as far either way: the tense decides
    assert year_for_month(ANCHOR, 5, "past") == 2021
    assert year_for_month(ANCHOR, 5, "future") == 2022
    # far away: the tense does not pull past half a year
    assert year_for_month(date(1989, 7, 1), 5, "future", 7) == 1989  # 310 days: out of reach


def test_absolute_dates(find):
    found = find("On November 8, 2021 and 3 March 2020 and 2021-05-01, and Sept. 30.", parse=False)
    assert ("November 8, 2021", "DATE", "2021-11-08") in found
    assert ("3 March 2020", "DATE", "2020-03-03") in found
    assert ("2021-05-01", "DATE", "2021-05-01") in found
    assert ("Sept. 30", "DATE", "2021-09-30") in found


@pytest.mark.parametrize("text, days", [
    ("The summit will be held on April 24 and 25.", [("April 24", "2022-04-24"), ("25", "2022-04-25")]),
    ("The talks on Nov. 12 or 13 ended.", [("Nov. 12", "2021-11-12"), ("13", "2021-11-13")]),
    # a count or a share after "and" is no day
    ("Prices rose between March 3 and 4 percent.", [("March 3", "2021-03-03")]),
    ("The vote was on May 5 and 250 people came.", [("May 5", "2021-05-05")]),
    ("Talks ran from Nov. 12 and 2,500 people marched.", [("Nov. 12", "2021-11-12")]),
    # a count of a noun after the second number is no day either
    ("On March 3 and 4 soldiers died in the raid.", [("March 3", "2021-03-03")]),
    ("He spoke at a meeting on May 1 and 20 delegates walked out.", [("May 1", "2021-05-01")]),
    ("Strikes on June 7 and 12 wounded soldiers were reported.", [("June 7", "2021-06-07")]),
    ("The fair opened on June 7 and 8 in Lyon.", [("June 7", "2021-06-07"), ("8", "2021-06-08")]),
])

def test_a_second_day_joined_to_a_day_is_a_date_of_its_own(find, text, days):
    assert [(t, v) for t, kind, v in find(text) if kind == "DATE"] == days


@pytest.mark.parametrize("text, day", [("On March 3 and 4 soldiers died in the raid.", "March 3"),
                                       ("He spoke at a meeting on May 1 and 20 delegates walked out.",
                                        "May 1")])
def test_a_count_after_a_day_is_no_day_without_a_parse(finder, text, day):
    assert [t.text for t in finder.find(text, ANCHOR) if t.type == "DATE"] == [day]


def test_month_day_without_year_and_anchor(find):
    assert ("November 8", "DATE", "XXXX-11-08") in find("It began on November 8.", anchor=None)


def test_may_the_verb_and_the_name_are_not_months(find):
    found = find("Prices may rise, Theresa May said in May.")
    assert [t for t, _, _ in found] == ["May"]
    assert found[0][2] == "2021-05"


def test_years_decades_centuries(find):
    found = find("In 1990, in the 1980s, in the early 1990s and in the 20th century.", parse=False)
    assert ("1990", "DATE", "1990") in found
    assert ("the 1980s", "DATE", "198") in found
    assert ("the early 1990s", "DATE", "199") in found
    assert ("the 20th century", "DATE", "19") in found


def test_counts_are_not_years(find):
    assert find("The army sent 2000 troops.", parse=False) == []


def test_quarters(find):
    found = find("Third-quarter profit rose from a year earlier, and the fourth quarter of 2020 fell.",
                 anchor=date(2021, 10, 27), parse=False)
    assert ("Third-quarter", "DATE", "2021-Q3") in found
    assert ("a year earlier", "DATE", "2020-Q3") in found
    assert ("the fourth quarter of 2020", "DATE", "2020-Q4") in found


# --- seasons -------------------------------------------------------------------------------


def test_seasons(find):
    found = find("The Taliban returned to power in the summer.")
    assert ("the summer", "DATE", "2021-SU") in found
    assert ("last winter", "DATE", "2020-WI") in find("It snowed last winter.", parse=False)
    assert ("next spring", "DATE", "2022-SP") in find("Elections come next spring.", parse=False)
    assert ("the fall of 1998", "DATE", "1998-FA") in find("in the fall of 1998", parse=False)


def test_season_words_that_are_not_seasons(find):
    assert find("Prices fall when a hot spring floods.", parse=False) == []
    assert find("After the fall of the Berlin Wall.", parse=False) == []


# --- parts of day and clock times -----------------------------------------------------------


def test_parts_of_day(find):
    found = find("Shelling started this morning and went on last night.", parse=False)
    assert ("this morning", "TIME", "2021-11-24TMO") in found
    assert ("last night", "TIME", "2021-11-23TNI") in found
    assert ("yesterday afternoon", "TIME", "2021-11-23TAF") in find(
        "They met yesterday afternoon.", parse=False)


def test_clock_times(find):
    found = find("The blast came around 7:15 p.m. Police arrived at 5 p.m. EST Nov. 9, and left "
                 "at 6 a.m.", parse=False)
    assert ("around 7:15 p.m.", "TIME", "2021-11-24T19:15") in found
    assert ("5 p.m. EST Nov. 9", "TIME", "2021-11-09T17:00") in found
    # a clock time belongs to the last day the story named
    assert ("6 a.m.", "TIME", "2021-11-09T06:00") in found


# --- durations -----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, text, value", [
    ("He will be in Doha for two weeks.", "two weeks", "P2W"),
    ("It hosted refugees over the past three decades.", "the past three decades", "P30Y"),
    ("It lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("A wait of half an hour.", "half an hour", "PT30M"),
    ("They talked for three hours.", "three hours", "PT3H"),
    ("He signed a two-year contract.", "two-year", "P2Y"),
    ("They left their third day-long meeting.", "day-long", "P1D"),
    ("A weeklong strike ended.", "weeklong", "P1W"),
    ("Growth returned for the first time in years.", "years", "PXY"),
    ("The first nine months were hard.", "The first nine months", "P9M"),
    ("It took several years.", "several years", "PXY"),
    ("It took more than four hours.", "more than four hours", "PT4H"),
])
def test_durations(find, sentence, text, value):
    assert (text, "DURATION", value) in find(sentence, parse=False)


@pytest.mark.parametrize("sentence", ["The harvest was poor, as in years past.",
                                      "The town was richer in days gone by."])
def test_units_past_are_not_durations(find, sentence):
    assert not [t for t in find(sentence, parse=False) if t[1] == "DURATION"]


def test_ages_are_not_durations(find):
    assert find("A 44-year-old man was arrested.", parse=False) == []


def test_parse_count_and_duration_values():
    assert parse_count("twenty-four") == 24
    assert parse_count("a couple of") == 2
    assert parse_count("several") is None
    assert duration_of(3, "decade") == "P30Y"
    assert duration_of(1.5, "minute") == "PT1M30S"


# --- sets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, text, value", [
    ("The board meets weekly.", "weekly", "P1W"),
    ("He runs every day.", "every day", "P1D"),
    ("They meet twice a month.", "twice a month", "P1M"),
    ("It costs $5 a year.", "a year", "P1Y"),
    ("Markets close on Fridays.", "Fridays", "XXXX-WXX-5"),
    ("Each Thursday they march.", "Each Thursday", "XXXX-WXX-4"),
])
def test_sets(find, sentence, text, value):
    assert (text, "SET", value) in find(sentence, parse=False)


# --- fuzzy references ----------------------------------------------------------------------


def test_fuzzy_references(find):
    found = find("Deportations rose in recent months; now the border is closed, as it was "
                 "recently and may be in the future.", parse=False)
    assert ("recent months", "DURATION", "PXM") in found
    assert ("now", "DATE", "PRESENT_REF") in found
    assert ("recently", "DATE", "PAST_REF") in found
    assert ("the future", "DATE", "FUTURE_REF") in found


def test_no_anchor_keeps_absolute_values(find):
    assert ("November 8, 2021", "DATE", "2021-11-08") in find("on November 8, 2021", anchor=None)


# --- expressions anchored on the story's reference time -----------------------------------


def test_anaphoric_days_follow_the_last_named_date(find):
    found = find("The ceasefire began on March 3, 2020. The next day fighting resumed, and "
                 "three days later talks collapsed.", parse=False)
    assert ("The next day", "DATE", "2020-03-04") in found
    assert ("three days later", "DATE", "2020-03-06") in found


def test_year_ago_in_a_quarterly_report(find):
    found = find("Third-quarter net income fell 5% from the year-ago quarter; a year ago the "
                 "company lost money.", anchor=date(1989, 10, 26), parse=False)
    assert ("the year-ago quarter", "DATE", "1988-Q3") in found
    assert ("a year ago", "DATE", "1988-Q3") in found


def test_year_ago_counts_back_from_now_not_from_an_old_reference(find):
    found = find("Sales in 1985 were small; year-ago results were better.",
                 anchor=date(1989, 10, 26), parse=False)
    assert ("year-ago", "DATE", "1988") in found


# --- other calendar forms ------------------------------------------------------------------


def test_numeric_dates_and_eras(find):
    found = find("Filed 24/11/2021 and 11/24/2021; founded 44 BC, rebuilt AD 800.", parse=False)
    assert ("24/11/2021", "DATE", "2021-11-24") in found
    assert ("11/24/2021", "DATE", "2021-11-24") in found
    assert ("44 BC", "DATE", "BC0044") in found
    assert ("AD 800", "DATE", "0800") in found


def test_holidays_by_nearest_occurrence(find):
    assert ("Christmas", "DATE", "2021-12-25") in find("Troops will be home by Christmas.")
    assert ("Thanksgiving", "DATE", "2021-11-25") in find("He flies home for Thanksgiving.",
                                                          parse=False)


def test_clock_time_with_its_day(find):
    found = find("The vote closes at 10 p.m. Wednesday and results come Thursday 1 p.m.",
                 parse=False)
    assert ("10 p.m. Wednesday", "TIME", "2021-11-24T22:00") in found
    assert [t for t, _, _ in found] == ["10 p.m. Wednesday", "Thursday 1 p.m."]


# --- the stage -----------------------------------------------------------------------------


def test_stage_registration_is_truthful():
    from dateline.pipeline import load_stages

    stage = load_stages()["timexes"]
    assert stage.assigns == ("timexes",)
    assert "doc" in stage.requires and "published" in stage.requires


def test_stage_without_parse_or_date():
    from dateline.pipeline import Work, load_stages

    work = Work(text="Talks resume next week, on Friday, as agreed on 8 November 2021.",
                published=None, doc=None)
    load_stages()["timexes"].func(work)
    values = [(t.text, t.value) for t in work.timexes]
    assert values == [("next week", "XXXX-WXX"), ("Friday", "XXXX-WXX-5"),
                      ("8 November 2021", "2021-11-08")]


def test_words_that_only_look_like_dates(find):
    found = find('"May God protect them," he said; the book is due out in May. The star is '
                 'more massive than the Sun. A quarter million clips were removed.', parse=False)
    assert [t for t, _, _ in found] == ["May"]


def test_deadline_words_point_forward(find):
    found = find("Officials postponed until Tuesday any action, and extended the deadline until "
                 "9 a.m. Thursday.")
    assert ("Tuesday", "DATE", "2021-11-30") in found
    assert ("9 a.m. Thursday", "TIME", "2021-11-25T09:00") in found


def test_march_capitalised_is_the_month(find):
    found = find("In March a federal judge ruled against them; troops march on.", parse=False)
    assert [t for t, _, _ in found] == ["March"]


def test_far_past_does_not_break_the_calendar(find):
    found = find("Rome fell 2100 years ago, and 100000 days ago is also history.", parse=False)
    assert ("2100 years ago", "DATE", "BC0080") in found
    assert ("100000 days ago", "DATE", "1748-02-09") in found


def test_rules_tried_at_their_start_positions_match_as_finditer(finder):
    """The one-pass start index (``extract._Starts``) gives each rule the matches a ``finditer``
    over the whole text gives: same spans, same groups, same order."""
    texts = ["On Monday, 3 March 2020, about 10 p.m. EST, the '90s band met for two-and-a-half hours.",
             "Sales in the year-ago quarter fell 5%; twice a week since mid-2019, every other "
             "Friday.\nLate February 1944 (ſeptember?) was 80 years ago; the 1990s; 12:30 GMT.",
             "(May 5-7) In 2,000 cases AD 800 and 300 BC; per year; 1990’s; three-year-old."]
    for text in texts:
        expected = []
        for order, (rule, regex) in enumerate(finder.rules):
            for m in regex.finditer(text):
                if m.end() > m.start():
                    expected.append((order, m.span(), m.groupdict()))
        by_rule = finder.starts.positions(text)
        got = [(order, m.span(), m.groupdict()) for order, (rule, regex) in enumerate(finder.rules)
               for m in finder.starts.matches(order, regex, text, by_rule)]
        assert got == expected
        assert len(got) >= 5


def test_first_pairs_hold_every_match_start():
    """``first_pairs`` gives the first two characters a match can open with (one where the match
    may end after one, or a repeat of it may stop), and ``pair_allowed`` tests a text's two
    characters against them (``pair_table``), letting through every position a match starts at."""
    import re

    from dateline.time.rules import first_characters, first_pairs, pair_allowed, pair_table

    assert first_pairs("May|June") == {(frozenset("M"), frozenset("a")), (frozenset("J"), frozenset("u"))}
    assert first_pairs(r"x*y") == {(frozenset("x"), frozenset("x")), (frozenset("x"), frozenset("y")),
                                   (frozenset("y"),)}
    assert first_pairs(r"(?:a|)") is None and first_pairs(r"[^a]b") is None
    text = "In May 3rd, an hour; June 22nd: xxy y xa ab abababc a hour 7 hours, 1 2nd; major jets mix."
    # (pattern, whether its first two characters let through fewer positions than its first one)
    for pattern, narrower in ((r"(?:May|June)\s\d+", True), (r"\d{1,2}(?:st|nd|rd)?\b", False),
                              (r"(?:a|an)?\s*hours?", True), (r"x*y", True), (r"(?:ab)+c", True),
                              (r"\d\s?(?:hours?|nd)", True), (r"(?<!\w)y", False)):
        first = re.compile("[" + "".join(first_characters(pattern)) + "]", re.IGNORECASE)
        table = pair_table(first_pairs(pattern))
        starts = [m.start() for m in re.finditer(pattern, text, re.IGNORECASE) if m.end() > m.start()]
        assert starts, pattern
        assert all(pair_allowed(table, text[p:p + 2]) for p in starts), pattern
        let_through = [p for p in range(len(text)) if first.match(text[p])
                       and pair_allowed(table, text[p:p + 2])]
        assert (len(let_through) < sum(1 for p in range(len(text)) if first.match(text[p]))) == narrower, \
            pattern
    assert pair_allowed(pair_table(first_pairs("ka")), "\u212aa")  # the Kelvin sign: not ASCII


def test_rules_parsed_once_compile_as_their_text_does():
    """``compile_rules_and_starts`` compiles each rule from one parse: the regex has the flags
    and groups ``re.compile`` of the rule's text gives, matches the same, and the start
    characters are those found from the rule's body alone."""
    import re

    from dateline.time.rules import (RULES, WORD_START, compile_rules_and_starts,
                                     first_characters, first_pairs, rule_body)
    compiled, firsts, pairs = compile_rules_and_starts(RULES)
    assert len(compiled) == len(firsts) == len(pairs) == len(RULES)
    text = "Late on Monday, 3 March 2020, about 10 p.m., two years ago; the 1990s; every week."
    for (rule, regex), first, pair in zip(compiled, firsts, pairs):
        reference = re.compile(WORD_START + rule_body(rule), re.IGNORECASE)
        assert (regex.flags, regex.groups, regex.groupindex) == (
            reference.flags, reference.groups, reference.groupindex), rule.name
        assert first == first_characters(rule_body(rule)), rule.name
        assert pair == first_pairs(rule_body(rule)), rule.name
        assert ([(m.span(), m.groups()) for m in regex.finditer(text)]
                == [(m.span(), m.groups()) for m in reference.finditer(text)]), rule.name


def test_past_clock_time_is_not_on_a_later_day_the_story_named(find):
    """A day after publication as the story's reference does not date a clock time whose clause
    is in the past tense; one in the future tense still takes it."""
    found = find("The suspect will be sentenced on December 3. The bomb exploded at 13:40 local "
                 "time, police said.")
    assert ("13:40 local time", "TIME", "2021-11-24T13:40") in found
    found = find("The suspect will be sentenced on December 3. The hearing will open at 10 a.m.")
    assert ("10 a.m.", "TIME", "2021-12-03T10:00") in found


def test_past_clause_counts_from_the_last_past_day_not_a_later_one(find):
    """A clock time or "the same day" in a past-tense clause, after the story named a day after
    publication, counts from the last day on or before publication it named (Monday), not from
    the later day nor the publication date; in the future tense the later day still serves."""
    found = find("Gunmen attacked two shops on Monday. The suspect will be sentenced on December 3. "
                 "The first attack began at 13:40 local time. A second shop was attacked on the "
                 "same day.")
    assert ("13:40 local time", "TIME", "2021-11-22T13:40") in found
    assert ("the same day", "DATE", "2021-11-22") in found
    found = find("Gunmen attacked two shops on Monday. The suspect will be sentenced on December 3. "
                 "His lawyer will appeal the next day.")
    assert ("the next day", "DATE", "2021-12-04") in found


def test_the_next_day_counts_from_the_narrative_not_a_day_qualifying_a_noun(find, finder, nlp):
    """A day that qualifies a noun ("the November 3 border agreement") after the story named a
    day is background: "the following day" counts from Monday. With no day named before, the
    qualifying day is the story's ("The March 3 ceasefire collapsed. The next day ...")."""
    text = ("On Monday the ministers met in Cairo. They called the November 3 border agreement "
            "void. In a press release issued the following day, Turkey rejected the statement.")
    assert ("the following day", "DATE", "2021-11-23") in find(text)
    reader = TenseReader(nlp(text))  # without the parse's noun modifiers: from November 3
    assert ("the following day", "DATE", "2021-11-04") in [
        (t.text, t.type, t.value) for t in finder.find(text, ANCHOR, reader.tense)]
    assert ("The next day", "DATE", "2021-03-04") in find(
        "The March 3 ceasefire collapsed. The next day, fighting resumed.")


def test_a_past_or_untensed_clause_counts_days_from_the_last_past_day(find):
    """"Two days later" in the past, and "the same day" in a participle clause, after the
    story named a day after publication, count from the last day on or before publication it
    named; in the future tense the later day still serves."""
    story = "Gunmen attacked a shop on Monday. The suspect will be sentenced on December 3. "
    assert ("Two days later", "DATE", "2021-11-24") in find(
        story + "Two days later, police arrested a second man.")
    assert ("the same day", "DATE", "2021-11-22") in find(
        story + "A second shop was attacked, killing two people on the same day.")
    assert ("two days later", "DATE", "2021-12-05") in find(
        story + "His lawyer will appeal two days later.")


@pytest.mark.parametrize("text, expected", [
    ("Last year August 8 was the happiest day of my life.", ("Last year August 8", "2020-08-08")),
    ("The deal was signed August 8 last year.", ("August 8 last year", "2020-08-08")),
    ("Next year July 4 falls on a Monday.", ("Next year July 4", "2022-07-04")),
])
def test_a_day_with_a_relative_year_is_one_date(find, text, expected):
    """"Last year August 8": one date in last year, not "last year" and an August 8 of the
    anchor's year."""
    assert (expected[0], "DATE", expected[1]) in find(text)


def test_quoted_today_of_an_earlier_statement_is_the_statements_day(find):
    """"today" (and "yesterday") inside a quotation that the paragraph reports in the past
    counts from the last day of the week before publication that the story named (the day of
    the statement); reported in the present, outside the quotation marks, or after only a
    background date, it stays the publication date."""
    lede = "On Monday, the senator endorsed her rival.\n\n"
    found = find(lede + 'In a statement, she said: "Today, I am asking all of you to vote for '
                 'him. Yesterday was hard."')
    assert ("Today", "DATE", "2021-11-22") in found
    assert ("Yesterday", "DATE", "2021-11-21") in found
    assert ("Today", "DATE", "2021-11-22") in find(lede + '"Today, I am asking you to vote," '
                                                   "she said.")
    assert ("Today", "DATE", "2021-11-24") in find(lede + '"Today, I am asking you to vote," '
                                                   "she says.")
    assert ("Today", "DATE", "2021-11-24") in find(lede + "Today, she said, the campaign ends.")
    assert ("Today", "DATE", "2021-11-24") in find(
        "The report of August 27 was criticised.\n\n"
        'She said: "Today, I am asking you to vote."')


@pytest.mark.parametrize("opening, closing", [("„", "“"), ("„", "”")])  # German, Polish
def test_a_low_nine_quotation_is_a_quotation_for_the_statements_day(find, opening, closing):
    """„…“ and „…” (kept as printed by ingest) bound a quotation as “…” does: before, „ was no
    mark and the closing “ opened one, so "Today" counted as outside the quotation."""
    lede = "On Monday, the senator endorsed her rival.\n\n"
    assert ("Today", "DATE", "2021-11-22") in find(
        lede + f"{opening}Today, I am asking you to vote,{closing} she said.")
    assert ("Today", "DATE", "2021-11-22") in find(
        lede + f"She said: {opening}Today, I am asking you to vote.{closing}")
    assert ("Today", "DATE", "2021-11-24") in find(
        lede + f"{opening}Today, I am asking you to vote,{closing} she says.")


def test_a_quoted_part_of_day_of_an_earlier_statement_counts_from_the_statements_day(find):
    """"last night", "this morning" inside a quotation the paragraph reports in the past are the
    speaker's, counted from the day of the statement as a quoted "today" is; reported in the
    present they stay the publication day's."""
    lede = "On Monday, the senator endorsed her rival.\n\n"
    found = find(lede + 'She said: "I called him last night and we met this morning."')
    assert ("last night", "TIME", "2021-11-21TNI") in found
    assert ("this morning", "TIME", "2021-11-22TMO") in found
    assert ("last night", "TIME", "2021-11-23TNI") in find(
        lede + 'She says: "I called him last night."')
    # a day counted from the statement does not move the story's day
    found = find(lede + 'She said: "Yesterday was hard. Today, I ask you to vote."')
    assert ("Yesterday", "DATE", "2021-11-21") in found and ("Today", "DATE", "2021-11-22") in found


@pytest.mark.parametrize("verb", ["told reporters", "wrote", "replied", "urged", "tweeted"])
def test_the_past_of_each_kind_of_reporting_verb_reports_a_statement(find, verb):
    """The reporting verbs' past forms come from their lemmas (``nlp.SAYING_VERBS`` and the dates
    stage's own): irregular ("told", "wrote"), "-ied" ("replied"), "-d" and "-ed" spellings."""
    lede = "On Monday, the senator endorsed her rival.\n\n"
    assert ("Today", "DATE", "2021-11-22") in find(lede + f'She {verb}: "Today, I am asking you to vote."')


def test_a_month_and_day_four_heads_below_a_past_verb_takes_the_past(find):
    """"on the night of May 10": the verb four heads above ("shot") reads the tense; May 10 is
    nearer ahead of the anchor (Nov. 24) than behind it, but the clause is past."""
    assert value_of(find("He was shot on the night of May 10."), "May 10") == "2021-05-10"
    assert value_of(find("He will speak on the night of May 10."), "May 10") == "2022-05-10"


def test_a_day_that_names_an_occurrence_is_past(find):
    """"the May 10 shooting": a date that qualifies a noun names an occurrence, as a
    possessive day does ("Tuesday's ruling"), whatever the tense of the clause."""
    assert value_of(find("Police are searching for suspects in the May 10 shooting."),
                    "May 10") == "2021-05-10"


def test_a_day_that_qualifies_a_noun_in_a_present_or_future_clause_can_be_ahead(find):
    """Only a past or tenseless clause makes a noun-qualifying date an occurrence: "will decide"
    or "are preparing for" the March 3 election looks forward to it."""
    assert value_of(find("The March 3 election will decide the presidency."),
                    "March 3") == "2022-03-03"
    assert value_of(find("Voters are preparing for the March 3 election."),
                    "March 3") == "2022-03-03"
    assert value_of(find("Officials recounted the ballots of the March 3 election."),
                    "March 3") == "2021-03-03"
    assert value_of(find("He was shot to death in his car. Police arrested a man in the "
                         "Oct. 23 slaying."), "Oct. 23") == "2021-10-23"


def test_a_modal_perfect_of_obligation_is_a_deadline(find):
    """"must have completed it by March 1" sets a deadline, not a past: the next March 1."""
    assert value_of(find("Contractors must have completed the review by March 1."),
                    "March 1") == "2022-03-01"
    assert value_of(find("The agency should have inspected the plants by February 10."),
                    "February 10") == "2022-02-10"
    assert value_of(find("The agency may have inspected the plants on February 10."),
                    "February 10") == "2021-02-10"


def test_a_modal_of_the_past_is_past(find):
    """"may have met on Friday" is the Friday before; "may meet on Friday" the one after."""
    assert value_of(find("He may have met the minister on Friday."), "Friday") == "2021-11-19"
    assert value_of(find("He may meet the minister on Friday."), "Friday") == "2021-11-26"
    assert value_of(find("He will have left the country by Friday."), "Friday") == "2021-11-26"


def test_a_day_without_its_year_just_after_one_written_with_it_is_of_that_year(find):
    """A story told of another year: "November 21" right after "November 15, 2017" is 2017's;
    a day far from it in time, or one after a day of the anchor's year, keeps the anchor's
    reading."""
    assert value_of(find("The army moved on November 15, 2017. Mugabe resigned on November 21."),
                    "November 21") == "2017-11-21"
    assert value_of(find("The army moved on November 15, 2017. Talks resumed on May 10."),
                    "May 10") == "2021-05-10"
    assert value_of(find("The army moved on November 15, 2021. Mugabe resigned on November 21."),
                    "November 21") == "2021-11-21"
    far = "The army moved on November 15, 2017. " + "Nothing else happened. " * 30
    assert value_of(find(far + "Mugabe resigned on November 21."), "November 21") == "2021-11-21"


def test_a_future_day_after_a_day_of_another_year_keeps_the_anchors_reading(find):
    """The story's year dates only a past or tenseless clause; across its year's end it is the
    next year ("January 5" after "December 20, 2017")."""
    assert value_of(find("The leader was ousted on November 15, 2017. The party will hold a "
                         "congress on December 1."), "December 1") == "2021-12-01"
    assert value_of(find("The army moved on December 20, 2017. The leader resigned on "
                         "January 5."), "January 5") == "2018-01-05"


def test_a_statement_introduced_by_a_participle_takes_the_tense_of_its_clause(find):
    """"gave her account, speaking on television: '… last night'": no verb of saying, but the
    participle hangs on a clause in the past, so the quotation is the earlier statement's; on a
    clause in the present it is the publication day's."""
    lede = "On Monday, the senator endorsed her rival.\n\n"
    assert ("last night", "TIME", "2021-11-21TNI") in find(
        lede + 'She gave a different account, speaking on television: "I called him last night."')
    assert ("last night", "TIME", "2021-11-23TNI") in find(
        lede + 'She gives a different account, speaking on television: "I called him last night."')


def test_a_participle_after_a_quotation_is_read_where_it_stands(find):
    """The participle's tense is read at its own place when the quotation comes first: "says
    now, speaking to reporters who had gathered" is a statement of the day."""
    lede = "On Monday, the senator endorsed her rival.\n\n"
    assert ("tomorrow", "DATE", "2021-11-25") in find(
        lede + '"I will call him tomorrow," she says now, speaking to reporters who had '
        'gathered outside.')


def test_a_participle_clause_takes_the_tense_of_the_clause_it_hangs_on(find):
    assert value_of(find("Speaking on Friday, the minister said talks had failed."),
                    "Friday") == "2021-11-19"
    assert value_of(find("Speaking on Friday, the minister will announce the talks."),
                    "Friday") == "2021-11-26"
