#!/usr/bin/env python3
"""Error analysis of the quotes stage on the check (tune) part of PolNeAR train: where the
combined output misses the gold content's exact extent, which attributions it misses or adds,
and where its source misses, by class.

Needs a model fitted on the fit part only (``train.py --save-fit DIR``; the shipped model saw
the check part). Usage:
    train.py --shared ../shared --threshold 0.6 --save-fit /tmp/fit
    analyse.py --shared ../shared --model /tmp/fit [--examples N] [--vetoes]

``--vetoes`` scores the combination on the check part with each rule veto of ``VETOES``
(``stage.VETO`` is the best exact + overlap F1 of them) instead of sorting errors. ``--kinds``
(2026-12-05, seventh session) prints how the cue model rates the candidate words of each kind
(``WORD_KINDS``: a verb of the rules' cue table, another verb, a noun, another word), gold cue
heads and the rest, by probability band, and scores the combination with the decoding threshold
of one kind moved at a time (``KIND_THRESHOLDS``; the others at the model's). ``--score``
prints the rules', the model's and the combination's scores on the check part as the stage
outputs them (the combination vetoed and redrawn, ``stage.redrawn``), and nothing else: the
baseline a change after the combination is measured against. ``--fates`` (2026-12-07, eighteenth
session) tabulates the gold attributions by the kind of their cue and what became of the cue
(``FATES``: predicted with its content exact or not, inside another predicted content or source,
or rated under the decoding threshold, or not read).

The errors are sorted on what the stage outputs (since 2026-12-04's sixth session, the
attributions redrawn by ``boundaries.py`` too); the gold attributions found by neither are also
counted by the cue model's probability of their cue's head word, and the source tally counts the
predictions that match no gold content but name a speaker (they cost source precision).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train  # noqa: E402
from corpus import parses, read_split  # noqa: E402
from edges import fit_and_check  # noqa: E402
from dateline.quotes import learned  # noqa: E402
from dateline.quotes.stage import combine, combine_way, decode_skip, model_attributions, redrawn, vetoed  # noqa: E402

VETOES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
WORD_KINDS = ("verb, a rules' cue lemma", "verb, a cue-model lemma only", "noun", "other word")
KIND_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.6, 0.8)
BANDS = (0.1, 0.2, 0.3, 0.4, 0.5, 2.0)
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"}
SAYING = re.compile(r"^[\s,]*(\w+\s){0,5}(said|says|say|told|added|according|wrote|argued|explained)\b", re.I)


def side(pred_edge: int, gold_edge: int, right: bool = False) -> str:
    """Whether the prediction's edge takes in more than the gold one (``right``: an end edge,
    wider when it lies after the gold end; until 2026-12-05 an end was judged as a start, so the
    older tallies of "right pred-wider" / "right pred-narrower" have the two swapped)."""
    if pred_edge == gold_edge:
        return "ok"
    return "pred-wider" if (pred_edge > gold_edge) == right else "pred-narrower"


def diff_kind(text: str, a: int, b: int, gold_sents: int) -> str:
    """What the stretch [a, b) between a predicted and a gold edge holds."""
    piece = text[a:b].strip()
    low = piece.lower()
    if not piece:
        return "space"
    if low in ("that", "if", "whether"):
        return f"'{low}'"
    if "\n" in text[a:b]:
        return "paragraph"
    if re.fullmatch(r"[\W_]+", piece):
        return "punct"
    if SAYING.match(piece) or re.search(r"\b(said|says|told|according to)\b", low):
        return "attribution words"
    if re.search(r"[.!?][\"”’']?\s", text[a:b]):
        return "sentence(s)"
    if low.startswith(("which", "who", "where", "when", "because", "as ", "after", "before", "while",
                       "but", "and", "if", "although", "though", "since", "until")):
        return f"clause '{low.split()[0]}'"
    if low.split()[0] in ("in", "on", "at", "during", "for", "to", "with", "from", "by", "of", "about"):
        return f"pp '{low.split()[0]}'"
    if piece[0] == ",":
        return "comma + tail"
    n = len(piece.split())
    return f"other ({'1-3' if n <= 3 else '4-10' if n <= 10 else '>10'} words)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--examples", type=int, default=4, help="example texts printed per class")
    ap.add_argument("--method", default="combined", choices=("rules", "model", "combined"))
    ap.add_argument("--vetoes", action="store_true",
                    help="score the combination with each veto of VETOES instead (stage.VETO is chosen so)")
    ap.add_argument("--kinds", action="store_true",
                    help="the cue model's ratings by kind of word and a decoding threshold per kind instead")
    ap.add_argument("--score", action="store_true", help="only score the three methods as the stage outputs them")
    ap.add_argument("--fates", action="store_true",
                    help="only the table of gold cues by kind and by what became of them (predicted, rated "
                         "under the threshold, inside another attribution, ...)")
    ap.add_argument("--recall", action="store_true",
                    help="only the table of missed gold attributions by the kind of their cue, and the "
                         "source of the contents that miss the exact extent")
    args = ap.parse_args()
    scorer = train.load_scorer(args.shared.resolve())
    records = read_split(args.shared, "train")
    docs = parses(records, "train")
    check = [train.Example(r, d) for r, d in fit_and_check(list(zip(records, docs)))[1]]
    model = learned.load(str(args.model))
    way = model.meta.get("combine") or combine_way()
    if args.recall:
        recall_table(scorer, check, model, way, args.method)
        return
    if args.fates:
        fates_table(scorer, check, model, way, args.method, args.examples)
        return
    if args.kinds:
        kind_thresholds(scorer, check, model, way)
        return
    if args.score:
        for method in ("rules", "model", "combined"):
            outs = [stage_output(ex, model, way, method) for ex in check]
            print(f"{method}: {train.score(scorer, check, [train.as_triples(a) for a in outs])}")
        return
    boundary, missed, spurious, source = Counter(), Counter(), Counter(), Counter()
    shown = Counter()
    rng = random.Random(1)

    def show(key, line):
        if shown[key] < args.examples and rng.random() < 0.3:
            shown[key] += 1
            print(f"    [{key}] {line}")

    totals = Counter()
    grid = []
    for ex in check:
        text = ex.text
        if args.vetoes:
            skip = decode_skip(ex.rules, way)
            probs = {}
            found = model_attributions(ex.doc, ex.marks, ex.rules, skip, model, model.threshold, probs)
            grid.append((ex, found, probs))
            continue
        atts = stage_output(ex, model, way, args.method)
        cue_probs = dict(model.cue_probabilities(ex.view, (), learned.rule_patterns(ex.doc, ex.rules)))
        golds = []
        for a in ex.record["attributions"]:
            c = scorer.trim(a.get("content"), text)
            if c:
                golds.append((c, scorer.trim(a.get("source"), text), a))
        preds = []
        for att in atts:
            c = scorer.trim({"start": att.content[0], "end": att.content[1]}, text)
            if c:
                s = scorer.trim({"start": att.source[0], "end": att.source[1]}, text) if att.source else None
                preds.append((c, s, att))
        from _common import match_one_to_one

        exact = match_one_to_one(golds, preds, lambda g, p: scorer.same_exact(g[0], p[0]))
        exact_g = {id(g) for g, _ in exact}
        exact_p = {id(p) for _, p in exact}
        rest_g = [g for g in golds if id(g) not in exact_g]
        rest_p = [p for p in preds if id(p) not in exact_p]
        over = match_one_to_one(rest_g, rest_p, lambda g, p: scorer.same_overlap(g[0], p[0]))
        over_g = {id(g) for g, _ in over}
        over_p = {id(p) for _, p in over}
        totals["gold"] += len(golds)
        totals["pred"] += len(preds)
        totals["exact"] += len(exact)
        totals["overlap-not-exact"] += len(over)
        for g, p in over:
            gc, pc = g[0], p[0]
            ls, rs = side(pc["start"], gc["start"]), side(pc["end"], gc["end"], right=True)
            gold_sents = len(re.findall(r"[.!?][\"”’']?\s+[A-Z“\"]", text[gc["start"]:gc["end"]]))
            kinds = []
            if ls != "ok":
                a, b = sorted((pc["start"], gc["start"]))
                kinds.append(f"left {ls}: {diff_kind(text, a, b, gold_sents)}")
                boundary[f"left {ls} by {words_between(ex.doc, a, b)} words"] += 1
            if rs != "ok":
                a, b = sorted((pc["end"], gc["end"]))
                kinds.append(f"right {rs}: {diff_kind(text, a, b, gold_sents)}")
                boundary[f"right {rs} by {words_between(ex.doc, a, b)} words"] += 1
            for k in kinds:
                boundary[k] += 1
            boundary[f"sides: left {ls} / right {rs}"] += 1
            boundary[f"by pattern: {p[2].pattern}"] += 1
            if gold_sents:
                boundary["gold spans >1 sentence"] += 1
            show(kinds[0] if kinds else "?", f"{p[2].pattern} | gold: {text[gc['start']:gc['end']][:160]!r} | "
                 f"pred: {text[pc['start']:pc['end']][:160]!r}")
        for g in rest_g:
            if id(g) in over_g:
                continue
            att = g[2]
            cue = (att.get("cue") or {}).get("text", "").lower() or "(none)"
            key = cue if len(cue.split()) <= 3 else "(long cue)"
            missed[key] += 1
            missed["ALL"] += 1
            quoted = any(q.start <= g[0]["start"] < q.end for q in ex.marks)
            missed["content in quote marks" if quoted else "content not quoted"] += 1
            missed[f"cue model: {cue_band(ex, att, cue_probs)}"] += 1
            show("missed " + key, f"{cue!r} | {text[g[0]['start']:g[0]['end']][:140]!r}")
        for p in rest_p:
            if id(p) in over_p:
                continue
            spurious[f"{p[2].pattern}: {p[2].lemma}"] += 1
            spurious["ALL " + ("model" if p[2].pattern == "model" else "rules")] += 1
            if p[1] is not None:
                source["no gold content, pred source (costs precision)"] += 1
            show("spurious", f"{p[2].pattern} {text[p[2].cue[0]:p[2].cue[1]]!r} | {text[p[0]['start']:p[0]['end']][:120]!r}")
        for g, p in list(exact) + list(over):
            gs, psrc = g[1], p[1]
            if gs is None and psrc is None:
                source["both none"] += 1
                continue
            if gs is None:
                source["pred source, gold none"] += 1
                continue
            gtext = text[gs["start"]:gs["end"]].lower()
            gkind = ("pronoun" if gtext in PRONOUNS else "after content" if gs["start"] > g[0]["end"] else
                     "inside content" if g[0]["start"] < gs["start"] < g[0]["end"] else "before content")
            if psrc is None:
                source[f"missed ({gkind})"] += 1
                show("source missed", f"gold {text[gs['start']:gs['end']]!r} cue {att_cue(g, text)!r}")
            elif scorer.same_overlap(gs, psrc):
                source[f"ok ({gkind})"] += 1
            else:
                source[f"wrong ({gkind})"] += 1
                show("source wrong", f"gold {text[gs['start']:gs['end']]!r} pred {text[psrc['start']:psrc['end']]!r}")
    if args.vetoes:
        for veto in VETOES:
            predictions = [train.as_triples(redrawn(ex.text, combine(ex.rules, m, way,
                                                                     vetoed(ex.doc, ex.rules, probs, veto)), ex.marks))
                           for ex, m, probs in grid]
            print(f"{way}, veto {veto}: {train.score(scorer, [ex for ex, _, _ in grid], predictions)}")
        return
    print("totals:", dict(totals))
    for name, counter in (("boundary (overlap, not exact)", boundary), ("missed gold (by cue text)", missed),
                          ("spurious", spurious), ("source on matched contents", source)):
        print(f"== {name}")
        for k, n in counter.most_common(40):
            print(f"  {n:5d}  {k}")


CUE_KINDS = ("verb, a rules' cue lemma", "verb, a cue-model lemma only", "verb, a lemma neither reads",
             "'according to'", "noun cue (\"in a statement\", \"his claim\")", "colon", "other cue word",
             "no cue")


def cue_kind(ex, att, rule_lemmas: set, model_lemmas) -> str:
    """Which of ``CUE_KINDS`` a gold attribution's cue is: its head word a verb (a lemma of the
    rules' cue table, else one the cue model reads, else neither), "according to", a noun, a
    colon, another word, or none."""
    cue = att.get("cue")
    text = (cue or {}).get("text", "").strip().lower()
    if not cue or not text:
        return CUE_KINDS[7]
    if "according" in text:
        return CUE_KINDS[3]
    if not re.search(r"\w", text) and ":" in text:
        return CUE_KINDS[5]
    head = learned.cue_head(ex.doc, cue["start"], cue["end"])
    if head is None:
        return CUE_KINDS[7]
    if head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in rule_lemmas:
            return CUE_KINDS[0]
        return CUE_KINDS[1] if head.lemma in model_lemmas else CUE_KINDS[2]
    if head.pos_ in ("NOUN", "PROPN"):
        return CUE_KINDS[4]
    return CUE_KINDS[6]


def recall_table(scorer, check, model, way, method) -> None:
    """On the check part, as the stage outputs ``method`` (before the edge step): per kind of
    cue (``cue_kind``), the gold attributions and the share no predicted content overlaps
    (missed); and of the gold contents matched by overlap but not exactly (one to one, as
    the scorer matches), how often the predicted source is wrong or missing."""
    from _common import match_one_to_one

    from dateline.quotes.cue_table import CUE_TABLE

    rule_lemmas = set().union(*CUE_TABLE.values())
    gold, missed, src = Counter(), Counter(), Counter()
    for ex in check:
        text = ex.text
        atts = stage_output(ex, model, way, method)
        preds = []
        for att in atts:
            c = scorer.trim({"start": att.content[0], "end": att.content[1]}, text)
            if c:
                s = scorer.trim({"start": att.source[0], "end": att.source[1]}, text) if att.source else None
                preds.append((c, s))
        golds = []
        for a in ex.record["attributions"]:
            c = scorer.trim(a.get("content"), text)
            if c:
                golds.append((c, scorer.trim(a.get("source"), text), cue_kind(ex, a, rule_lemmas, model.cue_lemmas)))
        for g in golds:
            gold[g[2]] += 1
            if not any(scorer.same_overlap(g[0], p[0]) for p in preds):
                missed[g[2]] += 1
        exact = match_one_to_one(golds, preds, lambda g, p: scorer.same_exact(g[0], p[0]))
        done_g, done_p = {id(g) for g, _ in exact}, {id(p) for _, p in exact}
        over = match_one_to_one([g for g in golds if id(g) not in done_g], [p for p in preds if id(p) not in done_p],
                                lambda g, p: scorer.same_overlap(g[0], p[0]))
        for name, pairs in (("exact", exact), ("overlap, not exact", over)):
            for g, p in pairs:
                src[(name, "pairs")] += 1
                if g[1] is None:
                    src[(name, "gold none, pred one" if p[1] else "both none")] += 1
                elif p[1] is None:
                    src[(name, "missing")] += 1
                else:
                    src[(name, "right" if scorer.same_overlap(g[1], p[1]) else "wrong")] += 1
        src[("exact misses", "all")] += len(golds) - len(exact)
    total_gold, total_missed = sum(gold.values()), sum(missed.values())
    print(f"| kind of gold cue | gold | missed (no predicted content overlaps) | share missed |")
    print("|---|---|---|---|")
    for kind in CUE_KINDS:
        print(f"| {kind} | {gold[kind]} | {missed[kind]} | {missed[kind] / max(gold[kind], 1):.1%} |")
    print(f"| all | {total_gold} | {total_missed} | {total_missed / max(total_gold, 1):.1%} |")
    print(f"exact misses: {src[('exact misses', 'all')]} gold contents, of which overlapped one to one: "
          f"{src[('overlap, not exact', 'pairs')]}")
    for name in ("exact", "overlap, not exact"):
        n = src[(name, "pairs")]
        print(f"| {name} | {n} | " + " | ".join(
            f"{k} {src[(name, k)]} ({src[(name, k)] / max(n, 1):.1%})"
            for k in ("right", "wrong", "missing", "gold none, pred one", "both none")) + " |")


FATES = ("cue predicted, content exact", "cue predicted, content overlaps", "cue predicted, content elsewhere",
         "not predicted: inside a predicted content", "not predicted: inside a predicted source",
         "not predicted: rated >= threshold", "not predicted: rated < threshold", "not predicted: rated < 0.05",
         "not predicted: not read", "no cue head")


def cue_fate(scorer, ex, att, atts, probs, threshold) -> str:
    """Which of ``FATES`` a gold attribution's cue met in the stage's output ``atts``: a predicted
    attribution has a cue on its head word (and its content is the gold one, overlaps it or not),
    else the head word lies inside a predicted content or source (one role per word), else how the
    cue model rates it (``probs``: token index -> probability; absent: its lemma is no candidate)."""
    text = ex.text
    cue = att.get("cue")
    head = learned.cue_head(ex.doc, cue["start"], cue["end"]) if cue else None
    if head is None:
        return FATES[9]
    at = (head.idx, head.idx + len(head))
    gold = scorer.trim(att.get("content"), text)
    for a in atts:
        if a.cue[0] < at[1] and at[0] < a.cue[1]:
            pred = scorer.trim({"start": a.content[0], "end": a.content[1]}, text)
            if pred and scorer.same_exact(gold, pred):
                return FATES[0]
            return FATES[1] if pred and scorer.same_overlap(gold, pred) else FATES[2]
    if any(a.content[0] <= at[0] < a.content[1] for a in atts):
        return FATES[3]
    if any(a.source and a.source[0] <= at[0] < a.source[1] for a in atts):
        return FATES[4]
    if head.i not in probs:
        return FATES[8]
    p = probs[head.i]
    return FATES[5] if p >= threshold else FATES[6] if p >= 0.05 else FATES[7]


def fates_table(scorer, check, model, way, method, examples: int) -> None:
    """On the check part, as the stage outputs ``method`` (before the edge step): the gold
    attributions by the kind of their cue (``cue_kind``) and what became of the cue (``cue_fate``);
    then, of the gold cues inside a predicted content, whether that prediction's own cue is a gold
    cue (its content runs on into the other attribution, or PolNeAR nests the two) or not (the stage
    decoded a cue PolNeAR does not have), whether it lies inside the gold content (the stage took
    the inner attribution, PolNeAR the outer) and how the cue model rates the gold cue, with
    ``examples`` of each."""
    from dateline.quotes.cue_table import CUE_TABLE

    rule_lemmas = set().union(*CUE_TABLE.values())
    table, inner, shown = Counter(), Counter(), Counter()
    for ex in check:
        atts = stage_output(ex, model, way, method)
        probs = dict(model.cue_probabilities(ex.view, (), learned.rule_patterns(ex.doc, ex.rules)))
        gold_heads = {}
        for g in ex.record["attributions"]:
            cue = g.get("cue")
            head = learned.cue_head(ex.doc, cue["start"], cue["end"]) if cue else None
            if head is not None:
                gold_heads[head.i] = g
        for g in ex.record["attributions"]:
            if not scorer.trim(g.get("content"), ex.text):
                continue
            kind = cue_kind(ex, g, rule_lemmas, model.cue_lemmas)
            fate = cue_fate(scorer, ex, g, atts, probs, model.threshold)
            table[(kind, fate)] += 1
            if fate != FATES[3]:
                continue
            head = learned.cue_head(ex.doc, g["cue"]["start"], g["cue"]["end"])
            outer = next(a for a in atts if a.content[0] <= head.idx < a.content[1])
            outer_head = learned.cue_head(ex.doc, *outer.cue)
            mine = outer_head is not None and outer_head.i in gold_heads
            key = "the prediction's cue is a gold cue" if mine else "the prediction's cue is no gold cue"
            inner[key] += 1
            rated = probs.get(head.i)
            inner[key + (": not read" if rated is None else f": rated >= {model.threshold}" if rated >= model.threshold
                         else ": rated under the threshold")] += 1
            gold_c = scorer.trim(g.get("content"), ex.text)
            pred_c = scorer.trim({"start": outer.content[0], "end": outer.content[1]}, ex.text)
            pc_in_g = gold_c["start"] <= outer.cue[0] < gold_c["end"]
            inner[key + (", its cue inside the gold content" if pc_in_g else ", its cue outside the gold content")] += 1
            if shown[key] < examples and pred_c is not None:  # (a content may trim to nothing)
                shown[key] += 1
                print(f"  [{key}] gold cue {g['cue']['text']!r} p={probs.get(head.i, -1):.2f} content "
                      f"{ex.text[gold_c['start']:gold_c['end']][:120]!r}\n      pred cue "
                      f"{ex.text[outer.cue[0]:outer.cue[1]]!r} content {ex.text[pred_c['start']:pred_c['end']][:120]!r}")
    kinds = [k for k in CUE_KINDS if any(table[(k, f)] for f in FATES)]
    print("| fate of the gold cue | " + " | ".join(kinds) + " | all |")
    print("|---|" + "---|" * (len(kinds) + 1))
    for fate in FATES:
        print(f"| {fate} | " + " | ".join(str(table[(k, fate)]) for k in kinds)
              + f" | {sum(table[(k, fate)] for k in kinds)} |")
    print(f"| all | " + " | ".join(str(sum(table[(k, f)] for f in FATES)) for k in kinds)
          + f" | {sum(table.values())} |")
    for key, n in sorted(inner.items()):
        print(f"  {n:5d}  {key}")


def word_kind(token, rule_lemmas: set) -> str:
    """Which of ``WORD_KINDS`` a candidate cue word is (by its part of speech and lemma)."""
    if token.pos_ in ("VERB", "AUX"):
        return WORD_KINDS[0] if token.lemma_.lower() in rule_lemmas else WORD_KINDS[1]
    return WORD_KINDS[2] if token.pos_ in ("NOUN", "PROPN") else WORD_KINDS[3]


def kind_thresholds(scorer, check, model, way) -> None:
    """On the check part: the cue model's probabilities of the candidate words of each kind
    (``word_kind``), gold cue heads and not, by band; then the stage's combined output (vetoed,
    redrawn; before the edge step) with one kind's decoding threshold moved at a time."""
    from dateline.quotes.cue_table import CUE_TABLE
    from dateline.quotes.stage import narrated

    rule_lemmas = set().union(*CUE_TABLE.values())
    rated, bands = [], Counter()
    for ex in check:
        skip = decode_skip(ex.rules, way)
        probs = model.cue_probabilities(ex.view, skip, learned.rule_patterns(ex.doc, ex.rules))
        ruled = learned.rule_spans(ex.doc, ex.rules)
        words = [(i, p, word_kind(ex.doc[i], rule_lemmas)) for i, p in probs]
        rated.append((ex, skip, words, {i: p for i, p in probs if i in ruled}))
        for i, p, kind in words:
            bands[(kind, i in ex.cues, next(k for k, limit in enumerate(BANDS) if p < limit))] += 1
    names = [f"< {limit}" for limit in BANDS[:-1]] + [f">= {BANDS[-2]}"]
    print("| kind of word | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for kind in WORD_KINDS:
        print(f"| {kind}: gold cue heads / others | " + " | ".join(
            f"{bands[(kind, True, k)]} / {bands[(kind, False, k)]}" for k in range(len(names))) + " |")

    def scored(thresholds: dict) -> dict:
        outs = []
        for ex, skip, words, rule_probs in rated:
            cues = [(p, ex.doc[i]) for i, p, kind in words if p >= thresholds[kind]]
            spans = [(q.start, q.end) for q in ex.marks]
            found = [att for _, att in learned.predict(model, ex.doc, spans, cues=cues, rules=ex.rules, skip=skip)
                     if not narrated(ex.doc, att)]
            for att in found:
                att.parts = [(a, b) for a, b in spans if att.content[0] <= a and b <= att.content[1]]
            chosen = combine(ex.rules, found, way, vetoed(ex.doc, ex.rules, rule_probs))
            outs.append(train.as_triples(redrawn(ex.text, chosen, ex.marks)))
        return train.score(scorer, check, outs)

    same = {kind: model.threshold for kind in WORD_KINDS}
    print(f"all kinds {model.threshold}: {scored(same)}", flush=True)
    for kind in WORD_KINDS:
        for threshold in KIND_THRESHOLDS:
            print(f"{kind} {threshold}: {scored(dict(same, **{kind: threshold}))}", flush=True)


def words_between(doc, a: int, b: int) -> str:
    """How many tokens (punctuation included, space not) start in characters [a, b): "1", "2-4",
    "5+" (how far a predicted edge is from the gold one)."""
    n = sum(1 for t in doc if a <= t.idx < b and not t.is_space)
    return "1" if n <= 1 else "2-4" if n < 5 else "5+"


def stage_output(ex, model, way, method):
    """The attributions the stage outputs for ``ex`` with ``model`` (``stage.attributions_of``)."""
    if method == "rules":
        return redrawn(ex.text, ex.rules, ex.marks)
    skip = decode_skip(ex.rules, way if method == "combined" else None)
    probs = {}
    m = model_attributions(ex.doc, ex.marks, ex.rules, skip, model, model.threshold, probs)
    if method == "model":
        return redrawn(ex.text, sorted(m, key=lambda a: a.content), ex.marks)
    return redrawn(ex.text, combine(ex.rules, m, way, vetoed(ex.doc, ex.rules, probs)), ex.marks)


def cue_band(ex, att, probs) -> str:
    """How the cue model rates a missed gold attribution's cue head: not read (its lemma never
    headed a cue in the fit part), or its probability band."""
    cue = att.get("cue")
    head = learned.cue_head(ex.doc, cue["start"], cue["end"]) if cue else None
    if head is None:
        return "no cue head"
    if head.i not in probs:
        return "not read"
    p = probs[head.i]
    bands = ((0.05, "< 0.05"), (0.2, "< 0.2"), (0.5, "< 0.5"), (2.0, ">= 0.5"))
    return next(band for limit, band in bands if p < limit)


def att_cue(g, text):
    cue = g[2].get("cue")
    return cue["text"] if cue else None


if __name__ == "__main__":
    main()
