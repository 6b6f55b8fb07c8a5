"""A town named like a world city of another country needs evidence in the article for its region."""

from __future__ import annotations

import pytest

from dateline.places import gazetteer as gazetteer_module
from dateline.places.recognize import find_mentions
from dateline.places.resolve import resolve_mentions

from test_places_resolve import entities_for


@pytest.fixture(scope="module")
def gazetteer():
    return gazetteer_module.load()


def read(text: str, names: list[str], gazetteer) -> dict[str, tuple[str, str]]:
    mentions = find_mentions(text, entities_for(text, names), gazetteer)
    out = {}
    for m, r in zip(mentions, resolve_mentions(text, mentions, gazetteer)):
        out[m.text] = (r.entry.country, r.entry.feature) if r.entry else None
    return out


def test_a_story_on_wuhan_means_london_england(gazetteer):
    text = ("Doctors in Wuhan said the virus was spreading. Flights from the U.S. to London were "
            "cancelled, and the Chicago airline said it would stop flying to Paris and Berlin.")
    got = read(text, ["Wuhan", "U.S.", "London", "Chicago", "Paris", "Berlin"], gazetteer)
    assert got["London"] == ("GBR", "PPLC")
    assert got["Paris"] == ("FRA", "PPLC")


def test_the_offices_of_a_chicago_firm_in_paris_are_in_france(gazetteer):
    # Chicago lies 250 km from Paris, Illinois, and names Illinois only by implication.
    got = read("The Chicago firm has offices in Paris and Berlin.", ["Chicago", "Paris", "Berlin"],
               gazetteer)
    assert got["Paris"] == ("FRA", "PPLC")


def test_a_columbus_story_naming_ohio_means_london_ohio(gazetteer):
    # The state named (and the dateline) is evidence for the namesake: it still wins.
    text = ("COLUMBUS, Ohio — State officials met in Columbus on Monday. Residents of London said "
            "the Ohio plan would help them.")
    got = read(text, ["Columbus", "Ohio", "London"], gazetteer)
    assert got["London"] == ("USA", "PPL")


def test_a_paper_named_after_its_town_is_evidence_for_that_town(gazetteer):
    text = "Enrolment at Paris High School rose again this autumn, the school board said."

    def flagged(host: str) -> set[str]:
        mentions = find_mentions(text, entities_for(text, ["Paris"]), gazetteer)
        explain: list = []
        resolve_mentions(text, mentions, gazetteer, host=host, explain=explain)
        return {e.country for e, f in explain[0] if f.get("unevidenced_namesake")}

    assert "USA" in flagged("")
    assert "USA" not in flagged("www.parisbeacon.com")


def test_a_namesake_near_a_world_city_the_story_names_gets_no_evidence_from_it(gazetteer):
    # Washington, Tyne and Wear, and a Washington of 1,930 people lie near London: a story that
    # names London beside Washington still means the American capital.
    text = ("Protesters marched in Moscow and St. Petersburg, while officials in Washington and "
            "London condemned the arrests.")
    got = read(text, ["Moscow", "St. Petersburg", "Washington", "London"], gazetteer)
    assert got["Washington"] == ("USA", "PPLC")
    assert got["London"] == ("GBR", "PPLC")


def test_a_boston_hospital_sends_doctors_to_greece(gazetteer):
    got = read("A Boston hospital sent doctors to Athens to study the outbreak.",
               ["Boston", "Athens"], gazetteer)
    assert got["Athens"] == ("GRC", "PPLC")


def test_a_division_named_like_its_capital_needs_evidence(gazetteer):
    # Nothing else of the article lies in the state: the capital is meant.
    text = "The talks in Washington ended without a deal, a U.S. official said."
    assert read(text, ["Washington", "U.S."], gazetteer)["Washington"] == ("USA", "PPLC")
    text = "Ukrainian officials flew to Washington to ask Congress for aid."
    assert read(text, ["Washington"], gazetteer)["Washington"] == ("USA", "PPLC")
    # A town of the state in the article keeps the state.
    text = "Wildfires spread across Washington and Oregon, forcing evacuations near Spokane."
    got = read(text, ["Washington", "Oregon", "Spokane"], gazetteer)
    assert got["Washington"] == ("USA", "ADM1")
