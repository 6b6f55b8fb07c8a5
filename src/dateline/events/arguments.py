"""Who did it and to whom: from a trigger's dependency arguments to actor ids.

Actors come from the actors stage (``work.actors``, each with its mentions' offsets). An argument
phrase maps to the actor whose mention covers its head; failing that, to an actor named inside
the phrase (a modifier: "US delegation"; an owner: "representatives of the Taliban", "a delegation
led by Tom West"). Coordinated phrases give several actors ("Brazil and the United States").
Group phrases ("the two sides") stand for the parties of the article's last two-party event.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from dataclasses import dataclass, field

from ..actors.lexicon import agent_sector
from . import cues
from .lexicon import word_forms

# How deep to look inside a phrase for an actor when its head is not one ("representatives of
# the Taliban" = 2 steps: of -> Taliban). Deeper paths mostly reach unrelated actors; 3 was the
# best depth on the seed and petr2_gsr subsets tried (2 misses "a delegation led by US ... West").
OWNER_DEPTH = 3

# Dependencies that stay inside a noun phrase when looking for the actor of its head.
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "appos",
                         "npadvmod", "case"})


@dataclass
class ActorIndex:
    """Mentions of the article's actors, sorted by offset, for quick lookup by character span."""

    starts: list[int] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, actor id)
    by_id: dict = field(default_factory=dict)
    # person id -> the organisations of the person's title added beside the person as parties
    # ("CIA deputy director Michael Morell"): one side, not two parties of a symmetric event
    titles: dict = field(default_factory=dict)

    @classmethod
    def build(cls, actors) -> "ActorIndex":
        spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        return cls([s for s, _, _ in spans], spans, {a.id: a for a in actors})

    def covering(self, start: int, end: int) -> list[str]:
        """Ids of actors with a mention overlapping [start, end), innermost mention first."""
        hits = []
        i = bisect_right(self.starts, end)
        # mentions are short: look back over the few that start before ``end``
        for s, e, actor in reversed(self.spans[max(0, i - 40):i]):
            if s < end and e > start:
                hits.append((e - s, actor))
        hits.sort()
        seen, ids = set(), []
        for _, actor in hits:
            if actor not in seen:
                seen.add(actor)
                ids.append(actor)
        return ids

    def country(self, actor_id: str) -> str | None:
        actor = self.by_id.get(actor_id)
        return actor.country if actor else None


def _token_actor(index: ActorIndex, token) -> list[str]:
    return index.covering(token.idx, token.idx + len(token.text))[:1]


def phrase_tokens(head) -> list:
    """The head and its modifiers within the noun phrase (no clauses, no prepositions)."""
    tokens, stack = [], [head]
    relational = head.lower_ in cues.RELATIONAL_HEADS
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ in PHRASE_DEPS
                     and not (relational and token.i == head.i and c.dep_ == "poss"))
    return tokens


def _surname_actor(index: ActorIndex, token) -> list[str]:
    """A person's surname alone ("West also met") when the actors stage did not link it."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return []
    for actor in index.by_id.values():
        if actor.kind == "person" and actor.name and actor.name.split()[-1] == token.text:
            return [actor.id]
    return []


def _namesake_with_country(index: ActorIndex, actor_id: str) -> list[str]:
    """A person actor without a country whose name ends another actor's name that has one (the
    actors stage may keep "Tom West" apart from "US special representative ... Tom West")."""
    actor = index.by_id.get(actor_id)
    if actor is None or actor.kind != "person" or not actor.name:
        return []
    for other in index.by_id.values():
        if other.id != actor_id and other.country and other.kind == "person" and \
                other.name.endswith(actor.name):
            return [other.id]
    return []


def _country_anaphor(index: ActorIndex, head, exclude) -> list[str]:
    """"the country" with no mention of its own: the last country actor named before it (other
    than the event's own source)."""
    if head.lower_ not in cues.COUNTRY_ANAPHORS or not any(
            c.lower_ == "the" for c in head.children) or len(list(head.children)) > 1:
        return []
    best = None
    for start, _, actor_id in index.spans:
        if start >= head.idx:
            break
        actor = index.by_id.get(actor_id)
        if actor is not None and actor.kind == "country" and actor_id not in exclude:
            best = actor_id
    return [best] if best else []


def is_group_phrase(head) -> bool:
    """"the two sides", "both countries", "the two leaders"."""
    if head.lower_ not in cues.GROUP_HEADS and head.lemma_.lower() not in cues.GROUP_HEADS:
        return False
    return any(c.lower_ in cues.GROUP_QUANTIFIERS for c in head.children)


def actors_of_head(index: ActorIndex, head, depth: int = OWNER_DEPTH,
                   doers: bool = True) -> list[str]:
    """Actor ids for the noun phrase headed by ``head`` (not following coordination).

    An actor without a country ("A delegation") gives way to an owner with one ("... led by US
    special representative Tom West"): the scorers and users code actors by country."""
    organ = _organ_owner(index, head)
    if organ:
        return organ  # "the government of Abdrabbuh Mansur Hadi", "members of the House"
    found = _token_actor(index, head) or _surname_actor(index, head)
    if found and index.country(found[0]):
        return found
    if found and head.pos_ == "PROPN" and _is_person(index, found[0]):
        # "CIA deputy director Michael Morell praised", "Agnes Callamard, a UN rapporteur,
        # said": the person named acts, in the capacity of the organisation of the title
        title = [a for a in _title_actors(index, head) if a not in found][:1]
        if title:
            index.titles.setdefault(found[0], set()).update(title)
        return found + title
    if head.pos_ != "PROPN":
        named = _named_as(index, head)
        if named:
            return named  # "a woman named Heather Heyer": the name, not the description
    lemma = head.lemma_.lower()
    if not found and ((doers and lemma in cues.NON_AGENT_HEADS) or
                      head.lower_ in cues.RELATIVE_NOUNS or
                      (not doers and head.lower_ in cues.STAFF_NOUNS)):
        # "Thai law forbids", "Trump's brother was arrested": not the actor named; but a law
        # rejected or defied is its maker's ("refused to comply with the Commission's rules")
        return []
    fallback = found
    for token in sorted(phrase_tokens(head), key=lambda t: abs(t.i - head.i)):
        found = _token_actor(index, token)
        if found and found != fallback:
            if index.country(found[0]):
                return found
            fallback = fallback or found
    owner = _owner_actors(index, head, depth, doers)
    if owner and (index.country(owner[0]) or not fallback):
        return owner
    return fallback


# Heads that stand for an organ of the party named after "of": "the government of X", "forces
# of X", "members of X". The actors stage may link the head itself elsewhere (another country's
# "the government" named earlier); the name after "of" says whose it is.
ORGAN_HEADS = frozenset({"government", "administration", "regime", "authorities", "forces",
                         "army", "military", "members", "member", "troops"})


def _organ_owner(index: ActorIndex, head) -> list[str]:
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ORGAN_HEADS and \
            head.lower_ not in ORGAN_HEADS:
        return []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    return _token_actor(index, pobj)
    return []


def _is_person(index: ActorIndex, actor_id: str) -> bool:
    actor = index.by_id.get(actor_id)
    return actor is not None and actor.kind == "person"


def _title_actors(index: ActorIndex, head) -> list[str]:
    """Actors with a country or a sector named in a person's title: its modifiers ("US Ambassador to Germany
    Richard Grenell") and an apposition ("Callamard, a UN rapporteur"), not the owner of a kin or
    staff noun ("Waseem, brother of Qandeel Baloch" is no Baloch)."""
    found: list[str] = []
    for token in sorted(phrase_tokens(head), key=lambda t: abs(t.i - head.i)):
        if token.i == head.i or token.lower_ in cues.RELATIVE_NOUNS:
            continue
        for actor in _token_actor(index, token):
            if actor not in found and not _is_person(index, actor) and (
                    index.country(actor) or index.by_id[actor].sector):
                found.append(actor)
    return found


# Participles that give a description its name: "a woman named X", "a man identified as X".
NAMING_VERBS = frozenset({"name", "identify", "call"})


def _named_as(index: ActorIndex, head) -> list[str]:
    """The actor named by a participle of a description that is no actor itself."""
    for child in head.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in NAMING_VERBS:
            continue
        for arg in child.children:
            names = [arg] if arg.dep_ in ("oprd", "attr", "dobj") else (
                [c for c in arg.children if c.dep_ == "pobj"] if arg.dep_ == "prep" and
                arg.lower_ == "as" else [])
            for name in names:
                found = _token_actor(index, name)
                if found:
                    return found
    return []


def _owner_actors(index: ActorIndex, head, depth: int, doers: bool = True) -> list[str]:
    if depth <= 0:
        return []
    # owner paths: "representatives of X", "delegation led by X", "assets belonging to X"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in cues.OWNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = actors_of_head(index, pobj, depth - 1, doers)
                    if found:
                        return found
        elif child.dep_ == "acl":
            for grandchild in child.children:
                # "a delegation led by X" names who acts; "a ceasefire brokered by X" is no
                # target of the agreeing, so agents count only for the doer's side
                if grandchild.dep_ == "agent" and not doers:
                    continue
                if grandchild.dep_ in ("agent", "prep") and grandchild.lower_ in cues.OWNER_PREPS:
                    for pobj in grandchild.children:
                        if pobj.dep_ == "pobj":
                            found = actors_of_head(index, pobj, depth - 1, doers)
                            if found:
                                return found
        elif child.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            found = actors_of_head(index, child, depth - 1, doers)
            if found:
                return found
    return []


NOMINAL = ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X")


def coordinated_modifiers(index: ActorIndex, head) -> list[str]:
    """"US and British activists": the actors of modifiers coordinated before the head."""
    found = []
    for child in head.children:
        if child.dep_ in ("nmod", "amod", "compound") and any(c.dep_ == "conj" for c in child.children):
            for token in (child, *[c for c in child.children if c.dep_ == "conj"]):
                for actor in _token_actor(index, token):
                    if actor not in found:
                        found.append(actor)
    return found


def conjuncts(head, index: ActorIndex | None = None) -> list:
    """``head`` and the phrases coordinated with it ("Brazil and the United States"; "The US,
    Russia, and Switzerland", which the parser may attach as an apposition; "Barack Obama and
    Vladimir Putin" when the conjunct hangs off another word of the first name)."""
    out, seen, stack = [], set(), [head]
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        out.append(token)
        family = [token]
        if index is not None:
            family += [t for t in token.subtree if t.dep_ in ("compound", "flat", "pobj", "appos")
                       and abs(t.i - token.i) <= 3
                       and set(_token_actor(index, t)) & set(_token_actor(index, token))]
        for member in family:
            for child in member.children:
                if child.dep_ == "conj" and child.pos_ in NOMINAL:
                    stack.append(child)
                elif child.dep_ == "appos" and child.pos_ == "PROPN" and any(
                        c.dep_ in ("conj", "cc") for c in child.children):
                    stack.append(child)
    return sorted(out, key=lambda t: t.i)


def actors_of(index: ActorIndex, head, last_parties: tuple[str, ...] = (),
              exclude=(), role: str = "source") -> list[str]:
    """Actor ids for an argument headed by ``head``, following coordination and group phrases."""
    if head is None:
        return []
    if head.dep_ in ("prep", "agent"):
        objects = [c for c in head.children if c.dep_ == "pobj"]
        if not objects:
            return []
        head = objects[0]
    ids: list[str] = []
    for n, token in enumerate(conjuncts(head, index)):
        found = actors_of_head(index, token, doers=(role == "source"))
        if found and role == "target" and set(found) <= set(exclude):
            found = other_party_inside(index, token, exclude) or found
        if not found and is_group_phrase(token):
            found = list(last_parties)
        if not found:
            found = _country_anaphor(index, token, exclude)
        if not found and role == "source":
            found = issuer_of_text(index, token)  # "X issued a report accusing Y"
        if not found and n == 0 and not _named(token):
            # a list of topics ("operations against Daesh, humanitarian assistance"); but a
            # name the actors stage left out does not end a list of parties ("urged Europe and
            # the United States to")
            break
        if found and not index.country(found[0]):
            found = _namesake_with_country(index, found[0]) or found
        found = found + [a for a in coordinated_modifiers(index, token) if a not in found]
        for actor in found:
            if actor not in ids:
                ids.append(actor)
    return ids


def other_party_inside(index: ActorIndex, head, exclude, depth: int = OWNER_DEPTH) -> list[str]:
    """A target phrase the actors stage linked to the event's own doer ("Police arrested five
    members of the IPOB separatist group" with "the ... group" taken for the police): the
    nearest other actor named inside the phrase, its owner phrases included ("of", "from" ...)."""
    tokens, frontier = [], [head]
    for _ in range(depth):
        inner = []
        for token in frontier:
            tokens.extend(phrase_tokens(token))
            inner.extend(pobj for prep in token.children
                         if prep.dep_ == "prep" and prep.lower_ in cues.OWNER_PREPS
                         for pobj in prep.children if pobj.dep_ == "pobj")
        frontier = inner
    for token in sorted(tokens, key=lambda t: abs(t.i - head.i)):
        found = [a for a in _token_actor(index, token) if a not in exclude]
        if found:
            return found
    return []


AGENT_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _named(token) -> bool:
    """A proper name of a place, people or body ("Europe", "NATO") that no actor covers."""
    return token.pos_ == "PROPN" and token.ent_type_ in AGENT_ENTITIES | {"LOC"}


def issuer_of_text(index: ActorIndex, head) -> list[str]:
    """The doer of an event said by a text ("a report accusing the army"): whoever issued the
    text, the subject of the verb that takes it as its object ("Amnesty put out a report ...",
    "the parliament approved a resolution ...") or the agent of a passive ("a statement ...
    was issued by the ministry")."""
    if not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in head.children) and not any(
            c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            for c in head.children):
        return []  # "a bill that would allow China to extradite": the text, not its author
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ != "prep":
        # "posted a message on Twitter blaming Iran": the participle hangs on the medium
        holder = head.head.head
        head = holder if holder.lemma_.lower() in cues.ISSUED_TEXTS else head
    if head.lemma_.lower() not in cues.ISSUED_TEXTS and head.lower_ not in cues.ISSUED_TEXTS:
        return []
    verb = head.head
    if verb.i == head.i or verb.pos_ not in ("VERB", "AUX") or \
            verb.lemma_.lower() in cues.REPORTING_VERBS:
        return []  # "X said a law allowing ...": X reports the law, X did not issue it
    if head.dep_ in ("dobj", "obj"):
        for child in verb.children:
            if child.dep_ == "nsubj":
                return actors_of_head(index, child)
    elif head.dep_ == "nsubjpass":
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return actors_of_head(index, pobj)
    return []


def could_act(index: ActorIndex, head) -> bool:
    """Whether the phrase headed by ``head`` can name someone who acts, though it maps to no actor:
    a name, a pronoun for a person or group, a role or group noun of the Phoenix agents dictionary
    ("farmers", "hundreds of residents") or a noun for people ("a man", "the crowd"). A law, a
    study, a break or a licence cannot ("a law that would allow X to", "evidence supported")."""
    if head is None:
        return True
    if head.dep_ in ("prep", "agent"):
        objects = [c for c in head.children if c.dep_ == "pobj"]
        if not objects:
            return True
        head = objects[0]
    if _token_actor(index, head) or (head.text.isupper() and len(head.text) > 1):
        return True  # an actor, or an acronym the tagger took for a noun ("ICE returned")
    if head.lemma_.lower() in cues.NON_AGENT_HEADS:
        return False  # a text, whoever made it: "Pakistani law allowed ..."
    phrase = phrase_tokens(head) + [p for c in head.children if c.dep_ == "prep" and
                                    c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(t.ent_type_ in AGENT_ENTITIES or t.pos_ == "PROPN" for t in phrase):
        return True  # a name in the phrase ("State of Colorado", "the Saudi-led coalition")
    if head.pos_ == "PRON":
        return head.lower_ not in cues.THING_PRONOUNS
    lemma, word = head.lemma_.lower(), head.lower_
    if lemma in cues.PERSON_NOUNS or word in cues.PERSON_NOUNS or lemma in cues.GROUP_HEADS \
            or lemma in cues.GENERIC_PARTIES:
        return True
    if word in cues.QUANTITY_NOUNS or head.pos_ == "NUM":  # "hundreds of farmers"
        return any(could_act(index, c) for c in head.children
                   if c.dep_ == "prep" and c.lower_ == "of")
    from ..actors.whoswho import whoswho  # the agents dictionary the actors stage loads
    book = whoswho()
    return bool(book.agent(word) or book.agent(lemma))


def distinct_parties(index: ActorIndex, actor_ids) -> list[str]:
    """The actors less the organisations of a person's title listed beside the person."""
    beside = set().union(*(index.titles.get(a, set()) for a in actor_ids)) if actor_ids else set()
    return [a for a in actor_ids if a not in beside]


# Nouns of an operation whose modifier names who carried it out: "killed in a US
# counter-terrorism operation", "arrested during a police raid".
OPERATION_NOUNS = frozenset({"operation", "operations", "raid", "raids", "mission", "crackdown",
                             "sweep", "offensive", "campaign"})


def operation_doers(index: ActorIndex, verb) -> list[str]:
    """The doer of a passive act named only by the operation it happened in: the actor (with a
    country or a sector) that modifies the operation noun."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "by"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in OPERATION_NOUNS:
                continue
            for token in phrase_tokens(noun):
                if token.i == noun.i or token.dep_ not in ("nmod", "compound", "amod", "poss"):
                    continue
                found = [a for a in _token_actor(index, token)
                         if index.country(a) or index.by_id[a].sector]
                if found:
                    return found
    return []


# Prepositions inside an object's phrase that name who receives or suffers a material act ("will
# send rifles along with food aid to Moldova", "the transfer of $300 million in security aid to
# Jordan", "launched attacks on military targets in Kirkuk").
NESTED_TARGET_PREPS = frozenset({"to", "on", "against", "at", "into", "toward", "towards",
                                 "upon"})
# Dependencies that leave the object's phrase for another clause.
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "parataxis",
                         "conj", "appos"})


def nested_targets(index: ActorIndex, heads, exclude=()) -> list[str]:
    """The target of a material act named deeper inside its object than the object's own
    prepositions: the first phrase after a target preposition anywhere in an object's noun
    phrase (not in a clause inside it) that maps to actors, preferring one with a country."""
    fallback: list[str] = []
    for head in heads:
        for pobj in _phrase_objects(head, NESTED_TARGET_PREPS, _inside_phrase):
            found = [a for a in actors_of_head(index, pobj, doers=False) if a not in exclude]
            if found and any(index.country(a) for a in found):
                return found
            fallback = fallback or found
    return fallback


def _phrase_objects(head, preps, admit, limit: int = 60):
    """The objects of the prepositions ``preps`` among the dependents of ``head`` that ``admit``
    lets in (and theirs, breadth first: the nearest first), over at most ``limit`` dependents."""
    queue = deque(c for c in head.children if admit(c))
    seen = 0
    while queue and seen < limit:
        token = queue.popleft()
        seen += 1
        if token.dep_ == "prep" and token.lower_ in preps:
            yield from (c for c in token.children if c.dep_ == "pobj")
        queue.extend(c for c in token.children if admit(c))


def _inside_phrase(token) -> bool:
    """A dependent that stays in the object's phrase: no clause, but a passive participle that
    describes the object ("lifted the sanctions imposed on Libya": Libya is who gains)."""
    return token.dep_ not in CLAUSE_DEPS or (token.dep_ == "acl" and token.tag_ == "VBN")


# CAMEO roots of protests, whose noun's modifier names the protesters ("a Black Lives Matter
# protest", "Kurdish demonstrations", "an opposition rally"), as for acts of force
# (cues.FORCE_ROOTS).
PROTEST_ROOTS = ("14",)
# Entity labels of modifiers that say where or when, not who ("the Kabul bombing", "the 2005
# attack").
PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                           "EVENT"})  # "the 2008 Mumbai attacks": a named event


def modifier_doers(index: ActorIndex, noun, cameo: str, places=()) -> list[str]:
    """The doer of an act of force or a protest named by a noun, from the noun's modifier: a
    people adjective ("Israeli air strikes", "a Russian bombing"; not for a protest) or a named
    group or organisation ("an Al-Qaeda suicide attack", "a police raid", "a Hamas rally"); not
    a place name ("the Kabul bombing" says where; ``places``: the article's place records, whose
    names are no doers here)."""
    if noun.pos_ != "NOUN" or not cameo.startswith(cues.FORCE_ROOTS + PROTEST_ROOTS):
        return []
    # a people adjective names a state, not the crowd that protests ("Iranian protests")
    protest = cameo.startswith(PROTEST_ROOTS)
    modifiers = sorted((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")),
                       key=lambda c: noun.i - c.i)
    for child in modifiers:
        if child.ent_type_ in PLACE_OR_TIME or any(p.start <= child.idx < p.end for p in places):
            continue
        for token in (child, *[t for t in child.children if t.dep_ == "compound"]):
            found = _token_actor(index, token)
            if found and ((token.ent_type_ == "NORP" and not protest) or
                          index.by_id[found[0]].kind in ("group", "organization")):
                return found
    return []


# Prepositions that say where a material act happened: "stormed a police station in eastern
# Nigeria", "imposed blockades around towns in the West Bank".
LOCATIVE_PREPS = frozenset({"in", "inside", "into", "across", "around", "near", "throughout"})


def place_targets(index: ActorIndex, heads, sources=()) -> list[str]:
    """The country a material act was done in, as its target when the text names no party it was
    done to (PLOVER codes "air strikes in Syria" against Syria): a country actor after a locative
    preposition of the act's verb or inside its object phrase (not in a clause), when the doer
    is of another country ("Syrian troops attacked a village in Syria" names no foreign target)."""
    own = {index.country(a) for a in sources}
    for head in heads:
        for pobj in _phrase_objects(head, LOCATIVE_PREPS, _not_party_or_clause):
            for token in [pobj] + [c for c in pobj.subtree if c.dep_ == "pobj"]:
                found = [a for a in _token_actor(index, token) if index.by_id[a].kind == "country"]
                if found and index.country(found[0]) not in own:
                    return found
    return []


def _not_party_or_clause(token) -> bool:
    return token.dep_ not in CLAUSE_DEPS and token.dep_ not in ("nsubj", "nsubjpass", "agent")


# Sectors of the state's coercive and governing arms: a protest they end is put down, not called
# off ("the government vowed to end the protests"; "the union ended its strike" stays a concession).
AUTHORITY_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
# What an authority ends by repression (labour strikes and boycotts end as often by a deal).
REPRESSED_NOUNS = frozenset({"protest", "protests", "demonstration", "demonstrations", "rally",
                             "rallies", "sit-in", "agitation", "riot", "riots", "unrest",
                             "uprising", "rebellion", "revolt", "insurgency", "dissent", "march",
                             "marches", "occupation", "blockade", "blockades"})
REPRESSION_CODE = "175"  # CAMEO: use violent repression


def by_the_state(index: ActorIndex, sources, heads=(), sectors=AUTHORITY_SECTORS,
                 countries: bool = True) -> bool:
    """Whether the doers are the state or its arms: every source actor is a country (when
    ``countries``) or of ``sectors`` (a government, police, army, judiciary or intelligence
    actor), and there is one; where no source actor has a sector or is a country, a doer word
    (``heads``) names the state or one of those arms ("the authorities", "police"; the events
    tests' hand-built actors have no sector)."""
    actors = [index.by_id[a] for a in sources if a in index.by_id]
    if any(a.sector or a.kind == "country" for a in actors):
        return all(a.sector in sectors or countries and a.kind == "country" for a in actors)
    for head in heads:
        sector = agent_sector(head.lemma_.lower())
        if sector in sectors or sector is None and (head.lemma_.lower() in cues.STATE_NOUNS or
                                                    head.lower_ in cues.STATE_NOUNS):
            return True  # "police" (COP), "the authorities" (the state, no one arm)
    return False


def repression(index: ActorIndex, sources, candidate) -> str | None:
    """The repression code for a protest or uprising "ended", "halted" or "stopped" by a
    government, its police or army (PLOVER codes the authority's act, not a concession by the
    protesters; promised, it is a threat): None otherwise."""
    if candidate.cameo != "080" or candidate.family != "verb" or not sources:
        return None
    objects = [c for c in candidate.trigger.children if c.dep_ in ("dobj", "obj")]
    words = set().union(*(word_forms(o) for o in objects))
    if not words & REPRESSED_NOUNS:
        return None
    if any(c.dep_ == "poss" for o in objects for c in o.children):
        return None  # "ended their protest": the protesters' own
    # (a country's name is as often where the protesters are: "the union in Iran")
    return REPRESSION_CODE if by_the_state(index, sources, candidate.sources, countries=False) else None


# An organisation that is no armed force withdrawing from a country or a place (CAMEO 166, "expel
# or withdraw": a mission, staff, observers, a company's business) reduces its relations with it,
# a SANCTION in PLOVER; an armed force's withdrawal stays a RETREAT (087).
WITHDRAWAL_CODE = "087"
WITHDRAWAL_SANCTION_CODE = "166"
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "COP", "SPY", "IMG", "UAF"})


def withdrawal_sanction(index: ActorIndex, sources, candidate) -> str | None:
    """The code of an organisation's withdrawal ("Human Rights Watch has withdrawn from Georgia",
    "the company pulled out of Russia"): SANCTION 166 when every source is an organisation of no
    armed sector; None otherwise (troops, rebels, a state, a person: a retreat)."""
    if candidate.cameo != WITHDRAWAL_CODE or candidate.family != "verb" or not sources:
        return None
    actors = [index.by_id.get(a) for a in sources]
    if all(a is not None and a.kind == "organization" and a.sector not in ARMED_SECTORS
           for a in actors):
        return WITHDRAWAL_SANCTION_CODE
    return None


# Buildings that stand for the party that holds them: a protest outside one is aimed at it
# (PLOVER codes "rallied outside the US embassy" against the United States).
SEAT_NOUNS = frozenset({"embassy", "consulate", "ministry", "parliament", "headquarters",
                        "mission", "palace", "residence"})  # lemmas: "embassies" is "embassy"
# Prepositions that place a protest at a building.
AT_PREPS = frozenset({"outside", "at", "near", "before", "to", "toward", "towards"})
SEAT_PREPS = AT_PREPS | {"in"}


def seat_targets(index: ActorIndex, clause, sources=()) -> list[str]:
    """The party whose seat a protest was held at ("rallied outside the US embassy", "marched
    to the Russian consulate", "gathered in front of the French embassy"): a country actor in
    the phrase of a seat noun after a locative preposition of the protest's verb."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in SEAT_PREPS:
            continue
        if prep.lower_ == "in":  # "in front of the embassy": in -> front -> of -> embassy
            prep = next((p for c in prep.children for p in c.children
                         if c.lower_ == "front" and p.dep_ == "prep" and p.lower_ == "of"), None)
            if prep is None:
                continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lemma_.lower() not in SEAT_NOUNS:
                continue
            for token in sorted(phrase_tokens(pobj), key=lambda t: abs(t.i - pobj.i)):
                found = [a for a in _token_actor(index, token)
                         if index.country(a) and a not in sources]
                if found:
                    return found
    return []
