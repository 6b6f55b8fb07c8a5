#!/usr/bin/env python3
"""PolNeAR train as spaCy training data for an attribution tagger (``training/quotes/spacy-ner.cfg``).

Each article is tokenized by the default pipeline's tokenizer (``nlp.make_doc``: the tokens the
stage sees at run time) and its primary annotator's attributions become entities CUE, SOURCE and
CONTENT (a discontinuous content gives one CONTENT entity per fragment); PolNeAR gives each word
at most one role, so they do not overlap (the few that would are left out, and counted). No
sentence boundaries are set: spaCy's NER cannot continue an entity across a sentence start, and
contents often span sentences.

Train is split by ``edges.fit_and_check`` (``train.py``'s fit and check parts: seed ``train.SEED``, a
share ``train.FIT_SHARE`` to fit); ``fit.spacy`` and ``check.spacy`` are written to ``--out``
(``.cache/quotes/spacy/`` by default, gitignored), ``all.spacy`` with ``--all``.

Usage: spacy_data.py --shared ../shared [--out DIR] [--all]
PolNeAR: Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News", LREC 2018.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from corpus import CACHE, read_split  # noqa: E402
from edges import fit_and_check  # noqa: E402


def pieces(att: dict) -> list[tuple[str, int, int]]:
    """(label, start, end) of an attribution's cue, source and content fragments."""
    out = []
    for label, key in (("CUE", "cue"), ("SOURCE", "source")):
        span = att.get(key)
        if span:
            out.append((label, span["start"], span["end"]))
    content = att.get("content")
    if content:
        frags = content.get("fragments") or [content]
        out += [("CONTENT", f["start"], f["end"]) for f in frags]
    return out


def to_doc(nlp, record: dict, counts: dict):
    doc = nlp.make_doc(record["text"])
    spans, taken = [], set()
    for att in record["attributions"]:
        for label, start, end in pieces(att):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or not span.text.strip():
                counts["empty"] += 1
                continue
            words = set(range(span.start, span.end))
            if words & taken:
                counts["overlap"] += 1
                continue
            taken |= words
            spans.append(span)
            counts[label] += 1
    doc.set_ents(sorted(spans, key=lambda s: s.start), default="outside")
    return doc


def main() -> None:
    from spacy.tokens import DocBin

    from dateline import nlp as nlp_module

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=CACHE / "spacy")
    ap.add_argument("--all", action="store_true", help="also all.spacy (all of train)")
    args = ap.parse_args()
    nlp = nlp_module.load()
    records = read_split(args.shared, "train")
    counts = dict.fromkeys(("CUE", "SOURCE", "CONTENT", "empty", "overlap"), 0)
    docs = [to_doc(nlp, r, counts) for r in records]
    fit, check = fit_and_check(docs)
    args.out.mkdir(parents=True, exist_ok=True)
    parts = [("fit", fit), ("check", check)] + ([("all", docs)] if args.all else [])
    for name, part in parts:
        DocBin(docs=part, attrs=["ORTH", "ENT_IOB", "ENT_TYPE"]).to_disk(args.out / f"{name}.spacy")
    print(f"fit {len(fit)}, check {len(check)} articles; spans {counts}")


if __name__ == "__main__":
    main()
