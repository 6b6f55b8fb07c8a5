"""The Ray executor stores what the local one stores: on a local Ray instance and on a simulated
two-node cluster (ray.cluster_utils.Cluster), with a fast stage subset to keep the test short."""

import json
from pathlib import Path

import pytest

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
        report = run_ray(sources, tmp_path / "ray.duckdb", workers=2, output=tmp_path / "parquet")
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


@pytest.mark.timeout(300)  # before the cap, Ray Data restarted the actor without end
def test_an_article_that_kills_its_actor_every_time_fails_the_ingest_after_a_few_retries(tmp_path):
    import os

    import dateline.distributed as dist
    from dateline.distributed import init_ray

    records = sample_records(2)
    records[1]["text"] += " POISON"
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    calls = tmp_path / "calls"

    class Dying(dist.AnnotateBatch):  # a class of this function: shipped to the actors by value
        def __call__(self, batch):
            if any("POISON" in s for s in batch["raw"]):
                with open(calls, "a") as fh:
                    fh.write("x")
                os._exit(1)  # as a crash in native code or a kill for memory
            return super().__call__(batch)

    real = dist.AnnotateBatch
    dist.AnnotateBatch = Dying
    init_ray(num_cpus=2)
    try:
        with pytest.raises(Exception):
            run_ray([source], tmp_path / "ray.duckdb", workers=1)
        assert 1 <= len(calls.read_text()) <= 1 + dist.MAX_TASK_RETRIES  # bounded, then it fails
    finally:
        dist.AnnotateBatch = real
        ray.shutdown()
