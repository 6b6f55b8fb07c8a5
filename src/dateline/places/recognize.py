"""Finding toponyms: spaCy's GPE/LOC entities, demonyms, datelines, places opening or inside
organisation names, state abbreviations, streets, names a place-type word or a cue introduces, and
capitalised names the gazetteer knows well (the patterns live in ``patterns.py``).

A mention is a character span of ``work.text`` with the name to look up (the span without a
leading "the" or a trailing possessive) and the gazetteer entries that name can refer to. A
toponym GeoNames has no record for (a street, a village) is a mention without candidates: it is
reported with no GeoNames id (and, by the stage, the point of the town it lies in, if any).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from ..geodesy import km
from ..time.rules import longest_first
from .gazetteer import REGION_FEATURES, Entry, Gazetteer, fold, regions
from .lexicon import (COUNTY_WORDS, DATELINE_CITIES, ENGLISH_CITY_NAMES, HONOREE_MIDDLES, HONOREE_WORDS,
                      NOT_UNKNOWN_PLACES, NATURAL_FEATURE_WORDS, NEVER_PLACES,
                      NOT_PLACES_UNQUALIFIED, NOT_PLACES_WITHOUT_LABEL, ORG_WORDS, STREETS_NOT_PLACES)
from .lexicon_demonyms import COUNTRY_DEMONYMS, DEMONYMS
from .lexicon_states import (CITY_ABBREVIATIONS, DISTRICT_ABBREVIATIONS, PROVINCE_ABBREVIATIONS,
                             STATE_ABBREVIATIONS)
from .patterns import (ADMINISTRATION_AFTER, APPOSED, ARABIC_ARTICLE, AT_BEFORE, CAPITALISED, CIVIC_AFTER, COMPASS,
                       CORONA, COUNTY_LIST, EPONYM, EPONYM_LAW, LIST_KINDS, DATELINE, DATELINE_BARE, DATELINE_TITLE, DISEASE_NAMED, DISEASE_WORDS, DIVISION_TYPE_WORDS,
                       FACILITY, INNER_PARTICLE, OIL_FIELD,
                       HOLIDAY_AFTER, HOUSE_NUMBER, HYPHENATED, LANDMARK, LEADING, LIST_NAME, LOCAL_NOUN_AFTER,
                       LIST_NAME_WIDE, OFFICE_OF, LISTED_AFTER, LISTED_BEFORE, LIST_GOES_ON_AFTER, FROM_BEFORE, TO_AFTER, LOCATIVE_BEFORE, NAME_PARTICLES, NOT_TYPED_NAMES,
                       KIN_NAMED, OF_AFTER_PERSON, OPENING_CUES, PANDEMIC_WORDS, PARTY_PLACE, PERSON_CONTEXT, PLACE_WORD,
                       PLANETS, QUALIFIER_AFTER, SCIENCE_WORDS, SPACE_WORDS, TITLE_THE_BEFORE, TITLED_WATERS,
                       POSSESSED, QUALIFIED, SAINT, SAINTS_BUILDING_AFTER, SAINTS_PLACE_WORDS,
                       SENTENCE_BREAK, STATE_AFTER_LIST, STREET, STREET_LIST, STREET_ABBREVIATIONS, STREET_NAME,
                       STATE_TITLED, STREET_PLURALS, TITLE, TOWN_TYPE_WORDS, TOWNSHIP, TOWNSHIP_LIST, TOWNSHIP_WORDS,
                       TOWNSHIP_NOT_NAME, TRAILING, TYPED_AFTER, TYPED_BEFORE)

PLACE_LABELS = {"GPE", "LOC"}
# Labels whose spans may still be (or begin with) a place the small spaCy model mislabelled
# ("Georgia" as PERSON, "Dublin City Council" as ORG).
OTHER_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
PREFIX_LABELS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"}

# A place found without a GPE/LOC label must be a country, a continent, a first-order division or
# a populated place at least this large: below it, capitalised words that happen to be a village's
# name ("Bush", "Price") outnumber real toponyms. Calibrated on the LGL and TR-News dev sets.
MIN_POPULATION_UNLABELLED = 100_000

# A town or county within this distance of a place the article's first reading resolved is
# "local": admitted when a locative cue or an organisation's name ("Grovetown Department of Public
# Safety") says it is a place, whatever its size. Tune halves: 60 and 100 km gave LGL F1 0.852
# and 0.853.
ANCHOR_KM = 60.0
_LOCAL_FEATURES = frozenset({"PPL", "PPLC", "ADM2"})
# First words of natural features named after their own name ("Mount Apo", "Lake Lanier").
LEADING_FEATURE_WORDS = frozenset({"mount", "mt", "lake", "cape", "isle", "gulf", "bay",
                                   # Spanish and Portuguese ("Punta Tombo" is no Punta,
                                   # Philippines: second round of the twenty-third session)
                                   "punta", "cabo", "isla", "islas", "cerro", "laguna", "playa",
                                   "praia", "ilha"})
# Words opening a lake's or mountain's name ("Lake Lanier", "Mount Apo"): the leading feature
# words less the sea's, which open events too ("Gulf War", "Bay of Pigs").
_LEADING_NATURAL = LEADING_FEATURE_WORDS - {"gulf", "bay"}
# The Spanish and Portuguese ones, and the capitalised words after one: a town named "Punta"
# (the Philippines have three) right before a capitalised word opens a longer name there ("Punta
# Tombo", which spaCy labels "Punta" alone): the whole is a toponym without a record (accept).
_OPENING_ONLY = frozenset({"punta", "cabo", "isla", "islas", "cerro", "laguna", "playa", "praia",
                           "ilha"})
# Not before a weekday, a month or a title ("in Praia Tuesday", "in Laguna President X said"),
# nor after a country's, state's or capital's name (Praia, Cape Verde's capital); "del" and "de
# la" inside ("Playa del Carmen").
_NAME_GOES_ON = re.compile(r"[ \t]+(?:del[ \t]+|de[ \t]+(?:la[ \t]+|los[ \t]+|las[ \t]+)?)?"
                           r"(?P<word>[A-Z][\w'’\-]+)")
_NOT_NAME_TAILS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december sept queen king prince princess "
    "president pope senator governor gov judge mr mrs ms dr sir lord lady sheriff chief mayor "
    "general gen minister premier police officials".split())
_DIVISION_FEATURES = frozenset({"ADM1", "ADM2"}) | REGION_FEATURES
_TOWN_FEATURES = frozenset({"PPL", "PPLC"})
_HOST_FEATURES = _TOWN_FEATURES | {"ADM2"}  # what a street lies in (_street_hosts)
# The capitalised word right before a name, and those before which a name is no longer one's tail.
_WORD_BEFORE = re.compile(r"([A-Z][\w'’\-]*)\.?\s+$")
_NOT_TAIL_WORDS = OPENING_CUES | {"The", "A", "An"}
_DATELINE_CITY_KEYS = {fold(name): name for name in DATELINE_CITIES}

# One or two capitalised words right after a span ("English" + " Channel").
_NAME_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,2}\b")
_ABBREVIATIONS = {**STATE_ABBREVIATIONS, **PROVINCE_ABBREVIATIONS, **DISTRICT_ABBREVIATIONS}
# A name written as a part of a city ("Cairo's Abbasiya", "Moscow's Red Square") is read only
# within this distance of it: a city's districts and landmarks lie inside it.
PART_OF_CITY_KM = 50.0
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}")
# A name listed with a place is a place when the gazetteer has a town or county of its own name
# this near one of the place's likely readings (a division beside a division of the same country).
LISTED_KM = 150.0


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    labelled: bool = True  # found as a GPE/LOC entity (or its name was elsewhere in the text)
    dateline: bool = False  # the story's dateline ("KABUL, Afghanistan —"): where it was filed
    typed: bool = False  # a place-type word chose its sort of reading ("Idlib province")
    embedded: bool = False  # it opens an organisation's name ("Dublin City Council")
    # A bare dateline of a city datelines name alone ("WASHINGTON —"): that city's country
    standalone: str = ""


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading article, a trailing possessive or surrounding punctuation."""
    span = text[start:end]
    m = LEADING.match(span)
    if m:
        start += m.end()
    span = text[start:end]
    m = TRAILING.search(span)
    if m and m.start() > 0:
        end = start + m.start()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    # "U.S." and "Ky." keep their final period; "Kabul." at the end of a sentence does not.
    if text[start:end].endswith(".") and text[start:end].count(".") == 1 and \
            text[start:end].replace(".", "").lower() not in _ABBREVIATIONS and \
            not text[start:end].endswith(STREET_ABBREVIATIONS):
        end -= 1
    return start, end


def lookup(gazetteer: Gazetteer, name: str, after_comma: bool = False,
           demonyms: bool = True) -> list[tuple[Entry, bool]]:
    """Candidates for ``name``: abbreviations ("Ky.", "B.C.") and demonyms ("Afghans") first."""
    key = name.replace(".", "").replace(" ", "").lower()
    if key in CITY_ABBREVIATIONS and name.count(".") >= 2:
        return [(e, True) for e, p in gazetteer.lookup(CITY_ABBREVIATIONS[key]) if p][:1]
    # "Ky." after a city, or "W.Va.", "D.C." anywhere; not "Ms." or "Ind." on their own.
    if key in _ABBREVIATIONS and (after_comma and ("." in name or name.isupper())
                                  or name.count(".") >= 2):
        full = _ABBREVIATIONS[key]
        return [(e, True) for e, _ in gazetteer.lookup(full) if e.feature in ("ADM1", "PPLC")]
    singular = name[:-1] if name.endswith("s") and name[:-1] in DEMONYMS else name
    if singular in DEMONYMS and not demonyms:
        return []
    if singular in DEMONYMS:
        # "Georgian" is the country's, "Texan" the state's: never the other feature.
        features = ("PCLI", "CONT") if singular in COUNTRY_DEMONYMS else ("ADM1", *REGION_FEATURES)
        return [(e, True) for e, p in gazetteer.lookup(DEMONYMS[singular])
                if p and e.feature in features]
    found = gazetteer.lookup(name)
    english = ENGLISH_CITY_NAMES.get(fold(name))
    if english:  # "Mecca" is Makkah by its own English name (lexicon.ENGLISH_CITY_NAMES)
        found = [(e, p or e.geonameid == english) for e, p in found]
    return _without_lesser_aliases(found)


def _without_lesser_aliases(found: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """``found`` without the towns and counties that bear the name only as an alternate one when
    it is the own name of a country, a continent or a city of MIN_POPULATION_WORLD_CITY people
    larger than they are: "Ireland" in a list of countries is never West Springfield,
    Massachusetts (once "Ireland Parish"), "Baku" never Burke, Texas, however many places of
    their state the article names (twenty-third session)."""
    eminent = max((e.population for e, p in found if p and (
        e.feature in ("PCLI", "CONT") or e.population >= MIN_POPULATION_WORLD_CITY)), default=0)
    if not eminent:
        return found
    return [(e, p) for e, p in found if p or e.feature not in _HOST_FEATURES or
            e.population >= eminent]


def peer_area(candidates: list[tuple[Entry, bool]], area: Entry) -> bool:
    """Whether an area written after a name and a comma is the name's peer in a list rather than
    its qualifier: a first-order division after a name that is one of the same country by its
    own name and has no reading of its own inside it ("primaries in Idaho, Michigan, Mississippi,
    Missouri and Washington": not Mississippi County, Missouri; "Washington, D.C.", "New York, New
    York" and "Long Island, N.Y." are qualified), a country after a country's name that names no
    division of it ("Russia, U.S. officials said": not Russia, Ohio; "Georgia, U.S." is
    qualified). Eighth session of 2026-12-06."""
    own = [c for c, p in candidates if p]
    if area.feature == "ADM1":
        return any(c.feature == "ADM1" and c.country == area.country for c in own) and not any(
            c.country == area.country and c.admin1 == area.geonameid for c in own)
    if area.feature == "PCLI":
        return any(c.feature == "PCLI" for c in own) and not any(
            c.country == area.country and c.feature in ("ADM1", "ADM2") for c in own)
    return False


def _strong(candidates: list[tuple[Entry, bool]]) -> bool:
    # A division's "population" is 1000 per populated place in it, so small divisions named like
    # first names ("Michael", "Nelson") stay below the bar too.
    return any(primary and (e.feature in ("PCLI", "CONT") or e.feature in REGION_FEATURES or
                            e.population >= MIN_POPULATION_UNLABELLED)
               for e, primary in candidates)


# A town this large after a locative cue ("In Euclid, firefighters …") is a place even far from
# the article's other places. Tune halves, F1 LGL / TR-News: 10,000 0.880 / 0.918, 20,000
# 0.881 / 0.919, 50,000 0.880 / 0.919.
MIN_POPULATION_AFTER_CUE = 20_000


# A city this large is named more often than any person of its name.
MIN_POPULATION_WORLD_CITY = 1_000_000


# A town this large after a locative cue is a place when it lies in a country the article names.
MIN_POPULATION_NAMED_COUNTRY = 5_000


def _sizeable(candidates: list[tuple[Entry, bool]]) -> bool:
    """A town large enough, or a first-order division (whatever its size: "rebels in Tigray"),
    to be a place after a locative cue."""
    return any(p and (e.feature == "ADM1" or e.feature in ("PPL", "PPLC") and
                      e.population >= MIN_POPULATION_AFTER_CUE) for e, p in candidates)


def _town(candidates: list[tuple[Entry, bool]]) -> bool:
    return any(p and e.feature in ("PPL", "PPLC", "ADM2") for e, p in candidates)


def _foreign_town(candidates: list[tuple[Entry, bool]], countries: set[str]) -> bool:
    """Whether every reading of a name by its own name is a town or division outside
    ``countries`` (those of the article's other places; never when the article has none): a
    word inside a longer name that a town's size alone would make a place ("the Rajya Sabha" in
    a story of India is no Sabha, Libya; "the State Duma" no Duma, Syria), unlike "CBC Toronto"
    in a Canadian story."""
    own = [e for e, p in candidates if p]
    return bool(countries) and bool(own) and all(
        e.feature in _HOST_FEATURES | {"ADM1"} and e.country not in countries for e in own)


def _eminent(candidates: list[tuple[Entry, bool]]) -> bool:
    """A country, continent, first-order division or capital: well enough known to override
    spaCy's label ("Tbilisi" as PERSON, "Sri Lanka" as ORG)."""
    return any(primary and (e.feature in ("PCLI", "CONT", "ADM1", "PPLC") or e.feature in REGION_FEATURES)
               for e, primary in candidates)


def _unknown_place(name: str, demonym_like: bool = True) -> bool:
    """Whether a span labelled as a place that the gazetteer does not know can still be reported
    as a toponym without a point: a capitalised name, not a bare direction, demonym or common
    word."""
    words = name.split()
    if not name[:1].isupper() or len(name) < 3 or COMPASS.match(fold(name)):
        return False
    if any(sum(ch.isupper() for ch in w) > 1 and "." not in w and "-" not in w for w in words):
        return False  # "NCIS", "FedEx": an acronym or a brand
    if name.lower() in NOT_PLACES_WITHOUT_LABEL | NOT_PLACES_UNQUALIFIED or \
            any(ch.isdigit() for ch in name) or name.lower().replace("’", "'") in NOT_UNKNOWN_PLACES:
        return False
    if name in DEMONYMS or (demonym_like and name.endswith(("ans", "ese", "ish", "ian", "ic"))):
        return False  # "Afghans", "Sinhalese", "Antarctic" mountain ranges
    return not _org_like(name) and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)




def _natural_feature(words: list[str]) -> bool:
    """A lake's, river's or mountain's name: "Lake Lanier", "Mount Apo", "Freeborn Lake",
    "Oskil River" (a name of two words or more)."""
    return len(words) > 1 and (words[-1].lower() in NATURAL_FEATURE_WORDS or
                               words[0].lower().rstrip(".") in _LEADING_NATURAL)


def _honours(words: list[str]) -> bool:
    """Whether a name of words honours the person its first word names: "the Lincoln Memorial",
    "the Kennedy Center", "the Kennedy Space Center" (lexicon.HONOREE_WORDS, HONOREE_MIDDLES)."""
    return len(words) >= 2 and words[-1].lower() in HONOREE_WORDS and (
        len(words) == 2 or tuple(w.lower() for w in words[1:-1]) in HONOREE_MIDDLES)


def _org_like(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and any(w.lower().strip(".,") in ORG_WORDS for w in words)


class _Finder:
    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.gazetteer = gazetteer
        self.mentions: list[Mention] = []
        self._countries: tuple[int, set[str]] = (0, set())  # countries(), by mentions counted
        self._named: tuple[int, set[str]] = (0, set())  # named_countries(), likewise
        self.taken: list[tuple[int, int]] = []
        self.known: set[str] = set()  # folded names found as labelled places
        self.surnames: set[str] = set()  # last words of PERSON entities ("Ripley", "Webb")
        self.personal: set[str] = set()  # folded names spaCy reads as a person more than a place
        self.person_context: set[str] | None = None  # names shown to be persons' (named_person)
        self.eponyms: set[str] = set()  # names before an eponym's word (named_person)
        # a relative's given name ("his son Jordan") and the spans where KIN_NAMED found it
        self.kin: dict[str, set[tuple[int, int]]] = {}
        self.spacey: bool | None = None  # whether the article speaks of space (planet)
        # names read as a town its qualifier's area holds ("Union, N.J.", "Jupiter, Florida"),
        # lower-cased: the article's bare mentions of them are that town too
        self.qualified: set[str] = set()
        self.gpe: list[tuple[int, int]] = []  # spans spaCy labelled GPE
        self.persons: list[tuple[int, int]] = []  # spans of PERSON entities
        # NORP spans set aside as no place ("Western"): a list may still show one to be a town
        # ("between Baracoa and Guantanamo", Baracoa labelled a people)
        self.peoples: list[tuple[int, int]] = []
        # Points of the places a first reading of the article resolved (towns, counties): a small
        # town near them is admitted with weaker evidence than a name found out of context.
        self.anchors: list[tuple[float, float]] = []
        self.asked: list[Entry] | None = None  # towns whose nearness a decision depended on
        # where a name right after a title starts ("Queen Elizabeth"): found once per text
        self.after_titles: set[int] = {m.end() for m in TITLE.finditer(text)}

    def local(self, candidates: list[tuple[Entry, bool]]) -> bool:
        """Whether a town or county of that name (its own name) lies near the article's places."""
        towns = [e for e, p in candidates if p and e.feature in _LOCAL_FEATURES]
        if self.asked is not None:
            self.asked.extend(towns)
        return any(km(e.lat, e.lon, lat, lon) <= ANCHOR_KM
                   for e in towns for lat, lon in self.anchors)

    def named_countries(self) -> set[str]:
        """The countries the article's places found so far name by their own names; read again
        only when a mention was added, as countries()."""
        if self._named[0] != len(self.mentions):
            self._named = (len(self.mentions), {c.country for m in self.mentions
                                                for c, p in m.candidates
                                                if p and c.feature == "PCLI"})
        return self._named[1]

    def in_named_countries(self, entries: list[Entry]) -> bool:
        """Whether one of ``entries`` lies in a country the article names."""
        return bool(entries) and bool({e.country for e in entries} & self.named_countries())

    def in_named_country(self, candidates: list[tuple[Entry, bool]], start: int) -> bool:
        """Whether a town of that name (its own name, MIN_POPULATION_NAMED_COUNTRY people or more)
        lies in a country the article names ("pushed toward Svatove" in a story naming Ukraine);
        not after "the" (a town's name takes none: "in the White House", "the Triangle Trade")."""
        if re.search(r"\b[Tt]he\s+$", self.text[max(0, start - 5):start]):
            return False
        countries = self.named_countries()
        return any(p and e.feature in _TOWN_FEATURES and e.country in countries and
                   e.population >= MIN_POPULATION_NAMED_COUNTRY for e, p in candidates)

    def person_name(self, start: int, end: int) -> bool:
        """A surname of the article's people, or a name after a title ("Queen Elizabeth")."""
        return self.text[start:end] in self.surnames or start in self.after_titles

    def in_person(self, start: int, end: int) -> bool:
        """Whether the span overlaps a PERSON entity ("Speaker of the House Nancy Pelosi")."""
        return any(a < end and start < b for a, b in self.persons)

    def countries(self) -> set[str]:
        """The countries of the article's places found so far (of their readings by own names,
        or of all their readings when they have none); read again only when a mention was added
        (mentions are only appended while the article is read)."""
        if self._countries[0] != len(self.mentions):
            self._countries = (len(self.mentions), {
                e.country for m in self.mentions
                for e, p in ([(c, p) for c, p in m.candidates if p] or m.candidates)})
        return self._countries[1]

    def holds_person(self, start: int, end: int) -> bool:
        """Whether the run of capitalised words is a large place by its own name and the PERSON
        entities it overlaps lie inside it, shorter ("Johor Bahru", spaCy's person "Bahru")."""
        if any(a < end and start < b and (a < start or b > end or (a, b) == (start, end))
               for a, b in self.persons):
            return False
        start, end = trim(self.text, start, end)
        return _strong([(c, p) for c, p in self.candidates(start, end) if p])

    def honours(self, start: int, end: int) -> bool:
        """A name that honours a person ("the Lincoln Memorial", "the Kennedy Center", "the
        Kennedy Space Center": ``_honours``): its first word opens no place name, so the span is
        set aside."""
        if _honours(self.text[start:end].split()):
            self.taken.append((start, end))
            return True
        return False

    def locative(self, start: int) -> bool:
        """Whether a locative cue comes right before ``start``: "in", "near", "village of"."""
        return bool(LOCATIVE_BEFORE.search(self.text[max(0, start - 40):start]))

    def civic(self, end: int) -> bool:
        """Whether words right after ``end`` speak of a town's police, council or people."""
        return bool(CIVIC_AFTER.match(self.text, end))

    def free(self, start: int, end: int, besides: tuple[int, int] | None = None) -> bool:
        """Whether no span taken so far overlaps [start, end) (``besides``: one taken span
        that does not count: a people's name a list may still show to be a town)."""
        for a, b in self.taken:  # a loop, not all() over a generator: ~46,000 calls on 150 articles
            if a < end and start < b and (a, b) != besides:
                return False
        return True

    def unplaced(self, name: str) -> bool:
        """Whether a name is a common word no place unless spaCy labels it one
        (NOT_PLACES_WITHOUT_LABEL), or a word of organisations' names no town of the article
        has been qualified by (NOT_PLACES_UNQUALIFIED: "the Soviet Union's", not "Union police"
        after "Union, New Jersey")."""
        low = name.lower()
        return low in NOT_PLACES_WITHOUT_LABEL or (
            low in NOT_PLACES_UNQUALIFIED and low not in self.qualified)

    def accept(self, start, end, candidates, labelled) -> Mention | None:
        """Take the span; the new mention, or None when the span is no place after all."""
        name = self.text[start:end]
        if fold(name) in NEVER_PLACES or HOLIDAY_AFTER.match(self.text, end) or \
                self.named_person(name, end) or self.kin_named(start, end, candidates) or \
                (ADMINISTRATION_AFTER.match(self.text, end) and not _eminent(candidates)) or \
                self.planet(start, end) or self.titled_water(start, candidates):
            # "Xinhua reported", "St. Patrick's Day", "…," said Georgia, "the Bush administration"
            self.taken.append((start, end))
            return None
        goes_on = _NAME_GOES_ON.match(self.text, end) if candidates and \
            name.split()[-1].lower() in _OPENING_ONLY and not _eminent(candidates) else None
        if goes_on and goes_on.group("word").lower() in _NOT_NAME_TAILS:
            goes_on = None  # "in Laguna Tuesday", "in Laguna Governor X said"
        if goes_on:  # "Punta Tombo", not Punta, Philippines
            if not self.free(start, goes_on.end()):
                self.taken.append((start, end))
                return None
            end, candidates = goes_on.end(), []
            name = self.text[start:end]
        building = SAINTS_BUILDING_AFTER.match(self.text, end) if SAINT.match(name) else None
        if building:
            # "St. Michael's Hospital": the building or square is the place, without a record
            self.taken.append((start, building.end()))
            if building.group("word") not in SAINTS_PLACE_WORDS:
                return None
            end, candidates = building.end(), []
        mention = Mention(start, end, self.text[start:end], candidates, labelled)
        self.mentions.append(mention)
        self.taken.append((start, end))
        if labelled and candidates and fold(name) not in self.personal:
            self.known.add(fold(name))
        return mention

    def named_person(self, name: str, end: int | None = None) -> bool:
        """Whether the article shows a one-word name to be a person's somewhere ("…," said
        Georgia. / Georgia's father / Georgia, 14,): then none of its mentions is a place. A name
        before an eponym's word ("Newton's laws", "Parkinson's disease": EPONYM) is a person's
        unless it names a country, continent, state or capital ("Israel's paradox", "Ohio's
        law"), and not where a qualifier follows the mention ("Newton, Massachusetts")."""
        if self.person_context is None:  # read once per article
            self.person_context = {n for m in PERSON_CONTEXT.finditer(self.text)
                                   for n in m.groups() if n}
            patterns = (EPONYM,) + ((EPONYM_LAW,) if SCIENCE_WORDS.search(self.text) else ())
            self.eponyms = {n for pattern in patterns
                            for m in pattern.finditer(self.text) for n in m.groups() if n}
            for m in KIN_NAMED.finditer(self.text):
                for group in range(1, (m.re.groups or 0) + 1):
                    if m.group(group):
                        self.kin.setdefault(m.group(group), set()).add(m.span(group))
        if name in self.person_context:
            return True
        return name in self.eponyms and not _eminent(lookup(self.gazetteer, name)) and \
            not (end is not None and self.qualifier_after(end))

    def kin_named(self, start: int, end: int, candidates: list[tuple[Entry, bool]]) -> bool:
        """Whether the name is a relative's given name ("her daughter, Ardith,", "his wife
        Solveig's", "his sons Ezra and Tobin": KIN_NAMED): then none of its mentions is a place,
        unless it names a country, a state or a world city ("His son Jordan plays …, King
        Abdullah of Jordan"), of which only the relative's own mention is set aside and those
        spaCy labels a person (twenty-third session)."""
        name = self.text[start:end]
        self.named_person(name)  # reads KIN_NAMED once per article
        spans = self.kin.get(name)
        if not spans:
            return False
        return (start, end) in spans or not _eminent(candidates) or self.in_person(start, end)

    def planet(self, start: int, end: int) -> bool:
        """Whether the name is a planet's in an article that speaks of space ("a young Jupiter
        planet", "the atmosphere of Mars"): no town of that name (twenty-third session). Not a
        town a qualifier follows ("Mars, Pennsylvania"), nor its bare mentions after that, nor a
        name spaCy labels a country, city or state."""
        name = self.text[start:end]
        if fold(name) not in PLANETS or name.lower() in self.qualified or \
                self.qualifier_after(end) or \
                any(a <= start and end <= b for a, b in self.gpe):
            return False
        if self.spacey is None:  # read once per article
            self.spacey = SPACE_WORDS.search(self.text) is not None
        return self.spacey

    def qualifier_after(self, end: int) -> bool:
        """Whether a state's or a country's name follows the name after a comma ("Jupiter,
        Florida", "Corona, Calif."): the name is a town there."""
        m = QUALIFIER_AFTER.match(self.text, end)
        return m is not None and any(
            p and c.feature in ("ADM1", "PCLI")
            for c, p in lookup(self.gazetteer, m.group("area"), after_comma=True))

    def titled_water(self, start: int, candidates: list[tuple[Entry, bool]]) -> bool:
        """Whether a sea's or an ocean's name follows a capitalised "The" after a word of telling
        or of a source: a title ("told The Atlantic", the magazine), not the water (twenty-third
        session)."""
        return any(p and c.feature in TITLED_WATERS for c, p in candidates) and \
            TITLE_THE_BEFORE.search(self.text, max(0, start - 24), start) is not None

    def candidates(self, start: int, end: int, demonyms: bool = True) -> list[tuple[Entry, bool]]:
        name = self.text[start:end]
        if COMPASS.match(fold(name)):
            return []
        # "Lexington, Ky.": an abbreviation counts after a comma that follows a capitalised word
        # (a city), not in "…, she said, Ms. Jones".
        before = self.text[max(0, start - 40):start].rstrip()
        after_comma = before.endswith(",") and bool(re.search(r"[A-Z][\w.'’\-]*$", before[:-1]))
        found = lookup(self.gazetteer, name, after_comma, demonyms)
        last = name.split()[-1].lower() if " " in name else ""
        if last in COUNTY_WORDS and any(e.feature == "ADM2" for e, _ in found):
            found = [(e, p) for e, p in found if e.feature == "ADM2"]  # "Madison County"
        elif last in NATURAL_FEATURE_WORDS:
            found = [(e, p) for e, p in found if p]  # "Red River" is not Red River County
        # Short all-capital names ("US", "UK") match only their own spelling, not a village "Us".
        if found and len(name) <= 4 and name.replace(".", "").isupper():
            found = [(e, p) for e, p in found if e.feature in ("PCLI", "ADM1", "PPLC") or
                     e.name.replace(".", "").isupper()] or found
        return found

    def datelines(self) -> None:
        """All-capital datelines: a place the story is filed from, and strong evidence of where
        the story is. The name must be one the gazetteer has as a record's own name."""
        titled = (m for m in DATELINE_TITLE.finditer(self.text)
                  if m.group("qualifier") or m.group("agency"))
        for m in (*DATELINE.finditer(self.text), *titled, *DATELINE_BARE.finditer(self.text)):
            # "BEIJING/TAIPEI": a story filed from two places.
            parts = [(m.start("name") + p.start(), m.start("name") + p.end())
                     for p in re.finditer(r"[^/]+", m.group("name"))]
            found_any = False
            qualifier = m.span("qualifier") if m.group("qualifier") else None
            for s, e in parts:
                found_any |= self.dateline_part(s, e, qualifier)
            if found_any and m.group("qualifier"):
                qs, qe = m.span("qualifier")
                self.labelled(qs, qe)

    def dateline_part(self, s: int, e: int, qualifier: tuple[int, int] | None = None) -> bool:
        """One place of a dateline, when the gazetteer has the name as a record's own name
        (``qualifier``: the span of the state or country that follows it)."""
        qualified = qualifier is not None
        if not any(ch.isalpha() for ch in self.text[s:e]) or len(self.text[s:e]) < 3:
            return False
        name = self.text[s:e]
        if name.lower() in NOT_PLACES_WITHOUT_LABEL or not self.free(s, e):
            return False
        found = [(c, p) for c, p in self.candidates(s, e) if p]
        if name.lower() in NOT_PLACES_UNQUALIFIED:
            # "ENTERPRISE, Ala. —": a town its qualifier's area holds, never the word alone
            found = self.in_areas(found, qualifier)
            if not found:
                return False
            self.qualified.add(name.lower())
        if name.upper().endswith((" CO.", " CO")):
            # "PLYMOUTH CO. -": local papers date a story from a county
            found = [(c, p) for c, p in self.gazetteer.lookup(
                f"{name.rsplit(' ', 1)[0]} County") if p and c.feature == "ADM2"]
            return bool(found) and self.accept(s, e, found, True) is not None
        if not found:
            return False
        # A dateline names the town a story was filed from ("WASHINGTON, March 3 (Reuters)").
        towns = [(c, p) for c, p in found if c.feature in _TOWN_FEATURES]
        mention = self.accept(s, e, towns or found, True)
        if mention is None:
            return False
        mention.dateline = True
        # A city datelines name alone ("WASHINGTON —", "CHICAGO (AP) —"), unless the dateline
        # says otherwise ("WASHINGTON, Pa. —"): stage.standalone_datelines reads it.
        if not qualified:
            mention.standalone = DATELINE_CITIES.get(_DATELINE_CITY_KEYS.get(fold(name), ""), "")
        return True

    def in_areas(self, found: list[tuple[Entry, bool]],
                 qualifier: tuple[int, int] | None) -> list[tuple[Entry, bool]]:
        """The readings of ``found`` that lie in the state or country the ``qualifier`` span
        names (none without one)."""
        if qualifier is None:
            return []
        area = [c for c, p in lookup(self.gazetteer, self.text[slice(*qualifier)], after_comma=True)
                if p and c.feature in ("ADM1", "PCLI")]
        return [(c, p) for c, p in found if any(
            c.country == a.country and (a.feature == "PCLI" or c.admin1 == a.geonameid)
            for a in area)]

    def party_places(self) -> None:
        """The state or town after a politician's party initial: "Rep. Earl Pomeroy, D-N.D."."""
        for m in PARTY_PLACE.finditer(self.text):
            s, e = trim(self.text, *m.span("name"))
            if e - s < 2 or not self.free(s, e):
                continue
            found = [(c, p) for c, p in lookup(self.gazetteer, self.text[s:e], after_comma=True)
                     if p and c.feature in ("ADM1", "PPL", "PPLC")]
            if found:
                self.accept(s, e, found, True)

    def hyphenated(self) -> None:
        """Places joined by hyphens: "Egypt-US relations", "the Lebanon-Syria Treaty", "a
        German-Iraqi boy", "Gori-based", "Kabardino-Balkaria" (the whole name when the gazetteer
        has it, else each well-known part)."""
        for m in HYPHENATED.finditer(self.text):
            s, e = trim(self.text, m.start(), m.end())
            if not self.free(s, e):
                continue
            whole = [(c, p) for c, p in self.candidates(s, e) if p]
            article = ARABIC_ARTICLE.match(self.text[s:e].split("-")[0])
            if whole and (self.text[s].isupper() or article) and (
                    _eminent(whole) or _strong(whole) or self.local(whole)):
                self.accept(s, e, whole, True)
                continue
            if not whole and self.text[s].isupper() and INNER_PARTICLE.search(self.text[s:e]):
                # "Mazar-i-Sharif", "Aix-en-Provence": a name joined by a lower-case word is one
                # name; by an alternate spelling when it is a town of some size (GeoNames'
                # Mazār-e Sharīf), never its parts.
                towns = [(c, p) for c, p in self.candidates(s, e) if c.feature in _TOWN_FEATURES
                         and c.population >= MIN_POPULATION_NAMED_COUNTRY]
                if towns:
                    self.accept(s, e, towns, True)
                    continue
            if article:
                continue  # "al-Bab", "Ras al-Ain": one name, its word no place of its own
            for part in re.finditer(r"[^-]+", self.text[s:e]):
                ps, pe = trim(self.text, s + part.start(), s + part.end())
                if part.start() == 0:
                    # The first part may end a longer name: "New York-based", "South East Asian".
                    before = re.search(r"(?:[A-Z][\w.'’]*\s+){1,2}$", self.text[max(0, ps - 40):ps])
                    if before:
                        words = before.group().split()
                        for n in range(len(words), 0, -1):
                            ls = trim(self.text, ps - len(" ".join(words[-n:])) - 1, pe)[0]
                            if ls < ps and self.free(ls, pe) and \
                                    [c for c, p in self.candidates(ls, pe) if p]:
                                ps = ls  # "New York-based", not "The Kyiv-based"
                                break
                name = self.text[ps:pe]
                if pe - ps < 2 or not name[:1].isupper() or not self.free(ps, pe) or \
                        self.unplaced(name):
                    continue
                # Not a division alone: "John-Paul" is no Paul of Cape Verde.
                found = self.candidates(ps, pe)
                if self.person_name(ps, pe) and not _eminent(found):
                    continue
                if found and (_strong(found) or self.local(found) or fold(name) in self.known or
                              any(p and c.feature in ("PCLI", "CONT", "PPLC")
                                  for c, p in found)):
                    self.accept(ps, pe, found, False)

    def qualified_towns(self) -> None:
        """A name followed by its state, province or country ("Churchill, Man.", "Wainwright,
        Alta.", "Sulpher, La.", "Kandahar, Afghanistan"): both are places, whatever spaCy said.
        The town is read among the qualifier's own towns; one the gazetteer lacks is still a
        toponym when the qualifier is a state or province."""
        for m in QUALIFIED.finditer(self.text):
            qs, qe = trim(self.text, *m.span("area"))
            area = [(c, p) for c, p in lookup(self.gazetteer, self.text[qs:qe], after_comma=True)
                    if p and c.feature in ("ADM1", "PCLI")]
            if not area or not self.free(qs, qe):
                continue
            ts, te = trim(self.text, *m.span("town"))
            name = self.text[ts:te]
            if te - ts < 2 or not self.free(ts, te) or name.lower() in NOT_PLACES_WITHOUT_LABEL \
                    or COMPASS.match(fold(name)) or name in DEMONYMS:
                continue
            found = self.candidates(ts, te)
            if any(peer_area(found, a) for a, _ in area):
                continue  # "Mississippi, Missouri": two states of a list
            inside = [(c, p) for c, p in found if any(
                c.country == a.country and (a.feature == "PCLI" or c.admin1 == a.geonameid)
                for a, _ in area)]
            # Own names first; an alternate one when no own name lies in the area ("Kobani,
            # Syria").
            inside = [(c, p) for c, p in inside if p] or inside
            if inside:
                # "Union, New Jersey", "Jupiter, Florida": the article's bare mentions of the
                # name are the town too ("the Union police chief")
                self.qualified.add(name.lower())
                self.accept(ts, te, inside, True)
            elif name.lower() in NOT_PLACES_UNQUALIFIED:
                continue  # "the Republic, Ireland's …": no town of that name in the area
            elif not found and any(a.feature == "ADM1" for a, _ in area) and \
                    _unknown_place(name) and self.locative(ts):
                # "of Sulpher, La.", not "Also, Missouri has …", nor a list ("in Scotland,
                # Wales and …": Scotland is known, only not in Wales)
                self.accept(ts, te, [], True)
            else:
                continue
            self.accept(qs, qe, area, True)

    def possessed(self, persons: list[tuple[int, int]]) -> None:
        """A town or division its country or first-order division possesses ("Iran's Bandar
        Abbas", "Nigeria's Borno state"): read among the owner's own places, by their own names,
        whatever spaCy labelled it (not part of a person's name: "Russia's Vladimir Putin")."""
        for m in POSSESSED.finditer(self.text):
            owners = [c for c, p in self.gazetteer.lookup(m.group("owner"))
                      if p and c.feature in ("PCLI", "ADM1")]
            if not owners:
                continue
            words = [(w.start() + m.start("name"), w.end() + m.start("name"))
                     for w in re.finditer(r"\S+", m.group("name"))]
            for n in range(len(words), 0, -1):
                s, e = trim(self.text, words[0][0], words[n - 1][1])
                if e - s < 3 or not self.free(s, e) or self.person_name(s, e) or \
                        self.unplaced(self.text[s:e]) or \
                        any(a < e and s < b and (a, b) != (s, e) for a, b in persons):
                    continue
                found = [(c, p) for c, p in self.candidates(s, e, demonyms=False) if p and any(
                    c.country == o.country and c.geonameid != o.geonameid and
                    (o.feature == "PCLI" or c.admin1 == o.geonameid) for o in owners)]
                if found and not _org_like(self.text[s:e]):
                    self.accept(s, e, found, True)
                    break

    def of_after_person(self, persons: list[tuple[int, int]], others: list[tuple[int, int]]) -> None:
        """Where a person is from: "Larry Dunaway of Berea was driving" (a town, county or state
        by its own name; not an organisation spaCy labelled: "Tim Cook of Apple")."""
        for _, end in persons:
            m = OF_AFTER_PERSON.match(self.text, end)
            if not m:
                continue
            s, e = trim(self.text, *m.span("name"))
            if e - s < 3 or not self.free(s, e) or self.person_name(s, e) or \
                    self.unplaced(self.text[s:e]) or \
                    any(a < e and s < b for a, b in others) or _org_like(self.text[s:e]):
                continue
            found = [(c, p) for c, p in self.candidates(s, e, demonyms=False) if p and
                     c.feature in ("PPL", "PPLC", "ADM1", "ADM2", "PCLI")]
            if found:
                self.accept(s, e, found, False)

    def named_features(self) -> None:
        """Names that a lower-case word after them makes no town's: a disease's ("Powassan
        virus"; "Corona" in a story of the pandemic), set aside, and an oil or gas field's ("the
        Khurais oil field"), a place without a record (eighth session of 2026-12-06)."""
        # Most articles have neither word: the patterns (a name's capitalised words before it)
        # are read only where one is (LGL's 588 texts: 0.17 s -> 0.02 s).
        if any(word in self.text for word in DISEASE_WORDS):
            for m in DISEASE_NAMED.finditer(self.text):
                self.taken.append(m.span("name"))
        if "Corona" in self.text and PANDEMIC_WORDS.search(self.text) and not any(
                self.qualifier_after(m.end()) for m in re.finditer(r"\bCorona\b", self.text)):
            # not where "Corona, California" shows the town: its bare mentions are the town too
            self.taken.extend(m.span() for m in CORONA.finditer(self.text))
        if "field" in self.text:
            for m in OIL_FIELD.finditer(self.text):
                s, e = trim(self.text, *m.span())
                if self.free(s, e):
                    self.accept(s, e, [], False)

    def region_names(self) -> None:
        """Names of the regions table of two words or more, written whole, whatever spaCy
        labelled their words: "the Amazon rainforest" (spaCy's organisation "Amazon"), "John F.
        Kennedy International Airport". An alias that opens with "the" ("the Gulf") is read by
        its whole and reported without the article. Not the opening of a longer capitalised
        name ("the Gulf War", "Middle East Airlines"): spaCy's span decides those."""
        pattern = _region_pattern()
        for m in pattern.finditer(self.text):
            s, e = m.span()
            the = m.group().startswith("the ")
            # An alias with "the" is no match where a longer name opens after it: "the Gulf of
            # Mexico" is not "the Gulf" (the Persian Gulf) and "of Mexico" (eighth session).
            longer = pattern.match(self.text, s + 4) if the else None
            if longer and longer.end() > e:
                s, e, the = longer.start(), longer.end(), False
            if not self.free(s, e) or _CAPITALISED_NEXT.match(self.text, e):
                continue
            found = [(c, p) for c, p in self.candidates(s, e) if p and c.feature in REGION_FEATURES]
            if found:
                self.accept(s + 4 if the else s, e, found, True)

    def typed_names(self) -> None:
        """Names a place-type word introduces or follows: "the villages of Foua and Kfraya",
        "the towns of Haris and Varzaqan", "Maoxian county", "the Abbassiya district"."""
        for m in TYPED_BEFORE.finditer(self.text):
            kind = m.group("kind").lower()
            for n in LIST_NAME_WIDE.finditer(self.text, m.start("names"), m.end("names")):
                self.typed(*n.span(), "state of" if kind.startswith("state") else kind)
        for m in TYPED_AFTER.finditer(self.text):
            self.typed(*m.span("name"), m.group("kind").lower())
        for m in STATE_TITLED.finditer(self.text):
            self.typed(*m.span("name"), "state", titled=True)
        for m in APPOSED.finditer(self.text):
            # Only a name the gazetteer has: "Butler Tech, a joint vocational district" is none.
            if self.candidates(*trim(self.text, *m.span("name"))):
                self.typed(*m.span("name"), m.group("kind"))

    def typed(self, start: int, end: int, kind: str, titled: bool = False) -> None:
        """A name a place-type word ``kind`` introduces or follows; ``titled``: the name of a
        division's official form with a capital "State" ("Rakhine State")."""
        start, end = trim(self.text, start, end)
        name = self.text[start:end]
        if end - start < 3 or not self.free(start, end) or name.split()[0] in NOT_TYPED_NAMES \
                or self.unplaced(name) or self.person_name(start, end):
            return
        candidates = self.candidates(start, end)
        if kind in ("state", "state of"):
            # "Rakhine state", "Washington state": a first-order division, never an unknown name
            # ("a Jewish state", "the Islamic state"). "Rakhine State", "Kano State" (spaCy's
            # persons) only where no American state has the name: "Ohio State" is a university.
            # "the state of Rhineland-Palatinate": by another name too (GeoNames' Rheinland-Pfalz).
            divisions = [(c, p) for c, p in candidates if c.feature == "ADM1"]
            candidates = [(c, p) for c, p in divisions if p] or \
                (divisions if kind == "state of" else [])
            if titled and any(c.country == "USA" for c, _ in candidates):
                return  # "Florida State University" is no Uruguayan department
            if not candidates:
                return
        # Own names first; else alternate ones: the type word says it is a place ("the border
        # town of Kobani" is GeoNames' ‘Ayn al ‘Arab).
        found = [(c, p) for c, p in candidates if p] or candidates
        if kind == "county":  # "Otter Tail/Grant county line": Grant County
            found += [(c, p) for c, p in self.gazetteer.lookup(f"{name} County")
                      if p and c.feature == "ADM2" and (c, p) not in found]
        # The type word says what sort of place: "Idlib province" is not the city.
        wanted = _DIVISION_FEATURES if kind in DIVISION_TYPE_WORDS else \
            _TOWN_FEATURES if kind in TOWN_TYPE_WORDS else frozenset()
        sort = [(c, p) for c, p in found if c.feature in wanted]
        # The town of a division's name, spelt otherwise: "the city of Jenin" is Janīn, in Jenin
        # governorate (not a Polish village of the division's spelling).
        # So is the first-order division a town of the name lies in, by its other name:
        # "Zaporizhzhia oblast" (the city's own name, the oblast's alternate; not a county: "the
        # Lancaster district" of an English paper is no Lancaster County, Pennsylvania).
        other = {c.geonameid for c, _ in found if c.feature not in wanted}
        holders = {c.admin1 for c, _ in found if c.feature not in wanted}
        sort += [(c, p) for c, p in candidates if (c, p) not in found and c.feature in wanted
                 and (c.admin1 in other or c.admin2 in other or c.geonameid in holders)]
        # The type word says it is a place: "Maoxian county" may end like a demonym.
        if found or _unknown_place(name, demonym_like=False):
            mention = self.accept(start, end, sort or found, True)
            if mention is not None:
                mention.typed = bool(sort) and len(sort) < len(found)

    def street_lists(self) -> None:
        """Names listed before "streets", "avenues" or "roads": streets, toponyms GeoNames has
        no record for ("at Goodwin and Pinevale streets"; not the town "Goodwin")."""
        if not any(word in self.text for word in STREET_PLURALS):
            return  # no match without one (most articles: the scan is not made)
        for m in STREET_LIST.finditer(self.text):
            if re.search(r"[A-Z][\w'’.\-]*\s+$", self.text[max(0, m.start() - 30):m.start()]):
                continue  # the tail of a longer name: "North Druid Hills and Clairmont roads"
            for n in LIST_NAME.finditer(self.text, m.start(), m.end()):
                s, e = n.span()
                if self.free(s, e) and COMPASS.match(fold(n.group())) is None:
                    self.accept(s, e, [], False)

    def townships(self) -> None:
        """Townships, civil divisions GeoNames' populated places lack: "Madison Township", "St.
        Clair Twp." (the whole name), and names listed before "townships" ("Pleasant and Madison
        townships"): toponyms without a record, unless the gazetteer has the whole name."""
        spans = []
        if not any(word in self.text for word in TOWNSHIP_WORDS) and "townships" not in self.text:
            return  # no match of either without one (most articles: the scans are not made)
        for m in TOWNSHIP.finditer(self.text):
            spans.append((m.start("name"), m.end(), m.end("name")))
        for m in TOWNSHIP_LIST.finditer(self.text):
            if re.search(r"[A-Z][\w'’.\-]*\s+$", self.text[max(0, m.start() - 30):m.start()]) and \
                    self.text[:m.start()].split()[-1] not in TOWNSHIP_NOT_NAME:
                continue  # the tail of a longer name
            spans += [(n.start(), n.end(), n.end()) for n in
                      LIST_NAME.finditer(self.text, m.start(), m.end() - len("townships"))]
        for s, e, name_end in spans:
            while (lead := re.match(r"(\S+)\s+", self.text[s:name_end])) and \
                    lead.group(1) in TOWNSHIP_NOT_NAME:  # "In Jackson Township"
                s += lead.end()
            if s >= name_end or self.text[s:name_end] in TOWNSHIP_NOT_NAME or \
                    not self.free(s, e) or self.person_name(s, e):
                continue
            found = [(c, p) for c, p in self.candidates(s, e) if p] if e > name_end else []
            self.accept(s, e, found, bool(found))

    def county_lists(self) -> None:
        """Names listed before "counties" or "parishes": second-order divisions; before
        "provinces", "states", "regions" …: divisions ("Sindh and Balochistan provinces")."""
        if not any(word in self.text for word in LIST_KINDS):
            return  # no match without one (most articles: the scan is not made)
        for m in COUNTY_LIST.finditer(self.text):
            if m.group("kind") not in ("counties", "parishes"):
                for n in LIST_NAME.finditer(self.text, m.start(), m.start("kind")):
                    s, e = n.span()
                    found = [(c, p) for c, p in self.candidates(s, e)
                             if p and c.feature in ("ADM1", "ADM2")]
                    if found and self.free(s, e) and n.group() not in NOT_TYPED_NAMES:
                        self.accept(s, e, found, True)
                continue
            word = "County" if m.group("kind") == "counties" else "Parish"
            # "Polk and Hale counties in Iowa": the state, when it is written after them.
            state = STATE_AFTER_LIST.match(self.text, m.end())
            states = {c.geonameid for c, p in lookup(self.gazetteer, state.group(1), True)
                      if p and c.feature == "ADM1"} if state else set()
            names = list(LIST_NAME.finditer(self.text, m.start(), m.start("kind")))
            if len(names) == 1 and any(p and c.feature == "ADM1"
                                       for c, p in self.candidates(*names[0].span())):
                continue  # "Indiana counties": the state's, not Indiana County
            for n in names:
                s, e = n.span()
                found = [(c, p) for c, p in self.gazetteer.lookup(f"{n.group()} {word}")
                         if p and c.feature == "ADM2"]
                found = [(c, p) for c, p in found if c.admin1 in states] or found
                if found and self.free(s, e):
                    mention = self.accept(s, e, found, True)
                    if mention is not None:
                        # the list's word chose the county: other mentions of the name keep
                        # their own reading ("HAMILTON —" of the dateline is the town)
                        mention.typed = True

    def labelled(self, start: int, end: int) -> None:
        """A GPE/LOC entity: the whole span, else its parts ("Dublin, Ohio"; "Northeast Georgia")."""
        start, end = trim(self.text, start, end)
        if end - start < 2 or not self.free(start, end):
            return
        found = self.candidates(start, end)
        if found:
            if self.person_name(start, end) and not _eminent(found):
                return  # "Ripley" labelled GPE in an article about Sheriff Ripley
            if not _org_like(self.text[start:end]) or any(p and e.feature.startswith("ADM")
                                                          for e, p in found):
                self.accept(start, end, found, True)
            return
        words = self.text[start:end].split()
        if words[-1].lower() not in NATURAL_FEATURE_WORDS and \
                words[0].lower().rstrip(".") not in LEADING_FEATURE_WORDS:
            # Not "Neches River" nor "Mount Apo": a river or a mountain, whatever "Neches" or
            # "Apo" alone might be.
            for m in re.finditer(r"[^,()]+", self.text[start:end]):
                self.sub_span(start + m.start(), start + m.end(), labelled=True)
        if self.free(start, end) and _unknown_place(self.text[start:end]) and \
                not self.person_name(start, end) and \
                (PLACE_WORD.search(self.text[start:end]) or LANDMARK.search(self.text[start:end])
                 or _natural_feature(words) or self.locative(start)):
            # A place the gazetteer lacks (a village, a river, a street): a toponym all the same.
            self.accept(start, end, [], True)

    def sub_span(self, start: int, end: int, labelled: bool) -> None:
        """The longest run of words of ``[start, end)`` that the gazetteer knows."""
        start, end = trim(self.text, start, end)
        if PLACE_WORD.search(self.text[start:end]):
            return  # "Victoria Park", "Osney Island": a place of its own, not Victoria
        # A landmark's word alone is no town: "the Eiffel Tower" is no Tower, Ireland (a town
        # opening the name still counts: "Cairo Stadium", "Vancouver International Airport").
        landmark = LANDMARK.search(self.text[start:end])
        stop = start + landmark.start() + 1 if landmark else end
        words = [(m.start() + start, m.end() + start)
                 for m in re.finditer(r"\S+", self.text[start:end])]
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                s, e = trim(self.text, words[i][0], words[i + n - 1][1])
                if e - s < 2 or s >= stop or not self.text[s].isupper() or not self.free(s, e) \
                        or self.unplaced(self.text[s:e]) or \
                        self.person_name(s, e) or self.in_person(s, e):
                    continue
                # Part of a longer name: not a demonym ("European" of "European Union"), and only
                # by a record's own name.
                found = [(c, p) for c, p in self.candidates(s, e, demonyms=n == len(words)) if p]
                county = n > 1 and self.text[s:e].split()[-1] in ("County", "Parish") and \
                    any(c.feature == "ADM2" for c, _ in found)
                # Cues count for a name the span opens ("In Euclid" counts as opening it): "a
                # Meadow Grove man" is no Grove.
                opens = s == start or self.text[start:s].strip() in OPENING_CUES
                civic = opens and self.civic(e) and _town(found)
                # Opening a longer unlabelled name ("taken to St. Cloud Hospital", not "from Star
                # Wars"), a town near the article's places or a sizeable one, not one only of a
                # country the article names (eighth session).
                local = opens and (self.local(found) or _sizeable(found) or (
                    labelled or e == end) and self.in_named_country(found, s)) and self.locative(s)
                # Inside a name it does not open, a town by its size alone only in a country
                # of the article's places (seventh session of 2026-12-05: "the Rajya Sabha");
                # an all-capital headline is no name ("RUSSIA STRIKES KYIV AND ODESA").
                strong = _strong(found) and (labelled or opens or self.text[start:end].isupper()
                                             or not _foreign_town(found, self.countries()))
                if found and (labelled or county or civic or local or strong or
                              fold(self.text[s:e]) in self.known):
                    self.accept(s, e, found, labelled)
                    if self.text[start:end].isupper():
                        # An all-capital headline names several places in one run ("RUSSIA
                        # STRIKES KYIV AND ODESA"): the words either side are read too.
                        for a, b in ((start, s), (e, end)):
                            if b - a > 2:
                                self.sub_span(a, b, labelled)
                    return

    def civic_prefix(self, start: int, end: int) -> None:
        """The first one to three words of a span, when a town's office follows them."""
        start, end = trim(self.text, start, end)
        words = [(m.start() + start, m.end() + start)
                 for m in re.finditer(r"\S+", self.text[start:end])]
        for n in range(min(3, len(words) - 1), 0, -1):
            s, e = trim(self.text, words[0][0], words[n - 1][1])
            if e - s < 2 or not self.text[s].isupper() or not self.civic(e):
                continue
            found = [(c, p) for c, p in self.candidates(s, e) if p]
            if found and (_town(found) or _eminent(found)):
                self.accept(s, e, found, False)
                return

    def prefix(self, start: int, end: int) -> None:
        """A place name opening an organisation's name ("Ohio State University", "Dublin City
        Council", "Clarke County Superior Court")."""
        start, end = trim(self.text, start, end)
        words = [(m.start() + start, m.end() + start)
                 for m in re.finditer(r"\S+", self.text[start:end])]
        if self.honours(start, end):
            return
        for n in range(min(3, len(words) - 1), 0, -1):
            s, e = trim(self.text, words[0][0], words[n - 1][1])
            if e - s < 2 or not self.text[s].isupper() or not self.free(s, e) or \
                    self.unplaced(self.text[s:e]):  # "the Coast Guard"
                continue
            found = self.candidates(s, e)
            name = self.text[s:e]
            county = name.split()[-1] in ("County", "Parish") and n > 1
            # A first-order division only when a large one (_strong): "Ohio State University",
            # not "the Mayo Clinic" (Ireland's County Mayo).
            if found and any(p for _, p in found) and (
                    county or fold(name) in self.known or _strong(found) or self.local(found) or
                    (self.civic(e) and _town(found))) and not self.person_name(s, e):
                mention = self.accept(s, e, found, False)
                if mention is not None:
                    mention.embedded = True
                return

    def offices(self) -> None:
        """A name after a town's office, people or parts and "of" ("the Mayor of Koszalin Piotr
        Jedlinski", "residents of Izium", "the outskirts of Valencia", "the coast of Lampedusa"):
        a town, a division or a country by its own name (the longest run of its first words the
        gazetteer has), whatever spaCy labelled it; not a surname of the article's people. A
        mayor's, a city's or its outskirts' name is a town where the gazetteer has one, a
        governor's or a province's a division (the mention keeps that sort, as a type word's)."""
        for m in OFFICE_OF.finditer(self.text):
            words = [(w.start() + m.start("name"), w.end() + m.start("name"))
                     for w in re.finditer(r"\S+", m.group("name"))]
            for n in range(len(words), 0, -1):
                s, e = trim(self.text, words[0][0], words[n - 1][1])
                name = self.text[s:e]
                if e - s < 3 or not self.free(s, e) or self.unplaced(name) \
                        or self.person_name(s, e) or _org_like(name) or name in DEMONYMS:
                    continue
                found = [(c, p) for c, p in self.candidates(s, e, demonyms=False)
                         if p and c.feature in ("PCLI", "ADM1", *_LOCAL_FEATURES)]
                wanted = _TOWN_FEATURES if m.group("town") else \
                    _DIVISION_FEATURES if m.group("division") else frozenset()
                sort = [(c, p) for c, p in found if c.feature in wanted]
                if found:
                    mention = self.accept(s, e, sort or found, True)
                    if mention is not None:
                        mention.typed = bool(sort) and len(sort) < len(found)
                    break

    def listed(self) -> None:
        """Names listed with a place the article has ("Gainesville and Lindsay", "between Baracoa
        and Guantanamo", "Wisconsin and Pennsylvania", "from Deir ez-Zor to Mayadin"), whatever spaCy labelled them: a town or
        county of the name's own name within LISTED_KM of one of the place's likely readings, or a
        first-order division of the same country as one of them. The list goes on from each name
        found ("Kendal, Keswick and Penrith")."""
        queue = [m for m in self.mentions if m.candidates]
        while queue:
            mention = queue.pop()
            spans = []
            after = LISTED_AFTER.match(self.text, mention.end)
            if not after and FROM_BEFORE.search(self.text[max(0, mention.start - 10):mention.start]):
                after = TO_AFTER.match(self.text, mention.end)  # "from Deir ez-Zor to Mayadin"
            if after:
                spans.append(after.span("last") if after.group("last") else after.span("item"))
            before = LISTED_BEFORE.search(self.text[max(0, mention.start - 60):mention.start])
            if before and (not before.group("comma") or
                           LIST_GOES_ON_AFTER.match(self.text, mention.end)):
                offset = max(0, mention.start - 60)
                spans.append((offset + before.start("name"), offset + before.end("name")))
            for start, end in spans:
                found = self.listed_name(start, end, mention)
                if found is not None:
                    queue.append(found)

    def listed_name(self, start: int, end: int, beside: Mention) -> Mention | None:
        start, end = trim(self.text, start, end)
        name = self.text[start:end]
        people = (start, end) in self.peoples and not name.endswith(("ans", "ese", "ish", "ists"))
        if end - start < 3 or not name[:1].isupper() or \
                not self.free(start, end, (start, end) if people else None) or \
                self.unplaced(name) or name in DEMONYMS or \
                name.split()[0] in _NOT_TAIL_WORDS or self.person_name(start, end) or \
                any(a < end and start < b and b - a > end - start for a, b in self.persons) or \
                _org_like(name):
            return None
        own = [c for c, p in beside.candidates if p] or [c for c, _ in beside.candidates]
        top = max((c.population for c in own), default=0)
        likely = [c for c in own if c.population * 100 >= top or c.feature in ("PCLI", "ADM1")]

        def near(c: Entry) -> bool:
            if c.feature == "ADM1":
                return any(o.feature == "ADM1" and o.country == c.country for o in likely)
            if c.feature == "PCLI":
                return any(o.feature == "PCLI" for o in likely)
            return any(o.feature in _LOCAL_FEATURES and
                       km(c.lat, c.lon, o.lat, o.lon) <= LISTED_KM for o in likely)

        readings = [(c, p) for c, p in self.candidates(start, end, demonyms=False)
                    if c.feature in ("PCLI", "ADM1", *_LOCAL_FEATURES) and near(c)]
        # By an alternate name only when no own name fits, and a town of some size ("Mayadin":
        # GeoNames' Al Mayādīn)
        found = [(c, p) for c, p in readings if p] or \
            [(c, p) for c, p in readings if c.population >= MIN_POPULATION_NAMED_COUNTRY]
        if not found:
            return None
        return self.accept(start, end, found, False)

    def unlabelled(self, start: int, end: int, label: str | None = None) -> None:
        """A span spaCy did not label as a place (``label``: what it did label it, if anything)."""
        start, end = trim(self.text, start, end)
        name = self.text[start:end]
        if end - start < 2 or not name[:1].isupper() or not self.free(start, end):
            return
        if self.unplaced(name) or self.person_name(start, end) or \
                self.honours(start, end):
            return
        found = self.candidates(start, end)
        if found and " " not in name and self.text[max(0, start - 4):start] == "the " and \
                _foreign_town(found, self.countries()):
            return  # a town takes no article: "in the Duma" of a Russian story is no Dūmā, Syria
        if not found:
            landmark = LANDMARK.search(name) is not None
            if (landmark or _natural_feature(name.split())) and _unknown_place(name) and \
                    (self.locative(start) or
                     landmark and AT_BEFORE.search(self.text, max(0, start - 8), start)):
                # "in Tahrir Square", "near Westminster Bridge", "on Freeborn Lake", "at Bontddu
                # Hall": a landmark or a natural feature after a locative cue, whatever spaCy
                # labelled it (a person: "Trafalgar Square")
                self.accept(start, end, [], False)
            elif len(name.split()) > 1 and label != "PERSON":  # not "George" of "George Beckett"
                self.sub_span(start, end, labelled=False)
            return
        known = fold(name) in self.known
        county = name.split()[-1] in ("County", "Parish") and len(name.split()) > 1
        single = len(name.split()) == 1
        # A town near the article's other places, after "in", "near", "village of": a place,
        # whatever spaCy labelled it (not a person's name, though: "Lindsay", "Clinton").
        # Not the tail of a longer capitalised name ("… Park. The Meadow Grove man").
        before = _WORD_BEFORE.search(self.text[max(0, start - 30):start])
        tail = before is not None and before.group(1) not in _NOT_TAIL_WORDS
        local = (self.local(found) or _sizeable(found) or self.in_named_country(found, start)) and \
            self.locative(start) and not tail
        # A town's police, mayor or people ("Danbury police", "a Crafton man") name a town.
        civic = self.civic(end) and _town(found) and label != "PERSON" and not tail
        # A town near the article's places that modifies a common noun of local news ("their
        # Grovetown home", "the Nokomis crash"), whatever spaCy labelled it (not a surname of
        # the article's people: person_name, above).
        civic = civic or (single and not tail and LOCAL_NOUN_AFTER.match(self.text, end) is not None
                          and self.local(found))
        # A name of two words or more that is a large town's, by an alternate spelling too
        # ("Khan Younis": GeoNames' Khān Yūnis), unlabelled or labelled a person.
        # By its own name when it has one ("White House" is a Tennessee town, never Washington),
        # and not an organisation's name ("El Cabo's" grill is no Cape Town).
        # By an alternate spelling only in a country the article's places lie in.
        readings = [c for c, p in found if p] or [
            c for c, _ in found if c.country in self.countries()]
        large = not single and label in (None, "PERSON") and any(
            c.feature in _TOWN_FEATURES and c.population >= MIN_POPULATION_UNLABELLED
            for c in readings)
        # A division's name of two words or more, whole and its own, in a country the article's
        # places lie in, whatever spaCy labelled it ("Surigao del Sur, Philippines", an
        # organisation for spaCy): a division's "population" (1,000 per town) leaves provinces
        # of few cities500 towns below every bar. Not a district of a country the article does
        # not name ("Long Island", "East End", "Victoria Park" are districts somewhere).
        large = large or not single and any(p and c.feature in ("ADM1", "ADM2") and
                                             c.country in self.countries() for c, p in found)
        if label is not None and not (known or county or local or civic or _eminent(found) or
                                      _strong(found) or large):
            return  # an organisation or person named like a town ("Kristina Smith")
        # A first-order division of a country the article names, unlabelled or labelled a person
        # or an organisation ("the storm bore down on the Azores" in a story naming Portugal): a
        # division's "population" leaves island groups and thinly townned regions below every bar.
        division = label in (None, "PERSON", "ORG") and self.in_named_countries(
            [c for c, p in found if p and c.feature == "ADM1"])
        if known or county or local or civic or _strong(found) or large or division:
            if not _org_like(name) or county:
                self.accept(start, end, found, known)


_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
_PUNCTUATION_NEXT = re.compile(r"[,.;:]")


@lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern:
    """One pattern of the regions table's names and aliases of two words or more, longest first
    (seventh session of 2026-12-05: Wikinews toponyms tune recall 0.754 -> 0.795)."""
    names = {n for _, name, aliases, *_ in regions() for n in (name, *aliases) if " " in n}
    # The lookahead of the names' first letters fails fast at other positions (5x faster); the
    # names as a tree of their shared openings, the longest tried first (longest_first).
    first = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"(?=[{first}])(?<![\w\-])" + longest_first(names) + r"(?![\w\-])")


def label_votes(text: str, entities) -> tuple[Counter, Counter]:
    """How often each one-word name is labelled a person (alone or as a surname: "Kristina",
    "Sheriff Ripley") and a place (GPE, LOC, or a NORP that is no demonym), so that one wrong label
    ("Freemason Bogdanov Joins Sochi" in a headline) does not outvote the rest."""
    person: Counter[str] = Counter()
    place: Counter[str] = Counter()
    for ent in entities:
        s, e = trim(text, ent.start, ent.end)
        name = text[s:e]
        if ent.label == "PERSON" and name:
            person[name.split()[-1]] += 1
        elif ent.label in PLACE_LABELS or (ent.label == "NORP" and name not in DEMONYMS):
            place[name] += 1
    return person, place


def find_mentions(text: str, entities, gazetteer: Gazetteer,
                  anchors: list[tuple[float, float]] = (),
                  asked: list[Entry] | None = None) -> list[Mention]:
    """Toponym mentions in ``text``, in order, without overlaps. ``anchors``: points of places
    a first reading of the article resolved, near which smaller towns are admitted. ``asked``,
    when a list, receives the towns whose nearness to an anchor a decision depended on: unless
    one of them lies near the anchors, a reading with anchors finds the same mentions."""
    f = _Finder(text, gazetteer)
    f.anchors = list(anchors)
    f.asked = asked
    persons = f.persons = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    # Surnames from names of two or three words: a longer PERSON span is mostly a title-case
    # headline taken for a name ("Freemason Bogdanov Joins Sochi").
    person, place = label_votes(text, entities)
    f.surnames = {e.text.split()[-1] for e in entities
                  if e.label == "PERSON" and 2 <= len(e.text.split()) <= 3}
    # Not a city of a million that spaCy labels a place more often than a person: "Melbourne"
    # of two "Make Melbourne …" slogans read as persons, in a story naming the city fifty times
    # ("coach Ripley", labelled a town as often, stays a surname).
    f.surnames -= {name for name in f.surnames if place[name] > person[name] and any(
        p and c.population >= MIN_POPULATION_WORLD_CITY for c, p in lookup(gazetteer, name))}
    f.personal = {fold(name) for name, n in person.items() if n > place[name]}
    f.gpe = [(e.start, e.end) for e in entities if e.label == "GPE"]
    f.named_features()
    f.datelines()
    f.county_lists()
    f.street_lists()
    f.townships()
    f.party_places()
    f.qualified_towns()
    f.region_names()
    f.typed_names()
    f.offices()
    f.hyphenated()
    for ent in entities:
        if ent.label in PLACE_LABELS:
            f.labelled(ent.start, ent.end)
    f.possessed(persons)
    f.of_after_person(persons, [(e.start, e.end) for e in entities
                                if e.label in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT")])
    for ent in entities:
        if ent.label == "NORP":
            s, e = trim(text, ent.start, ent.end)
            # A sea, region or division a people's adjective opens: "the English Channel", "the
            # Persian Gulf" (spaCy labels the adjective alone).
            longer = _NAME_AFTER.match(text, e)
            if longer and f.free(s, longer.end()):
                whole = [(c, p) for c, p in f.candidates(s, longer.end()) if p and
                         (c.feature in REGION_FEATURES or c.feature in ("ADM1", "PCLI"))]
                if whole:
                    f.accept(s, longer.end(), whole, True)
                    continue
            found = f.candidates(s, e) if DEMONYMS.get(text[s:e]) or DEMONYMS.get(text[s:e - 1]) \
                else []
            if found and f.free(s, e):
                f.accept(s, e, found, False)
                continue
            # spaCy's small model labels some towns NORP ("Aleppo", "Sochi"): a well-known place
            # by its own name is still one, unless the word is a people's or party's name.
            own = [(c, p) for c, p in f.candidates(s, e) if p] if s < e and f.free(s, e) else []
            if own and not f.unplaced(text[s:e]) and \
                    not text[s:e].endswith(("ans", "ese", "ish", "ists")) and \
                    (_eminent(own) or _strong(own)) and not f.person_name(s, e):
                f.accept(s, e, own, False)
            elif s < e and f.free(s, e) and " " not in text[s:e] and \
                    _unknown_place(text[s:e]) and not text[s:e].endswith(("an", "i")) and \
                    f.locative(s) and _PUNCTUATION_NEXT.match(text, e) and \
                    not f.person_name(s, e):
                # A one-word name spaCy reads as a people, after a locative cue and before a
                # comma or a stop, that no demonym list has: a village ("In nearby Hiko, a
                # …"), by its own name or without a record (seventh session of 2026-12-05).
                f.accept(s, e, [(c, p) for c, p in f.candidates(s, e) if p], False)
            else:
                f.taken.append((ent.start, ent.end))  # "Western diplomats" is not a place
                if (s, e) == (ent.start, ent.end):
                    f.peoples.append((s, e))
    for ent in entities:
        if ent.label == "PERSON" and f.free(ent.start, ent.end):
            # "Springfield Police Spokeswoman Jane Roe", "Hale County Sheriff John Doe":
            # a person's title that opens with a town's office.
            f.civic_prefix(ent.start, ent.end)
        if ent.label in OTHER_LABELS and f.free(ent.start, ent.end):
            f.unlabelled(ent.start, ent.end, ent.label)
        if ent.label == "FAC" and f.free(ent.start, ent.end) and STREET.search(ent.text):
            s, e = trim(text, ent.start, ent.end)
            s += len(HOUSE_NUMBER.match(text[s:e]).group())  # "420 Augusta St." → the street
            if e - s > 3 and not any(ch.isdigit() for ch in text[s:e]) and \
                    text[s:e].split()[-1].lower() not in ORG_WORDS | {"patrol"}:
                # A street: a toponym GeoNames has no entry for. Numbered roads ("Highway 12",
                # "Interstate 35") are left out: the dev sets annotate fewer than half of them.
                f.accept(s, e, [], False)
        elif ent.label == "FAC" and f.free(ent.start, ent.end) and LANDMARK.search(ent.text):
            s, e = trim(text, ent.start, ent.end)
            if len(text[s:e].split()) > 1:  # "Victoria Park" is no Victoria
                f.accept(s, e, [], False)
        elif ent.label in PREFIX_LABELS and f.free(ent.start, ent.end):
            f.prefix(ent.start, ent.end)
            # An organisation's building that is a place of its own when no place opens its
            # name ("the Bob Wills Museum", "Kobyluck Field"; FACILITY).
            s, e = trim(text, ent.start, ent.end)
            if f.free(s, e) and FACILITY.search(text[s:e]) and len(text[s:e].split()) > 1:
                f.accept(s, e, [], False)
    # Streets and roads written out ("420 Augusta St.", "on Danielsville Road"), whatever spaCy
    # labelled them: toponyms GeoNames has no entry for.
    for m in STREET_NAME.finditer(text):
        s, e = trim(text, m.start(), m.end())
        if f.free(s, e) and fold(text[s:e]) not in STREETS_NOT_PLACES and \
                not any(a <= s < b for a, b in persons if (a, b) != (s, e)):
            f.accept(s, e, [], False)
    # Capitalised names no entity covers ("Kandahar" left unlabelled), and later mentions of names
    # already found as places.
    for run in CAPITALISED.finditer(text):
        if run.start() > 0 and text[run.start() - 1] not in " \n\t([\"'“‘-":
            continue
        # A run that crosses a sentence's end is read as its parts ("Colombo. The Sri Lankan").
        parts, start = [], run.start()
        for stop in SENTENCE_BREAK.finditer(text, run.start(), run.end()):
            parts.append((start, stop.start() + 1))
            start = stop.end()
        parts.append((start, run.end()))
        for s, e in parts:
            if not f.free(s, e) or f.unplaced(text[s:e]):
                continue
            if f.in_person(s, e) and not f.holds_person(s, e):  # "President Vladimir Putin"
                continue
            f.unlabelled(s, e)
    f.listed()
    f.mentions.sort(key=lambda x: x.start)
    _parts_of_cities(text, f.mentions)
    _street_hosts(text, f.mentions)
    return f.mentions


# Between a street and the town named as its host: "420 Augusta St., Alexandria".
_STREET_HOST_GAP = re.compile(r",[ \t]*")


def _street_hosts(text: str, mentions: list[Mention]) -> None:
    """A name written right after a street and a comma is the town (or county) the street lies
    in, not a country or a state ("400 S. Locust St., Lebanon"; "Main Street, Lebanon, Ohio";
    "12 Elm Road, Surrey"): only those readings are kept, by their own name when it has one,
    and the mention keeps its own reading (``typed``), as a place-type word's would. A name
    without such a reading is left as it was."""
    for street, mention in zip(mentions, mentions[1:]):
        if street.candidates or not (STREET.search(street.text) or
                                     street.text.endswith(STREET_ABBREVIATIONS)) or \
                not _STREET_HOST_GAP.fullmatch(text[street.end:mention.start]):
            continue
        towns = [(c, p) for c, p in mention.candidates if c.feature in _HOST_FEATURES]
        towns = [(c, p) for c, p in towns if p] or towns
        if towns and len(towns) < len(mention.candidates):
            mention.candidates = towns
            mention.typed = True


def _parts_of_cities(text: str, mentions: list[Mention]) -> None:
    """A name a city possesses ("Cairo's Abbasiya neighbourhood", "Moscow's Red Square") keeps
    only its readings near that city; with none left it is a place GeoNames lacks (an alternate
    name elsewhere, Yehud in Israel for Abbasiya, is worse than the city's own point). Only after
    a city of note (a capital or a place of MIN_POPULATION_UNLABELLED people) and never after a
    country ("Qatar's capital, Doha" is left to the qualifiers); a reading in a first-order
    division of the name is kept too ("Quebec's Montreal" is the province's)."""
    for owner, mention in zip(mentions, mentions[1:]):
        if not _POSSESSIVE_GAP.fullmatch(text[owner.end:mention.start]) or \
                text[owner.end:owner.end + 1] not in "'’":
            continue
        own = [c for c, p in owner.candidates if p]
        cities = [c for c in own if c.feature == "PPLC" or
                  (c.feature == "PPL" and c.population >= MIN_POPULATION_UNLABELLED)]
        if not cities or any(c.feature == "PCLI" for c in own):
            continue
        # "Quebec's Montreal", "New York's Albany": a town of its own name in a division of the
        # possessor's name counts (not an alternate name there: Yehud is also "Abbasiya")
        divisions = {c.geonameid for c in own if c.feature == "ADM1"}
        mention.candidates = [(c, p) for c, p in mention.candidates
                              if (p and c.admin1 in divisions) or
                              any(km(c.lat, c.lon, t.lat, t.lon) <= PART_OF_CITY_KM
                                  for t in cities)]


# Entities whose names may hold a place's name that reads as part of the name, not as the place
# ("the Kenya Red Cross", "the University of Texas", "Bank of England", "the Sydney Opera House").
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
# Runs of capitalised words inside such a name ("University of Texas" → "University", "Texas").
_NAME_WORDS = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}")


def embedded_mentions(text: str, entities, gazetteer: Gazetteer,
                      mentions: list[Mention]) -> list[Mention]:
    """Place names inside organisations' and buildings' names that ``find_mentions`` left to the
    name ("the Kenya Red Cross", "the University of Texas", "Bank of England"): the longest run
    of capitalised words (up to three) that is a country, continent, region, county ("X
    County"), a place (or first-order division) of MIN_POPULATION_UNLABELLED people, or a name
    the article has as a place elsewhere, by a record's own name; not a saint's name ("St.
    Paul's Church") nor initials other than a country's ("U.S.", not "D.E. Paulk"). Not the whole entity (spaCy's
    "ORG" that is a town alone is left to find_mentions), not a name of a person of the article,
    nor a person a two-word memorial honours ("the Lincoln Memorial"). The mentions are the
    name's, not the place's: the stage reports them with ``use`` "embedded" and no later stage
    reads them."""
    taken = [(m.start, m.end) for m in mentions]
    known = {fold(m.text) for m in mentions if m.candidates}
    countries = {c.country for m in mentions
                 for c, p in ([(c, p) for c, p in m.candidates if p] or m.candidates)}
    persons = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    surnames = {e.text.split()[-1] for e in entities if e.label == "PERSON"}
    # names right after a title or an initial ("Lt. Brent Wheat", "Tyrise M. Bell")
    named = {m.end() for m in TITLE.finditer(text)} | \
        {m.end() for m in re.finditer(r"\b[A-Z]\.\s+", text)}
    out: list[Mention] = []
    for ent in entities:
        if ent.label not in EMBEDDING_LABELS:
            continue
        start, end = trim(text, ent.start, ent.end)
        words = text[start:end].split()
        if len(words) < 2 or _honours(words):
            continue
        for run in _NAME_WORDS.finditer(text, start, end):
            found = _embedded_name(text, run.start(), run.end(), gazetteer, known)
            if found is None:
                continue
            s, e, candidates = found
            if (s, e) == (start, end) or s in named or any(a < e and s < b for a, b in taken + persons) or text[s:e] in surnames:
                continue
            if s > start and fold(text[s:e]) not in known and _foreign_town(candidates, countries):
                continue  # "the Lok Sabha" in a story of India (as _Finder.sub_span)
            taken.append((s, e))
            out.append(Mention(s, e, text[s:e], candidates, labelled=False, embedded=True))
    return out


def _embedded_name(text: str, start: int, end: int, gazetteer: Gazetteer,
                   known: set[str]) -> tuple[int, int, list[tuple[Entry, bool]]] | None:
    """The longest run of words of ``[start, end)`` that ``embedded_mentions`` takes: its span
    and own-name readings."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            s, e = trim(text, words[i][0], words[i + n - 1][1])
            name = text[s:e]
            if e - s < 2 or name.lower() in NOT_PLACES_WITHOUT_LABEL | NOT_PLACES_UNQUALIFIED or \
                    fold(name) in NEVER_PLACES or name.lower() in ORG_WORDS or \
                    COMPASS.match(fold(name)) or (name.isupper() and len(name) > 4) or \
                    SAINT.match(name):
                continue
            own = [(c, p) for c, p in lookup(gazetteer, name, demonyms=False) if p]
            if "." in name:  # "U.S." is the country; "D.E." is no Delaware
                own = [(c, p) for c, p in own if c.feature == "PCLI"]
            county = n > 1 and name.split()[-1] in ("County", "Parish") and \
                any(c.feature == "ADM2" for c, _ in own)
            if own and (county or _strong(own) or fold(name) in known):
                return s, e, own
    return None
