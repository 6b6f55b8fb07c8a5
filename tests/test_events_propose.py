"""The events' proposer (propose.py): events of the sentence model's type where the patterns found
none of it, their arguments, origin and confidence."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np
import pytest

import dateline
from dateline import nlp as nlp_module
from dateline.events import learned, propose


@pytest.fixture(scope="module")
def nlp():
    return nlp_module.load()


def test_confidence_is_capped_and_rises_with_the_probability():
    assert propose.confidence(0.95, None) == propose.MAX_CONFIDENCE
    assert propose.confidence(0.3, None) == 0.3
    fitted = np.array([-2.4, 0.4])
    low, high = propose.confidence(0.55, fitted), propose.confidence(0.9, fitted)
    assert 0.0 < low < high < propose.MAX_CONFIDENCE
    assert propose.confidence(0.999999, np.array([0.0, 2.0])) == propose.MAX_CONFIDENCE


def test_the_candidate_takes_the_clause_subject_and_objects(nlp):
    doc = nlp("Riot police lobbed tear gas shells at the crowd near the parliament.")
    trigger = next(t for t in doc if t.lower_ == "lobbed")
    candidate = propose.candidate_of(trigger, "ASSAULT")
    assert [t.lower_ for t in candidate.sources] == ["police"]
    assert "crowd" in [t.lower_ for t in candidate.targets]
    assert candidate.cameo == propose.TYPE_CODES["ASSAULT"] and candidate.family == "model"


def _model_for(word: str, label: str, strength: float = 8.0) -> learned.SentenceModel:
    """A sentence model that gives ``label`` to sentences with ``word`` and NONE to the rest."""
    weights = np.zeros((learned.DIMENSIONS, len(learned.LABELS)), dtype=np.float32)
    weights[zlib.crc32(f"w={word}".encode()) % learned.DIMENSIONS, learned.LABELS.index(label)] = \
        strength
    bias = np.zeros(len(learned.LABELS), dtype=np.float32)
    bias[-1] = 2.0
    return learned.SentenceModel(weights, bias)


@dataclass
class _Draft:
    type: str
    sentence: int
    intended: str | None = None
    companion: bool = False
    confidence: float = 0.6
    origin: str = "pattern"
    made: list = field(default_factory=list)


def test_proposals_only_where_the_patterns_found_no_event_of_the_type(nlp, monkeypatch):
    model = _model_for("scuffle", "ASSAULT")
    monkeypatch.setattr(learned, "load", lambda: (model, None))
    sentences = list(nlp("Guards scuffle with miners at the gate. Guards scuffle with "
                         "miners again. The weather was fine.").sents)
    probs = {i: model.of_sentence(s) for i, s in enumerate(sentences)}
    assert probs[0]["ASSAULT"] > propose.MIN_PROBABILITY > probs[2]["ASSAULT"]
    pattern = [_Draft("ASSAULT", 1)]
    made = []

    def make(candidate, number):
        made.append((candidate.trigger.lower_, number))
        return [_Draft(learned.TYPES[0], number)]

    out = propose.proposals(pattern, sentences, probs, make)
    assert made == [("scuffle", 0)]  # not sentence 1 (an ASSAULT there) nor 2 (no event)
    assert [d.origin for d in out] == ["model"]
    assert out[0].confidence == pytest.approx(min(probs[0]["ASSAULT"], propose.MAX_CONFIDENCE))


def test_a_second_type_is_proposed_and_a_lone_type_from_the_lower_cut(nlp, monkeypatch):
    """The model's second type is proposed from MIN_SECOND; its top type from MIN_PROBABILITY
    where the patterns found nothing, from MIN_BESIDE beside their other types, from its own cut
    (MIN_TYPE) when it has one."""
    weights = np.zeros((learned.DIMENSIONS, len(learned.LABELS)), dtype=np.float32)
    column = zlib.crc32(b"w=scuffle") % learned.DIMENSIONS
    weights[column, learned.LABELS.index("ASSAULT")] = 6.0
    weights[column, learned.LABELS.index("PROTEST")] = 5.5
    model = learned.SentenceModel(weights, np.zeros(len(learned.LABELS), dtype=np.float32))
    monkeypatch.setattr(learned, "load", lambda: (model, None))
    sentences = list(nlp("Guards scuffle with miners at the gate. Guards scuffle with "
                         "miners again.").sents)
    probs = {i: model.of_sentence(s) for i, s in enumerate(sentences)}
    assert probs[0]["ASSAULT"] >= propose.MIN_PROBABILITY
    assert propose.MIN_SECOND <= probs[0]["PROTEST"] < propose.MIN_PROBABILITY
    made = []

    def make(candidate, number):
        made.append((candidate.cameo, number))
        return [_Draft(learned.TYPES[0], number)]

    propose.proposals([_Draft("ASSAULT", 1)], sentences, probs, make)
    codes = propose.TYPE_CODES
    assert made == [(codes["ASSAULT"], 0), (codes["PROTEST"], 0), (codes["PROTEST"], 1)]
    monkeypatch.setattr(propose, "MIN_SECOND", 0.9)
    made.clear()
    propose.proposals([_Draft("COERCE", 1)], sentences, probs, make)
    # beside sentence 1's COERCE its top type is proposed too, from MIN_BESIDE
    assert made == [(codes["ASSAULT"], 0), (codes["ASSAULT"], 1)]
    monkeypatch.setattr(propose, "MIN_PROBABILITY", 0.9)
    made.clear()
    propose.proposals([_Draft("COERCE", 1)], sentences, probs, make)
    assert made == [(codes["ASSAULT"], 1)]  # the cut where the patterns found nothing moved
    monkeypatch.setattr(propose, "MIN_BESIDE", 0.9)
    made.clear()
    propose.proposals([_Draft("COERCE", 1)], sentences, probs, make)
    assert made == []
    # a type's own cut replaces both for that type only
    monkeypatch.setattr(propose, "MIN_TYPE", {"ASSAULT": probs[0]["ASSAULT"] - 0.01})
    propose.proposals([_Draft("COERCE", 1)], sentences, probs, make)
    assert made == [(codes["ASSAULT"], 0), (codes["ASSAULT"], 1)]
    made.clear()
    monkeypatch.setattr(propose, "MIN_TYPE", {"PROTEST": 0.0})
    propose.proposals([_Draft("COERCE", 1)], sentences, probs, make)
    assert made == []

def test_a_document_without_events_gets_its_likeliest_sentence_type_from_the_alone_cut(
        nlp, monkeypatch):
    """Below MIN_PROBABILITY, a document where nothing else was found gets one proposal: the
    likeliest type of the sentence where it is likeliest, from MIN_ALONE; none beside any
    pattern event."""
    model = _model_for("scuffle", "ASSAULT", strength=2.5)
    monkeypatch.setattr(learned, "load", lambda: (model, None))
    sentences = list(nlp("The weather was fine. Guards scuffle with miners at the gate.").sents)
    probs = {i: model.of_sentence(s) for i, s in enumerate(sentences)}
    assert probs[1]["ASSAULT"] < propose.MIN_PROBABILITY
    made = []

    def make(candidate, number):
        made.append((candidate.cameo, number))
        return [_Draft(learned.TYPES[0], number)]

    monkeypatch.setattr(propose, "MIN_ALONE", probs[1]["ASSAULT"] - 0.01)
    out = propose.proposals([], sentences, probs, make)
    assert made == [(propose.TYPE_CODES["ASSAULT"], 1)] and [d.origin for d in out] == ["model"]
    made.clear()
    assert propose.proposals([_Draft("PROTEST", 0)], sentences, probs, make) == [] and not made
    monkeypatch.setattr(propose, "MIN_ALONE", probs[1]["ASSAULT"] + 0.01)
    assert propose.proposals([], sentences, probs, make) == [] and not made


def test_the_proposal_studys_patterns_alone_turn_every_cut_off(nlp, monkeypatch):
    """proposal_study.py scores the patterns' events with the proposer off: every cut, the
    types' own included, and they come back after."""
    import importlib
    import sys
    from pathlib import Path
    folder = str(Path(__file__).resolve().parents[1] / "training" / "events")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    study = importlib.import_module("proposal_study")
    model = _model_for("scuffle", "ASSAULT")
    monkeypatch.setattr(learned, "load", lambda: (model, None))
    monkeypatch.setattr(propose, "MIN_TYPE", {"ASSAULT": 0.0})
    sentences = list(nlp("Guards scuffle with miners at the gate.").sents)
    probs = {0: model.of_sentence(sentences[0])}
    made = []

    def make(candidate, number):
        made.append(number)
        return [_Draft(learned.TYPES[0], number)]

    before = study._cuts()
    with study.proposer_off():
        assert propose.proposals([], sentences, probs, make) == [] and not made
        assert propose.proposals([_Draft("COERCE", 0)], sentences, probs, make) == []
    assert study._cuts() == before and not made
    assert propose.proposals([], sentences, probs, make) and made


def test_a_proposed_event_is_marked_in_the_document():
    doc = dateline.annotate("The two neighbours hold talks in Geneva.", published="2024-05-02")
    assert all(e.origin in ("pattern", "model") for e in doc.events)
    assert all("origin" in e for e in doc.as_dict()["events"])


@dataclass
class _Keyed:
    type: str
    origin: str
    sources: list
    targets: list
    source_keys: tuple
    target_keys: tuple
    modality: str = "asserted"
    mode: str | None = None
    date: str | None = None
    date_basis: str | None = "publication"
    place: object = None


def test_a_proposal_of_an_occurrence_the_patterns_found_is_dropped():
    pattern = _Keyed("ASSAULT", "pattern", ["a1"], ["a2"], ("IND",), ("PAK",))
    same = _Keyed("ASSAULT", "model", ["a3"], ["a2"], ("IND",), ("PAK",))
    other = _Keyed("ASSAULT", "model", ["a4"], ["a5"], ("CHN",), ("TWN",))
    kept = propose.new_occurrences([pattern, same, other])
    assert kept == [pattern, other]


def test_the_sentence_model_reads_the_lexicon_type_of_coded_words(nlp):
    doc = nlp("Soldiers shelled the border village overnight.")
    features = learned.lexicon_features([t for t in doc])
    assert "lex=ASSAULT" in features and "lexroot=ASSAULT" in features
    assert learned.lexicon_features([t for t in nlp("The weather was mild and sunny.")]) == []
    assert set(features) <= set(learned.sentence_features(doc))


def test_the_sentence_model_reads_content_words_not_names_stop_words_or_bigrams(nlp):
    doc = nlp("Police in Freetown also arrested twelve striking teachers on Monday, the ministry said.")
    features = learned.sentence_features(doc)
    words = {f[2:] for f in features if f.startswith("w=")}
    assert {"arrest", "teacher"} <= words
    assert not words & {"the", "in", "on", "also", "<num>"}  # "also": an adverb and a stop word
    named = [t for t in doc if t.ent_type_]
    assert named and not words & {t.lemma_.lower() for t in named}
    assert {f"e={t.ent_type_}" for t in named if t.ent_iob_ == "B"} <= set(features)
    assert not any(f.startswith("b=") for f in features)


def test_the_store_keeps_each_events_origin_and_backfills_older_stores(tmp_path):
    """An analyst can leave the sentence model's proposals out in SQL: event_mentions.origin (v10);
    a store written before v10 holds pattern events only, and the migration says so, also when the
    first reader is `dateline sql`."""
    from dataclasses import replace

    import duckdb
    from test_corpus_fixtures import talks_document

    from dateline.corpus import Store
    from dateline.corpus.query import run_sql

    document = talks_document("t1")
    proposed = replace(document.events[0], origin="model")
    document = replace(document, events=(proposed,) + document.events[1:])
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add_batch([document])
        rows = store.con.execute("SELECT DISTINCT event_index, origin FROM event_mentions "
                                 "ORDER BY event_index").fetchall()
    assert rows[0] == (0, "model") and {origin for _, origin in rows[1:]} == {"pattern"}
    con = duckdb.connect(str(path))  # a v9 store: no origin column
    con.execute("ALTER TABLE event_mentions DROP COLUMN origin")
    con.execute("DELETE FROM schema_migrations WHERE version >= 10")
    con.close()
    # `dateline sql` reads through the same migration as every other reader
    _, again = run_sql(str(path), "SELECT DISTINCT event_index, origin FROM event_mentions "
                                  "ORDER BY event_index")
    assert again == rows
