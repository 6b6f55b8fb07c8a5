"""The corpus store: one DuckDB file holding articles, their annotations, merged events and stories.

>>> store = Store("dateline.duckdb")                 # doctest: +SKIP
>>> store.add_batch(documents)                      # one transaction    # doctest: +SKIP
>>> Store("dateline.duckdb", read_only=True).stats()                      # doctest: +SKIP

Writing: :meth:`Store.add_batch` stores a batch of annotated Documents in one transaction — the
articles, their annotation rows, near-duplicate links and merged events — so a crash (even
kill -9) leaves either the whole batch or none of it. Articles whose id is already stored are
skipped, which makes re-running an ingest a no-op.

Reading: the methods below the line ``# --- reading`` are the API the web app and the CLI use.
DuckDB lets one process write a file at a time; readers in other processes open it read-only
when no writer holds it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import DatelineError
from ..model import Document
from ..summary import dyad
from . import dedup, merge, rows
from .schema import LATEST, MIGRATIONS


MEMORY_LIMIT = "1GB"

# DuckDB compacts row groups ("vacuum") at every checkpoint, and a commit of more than ~100 KB is
# a checkpoint: on a 10,000-article store that rewrote the tail row groups of every table at each
# batch and tripled the cost of committing (0.29 -> 0.99 CPU s per 1,000 articles, measured with
# benchmarks/speed_corpus.py), a cost set by the size of the store, not of the batch. A writer
# therefore checkpoints without compacting, and :meth:`Store.compact` compacts once the tables
# have more than COMPACT_RATIO times the row groups they need (at least COMPACT_MIN_ROW_GROUPS):
# every few ingests, or on request (``rebuild-stories``).
COMPACT_RATIO = 2
COMPACT_MIN_ROW_GROUPS = 8
_ROW_GROUP_ROWS = 122_880  # DuckDB's rows per row group


class StoreError(DatelineError):
    pass


@dataclass(slots=True)
class BatchResult:
    """What one :meth:`Store.add_batch` did."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)      # ids already stored
    duplicates: dict[str, str] = field(default_factory=dict)  # id -> original id
    events_new: int = 0
    events_merged: int = 0
    roles_learned: set[str] = field(default_factory=set)  # names whose actor_roles rows changed


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, with errors that say what to do."""
    path = str(path)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError("E401", path=path)
    try:
        if not read_only and path != ":memory:":  # a new store's folder is made, as export's --out
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(path, read_only=read_only)
    except OSError as exc:  # the folder could not be made
        raise _cannot_open(path, exc, read_only) from None
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError("E402", path=path) from None
        raise _cannot_open(path, exc, read_only) from None
    except duckdb.Error as exc:
        if "in-memory database" in str(exc):  # a data file opened read-only (_in_memory)
            raise _cannot_open(path, _DATA_FILE, read_only) from None
        raise _cannot_open(path, exc, read_only) from None
    if path != ":memory:" and _in_memory(con):
        con.close()
        raise _cannot_open(path, _DATA_FILE, read_only)
    return con


_DATA_FILE = "a data file (JSON, CSV, …), not a DuckDB database"


def _in_memory(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether DuckDB opened a file path as a database in memory: given an existing JSON Lines,
    JSON or CSV file (``--db out.jsonl``), DuckDB 2 opens an empty in-memory database with a
    view over the file, where an ingest "stored" every article and lost them all at exit, with
    exit status 0 (robust22)."""
    found = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return found is not None and found[0] is None


# DuckDB's exception for a query stopped by ``con.interrupt()`` (None in a version without it)
_INTERRUPT_EXCEPTION = getattr(duckdb, "InterruptException", None)


def interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` is a Ctrl-C as DuckDB gives it: while a query runs, DuckDB runs Python's
    SIGINT handler and raises ``RuntimeError("Query interrupted")`` in place of its
    KeyboardInterrupt (a Ctrl-C during an ingest's store write gave a traceback, robust21); a
    query stopped by ``con.interrupt()`` raises ``duckdb.InterruptException`` (robmend21)."""
    if _INTERRUPT_EXCEPTION is not None and isinstance(exc, _INTERRUPT_EXCEPTION):
        return True
    return type(exc) is RuntimeError and str(exc) == "Query interrupted"


def interruptible(target, run: Callable[[], Any]) -> Any:
    """``run()`` (DuckDB work on the connection or cursor ``target``) in a way a Ctrl-C stops.
    DuckDB 2 does not look at SIGINT while an operator runs: a cross join, over a stored table or
    a registered Arrow table, ran on for minutes after Ctrl-C (robust23). On the main thread the
    work runs on a helper thread while this one waits, where Python's SIGINT handler does run; on
    Ctrl-C ``target.interrupt()`` stops the query and KeyboardInterrupt is raised here, as it is
    for a query DuckDB itself stops (:func:`interrupted`). On other threads (a web server's, whose
    queries have their own time limit) ``run()`` is called as it is."""
    if threading.current_thread() is not threading.main_thread():
        return run()
    box: dict[str, Any] = {}
    done = threading.Event()

    def work():
        try:
            box["value"] = run()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="dateline-query", daemon=True).start()
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        target.interrupt()
        # the query stops within milliseconds; a second Ctrl-C meanwhile asks again, and after
        # INTERRUPT_WAIT seconds the helper thread is left behind
        waited = time.monotonic()
        while not done.is_set() and time.monotonic() - waited < INTERRUPT_WAIT:
            try:
                done.wait(0.1)
            except KeyboardInterrupt:
                target.interrupt()
        raise KeyboardInterrupt from None
    if "error" in box:
        if interrupted(box["error"]):
            raise KeyboardInterrupt from None
        raise box["error"]
    return box["value"]


INTERRUPT_WAIT = 5.0  # seconds a stopped query is waited for before interruptible gives up on it


def _cannot_open(path: str, exc: Exception, read_only: bool) -> StoreError:
    """E403; a store opened for writing may also fail on the folder's permissions, one opened
    read-only only on the file itself."""
    writable = "" if read_only else " and that its folder is writable"
    return StoreError("E403", path=path, detail=str(exc).splitlines()[0], writable=writable)


class Store:
    """A dateline corpus in one DuckDB file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str | Path = "dateline.duckdb", read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only)
        self._configure()
        if read_only:
            version = self.schema_version()
            if version < 1:
                self.con.close()
                raise StoreError("E404", path=self.path)
            if version < LATEST:  # written by an older dateline: migrate once, then read
                self.con.close()
                Store(self.path).close()
                self.con = connect(self.path, read_only=True)
        else:
            self.migrate()
        # the article keys worked out here, not stored (a read-only store): once per open
        self._worked_out_keys: dict[str, tuple[str, int]] | None = None
        self._stale_keys = self._check_address_keys()

    def _check_address_keys(self) -> bool:
        """Whether the stored ``articles.address_key`` were made under other rules than today's
        (``fields.ADDRESS_KEY_RULES``): a writable store then has them set to NULL (each worked out
        again on its first lookup, ``stored_at_addresses``) and is marked with today's rules; a
        read-only one cannot, and works out every key of its own on its first lookup."""
        from ..ingest.fields import ADDRESS_KEY_RULES

        found = self._rows("SELECT value FROM store_settings WHERE name = 'address_key_rules'")
        rules = str(ADDRESS_KEY_RULES)
        if found and found[0][0] == rules:
            return False
        if self.read_only:
            return True
        with self.transaction() as con:
            con.execute("UPDATE articles SET address_key = NULL WHERE address_key IS NOT NULL")
            con.execute("INSERT OR REPLACE INTO store_settings VALUES ('address_key_rules', ?)", [rules])
        return False

    def _configure(self):
        # DuckDB caches the store's pages up to 80% of RAM by default; a cap keeps a long ingest's
        # memory flat once the store outgrows it (larger work spills to disk).
        self.con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        if not self.read_only:
            self.con.execute("SET max_vacuum_tasks = 0")  # compaction on request: see COMPACT_RATIO

    def close(self):
        self.con.close()

    def reopen(self) -> None:
        """Close the connection and open it again (a file store only; between transactions).
        DuckDB's database instance keeps about 3 KB of C memory per stored article outside its
        accounted memory (``duckdb_memory()``) and gives it back only when closed: a long ingest
        reopens every few thousand articles so that its memory stays flat (docs/corpus.md)."""
        if self.path == ":memory:":
            return
        self.con.close()
        self.con = connect(self.path, self.read_only)
        self._configure()

    def release_memory(self) -> None:
        """Hand back the pages DuckDB's own allocator (a jemalloc inside DuckDB) keeps after
        freeing them. It purges them only as it allocates again, so after a stored batch it held
        up to ~50 MB of freed pages beyond ``duckdb_memory()`` (the 10,000-article benchmark's
        swings); setting the memory limit, to the same value, makes DuckDB flush its allocator
        (~1 ms; docs/corpus.md, "Memory, fourth pass")."""
        self.con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")

    def fragmented(self) -> list[str]:
        """The tables with more row groups than COMPACT_RATIO times those their rows need (and
        more than COMPACT_MIN_ROW_GROUPS)."""
        out = []
        for table in sorted(_TABLES):
            groups, rows = self._rows(f"SELECT (SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('{table}')), "
                                      f"(SELECT count(*) FROM {table})")[0]
            needed = -(-rows // _ROW_GROUP_ROWS)
            if groups > max(COMPACT_MIN_ROW_GROUPS, COMPACT_RATIO * needed):
                out.append(table)
        return out

    def compact(self, force: bool = False) -> bool:
        """Checkpoint with DuckDB's compaction (row groups merged, deleted rows reclaimed) when a
        table is fragmented, or always with ``force``. Returns whether it compacted."""
        if self.read_only or not (force or self.fragmented()):
            return False
        self.con.execute("RESET max_vacuum_tasks")
        try:
            # DuckDB skips a checkpoint with nothing new to write (and its compaction with it):
            # a table created and dropped gives it something.
            self.con.execute("CREATE TABLE dateline_compact (x INTEGER)")
            self.con.execute("DROP TABLE dateline_compact")
            self.con.execute("CHECKPOINT")
        finally:
            self.con.execute("SET max_vacuum_tasks = 0")
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- schema ---------------------------------------------------------------------------------

    def schema_version(self) -> int:
        found = self._rows(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'")[0][0]
        if not found:
            return 0
        return self._rows("SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0]

    def migrate(self) -> list[int]:
        """Apply the migrations this store lacks, each in its own transaction."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
        current = self.schema_version()
        if current > LATEST:
            raise StoreError("E405", path=self.path, version=current, latest=LATEST)
        applied = []
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                if callable(sql):
                    sql(self.con)
                else:
                    self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                 [version, name, _now()])
            applied.append(version)
        return applied

    @contextmanager
    def transaction(self):
        """One transaction; a failed write (full disk, read-only file) rolls back and raises
        E408, so what was committed before stays intact and the caller gets a clear error."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the failed write already ended the transaction
            if interrupted(exc):  # before duckdb.Error: InterruptException is one
                raise KeyboardInterrupt from None
            if isinstance(exc, duckdb.Error):
                raise StoreError("E408", path=self.path, detail=str(exc).splitlines()[0]) from None
            raise
        try:
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            raise StoreError("E408", path=self.path, detail=str(exc).splitlines()[0]) from None

    # --- writing --------------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` that are already stored."""
        return set(self.input_hashes(ids))

    def input_hashes(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The ids among ``ids`` that are already stored, each with its ``input_hash`` (None:
        stored before schema v12, or from a Document, not an input)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        self.con.register("probe_ids", pa.table({"id": pa.array(ids, pa.string())}))
        try:
            found = self.con.execute("SELECT a.id, a.input_hash FROM articles a JOIN probe_ids p ON a.id = p.id").fetchall()
        finally:
            self.con.unregister("probe_ids")
        return dict(found)

    def fill_input_hashes(self, hashes: dict[str, str]) -> None:
        """Set the ``input_hash`` of stored articles that have none (one statement): an article
        stored before schema v12 whose input was read again unchanged."""
        self._fill_missing("input_hash", hashes)

    def _fill_missing(self, column: str, values: dict[str, str]) -> None:
        """Set ``column`` of the stored articles whose ids ``values`` names and that have none,
        each to its value (one statement)."""
        if not values:
            return
        self.con.register("filled_values", pa.table({"id": pa.array(list(values), pa.string()),
                                                     "value": pa.array(list(values.values()), pa.string())}))
        try:
            with self.transaction() as con:
                con.execute(f"UPDATE articles SET {column} = f.value FROM filled_values f "
                            f"WHERE articles.id = f.id AND articles.{column} IS NULL")
        finally:
            self.con.unregister("filled_values")

    def stored_at_addresses(self, urls: Iterable[str]) -> dict[str, str]:
        """Of the article addresses ``urls``, those whose article is stored, under whatever id:
        each to the id of the first article stored whose ``url`` has the same key today
        (``fields.address_id``: tracking parameters and the fragment dropped, host in lower case).
        An older dateline keyed an address otherwise (with ``?mod=rss_markets``, before keymend19;
        courlan's strict mode, before ingmendF19), so a stored article may have another id than
        the address's own. Looked up by ``articles.address_key`` (schema v13, filled at insert; an
        article stored before it, or under other key rules, gets its key here, once): one equality
        join, the keys worked out being those of ``urls``. A read-only store, which cannot store
        the keys it lacks, works them out on its first lookup and keeps them while it is open."""
        from ..ingest.fields import address_id

        keys: dict[str, list[str]] = {}
        for url in dict.fromkeys(urls):
            key = address_id(url)
            if key is not None:
                keys.setdefault(key, []).append(url)
        out: dict[str, str] = {}
        for key, aid in self.stored_under_address_keys(keys).items():
            out.update((u, aid) for u in keys[key])
        return out

    def stored_under_address_keys(self, keys: Iterable[str]) -> dict[str, str]:
        """Of the address keys ``keys`` (``fields.address_id``), those some stored article's
        address has today: each to the id of the first one stored (:meth:`stored_at_addresses`)."""
        keys = set(keys)
        if not keys:
            return {}
        if self.read_only:
            if self._worked_out_keys is None:
                self._worked_out_keys = self._missing_keys(every=self._stale_keys)
        elif filled := self._missing_keys():
            self._fill_missing("address_key", {aid: key for aid, (key, _) in filled.items()})
        found = []
        if not self._stale_keys:
            self.con.register("probe_addresses", pa.table({"key": pa.array(list(keys), pa.string())}))
            try:
                found = self.con.execute("SELECT p.key, a.id, a.seq FROM articles a JOIN probe_addresses p "
                                         "ON a.address_key = p.key").fetchall()
            finally:
                self.con.unregister("probe_addresses")
        if self.read_only:  # keys worked out but not stored
            found += [(key, aid, seq) for aid, (key, seq) in self._worked_out_keys.items() if key in keys]
        out: dict[str, str] = {}
        for key, aid, _ in sorted(found, key=lambda row: row[2]):
            out.setdefault(key, aid)
        return out

    def _missing_keys(self, every: bool = False) -> dict[str, tuple[str, int]]:
        """Each stored article with an address but no ``address_key`` (or ``every`` one with an
        address) to the key its address has today and its ``seq``."""
        from ..ingest.fields import address_id

        lacking = "" if every else "address_key IS NULL AND "
        missing = self.con.execute(f"SELECT id, url, seq FROM articles WHERE {lacking}url IS NOT NULL").fetchall()
        return {aid: (address_id(url) or "", seq) for aid, url, seq in missing}

    def add_batch(self, documents: Sequence[Document], prepared: Sequence[rows.Prepared] | None = None,
                  input_hashes: dict[str, str] | None = None) -> BatchResult:
        """Store ``documents`` in one transaction: articles, annotations, duplicates, events.
        ``prepared``: one :class:`rows.Prepared` per document, when the executor made them;
        ``input_hashes``: each document's id to the hash of the input it was read from
        (``articles.input_hash``)."""
        result = BatchResult()
        known = self.known_ids(d.id for d in documents)
        fresh, seen = [], set()
        for d, ready in zip(documents, prepared if prepared is not None else [None] * len(documents), strict=True):
            if d.id in known or d.id in seen:
                result.skipped.append(d.id)
            else:
                seen.add(d.id)
                fresh.append((d, ready))
        if not fresh:
            return result
        with self.transaction() as con:
            self._insert_articles(con, fresh, result, input_hashes or {})
            fresh = [d for d, _ in fresh]
            self._merge_events(con, fresh, result)
            result.roles_learned = learn_roles(con, fresh)
        return result

    def actor_roles(self, names: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The roles the corpus learned from the text (table ``actor_roles``), latest first; only
        those of ``names`` when given."""
        where, args = "", []
        if names is not None:
            args = [sorted(set(names))]
            where = "WHERE list_contains(?, name) "
        cur = self.con.execute("SELECT name, country, sector, organization, first_seen, last_seen, "
                               f"n_articles, evidence_ids FROM actor_roles {where}"
                               "ORDER BY last_seen DESC, name", args)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def _insert_articles(self, con, documents: list[tuple[Document, rows.Prepared | None]], result: BatchResult,
                         input_hashes: dict[str, str]):
        """The articles (each with what its executor prepared, or None), their bands and
        annotation rows."""
        from ..ingest import fields

        seq0 = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchall()[0][0]
        now = _now()
        prints = [dedup.fingerprint(d.text) if p is None else
                  None if p.minhash is None else dedup.Fingerprint(p.minhash, p.n_shingles)
                  for d, p in documents]
        stored = self._lsh_candidates(con, prints)
        matches = dedup.find_duplicates([d.id for d, _ in documents], prints, stored)
        article_rows, bands = [], {"band": [], "hash": [], "article_id": []}
        children: dict[str, list[dict[str, Any]]] = {}
        for i, ((d, ready), fp, match) in enumerate(zip(documents, prints, matches)):
            row = rows.article_row(d, seq0 + i + 1, now, ready.document_json if ready is not None else None)
            row["input_hash"] = input_hashes.get(d.id)
            row["address_key"] = (fields.address_id(d.url) or "") if d.url else None
            if match:
                row["duplicate_of"], row["similarity"] = match.duplicate_of, match.similarity
                row["containment"] = match.containment
                result.duplicates[d.id] = match.duplicate_of
            if fp is not None:
                row["minhash"], row["n_shingles"] = fp.signature, fp.size
                for b, h in enumerate(fp.bands):
                    bands["band"].append(b)
                    bands["hash"].append(h)
                    bands["article_id"].append(d.id)
            article_rows.append(row)
            for table, table_rows in rows.annotation_rows(d).items():
                children.setdefault(table, []).extend(table_rows)
            result.added.append(d.id)
        insert(con, "articles", article_rows)
        insert(con, "article_bands", pa.table({"band": pa.array(bands["band"], pa.int16()),
                                               "hash": pa.array(bands["hash"], pa.uint64()),
                                               "article_id": pa.array(bands["article_id"], pa.string())}))
        for table, table_rows in children.items():
            insert(con, table, table_rows)

    def _lsh_candidates(self, con, prints) -> dict[int, list[dedup.Known]]:
        probe = {"band": [], "hash": [], "i": []}
        for i, fp in enumerate(prints):
            if fp is None:
                continue
            for b, h in enumerate(fp.bands):
                probe["band"].append(b)
                probe["hash"].append(h)
                probe["i"].append(i)
        if not probe["i"]:
            return {}
        con.register("lsh_probe", pa.table({"band": pa.array(probe["band"], pa.int16()),
                                            "hash": pa.array(probe["hash"], pa.uint64()),
                                            "i": pa.array(probe["i"], pa.int32())}))
        try:
            # Two lookups, each joined on one key: the band hashes on the hash alone, which lets
            # DuckDB filter its scan of ``article_bands`` with the probes' hashes (a runtime Bloom
            # filter) before the join (on the band and the hash together every stored row went
            # into the join), and the matched articles by id. In one query the articles' scan
            # (their signatures) ran beside the bands' for every batch: 21 -> ~10 ms per 64-article
            # batch into a 10,000-article store (docs/corpus.md, "Eleventh session").
            hits = con.execute("SELECT p.i, p.band AS probe_band, b.band, b.article_id "
                               "FROM lsh_probe p JOIN article_bands b ON b.hash = p.hash").fetchall()
        finally:
            con.unregister("lsh_probe")
        pairs = sorted({(i, aid) for i, probe_band, band, aid in hits if band == probe_band})
        if not pairs:
            return {}
        found = con.sql("SELECT id, coalesce(duplicate_of, id) AS root, minhash, n_shingles FROM articles "
                        "WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                        params=[sorted({aid for _, aid in pairs})]).to_arrow_table()
        import numpy as np

        # The signatures as one array (not a Python int per value): the candidates of a batch
        # grow with the stored copies of its stories, and so did the cost of converting them.
        signatures = found.column("minhash").combine_chunks().flatten().to_numpy().astype(np.uint64, copy=False)
        signatures = signatures.reshape(-1, dedup.NUM_PERM) if len(signatures) else signatures
        known = {aid: dedup.Known(aid, root, dedup.Fingerprint(signatures[row], size or 0))
                 for row, (aid, root, size) in enumerate(zip(found.column("id").to_pylist(),
                                                             found.column("root").to_pylist(),
                                                             found.column("n_shingles").to_pylist()))}
        out: dict[int, list[dedup.Known]] = {}
        for i, aid in pairs:  # in the order of the ids, so that ties are decided the same every time
            if aid in known:
                out.setdefault(i, []).append(known[aid])
        return out

    def _merge_events(self, con, documents: list[Document], result: BatchResult):
        roots = {d.id: result.duplicates.get(d.id, d.id) for d in documents}
        probes, mention_groups, event_rows = [], [], []
        for d in documents:
            published = rows.published_time(d)
            for index, event in enumerate(d.events):
                sides = rows.actor_sides(d, event)
                span = merge.interval(event.date, published.date() if published else None)
                place = event.place
                probes.append(merge.Occurrence(
                    type=event.type, modality=event.modality, span=span,
                    source=merge.Side(frozenset(n.lower() for n in sides["source_names"]),
                                      frozenset(sides["source_countries"]), frozenset(sides["source_sectors"])),
                    target=merge.Side(frozenset(n.lower() for n in sides["target_names"]),
                                      frozenset(sides["target_countries"]), frozenset(sides["target_sectors"])),
                    place=merge.Place(place.geonameid, place.country, place.lat, place.lon,
                                      _feature(d, place))
                    if place else merge.Place(),
                    articles={d.id}, roots={roots[d.id]}))
                mention_groups.append(rows.event_mention_rows(d, index, event))
                event_rows.append((d, event, sides, span, published))
        if not probes:
            return
        candidates = merge.candidate_events(con, probes)
        next_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchall()[0][0]
        ids, opened = merge.assign(probes, candidates, next_id)
        opened_set = set(opened)
        new_events, mentions = [], []
        for i, (event_id, group) in enumerate(zip(ids, mention_groups)):
            for m in group:
                m["event_id"] = event_id
            mentions.extend(group)
            if i in opened_set:
                d, event, sides, span, published = event_rows[i]
                new_events.append(_event_row(event_id, d, event, sides, span, published))
        result.events_new += len(new_events)
        result.events_merged += len(ids) - len(new_events)
        insert(con, "events", new_events)
        insert(con, "event_mentions", mentions)
        touched = pa.table({"id": pa.array(sorted(set(ids)), pa.int64())})
        con.register("touched_events", touched)
        try:
            con.execute("""
                UPDATE events SET n_mentions = s.n_mentions, n_articles = s.n_articles,
                       n_sources = s.n_sources, first_seen = s.first_seen,
                       first_article_id = s.first_article_id, source_text = s.source_text
                FROM (SELECT m.event_id, count(*) AS n_mentions,
                             '|' || string_agg(DISTINCT lower(m.source_name), '|') || '|' AS source_text,
                             count(DISTINCT m.article_id) AS n_articles,
                             count(DISTINCT coalesce(m.source_name, m.article_id)) AS n_sources,
                             min(m.published) AS first_seen,
                             arg_min(m.article_id, coalesce(m.published, TIMESTAMP '9999-12-31')) AS first_article_id
                      FROM event_mentions m JOIN touched_events t ON m.event_id = t.id
                      GROUP BY m.event_id) s
                WHERE events.id = s.event_id""")
        finally:
            con.unregister("touched_events")

    # --- reading --------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        # A cursor per call: DuckDB connections are not shared between threads, cursors are
        # cheap, and so the reading methods are safe to call from a web server's threads.
        # A Ctrl-C stops a long query (interruptible).
        with self.con.cursor() as cursor:
            return interruptible(cursor, lambda: cursor.execute(sql, list(params)).fetchall())

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of ``sql`` as dicts."""
        with self.con.cursor() as cursor:
            def run():
                cursor.execute(sql, list(params))
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, r)) for r in cursor.fetchall()]

            return interruptible(cursor, run)

    def needs_stories(self) -> bool:
        """Whether some article has no story yet (new articles, or a run killed before stories)."""
        return self._rows("SELECT count(*) FROM articles WHERE story_id IS NULL")[0][0] > 0

    def count(self, table: str) -> int:
        return self._rows(f"SELECT count(*) FROM {_table(table)}")[0][0]

    def list_articles(self, limit: int = 50, offset: int = 0, duplicates: bool = True) -> list[dict[str, Any]]:
        """Articles newest first, without their Document JSON."""
        where = "" if duplicates else "WHERE duplicate_of IS NULL"
        return self.query(f"""
            SELECT id, url, title, published, publisher, source_name, n_actors, n_quotes,
                   n_events, duplicate_of, similarity, containment, story_id, ok
            FROM articles {where} ORDER BY published_date DESC NULLS LAST, seq DESC LIMIT ? OFFSET ?""",
                          [limit, offset])

    def get_document(self, article_id: str) -> Document | None:
        """The whole annotated Document of an article, or None."""
        found = self._rows("SELECT document FROM articles WHERE id = ?", [article_id])
        row = found[0] if found else None
        return Document.from_dict(json.loads(row[0])) if row else None

    def iter_documents(self, batch_size: int = 500) -> Iterator[Document]:
        """Every stored Document in ingest order, fetched in batches (flat memory)."""
        last = 0
        while True:
            found = self._rows("SELECT seq, document FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
                               [last, batch_size])
            if not found:
                return
            for seq, doc in found:
                yield Document.from_dict(json.loads(doc))
            last = found[-1][0]

    def events(self, filters: dict[str, Any] | None = None, limit: int = 100, offset: int = 0,
               newest: bool = False) -> list[dict[str, Any]]:
        """Merged events matching ``filters`` (see :func:`dateline.corpus.query.event_filters`)."""
        from .query import select_events

        with self.con.cursor() as cursor:
            return interruptible(cursor, lambda: select_events(cursor, filters or {}, limit=limit,
                                                               offset=offset, newest=newest))

    def event(self, event_id: int) -> dict[str, Any] | None:
        found = self.query("SELECT * FROM events WHERE id = ?", [event_id])
        if not found:
            return None
        event = found[0]
        event["mentions"] = self.query(
            "SELECT m.*, a.title, a.url FROM event_mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id = ? ORDER BY m.published, m.article_id, m.start", [event_id])
        return event

    def actors(self, limit: int = 50, offset: int = 0, country: str | None = None,
               sector: str | None = None, name: str | None = None,
               named: bool = True) -> list[dict[str, Any]]:
        """Actors across articles, grouped by name and codes, in most articles first. ``id`` is
        the key :meth:`actor` takes. ``named``: only actors the article names (not "we", "you")."""
        conditions, params = ["1=1"], []
        if named:
            conditions.append("named")
        if country:
            conditions.append("country = ?")
            params.append(country.upper())
        if sector:
            conditions.append("sector = ?")
            params.append(sector.upper())
        if name:
            conditions.append("name ILIKE ?")
            params.append(f"%{name}%")
        return self.query(f"""
            SELECT name || '|' || coalesce(country, '') || '|' || coalesce(sector, '') AS id,
                   name, any_value(kind) AS kind, country, sector,
                   count(DISTINCT article_id) AS n_articles, sum(n_mentions) AS n_mentions
            FROM actors WHERE {' AND '.join(conditions)}
            GROUP BY name, country, sector ORDER BY n_articles DESC, n_mentions DESC, name
            LIMIT ? OFFSET ?""", params + [limit, offset])

    def actor(self, actor_key: str) -> dict[str, Any] | None:
        """One actor (key from :meth:`actors`: ``name|country|sector``): roles by date, articles,
        quotes, and the events where it is source or target (the newest 500)."""
        name, _, rest = actor_key.partition("|")
        country, _, sector = rest.partition("|")
        where = "a.name = ? AND coalesce(a.country, '') = ? AND coalesce(a.sector, '') = ?"
        params = [name, country, sector]
        articles = self.query(f"""
            SELECT a.article_id, a.actor_id, a.roles, r.title, r.published, r.url
            FROM actors a JOIN articles r ON r.id = a.article_id WHERE {where}
            ORDER BY r.published_date NULLS LAST""", params)
        if not articles:
            return None
        quotes = self.query(f"""
            SELECT q.article_id, q.start, q."end", q.text, q.kind, q.cue, q.published_date
            FROM quotes q JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker_actor
            WHERE {where} ORDER BY q.published_date NULLS LAST, q.article_id, q.start""", params)
        # the events whose reports name this actor (by its id in the reporting article) as a
        # party: a name alone would also list another country's "protesters"
        events = self.query(f"""
            SELECT * FROM events WHERE id IN (
                SELECT m.event_id FROM event_mentions m
                JOIN actors a ON a.article_id = m.article_id
                WHERE {where} AND (list_contains(m.source_ids, a.actor_id)
                                   OR list_contains(m.target_ids, a.actor_id)))
            ORDER BY date_start DESC NULLS LAST, id DESC LIMIT 500""", params)
        roles = [{"published": a["published"], "roles": a["roles"]} for a in articles if a["roles"]]
        return {"id": actor_key, "name": name, "country": country or None, "sector": sector or None,
                "articles": articles, "roles": roles, "quotes": quotes, "events": events}

    def quotes(self, speaker: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Quotes, newest article first (in text order within an article), optionally by speaker
        (name or speaker text, case-insensitive substring)."""
        where, params = "", []
        if speaker:
            where = "WHERE speaker_name ILIKE ? OR speaker_text ILIKE ?"
            params = [f"%{speaker}%", f"%{speaker}%"]
        return self.query(f"""
            SELECT * FROM quotes {where} ORDER BY published_date DESC NULLS LAST, article_id, start
            LIMIT ? OFFSET ?""", params + [limit, offset])

    def stories(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Stories, largest first."""
        return self.query("SELECT * FROM stories ORDER BY n_articles DESC, n_events DESC, id "
                          "LIMIT ? OFFSET ?", [limit, offset])

    def story(self, story_id: int, min_confidence: float | None = None) -> dict[str, Any] | None:
        """One story with its timeline: its articles and its events in date order (only those at
        least ``min_confidence`` sure when it is given)."""
        found = self.query("SELECT * FROM stories WHERE id = ?", [story_id])
        if not found:
            return None
        story = found[0]
        story["articles"] = self.query("""
            SELECT id, title, published, url, duplicate_of FROM articles WHERE story_id = ?
            ORDER BY published_date NULLS LAST, seq""", [story_id])
        story["events"] = self.query("""
            SELECT id, type, mode, modality, date, date_start, date_end, source_names, target_names,
                   place_name, n_mentions, n_sources, first_seen
            FROM events WHERE story_id = ? AND (?::DOUBLE IS NULL OR confidence >= ?)
            ORDER BY date_start NULLS LAST, first_seen""", [story_id, min_confidence, min_confidence])
        story["timeline"] = timeline(story["articles"], story["events"])
        return story

    def stats(self, top: int = 10, min_confidence: float | None = None) -> dict[str, Any]:
        """The corpus summary: counts, duplicates, top actors, events by type (those at least
        ``min_confidence`` sure when it is given), largest stories."""
        counts = {t: self.count(t) for t in ("articles", "actors", "quotes", "timexes", "places",
                                             "amounts", "events", "event_mentions", "stories")}
        duplicates = self._rows("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")[0][0]
        dates = self._rows("SELECT min(published_date), max(published_date) FROM articles")[0]
        return {
            "counts": counts,
            "duplicates": duplicates,
            "first_published": dates[0], "last_published": dates[1],
            "top_actors": self.actors(limit=top),
            "events_by_type": self.query(
                "SELECT type, count(*) AS events, sum(n_mentions) AS mentions FROM events "
                "WHERE ?::DOUBLE IS NULL OR confidence >= ? GROUP BY type ORDER BY events DESC, type",
                [min_confidence, min_confidence]),
            "min_confidence": min_confidence,
            "largest_stories": self.stories(limit=top),
            "schema_version": self.schema_version(),
        }


# An event whose dates end more than this many days before a story's first article is background
# (the 1978 summit an election article recalls), not part of the story's own time line: news
# reports the past week's events as news ("on Monday", "last week"), older ones as context.
BACKGROUND_DAYS = 7


def timeline(articles: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles (by publication date) and events (by event date) on one time line, in date order.
    Each event says whether it is ``background``: dated wholly before the story began (its
    interval ends more than BACKGROUND_DAYS before the first article's publication date); readers
    (``dateline stats``, the story page) list those apart, so the story's own days come first."""
    items = [{"date": str(a["published"] or "")[:10], "when": str(a["published"] or "")[:10],
              "kind": "article", "id": a["id"],
              "text": a["title"] or a["id"], "duplicate": a["duplicate_of"] is not None} for a in articles]
    began = min((as_day(a["published"]) for a in articles if as_day(a["published"])), default=None)
    for e in events:
        who = dyad(list(e["source_names"] or ()), e["type"], list(e["target_names"] or ()))
        end = as_day(e.get("date_end")) or as_day(e["date_start"])
        items.append({"date": str(e["date_start"] or "")[:10], "when": _when(e), "kind": "event", "id": e["id"],
                      "text": who + (f", {e['place_name']}" if e["place_name"] else ""),
                      "modality": e["modality"], "sources": e["n_sources"],
                      "background": bool(began and end and (began - end).days > BACKGROUND_DAYS)})
    return sorted(items, key=lambda x: (x["date"] or "9999", x["kind"] != "event"))


def as_day(value: Any) -> date | None:
    """A stored date or timestamp (or its ISO text) as a day; None when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _when(event: dict[str, Any]) -> str:
    """How precisely the event is dated: its TIMEX3 value unless that is a day (or missing)."""
    value = event.get("date") or ""
    day = str(event["date_start"] or "")[:10]
    return day if not value or value.startswith(day) else value


def _event_row(event_id: int, d: Document, event, sides, span, published) -> dict[str, Any]:
    place = event.place
    return {
        "id": event_id, "type": event.type, "mode": event.mode, "context": event.context,
        "cameo": event.cameo, "quad_class": event.quad_class,
        "goldstein": None if event.goldstein is None else float(event.goldstein),
        "date": event.date, "date_start": span[0] if span else None,
        "date_end": span[1] if span else None, "modality": event.modality, **sides,
        "actor_text": " | ".join(n.lower() for n in sides["source_names"] + sides["target_names"]),
        "country_text": "|" + "|".join(sides["source_countries"] + sides["target_countries"]) + "|",
        "place_geonameid": place.geonameid if place else None,
        "place_name": place.name if place else None, "place_country": place.country if place else None,
        "place_lat": float(place.lat) if place and place.lat is not None else None,
        "place_lon": float(place.lon) if place and place.lon is not None else None,
        "place_feature": _feature(d, place), "n_mentions": 0, "n_articles": 0, "n_sources": 0,
        "first_seen": published, "first_article_id": d.id,
        "confidence": float(event.confidence), "story_id": None,
    }


def _feature(d: Document, place) -> str | None:
    """The GeoNames feature code of the event's place, from the article's own places."""
    if place is None or place.geonameid is None:
        return None
    return next((p.feature for p in d.places if p.geonameid == place.geonameid), None)


def insert(con, table: str, table_rows: list[dict[str, Any]] | pa.Table):
    """Insert rows (dicts, or an Arrow table) into ``table`` by column name (one statement)."""
    if not len(table_rows):
        return
    name = f"rows_{table}"
    con.register(name, table_rows if isinstance(table_rows, pa.Table) else pa.Table.from_pylist(table_rows))
    try:
        con.execute(f"INSERT INTO {_table(table)} BY NAME SELECT * FROM {name}")
    finally:
        con.unregister(name)


_TABLES = {"articles", "article_bands", "actors", "mentions", "quotes", "timexes", "places",
           "amounts", "events", "event_mentions", "stories", "schema_migrations", "actor_roles"}

MAX_EVIDENCE = 20  # article ids kept per learned role
_ROLES_SCHEMA = pa.schema([("name", pa.string()), ("country", pa.string()), ("sector", pa.string()),
                           ("organization", pa.string()), ("first_seen", pa.date32()),
                           ("last_seen", pa.date32()), ("n_articles", pa.int32()),
                           ("evidence_ids", pa.list_(pa.string()))])


def learn_roles(con, documents: Sequence[Document]) -> set[str]:
    """Add the roles these articles' text gave named people (``role_source == "text"``) to
    ``actor_roles``: one row per name, country, sector and organisation, with the first and last
    publication date seen and the first articles that said so. Returns the names it touched."""
    found: dict[tuple, dict[str, Any]] = {}
    for d in documents:
        day = rows.published_time(d)
        day = day.date() if day is not None else None
        for a in d.actors:
            if a.kind != "person" or a.role_source != "text" or not (a.country or a.sector) or \
                    not any(m.kind == "name" for m in a.mentions):
                continue
            key = (a.name, a.country, a.sector, a.organization)
            row = found.setdefault(key, {"first_seen": day, "last_seen": day, "n": 0, "ids": []})
            if day is not None:
                row["first_seen"] = min(filter(None, (row["first_seen"], day)))
                row["last_seen"] = max(filter(None, (row["last_seen"], day)))
            row["n"] += 1
            row["ids"].append(d.id)
    if not found:
        return set()
    # One lookup, one delete and one insert for the whole batch (a statement per name cost ~1.5 ms
    # each: 2 s per 1,000 articles, more than the rest of the batch's SQL).
    keys = list(found)
    con.register("role_keys", pa.table({
        "name": pa.array([k[0] for k in keys], pa.string()),
        "country": pa.array([k[1] for k in keys], pa.string()),
        "sector": pa.array([k[2] for k in keys], pa.string()),
        "organization": pa.array([k[3] for k in keys], pa.string())}))
    same = ("r.name = k.name AND r.country IS NOT DISTINCT FROM k.country AND r.sector IS NOT "
            "DISTINCT FROM k.sector AND r.organization IS NOT DISTINCT FROM k.organization")
    try:
        old = {}
        for name, country, sector, organization, first, last, n, ids in con.execute(
                "SELECT r.name, r.country, r.sector, r.organization, r.first_seen, r.last_seen, "
                f"r.n_articles, r.evidence_ids FROM actor_roles r JOIN role_keys k ON {same}").fetchall():
            old.setdefault((name, country, sector, organization), (first, last, n, ids))
        con.execute(f"DELETE FROM actor_roles r USING role_keys k WHERE {same}")
    finally:
        con.unregister("role_keys")
    table_rows = []
    for key, new in found.items():
        first, last, n, ids = new["first_seen"], new["last_seen"], new["n"], new["ids"]
        if key in old:
            old_first, old_last, old_n, old_ids = old[key]
            dates = [x for x in (old_first, first) if x is not None]
            first = min(dates) if dates else None
            dates = [x for x in (old_last, last) if x is not None]
            last = max(dates) if dates else None
            n += old_n or 0
            ids = list(old_ids or []) + ids
        table_rows.append({"name": key[0], "country": key[1], "sector": key[2], "organization": key[3],
                           "first_seen": first, "last_seen": last, "n_articles": n,
                           "evidence_ids": list(dict.fromkeys(ids))[:MAX_EVIDENCE]})
    insert(con, "actor_roles", pa.Table.from_pylist(table_rows, schema=_ROLES_SCHEMA))
    return {name for name, _, _, _ in found}


def _table(name: str) -> str:
    if name not in _TABLES:
        raise ValueError(f"unknown table {name!r}")
    return name


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
