"""The extraction dev sets for bench_extract.py: loading, tune/check halves, plain-text renderings.

The sets under ``SHARED/data/extraction/`` are evaluation only (see each README), except ScrapingHub
(MIT), whose tune half alone trains the plain-text line classifier (training/ingest/train.py); the
rules' constants were set on the tune halves of all sets and are reported on the check halves. Halves are fixed: a page is in the check half when the first byte of
sha1("dateline-extract:" + set + ":" + id) is odd, so every run and every person gets the same split.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import sys
from pathlib import Path

from common import read_jsonl

# human gold first; readability's gold is Readability.js output, reported on its own
HUMAN_SETS = ("scrapinghub", "l3s-gn1", "dragnet", "cleanportaleval")
TOOL_SETS = ("mozilla-readability",)
SEED = "dateline-extract"


def half(set_name: str, page_id: str) -> str:
    digest = hashlib.sha1(f"{SEED}:{set_name}:{page_id}".encode()).digest()
    return "check" if digest[0] % 2 else "tune"


def load_sets(shared: Path, limit: int | None = None, only: list[str] | None = None) -> dict[str, list[dict]]:
    """Every available set: pages with ``html_text`` decoded the way dateline reads a file."""
    from dateline.errors import InputError
    from dateline.ingest.readers import decode

    sets = {}
    for name in HUMAN_SETS + TOOL_SETS:
        if only and name not in only:
            continue
        folder = shared / "data" / "extraction" / name
        if not (folder / "pages.jsonl").exists():
            continue
        pages = read_jsonl(folder / "pages.jsonl", limit)
        for page in pages:
            data = gzip.decompress((folder / page["html"]).read_bytes())
            try:
                page["html_text"] = decode(data, page["id"])[0]
            except InputError:
                page["html_text"] = data.decode("utf-8", "replace")
            page["set"], page["half"] = name, half(name, page["id"])
            page["key"], page["human"] = f"{name}/{page['id']}", name in HUMAN_SETS
        sets[name] = pages
    return sets


_BLOCK = frozenset("""address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul
option select button label""".split())
_SKIP = frozenset("script style noscript template svg head iframe object canvas".split())


def flatten(html: str) -> str:
    """Whole-page text the way a scraper flattens it: every visible text node with its white space
    collapsed, a line break around each block element (as html-text does), nothing dropped but
    scripts, styles and the head."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=utf8_parser())
    except Exception:
        return ""
    parts: list[str] = []

    body = root.find("body")
    # a broken page (an unclosed <title>) can put everything in the head: read the whole tree then
    skip = _SKIP if body is not None and body.text_content().strip() else _SKIP - {"head"}

    def text(value: str | None) -> None:
        if value:   # white space inside a text node is a space, as a browser renders it
            parts.append(_WS.sub(" ", value))

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in skip or not isinstance(element.tag, str):
            text(element.tail)
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        text(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        text(element.tail)

    walk(body if skip is _SKIP else root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def utf8_parser():
    """An HTML parser for text that was decoded already (re-encoded as UTF-8 to drop its meta charset)."""
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8")


def scorer(shared: Path):
    """``score_page(gold, pred) -> (p, r)`` of SHARED/eval/extraction_f1.py (for in-process ablations)."""
    sys.path.insert(0, str(shared / "eval"))
    import extraction_f1

    return extraction_f1.score_page


def f1_of(pairs: list[tuple[float, float]]) -> float:
    """The scorer's F1: mean precision and mean recall over pages, then their harmonic mean."""
    if not pairs:
        return 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return 2 * p * r / (p + r) if p + r else 0.0


_WS = re.compile(r"\s+")
