"""How sure: the modality of an event clause, and whose statement carries it.

Rules, checked from the event's clause up through the clauses that govern it:

- **negated**: a negation on the clause verb or its auxiliaries ("did not attack");
- **planned**: a future or "would" auxiliary ("will continue discussions"), a future modifier of
  an event noun ("upcoming talks"), or an intent verb governing the clause ("plans to visit",
  "is scheduled to attend"); an asserted event dated after publication is planned too (stage);
- **hypothetical**: a condition ("if", "unless") or a modal of possibility ("could", "might");
- **requested**: the clause is the complement of a request verb ("urged Iran to withdraw");
- **asserted**: otherwise.

``reported_by``: the subject of a reporting verb governing the clause ("X said that ...",
"..., X said", "according to X").
"""

from __future__ import annotations

from . import cues
from .lexicon import lemma_candidates
from .patterns import assault_code, attackers_of_cause

# Clause links that lead from an embedded clause to the one governing it.
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp", "prep",
                            "pobj", "dobj", "nsubj", "nsubjpass"})

# Clause links that a modal of the governing clause carries over into ("will try to meet",
# "could continue to attack"); a "said" clause's own tense is not carried into what was said.
CARRYING_DEPS = frozenset({"xcomp", "conj"})


CUE_VERBS = (cues.REQUEST_VERBS | cues.INTENT_VERBS | cues.DENIAL_VERBS | cues.REPORTING_VERBS
             | cues.ACCUSING_VERBS | cues.HOPE_VERBS)


def cue_lemma(token) -> str:
    """The token's lemma, or a guessed base form that is a cue verb when the lemmatizer slipped
    ("hoped" -> "hop", "staged" -> "stag")."""
    for guess in lemma_candidates(token):
        if guess in CUE_VERBS:
            return guess
    return token.lemma_.lower()


def aux_words(verb) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


# The arguments a negative quantifier negates its verb's event through: the doer or what the
# verb acts on ("No-one was injured", "police arrested nobody", "fired no shots").
NEGATIVE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})


def no_one(noun) -> bool:
    """A negative quantifier: "nobody", "none (of the protesters)", "no one", "no arrests",
    "neither side"; the tokenizer's "No" of "No-one" as a subject."""
    if noun.lower_ in cues.NEGATIVE_PRONOUNS or (noun.lower_ == "no" and noun.dep_.startswith("nsubj")):
        return True
    return any(c.dep_ == "det" and c.lower_ in cues.NEGATIVE_DETERMINERS for c in noun.children)


def negative_argument(verb) -> bool:
    """The verb's doer or object is no one: its own event did not happen (not one of a noun in
    its clause: "police had no leads on the killing"). Harm to no one in an attack still tells
    the attack ("Nobody was killed in the clashes": the labels' rubric, decision 1, codes harm
    in an attack as the attack told again)."""
    if not any(c.dep_ in NEGATIVE_ARGUMENT_DEPS and no_one(c) for c in verb.children):
        return False
    return not any(assault_code(noun) for noun in attackers_of_cause(verb, ("in", "during")))


def _conditional(verb) -> bool:
    """"if it is attacked, ..." (the verb's own mark) or "would travel there if allowed" (a
    condition clause attached to the verb)."""
    if any(c.dep_ == "mark" and c.lower_ in cues.CONDITION_MARKS for c in verb.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.CONDITION_MARKS
                                         for m in c.children) for c in verb.children)


def local_modality(verb) -> str | None:
    """The modality marked on ``verb`` itself, or None when it carries no mark."""
    if _conditional(verb):
        return "hypothetical"
    aux = aux_words(verb)
    if _negated(verb):
        return "negated"
    if any(a in cues.HYPOTHETICAL_AUX for a in aux):
        return "hypothetical"
    if any(a in cues.PLANNED_AUX for a in aux):
        return "planned"
    # "is going to meet", "is about to restore", "is set to visit", "is to meet"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "be", "set") and any(
            a == "to" for a in aux) and verb.head.tag_ in ("VBG", "VBZ", "VBP", "VBD", "VBN"):
        return "planned"
    # purpose clause: "will be in Doha to discuss", "went to Kabul to meet"
    if verb.dep_ == "advcl" and "to" in aux and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                       for c in verb.children):
        return "planned"
    if any(c.dep_ in ("prep", "advmod") and c.lower_ == "about" for c in verb.head.children) and \
            verb.head.lemma_.lower() == "be":
        return "planned"
    return None


def noun_modality(noun) -> str | None:
    if no_one(noun):
        return "negated"  # "no arrests were made", "made no arrests"
    if any(c.lower_ in cues.FUTURE_WORDS for c in noun.children if c.dep_ in ("amod", "compound")):
        return "planned"
    return None


def clause_modality(trigger, clause) -> str:
    """The modality of the event named by ``trigger`` in the clause headed by ``clause``."""
    if trigger.i != clause.i:
        found = noun_modality(trigger)
        if found:
            return found
    planned_by_promise = trigger.i != clause.i and clause.lemma_.lower() in cues.PROMISE_VERBS
    if clause.dep_ in ("ccomp", "xcomp") and local_modality(clause) != "negated" and \
            cue_lemma(clause.head) in cues.HOPE_VERBS:
        return "hypothetical"  # "she hoped the officials would be indicted"
    if trigger.i == clause.i and negative_argument(clause):
        return "negated"  # "No-one was injured", "police arrested nobody"
    verb, carried = clause, True
    for _ in range(6):
        found = local_modality(verb) if carried else None
        if found == "negated" and verb.i != clause.i:
            found = None  # "did not say he would meet" is about the saying
        if found:
            return found
        head = verb.head
        if head.i == verb.i or verb.dep_ not in EMBEDDING_DEPS:
            break
        lemma = cue_lemma(head)
        if verb.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            if lemma in cues.REQUEST_VERBS and lemma not in ("want",) or (
                    lemma == "want" and (verb.dep_ == "ccomp" or any(
                        c.dep_ in ("dobj", "obj") for c in head.children))):
                return "requested"
            if lemma in cues.FAILURE_VERBS and verb.dep_ == "xcomp":
                return "negated"  # "failed to reach a deal"
            if lemma in cues.CESSATION_VERBS and verb.dep_ == "xcomp" and verb.tag_ == "VBG":
                return "asserted"  # "agreed to stop fighting": the fighting goes on, not planned
            if lemma in cues.OBLIGATION_VERBS and verb.dep_ == "xcomp" and not aux_words(head):
                # "had to apologise" reports the apology; "has to apologise" is an obligation
                return "asserted" if head.tag_ == "VBD" else "hypothetical"
            if lemma in cues.INTENT_VERBS and verb.dep_ == "xcomp":
                return "planned"
        if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return "negated"  # "had no plans to invade"
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and cue_lemma(head) in cues.INTENT_NOUNS:
            return "planned"  # "expressed willingness to cooperate", "announced plans to visit"
        if lemma in cues.DENIAL_VERBS:
            return "negated"  # "denied (accusations) that it had supplied drones"
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and (
                lemma in cues.INTENT_ADJECTIVES or head.lower_ in cues.INTENT_ADJECTIVES):
            return "planned"  # "ready to help"
        if lemma in cues.REPORTING_VERBS:
            break  # what was said keeps its own tense
        if any(c.dep_ == "mark" and c.lower_ in cues.CONDITION_MARKS for c in verb.children):
            return "hypothetical"
        carried = verb.dep_ in CARRYING_DEPS
        verb = head
    return "planned" if planned_by_promise else "asserted"


def reporter_of(clause):
    """The head of whoever reports the clause, or None."""
    verb = clause
    for _ in range(6):
        # "..., Price said, ..." / "X attacked Y, officials said"
        for child in verb.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in cues.REPORTING_VERBS:
                subject = _subject(child)
                if subject is not None:
                    return subject
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return pobj
        head = verb.head
        if head.i == verb.i:
            break
        reporting = cue_lemma(head) in cues.REPORTING_VERBS
        accusing = cue_lemma(head) in cues.ACCUSING_VERBS
        if (verb.dep_ in ("ccomp", "conj", "advcl", "pcomp") and (reporting or accusing)) or (
                verb.dep_ == "prep" and accusing):  # "accused Russia of massing troops"
            subject = _subject(head)
            if subject is not None:
                return subject
        if verb.dep_ not in EMBEDDING_DEPS:
            break
        verb = head
    root = clause.sent.root
    if root.i != clause.i and root.lemma_.lower() in cues.REPORTING_VERBS and clause in root.subtree:
        return _subject(root)
    return None


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None
