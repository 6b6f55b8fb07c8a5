"""Dates of events (anchoring.py): the clause's timex, then the sentence's, then an earlier telling
of the same occurrence, then the publication date. Invented sentences, hand-built actors and
timexes (the publication date is 2021-11-24, a Wednesday)."""

from __future__ import annotations

import pytest

from dateline import nlp as nlp_module
from dateline.events import anchoring
from dateline.events.stage import find_events
from dateline.model import Quote
from test_events_helpers import make_work, run_events

ACTORS = {"us": ("USA", "country", "The United States", "Washington"),
          "ir": ("IRN", "country", "Iran"), "is": ("ISR", "country", "Israel"),
          "fp": (None, "organization", "Foreign Policy")}
TUESDAY = [("Tuesday", "DATE", "2021-11-23")]


def dated(text, timexes=TUESDAY):
    events, _ = run_events(nlp_module.load(), text, ACTORS, timexes=timexes)
    return [(e.type, e.trigger.text, e.date, e.date_basis) for e in events]


def test_the_clause_timex_dates_the_event():
    assert dated("Iran attacked Israel on Tuesday.") == [
        ("ASSAULT", "attacked", "2021-11-23", "clause")]


@pytest.mark.parametrize("text", [
    "On Tuesday, Iran started attacking Israel.",  # the aspectual verb above carries the date
    "Foreign Policy said on Tuesday that Iran attacked Israel.",  # the report's date
])
def test_the_sentence_timex_dates_an_undated_clause(text):
    assert ("ASSAULT", "attack" + text.split("attack")[1].split()[0], "2021-11-23",
            "sentence") in dated(text)


@pytest.mark.parametrize("text", [
    "Foreign Policy said on Tuesday that Iran had attacked Israel.",
    "Foreign Policy said on Tuesday that Iran has attacked Israel.",
])
def test_a_perfect_clause_happened_before_the_sentence_date(text):
    assert dated(text) == [("ASSAULT", "attacked", "2021-11-24", "publication")]


def test_a_retelling_of_the_same_occurrence_takes_its_date():
    assert dated("Iran attacked Israel on Tuesday. Two Israeli soldiers were killed in the "
                 "attack.")[1] == ("ASSAULT", "killed", "2021-11-23", "context")


def test_a_retelling_told_as_not_happening_takes_its_date_too():
    assert dated("Iran accused Israel on Tuesday. Israel did not accuse Iran in return.")[1] == (
        "ACCUSE", "accuse", "2021-11-23", "context")


def test_another_type_of_event_does_not_inherit_the_date():
    assert dated("Iran attacked Israel on Tuesday. The United States criticized Iran.")[1] == (
        "ACCUSE", "criticized", "2021-11-24", "publication")


def test_the_narrative_date_does_not_carry_past_the_window():
    filler = " ".join(["Israel is a country."] * anchoring.CONTEXT_WINDOW_SENTENCES)
    events = dated(f"Iran accused Israel on Tuesday. {filler} The United States accused Iran of lying.")
    assert events[-1] == ("ACCUSE", "accused", "2021-11-24", "publication")


FILLER = " ".join(["Israel is a country."] * (anchoring.CONTEXT_WINDOW_SENTENCES + 1))


@pytest.mark.parametrize("retelling, trigger", [
    ("Iranian troops shelled Israeli towns.", "shelled"),
    ("Two Israeli soldiers were killed.", "killed"),
    ("Israelis had protested against Iran.", "protested"),  # the pluperfect: before the lede
])
def test_a_contentious_occurrence_told_again_in_the_past_takes_the_ledes_day(retelling, trigger):
    """Past the same-type window, and after a lede of another type: the article retells the
    violent or contentious occurrence it reports."""
    for lede in ("Iran attacked Israel on Tuesday.", "On Tuesday, the United States met Iran."):
        events = dated(f"{lede} {FILLER} {retelling}")
        assert events[-1][1:] == (trigger, "2021-11-23", "context"), (lede, events)


@pytest.mark.parametrize("retelling", [
    "The United States has shelled Iranian towns before.",  # the present perfect
    "The United States shells Iranian towns.",  # the present
    "The United States criticized Iran.",  # a verbal event: most are undated in the text
])
def test_the_ledes_day_dates_no_other_tense_or_type(retelling):
    assert dated(f"Iran attacked Israel on Tuesday. {FILLER} {retelling}")[-1][2:] == (
        "2021-11-24", "publication")


def test_a_lede_of_the_publication_day_or_without_a_day_dates_nothing():
    text = f"Iran attacked Israel. {FILLER} Iranian troops shelled Israeli towns."
    assert dated(text, ())[-1][2:] == ("2021-11-24", "publication")
    assert dated(text.replace("Israel.", "Israel today.", 1), [("today", "DATE", "2021-11-24")]
                 )[-1][2:] == ("2021-11-24", "publication")
    assert dated(text.replace("Israel.", "Israel in 2019.", 1), [("2019", "DATE", "2019")]
                 )[-1][2:] == ("2021-11-24", "publication")


@pytest.mark.parametrize("text, trigger", [
    ("Starting on Tuesday, Iran shelled Israeli towns.", "shelled"),  # an adverbial clause below
    ("Hours before Israel voted on Tuesday, Iran attacked it.", "attacked"),
    ("Iran attacked Israel by shelling its towns on Tuesday.", "attacked"),  # "by" + a clause
])
def test_a_clause_below_dates_the_event_nothing_above_dates(text, trigger):
    assert any(e[1] == trigger and e[2:] == ("2021-11-23", "sentence") for e in dated(text))


@pytest.mark.parametrize("text", [
    "Iran attacked Israel after Israel threatened it on Tuesday.",  # a bound, not the time
    "Iran attacked Israel, which it had warned on Tuesday.",  # a relative clause
    "Iran attacked Israel, citing Tuesday's threats.",  # a noun's modifier
])
def test_a_bound_or_a_modifier_below_dates_nothing(text):
    assert ("ASSAULT", "attacked", "2021-11-24", "publication") in dated(text)


@pytest.mark.parametrize("text", [
    "In a statement issued on Tuesday, Iran condemned Israel.",
    "Iran condemned Israel in a statement issued on Tuesday.",
    "In a video posted on Tuesday, Iran accused Israel of lying.",
])
def test_the_day_of_the_text_an_event_is_told_in_dates_it(text):
    assert [e[2:] for e in dated(text)] == [("2021-11-23", "sentence")]


def test_the_day_of_a_press_release_the_parser_reads_as_a_complement_dates_it():
    """"In a press release issued the following day, X denounced": the parser makes "issued" a
    subjectless complement of "denounced" and the day its object."""
    text = "In a press release issued the following day, Iran denounced Israel."
    events = dated(text, [("the following day", "DATE", "2021-11-23")])
    assert [e[1:] for e in events] == [("denounced", "2021-11-23", "sentence")]


@pytest.mark.parametrize("text", [
    "Iran condemned Israel over a law passed on Tuesday.",  # a law: not what Iran told it in
    "Iran condemned Israel in a ruling issued on Tuesday.",  # not a telling
])
def test_the_day_of_a_text_the_event_is_not_told_in_dates_nothing(text):
    assert [e[2:] for e in dated(text)] == [("2021-11-24", "publication")]


@pytest.mark.parametrize("text", [
    "Iran condemned Israel, according to a tweet on Tuesday by its envoy.",
    "Iran accused Israel of lying, the envoy told reporters at a briefing held on Tuesday.",
    "Israeli lawmakers protested by shouting during Tuesday's session.",
])
def test_the_one_past_day_of_the_sentence_dates_an_event_the_parse_does_not_tie_it_to(text):
    """The one time a sentence names, a day before publication, dates its event wherever the
    parse hangs it (not a bound, a thing's modifier, a clause in the perfect, of a noun or of
    the future: see test_a_bound_or_a_modifier_below_dates_nothing and the law and ruling of
    test_the_day_of_a_text_the_event_is_not_told_in_dates_nothing)."""
    assert [e[2:] for e in dated(text)] == [("2021-11-23", "sentence")]


@pytest.mark.parametrize("text, timexes", [
    ("Iran condemned Israel before the vote that will be held on Thursday.",
     [("Thursday", "DATE", "2021-11-25")]),  # not a past day
    ("Iran condemned Israel after Israel voted on Tuesday.", TUESDAY),  # a bound
    ("Iran has condemned Israel, which voted on Tuesday.", TUESDAY),  # of a noun; perfect
    ("Iran condemned Israel, according to a tweet on Tuesday evening by its envoy.",
     TUESDAY + [("evening", "TIME", "2021-11-23TEV")]),  # two times named
])
def test_no_lone_past_day_of_the_sentence_dates_nothing_else(text, timexes):
    assert ("ACCUSE", "condemned", "2021-11-24", "publication") in dated(text, timexes)


THURSDAY = [("Thursday", "DATE", "2021-11-25")]  # the day after publication


@pytest.mark.parametrize("text, trigger, modality", [
    ("Iran gave Israel until Thursday to free the prisoners.", "free", "planned"),  # demanded
    ("Israel ordered Iran to stop shelling the town until Thursday.", "shelling", "asserted"),
    ("Iran shelled the town until Thursday.", "shelled", "asserted"),  # not planned by it
    ("Iran demanded the release of the prisoners by Thursday.", "demanded", "asserted"),
])
def test_a_deadline_dates_neither_its_clause_nor_the_clauses_below(text, trigger, modality):
    """A time after "until" that lies after publication is the end of what the clause tells (a
    demand, an order, a stay), not its time: the clause and the clauses below it take the story's
    date, and the deadline makes nothing planned."""
    events, _ = run_events(nlp_module.load(), text, ACTORS, timexes=THURSDAY)
    assert [(e.date, e.date_basis, e.modality) for e in events if e.trigger.text == trigger] \
        == [("2021-11-24", "publication", modality)]
    assert all(e.date_basis == "publication" for e in events)


@pytest.mark.parametrize("text, timexes, expected", [
    ("Iran will attack Israel on Thursday.", THURSDAY, ("2021-11-25", "clause")),  # no deadline
    ("Iran did not attack Israel until Tuesday.", TUESDAY, ("2021-11-23", "clause")),
    ("Iran did not attack Israel until Thursday.", THURSDAY, ("2021-11-25", "clause")),
    ("Iran attacked Israel by Tuesday.", TUESDAY, ("2021-11-23", "clause")),  # no demand
])
def test_a_negated_clause_or_a_day_of_its_own_keeps_the_date(text, timexes, expected):
    """"did not attack until Thursday": the attack comes on the day; a past bound ("until
    Tuesday") is no deadline either."""
    assert [e[2:] for e in dated(text, timexes)] == [expected]


def test_the_demanded_act_keeps_the_deadline_of_its_own_clause():
    events, _ = run_events(nlp_module.load(), "Iran demanded that Israel free the prisoners by "
                           "Thursday.", ACTORS, timexes=THURSDAY)
    assert [(e.trigger.text, e.date, e.date_basis, e.modality) for e in events] == [
        ("demanded", "2021-11-24", "publication", "asserted"),
        ("free", "2021-11-25", "clause", "requested")]


def test_an_event_of_a_quoted_statement_takes_the_statements_day():
    """An undated event inside a quoted statement takes the day its quoted "today" names when
    that is before publication (the timexes stage counted it from the statement's day), across
    an attribution that splits the quotation; a "today" of the publication day changes nothing,
    nor does a "today" outside the statement."""
    text = ('Israel criticized Iran on Monday.\n\n"Today is sad," its envoy said. "We ask '
            'Iran to free the prisoners."')
    first, second = text.index('"Today'), text.index('"We')
    quotes = [Quote(first, first + 15, text[first:first + 15], "direct"),
              Quote(second, len(text), text[second:], "direct")]

    def requests(today):
        work = make_work(nlp_module.load(), text, ACTORS, timexes=[
            ("Monday", "DATE", "2021-11-22"), ("Today", "DATE", today)])
        work.quotes = quotes
        find_events(work)
        return [(e.date, e.date_basis) for e in work.events if e.type == "REQUEST"]

    assert requests("2021-11-22") == [("2021-11-22", "context")]
    assert requests("2021-11-24") == [("2021-11-24", "publication")]
    work = make_work(nlp_module.load(), text, ACTORS, timexes=[("Today", "DATE", "2021-11-22")])
    work.quotes = quotes[1:]
    find_events(work)
    assert [e.date_basis for e in work.events if e.type == "REQUEST"] == ["publication"]


def test_the_date_benchmark_names_the_class_of_a_wrong_date():
    import importlib
    import sys
    from pathlib import Path
    from types import SimpleNamespace as Event

    folder = str(Path(__file__).resolve().parent.parent / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    error_class = importlib.import_module("events_dates").error_class
    assert error_class("2019-10-10", Event(date="2019-10-11", date_basis="publication")) == \
        "dated by the text, publication date given"
    assert error_class(None, Event(date="2019-10-09", date_basis="context")) == \
        "undated by the text, dated by the context"
    assert error_class("2019-10-10", Event(date="2019-10", date_basis="clause")) == \
        "coarser than the text's date (clause)"
    assert error_class("2019-10-10", Event(date="2019-09-01", date_basis="sentence")) == \
        "another date (sentence)"


def test_the_date_benchmark_says_what_dates_an_event_given_the_publication_date():
    import importlib
    import sys
    from pathlib import Path
    from types import SimpleNamespace as Record

    folder = str(Path(__file__).resolve().parent.parent / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    dates = importlib.import_module("events_dates")
    tx = [Record(start=5, type="DATE", value="2019-10-08"), Record(start=60, type="DATE",
                                                                    value="2019-10-09")]
    doc = Record(timexes=tx, quotes=[Record(start=70, end=90)], published="2019-10-11")
    rows = [{"sent_index": 0, "start": 0, "end": 40}, {"sent_index": 1, "start": 41, "end": 100}]
    lede = dates.lede_day(doc, rows, "2019-10-11")
    assert lede == (0, "2019-10-08")  # the first past day of the lede
    assert dates.publication_class("2019-10-09", doc, rows[1], lede) == \
        "a day of its own sentence"
    assert dates.publication_class("2019-10-08", doc, rows[1], lede) == "the lede's day"
    assert dates.publication_class("2018", doc, rows[1], lede) == "an earlier day (background)"
    assert dates.publication_class("2019-10-10", doc, rows[1], lede) == "another day"
    event = Record(quad_class=4, reported_by=None, trigger=Record(start=75))
    assert dates.statement(doc, event)  # told inside a quotation
    assert not dates.statement(doc, Record(quad_class=4, reported_by=None,
                                           trigger=Record(start=50)))


def test_token_at_is_the_spans_root_and_is_kept_per_document():
    doc = nlp_module.load()("Police in northern Lahore fired tear gas on Monday.")
    start = doc.text.index("northern Lahore")
    span = doc.char_span(start, start + len("northern Lahore"))
    assert anchoring.token_at(doc, span.start_char, span.end_char).i == span.root.i
    doc.user_data[anchoring.HEADS_KEY][(span.start_char, span.end_char)] = 0
    assert anchoring.token_at(doc, span.start_char, span.end_char).i == 0  # read from the memo
    blank = doc.text.index(" ")
    assert anchoring.token_at(doc, blank, blank + 1) is None


@pytest.mark.parametrize("text, expected", [
    # the year names which elections; the day is when the attack happened
    ("Ahead of the 2020 elections, Iran attacked Israel on Tuesday.", "2021-11-23"),
    ("Before the 2020 elections, Iran attacked Israel on Tuesday.", "2021-11-23"),
    # a time that qualifies a noun is still the clause's date when it is the only one
    ("Iran attacked Israel ahead of the 2020 elections.", "2020"),
])
def test_a_time_that_names_a_thing_gives_way_to_the_clauses_own_time(text, expected):
    """Of two times of the event's clause, the one that says which thing a noun is ("the 2020
    elections") gives way to the one that says when the clause happened ("on Tuesday")."""
    timexes = [("2020", "DATE", "2020"), ("Tuesday", "DATE", "2021-11-23")]
    timexes = [t for t in timexes if t[0] in text]
    assert [(e.trigger.text, e.date, e.date_basis) for e in run_events(
        nlp_module.load(), text, ACTORS, timexes=timexes)[0]] == [
        ("attacked", expected, "clause")]
