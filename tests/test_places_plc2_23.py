"""Wrong places a new user sees, second round (twenty-third session): states read as their
namesake towns, holy cities read as American towns, a Spanish name read by its first word,
persons' names in laws and NASA's centres, and faiths, scriptures and the Sun without a record."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work
from dateline.places import gazetteer as gazetteer_module

# run_places, sample_article: tests/conftest.py


def by_text(work: Work) -> dict:
    return {p.text: p for p in work.places}


@pytest.mark.parametrize("text, name", [
    ("Farmers in Iowa voted first this spring. Nevada counts its votes next week, and Utah "
     "waits until the autumn.", "Nevada"),
    ("A small party got onto the ballot in Delaware, Maine, and perhaps Vermont, after a "
     "ruling in Ohio.", "Delaware"),
])
def test_a_state_named_beside_another_is_the_state_not_its_namesake_town(run_places, text, name):
    place = by_text(run_places(text))[name]
    assert place.feature == "ADM1" and place.country == "USA"


def test_a_town_named_like_a_state_with_its_own_state_written_stays_the_town(run_places):
    work = run_places("A woman was hurt in a crash in Delaware, Ohio, on Tuesday.")
    place = by_text(work)["Delaware"]
    assert place.feature == "PPL" and place.country == "USA"


def test_mecca_and_medina_are_the_holy_cities(run_places):
    places = by_text(run_places("Saudi Arabia extended curfews in the holy cities of Mecca and "
                                "Medina to last the entire day."))
    assert places["Mecca"].geonameid == 104515 and places["Medina"].geonameid == 109223


def test_medina_beside_mecca_in_a_story_that_names_ohio_elsewhere(run_places, sample_article):
    # A bundled story on the pandemic that names Ohio in one paragraph and "the holy cities of
    # Mecca and Medina" in another: the state named elsewhere is no evidence for Medina, Ohio.
    work = run_places(sample_article("wikinews-673f46d7e5be"))
    assert "Ohio" in by_text(work)
    assert by_text(work)["Medina"].geonameid == 109223


def test_medina_ohio_and_mecca_california_keep_their_qualifiers(run_places):
    places = by_text(run_places("Police in Medina, Ohio, arrested a man on Friday."))
    assert places["Medina"].country == "USA"
    places = by_text(run_places("A fire broke out near Mecca, California, on Sunday."))
    assert places["Mecca"].country == "USA"


def test_the_english_names_of_holy_cities_are_own_names():
    from dateline.places.recognize import lookup

    index = gazetteer_module.load()
    mecca = lookup(index, "Mecca")
    assert any(p and e.geonameid == 104515 for e, p in mecca)
    # Medina, Ohio, an alternate name of Makkah's, is no reading of "Mecca" beside the city
    assert all(e.country != "USA" or e.name == "Mecca" for e, _ in mecca)


def test_a_spanish_name_is_not_read_by_its_first_word(run_places, sample_article):
    # A bundled interview on the penguins of Punta Tombo, Argentina, whose "Punta" spaCy labels
    # alone (Punta is a town of the Philippines).
    work = run_places(sample_article("wikinews-f08ca233411a"))
    assert not [p for p in work.places if p.text == "Punta"]
    assert [p for p in work.places if p.text == "Punta Tombo" and p.geonameid is None]


def test_a_law_of_science_names_a_person_not_a_town(run_places):
    work = run_places("We derive the mass of the black hole from Newton's and Kepler's laws about "
                      "gravity and the orbit of the stars.")
    assert "Newton" not in by_text(work)


def test_a_states_law_is_still_the_state(run_places):
    work = run_places("Ohio's law on voting by mail was challenged in court on Monday.")
    assert by_text(work)["Ohio"].feature == "ADM1"


def test_nasas_centres_bear_persons_names(run_places):
    work = run_places("The rocket launched from the Kennedy Space Center in Florida on Sunday.")
    assert "Kennedy" not in by_text(work) and "Florida" in by_text(work)


def test_faiths_scriptures_and_the_sun_are_no_places(run_places):
    work = run_places("Do you find more resistance from Muslims? He read books outside the "
                      "Qur'an. An astronomical unit is the distance from the Sun to the Earth.")
    assert not set(by_text(work)) & {"Muslims", "Qur'an", "Sun"}
