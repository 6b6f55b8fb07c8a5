"""Sources chosen again by a learned model: the quotes stage's step after the edge model (issue 17).

Each final attribution's source came from whichever layer made it: the rules take the cue's
subject (inherited through participles and coordination), a possessor or the object of
"according to"; the attribution model the best stretch of its role scores. Where the two know
different things (a passive's "by" agent, the subject of the verb a speech noun is the object of,
a pronoun against a name) neither is right every time. This step lists, for every final
attribution, the words that could be its source — the source it has, the cue's subject (its own
or inherited), its "by" agent, its possessor, the object of a preposition after a noun cue ("a
statement from X"), the subject of the verb a noun cue hangs from, the named people and
organisations of the cue's sentence — and no source at all, and a conditional logit over hashed
parse features of each (what kind of candidate it is, its word, part of speech, dependency and
entity type, where it lies with respect to the cue and the content, the cue's word and pattern)
picks one. The pick replaces the source the attribution has when it scores more than ``margin``
above it (chosen on the check part of PolNeAR train).

The weights (``model/sources.npz``, float16) are fitted by ``training/quotes/edges.py`` on the
stage's own attributions on PolNeAR train (Newell, Margolin & Ruths, LREC 2018), each taken from an
attribution model that did not see its article, the gold source (any candidate that overlaps
it, or none) the target. Like ``boundaries.py`` and ``edges.py`` this runs after the
combination, so no part of the attribution model is trained from it.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from pathlib import Path

import numpy as np

from .learned import feature_ids
from .lexicon import RAISING_VERBS
from .reported import Attribution

MODEL = Path(__file__).resolve().parent / "model" / "sources.npz"
DIMENSIONS = 1 << 16
# Kinds of candidate (bits: one word may be several).
CURRENT, SUBJECT, INHERITED, AGENT, POSSESSOR, PREP_OBJECT, GOVERNOR, NAMED = (1 << k for k in range(8))
NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "acl", "relcl"})
SOURCE_PREPS = frozenset({"from", "by", "of", "to"})


@dataclasses.dataclass(slots=True)
class Candidate:
    head: int  # token index of the candidate's head word (-1: no source)
    span: tuple[int, int] | None  # character span
    kinds: int


def _span_of(doc, head) -> tuple[int, int]:
    """The words of a candidate headed by token ``head``: its left edge to itself (a name with
    its titles and modifiers, not a relative clause after it), cut after the last comma before it."""
    start = head.left_edge.i
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].text == ",":
            start = i + 1
            break
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start].idx, head.idx + len(head)


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _words_of(att: Attribution) -> list[tuple[int, int]]:
    """The character spans that are ``att``'s content words: its quoted parts when it has them
    (the source of an interrupted quote lies between them), else its content; and its cue."""
    return list(att.parts or [att.content]) + [att.cue]


def named(doc) -> list[tuple[int, object]]:
    """(first token, head token) of each named person, organisation, nationality or place."""
    return [(ent.start, ent.root) for ent in doc.ents if ent.label_ in NAMED_TYPES]


def candidates(doc, att: Attribution, blocked: list[tuple[int, int]], names=None) -> list[Candidate]:
    """The candidate sources of ``att`` (``blocked``: the content and cue words of the other
    attributions; ``names``: ``named(doc)``, when at hand); the first is always "no source"."""
    from .learned import cue_head

    out: dict[int, Candidate] = {}
    own = _words_of(att)

    def add(token, kind: int) -> None:
        if token is None or token.is_punct or token.is_space:
            return
        if token.i in out:
            out[token.i].kinds |= kind
            return
        span = _span_of(doc, token)
        if any(_overlaps(span, s) for s in own) or any(_overlaps(span, s) for s in blocked):
            return
        out[token.i] = Candidate(token.i, span, kind)

    current = None
    if att.source is not None:
        span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
        if span is not None and len(span):
            current = span.root
            out[current.i] = Candidate(current.i, att.source, CURRENT)
    head = cue_head(doc, *att.cue)
    if head is not None:
        token, kind = head, SUBJECT
        for _ in range(4):
            subj = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            if subj:
                add(subj[0], kind)
                break
            if token.dep_ not in INHERIT_DEPS or token.head.i == token.i:
                break
            token, kind = token.head, INHERITED
        for child in head.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        add(obj, AGENT)
            elif child.dep_ == "poss":
                add(child, POSSESSOR)
            elif child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        add(obj, PREP_OBJECT)
        if head.dep_ in ("dobj", "attr", "pobj", "nsubjpass") and head.head.i != head.i:
            gov = head.head if head.dep_ != "pobj" else head.head.head
            for c in gov.children:
                if c.dep_ in SUBJECT_DEPS and c.i != head.i:
                    add(c, GOVERNOR)
        sent = head.sent
        for start, root in named(doc) if names is None else names:
            if sent.start <= start < sent.end:
                add(root, NAMED)
    return [Candidate(-1, None, 0)] + list(out.values())


def features(doc, atts: list[Attribution], cands: list[list[Candidate]]) -> np.ndarray:
    """Hashed feature ids, a (candidates, features) array, of every candidate of every attribution."""
    from .learned import cue_head

    cols: dict[str, list] = {k: [] for k in ("none", "kinds", "pattern", "cue", "cue_pos", "cue_dep", "pos", "dep",
                                             "ent", "word", "pron", "side", "dist", "sent", "inside", "parts",
                                             "has", "child", "many")}
    for att, group in zip(atts, cands):
        head = cue_head(doc, *att.cue)
        cue_i = head.i if head is not None else 0
        cue_tok = doc[cue_i]
        pattern = sum((k + 1) * ord(ch) for k, ch in enumerate(att.pattern or "-")) % 100003
        for cand in group:
            none = cand.head < 0
            t = doc[cand.head] if not none else None
            cols["none"].append(int(none))
            cols["kinds"].append(cand.kinds)
            cols["pattern"].append(pattern)
            cols["cue"].append(cue_tok.lemma)
            cols["cue_pos"].append(cue_tok.pos)
            cols["cue_dep"].append(cue_tok.dep)
            cols["pos"].append(0 if none else t.pos)
            cols["dep"].append(0 if none else t.dep)
            cols["ent"].append(0 if none else t.ent_type)
            cols["word"].append(0 if none else t.lower)
            cols["pron"].append(0 if none or t.pos_ != "PRON" else t.lower)
            d = 0 if none else t.i - cue_i
            cols["side"].append(0 if none else 1 if d < 0 else 2)
            a = abs(d)
            cols["dist"].append(a if a < 4 else 4 if a < 8 else 5 if a < 16 else 6 if a < 32 else 7)
            cols["sent"].append(0 if none else int(t.sent.start == cue_tok.sent.start) + 1)
            cols["inside"].append(0 if none else int(att.content[0] <= t.idx < att.content[1]) + 1)
            cols["parts"].append(int(bool(att.parts)))
            cols["has"].append(int(att.source is not None))
            cols["child"].append(0 if none else int(t.head.i == cue_i) + 1)
            cols["many"].append(min(len(group), 6))
    c = {k: np.array(v, dtype=np.int64) if k not in ("cue", "pos", "dep", "ent", "word", "pron", "cue_pos",
                                                       "cue_dep") else np.array(v, dtype=np.uint64)
         for k, v in cols.items()}
    n = len(c["none"])
    feats = [
        (1, c["none"], c["kinds"]),
        (2, c["none"], c["kinds"], c["pattern"]),
        (3, c["none"], c["kinds"], c["cue"]),
        (4, c["none"], c["pos"], c["dep"]),
        (5, c["none"], c["ent"], c["kinds"]),
        (6, c["none"], c["pron"], c["kinds"]),
        (7, c["none"], c["side"], c["dist"]),
        (8, c["none"], c["sent"], c["side"]),
        (9, c["none"], c["inside"], c["parts"], c["side"]),
        (10, c["none"], c["pattern"], c["has"]),
        (11, c["none"], c["cue"], c["has"]),
        (12, c["none"], c["cue_pos"], c["cue_dep"], c["kinds"]),
        (13, c["none"], c["child"], c["dep"], c["kinds"]),
        (14, c["none"], c["kinds"], c["has"], c["parts"]),
        (15, c["none"], c["word"]),
        (16, c["none"], c["many"], c["kinds"]),
        (17, c["none"], c["cue_dep"], c["dep"], c["side"]),
        (18, c["none"], c["ent"], c["pattern"]),
    ]
    return feature_ids(feats, n, DIMENSIONS)


def batch(doc, attributions: list[Attribution]) -> tuple[list[list[Candidate]], np.ndarray | None]:
    """The candidates of every attribution and their feature ids (rows in order)."""
    cands, names = [], named(doc)
    for k, att in enumerate(attributions):
        blocked = [s for j, o in enumerate(attributions) if j != k for s in _words_of(o)]
        cands.append(candidates(doc, att, blocked, names))
    if not cands:
        return cands, None
    return cands, features(doc, attributions, cands)


def current_index(group: list[Candidate], att: Attribution) -> int:
    """Which candidate is the attribution's own source (0: none)."""
    if att.source is None:
        return 0
    return next((k for k, c in enumerate(group) if c.kinds & CURRENT), 0)


def feature_digest() -> str:
    """A hash of every feature id the source model reads on ``learned.DIGEST_TEXT`` parsed by the
    default pipeline, with its first sentence's "that" clause as the content of "said": training
    writes it to ``model/sources.json`` and a test recomputes it, so features or candidates
    changed without retraining (``make train-quotes``) fail there."""
    import hashlib

    from .. import nlp as nlp_module
    from .learned import DIGEST_TEXT

    text = DIGEST_TEXT
    doc = next(nlp_module.parse([text]))
    cue = text.index("said")
    content = (text.index("that the bill"), text.index(" will pass") + len(" will pass"))
    att = Attribution((cue, cue + 4), content, (0, len("The senator")), 0, "ccomp", "say")
    cands, ids = batch(doc, [att])
    kinds = np.array([c.kinds for c in cands[0]], dtype=np.int64)
    return hashlib.sha256(ids.tobytes() + kinds.tobytes()).hexdigest()[:16]


@lru_cache(maxsize=2)
def load(path: str | None = None):
    """(weights, margin) of the shipped source model, or None when it is absent."""
    from .edges import read_weights

    return read_weights(Path(path) if path else MODEL)


def choose(doc, attributions: list[Attribution], model=None, margin: float | None = None) -> list[Attribution]:
    """``attributions`` with each source replaced by the model's pick when it scores more than
    ``margin`` above the source it has (``model``: (weights, margin), the shipped one by default;
    none shipped: unchanged)."""
    model = model or load()
    if model is None or doc is None or not attributions or not len(doc):
        return attributions
    weights, shipped_margin = model
    margin = shipped_margin if margin is None else margin
    cands, ids = batch(doc, attributions)
    if ids is None:
        return attributions
    z = weights[ids].sum(axis=1)
    out, row = [], 0
    for att, group in zip(attributions, cands):
        scores = z[row:row + len(group)]
        row += len(group)
        best, now = int(np.argmax(scores)), current_index(group, att)
        if best == now or scores[best] <= scores[now] + margin:
            out.append(att)
            continue
        pick = group[best]
        out.append(dataclasses.replace(att, source=pick.span,
                                       source_head=None if pick.head < 0 else doc[pick.head].idx))
    return out


def unsourced(doc, text: str, attributions: list[Attribution], spans=()) -> list[Attribution]:
    """No source for an attribution whose cue is a raising verb ("seem", "appear": "[Mr. Trump
    seemed to overstay his welcome]", "[Two realities seem to be fueling it all]"): its subject is
    part of what is attributed, not a speaker, and PolNeAR gives it no source. After the source step,
    so the source model does not give it back; ``boundaries.raised`` draws the rules' own raising
    pattern so before the edge step, this catches the model's and the source model's. On the fit part
    of PolNeAR train (the stage's held-out outputs) 4 of the 45 raising-verb sources overlap the
    source of a gold attribution; the rest name a speaker PolNeAR does not have (docs/quotes.md,
    twenty-third session). ``spans``: the quoted spans ``stage.after_models`` gives every step (unused)."""
    return [dataclasses.replace(att, source=None, source_head=None)
            if att.source is not None and att.lemma in RAISING_VERBS else att for att in attributions]
