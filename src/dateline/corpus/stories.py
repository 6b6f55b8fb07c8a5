"""Stories: articles and their events threaded over time.

Two articles are in one story when any of these holds:

1. one is a near-copy of the other (``duplicate_of``);
2. they report one merged event (an ``events`` row with mentions from both), each at or above the
   events model's default threshold (:func:`shown_confidence`);
3. both have a publication date, they were published within :data:`rules.STORY_WINDOW_DAYS` of
   each other, and the cosine of their story vectors (:mod:`.story_vectors`: TF-IDF of title,
   lead, actor and place names) reaches :data:`rules.STORY_SIMILARITY`.

Stories are the connected components of these links (single link, so a story that runs for
months is threaded through its intermediate articles). A story's id is the ``seq`` of its first
article, so ids stay stable when later ingests add articles to it.

Each link depends on the two articles only (the vectors' weights come from a fixed background,
not from the corpus), so the components do not depend on the order articles arrive in.
:func:`build_stories` is therefore incremental: it threads the articles that have no story yet
(``story_id IS NULL``: those of the last ingest, or of a run killed before this step) by looking
up their links — their copies, the other articles of their events, and the stored vectors that
share a term within the time window (``story_terms``) — and rewrites only the stories they touch.
Its cost follows the batch, not the corpus. ``rebuild=True`` (``dateline rebuild-stories``)
forgets every story and threads the whole corpus again, page by page, with the same code.
"""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa

from . import rules
from .store import Store
from .story_vectors import article_terms, terms, vector  # noqa: F401  (terms: public helper)

# Articles threaded per transaction: bounds the memory of a rebuild (and of a huge first ingest).
PAGE = 2000


class UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller seq (the earlier article) stays the root: it names the story
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo


def build_stories(store: Store, page: int = PAGE, rebuild: bool = False) -> int:
    """Thread the articles without a story into stories (all of them with ``rebuild``); write
    ``stories``, ``articles.story_id`` and ``events.story_id``. Returns the number of stories."""
    con = store.con
    if rebuild:
        with store.transaction():
            con.execute("UPDATE articles SET story_id = NULL")
            con.execute("UPDATE events SET story_id = NULL")
            con.execute("DELETE FROM story_terms")
            con.execute("DELETE FROM stories")
    last = 0
    while True:
        seqs = [r[0] for r in con.execute(
            "SELECT seq FROM articles WHERE story_id IS NULL AND seq > ? ORDER BY seq LIMIT ?",
            [last, page]).fetchall()]
        if not seqs:
            break
        with store.transaction():
            _thread(con, seqs)
        last = seqs[-1]
    if rebuild:
        store.compact(force=True)  # every story row was deleted and written again
    return con.execute("SELECT count(*) FROM stories").fetchall()[0][0]


def _thread(con, seqs: list[int]):
    """Thread the articles ``seqs`` (no story yet) into the stored stories: one transaction."""
    con.register("story_new", pa.table({"seq": pa.array(seqs, pa.int64())}))
    try:
        add_vectors(con, "SELECT seq FROM story_new")
        pairs = _links(con)
    finally:
        con.unregister("story_new")
    # current story of every article involved: its stored story, or itself when new
    involved = {s for pair in pairs for s in pair} | set(seqs)
    story_of = _stories_of(con, involved)
    links = UnionFind()
    for s in seqs:
        links.find(story_of.get(s) or s)
    for a, b in pairs:
        links.union(story_of.get(a) or a, story_of.get(b) or b)
    # stories renamed (merged into an earlier one) and new articles: their new story ids
    renamed = {old: links.find(old) for old in {v for v in story_of.values() if v}
               if links.find(old) != old}
    assign = {s: links.find(story_of.get(s) or s) for s in seqs}
    touched = set(assign.values()) | set(renamed.values())
    if renamed:
        con.register("story_renamed", pa.table({"old": pa.array(list(renamed), pa.int64()),
                                                "new": pa.array(list(renamed.values()), pa.int64())}))
        try:
            con.execute("UPDATE articles SET story_id = r.new FROM story_renamed r "
                        "WHERE articles.story_id = r.old")
            con.execute("UPDATE events SET story_id = r.new FROM story_renamed r "
                        "WHERE events.story_id = r.old")
            con.execute("DELETE FROM stories WHERE id IN (SELECT old FROM story_renamed)")
        finally:
            con.unregister("story_renamed")
    con.register("story_assign", pa.table({"seq": pa.array(list(assign), pa.int64()),
                                           "story_id": pa.array(list(assign.values()), pa.int64())}))
    try:
        con.execute("UPDATE articles SET story_id = s.story_id FROM story_assign s WHERE articles.seq = s.seq")
    finally:
        con.unregister("story_assign")
    con.register("story_touched", pa.table({"id": pa.array(sorted(touched), pa.int64())}))
    try:
        # an event belongs to the story of its first article (which a new mention may change)
        con.execute("""
            UPDATE events SET story_id = a.story_id FROM articles a
            WHERE a.id = events.first_article_id AND a.story_id IN (SELECT id FROM story_touched)
              AND events.story_id IS DISTINCT FROM a.story_id""")
        con.execute("DELETE FROM stories WHERE id IN (SELECT id FROM story_touched)")
        con.execute(_STORIES_SQL)
    finally:
        con.unregister("story_touched")


def add_vectors(con, selected: str):
    """Store the vectors of the articles whose seq ``selected`` (a SQL query) returns, for
    those that are originals and have a publication date."""
    # the actors' and places' names of these articles only (a correlated subquery would group the
    # whole tables: a cost that grows with the corpus)
    found = con.execute(f"""
        WITH new AS (SELECT a.seq, a.id, a.published_date, coalesce(a.title, '') AS title,
                            coalesce(a.lead, '') AS lead
                     FROM articles a WHERE a.seq IN ({selected})
                       AND a.duplicate_of IS NULL AND a.published_date IS NOT NULL),
        x AS (SELECT article_id, string_agg(name, ' ' ORDER BY name) AS names FROM actors
              WHERE named AND article_id IN (SELECT id FROM new) GROUP BY article_id),
        p AS (SELECT article_id, string_agg(name, ' ' ORDER BY name) AS names FROM places
              WHERE name IS NOT NULL AND article_id IN (SELECT id FROM new) GROUP BY article_id)
        SELECT new.seq, new.published_date, new.title, new.lead, x.names, p.names
        FROM new LEFT JOIN x ON x.article_id = new.id LEFT JOIN p ON p.article_id = new.id""").fetchall()
    columns = {"seq": [], "term": [], "weight": [], "published_date": []}
    for seq, published, title, lead, actor_names, place_names in found:
        for term, weight in vector(article_terms(title, lead, actor_names, place_names)).items():
            columns["seq"].append(seq)
            columns["term"].append(term)
            columns["weight"].append(weight)
            columns["published_date"].append(published)
    if not columns["seq"]:
        return
    con.register("story_vectors", pa.table({"seq": pa.array(columns["seq"], pa.int64()),
                                            "term": pa.array(columns["term"], pa.string()),
                                            "weight": pa.array(columns["weight"], pa.float64()),
                                            "published_date": pa.array(columns["published_date"], pa.date32())}))
    try:
        con.execute("INSERT INTO story_terms SELECT seq, term, weight, published_date FROM story_vectors")
    finally:
        con.unregister("story_vectors")


def _links(con) -> list[tuple[int, int]]:
    """Pairs (new article, other article) that are one story."""
    pairs = con.execute("""
        SELECT a.seq, o.seq FROM articles a JOIN story_new n ON n.seq = a.seq
        JOIN articles o ON o.id = a.duplicate_of""").fetchall()
    # Only events both articles report at or above the events model's threshold (what the events
    # views show): a doubtful mention merged into a doubtful event ("He received criticism for
    # the move" and an air-crash investigation, both USA GOV, a day apart) would otherwise thread
    # unrelated articles together, and every article linked to either with them.
    floor = shown_confidence()
    pairs += con.execute("""
        WITH mine AS (SELECT DISTINCT m.event_id, a.seq FROM event_mentions m
                      JOIN articles a ON a.id = m.article_id JOIN story_new n ON n.seq = a.seq
                      WHERE m.confidence >= ?)
        SELECT DISTINCT mine.seq, a.seq FROM mine JOIN event_mentions m ON m.event_id = mine.event_id
        JOIN articles a ON a.id = m.article_id WHERE a.seq <> mine.seq AND m.confidence >= ?""",
                         [floor, floor]).fetchall()
    # Joined on the term and a window-sized date bucket (each new article's term looks in the
    # buckets before, of and after its date): joined on the term alone, every stored article that
    # ever used the term came through before the date filter, a cost that grew with the corpus
    # (4.5x less on a 1,000-article batch into 10,000, benchmarks/speed_corpus.py).
    window = int(rules.STORY_WINDOW_DAYS)
    pairs += con.execute(f"""
        WITH p AS (
            SELECT t.seq, t.term, t.weight, t.published_date,
                   (t.published_date - DATE '1970-01-01') // {window} + o.k AS bucket
            FROM story_terms t JOIN story_new n ON n.seq = t.seq
            CROSS JOIN (VALUES (-1), (0), (1)) o(k))
        SELECT p.seq, s.seq FROM p JOIN story_terms s ON s.term = p.term
         AND (s.published_date - DATE '1970-01-01') // {window} = p.bucket AND s.seq <> p.seq
         AND s.published_date BETWEEN p.published_date - INTERVAL {window} DAY
                                  AND p.published_date + INTERVAL {window} DAY
        GROUP BY p.seq, s.seq HAVING sum(p.weight * s.weight) >= {rules.STORY_SIMILARITY - 1e-9}""").fetchall()
    return pairs


def shown_confidence() -> float:
    """The events model's default threshold: the confidence at which the events views show an
    event, and at which a shared event links two articles."""
    from ..events.learned import default_threshold

    return default_threshold()


def _stories_of(con, seqs: set[int]) -> dict[int, int | None]:
    con.register("story_involved", pa.table({"seq": pa.array(sorted(seqs), pa.int64())}))
    try:
        return dict(con.execute("SELECT a.seq, a.story_id FROM articles a "
                                "JOIN story_involved i ON i.seq = a.seq").fetchall())
    finally:
        con.unregister("story_involved")


# The rows of the touched stories (``story_touched``), recomputed from their members.
_STORIES_SQL = """
    INSERT INTO stories
    WITH members AS (
        SELECT story_id, id, title, seq, published_date FROM articles
        WHERE story_id IN (SELECT id FROM story_touched)),
    heads AS (
        SELECT story_id, arg_min(title, seq) FILTER (WHERE title IS NOT NULL) AS title,
               min(published_date) AS first_date, max(published_date) AS last_date,
               count(*) AS n_articles
        FROM members GROUP BY story_id),
    evs AS (SELECT story_id, count(*) AS n_events FROM events
            WHERE story_id IN (SELECT id FROM story_touched) GROUP BY story_id),
    top_actors AS (
        SELECT story_id, list(name ORDER BY n DESC, name)[1:5] AS key_actors FROM (
            SELECT m.story_id, x.name, count(DISTINCT x.article_id) AS n
            FROM actors x JOIN members m ON m.id = x.article_id WHERE x.named
            GROUP BY ALL) GROUP BY story_id),
    top_places AS (
        SELECT story_id, list(name ORDER BY n DESC, name)[1:5] AS key_places FROM (
            SELECT m.story_id, p.name, count(DISTINCT p.article_id) AS n
            FROM places p JOIN members m ON m.id = p.article_id
            WHERE p.name IS NOT NULL GROUP BY ALL) GROUP BY story_id)
    SELECT h.story_id, h.title, h.first_date, h.last_date, h.n_articles,
           coalesce(e.n_events, 0), coalesce(a.key_actors, []), coalesce(p.key_places, [])
    FROM heads h LEFT JOIN evs e USING (story_id) LEFT JOIN top_actors a USING (story_id)
    LEFT JOIN top_places p USING (story_id)"""
