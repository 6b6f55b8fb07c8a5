#!/usr/bin/env python3
"""Page by page, where dateline's HTML body F1 falls below trafilatura's default run on the same page,
and which step of dateline's put it there.

For every page of one half of the extraction dev sets (extract_sets; the tune half unless told), the
body F1 (extraction_f1.py's shingles) of

- trafilatura's default ``extract`` and the same run without comments;
- dateline's source: the body its post-processing starts from (html.Stage: trafilatura's fast body,
  or the body a fallback chose, with the main block's loose sentences);
- dateline's finished body (html.finish);
- the finished body dateline would give from trafilatura's full-mode body (its own extraction weighed
  against jusText's and readability's): what the truncation fallback could have chosen.

A page whose finished F1 is below trafilatura's by more than ``--margin`` is put down to one step
(``losing_step``): ``comments`` (trafilatura's run without comments is no better than dateline: its
gain is the comment thread, which dateline leaves out by design), ``post-processing`` (dateline's own
rules took F1 from its source; the rules that give it back when switched off alone are named),
``fallback choice`` (the full-mode body, finished the same way, would have matched trafilatura: the
fast body was kept), else ``extraction`` (neither body reaches trafilatura's default run).
Summed by step for English pages and pages in other languages (extract_sets.language_of) apart, with
each system's F1 over the half beside. ``--other`` reads the pages in other languages only.

Pages are listed one by one on the tune half only; on the check half only the sums are printed, so that
no check page is read while rules are being designed (issue 20).

Usage: extract_pages.py --shared ../shared [--half tune|check] [--sets a,b] [--other] [--margin 0.02]
(twentieth session of 2026-12-07, issue 20: the other-language bodies below trafilatura's)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from extract_sets import f1_of, half_parser, other_language, scorer, sets_of  # noqa: E402

SYSTEMS = ("trafilatura", "traf-no-comments", "source", "dateline", "full-mode finished")


def losing_step(f1: dict[str, float], margin: float) -> str | None:
    """The step that put dateline's finished body (``f1["dateline"]``) more than ``margin`` below
    trafilatura's default run (``f1["trafilatura"]``), or None when it is not below (see the module
    docstring for the steps; ``f1`` holds each of SYSTEMS)."""
    mine, theirs = f1["dateline"], f1["trafilatura"]
    if mine >= theirs - margin:
        return None
    if f1["traf-no-comments"] <= mine + margin:
        return "comments"
    if mine < f1["source"] - margin / 2:
        return "post-processing"
    if f1["full-mode finished"] >= theirs - margin:
        return "fallback choice"
    return "extraction"


def page_scores(page: dict, score_page) -> tuple[dict[str, tuple[float, float]], object]:
    """(P, R) of each of SYSTEMS on ``page``, and dateline's stage (html.extract_stage) for the ablation."""
    import trafilatura

    from dateline.ingest import html

    found = {"trafilatura": trafilatura.extract(page["html_text"], url=page["url"]) or "",
             "traf-no-comments": trafilatura.extract(page["html_text"], url=page["url"],
                                                     include_comments=False) or ""}
    stage = html.extract_stage(page["html_text"], page["url"])
    if isinstance(stage, html.Stage):
        source = stage.source()
        if not stage.block and stage.loose:
            source = html.with_loose_prose(source, stage.loose)
        full = html._full_mode(stage.tree, page["url"])
        found["source"] = source
        found["dateline"] = html.finish(stage).text
        found["full-mode finished"] = html.finish(html.Stage(
            found=stage.found, raw=stage.raw, tree=stage.tree, title=stage.title, fuller=full,
            loose=stage.loose)).text if full else found["dateline"]
    else:   # an unusable page: no stage, the same empty body every way
        for name in ("source", "dateline", "full-mode finished"):
            found[name] = stage.text
    return {name: score_page(page["body"], text) for name, text in found.items()}, stage


def _f1(pair: tuple[float, float]) -> float:
    return f1_of([pair])


def rules_back(page: dict, stage, score_page, mine: float, margin: float) -> list[str]:
    """The post-processing rules (html.RULES) that, switched off alone, give the page F1 back."""
    from dateline.ingest import html

    return [rule for rule in html.RULES
            if _f1(score_page(page["body"], html.finish(stage, frozenset({rule})).text)) > mine + margin / 4]


def main(argv: list[str] | None = None) -> int:
    parser = half_parser(__doc__.split("\n\n")[0])
    parser.add_argument("--other", action="store_true", help="pages in other languages than English only")
    parser.add_argument("--margin", type=float, default=0.02, help="F1 shortfall that counts")
    args = parser.parse_args(argv)
    score_page = scorer(args.shared)
    sets = sets_of(args)
    losses: dict[str, dict[str, list[float]]] = {"en": {}, "other": {}}   # step -> F1 lost on each page
    scores: dict[str, dict[str, list]] = {"en": {s: [] for s in SYSTEMS}, "other": {s: [] for s in SYSTEMS}}
    for rows in sets.values():
        for page in rows:
            group = "other" if other_language(page) else "en"
            if page["half"] != args.half or args.other and group == "en":
                continue
            pairs, stage = page_scores(page, score_page)
            for name in SYSTEMS:
                scores[group][name].append(pairs[name])
            f1 = {name: _f1(pair) for name, pair in pairs.items()}
            step = losing_step(f1, args.margin)
            if step is None:
                continue
            losses[group].setdefault(step, []).append(f1["trafilatura"] - f1["dateline"])
            if args.half == "tune":
                named = rules_back(page, stage, score_page, f1["dateline"], args.margin) \
                    if step == "post-processing" else []
                print(f"{page['key'][:48]:<48} {page['language'] or '-':>3}  F1 trafilatura {f1['trafilatura']:.3f}"
                      f"  source {f1['source']:.3f}  dateline {f1['dateline']:.3f}  full mode"
                      f" {f1['full-mode finished']:.3f}  {step}{': ' + ', '.join(named) if named else ''}")
    for group in ("en", "other"):
        if not scores[group]["dateline"]:
            continue
        count = len(scores[group]["dateline"])
        print(f"\n{args.half} half, {'English' if group == 'en' else 'other languages'} ({count} pages): F1 "
              + ", ".join(f"{name} {f1_of(scores[group][name]):.4f}" for name in SYSTEMS))
        print("  pages where dateline's F1 is below trafilatura's, by step (F1 lost, summed):")
        for step, lost in sorted(losses[group].items(), key=lambda item: -len(item[1])):
            print(f"  {step:<20} {len(lost):>4}  {sum(lost):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
