#!/usr/bin/env python3
"""What PETRARCH2's verb readings add to the event lexicon's types, before any refit: for each
variant of ``build_petrarch_verbs.py``'s table, on the synthetic ledes of one half (the gold type
among the PLOVER types the lexicon gives the lede's verbs and nouns, as ``learned.lexicon_features``
reads them, and how many types a lede gets) and on the Wikinews labels' training sentences (the
gold type among the types of a sentence with an event; the share of sentences with no event that
get a type: the flood).

Variants: ``hand`` (lexicon.tsv alone), ``all`` (every block default and pattern), ``light`` (no
default for ``LIGHT_VERBS``), ``patterns`` (no defaults), ``origin`` (light, a pattern only for the
verb it was written for), ``nouns`` (the shipped build: patterns that name a noun, no defaults),
``nouns-origin`` (nouns, a pattern only for the verb it was written for).

Usage: petrarch_study.py --shared ../shared [--half tune] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "events"))

from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import lexicon  # noqa: E402
from dateline.events.codes import lookup  # noqa: E402

import build_petrarch_verbs as build  # noqa: E402
import train  # noqa: E402

VARIANTS = {
    "hand": None,
    "all": {"defaults_kept": True, "light_verbs": frozenset(), "noun_required": False},
    "light": {"defaults_kept": True, "noun_required": False},
    "patterns": {"noun_required": False},
    "origin": {"defaults_kept": True, "noun_required": False, "origin_only": True},
    "nouns": {},  # the shipped build: patterns that name a noun
    "nouns-origin": {"origin_only": True},
}


def types_of(doc) -> set[str]:
    out = set()
    for token in doc:
        pos = "V" if token.pos_ == "VERB" else "N" if token.pos_ == "NOUN" else None
        entry = lexicon.match(token, pos) if pos else None
        code = lookup(entry.cameo) if entry is not None and entry.cameo != "-" else None
        if code is not None:
            out.add(code.plover)
    return out


def use_variant(options: dict | None, folder: Path) -> None:
    if options is None:
        lexicon.PETRARCH_VERBS = None
    else:
        rows = build.build(build.SOURCE, build.cameo_codes(), Counter(), **options)
        path = folder / "variant.tsv"
        path.write_text("".join(f"{lemmas}\tV\t{cond}\t{code}\t{name}\n"
                                for lemmas, cond, code, name in rows), encoding="utf-8")
        lexicon.PETRARCH_VERBS = path
    lexicon.entries.cache_clear()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS))
    args = parser.parse_args(argv)
    rows = [r for r in train.read_jsonl(args.shared / "data" / "events" / "ngec_synthetic.jsonl")
            if train.half_of(r["id"]) == args.half]
    if args.limit:
        rows = rows[: args.limit]
    labels = train.read_jsonl(train.LABELS_FILE)
    articles, _ = train.label_split(labels)
    sentences = [(text, label) for text, label, _ in train.wikinews_examples(labels, articles)]
    nlp = nlp_module.load()
    ledes = list(nlp.pipe([train.lede(r["text"]) for r in rows], batch_size=64))
    unique = list(dict.fromkeys(text for text, _ in sentences))
    parsed = dict(zip(unique, nlp.pipe(unique, batch_size=64)))
    gold: dict[str, set[str]] = {}
    for text, label in sentences:
        gold.setdefault(text, set()).update({label} - {"NONE"})
    with tempfile.TemporaryDirectory() as folder:
        for name in args.variants:
            use_variant(VARIANTS[name], Path(folder))
            found = Counter()
            per_type = Counter()
            count = 0
            for row, doc in zip(rows, ledes):
                types = types_of(doc)
                count += len(types)
                hit = row["event"] in types
                found["lede"] += hit
                per_type[row["event"], "n"] += 1
                per_type[row["event"], "hit"] += hit
            for text, doc in parsed.items():
                types = types_of(doc)
                if gold[text]:
                    found["event sentences"] += 1
                    found["event hit"] += bool(types & gold[text])
                    found["event extra"] += len(types - gold[text])
                else:
                    found["none sentences"] += 1
                    found["none typed"] += bool(types)
            n = len(rows)
            print(f"{name}: ledes ({args.half}) gold among types {found['lede'] / n:.3f}, "
                  f"{count / n:.2f} types a lede; Wikinews training sentences with an event "
                  f"{found['event hit'] / found['event sentences']:.3f} typed right "
                  f"({found['event extra'] / found['event sentences']:.2f} other types each), "
                  f"without one {found['none typed'] / found['none sentences']:.3f} typed "
                  f"(of {found['none sentences']})")
            print("   " + ", ".join(f"{t} {per_type[t, 'hit'] / per_type[t, 'n']:.2f}"
                                    for t in sorted({t for t, _ in per_type})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
