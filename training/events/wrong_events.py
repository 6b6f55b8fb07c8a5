#!/usr/bin/env python3
"""The wrong pattern events of the Wikinews training articles, with the cross-fitted confidence the
default threshold is chosen on: the events that push the threshold up.

Runs ``train.py``'s fit into a temporary folder (nothing shipped is written) with its calibration
collection wrapped, so that each news calibration event is known by its article, sentence, trigger,
type, CAMEO code, modality and pattern family; the cross-fitted confidences are ``train.py``'s
(``train.cross_fitted``, seed 13). Only the training articles are read (``train.label_split``'s
train side: the check half, batch 5 and batch 7's long check are not annotated).

Writes one JSON object a line per news calibration event (``--out``), and prints the wrong events
at or above ``--low`` confidence by type with their trigger and sentence, so that they can be
sorted into kinds by hand (docs/events.md, "Twenty-first session: non-events ...").

Usage: wrong_events.py --shared ../shared [--out FILE] [--low 0.4] [--model DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training" / "events"))

import train  # noqa: E402  (training/events/train.py)
import dateline  # noqa: E402
from dateline.events import stage  # noqa: E402

class _Recording:
    """Stands for the ``dateline`` module in ``train``: ``annotate`` keeps the drafts the stage
    collected (``stage.COLLECT``) of each article it annotates, in order."""

    def __init__(self):
        self.drafts: list[tuple[str, list]] = []

    def annotate(self, text, **kwargs):
        doc = dateline.annotate(text, **kwargs)
        self.drafts.append((text, [d for d, _ in stage.COLLECT or ()]))
        return doc


def events_of(recorded, ids, articles, rows_by_article) -> list[dict]:
    """The records of ``train.collect_calibration``'s news events, in its order (its loop, on the
    drafts ``recorded`` kept while it annotated the articles ``ids``)."""
    out = []
    for article_id, (text, drafts) in zip(sorted(ids), recorded):
        if text != articles[article_id]["text"]:
            raise SystemExit("the recorded articles are not the calibration's")
        for draft in drafts:
            row = train.gold_sentence(rows_by_article, article_id, draft.trigger.start)
            if row is None:
                continue
            gold = sorted({e["type"] for e in row["events"]})
            out.append({"article": article_id, "type": draft.type, "cameo": draft.cameo,
                        "trigger": draft.trigger.text, "start": draft.trigger.start,
                        "modality": draft.modality, "family": draft.family,
                        "companion": draft.companion, "sources": draft.sources,
                        "targets": draft.targets, "gold": gold,
                        "right": draft.type in gold, "sentence": row["text"]})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("wrong_events.jsonl"))
    parser.add_argument("--low", type=float, default=0.4)
    parser.add_argument("--model", type=Path, default=None,
                        help="also write the fit there (train.py --out; by default a temporary "
                             "folder: nothing shipped is written)")
    args = parser.parse_args(argv)

    original = train.collect_calibration
    records: list[list[dict]] = []

    def collect(model, ids, articles, rows_by_article, judged=None, proposed=None):
        recording = train.dateline = _Recording()
        try:
            result = original(model, ids, articles, rows_by_article, judged, proposed)
        finally:
            train.dateline = dateline
        if judged is None:
            records.append(events_of(recording.drafts, ids, articles, rows_by_article))
            if len(records[-1]) != len(result[1]):
                raise SystemExit("the recorded events are not the calibration's")
        return result
    train.collect_calibration = collect
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "calibration.npz"
        model = args.model or Path(tmp) / "model"
        train.main(["--shared", str(args.shared), "--out", str(model),
                    "--dump-calibration", str(dump)])
        data = np.load(dump)
    x, y, groups, news = data["x"], data["y"], list(data["groups"]), data["news"]
    probs = train.cross_fitted(x, y, groups)[news]
    events = [e for fold in records for e in fold]
    if len(events) != len(probs):
        raise SystemExit(f"{len(events)} recorded events, {len(probs)} news calibration events")
    with args.out.open("w", encoding="utf-8") as handle:
        for event, p, right in zip(events, probs, y[news]):
            if bool(right) != event["right"]:
                raise SystemExit(f"event order differs at {event['article']} {event['trigger']}")
            event["confidence"] = round(float(p), 3)
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")
    wrong = [e for e in events if not e["right"] and e["confidence"] >= args.low]
    print(f"{len(events)} news calibration events, {sum(e['right'] for e in events)} right; "
          f"{len(wrong)} wrong at confidence >= {args.low}")
    for e in sorted(wrong, key=lambda e: (e["type"], -e["confidence"])):
        print(f"{e['confidence']:.2f} {e['type']:9} {e['cameo']:5} {e['family']:10} "
              f"{e['modality']:12} [{e['trigger']}] gold={','.join(e['gold']) or '-'} | "
              f"{e['sentence'][:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
