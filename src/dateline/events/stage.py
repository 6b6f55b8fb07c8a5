"""The ``events`` stage: who did what to whom, when, where and how sure, coded in PLOVER and
CAMEO with the trigger and evidence spans.

Per sentence, ``patterns.find_candidates`` finds triggers (lexicon verbs, support verbs with event
nouns, event nouns that "were held", possessed event nouns); ``arguments`` maps their argument
phrases to the actors of the actors stage; ``modality`` and ``anchoring`` add how sure, when and
where; replies and reactions are linked to what they answer; ``merge`` keeps one event per real
occurrence. See docs/events.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..actors.lexicon import agent_sector
from ..actors.publications import compact, publication_names
from ..model import Event, EventPlace, Span
from ..pipeline import Work, stage
from . import anchoring, cues, learned, propose, sanity
from .arguments import ARMED_SECTORS, AUTHORITY_SECTORS, ActorIndex, actors_of, by_the_state, could_act, distinct_parties, \
    repression, modifier_doers, nested_targets, operation_doers, place_targets, seat_targets, \
    withdrawal_sanction
from .codes import lookup, yield_intent
from .lexicon import MATCH_KEY, hyphen_prefix, infinitival, match
from .merge import merge_drafts
from .modality import aux_words, clause_modality, reporter_of
from .patterns import Candidate, complement_objects, died_of_a_cause, direct_objects, find_candidates, \
    maybe_accident, ultimatum, victim_verb

# Confidence is a plain additive score of how much of the pattern was found (hand-set, not a
# calibrated probability): a trigger alone is weak; a source, a target and a specific lexicon
# entry each make the coding more likely right.
BASE_CONFIDENCE = 0.45
SOURCE_WEIGHT = 0.2
TARGET_WEIGHT = 0.15
SPECIFIC_WEIGHT = 0.1
INFERRED_PENALTY = 0.1  # an argument taken from the context, not the clause

# Negated cooperation stated as a refusal ("would not provide support") is a rejection:
# the CAMEO code it becomes, by the root of the cooperation refused.
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}


# PLOVER's conventions for statements of intent (CAMEO 03x, 13x; PLOVER manual, "AGREE",
# "THREATEN"): a promised, offered or planned cooperative action is an AGREE whose `intended` is
# the action's type; a future retreat or concession is a CONCEDE (CAMEO 035x, codes.yield_intent);
# a stated intention to harm or coerce is a THREATEN. The CAMEO code each becomes, by the PLOVER
# type of the action intended.
INTENT_CODES = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                "CONCEDE": "035", "RETREAT": "035", "MOBILIZE": "031"}
THREAT_CODES = {"ASSAULT": "138", "COERCE": "131", "SANCTION": "1312"}
# The action itself is kept beside the AGREE as a planned event (dateline's modality), but with a
# low confidence, so that the default view shows the PLOVER coding only.
COMPANION_CONFIDENCE = 0.15

# Sentences this far apart can still hold a request and its reply ("... called for X. Y
# rebuffed the call.").
REPLY_WINDOW_SENTENCES = 2
# work.extra's key of the types a rule of _draft rejected in a sentence, each with the clause it
# was rejected in, where the proposer puts none back (propose.proposals' ``vetoed``)
VETOED_KEY = "events.vetoed"


@dataclass
class Draft:
    type: str
    cameo: str
    sources: list[str]
    targets: list[str]
    modality: str
    trigger: Span
    evidence: Span
    sentence: int
    date: str | None = None
    date_basis: str | None = None
    place: EventPlace | None = None
    reported_by: str | None = None
    confidence: float = 0.5
    answers_request: bool = False
    object_event: str = ""
    intended: str | None = None
    companion: bool = False  # the intended or requested action kept beside its PLOVER coding
    family: str = "verb"  # the pattern family that found it ("model": propose.py)
    origin: str = "pattern"  # "model": proposed by the sentence model (propose.py)
    interview: bool = False  # inside a turn of a transcribed interview (sanity.interview_turns)
    past: bool = False  # its clause told in the simple past or pluperfect (anchoring.told_in_past)
    harm: bool = False  # an assault told by the harm done ("killed", "died"): merge's evidence
    mentions: list[Span] = field(default_factory=list)
    source_keys: tuple[str, ...] = ()  # country (else actor id) of each source, for merging
    target_keys: tuple[str, ...] = ()

    @property
    def mode(self) -> str | None:
        code = lookup(self.cameo)
        return code.mode if code else None

    def to_event(self) -> Event:
        code = lookup(self.cameo)
        return Event(
            type=code.plover, mode=code.mode, context=code.context, cameo=self.cameo,
            quad_class=code.quad_class, goldstein=code.goldstein, source=tuple(self.sources),
            target=tuple(self.targets), date=self.date, place=self.place, modality=self.modality,
            reported_by=self.reported_by, trigger=self.trigger, evidence=self.evidence,
            confidence=round(min(0.95, max(0.05, self.confidence)), 2),
            date_basis=self.date_basis, mentions=tuple(self.mentions), intended=self.intended,
            origin=self.origin)


def _event_place_function():
    """The places stage's ``event_place(work, start, end)``, when that module provides it."""
    try:
        from ..places.locate import event_place
    except ImportError:
        return None
    return event_place


def _sentence_span(work: Work, sent, at: int | None = None) -> Span:
    """The sentence as evidence, without surrounding whitespace or a stray closing quote that the
    parser attached across a paragraph break ('"\n\nAfghanistan's neighboring country ...').
    A line break never falls inside a sentence of news text: when the parser joined two lines
    (a dateline "Thursday, February 21, 2019" and the lede), the evidence is the line holding the
    trigger at ``at``."""
    start, end = sent.start_char, sent.end_char
    text = work.text
    if at is not None and start <= at < end:
        newline = text.rfind("\n", start, at)
        if newline >= 0 and text[start:newline].strip():
            start = newline + 1
        newline = text.find("\n", at, end)
        if newline >= 0 and text[newline:end].strip():
            end = newline
    first_word = next((i for i in range(start, end) if text[i].isalnum()), start)
    newline = text.rfind("\n", start, first_word)
    if newline >= 0:
        start = newline + 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return work.span(start, end)


# Pronouns by which the speaker of a quotation names themselves or their side.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

# Pronouns that refer to one thing: "it" cannot stand for "Chinese officials".
SINGULAR_PRONOUNS = frozenset({"it", "its", "he", "she", "his", "her", "him", "i"})
# Pronouns of a person.
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "his", "her", "him"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _agrees(pronoun, antecedent) -> bool:
    """Number agreement of a pronoun with a candidate antecedent phrase head."""
    if pronoun is None or pronoun.lower_ not in SINGULAR_PRONOUNS:
        return True
    return antecedent.tag_ not in PLURAL_TAGS and not any(c.dep_ == "conj"
                                                          for c in antecedent.children)


def _pronoun_fallback(index, candidate: Candidate, last_parties, pronoun=None):
    """A pronoun subject no actor mention covers ("Israel announced it would free"): the subject
    of the clause that governs it, when it agrees in number with the pronoun."""
    verb = candidate.clause
    for _ in range(3):
        head = verb.head
        if head.i == verb.i or verb.dep_ == "advcl":
            return []  # "after they torched his home, the police ...": no antecedent
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON" and \
                    _agrees(pronoun, child):
                found = actors_of(index, child, last_parties)
                if found:
                    return found
        verb = head
    return []


def unfit_parties(work: Work) -> frozenset[str]:
    """Actors that are no party to an event: the article's publisher ("Wikinews asked ..." in an
    interview) and bare generic descriptions the actors stage left unresolved ("the group",
    "the company"), which say nothing about who acted."""
    document = work.document
    publisher = publication_names(document.publisher, document.url) if document else set()
    out = set()
    for actor in work.actors:
        key = compact(actor.name or "")
        bare = re.sub(r"^(the|a|an|this|that)\s+", "", (actor.name or "").lower()).strip()
        if key in publisher:
            out.add(actor.id)
        elif bare in cues.GENERIC_PARTIES and not actor.country and all(
                m.kind in ("description", "pronoun") for m in actor.mentions):
            out.add(actor.id)
    return frozenset(out)


def _misparsed_protest(candidate: Candidate) -> bool:
    """A protest verb parsed as a passive participle on its doer, with no agent."""
    trigger = candidate.trigger
    return candidate.cameo[:2] == "14" and trigger.pos_ == "VERB" and trigger.dep_ == "acl" and \
        trigger.tag_ == "VBN" and not candidate.sources and \
        not any(c.dep_ == "agent" for c in trigger.children)


def _resolve(work: Work, index: ActorIndex, candidate: Candidate, last_parties):
    """Source and target actor ids of a candidate, and whether one was inferred from context."""
    sources: list[str] = []
    inferred = False
    if _misparsed_protest(candidate):
        # "Members of the House protested by shouting" parsed as "members (who were) protested":
        # one protests, one is not protested; the noun is the protester
        candidate.sources, candidate.targets = [candidate.trigger.head], [
            t for t in candidate.targets if t.i != candidate.trigger.head.i]
    for head in candidate.sources:
        for actor in actors_of(index, head, last_parties):
            if actor not in sources:
                sources.append(actor)
    if candidate.sources and candidate.sources[0].lower_ in cues.PRONOUNS and not any(
            index.country(a) for a in sources):
        # a pronoun the actors stage left unresolved, or linked to an actor without a country
        governing = _pronoun_fallback(index, candidate, last_parties, candidate.sources[0])
        if governing and (not sources or any(index.country(a) for a in governing)):
            sources, inferred = governing, True
    if not sources and candidate.passive:
        sources = operation_doers(index, candidate.clause)  # "killed in a US operation"
    if not sources:
        sources = modifier_doers(index, candidate.trigger, candidate.cameo, work.places)
    if not sources and candidate.sources and candidate.sources[0].lower_ in FIRST_PERSON:
        # "We have made a second arrest," police said: the speaker of the quotation
        speaker = _quoted_speaker(work, candidate.sources[0])
        sources = [speaker] if speaker in index.by_id else []
    parties: list[str] = []
    for head in candidate.parties:
        parties.extend(a for a in actors_of(index, head, last_parties) if a not in parties)
    targets: list[str] = []
    # the first target phrase naming an actor with a country, else the first naming any actor
    # ("would send troops to Poland": the troops are no target when Poland is named)
    fallback_targets: list[str] = []
    for head in candidate.targets:
        found = [a for a in actors_of(index, head, last_parties, exclude=sources, role="target")
                 if a not in sources]
        if not found and head.pos_ == "PRON" and head.lower_ in cues.PRONOUNS:
            # "Israel said a bomb was fired at it": the speaker
            found = [a for a in _pronoun_fallback(index, candidate, last_parties, head)
                     if a not in sources]
            inferred = inferred or bool(found)
        if found and _own_agent(index, head, sources):
            # "recalled its diplomats from Venezuela", "deployed its troops to Libya": the
            # doer's own envoy or troops stand for the target only when no other party is named
            fallback_targets = fallback_targets or found
            continue
        if found and (any(index.country(a) for a in found) or (
                head.dep_ in ("dobj", "obj") and any(index.by_id[a].kind == "person"
                                                     for a in found))):
            # a party with a country, or a person named as the object ("supported the
            # government of Hadi against the rebels": Hadi's side, not the rebels)
            targets = found
            break
        fallback_targets = fallback_targets or found
    targets = targets or fallback_targets
    code = lookup(candidate.cameo)
    if not targets and not parties and code is not None and code.quad_class in (2, 4) and \
            not candidate.cameo.startswith("04"):
        # "will send rifles along with food aid to Moldova": deeper in the object
        heads = [candidate.trigger] if candidate.trigger.pos_ == "NOUN" else \
            direct_objects(candidate.clause)
        targets = nested_targets(index, heads, exclude=sources)
        if not targets and sources and (code.quad_class == 4 or code.plover == "AID") and \
                code.plover != "PROTEST":
            # "Iraqi jets pounded positions in eastern Syria": the country the doer acted in
            # (not for a protest, nor for an act without a doer: "bombings took place in
            # Tunisia" names a place, as the Wikinews rubric codes it)
            targets = place_targets(index, [candidate.clause, *heads], sources)
    if not targets and code is not None and code.plover == "PROTEST":
        targets = seat_targets(index, candidate.clause, sources)  # "outside the US embassy"
    if not targets and not parties and code is not None and code.quad_class in (1, 3) and \
            not candidate.cameo.startswith("04"):
        # a verbal act's target deeper in its object or its complement's object: "refused to
        # lift the ban imposed on the Muslim Brotherhood"
        heads = [candidate.trigger] if candidate.trigger.pos_ == "NOUN" else \
            complement_objects(candidate.clause)
        targets = nested_targets(index, heads, exclude=sources)
    if parties:
        if not sources:
            # "talks between X and Y were held": both sides, each the other's target
            sources = parties
            if not targets and len(parties) > 1:
                targets = list(reversed(parties))
        elif not targets:
            targets = [a for a in parties if a not in sources]  # "mediated between X and Y"
    return sources, targets, inferred


def _own_agent(index: ActorIndex, head, sources) -> bool:
    """A phrase owned by a possessive pronoun that stands for one of the doers ("its
    ambassador", "their troops" after "France recalled", "Turkey deployed")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and
               set(index.covering(c.idx, c.idx + len(c.text))[:1]) & set(sources)
               for c in head.children)


def _heads_of_event(candidate: Candidate) -> set[int]:
    heads = {candidate.trigger.i, candidate.clause.i}
    if candidate.clause.dep_ == "advcl" and infinitival(candidate.clause):
        heads.add(candidate.clause.head.i)  # "will be in Doha for two weeks to discuss"
    if candidate.complement_of is not None and \
            candidate.complement_of.lemma_.lower() not in cues.REPORTING_VERBS:
        heads.add(candidate.complement_of.i)
    return heads


def _conditional_threat(candidate: Candidate) -> bool:
    """"will strike Iran if it continues", "would respond with force unless": force promised on a
    condition the other side can meet, the form of a threat (not the condition clause itself)."""
    clause = candidate.clause
    if any(c.dep_ == "mark" and c.lower_ in cues.CONDITION_MARKS for c in clause.children):
        return False  # "if it invades": the condition, not the threat
    return (any(a in cues.PLANNED_AUX for a in aux_words(clause)) or
            _stated_intention(candidate)) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.CONDITION_MARKS
                                  for m in c.children) for c in clause.children)


def _warned(candidate: Candidate) -> bool:
    """"Russia warned that it could invade", "the junta warned it may expel the ambassador": force
    or a sanction the one who warns says it may use (not "experts warned that the militants could
    attack": a forecast of another's act)."""
    clause = candidate.clause
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues.WARNING_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in cues.CONDITION_MARKS for c in clause.children):
        return False
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return doer is not None and speaker is not None and (
        doer.lower_ == speaker.lower_ or _may_name(doer, speaker))


# Entity labels of speakers that are no person: "it" or "they", not "he", may stand for them.
BODY_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _may_name(pronoun, speaker) -> bool:
    """Whether a warning clause's pronoun subject may be the one who warned: "it" for a state or
    body, "he" or "she" for a person or a common noun ("the president"), in number agreement
    (not "the US warned that he could invade": someone else)."""
    word = pronoun.lower_
    if word not in cues.SPEAKER_PRONOUNS or not _agrees(pronoun, speaker):
        return False
    if word in PERSONAL_PRONOUNS:
        return speaker.ent_type_ not in BODY_LABELS
    return word != "it" or speaker.ent_type_ != "PERSON"


def _stated_intention(candidate: Candidate) -> bool:
    """"will attack", "wants to attack", "vowed to strike", "is ready to ban" (not "helped to plan
    the attacks")."""
    if any(a in cues.PLANNED_AUX for a in aux_words(candidate.clause)):
        return True
    head = candidate.clause.head
    return candidate.clause.dep_ == "xcomp" and (
        head.lemma_.lower() in cues.THREAT_INTENT_VERBS or
        (head.pos_ == "ADJ" and head.lower_ in cues.INTENT_ADJECTIVES))  # "is ready to ban"


def _quoted_speaker(work: Work, trigger) -> str | None:
    """The speaker's actor when the trigger is inside a quotation of the quotes stage."""
    start = trigger.idx
    for quote in work.quotes:
        if quote.start <= start < quote.end and quote.speaker is not None:
            return quote.speaker.actor
    return None


CAUSE_PREPS = frozenset({"in", "by", "from", "during", "after", "of", "to"})


def _names_natural_cause(noun) -> bool:
    """A noun of cues.NATURAL_CAUSES, unless it measures something else that is none: "a wave of
    clashes", "an outbreak of violence", "a storm of protest" name human acts ("a wave of
    cholera", "an outbreak of measles" stay natural)."""
    def natural(token) -> bool:
        return _is_word_of(token, cues.NATURAL_CAUSES)

    if not natural(noun):
        return False
    measured = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    return not measured or any(natural(o) for o in measured)


def _private_custody(index: ActorIndex, candidate: Candidate, last_parties) -> bool:
    """A custody the harm was done in (a doer of ``patterns.attackers_of_cause``) that a person or
    a family holds, not the state: "in the custody of his aunt", "of foster parents" (no attacker
    named), not "in police custody", "in the custody of the security service"."""
    for head in candidate.sources:
        if head.lower_ not in cues.CUSTODY_NOUNS:
            continue
        holders = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        holders += [c for h in [head] + holders for c in h.children if c.dep_ in ("compound", "amod")]
        found = actors_of(index, head, last_parties)
        if by_the_state(index, found, holders):
            continue
        if any(index.by_id[a].kind == "person" for a in found if a in index.by_id) or any(
                _is_word_of(h, cues.CARER_NOUNS) for h in holders):
            return True
    return False


def _natural_cause(candidate: Candidate) -> bool:
    """Harm done by no human agent: "the earthquake killed 30", "were killed in a landslide",
    "died of cholera", "it has infected 200 people and killed three" (PLOVER codes what actors
    do; an ASSAULT needs an attacker)."""
    if candidate.cameo[:2] not in cues.FORCE_ROOTS:
        return False  # (force too: "the rain broke up the crowd")
    if candidate.family == "verb" and victim_verb(candidate.trigger) and \
            died_of_a_cause(candidate.trigger):
        return True  # "died in custody of a heart attack": no one's harm
    clause = candidate.clause
    heads = list(candidate.sources)
    for verb in {clause.i: clause, candidate.trigger.i: candidate.trigger}.values():
        for prep in verb.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in CAUSE_PREPS:
                heads.extend(c for c in prep.children if c.dep_ == "pobj")
    if any(_names_natural_cause(h) for h in heads):
        return True
    if candidate.family == "occurrence":
        return False  # "violence erupted", "clashes spread": the event itself broke out
    family = [clause, clause.head] if clause.dep_ == "conj" else [clause]
    family += [c for c in clause.children if c.dep_ == "conj"]
    return any(v.lemma_.lower() in cues.NATURAL_CAUSE_VERBS for v in family)


def _imperative(candidate: Candidate) -> bool:
    """A bare imperative heading the sentence ("Please sign up for our newsletters", "Click here
    to read more"): site boilerplate or an exhortation, no event of the news."""
    verb = candidate.clause
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i and not t.is_punct]
    return all(t.lower_ in ("please", "now", "just", "also", "simply") for t in before)


def _argument_tokens(candidate: Candidate) -> frozenset[int]:
    """Token indices of the event's argument heads and their conjuncts."""
    heads = candidate.sources + candidate.targets + candidate.parties
    out = set()
    for head in heads:
        if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in \
                anchoring.PLACE_OBJECT_VERBS:
            continue  # "visited Pakistan": the host is also where the visit was
        out.add(head.i)
        out.update(c.i for c in head.children if c.dep_ == "conj")
        out.update(c.i for c in head.children if c.dep_ == "pobj")  # a prepositional argument
    return frozenset(out)


def _outer_place(work: Work, candidate: Candidate, triggers, arguments, place_function):
    """The places stage's ``event_place`` for the event's own clause (basis "clause" when it holds
    a located toponym that is no argument), else for the trigger's position (its sentence, its
    paragraph, the article's dominant place). The second call is no repeat of the first: outside
    the clause the place nearest the trigger is wanted, not the one nearest the clause's start
    (the two calls take about 0.1% of annotate time: 0.013 s of 13.4 s on 40 sample articles)."""
    extent = anchoring.clause_extent(candidate.clause, candidate.trigger)
    try:
        place = place_function(work, *extent)
        if place is not None and place.basis == "clause" and not anchoring.own_clause_place(
                place, work.places, work.doc, extent, triggers, arguments):
            place = None
        if place is None or place.basis != "clause":
            place = place_function(work, candidate.trigger.idx, candidate.trigger.idx)
    except Exception:  # the places stage's helper is optional: no place rather than no events
        place = None
    return place


def _origin(head) -> bool:
    """A "from" phrase standing for the doer of a passive ("fired from Gaza", "were released from
    captivity"): a place or state, which says nothing about whether the doer can act."""
    return head.lower_ == "from" or (head.dep_ == "pobj" and head.head.lower_ == "from")


def _partyless(index: ActorIndex, candidate: Candidate, code) -> bool:
    """Whether an event may stand without a source or target: one of the types that say what
    happened without their parties ("protests started in the township", "clashes broke out",
    "a bomb exploded near the market", "thousands took to the streets", "the lawsuit was filed"),
    asserted or planned, whose subject, if any, could act or is a weapon (not "the fire started",
    "Thai law forbids", "the butterflies occupied"). The parties are then unknown, not wrong.
    Chosen on the tune halves (docs/events.md, "Events without parties")."""
    if code.plover not in cues.PARTYLESS_TYPES:
        return False
    trigger = candidate.trigger
    if trigger.pos_ == "NOUN" and maybe_accident(trigger):
        return False
    if code.plover != "ACCUSE" and trigger.lower_ not in cues.PROTESTING_PARTICIPLES and (
            trigger.dep_ in ("amod", "compound") or (
            trigger.dep_ == "acl" and trigger.tag_ == "VBN")):
        return False  # a participle describing a noun: "a banned party" (but "alleged abuse")
    if clause_modality(candidate.trigger, candidate.clause) not in ("asserted", "planned"):
        return False
    for head in candidate.sources:
        if head.dep_ in ("prep", "agent"):  # "hit by a police bullet"
            head = next((c for c in head.children if c.dep_ == "pobj"), head)
        if _is_word_of(head, cues.WEAPON_NOUNS):
            continue
        if (head.pos_ == "NOUN" or head.dep_ == "pobj") and match(head, "N") is not None:
            # the attack that names the doer: "killed in a police encounter", "injuries in the
            # police firing" (a gerund the tagger calls a verb)
            continue
        if code.plover == "PROTEST" and (head.lower_ in cues.QUANTITY_NOUNS or head.pos_ == "NUM"):
            continue  # "thousands took to the streets"
        if head.pos_ == "PRON" and head.lower_ in cues.THING_PRONOUNS or not could_act(index, head):
            return False
    return True


def _armed(index: ActorIndex, sources, doer) -> bool:
    """Armed forces, by their actors' sector or by the sector the Phoenix agent nouns give the
    doer's word ("troops" MIL, "rebels" REB, "militants" UAF); the police's march is no move."""
    armed = ARMED_SECTORS - {"COP"}
    return any(index.by_id[a].sector in armed for a in sources if a in index.by_id) or \
        (doer is not None and agent_sector(doer.lemma_.lower()) in armed)


# Auxiliaries of the future as the article's present sees it (not "would": "said they would
# protest in February" may be the February gone).
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _told_as_future(clause) -> bool:
    """Whether ``clause`` tells its event as still to come from the publication's present: with
    "will" or "shall" ("Farmers will protest"), or as the complement of a verb in the present or
    the future ("Farmers plan to protest", "are set to protest", "will try to protest")."""
    if FUTURE_AUX & set(aux_words(clause)):
        return True
    head = clause.head
    if clause.dep_ == "conj" and clause.tag_ == "VB" and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in clause.children):
        # "will strike on February 16 and hold a rally": both; a conjunct in another tense has
        # its own ("will strike on February 16 and held a rally on February 2": the rally is past)
        return _told_as_future(head)
    return clause.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX", "ADJ") and (
        head.tag_ in PRESENT_TAGS or bool(FUTURE_AUX & set(aux_words(head))) or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in head.children))


def _dated_as_told(candidate: Candidate, timex, governing, work: Work, sent, triggers) -> bool:
    """Whether the future event of ``candidate`` takes the time ``timex`` as the clause tells it,
    so that a month or day gone is the next one (:func:`anchoring.ahead`): the time hangs on the
    trigger or the clause verb itself, not after an object that names another event ("will
    investigate the attack on February 14": the attack's day). A report in the simple past is
    the day's news and does not hold it back ("The union said farmers will protest in
    February"); a report in the past perfect does ("The organisers had said that farmers will
    march on February 3"), and so does a time before the publication day that hangs on the
    clause, on a verb that tells it or on a reporter beside it ("In January the union said
    ...", "Last week the students announced they will march ..."), not one inside another branch
    of the sentence ("Farmers, who protested in January, will protest again in February")."""
    clause, trigger = candidate.clause, candidate.trigger
    gov = next((g for item, g in governing if item is timex), None)
    if gov is None or gov.i not in (trigger.i, clause.i):
        return False
    at = anchoring.token_at(work.doc, timex.start, timex.end)
    if at is not None and any(
            o.i != trigger.i and o.i < at.i and (o.i in triggers or match(o, "N") is not None)
            for o in direct_objects(gov)):
        return False
    telling = _telling_verbs(clause)
    if any(_past_perfect(verb) for verb in telling if verb.i != clause.i):
        return False
    told = {verb.i for verb in telling} | {trigger.i}
    in_sentence = [item for item in anchoring.dated_timexes(work.timexes, work.text, None)
                   if item is not timex and sent.start_char <= item.start < sent.end_char and
                   anchoring.ends_before(item.value, work.anchor)]
    return not any(anchoring.reported_from(item, g, work.doc).i in told and
                   not _ahead_too(item, g, work.anchor)
                   for item, g in anchoring.governors(in_sentence, work.doc, triggers))


def _ahead_too(timex, gov, anchor) -> bool:
    """Whether another time of the sentence is a month or day its own clause tells as future,
    one ``anchoring.ahead`` would move too: no time before publication that holds the event's
    back ("Nurses will strike on February 16 and hold a rally on February 18")."""
    verb = gov
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and _told_as_future(verb) and \
        anchoring.ahead(timex, anchor) != timex.value


# How a clause hangs on the verb that tells it: its complement ("said that farmers will
# protest", "plan to protest") or a clause coordinated with one ("rejected the offer and will
# protest": the coordinated verb is another event, but a verb above both tells this one too).
TOLD_BY_DEPS = frozenset({"ccomp", "xcomp", "conj"})


def _telling_verbs(clause) -> list:
    """``clause`` and the verbs that tell it: those it is the complement of, up to the main
    clause, and the reporting verbs beside any of them ("Farmers will protest, the union said").
    A verb the clause is coordinated with is passed over, not counted (its times are its own
    event's)."""
    out, word = [clause], clause
    for _ in range(12):
        out.extend(c for c in word.children if c.dep_ == "parataxis" and
                   c.lemma_.lower() in cues.REPORTING_VERBS)
        if word.head.i == word.i or word.dep_ not in TOLD_BY_DEPS:
            break
        coordinated = word.dep_ == "conj"
        word = word.head
        if not coordinated:
            out.append(word)
    return out


def _past_perfect(verb) -> bool:
    """"had said", "had warned": a verb told as before a past time."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)


def _is_word_of(token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _state_or_armed(index: ActorIndex, sources, heads) -> bool:
    """Whether the doers are the state, its arms, or an armed group ("Rebels cut mobile internet
    service", "Militants sealed off the valley"): who may restrict others' movement, speech or
    homes (``arguments.by_the_state`` with the armed sectors)."""
    return by_the_state(index, sources, heads, sectors=AUTHORITY_SECTORS | ARMED_SECTORS)


def _veto(work: Work, sentence_no: int, plover: str, candidate: Candidate) -> None:
    """Mark ``plover`` rejected in the clause of ``candidate`` (sentence ``sentence_no``) by a
    rule of ``_draft``: the proposer puts no event of that type back on a word of that clause
    (``propose.vetoed_at``); another clause of the sentence may still have one."""
    start, end = _vetoed_span(candidate)
    work.extra.setdefault(VETOED_KEY, {}).setdefault(sentence_no, []).append((plover, start, end))


def _vetoed_span(candidate: Candidate) -> tuple[int, int]:
    """Character offsets of what a rejected event's clause says: the clause verb's subtree but
    the clauses in it with a subject of their own (or coordinated with it), as the contiguous
    run around the trigger; its subjectless complements are in it ("stopped the children from
    entering the pool")."""
    return anchoring.clause_extent(candidate.clause, candidate.trigger, _clause_with_a_subject)


def _clause_with_a_subject(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and (token.dep_ == "conj" or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children))


def _draft(work: Work, index: ActorIndex, candidate: Candidate, sentence_no: int, sent,
           triggers: set[int], last_parties, place_function,
           last_reporter: str | None = None) -> Draft | None:
    draft = _draft_of(work, index, candidate, sentence_no, sent, triggers, last_parties,
                      place_function, last_reporter)
    if draft is None and _cordon(candidate) and (code := lookup(candidate.cameo)) is not None:
        # whatever rule dropped it, the proposer puts no restriction back on a word of its
        # clause ("Heavy snow prevented residents from leaving their homes": not on "homes")
        _veto(work, sentence_no, code.plover, candidate)
    return draft


def _cordon(candidate: Candidate) -> bool:
    """A restriction told by a verb of cues.CORDON_VERBS ("evicted", "stopped ... from")."""
    return candidate.cameo in cues.CORDON_CODES and candidate.entry is not None and \
        candidate.entry.lemma in cues.CORDON_VERBS


def _state_or_armed_near(index: ActorIndex, sent) -> bool:
    """Whether the sentence ``sent`` or the one before it names the state, its arms or an armed
    group (an actor of those sectors, or a word such as "police", "troops", "the authorities"):
    who may have done a restriction told without its doer ("Demonstrators were barred from
    entering it" after "Riot police surrounded the square"). A country that is a side of a
    contest is not the state ("Fans were barred from the stadium after Brazil beat Argentina")."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(_state_or_armed(index, index.covering(t.idx, t.idx + len(t))[:1], [t])
               for t in doc[start:sent.end] if t.pos_ in ("NOUN", "PROPN") and
               not _side_of_contest(index, t))


def _side_of_contest(index: ActorIndex, token) -> bool:
    """Whether ``token`` (or the name it is a word of) is a side in a contest: the subject or
    object of a verb of cues.CONTEST_VERBS, a country or a team, whose other argument is one too
    ("Brazil beat Argentina", "the team beat Egypt"; "The army beat the prisoners" is no contest)."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ not in ("nsubj", "dobj", "obj") or not _is_word_of(token.head, cues.CONTEST_VERBS):
        return False
    return _contestant(index, token) and any(
        _contestant(index, other) for other in token.head.children
        if other.dep_ in ("nsubj", "dobj", "obj") and other.i != token.i)


def _contestant(index: ActorIndex, token) -> bool:
    """A country (by its actor) or a word of cues.TEAM_NOUNS: who may be a side in a match."""
    return token.lower_ in cues.TEAM_NOUNS or _country(index, index.covering(token.idx, token.idx + len(token)))


def _country(index: ActorIndex, ids) -> bool:
    """Whether one of the actor ``ids`` is a country."""
    return any(index.by_id[a].kind == "country" for a in ids if a in index.by_id)


def _labour_strike(index: ActorIndex, candidate: Candidate, sources) -> bool:
    """Whether "strike" told by the verb alone (the lexicon's bare row) is a labour strike: by a
    trade, a union or staff (cues.LABOUR_NOUNS, or an actor or word of cues.LABOUR_SECTORS), or
    told as still to come ("They will strike on Friday"); "The striker struck twice" is none."""
    doer = candidate.sources[0] if candidate.sources else None
    if doer is not None and (doer.lower_ in cues.LABOUR_NOUNS or
                             agent_sector(doer.lemma_.lower()) in cues.LABOUR_SECTORS):
        return True
    if any(index.by_id[a].sector in cues.LABOUR_SECTORS for a in sources if a in index.by_id):
        return True
    return _told_as_future(candidate.clause)


def _contest(index: ActorIndex, sources, verb) -> bool:
    """Whether a country "beat" another: each is named for its side in a contest (a match, an
    election), not as a state that did violence ("Israel beat the prisoners" stays an assault)."""
    return _country(index, sources) and any(_country(index, index.covering(o.idx, o.idx + len(o)))
                                            for o in direct_objects(verb))


def _dismissal(candidate: Candidate) -> bool:
    """An official dismissed from office (cues.DISMISSAL_VERBS: "sacked his defence minister")."""
    return candidate.cameo == cues.DISMISSAL_CAMEO and candidate.entry is not None and \
        candidate.entry.lemma in cues.DISMISSAL_VERBS


def _draft_of(work: Work, index: ActorIndex, candidate: Candidate, sentence_no: int, sent,
              triggers: set[int], last_parties, place_function,
              last_reporter: str | None = None) -> Draft | None:
    if _imperative(candidate) or _natural_cause(candidate):
        return None
    if _private_custody(index, candidate, last_parties):
        if victim_verb(candidate.trigger) and candidate.cameo == cues.CUSTODY_DEATH_CAMEO:
            _veto(work, sentence_no, "ASSAULT", candidate)  # nor the proposer's
            return None  # "died in the custody of his grandparents": no one's attack
        candidate.sources = [h for h in candidate.sources if h.lower_ not in cues.CUSTODY_NOUNS]
    if candidate.passive:
        # a doer taken from a clause of cause that is a side of a contest is none: "Fans were
        # barred from entering the stadium after Brazil beat Argentina" (not Brazil's act)
        candidate.sources = [h for h in candidate.sources if h.head.i == candidate.trigger.i or
                             not _side_of_contest(index, h)]
    sources, targets, inferred = _resolve(work, index, candidate, last_parties)
    unfit = work.extra.get("events.unfit_parties", frozenset())
    sources = [a for a in sources if a not in unfit]
    targets = [a for a in targets if a not in unfit]
    code = lookup(candidate.cameo)
    if code is None or not (sources or targets or _partyless(index, candidate, code)):
        return None
    if candidate.cameo in cues.STATE_ONLY_CODES and (sources or candidate.sources) and \
            not _state_or_armed(index, sources, candidate.sources) or \
            _dismissal(candidate) and (sources or candidate.sources) and not by_the_state(
                index, sources, candidate.sources, sectors=cues.DISMISSING_SECTORS):
        _veto(work, sentence_no, code.plover, candidate)  # nor the proposer's
        # "Comcast cut internet access for customers who had not paid": a service; "The company
        # fired its chief of staff", "The police fired its chief of staff": no administrative
        # sanction (only a government or a junta dismisses an official, cues.DISMISSING_SECTORS)
        return None
    if not sources and code.quad_class in (1, 2) and candidate.family == "verb" and \
            candidate.sources and not _origin(candidate.sources[0]) and \
            not could_act(index, candidate.sources[0]):
        # cooperation done by a thing is a figure of speech: "a law that would allow China to
        # extradite", "evidence supported his murder", "this break will allow him to"
        return None
    cameo = candidate.cameo
    doer = candidate.sources[0] if candidate.sources else None
    if cameo[:2] == "14" and candidate.family == "verb" and \
            candidate.trigger.lemma_.lower() in ("march", "rally", "strike") and \
            _armed(index, sources, doer):
        return None  # "troops marched into the town", "rebels rallied", "militants struck again"
    if cameo == "143" and candidate.family == "verb" and candidate.entry is not None and \
            candidate.entry.lemma == "strike" and not candidate.entry.conditions and \
            not _labour_strike(index, candidate, sources):
        _veto(work, sentence_no, code.plover, candidate)  # nor the proposer's
        return None  # "The striker struck twice in the second half": no labour strike
    if code.plover == "ASSAULT" and candidate.family == "verb" and \
            _is_word_of(candidate.trigger, cues.CONTEST_VERBS) and \
            _contest(index, sources, candidate.trigger):
        _veto(work, sentence_no, "ASSAULT", candidate)  # nor the proposer's
        return None  # "Brazil beat Argentina in Rio": a country named for its side
    cordon = _cordon(candidate)
    if cameo == "191" and doer is not None and \
            _is_word_of(doer, cues.PROTESTER_NOUNS if cordon else cues.CROWD_NOUNS):
        cameo, code = "144", lookup("144")  # a crowd's blockade is a protest
        _veto(work, sentence_no, "COERCE", candidate)  # and no restriction of theirs proposed
    elif cordon and (sources or candidate.sources) and \
            not _state_or_armed(index, sources, candidate.sources):
        # "Engineers sealed off the leaking pipe", "Workers sealed off the site", "The landlord
        # evicted the tenant" (but "The area was sealed off", "Rebels sealed off the town");
        # _draft vetoes the proposer's restriction in the clause
        return None
    elif cordon and candidate.entry.lemma in cues.PREVENTION_VERBS and not sources and \
            not candidate.sources and not _state_or_armed_near(index, sent):
        # told without its doer, a stop or an eviction is a restriction only where the state or
        # an armed group is at hand: "Fans were barred from entering the stadium after the final
        # whistle", "The tenant was evicted from the flat" are no one's act to code
        return None
    elif cameo == "144" and candidate.trigger.lemma_.lower() in cues.BLOCKING_VERBS and sources \
            and doer is not None and doer.pos_ != "PRON" and \
            all(index.by_id[a].sector in cues.FORCE_SECTORS for a in sources if a in index.by_id):
        # police or troops named blocking a road restrict movement (CAMEO 191), they do not
        # protest (a pronoun's antecedent is too often the one who reports it)
        cameo, code = "191", lookup("191")
    if (repressed := repression(index, sources, candidate)) is not None:
        cameo, code = repressed, lookup(repressed)  # "the government vowed to end the protests"
    if (withdrawn := withdrawal_sanction(index, sources, candidate)) is not None:
        cameo, code = withdrawn, lookup(withdrawn)  # "Human Rights Watch withdrew from Georgia"
    modality = clause_modality(candidate.trigger, candidate.clause)
    if (refused := ultimatum(candidate, code.quad_class)) is not None:  # "won't free them unless"
        cameo, modality, code = refused[0], "asserted", lookup(refused[0])
        targets = [a for a in actors_of(index, refused[1], last_parties) if a not in sources] \
            if refused[1] is not None else []
    if modality == "negated" and code.quad_class in (1, 2) and any(
            a in cues.PLANNED_AUX | cues.HYPOTHETICAL_AUX for a in aux_words(candidate.clause)):
        cameo, modality = REFUSAL_CODES.get(cameo[:2], "120"), "asserted"
        code = lookup(cameo)
    # A stated intention to use force is a threat (CAMEO 138): "wants to attack", "will strike".
    intended = None
    if code.plover == "ASSAULT" and modality == "planned" and _stated_intention(candidate):
        cameo, modality, intended = "138", "asserted", "ASSAULT"
        code = lookup(cameo)
    elif code.plover in THREAT_CODES and modality == "hypothetical" and \
            (_conditional_threat(candidate) or _warned(candidate)):
        # "vowed to annex the province if ...", "warned that it could invade"
        cameo, modality, intended = THREAT_CODES[code.plover], "asserted", code.plover
        code = lookup(cameo)
    # symmetric events named with their parties as one subject: "X and Y met"
    if not targets and len(distinct_parties(index, sources)) > 1 and \
            code.plover in cues.JOINT_TYPES:
        targets = list(reversed(distinct_parties(index, sources)))

    heads = _heads_of_event(candidate)
    at = candidate.trigger.idx
    dated = anchoring.dated_timexes(work.timexes, work.text, at)
    governing = anchoring.timex_governors(dated, work.doc, triggers, work.anchor)  # read 3 times
    timex = anchoring.event_date(governing, heads, work.doc, triggers)
    if timex is None and candidate.clause.dep_ in ("conj", "advcl"):
        # "shelled positions earlier this month, killing 12": the adjunct shares the date
        timex = anchoring.event_date(governing, heads | {candidate.clause.head.i}, work.doc,
                                     triggers)
    if timex is None:
        timex = anchoring.subject_date(governing, candidate.clause, triggers)
    # "launched it on Nov. 2, four weeks after the attack": the attack is of another day
    timex = anchoring.measured_date(candidate.trigger, candidate.clause, governing, heads,
                                    work.doc, work.timexes) or timex
    if timex is not None:
        date, basis = timex.value, "clause"
        if modality == "planned" and _told_as_future(candidate.clause) and \
                _dated_as_told(candidate, timex, governing, work, sent, triggers):
            date = anchoring.ahead(timex, work.anchor)  # "will protest in February" in March
        if modality == "asserted" and anchoring.is_future(date, work.anchor):
            modality = "planned"
    elif (timex := anchoring.sentence_date(governing, candidate.trigger, triggers)) is not None \
            or (timex := anchoring.below_date(governing, work.doc, candidate.trigger,
                                              candidate.clause)) is not None \
            or (timex := anchoring.report_date(governing, candidate.clause, work.doc)) is not None:
        date, basis = timex.value, "sentence"
    elif modality != "planned" and (timex := anchoring.lone_day(
            work.timexes, dated, sent, candidate.clause, work.anchor,
            candidate.trigger)) is not None:
        date, basis = timex.value, "sentence"
    elif work.anchor is not None:
        date, basis = work.anchor.isoformat(), "publication"
    else:
        date, basis = None, None

    # the addressee of a statement is no place of it ("called on Turkey"); the target of a
    # material act usually is ("an offensive into north-eastern Syria")
    arguments = _argument_tokens(candidate) if code.quad_class in (1, 3) else frozenset()
    place = anchoring.clause_place(work.places, work.doc, heads, triggers, arguments)
    if place is None and place_function is not None:
        place = _outer_place(work, candidate, triggers, arguments, place_function)

    reporter = reporter_of(candidate.clause)
    reported_by = None
    if reporter is not None:
        found = actors_of(index, reporter, last_parties)
        reported_by = found[0] if found else None
        if reported_by is None and reporter.lemma_.lower() in cues.REPORT_NOUNS:
            reported_by = last_reporter  # "According to the report, ..."
    if reported_by is None:
        reported_by = _quoted_speaker(work, candidate.trigger)

    confidence = BASE_CONFIDENCE + SOURCE_WEIGHT * bool(sources) + TARGET_WEIGHT * bool(targets)
    confidence += SPECIFIC_WEIGHT * (candidate.entry.specificity > 0 or candidate.family != "verb")
    confidence -= INFERRED_PENALTY * inferred
    if modality in ("requested", "hypothetical"):
        confidence -= INFERRED_PENALTY

    trigger = candidate.trigger
    # a hyphenated word the tokenizer split is the trigger whole ("staged a sit-in", not "in")
    start = trigger.doc[trigger.i - 2].idx if hyphen_prefix(trigger) else trigger.idx
    return Draft(
        type=code.plover, cameo=cameo, sources=sources, targets=targets, modality=modality,
        trigger=work.span(start, trigger.idx + len(trigger.text)),
        evidence=_sentence_span(work, sent, trigger.idx), sentence=sentence_no, date=date,
        date_basis=basis,
        place=place, reported_by=reported_by, confidence=confidence,
        answers_request=candidate.answers_request, object_event=candidate.object_event,
        intended=intended, family=candidate.family,
        past=anchoring.told_in_past(candidate.clause),
        harm=code.plover == "ASSAULT" and candidate.family == "verb" and (
            victim_verb(trigger) or trigger.lemma_.lower() in cues.HARM_DONE_VERBS))


def _purpose_clause(clause) -> bool:
    """"went to Kabul to meet", "fired tear gas to disperse": planned only as a purpose."""
    return clause.dep_ == "advcl" and infinitival(clause) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def purpose_targets(coded: list[tuple[Candidate, Draft]]) -> None:
    """An event told without a target takes the target of its purpose clause where that clause
    is an event of the same PLOVER type: "Police fired ten rounds to disperse the mob" fires on
    the mob, as "fired on the mob" says (the firing and the dispersal are one ASSAULT); "sent
    troops to protect the town" (MOBILIZE, then a planned aid) is left as it is."""
    heads: dict[int, list[Draft]] = {}
    for candidate, draft in coded:
        if candidate.family in ("verb", "support") and not draft.companion:
            heads.setdefault(candidate.clause.i, []).append(draft)
    for candidate, draft in coded:
        if not draft.targets or not _purpose_clause(candidate.clause):
            continue
        for head in heads.get(candidate.clause.head.i, ()):
            if head is not draft and not head.targets and head.type == draft.type and \
                    not set(draft.targets) & set(head.sources):
                head.targets = list(draft.targets)


def plover_conventions(draft: Draft, candidate: Candidate, triggers: set[int]) -> list[Draft]:
    """A planned event recoded as PLOVER codes statements of intent: cooperation promised,
    offered or scheduled -> AGREE (a future retreat -> CONCEDE), harm or coercion intended ->
    THREATEN; ``intended`` keeps the action's type. The planned cooperative action stays as a
    low-confidence companion (queryable, below the default threshold). ``triggers``: the token
    indices of the sentence's coded events (a purpose clause on one of them is a companion)."""
    if draft.modality != "planned" or draft.intended:
        return [draft]
    if _purpose_clause(candidate.clause):
        if candidate.clause.head.i in triggers:
            # "fired tear gas to disperse the crowd": the purpose of an event coded already
            draft.companion = True
            draft.confidence = min(draft.confidence, COMPANION_CONFIDENCE)
        return [draft]
    if draft.type in INTENT_CODES:
        companion = replace(draft, companion=True, mentions=[],
                            confidence=min(draft.confidence, COMPANION_CONFIDENCE))
        cameo = INTENT_CODES[draft.type]
        cameo = yield_intent(draft.cameo) if cameo == "035" else cameo  # "will release" 0353
        draft.intended, draft.cameo, draft.modality = draft.type, cameo, "asserted"
        draft.type = lookup(draft.cameo).plover
        if draft.intended in cues.JOINT_TYPES and not draft.targets and len(draft.sources) > 1:
            draft.targets = list(reversed(draft.sources))
        return [draft, companion]
    if draft.type in THREAT_CODES and _stated_intention(candidate):
        draft.intended, draft.cameo, draft.modality = draft.type, THREAT_CODES[draft.type], "asserted"
        draft.type = lookup(draft.cameo).plover
    return [draft]


def with_imprisonment(draft: Draft, candidate: Candidate) -> list[Draft]:
    """A court sentence that includes imprisonment is a conviction (SANCTION convict) and also a
    COERCE arrest (PLOVER manual 3.13): "sentenced him to five years in prison"."""
    if draft.cameo != "116" or candidate.trigger.lemma_.lower() != "sentence":
        return [draft]
    terms = {t.lemma_.lower() for child in candidate.trigger.children
             if child.dep_ in ("prep", "npadvmod", "dative") for t in child.subtree}
    if not terms & cues.PRISON_TERMS:
        return [draft]
    return [draft, replace(draft, type="COERCE", cameo="173", mentions=[])]


def _merge_key(index: ActorIndex, actor_id: str) -> str:
    """What descriptions of one occurrence share: the country of a state or its organs ("the US",
    "Washington", "US officials"), but a person's own identity (Trump and Pelosi are both USA,
    and Trump attacking an inquiry is not Pelosi's call)."""
    actor = index.by_id.get(actor_id)
    if actor is not None and actor.kind == "person":
        return actor_id
    return index.country(actor_id) or actor_id


def demote_requested(drafts: list[Draft]) -> None:
    """What a REQUEST asks for is not an event of its own (PLOVER: "urged Iran to withdraw" is one
    REQUEST): the requested action stays as a low-confidence companion."""
    requests = {d.sentence for d in drafts if d.type == "REQUEST"}
    for draft in drafts:
        if draft.modality == "requested" and draft.sentence in requests:
            draft.companion = True
            draft.confidence = min(draft.confidence, COMPANION_CONFIDENCE)


# When set to a list (training/events/train.py), each draft's calibrator features are appended
# to it as (draft, features) before the calibrated confidence replaces the pattern score.
COLLECT: list | None = None


def sentence_probabilities(sentences: list) -> dict[int, dict[str, float]]:
    """The sentence model's probabilities of every sentence, by its number (none without a
    model)."""
    loaded = learned.load()
    if loaded is None:
        return {}
    return {number: loaded[0].of_sentence(sent) for number, sent in enumerate(sentences)}


def calibrate(drafts: list[Draft], probs: dict[int, dict[str, float]], actors=()) -> None:
    """The calibrated confidence of each draft: the probability that it is a right event of its
    type, from what the patterns found and the sentence model's probabilities (``probs``,
    ``sentence_probabilities``)."""
    loaded = learned.load()
    if loaded is None:
        return
    calibrator = loaded[1]
    coded_ids = frozenset(a.id for a in actors if learned.coded(a))
    for draft in drafts:
        features = learned.event_features(draft, probs[draft.sentence], draft.family,
                                          coded_ids)
        if COLLECT is not None:
            COLLECT.append((draft, features))
        if calibrator is not None:
            draft.confidence = calibrator.probability(features)
            if draft.companion:
                draft.confidence = min(draft.confidence, COMPANION_CONFIDENCE)


def link_object_events(drafts: list[Draft]) -> None:
    """A reaction to an event named as its object targets that event's doer ("The United States
    condemned the attack" after "Turkish troops shelled ...")."""
    for i, reaction in enumerate(drafts):
        if not reaction.object_event or reaction.targets:
            continue
        for earlier in reversed(drafts[:i]):
            if reaction.sentence - earlier.sentence > REPLY_WINDOW_SENTENCES:
                break
            if earlier.cameo[:2] == reaction.object_event and earlier.sources and \
                    not set(earlier.sources) & set(reaction.sources):
                reaction.targets = list(earlier.sources)
                reaction.confidence -= INFERRED_PENALTY
                break


def link_requests(drafts: list[Draft]) -> None:
    """A reply to a request targets the requester ("Washington has rebuffed the call"), and a
    request without an addressee is addressed to whoever replies to it."""
    for i, reply in enumerate(drafts):
        if not reply.answers_request or reply.targets:
            continue
        for request in reversed(drafts[:i]):
            if reply.sentence - request.sentence > REPLY_WINDOW_SENTENCES:
                break
            if request.type == "REQUEST" and request.sources and \
                    set(request.sources) != set(reply.sources):
                reply.targets = list(request.sources)
                reply.confidence -= INFERRED_PENALTY
                if not request.targets:
                    request.targets = list(reply.sources)
                    request.confidence -= INFERRED_PENALTY
                break


def _proposed(work: Work, index: ActorIndex, place_function, drafts: list[Draft], sentences,
              triggers_of: dict[int, set[int]], probs) -> list[Draft]:
    """The sentence model's proposals (propose.py), drafted as the patterns' candidates are;
    none inside the turns of an interview."""
    def make(candidate: Candidate, sentence_no: int) -> list[Draft]:
        triggers = triggers_of.get(sentence_no, set()) | {candidate.trigger.i}
        draft = _draft(work, index, candidate, sentence_no, sentences[sentence_no], triggers,
                       (), place_function)
        return [] if draft is None else plover_conventions(draft, candidate, triggers)

    proposed = propose.proposals(drafts, sentences, probs, make, work.extra.get(VETOED_KEY))
    sanity.mark_interview_turns(work, proposed)
    return [d for d in proposed if not d.interview]


@stage("events", requires=("doc", "actors", "timexes", "places", "quotes"), assigns=("events",))
def find_events(work: Work) -> None:
    if work.doc is None:
        return
    index = ActorIndex.build(work.actors)
    work.doc.user_data.pop(anchoring.HEADS_KEY, None)  # token_at's spans, found anew per run
    work.doc.user_data[MATCH_KEY] = {}  # lexicon.match's answers, for this run only
    work.extra["events.unfit_parties"] = unfit_parties(work)
    work.extra[VETOED_KEY] = {}  # sentence -> the types and clauses a rule rejected there (_draft)
    place_function = _event_place_function()
    drafts: list[Draft] = []
    last_parties: tuple[str, ...] = ()
    last_reporter: str | None = None
    triggers_of: dict[int, set[int]] = {}
    for sentence_no, sent in enumerate(work.doc.sents):
        candidates = find_candidates(sent)
        triggers = triggers_of[sentence_no] = {c.trigger.i for c in candidates}
        # the verbs of the clauses coded already: a support verb's too ("opened fire to disperse
        # the crowd": the dispersal is the firing's purpose, as in "fired to disperse")
        coded_clauses = triggers | {c.clause.i for c in candidates if c.family == "support"}
        in_sentence: list[tuple[Candidate, Draft]] = []
        for candidate in sorted(candidates, key=lambda c: c.trigger.i):
            draft = _draft(work, index, candidate, sentence_no, sent, triggers, last_parties,
                           place_function, last_reporter)
            if draft is None:
                continue
            for coded in plover_conventions(draft, candidate, coded_clauses):
                in_sentence.extend((candidate, d) for d in with_imprisonment(coded, candidate))
            last_reporter = draft.reported_by or last_reporter
            # "the two sides" later on: the main source and target of the last two-party event
            if draft.sources and draft.targets and draft.sources[0] != draft.targets[0]:
                last_parties = (draft.sources[0], draft.targets[0])
        purpose_targets(in_sentence)
        drafts.extend(d for _, d in in_sentence)
    demote_requested(drafts)
    link_requests(drafts)
    link_object_events(drafts)
    anchoring.inherit_dates(drafts, work.anchor)
    sentences = list(work.doc.sents)
    anchoring.quoted_statement_dates(drafts, work.quotes, work.timexes, work.text,
                                     work.anchor)
    sanity.mark_interview_turns(work, drafts)
    probs = sentence_probabilities(sentences)
    calibrate(drafts, probs, work.actors)
    drafts += _proposed(work, index, place_function, drafts, sentences, triggers_of, probs)
    anchoring.inherit_lede_date(drafts, work.timexes, sentences, work.anchor)
    drafts = sanity.check(work, drafts)  # hazards, safety measures, interview talk, self-targets
    for draft in drafts:
        draft.source_keys = tuple(_merge_key(index, a) for a in draft.sources)
        draft.target_keys = tuple(_merge_key(index, a) for a in draft.targets)
    drafts = propose.new_occurrences(drafts)
    work.events = [d.to_event() for d in merge_drafts(drafts)]
    work.doc.user_data.pop(MATCH_KEY, None)
