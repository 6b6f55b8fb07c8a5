"""The quotes stage's source model (``dateline.quotes.sources``): the candidate sources, the rule
that a source takes no other attribution's words, and the shipped files (invented sentences; its
PolNeAR scores are in docs/quotes.md and `make bench-quotes`)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from dateline import nlp as nlp_module
from dateline.quotes import sources
from dateline.quotes.reported import Attribution

TEXT = ("The plan was criticised on Monday by Senator Jane Fox. "
        "Her call for new elections angered the mayor, who said the vote would go ahead. "
        "Critics warned that costs had doubled.")


@lru_cache(maxsize=1)
def _doc():
    return next(nlp_module.parse([TEXT]))


def _att(content, cue, source=None):
    """An attribution of the model's of ``TEXT``'s words (the first place each occurs)."""
    spans = [(TEXT.index(w), TEXT.index(w) + len(w)) if w else None for w in (cue, content, source)]
    return Attribution(*spans, None, "model", cue)


def _texts(doc, att, blocked=()):
    return {TEXT[c.span[0]:c.span[1]] if c.span else None: c.kinds
            for c in sources.candidates(doc, att, list(blocked))}


def test_candidates_are_no_source_the_source_it_has_and_the_cues_syntax():
    doc = _doc()
    passive = _texts(doc, _att("The plan", "criticised"))
    assert passive[None] == 0  # "no source" is always a candidate
    assert passive["Senator Jane Fox"] & sources.AGENT
    noun = _texts(doc, _att("new elections", "call for"))
    assert noun["Her"] & sources.POSSESSOR
    said = _texts(doc, _att("the vote would go ahead", "said", "who"))
    assert said["who"] & sources.CURRENT and said["who"] & sources.SUBJECT


def test_no_candidate_takes_another_attributions_words():
    doc = _doc()
    other = _att("the vote would go ahead", "said", "who")
    found = _texts(doc, _att("costs had doubled", "warned", "Critics"), [other.content, other.cue])
    assert "Critics" in found
    assert not any(t and ("vote" in t or "said" in t) for t in found)


def _favour(doc, atts, k, words):
    """Weights under which attribution ``k``'s candidate ``words`` (None: no source) scores best."""
    cands, ids = sources.batch(doc, atts)
    row = sum(len(g) for g in cands[:k])
    pick = next(j for j, c in enumerate(cands[k]) if (TEXT[c.span[0]:c.span[1]] if c.span else None) == words)
    weights = np.zeros(sources.DIMENSIONS, dtype=np.float32)
    weights[ids[row + pick]] = 1.0
    return weights


def test_the_best_candidate_replaces_the_source_by_more_than_the_margin():
    doc = _doc()
    att = _att("The plan", "criticised")
    weights = _favour(doc, [att], 0, "Senator Jane Fox")
    [out] = sources.choose(doc, [att], (weights, 0.0))
    assert TEXT[out.source[0]:out.source[1]] == "Senator Jane Fox"
    assert out.source_head == TEXT.index("Fox") and out.content == att.content
    [kept] = sources.choose(doc, [att], (weights, 1000.0))
    assert kept == att


def test_equal_scores_change_nothing():
    doc = _doc()
    atts = [_att("The plan", "criticised"), _att("costs had doubled", "warned", "Critics")]
    assert sources.choose(doc, atts, (np.zeros(sources.DIMENSIONS, dtype=np.float32), 0.0)) == atts
