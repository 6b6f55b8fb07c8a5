#!/usr/bin/env python3
"""Convert the Phoenix / PETRARCH2 actor and agent dictionaries into dateline's dated who's-who.

Input: the folder ``data/actors/phoenix/`` of the shared data (MIT, Copyright (c) 2014 Open Event
Data; see its README and LICENSE). Output, inside the package (``src/dateline/actors/data/``):

- ``whoswho.tsv.gz``: one actor a line, ``spellings<TAB>codes``: every spelling the dictionaries
  give (lower case, "|"-joined, the block's first name first) and every dated CAMEO code
  (``CODE:FROM:TO``, ";"-joined; FROM/TO are YYYYMMDD or empty for open);
- ``agents.tsv``: common nouns and the role code they give (``police<TAB>COP``), the
  substitution sets (!PERSON!, !MINIST!) and plural forms expanded;
- ``PHOENIX_LICENSE.txt``: the copyright notice and licence text, which ship with the table;
- ``whoswho.index.pickle.gz``: both tables as a compact pickle (flat columns) that the stage
  loads fast, with the SHA-256 of the tables it was built from.

Usage: build_whoswho.py --phoenix ../shared/data/actors/phoenix [--out src/dateline/actors/data]
Example: make whoswho
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
CODE = re.compile(r"\[([^\]]*)\]")
DATE = re.compile(r"^(\d{6}|\d{8})$")


def expand_date(value: str) -> str:
    """YYMMDD (two-digit years: 00-29 are 20xx, 30-99 are 19xx) or YYYYMMDD -> YYYYMMDD; '' if odd."""
    if not DATE.match(value):
        return ""
    if len(value) == 8:
        return value
    year = int(value[:2])
    return f"{2000 + year if year < 30 else 1900 + year}{value[2:]}"


def parse_code(content: str) -> str | None:
    """'KGZGOV 901027-050411' -> 'KGZGOV:19901027:20050411'; None when there is no code."""
    parts = content.split()
    if not parts or not re.fullmatch(r"[A-Z-]{3,}", parts[0]) or parts[0].strip("-") == "":
        return None
    code, start, end = parts[0], "", ""
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = expand_date(span[1:])
        elif span.startswith("<"):
            end = expand_date(span[1:])
        elif "-" in span:
            a, _, b = span.partition("-")
            start, end = expand_date(a), expand_date(b)
        if not start and not end:
            return None  # a date we cannot read: leave the code out rather than misdate it
    return f"{code}:{start}:{end}"


def spelling(raw: str) -> str:
    name = raw.strip().strip("+").replace("_", " ")
    name = re.sub(r'"[^"]*"', " ", name)  # nicknames in quotes
    return " ".join(name.split()).lower()


# "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": a name with its acronym in brackets (news writes
# either alone); a bracket that is no acronym of the name ("(colombia)", "(acting") is left as is.
BRACKETED = re.compile(r"^(?P<name>[^()]+?) \((?P<short>[a-z]{2,8})\)$")
NAME_LINKS = frozenset({"of", "the", "and", "for", "in", "de", "la", "el", "e", "al"})
# Acronyms of the dictionaries that are also words or given names ("LeT" is "let", "ISA" "Isa"):
# looked up bare they would make an actor of the word.
WORDLIKE_ACRONYMS = frozenset({"let", "hum", "elf", "alf", "ana", "isa", "emetic"})


def acronym_spellings(name: str) -> list[str]:
    """The spellings a bracketed acronym gives besides the whole ("liberation tigers of tamil
    eelam (ltte)" -> "liberation tigers of tamil eelam", "ltte"): only when the letters in the
    bracket are the first letters of the name's words (with or without its small linking words,
    hyphenated parts counted as words), and three or more (two-letter ones name too much)."""
    found = BRACKETED.match(name)
    if found is None:
        return []
    base, short = found.group("name"), found.group("short")
    words = base.replace("-", " ").split()
    firsts = {"".join(w[0] for w in words if w[0].isalpha()),
              "".join(w[0] for w in words if w[0].isalpha() and w not in NAME_LINKS)}
    if len(short) < 3 or short not in firsts:
        return []
    return [base] if short in WORDLIKE_ACRONYMS else [base, short]


def same_name(name: str, spellings: list[str]) -> bool:
    """Whether a root line names the actor of the spellings above it: its last word is one of
    their words, or it holds the last word of the first of them."""
    words = {w for s in spellings for w in s.split()}
    return name.split()[-1] in words or spellings[0].split()[-1] in name.split()


def read_actors(path: Path) -> list[tuple[list[str], list[str]]]:
    """Blocks of (spellings, codes) from one TABARI .actors file."""
    blocks: list[tuple[list[str], list[str]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [c for c in (parse_code(m) for m in CODE.findall(body)) if c]
        head = CODE.split(body)[0]
        if line[:1] in (" ", "\t"):
            if blocks:
                blocks[-1][1].extend(codes)
        elif line.startswith("+"):
            if blocks and spelling(head):
                blocks[-1][0].append(spelling(head))
        else:
            name = spelling(head)
            if name and not codes and blocks and not blocks[-1][1] and same_name(name, blocks[-1][0]):
                # Root lines of one person written one under another before the codes
                # ("MIKHAIL_GORBACHEV_ / +... / MIKHAIL_S._GORBACHEV / <tab>[RUSGOV ...]"): the
                # codes below are theirs too, where they were dropped as actors without codes.
                # Only a root that shares the surname: a code-less actor of another name above
                # ("DAVID_CAMERON_" over "ALAN_JOHNSON_") is no spelling of the next one.
                blocks[-1][0].append(name)
            elif name:
                blocks.append(([name], codes))
    return blocks


def read_agents(path: Path) -> dict[str, str]:
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", body)
        if not m:
            continue
        name, plurals, code = m.group(1), m.group(2), m.group(3)
        forms = [name]
        for key, words in subs.items():
            forms = [f.replace(key, w) for f in forms for w in words] if any(key in f for f in forms) else forms
        if plurals is not None:
            listed = [p for p in plurals.strip("{}").split() if p]
            forms += listed or [f + "S" for f in forms if not f.endswith("S")]
        for form in forms:
            key = spelling(form)
            if key and "!" not in key:
                out.setdefault(key, code[:3])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--phoenix", required=True, help="the shared data/actors/phoenix folder")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "src/dateline/actors/data"))
    a = ap.parse_args(argv)
    src, out = Path(a.phoenix), Path(a.out)
    if not (src / "LICENSE").is_file():
        print(f"E001 {src}: no Phoenix dictionaries there (expected LICENSE and *.actors.txt); "
              "pass --phoenix PATH/TO/shared/data/actors/phoenix", file=sys.stderr)
        return 2
    lines, seen = [], set()
    for name in ACTOR_FILES:
        for spellings, codes in read_actors(src / name):
            if not codes:
                continue
            spellings = list(dict.fromkeys(spellings + [a for s in spellings for a in acronym_spellings(s)]))
            row = "|".join(spellings) + "\t" + ";".join(dict.fromkeys(codes))
            if row not in seen:
                seen.add(row)
                lines.append(row)
    header = ("# dateline's dated who's-who, converted by training/actors/build_whoswho.py from the\n"
              "# Phoenix/PETRARCH2 dictionaries (openeventdata/petrarch2 676801cd), MIT licence,\n"
              "# Copyright (c) 2014 Open Event Data (see PHOENIX_LICENSE.txt).\n"
              "# spellings (|-joined)\tcodes (CAMEO:FROM:TO, ;-joined, YYYYMMDD or empty)\n")
    # mtime=0: the same dictionaries give the same bytes.
    with open(out / "whoswho.tsv.gz", "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write((header + "\n".join(lines) + "\n").encode("utf-8"))
    agents = read_agents(src / "Phoenix.agents.txt")
    (out / "agents.tsv").write_text(
        "# Agent nouns -> CAMEO role code, converted by training/actors/build_whoswho.py from\n"
        "# Phoenix.agents.txt (openeventdata/petrarch2, MIT, Copyright (c) 2014 Open Event Data).\n"
        + "".join(f"{k}\t{v}\n" for k, v in sorted(agents.items())), encoding="utf-8")
    (out / "PHOENIX_LICENSE.txt").write_text((src / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    # The compact index the stage loads (in about 20 ms where the tables take 0.5 s).
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    from dateline.actors.whoswho import write_index

    write_index(out / "whoswho.index.pickle.gz", out / "whoswho.tsv.gz", out / "agents.tsv")
    print(f"{len(lines)} actors -> {out / 'whoswho.tsv.gz'}; {len(agents)} agent nouns -> {out / 'agents.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
