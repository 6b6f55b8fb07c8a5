"""The quotes stage's edge model (``dateline.quotes.edges``): candidate edges, the rule that no
word gets a second role, and the shipped files (invented sentences; its PolNeAR scores are in
docs/quotes.md and `make bench-quotes`)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dateline import nlp as nlp_module
from dateline.quotes import edges, sources
from dateline.quotes.marks import find_quoted
from dateline.quotes.reported import Attribution

TEXT = ("The mayor said the new bridge will open in May, according to the council, and the "
        "ferry will stop. Critics warned that costs had doubled.\n"
        "The port said it would keep one boat.")


@pytest.fixture(scope="module")
def doc():
    return next(nlp_module.parse([TEXT]))


def _span(words, after=0):
    start = TEXT.index(words, after)
    return start, start + len(words)


def _att(content, cue, source=None):
    return Attribution(_span(cue), _span(content), _span(source) if source else None, None, "ccomp", cue)


def _quoted():
    return [(q.start, q.end) for q in find_quoted(TEXT)]


def test_candidates_keep_the_predicted_edges_and_their_paragraph(doc):
    att = _att("costs had doubled", "warned", "Critics")
    t = edges.tokens(doc, TEXT)
    c = edges.batch(t, [att])
    starts, ends = c.pos[c.side == 1], c.pos[c.side == 2]
    first = int(np.searchsorted(t.idx, att.content[0]))
    assert first in starts.tolist() and int(c.keep[c.side == 1][0]) == first
    assert int(c.keep[c.side == 2][0]) in ends.tolist()
    # no edge at punctuation, none in the next paragraph, every start before every predicted end
    assert not t.edge[starts].any() and not t.edge[ends - 1].any()
    assert (t.idx[starts] < TEXT.index("\n")).all() and (t.idx[ends - 1] < TEXT.index("\n")).all()
    assert (starts < c.keep[c.side == 2][0]).all()


def test_equal_scores_move_nothing(doc):
    atts = [_att("the new bridge will open in May", "said", "The mayor"), _att("costs had doubled", "warned", "Critics")]
    weights = np.zeros(edges.DIMENSIONS, dtype=np.float32)
    assert edges.redraw(doc, TEXT, atts, _quoted(), (weights, 0.0)) == atts


def _favour(doc, atts, k, side, word):
    """Weights under which the candidate edge of attribution ``k`` at ``word`` scores best."""
    t = edges.tokens(doc, TEXT)
    c = edges.batch(t, atts)
    f = edges.features(t, c)
    at = TEXT.index(word)
    token = int(np.searchsorted(t.idx, at))
    rows = np.flatnonzero((c.att == k) & (c.side == side) & (c.pos == (token if side == 1 else token + 1)))
    weights = np.zeros(edges.DIMENSIONS, dtype=np.float32)
    weights[f[rows[0]]] = 1.0
    return weights


def test_the_best_edge_replaces_the_predicted_one_by_more_than_the_margin(doc):
    att = _att("the new bridge will open in May, according to the council, and the ferry will stop",
               "said", "The mayor")
    weights = _favour(doc, [att], 0, 2, "May")
    [out] = edges.redraw(doc, TEXT, [att], _quoted(), (weights, 0.0))
    assert TEXT[out.content[0]:out.content[1]] == "the new bridge will open in May"
    # a margin larger than the gain keeps the predicted edge
    [kept] = edges.redraw(doc, TEXT, [att], _quoted(), (weights, 1000.0))
    assert kept.content == att.content


def test_no_content_takes_in_another_attributions_words(doc):
    first = _att("the new bridge will open in May", "said", "The mayor")
    second = _att("costs had doubled", "warned", "Critics")
    weights = _favour(doc, [first, second], 0, 2, "doubled")  # run on over "Critics warned"
    out = edges.redraw(doc, TEXT, [first, second], _quoted(), (weights, 0.0))
    assert out[0].content[1] <= second.source[0]
    assert out[1] == second


@pytest.mark.parametrize("module", [edges, sources], ids=["edges", "sources"])
def test_the_shipped_edge_and_source_models_are_small_credited_and_current(module):
    assert module.MODEL.exists()
    assert module.MODEL.stat().st_size < 2 * 1024 * 1024
    meta = json.loads(module.MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert "PolNeAR" in meta["credit"] and "LREC 2018" in meta["credit"]
    assert meta["margin"] >= 0 and meta["dev"] and meta["train_check"]
    # features (or source candidates) changed without `make train-quotes` fail here
    assert meta["feature_digest"] == module.feature_digest()
    weights, margin = module.load()
    assert weights.shape == (module.DIMENSIONS,) and margin == meta["margin"]
