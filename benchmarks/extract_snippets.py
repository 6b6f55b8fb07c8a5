#!/usr/bin/env python3
"""Which of dateline's HTML steps lose the gold snippets that trafilatura's default run keeps.

For every page of one half of the extraction dev sets (extract_sets; the tune half unless told), the
gold snippets (extract_sets.snippets: each gold paragraph's first and last words, as a must-appear
snippet judge reads a body) found in trafilatura's default ``extract`` and in dateline's finished
body. Each snippet trafilatura finds and dateline does not is put down to the step that lost it:

- ``comments``: trafilatura's run without comments lacks it too: it is in the page's comment
  thread, which dateline leaves out by design (two dragnet pages' and some l3s-gn1 pages' gold
  keep the comments);
- ``unusable``: dateline gave no stage (an unusable page);
- ``source``: the body dateline's post-processing starts from (html.Stage: trafilatura's fast body,
  or the one a fallback chose) lacks it already;
- a rule of ``html.RULES``: switching that rule alone off gives it back;
- ``characters``: the source holds it and no rule gives it back (character repair, line joining).

Summed by cause and set, with the snippets each system finds per set beside; for English pages and
pages in other languages (extract_sets.language_of) apart. ``--pages`` lists the lost snippets page
by page (tune half only: no check page is read while rules are being designed, issue 20).

Usage: extract_snippets.py --shared ../shared [--half tune|check] [--sets a,b] [--pages]
(eighteenth session of 2026-12-07, issue 20: dateline cuts real article text more often than trafilatura)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from extract_sets import half_parser, other_language, sets_of, snippets  # noqa: E402


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def lost_snippets(page: dict, stage, trafilatura_text: str, without_comments: str) -> list[tuple[str, str]]:
    """(cause, snippet) for every gold snippet of ``page`` that trafilatura's text holds and
    dateline's finished body does not (see the module docstring); ``without_comments`` is
    trafilatura's text without the comment thread."""
    from dateline.ingest import html

    wanted = [" ".join(s.split()) for s in snippets(page["body"])]
    theirs = _flat(trafilatura_text)
    bare = _flat(without_comments)
    comments = [("comments", s) for s in wanted if s in theirs and s not in bare]
    wanted = [s for s in wanted if s in bare]
    if not isinstance(stage, html.Stage):
        mine = _flat(stage.text)
        return [(cause, s) for cause, s in comments if s not in mine] + \
            [("unusable", s) for s in wanted if s not in mine]
    mine = _flat(html.finish(stage).text)
    comments = [(cause, s) for cause, s in comments if s not in mine]
    missing = [s for s in wanted if s not in mine]
    if not missing:
        return comments
    source = stage.source()
    if not stage.block and stage.loose:
        source = html.with_loose_prose(source, stage.loose)
    source = _flat(source)
    offs = {rule: _flat(html.finish(stage, frozenset({rule})).text) for rule in html.RULES}
    found = []
    for snippet in missing:
        if snippet not in source:
            rules = [rule for rule, text in offs.items() if snippet in text]
            # (a rule that swaps the source, the fallbacks, can be what lost it: switched off, it is back)
            found.append((rules[0] if rules else "source", snippet))
            continue
        rules = [rule for rule, text in offs.items() if snippet in text]
        found.append((rules[0] if len(rules) == 1 else ("several rules" if rules else "characters"), snippet))
    return comments + found


def main(argv: list[str] | None = None) -> int:
    parser = half_parser(__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="list the lost snippets page by page (tune only)")
    args = parser.parse_args(argv)
    if args.pages and args.half != "tune":
        raise SystemExit("--pages lists tune pages only")
    import trafilatura

    from dateline.ingest import html

    sets = sets_of(args)
    by_cause: dict[str, Counter] = {"en": Counter(), "other": Counter()}
    by_set: dict[str, Counter] = {}
    totals: dict[str, list[int]] = {}
    for name, rows in sets.items():
        for page in rows:
            if page["half"] != args.half:
                continue
            group = "other" if other_language(page) else "en"
            theirs = trafilatura.extract(page["html_text"], url=page["url"]) or ""
            bare = trafilatura.extract(page["html_text"], url=page["url"], include_comments=False) or ""
            stage = html.extract_stage(page["html_text"], page["url"])
            mine = stage.text if not isinstance(stage, html.Stage) else html.finish(stage).text
            wanted = [" ".join(s.split()) for s in snippets(page["body"])]
            count = totals.setdefault(name, [0, 0, 0])
            count[0] += len(wanted)
            count[1] += sum(s in _flat(mine) for s in wanted)
            count[2] += sum(s in _flat(theirs) for s in wanted)
            lost = lost_snippets(page, stage, theirs, bare)
            for cause, snippet in lost:
                by_cause[group][cause] += 1
                by_set.setdefault(name, Counter())[cause] += 1
                if args.pages:
                    print(f"{page['key'][:44]:<44} {page['language'] or '-':>3} {cause:<16} {snippet[:70]}")
    print(f"\n{args.half} half: gold snippets found (dateline / trafilatura default) and the snippets trafilatura"
          " finds that dateline loses, by the step that lost them")
    for name, (total, mine, theirs) in totals.items():
        causes = ", ".join(f"{cause} {n}" for cause, n in by_set.get(name, Counter()).most_common())
        print(f"  {name:<20} {total:>5} snippets  dateline {mine / total:.4f}  trafilatura {theirs / total:.4f}"
              f"  lost: {causes or '-'}")
    for group in ("en", "other"):
        print(f"  {'English' if group == 'en' else 'other languages'}: "
              + (", ".join(f"{cause} {n}" for cause, n in by_cause[group].most_common()) or "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
