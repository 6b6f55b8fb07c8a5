"""The Ray executor gives the same Documents as the local one (local Ray instance)."""

import json

import pytest

from dateline.api import extract
from dateline.pipeline import Pipeline
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ray = pytest.importorskip("ray")


def test_ray_matches_local_executor(tmp_path):
    from dateline.distributed import annotate_with_ray

    lines = (ROOT / "samples" / "wikinews" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    records = [json.loads(line) for line in lines]
    docs = [extract(r["text"], id=r["id"], published=r["published"]) for r in records]
    local = list(Pipeline().run(docs))
    try:
        remote = list(annotate_with_ray(docs, workers=2, output=tmp_path / "out"))
    finally:
        ray.shutdown()
    assert [d.id for d in remote] == [d.id for d in local]
    assert remote == local
    partitions = sorted(p.name for p in (tmp_path / "out" / "part-00000").iterdir())
    assert partitions == sorted({f"date={r['published'][:10]}" for r in records})
