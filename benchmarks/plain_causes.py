#!/usr/bin/env python3
"""Where the plain-text cleaner loses gold text and keeps junk, put down to the step that did it.

Every page of the extraction dev sets (extract_sets) is rendered as the benchmark renders it (the
HTML flattened, ``flatten``; a line per text node, ``node_text``; a reader-mode copy, ``reader_copy``;
ScrapingHub's given html-text) and cleaned by ``clean.clean_text``. Each line the cleaner reads
(``lines.text_lines``) is then judged against the gold body — its share of word 4-grams found there
(a line of under four words: whether its words stand in the gold in a row) — and given the step
that decided its fate:

- ``rule:KIND`` — a line inside the article that a rule tagged (lines.tag_line) and the cleaner
  dropped as boilerplate of that kind;
- ``model-drop`` / ``model-add`` — the line classifier (line_model.py) took a line of the chosen
  stretch out, or put one outside it in;
- ``comments-cut`` — the line lies past the start of a comment thread (body.comments_start);
- ``barrier-cut`` — a copyright footer or end-of-article heading stands between it and the article;
- ``stretch-head`` / ``stretch-tail`` / ``stretch-gap`` — the stretch search (body.select_body) left
  it out above the article, under it, or between two of its stretches;
- ``headline`` — the line the cleaner reads as the title (clean._headline_index), out of the text;
  some sets' gold bodies keep it (a convention of the gold, not boilerplate kept);
- ``lede-repeat`` — dropped as a lede printed twice;
- for kept junk: ``kept-head`` / ``kept-tail`` / ``kept-middle`` — a line the stretch took in
  above the gold's first line, under its last line, or between (kept by the stretch, not the model).

Each cause is also given the line's form (prose, a line of 8+ words with no final stop, a short line,
a tagged kind). For every cause, the table gives the pages it touches, the gold words it lost or
the junk words it kept, and the F1 the scorer would give back if that cause alone were mended
(its lost gold lines put back, or its kept junk lines taken out; the scorer's macro F1 over the
group's pages, ``extract_sets.f1_of``).

Pages are never listed one by one on the check half (``--half check`` prints the sums only), so
no check page is read while rules are being designed (issue 20).

Usage: plain_causes.py --shared ../shared [--half tune|check] [--sets a,b] [--renderings flat,nodes]
       [--pages N: list the N pages that lose most, tune half only]
(eighteenth session of 2026-12-07, ingplain18)
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from common import read_jsonl  # noqa: E402
from extract_sets import f1_of, flatten, load_sets, node_text, other_language, reader_copy, scorer  # noqa: E402

_WORD = re.compile(r"\w+")
RENDERINGS = ("given", "flat", "nodes", "reader")
# Not in the default run: the flattened page hard-wrapped at WRAP_COLUMNS as a text-mode browser or a
# mail client prints it ("wrapped", each line filled, the blank lines between them kept), the case
# lines.unwrap reads (twenty-second session; its helpers measured it with harnesses of their own).
WRAP_COLUMNS = 78


def wrapped(text: str, width: int = WRAP_COLUMNS) -> str:
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))


def gold_share(key: str, grams: set, joined: str) -> float:
    """How much of a line (its ``key``, lower-cased words) is gold text: the share of its word
    4-grams among the gold's, or for a line of under four words 1.0 when its words stand in the
    gold in a row."""
    words = key.split()
    if len(words) < 4:
        return 1.0 if words and f" {key} " in joined else 0.0
    own = [tuple(words[i:i + 4]) for i in range(len(words) - 3)]
    return sum(g in grams for g in own) / len(own)


def form_of(line) -> str:
    if line.kind is not None:
        return f"tagged {line.kind}"
    if line.prose:
        return "prose"
    return "long-no-stop" if line.words >= 8 else "short"


def fates(raw: str) -> tuple[list, list[str], list[bool], str]:
    """The cleaner's lines of ``raw``, each one's fate (a cause, or "kept"), whether it was kept,
    and the cleaned text, by the same steps as ``clean._article``."""
    from dateline.ingest import clean
    from dateline.ingest.body import _segments, comments_start, select_body
    from dateline.ingest.encoding import repair
    from dateline.ingest.lines import tag_lines, text_lines

    lines = text_lines(repair(raw)[0])
    if not lines:
        return [], [], [], ""
    tag_lines(lines)
    body = select_body(lines)
    inside = clean._model_choice(lines, body) if body else set(range(len(lines)))
    limit = comments_start(lines)
    segments = _segments(lines, limit)
    kept_segments = {next((k for k, (lo, hi) in enumerate(segments) if lo <= i < hi), None) for i in body}
    first, last = (min(body), max(body)) if body else (0, len(lines) - 1)
    kept_lines = []
    for index, line in enumerate(lines):
        if index in inside and line.kind not in clean.ALWAYS_DROPPED:
            kept_lines.append(line)
    kept_lines = clean._drop_repeats(kept_lines)
    kept_ids = {id(line) for line in kept_lines}
    # the line clean_text reads as the title (clean._headline_index): some gold bodies keep it
    headline = clean._headline_index(lines, min(inside)) if inside else None
    out, kept = [], []
    for index, line in enumerate(lines):
        is_kept = id(line) in kept_ids
        kept.append(is_kept)
        if line.kind == "repeated_lede":
            out.append("lede-repeat")
        elif index in inside and line.kind in clean.ALWAYS_DROPPED:
            out.append(f"rule:{line.kind}")
        elif index in inside:
            out.append("model-add" if body and index not in body else "stretch")
        elif index in body:
            out.append("model-drop")
        elif index == headline:
            out.append("headline")
        elif index >= limit:
            out.append("comments-cut")
        elif next((k for k, (lo, hi) in enumerate(segments) if lo <= index < hi), None) not in kept_segments:
            out.append("barrier-cut")
        elif index < first:
            out.append("stretch-head")
        elif index > last:
            out.append("stretch-tail")
        else:
            out.append("stretch-gap")
    return lines, out, kept, clean._assemble(kept_lines)


def page_causes(page: dict, raw: str, score_page) -> dict:
    """Per cause: gold words lost or junk words kept, and the page's (precision, recall) with that
    cause alone mended; plus the page's own (precision, recall)."""
    from dateline.ingest.clean import _assemble

    lines, causes, kept, text = fates(raw)
    gold_words = _WORD.findall(page["body"].lower())
    joined = " " + " ".join(gold_words) + " "
    grams = {tuple(gold_words[i:i + 4]) for i in range(len(gold_words) - 3)}
    shares = [gold_share(line.key, grams, joined) for line in lines]
    # the gold's span: its first and last line of PROSE_WORDS words or more (a menu item or the
    # headline that happens to stand in the gold does not stretch it)
    gold_lines = [k for k, s in enumerate(shares) if s >= 0.5 and lines[k].words >= 8]
    lo, hi = (min(gold_lines), max(gold_lines)) if gold_lines else (len(lines), -1)
    named: dict[str, list[int]] = defaultdict(list)
    words: dict[str, float] = defaultdict(float)
    for k, (line, cause, is_kept, share) in enumerate(zip(lines, causes, kept, shares)):
        if is_kept and share < 0.5:
            where = "kept-head" if k < lo else "kept-tail" if k > hi else "kept-middle"
            label = (f"{where}" if cause == "stretch" else cause) + f" [{form_of(line)}]"
            named["junk " + label].append(k)
            words["junk " + label] += line.words * (1 - share)
        elif not is_kept and share >= 0.5:
            label = f"{cause} [{form_of(line)}]"
            named["lost " + label].append(k)
            words["lost " + label] += line.words * share
    base = score_page(page["body"], text)
    result = {"base": base, "causes": {}}
    for label, indexes in named.items():
        chosen = set(indexes)
        if label.startswith("lost "):
            mended = [line for k, line in enumerate(lines) if kept[k] or k in chosen]
        else:
            mended = [line for k, line in enumerate(lines) if kept[k] and k not in chosen]
        result["causes"][label] = (words[label], score_page(page["body"], _assemble(mended)))
    return result


def renderings(shared: Path, sets: dict[str, list[dict]], wanted: tuple[str, ...]):
    given = {}
    if "given" in wanted and "scrapinghub" in sets:
        given = {row["id"]: row["text"] for row in read_jsonl(
            shared / "data" / "extraction" / "scrapinghub" / "plaintext.jsonl")}
    for name, pages in sets.items():
        for page in pages:
            if "given" in wanted and page["id"] in given and name == "scrapinghub":
                yield "given", page, given[page["id"]]
            if "flat" in wanted:
                yield "flat", page, flatten(page["html_text"])
            if "nodes" in wanted:
                yield "nodes", page, node_text(page["html_text"])
            if "reader" in wanted:
                yield "reader", page, reader_copy(page["html_text"], page["url"])
            if "wrapped" in wanted:
                yield "wrapped", page, wrapped(flatten(page["html_text"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--sets", default=None, help="comma-separated set names (default: all)")
    parser.add_argument("--renderings", default=",".join(RENDERINGS), help="given,flat,nodes,reader,wrapped (wrapped: the flattened page hard-wrapped at 78 columns)")
    parser.add_argument("--pages", type=int, default=0, help="list the N pages that lose most (tune half only)")
    parser.add_argument("--top", type=int, default=25, help="causes printed per group")
    parser.add_argument("--by-set", action="store_true", help="a group per set too, beside the human sets together")
    args = parser.parse_args(argv)
    score_page = scorer(args.shared)
    sets = load_sets(args.shared, None, args.sets.split(",") if args.sets else None)
    wanted = tuple(r for r in args.renderings.split(",") if r)
    groups: dict[str, list[dict]] = defaultdict(list)
    listed = []
    for rendering, page, raw in renderings(args.shared, sets, wanted):
        if page["half"] != args.half:
            continue
        found = page_causes(page, raw, score_page)
        group = f"{rendering} {'human' if page['human'] else page['set']}"
        groups[group].append(found)
        if other_language(page):
            groups[f"{rendering} other languages"].append(found)
        if args.by_set and page["human"]:
            groups[f"{rendering} {page['set']}"].append(found)
        if args.pages and args.half == "tune":
            for label, (count, mended) in found["causes"].items():
                gain = f1_of([mended]) - f1_of([found["base"]])
                listed.append((gain, rendering, page["key"], label, count))
    for group, rows in groups.items():
        base = f1_of([row["base"] for row in rows])
        totals: dict[str, list] = defaultdict(lambda: [0, 0.0, 0.0])
        for row in rows:
            for label, (count, mended) in row["causes"].items():
                totals[label][0] += 1
                totals[label][1] += count
        for label in totals:
            # F1 of the group with this cause alone mended on every page it touches
            pairs = [row["causes"][label][1] if label in row["causes"] else row["base"] for row in rows]
            totals[label][2] = f1_of(pairs) - base
        print(f"\n{args.half} half, {group}: {len(rows)} pages, F1 {base:.4f}; cause [form]: pages, words, F1 if mended")
        for label, (pages, count, gain) in sorted(totals.items(), key=lambda t: -t[1][2])[:args.top]:
            print(f"  {label:<44} {pages:>4} {count:>8.0f}  {gain:+.4f}")
    if listed:
        print("\nPages (tune half): the causes that lose most")
        for gain, rendering, key, label, count in sorted(listed, reverse=True)[:args.pages]:
            print(f"  {gain:+.4f} {rendering:<6} {key[:44]:<44} {label} ({count:.0f} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
