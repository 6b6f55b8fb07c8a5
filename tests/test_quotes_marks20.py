"""Quotation marks of other typographies (quotes20): French guillemets with spaces inside, German and
Polish »…«, Polish „…”, quotations nested in another style, full-width ＂…＂; and the content of an
attribution after a colon that a guillemet quotation follows (``reported._after_last_break``)."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work
from dateline.quotes.marks import find_quoted
from dateline.quotes.stage import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_french_guillemets_with_spaces_before_a_comma_close():
    # the regression of the nineteenth session: the » before ", a-t-il dit" was read as opening,
    # so one quotation ran from the first « to the paragraph's end
    text = "« Nous viendrons demain », a-t-il dit. « Mais pas ce soir », a-t-il ajouté."
    assert quoted(text) == ["« Nous viendrons demain »", "« Mais pas ce soir »"]


def test_french_guillemets_with_spaces_before_a_full_stop_and_a_word():
    text = "Le maire a répondu « non ». Puis il a dit « peut-être » avant de partir."
    assert quoted(text) == ["« non »", "« peut-être »"]


def test_french_guillemets_over_two_paragraphs_still_join():
    text = "Il a dit : « Nous viendrons.\n« Mais pas ce soir », a-t-il ajouté.\nFin."
    [q] = find_quoted(text)
    assert text[q.start:q.end] == "« Nous viendrons.\n« Mais pas ce soir »" and len(q.pieces) == 2


@pytest.mark.parametrize("text,expected", [
    ("»Wir kommen morgen«, sagte er. »Aber nicht heute«, fügte er hinzu.",
     ["»Wir kommen morgen«", "»Aber nicht heute«"]),  # German
    ("»Zrobimy to jutro« – powiedział. »Ale nie dziś!« – dodał.",
     ["»Zrobimy to jutro«", "»Ale nie dziś!«"]),  # Polish, dash after the quotation
    ("„Zrobimy to jutro”, powiedział. „Ale nie dziś”, dodał.",
     ["„Zrobimy to jutro”", "„Ale nie dziś”"]),  # Polish low-high
    ("„Wir kommen morgen“, sagte er. „Aber nicht heute“, fügte er hinzu.",
     ["„Wir kommen morgen“", "„Aber nicht heute“"]),  # German low-high
])
def test_german_and_polish_quotations_each_close(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text,expected", [
    # single guillemets inside French ones are no marks of their own: one quotation
    ("« Il a répondu ‹ non › hier », a-t-il ajouté.", "« Il a répondu ‹ non › hier »"),
    # guillemets inside a German „…“ quotation: the « closes the inner one, not the outer
    ("„Er sagte »nein« dazu“, berichtete sie.", "„Er sagte »nein« dazu“"),
    # curly quotes inside French guillemets: the ” closes the inner one
    ("« Il a dit “non” hier », a-t-il ajouté.", "« Il a dit “non” hier »"),
    # straight quotes inside German guillemets
    ('»Er sagte "nein" dazu«, berichtete sie.', '»Er sagte "nein" dazu«'),
])
def test_a_quotation_nested_in_another_style_stays_inside(text, expected):
    assert quoted(text) == [expected]


def test_nested_quotation_left_open_does_not_outlive_the_outer_one():
    # an inner mark that never closes: the outer guillemet still closes its quotation
    text = "« Il a dit “non hier », a-t-il ajouté. Fin."
    assert quoted(text) == ["« Il a dit “non hier »"]


def test_full_width_quotation_marks():
    text = "＂We will come tomorrow,＂ he said. ＂But not tonight.＂"
    assert quoted(text) == ["＂We will come tomorrow,＂", "＂But not tonight.＂"]


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str):
        quotes = find_quotes(Work(text=text, published=None, doc=nlp(text), actors=[]))
        for q in quotes:
            assert text[q.start:q.end] == q.text
        return quotes
    return run


def test_french_spaced_quotations_are_read_as_curly_ones(quotes_of):
    # the same attributions as with “…”: the quotation carried on after "the minister said." is one
    # quote of the minister's, ending at the second », not at the paragraph's end
    curly = "“We will come tomorrow,” the minister said. “But not tonight,” he added."
    french = "« We will come tomorrow », the minister said. « But not tonight », he added."

    def shape(quotes):
        return sorted((q.kind, q.speaker.text, q.cue.text, q.text.count(" said. ")) for q in quotes)

    got = quotes_of(french)
    assert shape(got) == shape(quotes_of(curly))
    assert [q.text for q in got if q.kind == "direct"] == [french[:french.index("», he") + 1]]


@pytest.mark.parametrize("quotation", ["»Wir schaffen das«", "« Nous le ferons »"])
def test_guillemet_quotation_before_according_to_is_the_content(quotes_of, quotation):
    # reported._after_last_break read every » as closing and « as opening, so a German quotation
    # ran the content back over "The premier was blunt:"
    quotes = quotes_of(f"The premier was blunt: {quotation}, according to his spokesman.")
    [q] = [q for q in quotes if q.cue is not None and q.cue.text == "according to"]
    assert q.text == quotation and q.speaker.text == "his spokesman"


@pytest.mark.parametrize("quotation", ["“Tell them »no: never« from me”", "»Tell them “no: never” from me«",
                                       "« Tell them “no: never” from me »"])
def test_after_last_break_skips_a_colon_inside_nested_quotations(nlp, quotation):
    # before, every » counted as closing and « as opening: »…« nested in “…” cancelled the ”, and the
    # colon inside the quotation was taken for the break before the content
    from dateline.quotes.reported import _after_last_break

    doc = nlp(f"The premier was blunt: {quotation}, according to his spokesman.")
    end = next(t.i for t in doc if t.text == "according") - 1  # the comma before the cue clause
    start = _after_last_break(doc, 0, end)
    assert doc[start:end].text == quotation
