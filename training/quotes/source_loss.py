#!/usr/bin/env python3
"""Where the quotes stage's source F1 is lost, on the check part of PolNeAR train (2026-12-06).

``quote_score.py`` judges a source only on the content pairs it matches by overlap (one to one,
greedily, gold order first): its precision is over every predicted quote that names a speaker, its
recall over every gold attribution that has a source. So a source is lost when the content is not
found (recall), when a prediction with a speaker matches no gold content (precision), when the
matched pair is of another attribution (a prediction nested in the gold content, or one whose
content takes in the gold cue), or when the source itself is wrong or missing. This prints those
classes for the stage's combined output (vetoed, redrawn, the edge step, the source step) and, for
the source-choice errors, the kind of gold source, whether it was among the source model's
candidates and whether it was right before the source step.

The models are fitted on the fit part only, as ``edges.py`` fits them for its tune side (the
attribution model from ``train.py --save-fit DIR``; the edge and source models on the fit part's
held-out outputs, ``--outputs`` reuses edges.py's). Usage:
    train.py --shared ../shared --threshold 0.5 --save-fit /tmp/fit
    source_loss.py --shared ../shared --fit-model /tmp/fit [--outputs DIR] [--classes]

``--classes`` (2026-12-06, tenth session) also sorts the two largest classes: each gold
attribution with a source whose content is not found, by why (``MISSED``: nested in a predicted
content, its cue found with the content drawn elsewhere, lost in the combination, its cue rated
under the cue model's threshold, its cue never proposed) and by the kind of its cue
(``analyse.CUE_KINDS``); each prediction that names a speaker but overlaps no gold content, by the
path that made it (the model, the rules' quoted layer, a rules pattern), what lies there in the
gold and the cue model's probability of its cue; and every final prediction by path and that
probability, with how many match a gold content (the break-even view of a per-path threshold).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import edges as training  # noqa: E402
import train  # noqa: E402
from analyse import CUE_KINDS, cue_kind  # noqa: E402
from corpus import parses, read_split  # noqa: E402
from dateline.quotes import edges, learned, sources  # noqa: E402
from dateline.quotes.cue_table import CUE_TABLE  # noqa: E402

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"})
RELATIVE = frozenset({"who", "which", "that"})
KIND_NAMES = ("current", "subject", "inherited", "agent", "possessor", "prep object", "governor", "named")


def gold_kinds(ex, gold: dict) -> list[str]:
    """The classes of a gold attribution's (trimmed) source: several may apply."""
    doc, text, src, cue = ex.doc, ex.text, gold["source"], gold["cue"]
    words = [t for t in doc if src["start"] <= t.idx < src["end"] and not (t.is_space or t.is_punct)]
    cue_words = [t for t in doc if cue and cue["start"] <= t.idx < cue["end"] and not t.is_space]
    out = []
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        out.append("a pronoun (he, they)")
    if len(words) == 1 and words[0].lower_ in RELATIVE:
        out.append("a relative pronoun (who)")
    if cue and "according" in text[cue["start"]:cue["end"]].lower():
        out.append("according to X")
    if words and words[0].i > 0 and doc[words[0].i - 1].lower_ == "by":
        out.append("passive by X")
    if "," in text[src["start"]:src["end"]] or "(" in text[src["start"]:src["end"]]:
        out.append("apposition or nested (a comma inside)")
    if (words and words[0].ent_type_ != "PERSON" and words[0].pos_ in ("PROPN", "NOUN")
            and any(t.ent_type_ == "PERSON" for t in words)):
        out.append("a title or description before a name")
    if words and cue_words and words[0].sent.start != cue_words[0].sent.start:
        out.append("in another sentence than the cue")
    if words and cue_words and words[0].i > cue_words[-1].i:
        out.append("after the cue")
    return out or ["none of these"]


def tally(scorer, ex, before, after) -> Counter:
    """The source classes of one article (``before``/``after``: its attributions before and
    after the source step)."""
    from _common import match_one_to_one

    text, c = ex.text, Counter()
    same = scorer.same_overlap

    def trimmed(span):
        return scorer.trim({"start": span[0], "end": span[1]}, text) if span else None

    golds = [{k: scorer.trim(a.get(k), text) for k in ("content", "source", "cue")} for a in ex.record["attributions"]]
    golds = [g for g in golds if g["content"]]
    had = {(a.content, a.cue): a.source for a in before}
    preds = [{"content": trimmed(a.content), "source": trimmed(a.source), "cue": trimmed(a.cue), "att": a}
             for a in after]
    preds = [p for p in preds if p["content"]]
    pairs = match_one_to_one(golds, preds, lambda g, p: same(g["content"], p["content"]))
    pred_of = {id(g): p for g, p in pairs}
    gold_of = {id(p): g for g, p in pairs}
    for g in golds:
        if not g["source"]:
            continue
        c["gold with a source"] += 1
        kinds = gold_kinds(ex, g)
        for kind in kinds:
            c[("all", kind)] += 1
        p = pred_of.get(id(g))
        if p is None:
            c["R: content not found"] += 1
            for kind in kinds:
                c[("content not found", kind)] += 1
            continue
        if same(g["cue"], p["cue"]):
            for kind in kinds:
                c[("content matched, same cue", kind)] += 1
        if p["source"] is not None and same(g["source"], p["source"]):
            c["right"] += 1
            c["right, another extent"] += not scorer.same_exact(g["source"], p["source"])
            continue
        wrong = "wrong" if p["source"] is not None else "missing"
        if not same(g["cue"], p["cue"]):
            if same(p["cue"], g["content"]):
                why = "the prediction's cue inside the gold content (nested)"
            elif g["cue"] and same(g["cue"], p["content"]):
                why = "the prediction's content takes in the gold cue"
            elif any(h["cue"] and same(h["cue"], p["cue"]) and same(h["content"], p["content"])
                     and id(h) not in pred_of for h in golds):
                why = "greedy pairing: the prediction's own gold, unmatched, overlaps it too"
            else:
                why = "other"
            c[f"R: paired with a prediction of another cue, {wrong}: {why}"] += 1
            continue
        c[f"R: same cue, source {wrong}"] += 1
        for kind in kinds:
            c[(f"same cue, {wrong}", kind)] += 1
        was = had.get((p["att"].content, p["att"].cue), "?")
        was = "?" if was == "?" else "none" if was is None else "right" if same(g["source"], trimmed(was)) else "wrong"
        c[(f"same cue, {wrong}", f"before the source step: {was}")] += 1
        blocked = [s for o in after if o is not p["att"] for s in sources._words_of(o)]
        found = [k for k in sources.candidates(ex.doc, p["att"], blocked)
                 if k.span and same(g["source"], trimmed(k.span))]
        c[(f"same cue, {wrong}", "the gold among the candidates: " + ("+".join(
            n for b, n in enumerate(KIND_NAMES) if found[0].kinds >> b & 1) if found else "no"))] += 1
    for p in preds:
        if p["source"] is None:
            continue
        c["predicted with a speaker"] += 1
        g = gold_of.get(id(p))
        if g is None:
            c["P: no gold content overlaps it"] += 1
        elif not g["source"]:
            c["P: the gold has no source"] += 1
        elif not same(g["source"], p["source"]):
            c["P: wrong (" + ("same cue)" if same(g["cue"], p["cue"]) else "another cue's pair)")] += 1
    return c


MISSED = ("nested: the gold cue lies inside a predicted content, which runs on past its own gold into it",
          "nested: the gold cue lies inside a predicted content, and PolNeAR nests it too",
          "nested: the gold cue lies inside a predicted content that matches no gold",
          "its cue found, the content drawn elsewhere (a prediction of the same cue)",
          "its content overlapped by a prediction paired with another gold",
          "in the model's layer, lost in the combination",
          "in the rules' layer, lost in the combination (veto, clash)",
          "its cue decoded by a layer with another content, lost in the combination",
          "its cue rated at the threshold or more, not decoded",
          "its cue rated under the threshold: under 0.05",
          "its cue rated under the threshold: 0.05-0.2",
          "its cue rated under the threshold: 0.2 up to it",
          "its cue never proposed (a lemma the cue model does not read, no rule)",
          "no cue")
# Where a prediction that names a speaker but overlaps no gold content lies, in the gold.
WHERE = ("its cue inside a gold content (nested)", "a gold of the same cue, its content elsewhere",
         "it overlaps a gold paired with another prediction", "no gold attribution there")
BANDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.2, 0.05, 0.0)


def band(p: float | None) -> str:
    return "not read" if p is None else next(f">= {b}" if b else "< 0.05" for b in BANDS if p >= b)


def path_of(att) -> str:
    return "model" if att.pattern == "model" else "rules, quoted" if att.parts else f"rules, {att.pattern}"


def classes(scorer, ex, outs, after, model, rule_lemmas) -> Counter:
    """``--classes``: the missed gold contents (with a source) and the spurious speaker
    predictions of one article (``outs``: its stage outputs by method, before the edge step;
    ``after``: the final attributions), keyed for the tables ``main`` prints."""
    from _common import match_one_to_one

    text, doc, c = ex.text, ex.doc, Counter()
    same = scorer.same_overlap
    probs = dict(model.cue_probabilities(ex.view, (), learned.rule_patterns(ex.doc, ex.rules)))

    def trimmed(span):
        return scorer.trim({"start": span[0], "end": span[1]}, text) if span else None

    def spans(atts):
        return [{"content": trimmed(a.content), "cue": trimmed(a.cue), "source": trimmed(a.source), "att": a}
                for a in atts if trimmed(a.content)]

    golds = [dict({k: scorer.trim(a.get(k), text) for k in ("content", "source", "cue")}, raw=a)
             for a in ex.record["attributions"]]
    golds = [g for g in golds if g["content"]]
    preds, layers = spans(after), {m: spans(outs[m]) for m in ("model", "rules")}
    pairs = match_one_to_one(golds, preds, lambda g, p: same(g["content"], p["content"]))
    exact = {id(p) for _, p in match_one_to_one(golds, preds, lambda g, p: scorer.same_exact(g["content"], p["content"]))}
    pred_of, gold_of = {id(g): p for g, p in pairs}, {id(p): g for g, p in pairs}
    for g in golds:
        if id(g) in pred_of or not g["source"]:
            continue
        cue = g["raw"].get("cue")
        head = learned.cue_head(doc, cue["start"], cue["end"]) if cue else None
        p = probs.get(head.i) if head is not None else None
        outer = [q for q in preds if g["cue"] and same(g["cue"], q["content"])]
        own = {m: [q for q in layer if g["cue"] and same(g["cue"], q["cue"])] for m, layer in layers.items()}
        if outer:
            h = gold_of.get(id(outer[0]))
            why = MISSED[2] if h is None else MISSED[1] if same(g["cue"], h["content"]) else MISSED[0]
        elif g["cue"] and any(same(g["cue"], q["cue"]) for q in preds):
            why = MISSED[3]
        elif any(same(g["content"], q["content"]) for q in preds):
            why = MISSED[4]
        elif any(same(g["content"], q["content"]) for q in own["model"]):
            why = MISSED[5]
        elif any(same(g["content"], q["content"]) for q in own["rules"]):
            why = MISSED[6]
        elif own["model"] or own["rules"]:
            why = MISSED[7]
        elif head is None:
            why = MISSED[13]
        elif p is None:
            why = MISSED[12]
        elif p >= model.threshold:
            why = MISSED[8]
        else:
            why = MISSED[9] if p < 0.05 else MISSED[10] if p < 0.2 else MISSED[11]
        kind = cue_kind(ex, g["raw"], rule_lemmas, model.cue_lemmas)
        c[("missed", why, kind)] += 1
        c[("missed lemma", why, head.lemma_.lower() if head is not None else "-")] += 1
    for q in preds:
        head = learned.cue_head(doc, *q["att"].cue)
        p = probs.get(head.i) if head is not None else None
        path = path_of(q["att"])
        g = gold_of.get(id(q))
        c[("all", path, band(p), "n")] += 1
        c[("all", path, band(p), "overlap")] += g is not None
        c[("all", path, band(p), "exact")] += id(q) in exact
        if g is not None or q["source"] is None:
            continue
        if any(same(q["cue"], h["content"]) for h in golds):
            where = WHERE[0]
        elif any(h["cue"] and same(q["cue"], h["cue"]) for h in golds):
            where = WHERE[1]
        elif any(same(q["content"], h["content"]) for h in golds):
            where = WHERE[2]
        else:
            where = WHERE[3]
        c[("spurious", path, where)] += 1
        c[("spurious", path, band(p))] += 1
        c[("spurious lemma", path, head.lemma_.lower() if head is not None else "-")] += 1
    return c


def print_classes(total: Counter) -> None:
    kinds = [k for k in CUE_KINDS if any(key[0] == "missed" and key[2] == k for key in total)]
    n = sum(v for key, v in total.items() if key[0] == "missed")
    print(f"missed gold contents with a source: {n}")
    print("| why | all | " + " | ".join(kinds) + " |")
    for why in MISSED:
        row = [total[("missed", why, k)] for k in kinds]
        if sum(row):
            print(f"| {why} | {sum(row)} | " + " | ".join(map(str, row)) + " |")
    for why in MISSED:
        lemmas = Counter({key[2]: v for key, v in total.items() if key[:2] == ("missed lemma", why)})
        if lemmas:
            print(f"  {why}: " + ", ".join(f"{k} {v}" for k, v in lemmas.most_common(20)))
    paths = sorted({key[1] for key in total if key[0] == "spurious"})
    wheres = [w for w in WHERE if any(key[0] == "spurious" and key[2] == w for key in total)]
    bands = [band(b) for b in BANDS] + ["not read"]
    print(f"spurious predictions with a speaker: {sum(v for k, v in total.items() if k[0] == 'spurious lemma')}")
    print("| path | all | " + " | ".join(wheres) + " | " + " | ".join(bands) + " |")
    for path in paths:
        row = [total[("spurious", path, w)] for w in wheres]
        print(f"| {path} | {sum(row)} | " + " | ".join(map(str, row)) + " | "
              + " | ".join(str(total[("spurious", path, b)]) for b in bands) + " |")
    for path in paths:
        lemmas = Counter({key[2]: v for key, v in total.items() if key[:2] == ("spurious lemma", path)})
        print(f"  {path}: " + ", ".join(f"{k} {v}" for k, v in lemmas.most_common(20)))
    print("every final prediction, by path and the cue model's probability of its cue: n, overlap-matched, exact")
    for path in sorted({key[1] for key in total if key[0] == "all"}):
        cells = []
        for b in bands:
            k = ("all", path, b)
            if total[k + ("n",)]:
                cells.append(f"{b}: {total[k + ('n',)]}, {total[k + ('overlap',)] / total[k + ('n',)]:.2f}, "
                             f"{total[k + ('exact',)] / total[k + ('n',)]:.2f}")
        print(f"  {path}: " + "; ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--fit-model", type=Path, required=True, help="the attribution model of the fit part")
    ap.add_argument("--outputs", type=Path, help="edges.py's held-out outputs folder (reused when there)")
    ap.add_argument("--classes", action="store_true", help="also sort the missed contents and the spurious speakers")
    args = ap.parse_args()
    scorer = train.load_scorer(args.shared.resolve())
    records = read_split(args.shared, "train")
    examples = [train.Example(r, d) for r, d in zip(records, parses(records, "train"))]
    fit_part, check = training.fit_and_check(examples)
    model = learned.load(str(args.fit_model))
    check_outs = training.outputs_of(check, model, "check part")
    fit_outs = training.cached(args.outputs, "fit", lambda: training.held_out_outputs(fit_part, model, scorer.trim))
    edge_weights = training.fit(fit_part, fit_outs, scorer.trim, training.L2, training.ITERS)
    source_weights = training.fit(fit_part, fit_outs, scorer.trim, training.SOURCE_L2, training.ITERS,
                                  training.SOURCES)
    margin = sources.load()[1] if sources.load() else 2.0
    total, sorted_classes = Counter(), Counter()
    rule_lemmas = set().union(*CUE_TABLE.values())
    for ex, outs in zip(check, check_outs):
        spans = [(q.start, q.end) for q in ex.marks]
        drawn = training.settled(ex, edges.redraw(ex.doc, ex.text, outs["combined"], spans,
                                                  (edge_weights, edges.load()[1])))
        chosen = sources.choose(ex.doc, drawn, (source_weights, margin))
        total += tally(scorer, ex, drawn, chosen)
        if args.classes:
            sorted_classes += classes(scorer, ex, outs, chosen, model, rule_lemmas)
    tp, n_pred, n_gold = total["right"], total["predicted with a speaker"], total["gold with a source"]
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    print(f"source overlap: P {p:.4f} R {r:.4f} F1 {2 * p * r / max(p + r, 1e-9):.4f} "
          f"(right {tp}, predicted with a speaker {n_pred}, gold with a source {n_gold}; source margin {margin})")
    for key in sorted(k for k in total if isinstance(k, str)):
        print(f"  {key}: {total[key]}")
    kinds = sorted({k[1] for k in total if isinstance(k, tuple) and k[0] == "all"})
    columns = sorted({k[0] for k in total if isinstance(k, tuple) and k[0] != "all"})
    print("| kind of gold source | all | " + " | ".join(columns) + " |")
    for kind in kinds:
        print(f"| {kind} | {total[('all', kind)]} | " + " | ".join(str(total[(col, kind)]) for col in columns) + " |")
    for key in sorted(k for k in total if isinstance(k, tuple) and k[1] not in kinds):
        print(f"  {key[0]}: {key[1]}: {total[key]}")
    if args.classes:
        print_classes(sorted_classes)


if __name__ == "__main__":
    main()
