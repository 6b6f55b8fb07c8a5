"""The twenty-third session's places rules on invented sentences where they overreached: towns
named Union or Enterprise, a relative's name that is also a country or a state, towns named like
planets, title-case headlines on the oceans, and Corona, California, in a story of the virus."""

from __future__ import annotations

import pytest

from dateline.pipeline import Work

# run_places: tests/conftest.py


def texts(work: Work) -> list[str]:
    return [p.text for p in work.places]


@pytest.mark.parametrize("text, name, country", [
    ("ENTERPRISE, Ala. (AP) — A tornado tore through the town on Thursday, destroying a gym.",
     "ENTERPRISE", "USA"),
    ("UNION, N.J. — Township officials approved the new budget on Monday after a long debate.",
     "UNION", "USA"),
    ("Residents of Enterprise, Alabama, rebuilt the gym within a year of the storm.",
     "Enterprise", "USA"),
])
def test_a_town_named_like_an_organisations_word_with_its_qualifier(run_places, text, name,
                                                                    country):
    found = [p for p in run_places(text).places if p.text == name]
    assert found and found[0].country == country


@pytest.mark.parametrize("text, name", [
    ("Police in Union, New Jersey, arrested two men on Friday. The Union police chief said more "
     "arrests were likely.", "Union"),
    ("The coronavirus spread to Corona, California in March. Corona police said the station was "
     "closed.", "Corona"),
])
def test_bare_mentions_of_a_qualified_town_stay_the_town(run_places, text, name):
    assert texts(run_places(text)).count(name) == 2


@pytest.mark.parametrize("text, names", [
    ("Delegates of the Union met the Federation's envoys in Vienna on Monday.",
     {"Union", "Federation"}),
    ("Corona has closed schools in Madrid, the health minister said of the virus.", {"Corona"}),
])
def test_the_word_alone_is_still_no_town(run_places, text, names):
    assert not names & set(texts(run_places(text)))


@pytest.mark.parametrize("text, name, count", [
    ("Senator Bush, his wife Marit and Texas Governor Ann Dole toured the flooded area. Texas "
     "officials said the damage was large.", "Texas", 2),
    ("We owe a better future to our children, America, the senator told the crowd.",
     "America", 1),
    ("For their children, China offers few options. China's schools are full, parents said.",
     "China", 2),
    ("His son Jordan plays football in Ohio. King Abdullah of Jordan visited Ohio on Monday.",
     "Jordan", 1),
    ("Her daughter, Georgia, was born in May. Georgia lawmakers passed the bill on Tuesday.",
     "Georgia", 1),
])
def test_a_relatives_name_never_takes_a_country_or_state_from_the_article(run_places, text,
                                                                         name, count):
    assert texts(run_places(text)).count(name) == count


def test_a_relatives_small_town_name_is_set_aside_article_wide(run_places):
    work = run_places("Her daughter, Chelsea, was born in May. Chelsea loves to sing.")
    assert "Chelsea" not in texts(work)


@pytest.mark.parametrize("text, name, count", [
    ("Police in Jupiter, Florida, said the protest was peaceful. The plan threatens the planet, "
     "activists in Jupiter said.", "Jupiter", 2),
    ("A man from Mars, Pennsylvania, won a prize for a study of the orbit of comets, NASA said.",
     "Mars", 1),
    ("The children visited a planetarium in Jupiter, a town whose mayor said taxes would rise.",
     "Jupiter", 1),
])
def test_towns_named_like_planets_beside_words_of_space(run_places, text, name, count):
    assert texts(run_places(text)).count(name) == count


def test_planets_in_a_story_of_space_stay_no_towns(run_places):
    work = run_places("Astronomers using a new telescope said Jupiter and Mars will be close.")
    assert not {"Jupiter", "Mars"} & set(texts(work))


@pytest.mark.parametrize("text, name", [
    ("Storm Crosses The Atlantic, Heads For Ireland", "Atlantic"),
    ("Rowing across The Pacific took them 90 days, the crew said in Sydney.", "Pacific"),
])
def test_an_ocean_after_a_title_case_the_is_the_ocean(run_places, text, name):
    assert name in texts(run_places(text))


@pytest.mark.parametrize("text", [
    "The mayor said, according to The Atlantic, that the vote mattered for Boston.",
    "In an interview with The Pacific, the mayor of Boston said the port would grow.",
])
def test_an_ocean_after_a_source_word_is_a_title(run_places, text):
    found = texts(run_places(text))
    assert "Boston" in found and not {"Atlantic", "Pacific"} & set(found)


def test_the_map_leaves_the_earth_out(tmp_path):
    """The Earth (GeoNames' AREA 6295630) has no meaningful point: the map's places skip it."""
    from dateline.corpus.store import Store
    from dateline.model import Document, Place
    from dateline.web.queries import mentioned_places

    earth = Place(4, 9, "Earth", 6295630, "Earth", None, 0.0, 0.0, "AREA")
    paris = Place(21, 26, "Paris", 2988507, "Paris", "FRA", 48.85, 2.35, "PPLC")
    document = Document(id="e1", text="The Earth warms, in Paris too.", places=(earth, paris))
    with Store(tmp_path / "e.duckdb") as store:
        store.add_batch([document])
        assert store.con.execute("SELECT count(*) FROM places").fetchone() == (2,)
        assert [p["name"] for p in mentioned_places(store)] == ["Paris"]
