"""PolNeAR records and their spaCy parses, cached (``.cache/quotes/<split>.spacy``, gitignored).

The parses come from the same pipeline and function the ``quotes`` stage sees at run time
(``dateline.nlp.parse``), so training features match annotation features. A cached parse is
read back only when its texts are the records' (a cache of all of a split serves its first N)
and its key (``<split>.key.json``) matches: the spaCy and thinc versions, the pipeline's name,
version and configuration, and the source of the ``dateline.nlp`` and ``dateline.fastpipes``
modules actually imported (which cut, tokenize and parse the text); otherwise the texts are parsed
again and the cache rewritten. ``train.py``, ``edges.py``, ``cue_scorers.py`` and ``analyse.py`` all read it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import read_jsonl  # noqa: E402
CACHE = ROOT / ".cache" / "quotes"


def read_split(shared: Path, split: str, limit: int | None = None) -> list[dict]:
    return read_jsonl(shared / "data" / "quotes" / f"polnear-{split}.jsonl", limit)


def parse_key(nlp) -> dict:
    """What a cached parse must have been made with to be read back (besides its texts): the
    parsing modules as imported (not the files beside this script, which another checkout's
    installed package may not be), the libraries, and the pipeline with its settings (a setting
    changed under the same name and version parses otherwise)."""
    import spacy
    import thinc

    from dateline import fastpipes
    from dateline import nlp as nlp_module

    code = hashlib.sha256()
    for module in (nlp_module, fastpipes):
        code.update(Path(module.__file__).read_bytes())
    return {"spacy": spacy.__version__, "thinc": thinc.__version__,
            "pipeline": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
            "config_sha256": hashlib.sha256(nlp.config.to_str().encode("utf-8")).hexdigest(),
            "code_sha256": code.hexdigest()}


def parses(records: list[dict], split: str, cache: Path = CACHE) -> list:
    """The parse of each record's text, from the cache when it holds them all and its key matches."""
    from spacy.tokens import DocBin

    from dateline import nlp as nlp_module

    nlp = nlp_module.load()
    path, key_path = cache / f"{split}.spacy", cache / f"{split}.key.json"
    key = parse_key(nlp)
    if path.exists() and key_path.exists() and json.loads(key_path.read_text(encoding="utf-8")) == key:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) >= len(records) and all(d.text == r["text"] for d, r in zip(docs, records)):
            return docs[:len(records)]
    docs = list(nlp_module.parse([r["text"] for r in records], nlp=nlp))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    key_path.write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    return docs


if __name__ == "__main__":
    import time

    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for split in ("dev", "train"):
        started = time.perf_counter()
        records = read_split(shared, split)
        docs = parses(records, split)
        print(split, len(docs), f"{time.perf_counter() - started:.0f} s", flush=True)
