#!/usr/bin/env python3
"""Article-body extraction benchmark: dateline (HTML and scraped plain text) vs trafilatura.

Data: every set under ``SHARED/data/extraction/`` (scrapinghub, l3s-gn1, dragnet, cleanportaleval:
human gold; mozilla-readability: Readability.js output, reported on its own). All are evaluation
only. Each set is split into fixed tune/check halves (extract_sets.half); both are printed, with
a combined check-half line over the human-gold sets.

- HTML: dateline's ``to_document`` beside trafilatura's default ``extract`` on the same decoded
  page, in the same process, and beside the same call with ``include_comments=False`` (the default
  keeps comment threads; dateline drops them, so that run is the like-for-like one).
- Plain text: ScrapingHub's given full-page text (html-text output) and, for every set, the page
  flattened to text in this benchmark the way a scraper does (extract_sets.flatten); in a table of
  their own, two other scrapers' renderings of every page: get_text with a line per text node and
  the <title> first (extract_sets.node_text) and a reader-mode copy (extract_sets.reader_copy).
- HTML bodies are also judged the way a must-appear snippet judge reads them (issue 20's hidden
  multilingual set): the share of gold snippets, each gold paragraph's first and last words, found
  character for character (extract_sets.snippets_found).
- Rows of the pages in other languages than English (extract_sets.language_of, from the gold
  body's function words or script) follow each table's set rows.
- ``--ablation``: each post-processing rule switched off alone (html.RULES, clean.RULES); the
  change of check-half F1 per set and over all human-gold sets.

Every system writes its predictions as JSON Lines to a temporary folder; the judged numbers are
computed by ``SHARED/eval/extraction_f1.py`` run on those files (the ablation imports the same
scorer's ``score_page``), and the seed's body/metadata expectations by ``SHARED/eval/seed_check.py``.

Speed is pages per second of the extraction call alone (reading and decompressing the files is not
timed), single process, in CPU seconds of this process (``time.process_time``) so that other work
on a shared machine does not skew it; dateline and trafilatura run page by page in alternation
(each goes first on every other page) so both see the same caches and load.

Usage: bench_extract.py --shared ../shared [--limit N] [--sets a,b] [--ablation] [--keep DIR]
Example: python benchmarks/bench_extract.py --shared ../shared --limit 40
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.ingest import RawArticle, to_document  # noqa: E402
from common import read_jsonl, write_jsonl  # noqa: E402
from extract_sets import (f1_of, flatten, load_sets, node_text, other_language, reader_copy, scorer,  # noqa: E402
                          SNIPPET_WORDS, snippets_found)


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


def groups(pages: list[dict]) -> list[tuple[str, list[dict]]]:
    """(label, pages) per set and half, the combined human-gold check half, readability apart."""
    out = []
    names = list(dict.fromkeys(p["set"] for p in pages))
    for name in names:
        in_set = [p for p in pages if p["set"] == name]
        for part in ("tune", "check"):
            out.append((f"{name} {part}", [p for p in in_set if p["half"] == part]))
        out.append((f"{name} all", in_set))
    human = [p for p in pages if p["human"]]
    if human:
        out.append(("HUMAN SETS check", [p for p in human if p["half"] == "check"]))
        out.append(("HUMAN SETS tune", [p for p in human if p["half"] == "tune"]))
    # pages in other languages than English (extract_sets.language_of), every set together, then
    # the human-gold sets alone: how the English-leaning rules fare on the rest
    for label, chosen in (("OTHER LANGUAGES", pages), ("OTHER LANGUAGES, human", human)):
        foreign = [p for p in chosen if other_language(p)]
        for part in ("check", "tune"):
            out.append((f"{label} {part}", [p for p in foreign if p["half"] == part]))
    return out


def table(shared: Path, folder: Path, title: str, pages: list[dict], systems: dict[str, list[dict]],
          gold_field: str = "body") -> None:
    """Score every system on every group with extraction_f1.py and print one row per group."""
    preds = {}
    for name, rows in systems.items():
        preds[name] = folder / f"{title.split()[0]}-{name}.jsonl"
        write_jsonl(preds[name], [dict(row, id=p["key"]) for p, row in zip(pages, rows)])
    names = list(systems)
    print(f"\n{title} (extraction_f1.py: word 4-gram shingles; P/R/F1 per system)")
    print(f"{'group':<28} {'pages':>5}  " + "  ".join(f"{n:>22}" for n in names))
    for label, members in groups(pages):
        if not members:
            continue
        gold = folder / "gold.jsonl"
        write_jsonl(gold, [{"id": p["key"], "body": p[gold_field]} for p in members])
        cells = []
        for name in names:
            r = score(shared, gold, preds[name])
            cells.append(f"{r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}")
        print(f"{label:<28} {len(members):>5}  " + "  ".join(f"{c:>22}" for c in cells))


def snippet_table(title: str, pages: list[dict], systems: dict[str, list[dict]]) -> None:
    """Gold snippets found (extract_sets.snippets_found: a paragraph's first and last words, white
    space normalised, character for character), pooled over each group's pages, per system: how a
    must-appear snippet judge sees the same bodies."""
    names = list(systems)
    print(f"\n{title}, gold snippets found (each gold paragraph's first and last {SNIPPET_WORDS} words, exact;"
          " extract_sets.snippets_found)")
    print(f"{'group':<28} {'snips':>5}  " + "  ".join(f"{n:>16}" for n in names))
    index = {p["key"]: i for i, p in enumerate(pages)}
    for label, members in groups(pages):
        if not members:
            continue
        total = sum(snippets_found(p["body"], "")[1] for p in members)
        cells = []
        for name in names:
            hits = sum(snippets_found(p["body"], systems[name][index[p["key"]]].get("text"))[0] for p in members)
            cells.append(f"{hits / total:16.4f}" if total else f"{'-':>16}")
        print(f"{label:<28} {total:>5}  " + "  ".join(cells))


def ablation(shared: Path, pages: list[dict], rules: tuple[str, ...], run) -> None:
    """Check-half F1 with every rule on, and the change when each rule alone is switched off."""
    score_page = scorer(shared)
    check = [p for p in pages if p["half"] == "check"]
    sets = list(dict.fromkeys(p["set"] for p in check))
    columns = sets + ["human all"]
    human = {p["set"]: p["human"] for p in check}

    def f1s(texts: list[str]) -> list[float]:
        pairs = [score_page(p["body"], t) for p, t in zip(check, texts)]
        by = [f1_of([x for p, x in zip(check, pairs) if p["set"] == s]) for s in sets]
        return by + [f1_of([x for p, x in zip(check, pairs) if p["human"]])]

    base = f1s([run(p, frozenset()) for p in check])
    print(f"{'rule switched off':<22} " + " ".join(f"{c[:14]:>14}" for c in columns))
    print(f"{'(all rules on)':<22} " + " ".join(f"{v:14.4f}" for v in base))
    for rule in rules:
        values = f1s([run(p, frozenset({rule})) for p in check])
        deltas = [b - v for b, v in zip(base, values)]   # what the rule brings
        worst = min(d for d, name in zip(deltas, sets) if human[name])
        moved = max(abs(d) for d, name in zip(deltas, columns) if name == "human all" or human.get(name))
        verdict = "no effect" if moved < 1e-4 else ("keep" if deltas[-1] > 0 and worst >= -0.005 else "DROP")
        print(f"{rule:<22} " + " ".join(f"{d:+14.4f}" for d in deltas) + f"  {verdict}")


_MONTHS = ("january february march april may june july august september october november december").split()


def _date_forms(day: str):
    """A regex for ``day`` (and the day before and after: a local date beside a UTC stamp) written
    the ways pages print it: month names (English, and the other languages' names the package
    knows), day-month or month-day, numeric with / . -, ISO. Used only to ask whether a page's
    visible text carries its date at all."""
    import re
    from datetime import date, timedelta

    from dateline.ingest.patterns import FOREIGN_MONTHS

    forms = []
    for value in (date.fromisoformat(day) + timedelta(days=k) for k in (-1, 0, 1)):
        month, d, y = _MONTHS[value.month - 1], value.day, value.year
        names = "(?:" + "|".join([month, month[:3]] + [k for k, v in FOREIGN_MONTHS.items() if v.lower() == month]) + ")"
        forms += [rf"\b{names}\.?\s+0?{d}(?:st|nd|rd|th)?\b", rf"\b0?{d}(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?{names}",
                  rf"\b0?{value.month}[/.]0?{d}[/.](?:{y}|{y % 100:02d})\b",
                  rf"\b0?{d}[./-]0?{value.month}[./-](?:{y}|{y % 100:02d})\b",
                  rf"\b{y}[-./]{value.month:02d}[-./]{d:02d}(?!\d)"]
    return re.compile("|".join(forms), re.IGNORECASE)


def text_carries(field: str, gold, text: str) -> bool:
    """Whether the page's visible text states the expected value at all (no extractor can read a
    date or a byline the text does not print): the date in a written form, the title's words in a
    row, every author's name."""
    import extract_meta

    if field == "date":
        return bool(_date_forms(gold).search(text))
    words = extract_meta.key(text)
    if field == "title":
        return extract_meta.key(gold) in words
    return all(name in words for name in gold)


def metadata_table(pages: list[dict], html_rows: list[dict], flat_rows: list[dict], flat_texts: list[str]) -> None:
    """Date, title and authors against the markup's explicit evidence (extract_meta.py says how);
    each field also on the pages whose visible text carries the value (``text_carries``)."""
    import extract_meta

    systems = ["dateline-html", "trafilatura/htmldate", "dateline-flat-text", "dateline-html-withheld",
               "traf/htmldate-withheld"]
    fields = {"date": "published", "title": "title", "authors": "authors"}
    scored = {(f, sy): [] for f in fields for sy in systems}
    for page, html_row, flat_row, flat in zip(pages, html_rows, flat_rows, flat_texts):
        gold = extract_meta.expected(page["html_text"])
        if all(gold[field] is None for field in fields):
            continue
        base = extract_meta.baseline(page["html_text"], page["url"])
        # the same page with the evidence the expected values come from removed: the fallbacks alone
        hidden = extract_meta.withheld(page["html_text"])
        hidden_row = to_document(RawArticle(source=page["id"], format="html", content=hidden, id=page["id"],
                                            url=page["url"])).as_dict()
        hidden_base = extract_meta.baseline(hidden, page["url"])
        for field, name in fields.items():
            if gold[field] is None:
                continue
            carried = text_carries(field, gold[field], flat)
            values = (html_row.get(name), base[field], flat_row.get(name), hidden_row.get(name), hidden_base[field])
            for system, value in zip(systems, values):
                scored[(field, system)].append((page, carried, extract_meta.correct(field, gold[field], value,
                                                                                           gold["date_stamps"])))
    print("\nMetadata vs the markup's explicit evidence (extract_meta.py; accuracy, pages with evidence;"
          " 'in text': only pages whose flattened text carries the value)")
    print(f"{'field':<8} {'half':<14} {'pages':>5}  " + "  ".join(f"{s:>22}" for s in systems))
    for field in fields:
        for part in ("tune", "check"):
            for subset in ("all", "in text"):
                cells = []
                for system in systems:
                    hits = [ok for page, carried, ok in scored[(field, system)]
                            if page["half"] == part and (subset == "all" or carried)]
                    cells.append(f"{sum(hits) / len(hits):22.3f}" if hits else f"{'-':>22}")
                count = sum(1 for page, carried, _ in scored[(field, systems[0])]
                            if page["half"] == part and (subset == "all" or carried))
                print(f"{field:<8} {part + (' in text' if subset != 'all' else ''):<14} {count:>5}  " + "  ".join(cells))
    named_authors_table(pages, flat_rows, flat_texts)
    dated_table(pages, flat_rows, flat_texts)


def named_authors_table(pages: list[dict], flat_rows: list[dict], flat_texts: list[str]) -> None:
    """Flattened text, authors against the broader markup evidence (extract_meta.named_authors):
    every page whose text prints one of the names the markup gives; right = one of them found."""
    import extract_meta

    hits: dict[str, list[tuple[bool, bool]]] = {"tune": [], "check": []}
    for page, row, flat in zip(pages, flat_rows, flat_texts):
        names = extract_meta.named_authors(page["html_text"])
        words = extract_meta.key(flat)
        printed = [name for name in names or [] if name in words]
        if printed:
            hits[page["half"]].append((extract_meta.named_hit(printed, row.get("authors")), bool(row.get("authors"))))
    print("\nFlattened text, authors vs any name the markup gives (extract_meta.named_authors; pages whose"
          " text prints one): found / wrong non-empty")
    for part, rows in hits.items():
        if rows:
            found, wrong = sum(ok for ok, _ in rows), sum(given and not ok for ok, given in rows)
            print(f"authors  {part:<14} {len(rows):>5}  found {found / len(rows):.3f}  wrong {wrong / len(rows):.3f}")


def dated_table(pages: list[dict], flat_rows: list[dict], flat_texts: list[str]) -> None:
    """Flattened text, date against the broader evidence (extract_meta.dated: the one day every
    machine-readable date of the page and its address name): the same day, within a day (a local
    date beside a UTC one), no date; all pages and those whose text carries the day."""
    import extract_meta

    rows: dict[tuple[str, bool], list[tuple[bool, bool, bool]]] = {}
    for page, row, flat in zip(pages, flat_rows, flat_texts):
        gold = extract_meta.dated(page["html_text"], page["url"])
        if gold is None:
            continue
        found = extract_meta.day(row.get("published"))
        near = found is not None and abs((date.fromisoformat(found) - date.fromisoformat(gold)).days) <= 1
        for carried in {False, text_carries("date", gold, flat)}:
            rows.setdefault((page["half"], carried), []).append((found == gold, near, found is None))
    print("\nFlattened text, date vs every machine-readable date and the address (extract_meta.dated):"
          " same day / within a day / none")
    for part in ("tune", "check"):
        for carried in (False, True):
            hits = rows.get((part, carried), [])
            if hits:
                same, near, none = (sum(h[k] for h in hits) / len(hits) for k in range(3))
                print(f"date     {part + (' in text' if carried else ''):<14} {len(hits):>5}  same day {same:.3f}"
                      f"  within a day {near:.3f}  none {none:.3f}")


def given_metadata_table(pairs: list[tuple[dict, dict]], what: str = "ScrapingHub's given html-text renderings",
                         tag: str = "given") -> None:
    """ScrapingHub's own html-text renderings (a scraper's output, not the benchmark's flattening),
    or another rendering (``what``, rows marked ``tag``): date / title / authors against the markup's
    explicit evidence (extract_meta.expected) and authors against any name the markup gives
    (extract_meta.named_authors, pages whose text prints one)."""
    import extract_meta

    if not pairs:
        return
    fields = {"date": "published", "title": "title", "authors": "authors"}
    print(f"\n{what}, metadata (strict sets: accuracy and pages; authors,"
          " any markup name: found / wrong non-empty)")
    for part in ("tune", "check"):
        hits = {field: [] for field in fields}
        named: list[tuple[bool, bool]] = []
        for page, row in pairs:
            if page["half"] != part:
                continue
            gold = extract_meta.expected(page["html_text"])
            for field, name in fields.items():
                if gold[field] is not None:
                    hits[field].append(extract_meta.correct(field, gold[field], row.get(name), gold["date_stamps"]))
            words = extract_meta.key(page["plain"])
            printed = [n for n in extract_meta.named_authors(page["html_text"]) or [] if n in words]
            if printed:
                found = extract_meta.named_hit(printed, row.get("authors"))
                named.append((found, bool(row.get("authors")) and not found))
        cells = "  ".join(f"{field} {sum(h) / len(h):.3f} ({len(h)})" for field, h in hits.items() if h)
        if named:
            cells += (f"  authors, any name: found {sum(f for f, _ in named) / len(named):.3f}"
                      f" wrong {sum(w for _, w in named) / len(named):.3f} ({len(named)})")
        print(f"{tag:<8} {part:<14} {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--sets", default=None, help="comma-separated set names (default: all)")
    parser.add_argument("--ablation", action="store_true", help="switch each post-processing rule off alone")
    parser.add_argument("--keep", type=Path, default=None, help="write predictions here, not to a temp dir")
    args = parser.parse_args(argv)
    sets = load_sets(args.shared, args.limit, args.sets.split(",") if args.sets else None)
    if not sets:
        print(f"no extraction data under {args.shared / 'data' / 'extraction'}; nothing to do")
        return 0
    import trafilatura
    from dateline.ingest import clean as clean_module
    from dateline.ingest import html as html_module

    pages = [page for rows in sets.values() for page in rows]

    def dateline_html(page):
        doc = to_document(RawArticle(source=page["id"], format="html", content=page["html_text"],
                                     id=page["id"], url=page["url"]))
        return doc.as_dict()

    def trafilatura_default(page):
        return {"id": page["id"], "text": trafilatura.extract(page["html_text"], url=page["url"]) or ""}

    def trafilatura_no_comments(page):
        # trafilatura's default run but for the comments (its default keeps them; dateline drops them)
        return {"id": page["id"], "text": trafilatura.extract(page["html_text"], url=page["url"],
                                                               include_comments=False) or ""}

    def dateline_plain(page):
        doc = to_document(RawArticle(source=page["id"], format="text", content=page["plain"], id=page["id"]))
        return {"id": page["id"], "text": doc.text, "title": doc.title, "published": doc.published,
                "authors": list(doc.authors)}

    def raw_plain(page):
        return {"id": page["id"], "text": page["plain"]}

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_extract_"))
    folder.mkdir(parents=True, exist_ok=True)
    # warm-up: imports and first-call set-up are not what is measured
    dateline_html(pages[0]), trafilatura_default(pages[0]), trafilatura_no_comments(pages[0])
    (html_rows, html_speed), (traf_rows, traf_speed), (bare_rows, bare_speed) = timed(
        pages, [dateline_html, trafilatura_default, trafilatura_no_comments])
    table(args.shared, folder, "HTML article bodies", pages,
          {"dateline": html_rows, "trafilatura": traf_rows, "traf-no-comments": bare_rows})
    snippet_table("HTML article bodies", pages,
                  {"dateline": html_rows, "trafilatura": traf_rows, "traf-no-comments": bare_rows})
    print(f"speed, {len(pages)} pages: dateline {html_speed:.1f} pages/s, trafilatura default "
          f"{traf_speed:.1f} pages/s ({html_speed / traf_speed:.2f}x; pages per CPU second), "
          f"trafilatura without comments {bare_speed:.1f} pages/s")

    # plain text: ScrapingHub's given html-text rendering, and every page flattened here
    plain_pages = []
    if "scrapinghub" in sets:
        given = {row["id"]: row["text"] for row in read_jsonl(
            args.shared / "data" / "extraction" / "scrapinghub" / "plaintext.jsonl")}
        for page in sets["scrapinghub"]:
            if page["id"] in given:
                plain_pages.append(dict(page, set="scrapinghub-given", key="given/" + page["key"],
                                        plain=given[page["id"]]))
    for page in pages:
        plain_pages.append(dict(page, set=page["set"] + "-flat", key="flat/" + page["key"],
                                plain=flatten(page["html_text"])))
    (clean_rows, clean_speed), (raw_rows, _) = timed(plain_pages, [dateline_plain, raw_plain])
    table(args.shared, folder, "Plain-text article bodies", plain_pages,
          {"dateline": clean_rows, "raw text": raw_rows})
    print(f"plain-text cleaning speed: {clean_speed:.1f} pages/s")

    flat = [(p, r) for p, r in zip(plain_pages, clean_rows) if p["set"].endswith("-flat")]
    metadata_table(pages, html_rows, [r for _, r in flat], [p["plain"] for p, _ in flat])
    given_metadata_table([(p, r) for p, r in zip(plain_pages, clean_rows) if p["set"] == "scrapinghub-given"])

    # other scrapers' renderings of the same pages (extract_sets.node_text, reader_copy): reported on
    # their own, so the rows above stay comparable across sessions
    other_pages = []
    for page in pages:
        other_pages.append(dict(page, set=page["set"] + "-nodes", key="nodes/" + page["key"],
                                plain=node_text(page["html_text"])))
        other_pages.append(dict(page, set=page["set"] + "-reader", key="reader/" + page["key"],
                                plain=reader_copy(page["html_text"], page["url"])))
    other_pages.sort(key=lambda p: p["set"].rsplit("-", 1)[1])   # every node-text rendering, then the reader copies
    (other_rows, other_speed), (other_raw, _) = timed(other_pages, [dateline_plain, raw_plain])
    table(args.shared, folder, "Other-scrapers' renderings, article bodies (nodes: get_text, a line per text node;"
          " reader: a reader-mode copy)", other_pages, {"dateline": other_rows, "raw text": other_raw})
    for kind, what in (("nodes", "get_text renderings (a line per text node, <title> first)"),
                       ("reader", "reader-mode copies (headline, header lines, story)")):
        given_metadata_table([(p, r) for p, r in zip(other_pages, other_rows) if p["set"].endswith("-" + kind)],
                             what, kind)

    if args.ablation:
        print("\nAblation, HTML: F1 the rule brings on the check halves (on minus off); "
              "keep = wins over the human sets together and loses <= 0.005 on each")

        stages = {}

        def html_run(page, off):
            if page["key"] not in stages:
                stages[page["key"]] = html_module.extract_stage(page["html_text"], page["url"])
            stage = stages[page["key"]]
            return stage.text if not isinstance(stage, html_module.Stage) else html_module.finish(stage, off).text
        ablation(args.shared, pages, html_module.RULES, html_run)
        stages.clear()
        print("\nAblation, plain text (flattened and given renderings)")
        ablation(args.shared, plain_pages, clean_module.RULES,
                 lambda page, off: clean_module.clean_text(page["plain"], off).text)

    sections = seed_checks(args.shared, folder)
    for section in ("body", "metadata"):
        s = sections.get(section, {"passed": 0, "total": 0})
        print(f"seed {section:<9} {s['passed']}/{s['total']} (seed_check.py)")
    if args.keep is None:
        print(f"predictions in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
