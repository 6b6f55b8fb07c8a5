"""The quotes training's parse cache (training/quotes/corpus.py): read back only for the texts it
holds and the pipeline and parsing code it was made with."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def corpus(quotes_training):
    return quotes_training("corpus")


@pytest.fixture
def counted(corpus, nlp, monkeypatch):
    from dateline import nlp as nlp_module

    calls = []
    real = nlp_module.parse

    def parse(texts, nlp=None, **kw):
        texts = list(texts)
        calls.append(len(texts))
        return real(texts, nlp=nlp, **kw)

    monkeypatch.setattr(nlp_module, "parse", parse)
    return calls


RECORDS = [{"text": "The mayor said the bridge will open in May."}, {"text": "“It is over,” she told reporters."}]


def test_a_cached_parse_is_read_back_for_its_texts_and_a_prefix(corpus, counted, tmp_path):
    docs = corpus.parses(RECORDS, "train", cache=tmp_path)
    again = corpus.parses(RECORDS, "train", cache=tmp_path)
    first = corpus.parses(RECORDS[:1], "train", cache=tmp_path)
    assert counted == [2]
    assert [d.text for d in again] == [r["text"] for r in RECORDS] == [d.text for d in docs]
    assert [t.dep_ for t in again[0]] == [t.dep_ for t in docs[0]]
    assert [d.text for d in first] == [RECORDS[0]["text"]]


def test_other_texts_or_another_pipeline_parse_again(corpus, counted, tmp_path):
    corpus.parses(RECORDS, "train", cache=tmp_path)
    corpus.parses([{"text": "Officials said nothing."}], "train", cache=tmp_path)
    assert counted == [2, 1]
    key_path = tmp_path / "train.key.json"
    key = json.loads(key_path.read_text(encoding="utf-8"))
    assert key["pipeline"] and key["spacy"] and len(key["code_sha256"]) == 64
    key_path.write_text(json.dumps(dict(key, pipeline="en_core_web_sm 0.0.1")), encoding="utf-8")
    corpus.parses([{"text": "Officials said nothing."}], "train", cache=tmp_path)
    assert counted == [2, 1, 1]
    (tmp_path / "train.key.json").unlink()
    corpus.parses([{"text": "Officials said nothing."}], "train", cache=tmp_path)
    assert counted == [2, 1, 1, 1]
    # a setting of the pipeline changed under the same name and version, or another thinc
    key = json.loads(key_path.read_text(encoding="utf-8"))
    assert key["thinc"] and len(key["config_sha256"]) == 64
    for field in ("config_sha256", "thinc"):
        key_path.write_text(json.dumps(dict(key, **{field: "0"})), encoding="utf-8")
        corpus.parses([{"text": "Officials said nothing."}], "train", cache=tmp_path)
    assert counted == [2, 1, 1, 1, 1, 1]


def test_the_key_hashes_the_parsing_modules_imported(corpus, nlp):
    # the source of the dateline.nlp and fastpipes modules Python imported (another checkout's
    # installed package included), not the files beside the training script
    import hashlib
    from pathlib import Path

    from dateline import fastpipes
    from dateline import nlp as nlp_module

    code = hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in (nlp_module, fastpipes)))
    assert corpus.parse_key(nlp)["code_sha256"] == code.hexdigest()
