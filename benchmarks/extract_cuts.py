#!/usr/bin/env python3
"""Where dateline's HTML body loses gold text that trafilatura's default run keeps, and why.

For every page of one half of the extraction dev sets (extract_sets; the tune half unless told), the
gold recall (extraction_f1.py's shingles) of trafilatura's default ``extract``, of dateline's source
body before its post-processing (html.Stage: trafilatura's fast body, or the body a fallback chose),
of dateline's finished body, and of the finished body with each post-processing rule (html.RULES)
switched off alone. A page where dateline's recall is below trafilatura's by more than ``--margin``
is put down to its causes: "source" (the source body already lacks what trafilatura's default run
found: its full mode, which weighs its own result against readability's and jusText's) and each
rule whose switching off gives recall back. Summed by cause, for English pages and pages in other
languages (extract_sets.language_of) apart.

Pages are listed one by one on the tune half only; on the check half (``--half check``) only the
sums are printed, so that no check page is read while rules are being designed (issue 20).

Usage: extract_cuts.py --shared ../shared [--half tune|check] [--sets a,b] [--margin 0.02]
(sixteenth session of 2026-12-07; the other-language pages' recall, issue 20)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from extract_sets import half_parser, other_language, scorer, sets_of  # noqa: E402


def source_of(stage) -> str:
    """The body dateline's post-processing starts from (html.finish's choice, loose prose aside)."""
    return stage.source()


def causes(page: dict, stage, score_page, margin: float) -> tuple[float, float, float, list[str]]:
    """(trafilatura's recall, the source's, dateline's, the causes of dateline's shortfall)."""
    import trafilatura

    from dateline.ingest import html

    traf = score_page(page["body"], trafilatura.extract(page["html_text"], url=page["url"]) or "")[1]
    if not isinstance(stage, html.Stage):
        return traf, 0.0, 0.0, ["unusable"] if traf > margin else []
    source = score_page(page["body"], source_of(stage))[1]
    mine = score_page(page["body"], html.finish(stage).text)[1]
    found: list[str] = []
    if mine >= traf - margin:
        return traf, source, mine, found
    if source < traf - margin / 2:
        found.append("source")
    if mine < source - margin / 4:
        for rule in html.RULES:
            if score_page(page["body"], html.finish(stage, frozenset({rule})).text)[1] > mine + margin / 8:
                found.append(rule)
        if len(found) == ("source" in found):
            found.append("post-processing, several rules")
    return traf, source, mine, found


def main(argv: list[str] | None = None) -> int:
    parser = half_parser(__doc__.split("\n\n")[0])
    parser.add_argument("--margin", type=float, default=0.02, help="recall shortfall that counts")
    args = parser.parse_args(argv)
    from dateline.ingest import html

    score_page = scorer(args.shared)
    sets = sets_of(args)
    counted: dict[str, Counter] = {"en": Counter(), "other": Counter()}
    lost: dict[str, Counter] = {"en": Counter(), "other": Counter()}
    pages = {"en": 0, "other": 0}
    for name, rows in sets.items():
        for page in rows:
            if page["half"] != args.half:
                continue
            group = "other" if other_language(page) else "en"
            pages[group] += 1
            stage = html.extract_stage(page["html_text"], page["url"])
            traf, source, mine, found = causes(page, stage, score_page, args.margin)
            for cause in found:
                counted[group][cause] += 1
                lost[group][cause] += traf - mine
            if found and args.half == "tune":
                print(f"{page['key'][:48]:<48} {page['language'] or '-':>3}  recall trafilatura {traf:.3f}"
                      f"  source {source:.3f}  dateline {mine:.3f}  {', '.join(found)}")
    for group in ("en", "other"):
        print(f"\n{args.half} half, {'English' if group == 'en' else 'other languages'} ({pages[group]} pages):"
              " pages where dateline's recall is below trafilatura's, by cause (recall lost, summed)")
        for cause, count in counted[group].most_common():
            print(f"  {cause:<32} {count:>4}  {lost[group][cause]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
