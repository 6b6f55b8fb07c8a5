"""Stories: articles and their events threaded over time.

Two articles are in one story when any of these holds:

1. one is a near-copy of the other (``duplicate_of``);
2. they report one merged event (an ``events`` row with mentions from both);
3. they were published within :data:`rules.STORY_WINDOW_DAYS` of each other and the TF-IDF
   cosine of their leads (title, first paragraph, actor and place names) reaches
   :data:`rules.STORY_SIMILARITY`.

Stories are the connected components of these links (single link, so a story that runs for
months is threaded through its intermediate articles). A story's id is the ``seq`` of its first
article, so ids stay stable when later ingests add articles to it. :func:`build_stories`
recomputes all of them in one transaction; it streams the articles in date order and keeps only
the window's vectors in memory besides one integer per article.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict, deque
from datetime import timedelta
from functools import lru_cache

import pyarrow as pa

from . import rules
from .store import Store

_WORD = re.compile(r"[^\W\d_][\w'-]{2,}", re.UNICODE)

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


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | rules.STORY_STOPWORDS


def terms(text: str) -> list[str]:
    stop = _stop_words()
    words = (w.lower().strip("'-") for w in _WORD.findall(text))
    return [w for w in words if w not in stop and len(w) > 2]


# One row per original article (copies are already threaded through ``duplicate_of``), numbered
# in publication order; built once per rebuild so the Documents' JSON is never parsed here.
_FEATURES_SQL = """
    CREATE OR REPLACE TEMP TABLE story_features AS
    SELECT row_number() OVER (ORDER BY a.published_date NULLS LAST, a.seq) AS ord,
           a.seq, a.published_date, a.duplicate_of, coalesce(a.title, '') AS title,
           coalesce(a.lead, '') AS lead, x.names AS actor_names, p.names AS place_names
    FROM articles a
    LEFT JOIN (SELECT article_id, string_agg(name, ' ') AS names FROM actors WHERE named
               GROUP BY article_id) x ON x.article_id = a.id
    LEFT JOIN (SELECT article_id, string_agg(name, ' ') AS names FROM places WHERE name IS NOT NULL
               GROUP BY article_id) p ON p.article_id = a.id
    WHERE a.duplicate_of IS NULL"""


def _article_terms(row) -> Counter:
    seq, published, title, lead, actor_names, place_names = row
    bag = Counter(terms(lead))
    for w in terms(title):
        bag[w] += 2  # the headline says what the story is
    for w in terms((actor_names or "") + " " + (place_names or "")):
        bag[w] += 1
    return bag


def build_stories(store: Store, page: int = 2000) -> int:
    """Recompute every story and write ``stories``, ``articles.story_id`` and ``events.story_id``.
    Returns the number of stories."""
    con = store.con
    seq_of = dict(con.execute("SELECT id, seq FROM articles").fetchall())
    links = UnionFind()
    for aid, original in con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall():
        if original in seq_of:
            links.union(seq_of[aid], seq_of[original])
    for (seqs,) in con.execute("""
            SELECT list(DISTINCT a.seq) FROM event_mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY m.event_id HAVING count(DISTINCT m.article_id) > 1""").fetchall():
        for s in seqs[1:]:
            links.union(seqs[0], s)
    _link_by_content(con, links, page)

    # components → stories
    members: dict[int, list[int]] = defaultdict(list)
    for seq in seq_of.values():
        members[links.find(seq)].append(seq)
    story_of = {seq: root for root, seqs in members.items() for seq in seqs}
    del seq_of
    with store.transaction():
        con.register("story_links", pa.table({"seq": pa.array(list(story_of), pa.int64()),
                                              "story_id": pa.array(list(story_of.values()), pa.int64())}))
        try:
            con.execute("UPDATE articles SET story_id = s.story_id FROM story_links s WHERE articles.seq = s.seq")
        finally:
            con.unregister("story_links")
        con.execute("""UPDATE events SET story_id = a.story_id FROM articles a
                       WHERE a.id = events.first_article_id""")
        con.execute("DELETE FROM stories")
        con.execute("""
            INSERT INTO stories
            WITH members AS (
                SELECT story_id, id, title, seq, published_date, duplicate_of FROM articles),
            heads AS (
                SELECT story_id, arg_min(title, seq) FILTER (WHERE title IS NOT NULL) AS title,
                       min(published_date) AS first_date, max(published_date) AS last_date,
                       count(*) AS n_articles
                FROM members GROUP BY story_id),
            evs AS (SELECT story_id, count(*) AS n_events FROM events GROUP BY story_id),
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
            LEFT JOIN top_places p USING (story_id)""")
    return len(members)


def _link_by_content(con, links: UnionFind, page: int):
    """Link articles whose leads are similar and that are close in time (inverted index over the
    articles of the sliding window)."""
    con.execute(_FEATURES_SQL)
    try:
        # document frequencies over the corpus
        df: Counter = Counter()
        n = 0
        for rows in _pages(con, page):
            for row in rows:
                df.update(_article_terms(row).keys())
                n += 1
        if n < 2:
            return
        idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        del df
        _link_window(con, links, idf, page)
    finally:
        con.execute("DROP TABLE IF EXISTS story_features")


def _link_window(con, links: UnionFind, idf: dict[str, float], page: int):
    """The sliding window, in publication order: vectors and an inverted index of its articles."""
    window: deque = deque()  # (published_date, seq, vector)
    postings: dict[str, dict[int, float]] = defaultdict(dict)
    span = timedelta(days=rules.STORY_WINDOW_DAYS)
    for rows in _pages(con, page):
        for row in rows:
            seq, published = row[0], row[1]
            vector = _vector(_article_terms(row), idf)
            while window and published and window[0][0] and window[0][0] < published - span:
                _, old, old_vec = window.popleft()
                for t in old_vec:
                    postings[t].pop(old, None)
                    if not postings[t]:
                        del postings[t]
            scores: dict[int, float] = defaultdict(float)
            for t, w in vector.items():
                for other, w2 in postings.get(t, {}).items():
                    scores[other] += w * w2
            for other, score in scores.items():
                if score >= rules.STORY_SIMILARITY:
                    links.union(seq, other)
            if published is not None:
                window.append((published, seq, vector))
                for t, w in vector.items():
                    postings[t][seq] = w


def _vector(bag: Counter, idf: dict[str, float]) -> dict[str, float]:
    """The unit TF-IDF vector of the article's top terms."""
    weights = {t: (1 + math.log(c)) * idf.get(t, 1.0) for t, c in bag.items()}
    if len(weights) > rules.STORY_TOP_TERMS:
        weights = dict(sorted(weights.items(), key=lambda kv: -kv[1])[:rules.STORY_TOP_TERMS])
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def _pages(con, page: int):
    """Rows of ``story_features`` in publication order, a page at a time."""
    last = 0
    while True:
        rows = con.execute("SELECT ord, seq, published_date, title, lead, actor_names, place_names "
                           "FROM story_features WHERE ord > ? ORDER BY ord LIMIT ?", [last, page]).fetchall()
        if not rows:
            return
        yield [r[1:] for r in rows]
        last = rows[-1][0]
