#!/usr/bin/env python3
"""Turn the project's Wikinews coreference labels (wikinews_coref_spec.json, written by hand
following coref_guideline.md) into wikinews_coref.jsonl, in the GUM gold format that
``../shared/eval/coref_score.py`` reads: ``{id, published, title, genre, text, chains: [{entity_type,
eid, mentions: [{start, end, text}]}]}``. Texts come from ``samples/wikinews/wikinews.jsonl``
(Wikinews, CC BY 2.5; see samples/wikinews/CREDIT.md).

A mention ``"exact text#k"`` is the k-th whole-word, case-sensitive occurrence of that text in the
article; ``"exact text#k^word"`` also gives its head word, written by hand where the head is not the
last word ("a member of the French Parliament#1^member"), as GUM gives every mention's head: the
scorer then aligns a predicted span inside the mention that holds its head ("a member"). A label
that does not resolve stops the build with the document and the label.

Usage: build_wikinews_coref.py   (from the repository root; writes training/actors/wikinews_coref.jsonl)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def locate(text: str, label: str) -> tuple[int, int]:
    phrase, _, k = label.partition("^")[0].rpartition("#")
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
    found = [m.span() for m in pattern.finditer(text)]
    if not k.isdigit() or not 1 <= int(k) <= len(found):
        raise ValueError(f"{label!r}: {len(found)} occurrences")
    return found[int(k) - 1]


def head_of(text: str, label: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the label's head word inside its span, None when the label gives none."""
    word = label.partition("^")[2]
    if not word:
        return None
    found = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text[start:end])
    if found is None:
        raise ValueError(f"{label!r}: no head {word!r} in the span")
    return start + found.start(), start + found.end()


def main() -> int:
    spec = json.loads((HERE / "wikinews_coref_spec.json").read_text(encoding="utf-8"))
    articles = {}
    with open(ROOT / "samples" / "wikinews" / "wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            articles[record["id"]] = record
    out = []
    for doc in spec["documents"]:
        article = articles[doc["id"]]
        text = article["text"]
        chains = []
        for n, chain in enumerate(doc["chains"], 1):
            mentions = []
            for label in chain["mentions"]:
                try:
                    start, end = locate(text, label)
                    head = head_of(text, label, start, end)
                except ValueError as exc:
                    print(f"{doc['id']}: {exc}", file=sys.stderr)
                    return 1
                mention = {"start": start, "end": end, "text": text[start:end]}
                if head is not None:
                    mention["head_start"], mention["head_end"] = head
                mentions.append(mention)
            mentions.sort(key=lambda m: (m["start"], m["end"]))
            chains.append({"entity_type": chain["entity_type"], "eid": f"{doc['id']}-{n}",
                           "name": chain["name"], "mentions": mentions})
        record = {"id": doc["id"], "published": article.get("published"), "title": article.get("title"),
                  "genre": "news", "source_url": article.get("url"), "text": text, "chains": chains}
        if doc.get("added"):
            record["added"] = doc["added"]  # the labelling round: each is split in halves of its own
        out.append(record)
    with open(HERE / "wikinews_coref.jsonl", "w", encoding="utf-8") as f:
        for record in out:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents, {sum(len(r['chains']) for r in out)} chains, "
          f"{sum(len(c['mentions']) for r in out for c in r['chains'])} mentions -> wikinews_coref.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
