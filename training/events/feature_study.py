#!/usr/bin/env python3
"""Which sentence features of the events' sentence model carry over from the synthetic ledes to
real news: the 2026-12-05 study (docs/events.md, "First session of 2026-12-05"), rerun.

Each feature set is trained as ``train.py`` trains the shipped model (the same softmax, epochs,
class and synthetic weights) on the tune side only: four fifths of the synthetic ledes of the tune
half (``train.half_of``; the fifth left out by random.Random(SEED)) and one fold of the Wikinews
training articles (``train.split_articles``), then scored on the left-out fifth, the other fold, and
the tune halves of conflibert_pentaclass and glocon_sample (evaluation only: never trained on);
both folds in turn. With ``--check`` each set is trained on the whole tune side (as train.py) and
scored on the check halves instead, which are read once, after the choice.

Usage: feature_study.py --shared ../shared [--check]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned  # noqa: E402
from dateline.events.learned import _lemma, head_features, lexicon_features  # noqa: E402
import train  # noqa: E402  (training/events/train.py)

REPORTING = {"say", "tell", "report", "announce", "state", "claim", "add", "note", "write",
             "quote", "confirm", "according"}
MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall"}


def _words(sent):
    return [t for t in sent if not t.is_punct and not t.is_space]


def _rest(words) -> list[str]:
    """What every feature set shares: the heads' argument pairs, entity labels, lexicon types."""
    out = [f for t in words for f in head_features(t)]
    out.extend(f"e={t.ent_type_}" for t in words if t.ent_iob_ == "B")
    return out + lexicon_features(words)


def before(sent):  # every lemma and every lemma bigram (the model until 2026-12-05)
    lemmas = [_lemma(t) for t in _words(sent)]
    bigrams = [f"b={a}_{b}" for a, b in zip(lemmas, lemmas[1:])]
    return [f"w={w}" for w in lemmas] + bigrams + _rest(_words(sent))


def no_bigrams(sent):
    return [f"w={_lemma(t)}" for t in _words(sent)] + _rest(_words(sent))


def no_names(sent):
    return [f"w={_lemma(t)}" for t in _words(sent) if not t.ent_type_] + \
        _rest(_words(sent))


def no_stop_words(sent):
    return [f"w={_lemma(t)}" for t in _words(sent)
            if not t.ent_type_ and not t.is_stop] + _rest(_words(sent))


def content_words(sent):  # the shipped learned.sentence_features
    return learned.sentence_features(sent)


def content_words_no_pairs(sent):
    return [f for f in learned.sentence_features(sent) if not f.startswith(("d=", "p=", "neg=",
                                                                            "root="))]


def event_clause(sent):
    """The clause heading the reported event: the root, or a reporting root's complement."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_.lower() in REPORTING:
        for dep in (("ccomp", "xcomp"), ("parataxis",)):
            clause = next((c for c in root.children if c.dep_ in dep and c.pos_ in ("VERB", "AUX")),
                          None)
            if clause is not None:
                return clause
    return root


def clause_features(sent) -> list[str]:
    head = event_clause(sent)
    if head is None:
        return []
    verbs = [(head, "c")] + [(c, "c2") for c in head.children if c.dep_ in
                             ("xcomp", "ccomp", "conj", "advcl") and c.pos_ in ("VERB", "AUX")]
    out = []
    for verb, tag in verbs:
        out.append(f"{tag}v={_lemma(verb)}")
        out.extend(f"{tag}:{f}" for f in head_features(verb))
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in MODALS:
                out.append(f"{tag}mod={c.lemma_.lower()}")
            if c.dep_ == "neg":
                out.append(f"{tag}neg")
            if c.pos_ in ("NOUN", "VERB") and c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr",
                                                         "xcomp", "ccomp"):
                out.append(f"{tag}k={c.dep_}>{_lemma(c)}")
        out.extend(f"{tag}{f}" for f in lexicon_features(
            [verb] + [c for c in verb.children if c.pos_ in ("NOUN", "VERB")]))
    return out


def no_bigrams_event_clause(sent):
    return no_bigrams(sent) + clause_features(sent)


def no_stop_words_modals(sent):
    return no_stop_words(sent) + [f"m={c.lemma_.lower()}>{_lemma(t)}" for t in sent
                                  if t.pos_ == "VERB" for c in t.children
                                  if c.dep_ == "aux" and c.lemma_.lower() in MODALS]


def lexicon_modalities(words) -> list[str]:
    """The type of each word the lexicon codes with the modality of its clause, when that is not
    asserted ("will provide aid": AID planned; "urged them to withdraw": RETREAT requested)."""
    from dateline.events.codes import lookup
    from dateline.events.lexicon import match
    from dateline.events.modality import clause_modality
    from dateline.events.patterns import governing_clause
    out = []
    for token in words:
        pos = "V" if token.pos_ == "VERB" else "N" if token.pos_ == "NOUN" else None
        entry = match(token, pos) if pos else None
        code = lookup(entry.cameo) if entry is not None and entry.cameo != "-" else None
        if code is None:
            continue
        modality = clause_modality(token, governing_clause(token))
        if modality != "asserted":
            out.append(f"lexmod={code.plover}:{modality}")
    return out


def content_words_modalities(sent):
    return learned.sentence_features(sent) + lexicon_modalities(_words(sent))


FEATURE_SETS = (before, no_bigrams, no_names, no_stop_words, content_words,
                content_words_no_pairs, no_bigrams_event_clause, no_stop_words_modals,
                content_words_modalities)


def read_sets(shared: Path) -> dict[str, list[tuple]]:
    """name -> (text, label, part) rows: ledes (label, half), Wikinews sentences (gold types
    joined by |, or NONE; fold A / B of the training articles, check, or other), conflibert
    (PentaClass, half), glocon (contentious 0/1, half of its document)."""
    events = shared / "data" / "events"
    out = {"ledes": [(train.lede(r["text"]), r["event"], train.half_of(r["id"]))
                     for r in train.read_jsonl(events / "ngec_synthetic.jsonl")
                     if r["event"] in learned.TYPES]}
    labels = train.read_jsonl(train.LABELS_FILE)
    train_ids, check_ids = train.label_split(labels)
    fold_a, fold_b = train.split_articles(train_ids)
    part = {**dict.fromkeys(fold_a, "A"), **dict.fromkeys(fold_b, "B"),
            **dict.fromkeys(check_ids, "check")}
    out["wiki"] = [(r["text"], "|".join(sorted({e["type"] for e in r["events"]
                                                  if e["type"] in learned.TYPES})) or "NONE",
                    part.get(r["article_id"], "other")) for r in labels]
    out["conflibert"] = [(r["text"], r["pentaclass"], train.half_of(r["id"]))
                         for r in train.read_jsonl(events / "conflibert_pentaclass.jsonl")]
    out["glocon"] = [(r["text"], r["orig_label"], train.half_of(r["id"].rsplit("_", 1)[0]))
                     for r in train.read_jsonl(events / "glocon_sample.jsonl")
                     if r.get("orig_label") in (0, 1)]
    return out


def scores(weights, bias, columns: dict, sets: dict, ledes: list[int], wiki_part: str,
           half: str) -> dict[str, str]:
    def top(cols):
        probs = np.array([learned.softmax(weights[c].sum(axis=0) + bias) for c in cols])
        return probs[:, :len(learned.TYPES)].argmax(1), probs

    out = {}
    best, _ = top([columns["ledes"][i] for i in ledes])
    out["ledes"] = np.mean([learned.TYPES[b] == sets["ledes"][i][1] for b, i in zip(best, ledes)])
    rows = [i for i, r in enumerate(sets["wiki"]) if r[2] == wiki_part]
    best, probs = top([columns["wiki"][i] for i in rows])
    gold = [sets["wiki"][i][1].split("|") for i in rows]
    with_event = [k for k, g in enumerate(gold) if g != ["NONE"]]
    out["wiki events"] = np.mean([learned.TYPES[best[k]] in gold[k] for k in with_event])
    sure = [k for k in range(len(rows)) if probs[k, :len(learned.TYPES)].max() >= 0.5]
    right = sum(learned.TYPES[best[k]] in gold[k] for k in sure)
    out["wiki >= 0.5"] = f"{right}/{len(sure)}"
    classes = pentaclass_of_type()
    rows = [i for i, r in enumerate(sets["conflibert"]) if r[2] == half]
    best, probs = top([columns["conflibert"][i] for i in rows])
    out["conflibert"] = np.mean([(classes.get(learned.TYPES[b], 0) if p[-1] < 0.5 else 0) ==
                                 sets["conflibert"][i][1] for b, p, i in zip(best, probs, rows)])
    rows = [i for i, r in enumerate(sets["glocon"]) if r[2] == half]
    best, probs = top([columns["glocon"][i] for i in rows])
    said = [p[-1] < 0.5 and learned.TYPES[b] in ("PROTEST", "ASSAULT") for b, p in zip(best, probs)]
    gold = [sets["glocon"][i][1] == 1 for i in rows]
    tp = sum(s and g for s, g in zip(said, gold))
    out["glocon P/R"] = f"{tp / max(sum(said), 1):.3f}/{tp / max(sum(gold), 1):.3f}"
    return {k: v if isinstance(v, str) else f"{v:.3f}" for k, v in out.items()}


def pentaclass_of_type() -> dict[str, int]:
    from events_sets import pentaclass_of_type as classes  # benchmarks/events_sets.py
    return classes()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="score the check halves")
    parser.add_argument("--sets", nargs="*", default=None, help="only these feature sets")
    args = parser.parse_args(argv)
    sets = read_sets(args.shared)
    nlp = nlp_module.load()
    docs = {name: list(nlp.pipe([r[0] for r in rows], batch_size=64))
            for name, rows in sets.items()}
    tune = [i for i, r in enumerate(sets["ledes"]) if r[2] == "tune"]
    shuffled = tune[:]
    random.Random(train.SEED).shuffle(shuffled)
    held, kept = sorted(shuffled[:len(tune) // 5]), sorted(shuffled[len(tune) // 5:])
    if args.check:
        runs = [(tune, ("A", "B"), [i for i, r in enumerate(sets["ledes"]) if r[2] == "check"],
                 "check", "check")]
    else:
        runs = [(kept, ("A",), held, "B", "tune"), (kept, ("B",), held, "A", "tune")]
    for features in FEATURE_SETS:
        if args.sets and features.__name__ not in args.sets:
            continue
        columns = {name: [learned.hashed(features(d)) for d in ds] for name, ds in docs.items()}
        results = []
        for ledes, parts, scored, wiki_part, half in runs:
            examples, cols = [], []
            for i in ledes:
                examples.append((None, sets["ledes"][i][1]))
                cols.append(columns["ledes"][i])
            for i, row in enumerate(sets["wiki"]):
                for label in row[1].split("|") if row[2] in parts else ():
                    examples.append((None, label))
                    cols.append(columns["wiki"][i])
            weights, bias = train.fit_sentence_model(examples, cols, train.EPOCHS, len(ledes),
                                                     train.SYNTHETIC_WEIGHT)
            results.append(scores(weights, bias, columns, sets, scored, wiki_part, half))
        print(f"{features.__name__}: " + "; ".join(
            f"{key} {' / '.join(r[key] for r in results)}" for key in results[0]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
