"""The ``actors`` stage: who is who in the article, with every mention of each actor.

Mentions are found by :mod:`.mentions` (names, titles, descriptions, metonyms, pronouns),
grouped by :mod:`.coref`, and each group becomes one :class:`~dateline.model.Actor` with the
country, sector and roles the text gives it (the curated, dated lexicons fill in what the text
leaves out). Plural mentions of both parties of a meeting ("the two sides") are handed to the
events stage in ``work.extra["actors.both_parties"]``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ..model import Actor, Mention, Span
from ..pipeline import Work, stage
from . import cues
from .coref import Cluster, Resolver
from .known import corpus_roles, user_roles
from .lexicon import PersonEntry, lexicon
from .whoswho import COVERS_UNTIL as WHOSWHO_COVERS_UNTIL
from .whoswho import is_region, whoswho
from .mentions import FORMER, PERSON_NOUNS, Candidate, MentionFinder
from .publications import publication_names


# The places stage is optional: run before this one, its metonyms ("Washington said") and
# first-order divisions ("the state") are used; without it, capitals that act stand for their
# government by the stage's own rule and "the state" stays a description.
@stage("actors", requires=("doc", "entities"), assigns=("actors",))
def find_actors(work: Work) -> None:
    if work.doc is None or not work.text.strip():
        return
    lex = lexicon()
    meta = work.document
    publications = publication_names(meta.publisher, meta.url) if meta is not None else ()
    finder = MentionFinder(work.doc, lex, work.anchor, metonyms=work.metonyms,
                           publications=publications, places=work.places)
    candidates = finder.find()
    # A place name the mentions read as a person's surname ("her fiancée Ana Lima") is no place
    # of the article.
    places = [p for p in work.places or () if (p.start, p.end) not in finder.surnames]
    state_governments(candidates, places, work.doc, finder.sent_of)
    # The lemma of the word each mention depends on ("said" for the subject of "said").
    head_lemmas = {c.head: work.doc[c.head].head.lemma_.lower() for c in candidates}
    # A country named as a news agency's ("China's official Xinhua news agency", "the Chinese
    # news agency Xinhua") says whose agency it is, not what the article is about.
    agency = agency_countries(candidates, work.doc, finder.countries_seen + finder.nationalities_seen)
    finder.countries_seen[:] = [seen for seen in finder.countries_seen if seen[0] not in agency]
    finder.nationalities_seen[:] = [seen for seen in finder.nationalities_seen if seen[0] not in agency]
    agency_starts = {work.doc[k].idx for k in agency}  # where those country mentions start
    places = [p for p in places if p.start not in agency_starts]
    resolver = Resolver(candidates, lex, work.anchor, finder.countries_seen, head_lemmas,
                        finder.country_agents, finder.nationalities_seen, text=work.text)
    place_shared_chambers(candidates, places, resolver.dominant_country())
    # A group of pronouns alone has no antecedent: mentions without an actor, never an actor "he"
    # (only the unquoted I of a line no name is given to is one speaker, named "speaker").
    clusters = [cl for cl in resolver.resolve() if cl.unnamed_speaker or
                any(candidates[n].kind != "pronoun" for n in cl.members)]
    clusters.sort(key=lambda cl: min(candidates[n].start for n in cl.members))
    countries = {code for _, _, code in finder.countries_seen} | \
        {code for _, _, code in finder.nationalities_seen}
    # The countries of the article's named actors count too: "the incoming 116th United States
    # Congress ... a wall along the border with Mexico" is not an article about Mexico alone.
    # Not a news agency's or broadcaster's, which reports on other countries as often as its
    # own ("the Supreme Court rejected the appeal, the official Xinhua news agency reported" is
    # no Chinese court in an article from Kathmandu).
    named = {c.country for c in candidates if c.kind in ("name", "metonym") and c.country and
             c.sector != "MED" and c.head not in agency and c.start not in agency_starts}
    # A country's own named bodies (its Congress, its ministry) say whose article it is better
    # than a country named as a place ("a wall along the border with Mexico").
    bodies = {c.country for c in candidates if c.kind == "name" and c.country and
              c.actor_kind == "organization" and c.sector in NATIONAL_SECTORS}
    dominant = resolver.dominant_country() or (next(iter(bodies)) if len(bodies) == 1 else None) or \
        context_country(countries | named, places)
    seated: set[int] = set()
    inside: set[int] = set()
    local = local_countries(candidates, places, work.doc, finder.sent_of, finder.country_agents,
                            lex.demonym, lex.country, seated, text=finder.text, inside_of=inside)
    everywhere = {code for code in countries | named | {p.country for p in places if p.country}
                  if not is_region(code)}
    sole = next(iter(everywhere)) if len(everywhere) == 1 else None
    actors = [to_actor(f"a{n}", cl, candidates, lex, work.anchor, dominant, countries, local, seated,
                       sole, inside, everywhere)
              for n, cl in enumerate(clusters, 1)]
    if dominant is None:
        # No country from the text's own words: the one country of the named office holders the
        # dictionaries placed ("The Constitutional Court ruled against the government of
        # Vladimir Putin": RUS).
        held = {a.country for a in actors if a.country and a.kind == "person" and
                a.sector in NATIONAL_SECTORS and any(m.kind == "name" for m in a.mentions)}
        if len(held) == 1:
            # Only an actor left without a country can take it: the others are kept as built.
            dominant = held.pop()
            actors = [to_actor(a.id, cl, candidates, lex, work.anchor, dominant, countries, local, seated,
                               sole, inside, everywhere)
                      if a.country is None else a for a, cl in zip(actors, clusters)]
    actors = owned_by_office_holders(actors, clusters, candidates, dominant)
    work.actors = merge_same(served_leaders(actors, clusters, candidates, work.doc, dominant))
    if finder.both_parties:
        work.extra["actors.both_parties"] = both_parties(finder.both_parties, work.actors)


# Sectors of office holders who, named without a nationality, serve the country the article is
# about ("The Vice President, Mike Pence" in an article about the United States; "the Supreme
# Court" in an article about Pakistan).
NATIONAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# A named party or opposition organisation is of the article's country too ("the Democratic
# Party" in an article about the US); a person of the opposition may be a foreigner.
PARTY_SECTORS = frozenset({"OPP", "PTY"})
# Groups named by a common noun that, without a nationality, are of the article's country, as
# CAMEO codes them (KENCOP, KENOPP, KENCVL); soldiers, rebels, refugees and reporters are often
# foreign and are left without one.
LOCAL_GROUP_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "OPP", "CVL"})
# ... but a population named by a common noun ("people", "residents", "protesters", "the man")
# is of a country only when its own phrase or sentence places it ("people in Peshawar", "police
# in Nairobi fired at protesters"): an article about the United States may tell of people
# deported from Pakistan. Its country comes from `local_countries`, never from the article's.
CROWD_SECTORS = frozenset({"CVL", "REF"})
# Rebels and insurgents: of a country by their own phrase, or by their owner (`owned_by_office_holders`).
ARMED_SECTORS = frozenset({"REB", "INS"})
# Rebels and separatists: a dictionary region is no country of theirs, and one is found in the text.
REBEL_SECTORS = ARMED_SECTORS | {"SEP"}
# Students, workers and farmers named by a common noun are placed the same way ("students
# clashed with police in Dhaka": BGD EDU, as CAMEO codes them), never by the article's country.
MEMBER_SECTORS = frozenset({"EDU", "LAB", "AGR"})
# Bodies whose fighters, members and supporters named by their possessive ("its fighters") are
# coded as the body is (`owning_body`).
MEMBERED_SECTORS = cues.MEMBERED_SECTORS
CROWD_NOUNS = cues.CROWD_WORDS | {"activist", "dissident", "striker"}
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})


# How far back (in sentences) "the state" looks for the first-order division it is the
# government of (news names the state, then calls it "the state" in the next sentences).
STATE_WINDOW = 3


def state_governments(candidates: list[Candidate], places, doc, sent_of: dict[int, int]) -> None:
    """ "The governor of Louisiana declared a state of emergency for the state": a bare "the
    state" or "the province" is the government of the first-order division (GeoNames ADM1) named
    last before it, within a few sentences (``sent_of``: token index -> sentence number, as the
    mention finder numbers them)."""
    wanted = [c for c in candidates if c.kind == "description" and not c.country and
              c.possessor is None and c.text.lower() in ("the state", "the province")]
    if not wanted:
        return
    divisions = []
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand") if place.name else None
        if span is not None and (place.feature or "").startswith("ADM1"):
            divisions.append((place.start, sent_of[span.root.i], place))
    if not divisions:
        return
    for cand in wanted:
        before = [d for d in divisions if d[0] < cand.start]
        if not before:
            continue
        start, sent, place = before[-1]
        if cand.sent - sent > STATE_WINDOW:
            continue
        cand.key, cand.name = f"adm1:{place.geonameid or place.name}", place.name
        cand.country, cand.sector, cand.actor_kind = place.country, "GOV", "organization"


def crowd(cluster: Cluster, members: list[Candidate]) -> bool:
    """A population known by a common noun only: civilians, refugees, protesters (see
    CROWD_SECTORS)."""
    if any(c.kind in ("name", "metonym", "title") for c in members):
        return False
    if cluster.sector in CROWD_SECTORS:
        return True
    if cluster.sector in MEMBER_SECTORS and cluster.kind in (None, "group"):
        return True
    return cluster.sector == "OPP" and any(
        (c.head_word or "").lower().rstrip("s") in CROWD_NOUNS for c in members if c.kind == "description")


def agency_countries(candidates: list[Candidate], doc, seen) -> set[int]:
    """The first tokens of the country names and nationality adjectives among ``seen`` ((token,
    sentence, code)) that name a news agency's or broadcaster's country (a mention of sector MED):
    inside its phrase or depending on a word of it ("China's official Xinhua news agency")."""
    media = [(c.start, c.end) for c in candidates if c.sector == "MED" and c.kind in ("name", "description")]
    if not media:
        return set()
    out = set()
    for i, _, _ in seen:
        token = doc[i]
        if any(s <= token.idx < e or s <= token.head.idx < e for s, e in media):
            out.add(i)
    return out


def local_countries(candidates: list[Candidate], places, doc, sent_of: dict[int, int],
                    agents=frozenset(), demonym=lambda text: None,
                    country_name=lambda text: None, seated: set | None = None,
                    text: str | None = None, inside_of: set | None = None) -> dict[int, str]:
    """For each description (by candidate index): the country its own phrase or its sentence
    places it in: a place inside the phrase ("people in Peshawar"), else the one country of the
    places its sentence names, leaving out countries named as a subject or possessor ("Pakistan
    deported people" does not make them Pakistani). A named body is also placed by the place
    right after it ("the Supreme Court in Islamabad"); its index goes into ``seated``. A person's
    title only by a place inside it ("Catalonia's former leader": ESP). ``text``:
    the doc's text, when at hand (``Doc.text`` is rebuilt from the tokens on every call).
    ``inside_of``, when given, collects the indices placed by a place inside their phrase."""
    located = []  # (start, end, sentence, country)
    for place in places or ():
        if not place.country:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or any(t.i in agents for t in span) or \
                demonym(place.text) and not country_name(place.text):
            continue  # a demonym ("the Pakistani authorities") says whose, not where
        located.append((place.start, place.end, sent_of.get(span.root.i), place.country))
    out = {}
    text = doc.text if text is None else text
    for n, cand in enumerate(candidates):
        named_body = cand.kind == "name" and cand.actor_kind == "organization"
        if cand.country or not (named_body or cand.kind in ("description", "title")):
            continue
        # A place inside its own phrase places it ("people in Peshawar"; "the Florida
        # Legislature", "the Kabul police"); a named body only so, a description by its sentence too.
        inside = [code for s, e, _, code in located if cand.start <= s and e <= cand.end]
        # "the Supreme Court in Islamabad": where the body sits, right after its name
        seat = [code for s, _, _, code in located if named_body and s == cand.end + 4 and
                text[cand.end:s] == " in "] if named_body else []
        if inside:
            out[n] = inside[0]
            if inside_of is not None:
                inside_of.add(n)
        elif cand.kind == "title":
            continue  # a title only by a place inside it ("Catalonia's former leader")
        elif seat:
            out[n] = seat[0]
            if seated is not None:
                seated.add(n)
        elif not named_body:
            here = {code for _, _, sent, code in located if sent == cand.sent}
            if len(here) == 1:
                out[n] = here.pop()
    return out


def place_shared_chambers(candidates: list[Candidate], places, dominant: str | None) -> None:
    """The country of a chamber named as many countries name theirs ("the Senate") that its own
    phrase did not place: its default (the lexicon's, the United States) in an article that
    names that country or no country at all, in words or places; else the country the article
    is about (``dominant``), else the one country it names; else none."""
    shared = [c for c in candidates if c.default_country and not c.country]
    if not shared:
        return
    named = {c.country for c in candidates if c.country and not c.default_country and
             c.kind in ("name", "metonym", "title")} | {p.country for p in places or () if p.country}
    for cand in shared:
        if not named or cand.default_country in named:
            cand.country = cand.default_country
        else:
            cand.country = dominant or (next(iter(named)) if len(named) == 1 else None)


def context_country(countries: set[str], places) -> str | None:
    """The country of an article that names one country only ("Kenyan opposition leader ...
    the Supreme Court"), else, when it names none, the one country all its places are in
    ("NAIROBI - The Supreme Court ...")."""
    if len(countries) == 1:
        return next(iter(countries))
    if not countries:
        found = {p.country for p in places if p.country}
        if len(found) == 1:
            return found.pop()
    return None


def to_actor(actor_id: str, cluster: Cluster, candidates: list[Candidate], lex, on,
             dominant: str | None = None, countries=(), local=None, seated=frozenset(),
             sole: str | None = None, inside=frozenset(), everywhere=frozenset()) -> Actor:
    """``sole``: the one country the whole article names or places anything in, if one only;
    ``inside``: the candidates ``local`` places by a place inside their own phrase;
    ``everywhere``: the countries the article names or places anything in."""
    members = sorted((candidates[n] for n in cluster.members), key=lambda c: (c.start, c.end))
    mentions, seen = [], set()
    for cand in members:
        if (cand.start, cand.end) in seen:
            continue
        seen.add((cand.start, cand.end))
        mentions.append(Mention(cand.start, cand.end, cand.text, cand.kind))
    kind = cluster.kind or ("person" if any(c.kind == "pronoun" and c.gender in ("m", "f")
                                            for c in members) else "group")
    country, sector, organization = cluster.country, cluster.sector, cluster.organization
    roles = list(cluster.roles)
    name = actor_name(cluster, members, lex)
    named = any(c.kind == "name" for c in members)
    source = "text" if cluster.evidence and (country or sector) else None
    user, corpus = user_roles(), corpus_roles()
    known = user.get(name, on) if user and named else None
    if known is not None:  # the user's table overrides everything
        country, sector = known.country or country, known.sector or sector
        organization, source = known.organization or organization, "user"
    elif kind == "person":
        entry = None
        if named:
            entry = lex.person(name, on, countries, titled=bool(roles)) or (lex.office_holder(name.split()[-1], roles, on)
                                             if roles and name.split() else None)
            words = max((c.name_tokens for c in members if c.kind == "name"), key=len, default=())
            office = lex.title(words[0]) if len(words) > 1 and not roles and \
                words[0] in cues.LEADING_OFFICES else None
            if office is not None:
                # "King Fahd", which spaCy reads as one name: the office word is a title
                words = words[1:]
            if entry is None and (roles or office) and words:
                # "President Dos Santos", "Ousted President Askar Akayev": who held an office
                # of the title's sector then, among the article's countries if several did.
                held = sector or (office.sector if office else None)
                entry = lex.dated_person(list(words)[-2:] if len(words) > 2 else list(words),
                                         {held} if held else None, on, countries)
                if entry is not None and entry.country and (
                        country and entry.country != country or
                        not country and dominant and entry.country not in countries and
                        not rare_office_holder(words, entry, on, titled=True)):
                    # A namesake of another country: "Iranian Foreign Minister Ali Reza", or
                    # "Foreign Minister Ali Reza" in an article about Iran, is not the Saudi
                    # minister whose longer name ends in "Ali Reza". The title's country, or the
                    # country the article is about, beats a name matched by its last words;
                    # not a rare surname's office holder, as "Yeltsin said" below ("Iraq said
                    # President Bush was lying": USA, not Iraq's).
                    entry = None
            if entry is None and roles and on is not None and len(name.split()) == 1 and \
                    former_title(members):
                # "Former President Akayev", "ousted President Suharto": the one bearer of a rare
                # surname whose office of state ended by the date; of that country, no office now.
                found = whoswho().held_before(name, on, cues.RARE_OFFICE_SURNAME)
                if found is not None and (country is None or found[1].country == country):
                    entry = PersonEntry("", (), found[1].country, None, "", None, None, None,
                                        found[1].organization, "whoswho", True, left=True)
            if entry is None and not roles and len(name.split()) == 1:
                # "Yeltsin said", "Arafat agreed": the one person of that surname who held a
                # dated office then, if the surname is rare in the dictionaries or that person's
                # country is named in the article.
                entry = lex.dated_person([name.lower()], None, on, countries)
                if entry is not None and entry.country not in countries and \
                        not rare_office_holder([name.lower()], entry, on, titled=entry.country in everywhere):
                    # (a surname of a few bearers, one in office then, counts as titled where the
                    # article places something in that one's country: "Karimov met the envoy in
                    # Tashkent")
                    entry = None
                # "Maduro expelled the diplomat" (2019): the dictionaries' own one-word spelling.
                entry = entry or lex.spelled_alone(name, on)
        elif roles and (country or sector in NATIONAL_SECTORS and dominant):
            # "the president" of the article's country: its holder on that date.
            entry = lex.holder(roles[0], country or dominant, on)
            if entry is not None:
                # Named by the dated lexicon: one actor with the person the article names.
                name, source = entry.name, entry.source
        if entry is not None and entry.source == "whoswho" and entry.sector and \
                contradicted(entry.sector, members, lex):
            # "Acme hired a consultant, John Carter": the text says what this John Carter is, and
            # it is not the dictionaries' office: a namesake.
            entry = None
        if entry is not None and entry.resembled and country and entry.country != country:
            entry = None  # only like a dictionary's spelling, and the text says another country
        learned = corpus.get(name, on) if corpus and named and source != "text" else None
        if learned is not None and entry is not None and entry.left and learned.sector:
            # Out of an office the curated table ends (Lexicon.left_office): the corpus's role for
            # the name, learned from articles that recall the office ("President Obama" in 2020),
            # gives the country, not the office.
            learned = dataclasses.replace(learned, sector=None)
        if learned is not None and not (entry and entry.valid(on) and on and on <= WHOSWHO_COVERS_UNTIL):
            country, sector = country or learned.country, sector or learned.sector
            organization, source = organization or learned.organization, "corpus"
        elif entry is not None:
            covered = on is not None and on <= WHOSWHO_COVERS_UNTIL and entry.valid_from is not None
            # A title that names the opposition says its holder governs no longer: on a date the
            # dictionary does not cover, it beats an office it left open ("Opposition leader
            # Nawaz Sharif" in 2019: OPP, not the PAKGOV of 2013 that never ends there).
            opposition = sector == "OPP" and not covered and entry.source == "whoswho" and \
                any("opposition" in role.lower() for role in roles)
            if covered and entry.source == "whoswho" or sector in PARTY_SECTORS and not opposition and \
                    entry.sector in NATIONAL_SECTORS and entry.valid(on):
                # A dated office the dictionary covers on that date wins over the text; so does
                # an office held then over a party title ("Conservative Party leader Theresa
                # May" in 2018 governs).
                country, sector = entry.country or country, entry.sector or sector
            else:
                country, sector = country or entry.country, sector or entry.sector
            organization = organization or entry.organization
            source = source or entry.source
            if not roles and entry.role:
                roles.append(entry.role)
    if country and not sector and kind in ("country",):
        sector = "GOV"
    if sector in TRANSNATIONAL and kind != "person":
        country = None  # an international body has no country: CAMEO codes it by its sector
    if sector in REBEL_SECTORS and is_region(country):
        # "the Kosovo Liberation Army" (EEUREB), "the Real IRA" (WEUREB): the dictionaries give
        # the rebels' region, which is no country; the country comes from the text as for
        # rebels named by a common noun, else none (the Document carries no region).
        country = None
    own, seat = next(((local[n], n in seated) for n in sorted(cluster.members, key=lambda n: candidates[n].start)
                      if n in (local or {}) and candidates[n].kind == "name"), (None, False))
    titled = next((local[n] for n in sorted(cluster.members, key=lambda n: candidates[n].start)
                   if n in (local or {}) and candidates[n].kind == "title"), None)
    if seat and sector not in NATIONAL_SECTORS:
        own = None  # "Microsoft in Beijing" is no Chinese company; "the Supreme Court in Islamabad" is Pakistan's
    if kind == "organization" and not country and sector not in TRANSNATIONAL and own and (
            not countries or own in countries or seat):
        # "the Florida Legislature": the place its name holds, before the article's country,
        # unless the article names countries and not that one (a namesake place elsewhere:
        # "North Wales Police" is not of a Wales in the United States)
        country = own
    elif kind == "person" and not country and titled:
        # "Catalonia's former leader X": the country of the place the title names (a region,
        # a state), where no nationality or country word gave one.
        country = titled
    elif kind in ("person", "organization") and not country and dominant and (
            sector in NATIONAL_SECTORS and (roles or kind == "organization") or
            sector in PARTY_SECTORS and kind == "organization" and named or
            sector == "BUS" and kind == "person" and roles and
            all(c.employer is None for c in members)):
        # (a company's officer too: "Louis Gerstner Jr., chairman and chief executive officer",
        # in an article about the United States, is USA BUS as CAMEO codes business people; one
        # whose company the text names, "a vice president at Acme", is of its company's country)
        country = dominant
    elif kind in ("group", "person") and not country and crowd(cluster, members):
        # "people", "the protesters", "a woman": only from their own phrase or sentence.
        country = next((local[n] for n in sorted(cluster.members, key=lambda n: candidates[n].start)
                        if n in (local or {})), None)
    elif kind == "group" and not country and dominant and sector in LOCAL_GROUP_SECTORS:
        country = dominant  # "police", "officials" of the article's country
    elif kind in ("group", "organization") and not country and sector in REBEL_SECTORS:
        # "Separatists in Chechnya": the place inside their own phrase; "Maoist rebels attacked a
        # police post in western Nepal": the one country the article names or places anything
        # in. Not the country of their sentence, nor the one named most: rebels are often named
        # by a foreign government or army ("Insurgents killed two American soldiers near
        # Baghdad, the U.S. military said").
        # Named by a common noun, only rebels who act, as a subject ("an assortment of
        # guerrillas ... around the globe" are no one's).
        country = next((local[n] for n in sorted(cluster.members, key=lambda n: candidates[n].start)
                        if n in inside and candidates[n].kind == "description"), None) or (
            sole if named or any(c.subject for c in members if c.kind == "description") else None)
    evidence = tuple(Span(s, e, t) for s, e, t in cluster.evidence)
    return Actor(actor_id, name, kind, country, sector, tuple(roles), tuple(mentions),
                 organization, source, evidence)


def owned_by_office_holders(actors: list[Actor], clusters, candidates: list[Candidate],
                            dominant: str | None = None) -> list[Actor]:
    """A group or person of a national sector left without a country, or given only the country
    the article is about (``dominant``), that the text says is an office holder's or a state's
    ("Netanyahu told his ministers": ISR, by Netanyahu's country from the dictionaries), whatever
    other countries the article names or names most."""
    of_head = {candidates[n].head: k for k, cl in enumerate(clusters) for n in cl.members}
    out = []
    for actor, cl in zip(actors, clusters):
        # A rebel leader's or a rebel group's own fighters are theirs ("Chechen rebel leader
        # Aslan Maskhadov said his fighters ...": RUS REB), whoever else the article names.
        sectors = NATIONAL_SECTORS if actor.sector in NATIONAL_SECTORS and (
            actor.country is None or actor.country == dominant and cl.country is None) else \
            ARMED_SECTORS if actor.sector in ARMED_SECTORS and actor.country is None else None
        if sectors:
            owners = [actors[of_head[c.possessor]] for c in (candidates[n] for n in cl.members)
                      if c.kind == "description" and c.possessor in of_head]
            codes = {o.country for o in owners if o is not actor and o.country and
                     (o.kind in ("person", "country") or sectors is ARMED_SECTORS) and o.sector in sectors}
            if len(codes) == 1:
                actor = dataclasses.replace(actor, country=codes.pop())
        body = owning_body(actor, cl, candidates, actors, of_head)
        if body is not None:
            actor = dataclasses.replace(actor, country=body.country or actor.country,
                                        sector=body.sector or actor.sector)
        out.append(actor)
    return out


def served_leaders(actors: list[Actor], clusters, candidates: list[Candidate], doc,
                   dominant: str | None = None) -> list[Actor]:
    """A person the text calls a named leader's adviser, aide, spokesman or envoy ("Putin's envoy
    Sergei Prikhodko", "Uzi Arad, an adviser to Netanyahu", "Two top aides to Netanyahu,
    political adviser Uzi Arad and ...") with no country of their own, or only the one the
    article names most (``dominant``), takes the leader's country (and sector, when the text
    gives none). The leader: a person with a name and a country; one only."""
    of_head = {candidates[n].head: k for k, cl in enumerate(clusters) for n in cl.members}
    out = []
    for actor, cl in zip(actors, clusters):
        if actor.kind == "person" and (actor.country is None or actor.country == dominant and cl.country is None):
            served = {of_head.get(served_token(doc[candidates[n].head])) for n in cl.members
                      if candidates[n].kind in ("name", "title", "description")} - {None}
            leaders = {actors[k] for k in served if actors[k] is not actor and actors[k].kind == "person" and
                       actors[k].country and any(m.kind == "name" for m in actors[k].mentions)}
            codes = {(a.country, a.sector) for a in leaders}
            if len(codes) == 1:
                country, sector = codes.pop()
                if former_title([candidates[n] for n in cl.members]):
                    sector = None  # "Trump's former National Security Adviser John Bolton" serves no more
                actor = dataclasses.replace(actor, country=country, sector=actor.sector or sector)
        out.append(actor)
    return out


def served_token(tok) -> int | None:
    """The token of the one an aide noun serves (``cues.AIDE_NOUNS``): its possessor ("Putin's
    envoy"), the object of "to", "for" or "of" after it ("an aide to Putin"); for a word in
    apposition to that object, or joined to such a word ("aides to Netanyahu, political adviser
    Uzi Arad and military secretary Meir Kalifi", as the parser hangs it), that object."""
    if tok.lemma_.lower() in cues.AIDE_NOUNS:
        for child in tok.children:
            if child.dep_ == "poss":
                return child.i
            if child.dep_ == "prep" and child.lower_ in cues.AIDE_PREPOSITIONS:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj.i
    for _ in range(4):
        if tok.dep_ not in ("appos", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in cues.AIDE_PREPOSITIONS and \
                prep.head.tag_ == "NNS" and prep.head.lemma_.lower() in cues.AIDE_NOUNS:
            return tok.i
    return None


def owning_body(actor: Actor, cl, candidates: list[Candidate], actors: list[Actor],
                of_head: dict[int, int]) -> Actor | None:
    """The body whose own people a group is by a possessive ("The Taliban said its fighters
    ...": the Taliban; "the rebels said their commanders ..."): an organisation or group of an
    armed, party or opposition sector (MEMBERED_SECTORS), one only. Its members are coded as it
    is. Not a person or a state, whose people keep their own sector ("Iraq said its troops ..."
    are soldiers); nor an alliance ("NATO's newest members" are states), a government or a
    population ("the people vote for their members of Parliament")."""
    if actor.kind != "group":
        return None
    owners = {of_head[c.possessor] for c in (candidates[n] for n in cl.members)
              if c.kind == "description" and c.possessor in of_head and c.number == "pl" and
              cues.owned_member_noun((c.head_word or "-").split()[-1])}
    bodies = [actors[k] for k in owners if actors[k] is not actor and
              actors[k].kind in ("organization", "group") and actors[k].sector in MEMBERED_SECTORS]
    return bodies[0] if len(bodies) == 1 else None


def former_title(members: list[Candidate]) -> bool:
    """Whether a person's title or description says the office was left ("Former President",
    "ex-minister", "ousted President", "the late king": ``FORMER``)."""
    return any(c.former for c in members) or \
        any(word in FORMER for c in members if c.kind in ("title", "description")
            for word in re.findall(r"[a-z]+", c.text.lower()))


def rare_office_holder(words, entry, on: date | None, titled: bool = False) -> bool:
    """Whether the who's-who person ``entry`` found by a bare surname (``words``: one word) may be
    taken though the article does not name their country: the surname is rare in the
    dictionaries (``cues.RARE_SURNAME``: Yeltsin, Arafat; with a title of the office, as "Prime
    Minister Sharif", ``cues.RARE_OFFICE_SURNAME``) and the person held an office on the
    article's date ``on``, not an elite's dated code (a life before or between offices is as
    often a namesake's: "Hamilton, Ontario", "his daughter, Rosa" are no Irish judge, no
    Guinean). Undated, the last office the dictionaries give counts (its sector is not kept)."""
    most = cues.RARE_OFFICE_SURNAME if titled else cues.RARE_SURNAME
    return len(words) == 1 and whoswho().surname_count(words[0].lower()) <= most and \
        entry.sector != "ELI" and (entry.sector is not None or on is None)


def contradicted(sector: str, members: list[Candidate], lex) -> bool:
    """Whether the text calls a person by a common noun ("a consultant, John Carter") of no
    sector or another one than ``sector``, the office a dictionary entry of that name gives, and
    by none of that office's: a kin or sex noun ("her fiancée Ana Lima", "a man") says nothing
    of an office."""
    nouns = {noun for cand in members if cand.kind == "name" for noun in cand.described_as
             if noun not in cues.RELATIONAL_NOUNS and noun not in PERSON_NOUNS}
    if not nouns:
        return False
    sectors = set()
    for noun in nouns:
        title = lex.title(noun)
        sectors.add(title.sector if title is not None and title.sector else lex.agent_sector(noun))
    return sector not in sectors and not (sector in NATIONAL_SECTORS and sectors & NATIONAL_SECTORS)


def merge_same(actors: list[Actor]) -> list[Actor]:
    """One actor per name, kind and country: "the president" that the dated lexicon names
    "Joe Biden" is the Joe Biden the article names elsewhere. Ids are renumbered in text order."""
    merged: dict[tuple, Actor] = {}
    # An unnamed group whose sentence gave no country is the one group of that name that has one
    # ("protesters in Nairobi" ... "the protesters").
    placed: dict[tuple, set] = {}
    for actor in actors:
        if actor.kind == "group" and actor.country:
            placed.setdefault((actor.name.lower(), actor.kind), set()).add(actor.country)
    for n, actor in enumerate(actors):
        # Unnamed people stay apart (two "the man" may be two men); unnamed groups of one name
        # ("people", "police") are one actor of the article.
        named = any(m.kind == "name" for m in actor.mentions) or actor.role_source in ("lexicon", "whoswho")
        key = (actor.name.lower(), actor.kind, actor.country) if named or actor.kind == "group" else n
        if not named and actor.kind == "group" and not actor.country and \
                len(placed.get(key[:2], ())) == 1:
            key = (*key[:2], next(iter(placed[key[:2]])))
        first = merged.get(key)
        if first is None:
            merged[key] = actor
            continue
        mentions = tuple(sorted({(m.start, m.end): m for m in first.mentions + actor.mentions}.values(),
                                key=lambda m: (m.start, m.end)))
        merged[key] = dataclasses.replace(
            first, mentions=mentions, country=first.country or actor.country, roles=tuple(dict.fromkeys(first.roles + actor.roles)),
            sector=first.sector or actor.sector, organization=first.organization or actor.organization,
            role_source=first.role_source or actor.role_source,
            role_evidence=first.role_evidence + actor.role_evidence)
    ordered = sorted(merged.values(), key=lambda a: min((m.start for m in a.mentions), default=0))
    return [dataclasses.replace(a, id=f"a{n}") for n, a in enumerate(ordered, 1)]


def actor_name(cluster: Cluster, members: list[Candidate], lex) -> str:
    """The canonical lexicon name, else the longest name mention, else the first mention."""
    if cluster.canonical:
        return cluster.canonical
    names = [c.text for c in members if c.kind == "name"]
    if names:
        return balanced(longest_name(names))
    for c in members:
        if c.kind in ("description", "title", "metonym"):
            return balanced(description_name(c.text) if c.kind == "description" else c.text)
    return balanced(members[0].text)


def longest_name(names: list[str]) -> str:
    """The longest of a cluster's names that is not another of them hyphenated to a word:
    "the Trump-Biden debate" drawn into Biden's cluster must not name him."""
    distinct = set(names)
    own = [n for n in names if not any(o != n and (n.startswith(o + "-") or joined_after(n, o))
                                       for o in distinct)]
    return max(own or names, key=len)


def joined_after(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` hyphenated after another capitalised word ("Trump-Biden");
    a lower-case particle is part of the name ("Omar al-Bashir" is not "Bashir" joined)."""
    if not name.endswith("-" + other):
        return False
    before = name[:-len(other) - 1].split()
    return bool(before) and before[-1][:1].isupper()


def balanced(name: str) -> str:
    """A name without a quote mark or bracket the span cut off from its pair: '"woman' ->
    'woman', 'Free Trade Area (AfCFTA' -> 'Free Trade Area'."""
    if name.count("(") > name.count(")") and name.rfind("(") > 0:
        name = name[:name.rfind("(")].rstrip()
    if name.count('"') % 2 or name.count("\u201c") != name.count("\u201d"):
        for mark in ('"', "\u201c", "\u201d"):
            name = name.replace(mark, " ")
        name = " ".join(name.split())
    return name


# Words that open a description but are no part of what it names ("the people", "other people").
DETERMINERS = frozenset({"the", "a", "an", "other", "some", "many", "these", "those", "this", "that",
                         "all", "most", "several", "both", "such", "more", "few"})


def description_name(text: str) -> str:
    """The name of an actor known only by a description: "the people", "People" and "other
    people" are all "people"; a longer description keeps its words ("the Vice President")."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    if len(words) == 1:
        return words[0].lower()
    return " ".join(words)


def both_parties(spans, actors: list[Actor]) -> list[dict]:
    """For each "the two sides": the two non-person actors named last before it."""
    out = []
    for start, end, text in spans:
        latest = []
        for actor in actors:
            before = [m.start for m in actor.mentions if m.end <= start and m.kind != "pronoun"]
            if before and actor.kind != "person":
                latest.append((max(before), actor.id))
        latest.sort(reverse=True)
        out.append({"start": start, "end": end, "text": text,
                    "actors": [actor_id for _, actor_id in latest[:2]]})
    return out
