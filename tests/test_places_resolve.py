"""The places stage's disambiguation rules, on a small hand-built gazetteer (no packages needed)."""

from __future__ import annotations

import pytest

from dateline.places.gazetteer import Gazetteer, _Builder, fold
from dateline.places.recognize import Mention, find_mentions, trim
from dateline.places.resolve import resolve_mentions
from dateline.model import Entity

# GeoNames-like records: (id, name, country, lat, lon, feature, population, admin1, admin2, names)
RECORDS = [
    (1, "Egypt", "EGY", 27.0, 30.0, "PCLI", 100_000_000, 0, 0, ["Egypt"]),
    (2, "United States", "USA", 39.8, -98.5, "PCLI", 330_000_000, 0, 0, ["United States", "U.S."]),
    (3, "Georgia", "GEO", 42.0, 43.5, "PCLI", 3_700_000, 0, 0, ["Georgia"]),
    (4, "Qatar", "QAT", 25.5, 51.25, "PCLI", 2_800_000, 0, 0, ["Qatar"]),
    (5, "Bangladesh", "BGD", 24.0, 90.0, "PCLI", 160_000_000, 0, 0, ["Bangladesh"]),
    (6, "United Kingdom", "GBR", 54.0, -2.0, "PCLI", 66_000_000, 0, 0, ["United Kingdom", "Britain"]),
    (10, "Virginia", "USA", 37.5, -78.8, "ADM1", 400_000, 10, 0, ["Virginia"]),
    (11, "Georgia", "USA", 32.7, -83.5, "ADM1", 480_000, 11, 0, ["Georgia"]),
    (12, "Texas", "USA", 31.2, -99.2, "ADM1", 1_200_000, 12, 0, ["Texas"]),
    (13, "Alabama", "USA", 32.7, -86.7, "ADM1", 400_000, 13, 0, ["Alabama"]),
    (20, "Alexandria", "EGY", 31.2, 29.9, "PPL", 5_000_000, 0, 0, ["Alexandria"]),
    (21, "Alexandria", "USA", 38.8, -77.0, "PPL", 150_000, 10, 0, ["Alexandria"]),
    (22, "Doha", "QAT", 25.28, 51.53, "PPLC", 340_000, 0, 0, ["Doha"]),
    (23, "Doha", "BGD", 23.9, 90.1, "PPL", 2_000, 0, 0, ["Doha"]),
    (24, "Paris", "FRA", 48.85, 2.35, "PPLC", 2_100_000, 0, 0, ["Paris"]),
    (25, "Paris", "USA", 33.66, -95.55, "PPL", 25_000, 12, 0, ["Paris"]),
    (26, "Dallas", "USA", 32.78, -96.8, "PPL", 1_300_000, 12, 0, ["Dallas"]),
    (27, "Atlanta", "USA", 33.75, -84.39, "PPL", 500_000, 11, 0, ["Atlanta"]),
    (28, "Birmingham", "GBR", 52.48, -1.89, "PPL", 1_000_000, 0, 0, ["Birmingham"]),
    (29, "Birmingham", "USA", 33.52, -86.8, "PPL", 200_000, 13, 0, ["Birmingham"]),
    (30, "Athens", "GRC", 37.98, 23.72, "PPLC", 660_000, 0, 0, ["Athens"]),
    (31, "Athens", "USA", 33.96, -83.38, "PPL", 120_000, 11, 0, ["Athens"]),
    (14, "Kentucky", "USA", 37.5, -85.0, "ADM1", 300_000, 14, 0, ["Kentucky"]),
    (15, "Louisiana", "USA", 31.0, -92.0, "ADM1", 300_000, 15, 0, ["Louisiana"]),
    (32, "Lexington", "USA", 38.05, -84.46, "PPL", 320_000, 14, 0, ["Lexington"]),
    (33, "Ripley", "USA", 38.82, -81.71, "PPL", 3_000, 0, 0, ["Ripley"]),
    (40, "Walker County", "USA", 30.74, -95.57, "ADM2", 20_000, 12, 40, ["Walker County"]),
    (41, "Walker County", "USA", 33.8, -87.3, "ADM2", 30_000, 13, 41, ["Walker County"]),
    (42, "Huntsville", "USA", 34.73, -86.59, "PPL", 215_000, 13, 43, ["Huntsville"]),
    (44, "Huntsville", "USA", 30.72, -95.55, "PPL", 41_000, 12, 40, ["Huntsville"]),
    (50, "Colombo", "LKA", 6.93, 79.85, "PPLC", 650_000, 0, 0, ["Colombo"]),
    (51, "Sochi", "RUS", 43.6, 39.73, "PPL", 330_000, 0, 0, ["Sochi"]),
    (52, "Kristina", "FIN", 61.48, 27.27, "PPL", 4_000, 0, 0, ["Kristina"]),
    (16, "Oregon", "USA", 44.0, -120.5, "ADM1", 240_000, 16, 0, ["Oregon"]),
    (17, "Washington", "USA", 47.5, -120.5, "ADM1", 480_000, 17, 0, ["Washington"]),
    (60, "Washington", "USA", 38.9, -77.04, "PPLC", 690_000, 0, 0, ["Washington"]),
    (61, "Brussels", "BEL", 50.85, 4.35, "PPLC", 1_000_000, 0, 0, ["Brussels"]),
    (62, "Brussels", "USA", 38.95, -90.59, "PPL", 1_100, 0, 0, ["Brussels"]),
    (63, "Brussels", "USA", 44.74, -87.62, "PPL", 1_100, 18, 64, ["Brussels"]),
    (65, "Washington", "USA", 44.80, -87.60, "PPL", 600, 18, 64, ["Washington"]),
    (70, "Tigray", "ETH", 14.0, 39.0, "ADM1", 19_000, 70, 0, ["Tigray"]),
    (71, "Amhara", "ETH", 11.5, 38.5, "ADM1", 59_000, 71, 0, ["Amhara"]),
    # A city larger than the rest of its namesake region, and one smaller than its province.
    (80, "Aleppo", "SYR", 36.25, 37.5, "ADM1", 45_000, 80, 0, ["Aleppo"]),
    (81, "Aleppo", "SYR", 36.2, 37.16, "PPL", 2_000_000, 80, 0, ["Aleppo"]),
    (82, "Quebec", "CAN", 52.0, -72.0, "ADM1", 1_700_000, 82, 0, ["Quebec"]),
    (83, "Quebec", "CAN", 46.81, -71.21, "PPL", 530_000, 82, 0, ["Quebec"]),
    (90, "Sindh", "PAK", 26.0, 68.5, "ADM1", 90_000, 90, 0, ["Sindh"]),
    (91, "Balochistan", "PAK", 28.5, 65.0, "ADM1", 60_000, 91, 0, ["Balochistan"]),
    (92, "Pakistan", "PAK", 30.0, 70.0, "PCLI", 220_000_000, 0, 0, ["Pakistan"]),
    (100, "Scotland", "GBR", 56.0, -4.0, "ADM1", 674_000, 100, 0, ["Scotland"]),
    (101, "Wales", "GBR", 52.5, -3.5, "ADM1", 457_000, 101, 0, ["Wales"]),
    (111, "Syria", "SYR", 35.0, 38.0, "PCLI", 18_000_000, 0, 0, ["Syria"]),
    (120, "London", "GBR", 51.51, -0.13, "PPLC", 8_900_000, 0, 0, ["London"]),
    (121, "London", "USA", 37.13, -84.08, "PPL", 8_000, 14, 0, ["London"]),
    (122, "Chicago", "USA", 41.88, -87.63, "PPL", 2_700_000, 19, 0, ["Chicago"]),
    (130, "Coast", "TZA", -7.0, 38.75, "ADM1", 30_000, 130, 0, ["Coast"]),
    (131, "Apo", "MEX", 19.5, -98.9, "PPL", 3_000, 0, 0, ["Apo"]),
    (132, "Gardens", "AUS", -16.9, 145.7, "PPL", 950, 0, 0, ["Gardens"]),
    (133, "Mayo", "IRL", 53.9, -9.3, "ADM1", 30_000, 133, 0, ["Mayo"]),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    builder = _Builder()
    for gid, name, cc, lat, lon, feature, pop, adm1, adm2, names in RECORDS:
        builder.add(gid, name, cc, lat, lon, feature, pop, adm1, adm2, names)
    # A town known by an alternate name only ("Kobani").
    builder.add(110, "Ayn al Arab", "SYR", 36.89, 38.35, "PPL", 50_000, 0, 0, ["Ayn al Arab"],
                ["Kobani"])
    return Gazetteer(builder.columns, builder.index())


def entities_for(text: str, names: list[str]) -> list[Entity]:
    """GPE entities for every occurrence of each name (stands in for spaCy's NER)."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Entity(start, start + len(name), name, "GPE"))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda e: e.start)


def resolve(text: str, names: list[str], gazetteer, publisher=None) -> dict[str, list[int]]:
    mentions = find_mentions(text, entities_for(text, names), gazetteer)
    resolutions = resolve_mentions(text, mentions, gazetteer, publisher)
    out: dict[str, list[int]] = {}
    for m, r in zip(mentions, resolutions):
        out.setdefault(m.text, []).append(r.entry.geonameid if r.entry else None)
    return out


def test_population_prior_alone(gazetteer):
    assert resolve("Tourists flocked to Paris.", ["Paris"], gazetteer)["Paris"] == [24]


def test_qualifier_after_the_name(gazetteer):
    text = "The fire in Alexandria, Virginia, destroyed two homes."
    assert resolve(text, ["Alexandria", "Virginia"], gazetteer)["Alexandria"] == [21]


def test_state_abbreviation_qualifier(gazetteer):
    text = "The fire in Alexandria, Va., destroyed two homes."
    assert resolve(text, ["Alexandria"], gazetteer)["Alexandria"] == [21]


def test_possessive_capital_qualifier(gazetteer):
    text = "Talks will resume next week in Qatar's capital, Doha."
    assert resolve(text, ["Qatar", "Doha"], gazetteer)["Doha"] == [22]


def test_places_listed_together_are_of_one_kind(gazetteer):
    # Beside a state, "Washington" is the state; beside a foreign capital, the capital.
    text = "He backed the Oregon and Washington laws."
    assert resolve(text, ["Oregon", "Washington"], gazetteer)["Washington"] == [17]
    text = "Officials in Washington and Brussels welcomed the news."
    assert resolve(text, ["Washington", "Brussels"], gazetteer) == {"Washington": [60],
                                                                    "Brussels": [61]}
    # A list chooses among what each name may be: London beside Chicago is still England's.
    assert resolve("People in London and Chicago drive to work.", ["London", "Chicago"],
                   gazetteer)["London"] == [120]
    # "Alexandria, Va." is a town and its state, not a list of two.
    text = "The fire in Alexandria, Va. and Texas spread."
    assert resolve(text, ["Alexandria", "Texas"], gazetteer)["Alexandria"] == [21]


def test_a_city_larger_than_its_namesake_region_is_the_city(gazetteer):
    assert resolve("Shells fell on Aleppo.", ["Aleppo"], gazetteer)["Aleppo"] == [81]
    assert resolve("Voters in Quebec went to the polls.", ["Quebec"], gazetteer)["Quebec"] == [82]


def test_a_place_type_word_chooses_the_sort_of_reading(gazetteer):
    # "Aleppo province" is the region, though bare "Aleppo" is the city in the same text.
    text = "Fighters left Aleppo province for Aleppo."
    assert resolve(text, ["Aleppo"], gazetteer)["Aleppo"] == [80, 81]


def test_a_county_shared_only_with_an_unlikely_namesake_is_no_evidence(gazetteer):
    # A hamlet named Washington lies in the county of a hamlet named Brussels: "Washington" is
    # the capital or the state, so that county says nothing about Brussels.
    text = "Officials in Washington met on Monday. Ministers in Brussels agreed."
    assert resolve(text, ["Washington", "Brussels"], gazetteer)["Brussels"] == [61]


def test_a_hamlet_named_like_a_capital_needs_more_than_its_country(gazetteer):
    # The article names the United States, but nothing near London, Kentucky (8,000 people).
    text = ("Health officials in the United States warned U.S. travellers. Cases rose in "
            "London.")
    assert resolve(text, ["United States", "U.S.", "London"], gazetteer)["London"] == [120]
    # A qualifier says which one.
    text = ("Health officials in the United States warned U.S. travellers. Cases rose in "
            "London, Ky.")
    assert resolve(text, ["United States", "U.S.", "London"], gazetteer)["London"] == [121]


def test_document_places_pull_towards_their_division(gazetteer):
    text = "Paris police joined officers from Dallas after the storm hit Texas."
    assert resolve(text, ["Paris", "Dallas", "Texas"], gazetteer)["Paris"] == [25]


def test_feature_class_prefers_country_without_context(gazetteer):
    assert resolve("Georgia held elections on Sunday.", ["Georgia"], gazetteer)["Georgia"] == [3]


def test_other_places_make_georgia_the_state(gazetteer):
    text = "Georgia lawmakers met in Atlanta and later in Athens."
    result = resolve(text, ["Georgia", "Atlanta", "Athens"], gazetteer)
    assert result["Georgia"] == [11]
    assert result["Athens"] == [31]


def test_publisher_country_breaks_a_close_call(gazetteer):
    text = "Traffic was heavy in Birmingham."
    assert resolve(text, ["Birmingham"], gazetteer)["Birmingham"] == [28]
    # A US publisher plus the state named in the article flip it.
    text = "Traffic was heavy in Birmingham, Alabama."
    assert resolve(text, ["Birmingham", "Alabama"], gazetteer, "USA")["Birmingham"] == [29]


def test_one_reading_per_name_in_a_document(gazetteer):
    text = "Alexandria, Virginia, voted. Later Alexandria voted again."
    assert resolve(text, ["Alexandria", "Virginia"], gazetteer)["Alexandria"] == [21, 21]


def test_demonym_is_its_country(gazetteer):
    text = "Egyptian officials met in Alexandria."
    mentions = find_mentions(text, [Entity(0, 8, "Egyptian", "NORP")], gazetteer)
    assert [(m.text, m.candidates[0][0].geonameid) for m in mentions][:1] == [("Egyptian", 1)]


def test_trim_drops_article_and_possessive():
    text = "the United States's envoy"
    assert text[slice(*trim(text, 0, len("the United States's")))] == "United States"
    text = "He flew to Kabul."
    start, end = trim(text, 11, len(text))
    assert text[start:end] == "Kabul"


def test_fold_ignores_accents_case_and_periods():
    assert fold("Kandahār") == fold("KANDAHAR")
    assert fold("St. Louis") == fold("Saint Louis")
    assert fold("U.S.") == "us"


def test_unknown_names_are_not_places(gazetteer):
    # Labelled a place but unknown, with nothing that says it is one: a person's name, likely.
    mentions = find_mentions("Sheryl Gorsuch voted.", [Entity(0, 14, "Sheryl Gorsuch", "GPE")],
                             gazetteer)
    assert mentions == []


def test_unknown_place_with_a_place_word_or_cue_is_reported_without_a_point(gazetteer):
    text = "Shells hit the village of Prisi and cars were damaged on Osney Island."
    ents = [Entity(26, 31, "Prisi", "GPE"), Entity(57, 69, "Osney Island", "GPE")]
    mentions = find_mentions(text, ents, gazetteer)
    assert [(m.text, m.candidates) for m in mentions] == [("Prisi", []), ("Osney Island", [])]


def test_mention_spans_point_into_the_text(gazetteer):
    text = "In the U.S. and in Qatar's capital, Doha, talks went on."
    mentions = find_mentions(text, entities_for(text, ["U.S.", "Qatar", "Doha"]), gazetteer)
    assert all(isinstance(m, Mention) and text[m.start:m.end] == m.text for m in mentions)
    assert [m.text for m in mentions] == ["U.S.", "Qatar", "Doha"]


def test_state_abbreviation_after_a_comma_is_a_place(gazetteer):
    text = "He was born in Lexington, Ky., in 1950."
    mentions = find_mentions(text, [Entity(15, 24, "Lexington", "GPE")], gazetteer)
    assert [(m.text, m.candidates[0][0].geonameid) for m in mentions] == \
        [("Lexington", 32), ("Ky.", 14)]
    # Without the comma and a city before it, "Ky." alone is left alone.
    assert find_mentions("Ky. is short.", [], gazetteer) == []
    assert find_mentions("It is late, said Ky. Smith.", [], gazetteer) == []


def test_surname_of_a_person_in_the_article_is_not_a_place(gazetteer):
    text = "Sheriff John Ripley said the fire was set. Ripley added that no one was hurt."
    entities = [Entity(8, 19, "John Ripley", "PERSON"), Entity(43, 49, "Ripley", "GPE")]
    assert find_mentions(text, entities, gazetteer) == []


def test_an_unlabelled_name_ending_a_sentence_is_read_apart_from_the_next(gazetteer):
    # "Colombo. The Sri …" is one run of capitalised words; its first sentence's part is a place.
    text = "It lies south of the capital Colombo. The Sri Lankan army said so."
    entities = [Entity(42, 52, "Sri Lankan", "NORP")]  # taken: not a place of this gazetteer
    assert [m.text for m in find_mentions(text, entities, gazetteer)] == ["Colombo"]
    # An abbreviation's full stop ends no sentence: "St. Louis" stays one name (not a place here).
    assert find_mentions("He met St. Louis officials.", [], gazetteer) == []


def test_a_long_person_span_in_a_headline_makes_no_surname(gazetteer):
    text = "Freemason Bogdanov Joins Sochi Race. He wants to run in Sochi."
    entities = [Entity(0, 30, "Freemason Bogdanov Joins Sochi", "PERSON"),
                Entity(56, 61, "Sochi", "GPE")]
    assert [m.start for m in find_mentions(text, entities, gazetteer)] == [56]


def test_a_name_labelled_a_person_more_than_a_place_is_not_carried_to_its_other_mentions(
        gazetteer):
    # One GPE label for "Kristina" among three PERSON labels: her other mentions stay a person's.
    text = "Kristina smiled. Kristina said it was fast. Tim told Kristina. Kristina left."
    entities = [Entity(0, 8, "Kristina", "GPE"), Entity(17, 25, "Kristina", "PERSON"),
                Entity(53, 61, "Kristina", "PERSON"), Entity(63, 71, "Kristina", "PERSON")]
    assert [m.start for m in find_mentions(text, entities, gazetteer)] == [0]


def test_a_region_after_a_cue_or_before_region_whatever_its_label(gazetteer):
    # First-order divisions with few towns of their own (small "population"): spaCy's ORG label
    # is overridden after "in", and "the Amhara region" says what Amhara is.
    text = "Rebels in Tigray seized the town in the Amhara region."
    mentions = find_mentions(text, [Entity(10, 16, "Tigray", "ORG")], gazetteer)
    assert [(m.text, m.candidates[0][0].geonameid) for m in mentions] == \
        [("Tigray", 70), ("Amhara", 71)]
    # Without a cue, an ORG-labelled small division stays an organisation's name.
    assert find_mentions("Tigray said so.", [Entity(0, 6, "Tigray", "ORG")], gazetteer) == []


def test_names_listed_before_provinces_are_divisions(gazetteer):
    text = "Floods hit Sindh and Balochistan provinces on Monday."
    assert [m.text for m in find_mentions(text, [], gazetteer)] == ["Sindh", "Balochistan"]


def test_a_known_place_listed_before_a_division_is_no_unknown_town_of_it(gazetteer):
    # "Scotland, Wales" looks like "Sulpher, La.", but Scotland is known, only not in Wales.
    text = "Voters in Scotland, Wales and England went to the polls."
    mentions = find_mentions(text, entities_for(text, ["Scotland", "Wales"]), gazetteer)
    assert [(m.text, [e.geonameid for e, _ in m.candidates]) for m in mentions] == \
        [("Scotland", [100]), ("Wales", [101])]


def test_a_place_type_word_admits_a_town_by_its_alternate_name(gazetteer):
    text = "Fighters neared the border town of Kobani on Monday."
    mentions = find_mentions(text, [], gazetteer)
    assert [(m.text, [e.geonameid for e, _ in m.candidates]) for m in mentions] == \
        [("Kobani", [110])]
    # … and so may a town its country qualifies.
    mentions = find_mentions("Fighters reached Kobani, Syria, on Monday.", [], gazetteer)
    assert [(m.text, [e.geonameid for e, _ in m.candidates]) for m in mentions] == \
        [("Kobani", [110]), ("Syria", [111])]


def test_agency_datelines_with_a_date_or_two_places_name_towns(gazetteer):
    text = "WASHINGTON, March 3 (Reuters) - The Senate voted."
    mentions = find_mentions(text, [], gazetteer)
    assert [m.text for m in mentions] == ["WASHINGTON"] and mentions[0].dateline
    # A dateline names the town a story was filed from: not the state of Washington.
    assert {e.feature for e, _ in mentions[0].candidates} <= {"PPL", "PPLC"}
    assert resolve(text, [], gazetteer)["WASHINGTON"] == [60]
    mentions = find_mentions("PARIS/ATHENS (Reuters) - Talks resumed.", [], gazetteer)
    assert [m.text for m in mentions] == ["PARIS", "ATHENS"]


def test_no_region_from_a_common_word_nor_a_town_from_a_mountains_name(gazetteer):
    text = "The Coast Guard searched the slopes near Mount Apo."
    entities = [Entity(4, 15, "Coast Guard", "ORG"), Entity(41, 50, "Mount Apo", "LOC")]
    assert [(m.text, m.candidates) for m in find_mentions(text, entities, gazetteer)] == \
        [("Mount Apo", [])]


def test_a_small_division_opening_an_organisations_name_is_no_place(gazetteer):
    text = "He was treated at the Mayo Clinic, and studied at Texas State University."
    entities = [Entity(22, 33, "Mayo Clinic", "ORG"), Entity(50, 72, "Texas State University",
                                                              "ORG")]
    assert [m.text for m in find_mentions(text, entities, gazetteer)] == ["Texas"]


def test_a_name_the_article_shows_to_be_a_persons_is_no_place(gazetteer):
    text = "Georgia began skating at four. \"I love it,\" said Georgia. Texas cheered."
    entities = entities_for(text, ["Georgia", "Texas"])
    assert [m.text for m in find_mentions(text, entities, gazetteer)] == ["Texas"]
    text = "Georgia, 14, won. Her coach came from Texas."
    assert [m.text for m in find_mentions(text, entities_for(text, ["Georgia", "Texas"]),
                                          gazetteer)] == ["Texas"]
    # A country as the subject or the object of "said" stays a place.
    text = "It said Georgia, which hosts refugees, agreed. \"Yes,\" said Georgia's envoy."
    assert [m.text for m in find_mentions(text, entities_for(text, ["Georgia"]), gazetteer)] \
        == ["Georgia", "Georgia"]
    text = "Georgia said the talks failed."
    assert [m.text for m in find_mentions(text, entities_for(text, ["Georgia"]), gazetteer)] \
        == ["Georgia"]


def test_a_presidents_administration_is_no_town(gazetteer):
    # "Ripley" stands in for a president's surname that is also a town's name.
    text = "The Ripley administration failed; the Texas administration did not."
    assert [m.text for m in find_mentions(text, entities_for(text, ["Ripley", "Texas"]),
                                          gazetteer)] == ["Texas"]


def test_a_named_garden_is_not_a_town_called_gardens(gazetteer):
    text = "Three were stabbed in Forbury Gardens on Saturday."
    entities = [Entity(22, 37, "Forbury Gardens", "LOC")]
    assert [(m.text, m.candidates) for m in find_mentions(text, entities, gazetteer)] == \
        [("Forbury Gardens", [])]


def test_a_hyphenated_place_leaves_out_the_article_before_it(gazetteer):
    text = "The Paris-based group said so."
    assert [m.text for m in find_mentions(text, [], gazetteer)] == ["Paris"]


def test_country_demonym_never_reads_as_a_state(gazetteer):
    text = "Georgian troops moved in."
    mentions = find_mentions(text, [Entity(0, 8, "Georgian", "NORP")], gazetteer)
    assert {e.geonameid for e, _ in mentions[0].candidates} == {3}


def test_shared_county_decides_between_namesakes(gazetteer):
    text = "Huntsville police and Walker County deputies searched the area."
    result = resolve(text, ["Huntsville", "Walker County"], gazetteer)
    assert result["Huntsville"] == [44] and result["Walker County"] == [40]


def test_county_names_read_as_counties_and_rivers_are_not_split(gazetteer):
    text = "Deputies from Walker County searched the Neches River near Huntsville."
    entities = entities_for(text, ["Walker County", "Neches River", "Huntsville"])
    mentions = find_mentions(text, entities, gazetteer)
    # The river is a toponym the gazetteer lacks: reported without candidates, never "Neches".
    assert [(m.text, bool(m.candidates)) for m in mentions] == [
        ("Walker County", True), ("Neches River", False), ("Huntsville", True)]
    assert all(e.feature == "ADM2" for e, _ in mentions[0].candidates)


def test_two_period_la_is_los_angeles_not_louisiana(gazetteer):
    # The small gazetteer has Louisiana but no Los Angeles: "L.A." must not become Louisiana.
    assert find_mentions("He moved to L.A. last year.", [], gazetteer) == []
    text = "He lives in Monroe, La., now."
    # Monroe is missing from the small gazetteer: a town all the same, before its state.
    assert [(m.text, len(m.candidates)) for m in find_mentions(text, [], gazetteer)] == [
        ("Monroe", 0), ("La.", 1)]


def test_a_world_citys_name_is_no_surname_where_it_is_mostly_a_place(gazetteer):
    # a slogan spaCy reads as a person ("Make Chicago Bloom") does not make every "Chicago" a
    # surname; a small town's name after a person's first name does ("Tom Ripley", labelled a
    # town twice)
    text = "Voters in Chicago elect a mayor. Make Chicago Bloom, a slogan says. Chicago voted."
    ents = entities_for(text, ["Chicago"])
    ents = [e for e in ents if e.start != text.index("Chicago Bloom")] + \
        [Entity(text.index("Make Chicago"), text.index(" Bloom"), "Make Chicago", "PERSON")]
    mentions = find_mentions(text, sorted(ents, key=lambda e: e.start), gazetteer)
    assert [m.text for m in mentions] == ["Chicago", "Chicago"]
    text = "Fans in Ripley cheered. Tom Ripley scored twice, and Ripley celebrated."
    ents = entities_for(text, ["Ripley"])
    ents = [e for e in ents if e.start != text.index("Ripley scored")] + \
        [Entity(text.index("Tom Ripley"), text.index(" scored"), "Tom Ripley", "PERSON")]
    assert find_mentions(text, sorted(ents, key=lambda e: e.start), gazetteer) == []


def test_a_small_division_of_a_named_country_whatever_its_label(gazetteer):
    # a first-order division of few towns (below every population bar), read as a person by the
    # entity model: a place when the article names its country, else left to the person
    text = "Floods hit Pakistan, and Sindh was worst affected."
    ents = [Entity(11, 19, "Pakistan", "GPE"), Entity(25, 30, "Sindh", "PERSON")]
    assert [m.text for m in find_mentions(text, ents, gazetteer)] == ["Pakistan", "Sindh"]
    text = "Floods hit hard, and Sindh was worst affected."
    assert find_mentions(text, [Entity(21, 26, "Sindh", "PERSON")], gazetteer) == []


def test_a_name_in_square_brackets(gazetteer):
    # an editor's insertion: the name opens a capitalised run after "[", no entity needed
    text = '"The tournament [Egypt] was weeks before," she said.'
    assert [m.text for m in find_mentions(text, [], gazetteer)] == ["Egypt"]
