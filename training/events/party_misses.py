#!/usr/bin/env python3
"""Why the events' parties miss on ``conflibert_pentaclass`` (evaluation only): a table of counts
by kind, read off dateline's own output and the spaCy parse of each sentence, on one half of the
set (tune by default; ``--half check`` prints the totals alone). The sentences are counted here,
never fitted on, and no sentence is printed unless ``--show KIND`` asks for it on the terminal
(tune half only).

Scored as ``benchmarks/bench_events.py`` scores span overlap: for a sentence with source / target
spans, the most confident event of the system (``combined``: the default view; ``patterns``: the
patterns alone) is right on a side when a mention of one of its actors on that side shares a word
of 3+ letters with the gold spans (an empty side is right when the gold side is empty too).

Each target miss (``--side source`` for the sources) is put in the first kind that holds:

- ``gold names a relation, no sides``: both gold sides are empty and the gold names the parties
  as one symmetric relation (``relation_spans``: "The US and China have signed ..."), which span
  overlap does not read; by whether the event's party is in the relation span;
- ``party where the gold has none``: the event names a party, the gold side is empty;
- ``gold span not in the text``: the gold span could not be found in the sentence;
- the event names a party, not the gold's:
  ``span: overlaps, no shared word`` (a found mention overlaps the gold span in the text);
  ``sides swapped`` (the found party is the gold's other side: the speaker for the addressee);
  ``another event`` (the other side is wrong too: the best event is not the gold's);
  ``place for its government`` (a country actor found, the gold names a body or people);
  ``person for organisation`` (a person found, the gold span names no person);
  ``other party`` (the rest, by the gold head's relation to the trigger);
- the event names no party on that side:
  ``no actor for the gold`` (no actor mention overlaps the gold span: the actors stage made none),
  by the gold head's lemma;
  ``coordinated second party`` (the gold head is a conjunct);
  ``passive`` (the trigger is a passive participle);
  ``object of the trigger's preposition`` (the gold head is the object of a preposition on the
  trigger or its clause: "against", "on", "with", "to", "at" ...), by the preposition;
  ``inside a nominal`` (the object of a preposition on a noun: "the attack on X", "talks with X"),
  by noun and preposition;
  ``relative clause`` (the trigger heads a relative clause or the gold head governs one);
  ``direct object`` (the gold head is the trigger's object);
  ``another clause`` (the gold head is outside the trigger's clause);
  ``other, no party`` (the rest, by the gold head's dependency).

A second count says, for every miss, whether another event of the sentence (any confidence) has
the gold's party on that side: what choosing a better event would give.

Usage: party_misses.py --shared ../shared [--half tune|check] [--side target|source]
       [--system combined|patterns] [--dump PATH] [--load PATH] [--show KIND] [--top N]
Example: PYTHONPATH=src python training/events/party_misses.py --shared ../shared --dump /tmp/p.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_sets as sets  # noqa: E402
from common import read_jsonl  # noqa: E402
from miss_kinds import print_words_and_examples  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned  # noqa: E402

KINDS = ("gold names a relation, no sides", "party where the gold has none",
         "gold span not in the text",
         "span: overlaps, no shared word", "sides swapped", "another event",
         "place for its government", "person for organisation", "other party",
         "no actor for the gold", "coordinated second party", "passive",
         "object of the trigger's preposition", "inside a nominal", "relative clause",
         "direct object", "another clause", "other, no party")
SIDES = ("source", "target")
OTHER = {"source": "target", "target": "source"}
SYSTEMS = ("combined", "patterns")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _words(text: str) -> set[str]:
    return {w.lower() for w in text.split() if len(w) > 2}


def _find(text: str, span: str) -> tuple[int, int] | None:
    """Character offsets of a gold span in its sentence (case, quotes and spacing forgiven)."""
    def norm(s: str) -> str:
        return s.replace("ʼ", "'").replace("’", "'").lower()
    pattern = r"\s*".join(re.escape(part) for part in norm(span).split())
    found = re.search(pattern, norm(text)) if pattern else None
    return (found.start(), found.end()) if found else None


def _party(doc, actor_ids) -> list[dict]:
    by_id = {a.id: a for a in doc.actors}
    out = []
    for actor_id in actor_ids:
        actor = by_id.get(actor_id)
        if actor is not None:
            out.append({"kind": actor.kind, "mentions": [(m.start, m.end, m.text)
                                                         for m in actor.mentions]})
    return out


def _right(parties: list[dict], gold: list[dict]) -> bool:
    """bench_events' span overlap for one side."""
    words = {w for g in gold for w in _words(g["text"])}
    if not parties:
        return not gold
    return any(words & _words(text) for p in parties for _, _, text in p["mentions"])


def _clause(token):
    """The verb (or root) whose clause holds ``token``."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def _ancestors(token) -> set[int]:
    return {a.i for a in token.ancestors}


def _passive(token) -> bool:
    return token.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
                                    or token.dep_ == "acl")


def _construction(sent, trigger, gold_head, overlapping_actor: bool) -> tuple[str, str]:
    """The kind of a side the event left empty, and the word that stands for it."""
    lemma = gold_head.lemma_.lower()
    if not overlapping_actor:
        return "no actor for the gold", lemma
    if gold_head.dep_ == "conj":
        return "coordinated second party", gold_head.head.lemma_.lower()
    if _passive(trigger):
        return "passive", trigger.lemma_.lower()
    clause = _clause(trigger)
    if gold_head.dep_ == "pobj":
        prep = gold_head.head
        owner = prep.head
        if owner.i in (trigger.i, clause.i):
            return "object of the trigger's preposition", prep.lower_
        if owner.pos_ in ("NOUN", "PROPN"):
            return "inside a nominal", f"{owner.lemma_.lower()} {prep.lower_}"
    if trigger.dep_ == "relcl" or clause.dep_ == "relcl" or any(
            c.dep_ == "relcl" and (c.i == clause.i or c.i in _ancestors(trigger))
            for c in gold_head.children):
        return "relative clause", trigger.lemma_.lower()
    if gold_head.dep_ in ("dobj", "obj") and gold_head.head.i in (trigger.i, clause.i):
        return "direct object", trigger.lemma_.lower()
    if clause.i not in _ancestors(gold_head) and gold_head.i != clause.i:
        return "another clause", f"{gold_head.dep_} of {gold_head.head.lemma_.lower()}"
    return "other, no party", gold_head.dep_


def _head_of(sent_doc, start: int, end: int):
    span = sent_doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def classify(row: dict, side: str, parsed) -> tuple[str, str] | None:
    """The kind of the miss of ``row`` on ``side`` (None when right) and its word."""
    if row[side + " right"]:
        return None
    found, gold = row["event"][side], row["gold " + side]
    if not gold:
        if row.get("relation") and not row["gold " + OTHER[side]]:
            # "The US and China signed ...": the gold names the parties as one symmetric
            # relation (relation_spans), which the span overlap does not read
            related = _right(found, [{"text": t} for t in row["relation"]])
            return "gold names a relation, no sides", "found in it" if related else "not in it"
        return "party where the gold has none", found[0]["kind"] if found else ""
    located = [_find(row["text"], g["text"]) for g in gold]
    located = [x for x in located if x is not None]
    if not located:
        return "gold span not in the text", ""
    start, end = located[0]
    head = _head_of(parsed, start, end)
    trigger = _head_of(parsed, *row["event"]["trigger span"])
    if head is None or trigger is None:
        return "gold span not in the text", ""
    if found:
        mentions = [(s, e) for p in found for s, e, _ in p["mentions"]]
        if any(s < e_ and s_ < e for s, e in mentions for s_, e_ in located):
            return "span: overlaps, no shared word", head.lemma_.lower()
        if _right(found, row["gold " + OTHER[side]]) and row["gold " + OTHER[side]]:
            return "sides swapped", row["event"]["trigger"]
        if not row[OTHER[side] + " right"]:
            return "another event", row["event"]["trigger"]
        kinds = {p["kind"] for p in found}
        if "country" in kinds and head.ent_type_ not in PLACE_LABELS:
            return "place for its government", head.lemma_.lower()
        if kinds == {"person"} and not any(t.ent_type_ == "PERSON"
                                           for t in parsed.char_span(start, end,
                                                                     alignment_mode="expand")):
            return "person for organisation", head.lemma_.lower()
        return "other party", f"{head.dep_} of {head.head.lemma_.lower()}"
    overlapping = any(s < end and start < e for s, e in row["actor spans"])
    return _construction(parsed, trigger, head, overlapping)


def annotate(shared: Path, half: str) -> dict[str, list[dict]]:
    path = shared / "data" / "events" / "conflibert_pentaclass.jsonl"
    records = [r for r in read_jsonl(path)
               if sets.half_of(r["id"]) == half and r.get("has_span_annotation")]
    annotator = sets.Annotator()
    threshold = learned.default_threshold()
    done = annotator.annotate(sets.sentences_of(records))
    out = {}
    for system in SYSTEMS:
        out[system] = rows = []
        for record, a in zip(records, done):
            every = a.pattern_events_calibrated() if system == "combined" else \
                a.pattern_events()
            row = _row(record, a, a.shown(threshold) if system == "combined" else every, every)
            if row is not None:
                rows.append(row)
        print(f"conflibert {half}: {len(rows)} sentences with spans and an event ({system})",
              flush=True)
    return out


def _row(record: dict, a, events: list, every: list) -> dict | None:
    """What the table reads of one sentence: its best event (of ``events``) with its parties'
    mentions, the gold spans, every actor mention's span, and for each side whether the best
    event is right and whether another of ``every`` (the system's events at any confidence) is."""
    best = max(events, key=lambda e: e.confidence, default=None)
    if best is None:
        return None  # bench_events scores span overlap on sentences with an event only
    event = {"trigger": a.doc.text[best.trigger.start:best.trigger.end].lower(),
             "trigger span": (best.trigger.start, best.trigger.end), "type": best.type,
             "cameo": best.cameo, "source": _party(a.doc, best.source),
             "target": _party(a.doc, best.target)}
    row = {"text": record["text"], "gold source": record["source"],
           "gold target": record["target"], "relation": record.get("relation_spans") or [],
           "event": event,
           "actor spans": [(m.start, m.end) for actor in a.doc.actors
                           for m in actor.mentions]}
    for side in SIDES:
        row[side + " right"] = _right(event[side], record[side])
        row[side + " elsewhere"] = any(
            _right(_party(a.doc, getattr(e, side)), record[side]) for e in every
            if e is not best and getattr(e, side))
    return row


def report(rows: list[dict], side: str, top: int, show: str | None) -> None:
    nlp = nlp_module.load()
    kinds: Counter = Counter()
    words: dict[str, Counter] = defaultdict(Counter)
    elsewhere: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    parsed_rows = nlp.pipe([r["text"] or " " for r in rows])
    for row, parsed in zip(rows, parsed_rows):
        found = classify(row, side, parsed)
        if found is None:
            continue
        kind, word = found
        kinds[kind] += 1
        words[kind][word] += 1
        elsewhere[kind] += row[side + " elsewhere"]
        gold = " / ".join(g["text"] for g in row["gold " + side])
        got = " / ".join(p["mentions"][0][2] for p in row["event"][side] if p["mentions"])
        examples[kind].append(f"{word} | gold {gold!r} got {got!r} ({row['event']['trigger']}) "
                              f"| {row['text']}")
    misses = sum(kinds.values())
    print(f"\n{side}: {len(rows)} sentences with spans and an event, right "
          f"{1 - misses / max(len(rows), 1):.3f}; misses {misses}")
    print(f"  {'kind':40s} {'misses':>6s}  another event has it")
    for kind in KINDS:
        if kinds[kind]:
            print(f"  {kind:40s} {kinds[kind]:6d}  {elsewhere[kind]}")
    print_words_and_examples(KINDS, words, examples, top, show, "largest words")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", choices=sets.HALVES, default="tune")
    parser.add_argument("--side", choices=SIDES + ("both",), default="both")
    parser.add_argument("--system", choices=SYSTEMS, default="combined")
    parser.add_argument("--dump", type=Path, default=None, help="write the annotated rows")
    parser.add_argument("--load", type=Path, default=None, help="read a --dump, not annotating")
    parser.add_argument("--top", type=int, default=12, help="words shown per kind")
    parser.add_argument("--show", default=None, help="print the tune sentences of one kind")
    args = parser.parse_args(argv)
    if args.half == "check":
        args.show, args.top = None, 0
    if args.load:
        annotated = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        annotated = annotate(args.shared, args.half)
        if args.dump:
            args.dump.write_text(json.dumps(annotated), encoding="utf-8")
    rows = annotated[args.system]
    print(f"system: {args.system}")
    for side in (SIDES if args.side == "both" else (args.side,)):
        report(rows, side, args.top, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
