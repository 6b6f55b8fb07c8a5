"""The loaded pipeline's matrix products run in numpy, not blis (dateline.nlp.numpy_products), and
give every word the attributes the stock pipeline gives it."""

from types import SimpleNamespace

import pytest

from dateline import nlp as nlp_module

ATTRS = ["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "MORPH", "ENT_IOB", "ENT_TYPE", "SENT_START"]

# Invented news-like text: names, organisations, places, dates and numbers for the entity
# recognizer, clauses and lists for the parser.
TEXTS = [
    "The mayor of Northfield, Dana Okafor, said on Tuesday that 3,400 homes had lost power after "
    "the storm, and the Ministry of Energy promised repairs by 14 March.",
    "Shares of Brightline Ltd fell 12% in Frankfurt; analysts at Corven Bank blamed the delay.\n\n"
    "\"We will appeal,\" the company's lawyer told reporters outside the court in Lyon.",
    "Rebels attacked a convoy near the border with Veloria, killing four soldiers, officials said.",
    "WHO CALLED THE VOTE? nobody did . the council met anyway , and it was n't short .",
    "",
]


def _models(nlp):
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None:
            yield from model.walk()


def test_loaded_pipeline_multiplies_in_numpy(nlp):
    from thinc.api import NumpyOps

    nodes = list(_models(nlp))
    assert nodes
    for node in nodes:
        assert isinstance(node.ops, NumpyOps) and not node.ops.use_blis


def test_every_word_gets_the_stock_pipelines_attributes(nlp):
    spacy = pytest.importorskip("spacy")
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    assert any(node.ops.use_blis for node in _models(stock))  # the products do differ
    for a, b in zip(stock.pipe(TEXTS), nlp.pipe(TEXTS), strict=True):
        assert a.text == b.text
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_models_on_other_ops_are_left_alone():
    other = object()
    model = SimpleNamespace(ops=other, walk=lambda: [model])
    fake = SimpleNamespace(pipeline=[("ner", SimpleNamespace(model=model)), ("ruler", object())])
    nlp_module.numpy_products(fake)
    assert model.ops is other
