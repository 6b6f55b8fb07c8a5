"""The fingerprint of what the shipped events model was trained on: the features, not the code.

The events model (train.py) learns from what the rest of the pipeline hands it: the sentence
features of the parse (learned.sentence_features) and, for the calibrator, each pattern event as
the events stage drafts it (its type, parties, modality, date basis, family, the coded actors;
learned.event_features). A change to the patterns, the lexicon, the actors, the places, the time
expressions or spaCy can change those, and the shipped weights then no longer match the features
they are applied to. Hashing the source files of every stage would fail on every harmless edit
(and on every edit of another stage), so this hashes the features themselves: the pipeline run on
a fixed sample of the training articles (``SAMPLE`` of them, spread over the sorted training ids,
plus one training interview for the interview mark), every pattern event's features less the
sentence model's probabilities (which depend on the weights, not on the rules), every sentence's
hashed features, and the bytes of the two label files. ``train.py`` stores it in meta.json
(``features_fingerprint``); tests/test_events_fingerprint.py recomputes it (a few seconds) and
fails with "run make train-events" when they differ.

A change that alters features only in articles outside the sample goes unseen; the sample is
large enough (some 150 pattern events) that a change to a rule or a stage used across articles
shows.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
LABELS_FILE = ROOT / "training" / "events" / "labels.jsonl"
INTERVIEWS_FILE = ROOT / "training" / "events" / "interview_judgments.jsonl"
ARTICLES_FILE = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
SAMPLE = 12
# Indices of learned.event_features that come from the sentence model (p_event, p_type): left out.
MODEL_FEATURES = (4, 5)


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sample_articles(train_ids, interview_ids) -> list[str]:
    """SAMPLE training articles spread over their sorted ids, and the shortest training
    interview."""
    ids = sorted(train_ids)
    step = max(1, len(ids) // SAMPLE)
    chosen = ids[::step][:SAMPLE]
    articles = {r["id"]: r for r in _read_jsonl(ARTICLES_FILE)}
    if interview_ids:
        chosen.append(min(sorted(interview_ids), key=lambda a: len(articles[a]["text"])))
    return chosen


def fingerprint(article_ids=None) -> str:
    """sha256 (16 hex digits) of the features of the sample articles and the label files."""
    import dateline
    from dateline.events import learned, stage
    import train  # training/events/train.py, for the split

    if article_ids is None:
        labels = train.read_jsonl(train.LABELS_FILE)
        interviews = train.read_jsonl(train.INTERVIEWS_FILE)
        article_ids = sample_articles(train.label_split(labels)[0],
                                      train.interview_split(interviews)[0])
    articles = {r["id"]: r for r in _read_jsonl(ARTICLES_FILE)}
    digest = hashlib.sha256()
    for path in (LABELS_FILE, INTERVIEWS_FILE):
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    flat = learned.SentenceModel(np.zeros((learned.DIMENSIONS, len(learned.LABELS))),
                                 np.zeros(len(learned.LABELS)))
    original = learned.load
    learned.load = lambda: (flat, None)
    try:
        for article_id in article_ids:
            article = articles[article_id]
            stage.COLLECT = []
            doc = dateline.annotate(article["text"], published=article["published"], clean=False,
                                    format="text")
            digest.update(article_id.encode() + b"\0")
            for draft, features in stage.COLLECT:
                kept = [round(float(v), 3) for i, v in enumerate(features)
                        if i not in MODEL_FEATURES]
                digest.update(json.dumps([draft.trigger.start, draft.type, draft.cameo,
                                          kept]).encode())
            digest.update(str(len(doc.events)).encode())
        # the sentence features of the same articles (the parse and sentence_features)
        from dateline import nlp as nlp_module
        nlp = nlp_module.load()
        for article_id in article_ids:
            for sent in nlp(articles[article_id]["text"]).sents:
                digest.update(learned.hashed(learned.sentence_features(sent)).tobytes())
    finally:
        stage.COLLECT = None
        learned.load = original
    return digest.hexdigest()[:16]


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(ROOT / "src"))
    print(fingerprint())
