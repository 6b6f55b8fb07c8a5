"""The hand-labelled Wikinews toponyms (training/places/wikinews_toponyms.jsonl) stay well formed:
every span is the text it says, halves are 20/20, and only literal toponyms carry an id."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "training" / "places" / "wikinews_toponyms.jsonl"
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
    assert len(halves) == 40
    assert sorted(halves.values()).count("tune") == 20
    # a row without "half" falls back to the hash split of LGL and TR-News
    assert halves_of([{"id": "x"}])["x"] in ("tune", "check")
