"""No pronoun and no non-actor among the actors of real sample articles (the bundled Wikinews
sample), chosen by what they contain: for each cue below, the first article (by id) that has it
and is not chosen yet."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
# Things that were once taken for actors: a time zone, the publication itself, its interview
# label, a disease, a platform, the first person.
CUES = (" UTC", "Wikinews", "((WN))", "COVID-19", "Twitter", " I ")
PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "they", "it", "him",
            "her", "them", "his", "their", "its"}


@pytest.fixture(scope="module")
def documents():
    import dateline
    from dateline.pipeline import Pipeline

    if not SAMPLE.exists():
        pytest.skip("samples/wikinews is absent")
    records = sorted((json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()
                      if line.strip()), key=lambda r: r["id"])
    chosen = {}
    for cue in CUES:
        record = next((r for r in records if cue in r["text"] and r["id"] not in chosen), None)
        if record is not None:
            chosen[record["id"]] = record
    inputs = [dateline.extract(r["text"], published=r.get("published"), url=r.get("url"),
                               id=r["id"], format="text") for r in chosen.values()]
    return list(Pipeline(stages=("entities", "places", "actors")).run(inputs))


def test_no_actor_is_a_pronoun_or_a_non_actor(documents):
    from dateline.actors.lexicon import lexicon
    from dateline.actors.publications import compact

    lex = lexicon()
    assert len(documents) >= 4
    for doc in documents:
        for actor in doc.actors:
            assert actor.name.lower() not in PRONOUNS, (doc.id, actor.name)
            assert any(m.kind != "pronoun" for m in actor.mentions), (doc.id, actor.name)
            assert lex.not_actor(actor.name) != "never", (doc.id, actor.name)
            assert compact(actor.name) not in ("wikinews", "wn"), (doc.id, actor.name)


def test_the_most_frequent_actors_are_no_pronouns_time_zones_diseases_or_publishers(documents):
    counts = Counter(actor.name for doc in documents for actor in doc.actors)
    top = [name for name, _ in counts.most_common(10)]
    assert len(top) == 10, top
    assert not {"UTC", "Wikinews", "WN", "COVID-19", "I", "you", "we"} & set(top), top
