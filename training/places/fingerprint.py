"""The fingerprint of the rules the places resolver's weights were fitted under.

The fit (train_resolver.py) reads its examples through the places stage: what the recognizer
finds, the gazetteer's candidates and the features resolve.py computes for them. The shipped
``model/resolver.json`` records the fingerprint of those sources; a test compares it with the
sources of the checkout, so a change to the rules that is not followed by ``make train-places``
fails instead of leaving weights fitted under other rules. Standard library only (the test
imports it without spaCy).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "dateline" / "places"


def sources() -> list[Path]:
    """The files the fit depends on, in a fixed order: the places package's code and data
    (not its fitted model), the distance function, and the training script itself."""
    files = [p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".txt")
             and "model" not in p.relative_to(PACKAGE).parts and "__pycache__" not in p.parts]
    files += [ROOT / "src" / "dateline" / "geodesy.py",
              Path(__file__).resolve().parent / "train_resolver.py"]
    return sorted(files, key=lambda p: p.relative_to(ROOT).as_posix())


def fingerprint() -> str:
    """sha256 over each source's path and bytes (line endings normalised)."""
    digest = hashlib.sha256()
    for path in sources():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]
