"""Grouping actor mentions into actors: a small rule-based coreference resolver.

Mentions are taken in text order. Mentions the text ties together (a title before a name, an
appositive, a predicate nominal) form one group first. Each group then joins an earlier actor or
starts a new one, by the first rule that applies:

1. identity keys: the same lexicon organisation, the same country's government ("the United
   States", "Washington", "the Pakistani authorities"), the same people ("Afghans");
2. names: a name whose words are among an earlier person's name words ("West" -> "Tom West",
   "Daniel" -> "Daniel Bernoulli"), the same organisation name, an acronym of it;
3. descriptions: a definite title compatible with an earlier person's role ("the US envoy" ->
   the US special representative), the same definite role noun ("the court" ... "the court"),
   a relational noun of the same possessor ("his father"), "the country" -> the country named
   last, "X's neighboring country" -> the last country named that borders X, an organisation
   noun -> the last organisation of a sector it can name ("the bloc", "the carmaker"), an age
   or nationality epithet -> the most salient person ("the 28-year-old");
4. pronouns: the most salient compatible actor of the last few sentences (subjects first; an
   object pronoun is never the subject of its own verb, a reflexive is).

First and second person pronouns come last: a quoted "I" is the paragraph's speaker, a quoted
"we" the organisation that speaks, and a line of dialogue that addresses someone by name gives
its "you" and the next line's "I" to that person. Each rule is a method that
:func:`switched_off` can stand in for, to measure what it is worth.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import cues
from .lexicon import Lexicon
from .mentions import Candidate, initials, speaker_label

# How far back (in sentences) a pronoun looks for its antecedent. Calibrated on the GUM dev
# documents (gum_coref_dev.jsonl): person windows of 4/6/8 sentences gave B3 F1 0.722/0.728/0.727,
# plural windows of 2/3 gave 0.728/0.726.
PERSON_PRONOUN_WINDOW = 6
PLURAL_PRONOUN_WINDOW = 2
NEUTER_PRONOUN_WINDOW = 1
# "The 28-year-old", "the Australian" look back this many sentences for the person they describe.
EPITHET_WINDOW = 2
# Nouns that say only a person's sex or age: (gender, None for either; age class). A definite one
# ("the boy", "the young woman") refers back like an age epithet does, and to a person brought in
# with "a"/"an" of the same age class (one brought in by any other noun is an adult).
PERSON_EPITHETS = {"boy": ("m", "young"), "man": ("m", "adult"), "girl": ("f", "young"),
                   "woman": ("f", "adult"), "teenager": (None, "young"), "youngster": (None, "young"),
                   "teen": (None, "young"), "lady": ("f", "adult"), "gentleman": ("m", "adult")}
# "the company" looks back this many sentences for an organisation of its sector (news style:
# the organisation is named, then called "the company" in the next few sentences).
GENERIC_NOUN_WINDOW = 3

# Pronoun antecedent score = -DISTANCE_WEIGHT * sentences back + SUBJECT_WEIGHT when the
# antecedent's last mention was a subject + SALIENCE_WEIGHT * log(mentions so far). Chosen by a
# small grid (distance 0.7-2, subject 1-2, salience 0.3-2) on gum_coref_dev.jsonl, B3/MUC F1.
DISTANCE_WEIGHT = 1.0
SUBJECT_WEIGHT = 1.0
SALIENCE_WEIGHT = 1.3
# Added to the score of the actor that says what a pronoun's clause reports ("X said they ..."):
# set by hand to outweigh salience and naming (a compatible reporter is nearly always the one).
REPORTER_WEIGHT = 5.0
# Added to the score of an actor the article names, over one known only by a description ("John
# Smith ... His father was a farmer. He moved": John Smith). 0.5, 1 and 2 gave the same GUM tune
# half (B3/MUC 0.800/0.835 -> 0.801/0.836, 2026-12-04 third session); 1 was taken.
NAMED_WEIGHT = 1.0
# Added for "they" to an actor named in the plural ("Researchers at the University of Leeds ...
# They found": the researchers, not the university, which "they" may also stand for).
PLURAL_WEIGHT = 1.0

# The learned pronoun antecedent ranker (``training/actors/train_coref.py``, ``make train-coref``):
# a conditional logit over the actors a pronoun may refer to, fitted on the GUM dev tune half and
# the project's Wikinews labels' tune half. Its weights, by feature name, stand in for the hand
# weights above; without the file the hand weights are used.
PRONOUN_MODEL = Path(__file__).resolve().parent / "data" / "coref_pronouns.json"
# When a list, each pronoun decision is appended to it (the training script's hook): (pronoun,
# [(actor's mentions before it, features)]).
RECORDER: list | None = None


@lru_cache(maxsize=1)
def pronoun_weights() -> dict[str, float] | None:
    if not PRONOUN_MODEL.exists():
        return None
    return json.loads(PRONOUN_MODEL.read_text(encoding="utf-8"))["weights"]


def pronoun_features(rep: Candidate, cl: Cluster, last: Candidate, before: list[Candidate],
                     case: str, reporter: bool, most_recent: bool, most_mentioned: bool) -> dict[str, float]:
    """What the ranker knows of one (pronoun, actor) pair: how far back the actor was last
    mentioned and how (subject, name, pronoun, quoted), how often, what kind of actor it is and
    whether it agrees in number and gender beyond what ``accept`` already required."""
    distance = rep.sent - last.sent
    number, gender, _ = rep.pronoun
    same = distance == 0
    return {
        "distance": float(distance),
        "same_sentence": float(same),
        "last_subject": float(last.subject and not same),
        "same_sentence_subject": float(same and last.subject and case != "subj"),
        "reporter": float(reporter),
        "log_mentions": math.log(len(before)),
        "named": float(bool(cl.names)),
        "plural_actor": float(number == "pl" and cl.number == "pl"),
        "person": float(cl.kind == "person"),
        "organization": float(cl.kind == "organization"),
        "country": float(cl.kind == "country"),
        "last_pronoun": float(last.kind == "pronoun"),
        "last_name": float(last.kind == "name"),
        "gender_agrees": float(gender in ("m", "f") and cl.gender == gender),
        "same_paragraph": float(last.para == rep.para),
        "quote_agrees": float(last.quoted == rep.quoted),
        "log_gap": math.log1p(max(0, rep.start - last.end) / 50),
        "most_recent": float(most_recent),
        "most_mentioned": float(most_mentioned),
        "bias": 1.0,
    }


def hand_score(row: dict[str, float], salience: float | None = None) -> float:
    """The hand weights' score of one (mention, actor) pair over the ranker's features
    (``pronoun_features``): -DISTANCE_WEIGHT x sentences back; within the sentence 3 when the
    actor's last mention was its subject and the mention is no subject, else 0.5; across
    sentences +SUBJECT_WEIGHT when that mention was a subject; +REPORTER_WEIGHT for the one who
    reports the clause, + salience (SALIENCE_WEIGHT x log mentions, or ``salience`` when given),
    +NAMED_WEIGHT, +PLURAL_WEIGHT. The one place these weights are combined."""
    near = (3.0 * row["same_sentence_subject"] + 0.5 * (1 - row["same_sentence_subject"])
            if row["same_sentence"] else SUBJECT_WEIGHT * row["last_subject"])
    return (-DISTANCE_WEIGHT * row["distance"] + REPORTER_WEIGHT * row["reporter"] + near +
            (SALIENCE_WEIGHT * row["log_mentions"] if salience is None else salience) +
            NAMED_WEIGHT * row["named"] + PLURAL_WEIGHT * row["plural_actor"])


def same_office(head: str, phrase: str) -> bool:
    """Whether a bare title ``head`` ("minister") names the office ``phrase`` ("interior
    minister") a person was given: its last word, with no modifier that changes the rank."""
    words = phrase.split()
    return len(words) > 1 and " " not in head and words[-1] == head and \
        not any(w in cues.RANK_MODIFIERS for w in words[:-1])


def is_acronym(short: str, words) -> bool:
    """Whether ``short`` ("MLB") is made of the first letters of the name ``words`` ("major
    league baseball"), leaving out "of", "the", "and", "for"."""
    acronym = initials(words)
    return bool(acronym) and short.upper() == acronym


# A line that speaks to someone: a second person pronoun or "please" (outside quotations).
VOCATIVE_CUE = re.compile(r"\b(?:you|your|please)\b", re.I)
QUOTATION = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
# Titles a court or a host calls a speaker by, before the name on a line of its own ("General
# Lane.", "Justice Moreau?").
CALLING_TITLES = frozenset({"general", "justice", "judge", "chief", "counsel", "counselor",
                            "senator", "secretary", "professor", "dr", "doctor", "president"})
# A speaker who names themselves: "My name is Jane Roe", "I'm Jane Roe" (right before the name).
SELF_INTRODUCTION = re.compile(r"\b(?:[Mm]y name is|I am|I'm|I\u2019m)\s+(?:[A-Z][a-z]*\.?\s+)?$")
# Right before the name of the one a quotation is attributed to without a verb of saying.
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+$")
APPOSITION_AFTER = re.compile(r",\s*(?:\d|(?:a|an|the|who|which)\b)", re.I)

# A number in a plural description: it counts several actors ("the two factions", "both groups").
COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|several|many)\b", re.I)

# The names of the actor an unlabelled line's unquoted I (we) makes.
UNNAMED_SPEAKER = {"speaker": "unnamed speaker", "speakers": "unnamed speakers"}
# A line that opens with a speaker label: "((Smith)) ...", "Q: ...", "Jane Roe: ..." (a text
# with any such line attributes its turns; its unlabelled I and we are left alone).
# A text of unlabelled lines with at least this many lines holding an unquoted I, and as many an
# unquoted "you", is a dialogue whose lines alternate between two speakers.
DIALOGUE_LINES = 2
LABELLED_LINE = re.compile(r"^[ \t]*(?:\(\([^()\n]{1,60}\)\)|[A-Z][\w.'\- ]{0,40}:[ \t])", re.M)
GENERIC_NAME_WORDS = frozenset({"the", "of", "and", "for", "university", "college", "school",
                                "company", "inc", "inc.", "group", "department", "ministry"})


@dataclass(slots=True)
class Cluster:
    index: int
    members: list[int] = field(default_factory=list)  # candidate indices
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    number: str = "sg"
    keys: set[str] = field(default_factory=set)
    names: list[tuple[str, ...]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  # title phrases and head nouns of descriptions
    roles: list[str] = field(default_factory=list)
    canonical: str | None = None
    organization: str | None = None
    evidence: list[tuple[int, int, str]] = field(default_factory=list)  # spans that gave the roles
    unnamed_speaker: bool = False  # the unquoted I or we of a line no name is given to


class Resolver:
    def __init__(self, candidates: list[Candidate], lexicon: Lexicon, published: date | None,
                 countries_seen=(), head_lemmas=None, country_agents=None, nationalities_seen=None,
                 text: str = ""):
        self.c = candidates
        self.text = text
        self.lex = lexicon
        self.on = published
        self.countries_seen = sorted(countries_seen)
        self.country_agents = set(country_agents or ())
        self.nationalities_seen = list(nationalities_seen or ())
        self.clusters: list[Cluster] = []
        self.cluster_of: dict[int, int] = {}  # candidate index -> cluster index
        self.key_index: dict[str, int] = {}
        self.placed: list[tuple[int, int]] = []  # (start, candidate index) of every placed mention
        self.by_head_token = {cand.head: n for n, cand in enumerate(candidates)}
        self.head_lemma: dict[int, str] = dict(head_lemmas or {})
        # Mentions by paragraph, for the speaker and vocative look-ups (which would otherwise
        # read every mention of the article once per paragraph).
        self.labelled = bool(LABELLED_LINE.search(text))
        self.in_para: dict[int, list[int]] = {}
        for n, cand in enumerate(candidates):
            self.in_para.setdefault(cand.para, []).append(n)

    # --- grouping -----------------------------------------------------------------------------

    def resolve(self) -> list[Cluster]:
        parent = list(range(len(self.c)))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for n, cand in enumerate(self.c):
            if self._attached(cand) is not None:
                parent[find(n)] = find(cand.attach_to)
        groups: dict[int, list[int]] = {}
        for n in range(len(self.c)):
            groups.setdefault(find(n), []).append(n)
        done = set()
        local = []  # first and second person pronouns, resolved last
        for n in range(len(self.c)):
            root = find(n)
            if root in done:
                continue
            if self._interlocutor(self.c[n]):
                local.append(n)
                continue
            done.add(root)
            members = groups[root]
            target = self._resolve_group(members)
            if target is None:
                continue
            for m in members:
                self._add(target, m)
        self._resolve_interlocutors(local)
        return [cl for cl in self.clusters if cl.members and
                not (cl.unnamed_speaker and len(cl.members) < 2) and
                not (len(cl.members) < 2 and self.c[cl.members[0]].introduced)]

    @staticmethod
    def _attached(cand: Candidate) -> int | None:
        """The mention the text ties ``cand`` to (a title before a name, an appositive)."""
        return cand.attach_to

    @staticmethod
    def _interlocutor(cand: Candidate) -> str | None:
        """ "speaker", "speakers" or "addressee" for first and second person pronouns."""
        if cand.kind != "pronoun":
            return None
        word = cand.text.lower()
        if word in cues.FIRST_PERSON_SINGULAR:
            return "speaker"
        if word in cues.FIRST_PERSON_PLURAL:
            return "speakers"
        if word in cues.SECOND_PERSON:
            return "addressee"
        return None

    def _resolve_interlocutors(self, indices: list[int]):
        """I/we/you of one paragraph are one speaker, one group of speakers, one addressee. A
        quoted "I" is the person the paragraph says is speaking ("'I will stay,' Smith said")."""
        groups: dict[tuple[int, str], list[int]] = {}
        for n in indices:
            groups.setdefault((self.c[n].para, self._interlocutor(self.c[n])), []).append(n)
        unnamed: dict[tuple, Cluster] = {}  # the unnamed speakers made so far, by _unnamed's key
        sides = self._sides(groups)
        named: dict[int, Cluster] = {}  # a dialogue's side -> the named person who spoke for it last
        for (para, role), members in groups.items():
            target = None
            quoted = any(self.c[n].quoted for n in members)
            if role == "speaker":
                target = self._speaker_of(para, quoted, min(self.c[n].start for n in members))
            elif role == "addressee" and not quoted:
                # "Ms. Dale, you have ten minutes": the person the line addresses by name; in an
                # interview, a question's "you" is the one whose labelled answer comes next.
                target = self._vocative(para) or (self._answered_by(para) if self.labelled else None)
            elif role == "speakers" and quoted:
                # A quoted "we" of an organisation, a group or a government that speaks ("'We
                # will not negotiate,' the Taliban said"), or of the organisation the speaking
                # person holds a title at ("Ann Lee, a vice president at Acme, said 'We ...'");
                # a person's "we" is not that person.
                # The speaking person's employer comes first: "Acme said ... Bolt spokesman Tom
                # Lee said 'We ...'" is Bolt's "we".
                speaker = self._speaker_of(para, True, None)
                target = self._employer_of(speaker) or \
                    self._speaker_of(para, True, None, kinds=("organization", "group", "country")) \
                    or self._organisation_spoken_for(speaker, members)
            side = sides.get(para)
            if side is not None and not quoted:
                # A dialogue of unlabelled lines (a transcript): its lines alternate between two
                # sides, so a line's I is the I of the line before last, and its "you" the I of
                # the line before or after; a side a named person spoke for (a line addressed
                # to Mr. Hart, then his answer) is that person's until another named one speaks.
                if role == "speaker" and target is not None and target.names:
                    named[side] = target
                elif role == "speaker" and target is None:
                    target = named.get(side) or self._unnamed(unnamed, ("speaker", side), members)
                elif role == "addressee" and target is None:
                    target = named.get(1 - side) or self._unnamed(unnamed, ("speaker", 1 - side), members)
            if target is None and role in ("speaker", "speakers") and not self.labelled and not quoted:
                # A text without speaker labels that is no dialogue (a first-person account, an
                # open letter): its unquoted I is one speaker, its unquoted we one group; not a
                # "Me" of a title ("the film Love Me or Leave Me"), which is nobody's.
                members = [n for n in members if not self.c[n].title_cased]
                if not members:
                    continue
                target = self._unnamed(unnamed, ("speaker",) if role == "speaker" else ("speakers",),
                                       members)
            if target is None:
                # No antecedent: the pronouns stay mentions without an actor (an actor named "I"
                # or "you" would say nothing about who acts).
                continue
            for n in members:
                self._add(target, n)

    def _sides(self, groups: dict[tuple[int, str], list[int]]) -> dict[int, int]:
        """For a dialogue of unlabelled lines, each paragraph's side (0 or 1: which of two
        speakers the line alternates between), by the count of non-blank lines before it; {} for
        any other text. A dialogue: no speaker labels, and at least DIALOGUE_LINES lines with an
        unquoted I and as many with an unquoted "you"."""
        if self.labelled:
            return {}
        lines = {role: {para for (para, r), members in groups.items() if r == role and
                        not any(self.c[n].quoted for n in members)} for role in ("speaker", "addressee")}
        if len(lines["speaker"]) < DIALOGUE_LINES or len(lines["addressee"]) < DIALOGUE_LINES:
            return {}
        text_lines = self.text.split("\n")
        if sum("?" in QUOTATION.sub("", line) for line in text_lines) < DIALOGUE_LINES:
            return {}  # a speech quoted at length addresses its hearers, asking them nothing
        sides, turn = {}, 0
        for para, line in enumerate(text_lines):
            sides[para] = turn % 2
            turn += bool(line.strip())
        return sides

    def _unnamed(self, made: dict[tuple, Cluster], key: tuple, members: list[int]) -> Cluster:
        """The unnamed speaker (key "speaker", ...) or speakers (key "speakers", ...) made under
        ``key``, else a new one: an actor named "unnamed speaker(s)", never "I" or "we" (one of
        a single pronoun is no actor: ``resolve`` leaves it out)."""
        cluster = made.get(key)
        if cluster is None:
            cluster = made[key] = self._new(self.c[members[0]])
            cluster.unnamed_speaker = True
            role = key[0]
            cluster.kind = "person" if role == "speaker" else "group"
            cluster.number = "sg" if role == "speaker" else "pl"
            cluster.canonical = UNNAMED_SPEAKER[role]
        return cluster

    def _labelled_person(self, para: int) -> Cluster | None:
        """The person whose speaker label opens line ``para`` ("((Anna Roe)) I ...", "Roe: ...")."""
        for n in self.in_para.get(para, ()):
            cand = self.c[n]
            if not cand.quoted and n in self.cluster_of and speaker_label(self.text, cand.start, cand.end):
                cl = self.clusters[self.cluster_of[n]]
                return cl if cl.kind == "person" else None
        return None

    def _answered_by(self, para: int) -> Cluster | None:
        """In an interview, the person whose labelled line answers line ``para`` (the next
        non-blank line), when ``para`` is a question ("((WN)) How did you start?", or an
        unlabelled question) and not a line of that person's own."""
        if self._labelled_person(para) is not None:
            return None
        lines = self.text.split("\n")
        if para >= len(lines) or not lines[para].rstrip().endswith("?"):
            return None
        after = next((q for q in range(para + 1, len(lines)) if lines[q].strip()), None)
        return self._labelled_person(after) if after is not None else None

    def _speaker_of(self, para: int, quoted: bool, first: int | None = None,
                    kinds=("person",)) -> Cluster | None:
        """The actor of ``kinds`` who is the subject of a verb of saying in paragraph ``para`` (else
        in the paragraph before or after it: a quotation often runs on over paragraphs), or who
        heads the paragraph as in an interview ("Smith: I think ...")."""
        for n in self.in_para.get(para, ()):
            cand = self.c[n]
            if not cand.quoted and n in self.cluster_of and \
                    speaker_label(self.text, cand.start, cand.end):
                cl = self.clusters[self.cluster_of[n]]
                if cl.kind in kinds:
                    return cl
        introduced = self._self_introduced(para, quoted, kinds)
        if introduced is not None:
            return introduced
        for near in (para, para - 1, para + 1) if quoted else ():
            for n in self.in_para.get(near, ()):
                cand = self.c[n]
                if cand.quoted or n not in self.cluster_of or not (
                        cand.subject and self.head_lemma.get(cand.head) in cues.SPEECH_VERBS or
                        ACCORDING_TO.search(self.text, max(0, cand.start - 14), cand.start)):
                    continue  # "Smith said", and "According to Smith, 'I ...'"
                cl = self.clusters[self.cluster_of[n]]
                if cl.kind in kinds:
                    return cl
        if not quoted and para > 0:
            # A line of dialogue after one that addressed someone by name is that person's
            # answer ("Very well, Mr. Hart, go ahead." / "May it please the Court. I want ...").
            addressed = self._vocative(para - 1)
            if addressed is not None and addressed.kind in kinds:
                return addressed
        if quoted and first is not None:
            # No verb of saying: the person the paragraph is about before the quotation opens
            # ("Bolton gave a different account, also speaking via Twitter: 'I offered ...'").
            for n in self.in_para.get(para, ()):
                cand = self.c[n]
                if not cand.quoted and cand.subject and cand.start < first and \
                        n in self.cluster_of and self.clusters[self.cluster_of[n]].kind == "person":
                    return self.clusters[self.cluster_of[n]]
        return None

    def _self_introduced(self, para: int, quoted: bool, kinds) -> Cluster | None:
        """The person who names themselves in the paragraph ("My name is Jane Roe. I'm with
        Tiffany and Bosco."), inside quotation marks or out as the pronouns are."""
        for n in self.in_para.get(para, ()):
            cand = self.c[n]
            if cand.kind == "name" and n in self.cluster_of and cand.quoted == quoted and \
                    SELF_INTRODUCTION.search(self.text, max(0, cand.start - 20), cand.start):
                cl = self.clusters[self.cluster_of[n]]
                if cl.kind in kinds:
                    return cl
        return None

    def _called(self, para: int, start: int, line: str) -> Cluster | None:
        """A line that is only a person's name ("Mr. Roberts?", "General Lane."): the court
        or the host calls on that person, who speaks next."""
        text = self.text
        for n in self.in_para.get(para, ()):
            cand = self.c[n]
            if cand.kind == "name" and n in self.cluster_of and \
                    self.clusters[self.cluster_of[n]].kind == "person":
                rest = (text[start:cand.start] + " " + text[cand.end:start + len(line)]).split()
                if all(w.lower().rstrip(".") in cues.HONORIFICS or w.lower() in cues.HONORIFICS or
                       w.strip(".?!:,") == "" or w.rstrip(".").lower() in CALLING_TITLES for w in rest):
                    return self.clusters[self.cluster_of[n]]
        return None

    def _vocative(self, para: int) -> Cluster | None:
        """The person a line of dialogue addresses by name, set off by commas at the start or
        the end of a sentence ("Very well, Mr. Hart, go ahead.", "Ms. Dale, you have ten
        minutes."), in a line that speaks to someone ("you", "please")."""
        text = self.text
        start = text.rfind("\n", 0, max(0, min((self.c[n].start for n in self.in_para.get(para, ())),
                                                default=0))) + 1
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        called = self._called(para, start, line)
        if called is not None:
            return called
        if not VOCATIVE_CUE.search(QUOTATION.sub("", line)):
            return None
        for n in self.in_para.get(para, ()):
            cand = self.c[n]
            if cand.kind != "name" or n not in self.cluster_of or \
                    APPOSITION_AFTER.match(text, cand.end):
                continue  # "Smith, 45, said", "Smith, a lawyer, said": no one is addressed
            cl = self.clusters[self.cluster_of[n]]
            before = text[start:cand.start].split()
            while before and before[-1].lower() in cues.HONORIFICS:
                before.pop()  # "Mr. Sova": the honorific is part of the address
            before = " ".join(before)
            before = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1:].strip()
            after = text[cand.end:cand.end + 1]
            if cl.kind == "person" and (not before or before.endswith(",")) and after in (",", "?", "!"):
                return cl
        return None

    def _organisation_spoken_for(self, person: Cluster | None, members: list[int]) -> Cluster | None:
        """A titled person's quoted "we" when the text does not say where the title is held
        ("Senior vice president Michael Lewis added, 'The safety of our customers ...'" in an
        article about PG&E): the named organisation the article has mentioned most so far, if it
        was named within the last few sentences. An untitled person's "we" is left alone (a
        witness's "we" is the people with them)."""
        if person is None or person.kind != "person" or not person.roles:
            return None
        first = min(members, key=lambda n: self.c[n].start)
        rep = self.c[first]
        best, best_count = None, 0
        for cl in self._recent(rep, self._named_organisation):
            before = [self.c[n] for n in cl.members if self.c[n].start < rep.start]
            if cl.kind != "organization" or rep.sent - max(m.sent for m in before) > GENERIC_NOUN_WINDOW:
                continue
            if len(before) > best_count:
                best, best_count = cl, len(before)
        return best

    def _employer_of(self, person: Cluster | None) -> Cluster | None:
        """The organisation a person's title in this article is held at, if it is an actor."""
        for n in person.members if person is not None else ():
            owner = self.by_head_token.get(self.c[n].employer) if self.c[n].employer is not None else None
            if owner is not None and owner in self.cluster_of:
                return self.clusters[self.cluster_of[owner]]
        return None

    def _representative(self, members: list[int]) -> int:
        for kind in ("name", "metonym", "description", "title", "pronoun"):
            for m in members:
                if self.c[m].kind == kind:
                    return m
        return members[0]

    def _resolve_group(self, members: list[int]) -> Cluster | None:
        rep = self.c[self._representative(members)]
        if rep.kind == "name" and rep.actor_kind == "organization" and not (
                rep.key or rep.sector or rep.organization) and any(
                self.c[m].kind in ("title", "description") and self.c[m].actor_kind == "person"
                for m in members):
            # "a State Department spokesperson, Morgan Ortagus", "X, a Swiss mathematician": a
            # name the text gives a person's title is a person, whatever spaCy called it.
            rep.actor_kind = "person"
        self._merged(members)
        self._owned_by_state(rep)
        pronouns = [self.c[m] for m in members if self.c[m].kind == "pronoun"]
        if rep.kind == "pronoun" or pronouns and rep.kind == "description":
            # "He was a Swiss mathematician": the predicate goes where the pronoun goes.
            return self._pronoun(pronouns[0])
        cluster = (self._by_key(rep) or self._by_person_name(rep) or self._by_org_name(rep) or
                   self._by_pair(rep) or self._by_description(rep) or self._by_epithet(rep, members) or
                   self._by_introduction(rep, members)) or None
        if cluster is None and rep.kind == "name" and rep.actor_kind == "person":
            # "A man was shot ... The man, later identified as John Carter,": the unnamed person
            # the group's definite description repeats is the one now named.
            # "The governor of Ohio declared ... Governor Jim Harlan said": the unnamed holder of
            # the office the name's title gives, a few sentences back, is the one now named.
            for m in members:
                d = self.c[m]
                if d.kind == "description" and d.definite and d.possessor is None and d.head_word:
                    found = self._by_role_noun(d, d.head_word)
                elif d.kind == "title" and d.head_word:
                    found = self._by_title(d, d.head_word)
                    if found is not None and not (self._bare_office(found, d.head_word) and d.sent - max(
                            self.c[n].sent for n in found.members) <= GENERIC_NOUN_WINDOW):
                        found = None
                else:
                    continue
                if found is not None and not found.names and found.kind == "person":
                    cluster = found
                    break
        if cluster is None:
            if rep.kind == "description" and rep.neighbour_of:
                return None  # a neighbour we cannot identify: leave it out rather than guess
            if rep.kind == "description" and rep.head_word in ("two", "both", "pair", "duo"):
                # "The two", "Both", "the pair" with no pair of people named before: no actor
                # ("the pair traded at 1.08": a currency pair)
                return None
            cluster = self._new(rep)
        return cluster

    def _by_pair(self, rep: Candidate) -> Cluster | None:
        """ "Padalecki and his wife ... the couple", "Bernoulli and Euler ... the two", "Both
        said": a definite pair noun (``cues.PAIR_NOUNS``) is the people the text joined with
        "and" last, within GENERIC_NOUN_WINDOW sentences. (Any definite plural noun of persons
        was tried: "Tom West and Jim Hart were arrested. Police said the officers ..." took the
        officers for the two.)"""
        if rep.kind != "description" or not rep.definite or rep.possessor is not None or \
                (rep.head_word or "").lower() not in cues.PAIR_NOUNS:
            return None
        found = self._last_nearby(rep, lambda cl: any(self.c[n].coordination for n in cl.members))
        if found is None:
            return None
        last = max(self.c[n].end for n in found.members if self.c[n].start < rep.start)
        if self._other_pair_between(last, rep.start):
            return None  # "Russia and Ukraine ... the two": a nearer pair that is not people
        return found

    def _other_pair_between(self, start: int, end: int) -> bool:
        """Whether two named countries, organisations or groups joined by "and" stand between the
        character offsets ``start`` and ``end`` ("Russia and Ukraine later held talks")."""
        between = sorted((c for c in self.c if start <= c.start and c.end <= end and c.kind == "name"
                          and c.actor_kind in ("country", "organization", "group")),
                         key=lambda c: c.start)
        return any(self.text[a.end:b.start].strip().lower() == "and" for a, b in zip(between, between[1:]))

    def _bare_office(self, cl: Cluster, phrase: str) -> bool:
        """Whether an actor was described by the office ``phrase`` alone, or with no more than
        where it is held ("the governor", "the governor of Ohio", "the Ohio governor"; not "the
        former president", "the minister of health" for a finance minister)."""
        want = [w for w in phrase.split() if w != "of"]
        for n in cl.members:
            words = self.c[n].text.split()
            # the office's own words in either case ("The Governor of Ohio", "the secretary of
            # state"); any other capitalised word is where it is held
            kept = [w.lower() for w in words[1:] if w.lower() != "of" and
                    (w.lower() in want or not w[:1].isupper())]
            if self.c[n].kind == "description" and words[0].lower() == "the" and kept == want:
                return True
        return False

    def _owned_by_state(self, rep: Candidate) -> None:
        """ "Gadhafi's forces", "its citizens" (Russia's): a group possessed by a country or by
        one of its office holders is of that country."""
        if rep.kind != "description" or rep.country or rep.possessor is None or rep.number != "pl":
            return
        owner = self.by_head_token.get(rep.possessor)
        cl = self.clusters[self.cluster_of[owner]] if owner in self.cluster_of else None
        if cl is not None and cl.country and cl.kind in ("person", "country") and cl.sector in ("GOV", "MIL"):
            rep.country = cl.country

    def _merged(self, members: list[int]) -> Candidate:
        """The group's representative, given the first non-empty value of each attribute over
        the group's members."""
        rep = self.c[self._representative(members)]
        for m in members:
            other = self.c[m]
            rep.country = rep.country or other.country
            rep.sector = rep.sector or other.sector
            rep.gender = rep.gender or other.gender
            rep.role = rep.role or other.role
            rep.head_word = rep.head_word or other.head_word
        return rep

    def _new(self, rep: Candidate) -> Cluster:
        cluster = Cluster(len(self.clusters))
        self.clusters.append(cluster)
        return cluster

    def _add(self, cluster: Cluster, n: int):
        cand = self.c[n]
        cluster.members.append(n)
        self.cluster_of[n] = cluster.index
        bisect.insort(self.placed, (cand.start, n))
        if not cand.key and cand.kind == "description" and cand.possessor is not None and \
                cand.head_word in cues.RELATIONAL_NOUNS:
            # "his wife, Jane Roe," (a group the name leads): a later "his wife" of the same
            # possessor is her, as "his father" ... "his father" is one person.
            owner = self.by_head_token.get(cand.possessor)
            if owner in self.cluster_of:
                cand.key = f"rel:{self.cluster_of[owner]}:{cand.head_word}"
        if cand.key:
            cluster.keys.add(cand.key)
            self.key_index.setdefault(cand.key, cluster.index)
        if cand.kind != "pronoun":
            if cand.actor_kind and (cluster.kind is None or cand.kind == "name" and cluster.kind == "group"
                                    and cand.actor_kind != "group"):
                cluster.kind = cand.actor_kind
            cluster.country = cluster.country or cand.country
            cluster.sector = cluster.sector or cand.sector
            if cand.number == "pl" and cand.kind in ("name", "description") and len(cluster.members) == 1:
                cluster.number = "pl"
        cluster.gender = cluster.gender or cand.gender
        if cand.name_tokens and cand.kind == "name":
            cluster.names.append(cand.name_tokens)
        if cand.head_word:
            cluster.heads.add(cand.head_word)
        if cand.role and cand.role not in cluster.roles:
            cluster.roles.append(cand.role)
        if cand.role and cand.kind in ("title", "description"):
            cluster.evidence.append((cand.start, cand.end, cand.text))
        if cand.kind != "pronoun":
            cluster.organization = cluster.organization or cand.organization
        if cand.name and not cluster.canonical:
            cluster.canonical = cand.name

    # --- rules --------------------------------------------------------------------------------

    def dominant_country(self, before: int | None = None) -> str | None:
        """The country the article is about: named (or its nationality adjective used) in more
        than half of the country mentions (before token ``before``), and at least twice."""
        counts: dict[str, int] = {}
        for i, _, code in [*self.countries_seen, *self.nationalities_seen]:
            if before is None or i < before:
                counts[code] = counts.get(code, 0) + 1
        if not counts:
            return None
        code = max(counts, key=counts.get)
        total = sum(counts.values())
        return code if counts[code] >= 2 and counts[code] * 2 > total else None

    def _by_key(self, rep: Candidate) -> Cluster | None:
        if rep.kind == "description" and rep.definite and not rep.key and not rep.country and \
                rep.possessor is None and (rep.head_word or "") in cues.GOVERNMENT_NOUNS:
            # "the government" with no country named: the government of the country the
            # article is about, when there is one (so far; else in the whole article: "the
            # government" in the lead, its country named in the next sentences).
            code = self.dominant_country(rep.head) or self.dominant_country()
            if code:
                rep.key, rep.country, rep.sector, rep.actor_kind = f"gov:{code}", code, "GOV", "country"
        key = rep.key
        if key and key.startswith("gov:") and rep.kind in ("description", "metonym"):
            ruler = self.lex.ruling_group(key[4:], self.on)
            if ruler is not None:
                key = rep.key = f"org:{ruler.name}"
                rep.name = ruler.name
                rep.actor_kind = ruler.kind
        if rep.refers_country:
            # "the country": the country named most often so far, leaving out those that are the
            # subject or possessor in the same sentence ("the US's withdrawal from the country"
            # is not about the US).
            here = {code for i, sent, code in self.countries_seen
                    if sent == rep.sent and i in self.country_agents}
            counts: dict[str, int] = {}
            for i, sent, code in self.countries_seen:
                if i < rep.head and code not in here:
                    counts[code] = counts.get(code, 0) + 1
            # ... but a country named earlier in the same sentence, not as its subject or
            # possessor, comes first ("the envoy for Afghanistan warned that the country ...").
            near = [code for i, sent, code in self.countries_seen
                    if sent == rep.sent and i < rep.head and code not in here]
            if near:
                counts = {near[-1]: 1}
            if not counts:  # only the sentence's own countries: "the country's border" after "the US"
                for i, sent, code in self.countries_seen:
                    if i < rep.head:
                        counts[code] = counts.get(code, 0) + 1
            if not counts:
                # No country named before it, only a nationality ("Libyan authorities suspended
                # aid to the country's rebel groups"): that nationality's country.
                for i, sent, code in self.nationalities_seen:
                    if i < rep.head and code in self.lex.countries:
                        counts[code] = counts.get(code, 0) + 1
            if counts:
                code = max(counts, key=counts.get)
                key = rep.key = f"gov:{code}"
                rep.country, rep.sector = code, "GOV"
                rep.name = self.lex.countries[code].name if code in self.lex.countries else None
        if rep.neighbour_of:
            near = self.lex.neighbours(rep.neighbour_of)
            for cluster in self._recent(rep, lambda cl: cl.country in near and cl.kind == "country"):
                return cluster
            return None
        if key and key in self.key_index:
            return self.clusters[self.key_index[key]]
        return None

    def _recent(self, rep: Candidate, accept):
        """Clusters accepted by ``accept``, the most recently mentioned (before ``rep``) first."""
        seen = set()
        # self.placed is kept sorted by start: walk it backwards from the mention.
        for k in range(bisect.bisect_left(self.placed, (rep.start, -1)) - 1, -1, -1):
            cl = self.clusters[self.cluster_of[self.placed[k][1]]]
            if cl.index in seen:
                continue
            seen.add(cl.index)
            if accept(cl):
                yield cl

    @staticmethod
    def _name_words(rep: Candidate) -> tuple[str, ...]:
        """The words of a name mention that say which actor it is ("the", "University" left out)."""
        if rep.kind != "name" or rep.key:
            return ()
        return tuple(w for w in rep.name_tokens if w not in GENERIC_NAME_WORDS) or rep.name_tokens

    def _by_person_name(self, rep: Candidate) -> Cluster | None:
        """A person's name whose words are among an earlier person's name words, or contain them."""
        words = self._name_words(rep)
        if not words or not (rep.actor_kind == "person" or rep.maybe_person):
            return None
        mine = set(words)
        matches = []
        for cl in self._recent(rep, lambda cl: cl.kind == "person" and cl.names):
            full = set(max(cl.names, key=len))
            if len(mine) == 1 and any(mine <= set(name) for name in cl.names):
                matches.append(cl)  # "West" -> "Tom West", "Daniel" -> "Daniel Bernoulli"
            elif len(mine) > 1 and (mine <= full or full <= mine):
                return cl  # "Daniel Bernoulli FRS" -> "Daniel Bernoulli"; not "Johann Bernoulli"
        if matches:
            # A bare surname shared by several people ("Goode" after "Ralph Goode") is the one
            # the article talks about most; ties go to the most recent.
            return max(matches, key=lambda cl: len(cl.members))
        return None

    def _by_org_name(self, rep: Candidate) -> Cluster | None:
        """An organisation by the same name words, or by an acronym of its name, in either order.
        A one-word "person" that names no person of the article but is the first word of an
        organisation's name is that organisation ("Rice University" ... "Rice")."""
        words = self._name_words(rep)
        if len(words) == 1 and rep.actor_kind == "person" and rep.gender is None:
            for cl in self._recent(rep, lambda cl: cl.kind == "organization" and cl.names and
                                   not any(k.startswith(("people:", "gov:")) for k in cl.keys)):
                if any(len(name) > 1 and name[0] == words[0] for name in cl.names):
                    return cl
            return None
        if not words or rep.actor_kind != "organization":
            return None
        short = rep.text.replace(".", "")
        core = self._national_core(rep.name_tokens)
        for cl in self._recent(rep, self._named_organisation):
            for name in cl.names:
                if tuple(rep.name_tokens) == tuple(name) or set(words) <= set(name) or \
                        short.isupper() and is_acronym(short, name):
                    return cl
                if core and core == self._national_core(name) and \
                        not (rep.country and cl.country and rep.country != cl.country):
                    return cl  # "the Navy" ... "The United States Navy" ... "the U.S. Navy"
                # The acronym first, its expansion later ("MLB" ... "Major League Baseball").
                if len(name) == 1 and is_acronym(name[0], rep.name_tokens) and \
                        any(self.c[n].text.isupper() for n in cl.members if self.c[n].kind == "name"):
                    return cl
        return None

    def _national_core(self, words) -> tuple[str, ...]:
        """An organisation's name words less a leading country name or nationality ("united states
        navy", "u.s. navy" -> "navy"); the name itself when it opens with neither."""
        words = tuple(words)
        for k in (3, 2, 1):
            if len(words) > k:
                prefix = " ".join(words[:k])
                if self.lex.country(prefix) or self.lex.demonym(prefix):
                    return words[k:]
        return words

    def _by_description(self, rep: Candidate) -> Cluster | None:
        if rep.kind not in ("description", "title") or not rep.definite:
            return None
        head = rep.head_word or ""
        if rep.possessor is not None and head in cues.GOVERNMENT_NOUNS:
            # "his government": the government of the possessor's country.
            owner = self.by_head_token.get(rep.possessor)
            owner_cluster = self.clusters[self.cluster_of[owner]] if owner in self.cluster_of else None
            if owner_cluster is not None and owner_cluster.country:
                rep.key = f"gov:{owner_cluster.country}"
                rep.country, rep.sector, rep.actor_kind = owner_cluster.country, "GOV", "country"
                if owner_cluster.kind == "country" and "gov:" + owner_cluster.country in owner_cluster.keys:
                    return owner_cluster
                return self._by_key(rep)
        if rep.possessor is not None and head in cues.RELATIONAL_NOUNS:
            return self._by_relation(rep, head)
        for rule in (self._by_title, self._by_role_noun, self._by_organisation_noun,
                     self._by_name_head, self._by_sector_noun, self._by_repeated_head):
            cluster = rule(rep, head)
            if cluster is not None:
                return cluster
        return None

    def _compatible(self, rep: Candidate, cl: Cluster) -> bool:
        """No country or sector of the description that the actor's contradicts (a noun that only
        says a person's sex or age, "the man", has no sector to contradict: "The attacker, a man")."""
        sector = rep.sector if (rep.head_word or "").lower() not in PERSON_EPITHETS else None
        return not (rep.country and cl.country and rep.country != cl.country or
                    sector and cl.sector and sector != cl.sector or
                    self._placed_elsewhere(rep, cl))

    def _placed_elsewhere(self, rep: Candidate, cl: Cluster) -> bool:
        """A description that names its country ("the president of Turkey") is not a person the
        dictionaries place in another one, though the text has not given that person a country
        yet ("President Franklin Delano Roosevelt" in an article about the US Supreme Court)."""
        if not rep.country or cl.country or cl.kind != "person" or not cl.names:
            return False
        name = " ".join(max(cl.names, key=len))
        entry = self.lex.person(name, self.on, ()) or self.lex.person(name, None, ())
        return entry is not None and entry.country is not None and entry.country != rep.country

    def _by_relation(self, rep: Candidate, head: str) -> Cluster | None:
        """ "his father" ... "his father": one person per possessor and relational noun."""
        owner = self.by_head_token.get(rep.possessor)
        if owner is not None and owner in self.cluster_of:
            key = f"rel:{self.cluster_of[owner]}:{head}"
            rep.key = key
            if key in self.key_index:
                return self.clusters[self.key_index[key]]
        return None

    def _by_title(self, rep: Candidate, head: str) -> Cluster | None:
        """A definite title joins the last person holding a title of the same kind."""
        synonyms = next((group for group in cues.ROLE_SYNONYMS if head in group), frozenset({head}))
        if not (rep.actor_kind == "person" or head in synonyms and len(synonyms) > 1):
            return None
        for cl in self._recent(rep, lambda cl: cl.kind == "person" and self._compatible(rep, cl)):
            # Whole titles, or the head of a title whose modifiers only say which one ("the
            # minister" -> "Interior Minister X"); never across ranks ("the president" is
            # not "the Vice President").
            if cl.heads & synonyms or any(same_office(head, phrase) for phrase in cl.heads):
                return cl
        return None

    def _by_role_noun(self, rep: Candidate, head: str) -> Cluster | None:
        """A repeated definite role noun joins its last use ("the court" ... "the court")."""
        if head not in cues.ROLE_NOUNS and head not in cues.RELATIONAL_NOUNS:
            return self._by_described_head(rep, head)
        words = head.split()
        for cl in self._recent(rep, lambda cl: self._compatible(rep, cl) and (
                cl.number == rep.number or cl.kind == "organization")):
            if head in cl.heads:
                return cl
            if cl.kind == "organization" and any(words[-1] in name for name in cl.names):
                return cl
        return None

    def _by_described_head(self, rep: Candidate, head: str) -> Cluster | None:
        """ "Grupo Verde, a cement maker, ... the cement maker", "Tom Reyes is a nurse ... the
        nurse": a definite description whose head noun the text gave a named actor before (by
        apposition, predicate or an earlier description), of the same number, is that actor (the
        one described so last). Role nouns do this at any distance in ``_by_role_noun``; any
        other noun only for an actor the article names."""
        if rep.possessor is not None or COUNTED.search(rep.text):
            return None
        for cl in self._recent(rep, lambda cl: bool(cl.names) and head in cl.heads and
                               cl.number == rep.number and self._compatible(rep, cl)):
            return cl
        return None

    def _by_repeated_head(self, rep: Candidate, head: str) -> Cluster | None:
        """ "Two men were arrested ... the men", "three soldiers ... the soldiers": a definite
        description repeats the head noun of an actor described a few sentences before, with the
        same number (any noun: the role nouns' rule above joins a repeated role noun at any
        distance; this one only within GENERIC_NOUN_WINDOW sentences)."""
        words = rep.text.lower().split()
        if rep.kind != "description" or len(words) != 2 or words[0] not in ("the", "these", "those") or \
                not head or words[1] != head:
            return None  # only the bare "the men": "the other people", "the most delegates" are not
        return self._last_nearby(rep, lambda cl: head in cl.heads and cl.number == rep.number and
                                 not cl.names and self._compatible(rep, cl))

    def _by_organisation_noun(self, rep: Candidate, head: str) -> Cluster | None:
        """ "the group", "the organisation", "the bloc", "the carmaker": the organisation or group
        named last, within a few sentences (not a country, not a people; of a sector the noun
        can name, when its sector is known)."""
        if head not in cues.ORGANISATION_NOUNS or rep.possessor is not None:
            return None
        if rep.plural_head:
            # "the two factions", "the trade unions": several organisations, not the one named last
            return None
        sectors = cues.ORGANISATION_NOUN_SECTORS.get(head)
        found = self._last_nearby(rep, lambda cl: self._named_organisation(cl) and
                                  not (sectors and cl.sector and cl.sector not in sectors))
        if found is None and head == "group":
            # "seven motorcyclists ... their honour. A memorial was held for the group": with no
            # organisation named nearby, the people described last
            found = self._last_nearby(rep, lambda cl: cl.kind == "group" and cl.number == "pl" and
                                      not cl.names and not any(k.startswith(("people:", "gov:"))
                                                               for k in cl.keys))
        return found

    def _named_organisation(self, cl: Cluster) -> bool:
        """An organisation or group the article names (not a country's government, not a people)."""
        return cl.kind in ("organization", "group") and \
            not any(k.startswith(("people:", "gov:")) for k in cl.keys) and \
            any(self.c[n].kind == "name" for n in cl.members)

    def _by_name_head(self, rep: Candidate, head: str) -> Cluster | None:
        """ "the party" after "the Democratic Party", "the council" after "the Security Council":
        the head noun is the last word of an organisation's name."""
        if rep.number != "sg" or " " in head or rep.possessor is not None:
            return None
        for cl in self._recent(rep, lambda cl: cl.kind == "organization" and cl.names):
            if any(name and name[-1] == head for name in cl.names):
                return cl
        return None

    def _by_sector_noun(self, rep: Candidate, head: str) -> Cluster | None:
        """ "the company" after "Acme Corp." (BUS), "the university" after "Harvard" (EDU): the
        last organisation of the sector the noun names, within a few sentences."""
        title = self.lex.title(head)
        if not (title and title.kind == "group" and title.sector and rep.number == "sg" and
                head not in cues.GOVERNMENT_NOUNS):
            return None
        return self._last_nearby(rep, lambda cl: cl.kind == "organization" and cl.sector == title.sector)

    def _last_nearby(self, rep: Candidate, accept) -> Cluster | None:
        """The actor ``accept`` takes that was mentioned last before ``rep``, if at most
        GENERIC_NOUN_WINDOW sentences back. (Farther back when it is the only such actor so far
        was tried on 2026-12-05 and taken out: no set moved, and the seed's "the Afghan central
        bank" joined the State Department named sentences earlier.)"""
        for cl in self._recent(rep, accept):
            last = max(self.c[n].sent for n in cl.members if self.c[n].start < rep.start)
            return cl if rep.sent - last <= GENERIC_NOUN_WINDOW else None
        return None

    @staticmethod
    def _salience(cl: Cluster) -> float:
        """What an actor's mentions so far add to its score as a pronoun's antecedent."""
        return SALIENCE_WEIGHT * math.log(len(cl.members))

    @staticmethod
    def _it_window() -> int:
        """How far back "it"/"its" look (sentences); -1: never resolved."""
        return NEUTER_PRONOUN_WINDOW

    def _pronoun(self, rep: Candidate) -> Cluster | None:
        number, gender, case = rep.pronoun
        if rep.bound_by is not None and rep.bound_by not in self.by_head_token:
            # "Tom West and Jim Hart founded the company. The firm's shareholders said their
            # investment ...": bound by a plural noun that is no actor's mention, so no actor's.
            return None
        # A quoted "he" or "they" is not the one quoted ("Sarkozy said of Chirac, 'He incarnated
        # France'"): that one would say "I" or "we".
        speaker = self._quoting(rep) if rep.quoted else None
        if number == "sg" and gender in ("m", "f"):
            window = PERSON_PRONOUN_WINDOW

            def accept(cl):
                # Not a person only brought in with "a"/"an" that nothing else referred to ("Tom
                # Baker was hit by a car. A driver stopped. He was taken to hospital": Baker); see
                # _by_introduction (a pronoun taking them cost the GUM court transcripts links).
                return cl.kind == "person" and cl.number == "sg" and cl.gender in (None, gender) and \
                    cl is not speaker and not (len(cl.members) == 1 and self.c[cl.members[0]].introduced)
        elif number == "pl":
            window = PLURAL_PRONOUN_WINDOW

            def accept(cl):
                return (cl.number == "pl" or cl.kind in ("organization", "group")) and cl is not speaker
        else:
            window = self._it_window()

            def accept(cl):
                # "it": only the organisation that is the last subject before it ("The company
                # said it would ..."); after "a report said", "It said" is the report, no actor.
                # "its": an organisation that was a subject in this or the last sentence.
                # A group known by its name ("The Taliban said its fighters ...", "Hamas said its
                # members ...") is one body to "its", though the stage counts it plural for "they".
                named_group = cl.kind == "group" and rep.text.lower() == "its" and \
                    any(self.c[n].kind == "name" for n in cl.members)
                if not (cl.kind in ("organization", "country") and cl.number == "sg" or named_group or
                        cl.kind is None and cl.heads & cues.INSTITUTION_NOUNS and cl.number == "sg"):
                    return False  # ... or a body known only by its noun ("The bank said it ...")
                if rep.prev_subject is not None or rep.text.lower() == "it":
                    return any(self.c[n].head == rep.prev_subject for n in cl.members)
                return any(self.c[n].subject and 0 <= rep.sent - self.c[n].sent <= 1 and
                           self.c[n].start < rep.start and self.c[n].kind != "pronoun"
                           for n in cl.members)
        subject = self.by_head_token.get(rep.clause_subject) if rep.clause_subject is not None else None
        bound = self.clusters[self.cluster_of[subject]] if subject in self.cluster_of else None
        if bound is not None and case == "refl" and window >= 0 and accept(bound):
            return bound  # "Byron taught himself": the subject of its own verb
        best = self._most_salient(rep, accept, window, case, bound if case == "obj" else None)
        if best is not None and best.gender is None and gender in ("m", "f"):
            best.gender = gender
        return best

    def _quoting(self, rep: Candidate) -> Cluster | None:
        """The actor whose words the quoted ``rep`` stands in: the unquoted subject of a verb of
        saying in its sentence, the last before it ("Sarkozy said of Chirac, '...'"), else the
        first after it ("'...,' Smith said"). (Its paragraph, for a quotation that runs on over
        sentences, was tried: see docs/actors.md, ninth session.)"""
        found = None
        for n in self.in_para.get(rep.para, ()):
            cand = self.c[n]
            if cand.sent != rep.sent:
                continue
            if cand.start > rep.start and found is not None:
                break
            if not cand.quoted and cand.subject and n in self.cluster_of and \
                    self.head_lemma.get(cand.head) in cues.SPEECH_VERBS:
                found = self.clusters[self.cluster_of[n]]
                if cand.start > rep.start:
                    break
        return found

    def _most_salient(self, rep: Candidate, accept, window: int, case: str = "subj",
                      excluded: Cluster | None = None) -> Cluster | None:
        """The actor accepted by ``accept`` whose last mention is at most ``window`` sentences
        back with the best score: -DISTANCE_WEIGHT x sentences back, +SUBJECT_WEIGHT when that
        mention was a subject, + salience; within the sentence a possessive or object prefers
        the subject. ``excluded``: an actor it may not be ("Pachomius called on him")."""
        if rep.kind == "pronoun" and (pronoun_weights() is not None or RECORDER is not None):
            return self._ranked(rep, accept, window, case, excluded)
        best, best_score = None, -math.inf
        for cl in self._recent(rep, accept):
            if cl is excluded:
                continue
            last = max((self.c[n] for n in cl.members if self.c[n].start < rep.start),
                       key=lambda m: m.start)
            distance = rep.sent - last.sent
            if distance > window:
                continue
            # "NASA officials said they ...", "Smith told reporters that he ...": the subject of
            # reported speech is mostly the one who reports it. Within a sentence a possessive
            # or object pronoun usually points at the subject.
            reporter = rep.reported_by is not None and any(self.c[n].head == rep.reported_by
                                                           for n in cl.members)
            score = hand_score({
                "distance": float(distance), "same_sentence": float(distance == 0),
                "last_subject": float(last.subject and distance != 0),
                "same_sentence_subject": float(distance == 0 and last.subject and case != "subj"),
                "reporter": float(reporter), "named": float(bool(cl.names)),
                "plural_actor": float(bool(rep.pronoun) and rep.pronoun[0] == "pl" and cl.number == "pl"),
            }, self._salience(cl))
            if score > best_score:
                best, best_score = cl, score
        return best

    def _ranked(self, rep: Candidate, accept, window: int, case: str,
                excluded: Cluster | None) -> Cluster | None:
        """The pronoun's antecedent by the learned ranker: of the actors ``accept`` takes whose
        last mention is at most ``window`` sentences back, the one it scores best."""
        options = []
        for cl in self._recent(rep, accept):
            before = [self.c[n] for n in cl.members if self.c[n].start < rep.start]
            last = max(before, key=lambda m: m.start)
            if cl is not excluded and rep.sent - last.sent <= window:
                options.append((cl, last, before))
        if not options:
            if RECORDER is not None:
                RECORDER.append((rep, []))
            return None
        latest = max(last.start for _, last, _ in options)
        most = max(len(before) for _, _, before in options)
        rows = []
        for cl, last, before in options:
            reporter = rep.reported_by is not None and any(self.c[n].head == rep.reported_by for n in cl.members)
            rows.append(pronoun_features(rep, cl, last, before, case, reporter, last.start == latest,
                                         len(before) == most))
        if RECORDER is not None:
            RECORDER.append((rep, [([(m.start, m.end) for m in before], row)
                                   for (_, _, before), row in zip(options, rows)]))
        weights = pronoun_weights()
        if weights is None:  # recording without a model: the hand weights decide
            return self._hand_ranked(rep, options, rows)
        scores = [sum(weights.get(k, 0.0) * v for k, v in row.items()) for row in rows]
        return options[max(range(len(options)), key=scores.__getitem__)][0]

    @staticmethod
    def _hand_ranked(rep: Candidate, options, rows) -> Cluster:
        """The hand-weighted score of ``_most_salient`` over the ranker's features."""
        scores = [hand_score(row) for row in rows]
        return options[max(range(len(options)), key=scores.__getitem__)][0]

    def _by_epithet(self, rep: Candidate, members: list[int]) -> Cluster | None:
        """ "The 28-year-old", "the Australian": a definite description that only says a person's
        age or nationality refers back to the most salient person of the last few sentences
        (one the text already gave that nationality, when it names one: it does not give it)."""
        if rep.kind == "description" and rep.definite and len(members) == 1 and \
                rep.possessor is None and not rep.country and rep.number == "sg" and \
                (rep.head_word or "").lower() in PERSON_EPITHETS:
            # "the boy", "the young woman", "the teenager": the named person of the last two
            # sentences, of that gender ("Byron ... the boy"); never a person known only by a
            # description (a repeated "the man" joined its first use already).
            gender = PERSON_EPITHETS[(rep.head_word or "").lower()][0]
            return self._most_salient(rep, lambda cl: cl.kind == "person" and cl.number == "sg" and
                                      bool(cl.names) and (gender is None or cl.gender in (None, gender)),
                                      EPITHET_WINDOW)
        if not (rep.epithet and rep.definite and len(members) == 1 and rep.number == "sg"):
            return None  # ("the Australians", "the boys": several people, not the one named)
        return self._most_salient(rep, lambda cl: cl.kind == "person" and cl.number == "sg" and
                                  (not rep.country or cl.country == rep.country), EPITHET_WINDOW)

    def _by_introduction(self, rep: Candidate, members: list[int]) -> Cluster | None:
        """ "An IT worker went on a stabbing spree ... The attacker was shot", "a female office
        worker ... The woman": a definite singular description that found no one else refers to
        the person the text brought in last with "a"/"an" and has not named, within
        GENERIC_NOUN_WINDOW sentences, when it says only that person's sex and age (a man or woman
        is no boy or girl) or a part in a crime or an attack ("the attacker", "the suspect", "the
        gunman": a title of sector CRM or UAF) that no sector of the person contradicts. Other
        nouns name someone else as often ("a doctor ... the mother", "a man ... the sergeant")."""
        head = (rep.head_word or "").lower()
        if not (rep.kind == "description" and rep.definite and rep.possessor is None and
                rep.number == "sg" and not rep.epithet and not rep.country and
                not any(self.c[m].kind == "name" for m in members)):
            return None
        title = self.lex.title(head)
        if not (head in PERSON_EPITHETS or title and title.kind == "person" and title.sector in ("CRM", "UAF")):
            return None

        def accept(cl):
            if cl.kind != "person" or cl.number != "sg" or cl.names or not self._compatible(rep, cl) or \
                    rep.gender and cl.gender not in (None, rep.gender):
                return False
            first = self.c[min(cl.members, key=lambda n: self.c[n].start)]
            return first.indefinite and (head not in PERSON_EPITHETS or PERSON_EPITHETS[head][1] ==
                                         PERSON_EPITHETS.get((first.head_word or "").lower(), (None, "adult"))[1])
        return self._last_nearby(rep, accept)


# The rules by name, each of which can be switched off to measure what it is worth
# (``benchmarks/bench_actors.py --part ablate``): the Resolver method that is the rule, and what
# stands in for it when it is off (finds nothing, adds nothing).
SWITCHES = {
    "attach": ("_attached", staticmethod(lambda cand: None)),
    "keys": ("_by_key", lambda self, rep: None),
    "person_names": ("_by_person_name", lambda self, rep: None),
    "org_names": ("_by_org_name", lambda self, rep: None),
    "titles": ("_by_title", lambda self, rep, head: None),
    "role_nouns": ("_by_role_noun", lambda self, rep, head: None),
    "relational": ("_by_relation", lambda self, rep, head: None),
    "organisation_nouns": ("_by_organisation_noun", lambda self, rep, head: None),
    "name_heads": ("_by_name_head", lambda self, rep, head: None),
    "sector_nouns": ("_by_sector_noun", lambda self, rep, head: None),
    "repeated_heads": ("_by_repeated_head", lambda self, rep, head: None),
    "described_heads": ("_by_described_head", lambda self, rep, head: None),
    "epithets": ("_by_epithet", lambda self, rep, members: None),
    "pairs": ("_by_pair", lambda self, rep: None),
    "introductions": ("_by_introduction", lambda self, rep, members: None),
    "pronouns": ("_pronoun", lambda self, rep: None),
    "pronoun_salience": ("_salience", staticmethod(lambda cl: 0.0)),
    "speakers": ("_resolve_interlocutors", lambda self, indices: None),
    "self_introduction": ("_self_introduced", lambda self, para, quoted, kinds: None),
    "calls": ("_called", lambda self, para, start, line: None),
    "spoken_for": ("_organisation_spoken_for", lambda self, person, members: None),
    "it": ("_it_window", staticmethod(lambda: -1)),
}
RULES = tuple(SWITCHES)


@contextlib.contextmanager
def switched_off(rule: str):
    """Within the block, the resolver runs without ``rule`` (one of ``RULES``)."""
    name, stand_in = SWITCHES[rule]
    original = Resolver.__dict__[name]
    setattr(Resolver, name, stand_in)
    try:
        yield
    finally:
        setattr(Resolver, name, original)
