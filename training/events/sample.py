"""Fixed-seed choice and sentence split of the Wikinews articles labelled in labels.jsonl.

    python training/events/sample.py              # list the chosen articles and their sentence counts
    python training/events/sample.py --sentences  # also print every sentence with its index and offsets
    python training/events/sample.py --check      # check labels.jsonl against the split (offsets, text)
    python training/events/sample.py --long       # batch 7: the long articles (--sentences works too)
    python training/events/sample.py --batch9     # batch 9: the last short articles, then long ones
    python training/events/sample.py --batch10    # batch 10: the long articles after batch 9's
    python training/events/sample.py --batch11    # batch 11: the long articles after batch 10's
    python training/events/sample.py --batch12    # batch 12: the last long ones, the cap raised once
    python training/events/sample.py --batch13    # batch 13: every article the batches above left

The articles are those of samples/wikinews/wikinews.jsonl, ids sorted, shuffled with
random.Random(2026), taken in that order while they pass the filters below, until the
sentence target is met. Skipped: interviews and first-person Wikinews features (not news of
events), pure sports results, and articles longer than MAX_CHARS (a labelling-budget cap,
stated here so the mix is reproducible). Every sentence of a chosen article is labelled.

Batch 7 (``--long``): the articles the cap above left out. Same ids, same shuffle
(random.Random(2026)), same sentence splitter and skips, plus Wikinews "X discusses ... with
Wikinews" features (LONG_INTERVIEW); taken in that order when longer than MAX_CHARS and at most
LONG_MAX_CHARS (a second budget cap: it leaves out the month-long campaign round-ups and the
30,000-character features) and not labelled in an earlier batch, until LONG_TARGET sentences.

Batch 9 (``--batch9``): the short articles had run out after batch 8 but for five, so the sentence
target is raised to take them all (SENTENCE_TARGET) and the batch goes on by the ``--long`` rule:
the long articles that follow batch 7's in the same shuffle, until BATCH9_LONG_TARGET more sentences.

Batch 10 (``--batch10``): the ``--long`` rule again, passing over batches 7 and 9's articles by
name, until BATCH10_TARGET sentences (a small batch: the session's time was short).

Batch 11 (``--batch11``): the same rule after batch 10's articles, batches 7, 9 and 10 passed over by
name, until BATCH11_TARGET sentences.

Batch 12 (``--batch12``): the same rule after batch 11's articles, batches 7, 9, 10 and 11 passed over by
name, with the upper cap raised from LONG_MAX_CHARS to BATCH12_MAX_CHARS: only three articles under
LONG_MAX_CHARS were left, and the raised cap adds one more (the next cap up would take the month-long
campaign round-ups), until BATCH12_TARGET sentences, which takes all four.

Batch 13 (``--batch13``): the rest of the sample, every article of samples/wikinews/wikinews.jsonl
that batches 1-12 do not hold (the articles the choices above make, by name; no cap, no skip):
the interviews and first-person features the skips left out, the sports results, the
"On the campaign trail" round-ups and the long features, so that the labels cover the whole sample.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "samples" / "wikinews" / "wikinews.jsonl"
LABELS = Path(__file__).resolve().parent / "labels.jsonl"

SEED = 2026
MAX_CHARS = 3000
SENTENCE_TARGET = 3100  # batch 1: 800 (the first 55 articles); batch 2: 1,150; 3: 1,450; 4: 1,750; 5: 2,000; 6: 2,450; 8: 3,000; 9: 3,100 (every short article: 3,088 sentences)
# batch 7 (--long): articles over MAX_CHARS and at most LONG_MAX_CHARS, until LONG_TARGET sentences
LONG_MAX_CHARS = 8000
LONG_TARGET = 500
LONG_BATCH = "helper, rubric v1, batch 7 (long)"
# batch 9: the short articles left after batch 8, then long ones after batch 7's (--batch9)
BATCH9 = "helper, rubric v1, batch 9"
BATCH9_LONG_TARGET = 480
# batch 10: the long articles after batch 9's, batches 7 and 9 excluded by name (--batch10)
BATCH10 = "helper, rubric v1, batch 10"
BATCH10_TARGET = 150
# batch 11: the long articles after batch 10's, batches 7, 9 and 10 excluded by name (--batch11)
BATCH11 = "helper, rubric v1, batch 11"
BATCH11_TARGET = 120
# batch 12: the same after batch 11's, the upper cap raised once (--batch12)
BATCH12 = "helper, rubric v1, batch 12"
BATCH12_MAX_CHARS = 10000
BATCH12_TARGET = 170
# batch 13: every article of the sample the batches above do not hold (--batch13)
BATCH13 = "helper, rubric v1, batch 13"

# Judged by title and a read of the lead (reason kept next to each id).
SKIP = {
    "wikinews-bd896c092bc9": "sports result (marathon)",
    "wikinews-f1eda300c74a": "student competition feature",
    "wikinews-42f715990549": "sports result (rugby)",
    "wikinews-d964cb9e12fc": "sports result (marathon)",
    "wikinews-b3fb9a979a28": "sports result (rugby)",
    "wikinews-e5d2b13aedd1": "first-person Wikinews feature (convention visit)",
    "wikinews-bc948507a038": "sports result (athletics; batch 2)",
    "wikinews-9ec0be5dcc84": "sports result (rugby; batch 6)",
}
INTERVIEW = re.compile(r"\binterview|\btells? Wikinews\b|Wikinews (?:attends|discusses|speaks)", re.I)
LONG_INTERVIEW = re.compile(r"\bdiscuss(?:es)?\b.*\bWikinews\b|\bWikinews (?:investigates|talks)", re.I)

ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "rev", "prof", "inc", "co", "corp", "ltd", "no", "jan", "feb", "mar", "apr", "aug",
    "sep", "sept", "oct", "nov", "dec", "vs", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e",
    "approx", "est", "ft", "mt", "ave", "maj", "adm", "cmdr", "messrs", "vol", "fig",
}
# a candidate boundary: . ! or ? plus closing quotes/brackets, then space, then an opener or capital
BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def load_articles() -> dict[str, dict]:
    with ARTICLES.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines are blocks; blocks split at sentence punctuation."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        block_start = line.start()
        block = line.group()
        pieces = []
        last = 0
        for m in BOUNDARY.finditer(block):
            before = block[last:m.start() + 1]
            word = re.search(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)\.$", before)
            if block[m.start()] == "." and word:
                w = word.group(1).lower()
                if w in ABBREV or re.fullmatch(r"[a-z]", w):
                    continue
            end = m.end() - len(m.group()) + len(m.group().rstrip())
            pieces.append((last, end))
            last = m.end()
        pieces.append((last, len(block)))
        for s, e in pieces:
            seg = block[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if seg.strip():
                spans.append((block_start + s + lead, block_start + s + trail))
    return spans


def choose(articles: dict[str, dict]) -> list[str]:
    ids = sorted(articles)
    random.Random(SEED).shuffle(ids)
    chosen, total = [], 0
    for i in ids:
        r = articles[i]
        if i in SKIP or INTERVIEW.search(r["title"]) or len(r["text"]) > MAX_CHARS:
            continue
        chosen.append(i)
        total += len(split_sentences(r["text"]))
        if total >= SENTENCE_TARGET:
            break
    return chosen


def choose_long(articles: dict[str, dict], target: int = LONG_TARGET,
                exclude: frozenset[str] = frozenset(), max_chars: int = LONG_MAX_CHARS) -> list[str]:
    """Batch 7: the same shuffle, long articles only (see the module docstring), until ``target``
    sentences; a larger target continues past batch 7's articles (batch 9); ``exclude`` passes
    over articles already taken (batch 10); ``max_chars`` is the upper cap (raised for batch 12)."""
    earlier = set(exclude)
    with LABELS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("annotator") not in (LONG_BATCH, BATCH9, BATCH10, BATCH11, BATCH12):
                earlier.add(rec["article_id"])
    ids = sorted(articles)
    random.Random(SEED).shuffle(ids)
    chosen, total = [], 0
    for i in ids:
        r = articles[i]
        if (i in SKIP or i in earlier or INTERVIEW.search(r["title"])
                or LONG_INTERVIEW.search(r["title"])
                or not MAX_CHARS < len(r["text"]) <= max_chars):
            continue
        chosen.append(i)
        total += len(split_sentences(r["text"]))
        if total >= target:
            break
    return chosen


def choose_batch9_long(articles: dict[str, dict]) -> list[str]:
    """Batch 9's long articles: those the --long rule takes after batch 7's."""
    batch7 = set(choose_long(articles))
    taken = choose_long(articles, LONG_TARGET + BATCH9_LONG_TARGET)
    return [i for i in taken if i not in batch7]


def choose_batch10(articles: dict[str, dict]) -> list[str]:
    """Batch 10: the long articles after batch 9's, batches 7 and 9 passed over by name."""
    taken = frozenset(choose_long(articles)) | frozenset(choose_batch9_long(articles))
    return choose_long(articles, BATCH10_TARGET, exclude=taken)


def choose_batch11(articles: dict[str, dict]) -> list[str]:
    """Batch 11: the long articles after batch 10's, batches 7, 9 and 10 passed over by name."""
    taken = (frozenset(choose_long(articles)) | frozenset(choose_batch9_long(articles))
             | frozenset(choose_batch10(articles)))
    return choose_long(articles, BATCH11_TARGET, exclude=taken)


def choose_batch12(articles: dict[str, dict]) -> list[str]:
    """Batch 12: the long articles after batch 11's, batches 7 to 11 passed over by name, the
    upper cap raised to BATCH12_MAX_CHARS."""
    taken = frozenset(choose_batch11(articles)).union(
        choose_long(articles), choose_batch9_long(articles), choose_batch10(articles))
    return choose_long(articles, BATCH12_TARGET, exclude=taken, max_chars=BATCH12_MAX_CHARS)


def choose_batch13(articles: dict[str, dict]) -> list[str]:
    """Batch 13: every article of the sample (ids sorted) that none of the choices of batches 1-12
    takes (``choose`` and the ``--long`` rules of batches 7 and 9-12)."""
    taken = set(choose(articles)).union(
        choose_long(articles), choose_batch9_long(articles), choose_batch10(articles),
        choose_batch11(articles), choose_batch12(articles))
    return sorted(i for i in articles if i not in taken)


def check(articles: dict[str, dict]) -> int:
    """Every labelled sentence matches the split; every chosen article labelled in full."""
    errors = 0
    seen: dict[str, set[int]] = {}
    long_batch: set[str] = set()
    batch9_long: set[str] = set()
    batch10: set[str] = set()
    batch11: set[str] = set()
    batch12: set[str] = set()
    batch13: set[str] = set()
    with LABELS.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            if rec.get("annotator") == LONG_BATCH:
                long_batch.add(rec["article_id"])
            text = articles[rec["article_id"]]["text"]
            if rec.get("annotator") == BATCH9 and len(text) > MAX_CHARS:
                batch9_long.add(rec["article_id"])
            if rec.get("annotator") == BATCH10:
                batch10.add(rec["article_id"])
            if rec.get("annotator") == BATCH11:
                batch11.add(rec["article_id"])
            if rec.get("annotator") == BATCH12:
                batch12.add(rec["article_id"])
            if rec.get("annotator") == BATCH13:
                batch13.add(rec["article_id"])
            if text[rec["start"]:rec["end"]] != rec["text"]:
                print(f"line {n}: offsets do not give the sentence", file=sys.stderr)
                errors += 1
            for ev in rec["events"]:
                if ev["trigger"] not in rec["text"]:
                    print(f"line {n}: trigger {ev['trigger']!r} not in sentence", file=sys.stderr)
                    errors += 1
            seen.setdefault(rec["article_id"], set()).add(rec["sent_index"])
    for aid, idx in seen.items():
        want = set(range(len(split_sentences(articles[aid]["text"]))))
        if idx != want:
            print(f"{aid}: sentences labelled {len(idx)} of {len(want)}", file=sys.stderr)
            errors += 1
    if long_batch and long_batch != set(choose_long(articles)):
        print("batch 7: its articles are not those --long chooses", file=sys.stderr)
        errors += 1
    if batch9_long != set(choose_batch9_long(articles)):
        print("batch 9: its long articles are not those --batch9 chooses", file=sys.stderr)
        errors += 1
    if batch10 != set(choose_batch10(articles)):
        print("batch 10: its articles are not those --batch10 chooses", file=sys.stderr)
        errors += 1
    if batch11 != set(choose_batch11(articles)):
        print("batch 11: its articles are not those --batch11 chooses", file=sys.stderr)
        errors += 1
    if batch12 != set(choose_batch12(articles)):
        print("batch 12: its articles are not those --batch12 chooses", file=sys.stderr)
        errors += 1
    if batch13 and batch13 != set(choose_batch13(articles)):
        print("batch 13: its articles are not those --batch13 chooses", file=sys.stderr)
        errors += 1
    if set(seen) - long_batch - batch9_long - batch10 - batch11 - batch12 - batch13 != set(
            choose(articles)):
        print("batches 1-6, 8 and 9: their short articles are not those the sentence target chooses",
              file=sys.stderr)
        errors += 1
    print(f"{sum(len(v) for v in seen.values())} sentences in {len(seen)} articles; {errors} problems")
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--long", action="store_true",
                    help="batch 7: the long articles")
    ap.add_argument("--batch9", action="store_true",
                    help="batch 9: the short articles after batch 8's, then the long ones after batch 7's")
    ap.add_argument("--batch10", action="store_true",
                    help="batch 10: the long articles after batch 9's")
    ap.add_argument("--batch11", action="store_true",
                    help="batch 11: the long articles after batch 10's")
    ap.add_argument("--batch12", action="store_true",
                    help="batch 12: the long articles after batch 11's, the upper cap raised once")
    ap.add_argument("--batch13", action="store_true",
                    help="batch 13: every article of the sample the batches above do not hold")
    args = ap.parse_args()
    articles = load_articles()
    if args.check:
        return 1 if check(articles) else 0
    if args.batch13:
        chosen = choose_batch13(articles)
    elif args.batch12:
        chosen = choose_batch12(articles)
    elif args.batch11:
        chosen = choose_batch11(articles)
    elif args.batch10:
        chosen = choose_batch10(articles)
    elif args.batch9:
        labelled = set()
        with LABELS.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("annotator") != BATCH9:
                    labelled.add(rec["article_id"])
        chosen = [i for i in choose(articles) if i not in labelled] + choose_batch9_long(articles)
    else:
        chosen = choose_long(articles) if args.long else choose(articles)
    for i in chosen:
        r = articles[i]
        spans = split_sentences(r["text"])
        print(f"# {i} {r['published']} {len(spans)} sentences: {r['title']}")
        if args.sentences:
            for k, (s, e) in enumerate(spans):
                print(f"{k}\t{s}\t{e}\t{r['text'][s:e]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
