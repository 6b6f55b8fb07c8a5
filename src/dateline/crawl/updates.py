"""GDELT-style update files after each crawl round, as GDELT 2.0 publishes every 15 minutes:

* ``YYYYMMDDHHMMSS.export.CSV.zip`` — the round's new events (GDELT 2.0 Event table, 61 columns),
  DATEADDED the file's timestamp;
* ``YYYYMMDDHHMMSS.mentions.CSV.zip`` — the mentions found in the round's new articles, of new and
  of earlier events (Mentions table, 16 columns), MentionTimeDate the file's timestamp;
* ``lastupdate.txt`` — one line per file of the latest round: size in bytes, MD5, URL (``--base-url``
  plus the file name), as GDELT's own ``lastupdate.txt``; ``masterfilelist.txt`` lists every round's.

Each zip holds one tab-separated file of the same name without ``.zip``. Every file is written to
a temporary name and renamed, so a poller never reads half a file.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from ..corpus.export import gdelt_events, gdelt_mentions
from ..corpus.store import Store


def _zip(path: Path, inner: str, rows) -> Path:
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open(inner, "w") as f:
            for row in rows:
                f.write(("\t".join(row) + "\n").encode("utf-8"))
    os.replace(partial, path)
    return path


def _listing(paths: list[Path], base_url: str) -> str:
    lines = []
    for p in paths:
        data = p.read_bytes()
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} {base_url}{p.name}\n")
    return "".join(lines)


def _replace(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def write_update(store: Store, out: str | Path, round_id: int, events_before: int, seq_before: int,
                 when: datetime | None = None, base_url: str = "",
                 min_confidence: float | None = None) -> list[str]:
    """Write the round's update files into ``out``; their paths. ``min_confidence``: events (and
    their mentions) at least this sure, by default the events model's threshold, as ``dateline
    export`` does."""
    if min_confidence is None:
        from ..events.learned import default_threshold

        min_confidence = default_threshold()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y%m%d%H%M%S")
    while (out / f"{stamp}.export.CSV.zip").exists():  # two rounds in one second: keep both
        stamp = str(int(stamp) + 1)
    files = [_zip(out / f"{stamp}.export.CSV.zip", f"{stamp}.export.CSV",
                  gdelt_events(store, events_before, min_confidence=min_confidence, added=stamp)),
             _zip(out / f"{stamp}.mentions.CSV.zip", f"{stamp}.mentions.CSV",
                  gdelt_mentions(store, seq_before, added=stamp, after_event=events_before,
                                 min_confidence=min_confidence))]
    listing = _listing(files, base_url)
    _replace(out / "lastupdate.txt", listing)
    master = out / "masterfilelist.txt"
    _replace(master, (master.read_text(encoding="utf-8") if master.exists() else "") + listing)
    return [str(p) for p in files]
