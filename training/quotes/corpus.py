"""PolNeAR records and their spaCy parses, cached (``.cache/quotes/<split>.spacy``, gitignored).

The parses come from the same pipeline and function the ``quotes`` stage sees at run time
(``dateline.nlp.parse``), so training features match annotation features.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import read_jsonl  # noqa: E402
CACHE = ROOT / ".cache" / "quotes"


def read_split(shared: Path, split: str, limit: int | None = None) -> list[dict]:
    return read_jsonl(shared / "data" / "quotes" / f"polnear-{split}.jsonl", limit)


def parses(records: list[dict], split: str, cache: Path = CACHE) -> list:
    """The parse of each record's text, from the cache when it holds them all."""
    from spacy.tokens import DocBin

    from dateline import nlp as nlp_module

    nlp = nlp_module.load()
    path = cache / f"{split}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) >= len(records) and all(d.text == r["text"] for d, r in zip(docs, records)):
            return docs[:len(records)]
    docs = list(nlp_module.parse([r["text"] for r in records], nlp=nlp))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs


if __name__ == "__main__":
    import time

    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for split in ("dev", "train"):
        started = time.perf_counter()
        records = read_split(shared, split)
        docs = parses(records, split)
        print(split, len(docs), f"{time.perf_counter() - started:.0f} s", flush=True)
