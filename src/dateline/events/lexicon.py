"""The event lexicon (``data/lexicon.tsv``): verbs and nouns with the conditions under which they
name an event of a CAMEO code, and the matcher that picks the most specific entry for a token."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cues import QUANTITY_NOUNS, SERIES_NOUNS

DATA = Path(__file__).parent / "data"

# Adverbs right after a verb that are its particle ("stepped down" parsed down <advmod stepped).
# "ablaze" and "alight" right after "set" and before its object are parsed as adverbs, as particles
# are ("Protesters set ablaze a police post"): read as particles (lexicon "set V prt=ablaze").
PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "over", "ablaze", "alight"})

CONDITION_KEYS = ("obj", "prep", "pobj", "xcomp", "ccomp", "copula", "prt", "mod", "purpose",
                  "objmod", "objposs", "govsubj", "govwith")

# Word classes a condition may name as "@name" (``obj=@information``): data/<name>_nouns.txt.
# @blame and @aid_marks hold adjectives too ("unjust", "humanitarian"), whatever their part of
# speech. A class's words match as written: list a hyphenated word both ways ("cease-fire").
# PETRARCH2's verb dictionary (data/petrarch_verbs.tsv), which the lexicon can read where its own
# readings are silent; None, as shipped, reads the hand lexicon alone. Measured both as triggers
# and as the sentence model's features only, each refit, and not landed: no gain on the check
# halves beyond a refit's noise (docs/events.md, "Twenty-second session").
PETRARCH_TABLE = DATA / "petrarch_verbs.tsv"
PETRARCH_VERBS: Path | None = None
# The CAMEO roots whose PETRARCH readings may be triggers of pattern events; the others are read
# only by the sentence model's lexicon features (``match(..., every=True)``). None: every root.
PETRARCH_TRIGGER_ROOTS: frozenset[str] | None = frozenset()

WORD_CLASSES = ("information", "blame", "ceasefire", "deal", "hostilities", "arms", "aid_marks",
                "aid_goods", "telecom", "service")


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    pos: str  # "V" or "N"
    conditions: tuple[tuple[str, frozenset[str]], ...]
    cameo: str
    origin: str = "hand"  # "hand" (lexicon.tsv) or "petrarch" (petrarch_verbs.tsv)

    @property
    def specificity(self) -> int:
        return len(self.conditions)


def _parse_conditions(field: str) -> tuple[tuple[str, frozenset[str]], ...]:
    if field.strip() in ("", "-"):
        return ()
    conditions = []
    for part in field.split(";"):
        key, _, values = part.partition("=")
        key = key.strip()
        if key not in CONDITION_KEYS:
            raise ValueError(f"lexicon.tsv: unknown condition {key!r}")
        words = {v.strip().lower() for v in values.split("|")}
        unknown = {w[1:] for w in words if w.startswith("@")} - set(WORD_CLASSES)
        if unknown:
            raise ValueError(f"lexicon.tsv: unknown word class {sorted(unknown)}")
        # a hyphenated word written either way ("walk-out", "walkout") is the same word
        conditions.append((key, frozenset(words | {unhyphenated(w) for w in words})))
    return tuple(conditions)


def unhyphenated(word: str) -> str:
    return word.replace("-", "")


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """The nouns of a word class (``data/<name>_nouns.txt``, one a line, "#" comments)."""
    lines = (DATA / f"{name}_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _read_table(path: Path, origin: str) -> list[Entry]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemmas, pos, conditions, cameo = line.split("\t")[:4]
        parsed = _parse_conditions(conditions)
        # petrarch_verbs.tsv gives the verbs that share a reading on one line ("ask|petition")
        out.extend(Entry(lemma.lower(), pos, parsed, cameo.strip(), origin) for lemma in lemmas.split("|"))
    return out


def _by_specificity(table: list[Entry]) -> list[Entry]:
    # more conditions first; among as many, named values before a wildcard ("obj=election"
    # before "obj=*"), then file order
    return sorted(table, key=lambda e: (-e.specificity, sum("*" in values for _, values in e.conditions)))


@lru_cache(maxsize=1)
def entries() -> dict[tuple[str, str], list[Entry]]:
    """(lemma, pos) -> entries, most specific first: the hand-written readings (``lexicon.tsv``),
    then PETRARCH2's verb readings (``petrarch_verbs.tsv``), which a token takes only where no
    hand reading of it holds. A verb the hand lexicon has readings of keeps PETRARCH's patterns
    that code an event but not its default (a verb the hand lexicon reads only with an object,
    "talk with", stays silent without one)."""
    table: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in _read_table(DATA / "lexicon.tsv", "hand"):
        # keyed without hyphens: "walk-out" and "walkout", "cease-fire" and "ceasefire" meet
        table[(unhyphenated(entry.lemma), entry.pos)].append(entry)
    petrarch: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    if PETRARCH_VERBS is not None:
        for entry in _read_table(PETRARCH_VERBS, "petrarch"):
            key = (unhyphenated(entry.lemma), entry.pos)
            if key in table and (not entry.conditions or entry.cameo == "-"):
                continue  # its default, and its "no event" that only overrides that default
            petrarch[key].append(entry)
    return {key: _by_specificity(table.get(key, [])) + _by_specificity(petrarch.get(key, []))
            for key in set(table) | set(petrarch)}


def has_entries(lemma: str, pos: str) -> bool:
    return (unhyphenated(lemma.lower()), pos) in entries()


def _children(token, deps):
    return [c for c in token.children if c.dep_ in deps]


def word_forms(token) -> set[str]:
    """The forms a condition's word list is matched against: the lemma, the word, and the whole
    hyphenated word, with and without its hyphen ("declared a cease-fire", tokenised cease - fire;
    "called a walk-out" for "walkout")."""
    forms = {token.lemma_.lower(), token.lower_}
    for p in hyphen_prefix(token):
        forms |= {f"{p}-{token.lower_}", f"{p}{token.lower_}", f"{p}{token.lemma_.lower()}"}
    return forms


def infinitival(clause) -> bool:
    """A clause with its own "to": "gathered to protest", "threatened on Monday to shell", "the
    threat to shell"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def series_events(noun) -> list:
    """The "of" phrase of a noun that gathers events (``cues.SERIES_NOUNS``: "a wave of attacks",
    "a spate of bombings"); none for another noun."""
    if noun.lower_ not in SERIES_NOUNS:
        return []
    return [pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def token_features(token) -> dict[str, set[str]]:
    """What the conditions of an entry can test, read off the dependency parse around ``token``."""
    features: dict[str, set[str]] = {k: set() for k in CONDITION_KEYS}
    for child in token.children:
        dep = child.dep_
        if dep in ("dobj", "obj", "attr") or (dep == "nsubjpass" and token.pos_ in ("VERB", "AUX")):
            features["obj"].update(word_forms(child))
            features["objmod"].update(_compound_modifiers(child))  # "a ceasefire deal"
            # whose the object is: "suspended its mobile services" (a provider's own)
            features["objposs"].update(form for c in child.children if c.dep_ == "poss"
                                       for form in word_forms(c))
            # "used water cannons and tear gas": each coordinated object
            features["obj"].update(c.lemma_.lower() for c in child.children if c.dep_ == "conj")
            if child.lower_ in QUANTITY_NOUNS or child.pos_ == "NUM":
                for prep in child.children:  # "released hundreds of political prisoners"
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                features["obj"].update((pobj.lemma_.lower(), pobj.lower_))
        elif dep in ("prep", "agent", "dative"):
            features["prep"].add(child.text.lower())
            if dep == "prep" and child.lower_ in PARTICLES and child.i == token.i + 1:
                # "pulled out of the talks", parsed as pulled > out (prep) > of: the particle
                # and the preposition after it, as "pulled out" with "of the talks"
                features["prt"].add(child.lower_)
                for prep in child.children:
                    if prep.dep_ == "prep":
                        features["prep"].add(prep.lower_)
                        features["pobj"].update(form for pobj in prep.children
                                                if pobj.dep_ in ("pobj", "pcomp")
                                                for form in word_forms(pobj))
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    features["pobj"].update(word_forms(pobj))
                    # "died in a wave of attacks": the series stands for its events
                    features["pobj"].update(form for event in series_events(pobj)
                                            for form in word_forms(event))
                    features["objmod"].update(_compound_modifiers(pobj))  # "to a truce deal"
                    # "in police firing", parsed as police <acl firing: the gerund is the noun
                    features["pobj"].update(c.lower_ for c in pobj.children
                                            if c.dep_ == "acl" and c.tag_ == "VBG")
                    features["pobj"].update(form for g in detached_head(pobj) for form in word_forms(g))
        elif dep in ("xcomp", "oprd", "acomp"):  # "refused to accept"; "called the move a stunt"
            features["xcomp"].add(_predicate(child))
            features["xcomp"].update(_coordinated_predicates(child))
        elif dep == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            features["ccomp"].add(_predicate(child))
            # "said the ruling was unjust", "'This is a disgrace,' he said": the copula's
            # complement is what the clause predicates
            complements = _copula_complements(child)
            features["ccomp"].update(complements)
            # the complements alone, for frames that must not match the clause's verb: "said
            # they would breach the deal" holds no blame, "said the deal was a breach" does
            features["copula"].update(complements)
        elif dep == "prt" or (dep == "advmod" and child.i == token.i + 1 and
                              child.lower_ in PARTICLES):
            # "stepped down", "cracked down": the parser often takes the particle for an adverb
            features["prt"].add(child.text.lower())
        elif dep in ("advcl", "acl") and infinitival(child):
            # "gathered to protest"; a noun's infinitive: "the threat to shell the town"
            features["purpose"].add(child.lemma_.lower())
        elif dep in ("compound", "amod", "nmod"):
            features["mod"].add(child.lemma_.lower())
            features["mod"].add(child.text.lower())
        elif dep == "nsubj" and child.i == token.i - 1 and token.pos_ == "VERB" and \
                any(c.dep_ == "compound" for c in child.children):
            # "Police baton charged the crowd" (Police <compound baton <nsubj charged): a verb
            # written as two words, whose first the parser took for the subject's head
            features["mod"].add(child.lower_)
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    for first, second in zip(objects, objects[1:]):
        if first.i + 1 == second.i:  # "reached a ceasefire deal" parsed as two objects
            features["objmod"].update(word_forms(first))
    small = participle_object(token)
    if small is not None and not features["obj"]:
        features["obj"].update((small.lemma_.lower(), small.lower_))
    taken = predicate_object(token)
    if taken is not None and not features["obj"]:
        features["obj"].update((taken.lemma_.lower(), taken.lower_))
        features["xcomp"] = {_predicate(c) for c in token.children
                             if c.dep_ in ("xcomp", "oprd", "acomp") and c.i != taken.i}
    features["mod"].update(hyphen_prefix(token))
    if token.pos_ in ("NOUN", "PROPN"):
        features["govsubj"], features["govwith"] = governing_verb_parties(token)
    if token.dep_ == "acl" and token.tag_ == "VBN":
        features["obj"].add(token.head.lemma_.lower())  # "a report released Tuesday"
    # "air strike" may be tokenised with the noun as a compound head either way round.
    if token.dep_ == "compound":
        features["mod"].add(token.head.lemma_.lower())
    return features


# The prepositions of a governing verb that name who took part in what its noun names.
PARTY_PREPS = frozenset({"with", "between"})


def governing_verb_parties(noun) -> tuple[set[str], set[str]]:
    """Who the verb governing ``noun`` names as taking part in it, which the parser hangs on the
    verb rather than the noun: its subject when the noun is its object or its preposition's
    object ("The army launched an encounter", "Troops engaged in an encounter"), and the objects
    of its "with" or "between" when the noun is its subject or object ("An encounter broke out
    between police and the gang"). Each as (subject words, with/between words); empty sets when
    no verb governs the noun."""
    subjects: set[str] = set()
    parties: set[str] = set()
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
        verb, is_subject = noun.head, noun.dep_ in ("nsubj", "nsubjpass")
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ not in PARTY_PREPS:
        verb, is_subject = noun.head.head, False
    else:
        return subjects, parties
    if verb.pos_ not in ("VERB", "AUX"):
        return subjects, parties
    for child in verb.children:
        if child.dep_ == "nsubj" and not is_subject:
            for word in (child, *(c for c in child.children if c.dep_ == "conj")):
                subjects.update(word_forms(word))
        elif child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for word in (pobj, *(c for c in pobj.children if c.dep_ == "conj")):
                        parties.update(word_forms(word))
    return subjects, parties


def _compound_modifiers(noun) -> set[str]:
    """The noun compounds before an object ("a ceasefire deal", "the truce agreement"): what kind
    of deal the head noun names, which the object condition, reading the head, does not see."""
    return {form for c in noun.children if c.dep_ == "compound" and c.i < noun.i
            for form in word_forms(c)}


def participle_object(verb):
    """The object the parser made the subject of a bare participle clause after the verb:
    "will not accept refugees fleeing the violence" (refugees <nsubj fleeing <ccomp accept);
    None when the verb has an object or no such clause."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.tag_ == "VBG" and clause.i > verb.i and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects:
                return subjects[0]
    return None


def predicate_object(verb):
    """The object the parser took for a predicate ("oprd") of an active verb: the first of two
    ("called Trump a disgrace") or a lone name or pronoun ("called Trump on Tuesday"); None
    when the verb has a direct object or none such."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children) or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # an object already, or a participle naming its noun ("a holiday called X")
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) > 1 or (len(predicates) == 1 and predicates[0].pos_ in ("PROPN", "PRON")):
        return predicates[0]
    return None


def _predicate(token) -> str:
    """A complement's lemma, marked "not-" when negated ("found not guilty", "not-guilty"): an
    entry for the positive reading does not match it."""
    negated = any(c.dep_ == "neg" for c in token.children) or hyphen_prefix(token) == ["not"]
    return ("not-" if negated else "") + token.lemma_.lower()


def _copula_complements(clause) -> list[str]:
    """The complements of a copular clause ("was unjust", "is a disgrace"), marked "not-" when
    the copula is negated ("was not unfair"); none for another verb."""
    if clause.lemma_.lower() != "be":
        return []
    negated = any(c.dep_ == "neg" for c in clause.children)
    return [("not-" if negated else "") + word for c in clause.children
            if c.dep_ in ("attr", "acomp")
            for word in [_predicate(c), *_coordinated_predicates(c)]]


def _coordinated_predicates(token) -> list[str]:
    """The adjectives and nouns coordinated with a predicate adjective or noun ("called the deal
    null and void", "was unfair and illegal"); none after a verb ("refused to meet and talk")."""
    if token.pos_ not in ("ADJ", "NOUN"):
        return []
    return [_predicate(c) for c in token.children if c.dep_ == "conj" and c.pos_ in ("ADJ", "NOUN")]


def detached_head(pobj) -> list:
    """The head noun or gerund right after a preposition's object that the parser hung on the
    clause instead ("lost their lives in army firing", parsed army <pobj in, firing <advcl lost;
    "killed in a police shootout", police <pobj in, shootout <advmod killed): the two are one
    noun phrase, the word after it its head (the object its modifier). Empty when there is none."""
    if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or pobj.i + 1 >= len(pobj.doc):
        return []
    head = pobj.doc[pobj.i + 1]
    if head.head.i != pobj.head.head.i or head.dep_ not in ("advcl", "acl", "xcomp", "advmod", "npadvmod") \
            or not (head.tag_ == "VBG" or head.pos_ == "NOUN") \
            or any(c.dep_ in ("dobj", "obj", "nsubj") for c in head.children):
        return []
    return [head]


def hyphen_prefix(token) -> list[str]:
    """The word joined to ``token`` by a hyphen before it, which the tokenizer split off and the
    parser attached anywhere ("lathi-charged", "tear-gassed", "baton-charged")."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    return [doc[i - 2].lower_]


def _holds(condition: tuple[str, frozenset[str]], features: dict[str, set[str]]) -> bool:
    key, values = condition
    found = features.get(key) or set()
    if "*" in values:
        return bool(found)
    return bool(found & values) or any(
        value[0] == "@" and found & word_class(value[1:]) for value in values)


def lemma_candidates(token, noun: bool = False) -> list[str]:
    """The lemma, then base forms guessed from the word itself, for when the lemmatizer errs
    ("staged" -> "stag"): -ed, -d, -ied, -es, -s, -ing endings and a doubled final consonant.
    For a ``noun``, guesses only where the lemmatizer left the word as it is: where it found a
    lemma of its own ("aides" -> "aide"), a guess ("aid") is another word."""
    return list(_guesses(token.lower_, token.lemma_.lower(), noun))


@lru_cache(maxsize=1 << 16)
def _guesses(word: str, lemma: str, noun: bool) -> tuple[str, ...]:
    """``lemma_candidates`` of a word and its lemma (lower case): the same strings recur across
    articles (46,000 calls on the 150 speed articles), so they are guessed once each."""
    out = [lemma, word]
    if noun and out[0] != word:
        return tuple(out)
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""),
                                ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            out.append(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and replacement == "":
                out.append(stem[:-1])  # "planned" -> "plann" -> "plan"
    return tuple(dict.fromkeys(out))


MATCH_KEY = "dateline.events.match"  # doc.user_data: (token index, pos, lemma) -> match's entry


def match(token, pos: str, lemma: str | None = None, every: bool = False) -> Entry | None:
    """The most specific lexicon entry for ``token`` used as ``pos`` whose conditions hold
    (``every``: PETRARCH's readings of every code, as the sentence model's features read them;
    else only those a trigger may take, ``trigger_reading``).
    Within an events run (``stage.find_events`` puts a dict under ``MATCH_KEY`` in the doc's
    ``user_data`` and takes it away at the end) each token is matched once: the trigger finders
    and the sentence model's lexicon features ask again for the same words."""
    # ``every`` reads more only where PETRARCH's table is on and some of its roots are no
    # triggers; elsewhere both askers get the same entry, so they share one memo slot
    every = every and PETRARCH_VERBS is not None and PETRARCH_TRIGGER_ROOTS is not None
    memo = token.doc.user_data.get(MATCH_KEY)
    if memo is None:
        return _match(token, pos, lemma, every)
    key = (token.i, pos, lemma, every)
    if key not in memo:
        memo[key] = _match(token, pos, lemma, every)
    return memo[key]


def _match(token, pos: str, lemma: str | None, every: bool) -> Entry | None:
    return next(holding_entries(token, pos, lemma, every), None)


def trigger_reading(entry: Entry) -> bool:
    """Whether a trigger may take ``entry``: every hand-written reading; a PETRARCH reading only
    where its CAMEO root is one of ``PETRARCH_TRIGGER_ROOTS`` (None: every root)."""
    return entry.origin != "petrarch" or PETRARCH_TRIGGER_ROOTS is None or \
        entry.cameo[:2] in PETRARCH_TRIGGER_ROOTS


def holding_entries(token, pos: str, lemma: str | None = None, every: bool = False):
    """The lexicon entries for ``token`` used as ``pos`` whose conditions hold, most specific
    first (``match`` takes the first); ``every`` as for ``match``."""
    table = entries()
    candidates = None
    guesses = [lemma.lower()] if lemma else lemma_candidates(token, noun=pos == "N")
    # a hyphenated word the tokenizer split ("walk-out": walk - out) first as the whole word
    guesses = [p + g for p in hyphen_prefix(token) for g in guesses] + guesses
    for guess in guesses:
        candidates = table.get((unhyphenated(guess), pos))
        if candidates:
            break
    if not candidates:
        return
    features = token_features(token)
    for entry in candidates:
        if (every or trigger_reading(entry)) and all(_holds(c, features) for c in entry.conditions):
            yield entry
