#!/usr/bin/env python3
"""The default view's events (calibrated confidence at or above the shipped threshold) of the
Wikinews labels, sorted into classes read off the text's form, not its words: right or wrong (a
gold event of the sentence has the event's type), and for a wrong one whether the sentence has a
gold event at all; per class the event's type, origin (pattern / model), modality, whether it
names a source and a target, whether its trigger is inside a turn of a transcribed interview,
inside quotation marks, in a question, in an election story (``sanity.ELECTION_WORDS``), with a
first-person subject word in its sentence.

Held-out halves (the check half, batch 7's long check, label batch 13) print these class counts
only: no sentence, no trigger. ``--show`` prints the wrong events' sentences and triggers of the
training articles (``--half tune``) alone, for sorting them into kinds by hand.

Usage: shown_classes.py [--half tune|check|long check|batch 13] [--show] [--limit N]
Example: PYTHONPATH=src python training/events/shown_classes.py --half "batch 13"
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import lexicon, sanity  # noqa: E402
from dateline.events.learned import default_threshold  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
import events_sets as sets  # noqa: E402
from common import read_jsonl  # noqa: E402

QUOTED = re.compile(r"[\"“”]")
FIRST_PERSON = re.compile(r"\b(I|we|We|my|our|Our|My)\b")
WORD = re.compile(r"[A-Za-z]+")


def _inside_quotes(sentence: str, offset: int) -> bool:
    """An odd number of quotation marks before ``offset`` in the sentence."""
    return len(QUOTED.findall(sentence[:offset])) % 2 == 1


def _election_story(text: str) -> bool:
    words = [w.lower() for w in WORD.findall(text) if w.lower() in sanity.ELECTION_WORDS]
    return len(set(words)) >= 3 and len(words) >= 6


PRONOUN_FIRST = frozenset({"i", "we", "me", "us"})
OBJECTS = ("dobj", "obj", "pobj", "nsubjpass", "attr")


def _form(doc, offset: int) -> dict:
    """The trigger's form in its parsed sentence: its dependency and tag, its subject's and
    object's kind (none, a first-person pronoun, another pronoun, a proper noun, a common noun),
    whether a clause hangs on it (xcomp / ccomp)."""
    token = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    if token is None:
        return {"lemma": "?", "object class": "?", "dep": "?", "tag": "?", "subject": "?", "object": "?", "clause": "?"}

    def kind(child):
        if child is None:
            return "none"
        if child.lower_ in PRONOUN_FIRST:
            return "first person"
        if child.pos_ == "PRON":
            return "pronoun"
        return "proper" if child.pos_ == "PROPN" else "common"
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        obj = next((g for c in token.children if c.dep_ in ("prep", "agent")
                    for g in c.children if g.dep_ == "pobj"), None)
    head = obj if obj is not None else subject if token.tag_ == "VBN" else None
    return {"lemma": token.lemma_.lower(),
            "object class": "none" if head is None else
            "information" if head.lemma_.lower() in lexicon.word_class("information") else
            "possessed" if any(c.dep_ == "poss" for c in head.children) else head.pos_,
            "dep": token.dep_, "tag": token.tag_, "subject": kind(subject), "object": kind(obj),
            "clause": next((c.dep_ for c in token.children if c.dep_ in ("xcomp", "ccomp")),
                           "no clause")}


def classes(event, row, text, turns, election, doc, kinds) -> dict:
    gold = {e["type"] for e in row["events"]}
    offset = event.trigger.start - row["start"]
    sentence = row["text"]
    return {
        "right": event.type in gold,
        "sentence": "gold event" if gold else "no gold event",
        "type": event.type, "origin": event.origin, "modality": event.modality,
        "source": "source" if event.source else "no source",
        "target": "target" if event.target else "no target",
        "interview": any(a <= event.trigger.start < b for a, b in turns),
        "quoted": _inside_quotes(sentence, offset),
        "question": sentence.rstrip().endswith("?"),
        "election story": election,
        "first person": bool(FIRST_PERSON.search(sentence)),
        "cameo": event.cameo,
        "source kind": "+".join(sorted({kinds.get(a, "?") for a in event.source})) or "none",
        "target kind": "+".join(sorted({kinds.get(a, "?") for a in event.target})) or "none",
        **_form(doc, offset),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", default="tune")
    parser.add_argument("--show", action="store_true",
                        help="print the wrong events' sentences (training articles only)")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles")
    args = parser.parse_args(argv)
    if args.show and args.half != "tune":
        raise SystemExit("--show reads the training articles (--half tune) only")
    labels = read_jsonl(sets.LABELS)
    articles = {r["id"]: r for r in read_jsonl(sets.ARTICLES)}
    ids = sorted(sets.label_halves(labels)[args.half])[:args.limit]
    rows_by_article: dict[str, list] = {}
    for row in labels:
        if row["article_id"] in ids:
            rows_by_article.setdefault(row["article_id"], []).append(row)
    threshold = default_threshold()
    documents = [dateline.extract(articles[a]["text"], published=articles[a]["published"],
                                  clean=False, id=a, format="text") for a in ids]
    nlp = nlp_module.load()
    found = []
    for article_id, doc in zip(ids, Pipeline().run(documents)):
        text = articles[article_id]["text"]
        turns = sanity.interview_turns(text)
        election = _election_story(text)
        names = {a.id: a.name for a in doc.actors}
        kinds = {a.id: a.kind for a in doc.actors}
        for event in doc.events:
            if event.confidence < threshold:
                continue
            row = next((r for r in rows_by_article[article_id]
                        if r["start"] <= event.trigger.start < r["end"]), None)
            if row is None:
                continue
            found.append((classes(event, row, text, turns, election, nlp(row["text"]), kinds),
                          event, row, names))
    right = sum(c["right"] for c, *_ in found)
    print(f"{args.half}: {len(ids)} articles, threshold {threshold}; shown {len(found)}, "
          f"right {right} ({right / max(len(found), 1):.3f})")
    wrong = [c for c, *_ in found if not c["right"]]
    for key in ("sentence", "type", "origin", "modality", "source", "target", "interview",
                "quoted", "question", "election story", "first person", "source kind",
                "target kind", "dep", "tag", "subject", "object", "clause"):
        every = Counter(str(c[key]) for c, *_ in found)
        bad = Counter(str(c[key]) for c in wrong)
        print(f"  {key:15} " + "; ".join(f"{k}: {bad[k]} wrong of {n}"
                                          for k, n in every.most_common()))
    print("  wrong by type x sentence x source x election story:")
    for k, n in Counter((c["type"], c["sentence"], c["source"], c["election story"])
                        for c in wrong).most_common():
        print(f"    {n:3}  {k}")
    for kind in sorted({c["type"] for c in wrong}):
        of_type = [c for c, *_ in found if c["type"] == kind]
        print(f"  {kind}:")
        for key in ("lemma", "object class", "cameo", "sentence", "subject", "object", "clause", "tag", "dep",
                    "source kind", "target kind"):
            every = Counter(str(c[key]) for c in of_type)
            bad = Counter(str(c[key]) for c in of_type if not c["right"])
            print(f"    {key:12} " + "; ".join(f"{k}: {bad[k]}/{n}" for k, n in every.most_common()))
    if args.show:
        for c, event, row, names in sorted(((c, e, r, n) for c, e, r, n in found
                                            if not c["right"]), key=lambda x: x[0]["type"]):
            gold = ",".join(sorted({e["type"] for e in row["events"]})) or "-"
            print(f"{event.confidence:.2f} {event.type:9} {event.cameo or '':5} "
                  f"{event.modality:10} [{event.trigger.text}] "
                  f"{'+'.join(names.get(a, a) for a in event.source) or '?'} -> "
                  f"{'+'.join(names.get(a, a) for a in event.target) or '?'} gold={gold} | "
                  f"{row['text'][:240]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
