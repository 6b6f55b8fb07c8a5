#!/usr/bin/env python3
"""Score the quotes stage's steps after the models (edge step, ``boundaries.settled``,
``introduced``, the source step and whatever follows them) on the tune side and on dev, without
refitting anything, and sort the combined output's misses by kind.

The stage's output before the edge step (``edges.stage_outputs``: rules, model, combined, each
vetoed and redrawn) is computed once per split and kept in ``--cache`` (pickles; delete them when
the models or the steps before the edge step change):

- tune: the check part of train's 80/20 split (``edges.fit_and_check``), the attribution model
  fitted on the fit part (``train.py --threshold 0.5 --save-fit DIR``), the edge and source models
  fitted on the fit part's held-out outputs (``edges.py --tune-only --outputs DIR`` keeps them as
  ``DIR/fit.pickle``) at the shipped margins (kept in ``--cache`` too);
- dev (the check): the shipped models, as ``bench_quotes.py`` scores it (one quote per attribution).

Then every step after the models runs as ``stage.attributions_of`` runs it (``stage.after_models``),
and the three numbers (content exact / overlap F1, source overlap F1) are printed per method.
``--classify`` sorts the combined output's content exact misses and source misses by kind
(docs/quotes.md, twenty-third session). ``--without NAME`` leaves one of
``stage.AFTER_SOURCES`` out (its before → after). ``--speakers`` also prints how often the
combined quotes' speaker is an actor (``bench_quotes.py``'s "speaker is an actor", one quote per
attribution): the actors of each article are made once by the pipeline's entities, places and
actors stages and kept in ``--cache``; the quotes are written out by ``stage.to_quotes`` and
``speakers.carry_pronoun_speakers`` as the stage writes them. ``--show-speakers N`` lists N
speakers without an actor by their words (tune side only).

Usage: post_steps.py --shared ../shared --fit-model DIR --outputs DIR [--split tune|dev|both]
                     [--cache DIR] [--classify] [--without NAME] [--speakers] [--show-speakers N]
PolNeAR: Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News", LREC 2018.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train  # noqa: E402, I001  (one BLAS thread before numpy loads)

import numpy as np  # noqa: E402
import edges as edge_training  # noqa: E402
from corpus import parses, read_split  # noqa: E402
from dateline.quotes import edges, learned, sources, stage  # noqa: E402

SOURCE_MARGIN, EDGE_MARGIN = 2.0, 0.0  # what edges.py chose for the shipped models


def _pickled(path: Path, make):
    if path.exists():
        return pickle.loads(path.read_bytes())
    out = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def tune_side(args, scorer):
    records = read_split(args.shared, "train")
    examples = [train.Example(r, d) for r, d in zip(records, parses(records, "train"))]
    fit_part, check = edge_training.fit_and_check(examples)
    model = learned.load(str(args.fit_model))
    outs = _pickled(args.cache / "tune-outputs.pickle",
                    lambda: edge_training.outputs_of(check, model, "check part"))
    fit_outs = pickle.loads((args.outputs / "fit.pickle").read_bytes())

    def weights(name, what):
        path = args.cache / f"tune-{name}.npy"
        if path.exists():
            return np.load(path)
        w = edge_training.fit(fit_part, fit_outs, scorer.trim, *what)
        np.save(path, w)
        return w

    edge_w = weights("edges", (edge_training.L2, edge_training.ITERS))
    source_w = weights("sources", (edge_training.SOURCE_L2, edge_training.ITERS, edge_training.SOURCES))
    return check, outs, (edge_w, EDGE_MARGIN), (source_w, SOURCE_MARGIN)


def dev_side(args, scorer):
    records = read_split(args.shared, "dev")
    examples = [train.Example(r, d) for r, d in zip(records, parses(records, "dev"))]
    model = learned.load()
    outs = _pickled(args.cache / "dev-outputs.pickle", lambda: edge_training.outputs_of(examples, model, "dev"))
    return examples, outs, edges.load(), sources.load()


def actors_of(args, side: str, examples) -> list:
    """Each article's actors (the pipeline's entities, places and actors stages), kept in the cache."""
    import json

    from dateline.model import Actor, Document
    from dateline.pipeline import Pipeline

    path = args.cache / f"{side}-actors.jsonl"
    if not path.exists():
        docs = [Document(id=ex.record["id"], text=ex.text, published=ex.record.get("published"),
                         publisher=ex.record.get("publisher"), title=ex.record.get("title")) for ex in examples]
        done = list(Pipeline(stages=("entities", "places", "actors")).run(docs))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps([a.as_dict() for a in d.actors]) + "\n" for d in done), encoding="utf-8")
    rows = path.read_text(encoding="utf-8").splitlines()
    return [[Actor.from_dict(a) for a in json.loads(row)] for row in rows]


def speaker_share(examples, atts_of, actors_of_ex, show: int = 0) -> tuple[int, int, int]:
    """(quotes, with a speaker span, whose speaker is an actor) of the quotes written out."""
    from dateline.pipeline import Work
    from dateline.quotes.speakers import carry_pronoun_speakers

    pieces, stage.VERBATIM_PIECES = stage.VERBATIM_PIECES, False
    n = spoken = actor = 0
    missing = Counter()
    try:
        for ex, atts, actors in zip(examples, atts_of, actors_of_ex):
            work = Work(text=ex.text, published=None, doc=ex.doc, actors=actors)
            quotes = carry_pronoun_speakers([q for a in atts for q in stage.to_quotes(work, a)], ex.text,
                                            ex.doc)
            n += len(quotes)
            for q in quotes:
                if q.speaker is not None:
                    spoken += 1
                    actor += q.speaker.actor is not None
                    if q.speaker.actor is None:
                        missing[q.speaker.text.replace("\n", " ")] += 1
    finally:
        stage.VERBATIM_PIECES = pieces
    if show:
        print("  speakers without an actor:", "; ".join(f"{k} {v}" for k, v in missing.most_common(show)))
    return n, spoken, actor


def finals(examples, outs, edge_model, source_model, method: str, without: str | None = None) -> list:
    spans = [[(q.start, q.end) for q in ex.marks] for ex in examples]
    return [stage.after_models(ex.doc, ex.text, o[method], s, edge_model, source_model, without=without)
            for ex, o, s in zip(examples, outs, spans)]


PRONOUNS = frozenset("i you he she it we they me him her us them who whom which that this these those".split())
POLL_WORDS = re.compile(r"\b(poll|polls|polling|survey|surveys|study|studies|report|reports|data|analysis|"
                        r"figures|numbers|records|documents|statement|ad|ads|video)\b", re.I)
MEDIA_WORDS = re.compile(r"\b(Times|Post|Journal|News|CNN|MSNBC|Fox|NBC|ABC|CBS|Politico|Associated Press|AP|"
                         r"Reuters|Bloomberg|Tribune|Herald|Globe|Register|magazine|newspaper|network|"
                         r"Gazette|Daily|Review|Hill|Axios|BuzzFeed|Breitbart|Huffington|NPR|Washington Examiner)\b")
SAYING = re.compile(r"\b(said|says|say|told|tells|added|adds|according to|wrote|writes|asked|argued|"
                    r"explained|noted|stated|declared|announced|insisted|claimed|tweeted)\b", re.I)


def _source_kind(text: str) -> str:
    words = text.strip().lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    if POLL_WORDS.search(text):
        return "poll / report / document"
    if MEDIA_WORDS.search(text):
        return "publication"
    return "name or phrase"


def classify(scorer, examples, atts_of) -> None:
    """The combined output's content exact misses by boundary kind and its source misses by kind."""
    from _common import match_one_to_one

    content, source = Counter(), Counter()
    for ex, atts in zip(examples, atts_of):
        text = ex.text
        golds = []
        for g in ex.record["attributions"]:
            c = scorer.trim(g.get("content"), text)
            if c:
                golds.append({"content": c, "source": scorer.trim(g.get("source"), text),
                              "cue": scorer.trim(g.get("cue"), text),
                              "pieces": len(g["content"].get("fragments") or []) or 1})
        preds = []
        for a in atts:
            c = scorer.trim({"start": a.content[0], "end": a.content[1]}, text)
            if c:
                s = scorer.trim({"start": a.source[0], "end": a.source[1]}, text) if a.source else None
                preds.append({"content": c, "source": s, "cue": scorer.trim({"start": a.cue[0], "end": a.cue[1]}, text),
                              "att": a})
        exact = match_one_to_one(golds, preds, lambda g, p: scorer.same_exact(g["content"], p["content"]))
        content["exact"] += len(exact)
        done_g, done_p = {id(g) for g, _ in exact}, {id(p) for _, p in exact}
        rest_g = [g for g in golds if id(g) not in done_g]
        rest_p = [p for p in preds if id(p) not in done_p]
        pairs = match_one_to_one(rest_g, rest_p, lambda g, p: scorer.same_overlap(g["content"], p["content"]))
        paired_g = {id(g) for g, _ in pairs} | done_g
        for g in golds:
            if id(g) in paired_g:
                continue
            inside = any(g["cue"] and scorer.same_overlap(g["cue"], p["content"]) for p in preds)
            content["gold missed: its cue inside a predicted content (nested / run-on)" if inside
                    else "gold missed entirely"] += 1
        content["predicted, no gold content overlaps"] += len(rest_p) - len(pairs)
        for g, p in pairs:
            content[_content_kind(ex, g, p)] += 1
        for g, p in exact + pairs:
            if not g["source"]:
                if p["source"]:
                    source["no gold source, one predicted"] += 1
                continue
            gk = _source_kind(text[g["source"]["start"]:g["source"]["end"]])
            if scorer.same_overlap(g["source"], p["source"]):
                source[f"right | gold {gk}"] += 1
                continue
            if p["source"] is None:
                source[f"missed, none predicted | gold {gk}"] += 1
                continue
            pk = _source_kind(text[p["source"]["start"]:p["source"]["end"]])
            other_cue = not (g["cue"] and scorer.same_overlap(g["cue"], p["cue"]))
            source[f"wrong{' (another cue: nested pair)' if other_cue else ''} | gold {gk}, predicted {pk}"] += 1
        for g in golds:
            if g["source"] and id(g) not in paired_g:
                source["gold content not found"] += 1
    print("content (combined, after every step):")
    for k, v in sorted(content.items(), key=lambda kv: -kv[1]):
        print(f"  {v:5d}  {k}")
    print("source (gold attributions with a source on content-overlap pairs; overlap counts right):")
    for k, v in sorted(source.items(), key=lambda kv: -kv[1]):
        print(f"  {v:5d}  {k}")


def precision_by_class(scorer, examples, atts_of, top: int = 25) -> None:
    """The combined output's predictions by class (pattern, quote marks, source, cue lemma): how
    many, how many match a gold content exactly / by overlap (one to one, as the scorer matches)
    and how many of those with a speaker have the gold source: a class far under the F1s is one a
    decoding rule could drop."""
    from _common import match_one_to_one

    table: dict[str, Counter] = {}
    for ex, atts in zip(examples, atts_of):
        text = ex.text
        golds = [{"content": scorer.trim(g.get("content"), text), "source": scorer.trim(g.get("source"), text)}
                 for g in ex.record["attributions"]]
        golds = [g for g in golds if g["content"]]
        preds = []
        for a in atts:
            c = scorer.trim({"start": a.content[0], "end": a.content[1]}, text)
            if c:
                s = scorer.trim({"start": a.source[0], "end": a.source[1]}, text) if a.source else None
                preds.append({"content": c, "source": s, "att": a})
        exact = {id(p) for _, p in match_one_to_one(golds, preds, lambda g, p: scorer.same_exact(g["content"], p["content"]))}
        pairs = match_one_to_one(golds, preds, lambda g, p: scorer.same_overlap(g["content"], p["content"]))
        over = {id(p): g for g, p in pairs}
        for p in preds:
            a = p["att"]
            doc_words = len(text[a.content[0]:a.content[1]].split())
            keys = [f"pattern {a.pattern}", f"quoted {bool(a.parts)}, source {a.source is not None}",
                    f"lemma {a.lemma}", f"pattern {a.pattern}, source {a.source is not None}",
                    f"content words {'1-3' if doc_words <= 3 else '4-8' if doc_words <= 8 else '9+'}"]
            for key in keys:
                row = table.setdefault(key, Counter())
                row["n"] += 1
                row["exact"] += id(p) in exact
                row["overlap"] += id(p) in over
                if p["source"] is not None:
                    row["with source"] += 1
                    g = over.get(id(p))
                    row["source right"] += bool(g and scorer.same_overlap(g["source"], p["source"]))
    print("| class | n | exact | overlap | source right / with source |")
    for key, row in sorted(table.items(), key=lambda kv: -kv[1]["n"])[:top * 3]:
        if row["n"] < 8:
            continue
        print(f"| {key} | {row['n']} | {row['exact'] / row['n']:.2f} | {row['overlap'] / row['n']:.2f} | "
              f"{row['source right']}/{row['with source']} |")


def _content_kind(ex, g, p) -> str:
    """Why an overlapping content is not exact: the first kind that applies to its two edges."""
    text = ex.text
    gs, ge, ps, pe = g["content"]["start"], g["content"]["end"], p["content"]["start"], p["content"]["end"]
    if g["cue"] and not scorer_overlap(g["cue"], p["cue"]):
        return "nested / another cue's gold (the prediction's cue is not the gold cue)"
    if g["pieces"] > 1:
        return "gold content in pieces (an interrupted quotation or fronted phrase)"
    kinds = []
    for edge, a, b in (("start", min(gs, ps), max(gs, ps)), ("end", min(ge, pe), max(ge, pe))):
        if a == b:
            continue
        wider = (ps < gs) if edge == "start" else (pe > ge)
        piece = text[a:b]
        low = piece.strip(" ,\n").lower()
        side = "pred wider" if wider else "pred narrower"
        if not piece.strip(" \t\n\"'`“”‘’«».,;:!?-—–()[]"):
            kind = "punctuation / quote mark only"
        elif low in ("that", "if", "whether") or re.fullmatch(r"(that|if|whether)\W*", low):
            kind = "'that' complementiser"
        elif "\n" in piece:
            kind = "a paragraph"
        elif re.search(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]", piece) or any(
                t.is_sent_start for t in ex.doc if a < t.idx < b and not t.is_space):
            kind = "a sentence (split / merged multi-sentence)"
        elif any(q.start < b and a < q.end for q in ex.marks) and re.search(r"[\"“”‘’']", piece):
            kind = "a quotation's edge inside (nested quote)"
        elif SAYING.search(piece) or (p["att"].source and p["att"].source[0] < b and a < p["att"].source[1]):
            kind = "an attribution clause (', he said')"
        elif piece.lstrip().startswith(",") or piece.rstrip().endswith(","):
            kind = "comma + clause or phrase"
        else:
            n = len(piece.split())
            kind = "1 word" if n <= 1 else "2-4 words" if n < 5 else "5+ words"
        kinds.append(f"{edge}: {kind}, {side}")
    return kinds[0] if len(kinds) == 1 else "both edges: " + kinds[0].split(":", 1)[1].split(",")[0] + " + " + \
        kinds[1].split(":", 1)[1].split(",")[0]


def scorer_overlap(a, b) -> bool:
    return a is not None and b is not None and a["start"] < b["end"] and b["start"] < a["end"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--fit-model", type=Path, default=Path(".cache/quotes/fit"))
    ap.add_argument("--outputs", type=Path, default=Path(".cache/quotes/outs"))
    ap.add_argument("--cache", type=Path, default=Path(".cache/quotes/post"))
    ap.add_argument("--split", default="both", choices=("tune", "dev", "both"))
    ap.add_argument("--classify", action="store_true")
    ap.add_argument("--speakers", action="store_true")
    ap.add_argument("--show-speakers", type=int, default=0)
    ap.add_argument("--without", action="append", default=[], help="a step of stage.AFTER_SOURCES to leave out")
    args = ap.parse_args()
    scorer = train.load_scorer(args.shared.resolve())
    sides = ("tune", "dev") if args.split == "both" else (args.split,)
    for side in sides:
        examples, outs, edge_model, source_model = (tune_side if side == "tune" else dev_side)(args, scorer)
        for without in [None, *args.without]:
            label = "all steps" if without is None else f"without {without}"
            for method in ("rules", "model", "combined"):
                done = finals(examples, outs, edge_model, source_model, method, without)
                print(f"{side} {method} ({label}): {train.score(scorer, examples, [train.as_triples(d) for d in done])}",
                      flush=True)
                if args.classify and method == "combined" and without is None:
                    classify(scorer, examples, done)
                    precision_by_class(scorer, examples, done)
                if args.speakers and method == "combined":
                    n, spoken, actor = speaker_share(examples, done, actors_of(args, side, examples),
                                                     args.show_speakers if side == "tune" else 0)
                    print(f"  speaker is an actor: {actor} of {n} quotes ({actor / max(n, 1):.1%}); "
                          f"{actor} of {spoken} with a speaker span ({actor / max(spoken, 1):.1%})", flush=True)


if __name__ == "__main__":
    main()
