#!/usr/bin/env python3
"""Train the quotes stage's edge model (``src/dateline/quotes/edges.py``) and source model
(``src/dateline/quotes/sources.py``) on PolNeAR train.

The edge model looks again at each edge of the stage's final contents. It is fitted on the
stage's own output, so it needs an attribution model first:

1. Tune: with the attribution model fitted on the fit part of train's 80/20 split (``train.py
   --save-fit DIR``), the stage's contents on the fit articles train an edge model, which is
   scored on the check articles with each margin of ``MARGINS`` (how much better than the
   predicted edge a candidate must score); the best content exact + overlap F1 is chosen.
2. Final: with the shipped attribution model (fitted on all of train), the stage's contents on
   all of train train the shipped edge model (``model/edges.npz``, ``model/edges.json``); PolNeAR
   dev is scored as the check, with and without the edge step.

The source model is fitted on the same held-out outputs (each attribution matched to the gold one
whose content and cue it overlaps, any candidate source that overlaps the gold source the target,
"no source" where it has none); its margin is chosen on the check part by the combination's source
F1, after the edge step, and it is written to ``model/sources.npz`` and ``model/sources.json``.

The training contents are the stage's output by each method (rules alone, model alone, combined:
more kinds of wrong edges), each matched to the gold attribution whose content and cue it
overlaps; the gold edge is the target among the candidate edges (a group without it is left out).
PolNeAR: Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News", LREC 2018.

Usage: edges.py --shared ../shared --fit-model DIR [--tune-only] [--l2 X] [--iters N] [--classify] [--outputs DIR]
(``make train-quotes`` runs it after ``train.py --final --save-fit .cache/quotes/fit``)
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

# train.py first: it sets one BLAS thread before numpy loads it (the fits' speed, and weights that
# do not depend on the machine's cores).
import train  # noqa: E402, I001

import numpy as np  # noqa: E402
from corpus import parses, read_split  # noqa: E402
from dateline.quotes import boundaries, edges, learned, sources  # noqa: E402
from dateline.quotes.stage import combine, decode_skip, model_attributions, redrawn, vetoed  # noqa: E402

MARGINS = (0.0, 0.25, 0.5, 1.0)
SOURCE_MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0)
SOURCE_L2 = 1.0
L2 = 3.0
ITERS = 200
FOLDS = 2
# The attribution model's settings (train.py's defaults, those of the shipped model).
L2_CUE, L2_ROLE, ITERS_MODEL = 3.0, 1.0, 150


def stage_outputs(ex, model) -> dict[str, list]:
    """The stage's final attributions before the edge step, by method (``stage.attributions_of``)."""
    way = model.meta.get("combine") or "layered"
    rules = redrawn(ex.text, ex.rules, ex.marks)
    probs: dict[int, float] = {}
    skip = decode_skip(ex.rules, way)
    combined_model = model_attributions(ex.doc, ex.marks, ex.rules, skip, model, model.threshold, probs)
    alone = model_attributions(ex.doc, ex.marks, ex.rules, (), model, model.threshold) if skip else combined_model
    return {"rules": rules,
            "model": redrawn(ex.text, sorted(alone, key=lambda a: a.content), ex.marks),
            "combined": redrawn(ex.text, combine(ex.rules, combined_model, way, vetoed(ex.doc, ex.rules, probs)),
                                ex.marks)}


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matched_gold(ex, att, trim):
    """The trimmed gold content whose content and cue ``att``'s overlap (most content shared)."""
    gold = matched_attribution(ex, att, trim)
    if gold is None:
        return None
    c = trim(gold.get("content"), ex.text)
    return c["start"], c["end"]


def edge_matrix(examples, outputs, trim):
    """Feature ids, labels and group sizes of every edge of the training contents."""
    ids, labels, groups = [], [], []
    kept = total = 0
    for ex, outs in zip(examples, outputs):
        seen, atts = set(), []
        for method in ("combined", "model", "rules"):
            for att in outs[method]:
                key = (att.content, att.cue)
                if key not in seen:
                    seen.add(key)
                    atts.append(att)
        golds = [matched_gold(ex, att, trim) for att in atts]
        atts = [a for a, g in zip(atts, golds) if g]
        golds = [g for g in golds if g]
        if not atts:
            continue
        t = edges.tokens(ex.doc, ex.text)
        c = edges.batch(t, atts)
        if c is None:
            continue
        f = edges.features(t, c)
        gold_start = np.array([g[0] for g in golds])[c.att]
        gold_end = np.array([g[1] for g in golds])[c.att]
        n = len(t.pos)
        at_start = t.tstart[np.minimum(c.pos, n - 1)]
        at_end = t.tend[np.maximum(c.pos - 1, 0)]
        right = np.where(c.side == 1, at_start == gold_start, at_end == gold_end)
        order = np.lexsort((c.side, c.att))
        bounds = np.flatnonzero(np.diff((c.att * 4 + c.side)[order])) + 1
        for rows in np.split(order, bounds):
            total += 1
            if not right[rows].any():
                continue
            kept += 1
            ids.append(f[rows])
            labels.append(right[rows].astype(np.float64))
            groups.append(len(rows))
    print(f"  edges: the gold edge among the candidates for {kept} of {total}", flush=True)
    return np.vstack(ids), np.concatenate(labels), np.array(groups)


def fit(examples, outputs, trim, l2: float, iters: int, what=None) -> np.ndarray:
    """The edge model (``what``: (matrix function, dimensions, name), the source model's
    ``SOURCES``) fitted on the ``outputs`` of ``examples``."""
    matrix, dimensions, name = what or (edge_matrix, edges.DIMENSIONS, "edge model")
    started = time.perf_counter()
    ids, labels, groups = matrix(examples, outputs, trim)
    weights = train.fit_ranker(ids, np.ones(ids.shape, dtype=np.float64), labels, groups, dimensions, l2, iters)
    print(f"  {name}: {len(groups)} groups, {len(labels)} candidates, {time.perf_counter() - started:.0f} s",
          flush=True)
    return weights.astype(np.float16).astype(np.float32)


def matched_attribution(ex, att, trim) -> dict | None:
    """The gold attribution whose content and cue ``att``'s overlap (most content shared)."""
    best, most = None, 0
    for g in ex.record["attributions"]:
        c, cue = trim(g.get("content"), ex.text), trim(g.get("cue"), ex.text)
        if not c or not cue or not overlap(att.cue, (cue["start"], cue["end"])):
            continue
        shared = overlap(att.content, (c["start"], c["end"]))
        if shared > most:
            best, most = g, shared
    return best


def source_matrix(examples, outputs, trim):
    """Feature ids, labels and group sizes of the source candidates of the training
    attributions (each method's output, an attribution once): a candidate is right when it
    overlaps the matched gold attribution's source ("no source" when it has none); attributions
    that match no gold one, or whose gold source no candidate overlaps, are left out."""
    ids, labels, groups = [], [], []
    kept = total = 0
    for ex, outs in zip(examples, outputs):
        seen = set()
        for method in ("combined", "model", "rules"):
            atts = outs[method]
            cands, f = sources.batch(ex.doc, atts)
            row = 0
            for att, group in zip(atts, cands):
                rows = f[row:row + len(group)]
                row += len(group)
                key = (att.content, att.cue, att.source)
                gold = None if key in seen else matched_attribution(ex, att, trim)
                seen.add(key)
                if gold is None:
                    continue
                total += 1
                src = trim(gold.get("source"), ex.text)
                right = []
                for cand in group:
                    span = trim({"start": cand.span[0], "end": cand.span[1]}, ex.text) if cand.span else None
                    right.append(src is None if cand.head < 0 else
                                 bool(src and span and overlap((span["start"], span["end"]), (src["start"], src["end"]))))
                if not any(right):
                    continue
                kept += 1
                ids.append(rows)
                labels.append(np.array(right, dtype=np.float64))
                groups.append(len(group))
    print(f"  sources: the gold source (or none) among the candidates for {kept} of {total}", flush=True)
    return np.vstack(ids), np.concatenate(labels), np.array(groups)


SOURCES = (source_matrix, sources.DIMENSIONS, "source model")


def spans(ex) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in ex.marks]


def settled(ex, attributions) -> list:
    """What the stage does after the edge step, before the source step (``boundaries.settled``,
    then ``boundaries.introduced``)."""
    return boundaries.introduced(ex.doc, ex.text, boundaries.settled(ex.text, attributions, spans(ex)), spans(ex))


def source_scores(scorer, examples, outputs, edge_model, weights, margins) -> dict:
    """Each method's output after the edge step (``edge_model``: (weights, margin)), without
    the source step and with it at each of ``margins``."""
    out = {}
    for method in ("rules", "model", "combined"):
        drawn = [settled(ex, edges.redraw(ex.doc, ex.text, o[method], spans(ex), edge_model))
                 for ex, o in zip(examples, outputs)]
        out[(method, "off")] = train.score(scorer, examples, [train.as_triples(d) for d in drawn])
        for margin in margins:
            chosen = [sources.choose(ex.doc, d, (weights, margin)) for ex, d in zip(examples, drawn)]
            out[(method, margin)] = train.score(scorer, examples, [train.as_triples(c) for c in chosen])
        for key, value in out.items():
            if key[0] == method:
                print(f"  {method} sources margin {key[1]}: {value}", flush=True)
    return out


def scores(scorer, examples, outputs, weights, margins) -> dict:
    out = {}
    for method in ("rules", "model", "combined"):
        base = [train.as_triples(o[method]) for o in outputs]
        out[(method, "off")] = train.score(scorer, examples, base)
        for margin in margins:
            drawn = [train.as_triples(settled(ex, edges.redraw(ex.doc, ex.text, o[method], spans(ex),
                                                           (weights, margin))))
                     for ex, o in zip(examples, outputs)]
            out[(method, margin)] = train.score(scorer, examples, drawn)
        for key, value in out.items():
            if key[0] == method:
                print(f"  {method} margin {key[1]}: {value}", flush=True)
    return out


EDGE_KINDS = ("paragraph break", "sentence break", "'according to'", "the attribution (cue or source)",
              "'that' / 'if' / 'whether'", "quote mark", "comma + clause", "prepositional phrase", "1 word",
              "2-4 words", "5+ words")


def edge_kind(ex, att, a: int, b: int) -> str:
    """What the stretch [a, b) between a predicted and a gold edge holds, the first that applies
    of ``EDGE_KINDS``."""
    text = ex.text
    piece = text[a:b]
    low = piece.strip().lower()
    words = [t for t in ex.doc if a <= t.idx < b and not t.is_space and not t.is_punct]
    if "\n" in piece:
        return EDGE_KINDS[0]
    if any(t.is_sent_start for t in ex.doc if a < t.idx < b and not t.is_space):
        return EDGE_KINDS[1]
    if "according to" in low:
        return EDGE_KINDS[2]
    if overlap(att.cue, (a, b)) or (att.source and overlap(att.source, (a, b))):
        return EDGE_KINDS[3]
    if low.strip(" ,") in ("that", "if", "whether"):
        return EDGE_KINDS[4]
    if any(ch in edges._QUOTE_CHARS for ch in piece):
        return EDGE_KINDS[5]
    if low.startswith(",") or low.endswith(","):
        return EDGE_KINDS[6]
    if words and words[0].dep_ == "prep":
        return EDGE_KINDS[7]
    return EDGE_KINDS[8] if len(words) <= 1 else EDGE_KINDS[9] if len(words) < 5 else EDGE_KINDS[10]


def classify(scorer, examples, atts_of) -> None:
    """The table of docs/quotes.md: the contents that overlap a gold content without matching it
    (matched one to one as the scorer matches), each wrong edge by side and by ``edge_kind``."""
    from _common import match_one_to_one

    table, totals = Counter(), Counter()
    for ex, atts in zip(examples, atts_of):
        text = ex.text
        golds = [c for c in (scorer.trim(g.get("content"), text) for g in ex.record["attributions"]) if c]
        preds = [(scorer.trim({"start": a.content[0], "end": a.content[1]}, text), a) for a in atts]
        preds = [p for p in preds if p[0]]
        exact = match_one_to_one(golds, preds, lambda g, p: scorer.same_exact(g, p[0]))
        done_g, done_p = {id(g) for g, _ in exact}, {id(p) for _, p in exact}
        rest_g = [g for g in golds if id(g) not in done_g]
        rest_p = [p for p in preds if id(p) not in done_p]
        pairs = match_one_to_one(rest_g, rest_p, lambda g, p: scorer.same_overlap(g, p[0]))
        totals["exact"] += len(exact)
        totals["overlap, not exact"] += len(pairs)
        for g, (pc, att) in pairs:
            if re.search(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]", text[g["start"]:g["end"]]):
                totals["of which the gold content has 2+ sentences"] += 1
            for edge, p_at, g_at in (("start", pc["start"], g["start"]), ("end", pc["end"], g["end"])):
                if p_at == g_at:
                    continue
                late = p_at > g_at
                side = {("start", True): "start too late", ("start", False): "start too early",
                        ("end", True): "end too late", ("end", False): "end too early"}[(edge, late)]
                table[(side, edge_kind(ex, att, min(p_at, g_at), max(p_at, g_at)))] += 1
                totals[side] += 1
    print("totals:", dict(totals))
    sides = ("start too early", "start too late", "end too early", "end too late")
    print("| what lies between the predicted and the gold edge | " + " | ".join(sides) + " |")
    print("|---|" + "---|" * len(sides))
    for kind in EDGE_KINDS:
        print(f"| {kind} | " + " | ".join(str(table[(side, kind)]) for side in sides) + " |")
    print("| all | " + " | ".join(str(totals[side]) for side in sides) + " |")


def held_out_outputs(examples, like, trim, folds: int = FOLDS) -> list:
    """The stage's output on each article by an attribution model fitted without it: the articles
    in ``folds`` parts, each part's by a model fitted on the others with the shipped settings
    (``like``: the model whose threshold and combination they take). A model's contents on its
    own training articles are closer to the gold than at run time (start and end right 95% / 94%
    of the time against 90% / 84% on unseen articles, train check part), which would teach the
    edge model to trust them too much."""
    outs: list = [None] * len(examples)
    for part in range(folds):
        started = time.perf_counter()
        train_on = [ex for k, ex in enumerate(examples) if k % folds != part]
        model = train.train_models(train_on, L2_CUE, L2_ROLE, ITERS_MODEL, trim)
        model = dataclasses.replace(model, threshold=like.threshold, meta={"combine": like.meta.get("combine")})
        for k, ex in enumerate(examples):
            if k % folds == part:
                outs[k] = stage_outputs(ex, model)
        print(f"  held-out part {part + 1} of {folds}: {time.perf_counter() - started:.0f} s", flush=True)
    return outs


def cached(folder: Path | None, name: str, make):
    """``make()``, kept as ``folder/name.pickle`` and read from there when it exists (``--outputs``)."""
    import pickle

    if folder is None:
        return make()
    path = folder / f"{name}.pickle"
    if path.exists():
        print(f"  {name}: held-out outputs from {path}", flush=True)
        return pickle.loads(path.read_bytes())
    out = make()
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def outputs_of(examples, model, label: str) -> list:
    started = time.perf_counter()
    outs = [stage_outputs(ex, model) for ex in examples]
    print(f"  {label}: stage output of {len(examples)} articles, {time.perf_counter() - started:.0f} s", flush=True)
    return outs


def fit_and_check(items: list) -> tuple[list, list]:
    """train.py's fixed fit/check split of train's articles (seed train.SEED, train.FIT_SHARE to
    fit), for the scripts that tune after it (this one, analyse.py). train.py keeps its own lines:
    the model's code_digest hashes it, and changing it asks for a retrain."""
    order = list(range(len(items)))
    random.Random(train.SEED).shuffle(order)
    cut = int(len(order) * train.FIT_SHARE)
    return [items[i] for i in order[:cut]], [items[i] for i in order[cut:]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--fit-model", type=Path, required=True, help="the attribution model of the fit part")
    ap.add_argument("--tune-only", action="store_true", help="stop after the check part")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--iters", type=int, default=ITERS)
    ap.add_argument("--out", type=Path, default=edges.MODEL)
    ap.add_argument("--sources-out", type=Path, default=sources.MODEL)
    ap.add_argument("--outputs", type=Path,
                    help="keep the held-out stage outputs (fit part, all of train) in this folder and reuse "
                         "them when there (development: only valid for the same code and models)")
    ap.add_argument("--classify", action="store_true",
                    help="print the check part's edge errors by kind (the stage's combined output, "
                         "without and with the edge step) and stop after the check part")
    args = ap.parse_args()
    scorer = train.load_scorer(args.shared.resolve())
    records = read_split(args.shared, "train")
    examples = [train.Example(r, d) for r, d in zip(records, parses(records, "train"))]
    fit_part, check = fit_and_check(examples)
    model = learned.load(str(args.fit_model))
    check_outs = outputs_of(check, model, "check part")
    if args.classify:
        classify(scorer, check, [o["combined"] for o in check_outs])
    fit_outs = cached(args.outputs, "fit", lambda: held_out_outputs(fit_part, model, scorer.trim))
    weights = fit(fit_part, fit_outs, scorer.trim, args.l2, args.iters)
    check_scores = scores(scorer, check, check_outs, weights, MARGINS)
    margin = max(MARGINS, key=lambda m: check_scores[("combined", m)]["exact"] + check_scores[("combined", m)]["overlap"])
    print(f"chosen: margin {margin} (best combined exact + overlap F1 on the check part)", flush=True)
    if args.classify:
        classify(scorer, check, [edges.redraw(ex.doc, ex.text, o["combined"], [(q.start, q.end) for q in ex.marks],
                                              (weights, margin)) for ex, o in zip(check, check_outs)])
    if args.classify:
        return
    source_weights = fit(fit_part, fit_outs, scorer.trim, SOURCE_L2, ITERS, SOURCES)
    check_sources = source_scores(scorer, check, check_outs, (weights, margin), source_weights, SOURCE_MARGINS)
    source_margin = max(SOURCE_MARGINS, key=lambda m: check_sources[("combined", m)]["source"])
    print(f"chosen: source margin {source_margin} (best combined source F1 on the check part)", flush=True)
    if args.tune_only:
        return
    learned.load.cache_clear()
    shipped = learned.load()
    train_outs = cached(args.outputs, "train", lambda: held_out_outputs(examples, shipped, scorer.trim))
    weights = fit(examples, train_outs, scorer.trim, args.l2, args.iters)
    source_weights = fit(examples, train_outs, scorer.trim, SOURCE_L2, ITERS, SOURCES)
    dev_records = read_split(args.shared, "dev")
    dev = [train.Example(r, d) for r, d in zip(dev_records, parses(dev_records, "dev"))]
    dev_outs = outputs_of(dev, shipped, "dev")
    dev_scores = scores(scorer, dev, dev_outs, weights, (margin,))
    write(args.out, weights, margin, check_scores, dev_scores, args, len(examples))
    dev_sources = source_scores(scorer, dev, dev_outs, (weights, margin), source_weights, (source_margin,))
    write_sources(args.sources_out, source_weights, source_margin, check_sources, dev_sources, len(examples))


def write(out: Path, weights, margin, check_scores, dev_scores, args, n_train) -> None:
    write_model(out, weights, "conditional logit over each content edge's candidate token boundaries (hashed "
                "parse features); see src/dateline/quotes/edges.py",
                f"the quotes stage's contents on PolNeAR train ({n_train} articles), polnear-train.jsonl; ",
                {"margin": margin, "feature_digest": edges.feature_digest(), "folds": FOLDS, "shift": edges.SHIFT,
                 "dimensions": edges.DIMENSIONS, "l2": args.l2, "iterations": args.iters},
                check_scores, dev_scores)


def write_sources(out: Path, weights, margin, check_scores, dev_scores, n_train) -> None:
    write_model(out, weights, "conditional logit over each final attribution's candidate sources and 'no "
                "source' (hashed parse features); see src/dateline/quotes/sources.py",
                f"the quotes stage's attributions on PolNeAR train ({n_train} articles), polnear-train.jsonl, "
                f"each from an attribution model that did not see its article ({FOLDS} folds); ",
                {"margin": margin, "feature_digest": sources.feature_digest(), "dimensions": sources.DIMENSIONS,
                 "l2": SOURCE_L2, "iterations": ITERS},
                check_scores, dev_scores)


def write_model(out: Path, weights, model: str, data: str, settings: dict, check_scores, dev_scores) -> None:
    """``out`` (the weights, float16) and the JSON file beside it: what the model is, its data
    (``data``, then how the margin was chosen), its credit, ``settings`` and its scores."""
    out.parent.mkdir(parents=True, exist_ok=True)
    train.save_npz(out, weights=weights.astype(np.float16))
    meta = {
        "model": model,
        "trained": datetime.date.today().isoformat(),
        "command": "make train-quotes (training/quotes/edges.py after train.py --final)",
        "data": data + f"margin chosen on the check part of the {train.FIT_SHARE:.0%}/{1 - train.FIT_SHARE:.0%} "
                f"split (seed {train.SEED}); PolNeAR dev reported as the check",
        "credit": "PolNeAR: Edward Newell, Drew Margolin, Derek Ruths, 'An Attribution Relations Corpus for "
                  "Political News', LREC 2018, https://github.com/networkdynamics/PolNeAR",
        **settings,
        "train_check": {f"{m} {g}": v for (m, g), v in check_scores.items()},
        "dev": {f"{m} {g}": v for (m, g), v in dev_scores.items()},
    }
    out.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
