"""The readable event lines of `dateline summary` / `stats` and the story timelines."""

from __future__ import annotations

from dateline.corpus.store import timeline
from dateline.summary import dyad


def test_a_dyad_of_the_same_parties_both_ways_reads_as_each_other():
    assert dyad(["Cyprus", "Greece"], "CONSULT", ["Greece", "Cyprus"]) == "Cyprus + Greece —CONSULT— each other"
    assert dyad(["Cyprus"], "CONSULT", ["Greece"]) == "Cyprus —CONSULT→ Greece"
    assert dyad([], "PROTEST", []) == "? —PROTEST→ ?"
    # one party on both sides is no "each other" (a self-directed act keeps its arrow)
    assert dyad(["Cyprus"], "REJECT", ["Cyprus"]) == "Cyprus —REJECT→ Cyprus"


def test_a_story_timeline_writes_events_as_dyads():
    event = {"id": 7, "type": "CONSULT", "source_names": ["Kenya", "Uganda"], "target_names": ["Uganda", "Kenya"],
             "place_name": "Nairobi", "date_start": "2021-03-02", "date": "2021-03-02", "modality": "asserted",
             "n_sources": 1}
    (item,) = timeline([], [event])
    assert item["text"] == "Kenya + Uganda —CONSULT— each other, Nairobi"
