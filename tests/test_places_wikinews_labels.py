"""The hand-labelled Wikinews toponyms (training/places/wikinews_toponyms.jsonl) stay well formed:
every span is the text it says, halves are 35/35 by the rubric's seeded rule, and only literal
toponyms carry an id."""

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "training" / "places" / "wikinews_toponyms.jsonl"
SAMPLES = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))


def rows():
    with LABELS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_spans_match_their_text_and_do_not_overlap():
    for row in rows():
        last_end = -1
        for t in sorted(row["toponyms"], key=lambda t: t["start"]):
            assert row["text"][t["start"]:t["end"]] == t["text"], (row["id"], t)
            assert t["start"] >= last_end, (row["id"], t)
            last_end = t["end"]
            assert t["type"] in ("Literal", "Non_Literal")
            if t["type"] == "Non_Literal":
                assert t["geonameid"] is None and t["lat"] is None
            assert (t["geonameid"] is None) == (t["lat"] is None) == (t["lon"] is None)


def test_halves_are_fixed_and_even():
    from bench_places import halves_of

    halves = halves_of(rows())
    assert len(halves) == 70
    assert sorted(halves.values()).count("tune") == 35
    # a row without "half" falls back to the hash split of LGL and TR-News
    assert halves_of([{"id": "x"}])["x"] in ("tune", "check")


def test_articles_and_halves_follow_the_seeded_rule():
    # toponym_rubric.md: the sample articles of at most 5,000 characters, drawn by
    # random.Random(21).sample (the first 40, then the next 30 of the same draw); in each batch
    # the ids sorted, shuffled by random.Random(21), the first half tune.
    with SAMPLES.open(encoding="utf-8") as fh:
        short = [json.loads(line) for line in fh if line.strip()]
    short = [r for r in short if len(r["text"]) <= 5000]
    drawn = [r["id"] for r in random.Random(21).sample(short, 70)]
    halves = {row["id"]: row["half"] for row in rows()}
    assert sorted(halves) == sorted(drawn)
    for batch in (drawn[:40], drawn[40:]):
        order = sorted(batch)
        random.Random(21).shuffle(order)
        tune = set(order[:len(order) // 2])
        assert all((halves[i] == "tune") == (i in tune) for i in batch)
