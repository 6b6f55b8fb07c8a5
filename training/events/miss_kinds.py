#!/usr/bin/env python3
"""Which KINDS of miss cost the events default view most, on the tune halves of
``conflibert_pentaclass`` (PentaClass of the most confident shown event, 0 when none) and
``glocon_sample`` (a PROTEST or ASSAULT event shown or not): a table of counts, read off dateline's
own output and the spaCy parse of each sentence. Both sets are evaluation only: they are read and
counted here, never fitted on, and no sentence is printed unless ``--show`` asks for it on the
terminal (tune half only; ``--half check`` prints the totals alone).

Each miss of the default view is put in the first kind that holds:

- ``hidden``: an event of the gold class (conflibert) or a PROTEST/ASSAULT (glocon) is among the
  patterns' events but under the default threshold (the calibrator's reading);
- ``wrong class``: the sentence's best shown (else best at any confidence) event has another class
  or type: counted by its trigger lemma, CAMEO code and PLOVER type (the lexicon entry that coded
  it) against the gold class;
- ``no event`` (no event at all at any confidence), by construction, the first that holds:
  ``headline, no verb`` (no verb in the sentence), ``passive`` (a passive participle: "were killed"),
  ``event noun by`` (a noun with a "by" phrase: "a protest by workers"), ``event noun`` (a noun the
  lexicon codes, or one of ``EVENT_NOUN_HINTS``, outside the support and occurrence frames:
  "clashes", "the march"), ``lexicon verb, no reading`` (a verb with lexicon entries none of which
  holds, or one whose reading is "-"), ``verb not in lexicon`` (the rest, by the root's lemma);
- for glocon, ``false positive``: a PROTEST/ASSAULT shown in a sentence not labelled contentious,
  by trigger lemma and code.

Usage: miss_kinds.py --shared ../shared [--half tune|check] [--sets conflibert,glocon]
       [--dump PATH] [--load PATH] [--show KIND] [--top N]
Example: PYTHONPATH=src python training/events/miss_kinds.py --shared ../shared --dump /tmp/m.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_sets as sets  # noqa: E402
from common import read_jsonl  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned  # noqa: E402
from dateline.events.lexicon import has_entries, match  # noqa: E402

# Nouns that name an event of the contentious kinds whether or not the lexicon has them: the
# table counts them where they stand outside any frame that would code them.
EVENT_NOUN_HINTS = frozenset({
    "clash", "protest", "demonstration", "rally", "march", "strike", "riot", "unrest", "violence",
    "attack", "bombing", "shooting", "killing", "ambush", "sit-in", "picket", "boycott",
    "shutdown", "blockade", "looting", "arson", "fighting", "battle", "skirmish", "raid",
    "uprising", "insurgency", "offensive", "airstrike", "strike", "assassination", "kidnapping",
    "abduction", "arrest", "detention", "crackdown", "sanction", "embargo", "threat", "warning",
    "ultimatum", "agreement", "deal", "talks", "meeting", "visit", "summit", "negotiation",
})
KINDS = ("hidden", "wrong class", "no event: headline, no verb", "no event: passive",
         "no event: event noun by", "no event: event noun", "no event: lexicon verb, no reading",
         "no event: verb not in lexicon", "false positive")


def _event(e, doc) -> dict:
    return {"type": e.type, "cameo": e.cameo, "quad": e.quad_class,
            "trigger": doc.text[e.trigger.start:e.trigger.end].lower(),
            "confidence": round(e.confidence, 3), "origin": e.origin, "modality": e.modality,
            "source": len(e.source), "target": len(e.target), "family": family_of(e)}


def family_of(e) -> str:
    """What a hidden event lacks, as the calibrator weighs it most: a target, a source."""
    return "no parties" if not (e.source or e.target) else "no target" if not e.target else \
        "no source" if not e.source else "both parties"


def _construction(sent) -> tuple[str, str]:
    """The kind of a sentence with no event at all, and the word that stands for it."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not [t for t in verbs if t.pos_ == "VERB"]:
        nouns = [t.lemma_.lower() for t in words if t.pos_ == "NOUN"]
        return "headline, no verb", nouns[0] if nouns else ""
    for token in words:
        if token.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            return "passive", token.lemma_.lower()
    for token in words:
        if token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if not (has_entries(lemma, "N") or lemma in EVENT_NOUN_HINTS):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children):
            return "event noun by", lemma
    for token in words:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and (has_entries(lemma, "N") or lemma in EVENT_NOUN_HINTS):
            return "event noun", lemma
    for token in verbs:
        lemma = token.lemma_.lower()
        if has_entries(lemma, "V"):
            entry = match(token, "V")
            return "lexicon verb, no reading", f"{lemma} ({entry.cameo if entry else 'none'})"
    root = next((t for t in words if t.dep_ == "ROOT"), words[0] if words else None)
    return "verb not in lexicon", root.lemma_.lower() if root is not None else ""


def annotate(names: list[str], shared: Path, half: str) -> dict[str, list[dict]]:
    data = shared / "data" / "events"
    records: dict[str, list[dict]] = {}
    if "conflibert" in names:
        records["conflibert"] = [dict(r, gold=r["pentaclass"])
                                 for r in read_jsonl(data / "conflibert_pentaclass.jsonl")
                                 if sets.half_of(r["id"]) == half]
    if "glocon" in names:
        records["glocon"] = [dict(r, gold=r["orig_label"] == 1)
                             for r in read_jsonl(data / "glocon_sample.jsonl")
                             if r.get("orig_label") in (0, 1)
                             and sets.half_of(r["id"].rsplit("_", 1)[0]) == half]
    annotator = sets.Annotator()
    threshold = learned.default_threshold()
    nlp = nlp_module.load()
    out: dict[str, list[dict]] = {}
    for name, rows in records.items():
        done = annotator.annotate(sets.sentences_of(rows))
        parsed = list(nlp.pipe([r["text"] or " " for r in rows]))
        out[name] = []
        for record, a, doc in zip(rows, done, parsed):
            shown = [_event(e, a.doc) for e in a.shown(threshold)]
            every = [_event(e, a.doc) for e in a.pattern_events_calibrated()]
            kind, word = _construction(doc[:])
            out[name].append({"text": record["text"], "gold": record["gold"], "shown": shown,
                              "every": every, "construction": kind, "word": word})
        print(f"{name}: {len(out[name])} {half} records annotated", flush=True)
    return out


def _class(event: dict | None) -> int:
    return sets.pentaclass_of_code(event["cameo"], event["quad"]) if event else 0


def _best(events: list[dict]) -> dict | None:
    return max(events, key=lambda e: e["confidence"], default=None)


def kind_of(name: str, row: dict) -> tuple[str, str] | None:
    """The kind of the default view's miss on ``row`` and the word or entry that stands for it;
    None when the default view is right."""
    gold, shown, every = row["gold"], row["shown"], row["every"]
    if name == "conflibert":
        if _class(_best(shown)) == gold:
            return None
        if gold == 0:
            best = _best(shown)
            return "wrong class", f"{best['trigger']} {best['cameo']} {best['type']} (gold 0)"
        if not shown and any(_class(e) == gold for e in every):
            e = _best([e for e in every if _class(e) == gold])
            return "hidden", f"{e['type']} {e['cameo']} {e['trigger']} [{e.get('family', '')}]"
        best = _best(shown) or _best(every)
    else:
        said = any(e["type"] in sets.CONTENTIOUS for e in shown)
        if said == gold:
            return None
        if said:
            e = _best([e for e in shown if e["type"] in sets.CONTENTIOUS])
            return "false positive", f"{e['trigger']} {e['cameo']} {e['type']}"
        contentious = [e for e in every if e["type"] in sets.CONTENTIOUS]
        if contentious:
            e = _best(contentious)
            return "hidden", f"{e['type']} {e['cameo']} {e['trigger']} [{e.get('family', '')}]"
        best = _best(every)
    if best is not None:
        gold_name = f"gold {gold}" if name == "conflibert" else "gold contentious"
        return "wrong class", f"{best['trigger']} {best['cameo']} {best['type']} ({gold_name})"
    return f"no event: {row['construction']}", row["word"]


def report(name: str, rows: list[dict], top: int, show: str | None) -> None:
    kinds: Counter = Counter()
    words: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    by_gold: Counter = Counter()
    for row in rows:
        found = kind_of(name, row)
        if found is None:
            continue
        kind, word = found
        kinds[kind] += 1
        words[kind][word] += 1
        by_gold[(kind, str(row["gold"]))] += 1
        examples[kind].append(f"[{row['gold']}] {word} | {row['text']}")
    misses = sum(kinds.values())
    print(f"\n{name}: {len(rows)} sentences, default view right {1 - misses / max(len(rows), 1):.3f}; "
          f"misses {misses}")
    print(f"  {'kind':38s} {'misses':>6s}  by gold")
    for kind in KINDS:
        if kinds[kind]:
            golds = ", ".join(f"{g}: {c}" for (k, g), c in sorted(by_gold.items()) if k == kind)
            print(f"  {kind:38s} {kinds[kind]:6d}  {golds}")
    lacking = Counter(w[w.rfind("[") + 1:-1] for w in words["hidden"].elements() if "[" in w)
    if lacking:
        print("  hidden events by the parties found: " + ", ".join(
            f"{k} {c}" for k, c in lacking.most_common()))
    print_words_and_examples(KINDS, words, examples, top, show, "largest words / entries")


def print_words_and_examples(kinds, words, examples, top: int, show: str | None, label: str) -> None:
    """The tail of a miss table: the commonest words of each kind, then the sentences of the kind
    asked for with --show (terminal only; party_misses.py prints its table the same way)."""
    for kind in kinds:
        if top and words[kind]:
            print(f"  {kind}, {label}: " + "; ".join(f"{w} {c}" for w, c in words[kind].most_common(top)))
    if show:
        for line in examples.get(show, []):
            print("   ", line)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", choices=sets.HALVES, default="tune")
    parser.add_argument("--sets", default="conflibert,glocon")
    parser.add_argument("--dump", type=Path, default=None, help="write the annotated rows (tune)")
    parser.add_argument("--load", type=Path, default=None, help="read a --dump, not annotating")
    parser.add_argument("--top", type=int, default=15, help="words / entries shown per kind")
    parser.add_argument("--show", default=None, help="print the tune sentences of one kind")
    args = parser.parse_args(argv)
    if args.half == "check":
        args.show, args.dump, args.top = None, None, 0
    if args.load:
        annotated = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        annotated = annotate(args.sets.split(","), args.shared, args.half)
        if args.dump:
            args.dump.write_text(json.dumps(annotated), encoding="utf-8")
    for name, rows in annotated.items():
        report(name, rows, args.top, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
