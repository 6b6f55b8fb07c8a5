"""Helpers shared by the benchmark scripts: JSON Lines in and out, the events model option."""

from __future__ import annotations

import json
from pathlib import Path


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    """The first ``limit`` objects of a JSON Lines file (all when ``limit`` is None)."""
    rows = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def add_model_option(parser) -> None:
    """``--model DIR`` of the events benchmarks (pass it to ``learned.use_model_dir``)."""
    parser.add_argument("--model", type=Path, default=None,
                        help="the events model of this folder (weights.npz, meta.json) instead of "
                             "the shipped one: a rule change measured with the model it had "
                             "before, apart from the refit's own moves")
