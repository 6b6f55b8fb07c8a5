#!/usr/bin/env python3
"""Run-on text: the cleaner's time on texts that never stop, at doubling sizes.

Two shapes that were quadratic before the nineteenth session (robust19):

- ``cut`` — a text cut at its links whose pieces all go on one another with no sentence end (a cut
  text that never stops): ``lines.rejoin_fragments`` joins them into one line; before, each joint
  read the whole line built so far (its word count, its last word, its end), so the cost grew with
  the square of the text;
- ``blog`` — a live blog of one writer who signs every entry ("Posted by: Jane Doe on 3 Mar 2024"):
  ``body.comments_start`` asks at each signature whether a thread of commenters starts there, and
  ``_signed_thread`` rebuilt the page's bylines and walked the rest of the run of signatures at each;
  and, until the twentieth session (robust20), ``body._collect`` scanned the rest of the page again
  for each stretch it took (each entry was one): 800,000 characters 2.97 → 0.89 s, 1,600,000
  10.1 → 1.8 s (the entries, dropped before, are kept now as well).

Each size is timed in CPU seconds of this process (``time.process_time``); the last column is the
time per 100,000 characters, flat when the cost is linear. ``--dump FILE`` writes ``clean_text`` of
every plain rendering of the extraction sets (benchmarks/plain_causes.py's: the given text, the
flattened page, a line per text node, a reader-mode copy) as JSON lines, so that a change that must
not alter the output is checked with ``cmp before.jsonl after.jsonl`` (with
``extract_speed.py --dump`` for the HTML path).

Usage: runon_speed.py [--shapes cut,blog] [--sizes 50000,100000,200000,400000,800000]
       runon_speed.py --shared ../shared --dump FILE
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def cut_text(size: int) -> str:
    """Pieces of one sentence that never ends, as a get_text copy cuts it at its links."""
    pieces = ["the council debated the plan for", "road repairs", ", and the opposition asked about",
              "the budget", "; residents waited for", "an answer", ", while the mayor spoke of"]
    out, length, k = [], 0, 0
    while length < size:
        piece = pieces[k % len(pieces)]
        out.append(piece)
        length += len(piece) + 1
        k += 1
    return "\n".join(out)


def blog_text(size: int) -> str:
    """A live blog of one writer who signs every entry, under a few paragraphs of story."""
    story = ("The storm reached the coast on Monday night, and officials said thousands of homes had "
             "lost power as the wind brought down lines across the region. ") * 4
    out = ["Storm live: the latest", "", story, ""]
    length, k = sum(map(len, out)), 0
    while length < size:
        entry = [f"Posted by: Jane Doe on {1 + k % 28} Mar 2024",
                 f"Crews have restored power to {k * 10} homes in the north, the utility said in an update.", ""]
        out += entry
        length += sum(len(line) + 1 for line in entry)
        k += 1
    return "\n".join(out)


SHAPES = {"cut": cut_text, "blog": blog_text}


def time_shape(name: str, sizes: list[int]) -> None:
    from dateline.ingest.clean import clean_text

    make = SHAPES[name]
    for size in sizes:
        text = make(size)
        started = time.process_time()
        clean_text(text)
        spent = time.process_time() - started
        print(f"{name:5} {len(text):>9,} chars {spent:8.2f} s  {spent / len(text) * 100_000:6.3f} s per 100k")


def dump(shared: Path, path: Path) -> None:
    from dateline.ingest.clean import clean_text
    from extract_sets import load_sets
    from plain_causes import RENDERINGS, renderings

    sets = load_sets(shared)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for rendering, page, raw in renderings(shared, sets, RENDERINGS):
            found = clean_text(raw)
            row = {"page": page["key"], "rendering": rendering, **dataclasses.asdict(found)}
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
            count += 1
    print(f"wrote {count} cleaned renderings to {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapes", default="cut,blog")
    parser.add_argument("--sizes", default="50000,100000,200000,400000,800000")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--dump", type=Path, default=None, help="write clean_text of every plain rendering here")
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.shared, args.dump)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    for name in args.shapes.split(","):
        time_shape(name, sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
