"""Dev sets of the events benchmark, each split into a tune half and a check half (fixed seed), and
the annotation that scores patterns alone, the learned model alone and the two combined from one
parse. Used by bench_events.py.

- The project's Wikinews event labels (training/events/labels.jsonl): the tune half is the
  articles the model and its calibrator were trained on, the check half the held-out articles
  (``train.label_split``: half of the first batch's 55 articles, fixed seed, and batch 5), and the
  "long check" (``train.long_split``: half of batch 7's long articles, same seed) and "batch 13"
  (``train.batch13_articles``: the rest of the sample, held out whole). Scored as the issue's
  "real articles judged by hand".
- glocon_sample (event / no event), conflibert_pentaclass (class against QuadClass, source/target
  span overlap), the PETRARCH sets (scored by ../shared/eval/event_score.py): halves by a stable
  hash of the record's id (glocon: of its document).

No shared scorer covers the first three, so their scoring is here and stated in each function.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import dateline
from dateline.events import learned
from dateline.events.codes import cameo_table
from dateline.pipeline import Pipeline

from common import read_jsonl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training" / "events"))
from train import SEED as SPLIT_SEED, batch13_articles, half_of, label_split, long_split  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "training" / "events" / "labels.jsonl"
ARTICLES = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
HALVES = ("tune", "check")
SYSTEMS = ("patterns", "learned", "combined")
EVERY = "every event"  # the combined run's events at any confidence (the model's proposals too)
CONTENTIOUS = frozenset({"PROTEST", "ASSAULT"})  # GLOCON: protest, riot, strike, armed militancy
# Companions (the intended/requested action kept beside its PLOVER coding) carry this confidence
# or less with or without the model; "patterns alone" shows every event above it.
COMPANION_CONFIDENCE = 0.15


LONG_CHECK = "long check"
BATCH13 = "batch 13"


def label_halves(labels: list[dict]) -> dict[str, set[str]]:
    """The model's training articles (tune), the held-out ones (check), batch 7's held-out long
    articles (long check, empty before batch 7) and label batch 13, held out whole (interviews,
    features, campaign round-ups; empty before it), as train.py splits."""
    tune, check = label_split(labels)
    out = {"tune": tune, "check": check}
    long_check = long_split(labels)[1]
    if long_check:
        out[LONG_CHECK] = long_check
    batch13 = batch13_articles(labels)
    if batch13:
        out[BATCH13] = batch13
    return out


# --- annotation: one parse, events with and without the learned layer ---------------------------

@dataclass
class Annotated:
    doc: object  # the Document (events = combined: patterns + learned layer)
    patterns: list  # the events of the patterns alone (learned layer off)
    sentences: list[tuple[int, int, dict]]  # (start, end, sentence-model probabilities)

    def shown(self, threshold: float) -> list:
        return [e for e in self.doc.events if e.confidence >= threshold]

    def pattern_events(self) -> list:
        return [e for e in self.patterns if e.confidence > COMPANION_CONFIDENCE]

    def pattern_events_calibrated(self) -> list:
        """Every event of the combined run but the companions, whatever its confidence: the
        learned layer as an arbiter between types (which event is the most likely)."""
        return [e for e in self.doc.events if e.confidence > COMPANION_CONFIDENCE]

    def every_event(self) -> list:
        """Every event of the combined run, whatever its confidence, but the patterns'
        companions: what the issue's hidden sets count (the model's proposals, whose calibrated
        confidence is often below the companions', included)."""
        return [e for e in self.doc.events
                if e.origin == "model" or e.confidence > COMPANION_CONFIDENCE]

    def model_types(self, start: int = 0, end: int | None = None) -> list[tuple[int, str, float]]:
        """The sentence model alone: per sentence in [start, end), its most likely type where
        it says there is an event (P(NONE) < 0.5), as (sentence start, type, probability)."""
        out = []
        for s_start, _, probs in self.sentences:
            if s_start < start or (end is not None and s_start >= end):
                continue
            if probs["NONE"] < 0.5:
                best = max(learned.TYPES, key=lambda t: probs[t])
                out.append((s_start, best, probs[best]))
        return out


@contextmanager
def learned_off():
    original = learned.load
    learned.load = lambda: None
    try:
        yield
    finally:
        learned.load = original


@dataclass
class Annotator:
    """The default pipeline with its events stage run twice per article (learned layer off, then
    on), so that both systems see the same parse and actors. ``learned_seconds`` is the time spent
    in the learned layer inside the stage (sentence model + calibrator), ``annotate_seconds`` the
    pipeline's time without the extra patterns-only run."""

    pipeline: Pipeline = field(default_factory=Pipeline)
    learned_seconds: float = 0.0
    extra_seconds: float = 0.0

    def __post_init__(self):
        self._patterns: dict[int, list] = {}
        self._sentences: dict[int, list] = {}
        events = next(s for s in self.pipeline.stages if s.name == "events")
        loaded = learned.load()
        model = loaded[0] if loaded else None

        def both(work):
            started = time.perf_counter()
            with learned_off():
                events.func(work)
            key = id(work.document)
            self._patterns[key] = list(work.events)
            work.events = []
            if model is not None:
                self._sentences[key] = [(s.start_char, s.end_char, model.of_sentence(s))
                                        for s in work.doc.sents]
            self.extra_seconds += time.perf_counter() - started
            self._timing = True  # only the stage's own calls to the model are timed
            try:
                events.func(work)
            finally:
                self._timing = False

        self.pipeline.stages = [replace(s, func=both) if s.name == "events" else s
                                for s in self.pipeline.stages]
        self._timing = False
        if model is not None:
            self._wrap_timers(type(model))

    def _wrap_timers(self, model_class) -> None:
        annotator = self

        def timed(method):
            def wrapper(*args, **kwargs):
                if not annotator._timing:
                    return method(*args, **kwargs)
                started = time.perf_counter()
                try:
                    return method(*args, **kwargs)
                finally:
                    annotator.learned_seconds += time.perf_counter() - started
            return wrapper

        model_class.of_sentence = timed(model_class.of_sentence)
        learned.Calibrator.probability = timed(learned.Calibrator.probability)

    def annotate(self, documents: list) -> list[Annotated]:
        out = []
        self._patterns.clear()
        self._sentences.clear()
        keys = [id(d) for d in documents]
        for key, annotated in zip(keys, self.pipeline.run(documents)):
            out.append(Annotated(annotated, self._patterns.pop(key, []),
                                 self._sentences.pop(key, [])))
        return out

    @property
    def annotate_seconds(self) -> float:
        return sum(self.pipeline.timings.seconds.values()) - self.extra_seconds


def sentences_of(records: list[dict], date_key: str | None = None) -> list:
    return [dateline.extract(r["text"] or " ", published=_iso(r.get(date_key)) if date_key else None,
                             clean=False, id=str(r["id"]), format="text") for r in records]


def _iso(value) -> str | None:
    value = (value or "").strip()
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value or None


# --- Wikinews labels: the "real articles judged by hand" ---------------------------------------

def wikinews(annotator: Annotator, threshold: float) -> dict[str, dict]:
    """Per half and system: event-and-type precision (predicted events whose sentence has a gold
    event of their type; event-free sentences count every event wrong), type recall (gold events
    whose type is predicted in their sentence), and for the gold events found: source right,
    target right (a predicted party of the same type's event matches the gold one, see
    ``party_right``; a null gold party wants none), modality right (``claimed`` counts as
    ``asserted``) and date right (gold ``date`` null = around publication: the event's date basis
    is the publication date; else the event's date starts with the gold date). Events are placed
    in their labelled sentence by the trigger offset. Patterns alone = every event but the
    companions; combined = events at or above ``threshold``; learned alone = the sentence model's
    most likely type where it says there is an event (no parties, modality or date)."""
    if not LABELS.is_file():
        return {}
    labels = read_jsonl(LABELS)
    articles = {r["id"]: r for r in read_jsonl(ARTICLES)}
    out = {}
    for half, ids in label_halves(labels).items():
        ids = sorted(ids)
        rows_by_article: dict[str, list] = {}
        for row in labels:
            if row["article_id"] in ids:
                rows_by_article.setdefault(row["article_id"], []).append(row)
        documents = [dateline.extract(articles[a]["text"], published=articles[a]["published"],
                                      clean=False, id=a, format="text") for a in ids]
        stats = {name: _empty() for name in SYSTEMS}
        every = _empty()  # every event of the combined run, whatever its confidence
        proposed = [0, 0]  # the model's proposals (propose.py), companions too: events, right
        judged: list[tuple[float, bool]] = []  # (calibrated confidence, right) of every event
        for article_id, annotated in zip(ids, annotator.annotate(documents)):
            doc = annotated.doc
            for row in rows_by_article[article_id]:
                def within(events):
                    return [e for e in events if row["start"] <= e.trigger.start < row["end"]]
                _score(stats["patterns"], row, within(annotated.pattern_events()), doc)
                _score(stats["combined"], row, within(annotated.shown(threshold)), doc)
                gold_types = {e["type"] for e in row["events"]}
                judged.extend((e.confidence, e.type in gold_types)
                              for e in within(annotated.doc.events))
                _score_types(every, row, [e.type for e in within(annotated.every_event())])
                for event in within(annotated.doc.events):
                    if event.origin == "model":
                        proposed[0] += 1
                        proposed[1] += event.type in gold_types
                types = [t for _, t, _ in annotated.model_types(row["start"], row["end"])]
                _score_types(stats["learned"], row, types)
        out[half] = {name: _final(s) for name, s in stats.items()}
        for key in ("source right", "target right", "modality right", "date right"):
            out[half]["learned"][key] = None  # the sentence model names no parties, modality or date
        out[half]["reliability"] = reliability(judged)
        out[half]["every event"] = _final(every)
        out[half]["proposed"] = {"events": proposed[0], "right": proposed[1]}
        out[half]["articles"] = len(ids)
        out[half]["sentences"] = sum(len(v) for v in rows_by_article.values())
    return out


RELIABILITY_BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def reliability(judged: list[tuple[float, bool]]) -> list[dict]:
    """Per confidence bin: events, their mean confidence and the share right (a well calibrated
    confidence has the two close)."""
    out = []
    for low, high in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:]):
        inside = [(c, r) for c, r in judged if low <= c < high]
        out.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "events": len(inside),
                    "mean confidence": _ratio(sum(c for c, _ in inside), len(inside)),
                    "share right": _ratio(sum(r for _, r in inside), len(inside))})
    return out


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
    letters with it (or is it), or has its country (gold names of one word); a null gold party
    wants none predicted."""
    if not gold_text:
        return not predicted
    words = {w.strip(".,'\"").lower() for w in gold_text.split() if len(w.strip(".,'\"")) >= 4}
    for names, country in predicted:
        if gold_text.lower() in names or words & set(names.replace("|", " ").split()):
            return True
        if gold_country and country == gold_country and len(words) <= 1:
            return True
    return False


def _empty() -> dict:
    return {"sentences": 0, "predicted": 0, "right": 0, "gold": 0, "found": 0, "source": 0,
            "target": 0, "modality": 0, "date_right": 0}


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
        modality = "asserted" if gold["modality"] == "claimed" else gold["modality"]
        s["modality"] += any(e.modality == modality for e in same)
        s["date_right"] += any(date_right(gold.get("date"), e) for e in same)


def date_right(gold_date: str | None, event) -> bool:
    """An event's date against a label's: the label's date (a day, a month or a year) begins the
    event's; an ISO week ("last week": 2020-W01) is in the month or year its Thursday is in, as
    ISO 8601 counts weeks (the rubric labels "last week" with its month); a label without a date
    (around publication) wants the publication date as basis."""
    if not gold_date:
        return event.date_basis == "publication"
    value = event.date or ""
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week and len(gold_date) < 10:
        try:
            value = date.fromisocalendar(int(week[1]), int(week[2]), 4).isoformat()
        except ValueError:
            return False
    return value.startswith(gold_date)


def _final(s: dict) -> dict:
    def ratio(a, b):
        return round(a / b, 3) if b else None
    return {"event-and-type precision": ratio(s["right"], s["predicted"]),
            "type recall": ratio(s["found"], s["gold"]),
            "source right": ratio(s["source"], s["found"]),
            "target right": ratio(s["target"], s["found"]),
            "modality right": ratio(s["modality"], s["found"]),
            "date right": ratio(s["date_right"], s["found"]),
            "events per sentence": ratio(s["predicted"], s["sentences"]),
            "gold events": s["gold"], "predicted events": s["predicted"]}


# --- glocon_sample: event / no event -----------------------------------------------------------

def glocon(annotator: Annotator, shared: Path, threshold: float,
           limit: int | None = None) -> dict[str, dict]:
    """GLOCON label 1 (the sentence reports a protest, riot, strike or armed militancy) against
    "a PROTEST or ASSAULT event is shown": precision, recall, F1 per half and system (halves by
    document). Learned alone: the sentence model's most likely type is PROTEST or ASSAULT."""
    path = shared / "data" / "events" / "glocon_sample.jsonl"
    if not path.is_file():
        return {}
    records = [r for r in read_jsonl(path) if r.get("orig_label") in (0, 1)]
    records = _limited(records, limit)
    annotated = annotator.annotate(sentences_of(records))
    out = {}
    for half in HALVES:
        counts = {name: [0, 0, 0] for name in SYSTEMS + (EVERY,)}  # tp, fp, fn
        for record, a in zip(records, annotated):
            if half_of(record["id"].rsplit("_", 1)[0]) != half:
                continue
            gold = record["orig_label"] == 1
            said = {"patterns": any(e.type in CONTENTIOUS for e in a.pattern_events()),
                    "combined": any(e.type in CONTENTIOUS for e in a.shown(threshold)),
                    "learned": any(t in CONTENTIOUS for _, t, _ in a.model_types()),
                    EVERY: any(e.type in CONTENTIOUS for e in a.every_event())}
            for name, yes in said.items():
                c = counts[name]
                c[0] += yes and gold
                c[1] += yes and not gold
                c[2] += gold and not yes
        out[half] = {name: _prf(*c) for name, c in counts.items()}
    return out


def _limited(records: list[dict], limit: int | None) -> list[dict]:
    """A fixed-seed sample of ``limit`` records (both halves keep their share), in file order."""
    if not limit or limit >= len(records):
        return records
    keep = set(random.Random(SPLIT_SEED).sample(range(len(records)), limit))
    return [r for i, r in enumerate(records) if i in keep]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "F1": round(f, 3), "gold": tp + fn,
            "said": tp + fp}


# --- conflibert_pentaclass: class and spans ----------------------------------------------------

def pentaclass_of_code(cameo: str | None, quad_class: int | None) -> int:
    """CAMEO PentaClass of an event: 0 for public statements and appeals (roots 01-02), else its
    QuadClass (1 verbal / 2 material cooperation, 3 verbal / 4 material conflict)."""
    if cameo and cameo[:2] in ("01", "02"):
        return 0
    return quad_class or 0


def pentaclass_of_type() -> dict[str, int]:
    """A PLOVER type's PentaClass for the model alone: the commonest class of its CAMEO codes in
    the code table (REQUEST: appeals, 0, outnumber demands, 3)."""
    votes: dict[str, Counter] = {}
    for code in cameo_table().values():
        votes.setdefault(code.plover, Counter())[pentaclass_of_code(code.code, code.quad_class)] += 1
    return {plover: counter.most_common(1)[0][0] for plover, counter in votes.items()}


def conflibert(annotator: Annotator, shared: Path, threshold: float,
               limit: int | None = None) -> dict[str, dict]:
    """PentaClass label against the class of the sentence's most confident event (0 when none):
    class accuracy per half and system. For sentences with span annotation where the system has
    an event: whether that event's source / target actor mentions share a word (3+ letters) with
    the gold source / target spans (an empty side counts right when both are empty)."""
    path = shared / "data" / "events" / "conflibert_pentaclass.jsonl"
    if not path.is_file():
        return {}
    records = _limited(read_jsonl(path), limit)
    annotated = annotator.annotate(sentences_of(records))
    by_type = pentaclass_of_type()
    out = {}
    for half in HALVES:
        stats = {name: Counter() for name in SYSTEMS + ("combined, any confidence",)}
        for record, a in zip(records, annotated):
            if half_of(record["id"]) != half:
                continue
            gold = record["pentaclass"]
            chosen = {"patterns": a.pattern_events(), "combined": a.shown(threshold),
                      "combined, any confidence": a.pattern_events_calibrated()}
            for name, events in chosen.items():
                best = max(events, key=lambda e: e.confidence, default=None)
                s = stats[name]
                s["n"] += 1
                s["right"] += (pentaclass_of_code(best.cameo, best.quad_class) if best else 0) == gold
                if record.get("has_span_annotation") and best is not None:
                    s["spans"] += 1
                    s["source"] += _overlaps(a.doc, best.source, record["source"])
                    s["target"] += _overlaps(a.doc, best.target, record["target"])
            types = sorted(a.model_types(), key=lambda x: -x[2])
            s = stats["learned"]
            s["n"] += 1
            s["right"] += (by_type.get(types[0][1], 0) if types else 0) == gold
        out[half] = {name: {"class accuracy": _ratio(s["right"], s["n"]), "sentences": s["n"],
                            "source overlap": _ratio(s["source"], s["spans"]),
                            "target overlap": _ratio(s["target"], s["spans"]),
                            "with spans and an event": s["spans"]}
                     for name, s in stats.items()}
        out[half]["gold classes"] = dict(sorted(Counter(
            r["pentaclass"] for r in records if half_of(r["id"]) == half).items()))
    return out


def _ratio(a, b):
    return round(a / b, 3) if b else None


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
