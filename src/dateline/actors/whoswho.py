"""The dated who's-who: who held which role when, from the Phoenix / PETRARCH2 dictionaries.

``data/whoswho.tsv.gz`` is built by ``training/actors/build_whoswho.py`` (``make whoswho``) from the
Phoenix actor dictionaries (MIT, Copyright (c) 2014 Open Event Data; ``data/PHOENIX_LICENSE.txt``).
Each actor has every spelling the dictionaries give and dated CAMEO codes; :meth:`WhosWho.lookup`
returns the code that held on a date (a president who later became an opposition figure is coded
by the date). ``data/agents.tsv`` gives the role code of common nouns ("police" -> COP).

The table is read once, on first use (:func:`whoswho`), so that importing dateline stays fast,
from ``data/whoswho.index.pickle.gz``: the same tables as flat columns in a pickle that loads in
about 20 ms (``make whoswho`` writes it; it records the SHA-256 of the tables, and an index that
does not match them is ignored, the tables being read instead).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np

from dateline.actors.lexicon import within
from dateline.places.gazetteer import unaccented

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


# How many of near()'s answers a Book keeps (name, date, country); cleared when full.
NEAR_CACHE_SIZE = 4096


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
        return within(self.start, self.end, on)


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


def is_region(code: str | None) -> bool:
    """Whether ``code`` is a CAMEO region ("EEU" of the Kosovo Liberation Army's "EEUREB", "MEA",
    "SAS"), not a country (CAMEO's "NAM" is Namibia's ISO code too: a country)."""
    return code in REGIONS and code not in _countries()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from .lexicon import iso_countries

    return frozenset(c["alpha_3"] for c in iso_countries())


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

    def last_office(self) -> Coding | None:
        """The dated office (not an elite's code) that started last: what an undated article
        most likely means by the person."""
        dated = [c for c in self.codings if (c.start or c.end) and c.sector and c.sector != "ELI"]
        return max(dated, key=lambda c: (c.start or date.min, c.end or date.max)) if dated else None

    @property
    def is_person(self) -> bool:
        # A national office holder, or someone of an international body whose office has dates
        # or who is also coded an elite ("Kofi Annan": IGOUNO 1997-2006 and ELI); international
        # bodies themselves are coded without dates.
        return any(c.country and c.sector in (None, "GOV", "ELI", "MIL", "JUD", "LEG", "OPP", "PTY",
                                               "COP", "SPY", "REB", "INS") or
                   c.organization and (c.start or c.end) and c.sector in ("IGO", "NGO")
                   for c in self.codings)


class WhosWho:
    """The who's-who, read from the compact index (``data/whoswho.index.pickle.gz``) when it was
    built from the shipped tables, else from the tables themselves (slower: about 0.5 s). An
    actor's codes are read into :class:`Coding` records on first lookup of that actor."""

    def __init__(self, path: Path = DATA / "whoswho.tsv.gz", agents: Path = DATA / "agents.tsv",
                 index: Path | None = DATA / "whoswho.index.pickle.gz"):
        from ..places.gazetteer import NameIndex  # sorted keys and flat arrays, like the gazetteer's

        columns = read_index(index, source_hash(path, agents)) if index is not None else None
        if columns is None:
            columns = build_columns(path, agents)
        self.names: list[str] = columns["names"]
        self.codes: list[str] = columns["codes"]
        self.spellings = NameIndex(*columns["spellings"])
        self.last_words = NameIndex(*columns["last_words"])
        # The last two words of every spelling of three words or more ("javad zarif" of
        # "mohammad javad zarif", which need not be the actor's first spelling).
        self.last_two = NameIndex(*columns["last_two"])
        self.agents: dict[str, str] = columns["agents"]
        self._entries: dict[int, Entry] = {}
        # last_words' keys' lengths and letters (_letters) in order of length, and the keys'
        # places in that order, made on the first fuzzy lookup
        self._fuzzy: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._given: dict[str, int] = {}  # given_name_count's answers
        self._near_found: dict[tuple, tuple[Entry, Coding] | None] = {}  # near's answers
        self._by_consonants: dict[str, list[str]] | None = None  # _consonants' index

    def entry(self, n: int) -> Entry:
        found = self._entries.get(n)
        if found is None:
            codings = []
            for item in self.codes[n].split(";"):
                code, _, dates = item.partition(":")
                start, _, end = dates.partition(":")
                country, sector, organization = read_code(code)
                codings.append(Coding(code, _day(start), _day(end), country, sector, organization))
            found = self._entries[n] = Entry(self.names[n], tuple(codings))
        return found

    def mononymous(self, word: str) -> list[int]:
        """The persons whose first spelling is the one word ``word`` ("suharto", "akihito",
        "fahd"): rulers and leaders known by one name, who have no surname for ``last_words``."""
        return [n for n in dict.fromkeys(self.spellings.get(word))
                if self.names[n] == word and self.entry(n).is_person]

    def surname_count(self, word: str) -> int:
        """How many actors have a name of two or more words ending with ``word``."""
        return len(set(self.last_words.get(word)))  # an actor spelled several ways counts once

    def given_name_count(self, word: str) -> int:
        """How many actors have a name of two or more words opening with ``word`` (the sorted
        spellings that start with it and a space: "saddam" 1, "gordon" 8, "ali" 137)."""
        count = self._given.get(word)
        if count is None:
            rows = {n for key in self._spellings_from(word + " ") for n in self.spellings.get(key)}
            count = self._given[word] = len(rows)
        return count

    def _spellings_from(self, prefix: str):
        """The spellings that start with ``prefix``, in order (a range of the sorted keys)."""
        keys = self.spellings.keys
        i = bisect_left(keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            yield keys[i]
            i += 1

    def spelled(self, key: str):
        """The actors spelled ``key`` (a lower-case name), else spelled it without accents and
        with its hyphens as spaces: the dictionaries write "jose eduardo dos santos", "roh moo
        hyun" and "omar al bashir", news "José Eduardo dos Santos", "Roh Moo-hyun" and "Omar
        al-Bashir"."""
        rows = self.spellings.get(key)
        if not rows and (not key.isascii() or "-" in key):
            rows = self.spellings.get(folded(key))
        return rows

    def lookup(self, name: str, on: date | None, fold: bool = False) -> tuple[Entry, Coding] | None:
        """The actor spelled ``name`` (any spelling of the dictionaries; with ``fold``, also
        without accents and hyphens: see :meth:`spelled`) and its coding on ``on``. A spelling
        shared by actors of different countries or sectors then is ambiguous: None."""
        found = []
        key = " ".join(name.lower().split())
        for n in self.spelled(key) if fold else self.spellings.get(key):
            entry = self.entry(n)
            coding = entry.on(on)
            if coding is not None:
                found.append((entry, coding))
        if not found or len({(c.country, c.sector, c.organization) for _, c in found}) > 1:
            return None
        return found[0]

    def extended(self, words: list[str], on: date) -> tuple[Entry, Coding] | None:
        """The one person whose spelling is the two ``words`` and one word more (a second
        surname or a father's name the news leaves out: "alvaro uribe velez" for "Alvaro Uribe",
        "abdullahi yusuf ahmed" for "Abdullahi Yusuf") and who held a dated office on ``on``
        within the dictionaries' years; None when no one or several of different countries."""
        found = {}
        for key in self._spellings_from(folded(" ".join(words)) + " "):
            if key.count(" ") != 2:
                continue
            for n in self.spellings.get(key):
                entry = self.entry(n)
                coding = entry.on(on)
                if entry.is_person and coding is not None and coding.start is not None and \
                        coding.country and (coding.end is not None or on <= COVERS_UNTIL):
                    found[n] = (entry, coding)
        if len({c.country for _, c in found.values()}) != 1:
            return None
        return next(iter(found.values()))

    def near(self, words: list[str], on: date, country: str | None = None) -> tuple[Entry, Coding] | None:
        """The office holder of ``on`` whom news names by ``words`` (lower case, two words or
        more) though the dictionaries spell them otherwise: with a leading word more ("samdech hun
        sen", "akbar hashemi rafsanjani"), a middle word more ("jerry john rawlings", "carlos saul
        menem"), or, by a transliteration, a surname within SURNAME_LIKENESS and a given name
        within GIVEN_NAME_LIKENESS of theirs ("kamal kharazi" for "Kamal Kharrazi"), or, of a surname
        within CLOSE_SURNAME but not the same, a given name within LOOSE_GIVEN_NAME ("alyaksandr
        lukashenka" for "Alexander Lukashenko"), or a surname of the same consonants
        (:func:`consonants`: "saeb erekat" for "Saeb Erakat") and a given name within
        GIVEN_NAME_LIKENESS. Only a person whose dated office (not an elite's undated code)
        holds on ``on`` within the dictionaries' years counts, and only of ``country`` when
        given (the first found where several of one country fit); None when no
        one, or people of several countries, fit."""
        key = tuple(folded(" ".join(words)).split())
        found = self._near_found
        if (key, on, country) not in found:
            if len(found) >= NEAR_CACHE_SIZE:  # keyed by date too: bounded over a long corpus run
                found.clear()
            found[key, on, country] = self._near(key, on, country)
        return found[key, on, country]

    def _near(self, words: tuple[str, ...], on: date, country: str | None):
        if len(words) < 2:
            return None
        rows = list(self.last_two.get(" ".join(words[-2:])))  # a spelling ends with the last two
        if len(words) > 2:
            rows = [n for n in rows if self.names[n].endswith(" " + " ".join(words))]
        else:
            rows += [n for spelling in self._spellings_from(words[0] + " ")
                     if spelling.count(" ") in (2, 3) and spelling.endswith(" " + words[1])
                     for n in self.spellings.get(spelling)]
        found = self._in_office(rows, on, country)
        if found is None and not rows and len(words[-1]) >= FUZZY_MIN_LENGTH:
            from rapidfuzz import fuzz

            likely = []
            alike = self._surnames_like(words[-1], SURNAME_LIKENESS)
            # the same consonants in the same order ("erakat" and "erekat", "moallem" and
            # "mualem", "haniyeh" and "haniya"): as like as the least alike spelling above
            if len(consonants(words[-1])) >= 3:
                alike += [(surname, SURNAME_LIKENESS) for surname in
                          self._consonants().get(consonants(words[-1]), ())]
            for surname, score in alike:
                for n in self.last_words.get(surname):
                    # a given name alike, or less alike where the surname is closer still
                    # ("alexander" and "alyaksandr" of "lukashenko" and "lukashenka")
                    cutoff = LOOSE_GIVEN_NAME if CLOSE_SURNAME <= score < 100 else GIVEN_NAME_LIKENESS
                    if any(fuzz.ratio(words[0], given) >= cutoff for given in self.names[n].split()[:-1]):
                        likely.append(n)
            found = self._in_office(likely, on, country)
        return found

    def _consonants(self) -> dict[str, list[str]]:
        """The surnames (last words) of the dictionaries by their consonants (built on first use)."""
        if self._by_consonants is None:
            self._by_consonants = {}
            for surname in self.last_words.keys:
                self._by_consonants.setdefault(consonants(surname), []).append(surname)
        return self._by_consonants

    def _like_surname(self, word: str) -> str | None:
        """The one surname of the dictionaries within CLOSE_SURNAME of ``word`` (FUZZY_MIN_LENGTH
        letters or more), if only one is."""
        if len(word) < FUZZY_MIN_LENGTH:
            return None
        alike = self._surnames_like(word, CLOSE_SURNAME)
        return alike[0][0] if len(alike) == 1 else None

    def _surnames_like(self, word: str, cutoff: float) -> list[tuple[str, float]]:
        """(surname, score) of the dictionaries' surnames whose ``fuzz.ratio`` with ``word`` is
        ``cutoff`` or more, the best first (on a tie, in the order of ``last_words.keys``): what
        ``process.extract`` over all 16,587 surnames gives (~2 ms a call), asked only of those
        that can reach ``cutoff``. The ratio is 100 * (m + n - d) / (m + n) for strings of m and
        n characters at indel distance d, and d is at least |m - n| and at least the number of
        letters (``_letters``' bits) one string has and the other lacks, each of which takes an
        edit: a surname whose bound falls short of ``cutoff`` (kept one point loose) cannot
        reach it. The surnames are kept in order of length, so that only those of the lengths
        within reach (the bound with d = |m - n| alone) are counted."""
        from rapidfuzz import fuzz, process

        if self._fuzzy is None:
            lengths, letters = _lengths_and_letters(self.last_words.keys)
            order = np.argsort(lengths, kind="stable")
            self._fuzzy = (lengths[order], letters[order], order)
        lengths, letters, order = self._fuzzy
        n = len(word)
        m = np.arange(lengths[-1] + 1)
        reach = np.flatnonzero(100 * (m + n - np.abs(m - n)) >= (cutoff - 1) * (m + n))
        if not len(reach):
            return []
        start = np.searchsorted(lengths, reach[0], side="left")
        end = np.searchsorted(lengths, reach[-1], side="right")
        lengths, letters = lengths[start:end], letters[start:end]
        apart = _bit_counts(letters ^ np.uint64(_letters(word)))
        total = lengths + n
        bound = np.maximum(np.abs(lengths - n), apart)
        near = np.sort(order[start:end][100 * (total - bound) >= (cutoff - 1) * total]).tolist()
        found = process.extract(word, [self.last_words.keys[n] for n in near], scorer=fuzz.ratio,
                                score_cutoff=cutoff, limit=None)
        found.sort(key=lambda hit: (-hit[1], near[hit[2]]))
        return [(key, score) for key, score, _ in found]

    def _in_office(self, rows, on: date, country: str | None) -> tuple[Entry, Coding] | None:
        """Of the actors ``rows``, a person who held a dated office on ``on``, where all who did
        are of one country: the first of them in ``rows``' order when several are (their country
        is the same; their sectors may differ); None when no one, or people of several countries, do."""
        found = {}
        for n in dict.fromkeys(rows):
            entry = self.entry(n)
            coding = entry.on(on)
            if entry.is_person and coding is not None and coding.start is not None and \
                    coding.country and coding.sector not in (None, "ELI") and \
                    (country is None or coding.country == country) and \
                    (coding.end is not None or on <= COVERS_UNTIL):
                found[n] = (entry, coding)
        if len({c.country for _, c in found.values()}) != 1:
            return None
        return next(iter(found.values()))

    def by_surname(self, words: list[str], on: date | None, sectors=None,
                   countries=None) -> tuple[Entry, Coding] | None:
        """The person whose name ends with ``words`` ("dos santos") and who, on ``on``, held a
        dated office of one of ``sectors`` (an undated code does not say they held it then);
        among several, those of ``countries`` (the article's). None when still ambiguous.
        Without a date (``on`` None), the person whose latest dated office is of ``sectors``."""
        if not words:
            return None
        tail = folded(" ".join(w.lower() for w in words))  # "Gutiérrez": "gutierrez"
        words = tail.split()
        found = []
        bearers = self.last_words.get(words[-1])
        if len(words) == 1:
            # "Emperor Akihito", "President Suharto": a person the dictionaries name by one word
            # alone bears no surname of a longer name, and is that word's bearer too
            bearers = [*bearers, *self.mononymous(words[0])]
        if not bearers and len(words) == 1 and on is not None:
            # "President Lukashenko": a surname no one bears, the one surname alike within
            # CLOSE_SURNAME ("lukashenka"), for the office holders of the date
            tail = self._like_surname(tail) or tail
            words = [tail]
            bearers = self.last_words.get(tail)
        spelled = {}  # every bearer of the name -> how many spellings the dictionaries give
        ends = set(self.last_two.get(tail)) if len(words) == 2 else ()
        for n in dict.fromkeys(bearers):
            entry = self.entry(n)
            if not (entry.name == tail or entry.name.endswith(" " + tail) or n in ends):
                continue
            spelled[n] = bearers.count(n)
            coding = entry.on(on) if on is not None else entry.last_office()
            if coding is None or coding.start is None and coding.end is None or not coding.country:
                continue
            if on is not None and coding.end is None and on > COVERS_UNTIL:
                continue  # an open-ended office years after the dictionaries stopped: unknown
            if sectors and coding.sector not in sectors:
                continue
            found.append((entry, coding, bearers.count(n)))
        if len({c.country for _, c, _ in found}) > 1 and countries:
            found = [f for f in found if f[1].country in countries]
        if len({c.country for _, c, _ in found}) > 1:
            found = most_prominent(found)
        if len({c.country for _, c, _ in found}) > 1 and sectors and on is not None:
            found = longest_serving(found, on)
        if not found or len({c.country for _, c, _ in found}) > 1:
            return None
        if max(spelled.values()) >= PROMINENCE_RATIO * found[0][2]:
            # Someone of that name out of office then is far better known ("Clinton" in 2003 is
            # not Harry Clinton, a Haitian minister then): no one.
            return None
        return found[0][:2]

    def held_before(self, word: str, on: date, most: int) -> tuple[Entry, Coding] | None:
        """The one person of the surname (or single name) ``word`` who held a dated office of
        state (not an elite's code) that ended by ``on``, of one country: "Former President
        Akayev" in 2006. None when more than ``most`` actors bear the surname, or the offices
        found are of several countries."""
        word = folded(word.lower())
        bearers = [*self.last_words.get(word), *self.mononymous(word)]
        if not bearers or len(set(bearers)) > most:
            return None
        found = []
        for n in dict.fromkeys(bearers):
            entry = self.entry(n)
            if not entry.is_person:
                continue
            ended = [c for c in entry.codings if c.start is not None and c.end is not None and
                     c.end <= on and c.country and c.sector not in (None, "ELI")]
            if ended:
                found.append((entry, max(ended, key=lambda c: c.end)))
        if len({c.country for _, c in found}) != 1:
            return None
        return found[0]

    def agent(self, noun: str) -> str | None:
        """The role code of a common noun or noun phrase ("police" -> COP), if any."""
        return self.agents.get(" ".join(noun.lower().split()))


def _letters(word: str) -> int:
    """A 64-bit set of the characters of ``word`` (each its code point modulo 64): two words
    whose sets differ in k bits differ in at least k characters, each of which takes an edit."""
    bits = 0
    for ch in word:
        bits |= 1 << (ord(ch) & 63)
    return bits


def _lengths_and_letters(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The lengths (int64) and :func:`_letters` (uint64) of all ``words`` at once, from their
    code points in one array."""
    lengths = np.array([len(word) for word in words], dtype=np.int64)
    letters = np.zeros(len(words), dtype=np.uint64)
    codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
    if len(codes):
        bits = np.left_shift(np.uint64(1), (codes & 63).astype(np.uint64))
        starts = np.cumsum(lengths) - lengths
        some = lengths > 0  # reduceat would give an empty word its next word's first letter
        letters[some] = np.bitwise_or.reduceat(bits, starts[some])
    return lengths, letters


def _bit_counts(x: np.ndarray) -> np.ndarray:
    """The number of set bits of each of the uint64 ``x`` (as int64): numpy's own count where it
    has one (numpy 2), else :func:`_bit_counts_by_halves`."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(x).astype(np.int64)
    return _bit_counts_by_halves(x)


def _bit_counts_by_halves(x: np.ndarray) -> np.ndarray:
    """The number of set bits of each of the uint64 ``x`` (as int64), by halves, nibbles, bytes."""
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return ((x * np.uint64(0x0101010101010101)) >> np.uint64(56)).astype(np.int64)


def consonants(word: str) -> str:
    """A surname's consonants as transliterations keep them: no vowels (nor y, w), no doubled
    letters, no final h ("haniyeh" and "haniya": "hn"; "moallem" and "mualem": "mlm")."""
    out = []
    for ch in word:
        if ch.isalpha() and ch not in "aeiouyw" and (not out or out[-1] != ch):
            out.append(ch)
    if out and out[-1] == "h":
        out.pop()
    return "".join(out)


def folded(key: str) -> str:
    """A lower-case name as the dictionaries write it: no accents, hyphens as spaces."""
    if not key.isascii():
        key = unaccented(key)
    return " ".join(key.replace("-", " ").split())


# One bearer of a surname is the one news means by it when the dictionaries spell that one at
# least this many times as often as each other bearer in office then ("Bush" in 2003: George W.
# Bush, 14 spellings, not McKeeva Bush of the Cayman Islands, 1).
PROMINENCE_RATIO = 3

# WhosWho.near's transliterations: how like the dictionaries' a surname (of at least
# FUZZY_MIN_LENGTH letters) and a given name must be (rapidfuzz's ratio, 0-100: "kharrazi" and
# "kharazi" 93, "kocharian" and "kocharyan" 89, "sergei" and "sergey" 83).
SURNAME_LIKENESS = 85
CLOSE_SURNAME = 90
LOOSE_GIVEN_NAME = 60
GIVEN_NAME_LIKENESS = 80
FUZZY_MIN_LENGTH = 5


def most_prominent(found: list[tuple]) -> list[tuple]:
    """Of several (entry, coding, spellings) in office on one date in different countries: those
    in an office (an elite, ELI, holds none: "Blair" in 2003 is Tony Blair, GBR GOV, not Dennis
    Blair, a US elite then), else the one spelled far more often than each other."""
    offices = [f for f in found if f[1].sector != "ELI"]
    if len({c.country for _, c, _ in offices}) == 1:
        return offices
    found = offices or found
    top = max(found, key=lambda f: f[2])
    if all(f is top or f[2] * PROMINENCE_RATIO <= top[2] for f in found):
        return [top]
    return found


def longest_serving(found: list[tuple], on: date) -> list[tuple]:
    """Of several (entry, coding, spellings) holding an office of the title's kind on ``on`` in
    different countries, the one who had held it PROMINENCE_RATIO times as long as each other
    ("President Dos Santos" in 2003: Angola's president since 1979, not a Guinean minister of
    three months); else all of them."""
    tenure = [((on - f[1].start).days if f[1].start else 0, f) for f in found]
    longest, top = max(tenure, key=lambda t: t[0])
    if longest > 0 and all(f is top or days * PROMINENCE_RATIO <= longest for days, f in tenure):
        return [top]
    return found


@lru_cache(maxsize=1)
def whoswho() -> WhosWho:
    return WhosWho()


# --- the compact index ------------------------------------------------------------------------

INDEX_FORMAT = 2


def columns_of(table: dict[str, list[int]]) -> tuple:
    """A name -> actor numbers table as a sorted key list and two flat arrays (the places
    gazetteer's NameIndex): unpickled several times faster than a dict of lists."""
    from ..places.gazetteer import NameIndex

    index = NameIndex.from_dict(table)
    return index.keys, index.starts, index.rows


def source_hash(*paths: Path) -> str:
    """The SHA-256 of the tables an index is built from (so a stale index is never used)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_columns(path: Path, agents_path: Path) -> dict:
    """Read the shipped tables into the index's columns."""
    names, codes = [], []
    spellings: dict[str, list[int]] = {}
    last_words: dict[str, list[int]] = {}
    last_two: dict[str, list[int]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            spelled, coded = line.rstrip("\n").split("\t")
            n = len(names)
            variants = spelled.split("|")
            names.append(variants[0])
            codes.append(coded)
            for name in variants:
                spellings.setdefault(name, []).append(n)
                words = name.split()
                if len(words) >= 2:
                    last_words.setdefault(words[-1], []).append(n)
                if len(words) >= 3:
                    last_two.setdefault(" ".join(words[-2:]), []).append(n)
    agents: dict[str, str] = {}
    for line in agents_path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, _, code = line.partition("\t")
            agents[noun] = code
    return {"names": names, "codes": codes, "spellings": columns_of(spellings),
            "last_words": columns_of(last_words), "last_two": columns_of(last_two), "agents": agents}


def write_index(out: Path, path: Path = DATA / "whoswho.tsv.gz", agents: Path = DATA / "agents.tsv") -> Path:
    """Write the compact index of the tables (``make whoswho`` ships it in ``data/``)."""
    columns = build_columns(path, agents)
    payload = {"format": INDEX_FORMAT, "source": source_hash(path, agents), "columns": columns}
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as f:
        pickle.dump(payload, f, protocol=4)
    os.replace(tmp, out)
    return out


def read_index(index: Path, source: str) -> dict | None:
    """The index's columns, or None when it is missing, of another format or built from other
    tables than ``source`` (their hash): then the tables are read instead."""
    try:
        with gzip.open(index, "rb") as f:
            payload = pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != INDEX_FORMAT or \
            payload.get("source") != source:
        return None
    return payload["columns"]
