"""The learned layer beside the dependency patterns: per sentence, is there a codable event and of
which PLOVER type, and how likely a pattern event is right (its calibrated ``confidence``).

The model is a linear softmax classifier over hashed sentence features (content words' lemmas,
verb-argument dependency pairs, entity labels, the event lexicon's type of each word it codes),
16 PLOVER types plus NONE, trained by
``training/events/train.py`` (``make train-events``) and shipped in ``model/`` (weights in
``weights.npz``, data and scores in ``meta.json``). A second, tiny logistic model (the calibrator)
turns a pattern event's evidence (what the patterns found, the sentence model's probabilities)
into a probability that the event is right, fitted on the judged Wikinews labels' calibration
half. See docs/events.md.
"""

from __future__ import annotations

import json
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from .codes import lookup
from .lexicon import match

MODEL_DIR = Path(__file__).resolve().parent / "model"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
LABELS = TYPES + ("NONE",)
DIMENSIONS = 1 << 16
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "agent", "xcomp", "ccomp",
                           "prt", "attr", "acomp", "dative"})
MODALITIES = ("asserted", "planned", "hypothetical", "negated", "requested")
FAMILIES = ("verb", "support", "occurrence", "nominal")
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})


def _lemma(token) -> str:
    if token.like_num:
        return "<num>"
    return token.lemma_.lower()


def head_features(token) -> list[str]:
    """The features a verb or noun heads: its arguments (dependency pairs), prepositional
    arguments, negation, and whether it is the sentence's root."""
    out = []
    if token.pos_ not in ("VERB", "AUX", "NOUN"):
        return out
    lemma = _lemma(token)
    for child in token.children:
        dep = child.dep_
        if dep in ARGUMENT_DEPS:
            label = child.ent_type_ or _lemma(child)
            out.append(f"d={lemma}>{dep}>{label}")
        elif dep == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    label = pobj.ent_type_ or _lemma(pobj)
                    out.append(f"p={lemma}>{child.lower_}>{label}")
        elif dep == "neg":
            out.append(f"neg={lemma}")
    if token.dep_ == "ROOT":
        out.append(f"root={lemma}")
    return out


def content_word(token) -> bool:
    """A word whose lemma is a feature: a verb, noun, adjective or adverb, neither a stop word nor
    part of a name, date or number (any entity: the entity's label is a feature, ``e=``)."""
    return token.pos_ in CONTENT_POS and not token.is_stop and not token.ent_type_


def sentence_features(sent) -> list[str]:
    """The feature strings of a sentence (a spaCy Span or Doc): the lemmas of its content words
    (``content_word``), what each verb or noun heads (``head_features``), its entity labels and
    the event lexicon's types (``lexicon_features``). Since the 2026-12-05 first session no lemma
    bigrams, stop words or names: on the synthetic ledes they learned the stories' templates (the
    countries, the wires' phrasing), and on unseen ledes, Wikinews and ConfliBERT sentences the
    model's top type was right more often without them (docs/events.md, "First session of
    2026-12-05")."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    out = [f"w={_lemma(t)}" for t in words if content_word(t)]
    for token in words:
        out.extend(head_features(token))
    out.extend(f"e={t.ent_type_}" for t in words if t.ent_iob_ == "B")
    out.extend(lexicon_features(words))
    return out


def lexicon_features(words) -> list[str]:
    """The PLOVER type of each verb or noun the event lexicon codes (``lex=``; ``lexroot=`` for the
    sentence's root), whether or not the patterns then find an event: a word the training
    sentences never had still weighs for its type. Added in the 2026-12-04 sixth session: on an
    inner split of the synthetic ledes' tune half the top type was the label for 0.399 of unseen
    ledes (0.371 without), and on the Wikinews training articles' held-out fold the sentences
    given a type at 0.5 or more had it for 0.390 (0.312)."""
    out = []
    for token in words:
        pos = "V" if token.pos_ == "VERB" else "N" if token.pos_ == "NOUN" else None
        entry = match(token, pos, every=True) if pos else None
        code = lookup(entry.cameo) if entry is not None and entry.cameo != "-" else None
        if code is not None:
            out.append(f"lex={code.plover}")
            if token.dep_ == "ROOT":
                out.append(f"lexroot={code.plover}")
    return out


def hashed(features: list[str]) -> np.ndarray:
    """Feature strings -> unique column indices (crc32, stable across runs and machines)."""
    return np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) % DIMENSIONS for f in features),
                                 dtype=np.int64, count=len(features)))


def softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=-1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=-1, keepdims=True)


class SentenceModel:
    """Linear softmax over hashed features: P(label | sentence) for the 17 LABELS."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, proposal: np.ndarray | None = None):
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        # the proposed events' calibration (propose.confidence): intercept and slope on the
        # log-odds of the type's probability, fitted by train.py; None before it is fitted
        self.proposal = None if proposal is None else np.asarray(proposal, dtype=np.float64)

    def probabilities(self, columns: np.ndarray) -> np.ndarray:
        return softmax(self.weights[columns].sum(axis=0) + self.bias)

    def of_sentence(self, sent) -> dict[str, float]:
        probs = self.probabilities(hashed(sentence_features(sent)))
        return dict(zip(LABELS, probs.tolist()))

    def evidence_for(self, token, label: str) -> float:
        """How much a token's own features (its lemma and what it heads) weigh for ``label``
        against NONE: which word of a sentence names the event the model sees in it."""
        # a word that is no feature of its own (``content_word``) weighs only by what it heads
        own = [f"w={_lemma(token)}"] if content_word(token) else []
        features = own + head_features(token)
        columns = hashed(features)
        row = self.weights[columns]
        return float(row[:, LABELS.index(label)].sum() - row[:, -1].sum())


def coded(actor) -> bool:
    """An actor an event coder codes: a state, or an actor with a CAMEO-style sector (a
    government, police, rebels, protesters, farmers, a union ...). A person or an organisation
    with no role ("a museum", "an airline", a private person) seldom takes part in a codable
    event, in any genre."""
    return actor is not None and (actor.kind == "country" or actor.sector is not None)


def event_features(draft, probs: dict[str, float], family: str,
                   coded_ids: frozenset[str] = frozenset()) -> np.ndarray:
    """What the calibrator reads for one pattern event (``coded_ids``: the article's actors that
    ``coded`` holds for)."""
    p_event = 1.0 - probs["NONE"]
    p_type = probs.get(draft.type, 0.0) / max(p_event, 1e-6)
    if draft.intended:  # an AGREE/THREATEN of an intended action: the action's type counts too
        p_type = max(p_type, probs.get(draft.intended, 0.0) / max(p_event, 1e-6))
    values = [1.0, float(draft.confidence), float(bool(draft.sources)), float(bool(draft.targets)),
              np.log(max(p_event, 1e-4)) - np.log(max(1 - p_event, 1e-4)),
              np.log(max(p_type, 1e-4)), float(draft.companion),
              float(draft.date_basis == "clause")]
    values.extend(float(draft.modality == m) for m in MODALITIES[1:])
    values.extend(float(family == f) for f in FAMILIES[1:])
    values.append(float(any(a in coded_ids for a in draft.sources)))
    values.append(float(any(a in coded_ids for a in draft.targets)))
    code = lookup(draft.cameo)
    values.extend(float(code is not None and code.quad_class == q) for q in (1, 2, 3))
    values.append(float(draft.interview))
    return np.array(values, dtype=np.float64)


class Calibrator:
    def __init__(self, weights: np.ndarray, threshold: float):
        self.weights = np.asarray(weights, dtype=np.float64)
        self.threshold = float(threshold)

    def probability(self, features: np.ndarray) -> float:
        return float(1.0 / (1.0 + np.exp(-features @ self.weights)))


@lru_cache(maxsize=1)
def load() -> tuple[SentenceModel, Calibrator | None] | None:
    """The shipped model, or None when it has not been trained (the patterns then work alone)."""
    path = MODEL_DIR / "weights.npz"
    if not path.is_file():
        return None
    data = np.load(path)
    model = SentenceModel(data["weights"], data["bias"],
                          data["proposal"] if "proposal" in data.files else None)
    calibrator = None
    if "calibrator" in data.files:
        calibrator = Calibrator(data["calibrator"], float(data["threshold"]))
    return model, calibrator


def use_model_dir(path: Path | None) -> None:
    """Load the model (``load``, ``default_threshold``) from ``path`` instead of the shipped
    ``model/`` (the benchmarks' ``--model``); None keeps the current one."""
    global MODEL_DIR
    if path is not None:
        MODEL_DIR = Path(path)
        load.cache_clear()


def default_threshold() -> float:
    """The confidence at or above which events are shown by default (precision >= 0.80 on the
    calibration half), from ``model/meta.json``; 0.5 without a model."""
    meta = MODEL_DIR / "meta.json"
    if meta.is_file():
        return float(json.loads(meta.read_text(encoding="utf-8")).get("threshold", 0.5))
    return 0.5
