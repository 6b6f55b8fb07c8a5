"""The gazetteer's data: GeoNames' own points, the shipped table and its build, the cache key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.places import gazetteer as gazetteer_module

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
TABLE = ROOT / "src" / "dateline" / "places" / "data" / "geonames_points.tsv"


def _entry(name: str, feature: str):
    return next(e for e, _ in gazetteer_module.load().lookup(name) if e.feature == feature)


@pytest.mark.parametrize("name, feature, geonameid, lat, lon", [
    # GeoNames' own points (not the Factbook's 38,-97 / 60,-95, nor a centroid of towns).
    ("United States", "PCLI", 6252001, 39.76, -98.5),
    ("Canada", "PCLI", 6251999, 60.10867, -113.64258),
    ("Texas", "ADM1", 4736286, 31.25044, -99.25061),
    ("Ontario", "ADM1", 6093943, 49.25014, -84.49983),
    ("Gaza Strip", "ADM1", 281132, 31.41667, 34.33333),
    ("Europe", "CONT", 6255148, 48.69096, 9.14062),
])
def test_points_are_geonames_own(name, feature, geonameid, lat, lon):
    entry = _entry(name, feature)
    assert entry.geonameid == geonameid
    assert (round(entry.lat, 5), round(entry.lon, 5)) == (lat, lon)


def test_division_without_geonames_point_falls_back_to_its_towns():
    # Telangana (GeoNames 1254788) has no point in the shipped table: its towns' centre is used.
    points = gazetteer_module.geonames_points()
    assert points[1254788][3] is None
    telangana = _entry("Telangana", "ADM1")
    assert 15.5 < telangana.lat < 20 and 77 < telangana.lon < 81.5


def test_shipped_table_is_well_formed():
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["geonameid", "feature", "country", "admin1", "lat", "lon", "name"]
    features = {}
    for line in lines[1:]:
        gid, feature, country, admin1, lat, lon, name = line.split("\t")
        assert int(gid) > 0 and name
        if lat:
            assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        features[feature] = features.get(feature, 0) + bool(lat)
    assert features == {"PCLI": 242, "ADM1": 2833, "ADM2": 5460, "CONT": 7}


@pytest.mark.skipif(not (SHARED / "data" / "geo" / "geonames_admin").is_dir(),
                    reason="shared GeoNames admin table absent")
def test_build_script_reproduces_the_shipped_table(tmp_path):
    out = tmp_path / "points.tsv"
    subprocess.run([sys.executable, str(ROOT / "training" / "places" / "build_geonames_points.py"),
                    "--shared", str(SHARED), "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TABLE.read_bytes()


def test_cache_file_is_keyed_by_content(monkeypatch, tmp_path):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    first = gazetteer_module.index_path()
    assert first.parent == tmp_path and first.name.startswith(f"gazetteer-v{gazetteer_module.FORMAT_VERSION}-")
    monkeypatch.setattr(gazetteer_module, "DATA_FILES", ("no-such-table.tsv",))
    assert gazetteer_module.index_path() != first


def test_places_and_the_whos_who_strip_accents_alike():
    from dateline.actors.whoswho import folded
    from dateline.places.gazetteer import fold, unaccented

    assert unaccented("Zürich Dūmā Lukašenka") == "Zurich Duma Lukasenka"
    assert fold("Zürich") == "zurich" and folded("Zürich-Nord") == "Zurich Nord"


def test_packed_index_finds_what_the_name_index_finds():
    # Invented keys across several blocks (a block's first and last key, a key that opens the
    # next, an empty key), and probes before, between and after them.
    keys = sorted({"", "a", "ab", "abc", "b", "ba", "bab", "c", *(f"k{n:03d}" for n in range(150)), "zz"})
    table = {key: (n, ~n) for n, key in enumerate(keys)}
    plain = gazetteer_module.NameIndex.from_dict(table)
    packed = gazetteer_module.PackedIndex.of(plain)
    assert len(packed) == len(plain) == len(keys)
    assert len(packed.heads) > 2  # several blocks
    probes = keys + ["aa", "abcd", "bb", "k0", "k1500", "k149a", "y", "zzz", "\x01", "{",
                     "a\x00ab", "k001\x00k002"]  # a separator inside a probe spans two keys
    for key in probes:
        assert list(packed.get(key, ())) == list(plain.get(key, ())), key
        assert (key in packed) == (key in plain), key
    names = gazetteer_module.PackedStrings.of(["Zürich", "", "Nuku‘alofa"])
    assert [names[i] for i in range(len(names))] == ["Zürich", "", "Nuku‘alofa"]
    with pytest.raises(ValueError):
        gazetteer_module.PackedStrings.of(["a\x00b"])
