"""What dateline builds once per machine and keeps between runs: the folder, and the compiled
regular expressions of the command line.

``cache_dir``: ``$DATELINE_CACHE``, else ``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``
(the gazetteer's index lives there too).

``CompiledPatterns``: compiling the regular expressions of dateline's modules and of spaCy's
tokenizer (~520 patterns, many of them long word lists) costs ~0.2 s of CPU in every
``dateline annotate`` process, a sixth of its start-up (docs/speed.md, thirteenth session of
2026-12-06). Python's ``re`` parses each pattern and generates the code of its matching engine
(``re._compiler``), then builds the pattern object from that code (``_sre.compile``); the code
depends only on the pattern, its flags and the Python that made it. While installed (the command
line's own process-wide setting, as its collector settings are: the library leaves its host's
``re`` alone), ``re``'s compile takes the code from a file in the cache when it holds the
pattern, and ``save`` adds the patterns compiled anew (see ``MIN_NEW``). The file is named after the exact Python
version and engine (``sys.version_info``, ``_sre.MAGIC``), and an entry is kept only when the
pattern built from it equals (``==``: flags, pattern and code) the one ``re`` compiled itself;
any other Python, a missing or unreadable file, or a flag outside the plain ones leaves ``re``
to compile as usual.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
import tempfile
from array import array
from pathlib import Path

# Bumped when the file's layout changes.
PATTERNS_FORMAT = 1
# Patterns a file keeps at most (an annotate run uses ~520; patterns of older code and of other
# checkouts sharing the folder pile up): past that, a save keeps only those of its own run. The
# file is read whole by every run (~5 µs a pattern).
MAX_PATTERNS = 2048
# A run adds all the patterns it compiled anew when there are at least this many; fewer, only
# those the run before also compiled anew (kept in a small side file, ``.pending``): a few
# patterns whose text changes from one process to the next (a word list joined in a set's order,
# which follows the hash seed) would otherwise have every run rewrite the file for nothing.
MIN_NEW = 32
# The flags of a pattern whose code is kept (not DEBUG, which prints while compiling, nor
# LOCALE, whose meaning is the locale's at match time).
_PLAIN_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE


def cache_dir() -> Path:
    """Where dateline keeps what it builds: $DATELINE_CACHE, else $XDG_CACHE_HOME/dateline,
    else ~/.cache/dateline."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline"


def _engine():
    """(re's compiler module, its parser module, _sre) where this Python has the ones the cache
    reads (CPython 3.11 and later), else None."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    if not all(hasattr(m, n) for m, n in ((_compiler, "compile"), (_compiler, "_code"),
                                          (_parser, "parse"), (_sre, "compile"), (_sre, "MAGIC"))):
        return None
    return _compiler, _parser, _sre


class CompiledPatterns:
    """The code of compiled regular expressions, read from and saved to ``path`` (see the
    module's docstring); ``install`` makes ``re`` use it, ``uninstall`` undoes that."""

    def __init__(self, path: Path | None = None):
        self.engine = _engine()
        if path is None and self.engine is not None:
            version = "-".join(map(str, sys.version_info[:4]))
            path = cache_dir() / (f"patterns-v{PATTERNS_FORMAT}-{sys.implementation.name}-{version}-"
                                  f"{self.engine[2].MAGIC}.pickle")
        self.path = path
        self.entries: dict[tuple, tuple] = {}
        self.used: set[tuple] = set()
        self.new: dict[tuple, re.Pattern] = {}
        self.pending: set[tuple] = set()
        self._original = None
        if self.engine is not None and path is not None:
            self.entries = _read(path, dict)
            self.pending = _read(path.with_suffix(".pending"), set)

    def install(self) -> None:
        if self.engine is not None and self._original is None:
            self._original = self.engine[0].compile
            self.engine[0].compile = self.compile

    def uninstall(self) -> None:
        if self._original is not None:
            self.engine[0].compile = self._original
            self._original = None

    def compile(self, p, flags=0):
        """``re._compiler.compile``: from the kept code when there is some."""
        key = (type(p), p, flags)
        cacheable = type(p) in (str, bytes) and not flags & ~_PLAIN_FLAGS
        if cacheable:
            entry = self.entries.get(key)
            if entry is not None:
                try:
                    final_flags, code, groups, groupindex, indexgroup = entry
                    pattern = self.engine[2].compile(p, final_flags, code.tolist(), groups,
                                                     dict(groupindex), indexgroup)
                except Exception:  # noqa: BLE001 (an entry this Python cannot read: compiled anew)
                    del self.entries[key]
                else:
                    self.used.add(key)
                    return pattern
        pattern = (self._original or self.engine[0].compile)(p, flags)
        if cacheable:
            self.new[key] = pattern
        return pattern

    def _entry(self, key: tuple, pattern: re.Pattern) -> tuple | None:
        """What rebuilds ``pattern`` (its flags, code, groups and group names), or None when
        the pattern built from it would differ."""
        compiler, parser, sre = self.engine
        _, p, flags = key
        code = compiler._code(parser.parse(p, flags), flags)  # noqa: SLF001 (what compile runs)
        groupindex = dict(pattern.groupindex)
        indexgroup = [None] * (pattern.groups + 1)
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (pattern.flags, array("I", code), pattern.groups, groupindex, tuple(indexgroup))
        rebuilt = sre.compile(p, entry[0], code, entry[2], dict(groupindex), entry[4])
        return entry if rebuilt == pattern else None

    def save(self) -> None:
        """Write the kept code with the patterns compiled anew since the file was read (all of
        them when there are MIN_NEW or more, else those the last saving run also compiled anew;
        a file that cannot be written is left as it is)."""
        if self.engine is None or self.path is None or not self.new:
            return
        adding = self.new if len(self.new) >= MIN_NEW else \
            {k: p for k, p in self.new.items() if k in self.pending}
        if adding:
            entries = dict(self.entries)
            if len(entries) + len(adding) > MAX_PATTERNS:
                entries = {k: entries[k] for k in self.used}
            for key, pattern in adding.items():
                try:
                    entry = self._entry(key, pattern)
                except Exception:  # noqa: BLE001 (a pattern the cache cannot rebuild stays out)
                    entry = None
                if entry is not None:
                    entries[key] = entry
            if _write(self.path, entries):
                self.entries = entries
        pending = set(self.new) - set(adding)
        if pending != self.pending and _write(self.path.with_suffix(".pending"), pending):
            self.pending = pending
        self.new = {}


def _read(path: Path, kind: type):
    """The pickled ``kind`` at ``path``, or an empty one when it is missing or unreadable."""
    try:
        with open(path, "rb") as fh:
            found = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
        return kind()
    return found if isinstance(found, kind) else kind()


def _write(path: Path, value) -> bool:
    """Pickle ``value`` to ``path`` (written whole, then renamed into place); False on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return False
    return True
