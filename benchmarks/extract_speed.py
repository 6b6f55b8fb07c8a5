#!/usr/bin/env python3
"""HTML extraction speed: dateline's ``to_document`` against trafilatura's default ``extract``.

Every page of the extraction sets (``extract_sets.load_sets``), decoded once; each run calls both
extractors page by page in alternation (each goes first on every other page), timing each call in
CPU seconds of this process (``time.process_time``), so that load from other work on a shared
machine weighs on both alike. ``--runs`` runs; each run's ratio (dateline's pages per CPU second
over trafilatura's) is printed and the median of the runs reported.

``--dump FILE`` writes every page's Document JSON (all fields) as JSON lines, in page order, so
that a change that must not alter the output is checked with ``cmp before.jsonl after.jsonl``.
``--profile`` prints the cProfile of one dateline pass over all pages (``--top`` rows, by
``--sort``: ``tottime``, time spent in the function itself, or ``cumulative``).

Usage: extract_speed.py --shared ../shared [--runs 3] [--limit N] [--dump FILE] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.ingest import RawArticle, to_document  # noqa: E402
from extract_sets import load_sets  # noqa: E402


def dateline_html(page: dict) -> dict:
    doc = to_document(RawArticle(source=page["id"], format="html", content=page["html_text"],
                                 id=page["id"], url=page["url"]))
    return doc.as_dict()


def trafilatura_default(page: dict) -> str:
    import trafilatura

    return trafilatura.extract(page["html_text"], url=page["url"]) or ""


def one_run(pages: list[dict]) -> tuple[float, float]:
    """CPU seconds of dateline and of trafilatura over ``pages``, called in alternation."""
    spent = [0.0, 0.0]
    runs = (dateline_html, trafilatura_default)
    for number, page in enumerate(pages):
        order = (1, 0) if number % 2 else (0, 1)
        for k in order:
            started = time.process_time()
            runs[k](page)
            spent[k] += time.process_time() - started
    return spent[0], spent[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--dump", type=Path, default=None, help="write every page's Document JSON here")
    parser.add_argument("--profile", action="store_true", help="cProfile one dateline pass")
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    pages = [page for rows in load_sets(args.shared, args.limit).values() for page in rows]
    if not pages:
        print("no pages; nothing to do")
        return 0
    dateline_html(pages[0]), trafilatura_default(pages[0])  # warm-up: imports, first-call set-up
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for page in pages:
                out.write(json.dumps(dateline_html(page), ensure_ascii=False, sort_keys=True) + "\n")
        print(f"wrote {len(pages)} Documents to {args.dump}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for page in pages:
            dateline_html(page)
        profile.disable()
        pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    ratios = []
    for run in range(args.runs):
        mine, theirs = one_run(pages)
        ratios.append(theirs / mine)
        print(f"run {run + 1}: dateline {len(pages) / mine:.1f} pages/CPU s, trafilatura default "
              f"{len(pages) / theirs:.1f} pages/CPU s ({ratios[-1]:.3f}x); load {os.getloadavg()[0]:.1f}")
    if ratios:
        print(f"{len(pages)} pages, median of {len(ratios)} runs: {statistics.median(ratios):.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
