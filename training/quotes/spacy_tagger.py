#!/usr/bin/env python3
"""The attribution tagger (``spacy-ner.cfg``) alone and with the stage's rules and linear model on the
check part of PolNeAR train (or dev): its CUE, SOURCE and CONTENT spans put together into
attributions (``assemble``), then each way of layering them, scored like ``quote_score.py`` on the
stage's output before its edge and source steps (vetoed, ``redrawn``), and the tagger's time.

Usage: spacy_tagger.py --shared ../shared --tagger DIR --model FITDIR [--split check|dev]
(FITDIR: ``train.py --save-fit FITDIR``, the linear models fitted on the fit part; for dev the
shipped model)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import train  # noqa: E402
from corpus import read_split  # noqa: E402
from edges import fit_and_check  # noqa: E402
from dateline.quotes import learned  # noqa: E402
from dateline.quotes.reported import Attribution  # noqa: E402
from dateline.quotes.stage import (_clash, _with_rule_source, decode_skip, model_attributions,  # noqa: E402
                                   narrated, redrawn, vetoed)


# A content or source is given to the nearest cue at most this many words away.
REACH = 60
SOURCE_REACH = 20


def _gap(a, b) -> int:
    """Words between two spans (0 when adjacent or overlapping)."""
    return max(0, a.start - b.end, b.start - a.end)


def _paragraphs(doc) -> list[int]:
    """The paragraph number of every token (a new paragraph after a line break)."""
    out, n = [], 0
    for t in doc:
        out.append(n)
        if "\n" in t.text or "\n" in t.whitespace_:
            n += 1
    return out


def assemble(doc) -> list[tuple]:
    """Attributions from the tagged entities, as (cue, content pieces, source or None) spans: each
    CONTENT piece goes to the nearest CUE of its paragraph (else the nearest within ``REACH``
    words), each SOURCE to the nearest cue within ``SOURCE_REACH``."""
    para = _paragraphs(doc)
    cues = [e for e in doc.ents if e.label_ == "CUE"]
    if not cues:
        return []

    def nearest(span, reach):
        best = None
        for k, cue in enumerate(cues):
            key = (para[cue.start] != para[span.start], _gap(span, cue), cue.start > span.start)
            if _gap(span, cue) <= reach and (best is None or key < best[0]):
                best = (key, k)
        return None if best is None else best[1]

    contents: dict[int, list] = {}
    sources: dict[int, list] = {}
    for ent in doc.ents:
        if ent.label_ == "CONTENT":
            k = nearest(ent, REACH)
            if k is not None:
                contents.setdefault(k, []).append(ent)
        elif ent.label_ == "SOURCE":
            k = nearest(ent, SOURCE_REACH)
            if k is not None:
                sources.setdefault(k, []).append(ent)
    out = []
    for k, pieces in sorted(contents.items()):
        cue = cues[k]
        out.append((cue, pieces, min(sources.get(k, []), key=lambda s: _gap(s, cue), default=None)))
    return out


def tagger_attributions(tagger, doc, marks) -> list[Attribution]:
    """The tagger's attributions over the parsed ``doc`` (its own tokens: the words of ``doc``, in a
    Doc without sentence starts); a cue's content runs from its first piece to its last."""
    from spacy.tokens import Doc

    words = Doc(tagger.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    tagged = tagger(words)
    spans = [(q.start, q.end) for q in marks]
    out = []
    for cue_span, pieces, src in assemble(tagged):
        cue = (cue_span.start_char, cue_span.end_char)
        content = (min(p.start_char for p in pieces), max(p.end_char for p in pieces))
        head = learned.cue_head(doc, *cue)
        source, source_head = None, None
        if src is not None:
            source = (src.start_char, src.end_char)
            span = doc.char_span(*source, alignment_mode="expand")
            source_head = span.root.idx if span is not None else None
        att = Attribution(cue, content, source, source_head, "tagger",
                          head.lemma_.lower() if head is not None else "")
        att.parts = [(a, b) for a, b in spans if att.content[0] <= a and b <= att.content[1]]
        if not narrated(doc, att):
            out.append(att)
    return out


def layered(*layers) -> list[Attribution]:
    """Each layer's attributions where they give no word a second role against the layers before
    it (``stage.combine``'s way, with the tagger as a layer of its own)."""
    out: list[Attribution] = []
    for layer in layers:
        before = list(out)
        out += [a for a in layer if not any(_clash(a, k) for k in before)]
    return sorted(out, key=lambda a: a.content)


def main() -> None:
    import spacy

    from dateline import nlp as nlp_module

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--tagger", type=Path, required=True)
    ap.add_argument("--model", type=Path, help="the linear model (default: the shipped one)")
    ap.add_argument("--split", default="check", choices=("check", "dev"))
    args = ap.parse_args()
    shared = args.shared.resolve()
    scorer = train.load_scorer(shared)
    records = read_split(shared, "dev") if args.split == "dev" else fit_and_check(read_split(shared, "train"))[1]
    started = time.perf_counter()
    docs = list(nlp_module.parse([r["text"] for r in records]))
    print(f"{len(docs)} parsed in {time.perf_counter() - started:.0f} s", flush=True)
    examples = [train.Example(r, d) for r, d in zip(records, docs)]
    model = learned.load(str(args.model) if args.model else None)
    tagger = spacy.load(args.tagger)
    outs: dict[str, list] = {}
    seconds = 0.0
    for ex in examples:
        rules = ex.rules
        probs: dict = {}
        lin = model_attributions(ex.doc, ex.marks, rules, decode_skip(rules, "layered"), model, model.threshold, probs)
        lin_alone = model_attributions(ex.doc, ex.marks, rules, (), model, model.threshold)
        started = time.perf_counter()
        tag = tagger_attributions(tagger, ex.doc, ex.marks)
        seconds += time.perf_counter() - started
        veto = vetoed(ex.doc, rules, probs)
        lin = [_with_rule_source(a, rules) for a in lin]
        tag_src = [_with_rule_source(a, rules) for a in tag]
        kept = [a for k, a in enumerate(rules) if k not in veto]
        quoted = [a for a in kept if a.parts]
        other = [a for a in kept if not a.parts]
        ways = {
            "rules alone": rules,
            "linear alone": sorted(lin_alone, key=lambda a: a.content),
            "tagger alone": sorted(tag, key=lambda a: a.content),
            "layered (shipped): quoted, linear, other": layered(quoted, lin, other),
            "quoted, linear, tagger, other": layered(quoted, lin, tag_src, other),
            "quoted, linear, other, tagger": layered(quoted, lin, other, tag_src),
            "quoted, tagger, linear, other": layered(quoted, tag_src, lin, other),
            "quoted, tagger, other": layered(quoted, tag_src, other),
            "tagger, quoted, linear, other": layered(tag_src, quoted, lin, other),
        }
        for name, atts in ways.items():
            outs.setdefault(name, []).append(redrawn(ex.text, atts, ex.marks))
    print(f"tagger: {1000 * seconds / len(examples):.1f} ms an article")
    for name, preds in outs.items():
        print(f"{name}: {train.score(scorer, examples, [train.as_triples(a) for a in preds])}", flush=True)


if __name__ == "__main__":
    main()
