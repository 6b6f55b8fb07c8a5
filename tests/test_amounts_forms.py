"""The amounts stage on hand-built sentences: one test per amount form, and what is not an amount."""

from __future__ import annotations

import pytest

from dateline.amounts.stage import find_amounts
from dateline.model import Timex
from dateline.pipeline import Work


@pytest.fixture(scope="module")
def amounts_of(nlp):
    def run(text: str, timexes=()):
        work = Work(text=text, published=None, doc=nlp(text), timexes=list(timexes))
        amounts = find_amounts(work)
        for a in amounts:
            assert text[a.start:a.end] == a.text
        return amounts
    return run


def one(amounts):
    assert len(amounts) == 1, amounts
    return amounts[0]


def test_money_with_scale_qualifier_and_object(amounts_of):
    a = one(amounts_of("The United States seized nearly $9.5 billion in assets belonging to the bank."))
    assert a.value == pytest.approx(9.5e9) and a.unit == "USD" and a.approximate
    assert "$9.5 billion" in a.text and a.object == "assets"


@pytest.mark.parametrize("text,value,unit", [
    ("The fine was £20m last year.", 20e6, "GBP"),
    ("Brussels pledged €1.2bn to the fund.", 1.2e9, "EUR"),
    ("They raised 500 million euros for it.", 500e6, "EUR"),
    ("The grant was US$ 4 million.", 4e6, "USD"),
    ("He paid 1,250 dollars for the car.", 1250, "USD"),
])
def test_money_forms(amounts_of, text, value, unit):
    a = one(amounts_of(text))
    assert a.value == pytest.approx(value) and a.unit == unit and not a.approximate


def test_count_of_people_with_demonym(amounts_of):
    a = one(amounts_of("Pakistan has accepted nearly 3.5 million Afghans over the past three decades.",
                       timexes=[Timex(48, 70, "over the past three decades", "DURATION", "P3DE")]))
    assert a.value == pytest.approx(3.5e6) and a.unit == "people" and a.approximate
    assert a.object == "Afghans" and "3.5 million" in a.text


def test_count_of_people_noun_and_word_number(amounts_of):
    a = one(amounts_of("Twenty-five soldiers were wounded."))
    assert a.value == 25 and a.unit == "people" and a.object == "soldiers"


def test_count_of_things(amounts_of):
    a = one(amounts_of("The army deployed 40 armoured vehicles to the border."))
    assert a.value == 40 and a.unit == "count" and a.object == "armoured vehicles"


def test_vague_count_is_approximate(amounts_of):
    a = one(amounts_of("Thousands of people marched in the capital."))
    assert a.value == 1000 and a.approximate and a.unit == "people" and a.object == "people"


@pytest.mark.parametrize("text,value,unit", [
    ("Turnout rose to 64% this time.", 64, "percent"),
    ("Inflation reached 7.5 per cent in May.", 7.5, "percent"),
    ("Support fell by 3 percentage points.", 3, "percentage points"),
])
def test_percentages(amounts_of, text, value, unit):
    a = one([a for a in amounts_of(text) if a.unit == unit])
    assert a.value == pytest.approx(value)


@pytest.mark.parametrize("qualifier", ["about", "more than", "at least", "almost", "up to", "roughly"])
def test_qualifiers_make_amounts_approximate(amounts_of, qualifier):
    a = one(amounts_of(f"The storm destroyed {qualifier} 300 houses."))
    assert a.approximate and a.value == 300 and a.object == "houses"


@pytest.mark.parametrize("text", [
    "The war began in 2001 and ended in 2021.",        # years
    "The talks lasted three decades.",                  # a duration stays with time
    "She came first in the race.",                      # ordinals
    "The F-16 and the COVID-19 vaccine were discussed.",  # numbers inside names
    "One of them left.",                                # a pronoun, not a count
])
def test_not_amounts(amounts_of, text):
    assert amounts_of(text) == []


@pytest.mark.parametrize("text,amount,value,unit", [
    ("The bus had travelled 700 miles from Louisiana.", "700 miles", 700, "mile"),
    ("The statues weigh about fourteen tons.", "about fourteen tons", 14, "ton"),
    ("The town lies 18 km from the border.", "18 km", 18, "km"),
])
def test_measures_carry_their_unit(amounts_of, text, amount, value, unit):
    a = one(amounts_of(text))
    assert a.text == amount and a.value == value and a.unit == unit


def test_hyphenated_compounds_are_not_amounts(amounts_of):
    assert amounts_of("They fled the ten-storey building.") == []


def test_span_starts_at_the_number(amounts_of):
    a = one(amounts_of("Rows dropped:\ntwo rows were removed."))
    assert a.text == "two"
