"""The dated who's-who: who held which role when, from the Phoenix / PETRARCH2 dictionaries.

``data/whoswho.tsv.gz`` is built by ``training/actors/build_whoswho.py`` (``make whoswho``) from the
Phoenix actor dictionaries (MIT, Copyright (c) 2014 Open Event Data; ``data/PHOENIX_LICENSE.txt``).
Each actor has every spelling the dictionaries give and dated CAMEO codes; :meth:`WhosWho.lookup`
returns the code that held on a date (a president who later became an opposition figure is coded
by the date). ``data/agents.tsv`` gives the role code of common nouns ("police" -> COP).

The table is read once, on first use (:func:`whoswho`), so that importing dateline stays fast.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# The dictionaries were last updated about then (their latest dates are of 2011-2015).
COVERS_UNTIL = date(2014, 12, 31)
# CAMEO codes whose first three letters are the sector: the actor has no country.
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
# CAMEO country codes that are not ISO 3166 alpha-3 (historical states: their successor).
LEGACY_COUNTRIES = {"TMP": "TLS", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "SCG": "SRB",
                    "FRY": "SRB", "SRP": "SRB", "CSK": "CZE", "DDR": "DEU", "ANG": "AGO",
                    "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "BRM": "MMR"}
# CAMEO regions, kept as dateline's regional codes.
REGIONS = frozenset({"AFR", "ASA", "BLK", "BFR", "CAU", "CAS", "CFR", "CRB", "EAF", "EEU", "EUR",
                     "LAM", "MEA", "MDT", "NAF", "NAM", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA",
                     "SCN", "WAF", "WEU", "WST"})
# CAMEO role codes (the sector of an actor with a country).
SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "MED",
                     "EDU", "BUS", "CRM", "CVL", "LAB", "AGR", "REF", "HRI", "HLH", "ENV", "DEV",
                     "REL", "UAF", "INS", "SEP", "MOD", "RAD", "NGO", "IGO", "IMG", "MNC", "ATH",
                     "SET", "CHR", "MUS", "JEW", "BUD", "HIN"})


@dataclass(frozen=True, slots=True)
class Coding:
    """One dated CAMEO code of an actor, read into country, sector and organisation."""

    code: str
    start: date | None
    end: date | None
    country: str | None
    sector: str | None
    organization: str | None

    def valid(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


def read_code(code: str) -> tuple[str | None, str | None, str | None]:
    """'KGZGOV' -> ('KGZ', 'GOV', None); 'IGOWSTNAT' -> (None, 'IGO', 'NAT'); 'ELI' -> (None, 'ELI', None)."""
    segments = [code[k:k + 3] for k in range(0, len(code) - len(code) % 3, 3)]
    if not segments or segments[0] == "---":
        segments = segments[1:]
        if not segments:
            return None, None, None
        return None, segments[0] if segments[0] in SECTORS else None, None
    first = segments[0]
    if first in TRANSNATIONAL:
        rest = [s for s in segments[1:] if s not in REGIONS and s not in SECTORS and
                s not in _countries() and s not in LEGACY_COUNTRIES]
        return None, first, rest[-1] if rest else None
    if first in SECTORS:
        return None, first, None
    country = LEGACY_COUNTRIES.get(first, first)
    sector = segments[1] if len(segments) > 1 else None
    organization = None
    if sector in TRANSNATIONAL:  # "USAIGO…" rarely: an international body based in a country
        organization = segments[2] if len(segments) > 2 else None
    return country, sector, organization


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _day(cell: str) -> date | None:
    if len(cell) != 8:
        return None
    try:
        return date(int(cell[:4]), int(cell[4:6]), int(cell[6:]))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Entry:
    name: str  # the dictionary's first spelling, lower case
    codings: tuple[Coding, ...]

    def on(self, when: date | None) -> Coding | None:
        """The coding that held on ``when``: among the codes valid then, the one that started last
        (an undated code is the fallback: what the actor is outside its dated offices)."""
        if not self.codings:
            return None
        if when is None:
            undated = [c for c in self.codings if c.start is None and c.end is None]
            return undated[0] if undated else max(self.codings, key=lambda c: c.start or date.min)
        valid = [c for c in self.codings if c.valid(when)]
        if not valid:
            return None
        return max(valid, key=lambda c: (c.start or date.min, c.end is not None))

    @property
    def is_person(self) -> bool:
        return any(c.country and c.sector in (None, "GOV", "ELI", "MIL", "JUD", "LEG", "OPP", "PTY",
                                               "COP", "SPY") for c in self.codings)


class WhosWho:
    def __init__(self, path: Path = DATA / "whoswho.tsv.gz"):
        self.entries: list[Entry] = []
        self.by_spelling: dict[str, list[int]] = {}
        self.by_last_word: dict[str, list[int]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                spellings, codes = line.rstrip("\n").split("\t")
                codings = []
                for item in codes.split(";"):
                    code, _, dates = item.partition(":")
                    start, _, end = dates.partition(":")
                    country, sector, organization = read_code(code)
                    codings.append(Coding(code, _day(start), _day(end), country, sector, organization))
                names = spellings.split("|")
                n = len(self.entries)
                self.entries.append(Entry(names[0], tuple(codings)))
                for name in names:
                    self.by_spelling.setdefault(name, []).append(n)
                    words = name.split()
                    if len(words) >= 2:
                        self.by_last_word.setdefault(words[-1], []).append(n)
        self.agents: dict[str, str] = {}
        for line in (DATA / "agents.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                noun, _, code = line.partition("\t")
                self.agents[noun] = code

    def lookup(self, name: str, on: date | None) -> tuple[Entry, Coding] | None:
        """The actor spelled ``name`` (any spelling of the dictionaries) and its coding on ``on``.
        A spelling shared by actors of different countries or sectors then is ambiguous: None."""
        found = []
        for n in self.by_spelling.get(" ".join(name.lower().split()), ()):
            coding = self.entries[n].on(on)
            if coding is not None:
                found.append((self.entries[n], coding))
        if not found or len({(c.country, c.sector, c.organization) for _, c in found}) > 1:
            return None
        return found[0]

    def by_surname(self, words: list[str], on: date | None, sectors=None,
                   countries=None) -> tuple[Entry, Coding] | None:
        """The person whose name ends with ``words`` ("dos santos") and who, on ``on``, held a
        dated office of one of ``sectors`` (an undated code does not say they held it then);
        among several, those of ``countries`` (the article's). None when still ambiguous."""
        if not words or on is None:
            return None
        tail = " ".join(w.lower() for w in words)
        found = []
        for n in self.by_last_word.get(words[-1].lower(), ()):
            entry = self.entries[n]
            if not (entry.name == tail or entry.name.endswith(" " + tail)):
                continue
            coding = entry.on(on)
            if coding is None or coding.start is None and coding.end is None or not coding.country:
                continue
            if coding.end is None and on > COVERS_UNTIL:
                continue  # an open-ended office years after the dictionaries stopped: unknown
            if sectors and coding.sector not in sectors:
                continue
            found.append((entry, coding))
        if len({c.country for _, c in found}) > 1 and countries:
            found = [(e, c) for e, c in found if c.country in countries]
        if not found or len({c.country for _, c in found}) > 1:
            return None
        return found[0]

    def agent(self, noun: str) -> str | None:
        """The role code of a common noun or noun phrase ("police" -> COP), if any."""
        return self.agents.get(" ".join(noun.lower().split()))


@lru_cache(maxsize=1)
def whoswho() -> WhosWho:
    return WhosWho()
