"""Dev sets of the events benchmark beyond the PETRARCH records, each split into a tune half and a
check half (fixed seed): the project's Wikinews event labels (type / source / target / date,
event precision, events per sentence; patterns alone, the sentence model alone, the two
combined), glocon_sample (event / no event) and conflibert_pentaclass (class against QuadClass,
source/target span overlap). Used by bench_events.py; no shared scorer covers these, so the
scoring is here and stated in each function."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import dateline
from dateline import nlp as nlp_module
from dateline.events import learned

from common import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "training" / "events" / "labels.jsonl"
ARTICLES = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
SPLIT_SEED = 13  # the same split as training/events/train.py
CONTENTIOUS = frozenset({"PROTEST", "ASSAULT"})  # GLOCON: protest, riot, strike, armed militancy


def half_of(key: str) -> str:
    """'tune' or 'check' for a record key, by a stable hash (sets other than the labels)."""
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def label_halves(labels: list[dict]) -> dict[str, set[str]]:
    ids = sorted({r["article_id"] for r in labels})
    random.Random(SPLIT_SEED).shuffle(ids)
    half = len(ids) // 2
    return {"tune": set(ids[:half]), "check": set(ids[half:])}


def _names(doc, actor_ids) -> list[tuple[str, str | None]]:
    by_id = {a.id: a for a in doc.actors}
    out = []
    for actor_id in actor_ids:
        actor = by_id.get(actor_id)
        if actor is None:
            continue
        texts = [actor.name] + [m.text for m in actor.mentions]
        out.append((" | ".join(t.lower() for t in texts), actor.country))
    return out


def party_right(gold_text, gold_country, predicted: list[tuple[str, str | None]]) -> bool:
    """A gold party is found when a predicted actor's name or a mention shares a word of 4+
    letters with it (or is it), or has its country; a null gold party wants none predicted."""
    if not gold_text:
        return not predicted
    words = {w.strip(".,'\"").lower() for w in gold_text.split() if len(w.strip(".,'\"")) >= 4}
    for names, country in predicted:
        if gold_text.lower() in names or words & set(names.replace("|", " ").split()):
            return True
        if gold_country and country == gold_country and len(words) <= 1:
            return True
    return False


def wikinews(threshold: float) -> dict[str, dict]:
    """Per half: the labelled articles annotated as the CLI would; events placed in their labelled
    sentence by the evidence offset. Patterns alone = every event (companions excepted);
    combined = events at or above ``threshold``; model alone = the sentence model's most likely
    type where it says there is an event."""
    if not LABELS.is_file():
        return {}
    labels = read_jsonl(LABELS)
    articles = {r["id"]: r for r in read_jsonl(ARTICLES)}
    halves = label_halves(labels)
    loaded = learned.load()
    nlp = nlp_module.load()
    out = {}
    for half, ids in halves.items():
        rows = [r for r in labels if r["article_id"] in ids]
        by_article: dict[str, list] = {}
        for row in rows:
            by_article.setdefault(row["article_id"], []).append(row)
        stats = {name: _empty() for name in ("patterns", "combined", "model")}
        for article_id in sorted(ids):
            article = articles[article_id]
            doc = dateline.annotate(article["text"], published=article["published"], clean=False,
                                    format="text")
            for row in by_article[article_id]:
                events = [e for e in doc.events if row["start"] <= e.evidence.start < row["end"]]
                _score(stats["patterns"], row, [e for e in events if e.confidence > 0.15], doc)
                _score(stats["combined"], row, [e for e in events if e.confidence >= threshold],
                       doc)
        if loaded is not None:
            model = loaded[0]
            for row, sent in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64)):
                probs = model.of_sentence(sent)
                best = max(learned.TYPES, key=lambda t: probs[t])
                types = [best] if probs["NONE"] < 0.5 else []
                _score_types(stats["model"], row, types)
        out[half] = {name: _final(s) for name, s in stats.items()}
        out[half]["articles"] = len(ids)
        out[half]["sentences"] = len(rows)
    return out


def _empty() -> dict:
    return {"sentences": 0, "predicted": 0, "right": 0, "gold": 0, "found": 0, "source": 0,
            "target": 0, "dated": 0, "date_right": 0}


def _score_types(s: dict, row: dict, types: list[str]) -> None:
    gold = {e["type"] for e in row["events"]}
    s["sentences"] += 1
    s["predicted"] += len(types)
    s["right"] += sum(t in gold for t in types)
    s["gold"] += len(row["events"])
    s["found"] += sum(e["type"] in types for e in row["events"])


def _score(s: dict, row: dict, events, doc) -> None:
    _score_types(s, row, [e.type for e in events])
    for gold in row["events"]:
        same = [e for e in events if e.type == gold["type"]]
        if not same:
            continue
        s["source"] += any(party_right(gold["source"], gold["source_country"],
                                       _names(doc, e.source)) for e in same)
        s["target"] += any(party_right(gold["target"], gold["target_country"],
                                       _names(doc, e.target)) for e in same)
        s["dated"] += 1
        want = gold.get("date")
        s["date_right"] += any((e.date_basis == "publication") if not want else
                               (e.date or "").startswith(want) for e in same)


def _final(s: dict) -> dict:
    def ratio(a, b):
        return round(a / b, 3) if b else None
    return {"event precision": ratio(s["right"], s["predicted"]),
            "gold type found": ratio(s["found"], s["gold"]),
            "source right": ratio(s["source"], s["found"]),
            "target right": ratio(s["target"], s["found"]),
            "date right": ratio(s["date_right"], s["dated"]),
            "events per sentence": ratio(s["predicted"], s["sentences"]),
            "gold events": s["gold"], "predicted": s["predicted"]}


def _annotate_sentences(records: list[dict]) -> list:
    documents = [dateline.extract(r["text"] or " ", clean=False, id=str(r["id"]), format="text")
                 for r in records]
    return list(dateline.annotate_many(documents))


def glocon(shared: Path, threshold: float, limit: int | None = None) -> dict[str, dict]:
    """Sentence says a contentious event happened (GLOCON label 1) vs a shown PROTEST/ASSAULT
    event: precision, recall, F1 per half (halves by document id)."""
    path = shared / "data" / "events" / "glocon_sample.jsonl"
    if not path.is_file():
        return {}
    records = [r for r in read_jsonl(path, limit) if r.get("orig_label") in (0, 1)]
    docs = _annotate_sentences(records)
    out = {}
    for half in ("tune", "check"):
        counts = {name: [0, 0, 0] for name in ("patterns", "combined")}  # tp, fp, fn
        for record, doc in zip(records, docs):
            if half_of(record["id"].rsplit("_", 1)[0]) != half:
                continue
            gold = record["orig_label"] == 1
            for name, floor in (("patterns", 0.16), ("combined", threshold)):
                said = any(e.type in CONTENTIOUS and e.confidence >= floor for e in doc.events)
                c = counts[name]
                c[0] += said and gold
                c[1] += said and not gold
                c[2] += gold and not said
        out[half] = {name: _prf(*c) for name, c in counts.items()}
    return out


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold": tp + fn}


def conflibert(shared: Path, threshold: float, limit: int | None = None) -> dict[str, dict]:
    """PentaClass (0 neutral, 1-4 = CAMEO QuadClass) against the QuadClass of the sentence's most
    confident shown event (0 when none); for sentences with span annotation, whether that event's
    source/target actor mentions overlap the gold source/target spans."""
    path = shared / "data" / "events" / "conflibert_pentaclass.jsonl"
    if not path.is_file():
        return {}
    records = read_jsonl(path, limit)
    docs = _annotate_sentences(records)
    out = {}
    for half in ("tune", "check"):
        n = right = spans = source_hits = target_hits = 0
        for record, doc in zip(records, docs):
            if half_of(record["id"]) != half:
                continue
            shown = [e for e in doc.events if e.confidence >= threshold and e.quad_class]
            best = max(shown, key=lambda e: e.confidence, default=None)
            n += 1
            right += (best.quad_class if best else 0) == record["pentaclass"]
            if record.get("has_span_annotation") and best is not None:
                spans += 1
                source_hits += _overlaps(doc, best.source, record["source"])
                target_hits += _overlaps(doc, best.target, record["target"])
        out[half] = {"class accuracy": round(right / n, 3) if n else None, "sentences": n,
                     "source overlap": round(source_hits / spans, 3) if spans else None,
                     "target overlap": round(target_hits / spans, 3) if spans else None,
                     "with spans and an event": spans}
    return out


def _overlaps(doc, actor_ids, gold_spans) -> bool:
    gold_words = {w.lower() for g in gold_spans for w in g["text"].split() if len(w) > 2}
    by_id = {a.id: a for a in doc.actors}
    for actor_id in actor_ids:
        actor = by_id.get(actor_id)
        if actor is None:
            continue
        for mention in actor.mentions:
            if gold_words & {w.lower() for w in mention.text.split()}:
                return True
    return not actor_ids and not gold_spans


def dump(results: dict) -> str:
    return json.dumps(results, indent=1)
