"""The corpus store's schema as versioned migrations.

Each migration (SQL, or a function of the connection when SQL cannot express it) is applied
once, in order, inside one transaction, and recorded in ``schema_migrations``; a store opened by
a newer dateline is migrated forward on open. A migration is never edited after it has shipped:
a change to the schema is a new migration at the end of :data:`MIGRATIONS`. The tables are documented in ``docs/corpus.md``.
"""

from __future__ import annotations

# Articles and everything annotated in them. Child tables carry ``article_id``; spans carry
# ``start``/``end`` offsets into the article's ``text`` (kept inside ``document``).
_V1_ARTICLES = """
CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,   -- the input's id, else a hash of the input content
    seq           BIGINT NOT NULL,       -- ingest order (1, 2, …): the first copy is the original
    url           VARCHAR,
    title         VARCHAR,
    published     VARCHAR,               -- ISO 8601 as the Document gives it
    published_date DATE,
    publisher     VARCHAR,
    source_name   VARCHAR,               -- publisher, else the URL's host: what "N sources" counts
    source        VARCHAR,               -- where the input came from (file:line)
    language      VARCHAR,
    authors       VARCHAR[],
    text_length   INTEGER,
    n_entities    INTEGER, n_actors INTEGER, n_quotes INTEGER, n_timexes INTEGER,
    n_places      INTEGER, n_amounts INTEGER, n_events INTEGER,
    ok            BOOLEAN,               -- no error-level problem
    problems      VARCHAR[],             -- problem codes (E…/W…)
    duplicate_of  VARCHAR,               -- id of the original this article is a near-copy of
    similarity    DOUBLE,                -- estimated Jaccard similarity to that original
    story_id      BIGINT,
    minhash       UBIGINT[],             -- MinHash signature of the text's word shingles
    ingested_at   TIMESTAMP,
    document      VARCHAR                -- the whole Document as JSON
);
CREATE TABLE article_bands (             -- LSH buckets of the MinHash signatures
    band        SMALLINT,
    hash        UBIGINT,
    article_id  VARCHAR
);
CREATE TABLE actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    sector VARCHAR, roles VARCHAR[], n_mentions INTEGER
);
CREATE TABLE mentions (
    article_id VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR
);
CREATE TABLE quotes (
    article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR,
    speaker_text VARCHAR, speaker_actor VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR,
    speaker_sector VARCHAR, cue VARCHAR, published_date DATE
);
CREATE TABLE timexes (
    article_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR, value VARCHAR
);
CREATE TABLE places (
    article_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, geonameid BIGINT, name VARCHAR,
    country VARCHAR, lat DOUBLE, lon DOUBLE, feature VARCHAR
);
CREATE TABLE amounts (
    article_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, value DOUBLE, unit VARCHAR,
    approximate BOOLEAN, object VARCHAR
);
"""

# Events: one row per merged occurrence; event_mentions: one row per evidence span of an event
# in an article (its evidence sentence and each further mention the events stage listed).
_V1_EVENTS = """
CREATE TABLE events (
    id              BIGINT,
    type            VARCHAR, mode VARCHAR, context VARCHAR, cameo VARCHAR,
    quad_class      INTEGER, goldstein DOUBLE,
    date            VARCHAR,             -- TIMEX3 value of the first mention
    date_start      DATE, date_end DATE, -- the calendar interval the mentions agree on
    modality        VARCHAR,
    source_names    VARCHAR[], source_countries VARCHAR[], source_sectors VARCHAR[],
    target_names    VARCHAR[], target_countries VARCHAR[], target_sectors VARCHAR[],
    place_geonameid BIGINT, place_name VARCHAR, place_country VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_feature VARCHAR,
    n_mentions      INTEGER, n_articles INTEGER, n_sources INTEGER,
    first_seen      TIMESTAMP,           -- publication time of the earliest article reporting it
    first_article_id VARCHAR,
    confidence      DOUBLE,
    story_id        BIGINT
);
CREATE TABLE event_mentions (
    event_id        BIGINT,
    article_id      VARCHAR,
    event_index     INTEGER,             -- position of the event in the Document's events
    kind            VARCHAR,             -- evidence | mention
    type VARCHAR, mode VARCHAR, cameo VARCHAR, date VARCHAR, date_basis VARCHAR, modality VARCHAR,
    source_ids VARCHAR[], target_ids VARCHAR[],
    source_offset INTEGER, target_offset INTEGER, -- first mention of the first source/target actor
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    start INTEGER, "end" INTEGER, text VARCHAR,   -- the evidence span
    in_lead BOOLEAN,                     -- evidence in the article's first paragraph
    confidence DOUBLE,
    published       TIMESTAMP,
    source_name     VARCHAR
);
CREATE TABLE stories (
    id BIGINT PRIMARY KEY, title VARCHAR, first_date DATE, last_date DATE,
    n_articles INTEGER, n_events INTEGER, key_actors VARCHAR[], key_places VARCHAR[]
);
"""

# No secondary indexes: DuckDB's ART indexes live in memory and grow with the corpus, and its
# joins and filters scan columnar segments with min/max pruning fast enough without them (see
# benchmarks/bench_corpus.py). ``articles.id`` keeps its primary key: it makes a duplicate
# article impossible, whatever happens to an ingest.

# v2: near-duplicates are decided on containment (a truncated or padded copy keeps most of its
# shingles inside the other article), which needs each article's shingle count.
_V2_CONTAINMENT = """
ALTER TABLE articles ADD COLUMN n_shingles INTEGER;   -- distinct word 5-grams of the text
ALTER TABLE articles ADD COLUMN containment DOUBLE;   -- share of the smaller article inside the other
"""

# v3: what the event filters scan, denormalised into plain columns: a substring search over list
# columns costs 20x more than over one string (measured on 1M events, benchmarks/bench_corpus.py).
_V3_EVENT_SEARCH = """
ALTER TABLE events ADD COLUMN actor_text VARCHAR;     -- lower-cased source and target names, ' | '-joined
ALTER TABLE events ADD COLUMN country_text VARCHAR;   -- '|USA|AFG|': source and target countries
ALTER TABLE events ADD COLUMN source_text VARCHAR;    -- '|example news|wire|': who reported it
UPDATE events SET actor_text = lower(array_to_string(source_names || target_names, ' | ')),
                  country_text = '|' || array_to_string(source_countries || target_countries, '|') || '|';
UPDATE events SET source_text = s.names FROM (
    SELECT event_id, '|' || string_agg(DISTINCT lower(source_name), '|') || '|' AS names
    FROM event_mentions GROUP BY event_id) s
WHERE events.id = s.event_id;
"""

# v4: whether an actor is named in its article (a name mention, not only "we", "you", "people"):
# corpus-wide actor rankings count named actors.
_V4_NAMED_ACTORS = """
ALTER TABLE actors ADD COLUMN named BOOLEAN;
UPDATE actors SET named = EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = actors.article_id
                                  AND m.actor_id = actors.actor_id AND m.kind = 'name');
"""

def _v5_rehash_bands(con) -> None:
    """v5: LSH band hashes computed by a vectorised mix instead of one blake2b per band (12x
    faster); the stored buckets are recomputed from the stored signatures."""
    import numpy as np
    import pyarrow as pa

    from .dedup import band_hashes

    con.execute("DELETE FROM article_bands")
    last = 0
    while True:
        found = con.execute("SELECT seq, id, minhash FROM articles WHERE seq > ? AND minhash IS NOT NULL "
                            "ORDER BY seq LIMIT 5000", [last]).fetchall()
        if not found:
            return
        bands, hashes, ids = [], [], []
        for _, aid, sig in found:
            for b, h in enumerate(band_hashes(np.asarray(sig, dtype=np.uint64))):
                bands.append(b)
                hashes.append(h)
                ids.append(aid)
        con.register("rehashed", pa.table({"band": pa.array(bands, pa.int16()),
                                           "hash": pa.array(hashes, pa.uint64()),
                                           "article_id": pa.array(ids, pa.string())}))
        con.execute("INSERT INTO article_bands SELECT * FROM rehashed")
        con.unregister("rehashed")
        last = found[-1][0]


# v6: the start of each article's text beside the JSON, so threading stories does not parse
# every Document again.
_V6_LEAD = """
ALTER TABLE articles ADD COLUMN lead VARCHAR;          -- the first 600 characters of the text
UPDATE articles SET lead = substr(json_extract_string(document, '$.text'), 1, 600);
"""

# v7: the organisation code of international actors, and the roles the corpus learned from the
# text (a title or apposition gave a person's country and sector), which later articles use when
# they name the person bare (src/dateline/actors/known.py).
_V7_ACTOR_ROLES = """
ALTER TABLE actors ADD COLUMN IF NOT EXISTS organization VARCHAR;
CREATE TABLE IF NOT EXISTS actor_roles (
    name VARCHAR, country VARCHAR, sector VARCHAR, organization VARCHAR,
    first_seen DATE, last_seen DATE, n_articles INTEGER,
    evidence_ids VARCHAR[]   -- the first articles whose text gave the role (at most 20)
);
"""


def _v8_story_terms(con) -> None:
    """v8: each original article's story vector (its top TF-IDF terms), so that adding a batch
    threads stories by looking up the batch's terms instead of re-reading the corpus (see
    ``corpus.stories``). The stored articles' vectors are computed here; their stories stay."""
    from .stories import add_vectors

    con.execute("CREATE TABLE IF NOT EXISTS story_terms "
                "(seq BIGINT, term VARCHAR, weight DOUBLE, published_date DATE)")
    con.execute("DELETE FROM story_terms")
    add_vectors(con, "SELECT seq FROM articles")


# v9: the intended action of a statement of intent (Event.intended: "promised aid" is an AGREE
# whose intended is AID), so that the store can be asked for promised aid; filled from the stored
# Documents.
_V9_INTENDED = """
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS intended VARCHAR;
UPDATE event_mentions SET intended = json_extract_string(a.document,
    '$.events[' || event_mentions.event_index || '].intended')
FROM articles a WHERE a.id = event_mentions.article_id;
"""

# v10: which finder made each event (the Document's ``Event.origin``, sixth session): "pattern" for
# the dependency patterns, "model" for an event the sentence model proposed (events/propose.py), so
# an analyst can keep or leave out the proposals in SQL. Stores written before it hold pattern
# events only, which the backfill gives them where the stored Document has no origin.
_V10_ORIGIN = """
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS origin VARCHAR;
UPDATE event_mentions SET origin = coalesce(json_extract_string(a.document,
    '$.events[' || event_mentions.event_index || '].origin'), 'pattern')
FROM articles a WHERE a.id = event_mentions.article_id;
"""

# v11: how the text uses each place name (the Document's ``Place.use``, 2026-12-05): "literal",
# "modifier" ("a Paris court") or "embedded" (inside an organisation's or building's name: "the
# University of Texas"), so the map and SQL can keep a name that is part of another name apart.
# Rows written before it get "literal": their Documents were annotated before the field existed,
# so a modifier among them is told apart only when the article is annotated again.
_V11_PLACE_USE = """
ALTER TABLE places ADD COLUMN IF NOT EXISTS use VARCHAR;
UPDATE places SET use = 'literal' WHERE use IS NULL;
"""

# v12: a hash of the input each article was stored from (``corpus.ingest.input_hash``: the raw
# content and the record fields the cleaner reads), so that a re-ingest tells an unchanged record
# stored under an id made from its address or title by one lookup instead of cleaning it again to
# compare its text (robust20). Articles stored before it have none (NULL): such a record is
# cleaned and compared once more, and its hash filled in when its text is unchanged.
_V12_INPUT_HASH = """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS input_hash VARCHAR;
"""

# v13: the key an article's address has today (``ingest.fields.address_id`` of ``url``: what
# ``Store.stored_at_addresses`` looks addresses up by, one equality join), filled at insert; "" for an
# address that names no article. Articles stored before it have none (NULL) and get theirs on the
# store's first lookup (robmend20: robust20 matched the stored rows on their path and worked out the
# key of every match on every call, O(stored x new) on a site of ``article.php?id=N``).
_V13_ADDRESS_KEY = """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS address_key VARCHAR;
"""

# v14: the store's settings, one value a name. ``address_key_rules``: the version of the rules
# ``articles.address_key`` was worked out with (``ingest.fields.ADDRESS_KEY_RULES``); a store whose
# keys were made under other rules has them set to NULL on its next writable open and worked out
# again (``Store._check_address_keys``). Keys stored under v13 were made with rules 1, the first.
_V14_SETTINGS = """
CREATE TABLE IF NOT EXISTS store_settings (name VARCHAR PRIMARY KEY, value VARCHAR);
INSERT INTO store_settings VALUES ('address_key_rules', '1') ON CONFLICT DO NOTHING;
"""


MIGRATIONS: list[tuple[int, str, object]] = [
    (1, "articles, annotations, events, stories", _V1_ARTICLES + _V1_EVENTS),
    (2, "articles.n_shingles and articles.containment for near-duplicates", _V2_CONTAINMENT),
    (3, "events.actor_text, country_text and source_text for fast filters", _V3_EVENT_SEARCH),
    (4, "actors.named", _V4_NAMED_ACTORS),
    (5, "article_bands rehashed", _v5_rehash_bands),
    (6, "articles.lead", _V6_LEAD),
    (7, "actors.organization and actor_roles", _V7_ACTOR_ROLES),
    (8, "story_terms: story vectors for incremental threading", _v8_story_terms),
    (9, "event_mentions.intended", _V9_INTENDED),
    (10, "event_mentions.origin", _V10_ORIGIN),
    (11, "places.use", _V11_PLACE_USE),
    (12, "articles.input_hash", _V12_INPUT_HASH),
    (13, "articles.address_key", _V13_ADDRESS_KEY),
    (14, "store_settings (address_key_rules)", _V14_SETTINGS),
]

LATEST = MIGRATIONS[-1][0]

# Tables that hold one article's rows, cleared and refilled together.
ARTICLE_TABLES = ("actors", "mentions", "quotes", "timexes", "places", "amounts")
