"""PETRARCH2's verb dictionary as the event lexicon's fallback: the build's mapping of codes and
patterns into the lexicon's condition language, the shipped table being what the build gives, and
the lexicon taking PETRARCH's reading only where its own hand-written readings are silent."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from test_events_helpers import run_events

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training" / "events"))

import build_petrarch_verbs as build  # noqa: E402
from dateline.events import lexicon  # noqa: E402

KNOWN = build.cameo_codes()


@pytest.fixture
def petrarch(monkeypatch):
    """The lexicon reading PETRARCH's table (not shipped so: lexicon.PETRARCH_VERBS is None)."""
    monkeypatch.setattr(lexicon, "PETRARCH_VERBS", lexicon.PETRARCH_TABLE)
    lexicon.entries.cache_clear()
    yield
    monkeypatch.undo()
    lexicon.entries.cache_clear()


def test_shipped_lexicon_reads_the_hand_table_alone():
    assert lexicon.PETRARCH_VERBS is None
    assert all(e.origin == "hand" for found in lexicon.entries().values() for e in found)
SETS = {"CEASEFIRE": ["TRUCE", "ARMISTICE", "CEASE_FIRE"], "HOSTAGE": ["HOSTAGE", "PRISONER"]}


@pytest.mark.parametrize("raw, code", [
    ("190", "190"),            # in cameo.tsv as it is
    ("042:043", "042"),        # the first of a pair
    ("0311:0311", "031"),      # the three-digit parent
    ("0341", "030"),           # no three-digit parent either: the root's X0
    ("012", "-"),              # CAMEO 01, statements: no PLOVER event
    ("---", "-"),
    (":173", None),            # only the reverse event: nothing to take
])
def test_codes_map_into_cameo_tsv(raw, code):
    assert build.map_code(raw, KNOWN) == code


@pytest.mark.parametrize("pattern, conditions", [
    ("* AID", [("obj", ["aid"])]),
    ("* (FOR HELP)", [("prep", ["for"]), ("pobj", ["help"])]),
    ("* (TO)", [("prep", ["to"])]),
    ("* &CEASEFIRE", [("obj", ["armistice", "truce"])]),  # one-word members only
    ("* {PEACE DEAL}", [("obj", ["deal"]), ("objmod", ["peace"])]),
    ("* DOWN RIOT", [("prt", ["down"]), ("obj", ["riot"])]),
    ("* &HOSTAGE (TO &CEASEFIRE)", [("obj", ["hostage", "prisoner"]), ("prep", ["to"]),
                                    ("pobj", ["armistice", "truce"])]),
    ("&MILITARY * EXERCISES", None),     # words before the verb: the subject, not mapped
    ("* (TO LIST) (OF PARTIES)", None),  # two prepositional phrases
    ("* (TO {BANNED PARTIES}) $", None),  # an actor mark
    ("* {FREE TRADE DEAL}", None),       # three words
    ("* &NOSUCHSET", None),
])
def test_patterns_map_simply_or_not_at_all(pattern, conditions):
    assert build.pattern_conditions(pattern, SETS) == conditions


def test_two_word_verbs():
    assert build.verb_reading("+CALL_OFF") == ("call", [("prt", ["off"])])
    assert build.verb_reading("+ASK_FOR") == ("ask", [("prep", ["for"])])
    assert build.verb_reading("ASK") == ("ask", [])
    assert build.verb_reading("+TAKE_LEAVE") is None  # an object word: not mapped
    assert build.verb_reading("+RULE_OUT_OF_HAND") is None


SMALL = ("&CEASEFIRE\n+TRUCE\n\n"
         "--- PROMISE [030] ---\nPROMISE\nPLEDGE [---]\nMAKE\n"
         "- * AID\t[033]\t# PROMISE\n- * PLAN\t[---]\t# PROMISE\n- * (TO)\t[036]\t# PROMISE\n"
         "--- QUIBBLE [---] ---\nQUIBBLE\n- * (OVER &CEASEFIRE)\t[111]\n")


def test_block_defaults_patterns_and_light_verbs(tmp_path):
    source = tmp_path / "verbs.txt"
    source.write_text(SMALL, encoding="utf-8")
    rows = {(lemmas, cond): code for lemmas, cond, code, _ in build.build(
        source, KNOWN, Counter(), defaults_kept=True, noun_required=False)}
    assert rows[("make|pledge|promise", "prep=to")] == "036"
    assert rows[("promise", "-")] == "030"
    assert ("pledge", "-") not in rows and ("make", "-") not in rows  # no event; a light verb
    assert rows[("make|pledge|promise", "obj=aid")] == "033"  # a pattern is the whole block's
    # "[---]" is kept only where it overrides a default that codes an event
    assert rows[("promise", "obj=plan")] == "-"
    assert rows[("quibble", "prep=over;pobj=truce")] == "111"
    assert not any(lemmas == "quibble" and cond == "-" for lemmas, cond in rows)


def test_shipped_build_keeps_patterns_that_name_a_noun(tmp_path):
    source = tmp_path / "verbs.txt"
    source.write_text(SMALL, encoding="utf-8")
    rows = {(lemmas, cond): code for lemmas, cond, code, _ in build.build(source, KNOWN, Counter())}
    assert rows == {("make|pledge|promise", "obj=aid"): "033",
                    ("quibble", "prep=over;pobj=truce"): "111"}


def test_shipped_table_is_what_the_build_gives():
    rows = build.build(build.SOURCE, KNOWN, Counter())
    shipped = [line.split("\t")[:4] for line in (lexicon.DATA / "petrarch_verbs.tsv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert shipped == [[lemmas, "V", cond, code] for lemmas, cond, code, _ in rows]
    assert "Open Event Data Alliance" in (lexicon.DATA / "PETRARCH_LICENSE.txt").read_text()
    assert "Copyright (c) 2015 Open Event Data Alliance" in build.SOURCE.read_text(encoding="utf-8")


def test_hand_readings_come_first_and_keep_their_silence(petrarch):
    table = lexicon.entries()
    # a verb the hand lexicon lacks reads PETRARCH's patterns ("traded fire": TRADE block)
    assert any(e.origin == "petrarch" and e.cameo == "193" for e in table[("trade", "V")])
    # a hand verb: its own readings first, PETRARCH's patterns after them, never its default
    promise = table[("promise", "V")]
    origins = [e.origin for e in promise]
    assert origins == sorted(origins, key=lambda o: o != "hand")
    assert not any(e.origin == "petrarch" and not e.conditions for e in promise)
    talk = table[("talk", "V")]  # read by the hand lexicon only with "with" / "to"
    assert not any(not e.conditions for e in talk)


US = ("USA", "country", "The United States", "United States", "US")
IRN = ("IRN", "country", "Iran")


ISR = ("ISR", "country", "Israel")


def test_petrarch_readings_type_the_sentence_not_the_triggers(nlp, petrarch):
    from dateline.events.learned import lexicon_features

    doc = nlp("Israel traded fire with Iran on Tuesday.")
    traded = doc[1]
    assert lexicon.match(traded, "V") is None  # no trigger: PETRARCH_TRIGGER_ROOTS is empty
    assert lexicon.match(traded, "V", every=True).cameo == "193"
    assert "lex=ASSAULT" in lexicon_features(list(doc))
    other = nlp("Israel traded goods with Iran on Tuesday.")
    assert lexicon.match(other[1], "V", every=True) is None  # no pattern holds, no default shipped
    assert not any(f.startswith("lex=") for f in lexicon_features(list(other)))


def test_a_root_let_through_makes_petrarch_readings_triggers(nlp, petrarch, monkeypatch):
    monkeypatch.setattr(lexicon, "PETRARCH_TRIGGER_ROOTS", frozenset({"19"}))
    events, _ = run_events(nlp, "Israel traded fire with Iran on Tuesday.", {"ir": IRN, "is": ISR})
    assert [e.cameo for e in events if e.type == "ASSAULT"] == ["193"], [(e.type, e.cameo) for e in events]
    monkeypatch.setattr(lexicon, "PETRARCH_TRIGGER_ROOTS", frozenset({"04"}))
    events, _ = run_events(nlp, "Israel traded fire with Iran on Tuesday.", {"ir": IRN, "is": ISR})
    assert not [e for e in events if e.cameo == "193"]


def test_hand_reading_wins_over_petrarch(nlp, petrarch):
    events, _ = run_events(nlp, "The United States promised aid to Iran.", {"us": US, "ir": IRN})
    assert [e for e in events if e.type == "AGREE"]  # the hand lexicon's convention (033)


def test_off_the_sentence_model_and_the_triggers_share_one_match(nlp):
    """With the table off (as shipped), asking for every reading gives what the triggers get, so
    one events run matches each word once, not once per asker (review22B: twice before)."""
    doc = nlp("Russia attacked Ukraine and promised aid.")
    doc.user_data[lexicon.MATCH_KEY] = memo = {}
    for token in doc:
        assert lexicon.match(token, "V", every=True) == lexicon.match(token, "V")
    assert len(memo) == len(doc)


def test_on_with_readings_held_from_triggers_every_is_asked_apart(nlp, petrarch):
    doc = nlp("Russia attacked Ukraine.")
    doc.user_data[lexicon.MATCH_KEY] = memo = {}
    lexicon.match(doc[1], "V", every=True)
    lexicon.match(doc[1], "V")
    assert len(memo) == 2
