"""The Ray executor stores what the local one stores: on a local Ray instance and on a simulated
two-node cluster (ray.cluster_utils.Cluster), with a fast stage subset to keep the test short."""

import json
import warnings
from pathlib import Path

import pytest

from dateline.crashes import ARTICLE_TRIES, MAX_TASK_RETRIES

ROOT = Path(__file__).resolve().parent.parent
ray = pytest.importorskip("ray")

# The default model with the stages whose output the corpus tables and events depend on least
# on other articles; enough to compare stores row for row.
STAGES = ("entities", "timexes", "amounts")


def sample_records(n):
    lines = (ROOT / "samples" / "wikinews" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def contents(path) -> dict:
    """What a store holds, independent of ingest order (seq, event ids)."""
    from dateline.corpus.store import Store

    with Store(path, read_only=True) as store:
        con = store.con
        return {
            # minhash, n_shingles and the bands: the actors' signatures survive the trip as bytes
            "articles": con.execute("SELECT id, document, duplicate_of, problems, minhash, n_shingles "
                                    "FROM articles ORDER BY id").fetchall(),
            "article_bands": con.execute("SELECT * FROM article_bands ORDER BY ALL").fetchall(),
            "timexes": con.execute("SELECT * FROM timexes ORDER BY ALL").fetchall(),
            "amounts": con.execute("SELECT * FROM amounts ORDER BY ALL").fetchall(),
            "stories": sorted(tuple(sorted(ids)) for (ids,) in con.execute(
                "SELECT list(id) FROM articles GROUP BY story_id").fetchall()),
        }


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ray")
    source = folder / "in.jsonl"
    records = sample_records(6)
    records.append(dict(records[0], id="copy-of-first"))  # a near-duplicate to link
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    # a Latin-1 text file: its reading problem (W202, a guessed encoding) is stored with the article
    latin = folder / "latin1.txt"
    latin.write_bytes(("La Société Générale a annoncé à Zürich une hausse de ses bénéfices. "
                       "Le ministre français de l'Économie a salué ces résultats.\n").encode("latin-1"))
    from dateline.corpus.ingest import ingest

    ingest([str(source), str(latin)], folder / "local.duckdb", batch_size=3, stages=STAGES)
    local = contents(folder / "local.duckdb")
    problems = [p for row in local["articles"] for p in row[3]]
    assert "W202" in problems and '"W202"' in "".join(row[1] for row in local["articles"])
    return (source, latin), local


def run_ray(sources, db, **executor):
    from dateline.corpus.ingest import ingest, ray_executor

    return ingest([str(s) for s in sources], db, batch_size=3, stages=STAGES,
                  annotate=ray_executor(**executor))


def test_single_node_ray_store_equals_local_store_and_reruns_add_nothing(inputs, tmp_path):
    from dateline.distributed import init_ray

    sources, local = inputs
    init_ray(num_cpus=3)
    try:
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            report = run_ray(sources, tmp_path / "ray.duckdb", workers=2, output=tmp_path / "parquet")
        # nothing passed the way Ray 2.64 removes (map_batches' **ray_remote_args)
        assert not [w for w in said if "ray_remote_args" in str(w.message)]
        assert report.added == 8 and report.duplicates == 1
        assert contents(tmp_path / "ray.duckdb") == local
        partitions = {p.name for p in (tmp_path / "parquet").iterdir()}
        assert "date=2019-01-04" in partitions
        again = run_ray(sources, tmp_path / "ray.duckdb", workers=2)
        assert again.added == 0 and again.skipped == 8  # idempotent, as the local ingest
    finally:
        ray.shutdown()


def test_two_node_cluster_ray_store_equals_local_store(inputs, tmp_path):
    from ray.cluster_utils import Cluster

    sources, local = inputs
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 2})
    cluster.add_node(num_cpus=1)
    try:
        cluster.wait_for_nodes()
        ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
        assert len([n for n in ray.nodes() if n["Alive"]]) == 2
        report = run_ray(sources, tmp_path / "ray2.duckdb", workers=2, address=cluster.address)
        assert report.added == 8
        assert contents(tmp_path / "ray2.duckdb") == local
    finally:
        ray.shutdown()
        cluster.shutdown()


def stand_in(records, tmp_path, step):
    """The records as JSON Lines, and an AnnotateBatch whose ``step`` (read or annotate) kills its
    actor's process on the record marked POISON, writing "b" (the whole batch) or "a" (the
    article alone) to a file at each death."""
    import os

    import dateline.distributed as dist

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    calls = tmp_path / "calls"

    class Dying(dist.AnnotateBatch):  # a class of this function: shipped to the actors by value
        alone = False

        def read(self, raw_json):
            if step == "read" and "POISON" in raw_json:
                self.die()
            return super().read(raw_json)

        def annotate(self, documents, progress=None):
            if step == "annotate" and any("POISON" in d.text for d in documents):
                self.die()
            return super().annotate(documents, progress)

        def _alone(self, raw_json):
            self.alone = True
            try:
                return super()._alone(raw_json)
            finally:
                self.alone = False

        def die(self):
            with open(calls, "a") as fh:
                fh.write("a" if self.alone else "b")
            os._exit(1)  # as a crash in native code or a kill for memory

    return source, calls, Dying


# Before the bound, Ray Data restarted the actor without end; before the articles were tried one by
# one, the ingest then stopped with Ray's error, naming no article.
@pytest.mark.timeout(400)
def test_an_article_that_kills_its_actor_is_named_and_the_rest_of_its_batch_stored(tmp_path):
    import dateline.distributed as dist
    from dateline.corpus.ingest import ingest
    from dateline.corpus.store import Store
    from dateline.distributed import init_ray

    records = sample_records(6)
    records[3]["text"] += " POISON"
    source, calls, dying = stand_in(records, tmp_path, "annotate")
    # the local ingest's Documents to compare with, and a store that already holds two articles
    ingest([str(source)], tmp_path / "local.duckdb", batch_size=3, stages=STAGES)
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(json.dumps(r) for r in records[:2]) + "\n", encoding="utf-8")
    ingest([str(first)], tmp_path / "ray.duckdb", stages=STAGES)
    messages = []

    real = dist.AnnotateBatch
    dist.AnnotateBatch = dying
    init_ray(num_cpus=2)
    try:
        from dateline.corpus.ingest import ray_executor

        report = ingest([str(source)], tmp_path / "ray.duckdb", batch_size=3, stages=STAGES,
                        annotate=ray_executor(workers=1), on_error=messages.append)
        # the batch of 4 tried whole 1 + MAX_TASK_RETRIES times, then the marked article alone
        # ARTICLE_TRIES times
        assert calls.read_text() == "b" * (1 + MAX_TASK_RETRIES) + "a" * ARTICLE_TRIES
        assert (report.added, report.skipped, report.article_errors, report.status) == (4, 2, 1, 1)
        poisoned = records[3]["id"]
        (said,) = messages
        assert said.startswith(f"{source}:4: E303 This article stopped the process annotating it"), said
        again = ingest([str(source)], tmp_path / "ray.duckdb", batch_size=3, stages=STAGES,
                       annotate=ray_executor(workers=1))
        assert again.added == 0 and again.skipped == 6
    finally:
        dist.AnnotateBatch = real
        ray.shutdown()
    with Store(tmp_path / "ray.duckdb", read_only=True) as store, \
            Store(tmp_path / "local.duckdb", read_only=True) as local:
        ids = [i for (i,) in store.con.execute("SELECT id FROM articles").fetchall()]
        assert sorted(ids) == sorted(r["id"] for r in records)  # each once: none lost, none twice
        problems = dict(store.con.execute("SELECT id, problems FROM articles").fetchall())
        assert "E303" in problems[poisoned] and not any("E303" in p for i, p in problems.items() if i != poisoned)
        assert store.con.execute("SELECT count(*) FROM timexes WHERE article_id = ?", [poisoned]).fetchone() == (0,)
        assert local.con.execute("SELECT count(*) FROM timexes WHERE article_id = ?", [poisoned]).fetchone()[0] > 0
        # the rest of the poisoned batch as the local ingest annotated it (the first two were read
        # from another file, so their "source" differs)
        rest = [r["id"] for r in records[2:] if r["id"] != poisoned]
        query = "SELECT id, document FROM articles WHERE list_contains(?, id) ORDER BY id"
        assert store.con.execute(query, [rest]).fetchall() == local.con.execute(query, [rest]).fetchall()


@pytest.mark.timeout(300)
def test_an_article_whose_reading_kills_its_actor_is_stored_without_text(tmp_path):
    import dateline.distributed as dist
    from dateline.corpus.store import Store
    from dateline.distributed import init_ray

    records = sample_records(2)
    records[0]["text"] += " POISON"
    source, calls, dying = stand_in(records, tmp_path, "read")
    real = dist.AnnotateBatch
    dist.AnnotateBatch = dying
    init_ray(num_cpus=2)
    try:
        report = run_ray([source], tmp_path / "ray.duckdb", workers=1)
    finally:
        dist.AnnotateBatch = real
        ray.shutdown()
    assert calls.read_text() == "b" * (1 + MAX_TASK_RETRIES) + "a" * ARTICLE_TRIES
    assert report.added == 2 and report.article_errors == 1
    with Store(tmp_path / "ray.duckdb", read_only=True) as store:
        documents = {d.id: d for d in store.iter_documents()}
    bad = documents[records[0]["id"]]
    assert bad.text == "" and bad.title == records[0].get("title") and [p.code for p in bad.errors][-1] == "E303"
    assert "reading it" in bad.errors[-1].message
    good = documents[records[1]["id"]]
    assert good.text and not [p for p in good.errors if p.level == "error"]
