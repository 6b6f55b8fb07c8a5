"""The faster stand-ins for spaCy's attribute ruler and lemmatizer give every word the same
attributes as the stock components (dateline.fastpipes)."""

import pytest

from dateline import fastpipes
from dateline import nlp as nlp_module

ATTRS = ["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "MORPH", "ENT_IOB", "ENT_TYPE", "NORM"]

# Invented text that reaches the ruler's rarer patterns (several words, regular expressions, the
# dependency tests) and the lemmatizer's branches (exceptions, rules, proper nouns, base forms).
TEXTS = [
    "Ain't nobody gonna stop us now, y'all, and we gotta move; let's go. C'mon, there's nothin' left.",
    "There are three ministers who were arrested on Tuesday, and there is more: the talks broke down.",
    "The geese flew over the mice while the children ran faster than the oxen; she'd better've known.",
    "Prime Minister Ana Gomes's spokeswoman said 12,000 protesters marched through Lisbon's squares.",
    "WHY DID THE COUNCIL VOTE? it didn't. he was n't there , nor were they .\n\n  \t The end.",
    "",
    " ",
]


@pytest.fixture(scope="module")
def stock_and_fast(nlp):
    stand_ins = fastpipes.stand_ins(nlp)
    stock = list(nlp.pipe(TEXTS))
    fast = list(nlp_module.run_pipeline(nlp, (nlp.make_doc(t) for t in TEXTS), batch_size=4))
    return stand_ins, stock, fast


def test_default_pipeline_gets_both_stand_ins(stock_and_fast):
    stand_ins, _, _ = stock_and_fast
    assert isinstance(stand_ins.get("attribute_ruler"), fastpipes.AttributeRules)
    assert isinstance(stand_ins.get("lemmatizer"), fastpipes.Lemmas)


def test_every_word_gets_the_stock_attributes(stock_and_fast):
    _, stock, fast = stock_and_fast
    for a, b in zip(stock, fast, strict=True):
        assert a.text == b.text
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
        assert [(t.lemma_, t.pos_, str(t.morph)) for t in a] == [(t.lemma_, t.pos_, str(t.morph)) for t in b]


def test_patterns_of_several_words_and_regexes_apply(stock_and_fast):
    _, _, fast = stock_and_fast
    words = {(t.lower_, t.lemma_) for t in fast[0]}
    assert ("gon", "go") in words and ("na", "to") in words  # 'gonna': a two-word pattern
    assert ("nothin'", "nothing") in words  # a regular expression on the lowercase form


def test_a_second_run_uses_the_memo_and_agrees(nlp, stock_and_fast):
    _, stock, _ = stock_and_fast
    again = list(nlp_module.parse(TEXTS, nlp=nlp))
    for a, b in zip(stock, again, strict=True):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()


def test_longer_patterns_match_where_spacys_matcher_does(nlp, stock_and_fast):
    from spacy.matcher import Matcher

    stand_ins, stock, _ = stock_and_fast
    ruler = stand_ins["attribute_ruler"]
    assert ruler.sequences is not None and ruler.rest is None
    matcher = Matcher(nlp.vocab, validate=False)
    for key, patterns in ruler.rest_patterns.items():
        matcher.add(key, patterns)
    extra = list(nlp.pipe(["There were talks, and there's hope; y'all ain't gonna stop, nuthin' left.",
                           "Let's go: c'mon, we gotta win. Is there more? There is."]))
    total = 0
    for doc in stock + extra:
        expected = {(int(nlp.vocab.strings[m]), s, e) for m, s, e in matcher(doc, as_spans=False)}
        found = ruler.sequences(doc)
        assert len(found) == len(set(found))
        assert set(found) == expected
        total += len(expected)
    assert total >= 8


def test_a_ruler_setting_other_attributes_keeps_the_stock_component(nlp):
    import copy

    from spacy.attrs import IS_STOP

    ruler = copy.copy(nlp.get_pipe("attribute_ruler"))
    ruler.attrs = [*ruler.attrs, {IS_STOP: 1}]  # a lexeme flag: set on the vocabulary, not handled
    assert fastpipes.AttributeRules.build(ruler) is None


def test_a_ruler_whose_word_codes_would_overflow_keeps_the_stock_component(nlp, monkeypatch):
    ruler = nlp.get_pipe("attribute_ruler")
    assert fastpipes.AttributeRules.build(ruler) is not None
    monkeypatch.setattr(fastpipes, "MAX_CODE", 1000)  # the default ruler's codes reach ~400,000
    assert fastpipes.AttributeRules.build(ruler) is None
