"""Review mends of the twenty-third session's second round of places rules, on invented
sentences where they overreached: a country's or a state's name before "'s constant", "'s
disease" or (beside a stem like "physician") "'s law" read as a person; a Spanish feature word
swallowing a weekday; a planet's town read where a probe orbits the planet; "to The Atlantic"
read as a title."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work

# run_places: tests/conftest.py


def found(work: Work, name: str) -> list:
    return [p for p in work.places if p.text == name]


@pytest.mark.parametrize("text, name, count", [
    ("Israel's constant bombardment of the border drew protests in Cairo and Amman. Israel "
     "denied it.", "Israel", 2),
    ("Russia's constant threats worried the ministers meeting in Oslo.", "Russia", 1),
    ("Africa's disease burden fell last year, a report in Geneva said.", "Africa", 1),
    ("China's paradox is that its exports grow while its towns shrink.", "China", 1),
    ("Under Ohio's law, a physician must report abuse within a day. Ohio will appeal the ruling.",
     "Ohio", 2),
])
def test_a_country_or_state_before_an_eponyms_word_stays_a_place(run_places, text, name, count):
    assert len(found(run_places(text), name)) == count


def test_a_qualified_town_named_like_a_scientist_stays_the_town(run_places):
    work = run_places("Newton's laws explain the orbit of planets; Newton, Massachusetts, held a "
                      "science fair.")
    towns = found(work, "Newton")
    assert towns and all(p.country == "USA" for p in towns)


def test_a_persons_disease_still_names_no_town(run_places):
    work = run_places("Parkinson's disease affects her hands, the doctor in Boston said.")
    assert not found(work, "Parkinson") and found(work, "Boston")


@pytest.mark.parametrize("text, name", [
    ("The president spoke in Praia Tuesday after the vote in Cape Verde.", "Praia"),
    ("Officials in Laguna Tuesday said the road to the coast was closed.", "Laguna"),
    ("The flight landed in Praia President Neves said on the radio.", "Praia"),
])
def test_a_feature_word_does_not_swallow_a_weekday_or_a_title(run_places, text, name):
    work = run_places(text)
    assert found(work, name) and not [p for p in work.places if p.text.startswith(name + " ")]


def test_a_spanish_name_with_del_is_not_read_by_its_first_word(run_places):
    work = run_places("She grew up in Laguna del Rey, a village in the north.")
    assert not [p for p in work.places if p.text == "Laguna" and p.geonameid is not None]


@pytest.mark.parametrize("text", [
    "The probe entered orbit around Mars on Tuesday, engineers in Pasadena said.",
    "Scientists found water on Mars, the red planet, engineers in Pasadena said.",
])
def test_mars_orbited_or_called_a_planet_is_no_town(run_places, text):
    work = run_places(text)
    assert not found(work, "Mars") and found(work, "Pasadena")


def test_the_ocean_after_to_is_the_ocean(run_places):
    work = run_places("The ship crossed from the Pacific to The Atlantic last year.")
    assert found(work, "Atlantic") and found(work, "Pacific")
