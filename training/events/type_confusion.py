#!/usr/bin/env python3
"""The confusion of event types on the sentence-level dev sets' tune halves (with ``--half check``,
the check halves' totals and confusion counts only, for a before/after: no record's text, no
dump): the synthetic ledes (``ngec_synthetic``, one PLOVER label a lede),
``conflibert_pentaclass`` (PentaClass), ``glocon_sample`` (contentious or not) and the PETRARCH
sets (CAMEO codes read as PLOVER types through ``data/cameo.tsv``). All but the ledes are
evaluation only: this script reads them to choose, never to fit.

Per record the sentence's **best event** is the most confident of every event of the combined run
(``events_sets.Annotated.every_event``, what the hidden sets count), and its type is compared with
the gold type (ledes, PETRARCH) or class (conflibert: PentaClass; glocon: contentious or not).
Each miss is put in one class, the first that holds:

- ``reporting``: the best event's trigger is a verb or noun of saying ("said", "reported",
  "statement", ``nlp.SAYING_VERBS``) while the gold is no statement (not CONSULT/ACCUSE/REQUEST/
  SUPPORT/REJECT/AGREE/THREATEN, nor PentaClass 0);
- ``modality``: the best event is planned, hypothetical, requested or negated (an event that did
  not happen counted) where the gold is another type or no event;
- ``other event chosen``: an event of the gold type (class) is among the sentence's events, but
  not the most confident: the right trigger, the wrong event of the sentence chosen as main;
- ``model over pattern``: the patterns alone had the gold type (class) and the combined run lost it
  (the sentence model's calibration or veto overriding a right pattern type);
- ``model proposal``: the best event is the sentence model's proposal, of another type;
- ``lexicon``: a pattern event of another type (the trigger lemma coded to another PLOVER type);
- ``no event``: no event at all.

For glocon's tune half the false positives (a PROTEST/ASSAULT event in a sentence not labelled
contentious) are listed by trigger lemma, type and CAMEO code.

The shipped sentence model was trained on the ledes' tune half: read the ledes' "every" row as
in-sample, their "patterns" row (the rules alone) as out of sample.

Usage: type_confusion.py --shared ../shared [--half tune|check] [--limit N] [--dump PATH]
       [--load PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events.codes import lookup  # noqa: E402
import events_sets as sets  # noqa: E402
from common import read_jsonl  # noqa: E402
from train import lede  # noqa: E402

STATEMENT_TYPES = frozenset({"CONSULT", "ACCUSE", "REQUEST", "SUPPORT", "REJECT", "AGREE",
                             "THREATEN"})
REPORTING_NOUNS = frozenset({"statement", "report", "announcement", "remark", "comment",
                             "claim", "news", "interview", "briefing", "speech"})
NOT_HAPPENED = frozenset({"planned", "hypothetical", "requested", "negated"})
CLASSES = ("reporting", "modality", "other event chosen", "model over pattern", "model proposal",
           "lexicon", "no event")


def _event_row(e, doc) -> dict:
    trigger = doc.text[e.trigger.start:e.trigger.end]
    return {"type": e.type, "cameo": e.cameo, "quad": e.quad_class, "trigger": trigger,
            "confidence": round(e.confidence, 3), "origin": e.origin, "modality": e.modality,
            "intended": e.intended}


def _pentaclass(event: dict) -> int:
    return sets.pentaclass_of_code(event["cameo"], event["quad"])


def annotate(annotator, records: list[dict], texts: list[str], dates=None) -> list[dict]:
    documents = [dateline.extract(t or " ", published=d, clean=False, id=str(r["id"]),
                                  format="text")
                 for r, t, d in zip(records, texts, dates or [None] * len(texts))]
    out = []
    for record, text, a in zip(records, texts, annotator.annotate(documents)):
        out.append({"id": str(record["id"]), "text": text,
                    "every": [_event_row(e, a.doc) for e in a.every_event()],
                    "patterns": [_event_row(e, a.doc) for e in a.pattern_events()]})
    return out


def load(shared: Path, limit: int | None, half: str = "tune") -> dict[str, list[dict]]:
    """One half's records of each set (``half``), with ``gold`` (a PLOVER type, a PentaClass, or
    a bool)."""
    data = shared / "data" / "events"
    out: dict[str, list[dict]] = {}
    rows = [r for r in read_jsonl(data / "ngec_synthetic.jsonl") if sets.half_of(r["id"]) == half]
    out["ledes"] = [dict(r, text=lede(r["text"]), gold=r["event"]) for r in rows]
    rows = [r for r in read_jsonl(data / "conflibert_pentaclass.jsonl")
            if sets.half_of(r["id"]) == half]
    out["conflibert"] = [dict(r, gold=r["pentaclass"]) for r in rows]
    rows = [r for r in read_jsonl(data / "glocon_sample.jsonl") if r.get("orig_label") in (0, 1)
            and sets.half_of(r["id"].rsplit("_", 1)[0]) == half]
    out["glocon"] = [dict(r, gold=r["orig_label"] == 1) for r in rows]
    petr = []
    for name in ("petr2_gsr", "petr_unit"):
        for r in read_jsonl(data / f"{name}.jsonl"):
            if sets.half_of(str(r["id"])) != half:
                continue
            types = sorted({lookup(c["event"]).plover for c in r.get("codings", [])
                            if c.get("event", "").isdigit() and lookup(c["event"])})
            gold = types[0] if len(types) == 1 else "none" if r.get("noevents") else None
            petr.append(dict(r, gold=gold))
    out["petrarch"] = [r for r in petr if r["gold"]]
    return {k: v[:limit] for k, v in out.items()}


def right(set_name: str, gold, event: dict | None) -> bool:
    if set_name == "conflibert":
        return (_pentaclass(event) if event else 0) == gold
    if set_name == "glocon":
        return (event is not None and event["type"] in sets.CONTENTIOUS) == gold
    return (event["type"] if event else "none") == gold


def error_class(set_name: str, gold, row: dict, saying: frozenset) -> str:
    events, patterns = row["every"], row["patterns"]
    best = max(events, key=lambda e: e["confidence"]) if events else None
    if best is None:
        return "no event"
    statement_gold = (gold == 0 if set_name == "conflibert" else
                      gold in STATEMENT_TYPES if set_name in ("ledes", "petrarch") else False)
    lemma = best["trigger"].lower()
    if not statement_gold and (lemma in saying or lemma in REPORTING_NOUNS):
        return "reporting"
    if best["modality"] in NOT_HAPPENED:
        return "modality"
    if any(right(set_name, gold, e) for e in events):
        return "other event chosen"
    if any(right(set_name, gold, e) for e in patterns):
        return "model over pattern"
    if best["origin"] == "model":
        return "model proposal"
    return "lexicon"


def report(name: str, rows: list[dict], system: str, saying: frozenset, half: str) -> None:
    """The confusion of the best event of ``system`` ("every": the combined run at any confidence;
    "patterns": the patterns alone) and the misses by class."""
    confusion, classes, wrong = Counter(), Counter(), 0
    for row in rows:
        gold = row["gold"]
        events = row[system]
        best = max(events, key=lambda e: e["confidence"]) if events else None
        got = (_pentaclass(best) if best else 0) if name == "conflibert" else (
            (best is not None and best["type"] in sets.CONTENTIOUS) if name == "glocon"
            else (best["type"] if best else "none"))
        confusion[(gold, got)] += 1
        if not right(name, gold, best):
            wrong += 1
            classes[error_class(name, gold, dict(row, every=events), saying)] += 1
    n = len(rows)
    if not n:
        print(f"\n{name} ({half}, {system}): no records")
        return
    print(f"\n{name} ({half}, {system}): {n} records, best event right {1 - wrong / n:.3f}; "
          "misses by class: " + ", ".join(f"{c} {classes[c]}" for c in CLASSES))
    print("  gold -> best event's (misses, largest first): " + ", ".join(
        f"{g}->{p} {c}" for (g, p), c in confusion.most_common() if g != p and c > 2))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--dump", type=Path, default=None, help="write every tune record's events")
    parser.add_argument("--load", type=Path, default=None, help="read a --dump instead of annotating")
    parser.add_argument("--half", choices=sets.HALVES, default="tune",
                        help="check: the totals only (never a record's text, no --dump)")
    args = parser.parse_args(argv)
    saying = frozenset(w for v in nlp_module.SAYING_VERBS
                       for w in (v, v + "s", v + "ed", v + "d")) | {"said", "told", "says"}
    if args.load:
        annotated = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        records = load(args.shared, args.limit, args.half)
        annotator = sets.Annotator()
        annotated = {}
        for name, rows in records.items():
            dates = ([sets._iso(r.get("date")) for r in rows] if name == "petrarch" else None)
            done = annotate(annotator, rows, [r["text"] for r in rows], dates)
            for r, a in zip(rows, done):
                a["gold"] = r["gold"]
            annotated[name] = done
            print(f"{name}: {len(done)} {args.half} records annotated", flush=True)
        if args.dump and args.half == "tune":
            args.dump.write_text(json.dumps(annotated), encoding="utf-8")
    for name, rows in annotated.items():
        for system in ("every", "patterns"):
            report(name, rows, system, saying, args.half)
        if name == "glocon" and args.half == "tune":
            fp = Counter()
            for row in rows:
                if row["gold"]:
                    continue
                for e in row["every"]:
                    if e["type"] in sets.CONTENTIOUS:
                        fp[(e["trigger"].lower(), e["type"], e["cameo"])] += 1
            print("  false positives' contentious events (trigger, type, CAMEO): " + ", ".join(
                f"{t}/{ty}/{c} {k}" for (t, ty, c), k in fp.most_common(40)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
