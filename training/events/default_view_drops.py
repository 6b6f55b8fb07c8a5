#!/usr/bin/env python3
"""What the events default view (calibrated confidence >= the shipped threshold) drops of the
events the patterns find, and why, on tune halves only: glocon_sample's tune half (evaluation
only: scored, never fitted on; its check half is not read) and the Wikinews labels' training
articles.

glocon: the sentences labelled contentious (protest, riot, strike, armed militancy) where the
patterns find a PROTEST or ASSAULT event (the most confident one stands for the sentence); it is
"kept" when one is shown, "dropped" when none is. Wikinews: the pattern events whose type is a
gold type of their sentence (right events), kept or dropped. Per group: the count by type,
pattern family, source / target found and coded, clause date and modality; the calibrator's terms
(the mean of weight x feature of each input of learned.event_features), so that the dropped
events' shortfall against the kept ones reads off term by term; and each dropped event's main
reason (``main_reason``: the term that falls furthest below the kept events' mean), with the
sentence model's preferred type where the reason is the type's low probability.

With ``--sets police``: every pattern PROTEST, ASSAULT or COERCE event (not only the most confident
one) of glocon's contentious tune sentences with a source or target of a security-force (COP, MIL,
SPY) or crowd sector (OPP, CVL, LAB, EDU, AGR, BUS), the twelfth session's count.

Usage: default_view_drops.py --shared ../shared [--model DIR] [--sets glocon,police,wikinews]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned, stage  # noqa: E402
import train  # noqa: E402  (training/events/train.py)

CONTENTIOUS = frozenset({"PROTEST", "ASSAULT"})
# learned.event_features' columns, in order
TERMS = ("bias", "pattern score", "source found", "target found", "event log-odds",
         "type log-prob", "companion", "clause date", "planned", "hypothetical", "negated",
         "requested", "support", "occurrence", "nominal", "source coded", "target coded",
         "quad 1", "quad 2", "quad 3", "interview")
# The terms read as one reason: the pattern family (verb is the baseline), the modality.
REASON_OF_TERM = {"support": "pattern family", "occurrence": "pattern family",
                  "nominal": "pattern family", "planned": "modality", "hypothetical": "modality",
                  "negated": "modality", "requested": "modality", "quad 1": "QuadClass",
                  "quad 2": "QuadClass", "quad 3": "QuadClass"}


def main_reason(features: np.ndarray, weights: np.ndarray, kept_mean: np.ndarray) -> str:
    """The calibrator term (``TERMS``, families and modalities read as one, ``REASON_OF_TERM``)
    whose contribution to the event's log-odds falls furthest below its mean over the kept
    events."""
    shortfall: dict[str, float] = {}
    for term, value in zip(TERMS, features * weights - kept_mean):
        reason = REASON_OF_TERM.get(term, term)
        shortfall[reason] = shortfall.get(reason, 0.0) + float(value)
    return min(shortfall, key=shortfall.__getitem__)


def drafts_of(text: str, published: str | None = None, actors: dict | None = None
              ) -> tuple[list, list]:
    """(the calibrated drafts with their features, no companions; the Document's events); with
    ``actors`` (a dict), the Document's actors' sectors by id are added to it."""
    stage.COLLECT = []
    try:
        doc = dateline.annotate(text, published=published, clean=False, format="text")
        collected = [(d, f) for d, f in stage.COLLECT if not d.companion]
    finally:
        stage.COLLECT = None
    if actors is not None:
        actors.update({a.id: a.sector for a in doc.actors})
    return collected, list(doc.events)


def summary(name: str, rows: list[tuple], weights: np.ndarray, threshold: float) -> None:
    """rows: (group, draft, features, the sentence model's preferred type)."""
    groups = sorted({r[0] for r in rows})
    print(f"\n== {name}: " + ", ".join(f"{g} {sum(r[0] == g for r in rows)}" for g in groups))

    def counts(label, key):
        print(f"  {label}:")
        for g in groups:
            c = Counter(key(d, f) for gg, d, f, _ in rows if gg == g)
            total = sum(c.values())
            print(f"    {g:<8} " + ", ".join(f"{k} {v} ({v / total:.0%})"
                                              for k, v in c.most_common(8)))
    counts("type", lambda d, f: d.type)
    counts("CAMEO code", lambda d, f: d.cameo)
    counts("family", lambda d, f: d.family)
    counts("source found / coded", lambda d, f: ("coded" if f[15] else "found")
           if f[2] else "none")
    counts("target found / coded", lambda d, f: ("coded" if f[16] else "found")
           if f[3] else "none")
    counts("clause date", lambda d, f: bool(f[7]))
    counts("modality", lambda d, f: d.modality)
    means = {g: np.mean([f * weights for gg, _, f, _ in rows if gg == g], axis=0)
             for g in groups}
    print("  calibrator terms (mean weight x feature): " + "  ".join(f"{g:>8}" for g in groups)
          + "   first - last")
    for i, term in enumerate(TERMS):
        cells = [means[g][i] for g in groups]
        print(f"    {term:<16}" + "".join(f"{c:>10.3f}" for c in cells)
              + f"   {cells[0] - cells[-1]:+.3f}")
    for g in groups:
        conf = [1 / (1 + np.exp(-f @ weights)) for gg, _, f, _ in rows if gg == g]
        print(f"  confidence {g}: " + ", ".join(f"{q}: {np.quantile(conf, q):.2f}"
                                                 for q in (0.1, 0.25, 0.5, 0.75, 0.9)))
    if "dropped" in groups and "kept" in groups:
        logit = np.log(threshold) - np.log(1 - threshold)
        dropped = [(d, f, p) for g, d, f, p in rows if g == "dropped"]
        gap = [logit - f @ weights for _, f, _ in dropped]
        print(f"  log-odds the dropped events lack to reach the threshold: median "
              f"{np.median(gap):.2f}; within 0.5: {sum(v <= 0.5 for v in gap)}, within 1: "
              f"{sum(v <= 1 for v in gap)} of {len(gap)}")
        reasons = Counter(main_reason(f, weights, means["kept"]) for _, f, _ in dropped)
        print("  main reason of each dropped event: " + ", ".join(
            f"{r} {n}" for r, n in reasons.most_common()))
        preferred = Counter(p for _, f, p in dropped
                            if main_reason(f, weights, means["kept"]) == "type log-prob")
        print("    the sentence model's type where the type's probability is the reason: "
              + ", ".join(f"{t} {n}" for t, n in preferred.most_common(8)))


def preferred_type(model, sent) -> str:
    probs = model.of_sentence(sent)
    return max(learned.LABELS, key=probs.__getitem__)


def contentious_tune_texts(shared: Path) -> list[str]:
    """The texts of glocon's tune-half sentences labelled contentious."""
    records = [r for r in train.read_jsonl(shared / "data" / "events" / "glocon_sample.jsonl")
               if r.get("orig_label") == 1 and train.half_of(r["id"].rsplit("_", 1)[0]) == "tune"]
    return [record["text"] or " " for record in records]


def sentence_of(parsed, draft):
    """The sentence of a parsed text that holds the draft's trigger (the whole text if none)."""
    return next((s for s in parsed.sents if s.start_char <= draft.trigger.start < s.end_char),
                parsed[:])


def glocon(shared: Path, weights, threshold, model, nlp) -> list[tuple]:
    rows = []
    for text in contentious_tune_texts(shared):
        collected, events = drafts_of(text)
        ours = [(d, f) for d, f in collected if d.type in CONTENTIOUS]
        if not ours:
            continue
        shown = any(e.type in CONTENTIOUS and e.confidence >= threshold for e in events)
        best = max(ours, key=lambda df: df[1] @ weights)
        rows.append(("kept" if shown else "dropped", best[0], best[1],
                     preferred_type(model, sentence_of(nlp(text), best[0]))))
    return rows


# The twelfth session's count (docs/events.md, "Twelfth session of 2026-12-06: police"): every
# pattern PROTEST, ASSAULT or COERCE event of glocon's contentious tune sentences with a party of a
# security-force or a crowd sector.
POLICE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
POLICE_OR_CROWD = frozenset({"COP", "MIL", "SPY", "OPP", "CVL", "LAB", "EDU", "AGR", "BUS"})


def police(shared: Path, weights, threshold, model, nlp) -> list[tuple]:
    rows = []
    for text in contentious_tune_texts(shared):
        sectors: dict = {}
        collected, _ = drafts_of(text, actors=sectors)
        parsed = None
        for draft, features in collected:
            if draft.type not in POLICE_TYPES or not any(
                    sectors.get(a) in POLICE_OR_CROWD for a in draft.sources + draft.targets):
                continue
            parsed = parsed or nlp(text)
            shown = 1 / (1 + np.exp(-features @ weights)) >= threshold
            rows.append(("kept" if shown else "dropped", draft, features,
                         preferred_type(model, sentence_of(parsed, draft))))
    return rows


def wikinews(weights, threshold, model, nlp) -> list[tuple]:
    labels = train.read_jsonl(train.LABELS_FILE)
    articles = {r["id"]: r for r in train.read_jsonl(train.ARTICLES_FILE)}
    tune, _ = train.label_split(labels)
    rows_by_article: dict[str, list] = {}
    for row in labels:
        rows_by_article.setdefault(row["article_id"], []).append(row)
    rows = []
    for article_id in sorted(tune):
        article = articles[article_id]
        collected, _ = drafts_of(article["text"], article["published"])
        for draft, features in collected:
            row = train.gold_sentence(rows_by_article, article_id, draft.trigger.start)
            if row is None or draft.type not in {e["type"] for e in row["events"]}:
                continue
            shown = 1 / (1 + np.exp(-features @ weights)) >= threshold
            rows.append(("kept" if shown else "dropped", draft, features,
                         preferred_type(model, nlp(row["text"]))))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--sets", default="glocon,wikinews")
    args = parser.parse_args(argv)
    learned.use_model_dir(args.model)
    model, calibrator = learned.load()
    weights, threshold = calibrator.weights, learned.default_threshold()
    nlp = nlp_module.load()
    print(f"threshold {threshold}")
    chosen = args.sets.split(",")
    if "glocon" in chosen:
        summary("glocon tune, contentious sentences with a pattern PROTEST/ASSAULT event "
                "(the most confident one)", glocon(args.shared, weights, threshold, model, nlp),
                weights, threshold)
    if "police" in chosen:
        summary("glocon tune, contentious sentences: every pattern PROTEST/ASSAULT/COERCE event "
                "with a security-force or crowd party", police(args.shared, weights, threshold,
                                                                model, nlp), weights, threshold)
    if "wikinews" in chosen:
        rows = wikinews(weights, threshold, model, nlp)
        summary("Wikinews training articles, right pattern events", rows, weights, threshold)
        summary("Wikinews training articles, right pattern PROTEST/ASSAULT events",
                [r for r in rows if r[1].type in CONTENTIOUS], weights, threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
