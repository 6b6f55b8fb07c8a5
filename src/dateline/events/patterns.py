"""Dependency patterns that find event triggers and their argument phrases in one sentence.

Four families of trigger:

- **verb**: a verb of the lexicon, with the most specific entry whose conditions hold
  ("seized", "called for the release", "sign an agreement");
- **support**: a support verb whose object is an event noun of the lexicon ("held talks",
  "provided humanitarian aid", "had a meeting with"); the noun gives the code, the verb the clause;
- **occurrence**: an event noun that is the subject of an occurrence verb ("a first session
  between the two sides was held");
- **nominal**: an event noun whose possessor is its doer ("Russia's invasion of Ukraine").

For each trigger the argument heads are read off the parse: subjects (through control verbs,
coordination and relative clauses), passive agents, objects, datives and target prepositions,
and the parties of "between X and Y" / "with X". ``arguments.py`` maps them to actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp import RELATIVE_PRONOUNS
from . import cues
from .lexicon import (Entry, detached_head, holding_entries, hyphen_prefix, infinitival, lemma_candidates, match,
                      participle_object, predicate_object, series_events)

SUBJECT_DEPS = ("nsubj", "csubj")
NOT_AN_EVENT = "-"  # lexicon code of a reading that names no event ("released a report")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")


@dataclass
class Candidate:
    """A trigger with its argument phrases (token heads), before actors are resolved."""

    trigger: object  # spacy Token naming the event
    clause: object  # the verb heading the event's clause (== trigger for verb triggers)
    entry: Entry
    family: str  # "verb", "support", "occurrence" or "nominal"
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    parties: list = field(default_factory=list)  # "between X and Y": both sides
    answers_request: bool = False  # object is "the call", "the demand": a reply to a request
    passive: bool = False
    complement_of: object = None  # the frame/intent/request verb whose complement this is
    object_event: str = ""  # CAMEO root of an event noun that is the object ("the attack")
    cameo: str = ""

    def __post_init__(self):
        self.cameo = self.cameo or self.entry.cameo


def is_passive(verb) -> bool:
    """A passive clause: its passive auxiliary or subject, a participle describing a noun, a
    "by" agent ("were lathi-charged by the police", parsed charged <acomp were), or a participle
    whose auxiliary is gapped after a passive it is coordinated with ("gapped_passive")."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass", "agent") for c in verb.children) \
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not misread_headline_verb(verb)) or \
        gapped_passive(verb)


def misread_headline_verb(verb) -> bool:
    """Whether a participle the parser hung on the sentence's noun, as in a headline ("Police
    arrested in raid"), is the sentence's own verb in the active voice: "Spanish police charged at
    voters outside a polling station", parsed police <ROOT, charged <acl police. Only a verb read
    through a preposition of an act's aim with its own object (its lexicon entry asks for one of
    ``AIM_PREPOSITIONS``, and no direct object is there): such a verb strands its preposition in
    the passive ("were charged at"), so "charged at voters" cannot be one ("two men charged with
    murder", through "with", stays a passive). Only an entry of force (cues.FORCE_ROOTS: "charge
    at", "fire on"), its object people (``_people_noun``: not "taken into custody", "set on
    fire"), and its noun one of the forces that use it (cues.FORCE_DOER_NOUNS: "Students charged
    into crowd" is no police charge)."""
    if not _headline_participle(verb) or (verb.head.lemma_.lower() not in cues.FORCE_DOER_NOUNS and
                                          verb.head.lower_ not in cues.FORCE_DOER_NOUNS):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPOSITIONS and
             any(g.dep_ == "pobj" and _people_noun(g) for g in c.children)}
    return bool(preps) and any(entry.cameo.startswith(cues.FORCE_ROOTS) and _aimed_through(entry, preps)
                               for entry in holding_entries(verb, "V"))


def _headline_participle(verb) -> bool:
    """A participle the parser hung on the sentence's noun before it, with no object or agent of
    its own ("Police charged at voters", "Students charged into crowd")."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" and \
        verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and \
        not any(c.dep_ in ("dobj", "obj", "agent") for c in verb.children)


def _aimed_through(entry: Entry, preps: set) -> bool:
    """Whether ``entry`` reads its verb through one of the prepositions ``preps``."""
    return any(key == "prep" and values & preps for key, values in entry.conditions)


def people_sent_at_people(verb, entry: Entry) -> bool:
    """A headline participle on a noun of people, not of a force, read through a preposition of
    aim with its object ("Students charged into crowd at graduation ceremony"): not the active act of force (``misread_headline_verb``), nor a passive one, which
    strands its preposition ("were charged at"): the people are not what was fired or charged
    into the crowd. ("Rubber bullets fired at protesters" is one: bullets are no people.)"""
    if not _headline_participle(verb) or misread_headline_verb(verb) or not _people_noun(verb.head):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPOSITIONS and
             any(g.dep_ == "pobj" for g in c.children)}
    return bool(preps) and entry.cameo.startswith(cues.FORCE_ROOTS) and _aimed_through(entry, preps)


# Prepositions that take an act's aim after an intransitive verb ("charged at", "fired on").
AIM_PREPOSITIONS = frozenset({"at", "into", "on", "upon"})


def gapped_passive(verb) -> bool:
    """A participle coordinated with a passive, its auxiliary left out and its own subject parsed
    as an active one's: "one was killed and five injured" (five <nsubj injured <conj killed): who
    was injured, not who injured. (One without a subject of its own, "was arrested and banned
    from the election", is read as before.)"""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" and \
        verb.head.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) and \
        not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "agent") for c in verb.children) and \
        any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)


def passive_auxiliary_subject(verb, child) -> bool:
    """An active subject the parser gave a participle with a passive auxiliary (Protesters
    <nsubj sprayed, were <auxpass sprayed): who was sprayed, not who sprayed."""
    return child.dep_ == "nsubj" and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in verb.children)


def auxiliary_subjects(verb) -> list:
    """The subject the parser hung on a passive's auxiliary rather than on its participle:
    "Protesters were pepper-sprayed by police" after another sentence, parsed Protesters
    <nsubj were <auxpass sprayed (who was sprayed)."""
    return [s for aux in verb.children if aux.dep_ == "auxpass" and aux.i < verb.i
            for s in aux.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < aux.i]


def subject_of(verb, depth: int = 0):
    """The token heading the subject (the doer) of ``verb``: its own subject, else the subject
    it shares through control ("wants to attack"), coordination ("tightened ... and deported")
    or a relative clause ("troops, which attacked")."""
    if depth > 4:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            if child.i == verb.i - 2 and hyphen_prefix(verb):
                # "Police lathi-charged the students", parsed Police <compound lathi <nsubj
                # charged: the word before the hyphen is the verb's, its compound the doer
                doer = next((c for c in child.children if c.dep_ == "compound"), None)
                if doer is not None:
                    return doer
                continue
            if gapped_passive(verb) or passive_auxiliary_subject(verb, child):
                continue  # "five injured": the injured
            return child
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.i == verb.i - 2 and hyphen_prefix(verb):
            # "Police cane-charged the students", parsed Police <compound cane <npadvmod
            # charged with no subject: the compound of the verb's first half is the doer
            doer = next((c for c in child.children if c.dep_ == "compound"), None)
            if doer is not None:
                return doer
    if (doer := misread_participle_doer(verb)) is not None:
        return doer
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and \
            (verb.lemma_.lower() in cues.SUPPORT_TO_VERBS or misread_headline_verb(verb)):
        # "Police personnel resorted to lathi charge", "French police charged at protesters":
        # the sentence's verb parsed as a clause on its subject (no passive sense: "resorted"
        # is no "arrested" of a headline)
        return verb.head
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                return child
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "acl") and infinitival(verb)):
        if head.lemma_.lower() in cues.OBJECT_CONTROL_VERBS:
            for child in head.children:
                if child.dep_ in ("dobj", "obj"):
                    return child
            for pobj in _prep_objects(head, ("on", "upon")):
                return pobj  # "called on Western countries to lift sanctions"
        if head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.dep_ in PASSIVE_SUBJECT_DEPS and head.lemma_.lower() in cues.INTENT_VERBS:
                    return child  # "the minister is scheduled to attend"
            return subject_of(head, depth + 1)
        if head.dep_ in ("dobj", "obj", "attr") and head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head, depth + 1)  # "Moscow had no plans to invade"
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and \
                head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head, depth + 1)  # "Tehran was ready to help"
        return None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and \
            head.head.pos_ == "NOUN" and head.head.lemma_.lower() in cues.ISSUED_TEXTS:
        return head.head  # "a message on Twitter blaming Iran" (parsed on <pcomp blaming)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # "accused Russia of massing troops", "blamed X for attacking": the object did it
        for child in head.head.children:
            if child.dep_ in ("dobj", "obj"):
                return child
        return subject_of(head.head, depth + 1)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return misread_clause_subject(verb) or subject_of(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX") and \
            not is_passive(head):
        return subject_of(head, depth + 1)  # "X bombarded Aleppo, killing eight people"
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return head
    if verb.dep_ == "amod" and verb.lower_ in cues.PROTESTING_PARTICIPLES:
        return head  # "protesting farmers": the farmers protest
    return None


def misread_participle_doer(verb):
    """The doer of a hyphenated verb the parser read as an adjective of its object, the doer's
    word a modifier of that object: "Police baton-charged opposition supporters", parsed Police
    <compound supporters (or Police <compound baton), baton <npadvmod charged <amod supporters
    (the object is the target, ``_verb_candidate``); None for any other verb."""
    if verb.dep_ != "amod" or verb.i < 3 or not hyphen_prefix(verb):
        return None
    doer = verb.doc[verb.i - 3]
    if doer.dep_ in ("compound", "nmod") and doer.head.i in (verb.head.i, verb.i - 2) and \
            doer.pos_ in ("NOUN", "PROPN") and doer.sent.start == verb.sent.start:
        return doer
    return None


# Conjunctions of time the parser may read as prepositions ("arrested after the mayor was
# stabbed": the mayor <pobj after).
TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "till"})


def misread_clause_subject(verb):
    """The subject of a clause of time the parser split: "An individual has been arrested after
    Paweł Adamowicz, mayor of Gdańsk, was stabbed", parsed Adamowicz <pobj after <prep arrested
    and stabbed <conj arrested with no subject. The conjunction's object, ending right before the
    clause's auxiliary (commas aside), is its subject (for a passive, who underwent it); None
    otherwise."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    auxiliaries = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries:
        return None
    first, doc = min(auxiliaries), verb.doc
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in TIME_CONJUNCTIONS or prep.i > first or any(
                c.dep_ == "cc" and prep.i < c.i < verb.i for c in verb.head.children):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.right_edge.i < first and \
                    all(t.is_punct for t in doc[pobj.right_edge.i + 1:first]):
                return pobj
    return None


def _preposition_objects(token):
    """(preposition, its object) for each prepositional object of ``token``, in text order."""
    for child in token.children:
        if child.dep_ in ("prep", "dative"):
            for c in child.children:
                if c.dep_ == "pobj":
                    yield child.lower_, c


# What a protest is against: "in protest against / at / over X".
PROTESTED_PREPS = ("against", "at", "over")


def _prep_objects(token, preps) -> list:
    return [c for prep, c in _preposition_objects(token) if prep in preps]


def _objects_by_prep(token) -> dict[str, list]:
    """``_prep_objects(token, (p,))`` for every preposition ``p`` at once, by ``p``: one pass over
    the children where asking each of the twelve target prepositions made twelve."""
    out: dict[str, list] = {}
    for prep, c in _preposition_objects(token):
        out.setdefault(prep, []).append(c)
    return out


NOUN_PHRASE_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "nsubj", "nsubjpass", "pobj",
                              "conj", "appos"})


def nominal_participle(token) -> bool:
    """A participle used as a noun, with its determiner, in a noun's place: "police arrested the
    accused", "the wounded were taken to hospital" (spaCy tags it a verb)."""
    return token.pos_ == "VERB" and token.tag_ in ("VBN", "VBG") and \
        token.dep_ in NOUN_PHRASE_DEPS and any(
            c.dep_ == "det" and c.i < token.i for c in token.children) and not any(
            c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "auxpass", "aux", "ccomp", "xcomp")
            for c in token.children)


def asks_a_question(verb) -> bool:
    """"Asked why Biden did not act", "asked them whether talks would resume": "ask" with a
    clause opened by a question word and no infinitive of what is asked for ("asked him to
    leave")."""
    if verb.lemma_.lower() != "ask" or any(c.dep_ in ("xcomp", "oprd") for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            opener = clause.doc[clause.left_edge.i]
            if opener.lower_ in cues.QUESTION_WORDS:
                return True
    return False


def agrees_with_an_opinion(verb) -> bool:
    """"Agreed that vaccines have done more good than harm": "agree" whose only complement is a
    clause with its own subject and no auxiliary of a plan ("agreed that the troops would leave"
    is an agreement), nor "to" or an object ("agreed to talks", "agreed a deal")."""
    if verb.lemma_.lower() != "agree" or any(
            c.dep_ in ("xcomp", "dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("to", "on"))
            for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
        s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)]
    return bool(clauses) and not any(
        a.dep_ in ("aux", "auxpass") and a.lower_ in cues.PLAN_AUXILIARIES
        for clause in clauses for a in clause.children)


def direct_objects(verb) -> list:
    """Objects of ``verb``; for a passive verb its subject is the object ("Evidence against
    Russia was presented by the US")."""
    deps = ("dobj", "obj", "dative", "iobj", "nsubjpass") if is_passive(verb) else (
        "dobj", "obj", "dative", "iobj")
    objects = [c for c in verb.children if c.dep_ in deps
               and (c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X") or nominal_participle(c))]
    small = participle_object(verb)
    if not objects and small is not None:
        objects = [small]  # "will not accept refugees fleeing the violence"
    taken = predicate_object(verb)
    if not objects and taken is not None:
        objects = [taken]  # "called Trump a disgrace", "called Trump on Tuesday"
    if not objects:  # a small clause: "found Trump guilty" (Trump <nsubj guilty <ccomp found)
        objects = [s for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")
                   for s in c.children if s.dep_ == "nsubj"][:1]
    return objects


def complement_objects(verb) -> list:
    """The objects of ``verb`` and of its open complements ("refused to lift the ban": the ban)."""
    return direct_objects(verb) + [o for c in verb.children if c.dep_ == "xcomp"
                                   for o in direct_objects(c)]


def target_phrases(token, exclude=(), object_preps: bool = True) -> list:
    """Candidate target heads of an event word, best first: objects, then target prepositions,
    then the target prepositions of its objects ("fired batteries at Russia", "lift the
    sanctions on Iran", "endorsed an agreement with the EU")."""
    objects = direct_objects(token)
    heads = [t for t in objects if t not in exclude]
    by_prep = _objects_by_prep(token)
    for prep in cues.TARGET_PREPS:
        heads.extend(t for t in by_prep.get(prep, ()) if t not in exclude)
    for obj in objects if object_preps else ():
        if obj.lower_ in cues.RELATIVE_NOUNS | cues.STAFF_NOUNS:
            continue  # "an advisor for Trump was sentenced": Trump was not
        by_prep = _objects_by_prep(obj)
        for prep in cues.TARGET_PREPS:
            heads.extend(t for t in by_prep.get(prep, ()) if t not in exclude and t not in heads)
    # "agreed to a prisoner exchange with Israel", "arrived for talks with Lebanese officials":
    # the partner of a prepositional object
    for pobj in _prep_objects(token, ("to", "on", "for")):
        heads.extend(t for t in _prep_objects(pobj, ("with", "against"))
                     if t not in exclude and t not in heads)
    # "marched in protest against the government's scheme", "recalled its envoy in protest at
    # the execution": what the act protests
    for motive in _prep_objects(token, ("in",)):
        if motive.lemma_.lower() == "protest":
            heads.extend(t for t in _prep_objects(motive, PROTESTED_PREPS)
                         if t not in exclude and t not in heads)
    return heads


def between_parties(noun) -> list:
    """"talks between X and Y" -> [X, Y] heads (as one coordinated phrase)."""
    return _prep_objects(noun, ("between", "among", "amongst"))


def verb_triggers(tokens) -> list[Candidate]:
    """Lexicon verbs and support verbs with their event nouns, over the sentence's ``tokens``."""
    out = []
    for token in tokens:
        if token.pos_ != "VERB" or nominal_participle(token):
            continue  # "arrested the accused" accuses no one
        if token.dep_ == "acl" and token.lemma_.lower() in cues.STATE_PARTICIPLES:
            continue  # "fishermen held in its jails": a state described, no event
        if token.dep_ == "amod" and (token.lemma_.lower() in cues.HEDGE_PARTICIPLES or
                                     token.lower_ in cues.HEDGE_PARTICIPLES):
            continue  # "the accused molesters": a description, no accusation
        if asks_a_question(token):
            continue  # "asked why Biden did not act": a question, no request
        if agrees_with_an_opinion(token):
            continue  # "agreed that vaccines have done more good than harm": an opinion
        entry = match(token, "V")
        if entry is not None and people_sent_at_people(token, entry):
            continue  # "Students charged into crowd": no charge on them, none by them
        cause_doers = None
        if entry is None and victim_verb(token):
            cause_doers = _doers_of_cause_clause(token)
            if cause_doers:
                # "three protesters died when police opened fire": the death is the attack's
                entry = Entry(token.lemma_.lower(), "V", (), cues.DEATH_IN_ATTACK_CAMEO)
        noun = _support_noun(token)
        noun_entry = match(noun, "N") if noun is not None else None
        if noun_entry is not None and noun_entry.cameo == "143" and _strike_on_place(noun, token):
            noun_entry = Entry(noun.lemma_.lower(), "N", (), STRIKE_ON_PLACE_CAMEO)
        if noun_entry is None and (money := _money_object(token)) is not None:
            noun, noun_entry = money, Entry(money.lemma_.lower(), "N", (), cues.MONEY_CAMEO)
        if noun_entry is not None and (entry is None or entry.specificity == 0 or entry.origin == "petrarch"):
            # a support verb's event noun before the verb's own default, and before PETRARCH's
            # readings of it ("launched air strikes": the hand lexicon's strike)
            out.append(_support_candidate(token, noun, noun_entry))
        elif entry is not None:
            out.append(_verb_candidate(token, entry, cause_doers))
    return out


def _base_lemma(verb) -> str:
    """The verb's lemma, or a guessed base form where that is a support verb ("staged")."""
    for guess in lemma_candidates(verb):
        if guess in cues.SUPPORT_VERBS or guess in PREP_SUPPORT:
            return guess
    return verb.lemma_.lower()


# Support verbs that take their event noun through a preposition, and which one.
PREP_SUPPORT = {**{v: ("in",) for v in cues.SUPPORT_IN_VERBS},
                **{v: ("to",) for v in cues.SUPPORT_TO_VERBS},
                **{v: ("on",) for v in cues.SUPPORT_ON_VERBS}}


def _support_noun(verb):
    """The event noun a support verb takes ("held talks", "carried out an attack", "engaged
    peacekeepers in a firefight")."""
    lemma = _base_lemma(verb)
    if lemma not in cues.SUPPORT_VERBS and lemma not in PREP_SUPPORT:
        return None
    if lemma in PREP_SUPPORT and (lemma != "take" or any(
            c.dep_ in ("dobj", "obj") and c.lower_ == "part" for c in verb.children)):
        # "took part in talks"; not "took steps ... in protest at", a motive
        for noun in _prep_objects(verb, PREP_SUPPORT[lemma]):
            if match(noun, "N") is not None:
                return noun
    if lemma not in cues.SUPPORT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if is_passive(verb):  # an event noun first: "were granted asylum" (who got it is the subject)
        objects.sort(key=lambda c: match(c, "N") is None)
    for child in objects:
        if match(child, "N") is None:
            # "pledged 500 million euros in humanitarian aid": the event noun inside
            for inner in _prep_objects(child, ("in", "of")) + _prep_objects(verb, ("in",)):
                if match(inner, "N") is not None and inner.ent_type_ not in ("DATE", "TIME"):
                    # (not the month: "opened a factory in March")
                    return inner
        return child
    return None


def _money_object(verb):
    """A sum of money given by a transfer verb ("pledged $1bn to Ukraine")."""
    if _base_lemma(verb) not in cues.TRANSFER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass") and (
                child.lower_ in cues.MONEY_NOUNS or child.lemma_.lower() in cues.MONEY_NOUNS or
                any(c.lower_ in cues.MONEY_NOUNS for c in child.children)):
            return child
    return None


def _verb_candidate(verb, entry: Entry, cause_doers: list | None = None) -> Candidate:
    """The candidate of a lexicon verb; ``cause_doers``: the doers of its cause clause when
    ``verb_triggers`` has found them already (a death coded by its cause), else None."""
    passive = is_passive(verb)
    candidate = Candidate(verb, verb, entry, "verb", passive=passive)
    candidate.parties.extend(between_parties(verb))  # "mediated between X and Y"
    subject = subject_of(verb)
    if subject is not None:
        candidate.sources.append(subject)
    if passive:
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS or (child.dep_ == "nsubj" and (
                    gapped_passive(verb) or passive_auxiliary_subject(verb, child))):
                candidate.targets.append(child)
        candidate.targets.extend(auxiliary_subjects(verb))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i == verb.i - 2 and \
                hyphen_prefix(verb):
            # "were lathi-charged by the police", parsed lathi <attr were, charged <acl lathi:
            # the word before the hyphen is the verb's, the subject of "be" the patient
            candidate.targets.extend(_governing_subject(verb.head))
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":
            candidate.targets.append(verb.head)  # "civilians imprisoned by Moscow"
        elif not candidate.targets:
            misread = misread_clause_subject(verb)
            candidate.targets.extend([misread] if misread is not None else _governing_subject(verb))
    if subject is not None and subject == misread_participle_doer(verb):
        candidate.targets.append(verb.head)  # "Police baton-charged opposition supporters"
    objects = direct_objects(verb)
    candidate.answers_request = any(o.lower_ in cues.REQUEST_NOUNS for o in objects)
    # what a consultation is about is no party to it ("discuss operations against Daesh")
    topical = entry.cameo.startswith("04")
    topics = objects if verb.lemma_.lower() in cues.NON_PARTY_OBJECT_VERBS else []
    candidate.targets.extend(t for t in target_phrases(verb, exclude=topics,
                                                       object_preps=not topical)
                             if t not in candidate.targets)
    # "condemned the attack": the attack's doer is the target, found later in the article
    for obj in objects:
        noun = match(obj, "N")
        if noun is not None and noun.cameo != NOT_AN_EVENT:
            candidate.object_event = noun.cameo[:2]
    if verb.lemma_.lower() in cues.REQUEST_VERBS | cues.OBJECT_CONTROL_VERBS:
        # "wants Putin to attack": the request is made of Putin; "help Lebanon rebuild"
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                candidate.targets.extend(c for c in clause.children if c.dep_ == "nsubj")
    if verb.lemma_.lower() in cues.ACCUSING_VERBS:
        for clause in verb.children:  # "alleged that the ministry knew": the ministry is accused
            if clause.dep_ == "ccomp":
                candidate.targets.extend(c for c in clause.children if c.dep_ in
                                         ("nsubj", "nsubjpass"))
    victim = victim_verb(verb)
    if (victim or verb.lemma_.lower() in cues.UNDERGOING_VERBS) and subject is not None:
        # "two people died in police firing": who died is the target, the attack names the doer;
        # "faces murder charges": who faces them is accused, by someone the clause may not name
        candidate.sources.remove(subject)
        candidate.targets.insert(0, subject)
        candidate.targets = [t for t in candidate.targets if t not in objects]
    if (passive and subject is None) or victim:
        # "a bomb was fired from the Gaza Strip": where it came from stands for who fired it
        # (not where "from" is where someone is put out of: "were evicted from the settlement")
        origins = _prep_objects(verb, ("from",)) if not victim and \
            verb.lemma_.lower() not in cues.AWAY_FROM_VERBS else []
        candidate.sources.extend(origins)
        candidate.targets = [t for t in candidate.targets if t not in origins]
        candidate.sources.extend(attackers_of_cause(verb))
        if not candidate.sources and entry.cameo[:2] in cues.HARM_ROOTS:
            candidate.sources.extend(_doers_of_cause_clause(verb) if cause_doers is None else cause_doers)
        candidate.targets = [t for t in candidate.targets if t not in candidate.sources]
    return candidate


def _governing_subject(verb) -> list:
    """The subject a passive clause without its own subject shares with the clause it hangs on:
    "journalists were injured after being attacked by protesters", "being chased by police, the
    men fled" (the journalists, the men were attacked and chased); the subject of the "be" a
    participle with its agent is parsed as the complement of ("the students were lathi-charged
    by the police", charged <acomp were)."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governing = verb.head.head
    elif verb.dep_ == "advcl" or (verb.dep_ in ("acomp", "attr") and (
            verb.tag_ == "VBN" or verb.i + 2 < len(verb.doc) and
            hyphen_prefix(verb.doc[verb.i + 2]) and verb.doc[verb.i + 2].tag_ == "VBN") and
            verb.head.lemma_.lower() == "be"):
        governing = verb.head
    else:
        return []
    if governing.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in governing.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


CAUSE_MARKS = frozenset({"when", "after", "as"})


def victim_verb(verb) -> bool:
    """A verb whose subject suffered the harm: "died", "perished", "lost their lives"
    (``cues.VICTIM_VERBS``, ``cues.LIFE_LOSING_VERBS`` with a life as object)."""
    lemma = verb.lemma_.lower()
    return lemma in cues.VICTIM_VERBS or (lemma in cues.LIFE_LOSING_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in cues.LIFE_NOUNS for c in verb.children))


def _harm_suffered(verb) -> bool:
    """A harm verb told of who suffered it: a passive ("were injured", "five injured" with its
    auxiliary gapped) or a victim verb ("died"), with no doer of its own ("by" agent)."""
    entry = match(verb, "V")
    victim = victim_verb(verb)
    if not victim and (entry is None or entry.cameo[:2] not in cues.HARM_ROOTS):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return victim or verb.tag_ == "VBN" or is_passive(verb)


def _doers_of_cause_clause(verb) -> list:
    """The doer of the attack a harm without its own doer followed from: "journalists were
    injured after being attacked by protesters", "three were killed when gunmen opened fire"; also
    the clause of a coordinated harm of the same shape (a harm suffered, no doer of its own: "one
    was killed and five injured when police opened fire"), not of any verb joined by "and" ("two
    were killed and the mayor resigned after protesters attacked the office": the clause is the
    resignation's)."""
    out = []
    victim = victim_verb(verb)
    if victim and died_of_a_cause(verb):
        return out  # "died of a heart attack after City beat Liverpool": the illness killed
    coordinated = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and _harm_suffered(c)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _harm_suffered(verb) and \
            _harm_suffered(verb.head):
        # the clause may hang on the first of the two: "when police opened fire, one was killed
        # and five injured" (the clause on "killed")
        coordinated.append(verb.head)
    for child in list(verb.children) + [c for harm in coordinated for c in harm.children]:
        clause = None
        if child.dep_ == "prep" and child.lower_ == "after":
            clause = next((c for c in child.children if c.dep_ == "pcomp"), None)
        elif child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and
                                           m.lower_ in CAUSE_MARKS for m in child.children):
            clause = child
        if clause is None or clause.pos_ != "VERB":
            continue
        noun = _support_noun(clause)  # "when gunmen opened fire"
        entry = match(clause, "V") or (match(noun, "N") if noun is not None else None)
        harm = entry is not None and entry.cameo[:2] in cues.HARM_ROOTS
        if harm and victim and noun is None and not _aimed_at_people(clause):
            harm = False  # "died when the Germans invaded Poland", "after Ronaldo shot the ball"
        doer = subject_of(clause) if harm else None
        if doer is not None and doer.lower_ not in RELATIVE_PRONOUNS:
            out.append(doer)
    return out


# Entity types of an object that is no person a death's cause clause could have harmed.
_NOT_PEOPLE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART"})
_PEOPLE_WORDS = (cues.PERSON_NOUNS | cues.PROTESTER_NOUNS | cues.CROWD_NOUNS | cues.RELATIVE_NOUNS
                 | cues.STAFF_NOUNS)


def _people_noun(obj) -> bool:
    """Whether the noun ``obj`` may be people: a personal pronoun, a person's or a people's name,
    a person noun, a plural noun of no named place or body."""
    if obj.ent_type_ in ("PERSON", "NORP") or obj.lower_ in _PEOPLE_WORDS or obj.lemma_.lower() in _PEOPLE_WORDS:
        return True
    if obj.pos_ == "PRON" and obj.lower_ not in cues.NON_PERSON_PRONOUNS:
        return True
    return obj.tag_ == "NNS" and obj.ent_type_ not in _NOT_PEOPLE_ENTITIES


def _aimed_at_people(clause) -> bool:
    """The clause a death followed from did its harm to people: no object ("when gunmen
    attacked"), or one that is a person, people or a crowd (a personal pronoun, a person's or a
    people's name, a person noun, a plural noun of no named place or body: "when soldiers shot
    the villagers"), not a place, a team or a thing ("when the Germans invaded Poland", "after
    City beat Liverpool", "after Ronaldo shot the ball into the stand")."""
    objects = direct_objects(clause)
    if not objects:
        return True
    for obj in objects:
        if _people_noun(obj):
            return True
    return False


def died_of_a_cause(verb) -> bool:
    """A death told with an illness or a natural cause ("died of a heart attack", "died from
    cancer", "died in custody of a heart attack"): no one's attack killed (a death "of gunshot
    wounds", "of his injuries" or "from the blast" still may have)."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ("of", "from"):
            causes = [c for c in prep.children if c.dep_ == "pobj"]
        else:  # "died in custody of a heart attack", parsed of <prep custody
            causes = [g for p in prep.children if p.dep_ == "pobj" for o in p.children
                      if o.dep_ == "prep" and o.lower_ in ("of", "from")
                      for g in o.children if g.dep_ == "pobj"]
        if any(c.lower_ in cues.NON_ATTACK_CAUSES for cause in causes for c in cause.subtree):
            return True
    return False


def _gerunds_of(verb, preps) -> list:
    """A gerund the preposition takes as its clause ("injured in firing by security forces",
    parsed in <pcomp firing)."""
    return [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps
            for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def attackers_of_cause(verb, preps=("in", "by", "during", "from")) -> list:
    """The attack noun of "killed in army tank shelling" / "died in police firing", which
    names the attacker, and the partner of "killed in an encounter with security forces"; the
    custody a harm was done in names who held the victim ("tortured in police custody")."""
    out = []
    for noun in _prep_objects(verb, preps) + _gerunds_of(verb, preps):
        noun = next(iter(series_events(noun)), noun)  # "killed in a spate of attacks by X"
        if noun.lower_ in cues.CUSTODY_NOUNS and noun.head.lower_ == "in":
            out.append(noun)
        elif match(noun, "N") is not None or (noun.pos_ == "VERB" and match(noun, "V")) or any(
                c.dep_ in ("acl", "compound") and (match(c, "V") or match(c, "N"))
                for c in noun.children) or any(match(g, "V") or match(g, "N") for g in detached_head(noun)):
            # "killed in police firing" (parsed police <acl firing); "lost their lives in army
            # firing" (army <pobj in, firing <advcl lost), "killed in a police shootout"
            out.append(noun)
            out.extend(_prep_objects(noun, ("with", "by")))
    return out


def _support_candidate(verb, noun, entry: Entry) -> Candidate:
    candidate = Candidate(noun, verb, entry, "support", passive=is_passive(verb))
    subject = subject_of(verb)
    if verb.lemma_.lower() in cues.RECEIVING_VERBS:
        givers = _prep_objects(verb, ("from",)) + _prep_objects(noun, ("from",))
        if givers:  # "X received weapons from Y": Y gave them to X
            candidate.sources.extend(givers)
            if subject is not None:
                candidate.targets.append(subject)
            return candidate
    if subject is not None and subject.i != noun.i:
        candidate.sources.append(subject)
    candidate.parties.extend(between_parties(noun))
    # the noun's own target prepositions first ("a meeting with Khan"), then the verb's
    # ("provided aid to the country")
    candidate.targets.extend(target_phrases(noun))
    candidate.targets.extend(t for t in target_phrases(verb, exclude=(noun,))
                             if t not in candidate.targets)
    return candidate


def occurrence_triggers(tokens) -> list[Candidate]:
    """"A first session between the two sides was held", "talks took place", "a bomb blast
    ripped through a market", and in the passive with the event as its "by" phrase: "the city was
    rocked by protests"."""
    out = []
    for token in tokens:
        if token.dep_ == "pobj" and token.pos_ == "NOUN" and token.head.dep_ == "agent":
            candidate = _passive_occurrence(token)
            if candidate is not None:
                out.append(candidate)
            continue
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = token.head
        lemma = verb.lemma_.lower()
        underway = lemma == "be" and any(c.lower_ in cues.UNDERWAY_WORDS for c in verb.children
                                         if c.dep_ in ("acomp", "advmod", "attr"))
        if lemma not in cues.OCCURRENCE_VERBS and not underway:
            continue
        if lemma == "take" and not any(c.lower_ == "place" for c in verb.children):
            continue
        if lemma == "break" and not any(c.lower_ == "out" for c in verb.children):
            continue  # "clashes broke out", not "talks broke down"
        if lemma in ("hold", "report") and token.dep_ != "nsubjpass":
            continue  # "talks hold promise": only the passive "was held" says it took place
        if lemma == "report" and any(c.lower_ == "no" for c in token.children):
            continue  # "no violence was reported"
        if lemma in cues.HARM_OCCURRENCE_VERBS and token.dep_ != "nsubj":
            continue  # "the protest was targeted": only what the attack or protest struck
        if lemma == "rip" and not _prep_objects(verb, ("through",)):
            continue  # "ripped through a market", not "ripped up the deal"
        if token.lower_ in cues.INCIDENT_NOUNS:  # "incidents of stone pelting were reported"
            token = next(iter(_prep_objects(token, ("of",))), token)
        token = next(iter(series_events(token)), token)  # "a wave of protests swept the country"
        entry = match(token, "N")
        if entry is None or (lemma in cues.HARM_OCCURRENCE_VERBS and
                             entry.cameo[:2] not in ("14",) + cues.HARM_ROOTS):
            continue  # "the sanctions hit the economy": no new sanction
        candidate = Candidate(token, verb, entry, "occurrence")
        # "clashes between X and Y broke out", or parsed "clashes broke out between X and Y"
        candidate.parties.extend(between_parties(token) or between_parties(verb))
        candidate.targets.extend(target_phrases(token))
        if entry.cameo[:2] in cues.HARM_ROOTS:
            # what the attack struck: "a rocket hit the school", "left ten soldiers dead"
            candidate.targets.extend(t for t in _struck(verb) if t not in candidate.targets)
        possessors = [c for c in token.children if c.dep_ == "poss"]
        candidate.sources.extend(possessors)  # "Israel's attack"
        candidate.sources.extend(_prep_objects(token, ("by",)))  # "an attack by gunmen"
        out.append(candidate)
    return out


def _struck(verb) -> list:
    """What an occurrence verb says an attack struck (``cues.OCCURRENCE_TARGET_VERBS``): its
    object ("hit the school", "targeted mosques"), its "through" phrase ("ripped through a
    market"), or the harmed of "left ten soldiers dead"."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.OCCURRENCE_TARGET_VERBS:
        return []
    if lemma == "leave" and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and
                                    c.lower_ in cues.OCCURRENCE_HARM_STATES
                                    for c in verb.children):
        return []  # "the clashes left the city in ruins"
    return direct_objects(verb) + _prep_objects(verb, ("through",))


def _passive_occurrence(noun):
    """An event noun as the "by" phrase of a passive occurrence verb
    (``cues.PASSIVE_OCCURRENCE_VERBS``): "the city was rocked by protests", "Kabul was hit by a
    suicide blast" (an attack's target is the verb's subject). None for another noun or verb."""
    verb = noun.head.head
    if verb.lemma_.lower() not in cues.PASSIVE_OCCURRENCE_VERBS or not is_passive(verb):
        return None
    noun = next(iter(series_events(noun)), noun)  # "was hit by a wave of attacks"
    entry = match(noun, "N")
    if entry is None or entry.cameo[:2] not in ("14",) + cues.HARM_ROOTS:
        return None
    candidate = Candidate(noun, verb, entry, "occurrence", passive=True)
    candidate.parties.extend(between_parties(noun))
    candidate.targets.extend(target_phrases(noun))
    if entry.cameo[:2] in cues.HARM_ROOTS:
        candidate.targets.extend(c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
    candidate.sources.extend(c for c in noun.children if c.dep_ == "poss")
    candidate.sources.extend(_prep_objects(noun, ("by",)))
    return candidate


def nominal_triggers(tokens, taken: set[int]) -> list[Candidate]:
    """An event noun with its doer as possessor: "Russia's invasion of Ukraine", "Israel's attack
    on Gaza". The possessor is the source, the noun's "of"/"on"/"against" phrase the target. A
    day's or a date's possessive ("Tuesday's strike", "Friday's protest") names when, not who; a
    person's "strike" is no labour strike (a goal, a blow)."""
    out = []
    for token in tokens:
        if token.i in taken or token.pos_ != "NOUN":
            continue
        possessors = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and
                      c.ent_type_ not in ("DATE", "TIME")]
        if not possessors:
            continue
        entry = match(token, "N")
        if entry is None or (entry.cameo == "143" and all(p.ent_type_ == "PERSON"
                                                           for p in possessors)):
            continue  # "Kane's strike in the 80th minute": one person strikes no work
        clause = governing_clause(token)
        candidate = Candidate(token, clause, entry, "nominal")
        candidate.sources.extend(possessors)
        candidate.targets.extend(_prep_objects(token, ("of", "on", "against", "with", "to")))
        out.append(candidate)
    return out


def mention_triggers(tokens, taken: set[int], roots: tuple[str, ...]) -> list[Candidate]:
    """A protest or attack noun named as what happened wherever it stands ("weeks of protests
    against the bill", "the protests have spread", "an overnight rebel attack on a pipeline"; crowd
    control and deaths in custody, ``cues.POLICE_ACT_MENTION_NOUNS``: "the lathi charge on
    protesters", "the custodial death of a youth"),
    for the CAMEO roots ``roots`` (the sentence's other triggers name no event of that kind),
    unless a verb other than a cause ("sparked protests") takes it as its object (a support verb
    found it already; "banned protests" did not happen; "condemned the attack" names the attack
    as its object), it modifies another
    noun ("protest leaders"), names a motive ("in protest at") or an offence ("charged with
    rioting"). An attack noun must say which attack (``_specified``): "the attack" alone points
    back to one reported already. The possessor or "by" phrase is the source, "on" / "against"
    the target."""
    out = []
    for token in tokens:
        word = token.lower_
        protest = (word in cues.PROTEST_MENTION_NOUNS or _labour_strike(token)) and "14" in roots
        control = word in cues.POLICE_ACT_MENTION_NOUNS
        attack = (word in cues.ASSAULT_MENTION_NOUNS or control) and "19" in roots
        if token.i in taken or token.pos_ != "NOUN" or not (protest or attack) or \
                token.dep_ in ("nsubjpass", "compound", "amod", "oprd"):
            continue
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() not in cues.CAUSE_VERBS \
                and not (attack and _judged_harm(token)):
            continue  # but "the decision sparked protests", "condemned the killing of X"
        if token.dep_ == "pobj" and (
                (token.head.lower_ in cues.PROTEST_MOTIVE_PREPS and
                 not any(c.dep_ in ("det", "poss") for c in token.children)) or
                token.head.head.lemma_.lower() in cues.OFFENCE_VERBS):
            continue  # "in protest at", "charged with rioting" (but "killed in the protests")
        if attack and not _specified(token):
            continue
        entry = match(token, "N")
        if entry is None or entry.cameo[:2] not in (("14",) if protest else ("18", "19", "20")) \
                and not (control and entry.cameo == cues.CROWD_CONTROL_CAMEO):
            continue
        clause = governing_clause(token)
        candidate = Candidate(token, clause, entry, "nominal")
        candidate.sources.extend(c for c in token.children if c.dep_ == "poss" and
                                 c.ent_type_ not in ("DATE", "TIME"))  # not "last week's"
        candidate.sources.extend(_prep_objects(token, ("by",)))
        candidate.targets.extend(_prep_objects(token, ("against", "on") if attack else
                                               ("against",)))
        if attack and not candidate.sources:
            _instrument_parties(candidate, token)
        if attack and word in cues.VICTIM_OF_NOUNS:
            candidate.targets.extend(_prep_objects(token, ("of",)))  # "the killing of X"
        out.append(candidate)
    if "14" in roots:
        out.extend(_protesting_crowds(tokens, taken))
        out.extend(_crowds_turning_violent(tokens, taken | {c.trigger.i for c in out}))
    if "19" in roots:
        out.extend(_harms_undergone(tokens, taken))
    return out


def _instrument_parties(candidate: Candidate, noun) -> None:
    """An attack noun as the instrument of a verb that codes no event of its own ("Iraqi jets
    pounded IS positions with airstrikes"): the verb's subject did it, its object (a passive's
    subject) suffered it; not a coded verb's ("threatened Israel with attacks" did not attack)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or verb.pos_ != "VERB" or \
            match(verb, "V") is not None:
        return
    subject = subject_of(verb)
    if subject is not None and not is_passive(verb):
        candidate.sources.append(subject)
    candidate.targets.extend(t for t in direct_objects(verb) if t not in candidate.targets)


def _harms_undergone(tokens, taken: set[int]) -> list[Candidate]:
    """Wounds suffered in an attack: "three persons sustained bullet injuries in the police
    firing", "the minister suffered two deep wounds in the attack" (the labels' rubric, decision 1:
    harm done by deliberate violence is the attack told again). A verb of undergoing
    (``cues.HARM_UNDERGOING_VERBS``) whose object is a wound (``cues.WOUND_NOUNS``) and whose "in" /
    "during" phrase, on the verb or on the wound, is an attack (the lexicon codes the noun, or a
    verb or noun that modifies it, as an assault: ``attackers_of_cause``): the attack's code, the
    attack noun standing for its doer ("police firing"), the wounded as the target. Not wounds
    from an accident, an illness or a fall: the "in" phrase must be an attack."""
    out = []
    for verb in tokens:
        if verb.i in taken or verb.pos_ != "VERB" or \
                verb.lemma_.lower() not in cues.HARM_UNDERGOING_VERBS:
            continue
        wounds = [c for c in verb.children if c.dep_ in ("dobj", "obj") and
                  c.lemma_.lower() in cues.WOUND_NOUNS]
        if not wounds:
            continue
        causes = [noun for noun in attackers_of_cause(verb, ("in", "during")) +
                  attackers_of_cause(wounds[0], ("in", "during"))
                  if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and
                  not (noun.pos_ == "NOUN" and maybe_accident(noun))]
        # (not a blast, an explosion, a fire: accidents' as often as attacks')
        codes = [assault_code(noun) for noun in causes]
        if not any(codes):
            continue
        code = next(c for c in codes if c)
        candidate = Candidate(verb, verb, Entry(verb.lemma_.lower(), "V", (), code), "verb")
        candidate.sources.extend(causes)
        subject = subject_of(verb)
        if subject is not None:
            candidate.targets.append(subject)
        out.append(candidate)
    return out


def maybe_accident(noun) -> bool:
    """A fire, blast or explosion that may be an accident (``cues.PARTYLESS_UNSAFE``): not one a
    modifier marks as an attack ("a bomb blast", "the suicide explosion", "a car-bomb blast")."""
    if noun.lemma_.lower() not in cues.PARTYLESS_UNSAFE:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and (
        c.lower_ in cues.WEAPON_NOUNS or c.lemma_.lower() in cues.WEAPON_NOUNS or
        c.lower_ in cues.ATTACK_BLAST_MODIFIERS) for c in noun.children)


def assault_code(noun) -> str | None:
    """The CAMEO code of an attack noun, or of the verb or noun that modifies it ("police
    firing", parsed police <acl firing; "lathi charge"; "stone pelting"), when it is an assault
    (18-20), crowd control (175) or a riot (145); else None."""
    for token in [noun] + [c for c in noun.children if c.dep_ in ("acl", "compound")]:
        for pos in ("N", "V"):
            entry = match(token, pos)
            if entry is not None and (entry.cameo[:2] in cues.HARM_ROOTS or
                                      entry.cameo in ("175", "145")):
                return entry.cameo
    return None


def _judged_harm(noun) -> bool:
    """A harm with its victim named, as the object of a verb that judges or mourns it:
    "condemned the killing of two branch leaders" (the killing happened; "condemned the attack"
    alone points back to one reported already)."""
    return noun.lower_ in cues.VICTIM_OF_NOUNS and \
        noun.head.lemma_.lower() in cues.JUDGED_ACT_VERBS and bool(_prep_objects(noun, ("of",)))


def governing_clause(token):
    """The verb (or auxiliary) a noun's event belongs to: the nearest one above it, else the root."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return clause


# A strike that hits a place ("carried out strikes on Gaza", "launched a strike against rebel
# positions") is a military one (CAMEO 195, an air strike), not a labour strike (143, the
# lexicon's plain "strike"): the places and military targets it is "on" or "against".
STRIKE_ON_PLACE_CAMEO = "195"
STRIKE_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
STRIKE_TARGET_NOUNS = frozenset({"position", "target", "base", "camp", "hideout", "facility",
                                 "depot", "stronghold", "outpost", "compound", "site"})


def _strike_on_place(noun, verb) -> bool:
    """A strike noun (not in its labour sense, ``_labour_strike``) whose "on"/"against" object,
    on the noun or on its support verb, is a place or a military target."""
    if noun.lower_ not in cues.LABOUR_STRIKE_NOUNS or noun.lemma_.lower() != "strike" or \
            _labour_strike(noun):
        return False
    return any(pobj.ent_type_ in STRIKE_PLACE_LABELS or pobj.lemma_.lower() in STRIKE_TARGET_NOUNS
               for pobj in _prep_objects(noun, ("on", "against")) +
               _prep_objects(verb, ("on", "against")))


def _labour_strike(noun) -> bool:
    """A strike noun in its labour sense: "are on strike", "a teachers' strike", "the general
    strike", "a work stoppage" (not "an air strike", "a missile strike", which the lexicon codes as
    attacks when a support verb takes them)."""
    if noun.lower_ not in cues.LABOUR_STRIKE_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
        return True  # "workers are on strike", "remained on strike" (not "a strike on a base")
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
        c.lemma_.lower() in cues.LABOUR_STRIKE_MODIFIERS or c.lower_ in cues.LABOUR_STRIKE_MODIFIERS
        or c.lemma_.lower() in cues.CROWD_NOUNS) for c in noun.children)


def _protesting_crowds(tokens, taken: set[int]) -> list[Candidate]:
    """A crowd named by what it is doing: "striking miners", "protesting farmers", "rioting
    youths" (a participle of a protest verb on a noun for people). The crowd is the source."""
    out = []
    for token in tokens:
        code = cues.PROTESTING_PARTICIPLES.get(token.lower_)
        if code is None or token.i in taken or token.dep_ != "amod":
            continue
        head = token.head  # only now: every ``token.head`` makes a new Token
        if head.pos_ not in ("NOUN", "PROPN") or not (head.lemma_.lower() in cues.CROWD_NOUNS or
                                                     head.lower_ in cues.CROWD_NOUNS or
                                                     head.lemma_.lower() in cues.PERSON_NOUNS):
            continue
        clause = governing_clause(head)
        candidate = Candidate(token, clause, Entry(token.lemma_.lower(), "V", (), code),
                              "nominal")
        candidate.sources.append(head)
        out.append(candidate)
    return out


def _crowds_turning_violent(tokens, taken: set[int]) -> list[Candidate]:
    """A crowd that becomes violent riots (CAMEO 145): "some 200 protesters became violent", "the
    mob turned unruly", "hundreds of students grew rowdy" (a crowd noun, itself or as the "of"
    phrase of the subject, with become / turn / grow / get and ``cues.VIOLENT_STATES``). A crowd
    that only gathers, attends or speaks is no event by itself."""
    for token in tokens:
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN") or not (
                token.lower_ in cues.CROWD_NOUNS or token.lower_ in cues.PROTESTER_NOUNS):
            continue
        phrase = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "nsubj":
            phrase = token.head.head  # "hundreds of demonstrators"
        verb = phrase.head
        if phrase.dep_ != "nsubj" or verb.lemma_.lower() not in cues.BECOMING_VERBS or not any(
                c.dep_ in ("acomp", "oprd") and c.lower_ in cues.VIOLENT_STATES
                for c in verb.children):
            continue
        candidate = Candidate(token, verb, Entry(verb.lemma_.lower(), "V", (), "145"), "nominal")
        candidate.sources.append(token)
        return [candidate]
    return []


def _specified(noun) -> bool:
    """Whether an attack noun's phrase says which attack: plural, or a modifier, possessor or
    number, or a target/place/doer preposition; not "heart attack"."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in cues.NOT_ASSAULT_MODIFIERS for c in modifiers):
        return False
    return noun.tag_ == "NNS" or bool(modifiers) or any(
        c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and c.lower_ in
                                         cues.ASSAULT_MENTION_PREPS) for c in noun.children)


def find_candidates(sent) -> list[Candidate]:
    """Every trigger of the sentence, with complements of frame and intent verbs resolved:
    "refused to accept" is one REJECT; "pledged to expel" is the expulsion (planned)."""
    tokens = list(sent)  # each pass over a Span makes new Token objects: list them once
    candidates = verb_triggers(tokens) + occurrence_triggers(tokens)
    candidates += nominal_triggers(tokens, {c.trigger.i for c in candidates})
    named = {c.entry.cameo[:2] for c in candidates}
    roots = tuple(root for root, kinds in (("14", ("14",)), ("19", ("18", "19", "20")))
                  if not named & set(kinds))
    if roots:
        candidates += mention_triggers(tokens, {c.trigger.i for c in candidates}, roots)
    candidates = [c for c in candidates if c.entry.cameo != NOT_AN_EVENT]
    by_clause = {c.clause.i: c for c in candidates}
    by_trigger = {c.trigger.i: c for c in candidates}
    dropped: set[int] = set()
    for candidate in candidates:
        clause = candidate.clause
        if clause.dep_ == "acl" and infinitival(clause) and clause.head.i in by_trigger and \
                clause.head.lemma_.lower() in cues.FRAME_NOUNS:
            # "the threat to shell the town": the threat is the event, the town its target
            head = by_trigger[clause.head.i]
            dropped.add(id(candidate))
            head.targets.extend(t for t in candidate.targets if t not in head.targets)
            continue
        # "threatened on Monday to shell": the parser makes a complement set off by an adjunct
        # an adverbial clause
        framed = clause.dep_ == "advcl" and infinitival(clause) and \
            clause.head.lemma_.lower() in cues.FRAME_VERBS
        if (clause.dep_ not in ("xcomp", "ccomp") and not framed) or \
                clause.head.i not in by_clause:
            continue
        head = by_clause[clause.head.i]
        head_lemma = head.clause.lemma_.lower()
        candidate.complement_of = head.clause
        if head_lemma in cues.FRAME_VERBS or (head_lemma in cues.CESSATION_VERBS and
                                              head.cameo.startswith("087")):
            # the threat / refusal is the event; "stopped fighting": the de-escalation is
            dropped.add(id(candidate))
            # "threatened to impose sanctions on Mali": Mali is threatened
            head.targets.extend(t for t in candidate.targets if t not in head.targets)
        elif head_lemma in cues.REQUEST_VERBS:
            head.cameo = refine_request(head, candidate)
        elif head_lemma in cues.INTENT_VERBS and clause.dep_ == "xcomp":
            dropped.add(id(head))  # "agreed to lift sanctions": the lifting, planned
    for candidate in candidates:
        clause = candidate.clause
        head = by_clause.get(clause.head.i) if clause.dep_ in ("advcl", "xcomp") else None
        if head is not None and head is not candidate and candidate.cameo[:2] == "04" == \
                head.cameo[:2]:
            dropped.add(id(candidate))  # "met Putin to discuss Syria" is one meeting
    return [c for c in candidates if id(c) not in dropped]


# A request's code follows what is requested (CAMEO 02x appeals / 10x demands).
WILDCARD = frozenset({"*"})
REQUESTED_ROOTS = {"06": ("021", "101"), "07": ("023", "103"), "04": ("026", "106"),
                   "03": ("026", "106"), "08": ("025", "105"), "05": ("022", "102")}


def refine_request(request: Candidate, requested: Candidate) -> str:
    """The code of a request by what is requested ("asked Israel to halt its offensive" 025),
    unless the request's entry names its own; a condition that only says a complement is there
    ("ask V xcomp=*") tells the form of a request, not what it asks."""
    if any(key not in ("xcomp", "ccomp") or values != WILDCARD
           for key, values in request.entry.conditions):
        return request.cameo
    codes = REQUESTED_ROOTS.get(requested.entry.cameo[:2])
    if not codes:
        return request.cameo
    return codes[1] if request.cameo.startswith("10") else codes[0]


ULTIMATUM_CODE = "139"  # CAMEO: give an ultimatum (PLOVER THREATEN)


def ultimatum(candidate: Candidate, quad_class: int):
    """Cooperation refused until the other side acts ("will not release the soldiers unless
    Israel frees the detainees", "would not lift the embargo if Cuba does not ..."): a refusal
    with a condition the other side can meet is an ultimatum (CAMEO 139), not a hypothetical
    release. Only the main clause's own "will/would not" with a condition clause on it. Returns
    the code and the condition's subject (the party the ultimatum is given to), or None."""
    clause = candidate.clause
    if quad_class not in (1, 2) or candidate.trigger.i != clause.i:
        return None
    if not any(c.dep_ == "neg" for c in clause.children) or not any(
            c.dep_ == "aux" and c.lower_ in cues.PLANNED_AUX for c in clause.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in cues.CONDITION_MARKS for c in clause.children):
        return None  # the condition itself: "if it will not release them"
    for condition in clause.children:
        if condition.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                             for m in condition.children):
            return ULTIMATUM_CODE, subject_of(condition)
    return None

