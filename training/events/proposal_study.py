#!/usr/bin/env python3
"""When the sentence model should propose an event (propose.py): the 2026-12-05 second session's
study, rerun. Thresholds on the model's probability of its top type (NONE aside): one for a
sentence where the patterns found no event, one for a sentence where they found events of other
types (an event beside theirs); a threshold for its second type (or none); and a cap on the
events of a sentence (patterns' and proposals') beyond which nothing is proposed.

Scored on tune data only, with a sentence model that never saw it (trained as ``train.py`` on four
fifths of the synthetic ledes' tune half and the Wikinews training articles): the left-out fifth of
the tune ledes (gold type among the events, events a lede) and the tune half of
conflibert_pentaclass (evaluation only, never trained on: the class of the most confident event,
a proposal counting only where the patterns found none, since its confidence is capped below
theirs). Since the 2026-12-05 third session also the Wikinews training articles (the labels' tune
half), out of fold as ``train.py`` calibrates the proposals: two article folds, each scored by a
sentence model trained on the other fold and the four fifths of the ledes; the proposals made at
the lowest cuts are kept with their probability, rank and whether the patterns found an event in
the sentence, and each setting counts those it would make (right: a gold event of the sentence
has the type) beside the patterns' events, for the every-event precision on real news (the cap
of events a sentence is not applied there). Since the 2026-12-06 fourteenth session also the tune
half of glocon_sample (evaluation only, never trained on: a PROTEST or ASSAULT among the patterns'
events, companions aside, or the simulated proposals: the every-event F1 bench_events prints), and
finer grids (0.35 for the top type, 0.25 for the second). The patterns' events are the default pipeline's with no proposals; a simulated proposal
counts as made (the real proposer can still find no trigger or its draft be dropped), so the
numbers are an upper bound read as a comparison between settings; benchmarks/events_types.py and
bench_events.py measure the chosen setting.

The decision (``choose``, since the 2026-12-06 fifteenth session) reads only data the project may
fit on: the held-out fifth of the ledes' tune half and the Wikinews training articles. Among the
settings without a cap (the proposer has none) that keep under 2 events a lede (the hidden PLOVER
records' limit) and the Wikinews every-event precision within ``PRECISION_SLACK`` of the shipped
setting's, the most ledes' types found; ties to the higher Wikinews precision. conflibert and
glocon (evaluation only, ../shared/data/events/README.md) are printed beside each setting as
"reported, not used": they decide nothing.

Since the 2026-12-07 sixteenth session the study also decides ``propose.MIN_ALONE`` (the lone
proposal of a document where nothing else was found, chosen on conflibert's tune half in the
2026-12-05 third session, which it may not be) and tries a cut of its own for single types. The
lone proposal fires in a document with no event: on the ledes (one sentence each) it is
simulated like the other proposals; on real news it is measured on the Wikinews training
sentences, out of fold, each taken as a document of its own (as the hidden sets' records and
conflibert's sentences are): where the patterns drafted nothing and the setting proposes nothing,
the sentence's top type from the cut, drafted by the stage (no trigger or a dropped draft: none),
right when a gold event of the sentence has its type. Its precision, "sentences as documents",
adds these lone proposals to the articles' every-event counts, and the rule keeps it too within
``PRECISION_SLACK`` of the shipped setting's. A type's own cut (``TYPE_CUTS``, below the chosen
setting's top-type cuts) is then added one type at a time while the rule admits it and it ranks
above (``improve``).

Usage: proposal_study.py --shared ../shared
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import dateline  # noqa: E402
from dateline import nlp as nlp_module  # noqa: E402
from dateline.events import learned, propose  # noqa: E402
from dateline.events.codes import lookup  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from events_sets import COMPANION_CONFIDENCE, CONTENTIOUS, half_of, pentaclass_of_code  # noqa: E402
import train  # noqa: E402  (training/events/train.py)

EMPTY = (0.3, 0.35, 0.4, 0.5)
BESIDE = (0.3, 0.35, 0.4, 0.5, 0.6)
SECOND = (None, 0.2, 0.25, 0.3)  # the second most likely type too, from this probability
# a document's only event (propose.MIN_ALONE): the top type of a document where neither the
# patterns nor the cuts above found any, from this probability (None: never)
ALONE = (None, 0.0, 0.1, 0.15, 0.2, 0.25, 0.3)
# a cut of its own for one type as the top type (propose.MIN_TYPE), tried below the chosen
# setting's, one type at a time (``improve``)
TYPE_CUTS = (0.2, 0.25, 0.3, 0.35)
CAPS = (2, 99)
NO_CAP = 99
# (empty, beside, second, alone) and the types' own cuts as propose.py has them
SHIPPED = (propose.MIN_PROBABILITY, propose.MIN_BESIDE, propose.MIN_SECOND, propose.MIN_ALONE)
SHIPPED_TYPES = tuple(sorted(propose.MIN_TYPE.items()))
PRECISION_SLACK = 0.01  # Wikinews every-event precision a choice may give up against SHIPPED
MAX_EVENTS_A_LEDE = 2.0
TYPE_OF_CODE = {code: label for label, code in propose.TYPE_CODES.items()}


def _cuts() -> tuple:
    return (propose.MIN_PROBABILITY, propose.MIN_BESIDE, propose.MIN_SECOND, propose.MIN_ALONE,
            propose.MIN_TYPE)


def _set_cuts(cuts: tuple) -> None:
    (propose.MIN_PROBABILITY, propose.MIN_BESIDE, propose.MIN_SECOND, propose.MIN_ALONE,
     propose.MIN_TYPE) = cuts


@contextmanager
def proposer_off():
    """The proposer's cuts beyond any probability, each type's own cut too."""
    saved = _cuts()
    propose.MIN_PROBABILITY = propose.MIN_BESIDE = propose.MIN_SECOND = propose.MIN_ALONE = 2.0
    propose.MIN_TYPE = {}
    try:
        yield
    finally:
        _set_cuts(saved)


def pattern_events(texts: list[str]) -> list[list]:
    """Each text's events with the proposer off."""
    with proposer_off():
        documents = [dateline.extract(t, clean=False, id=str(i), format="text")
                     for i, t in enumerate(texts)]
        return [list(d.events) for d in Pipeline().run(documents)]


def proposed(probs: np.ndarray, events: list, empty: float, beside: float, cap: int,
             second: float | None = None, types: tuple = ()) -> list[str]:
    """The simulated proposals' types for one sentence."""
    ranked = np.argsort(-probs[:len(learned.TYPES)])
    present = {t for e in events for t in (e.type, getattr(e, "intended", None)) if t}
    out = []
    top = learned.TYPES[ranked[0]]
    for rank, cut in ((0, propose.top_cut(top, beside if events else empty, dict(types))), (1, second)):
        label = learned.TYPES[ranked[rank]]
        if cut is None or probs[ranked[rank]] < cut or label in present:
            continue
        if len(events) + len(out) < cap:
            out.append(label)
    return out


def alone(probs: np.ndarray, events: list, labels: list[str], cut: float | None) -> list[str]:
    """The simulated lone proposal of a one-sentence document (propose._alone): its top type when
    neither the patterns nor the other cuts found an event and the type reaches ``cut``."""
    if cut is None or events or labels:
        return []
    top = int(np.argmax(probs[:len(learned.TYPES)]))
    return [learned.TYPES[top]] if probs[top] >= cut else []


def wikinews_out_of_fold(nlp, labels, lede_examples, lede_columns):
    """(pattern events, right, proposals, lone) on the Wikinews training articles, each fold's
    articles run with a sentence model that did not see them; proposals are (probability, rank,
    beside, right, sentence, type), made at the lowest cuts of the study; lone, for each labelled
    sentence where the patterns drafted nothing, (sentence, the top type's probability, drafts of
    a proposal of it, right ones): what ``propose._alone`` would give the sentence were it a
    document of its own, as the hidden sets' records and conflibert's sentences are."""
    articles = {r["id"]: r for r in train.read_jsonl(train.ARTICLES_FILE)}
    train_ids, _ = train.label_split(labels)
    rows_by_article: dict[str, list] = {}
    for row in labels:
        rows_by_article.setdefault(row["article_id"], []).append(row)
    wiki = train.wikinews_examples(labels, train_ids)
    wiki_columns = train.featurize(nlp, [t for t, _, _ in wiki])
    made: list = []
    lone: list = []
    current: list[str] = []  # the article being run
    original = propose.proposals

    def recording(drafts, sentences, probs, make):
        present: dict[int, set[str]] = {}
        for draft in drafts:
            present.setdefault(draft.sentence, set()).update(
                t for t in (draft.type, draft.intended) if t)
        model = learned.load()[0]
        for number, sentence_probs in probs.items():
            row = train.gold_sentence(rows_by_article, current[0], sentences[number].start_char)
            if row is None or present.get(number):
                continue
            label = max(learned.TYPES, key=sentence_probs.__getitem__)
            token = propose.trigger_of(model, sentences[number], label)
            drafted = [] if token is None else \
                [d for d in make(propose.candidate_of(token, label), number) if not d.companion]
            gold = {e["type"] for e in row["events"]}
            lone.append(((current[0], number), sentence_probs[label], len(drafted),
                         sum(d.type in gold for d in drafted)))
        def make_recorded(candidate, number):
            label = TYPE_OF_CODE[candidate.entry.cameo]  # the type proposed (a draft's may differ)
            ranked = sorted(learned.TYPES, key=probs[number].__getitem__, reverse=True)
            out = make(candidate, number)
            made.extend((draft, probs[number][label], ranked.index(label),
                         bool(present.get(number)), label) for draft in out)
            return out

        return original(drafts, sentences, probs, make_recorded)

    saved = _cuts()
    propose.MIN_ALONE = 2.0  # the lone proposal of an eventless document: simulated apart
    propose.MIN_PROBABILITY = propose.MIN_BESIDE = min(EMPTY + BESIDE + TYPE_CUTS)
    propose.MIN_TYPE = {}
    propose.MIN_SECOND = min(s for s in SECOND if s is not None)
    propose.proposals = recording
    n_pattern = n_right = 0
    proposals = []
    try:
        for held in train.split_articles(train_ids):
            keep = [i for i, (_, _, a) in enumerate(wiki) if a not in held]
            examples = lede_examples + [(None, wiki[i][1]) for i in keep]
            weights, bias = train.fit_sentence_model(
                examples, lede_columns + [wiki_columns[i] for i in keep], train.EPOCHS,
                len(lede_examples), train.SYNTHETIC_WEIGHT)
            for article_id in sorted(held):
                made.clear()
                current[:] = [article_id]
                _, y, _ = train.collect_calibration(learned.SentenceModel(weights, bias),
                                                    {article_id}, articles, rows_by_article)
                n_pattern += len(y)
                n_right += int(y.sum())
                for draft, probability, rank, beside, label in made:
                    row = train.gold_sentence(rows_by_article, article_id, draft.trigger.start)
                    if row is not None and not draft.companion:
                        right = draft.type in {e["type"] for e in row["events"]}
                        proposals.append((probability, rank, beside, right,
                                          (article_id, draft.sentence), label))
    finally:
        propose.proposals = original
        _set_cuts(saved)
    return n_pattern, n_right, proposals, lone


def wikinews_passing(proposals, empty: float, beside: float, second: float | None,
                     types: tuple = ()) -> list:
    """The recorded Wikinews proposals a setting makes."""
    return [p for p in proposals
            if (p[1] == 0 and p[0] >= propose.top_cut(p[5], beside if p[2] else empty, dict(types)))
            or (p[1] == 1 and second is not None and p[0] >= second)]


def wikinews_made(proposals, empty: float, beside: float, second: float | None,
                  types: tuple = ()):
    """(proposals made, right) of a setting among the recorded Wikinews proposals."""
    made = [p[3] for p in wikinews_passing(proposals, empty, beside, second, types)]
    return len(made), sum(made)


def wikinews_lone(lone, proposals, empty: float, beside: float, second: float | None,
                  cut: float | None, types: tuple = ()):
    """(lone proposals made, right) of a setting on the Wikinews training sentences, each a
    document of its own: in a sentence where the patterns drafted nothing and the setting
    proposes nothing, its top type from ``cut``."""
    if cut is None:
        return 0, 0
    busy = {p[4] for p in wikinews_passing(proposals, empty, beside, second, types)}
    made = [(n, right) for sentence, probability, n, right in lone
            if probability >= cut and sentence not in busy]
    return sum(n for n, _ in made), sum(right for _, right in made)


def choose(rows: list[dict]) -> dict:
    """The setting the study picks, from licence-allowed data only: each row holds ``cap``,
    ``empty``, ``beside``, ``second``, ``alone``, ``ledes`` (type found), ``events`` (a lede),
    ``precision`` (Wikinews every event, articles) and ``sentences`` (Wikinews every event, each
    sentence a document of its own, where a lone proposal can fire); any other key (conflibert,
    glocon) is not read. Both precisions must stay within PRECISION_SLACK of the shipped
    setting's."""
    rows = [_trainable(r) for r in rows]
    shipped = next(r for r in rows if r["cap"] == NO_CAP and r["types"] == SHIPPED_TYPES and
                   (r["empty"], r["beside"], r["second"], r["alone"]) == SHIPPED)
    return max(_admissible(rows, shipped), key=_rank)


def improve(current: dict, options: list[dict], shipped: dict) -> dict | None:
    """The best of ``options`` (``current`` with one more type's own cut) that the rule of
    ``choose`` admits against ``shipped`` and that ranks above ``current``; None when none does."""
    current, shipped = _trainable(current), _trainable(shipped)
    better = [r for r in _admissible([_trainable(o) for o in options], shipped)
              if _rank(r) > _rank(current)]
    return max(better, key=_rank, default=None)


TRAINABLE = ("cap", "empty", "beside", "second", "alone", "types", "ledes", "events",
             "precision", "sentences")


def _trainable(row: dict) -> dict:
    """A row's keys the rule may read (``types`` empty when the row has none)."""
    return {k: row.get(k, ()) if k == "types" else row[k] for k in TRAINABLE}


def _admissible(rows: list[dict], shipped: dict) -> list[dict]:
    return [r for r in rows if r["cap"] == NO_CAP and r["events"] < MAX_EVENTS_A_LEDE
            and r["precision"] >= shipped["precision"] - PRECISION_SLACK
            and r["sentences"] >= shipped["sentences"] - PRECISION_SLACK]


def _rank(row: dict) -> tuple:
    return round(row["ledes"], 3), round(row["precision"], 3), round(row["sentences"], 3)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    events_dir = args.shared / "data" / "events"
    ledes = [(train.lede(r["text"]), r["event"])
             for r in train.read_jsonl(events_dir / "ngec_synthetic.jsonl")
             if r["event"] in learned.TYPES and train.half_of(r["id"]) == "tune"]
    order = list(range(len(ledes)))
    random.Random(train.SEED).shuffle(order)
    held, kept = sorted(order[:len(ledes) // 5]), sorted(order[len(ledes) // 5:])
    conf = [r for r in train.read_jsonl(events_dir / "conflibert_pentaclass.jsonl")
            if train.half_of(r["id"]) == "tune"]
    labels = train.read_jsonl(train.LABELS_FILE)
    train_ids, _ = train.label_split(labels)
    examples = [(None, ledes[i][1]) for i in kept]
    wiki = train.wikinews_examples(labels, train_ids)
    examples += [(None, label) for _, label, _ in wiki]
    nlp = nlp_module.load()
    columns = train.featurize(nlp, [ledes[i][0] for i in kept] + [t for t, _, _ in wiki])
    weights, bias = train.fit_sentence_model(examples, columns, train.EPOCHS, len(kept),
                                             train.SYNTHETIC_WEIGHT)

    def probabilities(texts):
        return [learned.softmax(weights[c].sum(axis=0) + bias) for c in train.featurize(nlp, texts)]

    n_pattern, n_right, wiki_proposals, wiki_lone = wikinews_out_of_fold(
        nlp, labels, examples[:len(kept)], columns[:len(kept)])
    print(f"Wikinews training articles, out of fold: {n_pattern} pattern events, {n_right} right; "
          f"{len(wiki_proposals)} proposals at the lowest cuts; {len(wiki_lone)} labelled "
          f"sentences where the patterns drafted nothing", flush=True)
    lede_texts = [ledes[i][0] for i in held]
    lede_events, lede_probs = pattern_events(lede_texts), probabilities(lede_texts)
    conf_texts = [r["text"] for r in conf]
    conf_events, conf_probs = pattern_events(conf_texts), probabilities(conf_texts)
    glocon = [r for r in train.read_jsonl(events_dir / "glocon_sample.jsonl")
              if r.get("orig_label") in (0, 1) and half_of(r["id"].rsplit("_", 1)[0]) == "tune"]
    glocon_texts = [r["text"] or " " for r in glocon]
    glocon_events, glocon_probs = pattern_events(glocon_texts), probabilities(glocon_texts)
    by_type = {t: pentaclass_of_code(c, lookup(c).quad_class if lookup(c) else None)
               for t, c in propose.TYPE_CODES.items()}
    empty_share = np.mean([not e for e in lede_events])
    print(f"{len(held)} held-out tune ledes ({empty_share:.3f} with no pattern event), "
          f"{len(conf)} conflibert tune sentences")

    def evaluate(cap, empty, beside, second, cut, types=()) -> dict:
        found = n_events = 0
        for (_, gold), events, probs in zip([ledes[i] for i in held], lede_events,
                                            lede_probs):
            labels = proposed(probs, events, empty, beside, cap, second, types)
            labels += alone(probs, events, labels, cut)
            found += gold in {e.type for e in events} | set(labels)
            n_events += len(events) + len(labels)
        right = 0
        for record, events, probs in zip(conf, conf_events, conf_probs):
            best = max(events, key=lambda e: e.confidence, default=None)
            if best is not None:
                got = pentaclass_of_code(best.cameo, best.quad_class)
            else:
                labels = proposed(probs, events, empty, beside, cap, types=types)
                labels += alone(probs, events, labels, cut)
                got = by_type[labels[0]] if labels else 0
            right += got == record["pentaclass"]
        tp = fp = fn = 0
        for record, events, probs in zip(glocon, glocon_events, glocon_probs):
            labels = proposed(probs, events, empty, beside, cap, second, types)
            labels += alone(probs, events, labels, cut)
            said = any(e.type in CONTENTIOUS and e.confidence > COMPANION_CONFIDENCE
                       for e in events) or any(t in CONTENTIOUS for t in labels)
            gold = record["orig_label"] == 1
            tp, fp, fn = tp + (said and gold), fp + (said and not gold), fn + (gold and not said)
        made, made_right = wikinews_made(wiki_proposals, empty, beside, second, types)
        lone, lone_right = wikinews_lone(wiki_lone, wiki_proposals, empty, beside, second, cut,
                                         types)
        row = {"cap": cap, "empty": empty, "beside": beside, "second": second, "alone": cut,
               "types": types, "ledes": found / len(held), "events": n_events / len(held),
               "precision": (n_right + made_right) / (n_pattern + made),
               "sentences": (n_right + made_right + lone_right) / (n_pattern + made + lone),
               "conflibert": right / len(conf),
               "glocon": 2 * tp / (2 * tp + fp + fn) if tp else 0.0}
        own = "".join(f" {t} {c}" for t, c in types)
        print(f"cap {cap} empty {empty} beside {beside} second {second} alone {cut}{own}: ledes "
              f"type found {row['ledes']:.3f}, {row['events']:.2f} events a lede; Wikinews "
              f"proposals {made} ({made_right} right), every event precision "
              f"{row['precision']:.3f}; sentences as documents: lone proposals {lone} "
              f"({lone_right} right), every event precision {row['sentences']:.3f}; reported, "
              f"not used: conflibert any confidence {row['conflibert']:.3f}, glocon every event "
              f"F1 {row['glocon']:.3f}", flush=True)
        return row

    rows = [evaluate(*setting)
            for setting in itertools.product(CAPS, EMPTY, BESIDE, SECOND, ALONE)]
    if SHIPPED_TYPES:
        rows.append(evaluate(NO_CAP, *SHIPPED, SHIPPED_TYPES))
    best = choose(rows)
    print(f"chosen (ledes and Wikinews only): empty {best['empty']} beside {best['beside']} "
          f"second {best['second']} alone {best['alone']}: ledes type found {best['ledes']:.3f}, "
          f"{best['events']:.2f} events a lede, Wikinews every event precision "
          f"{best['precision']:.3f}, sentences as documents {best['sentences']:.3f}; "
          f"shipped {SHIPPED} {SHIPPED_TYPES or ''}")
    shipped = next(r for r in rows if r["cap"] == NO_CAP and r["types"] == SHIPPED_TYPES and
                   (r["empty"], r["beside"], r["second"], r["alone"]) == SHIPPED)
    print("types' own cuts, one more at a time (ledes and Wikinews only):", flush=True)
    general = best
    while True:
        own = dict(best["types"])
        options = [evaluate(NO_CAP, general["empty"], general["beside"], general["second"],
                            general["alone"], tuple(sorted({**own, label: cut}.items())))
                   for label in learned.TYPES if label not in own for cut in TYPE_CUTS
                   if cut < min(general["empty"], general["beside"])]
        better = improve(best, options, shipped)
        if better is None:
            break
        best = next(o for o in options if o["types"] == better["types"])
        print(f"  taken: {best['types']}", flush=True)
    print(f"chosen with types' own cuts: {best['types'] or 'none'}: ledes type found "
          f"{best['ledes']:.3f}, {best['events']:.2f} events a lede, Wikinews every event "
          f"precision {best['precision']:.3f}, sentences as documents {best['sentences']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
