"""Build ``src/dateline/events/data/information_nouns.txt``: the nouns that name information or a
document, from WordNet 3.0 (Princeton University; licence text in the output file's header).

A noun is in the class when its most frequent WordNet sense (the first in ``index.noun``) belongs to
the lexicographer file ``noun.communication`` (reports, statements, summaries, videos, letters) or
``noun.cognition`` (polls, plans, estimates, evidence). One-word lemmas only (letters and
hyphens). The event lexicon reads the class as ``@information`` in a condition: "released a
summary" publishes, it frees no one (``lexicon.tsv``).

    python training/events/build_information_nouns.py --wordnet /usr/share/wordnet

(the folder of WordNet 3.0's ``index.noun`` and ``data.noun``, e.g. Debian's wordnet-base).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "src" / "dateline" / "events" / "data" / "information_nouns.txt"
LEXFILES = {9: "noun.cognition", 10: "noun.communication"}

HEADER = """\
# Nouns that name information or a document: the most frequent sense of each in WordNet 3.0 is in
# noun.communication or noun.cognition. Built by training/events/build_information_nouns.py; read
# by events/lexicon.py as the condition class @information.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation
# for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
# with the following copyright notice and statements, including the disclaimer, and that the same
# appear on ALL copies of the software, database and documentation, including modifications that
# you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.
"""


def lexfile_of_synsets(data_noun: Path) -> dict[str, int]:
    """synset offset -> lexicographer file number."""
    out = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):  # the licence header
            continue
        offset, lexfile = line.split(" ", 2)[:2]
        out[offset] = int(lexfile)
    return out


def information_nouns(folder: Path) -> list[str]:
    lexfile = lexfile_of_synsets(folder / "data.noun")
    nouns = []
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, senses = fields[0], int(fields[2])
        first = fields[-senses]
        if all(c.isalpha() or c == "-" for c in lemma) and lexfile[first] in LEXFILES:
            nouns.append(lemma)
    return sorted(set(nouns))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, required=True,
                        help="folder with WordNet 3.0's index.noun and data.noun")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    nouns = information_nouns(args.wordnet)
    args.out.write_text(HEADER + "\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
