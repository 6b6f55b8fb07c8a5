"""The Ray executor gives the same Documents as the local one (local Ray instance)."""

import json
from pathlib import Path

import pytest

from dateline.api import extract
from dateline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    from dateline.distributed import init_ray

    init_ray(num_cpus=2)
    yield
    ray.shutdown()


def sample_records(n):
    lines = (ROOT / "samples" / "wikinews" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def test_ray_matches_local_executor(tmp_path, local_ray):
    from dateline.distributed import annotate_with_ray

    records = sample_records(5)
    docs = [extract(r["text"], id=r["id"], published=r["published"]) for r in records]
    local = list(Pipeline().run(docs))
    remote = list(annotate_with_ray(docs, workers=2, output=tmp_path / "out"))
    assert [d.id for d in remote] == [d.id for d in local]
    assert remote == local
    partitions = sorted(p.name for p in (tmp_path / "out" / "part-00000").iterdir())
    assert partitions == sorted({f"date={r['published'][:10]}" for r in records})


def test_ingest_with_the_ray_executor_stores_what_the_local_one_stores(tmp_path, local_ray):
    from dateline.corpus.ingest import ingest, ray_executor
    from dateline.corpus.store import Store

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in sample_records(4)) + "\n", encoding="utf-8")
    ingest([str(source)], tmp_path / "local.duckdb", batch_size=3)
    report = ingest([str(source)], tmp_path / "ray.duckdb", batch_size=3, annotate=ray_executor(2))
    assert report.added == 4
    query = "SELECT id, document FROM articles ORDER BY id"
    with Store(tmp_path / "local.duckdb", read_only=True) as a, Store(tmp_path / "ray.duckdb", read_only=True) as b:
        assert a.con.execute(query).fetchall() == b.con.execute(query).fetchall()
