"""Wrong places a new user sees on news nobody tuned on (twenty-third session): a word of an
organisation's or a state's name read as a town, a relative's given name read as a town, the
planets and the Earth, a magazine read as an ocean, and sites the gazetteer lacks."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work
from dateline.places import gazetteer as gazetteer_module

# run_places: tests/conftest.py


def texts(work: Work) -> set[str]:
    return {p.text for p in work.places}


@pytest.mark.parametrize("text, word", [
    ("CentOS Linux is a rebuild of Red Hat Enterprise Linux. The company is based in Raleigh.",
     "Enterprise"),
    ("In February 2017, the Iranian Chess Federation announced that two players were banned.",
     "Federation"),
    ("Leonov was the first man to walk in space, as part of the Soviet Union's Voskhod 2 mission.",
     "Union"),
    ("The separatist Republic of Artsakh currently occupies the region, officials in Baku said.",
     "Republic"),
])
def test_a_word_of_an_organisations_or_states_name_is_no_town(run_places, word, text):
    work = run_places(text)
    assert word not in texts(work)
    # the rest of the sentence still gives its places
    assert texts(work) & {"Raleigh", "Iranian", "Soviet Union", "Baku"}


def test_a_town_so_named_is_still_found_when_spacy_labels_it_a_place(run_places):
    work = run_places("The crash happened in Union, New Jersey, on Tuesday, police said.")
    union = [p for p in work.places if p.text == "Union"]
    assert union and union[0].country == "USA"


def test_the_soviet_union_is_a_former_state_not_a_town(run_places):
    work = run_places("The exhibit shows 45 artists who left Russia or the Soviet Union for America.")
    soviet = next(p for p in work.places if p.text == "Soviet Union")
    assert soviet.feature == "PCLH" and soviet.country is None
    assert soviet.geonameid is None and soviet.lat is not None  # a point, never a made-up id


@pytest.mark.parametrize("text, name", [
    ("An Oakdale man was charged after his daughter, Savannah, missed a week of school.",
     "Savannah"),
    ("A storm flooded the bakery that he and his wife Chelsea's cousin ran for years.", "Chelsea"),
    ("His sons, Austin and Tyler, often join their father on the sidelines.", "Tyler"),
    ("We extend our condolences to his children Regina and Florence, the family said.",
     "Regina"),
])
def test_a_relatives_given_name_is_no_town(run_places, text, name):
    assert name not in texts(run_places(text))


def test_planets_in_a_story_of_space_are_no_towns(run_places):
    work = run_places("The atmosphere of Mars is far too thin, NASA said, and a young Jupiter "
                      "planet is probably very warm.")
    assert not texts(work) & {"Mars", "Jupiter"}


def test_towns_named_like_planets_outside_a_story_of_space(run_places):
    work = run_places("Police in Jupiter, Florida, arrested a man who lives in Mars, Pennsylvania.")
    by_text = {p.text: p for p in work.places}
    assert by_text["Jupiter"].country == "USA" and by_text["Mars"].country == "USA"


def test_the_earth_is_geonames_own_record_not_a_texas_town(run_places):
    work = run_places("The fires threaten one of Earth's greatest wonders, scientists said.")
    earth = next(p for p in work.places if p.text == "Earth")
    assert earth.geonameid == 6295630 and earth.country is None and earth.feature == "AREA"


def test_the_atlantic_magazine_is_no_ocean(run_places):
    work = run_places("Voter Kitty Mak told The Atlantic that the vote mattered for Hong Kong.")
    assert "Atlantic" not in texts(work) and "Hong Kong" in texts(work)


def test_the_ocean_after_a_sentences_the_is_still_the_ocean(run_places):
    work = run_places("The storm moved across the Atlantic toward Bermuda. The Atlantic was calm.")
    oceans = [p for p in work.places if p.text == "Atlantic"]
    assert len(oceans) == 2 and all(p.feature == "OCN" for p in oceans)


def test_camp_david_is_in_maryland(run_places):
    work = run_places("President Trump met the two leaders at Camp David on Saturday.")
    camp = next(p for p in work.places if p.text == "Camp David")
    assert camp.country == "USA" and 39 < camp.lat < 40.5 and -78 < camp.lon < -77


def test_new_regions_rows_have_region_features():
    rows = {r[1]: r for r in gazetteer_module.regions()}
    assert rows["Earth"][0] == 6295630
    for name in ("Earth", "Camp David", "Soviet Union"):
        assert rows[name][5] in gazetteer_module.REGION_FEATURES


def test_corona_in_a_story_of_the_pandemic_is_the_virus(run_places):
    work = run_places('During the coronavirus pandemic he said, "Corona is not a virus." '
                      "Doctors in Delhi disagreed.")
    assert "Corona" not in texts(work) and "Delhi" in texts(work)
    work = run_places("The coronavirus reached Corona, California, in March.")
    assert "Corona" in texts(work)


def test_an_alternate_name_of_a_town_is_no_reading_beside_a_country():
    from dateline.places.recognize import lookup

    index = gazetteer_module.load()
    ireland = lookup(index, "Ireland")
    assert ireland and all(p for _, p in ireland)  # not West Springfield, once "Ireland Parish"
    baku = lookup(index, "Baku")
    assert [e.country for e, _ in baku] == ["AZE"]  # not Burke, Texas
    # a name that is no country nor world city keeps its alternate readings
    assert any(not p for _, p in lookup(index, "Bombay"))


# A story on Hagia Sophia that names the United States twice and France never: UNESCO "is based
# in Paris".
PARIS_STORY = "wikinews-b46612ade28e"


def test_country_alone_is_no_evidence_for_a_small_namesake_of_a_capital(run_places, sample_article):
    work = run_places(sample_article(PARIS_STORY))
    assert {p.country for p in work.places if p.text == "Paris"} == {"FRA"}


def test_without_the_population_bar_the_country_made_it_paris_texas(run_places, monkeypatch,
                                                                   sample_article):
    from dateline.places import resolve

    monkeypatch.setattr(resolve, "COUNTRY_EVIDENCE_POPULATION", 0)
    work = run_places(sample_article(PARIS_STORY))
    assert {p.country for p in work.places if p.text == "Paris"} == {"USA"}
