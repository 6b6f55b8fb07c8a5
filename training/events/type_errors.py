#!/usr/bin/env python3
"""Where event types go wrong on text the sentence model did not see, on tune data only: the
synthetic ledes' tune half (``ngec_synthetic.jsonl``, the lede of each story, one PLOVER label) in
``--folds`` folds, each fold annotated by a sentence model trained as ``train.py`` trains it on
the other folds and the Wikinews training articles; and the Wikinews labels' training articles in
``train.py``'s two article folds, each annotated by a model trained on the ledes' tune half and
the other fold. The check halves are not read.

Per record (a lede; a Wikinews sentence's gold type): is the gold type among the events (any
confidence), and for a miss the reason, the first that holds of:
- ``under cut``: the sentence model ranks the gold type first or second (NONE aside) but below the
  proposer's cut (``propose.MIN_PROBABILITY``, ``MIN_BESIDE`` or the type's ``MIN_TYPE`` /
  ``MIN_SECOND``), so nothing was proposed;
- ``patterns' type``: the patterns coded an event of another type;
- ``model's type``: only the model's proposals, of another type;
- ``no event``: no event at all (for Wikinews: in the sentence).
and the confusion of the gold type with the types coded (the most confident event's type, or
"none"). With ``--show N``, N missed ledes of each of the largest confusions (tune half only).

Usage: type_errors.py --shared ../shared [--folds 5] [--limit N] [--show N] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned, propose  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
import train  # noqa: E402  (training/events/train.py)

REASONS = ("under cut", "patterns' type", "model's type", "no event")


def reason_of(gold: str, events: list, probs: dict[str, float]) -> str:
    """Why ``gold`` is not among ``events`` (see the module's docstring)."""
    ranked = sorted(learned.TYPES, key=probs.__getitem__, reverse=True)
    top = propose.MIN_BESIDE if any(e.origin != "model" for e in events) else \
        propose.MIN_PROBABILITY
    for rank, cut in ((0, propose.top_cut(ranked[0], top)), (1, propose.MIN_SECOND)):
        if ranked[rank] == gold and probs[gold] < cut:
            return "under cut"
    if any(e.origin != "model" for e in events):
        return "patterns' type"
    if events:
        return "model's type"
    return "no event"


def predicted(events: list) -> str:
    """The type the record is read as: its most confident event's (``none`` without events)."""
    if not events:
        return "none"
    return max(events, key=lambda e: e.confidence).type


class Tally:
    def __init__(self):
        self.records = 0
        self.found = Counter()  # by origin of the first event of the gold type
        self.reasons = Counter()
        self.confusion = Counter()  # (gold, predicted) of the misses
        self.gold = Counter()
        self.gold_found = Counter()
        self.events = 0
        self.examples = defaultdict(list)

    def add(self, gold: str, events: list, probs: dict[str, float], text: str = "") -> None:
        self.records += 1
        self.gold[gold] += 1
        self.events += len(events)
        hits = [e for e in events if e.type == gold]
        if hits:
            self.found["pattern" if any(e.origin != "model" for e in hits) else "model"] += 1
            self.gold_found[gold] += 1
            return
        reason = reason_of(gold, events, probs)
        self.reasons[reason] += 1
        key = (gold, predicted(events))
        self.confusion[key] += 1
        intended = sorted({e.intended for e in events if e.intended})
        self.examples[key].append((reason, text, [(e.type, e.origin, e.intended)
                                                  for e in events], intended))

    def report(self, name: str, show: int = 0) -> dict:
        n = self.records
        found = sum(self.found.values())
        misses = n - found
        print(f"\n{name}: {n} records, gold type among the events {found / n:.3f} "
              f"(patterns {self.found['pattern']}, model only {self.found['model']}); "
              f"{self.events / n:.3f} events a record; {misses} misses")
        for reason in REASONS:
            print(f"  {reason}: {self.reasons[reason]} ({self.reasons[reason] / n:.3f} of records)")
        print("  by gold type (found / records): " + ", ".join(
            f"{t} {self.gold_found[t]}/{self.gold[t]}" for t, _ in self.gold.most_common()))
        print("  largest confusions of the misses (gold -> read as):")
        for (gold, got), count in self.confusion.most_common(25):
            print(f"    {gold} -> {got}: {count}")
        if show:
            for key, _ in self.confusion.most_common(8):
                print(f"  examples of {key[0]} -> {key[1]}:")
                for reason, text, events, _ in self.examples[key][:show]:
                    print(f"    [{reason}] {text[:160]} {events}")
        return {"records": n, "found": found, "found_by_origin": dict(self.found),
                "events": self.events,
                "events_per_record": round(self.events / n, 3), "reasons": dict(self.reasons),
                "by_gold": {t: [self.gold_found[t], self.gold[t]] for t in self.gold},
                "confusion": [[g, p, c] for (g, p), c in self.confusion.most_common()],
                "misses": [[g, p, *example] for (g, p), examples in self.examples.items()
                           for example in examples]}


def with_model(model: learned.SentenceModel, run):
    """``run()`` with ``model`` as the stage's sentence model (the shipped calibrator kept)."""
    shipped = learned.load()
    calibrator = shipped[1] if shipped else None
    if shipped is not None:
        model.proposal = shipped[0].proposal
    original = learned.load
    learned.load = lambda: (model, calibrator)
    try:
        return run()
    finally:
        learned.load = original


def ledes_out_of_fold(args, nlp, wiki, wiki_cols, tally: Tally) -> None:
    rows = [r for r in train.read_jsonl(args.shared / "data" / "events" / "ngec_synthetic.jsonl")
            if r["event"] in learned.TYPES and train.half_of(r["id"]) == "tune"][: args.limit]
    texts = [train.lede(r["text"]) for r in rows]
    columns = train.featurize(nlp, texts)
    order = list(range(len(rows)))
    random.Random(train.SEED).shuffle(order)
    fold_of = {i: k % args.folds for k, i in enumerate(order)}
    for fold in range(args.folds):
        kept = [i for i in range(len(rows)) if fold_of[i] != fold]
        held = [i for i in range(len(rows)) if fold_of[i] == fold]
        examples = [(None, rows[i]["event"]) for i in kept] + [(None, lab) for _, lab, _ in wiki]
        weights, bias = train.fit_sentence_model(
            examples, [columns[i] for i in kept] + wiki_cols, train.EPOCHS, len(kept),
            train.SYNTHETIC_WEIGHT)
        model = learned.SentenceModel(weights, bias)

        def run():
            documents = [dateline.extract(texts[i], clean=False, id=rows[i]["id"], format="text")
                         for i in held]
            return list(Pipeline().run(documents))

        docs = with_model(model, run)
        for i, doc in zip(held, docs):
            probs = dict(zip(learned.LABELS, model.probabilities(columns[i]).tolist()))
            tally.add(rows[i]["event"], list(doc.events), probs, texts[i])
        print(f"  ledes fold {fold + 1}/{args.folds}: {len(held)} ledes", flush=True)


def wikinews_out_of_fold(args, nlp, labels, synthetic, syn_cols, wiki, wiki_cols,
                         tally: Tally, spurious: Counter) -> None:
    articles = {r["id"]: r for r in train.read_jsonl(train.ARTICLES_FILE)}
    train_ids, _ = train.label_split(labels)
    rows_by_article: dict[str, list] = defaultdict(list)
    for row in labels:
        rows_by_article[row["article_id"]].append(row)
    for held in train.split_articles(train_ids):
        keep = [i for i, (_, _, a) in enumerate(wiki) if a not in held]
        examples = synthetic + [(None, wiki[i][1]) for i in keep]
        weights, bias = train.fit_sentence_model(
            examples, syn_cols + [wiki_cols[i] for i in keep], train.EPOCHS, len(synthetic),
            train.SYNTHETIC_WEIGHT)
        model = learned.SentenceModel(weights, bias)
        for article_id in sorted(held):
            article = articles[article_id]
            doc = with_model(model, lambda: dateline.annotate(
                article["text"], published=article["published"], clean=False, format="text"))
            sents = list(nlp.pipe([r["text"] for r in rows_by_article[article_id]]))
            for row, sent in zip(rows_by_article[article_id], sents):
                events = [e for e in doc.events if row["start"] <= e.trigger.start < row["end"]]
                golds = sorted({e["type"] for e in row["events"] if e["type"] in learned.TYPES})
                if not golds:
                    spurious.update(e.origin for e in events)
                    continue
                probs = model.of_sentence(sent)
                for gold in golds:
                    tally.add(gold, events, probs, row["text"])
        print(f"  Wikinews fold of {len(held)} articles done", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="the first N tune ledes only")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--skip-wikinews", action="store_true")
    parser.add_argument("--skip-ledes", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    nlp = nlp_module.load()
    labels = train.read_jsonl(train.LABELS_FILE)
    train_ids, _ = train.label_split(labels)
    wiki = train.wikinews_examples(labels, train_ids)
    wiki_cols = train.featurize(nlp, [t for t, _, _ in wiki])
    out = {}
    if not args.skip_ledes:
        ledes = Tally()
        ledes_out_of_fold(args, nlp, wiki, wiki_cols, ledes)
        out["ledes"] = ledes.report("synthetic ledes, tune half, out of fold", args.show)
    if not args.skip_wikinews:
        synthetic = [(None, label) for _, label in train.ngec_examples(args.shared, None)]
        syn_cols = train.featurize(nlp, [t for t, _ in train.ngec_examples(args.shared, None)])
        wikinews, spurious = Tally(), Counter()
        wikinews_out_of_fold(args, nlp, labels, synthetic, syn_cols, wiki, wiki_cols, wikinews,
                             spurious)
        out["wikinews"] = wikinews.report("Wikinews training articles' gold types, out of fold",
                                          args.show)
        out["wikinews"]["events_in_sentences_without_gold"] = dict(spurious)
        print(f"  events in sentences with no gold event: {dict(spurious)}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
