#!/usr/bin/env python3
"""Cross-validation of the events' sentence model inside its training data only: model selection
(L2 strength, epochs, the synthetic ledes' weight, hashing width, feature groups, frequency
cut-offs, the solver) by held-out numbers, never by a check half or an evaluation-only set.

Data: exactly what ``train.py`` trains on — the ledes of the ngec_synthetic stories of the tune
half (``train.ngec_examples``) and every sentence of the Wikinews labels' training articles
(``train.label_split``; the check and long-check articles are not read). Both are cut into
``--folds`` folds with a fixed seed: the synthetic stories one by one, the Wikinews sentences by
article, so that a held-out sentence's article never trains the model that scores it. Each
setting is fitted on k-1 folds and scored on the k-th, every fold in turn; the numbers are the
held-out predictions pooled over the folds:

- ``ll lede`` / ``ll wiki``: held-out log loss, -log P(gold label), on the ledes and on the
  Wikinews sentence labels (a sentence with two gold types counts twice, NONE is a label);
- ``lede acc``: the held-out ledes whose most likely PLOVER type (NONE aside) is the label
  (``benchmarks/events_types.py``'s "model top type right");
- ``lede>=.5``: held-out ledes given their label at P >= 0.5 (and ``lede>=c`` at each of
  ``CUTS``, the proposals' cuts, propose.py; ``any>=c``: the ledes with some type at P >= c, as many
  as could be proposed); ``wiki>=.5 P``: the share right of the held-out Wikinews sentences given
  some type at P >= 0.5 (n beside);
- ``wiki AUC``: event / no event on the held-out Wikinews sentences, scored by 1 - P(NONE).

The spaCy parses are done once: every sentence's feature strings (``learned.sentence_features``)
are cached under ``.cache/events-cv/`` (gitignored), keyed by the texts and the feature code
(learned.py, lexicon.py and the lexicon's data): the parse takes about 3 minutes, then each
setting 5-60 s per 5 folds (L-BFGS at a weak penalty is the slowest).

Settings (``--grid NAME`` runs one of ``GRIDS``, by default "default": the fit before the
thirteenth session and train.py's; ``--setting`` one setting over train.py's, as key=value pairs):
``solver`` (``adagrad``, the per-example Adagrad with an L2 term on the active columns that
train.py used until 2026-12-06, or ``lbfgs``, an L2-penalised softmax fitted by scipy's L-BFGS to
convergence, deterministic; ``train.fit_columns``), ``l2``, ``epochs``
(adagrad), ``syn`` (the synthetic ledes' loss weight), ``bits`` (hashing width 2^bits),
``drop`` (feature groups left out, ``+``-separated: words, pairs, root, neg, entities,
lexicon), ``min_df`` (columns seen in fewer training sentences are left at zero).

Usage: cv_sentence_model.py --shared ../shared [--folds 5] [--grid default|l2|syn|drop|...]
       [--setting solver=lbfgs,l2=1,syn=0.2] [--json FILE]
(needs scipy: ``pip install -e .[train]``)
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import train  # noqa: E402  (training/events/train.py: first, for its one-BLAS-thread setting)
import numpy as np  # noqa: E402

from dateline.events import learned  # noqa: E402

CACHE = ROOT / ".cache" / "events-cv"
CUTS = (0.3, 0.4, 0.5)  # the proposals' cuts on the top type's probability (propose.py)
FOLDS = 5
# Feature groups by their prefix in learned.sentence_features.
GROUPS = {"w": "words", "d": "pairs", "p": "pairs", "root": "root", "neg": "neg", "e": "entities",
          "lex": "lexicon", "lexroot": "lexicon"}
# The fit until the 2026-12-06 thirteenth session and the one train.py ships since.
BEFORE = {"solver": "adagrad", "l2": train.ADAGRAD_L2, "epochs": train.EPOCHS,
          "syn": train.SYNTHETIC_WEIGHT, "bits": 16, "drop": "", "min_df": 1}
CHOSEN = {**BEFORE, "solver": train.SOLVER, "l2": train.L2, "min_df": train.MIN_DF}


def group_of(feature: str) -> str:
    return GROUPS[feature.split("=", 1)[0]]


def _grid(base: dict, key: str, values) -> list[dict]:
    return [{**base, key: v} for v in values]


# The thirteenth session's grids: each varies one setting of BEFORE ("adagrad-") or of the L-BFGS
# fit; the others at penalty 3, the held-out log loss's optimum of the "l2" grid, as they were run.
AT_3 = {**CHOSEN, "solver": "lbfgs", "l2": 3.0}
GRIDS = {
    "default": [BEFORE, CHOSEN],
    "adagrad-l2": _grid(BEFORE, "l2", [1e-5, 1e-3, 1e-2, 3e-2, 1e-1]),
    "adagrad-epochs": _grid(BEFORE, "epochs", [1, 2, 4, 8]),
    "l2": _grid(AT_3, "l2", [0.1, 0.3, 1.0, 3.0, 10.0]),
    "syn": _grid(AT_3, "syn", [0.05, 0.1, 0.2, 0.5, 1.0]),
    "bits": _grid(AT_3, "bits", [14, 16, 18]),
    "drop": _grid(AT_3, "drop", ["", "words", "pairs", "root", "neg", "entities", "lexicon"]),
    "min_df": _grid(AT_3, "min_df", [1, 2, 3, 5]),
}


def cache_key(texts: list[str]) -> str:
    digest = hashlib.sha1()
    events = ROOT / "src" / "dateline" / "events"
    for path in [events / "learned.py", events / "lexicon.py",
                 *sorted((events / "data").rglob("*"))]:
        if path.is_file():
            digest.update(path.read_bytes())
    for text in texts:
        digest.update(text.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def features_of(texts: list[str]) -> list[list[str]]:
    """Every text's learned.sentence_features, parsed once and cached."""
    path = CACHE / f"features-{cache_key(texts)}.json.gz"
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return json.load(handle)
    from dateline import nlp as nlp_module
    nlp = nlp_module.load()
    out = [learned.sentence_features(doc) for doc in nlp.pipe(texts, batch_size=64)]
    CACHE.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(out, handle)
    return out


def lede_templates(shared: Path) -> list[str]:
    """The headline template (``title_template``) of each synthetic lede ``train.ngec_examples``
    gives (with no ``limit``), in its order."""
    return [r["title_template"] for r in train.ngec_rows(shared)]


def group_folds(groups: list, folds: int) -> np.ndarray:
    """Fold of each example when whole groups are held out together (groups shuffled, fixed
    seed, dealt round)."""
    names = sorted(set(groups))
    random.Random(train.SEED).shuffle(names)
    fold_of = {name: i % folds for i, name in enumerate(names)}
    return np.array([fold_of[g] for g in groups], dtype=int)


def load_data(shared: Path, folds: int, by_template: bool = False) -> dict:
    """The training examples (ledes first), their features, labels and folds. ``by_template``:
    the ledes are held out by headline template rather than story by story (``--by-template``)."""
    synthetic = train.ngec_examples(shared, None)
    labels = train.read_jsonl(train.LABELS_FILE)
    train_ids, _ = train.label_split(labels)
    wiki = train.wikinews_examples(labels, train_ids)
    texts = [t for t, _ in synthetic] + [t for t, _, _ in wiki]
    features = features_of(texts)
    # folds: synthetic stories one by one (or by template), Wikinews sentences by article
    # (fixed seed)
    fold = np.zeros(len(texts), dtype=int)
    if by_template:
        fold[:len(synthetic)] = group_folds(lede_templates(shared), folds)
    else:
        order = list(range(len(synthetic)))
        random.Random(train.SEED).shuffle(order)
        for rank, i in enumerate(order):
            fold[i] = rank % folds
    articles = sorted({a for _, _, a in wiki})
    random.Random(train.SEED).shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    for j, (_, _, article) in enumerate(wiki):
        fold[len(synthetic) + j] = fold_of[article]
    return {"features": features, "texts": texts,
            "labels": np.array([learned.LABELS.index(label) for _, label in synthetic]
                               + [learned.LABELS.index(label) for _, label, _ in wiki]),
            "synthetic": len(synthetic), "fold": fold, "articles": len(articles)}


def columns_of(features: list[list[str]], bits: int, drop: set[str]) -> list[np.ndarray]:
    width = 1 << bits
    return [np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) % width for f in feats
                                   if group_of(f) not in drop), dtype=np.int64))
            for feats in features]


def fit(setting: dict, columns: list[np.ndarray], labels: np.ndarray,
        synthetic_mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit one setting on the given examples (``columns`` already hashed, groups dropped) as
    train.py fits the shipped model (``train.fit_columns``, ``train.example_weights``)."""
    return train.fit_columns(columns, labels,
                             train.example_weights(labels, synthetic_mask, setting["syn"]),
                             solver=setting["solver"], l2=setting["l2"],
                             epochs=setting["epochs"], min_df=setting["min_df"],
                             width=1 << setting["bits"])


def auc(scores: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve (ties half), by ranks."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):  # average ranks of ties
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = positive.sum()
    neg = len(positive) - pos
    return float((ranks[positive].sum() - pos * (pos + 1) / 2) / (pos * neg))


def evaluate(setting: dict, data: dict, folds: int) -> dict:
    """Held-out numbers of one setting, pooled over the folds."""
    setting = {**CHOSEN, **setting}
    drop = {g for g in setting["drop"].split("+") if g}
    columns = columns_of(data["features"], setting["bits"], drop)
    labels, fold = data["labels"], data["fold"]
    synthetic_mask = np.arange(len(labels)) < data["synthetic"]
    probs = np.zeros((len(labels), len(learned.LABELS)))
    started = time.time()
    for k in range(folds):
        held = fold == k
        keep = np.flatnonzero(~held)
        weights, bias = fit(setting, [columns[i] for i in keep], labels[keep],
                            synthetic_mask[keep])
        for i in np.flatnonzero(held):
            probs[i] = learned.softmax(weights[columns[i]].sum(axis=0) + bias)
    gold = probs[np.arange(len(labels)), labels]
    lede, wiki = synthetic_mask, ~synthetic_mask
    top_type = probs[:, :-1].argmax(axis=1)
    # Wikinews per sentence (a sentence's label rows are consecutive and share its text)
    texts = data["texts"]
    sentence_event, sentence_score, sentence_top, sentence_types = [], [], [], []
    j = data["synthetic"]
    while j < len(labels):
        end = j
        while end + 1 < len(labels) and texts[end + 1] == texts[j]:
            end += 1
        rows = labels[j:end + 1]
        sentence_event.append(bool((rows != len(learned.TYPES)).any()))
        sentence_score.append(1.0 - probs[j, -1])
        sentence_top.append((probs[j, :-1].max(), probs[j, :-1].argmax()))
        sentence_types.append(set(rows.tolist()))
        j = end + 1
    sentence_event = np.array(sentence_event)
    confident = [(t in types) for (p, t), types in zip(sentence_top, sentence_types) if p >= 0.5]
    top_p = probs[lede, :-1].max(axis=1)
    at_cut = {f"lede>={c:g}": round(float(((top_type[lede] == labels[lede]) & (top_p >= c)).mean()), 4)
              for c in CUTS}
    at_cut.update({f"any>={c:g}": round(float((top_p >= c).mean()), 4) for c in CUTS})
    return {
        "ll lede": round(float(-np.log(np.maximum(gold[lede], 1e-12)).mean()), 4),
        "ll wiki": round(float(-np.log(np.maximum(gold[wiki], 1e-12)).mean()), 4),
        "lede acc": round(float((top_type[lede] == labels[lede]).mean()), 4),
        "lede>=.5": round(float(((top_type[lede] == labels[lede])
                                 & (probs[lede, :-1].max(axis=1) >= 0.5)).mean()), 4),
        "wiki AUC": round(auc(np.array(sentence_score), sentence_event), 4),
        "wiki>=.5 P": round(float(np.mean(confident)), 4) if confident else None,
        "wiki>=.5 n": len(confident),
        **at_cut,
        "seconds": round(time.time() - started, 1),
    }


def describe(setting: dict) -> str:
    setting = {**CHOSEN, **setting}
    parts = [setting["solver"], f"l2={setting['l2']:g}"]
    if setting["solver"] == "adagrad":
        parts.append(f"epochs={setting['epochs']}")
    parts += [f"syn={setting['syn']:g}", f"bits={setting['bits']}"]
    if setting["drop"]:
        parts.append(f"drop={setting['drop']}")
    if setting["min_df"] > 1:
        parts.append(f"min_df={setting['min_df']}")
    return " ".join(parts)


def parse_setting(text: str) -> dict:
    out = {}
    for pair in text.split(","):
        key, value = pair.split("=", 1)
        kind = type(BEFORE[key])
        out[key] = kind(value) if kind is not str else value
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--grid", action="append", default=[], choices=sorted(GRIDS),
                        help="a named grid of settings (repeatable)")
    parser.add_argument("--setting", action="append", default=[],
                        help="one setting as key=value,... over the shipped one, train.py's "
                             f"(keys: {', '.join(BEFORE)})")
    parser.add_argument("--json", type=Path, default=None, help="append each result here")
    parser.add_argument("--by-template", action="store_true",
                        help="hold the ledes out by headline template, not story by story: "
                             "each of the synthetic set's 332 templates gave about 13 stories, "
                             "and both halves hold every template")
    args = parser.parse_args(argv)
    settings = [s for name in args.grid for s in GRIDS[name]]
    settings += [parse_setting(s) for s in args.setting]
    if not settings:
        settings = GRIDS["default"]
    started = time.time()
    data = load_data(args.shared, args.folds, args.by_template)
    print(f"{data['synthetic']} ledes, {len(data['labels']) - data['synthetic']} Wikinews sentence "
          f"labels of {data['articles']} articles, {args.folds} folds"
          f"{' (ledes by template)' if args.by_template else ''} "
          f"(features in {time.time() - started:.0f} s)")
    keys = ("ll lede", "ll wiki", "lede acc", "lede>=.5", "wiki AUC", "wiki>=.5 P", "wiki>=.5 n",
            *(f"lede>={c:g}" for c in CUTS), *(f"any>={c:g}" for c in CUTS))
    print(f"{'setting':<48}" + "".join(f"{k:>11}" for k in keys))
    for setting in settings:
        result = evaluate(setting, data, args.folds)
        print(f"{describe(setting):<48}" + "".join(f"{str(result[k]):>11}" for k in keys)
              + f"  ({result['seconds']} s)", flush=True)
        if args.json:
            with open(args.json, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"setting": {**CHOSEN, **setting}, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
