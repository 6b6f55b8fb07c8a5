#!/usr/bin/env python3
"""Article-body extraction benchmark: dateline (HTML and scraped plain text) vs trafilatura.

Data: ``SHARED/data/extraction/scrapinghub/`` (``pages.jsonl`` = HTML pages, ``plaintext.jsonl`` =
the same pages flattened to full-page text, boilerplate included; both with gold bodies).
Every system writes its predictions as JSON Lines to a temporary folder; the judged numbers are
computed by ``SHARED/eval/extraction_f1.py`` run on those files, and the seed's body/metadata
expectations by ``SHARED/eval/seed_check.py``.

Speed is pages per second of the extraction call alone (reading and decompressing the files is not
timed), single process, in CPU seconds of this process (``time.process_time``) so that other work
on a shared machine does not skew it; dateline and trafilatura run page by page in alternation
(each goes first on every other page) so both see the same caches and load.

Usage: bench_extract.py --shared ../shared [--limit N] [--keep DIR]
Example: python benchmarks/bench_extract.py --shared ../shared --limit 40
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.ingest import RawArticle, to_document  # noqa: E402
from common import read_jsonl, write_jsonl  # noqa: E402


def timed(items: list, runs: list) -> list[tuple[list[dict], float]]:
    """Run every ``run(item) -> dict`` over ``items`` in alternation; predictions and pages/s each."""
    outputs = [[] for _ in runs]
    spent = [0.0 for _ in runs]
    for number, item in enumerate(items):
        order = list(range(len(runs)))
        if number % 2:
            order.reverse()
        for k in order:
            started = time.process_time()
            row = runs[k](item)
            spent[k] += time.process_time() - started
            outputs[k].append(row)
    return [(out, len(items) / s if s else float("inf")) for out, s in zip(outputs, spent)]


def score(shared: Path, gold: Path, pred: Path) -> dict:
    result = subprocess.run([sys.executable, str(shared / "eval" / "extraction_f1.py"), str(gold), str(pred),
                             "--json"], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def seed_checks(shared: Path, folder: Path) -> dict:
    seed = (ROOT / "samples" / "seed-article.txt").read_text(encoding="utf-8")
    document = to_document(RawArticle(source="seed", format="text", content=seed), clean=True)
    path = folder / "seed.json"
    path.write_text(json.dumps(document.as_dict(), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(shared / "eval" / "seed_check.py"),
                             str(shared / "data" / "seed" / "expected.json"), str(path), "--json"],
                            capture_output=True, text=True)
    return json.loads(result.stdout)["sections"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--keep", type=Path, default=None, help="write predictions here, not to a temp dir")
    args = parser.parse_args(argv)
    data = args.shared / "data" / "extraction" / "scrapinghub"
    if not (data / "pages.jsonl").exists():
        print(f"no extraction data under {data}; nothing to do")
        return 0
    import trafilatura

    pages = read_jsonl(data / "pages.jsonl", args.limit)
    for page in pages:
        page["html_text"] = gzip.decompress((data / page["html"]).read_bytes()).decode("utf-8", "replace")
    plain = read_jsonl(data / "plaintext.jsonl", args.limit)

    def dateline_html(page):
        doc = to_document(RawArticle(source=page["id"], format="html", content=page["html_text"],
                                     id=page["id"], url=page["url"]))
        return doc.as_dict()

    def trafilatura_default(page):
        return {"id": page["id"], "text": trafilatura.extract(page["html_text"], url=page["url"]) or ""}

    def dateline_plain(row):
        doc = to_document(RawArticle(source=row["id"], format="text", content=row["text"], id=row["id"]))
        return doc.as_dict()

    def raw_plain(row):
        return {"id": row["id"], "text": row["text"]}

    # warm-up: imports and first-call set-up are not what is measured
    dateline_html(pages[0]), trafilatura_default(pages[0]), dateline_plain(plain[0])
    results = timed(pages, [dateline_html, trafilatura_default]) + timed(plain, [dateline_plain, raw_plain])
    names = ["dateline-html", "trafilatura", "dateline-plaintext", "raw plaintext"]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_extract_"))
    folder.mkdir(parents=True, exist_ok=True)
    gold = folder / "gold.jsonl"
    write_jsonl(gold, [{"id": p["id"], "body": p["body"]} for p in pages])
    rows = []
    for name, (predictions, speed) in zip(names, results):
        pred = folder / f"{name.replace(' ', '_')}.jsonl"
        write_jsonl(pred, predictions)
        result = score(args.shared, gold, pred)
        rows.append((name, result["precision"], result["recall"], result["f1"], speed))
    print(f"scrapinghub article bodies, {len(pages)} pages (extraction_f1.py, word 4-gram shingles)")
    print(f"{'system':<20} {'P':>7} {'R':>7} {'F1':>7} {'pages/s':>9}  (pages per CPU second)")
    for name, p, r, f, speed in rows:
        shown = f"{speed:9.1f}" if name != "raw plaintext" else f"{'-':>9}"
        print(f"{name:<20} {p:7.4f} {r:7.4f} {f:7.4f} {shown}")
    sections = seed_checks(args.shared, folder)
    for section in ("body", "metadata"):
        s = sections.get(section, {"passed": 0, "total": 0})
        print(f"seed {section:<9} {s['passed']}/{s['total']} (seed_check.py)")
    if args.keep is None:
        print(f"predictions in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
