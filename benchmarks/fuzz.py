"""`make fuzz`: coverage-guided fuzzing (atheris) of the HTML and plain-text readers.

Each input is fed through the whole reading path — byte decoding, format detection, HTML
extraction or plain-text cleaning, the Document and its schema — as HTML, as plain text and as a
JSON Lines record. Anything that raises other than a reader's own InputError is a crash.
Prints the number of inputs run and of crashes at the end.

Usage: fuzz.py [--runs 10000] [atheris/libFuzzer options]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["dateline"]):
    from dateline.errors import InputError
    from dateline.ingest import to_document
    from dateline.ingest.readers import decode, looks_like_html, read_file, record_to_article
    from dateline.schema import validator

VALIDATE = validator()
COUNT = {"inputs": 0, "target": -1}
TMP = Path(tempfile.mkdtemp(prefix="dateline-fuzz-"))


def check(raw, clean: bool = True) -> None:
    if isinstance(raw, InputError):
        return
    doc = to_document(raw, clean=clean)
    assert doc.misaligned() == []
    errors = list(VALIDATE.iter_errors(doc.as_dict()))
    assert not errors, errors[0].message


def one_input(data: bytes) -> None:
    COUNT["inputs"] += 1
    try:
        text, _ = decode(data, "<fuzz>")
    except InputError:
        text = data.decode("utf-8", "replace")
    # as files on disk: HTML (extraction) and plain text (cleaning)
    for suffix, fmt in ((".html", "html"), (".txt", "text")):
        path = TMP / f"input{suffix}"
        path.write_bytes(data)
        for raw in read_file(path, fmt):
            check(raw)
    # as a JSON Lines record, text taken as it is
    check(record_to_article(json.dumps({"text": text, "id": "f"}), "<fuzz>:1"), clean=False)
    looks_like_html(text)
    if COUNT["inputs"] == COUNT["target"]:
        report()


def report():
    print(f"\nfuzz: {COUNT['inputs']} inputs run, 0 crashes (a crash stops the run with a traceback)",
          flush=True)


def main():
    args = list(sys.argv)
    if not any(a.startswith("-runs=") for a in args):
        runs = "10000"
        if "--runs" in args:
            i = args.index("--runs")
            runs = args[i + 1]
            del args[i:i + 2]
        args.append(f"-runs={runs}")
    corpus = Path(__file__).resolve().parent / "fuzz_seeds"
    if corpus.is_dir() and not any(not a.startswith("-") for a in args[1:]):
        # libFuzzer writes new inputs into the first folder: a scratch one, seeded from ours
        args += [str(TMP / "corpus"), str(corpus)]
        (TMP / "corpus").mkdir()
    if not any(a.startswith("-max_len=") for a in args):
        args.append("-max_len=4096")  # news-page fragments; longer inputs only slow the search
    if not any(a.startswith("-len_control=") for a in args):
        args.append("-len_control=0")  # try long inputs from the start, not after a slow ramp
    COUNT["target"] = int(next(a for a in args if a.startswith("-runs=")).split("=", 1)[1])
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    os.environ.setdefault("DATELINE_MAX_CHARS", "200000")
    main()
