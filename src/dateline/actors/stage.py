"""The ``actors`` stage: who is who in the article, with every mention of each actor.

Mentions are found by :mod:`.mentions` (names, titles, descriptions, metonyms, pronouns),
grouped by :mod:`.coref`, and each group becomes one :class:`~dateline.model.Actor` with the
country, sector and roles the text gives it (the curated, dated lexicons fill in what the text
leaves out). Plural mentions of both parties of a meeting ("the two sides") are handed to the
events stage in ``work.extra["actors.both_parties"]``.
"""

from __future__ import annotations

from ..model import Actor, Mention
from ..pipeline import Work, stage
from .coref import Cluster, Resolver
from .lexicon import lexicon
from .mentions import Candidate, MentionFinder


@stage("actors", requires=("doc", "entities", "metonyms"), assigns=("actors",))
def find_actors(work: Work) -> None:
    if work.doc is None or not work.text.strip():
        return
    lex = lexicon()
    finder = MentionFinder(work.doc, lex, work.anchor, metonyms=work.metonyms)
    candidates = finder.find()
    # The lemma of the word each mention depends on ("said" for the subject of "said").
    head_lemmas = {c.head: work.doc[c.head].head.lemma_.lower() for c in candidates}
    resolver = Resolver(candidates, lex, work.anchor, finder.countries_seen, head_lemmas,
                        finder.country_agents, finder.nationalities_seen, text=work.text)
    # A group of pronouns alone has no antecedent: mentions without an actor, never an actor "he".
    clusters = [cl for cl in resolver.resolve()
                if any(candidates[n].kind != "pronoun" for n in cl.members)]
    clusters.sort(key=lambda cl: min(candidates[n].start for n in cl.members))
    dominant = resolver.dominant_country()
    work.actors = [to_actor(f"a{n}", cl, candidates, lex, work.anchor, dominant)
                   for n, cl in enumerate(clusters, 1)]
    if finder.both_parties:
        work.extra["actors.both_parties"] = both_parties(finder.both_parties, work.actors)


# Sectors of office holders who, named without a nationality, serve the country the article is
# about ("The Vice President, Mike Pence" in an article about the United States).
NATIONAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def to_actor(actor_id: str, cluster: Cluster, candidates: list[Candidate], lex, on,
             dominant: str | None = None) -> Actor:
    members = sorted((candidates[n] for n in cluster.members), key=lambda c: (c.start, c.end))
    mentions, seen = [], set()
    for cand in members:
        if (cand.start, cand.end) in seen:
            continue
        seen.add((cand.start, cand.end))
        mentions.append(Mention(cand.start, cand.end, cand.text, cand.kind))
    kind = cluster.kind or ("person" if any(c.kind == "pronoun" and c.gender in ("m", "f")
                                            for c in members) else "group")
    country, sector = cluster.country, cluster.sector
    roles = list(cluster.roles)
    name = actor_name(cluster, members, lex)
    if kind == "person":
        entry = lex.person(name, on) or (lex.office_holder(name.split()[-1], roles, on)
                                         if roles and name.split() else None)
        if entry is not None:
            country = country or entry.country
            sector = sector or entry.sector
            if not roles:
                roles.append(entry.role)
    if country and not sector and kind in ("country",):
        sector = "GOV"
    if kind == "person" and not country and sector in NATIONAL_SECTORS and roles and dominant:
        country = dominant
    return Actor(actor_id, name, kind, country, sector, tuple(roles), tuple(mentions))


def actor_name(cluster: Cluster, members: list[Candidate], lex) -> str:
    """The canonical lexicon name, else the longest name mention, else the first mention."""
    if cluster.canonical:
        return cluster.canonical
    names = [c.text for c in members if c.kind == "name"]
    if names:
        return max(names, key=len)
    for c in members:
        if c.kind in ("description", "title", "metonym"):
            return c.text
    return members[0].text


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
