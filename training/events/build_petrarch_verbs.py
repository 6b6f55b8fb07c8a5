#!/usr/bin/env python3
"""Build ``src/dateline/events/data/petrarch_verbs.tsv``: PETRARCH2's CAMEO verb dictionary in the
event lexicon's own columns and condition language, which the lexicon reads where its hand-written
readings are silent (``events/lexicon.py``).

Input: ``training/events/petrarch/CAMEO.2.0.compact.txt``, the verb dictionary of PETRARCH2
(openeventdata/petrarch2, ``petrarch2/data/dictionaries/CAMEO.2.0.txt``; MIT, Copyright (c) 2015
Open Event Data Alliance; licence text at its top), with runs of blanks written as one tab. Its
synonym sets (``&CEASEFIRE``: +TRUCE, +ARMISTICE ...) come first, then blocks of verbs
(``--- PROMISE [030] ---``) that share a default code and a list of patterns that refine it
(``- * AID [033]``, ``- * (FOR HELP) [020]``).

What is kept, and how it maps (anything else is skipped):

- a pattern that has nothing before its ``*`` and after it at most a particle, an object (a word,
  a synonym set ``&NAME`` or a two-word ``{MODIFIER NOUN}``) and one preposition with or without
  its object (``(FOR HELP)``, ``(OF &WEAPON)``), and that names a noun (an object or a
  preposition's object: "* (TO)" or "* OUT" alone say too little), for every verb of its block
  (PETRARCH applies a block's patterns to all its verbs): ``prt=``, ``obj=`` (``objmod=`` for the
  modifier), ``prep=``, ``pobj=``; a synonym set is written out as the alternatives it holds (its
  one-word members). Subject words, several prepositional phrases, three-word phrases and the
  actor marks ``$ ^ + %`` are skipped;
- no verb's default reading (the block's code, or a verb's own: ``ASK [020]``): on the Wikinews
  training sentences without an event they doubled the share the lexicon gives a type (0.214 ->
  0.435) for 0.02 more synthetic ledes typed right (``petrarch_study.py``; ``--defaults`` builds
  them, but for ``LIGHT_VERBS``: a default on "make" or "take" would code most sentences);
- codes: ``[---]`` is no event (``-``, kept only where it overrides a default that codes an
  event); ``[042:043]`` takes its first code (``[:173]``, with none, is skipped); a code absent
  from ``cameo.tsv`` takes its three-digit parent, then the root's ``X0`` ("0311" -> "031",
  "0341" -> "030"); CAMEO 01 (statements, which PLOVER does not code) is no event.

Usage: build_petrarch_verbs.py [--source FILE] [--out FILE] [--defaults]
       build_petrarch_verbs.py --join part1.txt part2.txt part3.txt   (writes --source)
Example: make petrarch-verbs
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCE = ROOT / "training" / "events" / "petrarch" / "CAMEO.2.0.compact.txt"
OUT = ROOT / "src" / "dateline" / "events" / "data" / "petrarch_verbs.tsv"
CAMEO = ROOT / "src" / "dateline" / "events" / "data" / "cameo.tsv"

HEADER_LINE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")  # "--- DELAY [120]--- ---" too
VERB_LINE = re.compile(r"^(\+?)([A-Z][A-Z0-9_'\-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*$")
PATTERN_LINE = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*$")

# Particles a pattern or a two-word verb may name right after the verb ("put down", "call off").
PARTICLES = frozenset({"off", "up", "down", "out", "back", "away", "over", "forward", "ablaze"})
PREPOSITIONS = frozenset({"to", "for", "with", "against", "on", "upon", "in", "into", "at", "from",
                          "of", "by", "over", "about", "under", "behind", "before", "after",
                          "through", "across", "toward", "towards", "between", "among", "around",
                          "along", "onto", "within", "without", "near", "beyond"})
# Verbs whose block default would code most sentences they stand in ("made a statement", "took
# office", "came home"): only their patterns are kept.
LIGHT_VERBS = frozenset({
    "be", "have", "do", "make", "take", "give", "get", "go", "come", "look", "set", "put", "keep",
    "let", "see", "seem", "become", "turn", "bring", "run", "move", "show", "leave", "hold",
    "place", "stand", "play", "use", "find", "know", "think", "say", "tell", "work", "hand",
    "carry", "raise", "open", "close", "start", "begin", "end", "continue", "follow", "lead",
    "head", "meet", "reach", "pass", "send", "deliver", "receive", "accept", "offer", "call",
})

LICENCE = """\
The MIT License (MIT)

Copyright (c) 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

SOURCE_NOTE = """\
PETRARCH2's CAMEO verb dictionary (openeventdata/petrarch2, petrarch2/data/dictionaries/
CAMEO.2.0.txt, last update 30 April 2015): "a composite of the TABARI CAMEO dictionaries and
several synonym sets, primarily from WordNet". Compacted for dateline: the file's own header
comments are left out but for this licence, and each run of blanks inside a line is one tab.
"""


def commented(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines())


def strip_comment(line: str) -> tuple[str, str]:
    text, _, comment = line.partition("#")
    return text.strip(), comment.strip()


def cameo_codes(path: Path = CAMEO) -> set[str]:
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def map_code(raw: str, known: set[str]) -> str | None:
    """PETRARCH's code in cameo.tsv's terms: "-" for no event, None where there is none to take
    ("[:173]" names only the reverse event)."""
    first = raw.strip().split(":", 1)[0].strip()
    if first in ("---", "") or not first[:2].isdigit():
        return "-" if first == "---" else None
    for code in (first, first[:3], first[:2] + "0"):
        if code in known:
            return code
    return "-"  # CAMEO 01 (statements) and anything cameo.tsv does not hold name no event


def read_source(path: Path):
    """(synonym sets, blocks): sets as name -> [words]; blocks as dicts of name, code, verbs
    [(word, own code or None)], patterns [(pattern text, code, comment)]."""
    sets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    current_set = None
    block = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        text, comment = strip_comment(raw)
        if not text:
            continue
        if m := HEADER_LINE.match(text):
            block = {"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []}
            blocks.append(block)
            current_set = None
            continue
        if text.startswith("---"):
            continue  # a separator
        if block is None:
            if text.startswith("&"):
                current_set = text[1:].strip().upper()
                sets[current_set] = []
            elif text.startswith("+") and current_set is not None:
                sets[current_set].append(text[1:].strip())
            continue
        if text.startswith("-"):
            if m := PATTERN_LINE.match(text):
                block["patterns"].append((m.group(1), m.group(2), comment))
            continue
        if m := VERB_LINE.match(text):
            block["verbs"].append((m.group(1) + m.group(2), m.group(4)))
    return sets, blocks


def word_forms(word: str, sets: dict[str, list[str]]) -> list[str] | None:
    """A pattern's word (or synonym set) as lower-case one-word alternatives; None where it does
    not map (an unknown set, a multi-word member only, an actor mark)."""
    if word.startswith("&"):
        members = sets.get(word[1:].upper())
        if not members:
            return None
        words = [m.strip("_").lower() for m in members if "_" not in m.strip("_")]
        return sorted(set(words)) or None
    if not re.fullmatch(r"[A-Z][A-Z'\-]*_?", word):
        return None
    return [word.strip("_").lower()]


def tokens_of(pattern: str) -> list[str] | None:
    """A pattern's elements: words, "(...)" and "{...}" groups kept whole."""
    out, depth, buf = [], 0, ""
    for ch in pattern:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        if ch.isspace() and depth == 0:
            if buf:
                out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out if depth == 0 else None


def pattern_conditions(pattern: str, sets: dict[str, list[str]]) -> list[tuple[str, list[str]]] | None:
    """A pattern as conditions [(key, alternatives)], or None where it does not map simply."""
    elements = tokens_of(pattern)
    if not elements or elements[0] != "*" or any(mark in pattern for mark in "$^%+"):
        return None
    conditions: list[tuple[str, list[str]]] = []
    rest = elements[1:]
    if rest and rest[0].lower() in PARTICLES and not rest[0].startswith(("(", "{")):
        conditions.append(("prt", [rest[0].lower()]))
        rest = rest[1:]
    if rest and not rest[0].startswith("("):
        obj = rest[0]
        if obj.startswith("{"):
            words = obj[1:-1].split()
            if len(words) != 2:
                return None
            modifier, noun = word_forms(words[0], sets), word_forms(words[1], sets)
            if modifier is None or noun is None:
                return None
            conditions += [("obj", noun), ("objmod", modifier)]
        else:
            forms = word_forms(obj, sets)
            if forms is None or obj.lower() in PREPOSITIONS:
                return None
            conditions.append(("obj", forms))
        rest = rest[1:]
    if rest:
        if len(rest) > 1 or not rest[0].startswith("("):
            return None
        words = rest[0][1:-1].split()
        if not words or words[0].lower() not in PREPOSITIONS or len(words) > 2:
            return None
        conditions.append(("prep", [words[0].lower()]))
        if len(words) == 2:
            if words[1].startswith("{"):
                return None
            forms = word_forms(words[1], sets)
            if forms is None:
                return None
            conditions.append(("pobj", forms))
    return conditions or None


def verb_reading(word: str) -> tuple[str, list[tuple[str, list[str]]]] | None:
    """A block's verb as (lemma, conditions): "ASK" -> ask; "+CALL_OFF" -> call, prt=off;
    "+ASK_FOR" -> ask, prep=for; None for longer phrases and forms that are no base form."""
    parts = word.lstrip("+").strip("_").lower().split("_")
    if not parts[0].isalpha() or len(parts) > 2:
        return None
    if len(parts) == 1:
        return parts[0], []
    second = parts[1]
    if second in PARTICLES:
        return parts[0], [("prt", [second])]
    if second in PREPOSITIONS:
        return parts[0], [("prep", [second])]
    return None


def condition_field(conditions: list[tuple[str, list[str]]]) -> str:
    return ";".join(f"{key}={'|'.join(values)}" for key, values in conditions) or "-"


def build(source: Path, known: set[str], stats: Counter, defaults_kept: bool = False,
          light_verbs: frozenset[str] = LIGHT_VERBS, origin_only: bool = False,
          noun_required: bool = True) -> list[tuple[str, str, str, str]]:
    """The rows (lemma, conditions, code, block) in file order, first reading of each kept.
    The shipped table keeps the patterns that name a noun (an object or a preposition's object)
    and no verb's default reading (docs/events.md, "Twenty-second session"). Variants, for
    training/events/petrarch_study.py: ``defaults_kept`` keeps each verb's default reading but
    for ``light_verbs``; ``noun_required`` False keeps a pattern of a bare preposition or
    particle ("* (TO)", "* OUT"); ``origin_only`` gives a pattern only to the verb its comment
    names (where it names one of the block's verbs) rather than to every verb of the block, as
    PETRARCH does."""
    sets, blocks = read_source(source)
    stats["synonym sets"] = len(sets)
    stats["blocks"] = len(blocks)
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    defaults: dict[str, str] = {}
    block_verbs: list[tuple[dict, list[tuple[str, list, str]]]] = []
    for block in blocks:
        verbs = []
        for word, own in block["verbs"]:
            reading = verb_reading(word)
            stats["verbs"] += 1
            if reading is None:
                stats["verbs skipped (phrase or form)"] += 1
                continue
            lemma, conditions = reading
            code = map_code(own if own is not None else block["code"], known)
            verbs.append((lemma, conditions, code))
            if not conditions and code not in (None, "-") and defaults_kept and lemma not in light_verbs:
                defaults.setdefault(lemma, code)
        block_verbs.append((block, verbs))
    for block, verbs in block_verbs:
        for lemma, conditions, code in verbs:
            if code in (None, "-"):
                continue
            if not defaults_kept or (not conditions and lemma in light_verbs):
                stats["verb readings left out (defaults)"] += 1
                continue
            key = (lemma, condition_field(conditions))
            rows.setdefault(key, (code, block["name"]))
        lemmas = {lemma for lemma, _, _ in verbs}
        for pattern, raw_code, comment in block["patterns"]:
            stats["patterns"] += 1
            conditions = pattern_conditions(pattern, sets)
            code = map_code(raw_code, known)
            if conditions is None or code is None:
                stats["patterns skipped (do not map)"] += 1
                continue
            if noun_required and not any(key in ("obj", "pobj") for key, _ in conditions):
                stats["patterns left out (no noun)"] += 1
                continue
            origin = comment.split(",")[0].strip().lower()
            for lemma, verb_conditions, _ in verbs:
                if origin_only and origin in lemmas and lemma != origin:
                    continue
                if verb_conditions:
                    continue  # a two-word verb's patterns would need both conditions' words
                if code == "-" and lemma not in defaults:
                    continue  # no event where there is none anyway
                key = (lemma, condition_field(conditions))
                rows.setdefault(key, (code, block["name"]))
    stats["readings"] = len(rows)
    stats["lemmas"] = len({lemma for lemma, _ in rows})
    stats["default readings"] = sum(cond == "-" for _, cond in rows)
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for (lemma, cond), (code, name) in rows.items():
        grouped.setdefault((cond, code, name), []).append(lemma)
    out = [("|".join(sorted(lemmas)), cond, code, name) for (cond, code, name), lemmas in grouped.items()]
    out.sort(key=lambda r: (r[3], r[1] != "-", r[1], r[0]))
    stats["rows"] = len(out)
    return out


def join(parts: list[Path], source: Path) -> None:
    """Join the transcribed parts into ``source`` under the licence; stop on a block doubled or
    a part that does not start at a block (or the synonym sets) and end whole."""
    names: Counter = Counter()
    body = []
    for part in parts:
        lines = part.read_text(encoding="utf-8").splitlines()
        while lines and not lines[-1].strip():
            lines.pop()
        body.extend(lines)
        body.append("")
    for line in body:
        if m := HEADER_LINE.match(line.strip()):
            names[m.group(1)] += 1
    doubled = [n for n, c in names.items() if c > 1]
    if doubled:
        print(f"note: block names written more than once (as in the source, or a part doubled): "
              f"{doubled[:20]}", file=sys.stderr)
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(commented(SOURCE_NOTE) + "#\n" + commented(LICENCE) + "\n" +
                      "\n".join(body) + "\n", encoding="utf-8")
    print(f"wrote {source}: {len(body)} lines, {sum(names.values())} blocks", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--join", nargs="+", type=Path, metavar="PART",
                        help="join transcribed parts into --source first")
    parser.add_argument("--defaults", action="store_true",
                        help="keep each verb's default reading (not shipped: see the docstring)")
    args = parser.parse_args(argv)
    if args.join:
        join(args.join, args.source)
    if not args.source.exists():
        parser.error(f"no such file: {args.source}")
    stats: Counter = Counter()
    rows = build(args.source, cameo_codes(), stats, defaults_kept=args.defaults)
    header = ("# PETRARCH2's CAMEO verb dictionary in the event lexicon's columns (lemmas, \"|\"-joined, that\n"
              "# share the reading; part of speech; conditions; CAMEO code) and a fifth, the PETRARCH block\n"
              "# the reading comes from. Built by\n"
              "# training/events/build_petrarch_verbs.py from training/events/petrarch/CAMEO.2.0.compact.txt;\n"
              "# events/lexicon.py can read it after the hand-written lexicon.tsv (lexicon.PETRARCH_VERBS, off\n"
              "# as shipped: docs/events.md, \"Twenty-second session\").\n"
              "# Copyright (c) 2015 Open Event Data Alliance; MIT licence: PETRARCH_LICENSE.txt.\n")
    args.out.write_text(header + "".join(f"{lemma}\tV\t{cond}\t{code}\t{name}\n"
                                         for lemma, cond, code, name in rows), encoding="utf-8")
    (args.out.parent / "PETRARCH_LICENSE.txt").write_text(LICENCE, encoding="utf-8")
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in stats.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
