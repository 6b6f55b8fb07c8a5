"""Choosing the GeoNames entry each toponym refers to, using the whole document.

Every candidate gets a score: a prior (population, feature class, own name or alternate name) and
the evidence of the document — a qualifier right after the name ("Alexandria, Va.", "Qatar's
capital, Doha"), the countries and first-order divisions the article names or that its other
places lie in, the publisher's country, and closeness to the article's other places. Resolution
runs twice: the first pass (prior, qualifiers, publisher, co-location) gives each other name a
provisional reading, which the second pass uses as context. One name is read the same way throughout a
document ("one sense per discourse").
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from importlib import resources

from ..geodesy import km
from .gazetteer import REGION_FEATURES, Entry, Gazetteer, fold
from .lexicon import COUNTY_WORDS, ENGLISH_CITY_NAMES
from .lexicon_states import STATE_ABBREVIATIONS
from .patterns import COORDINATION, LIST_COMMA
from .recognize import Mention, lookup, peer_area

# Score weights: a candidate's score is the sum of its features (``features``) times these.
# The hand-set values below were calibrated on the LGL and TR-News dev sets, one weight at a time;
# ``model/resolver.json``, when shipped, replaces them with weights fitted on the tune halves of
# both (training/places/train_resolver.py; its meta says on what and how well).
HAND_WEIGHTS: dict[str, float] = {
    "population": 1.0,        # per decade of population
    "feature:CONT": 4.0, "feature:PCLI": 5.0, "feature:ADM1": 3.0, "feature:PPLC": 3.0,
    "feature:ADM2": 0.0, "feature:region": 4.0,  # regions, seas: like a continent
    "alternate": -3.0,        # matched by an alternate (historic, foreign) name when others match
                              # by their own name
    "qualifier": 12.0,        # "X, Y" / "X (Y)" / "Y's X" where Y contains the candidate
    "country": 2.5,           # the candidate's country is named or implied by the document
    "admin1": 3.0,            # the candidate's first-order division is named or implied
    "admin2": 1.5,
    "colocated_admin1": 2.5,  # other names of the document can lie in the same division
    "colocated_admin2": 3.0,  # … or in the same county ("Huntsville" with "Walker County")
    "colocated_country": 1.0,
    "publisher": 1.5,         # the candidate lies in the publisher's country
    "near": 2.0,              # within NEAR_KM of another place of the document
    "near_local": 0.0,        # within NEAR_LOCAL_KM of another place: the same town's surroundings
    "capital_in_context": 0.0,  # a capital of the country the document names or implies
    "dateline_town": 0.0,     # a town (not a state or country) read from the story's dateline
    "capital_over_division": 0.0,  # a capital beside a division of its country of the same name
                                   # ("Washington", "Islamabad", "Kabul"): news means the city
    "small_namesake": -3.0,   # a hamlet named like a capital or a great city, alone (features)
    "unevidenced_namesake": -4.0,  # a town named like a world city of another country, with
                                   # no evidence in the article for its own region (features)
    "unevidenced_division": -2.0,  # a first-order division named like its country's capital,
                                   # with nothing else in the article in it (features)
    "seat_over_division": 1.5,  # a town in the first-order division of its own name, larger
                                # than the division ("Aleppo", "Istanbul"): news means the city
    "coordinated": 2.0,       # of the kind of a place it is listed with ("Oregon and Washington",
                              # "Georgia and Ukraine", "Washington and Brussels"): a country or a
                              # capital, or a division or town of the same country as a likely
                              # reading of the other
}
FEATURES = tuple(HAND_WEIGHTS)
MODEL_FILE = "resolver.json"


def _load_weights() -> dict[str, float]:
    """The fitted weights when the package ships them, else the hand-set ones."""
    try:
        data = json.loads(resources.files(__package__).joinpath("model", MODEL_FILE)
                          .read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return dict(HAND_WEIGHTS)
    # a feature the shipped file lacks (added after the fit) keeps its hand-set weight
    return {name: float(data["weights"].get(name, HAND_WEIGHTS[name])) for name in FEATURES}


WEIGHTS: dict[str, float] = _load_weights()
NEAR_KM = 250.0
NEAR_LOCAL_KM = 50.0
EMINENT_POPULATION = 1_000_000  # a city this large is known by name the world over
# A town smaller than this, named like an eminent place, needs a place of the article near it or
# a qualifier (the "small_namesake" feature). Tune halves, acc@161 LGL / TR-News: below 10,000
# (weights -2, -3, -4 alike) 0.932 / 0.951, as without; below 100,000 0.926 / 0.945 (London,
# Ontario, in Canadian papers).
SMALL_NAMESAKE_POPULATION = 10_000
# Evidence for a town named like a world city of another country ("London", Ohio; "Paris",
# Illinois): another place of the article within this distance, among others
# (``_region_evidence``; 300 km lets Chicago, 250 km away, make "Paris" Illinois). On LGL and
# TR-News the feature changes no score (local news gives the evidence); docs/places.md.
NAMESAKE_EVIDENCE_KM = 150.0
COUNTRY_EVIDENCE = 2
COUNTRY_EVIDENCE_POPULATION = 100_000
W_DATELINE = 2.0          # a dateline's reading counts this many times as document context
VOTE_TEMPERATURE = 0.5    # co-location votes ∝ 10^(0.5 × prior): 0 gives every reading one share
# A name's readings whose prior is within this of its best one are what it may be ("Washington":
# the state or the capital, not its small namesakes): the readings a listed place is compared by,
# and whose counties a shared county counts for. LGL tune acc@161 by gap 1 / 1.5 / 2 / 3 / all:
# 0.913 / 0.923 / 0.929 / 0.925 / 0.924 (check 0.871 / 0.878 / 0.876 / 0.875 / 0.880).
PLAUSIBLE_PRIOR_GAP = 2.0
# A town smaller than this whose qualifier none of its name's readings lies in is no record
# (resolve_mentions): above, a qualifier that does not fit is more often a list's next place.
UNQUALIFIED_TOWN_POPULATION = 20_000
_ENGLISH_CITY_IDS = frozenset(ENGLISH_CITY_NAMES.values())
_QUALIFIER_GAP = re.compile(r",\s*")

_QUALIFIER_AFTER = re.compile(r"^\s*(?:,|\()\s*((?:[A-Z][\w.'’\-]*\s?){1,4})")
_QUALIFIER_BEFORE = re.compile(r"((?:[A-Z][\w.\-]*\s?){1,3})['’]s\s+(?:\w+\s+){0,3}?(?:capital|city|town|"
                               r"province|state|county|region|village|port|district),?\s*$")
# "the West Bank city of Jenin", "the Syrian town of Kobani", "the Texas city of Uvalde": an area
# (or its demonym) before a place-type word and "of".
_QUALIFIER_OF = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.\-]*\s){1,3})(?:\w+\s+)?(?:capital|city|town|"
                           r"village|port|province|region|district|county|state|suburb|enclave|"
                           r"territory)\s+of\s+$")



@dataclass(frozen=True, slots=True)
class Resolution:
    entry: Entry | None
    score: float
    margin: float  # lead over the runner-up: how sure the choice is
    # Whether anything of the article says where in its country the reading lies: a qualifier,
    # its division or county named or shared with other names, a place near it (LOCAL_EVIDENCE)
    placed: bool = True


def _contains(area: Entry, place: Entry) -> bool:
    """True when ``place`` lies in the country or division ``area``."""
    if area.feature == "PCLI":
        return place.country == area.country and place.geonameid != area.geonameid
    if area.feature == "ADM1":
        return place.admin1 == area.geonameid and place.geonameid != area.geonameid
    if area.feature == "ADM2":
        return place.admin2 == area.geonameid and place.geonameid != area.geonameid
    return False


def qualifier_entries(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Entry]:
    """Areas written right next to the mention that can qualify it."""
    out: list[Entry] = []
    after = _QUALIFIER_AFTER.match(text[mention.end:mention.end + 40])
    if after:
        words = after.group(1).strip().rstrip(",").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".,)")
            key = name.replace(".", "").lower()
            if key in STATE_ABBREVIATIONS:
                name = STATE_ABBREVIATIONS[key]
            found = [e for e, primary in gazetteer.lookup(name) if primary and
                     e.feature in ("PCLI", "ADM1", "ADM2")]
            if found:
                # Not the name's peer in a list ("Mississippi, Missouri": two states).
                out.extend(e for e in found if not peer_area(mention.candidates, e))
                break
    before = _QUALIFIER_BEFORE.search(text[max(0, mention.start - 60):mention.start])
    if before:
        out.extend(e for e, primary in gazetteer.lookup(before.group(1).strip())
                   if primary and e.feature in ("PCLI", "ADM1"))
    of = _QUALIFIER_OF.search(text[max(0, mention.start - 60):mention.start])
    if of:
        areas = [e for e, primary in lookup(gazetteer, of.group(1).strip())
                 if primary and e.feature in ("PCLI", "ADM1")]
        out.extend(areas)
        if not any(_contains(a, c) for a in areas for c, _ in mention.candidates):
            # The area is a division none of the readings lies in by GeoNames' codes ("the
            # West Bank city of Jenin": Janīn lies in Jenin governorate): its country qualifies.
            out.extend(replace(a, feature="PCLI", geonameid=-1) for a in areas
                       if a.feature == "ADM1")
    return out


class DocumentContext:
    """What the document says about where it is: named areas and provisional readings."""

    def __init__(self, publisher_country: str | None = None):
        self.countries: Counter[str] = Counter()
        self.admin1: Counter[int] = Counter()
        self.admin2: Counter[int] = Counter()
        self.points: list[tuple[str, float, float]] = []  # (folded name, lat, lon)
        # … of the readings that are not themselves world cities (capitals, cities of a million):
        # a namesake near London is no likelier for it in a story that names London
        self.local_points: list[tuple[str, float, float]] = []
        # the local points of towns and counties alone (not of a state's centre): _local_evidence
        self.town_points: list[tuple[str, float, float]] = []
        self.publisher_country = publisher_country
        # Co-location: each distinct name spreads one vote over the divisions (and countries) its
        # candidates lie in; a reading whose division other names can also lie in is preferred.
        self.colocated_admin1: Counter[int] = Counter()
        self.colocated_admin2: Counter[int] = Counter()
        self.colocated_country: Counter[str] = Counter()
        self.own_votes: dict[str, tuple[dict, dict, dict]] = {}
        self.own_context: dict[str, tuple[Counter, Counter, Counter]] = {}
        self.names_in_county: dict[int, list[str]] = {}  # county -> the names plausibly in it
        # First-order divisions the article names itself (an ADM1 mention, a qualifier, the
        # dateline's reading): not those merely implied by the towns it names.
        self.named_admin1: Counter[int] = Counter()
        self.named_countries: Counter[str] = Counter()  # by a country mention itself
        self.qualified: set[tuple[str, int]] = set()  # (name, reading) a qualifier chose
        self.host = ""  # the article URL's host name: a paper named after its town

    def add_votes(self, key: str, candidates: list[tuple[Entry, bool]]):
        if key in self.own_votes:
            return
        # The vote is shared in proportion to how likely each reading is a priori (a tempered
        # prior), so that "Athens" votes for Greece far more than for its American namesakes and
        # a Greek article's "Cairo", "Crete" and "Athens" do not meet in Illinois.
        own = [e for e, p in candidates if p]
        top = max((prior(e, True) for e in own), default=0.0)
        weight = {e.geonameid: 10 ** (VOTE_TEMPERATURE * (prior(e, True) - top)) for e in own}
        a_votes: dict[int, float] = {}
        b_votes: dict[int, float] = {}
        c_votes: dict[str, float] = {}
        for e in own:
            area = e.geonameid if e.feature == "ADM1" else e.admin1
            county = e.geonameid if e.feature == "ADM2" else e.admin2
            for votes, value in ((a_votes, area), (b_votes, county), (c_votes, e.country)):
                if value:
                    votes[value] = max(votes.get(value, 0.0), weight[e.geonameid])
        for votes in (a_votes, b_votes, c_votes):
            total = sum(votes.values())
            for value in votes:
                votes[value] /= total
        # The counties of its likely readings only: "Washington" may be the state or the
        # capital, not any of the small towns that put it in dozens of counties.
        counties = {e.geonameid if e.feature == "ADM2" else e.admin2 for e in own
                    if weight[e.geonameid] >= 10 ** (-VOTE_TEMPERATURE * PLAUSIBLE_PRIOR_GAP)}
        counties.discard(0)
        self.colocated_admin1.update(a_votes)
        self.colocated_admin2.update(b_votes)
        self.colocated_country.update(c_votes)
        self.own_votes[key] = (a_votes, b_votes, c_votes)
        for county in counties:
            self.names_in_county.setdefault(county, []).append(key)

    def colocation(self, key: str, entry: Entry) -> tuple[float, float, float]:
        """Votes of the other names for the entry's first- and second-order division and country.
        A name's county of its own name is no other name ("DeKalb" and "DeKalb County": every
        DeKalb County would otherwise vote for the town of DeKalb it holds)."""
        twins = _twins(key)
        area = entry.geonameid if entry.feature == "ADM1" else entry.admin1
        county = entry.geonameid if entry.feature == "ADM2" else entry.admin2
        a = self.colocated_admin1.get(area, 0.0) - sum(
            self.own_votes.get(k, _NOTHING_OWN)[0].get(area, 0.0) for k in twins) if area else 0.0
        # Two names that can share a county almost never do so by chance: any other name whose
        # likely readings can lie in the entry's county counts in full.
        b = float(bool(county) and any(other not in twins
                                       for other in self.names_in_county.get(county, ())))
        c = (self.colocated_country.get(entry.country, 0.0) - sum(
            self.own_votes.get(k, _NOTHING_OWN)[2].get(entry.country, 0.0) for k in twins)
             if entry.country else 0.0)
        return a, b, c

    def add(self, name: str, entry: Entry, weight: float = 1.0, explicit: bool = False):
        if entry.admin1 and (explicit or entry.feature == "ADM1"):
            self.named_admin1[entry.admin1] += weight
        own = self.own_context.setdefault(name, (Counter(), Counter(), Counter()))
        for counter, own_counter, value in ((self.countries, own[0], entry.country),
                                            (self.admin1, own[1], entry.admin1),
                                            (self.admin2, own[2], entry.admin2)):
            if value:
                counter[value] += weight
                own_counter[value] += weight
        if entry.feature not in ("PCLI", "CONT") and entry.feature not in REGION_FEATURES:
            self.points.append((name, entry.lat, entry.lon))
            if entry.feature != "PPLC" and entry.population < EMINENT_POPULATION:
                self.local_points.append((name, entry.lat, entry.lon))
                if entry.feature != "ADM1":
                    self.town_points.append((name, entry.lat, entry.lon))

    def named(self, key: str, entry: Entry) -> tuple[float, float, float]:
        """How much the rest of the document (not the name ``key`` itself) names or implies the
        entry's country, first- and second-order division."""
        own = self.own_context.get(key, _NOTHING_OWN)
        return (self.countries.get(entry.country, 0) - own[0].get(entry.country, 0),
                self.admin1.get(entry.admin1, 0) - own[1].get(entry.admin1, 0),
                self.admin2.get(entry.admin2, 0) - own[2].get(entry.admin2, 0))


# A name's own_context or own_votes before it has any: three empty tables (read only).
_NOTHING_OWN = ({}, {}, {})


@functools.lru_cache(maxsize=4096)
def _twins(key: str) -> set[str]:
    """A folded name and its county's ("dekalb", "dekalb county"): one place's names (one set
    per name, shared: read only)."""
    words = key.split()
    base = " ".join(words[:-1]) if len(words) > 1 and words[-1] in COUNTY_WORDS else key
    return {base, *(f"{base} {word}" for word in COUNTY_WORDS)}


def _kind(entry: Entry) -> str:
    """What sort of place a reading is, for comparing the places of a list: town, ADM1, …"""
    return "town" if entry.feature in ("PPL", "PPLA", "PPLA2") else entry.feature


def _coordinated(entry: Entry, siblings: list[Entry]) -> bool:
    """Whether a place listed with this one reads as the same sort of place: any country beside
    a country, any capital beside a capital ("Washington and Brussels"); a division or town
    beside one of the same country."""
    return any(_kind(s) == _kind(entry) and (entry.feature in ("PCLI", "CONT") or
                                              s.country == entry.country or
                                              s.feature == entry.feature == "PPLC")
               for s in siblings)


def features(entry: Entry, primary: bool, name: str, qualifiers: list[Entry],
             context: "DocumentContext | None", others_primary: bool = True,
             dateline: bool = False, namesakes: list[Entry] = (),
             siblings: list[Entry] = ()) -> dict[str, float]:
    """The evidence for reading a name as ``entry``, feature by feature (see HAND_WEIGHTS).
    ``namesakes``: the name's readings that are divisions or eminent places (``_namesakes``);
    ``siblings``: likely readings (``plausible``) of the places the mention is listed with."""
    f = {"population": math.log10(entry.population + 10)}
    if siblings and _coordinated(entry, siblings):
        f["coordinated"] = 1.0
    divisions = [d for d in namesakes if d.feature in ("ADM1", "ADM2")]
    if primary and entry.feature == "PPLC" and any(d.country == entry.country for d in divisions):
        f["capital_over_division"] = 1.0
    if primary and entry.feature == "PPL" and any(
            d.feature == "ADM1" and d.geonameid == entry.admin1 and
            entry.population > d.population for d in divisions):
        # "Aleppo", "Istanbul": a city larger than the rest of its namesake region (whose
        # population stands at 1,000 per town), not "Quebec"
        f["seat_over_division"] = 1.0
    if dateline and entry.feature in ("PPL", "PPLC"):
        f["dateline_town"] = 1.0  # datelines name the town a story was filed from
    kind = "region" if entry.feature in REGION_FEATURES else entry.feature
    if kind in ("CONT", "PCLI", "ADM1", "PPLC", "ADM2", "region"):
        f["feature:" + kind] = 1.0
    if not primary and others_primary:
        f["alternate"] = 1.0
    if any(_contains(q, entry) for q in qualifiers):
        f["qualifier"] = 1.0
    if context is None:
        return f
    # Evidence from the rest of the document, capped so that one repeated name cannot swamp it.
    named_country, named_admin1, named_admin2 = context.named(name, entry)
    if entry.country and entry.feature != "PCLI":
        f["country"] = min(1.0, named_country / 2)
        if entry.feature == "PPLC":
            # "Washington" in an American story is the capital rather than the state, while
            # "Athens" in a Georgia paper need not be Greece's.
            f["capital_in_context"] = f["country"]
    if entry.admin1 and entry.feature != "ADM1":
        f["admin1"] = min(1.0, named_admin1)
    if entry.admin2 and entry.feature != "ADM2":
        f["admin2"] = min(1.0, named_admin2)
    colocated_admin1, colocated_admin2, colocated_country = context.colocation(name, entry)
    if entry.feature not in ("PCLI", "CONT"):
        f["colocated_admin1"] = min(1.0, colocated_admin1)
    if entry.feature not in ("PCLI", "CONT", "ADM1"):
        f["colocated_admin2"] = min(1.0, colocated_admin2)
    f["colocated_country"] = min(1.0, colocated_country / 2)
    if context.publisher_country and entry.country == context.publisher_country:
        f["publisher"] = 1.0
    if entry.feature == "ADM1" and "qualifier" not in f and named_admin1 <= 0 and \
            colocated_admin1 <= 0 and any(e.feature == "PPLC" and e.country == entry.country
                                          for e in namesakes):
        # A division named like its country's capital ("Washington", "Islamabad", "Tokyo") that
        # no other place of the article lies in: news means the city ("talks in Washington", a
        # U.S. official said), while a story naming Spokane keeps the state.
        f["unevidenced_division"] = 1.0
    if entry.feature not in ("PCLI", "CONT", "ADM1"):
        nearest = min((km(entry.lat, entry.lon, lat, lon) for other, lat, lon in context.points
                       if other != name), default=math.inf)
        if nearest <= NEAR_KM:
            f["near"] = 1.0
        if nearest <= NEAR_LOCAL_KM:
            f["near_local"] = 1.0
        if entry.feature == "PPL" and entry.population < SMALL_NAMESAKE_POPULATION and \
                nearest > NEAR_KM and "qualifier" not in f and not f.get("admin2") and \
                any(e.feature == "PPLC" or e.population >= EMINENT_POPULATION
                    for e in namesakes if e.geonameid != entry.geonameid):
            # A hamlet named like a capital or a great city, with no place of the article near it
            # and nothing next to it that says where it is: the country or state alone rarely
            # means it ("London" in an American story on Wuhan is not London, California).
            f["small_namesake"] = 1.0
        if entry.feature == "PPL" and entry.population < COUNTRY_EVIDENCE_POPULATION and \
                not dateline and any(d.feature == "ADM1" and d.country == entry.country and
                                     d.geonameid != entry.admin1 and fold(d.name) == fold(entry.name)
                                     for d in divisions) and \
                not _local_evidence(entry, name, f, context):
            # A town named like a state of its own country ("Nevada counts its votes next
            # week" in a story naming Iowa), with nothing next to it or near it in the article
            # for where it lies: news means the state, whatever other state the story names
            # (Iowa's farmers do not make "Nevada" Nevada, Iowa). Second round of the
            # twenty-third session.
            f["unevidenced_namesake"] = 1.0
        cities = [e for e in namesakes if e.geonameid != entry.geonameid and
                  e.country != entry.country and e.population > 5 * entry.population and
                  e.feature in ("PPL", "PPLC", "PPLA")]
        # A town named like a city of ENGLISH_CITY_NAMES ("Medina" beside "Mecca" in a story that
        # names Ohio elsewhere) needs evidence of its own surroundings, as a state's namesake does.
        english = any(e.geonameid in _ENGLISH_CITY_IDS for e in cities)
        if cities and not (_local_evidence(entry, name, f, context) if english else
                           _region_evidence(entry, name, f, cities, context)):
            # A town named like a world city of another country, and nothing in the article for
            # its own region: the famous one is meant ("London" in a story on Wuhan is not
            # London, Ohio; a Chicago firm's office in "Paris" is in France).
            f["unevidenced_namesake"] = 1.0
            # Nor do the nearness of a world city and the division a town merely implies, which
            # the evidence test set aside, count for it (Chicago's nearness and Illinois for
            # Paris, Illinois, beside "Paris and Berlin").
            for k in ("near", "near_local", "colocated_admin1"):
                f.pop(k, None)
    return f


def _region_evidence(entry: Entry, name: str, f: dict[str, float], cities: list[Entry],
                     context: "DocumentContext") -> bool:
    """Whether the article gives evidence for the region of ``entry``, a town named like the
    world cities ``cities`` of other countries: a qualifier next to one of the name's mentions, a
    place of the article within NAMESAKE_EVIDENCE_KM (not a world city itself), its county named or shared with another
    name, its first-order division named (an ADM1 mention, a qualifier, the dateline; not one
    merely implied by a town: Chicago does not make "Paris" Illinois), the publisher in its
    country or named after it ("parisbeacon.com"), or its country named COUNTRY_EVIDENCE times
    while the cities' countries are not named at all; the country alone only for a town of
    COUNTRY_EVIDENCE_POPULATION (100,000) people or more when one of the cities is a capital or
    has EMINENT_POPULATION people."""
    if "qualifier" in f or (name, entry.geonameid) in context.qualified:
        return True
    if f.get("admin2") or f.get("colocated_admin2") or any(
            km(entry.lat, entry.lon, lat, lon) <= NAMESAKE_EVIDENCE_KM
            for other, lat, lon in context.local_points if other != name):
        return True
    if context.named_admin1.get(entry.admin1):
        return True
    if context.publisher_country == entry.country or (
            name and name.replace(" ", "") in context.host):
        return True
    # The country alone is no evidence for a town of fewer than COUNTRY_EVIDENCE_POPULATION people
    # named like a capital or a city of EMINENT_POPULATION: UNESCO "is based in Paris" in a story
    # that names the United States twice is France's, not Paris, Texas (twenty-third session;
    # London, Ontario, of 380,000 people keeps its country's evidence in a Canadian paper).
    if entry.population < COUNTRY_EVIDENCE_POPULATION and any(
            e.feature == "PPLC" or e.population >= EMINENT_POPULATION for e in cities):
        return False
    return (context.named_countries.get(entry.country, 0) >= COUNTRY_EVIDENCE and
            not any(context.named_countries.get(e.country) for e in cities))


def _local_evidence(entry: Entry, name: str, f: dict[str, float], context: "DocumentContext") -> bool:
    """Whether the article says where ``entry``, a town named like a state of its country or like
    a city of lexicon.ENGLISH_CITY_NAMES, lies (the state named elsewhere is not enough): a qualifier next to one of the name's mentions, its county named or shared, or a town or
    county of the article within NAMESAKE_EVIDENCE_KM (a state's centre does not count)."""
    if "qualifier" in f or (name, entry.geonameid) in context.qualified:
        return True
    return bool(f.get("admin2") or f.get("colocated_admin2")) or any(
        km(entry.lat, entry.lon, lat, lon) <= NAMESAKE_EVIDENCE_KM
        for other, lat, lon in context.town_points if other != name)


def prior(entry: Entry, primary: bool, others_primary: bool = True) -> float:
    """The score a reading has before any evidence of the document."""
    return sum(WEIGHTS[k] * v for k, v in features(entry, primary, "", [], None,
                                                     others_primary).items())


def score_candidate(entry: Entry, primary: bool, name: str, qualifiers: list[Entry],
                    context: "DocumentContext | None", others_primary: bool = True,
                    dateline: bool = False, namesakes: list[Entry] = (),
                    siblings: list[Entry] = ()) -> float:
    return sum(WEIGHTS[k] * v for k, v in features(entry, primary, name, qualifiers, context,
                                                     others_primary, dateline,
                                                     namesakes, siblings).items())


def _namesakes(candidates) -> list[Entry]:
    """The readings of a name that are first- or second-order divisions, or eminent places (a
    capital, a city of a million): what its other readings are weighed against."""
    return [e for e, p in candidates if e.feature in ("ADM1", "ADM2") or
            p and (e.feature == "PPLC" or e.population >= EMINENT_POPULATION)]


# Features that say where in its country a reading lies: without any, a town is chosen by its
# size and its country alone (stage.unplaced_villages).
LOCAL_EVIDENCE = ("qualifier", "admin1", "admin2", "colocated_admin1", "colocated_admin2", "near")


def choose(mention: Mention, qualifiers: list[Entry], context: DocumentContext | None,
           key: str, siblings: list[Entry] = (), likely: frozenset = frozenset()) -> Resolution:
    """The best reading of a mention. ``siblings``: likely readings of the places it is listed
    with, which count only for its own ``likely`` readings (ids): a list chooses among what each
    name may be, and does not make "London" beside "Los Angeles" London, Kentucky."""
    best, best_score, second, placed = None, -math.inf, -math.inf, True
    any_primary = any(primary for _, primary in mention.candidates)
    namesakes = _namesakes(mention.candidates)
    for entry, primary in mention.candidates:
        f = features(entry, primary, key, qualifiers, context, any_primary, mention.dateline,
                     namesakes, siblings if entry.geonameid in likely else ())
        s = sum(WEIGHTS[k] * v for k, v in f.items())
        if s > best_score:
            best, best_score, second = entry, s, best_score
            placed = any(f.get(k) for k in LOCAL_EVIDENCE)
        elif s > second:
            second = s
    margin = best_score - second if second > -math.inf else 10.0
    return Resolution(best, best_score, margin, placed)


def plausible(mention: Mention) -> list[Entry]:
    """The readings of a mention that its prior alone leaves likely."""
    others = any(p for _, p in mention.candidates)
    namesakes = _namesakes(mention.candidates)
    scored = [(score_candidate(e, p, "", [], None, others, mention.dateline, namesakes), e)
              for e, p in mention.candidates]
    top = max((s for s, _ in scored), default=0.0)
    return [e for s, e in scored if s >= top - PLAUSIBLE_PRIOR_GAP]


def coordinated(text: str, mentions: list[Mention]) -> dict[int, list[int]]:
    """Mention index → the indices of the mentions it is listed with: "Oregon and Washington",
    "Iowa, Georgia or Ohio" (commas count only inside a list that an "and"/"or" ends)."""
    def qualifies(a: Mention, b: Mention) -> bool:  # "Alexandria, Va.": no list
        return any(_contains(area, e) for area, _ in b.candidates for e, _ in a.candidates)

    links: list[tuple[int, bool]] = []  # (i, joined by "and"/"or") for mentions i and i + 1
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        gap = text[a.end:b.start]
        is_and = COORDINATION.match(gap) is not None
        if is_and or (LIST_COMMA.match(gap) and not qualifies(a, b)):
            links.append((i, is_and))
    out: dict[int, list[int]] = {}
    run: list[int] = []
    ends = False
    for n, (i, is_and) in enumerate(links):
        if run and run[-1] != i:
            run, ends = [], False
        run = run or [i]
        run.append(i + 1)
        ends = ends or is_and
        last = n + 1 == len(links) or links[n + 1][0] != i + 1
        if last and ends and len(run) > 1:
            for j in run:
                out[j] = [k for k in run if k != j]
        if last:
            run, ends = [], False
    return out


def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                     publisher_country: str | None = None,
                     url_names: list[str] = (),
                     explain: list | None = None, host: str = "") -> list[Resolution]:
    """One resolution per mention, in order. ``url_names``: place names in the article's URL,
    which vote for co-location like a mention does but are not places of the text; ``host``: the
    URL's host name (a paper named after its town: "parisbeacon.com"). ``explain``,
    when a list, receives for each mention its candidates' final features (for training)."""
    qualifiers = [qualifier_entries(text, m, gazetteer) for m in mentions]
    keys = [fold(m.text) for m in mentions]
    lists = coordinated(text, mentions)

    # Pass 1: prior, qualifiers, publisher and co-location — evidence that does not depend on how
    # the other names are read, so two namesakes' likeliest readings cannot prop each other up.
    context = DocumentContext(publisher_country)
    for m, k in zip(mentions, keys):
        context.add_votes(k, m.candidates)
    context.host = host.lower()
    for name in url_names:
        context.add_votes("url:" + fold(name),
                          [(e, p) for e, p in gazetteer.lookup(name) if p and e.feature == "PPL"])
    for m, q, k in zip(mentions, qualifiers, keys):
        context.qualified.update((k, e.geonameid) for e, _ in m.candidates
                                 if any(_contains(a, e) for a in q))
    first = [choose(m, q, context, k) for m, q, k in zip(mentions, qualifiers, keys)]
    seen: set[str] = set()
    for m, q, k, r in zip(mentions, qualifiers, keys, first):
        for area in q:
            context.add(fold(area.name), area, 1.0, explicit=True)
        if r.entry is None:
            continue
        # A name every reading of which lies in one country is evidence for that country however
        # it is resolved; an uncertain reading counts for less.
        weight = 1.0 if r.margin >= 3 or len(m.candidates) == 1 else 0.5
        if m.dateline:
            weight *= W_DATELINE  # where the story was filed: strong evidence of where it is
        if r.entry.feature == "PCLI" and r.margin >= 3:
            context.named_countries[r.entry.country] += 1  # each time the article names it
        if k not in seen:
            context.add(k, r.entry, weight, explicit=m.dateline)
            seen.add(k)

    # Pass 2: with the document as context; one reading per name, chosen by its best-scored mention.
    cache: dict[tuple, list[Entry]] = {}  # one name's mentions mostly share their candidates
    likely = []
    for m in mentions:
        key = (m.dateline, tuple(e.geonameid for e, _ in m.candidates))
        if key not in cache:
            cache[key] = plausible(m)
        likely.append(cache[key])
    mine = [frozenset(e.geonameid for e in entries) for entries in likely]
    siblings = [[e for j in lists.get(i, ()) if keys[j] != keys[i] for e in likely[j]]
                for i in range(len(mentions))]
    second = [choose(m, q, context, k, sib, own_likely)
              for m, q, k, sib, own_likely in zip(mentions, qualifiers, keys, siblings, mine)]
    if explain is not None:
        for m, q, k, sib, own_likely in zip(mentions, qualifiers, keys, siblings, mine):
            others = any(p for _, p in m.candidates)
            namesakes = _namesakes(m.candidates)
            explain.append([(e, features(e, p, k, q, context, others, m.dateline, namesakes,
                                         sib if e.geonameid in own_likely else ()))
                            for e, p in m.candidates])
    def own(m: Mention, r: Resolution, q: list[Entry]) -> bool:
        """A qualified mention ("Alexandria, Va.") or one whose place-type word chose its sort
        ("Idlib province") keeps its own reading."""
        return r.entry is not None and (m.typed or any(_contains(a, r.entry) for a in q))

    by_name: dict[str, Resolution] = {}
    for m, k, r, q in zip(mentions, keys, second, qualifiers):
        if not own(m, r, q) and (k not in by_name or r.score > by_name[k].score):
            by_name[k] = r
    out = [r if own(m, r, q) else by_name.get(k, r)
           for m, k, r, q in zip(mentions, keys, second, qualifiers)]
    for i, (m, r, n) in enumerate(zip(mentions, out[:], out[1:])):
        area = n.entry
        if r.entry is not None and r.entry.feature == "PPL" and area is not None and \
                area.feature in ("ADM1", "PCLI") and i not in lists and \
                r.entry.population < UNQUALIFIED_TOWN_POPULATION and \
                _QUALIFIER_GAP.fullmatch(text[m.end:mentions[i + 1].start]) and \
                not any(_contains(area, c) for c, _ in m.candidates):
            # "HOLLIDAY, Mo.", "Taji, Iraq": the text says where the town is, and none of the
            # name's readings lies there: a place the gazetteer lacks (its host's point), not a
            # namesake elsewhere. Not a place of a list ("Crockett, Palestine and Houston").
            out[i] = replace(r, entry=None, placed=False)
    return out
