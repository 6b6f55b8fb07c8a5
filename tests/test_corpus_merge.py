"""The rules that decide when two event mentions are one occurrence, and dedup's arithmetic."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.corpus import dedup
from dateline.corpus.merge import Occurrence, Place, Side, compatible, interval, mergeable, overlaps

PUBLISHED = date(2021, 11, 24)


@pytest.mark.parametrize("value, expected", [
    ("2021-11-23", (date(2021, 11, 23), date(2021, 11, 23))),
    ("2021-11-23T14:00", (date(2021, 11, 23), date(2021, 11, 23))),
    ("2021-W48", (date(2021, 11, 29), date(2021, 12, 5))),
    ("2021-10", (date(2021, 10, 1), date(2021, 10, 31))),
    ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
    ("2021-Q4", (date(2021, 10, 1), date(2021, 12, 31))),
    ("2021", (date(2021, 1, 1), date(2021, 12, 31))),
    ("2021-H2", (date(2021, 7, 1), date(2021, 12, 31))),
    ("2018-SU", (date(2018, 6, 1), date(2018, 8, 31))),
    ("2019-WI", (date(2019, 12, 1), date(2020, 2, 29))),
    (None, (PUBLISHED, PUBLISHED)),
    ("PRESENT_REF", (PUBLISHED, PUBLISHED)),
    ("PAST_REF", None),
    ("XXXX-11-08", None),
    ("2021-13-45", None),
])
def test_interval_of_timex_values(value, expected):
    assert interval(value, PUBLISHED) == expected


def test_vague_dates_never_merge_and_slack_is_one_day():
    assert mergeable(interval("2021-10", PUBLISHED))
    assert not mergeable(interval("2021", PUBLISHED)) and not mergeable(None)
    day = interval("2021-11-23", PUBLISHED)
    assert overlaps(day, interval("2021-11-24", PUBLISHED))      # reports a day apart
    assert not overlaps(day, interval("2021-11-26", PUBLISHED))
    assert overlaps(day, interval("2021-W47", PUBLISHED))


def test_places():
    doha = Place(290030, "QAT", 25.285, 51.531, "PPLC")
    wakrah = Place(359796, "QAT", 25.171, 51.603, "PPLA")  # 14 km south
    kabul = Place(1138958, "AFG", 34.528, 69.172, "PPLC")
    qatar = Place(289688, "QAT", 25.5, 51.25, "PCLI")
    assert doha.compatible(doha) and doha.compatible(wakrah) and doha.compatible(qatar)
    assert not doha.compatible(kabul) and not kabul.compatible(qatar)
    assert doha.compatible(Place())  # unknown place does not tell them apart


def test_sides():
    us = Side(frozenset({"united states"}), frozenset({"USA"}), frozenset({"GOV"}))
    washington = Side(frozenset({"washington"}), frozenset({"USA"}), frozenset({"GOV"}))
    us_army = Side(frozenset({"us army"}), frozenset({"USA"}), frozenset({"MIL"}))
    taliban = Side(frozenset({"taliban"}), frozenset({"AFG"}), frozenset({"INS"}))
    assert us.compare(washington) == "match"
    assert us.compare(us_army) == "conflict"     # same country, other sector
    assert us.compare(taliban) == "conflict"
    assert us.compare(Side()) == "unknown"
    # a differently named actor of the country with no sector is another party
    trade_body = Side(frozenset({"recording industry association"}), frozenset({"USA"}), frozenset())
    assert us.compare(trade_body) == trade_body.compare(us) == "conflict"
    # without names, the country is what there is to match on
    assert Side(frozenset(), frozenset({"USA"}), frozenset()).compare(us) == "match"


def occurrence(type_="CONSULT", source="USA", target="AFG", day="2021-11-23", article="a",
               modality="asserted", root=None):
    return Occurrence(type_, modality, interval(day, PUBLISHED),
                      Side(frozenset(), frozenset({source}) if source else frozenset(), frozenset()),
                      Side(frozenset(), frozenset({target}) if target else frozenset(), frozenset()),
                      Place(290030, "QAT", 25.285, 51.531, "PPLC"), {article}, {root or article})


def test_compatible_occurrences():
    base = occurrence()
    assert compatible(base, occurrence(article="b"))
    assert not compatible(base, occurrence(article="a"))                     # same article
    assert not compatible(base, occurrence(article="b", modality="planned"))
    assert not compatible(base, occurrence(type_="ASSAULT", article="b"))
    assert not compatible(base, occurrence(day="2021-12-20", article="b"))
    assert not compatible(base, occurrence(source="RUS", article="b"))
    # symmetric types may swap sides; directed ones may not
    assert compatible(base, occurrence(source="AFG", target="USA", article="b"))
    assert not compatible(occurrence("ASSAULT"), occurrence("ASSAULT", source="AFG", target="USA", article="b"))
    # aid and concessions are one-way too: "A sent aid to B" is not "B sent aid to A"
    for directed in ("AID", "CONCEDE", "SUPPORT"):
        assert not compatible(occurrence(directed),
                              occurrence(directed, source="AFG", target="USA", article="b"))
        assert compatible(occurrence(directed), occurrence(directed, article="b"))
    # with no actor on either side only copies of one article merge
    blind = occurrence(source=None, target=None)
    assert not compatible(blind, occurrence(source=None, target=None, article="b"))
    assert compatible(blind, occurrence(source=None, target=None, article="b", root="a"))
    # a surer match scores higher: both sides and the same day beat one side
    assert compatible(base, occurrence(article="b")) > compatible(base, occurrence(target=None, article="c"))


def test_containment_arithmetic():
    assert dedup.containment(1.0, 100, 100) == 1.0
    # B holds all of A (|A| = 50, |B| = 100): J = 0.5, containment of A in B = 1
    assert dedup.containment(0.5, 50, 100) == pytest.approx(1.0)
    assert dedup.containment(0.0, 50, 100) == 0.0
    assert not dedup.is_copy(0.5, 10, 10)         # short texts need Jaccard ≥ 0.6
    assert dedup.is_copy(0.5, 100, 100)           # containment 0.67


def test_fingerprint_is_stable_and_banded():
    text = "The two sides met in the Qatari capital in October, the State Department said."
    a, b = dedup.fingerprint(text), dedup.fingerprint(text.upper())
    assert (a.signature == b.signature).all() and a.size == b.size == 10
    assert len(a.bands) == dedup.BANDS and a.bands == dedup.band_hashes(b.signature)
    assert dedup.fingerprint("  ... ") is None


def test_one_definition_of_symmetric_types():
    """The corpus and the events stage merge by the same list; the events stage's joint types
    (parties named together act on each other) add SUPPORT to it."""
    from dateline.corpus import rules
    from dateline.events import cues, merge
    assert merge.SYMMETRIC_TYPES is rules.SYMMETRIC_TYPES is cues.SYMMETRIC_TYPES
    assert cues.JOINT_TYPES == rules.SYMMETRIC_TYPES | {"SUPPORT"}


def test_events_stage_does_not_read_the_corpus():
    """The corpus reads the events stage's lists, not the other way round: a stage runs without
    the store's package."""
    import subprocess
    import sys

    from dateline import events
    modules = sorted(f"dateline.events.{path.stem}" for path in
                     Path(events.__file__).parent.glob("*.py") if path.stem != "__init__")
    # a fresh interpreter: this one has the corpus loaded by other tests
    probe = (f"import sys\nfor m in {modules!r}: __import__(m)\n"
             "print(sorted(m for m in sys.modules if m.startswith('dateline.corpus')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_assign_by_date_bucket_gives_the_answer_of_the_whole_pool(monkeypatch):
    """The pool keyed on the start date's bucket: the same ids as comparing with every candidate
    (ties to the earlier one, spans across bucket edges, month-long and unmergeable spans)."""
    import copy
    import random
    from datetime import timedelta

    from dateline.corpus import merge
    from dateline.corpus.merge import assign

    rng = random.Random(7)
    names, countries = ["ann", "bob", "cy"], ["USA", "FRA"]

    def occurrence(k: int, article: str) -> Occurrence:
        start = date(2021, 1, 1) + timedelta(days=rng.randint(0, 120))
        length = rng.choice([0, 0, 0, 1, 6, 30, 31, 365])
        span = None if rng.random() < 0.05 else (start, start + timedelta(days=length))
        side = lambda: Side(frozenset(rng.sample(names, rng.randint(0, 1))),  # noqa: E731
                            frozenset(rng.sample(countries, rng.randint(0, 1))))
        return Occurrence(type=rng.choice(["ASSAULT", "CONSULT"]), modality="asserted", span=span,
                          source=side(), target=side(), place=Place(), articles={article},
                          roots={article}, event_id=k)

    candidates = [occurrence(k, f"old{k}") for k in range(1, 300)]
    probes = [occurrence(0, f"new{k // 3}") for k in range(400)]
    got = assign(copy.deepcopy(probes), copy.deepcopy(candidates), 300)
    # the reference: every date in one bucket, so each probe meets every candidate of its type
    monkeypatch.setattr(merge, "_bucket", lambda day: 0)
    monkeypatch.setattr(merge, "_start_buckets", lambda span: range(1))
    expected = assign(probes, candidates, 300)
    assert got == expected
    assert len(got[1]) < len(probes)  # some probes merged into stored events
