#!/usr/bin/env python3
"""Train the plain-text line classifier (src/dateline/ingest/model/line_classifier.json).

Data: the tune half of ``SHARED/data/extraction/scrapinghub`` only — the one extraction set whose
licence allows training (MIT, see its README); l3s-gn1, dragnet, cleanportaleval and
mozilla-readability are evaluation only and are never read here. Each page is used in two
renderings: the given full-page text (html-text output) and the page's HTML flattened to text the
way a scraper does (benchmarks/extract_sets.flatten). The check half is never read for training.

Labels: a line is article text when its words appear in the gold body (the whole line as a run of
words, or at least half of its word 4-grams for a line the gold edited). Each line weighs its share
of the page's words, so every page counts the same (the scorer averages over pages).

Model: logistic regression on standardised features (line_model.FEATURE_NAMES), L2-regularised,
full-batch gradient descent with a fixed number of steps: deterministic, no seed needed.

meta.json gets the dev scores measured here, after fitting: plain-text body F1 on the ScrapingHub
check half (never read for training), with the new model and without it (``dev_scores``).

Usage: train.py --shared ../shared [--out src/dateline/ingest/model]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from dateline.ingest.body import select_body  # noqa: E402
from dateline.ingest.encoding import repair  # noqa: E402
from dateline.ingest.line_model import FEATURE_NAMES, features  # noqa: E402
from dateline.ingest.lines import tag_lines, text_lines  # noqa: E402

_WORD = re.compile(r"\w+")
L2 = 1e-3          # regularisation
STEPS = 3000
RATE = 0.5


def page_lines(text: str):
    # the lines clean_text reads, pieces a scraper cut put together again (lines.text_lines)
    repaired, _ = repair(text)
    lines = text_lines(repaired)
    tag_lines(lines)
    inside = select_body(lines) if lines else set()
    return lines, inside


def labels(lines, gold: str) -> list[float]:
    gold_words = _WORD.findall(gold.lower())
    joined = " " + " ".join(gold_words) + " "
    grams = {tuple(gold_words[i:i + 4]) for i in range(len(gold_words) - 3)}
    out = []
    for line in lines:
        words = line.key.split()
        if not words:
            out.append(0.0)
            continue
        if " " + line.key + " " in joined:
            out.append(1.0)
            continue
        own = [tuple(words[i:i + 4]) for i in range(len(words) - 3)]
        out.append(1.0 if own and sum(g in grams for g in own) >= 0.5 * len(own) else 0.0)
    return out


def scrapinghub_half(shared: Path, half: str) -> tuple[list[dict], dict[str, str]]:
    """The ScrapingHub pages of one half, and the given html-text rendering of each page by id."""
    from common import read_jsonl
    from extract_sets import load_sets

    pages = [p for p in load_sets(shared, only=["scrapinghub"])["scrapinghub"] if p["half"] == half]
    given = {row["id"]: row["text"] for row in read_jsonl(
        shared / "data" / "extraction" / "scrapinghub" / "plaintext.jsonl")}
    return pages, given


def examples(shared: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    from extract_sets import flatten

    pages, given = scrapinghub_half(shared, "tune")
    xs, ys, ws, groups = [], [], [], []
    for number, page in enumerate(pages):
        for text in (given.get(page["id"], ""), flatten(page["html_text"])):
            lines, inside = page_lines(text)
            if not lines:
                continue
            rows = features(lines, inside)
            total = sum(max(line.words, 1.0) for line in lines if line.kind is None) or 1.0
            for line, row, label in zip(lines, rows, labels(lines, page["body"])):
                if line.kind is not None:      # the rules decide tagged lines
                    continue
                xs.append(row)
                ys.append(label)
                ws.append(max(line.words, 1.0) / total)
                groups.append(number)
    return np.array(xs), np.array(ys), np.array(ws), groups


def dev_scores(shared: Path, model: dict) -> dict:
    """Plain-text body F1 on the ScrapingHub check half (never read above), both renderings, with
    the new model correcting the stretch and without it: measured here, by the project's scorer."""
    from extract_sets import f1_of, flatten, scorer

    from dateline.ingest import clean

    score_page = scorer(shared)
    pages, given = scrapinghub_half(shared, "check")
    renderings = {"given": [(p, given.get(p["id"], "")) for p in pages],
                  "flat": [(p, flatten(p["html_text"])) for p in pages]}
    shipped = clean.load_model
    clean.load_model = lambda: model   # the model just fitted, not the one on disk
    try:
        out = {"source": "training/ingest/train.py: plain-text body F1 (extraction_f1.py) on the "
                         f"scrapinghub check half ({len(pages)} pages), model on / off", "measured": dt.date.today().isoformat()}
        for name, items in renderings.items():
            for label, off in (("on", frozenset()), ("off", frozenset({"line-model"}))):
                pairs = [score_page(p["body"], clean.clean_text(text, off).text) for p, text in items]
                out[f"scrapinghub-{name}_{label}"] = round(f1_of(pairs), 4)
    finally:
        clean.load_model = shipped
    return out


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    w = w / w.sum()
    coef, bias = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ coef + bias)))
        error = (p - y) * w
        coef -= RATE * (x.T @ error + L2 * coef)
        bias -= RATE * error.sum()
    return coef, bias


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "ingest" / "model")
    args = parser.parse_args(argv)
    x, y, w, groups = examples(args.shared)
    # a feature that stands down (NaN: line_model's stop-word share on a page in a language with no
    # list) is the training mean, as line_model.probabilities reads it
    mean, scale = np.nanmean(x, axis=0), np.nanstd(x, axis=0)
    x = np.where(np.isnan(x), mean, x)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    # 5-fold cross-validation by page: weighted accuracy at 0.5, reported in meta.json
    folds = np.array(groups) % 5
    hits = 0.0
    for k in range(5):
        coef, bias = fit(z[folds != k], y[folds != k], w[folds != k])
        p = 1.0 / (1.0 + np.exp(-(z[folds == k] @ coef + bias)))
        hits += float(((p >= 0.5) == (y[folds == k] == 1)) @ w[folds == k])
    accuracy = hits / w.sum()
    rules = float(((x[:, FEATURE_NAMES.index("inside")] == 1) == (y == 1)) @ w / w.sum())
    coef, bias = fit(z, y, w)
    args.out.mkdir(parents=True, exist_ok=True)
    model = {"features": FEATURE_NAMES, "mean": [round(v, 6) for v in mean.tolist()],
             "scale": [round(v, 6) for v in scale.tolist()], "weights": [round(v, 6) for v in coef.tolist()],
             "bias": round(float(bias), 6)}
    (args.out / "line_classifier.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    meta = {"component": "plain-text line classifier (logistic regression)",
            "trained": dt.date.today().isoformat(),
            "data": "scrapinghub tune half (fixed split, benchmarks/extract_sets.half): given html-text "
                    "renderings and HTML flattened in the benchmark; untagged lines only",
            "licence_of_data": "MIT (Scrapinghub article-extraction-benchmark)",
            "lines": int(len(y)), "pages": len(set(groups)), "positive_share": round(float(y @ w / w.sum()), 3),
            "cv5_weighted_accuracy": round(accuracy, 4),
            "rules_alone_weighted_accuracy": round(rules, 4),
            "rebuild": "python training/ingest/train.py --shared ../shared"}
    meta["dev_scores"] = dev_scores(args.shared, model)
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1))
    for name, value in sorted(zip(FEATURE_NAMES, coef), key=lambda t: -abs(t[1])):
        print(f"{name:<20} {value:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
