"""Where dateline keeps what it builds once per machine and reuses between runs (the gazetteer's
index): ``$DATELINE_CACHE``, else ``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """Where dateline keeps what it builds: $DATELINE_CACHE, else $XDG_CACHE_HOME/dateline,
    else ~/.cache/dateline."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline"
