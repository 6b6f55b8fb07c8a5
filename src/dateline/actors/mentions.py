"""Finding actor mentions in a parsed article: names, titles, descriptions, metonyms, pronouns.

Each mention comes out as a :class:`Candidate` with what the text around it says about the actor
(country, sector, role, gender, number) and, where the text ties it to another mention (a title
before a name, an appositive, a predicate nominal), the index of that mention. Grouping the
candidates into actors is :mod:`dateline.actors.coref`'s job.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from . import cues
from .lexicon import Lexicon, OrgEntry, Title, norm, word_index
from .publications import compact
from ..events.patterns import misread_participle_doer
from ..events.patterns import subject_of as patterns_subject
from ..time.lexicon import MONTHS

# The places of a noun phrase's head that an epithet takes ("the Australian said", "met the
# 28-year-old"); "one of" and a participle role noun ("the accused") take some of them.
EPITHET_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "iobj", "appos", "attr")
# Of those, the places of "one of the ..." and of a participle role noun ("the accused said"):
# subsets of EPITHET_DEPS, which _no_head_of_phrase passes over words outside of.
ONE_OF_DEPS = ("attr", "appos", "pobj", "nsubj")
ROLE_PARTICIPLE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "iobj")
# Words before a title that say the office was left ("former President X", "ex-minister",
# "ousted President Askar Akayev", "the late King Hussein").
FORMER = frozenset({"former", "ex", "ousted", "deposed", "toppled", "overthrown", "late"})
# What follows a news dateline's place: a date ("ISLAMABAD, March 3", "LONDON, 5 Jan"), an agency
# in brackets ("WASHINGTON (AP)") or a dash ("KARACHI --").
DATELINE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?P<month>[A-Z][a-z]{2,8}\.?)[ \t]+\d{1,2}\b|\d{1,2}[ \t]+(?P<month2>[A-Z][a-z]{2,8})\b)"
    r"|\([A-Z][A-Za-z .&/-]{0,30}\)|(?:--|[-\u2013\u2014])[ \t])")

# A dateline's place in capitals (and its date) up to the bracket of the agency that filed it.
DATELINE_AGENCY = re.compile(r"[ \t]*[A-Z][A-Z .'-]*[A-Z](?:,[ \t]*[A-Za-z][A-Za-z. ]{0,12}\d{0,2})?[ \t]*\(")

MAX_NAME_TOKENS = 8  # longest organisation name matched against the lexicon
# A definite party member ("the Massachusetts Democrat", "the Republican") says no more of a
# person than an age or a nationality does: an epithet that refers back to a person just named.
PARTY_EPITHETS = frozenset({"democrat", "republican"})
# Nouns that say only that a described person is a man or a woman, a boy or a girl: in apposition
# to a person's description ("The attacker, a man, ...") they are that person.
PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "youth", "person"})
# Modifiers that give an indefinite person's sex ("a female office worker").
SEX_WORDS = {"female": "f", "male": "m"}
# Words joined to a title by a hyphen that leave the title what it is ("then-Secretary Jane Roe"):
# the title is read without them. ("President-elect" is another office; "ex-President" is the
# title after "ex", which ``_former`` reads as "former".)
HYPHEN_AFFIXES = frozenset({"then", "now", *FORMER})
# Lower-case words inside a person's name ("José Eduardo dos Santos", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset({"al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos",
                            "du", "el", "ibn", "la", "le", "van", "von", "y"})
# Words of the names of states and administrations, which the dictionaries date like offices.
STATE_NAME_WORDS = frozenset({"administration", "alliance", "authority", "coalition", "federation",
                              "kingdom", "of", "republic", "state", "states", "the"})
MAX_TITLE_TOKENS = 9  # longest title before a name ("US Deputy Secretary of Energy ...")
# spaCy entities a repeated actor name is not read over (``_repeated_names``): a time, a work of
# art ("Jules et Jim"), a law or an event is another thing of the same spelling.
REPEAT_BLOCKING_ENTITIES = frozenset({"DATE", "TIME", "WORK_OF_ART", "LAW", "EVENT"})


@dataclass(slots=True)
class Candidate:
    start: int  # character offsets into the article text
    end: int
    text: str
    kind: str  # Mention.kind: name, title, description, pronoun, metonym
    actor_kind: str | None  # person, organization, country, group (None: decided by coref)
    head: int  # token index of the head word
    sent: int  # sentence number
    subject: bool = False
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    gender: str | None = None
    number: str = "sg"
    key: str | None = None  # identity key shared by every mention of one actor ("gov:USA")
    name: str | None = None  # canonical name when a lexicon knows it
    name_tokens: tuple[str, ...] = ()  # lower-cased words of a name, honorifics left out
    head_word: str | None = None  # the title or head noun of a description
    attach_to: int | None = None  # index of the candidate this one describes
    definite: bool = False
    pronoun: tuple | None = None  # (number, gender, case) for pronouns
    refers_country: bool = False  # "the country": the country named last
    neighbour_of: str | None = None  # "Afghanistan's neighboring country"
    maybe_person: bool = False  # a one-word name spaCy did not call PERSON (may be a surname)
    possessor: int | None = None  # token index of the possessor ("his father")
    organization: str | None = None  # CAMEO organisation code (UNO, NAT, ...)
    prev_subject: int | None = None  # for "it": head token of the last subject before it; for
    # "its" in "Huawei and its executives": head token of the name it is conjoined with
    para: int = 0  # paragraph number (lines of the article)
    quoted: bool = False  # inside quotation marks
    employer: int | None = None  # head token of the organisation a title is held at
    clause_subject: int | None = None  # for object and reflexive pronouns: head token of the subject of their verb
    epithet: bool = False  # "the 28-year-old", "the Australian": only an age or a nationality
    reported_by: int | None = None  # for a subject pronoun of reported speech ("NASA officials
    # said they ..."): head token of the subject of the verb of saying
    plural_head: bool = False  # a description whose head noun is plural ("the unions"; "the group"
    # is collective: of number "pl", not a plural head)
    bound_by: int | None = None  # for a plural subject or possessive pronoun: a plural common noun
    # heading the subject that binds it ("The firm's shareholders said their investment ...":
    # shareholders), which, when no actor's mention, takes the pronoun out of coreference
    described_as: tuple[str, ...] = ()  # for a person's name: the common nouns the text calls
    # them by, in apposition or right before the name ("a consultant, John Carter": consultant)
    title_cased: bool = False  # a pronoun written with a capital inside a title ("Love Me or Leave Me")
    default_country: str | None = None  # a chamber's name many countries share ("the Senate"):
    # the lexicon's country, for an article that is American or does not say whose it is
    indefinite: bool = False  # a person described with "a"/"an" ("a police officer", "an IT worker")
    former: bool = False  # a person's name whose title says the office was left ("Former President X")
    coordination: bool = False  # people joined by "and" ("Bernoulli and Euler"), a group mention
    introduced: bool = False  # ... a mention only because a later one may refer to it: "an IT
    # worker went on a stabbing spree ... The attacker": no actor of its own unless one does


# What follows a person's name in biographies and news: dates of birth or life in parentheses
# ("(born June 11, 1988)", "(c. 314 – 368)", "(8 September 1841 – 1 May 1904)"), an age ("Holt, 30,").
LIFE_DATES = re.compile(r"\s*\((?:[^()]*\bborn\b|[^()]*\d{3,4}\s*[\u2013\u2014-]\s*(?:\d{1,2}\s+\w+\s+)?\d{3,4}\s*\))")
AGE_APPOSITION = re.compile(r",\s*\d{1,3}\s*,")


def join_name_fragments(doc, spans: list[tuple[int, int, str]],
                        is_title=lambda word: False) -> list[tuple[int, int, str]]:
    """Two person names on one line with nothing but spaces and unlabelled capitalised proper
    nouns between them are one ("Antonín" + "Leopold Dvořák", what is left of spaCy's "Antonín
    Dvořák\nAntonín" once it is cut at its line break; "Jens" + "Otto" + "Harry Jespersen"),
    unless a word between is a title ("... and Bridges Minister Obaidul Quader")."""
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        gap = range(out[-1][1], i) if out else range(0)
        if out and label == "PERSON" and out[-1][2] == "PERSON" and len(gap) <= 2 and \
                all(not doc[k].ent_type_ and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
                    and not is_title(doc[k].lower_) for k in gap) and \
                all(doc[k].whitespace_ == " " for k in range(out[-1][1] - 1, i)):
            out[-1] = (out[-1][0], j, label)
        else:
            out.append((i, j, label))
    return out


def _spelt(text: str, name: str):
    """(start, end) of each place ``name`` is written in ``text`` as a word of its own: not
    after a letter, digit, "_", "&", "." or "-", nor before a letter, digit, "_", "&" or "-";
    left to right, not overlapping (a regex per name cost more to compile than to run)."""
    n, last = len(name), len(text)
    i = text.find(name)
    while i != -1:
        j = i + n
        before = text[i - 1] if i else ""
        after = text[j] if j < last else ""
        if not (before and (before.isalnum() or before in "_&.-")) and \
                not (after and (after.isalnum() or after in "_&-")):
            yield i, j
            i = text.find(name, j)
        else:
            i = text.find(name, i + 1)


class MentionFinder:
    """Finds the candidates of one parsed article (``doc``: a spaCy Doc over the article text)."""

    def __init__(self, doc, lexicon: Lexicon, published: date | None, metonyms=(), publications=(),
                 places=()):
        self.doc = doc
        # (start, end) of the toponyms the places stage resolved (when it ran before this one).
        self.places = [(p.start, p.end) for p in places or () if p.geonameid or p.country]
        # First token of a lexicon organisation that opens a longer name spaCy found ("the UN
        # Children's Fund") -> that organisation: the longer name is a body of it.
        self.bodies_of: dict[int, tuple] = {}
        self.lex = lexicon
        self.on = published
        # The publication the article comes from (its publisher, its web site's name): the
        # story's source, never an actor of its own story ("Wikinews attended", "told Wikinews").
        self.publications = frozenset(publications)
        self.named_countries: frozenset[str] | None = None  # _article_countries(), once read
        self.metonyms = list(metonyms)
        # The tokens, made once: each ``self.tokens[i]`` or ``for tok in doc`` builds new Token objects,
        # and the steps below walk the whole article several times.
        self.tokens = tokens = list(doc)
        self._uses: dict[str, list] | None = None  # token text -> its tokens (_never_a_name)
        self._unlabelled: list[tuple[int, int]] | None = None  # _unlabelled_names, found once
        self.sent_of = {}
        if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
            for n, sent in enumerate(doc.sents):
                for tok in sent:
                    self.sent_of[tok.i] = n
        else:  # what doc.sents gives, without building a Span per sentence
            from spacy.attrs import SENT_START

            n = -1
            for i, start in enumerate(doc.to_array([SENT_START]).tolist()):
                if i == 0 or start == 1:  # is_sent_start
                    n += 1
                self.sent_of[i] = n
        # Doc.text joins every token, made anew: join the ones made above instead (same text)
        self.text = text = "".join(t.text_with_ws for t in tokens)
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.in_quote = quoted_characters(text)
        self.pending_attach: list[tuple[Candidate, int]] = []  # (description, pronoun token)
        self.taken: set[int] = set()  # tokens inside a name, title or metonym already found
        # (start, end) of place names read as a person's surname ("Ana Lima"): no places
        self.surnames: list[tuple[int, int]] = []
        self.portfolios: set[int] = set()  # tokens of a title's portfolio ("State" of "Secretary of State")
        self.candidates: list[Candidate] = []
        self.countries_seen: list[tuple[int, int, str]] = []  # (token, sentence, code) of every country named
        self.country_agents: set[int] = set()  # tokens of those named as subject or possessor
        self.nationalities_seen: list[tuple[int, int, str]] = []  # nationality adjectives, likewise
        self.both_parties: list[tuple[int, int, str]] = []  # spans of "the two sides"

    # --- helpers ---------------------------------------------------------------------------

    def _cand(self, i: int, j: int, kind: str, actor_kind: str | None, head: int | None = None,
              **fields) -> Candidate:
        """A candidate over tokens [i, j) with the possessive ending trimmed off."""
        doc = self.doc
        while j - 1 > i and self.tokens[j - 1].tag_ == "POS":
            j -= 1
        start, end = self.tokens[i].idx, self.tokens[j - 1].idx + len(self.tokens[j - 1].text)
        head = head if head is not None else doc[i:j].root.i
        cand = Candidate(start, end, self.text[start:end], kind, actor_kind, head,
                         self.sent_of[head], **fields)
        cand.subject = is_subject(self.tokens[head])
        cand.para = bisect.bisect_right(self.breaks, start)
        cand.quoted = self.in_quote[start] if start < len(self.in_quote) else False
        return cand

    def _add(self, cand: Candidate) -> int:
        self.candidates.append(cand)
        return len(self.candidates) - 1

    def _free(self, i: int, j: int) -> bool:
        return not any(k in self.taken for k in range(i, j))

    def _take(self, i: int, j: int):
        self.taken.update(range(i, j))

    # --- the steps, in order ------------------------------------------------------------------

    def find(self) -> list[Candidate]:
        self._lexicon_organisations()
        self._chambers()
        self._metonyms()
        self._entities()
        self._parenthetical_aliases()
        self._repeated_names()
        self._descriptions()
        self._force_modifiers()
        self._coordinated_people()
        self._latter_former()
        self._demonyms()
        self._pronouns()
        self._both_parties()
        # Text order (a possessive pronoun before the phrase it opens: "his" before "his father"),
        # with the attachments renumbered to match.
        dropped = {n for n, c in enumerate(self.candidates) if c.kind == "dropped"}
        for c in self.candidates:
            if c.attach_to in dropped:
                c.attach_to = None
        order = sorted((n for n in range(len(self.candidates)) if n not in dropped),
                       key=lambda n: (self.candidates[n].start, self.candidates[n].end))
        new_index = {old: new for new, old in enumerate(order)}
        ordered = [self.candidates[old] for old in order]
        for cand in ordered:
            if cand.attach_to is not None:
                cand.attach_to = new_index[cand.attach_to]
        self.candidates = ordered
        return ordered

    def _lexicon_organisations(self):
        """Organisations and armed groups of the curated lexicon, matched on the tokens."""
        doc = self.doc
        i = 0
        first_words = self.lex.org_first_words
        tokens = self.tokens
        while i < len(doc):
            if tokens[i].lower_ not in first_words:
                i += 1
                continue
            for n in range(min(MAX_NAME_TOKENS, len(doc) - i), 0, -1):
                first, last = tokens[i], tokens[i + n - 1]
                if first.lower_ == "the" or last.is_punct or first.is_punct or last.is_space:
                    continue  # the name's own words only ("Senate", not "Senate.\n\n")
                text = self.text[first.idx:last.idx + len(last.text)]  # the span's text
                entry = self.lex.org(text, self.on) or self._party(text, i, i + n)
                if entry is None or not self._case_ok(text, entry):
                    continue
                span = doc[i:i + n]
                if self._not_actor(span):
                    self._take(i, i + n)
                    i += n - 1
                    break
                if entry.sector == "IGO" and i + n < len(doc) and tokens[i + n].ent_type_ == "ORG" and \
                        tokens[i + n].ent_iob_ == "I" and tokens[i + n].text[:1].isupper():
                    # "the UN Children's Fund", "the EU Court of Auditors": the name of a body of
                    # the international organisation, which spaCy reads whole (_organisation)
                    self.bodies_of[i] = (entry, n)
                    break
                if not span[0].text[:1].isupper() and not any(
                        span.text == alias for alias in (entry.name, *entry.aliases)):
                    continue  # "foreign policy" is not the magazine; "al-Qaeda" keeps its spelling
                head = span.root.i
                # Also inside a title ("State Department spokesman"): still a mention of the
                # organisation, and the title takes its country and sector from it.
                cand = self._cand(i, i + n, "name", entry.kind, country=entry.country,
                                  sector=entry.sector, key=f"org:{entry.name}", name=entry.name,
                                  number="pl" if entry.kind == "group" else "sg")
                if entry.sector in ("IGO", "NGO", "MNC"):
                    coded = next((c for c in map(self.lex.organisation_code, (entry.name, *entry.aliases))
                                  if c and c[1] == entry.sector), None)
                    cand.organization = entry.code or (coded[2] if coded else None)
                cand.head = head
                self._shared_chamber(cand, text, i)
                self._add(cand)
                self._take(i, i + n)
                i += n - 1
                break
            i += 1

    def _chambers(self):
        """A legislature's chamber called by the first word of its name ("the House" for the
        House of Representatives) in an article that names a legislative body of its country in
        full ("Congress", "the Senate"): a mention of that chamber. Not when the word opens a
        longer name spaCy reads ("the House Judiciary Committee") or is followed by "of"."""
        countries = {c.country or c.default_country for c in self.candidates if c.key and
                     c.key.startswith("org:") and c.sector == "LEG" and (c.country or c.default_country)}
        if not countries:
            return
        short: dict[str, object] = {}
        for entries in self.lex.org_names.values():
            for entry in entries:
                words = entry.name.split()
                if entry.sector == "LEG" and entry.country in countries and len(words) > 2 and \
                        words[1] == "of" and entry.valid(self.on):
                    short.setdefault(words[0].lower(), []).append(entry)
        tokens = self.tokens
        for tok in tokens:
            chambers = short.get(tok.lower_)
            if not chambers or len({e.name for e in chambers}) != 1 or not tok.text[:1].isupper() or \
                    tok.i in self.taken or tok.ent_type_ and tok.ent_iob_ == "I" or \
                    tok.i + 1 < len(tokens) and (tokens[tok.i + 1].lower_ == "of" or
                                                 tokens[tok.i + 1].ent_iob_ == "I"):
                continue
            entry = chambers[0]
            cand = self._cand(tok.i, tok.i + 1, "name", entry.kind, country=entry.country,
                              sector=entry.sector, key=f"org:{entry.name}", name=entry.name)
            self._shared_chamber(cand, entry.name, tok.i)
            self._add(cand)
            self._take(tok.i, tok.i + 1)

    def _shared_chamber(self, cand: Candidate, text: str, i: int) -> None:
        """A chamber named as many countries name theirs ("Senate", "House of Representatives";
        not "US Senate") is of the country whose nationality adjective or possessive name comes
        right before it ("the Nigerian Senate", "Australia's Senate"); else its country is left
        to the article (the lexicon's becomes the default)."""
        if norm(text) not in cues.SHARED_CHAMBERS or not cand.country:
            return
        cand.default_country, cand.country = cand.country, None
        k = i - 1
        if k > 0 and self.tokens[k].tag_ == "POS":
            k -= 1
        word = self.tokens[k].text if k >= 0 else ""
        code = (self.lex.demonym(word) or self.lex.country(word)) if word[:1].isupper() else None
        if code and code in self.lex.countries:
            cand.country = code

    def _party(self, text: str, i: int, j: int):
        """The party of the curated table (``parties.tsv``) that the words [i, j) name, as an
        organisation entry of sector PTY with its country: the row's one country, or of an
        ambiguous row ("Democrats", "Labour") the one of its countries the article names. Not
        when the words open a longer name ("the Democratic Party of Japan", "Labour Day")."""
        entry = self.lex.party(text)
        if entry is None or not text[:1].isupper() or any(
                t.ent_type_ not in ("", "ORG", "NORP", "PERSON") for t in self.tokens[i:j]) or \
                j < len(self.tokens) and self.tokens[j].ent_iob_ == "I" and self.tokens[j].ent_type_ != "":
            return None
        countries = [c for c in entry.countries if c in self._article_countries()] \
            if entry.ambiguous or len(entry.countries) > 1 else list(entry.countries)
        if len(countries) != 1:
            return None
        return OrgEntry(entry.name, entry.aliases, "organization", countries[0], "PTY", None, None)

    def _article_countries(self) -> frozenset[str]:
        """The countries the article names: by name, by its people's name or by its capital
        (spaCy's place, nationality and organisation names, or a word of one)."""
        if self.named_countries is None:
            found = set()
            for ent in self.doc.ents:
                if ent.label_ in ("GPE", "NORP", "LOC", "ORG"):
                    code = self.lex.country(ent.text) or self.lex.demonym(ent.text) or \
                        (self.lex.capital(ent.text) if ent.label_ == "GPE" else None)
                    # a country word inside a longer name ("the U.S. Senate", "British Airways")
                    code = code or next((c for c in (self.lex.country(t.text) or self.lex.demonym(t.text)
                                                     for t in ent if t.text[:1].isupper()) if c), None)
                    if code:
                        found.add(code)
            self.named_countries = frozenset(found)
        return self.named_countries

    @staticmethod
    def _case_ok(text: str, entry) -> bool:
        """Short aliases (IS, FP, AU) only match in their own spelling; longer ones need a capital."""
        bare = text[4:] if text.lower().startswith("the ") else text
        if len(bare) <= 4:
            return any(bare == alias for alias in (entry.name, *entry.aliases))
        return True

    def _metonyms(self):
        """Place names the places stage found to stand for a government ("Washington said")."""
        doc = self.doc
        for m in self.metonyms:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not self._free(span.start, span.end):
                continue
            cand = self._cand(span.start, span.end, "metonym", "country", country=m.country,
                              sector=m.sector or "GOV", key=f"gov:{m.country}")
            self._add(cand)
            self._take(span.start, span.end)

    def _entity_spans(self):
        """spaCy's entities cut at line breaks ("Zaha Hadid\nDame" is a name and a title line) and
        at parentheses ("the Ohio Department of Parks (ParkWild" is a name and its alias)."""
        doc = self.doc
        for ent in doc.ents:
            i = ent.start
            for k in range(ent.start, ent.end + 1):
                # cut before a line break or a parenthesis token, after a trailing line break
                before = k == ent.end or "\n" in self.tokens[k].text or self.tokens[k].text in ("(", ")")
                if before or "\n" in self.tokens[k].whitespace_:
                    j = k if before else k + 1
                    while i < j and (self.tokens[i].lower_ in ("the", "a", "an") or self.tokens[i].is_space):
                        i += 1
                    if i < j:
                        yield i, j, ent.label_
                    i = k + 1

    def _entities(self):
        doc = self.doc
        self._datelines()
        spans = self._dictionary_names(join_name_fragments(doc, list(self._entity_spans()), self._is_person_title))
        # Words of person names: a later "Holt" or "Byron" that spaCy calls an organisation (or
        # nothing) is the person when the article names a person with that word, or when the
        # text says of a name that it is a person (see _person_evidence).
        person_words = set()
        for i, j, label in spans:
            if self._demonym_epithet(i, j):
                continue
            if (label == "PERSON" or label in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT", "LOC")
                    and (self._person_evidence(i, j) or self._known_person(i, j, whoswho=False) or
                         label in ("ORG", "GPE") and self._office_holder_subject(i, j))) and \
                    not self.lex.not_actor(doc[i:j].text) and \
                    compact(doc[i:j].text) not in self.publications:
                person_words.update(t.lower_ for t in doc[i:j] if t.text[:1].isupper() and
                                    t.lower_ not in cues.HONORIFICS and len(t.text) > 1)
        for i, j in self._unlabelled_names():
            # "President Umaru Yar'Adua", all unlabelled: else the name after the title
            for i in (i, i + 1) if j - i > 2 and self._is_person_title(self.tokens[i].lower_) else (i,):
                if self._person_evidence(i, j) or self._known_person(i, j) or self._office_holder_subject(i, j):
                    person_words.update(t.lower_ for t in doc[i:j] if len(t.text) > 1)
                    break
        self.person_words = person_words
        team_heads: set[str] = set()
        for i, j, label in spans:
            if not self._free(i, j):
                continue
            text = doc[i:j].text
            if label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP") and self._not_actor(doc[i:j]):
                self._take(i, j)
                continue
            if self._capitalised_adjective(i, j, label):
                self._take(i, j)
                continue
            of = self._title_of_before(i)
            name = self._name_after_body(i, j) if of and label in ("ORG", "PERSON") else None
            if name is not None:
                # "Speaker of the House Nancy Pelosi", "President of the Senate Ana Cruz": spaCy's
                # one name is the body of the title before it and the person's name.
                self._take(i, name)
                self.portfolios.update(range(i, name))
                self._person(name, j)
                continue
            if label == "ORG" and of and self.tokens[i - 1].lower_ == "of" and not self.lex.org(text, self.on) and \
                    not self.lex.organisation_code(text):
                # "Secretary of State", "Minister of Foreign Affairs": the portfolio of a title.
                self._take(i, j)
                self.portfolios.update(range(i, j))
                continue
            if label in ("ORG", "LAW") and j - i > 1 and self.tokens[j - 1].lower_ in cues.DOCUMENT_NOUNS and \
                    not self.lex.org(text, self.on):
                # "the United States Constitution", "the Paris Agreement": a document, no actor.
                self._take(i, j)
                continue
            if label in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT", "LOC") and \
                    all(t.lower_ in person_words or t.tag_ == "POS" for t in doc[i:j]) and \
                    not self.lex.country(text) and not self.lex.org(text, self.on):
                label = "PERSON"
            demonym = self.lex.demonym(text) if label in ("ORG", "NORP", "PERSON", "GPE") and j - i > 1 else None
            nationality = j
            if demonym is None and label in ("NORP", "PERSON") and j - i > 2 and \
                    self.tokens[j - 1].text[:1].isupper():
                # "Sri Lankan Tamil rebels": a nationality of more than one word and a people's
                # name after it, one person to spaCy
                demonym, nationality = self.lex.demonym(self._text_of(i, j - 1)), j - 1
            if demonym and len(demonym) == 3 and demonym in self.lex.countries and \
                    doc[i:j].root.dep_ in ("amod", "compound", "nmod"):
                # "the Sri Lankan navy": a nationality adjective of more than one word is a
                # mention of its country (one-word ones are found by _demonyms), whatever spaCy
                # took it for ("Sri Lankan troops": a person to it).
                self._nationality_adjective(i, nationality, demonym)
                self._take(i, j)
                continue
            if label in ("GPE", "LOC", "FAC") and self.tokens[j - 1].tag_ == "NNPS" and \
                    (j - i > 1 or self.tokens[i].lower_ in team_heads) and \
                    self.tokens[j - 1].lower_ not in cues.GEOGRAPHIC_PLURALS and not self.lex.country(text):
                # "the Pittsburgh Pirates", "the Boston Red Sox" (and then "Pirates"): a team.
                label = "ORG"
                team_heads.add(self.tokens[j - 1].lower_)
            if label in ("GPE", "LOC") and not self.lex.country(text) and not self.lex.capital(text) and \
                    self._titled_apposition(doc[i:j].root):
                label = "PERSON"  # "The prime minister of Iraq, Nouri al-Maliki, met ..."
            given = self._given_names_before(i) if label in ("GPE", "LOC") and not self.lex.country(text) else i
            if given < i:
                # "her fiancée Ana Lima", "consultant Maria Paz": a place name after given names
                # that follow a person noun is a surname (the place is no place of the article).
                self.surnames.append((self.tokens[i].idx, self.tokens[j - 1].idx + len(self.tokens[j - 1])))
                i, label, text = given, "PERSON", doc[given:j].text
            if label == "PERSON" and self.lex.not_actor(text) in ("acting", "source"):
                label = "ORG"  # a platform or publication that acts ("Twitter placed a warning")
            code = self.lex.country(text)
            if code and label in ("GPE", "ORG", "NORP", "PERSON", "LOC"):
                self._country_name(i, j, code)
            elif label == "GPE":
                capital = self.lex.capital(text)
                if capital and self._acts(doc[i:j].root, strict=True):
                    # Also when the places stage gave metonyms of its own: it leaves some capitals
                    # that act as places ("sanctions imposed by Washington"); those it took are
                    # already taken.
                    self._add(self._cand(i, j, "metonym", "country", country=capital, sector="GOV",
                                         key=f"gov:{capital}"))
                    self._take(i, j)
            elif label == "PERSON":
                if self._demonym_epithet(i, j):
                    continue  # "The Briton said": a nationality epithet (descriptions), no name
                if j - i == 1 and self._never_a_name(self.tokens[i].text):
                    self._take(i, j)
                    continue
                if self._transnational_body(i, j):
                    self._organisation(i, j)  # "Abu Sayyaf gunmen": a group spaCy took for a man
                    continue
                self._person(i, j)
            elif label == "ORG":
                if j - i == 1 and self._counted(self.tokens[i].text) and not self.lex.org(text, self.on):
                    self._take(i, j)  # "an FIR", "a PIL": a thing the article counts, no body
                    continue
                self._organisation(i, j)
            elif label == "NORP":
                self._nationality(i, j)
        # Person names spaCy missed: runs of capitalised words that are words of a person's name.
        k, tokens = 0, self.tokens
        while k < len(doc):
            if k in self.taken or not tokens[k].text[:1].isupper() or tokens[k].lower_ not in person_words \
                    or tokens[k].pos_ not in ("PROPN", "NOUN", "ADJ", "X") and not name_with_apostrophe(tokens[k]) or \
                    compact(tokens[k].text) in self.publications:
                # (the article's own publication is never a person: "Wikinews caught up with him")
                k += 1
                continue
            j = k + 1
            while j < len(doc) and j not in self.taken and tokens[j].lower_ in person_words and \
                    tokens[j].text[:1].isupper():
                j += 1
            self._person(k, j)
            k = j
        for i, j in self._security_units():
            self._organisation(i, j)
        # Names spaCy left unlabelled that the who's-who spells as a body with a role ("USAID",
        # "Peshmerga"), an acronym or a name that acts or is acted on (no modifier: "Youth
        # Championships"), and not a kind ("any NGO"): an organisation, coded as the
        # dictionaries code it.
        acronyms = [(t.i, t.i + 1) for t in self.tokens if not t.ent_type_ and t.pos_ != "PROPN" and
                    acronym_shaped(t.text, 3)]  # "USAID", an ADJ to spaCy
        for i, j in [*self._unlabelled_names(), *acronyms]:
            if self._free(i, j) and (doc[i:j].text.isupper() or self._acts(doc[i:j].root)) and \
                    self._coded_body(doc[i:j]) and not self._a_kind(doc[i:j].root):
                self._organisation(i, j)
        # An acronym spaCy left unlabelled that is the subject of what bodies do (cues.BODY_VERBS:
        # "ICE returned the fossils", "the ELN declared a ceasefire"; not "the VCR empowered
        # people", "HR 6819 contains two stars"): a body, though no table knows it.
        for tok in self.tokens:
            if tok.i in self.taken or tok.ent_type_ or not acronym_shaped(tok.text) or tok.dep_ != "nsubj" or \
                    tok.head.lemma_ not in cues.BODY_VERBS or \
                    self.lex.country(tok.text) or self.lex.not_actor(tok.text) or \
                    self.lex.title(tok.text) or compact(tok.text) in self.publications or \
                    any(c.dep_ == "compound" for c in tok.children) or self._a_kind(tok):
                continue
            self._organisation(tok.i, tok.i + 1)
        # Acronyms spaCy left unlabelled of an organisation named before ("The Democratic
        # Alliance won ... The DA said"): a mention of an organisation, which coref joins.
        for tok in self.tokens:
            if tok.i in self.taken or tok.ent_type_ or tok.pos_ != "PROPN" or not acronym_shaped(tok.text) or \
                    self.lex.country(tok.text):
                continue
            if any(c.kind == "name" and c.actor_kind == "organization" and c.start < tok.idx and
                   initials(c.name_tokens) == tok.text for c in self.candidates):
                self._add(self._cand(tok.i, tok.i + 1, "name", "organization",
                                     name_tokens=(tok.lower_,)))
                self._take(tok.i, tok.i + 1)
        # Country names spaCy missed ("US" tagged as a plain proper noun; "ties with Seychelles",
        # a capitalised common noun to it inside a sentence).
        for tok in self.tokens:
            if tok.i in self.taken or tok.ent_type_ or not (
                    tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and not tok.is_sent_start):
                continue
            code = self.lex.country(tok.text)
            if code and tok.text[:1].isupper():
                self._country_name(tok.i, tok.i + 1, code)

    def _dictionary_names(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """spaCy's names mended: two cut out of one nationality ("Sierra" + "Leonean"), and where the
        who's-who spells one name whole (:meth:`_spelled_whole`): two names with nothing or
        lower-case name particles between ("José Eduardo" + "dos" + "Santos", "Lockheed" +
        "Martin"), a name and the capitalised word spaCy left out before it ("Luiz" + "Inacio Lula
        da Silva"), and a person's full name spaCy took for a place or a thing ("Thabo Mbeki" as
        a GPE), or a name and the capitalised words spaCy left unlabelled after it ("Romano", an
        organisation to it, + "Prodi")."""
        tokens, out = self.tokens, []
        for i, j, label in spans:
            if out and i == out[-1][1] and tokens[i - 1].whitespace_ == " " and \
                    self.lex.demonym(self._text_of(out[-1][0], j)):
                out[-1] = (out[-1][0], j, "NORP")  # "Sierra" + "Leonean": one nationality
                continue
            if out and i - out[-1][1] <= 2 and \
                    all(tokens[k].lower_ in NAME_PARTICLES for k in range(out[-1][1], i)) and \
                    all(tokens[k].whitespace_ == " " for k in range(out[-1][1] - 1, i)):
                whole = self._spelled_whole(out[-1][0], j)
                if whole:
                    out[-1] = (out[-1][0], j, whole)
                    continue
            k = i - 1
            if label == "PERSON" and k >= 0 and tokens[k].pos_ == "PROPN" and not tokens[k].ent_type_ and \
                    tokens[k].text[:1].isupper() and tokens[k].whitespace_ == " " and \
                    (not out or out[-1][1] <= k) and self._spelled_whole(k, j) == "PERSON":
                i = k
            elif label in ("GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and j - i > 1 and \
                    self._spelled_whole(i, j) == "PERSON":
                label = "PERSON"
            after = j
            while after < len(tokens) and after - j < 2 and tokens[after].pos_ == "PROPN" and \
                    not tokens[after].ent_type_ and tokens[after].text[:1].isupper() and \
                    tokens[after - 1].whitespace_ == " ":
                after += 1  # "Romano" (an organisation to spaCy) + "Prodi" (unlabelled)
            if after > j and label in ("PERSON", "ORG", "GPE", "NORP") and self._spelled_whole(i, after) == "PERSON":
                j, label = after, "PERSON"
            out.append((i, j, label))
        return out

    def _text_of(self, i: int, j: int) -> str:
        """The text of tokens [i, j)."""
        return self.text[self.tokens[i].idx:self.tokens[j - 1].idx + len(self.tokens[j - 1].text)]

    def _spelled_whole(self, i: int, j: int) -> str | None:
        """"PERSON" when tokens [i, j) are a who's-who spelling, of two words or more, of people
        only, each given dated codes (the dictionaries date offices, not bodies); "ORG" when of
        bodies only, each given a sector (MNCUSA for "lockheed martin"); else None. Never a
        country's name or a capital's."""
        from .whoswho import whoswho

        text = self._text_of(i, j)
        key = norm(text)
        if " " not in key or self.lex.country(text) or self.lex.capital(text) or self.lex.demonym(text) or \
                any(self.lex.title(w) or w.rstrip(".") in cues.HONORIFICS for w in key.split()):
            return None  # (the dictionaries also spell "president bill clinton": the title is the text's)
        book = whoswho()
        entries = [book.entry(n) for n in dict.fromkeys(book.spelled(key))]
        if not entries:
            return None
        words = set(key.split())
        if all(e.is_person and any((c.start or c.end) and c.sector for c in e.codings) for e in entries) and \
                not any(w in cues.ORG_NAME_SECTORS or w in cues.COLLECTIVE_NOUNS or w in STATE_NAME_WORDS for w in words):
            return "PERSON"  # (the dictionaries date bodies too: "tawhid brigade", "obama administration")
        if all(not e.is_person and all(c.sector for c in e.codings) for e in entries):
            return "ORG"
        return None

    def _title_of_before(self, i: int) -> bool:
        """Whether a person's title and "of" (or "of the") come right before token ``i``
        ("Secretary of State", "Speaker of the House")."""
        k = i - 1
        if k >= 0 and self.tokens[k].lower_ == "the":
            k -= 1
        return k >= 1 and self.tokens[k].lower_ == "of" and self._head_title(self.tokens[k - 1]) is not None

    def _name_after_body(self, i: int, j: int) -> int | None:
        """Where a person's name starts inside a name over tokens [i, j) that follows a title's
        "of" ("the House Nancy Pelosi" after "Speaker of"): the first of at least two capitalised
        proper nouns closing it, no organisation's words, that open with a given name or spell a
        known person, or else that follow a known body or a body's noun ("House of
        Representatives", "Board"); None when the name holds no such person."""
        tokens = self.tokens

        def personal(m: int) -> bool:
            return j - m >= 2 and tokens[m - 1].lower_ not in ("of", "for", "and", "&") and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in cues.ORG_NAME_SECTORS and
                not self.lex.country(t.text) and not self.lex.demonym(t.text) for t in tokens[m:j]) and \
                not self.lex.org(self.doc[m:j].text, self.on)

        for m in range(i + 1, j - 1):
            if personal(m) and (tokens[m].lower_ in self.lex.first_names or
                                self.lex.person(self.doc[m:j].text, self.on) is not None):
                return m
        for m in range(j - 2, i, -1):
            if personal(m) and (self.lex.org(self.doc[i:m].text, self.on) or
                                tokens[m - 1].lower_ in cues.ORG_NAME_SECTORS):
                return m
        return None

    @staticmethod
    def _a_kind(tok) -> bool:
        """Whether the noun names a kind of body, not one ("any other NGO", "an agency")."""
        return any(c.dep_ == "det" and c.lower_ in cues.INDEFINITE_DETERMINERS for c in tok.children)

    def _coded_body(self, span) -> bool:
        """Whether the who's-who spells ``span`` as one actor with a role (a sector) that is a
        body, not a person (its codes say so, or it is an acronym, or its name is one word and no first name:
        "Peshmerga", coded IRQMIL like a soldier), on any date; not a place it spells by name."""
        from .whoswho import whoswho

        text = span.text
        if len(text) <= 2 or self.lex.country(text) or self.lex.not_actor(text) or \
                compact(text) in self.publications or span[0].lower_ in self.lex.first_names:
            return False
        found = whoswho().lookup(norm(text), None)
        if found is None or found[1].sector in (None, "ELI"):
            return False
        return not found[0].is_person or " " not in found[0].name or text.isupper()

    def _transnational_body(self, i: int, j: int) -> bool:
        """Whether a "person" over tokens [i, j) is a body the who's-who codes without a country
        (an armed group, an international, non-governmental or multinational body: IMG, IGO,
        NGO, MNC) and no person of the curated table, named as a group noun's modifier ("Abu
        Sayyaf gunmen") or without what makes a person's name (a first name, a lower-case
        particle: "Osama bin Laden", whom the who's-who codes IMG, stays a person)."""
        span = self.doc[i:j]
        if len(span.text) <= 2 or self.lex.person(span.text, self.on) is not None:
            return False
        coded = self.lex.organisation_code(span.text)
        if coded is None or coded[0] is not None or coded[1] not in ("IMG", "IGO", "NGO", "MNC"):
            return False
        modifier = span.root.dep_ == "compound" and span.root.head.tag_ == "NNS"
        personal = span[0].lower_ in self.lex.first_names or \
            any(t.text[:1].islower() or "-" in t.text for t in span)
        return modifier or not personal

    def _titled_apposition(self, root) -> bool:
        """Whether a name is in apposition to a person's title or has one in apposition to it
        ("The prime minister of Iraq, Nouri al-Maliki," / "Nouri al-Maliki, Iraq's prime
        minister,"): a person, whatever place spaCy took it for."""
        others = [root.head] if root.dep_ == "appos" else []
        others += [c for c in root.children if c.dep_ == "appos"]
        for tok in others:
            if tok.pos_ == "NOUN" and not tok.ent_type_:
                title = self._head_title(tok)
                if title is not None and title.kind == "person":
                    return True
        return False

    def _given_names_before(self, i: int) -> int:
        """The first of the capitalised words spaCy left unlabelled right before token ``i`` when
        a person noun precedes them (a kin word, a person's title: "her fiancée Ana Lima"), or
        when the first is a given name; else ``i``."""
        tokens, k = self.tokens, i
        while k > 0 and k - 1 not in self.taken and tokens[k - 1].pos_ == "PROPN" and \
                not tokens[k - 1].ent_type_ and tokens[k - 1].text[:1].isupper() and \
                tokens[k - 1].whitespace_ == " ":
            k -= 1
        if k == i or k == 0 and tokens[k].lower_ not in self.lex.first_names:
            return i
        before = tokens[k - 1] if k > 0 else None
        if tokens[k].lower_ in self.lex.first_names and tokens[k].lower_ not in cues.HONORIFICS or \
                before is not None and before.text.islower() and before.whitespace_ == " " and \
                (before.lower_ in cues.RELATIONAL_NOUNS or self._is_person_title(before.lower_)):
            return k
        return i

    def _is_person_title(self, word: str) -> bool:
        title = self.lex.title(word)
        return title is not None and title.kind == "person"

    def _person_evidence(self, i: int, j: int) -> bool:
        """Whether the text says that the name over tokens [i, j), which spaCy did not call a
        person, is one: dates of birth or of life in parentheses right after it ("Brock Wyatt
        Holt (born June 11, 1988)", "Theodorus (c. 314 - 368)"), an age in apposition ("Holt, 30,
        said"), or, as the subject of a clause, a "his"/"her"/"himself"/"herself" of that clause
        with no other name between ("Byron received his early education"). Names a lexicon knows
        as a country or an organisation, and names with an organisation's word, are left alone."""
        doc = self.doc
        span = doc[i:j]
        if not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ", "X") for t in span) or \
                j - i > 4 or self.lex.country(span.text) or self.lex.org(span.text, self.on) or \
                any(t.lower_ in cues.ORG_NAME_SECTORS or t.lower_ in cues.COLLECTIVE_NOUNS for t in span):
            return False
        after = self.text[span.end_char:span.end_char + 80]
        if LIFE_DATES.match(after) or AGE_APPOSITION.match(after):
            return True
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = root.head
        for tok in doc[j:min(len(doc), verb.right_edge.i + 1)]:
            if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.dep_ in ("nsubj", "nsubjpass") \
                    and tok.head.i != verb.i:
                return False  # another name, or a clause with its own subject, comes first
            if tok.lower_ in ("himself", "herself") or tok.tag_ == "PRP$" and tok.lower_ in ("his", "her"):
                return True
        return False

    def _capitalised_adjective(self, i: int, j: int, label: str) -> bool:
        """ "Fierce fighting broke out": a name of spaCy's that is only a sentence's first word,
        an adjective (not a proper noun) before its noun, capital only as a sentence's first word
        is, and no name the tables know (a country, a nationality, an organisation, a person).
        Only spaCy's names of bodies, people, places and things: its works ("Fierce Creatures"),
        peoples ("French officials") and ordinals are left alone."""
        if label not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT") or j - i != 1 or \
                i != self.tokens[i].sent.start:
            return False
        tok = self.tokens[i]
        if tok.pos_ != "ADJ" or not tok.tag_.startswith("JJ") or tok.dep_ != "amod" or tok.head.i <= i or \
                not tok.text.istitle():
            return False
        if any(t.text == tok.text and t.i != t.sent.start for t in self.doc):
            return False  # capital also inside a sentence ("Aboriginal"): a proper adjective
        text = tok.text
        return not (self.lex.country(text) or self.lex.demonym(text) or self.lex.org(text, self.on) or
                    self.lex.person(text, self.on) or self.lex.organisation_code(text))

    def _known_person(self, i: int, j: int, whoswho: bool = True) -> bool:
        """Whether the name over tokens [i, j) is a person of the curated dated table, by full
        name or distinctive alias, on the publication date ("Modi", which spaCy calls a place;
        "Merkel", which it leaves unlabelled), or, with ``whoswho`` (for names spaCy left
        unlabelled: a name it calls an organisation may be a ministry the who's-who codes GOV),
        a full name of the who's-who then; never a country's or organisation's name."""
        text = self.doc[i:j].text
        # A full name of two words or more may also be the who's-who's ("Theresa May", which
        # spaCy leaves unlabelled): its rules for common surnames apply.
        if not all(t.text[:1].isupper() for t in self.doc[i:j]) or self.lex.country(text) or \
                self.lex.org(text, self.on) or self.lex.demonym(text):
            return False
        entry = self.lex.person(text, self.on, () if whoswho and j - i > 1 else None)
        # The who's-who also spells countries by their places ("Rocky Mountains" is the USA's):
        # only an office (a sector) there makes a person.
        return entry is not None and (entry.source != "whoswho" or entry.sector is not None or
                                      entry.held_office)

    def _office_holder_subject(self, i: int, j: int) -> bool:
        """ "Prodi said", "Yar'Adua said", "Walid Moallem said": a name spaCy leaves unlabelled or
        calls an organisation or a place, of proper nouns only, that is the subject of a verb of
        saying or of what actors do (``cues.REPORT_VERBS``, ``cues.AGENT_VERBS``), and that the
        who's-who spells as a person who held a dated office on the publication date: the full
        name exactly (accents and hyphens aside), or a surname exactly that at most
        ``cues.RARE_SURNAME`` of its actors bear. Never a country's, organisation's or
        nationality's name."""
        span = self.doc[i:j]
        root = span.root
        if self.on is None or j - i > 3 or root.dep_ != "nsubj" or \
                root.head.lemma_ not in cues.REPORT_VERBS and root.head.lemma_ not in cues.AGENT_VERBS or \
                not all(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.i < root.i)
                        for t in span) or root.pos_ != "PROPN":
            return False  # proper nouns ("Manuchehr Mottaki": spaCy's noun before the surname)
        text = span.text
        if self.lex.country(text) or self.lex.org(text, self.on) or self.lex.demonym(text) or \
                self.lex.not_actor(text) or self.lex.title(text):
            return False
        from .whoswho import consonants, folded, whoswho

        book = whoswho()
        if j - i == 1:
            word = folded(text.lower())
            if book.surname_count(word) > cues.RARE_SURNAME:
                return False
            found = book.by_surname([word], self.on)
            if found is None or not found[0].name.endswith(" " + word):
                return False  # (by_surname also takes a surname alike: only the exact one here)
        else:
            found = book.lookup(text, self.on, fold=True)
            words = folded(text.lower()).split()
            if found is None and not book.spelled(" ".join(words)) and \
                    not any(w in cues.ORG_NAME_SECTORS for w in words):
                # "Walid Moallem said" (the dictionaries write "walid mualem"): a transliteration
                # of the surname (WhosWho.near), with the given name the dictionaries' own or of
                # its consonants ("manuchehr" and "manouchehr")
                found = book.near(words, self.on)
                given = found[0].name.split()[0] if found is not None else ""
                if given != words[0] and consonants(given) != consonants(words[0]):
                    found = None
        if found is None:
            return False
        entry, coding = found
        return entry.is_person and coding.country is not None and coding.sector not in (None, "ELI") and \
            (coding.start is not None or coding.end is not None)

    def _repeated_names(self):
        """A person's or organisation's name the article has given an actor, spelt the same
        again where spaCy saw no such name ("her YouTube channel", "the Koinonia" once the
        parser has read it as a common noun): a mention of the same kind and codes, which coref
        joins by its name. Not inside a longer name ("YouTube Rewind 2013", "Prince Series"),
        not over a date or a work spaCy labelled, nor where the places stage resolved a place
        that covers it (spaCy's own place label is not enough: it calls "the Koinonia" a place;
        "Pittsburgh" in "Pittsburgh Pirates" is a place inside the name), and only free tokens."""
        doc, tokens = self.doc, self.tokens
        names: dict[str, Candidate] = {}
        for cand in self.candidates:
            if cand.kind != "name" or cand.actor_kind not in ("person", "organization") or \
                    cand.key and cand.key.startswith(("gov:", "people:")):
                continue
            text = cand.text[4:] if cand.text[:4] in ("the ", "The ") else cand.text
            if len(text) > 2 and text[:1].isupper() and text.strip() == text:
                names.setdefault(text, cand)
        # the characters some candidate covers: most matches are the name's own mentions
        covered = bytearray(len(self.text))
        for c in self.candidates:
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        for text, cand in names.items():
            for start, end in _spelt(self.text, text):
                if covered.find(1, start, end) != -1:
                    continue
                span = doc.char_span(start, end)
                if span is None or not self._free(span.start, span.end):
                    continue
                before = tokens[span.start - 1] if span.start else None
                after = tokens[span.end] if span.end < len(doc) else None
                if after is not None and after.is_alpha and after.text[:1].isupper() or \
                        before is not None and before.is_alpha and before.text[:1].isupper() and \
                        before.lower_ != "the" or \
                        any(t.ent_type_ in REPEAT_BLOCKING_ENTITIES for t in span) or \
                        any(s <= start and end <= e for s, e in self.places):
                    continue
                added = self._cand(span.start, span.end, "name", cand.actor_kind,
                                   country=cand.country, sector=cand.sector, key=cand.key,
                                   name=cand.name, name_tokens=cand.name_tokens,
                                   organization=cand.organization, gender=cand.gender,
                                   number=cand.number, maybe_person=cand.maybe_person)
                self._add(added)
                self._take(span.start, span.end)
                covered[added.start:added.end] = b"\x01" * (added.end - added.start)

    def _security_units(self) -> list[tuple[int, int]]:
        """(i, j) of each security unit's name that spaCy left unlabelled or gave a label no body
        has (cues.MISREAD_BODY_LABELS: "The Special Task Force shot dead ...", "Task Force" a
        PRODUCT; "The Civil Guard beat migrants", no label): a run of two or more capitalised
        proper nouns (hyphens glued inside: "Anti-Narcotics") ending in a unit's word
        (cues.SECURITY_UNIT_HEADS), no word of it taken, that acts or is acted on."""
        tokens, found, k = self.tokens, [], 0
        while k < len(tokens):
            j = k
            while j < len(tokens) and j not in self.taken and tokens[j].ent_type_ in cues.MISREAD_BODY_LABELS and (
                    tokens[j].pos_ == "PROPN" and tokens[j].text[:1].isupper() or
                    j > k and self._glued_hyphen(j)) and "\n" not in tokens[j].whitespace_:
                j += 1
            if j - k >= 2 and tokens[j - 1].lower_ in cues.SECURITY_UNIT_HEADS and \
                    tokens[j - 1].text[:1].isupper() and self._acts(tokens[j - 1]) and \
                    self._security_context(tokens[k:j]):
                found.append((k, j))
            k = max(j, k + 1)
        return found

    def _security_context(self, name) -> bool:
        """Whether the capitalised run ``name`` ending in a unit's word is said of a security
        unit: none of its appositions calls it a thing (cues.NOT_UNIT_APPOSITIONS: "Task Force,
        the new productivity app"), and a word of it names a force's kind
        (cues.SECURITY_UNIT_FIRST_WORDS: "Special", "Anti-", "Police") or its sentence has a
        word of force, arrest or policing (cues.SECURITY_CONTEXT_WORDS), not "The Old Guard
        topped the charts"."""
        head = name[-1]
        if any(c.dep_ == "appos" and c.lemma_.lower() in cues.NOT_UNIT_APPOSITIONS for c in head.children):
            return False
        if any(t.lower_.strip("-") in cues.SECURITY_UNIT_FIRST_WORDS for t in name[:-1]):
            return True
        return any(t.lemma_.lower() in cues.SECURITY_CONTEXT_WORDS for t in head.sent if t.i < name[0].i or
                   t.i > head.i)

    def _unlabelled_names(self) -> list[tuple[int, int]]:
        """(i, j) of each run of capitalised proper nouns spaCy gave no entity label (found on the
        first call: each word's entity label and part of speech read from one array)."""
        if self._unlabelled is None:
            from spacy.attrs import ENT_TYPE, POS
            from spacy.symbols import PROPN

            self._unlabelled = runs = []
            for i, ((label, pos), tok) in enumerate(zip(self.doc.to_array([ENT_TYPE, POS]).tolist(),
                                                        self.tokens)):
                if not label and (pos == PROPN or name_with_apostrophe(tok)) and tok.text[:1].isupper() and \
                        "\n" not in tok.whitespace_:
                    if runs and runs[-1][1] == i:
                        runs[-1] = (runs[-1][0], i + 1)
                    else:
                        runs.append((i, i + 1))
        return self._unlabelled

    def _demonym_epithet(self, i: int, j: int) -> bool:
        """Whether the one-word "name" over tokens [i, j) is a nationality after "the" ("The
        Briton said", which spaCy calls a person): an epithet, as "the Australian" is."""
        return j - i == 1 and i > 0 and self.tokens[i - 1].lower_ == "the" and \
            bool(self.lex.demonym(self.tokens[i].text)) and not self.lex.country(self.tokens[i].text)

    def _never_a_name(self, word: str) -> bool:
        """Whether a one-word "person" is used in the whole article only as a common noun would
        be: with an article or adjective of its own ("a 'no deal' Brexit") or as the modifier of
        a common noun ("the Brexit vote"), never as the subject, object or possessor a person is."""
        uses = self._uses_of(word)
        if not uses:
            return False
        for tok in uses:
            if tok.dep_ in ("nsubj", "nsubjpass", "attr", "appos"):
                return False  # "the Petitier was ...", "he was a converted Jew": someone
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                continue
            if any(c.dep_ in ("det", "amod") for c in tok.children):
                continue
            return False
        return True

    def _counted(self, word: str) -> bool:
        """Whether a one-word "organisation" is counted somewhere in the article, as a thing is
        and a body never is: with an indefinite article or "another" of its own ("Police
        registered an FIR"), so that all its uses ("the FIR") are a common noun."""
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") and c.i < tok.i
                   for tok in self._uses_of(word) for c in tok.children)

    def _uses_of(self, word: str) -> list:
        """The article's tokens of that text (an index made on the first call)."""
        if self._uses is None:
            self._uses = {}
            for t in self.tokens:
                self._uses.setdefault(t.text, []).append(t)
        return self._uses.get(word, [])

    def _parenthetical_aliases(self):
        """ "Pacific Gas and Electric Company (PG&E)": a short name in parentheses right after an
        organisation's name is that organisation's alias."""
        by_start = {c.start: n for n, c in enumerate(self.candidates) if c.kind == "name"}
        for cand in list(self.candidates):
            if cand.kind != "name" or cand.actor_kind not in ("organization", "group"):
                continue
            k = cand.end
            while k < len(self.text) and self.text[k] == " ":
                k += 1
            if self.text[k:k + 1] != "(":
                continue
            if k + 1 not in by_start:
                # An alias spaCy left unlabelled ("... Fire Protection (CalFire) said"): one word
                # with a capital, alone in the parentheses.
                close = self.text.find(")", k + 1)
                span = self.doc.char_span(k + 1, close) if 0 < close - k - 1 <= 12 else None
                if span is None or len(span) != 1 or not span[0].is_alpha or not span[0].text[:1].isupper() or \
                        span[0].ent_type_ or not self._free(span.start, span.end) or \
                        self.lex.country(span.text):
                    continue
                by_start[k + 1] = self._add(self._cand(span.start, span.end, "name", cand.actor_kind,
                                                       name_tokens=(span[0].lower_,)))
                self._take(span.start, span.end)
            alias = self.candidates[by_start[k + 1]]
            if self.text[alias.end:alias.end + 1] == ")" and alias.attach_to is None and \
                    " " not in alias.text and alias.actor_kind in ("organization", "group"):
                alias.attach_to = self.candidates.index(cand)
                alias.key, alias.name = alias.key or cand.key, alias.name or cand.name

    def _country_name(self, i: int, j: int, code: str):
        root = self.doc[i:j].root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        self.countries_seen.append((i, self.sent_of[i], code))
        if root.dep_ in ("poss", "nsubj", "nsubjpass"):
            self.country_agents.add(i)
        # Every country name is a mention of that country, wherever it stands: CAMEO-style coding
        # counts "sanctions against Iran" and "refugees in Iran" alike, and the events stage
        # decides from the syntax whether it acts. (Capitals stand for a government only as agents.)
        cand = self._cand(i, j, "name", "country", country=code, sector="GOV", key=f"gov:{code}",
                          name=self.lex.countries[code].name if code in self.lex.countries else None)
        self._add(cand)
        self._take(i, j)

    def _not_actor(self, span) -> bool:
        """A time zone, a day, a disease, a product; or a platform or publication that the text
        does not make act ("said on Twitter", "told Reuters", "Wikinews reported")."""
        if self.publications and compact(span.text) in self.publications:
            return True
        if self._interviewer_label(span.start_char, span.end_char):
            return True
        verdict = self.lex.not_actor(span.text)
        if verdict is None:
            entry = self.lex.org(span.text, self.on)
            if entry is None or entry.sector != "MED":
                return False
            verdict = "source"  # a news outlet of the curated table ("Fox News", "Yonhap")
        if verdict == "never":
            return True
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.head.lemma_.lower()
        if verdict == "source":
            return _medium_only(tok) or self._dateline_agency(span)
        if tok.dep_ in ("nsubj", "agent") or tok.dep_ == "pobj" and tok.head.lower_ == "by" and \
                tok.head.dep_ == "agent":
            verb = tok.head.head.lemma_.lower() if tok.head.dep_ == "agent" else verb
            return verb in cues.REPORT_VERBS or verb in cues.NON_AGENT_VERBS
        if tok.dep_ in ("dobj", "nsubjpass"):
            return verb in cues.REPORT_VERBS or verb in cues.USE_VERBS
        return True

    def _dateline_agency(self, span) -> bool:
        """A news agency in brackets after a dateline's place in capitals ("ISLAMABAD, March 3
        (Reuters) -", "NAIROBI (AP) —"): who filed the story, no actor of it."""
        text = self.text
        line = text[:span.start_char].rsplit("\n", 1)[-1]
        return text[span.end_char:span.end_char + 1] == ")" and DATELINE_AGENCY.fullmatch(line) is not None

    def _datelines(self):
        """Takes the places of news datelines (see ``_dateline``) before any name is read."""
        k = 0
        while k < len(self.tokens):
            if k == 0 or "\n" in self.tokens[k - 1].text or "\n" in self.tokens[k - 1].whitespace_:
                j = k
                while j < len(self.tokens) and self.tokens[j].is_alpha and self.tokens[j].is_upper and \
                        "\n" not in self.tokens[j].whitespace_:
                    j += 1
                if j > k and self._dateline(k, j):
                    self._take(k, j)
                k = max(j, k + 1)
            else:
                k += 1

    def _dateline(self, i: int, j: int) -> bool:
        """A news dateline's place in capitals opening a line ("ISLAMABAD, March 3 (Reuters) -",
        "KARACHI --", "WASHINGTON (AP) -"): where the story was filed, no actor."""
        span = self.doc[i:j]
        text = self.text
        letters = [ch for ch in span.text if ch.isalpha()]
        if len(letters) < 3 or not all(ch.isupper() for ch in letters) or \
                text[:span.start_char].rstrip(" \t")[-1:] not in ("", "\n"):
            return False
        after = DATELINE_AFTER.match(text, span.end_char)
        if after is None:
            return False
        month = after.group("month") or after.group("month2")
        return month is None or month.lower().rstrip(".") in MONTHS

    def _interviewer_label(self, start: int, end: int) -> bool:
        """An interview's question label: a short acronym opening a line as its speaker label
        ("((WN)) How did you ...", "Q: ..."), standing for the interviewing publication."""
        name = self.text[start:end]
        return name.isupper() and name.isalpha() and len(name) <= 3 and \
            speaker_label(self.text, start, end)

    def _acts(self, tok, strict: bool = False) -> bool:
        """Whether the noun phrase headed by ``tok`` acts or is acted on (is not a location or a
        modifier). ``strict``: only as the subject or possessor, the object of a verb of address
        or pressure, a party to talks or the host of a visit (for capitals, which are places far
        more often than governments)."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        dep = tok.dep_
        if strict:
            head = tok.head
            if dep == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
                return head.head.lemma_ in cues.AGENT_VERBS  # "sanctions imposed by Washington"
            if dep == "pobj" and head.lower_ in ("between", "with") and \
                    head.head.lower_ in cues.MEETING_NOUNS:
                return True  # "talks between Pyongyang and Seoul", "relations with Beijing"
            if dep == "pobj" and head.lower_ == "to" and head.head.lemma_ in cues.VISIT_NOUNS:
                return True  # "a planned visit to Paris": its government hosts the visit
            if dep in ("dobj", "obj") and head.lemma_ in cues.GOVERNMENT_OBJECT_VERBS and \
                    self._state_party(patterns_subject(head)):
                return True  # "Washington warned Pyongyang", "the EU sanctioned Moscow"
            if dep == "pobj" and head.lower_ in ("on", "upon") and head.head.lemma_ in cues.CALL_ON_VERBS:
                return True  # "called on Riyadh to end the blockade"
            return dep in cues.SUBJECT_DEPS and head.lemma_ in cues.AGENT_VERBS or dep == "poss" \
                and (head.lemma_ in cues.GOVERNMENT_NOUNS or head.lower_ in cues.GOVERNMENT_POSSESSIONS)
        if dep in ("compound", "amod", "nmod", "npadvmod"):
            return False
        if dep == "pobj":
            return tok.head.lower_ not in cues.LOCATIVE_PREPOSITIONS
        return dep in cues.ACTOR_DEPS or dep in ("conj", "appos")

    def _state_party(self, tok) -> bool:
        """Whether the subject ``tok`` may be a state party: a country, capital, body or named
        official (cues.STATE_PARTY_LABELS), a government ("the authorities") or a title of a
        state sector ("the foreign minister"); not "the singer", "fans" or "the coach"."""
        if tok is None:
            return False
        if tok.ent_type_ in cues.STATE_PARTY_LABELS or tok.lemma_.lower() in cues.GOVERNMENT_NOUNS:
            return True
        for phrase in (" ".join(t.lower_ for t in tok.subtree if t.dep_ in ("compound", "amod") or t.i == tok.i),
                       tok.lower_):
            title = self.lex.title(phrase)
            if title is not None and title.office and title.sector in cues.STATE_PARTY_SECTORS:
                return True
        return False

    def _person(self, i: int, j: int):
        doc = self.doc
        words = [t for t in doc[i:j] if t.tag_ != "POS"]
        if not words or words[0].lower_ in cues.NOT_NAME_WORDS:
            return
        gender = None
        name_words = []
        doctor = False
        for t in words:
            low = t.lower_.rstrip(".")
            if not name_words and (t.lower_ in cues.HONORIFICS or low in cues.HONORIFICS):
                gender = cues.HONORIFICS.get(t.lower_, cues.HONORIFICS.get(low)) or gender
                doctor = doctor or low == "dr"
                continue
            name_words.append(t.lower_)
        if not name_words:
            return
        place_words = 0
        if i > 0 and self.tokens[i - 1].lower_ == "from" and len(name_words) >= 3 and \
                self.tokens[i].text[:1].isupper() and self.tokens[i].lower_ not in self.lex.first_names:
            # "Senator from Vermont Bernie Sanders": spaCy's name starts with the title's place.
            place_words, i, name_words = 1, i + 1, name_words[1:]
        cand = self._cand(i, j, "name", "person", name_tokens=tuple(name_words), gender=gender)
        if doctor or i > 0 and self.tokens[i - 1].lower_.rstrip(".") == "dr":
            cand.head_word = "doctor"  # "Dr. Ana Ruiz ... the doctor said": the title "Dr" gives
        entry = self.lex.person(" ".join(name_words), self.on)
        if entry:
            cand.country, cand.sector, cand.gender = entry.country, entry.sector, entry.gender or gender
            cand.organization = entry.organization
            cand.name = entry.name or None
            cand.role = None  # lexicon roles are added by coref when the text gives none
            cand.key = None
        if gender is None and cand.gender is None and len(name_words) > 1:
            cand.gender = self.lex.first_names.get(name_words[0])
        if cand.country is None and place_words == 0:
            # "Britain's Paul Grant won the race": a name whose possessor is a country is of it.
            owner = next((t for t in doc[i:j].root.children if t.dep_ == "poss" and t.i < i), None)
            cand.country = self.lex.country(doc[owner.left_edge.i:owner.i + 1].text) if owner is not None else None
        cand.described_as = self._described_as(doc[i:j].root, i)
        idx = self._add(cand)
        self._take(i - place_words, j)
        self._title_before(idx, i, place_words)

    @staticmethod
    def _described_as(root, start: int) -> tuple[str, ...]:
        """The common nouns a person's name (headed by ``root``, starting at token ``start``) is
        given in apposition ("a consultant, John Carter", "John Carter, a consultant,") or right
        before it ("consultant John Carter"), as lemmas; not those of a former role ("former
        footballer ...")."""
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < start:
            nouns.append(root.head)
        before = root.doc[start - 1] if start > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.text.islower() and before.head.i == root.i:
            nouns.append(before)
        return tuple(n.lemma_.lower() for n in nouns
                     if not any(c.lower_ in FORMER for c in n.children))

    def _title_before(self, idx: int, i: int, place_words: int = 0):
        """A title right before a name: "State Department spokesman Ned Price", "US special
        representative for Afghanistan Tom West", "Prime Minister Imran Khan" ("Senator from
        Vermont Bernie Sanders": ``place_words`` words of the name span were the title's place)."""
        doc = self.doc
        k = i - 1
        if place_words:
            k = i - place_words - 2  # before "from Vermont"
        while k >= 0 and i - k <= MAX_TITLE_TOKENS:
            tok = self.tokens[k]
            # "of the" inside a title reads on when a noun follows ("Speaker of the House").
            after = k + 2 if tok.lower_ in ("for", "of") and k + 2 < i and \
                self.tokens[k + 1].lower_ == "the" else k + 1
            if tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.tag_ == "POS" or self._glued_hyphen(k) or \
                    (tok.lower_ in ("for", "of") and after < i and self.tokens[after].pos_ in ("PROPN", "NOUN")) or \
                    (tok.lower_ == "the" and k > 0 and self.tokens[k - 1].lower_ == "of" and k + 1 < i and
                     self.tokens[k + 1].pos_ in ("PROPN", "NOUN")):
                if tok.ent_type_ == "PERSON" and tok.i not in self.portfolios or \
                        tok.i in self.taken and not self._org_token(tok.i) and tok.i not in self.portfolios:
                    break
                if tok.lower_ == "of" and k > 0 and not self._org_token(k) and (
                        self.tokens[k - 1].lower_ in cues.RELATIONAL_NOUNS or
                        self.lex.title(self.tokens[k - 1].lower_) is None):
                    # "fiancée of journalist Jamal Khashoggi", "the murder of journalist ...": his
                    # title is "journalist" ("Secretary of State Antony Blinken" reads on, and so
                    # does the "of" of a body's name: "Speaker of the House of Representatives").
                    break
                k -= 1
                continue
            break
        start = k + 1
        while start < i and (self.tokens[start].lower_ in ("for", "of") or self.tokens[start].tag_ == "POS" or
                             self.tokens[start].text == "-"):
            start += 1
        if start >= (i - place_words - 1 if place_words else i):
            return
        words = doc[start:i]
        title = self._title_in(words)
        if title is None:
            self._nationality_before(idx, words)
            return
        person = self.candidates[idx]
        country, sector, org_sector = self._qualifiers(words)
        if country is None and any(t.lower_ in ("country", "nation") and t.i + 1 < i and
                                   self.tokens[t.i + 1].tag_ == "POS" for t in words):
            country = self._country_before(start)  # "the country's foreign minister Y"
        role_start = start
        # The role leaves out leading nationality words ("US special representative ..." ->
        # "special representative ...") which become the actor's country instead.
        while role_start < i and (self.lex.demonym(self.tokens[role_start].text) or
                                  self.lex.country(self.tokens[role_start].text)) and \
                self.tokens[role_start].lower_ not in ("for", "of"):
            role_start += 1
        role_span = doc[role_start:i]
        if len(role_span):
            person.role = role_span.text
        person.country = country or person.country
        # An organisation named with the title gives the sector ("UN special representative" ->
        # IGO, "Pentagon spokesman" -> MIL); else the title's own; else GOV when a country is named.
        known = person.sector if person.name else None  # from the curated dated table
        # A title with no sector of its own in titles.tsv (spokesman, counterpart, the parties to a
        # case) has none: not the Phoenix agents' (which code a spokesman as media).
        person.sector = known or org_sector or title.sector or person.sector or \
            ("GOV" if country and not title.former and title.office else None)
        person.gender = person.gender or title.gender
        person.head_word = title.phrase
        person.former = title.former
        # An unlisted "organisation" inside the title is spaCy reading part of the title as a
        # name ("Interior" of "Interior Minister"): it is no actor of its own.
        # One the article names again outside the title is the body the title is held at
        # ("Acme coach Tom Lee said ... Acme won"): a mention of its own, and the person's employer
        # (whose quoted "we" it is).
        first, last = self.tokens[start].idx, self.tokens[i - 1].idx + len(self.tokens[i - 1].text)
        employer = None
        for other in self.candidates:
            if other.actor_kind == "organization" and other.kind == "name" and \
                    first <= other.start and other.end <= last and \
                    any(not (first <= s < last) for s, _ in _spelt(self.text, other.text)):
                employer = employer or other
            elif other.actor_kind == "organization" and not other.key and not other.sector and \
                    first <= other.start and other.end <= last:
                other.kind = "dropped"
        if employer is not None:
            person.employer = employer.head
        cand = self._cand(start, i, "title", "person", attach_to=idx, head_word=title.phrase,
                          country=person.country, sector=person.sector, role=person.role,
                          employer=employer.head if employer is not None else None)
        self._add(cand)
        self._take(start, i)

    def _nationality_before(self, idx: int, words) -> None:
        """ "Estonian MEP Jaak Madison", "Kenyan runner Jane Doe": a nationality adjective before
        the common nouns right before a name gives the person a country even when the nouns are
        no title the project knows (no sector, no role)."""
        person = self.candidates[idx]
        if person.country:
            return
        for k, tok in enumerate(words):
            code = self.lex.demonym(tok.text) if tok.text[:1].isupper() else None
            if code and len(code) == 3 and code in self.lex.countries:
                rest = list(words)[k + 1:]
                if rest and all(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ in ("PERSON", "GPE")
                                and not self.lex.country(t.text) and not self.lex.demonym(t.text)
                                for t in rest):
                    person.country = code
                return

    def _person_title_before(self, i: int) -> bool:
        """Whether a person's title ends right before token ``i`` (or before "from <Place>"
        opening the span at ``i``)."""
        doc = self.doc
        for k in (i - 1, i - 1 if i > 0 and self.tokens[i - 1].lower_ == "from" else None):
            if k is None or k < 0:
                continue
            if self.tokens[k].lower_ == "from":
                k -= 1
            if k >= 0:
                title = self.lex.title(self.tokens[k].lower_)
                if title is not None and title.kind == "person":
                    return True
        return False

    def _country_before(self, i: int) -> str | None:
        """The country named (or whose nationality adjective is used) last before token ``i``,
        within this sentence and the three before it."""
        doc = self.doc
        first_sent = self.sent_of[i] - 3 if i in self.sent_of else 0
        for k in range(i - 1, -1, -1):
            tok = self.tokens[k]
            if self.sent_of.get(k, 0) < first_sent:
                return None
            if not tok.text[:1].isupper():
                continue
            code = self.lex.demonym(tok.text) or (self.lex.country(tok.text) if tok.pos_ == "PROPN" else None)
            if code and len(code) == 3 and code in self.lex.countries:
                return code
        return None

    def _org_token(self, i: int) -> bool:
        return any(c.start <= self.tokens[i].idx < c.end and (
            c.key and c.key.startswith(("org:", "gov:")) or c.actor_kind == "organization")
            for c in self.candidates)

    def _glued_hyphen(self, k: int) -> bool:
        """Whether token ``k`` is a hyphen inside a word ("Secretary-General"), no space either side."""
        tok = self.tokens[k]
        return tok.text == "-" and not tok.whitespace_ and k > 0 and not self.tokens[k - 1].whitespace_

    def _hyphen_piece(self, k: int, side: int) -> bool:
        """Whether token ``k`` is glued by a hyphen to the word on its ``side`` (-1 left, 1 right)
        as part of one word ("Secretary-General"), not to a prefix or suffix of time ("then-Secretary",
        "President-elect")."""
        hyphen, other = k + side, k + 2 * side
        if not (0 <= other < len(self.tokens)) or not self._glued_hyphen(hyphen):
            return False
        return self.tokens[other].lower_ not in HYPHEN_AFFIXES

    def _title_in(self, words):
        """The title phrase in ``words`` (longest first), or None. A hyphenated title is read
        whole ("UN Secretary-General", "WHO Director-General"), never by its last part alone (the
        "General" of a director-general is no general)."""
        best, first = None, 0
        toks = [t for t in words]
        for a in range(len(toks)):
            for b in range(min(len(toks), a + 4), a, -1):
                if self._glued_hyphen(toks[a].i) or self._glued_hyphen(toks[b - 1].i) or \
                        self._hyphen_piece(toks[a].i, -1) or self._hyphen_piece(toks[b - 1].i, 1):
                    continue  # a piece of a hyphenated word
                phrase = "".join(t.text_with_ws for t in toks[a:b]).lower()
                title = self.lex.title(phrase) or self.lex.title(phrase.replace("-", " "))
                if title is None and b - a == 1:
                    title = self.lex.title(toks[a].lemma_.lower())
                if title and title.kind == "person" and (best is None or len(title.phrase) > len(best.phrase)):
                    best, first = title, a
        title = self._affiliated(best, [t.lower_ for t in toks])
        if title is not None and toks and self._former(self.tokens, toks[first].i):
            # "former President Barack Obama", "ex-minister": an office left gives no sector now
            return Title(title.phrase, None, title.kind, title.gender, former=True)
        return title

    @staticmethod
    def _former(toks, first: int) -> bool:
        """Whether the title opening at ``toks[first]`` follows "former" or "ex-", across up to
        two capitalised words between ("former US president", "former Israeli Prime Minister"),
        also where the title's phrase starts after that word ("Ousted President X": ``toks`` are
        the article's tokens)."""
        k = first - 1
        while k >= 0 and first - k <= 2 and toks[k].text[:1].isupper() and toks[k].lower_ not in FORMER:
            k -= 1
        if k < 0:
            return False
        if toks[k].lower_ == "late":
            # "the late King Hussein", "his late father", "Late President X" opening a sentence;
            # not the time of day ("Late Monday Prime Minister X called ...", "late on Friday")
            if any(t.ent_type_ in ("DATE", "TIME") for t in toks[k + 1:first]):
                return False
            return bool(toks[k].is_sent_start) or k > 0 and (
                toks[k - 1].lower_ == "the" or toks[k - 1].tag_ in ("PRP$", "POS"))
        return toks[k].lower_ in FORMER or toks[k].text == "-" and k > 0 and toks[k - 1].lower_ == "ex"

    def _affiliated(self, title, words: list[str]):
        """``title`` with the sector the Phoenix agents give it with the words before it, when its
        own is generic ("rebel leader", "guerrilla commander": REB, not the GOV of "leader")."""
        if title is None or " " in title.phrase or title.sector not in (None, "GOV") and \
                title.phrase not in cues.SPORT_RANKS:
            return title
        end = max((k for k, w in enumerate(words) if w == title.phrase), default=-1)
        if title.phrase in cues.SPORT_RANKS:
            before = words[end - 1] if end > 0 else ""
            if before in cues.NO_OFFICE_GROUPS or self.lex.country(before) and not self.lex.demonym(before):
                return Title(title.phrase, None, title.kind, title.gender, office=False)  # "the England captain"
            return title
        for a in range(max(0, end - 2), end):
            sector = self.lex.agent_sector(" ".join(words[a:end + 1]))
            if sector and sector != title.sector and sector in cues.AFFILIATION_SECTORS:
                return Title(title.phrase, sector, title.kind, title.gender)
        k = end - 1
        while k >= 0 and words[k] in ("'s", "\u2019s", "'"):
            k -= 1  # "the party's leader"
        if k < 0:
            return title
        if words[k] in cues.NO_OFFICE_GROUPS and title.sector == "GOV":
            return Title(title.phrase, None, title.kind, title.gender)  # "team leader": no office
        before = self.lex.title(words[k])  # "opposition spokesman"
        sector = before.sector if before is not None else cues.ORG_NAME_SECTORS.get(words[k])
        if sector and sector != title.sector and (sector in cues.AFFILIATION_SECTORS or title.sector is None):
            # "ministry spokesman" GOV, "company spokesman" BUS, "party leader" OPP
            return Title(title.phrase, sector, title.kind, title.gender)
        return title

    def _qualifiers(self, words):
        """(country, sector, organisation sector) that the modifiers in ``words`` give: demonyms,
        country names and organisations ("US", "Pakistani", "State Department", "UN's")."""
        country = sector = org_sector = None
        for cand in self.candidates:
            if self._stance_of(cand.start):
                continue  # "pro-Russia rebels", "anti-EU protesters": whom they are for or against
            if cand.key and cand.key.startswith("org:") and words.start_char <= cand.start < words.end_char:
                country = country or cand.country
                org_sector = org_sector or cand.sector
            elif cand.kind == "name" and cand.actor_kind == "organization" and cand.sector and \
                    words.start_char <= cand.start < words.end_char:
                # A named organisation with an organisation word or a who's-who code ("Labour
                # Party leader": OPP; "Harvard University professor": EDU).
                country = country or cand.country
                org_sector = org_sector or cand.sector
            elif cand.key and cand.key.startswith("gov:") and words.start_char <= cand.start < words.end_char:
                country = country or cand.country
        for tok in words:
            if tok.i in self.taken or self._stance_of(tok.idx):
                continue
            code = self.lex.demonym(tok.text) if tok.text[:1].isupper() else None
            code = code or (self.lex.country(tok.text) if tok.pos_ == "PROPN" else None)
            if code is None and tok.pos_ == "PROPN" and tok.dep_ == "compound" and len(tok.text) > 2:
                # "IDF troops", "Peshmerga fighters": a national body of the who's-who (with a
                # sector: the who's-who also spells countries by their places, "Chicago")
                coded = self.lex.organisation_code(tok.text)
                code = coded[0] if coded and coded[1] else None
            if code and not (tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "in", "on")):
                # "special representative for Afghanistan": the portfolio, not the nationality
                country = country or code
        return country, sector, org_sector

    def _stance_of(self, start: int) -> bool:
        """Whether the word at character ``start`` follows "pro-" or "anti-" (hyphen or en dash):
        a group "pro-Iran" or "anti-American" is for or against that country, not of it."""
        return self.text[max(0, start - 5):start].lower().endswith(_STANCE_PREFIXES)

    def _organisation(self, i: int, j: int):
        doc = self.doc
        span = doc[i:j]
        inner = [c for c in self.candidates if span.start_char <= c.start and c.end <= span.end_char]
        if len(span) >= 5 and inner:
            return  # a headline spaCy read as one name ("The US Resume Talks With The Taliban")
        words = [t.lower_ for t in span if t.tag_ != "POS"]
        # The name's own noun before an "of"/"for" phrase says what it is: "the European Court
        # of Human Rights" is a court, not a rights group.
        head = words[:next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))]
        sector = next((cues.ORG_NAME_SECTORS[w] for w in [*reversed(head), *reversed(words)]
                       if w in cues.ORG_NAME_SECTORS), None)
        body = next(((k, *self.bodies_of[k]) for k in range(i, j) if k in self.bodies_of), None)
        if body is not None:
            # "the UN Children's Fund", "the UN Human Rights Council": a body of the UN is IGO, as
            # CAMEO codes it, whatever its own noun ("council") says
            sector = body[1].sector
        if sector is None and self._person_title_before(i) and not self.lex.org(span.text, self.on) and \
                not any(t.text.isupper() for t in span):
            # "Senator Ted Cruz", "Senator from Vermont Bernie Sanders" read as an organisation:
            # a person's title right before it says it is a person.
            self._person(i, j)
            return
        country = None
        for tok in span:
            code = self.lex.demonym(tok.text) or self.lex.country(tok.text)
            if code and tok.text[:1].isupper():
                country = code
                break
        if country in cues.REGIONAL_CODES and "national" not in words and (
                sector in cues.STATE_BODY_SECTORS or any(w in cues.INTERNATIONAL_BODY_WORDS for w in words)):
            country, sector = None, "IGO"  # "the European Space Agency": an international body
        # A short name with no organisation word ("Brock Holt") may be a person spaCy mislabelled;
        # coref decides from what follows (a surname match, a "he" with no other antecedent).
        maybe_person = sector is None and len(words) <= 3 and not any(
            w in ("of", "&", "and") or w.isupper() for w in (t.text for t in span))
        coded = self.lex.organisation_code(span.text) if len(span.text) > 2 else None
        if coded is None and body is not None:
            # as the who's-who spells it, the parent's full name first ("United Nations Children's Fund")
            k, parent, n = body
            coded = self.lex.organisation_code(f"{parent.name} {doc[k + n:j].text}")
        organization = None
        if coded and (coded[1] or coded[0]):
            # The who's-who knows the organisation ("APEC" -> IGO, "Amnesty International" -> NGO).
            country, sector, organization = coded[0] or (None if coded[1] in ("IGO", "NGO", "IMG", "MNC")
                                                         else country), coded[1] or sector, coded[2]
            maybe_person = False
        cand = self._cand(i, j, "name", "organization", country=country, sector=sector,
                          name_tokens=tuple(words), maybe_person=maybe_person, organization=organization)
        self._add(cand)
        self._take(i, j)

    def _nationality(self, i: int, j: int):
        """ "Afghans", "the Palestinians": a people, as a group actor."""
        doc = self.doc
        root = doc[i:j].root
        code = self.lex.demonym(doc[i:j].text)
        if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NNPS") or not self._acts(root):
            return
        if code is None:
            # "Christians", "Muslims", "Hindus": a community of faith the agents dictionary
            # codes by its religion (CHR, MUS, HIN, ...) is a group of sector REL.
            if self.lex.religion(root.lemma_) and j - i == 1:
                self._add(self._cand(i, j, "name", "group", sector="REL",
                                     key=f"faith:{root.lemma_.lower()}", number="pl"))
                self._take(i, j)
            return
        self._add(self._cand(i, j, "name", "group", country=code, key=f"people:{code}", number="pl"))
        self._take(i, j)

    def _descriptions(self):
        """Noun phrases headed by a title, a role noun, a government noun or a relational noun, and
        any noun phrase in apposition to (or predicated of) a named actor."""
        doc = self.doc
        self.misread_verbs: set[int] = set()
        self._misread_age_subjects()
        self._misread_force_verbs()
        name_heads = {c.head: n for n, c in enumerate(self.candidates) if c.kind in ("name", "metonym")}
        self.described_heads = {}  # head token of a description -> what it describes
        self.description_heads: dict[int, int] = {}  # head token -> description found so far
        # Head nouns the text has given a named actor so far ("Grupo Verde, a cement maker"):
        # a later definite "the cement maker" is a mention, whatever the noun (coref joins it).
        given: set[str] = set()
        for tok, passed in zip(self.tokens, self._no_head_of_phrase()):
            if passed or tok.i in self.taken or tok.dep_ == "compound":
                continue
            one_of = tok.lower_ == "one" and tok.dep_ in ONE_OF_DEPS and \
                any(c.lower_ == "of" for c in tok.rights)  # "one of the ..."
            # "the accused", "the deceased": a role noun spaCy reads as a participle.
            nominal = tok.pos_ in ("VERB", "ADJ") and tok.lower_ in cues.ROLE_NOUNS and \
                tok.dep_ in ROLE_PARTICIPLE_DEPS and \
                any(c.dep_ == "det" for c in tok.children)
            epithet = self._epithet(tok)  # "the 28-year-old", "the Australian"
            if tok.pos_ not in ("NOUN", "PROPN") and not (one_of or nominal or epithet):
                continue
            if tok.pos_ == "PROPN" and tok.ent_type_ and not epithet and not (
                    tok.ent_type_ == "NORP" and tok.dep_ in ("attr", "oprd", "appos") and
                    any(c.lower_ in ("a", "an") for c in tok.lefts)):
                continue  # ... but "He became a Christian" is a predicate
            lemma = tok.lower_ if nominal else tok.lemma_.lower()
            low = tok.lower_
            title = self._head_title(tok)
            relational = lemma in cues.RELATIONAL_NOUNS or low in cues.RELATIONAL_NOUNS
            government = low in cues.GOVERNMENT_NOUNS or lemma in cues.GOVERNMENT_NOUNS
            role_noun = low in cues.ROLE_NOUNS or lemma in cues.ROLE_NOUNS
            described = self._described(tok, name_heads)
            if described is None and title is not None and title.kind == "person":
                described = self._subject_beside(tok, name_heads)
            if described is None and tok.dep_ == "dobj":
                # "Police named the victim as Jane Doe", "identified the man as John Smith".
                described = next((name_heads[g.i] for c in tok.head.children
                                  if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
                                  for g in c.children if g.dep_ == "pobj" and g.i in name_heads and
                                  self.candidates[name_heads[g.i]].actor_kind == "person"), None)
            if described is None and (relational or title is not None and title.kind == "person") and \
                    tok.tag_ == "NN" and any(t.dep_ == "poss" for t in tok.lefts):
                described = self._name_right_after(tok)
            if isinstance(described, int) and self.candidates[described].actor_kind == "country" and \
                    (title and title.kind == "person" or relational):
                described = None  # "United States senator ... Robert F. Kennedy": no country is a senator
            if isinstance(described, int) and tok.tag_ in ("NNS", "NNPS") and \
                    self.candidates[described].actor_kind == "person":
                described = None  # "The victims were identified as Jane Roe, John Doe and ...": not one of them
            country_noun = lemma in cues.COUNTRY_NOUNS and (
                any(t.lower_ in cues.NEIGHBOUR_WORDS for t in tok.lefts) or
                any(t.lower_ == "the" for t in tok.lefts))
            if one_of and described is None:
                continue
            bare = not any(t.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod") for t in tok.lefts)
            if bare and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.text.islower() and \
                    self._head_title(tok.head.head):
                continue  # "secretary of state", "minister of justice": part of the title
            if title and title.kind == "person" and bare and tok.tag_ == "NN" and tok.text.islower() \
                    and described is None:
                continue  # "bring to justice", "obstructing justice": the abstract noun, no one
            if lemma in cues.PLACE_NOUNS and any(
                    child.dep_ == "prep" and child.lower_ == "of" and any(
                        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in child.children)
                    for child in tok.rights):
                continue  # "the state of Goa": a place, which the places stage has
            echo = described is None and lemma in given and tok.tag_ in ("NN", "NNS") and \
                any(t.dep_ == "det" and t.lower_ in ("the", "this", "these") for t in tok.lefts)
            agentive = not (title or relational or government) and self._people_noun(tok)
            # "its members", "their supporters": a body's own people, named by its possessive
            # ("their family members", "his board members" are another body's)
            owned = tok.tag_ == "NNS" and cues.owned_member_noun(low) and \
                any(t.dep_ == "poss" for t in tok.lefts) and not any(t.dep_ == "compound" for t in tok.lefts)
            introduced = described is None and self._introduced_person(tok)
            # "LTTE cadres", "Fatah gunmen": a body's own people named by the body as their modifier
            # (an armed, party or opposition body, or one the dictionaries code by its country)
            membered = next((self.candidates[name_heads[t.i]] for t in tok.lefts
                             if t.dep_ == "compound" and t.i in name_heads and
                             self.candidates[name_heads[t.i]].actor_kind in ("organization", "group") and
                             (self.candidates[name_heads[t.i]].sector in cues.MEMBERED_SECTORS or
                              self.candidates[name_heads[t.i]].country)), None) \
                if tok.tag_ == "NNS" and cues.owned_member_noun(low) else None
            if not (title or relational or government or role_noun or country_noun or epithet or
                    described is not None or echo or agentive or introduced or owned or membered is not None):
                continue
            if low == "house" and any(t.dep_ == "poss" for t in tok.lefts) and \
                    not any(t.lower_ in cues.CHAMBER_SIDES for t in tok.lefts):
                continue  # "his house", "the doctor's house": a home, no chamber ("its lower house" is one)
            if lemma in cues.CROWD_HEADS and described is None and tok.dep_ == "pobj" and \
                    tok.head.lower_ in cues.INSIDE_PREPOSITIONS:
                continue  # "he was in the crowd", "among the protesters": where, not who
            if lemma in cues.MODIFIED_EPITHETS and described is None and \
                    not any(t.dep_ in ("compound", "amod", "nmod") for t in tok.lefts):
                continue  # "the tech giant" is a company, a bare "the giant" mostly not
            if role_noun and not (title or relational or government or country_noun or agentive or
                                  introduced or described is not None) \
                    and not any(t.dep_ in ("det", "poss") and t.lower_ not in ("a", "an", "some", "any", "no")
                                for t in tok.lefts):
                continue  # "a national state", "some museums": not a reference to anyone in particular
            left = min((t.i for t in tok.lefts for t in t.subtree), default=tok.i)
            left = min(left, tok.i)
            left = max([left, *(v + 1 for v in self.misread_verbs if left <= v < tok.i)])
            for k in range(left, tok.i):
                if self.tokens[k].text in ("-", "\u2013", "\u2014", ":") and (self.tokens[k].whitespace_ or self.tokens[k].text == ":") \
                        or "\n" in self.tokens[k].text:
                    # "NAIROBI - Police ...": the dateline is no part of the phrase (a hyphen
                    # inside a word, "60-year-old", is)
                    left = k + 1
            if self.publications and any(compact(self.tokens[k].text) in self.publications
                                         for k in range(left, tok.i)):
                continue  # "a Wikinews correspondent": the article's own reporter, no actor of its story
            while left < tok.i and (self.tokens[left].dep_ in ("advmod", "cc", "preconj", "punct") or
                                    self.tokens[left].lower_ in cues.LOCATIVE_PREPOSITIONS):
                # "(and) also the wife of one of them": the phrase starts at "the"; "gathered
                # outside parliament", where spaCy makes "outside" an adjective: at "parliament"
                left += 1
            right = tok.i + 1
            while right + 1 < len(doc) and self._glued_hyphen(right) and right not in self.taken:
                right += 2  # a hyphen inside one word: "son-in-law", "commander-in-chief"
            pp_country = pp_place = None
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ in ("for", "of", "in", "to") and \
                        (title or government) and child.i == right:
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    if pobj and pobj[0].pos_ == "PROPN" and pobj[0].ent_type_ != "PERSON":
                        name = doc[pobj[0].left_edge.i:pobj[0].i + 1].text
                        code = self.lex.country(name) or self.lex.capital(name)
                        local = title is not None and title.sector in cues.LOCAL_SECTORS
                        if code and (child.lower_ == "of" or child.lower_ == "in" and (government or local)):
                            pp_country = code
                            if government and pobj[0].i not in self.taken:
                                pp_place = (pobj[0].left_edge.i, pobj[0].i + 1, code)
                        right = phrase_end(pobj[0]) + 1
            if title is not None and title.kind == "person" and tok.tag_ not in ("NNS", "NNPS") and \
                    right + 1 < len(doc) and self.tokens[right].text == "," and not (
                    isinstance(described, int) and self.candidates[described].actor_kind == "person"):
                # "According to news agency ISNA, the prosecutor general of Tehran, Ali Alghasi
                # Mehr, said": the person named right after the title, not the agency before it.
                after = next((n for n, c in enumerate(self.candidates) if c.kind == "name" and
                              c.actor_kind == "person" and c.start == self.tokens[right + 1].idx), None)
                if after is not None:
                    described = after
            words = doc[left:right]
            det = self.tokens[left].lower_ if left < tok.i else ""
            possessor = next((t.i for t in tok.lefts if t.dep_ == "poss"), None)
            country, _, org_sector = self._qualifiers(doc[left:tok.i + 1])
            country = country or pp_country
            if introduced and country and not (title or relational or government or country_noun or
                                               epithet or echo or agentive):
                continue  # "an American actor": the nationality is the country's mention, kept
            plural = tok.tag_ in ("NNS", "NNPS")
            head_phrase = title.phrase if title else lemma
            collective = lemma in cues.COLLECTIVE_NOUNS
            cand = self._cand(left, right, "description",
                              ("group" if collective else
                               title.kind if title and title.kind == "person" and not plural else
                               "person" if relational and not plural else "group" if plural else None),
                              head=tok.i, country=country, head_word=head_phrase,
                              definite=det in ("the", "this", "that", "these", "those") or possessor is not None,
                              number="pl" if plural or collective else "sg", possessor=possessor)
            cand.plural_head = plural
            if det in ("a", "an") and not plural and (cand.actor_kind == "person" or introduced):
                cand.indefinite = True
                if cand.actor_kind is None or introduced and not (title or relational):
                    cand.actor_kind, cand.introduced = "person", True
                    cand.gender = cand.gender or next((SEX_WORDS[t.lower_] for t in tok.lefts
                                                       if t.lower_ in SEX_WORDS), None)
            if epithet:
                cand.actor_kind, cand.epithet, cand.number = "person", True, "sg"
                cand.country = cand.country or (epithet if epithet in self.lex.countries else None)
            if membered is not None:
                cand.country = cand.country or membered.country
                if not title:
                    cand.sector = membered.sector
            employer = self._employer(tok, name_heads) if title else None
            if title:
                cand.sector = org_sector or title.sector or ("GOV" if country and not title.former and title.office else None)
                if employer is not None:
                    # "a vice president at PG&E", "the Secretary-General of the United Nations":
                    # the organisation's sector and country, not the title's (a vice president
                    # is GOV only in a government).
                    cand.sector = employer.sector
                    cand.country = cand.country or employer.country
                    cand.employer = employer.head
                cand.gender = title.gender
                if title.kind == "person" and not plural:
                    cand.role = doc[left:right].text if det not in ("the", "a", "an") else doc[left + 1:right].text
            elif relational or role_noun:
                cand.gender = cues.GENDERED_NOUNS.get(lemma)
            if government and country:
                cand.key = f"gov:{country}"
                cand.actor_kind = "country"
                cand.sector = "GOV"
            if lemma in cues.COUNTRY_NOUNS and any(t.lower_ in cues.NEIGHBOUR_WORDS for t in words):
                poss = [t for t in tok.lefts if t.dep_ == "poss"]
                code = self.lex.country(poss[0].text) if poss else None
                if code:
                    cand.neighbour_of = code
                    cand.actor_kind = "country"
            elif lemma in ("country", "nation") and det == "the" and right == tok.i + 1 and left == tok.i - 1:
                cand.refers_country = True
                cand.actor_kind = "country"
            if isinstance(described, tuple):
                self.pending_attach.append((cand, described[1]))
            elif described is not None:
                cand.attach_to = described
            if described is not None:
                self.described_heads[tok.i] = described
                if tok.pos_ == "NOUN":
                    given.add(lemma)
            if any(cand.text.lower() == p for p in cues.BOTH_PARTIES):
                continue  # found by _both_parties
            idx = self._add(cand)
            self.description_heads[tok.i] = idx
            for child in tok.rights:
                # "The Vice President, Mike Pence, said": the name in apposition is the same person.
                if child.dep_ == "appos" and child.i in name_heads and \
                        self.candidates[name_heads[child.i]].attach_to is None:
                    self.candidates[name_heads[child.i]].attach_to = idx
            if pp_place is not None:
                # "the new government in Kabul": the capital stands for the government too.
                i, j, code = pp_place
                while i < j and self.tokens[i].lower_ == "the":
                    i += 1
                self._add(self._cand(i, j, "metonym", "country", country=code, sector="GOV",
                                     key=f"gov:{code}", attach_to=idx))
            self._take(left, right)

    def _coordinated_people(self):
        """ "Bernoulli and Euler", "Padalecki and his wife": people joined by "and" are a group
        mention of their own (plural, no name), which a later "they", "the two" or "the couple"
        may refer to. ``introduced``: no actor unless something does."""
        person_at = {}
        for n, cand in enumerate(self.candidates):
            if cand.actor_kind == "person" and cand.kind in ("name", "description") and cand.number == "sg":
                person_at.setdefault(cand.head, n)
        for first, n in list(person_at.items()):
            tok = self.tokens[first]
            if tok.dep_ == "conj":
                continue  # a later conjunct: its group is made from the first
            conjuncts, stack = [n], [tok]
            while stack:
                for child in stack.pop().children:
                    if child.dep_ == "conj" and child.i > tok.i:
                        conjuncts.append(person_at.get(child.i))
                        stack.append(child)
            cc = [c for c in tok.children if c.dep_ == "cc"] + \
                [c for k in conjuncts[1:] if k is not None for c in self.tokens[self.candidates[k].head].children
                 if c.dep_ == "cc"]
            if len(conjuncts) < 2 or None in conjuncts or not any(c.lower_ == "and" for c in cc):
                continue  # "Smith or Jones", "Smith and the company": no group of people
            start = min(self.candidates[k].start for k in conjuncts)
            start = min(start, next((c.start for c in self.candidates if c.attach_to == n and c.kind == "title"
                                     and c.end <= self.candidates[n].start), start))
            end = max(self.candidates[k].end for k in conjuncts)
            and_token = next(c for c in cc if c.lower_ == "and")
            group = Candidate(start, end, self.text[start:end], "description", "group", and_token.i,
                              self.sent_of[first], number="pl", introduced=True)
            group.subject = is_subject(tok)
            group.para = bisect.bisect_right(self.breaks, start)
            group.quoted = self.in_quote[start] if start < len(self.in_quote) else False
            group.coordination = True
            self._add(group)
        for tok in self.tokens:
            # "The two live together", "Both said ...": a number or "both" standing alone as a
            # noun phrase (no noun after it) is a pair mention like "the couple"
            if tok.lower_ not in ("two", "both") or tok.i in self.taken or \
                    tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.head.i > tok.i and tok.head.pos_ == "NOUN":
                continue
            det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
            if tok.lower_ == "two" and not det:
                continue  # "two of them", "two were killed": not the two already named
            left = det[0].i if det else tok.i
            self._add(self._cand(left, tok.i + 1, "description", "group", head=tok.i, head_word=tok.lower_,
                                 definite=True, number="pl"))

    def _force_modifiers(self):
        """A security force named only as the modifier of a thing, place, unit or act of its own
        ("killed in police firing", "stoned police vehicles", "attacked a police station", "a Sri
        Lankan army patrol"): a mention of the force, coded as the force named alone is (police
        COP, of the article's country; the army MIL), which the events stage finds inside the
        phrase when its head is no actor. Only heads of the force's own places, vehicles, units
        and acts (``cues.FORCE_OWNED_HEADS``): "an army veteran", "a police informant" are no
        force; "police officer" is a title, found above."""
        for tok in self.tokens:
            if tok.dep_ != "compound" and not (tok.dep_ == "amod" and tok.lower_ in cues.FORCE_ADJECTIVES) or \
                    tok.i in self.taken or not tok.text.islower() and tok.i != tok.sent.start:
                continue
            head = self._force_head(tok)
            if head is None or head.i in self.taken or head.ent_type_ or \
                    not all(k not in self.taken and self.tokens[k].dep_ in ("compound", "amod") for k in range(tok.i, head.i)):
                continue  # the force's word right before the head, or inside a chain of modifiers
            first = tok.i - 1 if tok.i > 0 and self.tokens[tok.i - 1].dep_ == "compound" and \
                self.tokens[tok.i - 1].text.islower() and tok.i - 1 not in self.taken else tok.i
            title = next((t for t in (self.lex.title(self.doc[a:tok.i + 1].text) for a in range(first, tok.i + 1))
                          if t is not None), None)
            if title is None or title.kind != "group" or title.sector not in cues.FORCE_SECTORS:
                continue
            if tok.dep_ == "amod" and head.lemma_.lower() in cues.FORCE_ACT_HEADS:
                continue  # "called for military action": the adjective names a kind of act, no force
            i = next(a for a in range(first, tok.i + 1) if self.lex.title(self.doc[a:tok.i + 1].text) is title)
            country, _, _ = self._qualifiers(self.doc[head.left_edge.i:tok.i + 1])
            if country is None and head.lemma_.lower() not in cues.FORCE_ACT_HEADS:
                # "an army convoy in northern Uganda": the country the head's own phrase names
                country = next((code for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "in"
                                for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
                                for code in [self.lex.country(self.doc[next(k for k in range(obj.left_edge.i, obj.i + 1)
                                                                            if self.tokens[k].pos_ == "PROPN"):obj.i + 1].text)]
                                if code), None)
            self._add(self._cand(i, tok.i + 1, "description", "group", head=tok.i, country=country,
                                 sector=title.sector, head_word=title.phrase, number="pl"))
            self._take(i, tok.i + 1)

    def _force_head(self, tok):
        """The head noun of the force's own place, vehicle, unit or act that ``tok`` modifies
        (``cues.FORCE_OWNED_HEADS``), or None: its head, or the first such noun up its chain of
        compounds ("a police lathi charge": police <compound lathi <compound charge; "a police
        firing incident": the firing), or the word a hyphen joins to the verb the parser made it
        the subject of ("Police lathi-charged the nurses": Police <compound lathi <nsubj
        charged; the act is the verb, whose doer the force is) or that is written apart from it
        ("Police baton charged", ``cues.SPLIT_VERB_HALVES``); never through a noun of people or
        a body ("a police union office")."""
        head = tok.head
        while head.i > tok.i and head.pos_ == "NOUN":
            if head.lemma_.lower() in cues.FORCE_OWNED_HEADS or head.lower_ in cues.FORCE_OWNED_HEADS:
                return head
            verb = head.head
            if head.dep_ in ("nsubj", "compound", "npadvmod") and verb.i == head.i + 2 and \
                    verb.pos_ == "VERB" and self._glued_hyphen(head.i + 1):
                return head  # "lathi-charged": the word before the hyphen is the verb's
            if head.dep_ == "nsubj" and verb.i == head.i + 1 and verb.pos_ == "VERB" and \
                    head.lower_ in cues.SPLIT_VERB_HALVES:
                return head  # "Police baton charged": the verb written as two words
            if head.dep_ != "compound" or verb.i <= head.i or self._agent_or_body(head):
                return None  # "a police union office": the union's office, not the force's
            head = verb
        return None

    def _agent_or_body(self, tok) -> bool:
        """Whether ``tok`` names people or an organisation by itself ("union", "association",
        "officer", "veteran"): a force's word before it names that body's kind, and the nouns
        after it are the body's own."""
        word = tok.lemma_.lower()
        return self.lex.agent_sector(word) is not None or word in cues.ROLE_NOUNS or \
            tok.lower_ in cues.ROLE_NOUNS

    def _introduced_person(self, tok) -> bool:
        """ "An IT worker went on a stabbing spree", "police arrested a man", "the fourth was a
        female office worker": a singular noun of a person with "a"/"an" that brings someone new
        into the story, whom a later "the attacker" or "the woman" may refer to. A noun that
        says only a person's sex or age ("man", "boy") in any role a person has in a clause; an
        agent noun no table lists ("worker", "freelancer") only as the subject of a verb that
        something does, or as a predicate (instruments share its shape: "a computer")."""
        if tok.tag_ != "NN" or tok.ent_type_ or not tok.text.islower() or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts):
            return False
        lemma = tok.lemma_.lower()
        if lemma in PERSON_NOUNS and lemma != "person":
            return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")
        if not self.lex.agent_noun(lemma):
            return False
        if tok.dep_ == "nsubj":
            return tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_ not in cues.NON_AGENT_VERBS
        return tok.dep_ == "attr" and tok.head.lemma_ == "be"

    def _people_noun(self, tok) -> bool:
        """A plural agent noun no table lists ("insurers", "truckers", "musicians") that is the
        subject of a verb or the object of what is done to people ("truckers blocked the road",
        "the road was blocked by truckers", "police arrested musicians", "migrants were evacuated"):
        a group."""
        if tok.tag_ != "NNS" or tok.ent_type_ or not (tok.text.islower() or tok.i == tok.sent.start) or \
                not self.lex.agent_noun(tok.lemma_.lower()):
            return False
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.tag_ in ("NNS", "NNPS", "NN"):
            tok = tok.head  # "truckers and farmers": the first conjunct's role
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "agent":  # "blocked by truckers"
            tok, verb = verb, verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if tok.dep_ in ("nsubj", "agent"):
            return verb.lemma_ not in cues.NON_AGENT_VERBS
        return tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in cues.PEOPLE_OBJECT_VERBS

    def _employer(self, tok, name_heads: dict[int, int]) -> Candidate | None:
        """The organisation a title is held at ("vice president at PG&E", "spokesman for the
        Taliban", "director of Acme Corp.", "Acme Corp's spokesman"), when it is named there. A
        possessor counts only with a sector of its own: "Arnor's foreign minister", a country
        spaCy calls an organisation, keeps the title's sector."""
        for child in [*tok.lefts, *tok.rights]:
            if child.dep_ == "poss":
                n = name_heads.get(child.i)
                objects = [child] if n is not None and self.candidates[n].sector else []
            elif child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "with"):
                objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            else:
                continue
            for obj in objects:
                n = name_heads.get(obj.i)
                if n is not None and self.candidates[n].actor_kind in ("organization", "group") and \
                        self.candidates[n].kind == "name":
                    return self.candidates[n]
        return None

    def _demonyms(self):
        """Nationality adjectives ("Israeli tank shelling", "US and British activists") as mentions
        of their country, unless a name, a title or a description already carries that country."""
        doc = self.doc
        covering = [c for c in self.candidates if c.kind in ("name", "title", "description", "metonym")]
        for tok in self.tokens:
            if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN") or \
                    tok.dep_ not in ("amod", "compound", "conj", "nmod"):
                continue
            code = self.lex.demonym(tok.text)
            if code is None or len(code) != 3 or code not in self.lex.countries:
                continue
            cover = [c for c in covering if c.start <= tok.idx < c.end]
            self._nationality_adjective(tok.i, tok.i + 1, code, mention=not any(
                c.kind != "description" or c.country == code for c in cover))

    def _nationality_adjective(self, i: int, j: int, code: str, mention: bool = True):
        """A nationality adjective over tokens [i, j): counted among the article's countries, and
        (``mention``) a mention of its country's government."""
        self.nationalities_seen.append((i, self.sent_of[i], code))
        if mention:
            self._add(self._cand(i, j, "name", "country", country=code, sector="GOV",
                                 key=f"gov:{code}", name=self.lex.countries[code].name))

    def _head_title(self, tok):
        """The title a noun heads, including its compound and adjective modifiers ("prime minister",
        "special representative", "police officer")."""
        mods = [t for t in tok.lefts if t.dep_ in ("compound", "amod") and t.i not in self.taken]
        words = [t.lower_ for t in mods] + [tok.lower_]
        # A common-noun possessor names where the title is held ("the party's leader").
        owners = [t.lower_ for t in tok.lefts if t.dep_ == "poss" and t.pos_ == "NOUN"]
        for a in range(len(words)):
            phrase = " ".join(words[a:])
            title = self.lex.title(phrase)
            if title and title.phrase in cues.SPORT_RANKS:
                # the country's name before it is a mention of its own ("the England captain")
                return self._affiliated(title, [t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_])
            if title:
                return self._affiliated(title, owners + words)
        if tok.tag_ in ("NNS", "NNPS"):  # "ministers": the plural's own entry, else the singular's
            title = self.lex.title(tok.lower_)
            if title is None and self.lex.title(tok.lemma_.lower()):
                # "rebel leaders" as "rebel leader": REB, not the GOV of "leader"
                title = self._affiliated(self.lex.title(tok.lemma_.lower()),
                                         owners + words[:-1] + [tok.lemma_.lower()])
            if title is None and tok.tag_ == "NNS":
                # "farmers", "hundreds of lawyers": a group of the Phoenix agents dictionary's
                # sector; "police personnel", "army men": a group noun takes its modifier's
                sector = self.lex.agent_sector(tok.lemma_.lower())
                for a in range(len(words) - 1) if sector is None else ():
                    # "border guards", "jail guards": the dictionary's phrase with the head in
                    # the singular (its own plural rows are few), longest first
                    sector = self.lex.agent_sector(" ".join(words[a:-1] + [tok.lemma_.lower()]))
                    if sector is not None:
                        break
                if sector is None and mods and tok.lemma_.lower() in cues.GROUP_MEMBER_NOUNS:
                    sector = self.lex.agent_sector(" ".join(words[:-1]))
                title = Title(tok.lower_, sector, "group", None) if sector else None
            return title
        return self.lex.title(tok.lemma_.lower())

    def _name_right_after(self, tok) -> int | None:
        """The person's name that follows a possessed noun with nothing between ("his partner
        Chris Cardenas", "her boyfriend Tom Reyes", "Acme's lawyer Jane Roe"): the same person,
        however the parser hung the name (it often makes it the subject of the verb after)."""
        if not tok.whitespace_ == " " or tok.i + 1 >= len(self.tokens):
            return None
        start = self.tokens[tok.i + 1].idx
        return next((n for n, c in enumerate(self.candidates) if c.start == start and
                     c.kind == "name" and c.actor_kind == "person"), None)

    def _fronted_subject(self, tok):
        """ "A freelancer, he was ...", "A former soldier, Smith joined ...": the subject a
        singular noun of a person with "a" that opens its sentence, set off by a comma, describes
        (spaCy attaches the phrase to the verb in several ways); None for any other noun ("A day
        later, he ...")."""
        if tok.tag_ != "NN" or tok.dep_ not in ("npadvmod", "advcl", "nsubj", "dep", "appos"):
            return None
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an") or \
                det.i > 0 and self.sent_of[det.i - 1] == self.sent_of[det.i]:
            return None
        end = tok.right_edge.i
        if end + 1 >= len(self.tokens) or self.tokens[end + 1].text != ",":
            return None
        lemma = tok.lemma_.lower()
        title = self._head_title(tok)
        if not (title is not None and title.kind == "person" or lemma in PERSON_NOUNS or
                self.lex.agent_noun(lemma)):
            return None
        verb = tok if tok.dep_ == "ROOT" else tok.head
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > end + 1), None)

    def _described(self, tok, name_heads: dict[int, int]):
        """The candidate that ``tok``'s phrase describes: an appositive ("Ned Price, the spokesman"),
        a predicate nominal ("Bernoulli was a Swiss mathematician", "His father became a
        geologist", "She was named chief executive"), an "as" phrase ("served as Prime Minister",
        "As a young girl, she ..."), or a phrase conjoined to one of these. A subject pronoun is returned as ("pronoun", token index)."""
        if tok.dep_ == "conj" and tok.head.i in self.described_heads:
            return self.described_heads[tok.head.i]
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
            return None  # "Sirhan in 1969 (Image: CDCR)": a label, not an apposition
        if tok.dep_ == "appos" and tok.head.i in name_heads:
            return name_heads[tok.head.i]
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and \
                any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in tok.lefts) or \
                tok.lower_ == "one" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            # "The driver was John Smith", "one of the dead was Jalal Rahman": the name the
            # copula gives the subject
            named = next((name_heads[c.i] for c in tok.head.children if c.dep_ == "attr" and
                          c.i in name_heads and self.candidates[name_heads[c.i]].actor_kind == "person"), None)
            if named is not None:
                return named
        fronted = self._fronted_subject(tok)
        if fronted is not None:
            if fronted.i in name_heads:
                return name_heads[fronted.i]
            if fronted.tag_ == "PRP" and fronted.lower_ in self.lex.pronouns:
                return ("pronoun", fronted.i)
        if tok.dep_ == "appos" and tok.head.i in self.description_heads and \
                tok.lemma_.lower() in PERSON_NOUNS and \
                self.candidates[self.description_heads[tok.head.i]].actor_kind == "person" and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return self.description_heads[tok.head.i]  # "The attacker, a man, ...": one person
        for clause in tok.rights:
            # "The man, later identified as John Carter,", "the victim, who was named as Jane
            # Roe,": the name the clause gives the one described.
            if clause.dep_ in ("acl", "relcl") and clause.lemma_ in cues.IDENTIFY_VERBS:
                for prep in clause.subtree:
                    if prep.dep_ == "prep" and prep.lower_ == "as":
                        named = next((name_heads[g.i] for g in prep.children
                                      if g.dep_ == "pobj" and g.i in name_heads), None)
                        if named is not None:
                            return named
        if tok.tag_ == "NN" and tok.lemma_.lower() not in cues.WORK_NOUNS and \
                any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
            # "The city's security chief, Abdul Karim,", "the team's manager, Tom Baker": a
            # person's name of two words or more in apposition to a definite or possessed singular
            # noun, whatever the noun (not a plural: "their four dogs, Marbles, ..."; not one word
            # spaCy calls a person: "the WB series, Supernatural").
            named = next((name_heads[c.i] for c in tok.rights if c.dep_ == "appos" and c.i in name_heads
                          and self.candidates[name_heads[c.i]].actor_kind == "person" and
                          len(self.candidates[name_heads[c.i]].text.split()) > 1), None)
            if named is not None:
                return named
        if tok.dep_ == "nsubjpass" and tok.head.lemma_ in cues.IDENTIFY_VERBS:
            # "The victim was identified as Jane Roe", "the driver was named as John Carter".
            named = next((name_heads[g.i] for prep in tok.head.children
                          if prep.dep_ == "prep" and prep.lower_ == "as"
                          for g in prep.children if g.dep_ == "pobj" and g.i in name_heads and
                          self.candidates[name_heads[g.i]].actor_kind == "person"), None)
            if named is not None:
                return named
        verb = None
        if tok.dep_ == "attr" and tok.head.lemma_ in cues.COPULAS:
            verb = tok.head
        elif tok.dep_ == "oprd" and tok.head.pos_ == "VERB" or \
                tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head if tok.dep_ == "oprd" else tok.head.head
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                       not c.ent_type_ in ("DATE", "TIME") and c.lemma_.lower() not in cues.TIME_NOUNS]
            if tok.head.i < verb.i or verb.lemma_.lower() in cues.SUBJECT_AS_VERBS:
                # "As a young girl, she loved dance", "Johnson succeeding her as the Prime
                # Minister": the subject is described
                objects = []
            if objects:  # "appointed him as envoy", "was named chief executive": the object is described
                obj = objects[0]
                if obj.i in name_heads:
                    return name_heads[obj.i]
                if obj.tag_ == "PRP" and obj.lower_ in self.lex.pronouns:
                    return ("pronoun", obj.i)
                return None
        if verb is None:
            return None
        named = self._name_before_parenthesis(verb.i)
        if named is not None:
            return named  # "Jeanne Moreau (French pronunciation: ...; 1928 – 2017) was a French actress"
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not subj and verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head.i != verb.i:
            # "Mary Smith was born in Ohio and became a teacher", "Dvořák displayed his gifts
            # early, being an apt violin student", "He was a clerk before becoming a
            # politician": the subject of the clause it hangs on.
            verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return None
        if subj[0].i in name_heads:
            return name_heads[subj[0].i]
        if subj[0].i in self.description_heads and tok.dep_ == "attr" and \
                self.candidates[self.description_heads[subj[0].i]].actor_kind == "person" and \
                any(c.lower_ in ("a", "an") for c in tok.lefts):
            # "Her father is a chemist": an indefinite predicate of a described person.
            return self.description_heads[subj[0].i]
        if subj[0].tag_ == "WP" and verb.dep_ == "relcl" and verb.head.i in name_heads:
            return name_heads[verb.head.i]  # "Mike Pompeo, who is the secretary of state"
        if subj[0].tag_ == "PRP" and subj[0].lower_ in ("he", "she", "they"):
            return ("pronoun", subj[0].i)  # "He was a Swiss mathematician": set when found
        return None

    def _name_before_parenthesis(self, i: int) -> int | None:
        """The person's name that ends right before a parenthesis closing right before token
        ``i`` (the verb of a predicate: "Jerome (/ dʒəˈroʊm /; Latin: ...; c. 347 – 420) was"),
        whatever spaCy made of the subject inside the parenthesis."""
        doc = self.doc
        if i == 0 or self.tokens[i - 1].text != ")":
            return None
        depth, k = 0, i - 1
        while k >= 0:
            depth += {")": 1, "(": -1}.get(self.tokens[k].text, 0)
            if depth == 0:
                break
            k -= 1
        if k <= 0 or "\n" in self.text[self.tokens[k - 1].idx:self.tokens[i].idx]:
            return None
        end = self.tokens[k - 1].idx + len(self.tokens[k - 1].text)
        return next((n for n, c in enumerate(self.candidates)
                     if c.kind == "name" and c.actor_kind == "person" and c.end == end), None)

    def _misread_age_subjects(self):
        """ "The 54-year-old told reporters ...": spaCy reads the verb as an adjective of the
        object ("the 54-year-old told reporters" as one noun phrase). The age phrase is a subject
        epithet of its own, and the object's phrase starts after the verb."""
        tokens = self.tokens
        for tok in tokens:
            k = tok.i
            if not (tok.lower_ == "old" and tok.dep_ == "amod" and k >= 4 and k + 1 < len(tokens) and
                    tokens[k - 1].text == "-" and tokens[k - 2].lower_ in ("year", "years")):
                continue
            verb = tokens[k + 1]
            if verb.tag_ not in ("VBD", "VBZ") or verb.dep_ != "amod" or verb.head.i != tok.head.i:
                continue
            left = k - 2
            while left > 0 and (tokens[left - 1].text == "-" or tokens[left - 1].like_num):
                left -= 1
            if left == 0 or tokens[left - 1].lower_ != "the" or not self._free(left - 1, k + 1):
                continue
            cand = self._cand(left - 1, k + 1, "description", "person", head=k, definite=True,
                              head_word="old", number="sg")
            cand.epithet, cand.subject = True, True
            self._add(cand)
            self._take(left - 1, k + 2)  # the verb is no part of any phrase
            self.misread_verbs.add(verb.i)

    def _misread_force_verbs(self):
        """ "Police baton-charged opposition supporters gathered ...": spaCy reads the force, the
        hyphenated verb and its object as one noun phrase (Police <compound supporters, baton
        <npadvmod charged <amod supporters; or Police <compound lathi). The force (a group title
        of cues.FORCE_SECTORS right before the verb's first half) is a mention of its own, and the
        object's phrase starts after the verb."""
        for verb in self.tokens:
            if verb.dep_ != "amod" or verb.pos_ != "VERB" or (force := misread_participle_doer(verb)) is None:
                continue
            k = verb.i
            title = self.lex.title(force.lower_)
            if title is None or title.kind != "group" or title.sector not in cues.FORCE_SECTORS:
                continue
            if self._free(force.i, force.i + 1):
                self._add(self._cand(force.i, force.i + 1, "description", "group", head=force.i,
                                     sector=title.sector, head_word=title.phrase, number="pl"))
                self._take(force.i, force.i + 1)
            self.misread_verbs.add(k)

    def _no_head_of_phrase(self) -> list[bool]:
        """For each word, whether it is neither a noun nor a proper noun nor in an argument's
        place (EPITHET_DEPS): no head of a description then, nor "one of", a participle role noun
        or an epithet (each asks for one of those places), so _descriptions passes it over at
        once (part of speech and dependency read from one array, not from each Token)."""
        from spacy.attrs import DEP, POS
        from spacy.symbols import NOUN, PROPN

        places = {self.doc.vocab.strings[dep] for dep in EPITHET_DEPS}
        return [pos != NOUN and pos != PROPN and dep not in places
                for pos, dep in self.doc.to_array([POS, DEP]).tolist()]

    def _epithet(self, tok):
        """For a noun phrase that names a person by age alone ("the 28-year-old") or by
        nationality alone ("the Australian", "an Australian, Brenton Tarrant"): the nationality's
        country code, or True; else None."""
        if tok.dep_ not in EPITHET_DEPS or \
                not any(c.dep_ == "det" for c in tok.children):
            return None
        doc = self.doc
        if tok.lower_ == "old" and tok.i >= 2 and self.tokens[tok.i - 1].text == "-" and \
                self.tokens[tok.i - 2].lower_ in ("year", "years"):
            return True
        if tok.tag_ == "NN" and (tok.lower_ in cues.RELATIONAL_NOUNS or tok.lower_ in PERSON_NOUNS) and \
                not any(c.dep_ == "poss" for c in tok.children) and any(
                t.lower_ == "old" and t.i >= 2 and self.tokens[t.i - 1].text == "-" and
                self.tokens[t.i - 2].lower_ in ("year", "years") for t in doc[tok.left_edge.i:tok.i]):
            # "the 45-year-old mother of two", "the 30-year-old teacher": a person named by age
            # and what they are to others, as "the 45-year-old" alone
            return True
        if tok.tag_ in ("NNP", "NN") and tok.lower_ in PARTY_EPITHETS:
            # "the Massachusetts Democrat", "X, a Republican": a party member ("every Democrat" is no one)
            return True if any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children) else None
        if tok.tag_ in ("NNP", "NN") and tok.text[:1].isupper():
            code = self.lex.demonym(tok.text)
            if code and len(code) == 3 and code in self.lex.countries:
                return code
        return None

    def _subject_beside(self, tok, name_heads: dict[int, int]) -> int | None:
        """A person's name that spaCy made a second subject of the same verb right after the
        title ``tok`` heads: "The Labour Party's leader, Jeremy Corbyn announced ...",
        "Conservative Party leader and Prime Minister Boris Johnson said ..."."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        doc = self.doc
        for other in tok.head.children:
            if other.i <= tok.i or other.dep_ != tok.dep_ or other.i not in name_heads or \
                    self.candidates[name_heads[other.i]].actor_kind != "person":
                continue
            gap = doc[tok.i + 1:other.left_edge.i]
            if all(t.text in (",", "and") or t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
                   for t in gap):
                return name_heads[other.i]
        return None

    def _latter_former(self):
        """ "the FAA and the NTSB began investigations, with the latter confirming ...": "the
        latter" ("the former") standing alone is the second (first) of the last two actors named
        as a pair ("X and Y") in its sentence or the one before."""
        if not _THE_LATTER_FORMER.search(self.text):
            return  # a token "latter"/"former" after a token "the" has this text: most articles lack it
        by_head = {c.head: n for n, c in enumerate(self.candidates) if c.kind in ("name", "description")}
        for tok in self.tokens:
            if tok.lower_ not in ("latter", "former") or tok.i in self.taken or tok.i == 0 or \
                    self.tokens[tok.i - 1].lower_ != "the" or \
                    tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and \
                    tok.head.ent_type_ not in ("DATE", "TIME"):
                continue  # "the former president", "the latter half"; not "the latter yesterday"
            pairs = [(by_head[t.head.i], by_head[t.i]) for t in self.tokens[:tok.i]
                     if t.dep_ == "conj" and t.i in by_head and t.head.i in by_head and
                     self.sent_of[t.i] >= self.sent_of[tok.i] - 1]
            if not pairs:
                continue
            first, second = pairs[-1]
            meant = self.candidates[second if tok.lower_ == "latter" else first]
            self._add(self._cand(tok.i - 1, tok.i + 1, "description", meant.actor_kind,
                                 attach_to=second if tok.lower_ == "latter" else first,
                                 head_word=tok.lower_, definite=True, number=meant.number))
            self._take(tok.i - 1, tok.i + 1)

    def _both_parties(self):
        """ "the two sides", "both countries": handed to the events stage, not one actor."""
        pattern = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(p) for p in cues.BOTH_PARTIES), re.I)
        for m in pattern.finditer(self.text):
            self.both_parties.append((m.start(), m.end(), m.group(0)))

    def _previous_subject(self, tok) -> int | None:
        """The head token of the last subject before ``tok`` in its sentence or the one before."""
        sent = self.sent_of[tok.i]
        for k in range(tok.i - 1, -1, -1):
            if self.sent_of[k] < sent - 1:
                return None
            if self.tokens[k].dep_ in ("nsubj", "nsubjpass"):
                return k
        return None

    def _pronouns(self):
        for tok in self.tokens:
            if tok.tag_ not in ("PRP", "PRP$"):
                continue
            info = self.lex.pronouns.get(tok.lower_)
            if info is None:
                continue
            if tok.lower_ == "it" and not (tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and
                                           tok.head.lemma_ not in cues.NON_AGENT_VERBS) and \
                    not self._reported_it(tok):
                # "it" is mostly non-referential or a thing; as the subject of a verb of doing
                # ("the company said it would cut ...") it can be an organisation.
                continue
            if tok.tag_ == "PRP$" and info[2] == "obj":
                info = (info[0], info[1], "poss")  # "her" of "her father"
            cand = self._cand(tok.i, tok.i + 1, "pronoun", None, pronoun=info, number=info[0],
                              gender=info[1])
            cand.title_cased = self._title_cased(tok)
            if tok.lower_ == "it":
                cand.prev_subject = self._previous_subject(tok)
            elif tok.lower_ == "its" and tok.head.dep_ == "conj" and tok.head.head.pos_ == "PROPN":
                cand.prev_subject = tok.head.head.i  # "sanctions on Huawei and its executives"
            if info[2] in ("obj", "refl"):
                cand.clause_subject = clause_subject(tok)
            verb = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and \
                    verb.head.lemma_ in cues.REPORT_VERBS:
                saying = verb.head
                if saying.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in saying.children):
                    saying = saying.head  # "The family asked Reno and Clinton and said they ...": the family
                cand.reported_by = next((c.i for c in saying.children
                                         if c.dep_ == "nsubj" and c.i < tok.i), None)
            if info[0] == "pl" and info[2] in ("subj", "poss"):
                cand.bound_by = plural_binder(tok, self.lex)
            if info[2] in ("poss", "refl"):
                cand.attach_to = self._relative_antecedent(tok, info)
            idx = self._add(cand)
            for description, token in self.pending_attach:
                if token == tok.i:
                    description.attach_to = idx

    def _relative_antecedent(self, tok, info) -> int | None:
        """ "Jack Merson, who went 4-for-5 in his second game", "a character who heads out in
        search of his sister": a possessive (or reflexive) pronoun inside a relative clause whose
        subject is "who" is the person the clause describes, when number and sex agree."""
        verb = tok.head
        while verb.dep_ != "relcl" and verb.head.i != verb.i and verb.dep_ not in ("ccomp", "advcl", "ROOT"):
            verb = verb.head
        if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                           for c in verb.children):
            return None
        n = next((n for n, c in enumerate(self.candidates) if c.head == verb.head.i and
                  c.kind in ("name", "description") and c.actor_kind == "person"), None)
        if n is None:
            return None
        person = self.candidates[n]
        if info[0] != person.number or info[1] and person.gender and info[1] != person.gender:
            return None
        return n


    @staticmethod
    def _title_cased(tok) -> bool:
        """Whether a pronoun is a word of a title written with capitals ("Love Me or Leave Me",
        "the Me Too movement"): capitalised inside a sentence right after another word, not "I"."""
        if tok.text == "I" or not tok.text[:1].isupper() or tok.is_sent_start or tok.i == 0:
            return False
        before = tok.doc[tok.i - 1]
        return before.is_alpha and "\n" not in before.whitespace_

    @staticmethod
    def _reported_it(tok) -> bool:
        """ "The company said it was grateful": "it" as the subject of what a named body or an
        organisation noun reports, whatever its verb (the body it stands for said so)."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_ not in cues.SPEECH_VERBS:
            return False
        reporter = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        return reporter is not None and (reporter.ent_type_ == "ORG" or
                                         reporter.lower_ in cues.ORGANISATION_EPITHETS)


# Prepositions whose object is where something is said or shown, not who says it or is told it
# ("said on CNN", "wrote in The Guardian", "shared via Reuters").
MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "onto", "into"})


def _medium_only(tok) -> bool:
    """Whether a news outlet headed by ``tok`` is only where something is said or shown ("said
    on CNN", "an op-ed in The Guardian"), not a source ("Reuters reported", "according to
    Reuters", "a Reuters poll") nor the medium told it ("told the BBC", as before)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in MEDIUM_PREPOSITIONS


def name_with_apostrophe(tok) -> bool:
    """A capitalised word with an apostrophe inside that spaCy tagged as a number or a noun
    ("Yar'Adua", "D'Alema"): a name's word, as a proper noun would be."""
    text = tok.text
    return tok.pos_ in ("NUM", "NOUN", "X") and len(text) > 3 and text[:1].isupper() and \
        "'" in text[1:-1] and text.replace("'", "").isalpha()


def initials(words) -> str:
    """The acronym of a name's words ("democratic alliance" -> "DA"), leaving out "of", "the",
    "and", "for", "&"; "" for a name of one word."""
    content = [w for w in words if w not in ("of", "the", "and", "for", "&")]
    return "".join(w[0] for w in content).upper() if len(content) > 1 else ""


def acronym_shaped(word: str, shortest: int = 2) -> bool:
    """Whether a word is written as an acronym is: capitals only, ``shortest`` to 6 letters."""
    return word.isalpha() and word.isupper() and shortest <= len(word) <= 6


def speaker_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens its line as a transcript's speaker label: "Smith: ...",
    "((Smith)) ..."."""
    if text[max(0, start - 2):start] == "((":
        opens, closed = start - 2, text[end:end + 2] == "))"
    else:
        opens, closed = start, text[end:end + 1] == ":"
    return closed and (opens == 0 or text[opens - 1] == "\n")


def phrase_end(tok) -> int:
    """The last token of the noun phrase ``tok`` heads, leaving out appositives, relative clauses
    and what follows a comma ("Louisiana, a U.S. state on the Gulf of Mexico" ends at Louisiana)."""
    end = tok.i
    for child in tok.rights:
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj") or \
                child.i > 0 and child.doc[child.left_edge.i - 1].text == ",":
            break
        end = max(end, phrase_end(child))
    return end


def clause_subject(tok) -> int | None:
    """The token heading the subject of the verb whose object ``tok`` is ("Pachomius called on
    him", "the abbot forgave the novice and allowed him"), or None when the verb has none."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "dative", "agent"):
        verb = verb.head
    elif tok.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # "allowed him to live": the object of "allowed", parsed as a subject
    elif tok.dep_ not in ("dobj", "iobj", "dative"):
        return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return None  # "was praised by him": the subject is not the doer
    while verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
            return verb.head.i  # "Jim Cole, who lent him a car": not Jim Cole
        if subject is not None:
            return subject.i
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head  # "... forgave Theodorus and allowed him": the first verb's subject
    return None


def plural_binder(tok, lex: Lexicon) -> int | None:
    """For a plural subject or possessive pronoun, the plural common noun (tag NNS) heading the
    subject of the verb of saying that reports its clause, when that noun names people or bodies
    who can own the pronoun ("The firm's shareholders said their investment had doubled",
    "Analysts said they expected ..."); None otherwise. What reports a clause is not always
    someone: "Local reports said they had fled", "Sources said they ..." bind nothing, and a
    possessive in a verb's object is left to the resolver ("Bystanders filmed their arrest": the
    arrested)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (tok.dep_ == "poss" and
                                                       tok.head.dep_ in ("nsubj", "nsubjpass")):
        return None
    verb = (tok.head if tok.dep_ == "poss" else tok).head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in cues.REPORT_VERBS:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.tag_ != "NNS" or not people_noun(subject, lex):
        return None
    return subject.i


def people_noun(tok, lex: Lexicon) -> bool:
    """Whether the plural noun ``tok`` names people or bodies of people, by the project's
    lexicons: a title or agent noun of the dictionaries ("officials", "investors"), a noun of
    persons or of a body's members ("people", "members"), an organisation noun ("companies"), or
    an agent-suffixed noun, alone or ending a compound ("residents", "shareholders"). Not
    "reports", "sources", "documents", "statements", "polls"."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    title = lex.title(word) or lex.title(lemma)
    if title is not None and title.kind in ("person", "group") or lex.agent_sector(word):
        return True
    if word == "people" or lemma in PERSON_NOUNS or lemma in cues.GROUP_MEMBER_NOUNS or \
            cues.owned_member_noun(lemma) or lemma in cues.INSTITUTION_NOUNS or lemma in cues.ORGANISATION_NOUNS:
        return True
    if lex.agent_noun(lemma):
        return True
    nouns = word_index().get("noun", ())  # "shareholder": the noun "share" + the agent noun "holder"
    return any(lemma[:i] in nouns and lex.agent_noun(lemma[i:]) for i in range(3, len(lemma) - 4))


def is_subject(tok) -> bool:
    """Whether ``tok`` heads the subject of its clause (following conjunctions)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in cues.SUBJECT_DEPS


# "pro-Iran militias", "anti\u2013American protesters": whom a group is for or against
_STANCE_PREFIXES = tuple(word + dash for word in ("pro", "anti") for dash in ("-", "\u2013"))

# A token "the", its trailing space (one or none) and a token "latter" or "former", in any case
_THE_LATTER_FORMER = re.compile(r"the ?(?:latter|former)", re.I)
_QUOTE_OR_BREAK = re.compile("[\n" + re.escape(cues.QUOTE_MARKS) + "]")


def quoted_characters(text: str) -> list[bool]:
    """For each character, whether it is inside double quotation marks (reset at each line).
    Only quotation marks and line breaks change that: the runs between them are filled whole."""
    out, inside, k = [], False, 0
    for m in _QUOTE_OR_BREAK.finditer(text):
        i = m.start()
        out.extend([inside] * (i - k))
        ch = text[i]
        if ch == "\n":
            inside = False
        else:
            inside = not inside if ch == '"' else ch == "\u201c"
        out.append(inside)
        k = i + 1
    out.extend([inside] * (len(text) - k))
    return out
