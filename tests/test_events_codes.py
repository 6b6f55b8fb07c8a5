"""The CAMEO/PLOVER table and the lexicon are consistent data."""

from __future__ import annotations

from dateline.events.codes import cameo_table, lookup, yield_intent
from dateline.events.lexicon import entries

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}


def test_table_rows_are_well_formed():
    table = cameo_table()
    assert len(table) > 100
    for code, row in table.items():
        assert code.isdigit() and 3 <= len(code) <= 4
        assert row.plover in PLOVER_TYPES
        assert row.quad_class in (1, 2, 3, 4)
        assert -10.0 <= row.goldstein <= 10.0
        root = int(code[:2])
        assert row.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)


def test_every_lexicon_code_is_in_the_table():
    for (lemma, pos), found in entries().items():
        for entry in found:
            if entry.cameo == "-":  # a reading that names no event
                continue
            assert lookup(entry.cameo) is not None, (lemma, pos, entry.cameo)


def test_lookup_falls_back_to_parent_code():
    assert lookup("0311").code in ("031", "030")
    assert lookup("1712").plover == "ASSAULT"
    assert lookup("999") is None


def test_statements_are_not_plover_events():
    assert lookup("010") is None  # CAMEO 01: public statements; PLOVER has no such type


def test_intent_to_yield_follows_what_was_promised():
    assert yield_intent("0841") == "0353"  # "will release the prisoners"
    assert yield_intent("0872") == "0356"  # "will withdraw troops"
    assert yield_intent("080") == "035"
    assert {lookup(yield_intent(c)).plover for c in ("081", "0841", "085", "086", "087", "080")} \
        == {"CONCEDE"}
    assert lookup("0353").quad_class == 1  # an intent is verbal cooperation
