"""Story vectors: an article's top TF-IDF terms (title twice, first 600 characters, actor and
place names), with document frequencies from a fixed background corpus.

The background is fixed (``story_idf.json``, counted over the project's Wikinews sample,
``samples/wikinews/``, CC BY 2.5) rather than the store's own corpus, so an article's vector never
changes once computed: two articles are linked or not whatever else the store holds, and threading
a new batch gives the same stories as a full rebuild. A term the background never saw gets the
highest weight (a rare word says most about a story). On the Wikinews sample itself the weights are
the ones the corpus-wide IDF gave, so the calibration in ``rules.STORY_SIMILARITY`` holds.

Rebuild the table (after changing :func:`terms` or the stop words)::

    python -m dateline.corpus.story_vectors samples/wikinews/wikinews.jsonl
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from . import rules

IDF_PATH = Path(__file__).with_name("story_idf.json")
LEAD_CHARS = 600  # as rows.LEAD_CHARS: what articles.lead holds

_WORD = re.compile(r"[^\W\d_][\w'-]{2,}", re.UNICODE)


def _spacy_stop_words() -> set[str]:
    """spaCy's English stop words, read from the installed package's data file.

    Importing ``spacy.lang.en.stop_words`` imports the whole of spaCy (~0.5 s of CPU, more under
    load), which a store command that threads stories would pay only for this list. The file is
    self-contained, so it is executed on its own; where spaCy is already imported, or the file is
    not where spaCy 3 keeps it, the ordinary import is used.
    """
    if "spacy" not in sys.modules:
        spec = importlib.util.find_spec("spacy")
        for root in (spec.submodule_search_locations or []) if spec else []:
            path = Path(root) / "lang" / "en" / "stop_words.py"
            if path.is_file():
                file_spec = importlib.util.spec_from_file_location("_dateline_en_stop_words", path)
                module = importlib.util.module_from_spec(file_spec)
                file_spec.loader.exec_module(module)
                return set(module.STOP_WORDS)
    from spacy.lang.en.stop_words import STOP_WORDS

    return set(STOP_WORDS)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(_spacy_stop_words()) | rules.STORY_STOPWORDS


def terms(text: str) -> list[str]:
    stop = _stop_words()
    words = (w.lower().strip("'-") for w in _WORD.findall(text))
    return [w for w in words if w not in stop and len(w) > 2]


def article_terms(title: str, lead: str, actor_names: str | None, place_names: str | None) -> Counter:
    bag = Counter(terms(lead))
    for w in terms(title):
        bag[w] += 2  # the headline says what the story is
    for w in terms((actor_names or "") + " " + (place_names or "")):
        bag[w] += 1
    return bag


@lru_cache(maxsize=1)
def idf() -> tuple[dict[str, float], float]:
    """Term weights from the background, and the weight of an unseen term."""
    data = json.loads(IDF_PATH.read_text(encoding="utf-8"))
    n = data["documents"]
    weights = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in data["df"].items()}
    return weights, math.log(1 + n) + 1.0


def vector(bag: Counter) -> dict[str, float]:
    """The unit TF-IDF vector of the article's top terms."""
    weights_of, unseen = idf()
    weights = {t: (1 + math.log(c)) * weights_of.get(t, unseen) for t, c in bag.items()}
    if len(weights) > rules.STORY_TOP_TERMS:
        weights = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:rules.STORY_TOP_TERMS])
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def count_background(path: Path) -> dict:
    """Document frequencies over a JSON Lines file of articles (title, text)."""
    df: Counter = Counter()
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                df.update(article_terms(r.get("title") or "", r["text"][:LEAD_CHARS], None, None).keys())
                n += 1
    return {"source": path.name, "documents": n, "df": dict(sorted(df.items()))}


if __name__ == "__main__":
    table = count_background(Path(sys.argv[1]))
    IDF_PATH.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{IDF_PATH.name}: {table['documents']} documents, {len(table['df'])} terms")
