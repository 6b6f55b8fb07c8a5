"""GDELT fidelity: FIPS 10-4 country codes, "place, region, country" full names, ADM1 codes,
SOURCEURL, and the export read back as GDELT 2.0 readers read it (hand-checked rows)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_corpus_fixtures import talks_document

from dateline.corpus import Store, gdelt
from dateline.corpus.export import export
from dateline.model import EventPlace
from dateline.places import gazetteer

SYDNEY, VIENNA, LONDON, AUSTRALIA, LOS_ANGELES, NSW = 2147714, 2761369, 2643743, 2077456, 5368361, 2155400

# The GDELT 2.0 Event codebook's columns, in order (codebook V2.0, table 1).
CODEBOOK = """GlobalEventID Day MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName
ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()


def entry(gid):
    return gazetteer.load().by_id(gid)


def test_event_columns_are_the_codebooks():
    assert gdelt.EVENT_COLUMNS == tuple(CODEBOOK) and len(CODEBOOK) == 61


def test_fips_codes_for_every_country_the_gazetteer_knows():
    g = gazetteer.load()
    countries = {g.entry(r).country for r in range(len(g)) if g.entry(r).feature in gdelt.COUNTRY_FEATURES}
    assert len(countries) > 230
    missing = sorted(c for c in countries if c and not gdelt.fips(c))
    assert missing == []
    assert all(re.fullmatch(r"[A-Z]{2}", gdelt.fips(c)) for c in countries if c)
    # hand-checked against the FIPS 10-4 list: where FIPS and ISO differ, and where they clash
    for iso, code in {"AUS": "AS", "AUT": "AU", "GBR": "UK", "DEU": "GM", "CHN": "CH", "CHE": "SZ",
                      "ESP": "SP", "RUS": "RS", "JPN": "JA", "IRQ": "IZ", "ISR": "IS", "ISL": "IC",
                      "UKR": "UP", "ZAF": "SF", "USA": "US", "QAT": "QA", "AU": "AS", "GB": "UK"}.items():
        assert gdelt.fips(iso) == code, iso
    # two countries never share a code (territories without their own take their sovereign's)
    by_code = {}
    for c in countries:
        if c and gdelt.fips(c) not in ("FI", "NL"):
            assert by_code.setdefault(gdelt.fips(c), c) == c, (c, by_code[gdelt.fips(c)])


@pytest.mark.parametrize("gid, expected", [
    (SYDNEY, [4, "Sydney, New South Wales, Australia", "AS", "AS02", "", SYDNEY]),
    (VIENNA, [4, "Vienna, Wien, Austria", "AU", "AU09", "", VIENNA]),
    (LONDON, [4, "London, England, United Kingdom", "UK", "UKENG", "", LONDON]),
    (AUSTRALIA, [1, "Australia", "AS", "AS", "", "AS"]),
    (LOS_ANGELES, [3, "Los Angeles, California, United States", "US", "USCA", "", LOS_ANGELES]),
    (NSW, [5, "New South Wales, Australia", "AS", "AS02", "", "AS02"]),
])
def test_geography_columns(gid, expected):
    e = entry(gid)
    found = gdelt.geography(e.geonameid, e.name, e.country, e.feature, e.lat, e.lon)
    assert found[:5] + found[7:] == expected
    assert found[5:7] == [e.lat, e.lon]


def _at(doc_id: str, gid: int, url: str | None):
    e = entry(gid)
    base = talks_document(doc_id, url=url)
    place = EventPlace(e.geonameid, e.name, e.country, e.lat, e.lon, "clause")
    return dataclasses.replace(base, events=(dataclasses.replace(base.events[0], place=place),))


def test_export_rows_hand_checked(tmp_path):
    with Store(tmp_path / "g.duckdb") as store:
        for i, (gid, url) in enumerate([(SYDNEY, "https://example.com/sydney"), (VIENNA, "https://example.com/vienna"),
                                        (LONDON, None), (AUSTRALIA, "https://example.com/australia")]):
            store.add_batch([_at(f"d{i}", gid, url)])
        (path,) = export(store, "gdelt-events", tmp_path / "out")
    import pandas

    # as GDELT users read the event files: tab-separated, no header, the codebook's columns
    table = pandas.read_csv(path, sep="\t", header=None, names=CODEBOOK, dtype=str, keep_default_na=False)
    rows = {r["ActionGeo_FullName"]: r for r in table.to_dict("records")}
    sydney = rows["Sydney, New South Wales, Australia"]
    assert (sydney["ActionGeo_Type"], sydney["ActionGeo_CountryCode"], sydney["ActionGeo_ADM1Code"]) == ("4", "AS", "AS02")
    assert sydney["SOURCEURL"] == "https://example.com/sydney" and sydney["ActionGeo_FeatureID"] == str(SYDNEY)
    vienna = rows["Vienna, Wien, Austria"]
    assert (vienna["ActionGeo_CountryCode"], vienna["ActionGeo_ADM1Code"]) == ("AU", "AU09")
    assert float(vienna["ActionGeo_Lat"]) == pytest.approx(48.2085, abs=1e-3)
    london = rows["London, England, United Kingdom"]
    assert (london["ActionGeo_Type"], london["ActionGeo_CountryCode"], london["ActionGeo_ADM1Code"]) == ("4", "UK", "UKENG")
    assert london["SOURCEURL"] == "d2"  # no URL: the article id stands in
    country = rows["Australia"]
    assert (country["ActionGeo_Type"], country["ActionGeo_CountryCode"], country["ActionGeo_ADM1Code"],
            country["ActionGeo_FeatureID"]) == ("1", "AS", "AS", "AS")
    assert all(r["EventCode"] == "040" and r["Actor1CountryCode"] == "USA" for r in rows.values())


def test_gkg_locations_use_fips(tmp_path):
    with Store(tmp_path / "k.duckdb") as store:
        store.add_batch([talks_document("t1", url="https://example.com/talks")])
        (path,) = export(store, "gdelt-gkg", tmp_path / "out")
    locations = path.read_text(encoding="utf-8").split("\t")[gdelt.GKG_COLUMNS.index("V1LOCATIONS")]
    assert "#QA#QA" in locations  # Doha, Qatar: FIPS QA, ADM1 QA01
