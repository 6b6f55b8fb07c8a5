"""The ``places`` stage: toponyms resolved to GeoNames, and place names used for governments.

Reads spaCy's entities and parse; writes ``work.places`` (each toponym as a :class:`Place`) and
``work.metonyms`` (capitals and countries standing for their government, for the actors stage).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from urllib.parse import urlparse

from ..geodesy import km
from ..model import Place
from ..pipeline import Metonym, Work, stage
from . import gazetteer as gazetteer_module
from .gazetteer import fold
from .lexicon import (CAPITALS, LARGE_FEATURE_WORDS, NOT_PLACES_UNQUALIFIED, NOT_PLACES_WITHOUT_LABEL,
                      SEAT_BUILDINGS, SEAT_NAMES)
from .metonymy import is_metonym, seat_buildings
from .recognize import ANCHOR_KM, embedded_mentions, find_mentions
from .resolve import resolve_mentions

_SEATS = {fold(name): alpha3 for alpha3, names in SEAT_NAMES.items() for name in names} | \
    {fold(name): alpha3 for name, alpha3 in SEAT_BUILDINGS.items()}


def _capital(gazetteer, country: str):
    """The GeoNames capital of a country of lexicon.CAPITALS (None for another country)."""
    name = CAPITALS.get(country)
    return next((e for e, own in gazetteer.lookup(name) if own and e.feature == "PPLC" and
                 e.country == country), None) if name else None

# Country-code top-level domains that name the publisher's country (alpha-2 → alpha-3 comes from
# the gazetteer's own countries; "uk" is GB's).
_TLD_ALIASES = {"uk": "GBR"}


def url_host(work: Work) -> str:
    """The host name of the article's URL ("" without one)."""
    url = work.document.url if work.document is not None else None
    return (urlparse(url if "//" in url else "//" + url).hostname or "") if url else ""


def publisher_country(work: Work) -> str | None:
    """The publisher's country from the article URL's country-code domain (".co.uk", ".ca")."""
    host = url_host(work)
    if not host:
        return None
    tld = host.rsplit(".", 1)[-1].lower()
    if tld in _TLD_ALIASES:
        return _TLD_ALIASES[tld]
    if len(tld) != 2:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=tld.upper())
    return country.alpha_3 if country else None


# A place name in the article's URL ("onlineathens.com", ".../dublin_news/...") must be a town of
# at least this many people and this many letters: below, words like "press" or "local" match
# hamlets. Set by hand on the LGL and TR-News dev sets.
URL_PLACE_MIN_POPULATION = 10_000
URL_PLACE_MIN_LETTERS = 5
URL_SLUG_WORDS = 3  # a path segment of this many words is a headline's slug ("dublin_news" is not)


def url_place_names(work: Work, gazetteer) -> list[str]:
    """Place names written in the article's URL: its host ("onlineathens.com") and path words."""
    url = work.document.url if work.document is not None else None
    if not url:
        return []
    parsed = urlparse(url if "//" in url else "//" + url)

    def is_town(name: str) -> bool:
        return len(name) >= URL_PLACE_MIN_LETTERS and \
            name not in NOT_PLACES_WITHOUT_LABEL | NOT_PLACES_UNQUALIFIED and any(
            primary and e.population >= URL_PLACE_MIN_POPULATION
            for e, primary in gazetteer.lookup(name))

    found: list[str] = []
    # Host labels run words together ("onlineathens", "columbuslocalnews"): a town's name that
    # starts or ends one counts.
    for label in (parsed.hostname or "").lower().split(".")[:-1]:
        for size in range(len(label), URL_PLACE_MIN_LETTERS - 1, -1):
            hit = next((part for part in (label[:size], label[-size:]) if is_town(part)), None)
            if hit:
                found.append(hit)
                break
    # Section folders ("/dublin_news/"), not the last segment, which is the headline's slug, nor
    # a slug before an index page ("/europe/eiffel-tower-paris-aleppo/index.html"): a headline's
    # words name what the story is about, not where its paper is.
    for segment in parsed.path.lower().split("/")[:-1]:
        if len(re.findall(r"[a-z]+", segment)) >= URL_SLUG_WORDS:
            continue
        found.extend(w for w in re.split(r"[^a-z]+", segment) if is_town(w))
    return found


# A first reading counts as an anchor for the second when it leads its runner-up by this much
# (a score margin of resolve.py; set on the dev sets' tune halves).
ANCHOR_MARGIN = 1.0


def local_anchors(resolutions) -> list[tuple[float, float]]:
    """Points of the towns and counties a first reading resolved with confidence."""
    return [(r.entry.lat, r.entry.lon) for r in resolutions
            if r.entry is not None and r.entry.feature in ("PPL", "PPLC", "ADM2") and
            r.margin >= ANCHOR_MARGIN]


def read_places(work: Work, gazetteer, explain: list | None = None):
    """The article's toponym mentions and their resolutions (``explain``: see resolve_mentions)."""
    publisher, url_names = publisher_country(work), url_place_names(work, gazetteer)
    host = url_host(work)
    asked: list = []
    mentions = find_mentions(work.text, work.entities, gazetteer, asked=asked)
    resolutions = resolve_mentions(work.text, mentions, gazetteer, publisher, url_names, explain,
                                   host)
    # Second reading: towns near the places just resolved are admitted on weaker evidence. It is
    # made only when it can change something (a town the first reading asked about lies near an
    # anchor), and the document is resolved again only when it did.
    anchors = local_anchors(resolutions)
    if any(km(e.lat, e.lon, lat, lon) <= ANCHOR_KM for e in asked for lat, lon in anchors):
        again = find_mentions(work.text, work.entities, gazetteer, anchors)
        if again != mentions:
            if explain is not None:
                explain.clear()
            mentions = again
            resolutions = resolve_mentions(work.text, mentions, gazetteer, publisher, url_names,
                                           explain, host)
    return mentions, resolutions


# What may stand between a street or village and the town named right after it: "Main St.,
# Springfield", "the Elm River in Milton", "Rowan Close, Ashby".
_HOST_GAP = re.compile(r"^\s*(?:,\s*|\s(?:in|at|near|outside|of)\s+(?:the\s+|downtown\s+)?)$")
HOST_FEATURES = ("PPL", "PPLC", "ADM2")


def host_places(work: Work, mentions, resolutions) -> dict:
    """Mention index → the gazetteer entry of the place an unresolved toponym lies in: the place
    named right after it ("Augusta St., Alexandria"); else, unless it is a sea, an island, a
    mountain range or the like, the nearest town or county of its sentence, else the town or
    county the article names most. None of these: no host."""
    resolved = [(i, m, r.entry) for i, (m, r) in enumerate(zip(mentions, resolutions))
                if r.entry is not None]
    local = [(i, m, e) for i, m, e in resolved if e.feature in HOST_FEATURES]
    if not any(r.entry is None for r in resolutions) or not resolved:
        return {}
    counts = Counter(e.geonameid for _, _, e in local)
    dominant = max(local, key=lambda x: (counts[x[2].geonameid], -x[0]))[2] if local else None
    sentences = [(s.start_char, s.end_char) for s in work.doc.sents] if work.doc is not None \
        else [(0, len(work.text))]
    out = {}
    for i, (m, r) in enumerate(zip(mentions, resolutions)):
        if r.entry is not None:
            continue
        after = next(((j, n, e) for j, n, e in resolved if j > i), None)
        if after and (after[2].feature in HOST_FEATURES or after[2].feature == "ADM1") and \
                _HOST_GAP.match(work.text[m.end:after[1].start]):
            out[i] = after[2]
            continue
        # A sea, an island or a mountain range need not lie in any town of the text ("Easter
        # Island" in a story that names Los Angeles): only a stated host.
        if m.text.split()[-1].lower() in LARGE_FEATURE_WORDS:
            continue
        sentence = next(((a, b) for a, b in sentences if a <= m.start < b), (m.start, m.end))
        same = [(abs(n.start - m.start), e) for _, n, e in local
                if sentence[0] <= n.start < sentence[1]]
        host = min(same, key=lambda x: x[0])[1] if same else dominant
        if host is not None:
            out[i] = host
    return out


def standalone_datelines(mentions, resolutions) -> list:
    """A bare dateline of a city datelines name alone ("WASHINGTON —"; lexicon.DATELINE_CITIES)
    is the largest town of its name in its country, and so are the name's other mentions that
    read as the dateline did: wire copy writes "WASHINGTON, Pa. —" for another Washington. Applied
    after the resolver, whose fit sees the mention's every reading."""
    out = list(resolutions)
    for mention, resolution in zip(mentions, resolutions):
        city = max((c for c, own in mention.candidates if own and c.country == mention.standalone
                    and c.feature in ("PPL", "PPLC")), key=lambda c: c.population, default=None) \
            if mention.standalone else None
        if city is None or resolution.entry == city:
            continue
        for i, other in enumerate(mentions):
            if fold(other.text) == fold(mention.text) and not other.typed and \
                    out[i].entry == resolution.entry:
                out[i] = dataclasses.replace(out[i], entry=city, margin=0.0)
    return out


# A town smaller than this that nothing of the article places (resolve.LOCAL_EVIDENCE) is taken
# for a place GeoNames lacks, in a story with local places of its own (unplaced_villages).
UNPLACED_VILLAGE_POPULATION = 20_000


def unplaced_villages(mentions, resolutions) -> list:
    """A village read by its size and country alone, far from the story's places, in a story that
    has towns or counties of its own read with confidence (``local_anchors``): mostly a namesake
    of a village near them that cities500 lacks ("Grantville" of a Pennsylvania paper read as a
    Georgia village), so no record; ``host_places`` then gives it the story's local point.
    Not a dateline's or a qualified or typed name's reading."""
    anchors = {fold(m.text) for m, r in zip(mentions, resolutions)
               if r.entry is not None and r.entry.feature in ("PPL", "PPLC", "ADM2") and
               r.margin >= ANCHOR_MARGIN and r.placed}
    out = list(resolutions)
    for i, (m, r) in enumerate(zip(mentions, resolutions)):
        if r.entry is not None and not r.placed and r.entry.feature == "PPL" and \
                r.entry.population < UNPLACED_VILLAGE_POPULATION and not m.typed and \
                not m.dateline and anchors - {fold(m.text)}:
            out[i] = dataclasses.replace(r, entry=None)
    return out


@stage("places", requires=("doc", "entities"), assigns=("places", "metonyms"),
       setup=gazetteer_module.load)
def find_places(work: Work) -> None:
    gazetteer = gazetteer_module.load()
    mentions, resolutions = read_places(work, gazetteer)
    resolutions = unplaced_villages(mentions, standalone_datelines(mentions, resolutions))
    places, metonyms = [], []
    hosts = host_places(work, mentions, resolutions)
    for i, (mention, resolution) in enumerate(zip(mentions, resolutions)):
        entry = resolution.entry
        if entry is None:
            # A toponym with no GeoNames entry (a street, a village): reported with the point of
            # the town it lies in when the text says which, marked approximate; else no point.
            host = hosts.get(i)
            places.append(Place(mention.start, mention.end, mention.text, None, None,
                                host.country if host else None,
                                round(host.lat, 5) if host else None,
                                round(host.lon, 5) if host else None, None, host is not None,
                                use_of(work, mention)))
            continue
        seat_country = _SEATS.get(fold(mention.text))
        seat = entry.feature == "PPLC" or seat_country is not None
        # A dateline says where the story was filed: never a government's name.
        if not mention.dateline and is_metonym(work.doc, mention.start, mention.end, entry, seat):
            country = seat_country or entry.country or ""
            # "Washington" stands for the capital's government even where the place reading
            # would be the state: the metonym points at the capital.
            capital = next((e for e, _ in mention.candidates
                            if e.feature == "PPLC" and e.country == country), None) or \
                _capital(gazetteer, country) or entry
            metonyms.append(Metonym(mention.start, mention.end, mention.text, country, "GOV",
                                    capital.geonameid))
            continue
        # A region of the project's table without a known GeoNames id: its point, id null.
        geonameid = entry.geonameid if entry.geonameid > 0 else None
        places.append(Place(mention.start, mention.end, mention.text, geonameid, entry.name,
                            entry.country, round(entry.lat, 5), round(entry.lon, 5), entry.feature,
                            use=use_of(work, mention)))
    # Seats that are a building or a street, standing for their government where the reading
    # above took no place of their name ("Whitehall has rejected", "the Elysee said").
    taken = [(p.start, p.end) for p in places] + [(m.start, m.end) for m in metonyms]
    for start, end, country in seat_buildings(work.doc, work.text, taken):
        capital = _capital(gazetteer, country)
        metonyms.append(Metonym(start, end, work.text[start:end], country, "GOV",
                                capital.geonameid if capital else None))
    metonyms.sort(key=lambda m: m.start)
    work.places = places
    work.metonyms = metonyms
    work.extra["embedded_places"] = embedded_places(work, gazetteer, mentions)


# Dependencies of a name that modifies a noun ("a Paris court", "Afghan officials").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def use_of(work: Work, mention) -> str:
    """``Place.use``: "embedded" for a name opening an organisation's ("Dublin City Council"),
    "modifier" for a name modifying a common noun ("a Paris court"), else "literal"."""
    if mention.embedded:
        return "embedded"
    span = work.doc.char_span(mention.start, mention.end, alignment_mode="expand") \
        if work.doc is not None else None
    if span is not None and len(span) and span.root.dep_ in _MODIFIER_DEPS and \
            span.root.head.pos_ == "NOUN" and span.root.head.i >= span.end:
        return "modifier"
    return "literal"


def embedded_places(work: Work, gazetteer, mentions) -> list[Place]:
    """Places named inside organisations' and buildings' names that the stage's own reading left
    to the name (recognize.embedded_mentions): resolved in the context of the article's places,
    whose own readings stay as they were, and reported with ``use`` "embedded". The other stages
    (actors, events) never read them."""
    extra = embedded_mentions(work.text, work.entities, gazetteer, mentions)
    if not extra:
        return []
    every = sorted([*mentions, *extra], key=lambda m: m.start)
    resolutions = resolve_mentions(work.text, every, gazetteer, publisher_country(work),
                                   url_place_names(work, gazetteer), None, url_host(work))
    extra_ids = {id(m) for m in extra}
    out = []
    for mention, resolution in zip(every, resolutions):
        entry = resolution.entry
        if entry is None or id(mention) not in extra_ids:
            continue
        out.append(Place(mention.start, mention.end, mention.text,
                         entry.geonameid if entry.geonameid > 0 else None, entry.name,
                         entry.country, round(entry.lat, 5), round(entry.lon, 5), entry.feature,
                         use="embedded"))
    return out
