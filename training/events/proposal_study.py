#!/usr/bin/env python3
"""When the sentence model should propose an event (propose.py): the 2026-12-05 second session's
study, rerun. Thresholds on the model's probability of its top type (NONE aside): one for a
sentence where the patterns found no event, one for a sentence where they found events of other
types (an event beside theirs); a threshold for its second type (or none); and a cap on the
events of a sentence (patterns' and proposals') beyond which nothing is proposed.

Scored on tune data only, with a sentence model that never saw it (trained as ``train.py`` on four
fifths of the synthetic ledes' tune half and the Wikinews training articles): the left-out fifth of
the tune ledes (gold type among the events, events a lede) and the tune half of
conflibert_pentaclass (evaluation only, never trained on: the class of the most confident event,
a proposal counting only where the patterns found none, since its confidence is capped below
theirs). The patterns' events are the default pipeline's with no proposals; a simulated proposal
counts as made (the real proposer can still find no trigger or its draft be dropped), so the
numbers are an upper bound read as a comparison between settings; benchmarks/events_types.py and
bench_events.py measure the chosen setting.

Usage: proposal_study.py --shared ../shared
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned, propose  # noqa: E402
from dateline.events.codes import lookup  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from events_sets import pentaclass_of_code  # noqa: E402
import train  # noqa: E402  (training/events/train.py)

EMPTY = (0.3, 0.4, 0.5)
BESIDE = (0.3, 0.4, 0.5, 0.6)
SECOND = (None, 0.2, 0.3)  # the second most likely type too, from this probability
CAPS = (2, 99)


def pattern_events(texts: list[str]) -> list[list]:
    """Each text's events with the proposer off (its cuts beyond any probability)."""
    saved = propose.MIN_PROBABILITY, propose.MIN_PROBABILITY_BESIDE, propose.MIN_SECOND
    propose.MIN_PROBABILITY = propose.MIN_PROBABILITY_BESIDE = propose.MIN_SECOND = 2.0
    try:
        documents = [dateline.extract(t, clean=False, id=str(i), format="text")
                     for i, t in enumerate(texts)]
        return [list(d.events) for d in Pipeline().run(documents)]
    finally:
        propose.MIN_PROBABILITY, propose.MIN_PROBABILITY_BESIDE, propose.MIN_SECOND = saved


def proposed(probs: np.ndarray, events: list, empty: float, beside: float, cap: int,
             second: float | None = None) -> list[str]:
    """The simulated proposals' types for one sentence."""
    ranked = np.argsort(-probs[:len(learned.TYPES)])
    present = {t for e in events for t in (e.type, getattr(e, "intended", None)) if t}
    out = []
    for rank, cut in ((0, beside if events else empty), (1, second)):
        label = learned.TYPES[ranked[rank]]
        if cut is None or probs[ranked[rank]] < cut or label in present:
            continue
        if len(events) + len(out) < cap:
            out.append(label)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    events_dir = args.shared / "data" / "events"
    ledes = [(train.lede(r["text"]), r["event"])
             for r in train.read_jsonl(events_dir / "ngec_synthetic.jsonl")
             if r["event"] in learned.TYPES and train.half_of(r["id"]) == "tune"]
    order = list(range(len(ledes)))
    random.Random(train.SEED).shuffle(order)
    held, kept = sorted(order[:len(ledes) // 5]), sorted(order[len(ledes) // 5:])
    conf = [r for r in train.read_jsonl(events_dir / "conflibert_pentaclass.jsonl")
            if train.half_of(r["id"]) == "tune"]
    labels = train.read_jsonl(train.LABELS_FILE)
    train_ids, _ = train.label_split(labels)
    examples = [(None, ledes[i][1]) for i in kept]
    wiki = train.wikinews_examples(labels, train_ids)
    examples += [(None, label) for _, label, _ in wiki]
    nlp = nlp_module.load()
    columns = train.featurize(nlp, [ledes[i][0] for i in kept] + [t for t, _, _ in wiki])
    weights, bias = train.fit_sentence_model(examples, columns, train.EPOCHS, len(kept),
                                             train.SYNTHETIC_WEIGHT)

    def probabilities(texts):
        return [learned.softmax(weights[c].sum(axis=0) + bias) for c in train.featurize(nlp, texts)]

    lede_texts = [ledes[i][0] for i in held]
    lede_events, lede_probs = pattern_events(lede_texts), probabilities(lede_texts)
    conf_texts = [r["text"] for r in conf]
    conf_events, conf_probs = pattern_events(conf_texts), probabilities(conf_texts)
    by_type = {t: pentaclass_of_code(c, lookup(c).quad_class if lookup(c) else None)
               for t, c in propose.TYPE_CODES.items()}
    empty_share = np.mean([not e for e in lede_events])
    print(f"{len(held)} held-out tune ledes ({empty_share:.3f} with no pattern event), "
          f"{len(conf)} conflibert tune sentences")
    for cap, empty, beside, second in itertools.product(CAPS, EMPTY, BESIDE, SECOND):
        if True:
            if True:
                found = n_events = 0
                for (_, gold), events, probs in zip([ledes[i] for i in held], lede_events,
                                                    lede_probs):
                    labels = proposed(probs, events, empty, beside, cap, second)
                    found += gold in {e.type for e in events} | set(labels)
                    n_events += len(events) + len(labels)
                right = 0
                for record, events, probs in zip(conf, conf_events, conf_probs):
                    best = max(events, key=lambda e: e.confidence, default=None)
                    if best is not None:
                        got = pentaclass_of_code(best.cameo, best.quad_class)
                    else:
                        labels = proposed(probs, events, empty, beside, cap)
                        got = by_type[labels[0]] if labels else 0
                    right += got == record["pentaclass"]
                print(f"cap {cap} empty {empty} beside {beside} second {second}: ledes type found "
                      f"{found / len(held):.3f}, {n_events / len(held):.2f} events a lede; "
                      f"conflibert any confidence {right / len(conf):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
