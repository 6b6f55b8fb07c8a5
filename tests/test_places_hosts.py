"""A street's stated host is a town; a village nothing of the article places is no record."""

from __future__ import annotations

import pytest

from dateline.places import gazetteer as gazetteer_module
from dateline.places.recognize import find_mentions
from dateline.places.resolve import resolve_mentions
from dateline.places.stage import UNPLACED_VILLAGE_POPULATION, unplaced_villages

from test_places_resolve import entities_for


@pytest.fixture(scope="module")
def gazetteer():
    return gazetteer_module.load()


def readings(text: str, names: list[str], gazetteer):
    mentions = find_mentions(text, entities_for(text, names), gazetteer)
    return mentions, resolve_mentions(text, mentions, gazetteer)


def test_the_town_after_a_street_is_a_town_not_the_country(gazetteer):
    text = ("Services will be held at the chapel, 12 N. Maple St., Lebanon. Lebanon and Syria "
            "signed the treaty in 1991.")
    mentions, resolutions = readings(text, ["Lebanon", "Syria"], gazetteer)
    got = [(m.text, r.entry.feature if r.entry else None) for m, r in zip(mentions, resolutions)]
    assert got == [("N. Maple St.", None), ("Lebanon", "PPL"), ("Lebanon", "PCLI"),
                   ("Syria", "PCLI")]


def test_a_street_written_out_hosts_a_town_too(gazetteer):
    text = "The fire started in a home on Cedar Lane, Jordan, late on Monday."
    mentions, resolutions = readings(text, ["Jordan"], gazetteer)
    jordan = next(r for m, r in zip(mentions, resolutions) if m.text == "Jordan")
    assert jordan.entry.feature == "PPL" and jordan.entry.country != "JOR"


def test_a_street_may_lie_in_a_county(gazetteer):
    text = "He lived at 4 Elm Road, Surrey, until 2010."
    mentions, resolutions = readings(text, ["Surrey"], gazetteer)
    surrey = next(m for m in mentions if m.text == "Surrey")
    assert any(c.feature == "ADM2" for c, _ in surrey.candidates)


def test_a_village_nothing_places_is_no_record_in_a_local_story(gazetteer):
    text = ("Firefighters from Omaha and Lincoln fought the blaze. A man from Grantville was "
            "taken to the hospital.")
    mentions, resolutions = readings(text, ["Omaha", "Lincoln", "Grantville"], gazetteer)
    village = next(i for i, m in enumerate(mentions) if m.text == "Grantville")
    assert resolutions[village].entry is not None and not resolutions[village].placed
    assert resolutions[village].entry.population < UNPLACED_VILLAGE_POPULATION
    after = unplaced_villages(mentions, resolutions)
    assert after[village].entry is None
    # the story's own towns keep their readings
    assert [r.entry for i, r in enumerate(after) if i != village] == \
        [r.entry for i, r in enumerate(resolutions) if i != village]


def test_a_village_stays_without_local_places_or_with_a_qualifier(gazetteer):
    text = "A man from Grantville was taken to the hospital."
    mentions, resolutions = readings(text, ["Grantville"], gazetteer)
    assert unplaced_villages(mentions, resolutions) == resolutions
    text = ("Firefighters from Omaha and Lincoln fought the blaze. A man from Grantville, Ga., "
            "was taken to the hospital.")
    mentions, resolutions = readings(text, ["Omaha", "Lincoln", "Grantville"], gazetteer)
    assert unplaced_villages(mentions, resolutions) == resolutions


def test_a_name_and_its_county_are_no_two_names_that_share_a_county(gazetteer):
    # Every Champaign County votes for its own divisions; the town of Champaign, Illinois lies in
    # one of them, which is no evidence for it: the county is the same name.
    from dateline.places.resolve import DocumentContext

    context = DocumentContext()
    context.add_votes("champaign county", gazetteer.lookup("Champaign County"))
    town = next(e for e, p in gazetteer.lookup("Champaign") if p and e.feature == "PPL" and
                e.country == "USA")
    assert context.colocation("champaign", town) == (0.0, 0.0, 0.0)
    # … while another name's vote counts
    admin1, county, country = context.colocation("urbana", town)
    assert county == 1.0 and admin1 > 0 and country > 0


def test_a_town_named_like_a_mountain_far_from_the_story_is_the_mountain(gazetteer):
    # Mount Rainier, Maryland (8,475 people) is the only record of the name; a Tacoma story
    # means the mountain, which the gazetteer lacks: no record, the story's local point.
    text = ("Searchers from Tacoma and Puyallup looked for a hiker who went missing near Mount "
            "Rainier on Sunday.")
    mentions, resolutions = readings(text, ["Tacoma", "Puyallup", "Mount Rainier"], gazetteer)
    after = unplaced_villages(mentions, resolutions)
    got = {m.text: r.entry for m, r in zip(mentions, after)}
    assert got["Mount Rainier"] is None and got["Tacoma"] is not None


def test_a_town_its_qualifier_rules_out_is_no_record(gazetteer):
    # No Grantville lies in Kansas: the qualifier says the town is one the gazetteer lacks.
    text = "A barn burned near Grantville, Kansas, on Monday."
    mentions, resolutions = readings(text, ["Grantville", "Kansas"], gazetteer)
    got = {m.text: r.entry for m, r in zip(mentions, resolutions)}
    assert got["Grantville"] is None and got["Kansas"].feature == "ADM1"
    # … while a qualifier that fits keeps the town, and a list is no qualifier
    text = "A barn burned near Alexandria, Virginia, on Monday."
    mentions, resolutions = readings(text, ["Alexandria", "Virginia"], gazetteer)
    assert resolutions[0].entry.country == "USA" and resolutions[0].entry.feature == "PPL"
    text = "Teams from Crockett, Palestine and Houston met on Friday."
    mentions, resolutions = readings(text, ["Crockett", "Palestine", "Houston"], gazetteer)
    assert all(r.entry is not None for r in resolutions)
