"""Roles known outside the article: a user's table (``--actors FILE.tsv``) and the corpus's
``actor_roles`` (roles that earlier articles gave in their text).

Both are TSV files with a header line naming the columns (``#`` lines are comments)::

    name	country	sector	organization	first_seen	last_seen	aliases
    Imran Khan	PAK	GOV		2018-08-18	2022-04-10	Khan

``name`` is required; the others may be empty. ``first_seen``/``last_seen`` (ISO dates, optional)
bound when the row applies: a user row applies on every date in its range, a corpus row from its
first evidence on (a role learned from the text stays valid until the text says otherwise).
The stage reads the files named by the environment variables ``DATELINE_ACTORS`` (the user's)
and ``DATELINE_CORPUS_ROLES`` (written by ``dateline ingest`` from the store), so that worker
processes see them too; a file is read again when it changes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import DatelineError
from .lexicon import norm

COLUMNS = ("name", "country", "sector", "organization", "first_seen", "last_seen", "aliases")
USER_ENV = "DATELINE_ACTORS"
CORPUS_ENV = "DATELINE_CORPUS_ROLES"


@dataclass(frozen=True, slots=True)
class KnownRole:
    name: str
    country: str | None
    sector: str | None
    organization: str | None
    first_seen: date | None
    last_seen: date | None

    def valid(self, on: date | None, open_ended: bool) -> bool:
        if on is None:
            return True
        if self.first_seen and on < self.first_seen:
            return False
        return open_ended or self.last_seen is None or on <= self.last_seen


class KnownRoles:
    """The rows of a roles file by every name they may be called. In the corpus's file
    (``open_ended``) a later row of the same name, country, sector and organisation replaces the
    earlier one: ``dateline ingest`` appends the rows each batch changed."""

    def __init__(self, open_ended: bool):
        self.open_ended = open_ended
        self.by_name: dict[str, list[KnownRole]] = {}
        self.header: list[str] | None = None
        self.lines = 0  # lines read so far
        self._latest: dict[tuple, tuple[KnownRole, list[str]]] = {}

    def get(self, name: str, on: date | None) -> KnownRole | None:
        """The row for ``name`` that applies on ``on``; among several, the one that began last."""
        valid = [row for row in self.by_name.get(norm(name), ()) if row.valid(on, self.open_ended)]
        if not valid:
            return None
        return max(valid, key=lambda row: row.first_seen or date.min)

    def add(self, row: KnownRole, aliases: list[str]):
        keys = list(dict.fromkeys(norm(a) for a in [row.name, *aliases]))
        if self.open_ended:
            same = (norm(row.name), row.country, row.sector, row.organization)
            old = self._latest.get(same)
            if old is not None:
                for key in old[1]:
                    self.by_name[key] = [r for r in self.by_name[key] if r is not old[0]]
            self._latest[same] = (row, keys)
        for key in keys:
            self.by_name.setdefault(key, []).append(row)

    def read(self, text: str, path: Path):
        """Add the rows of ``text``, the file's lines after those read before; E005 (a
        DatelineError naming the file and line) when one is malformed."""
        for line in text.splitlines():
            self.lines += 1
            n = self.lines
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if self.header is None:
                self.header = [c.lower() for c in cells]
                if "name" not in self.header or any(c not in COLUMNS for c in self.header):
                    raise DatelineError("E005", path=f"{path}:{n}",
                                        detail="the first line does not name the columns")
                continue
            cell = dict(zip(self.header, cells + [""] * (len(self.header) - len(cells))))
            if not cell["name"]:
                raise DatelineError("E005", path=f"{path}:{n}", detail="a row without a name")
            row = KnownRole(cell["name"], (cell.get("country") or "").upper() or None,
                            (cell.get("sector") or "").upper() or None,
                            (cell.get("organization") or "").upper() or None,
                            _date(cell.get("first_seen", ""), path, n),
                            _date(cell.get("last_seen", ""), path, n))
            self.add(row, [a for a in (cell.get("aliases") or "").split(",") if a.strip()])


def _date(cell: str, path: Path, line: int) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell[:10])
    except ValueError:
        raise DatelineError("E005", path=f"{path}:{line}",
                            detail=f"{cell!r} is not an ISO date; fix the cell or leave it empty") from None


def read_roles(path: str | Path, open_ended: bool = False) -> KnownRoles:
    """Read a roles TSV; E005 (a DatelineError naming the file and line) when it is malformed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatelineError("E005", path=str(path), detail=f"can't read it ({exc})") from None
    roles = KnownRoles(open_ended)
    roles.read(text, path)
    return roles


# path -> (inode, bytes read, modification time, roles): a file that only grew is read from
# where it was left.
_cache: dict[str, tuple[int, int, float, KnownRoles]] = {}


def _load(env: str, open_ended: bool) -> KnownRoles | None:
    path = os.environ.get(env)
    if not path:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    cached = _cache.get(path)
    if cached is not None and cached[:3] == (info.st_ino, info.st_size, info.st_mtime):
        return cached[3]
    if cached is not None and cached[0] == info.st_ino and cached[1] < info.st_size and open_ended:
        with open(path, "rb") as f:  # appended rows only (dateline ingest adds each batch's)
            f.seek(cached[1])
            tail = f.read()
        tail = tail[:tail.rfind(b"\n") + 1]  # whole lines only: the writer may be mid-line
        cached[3].read(tail.decode("utf-8"), Path(path))
        _cache[path] = (info.st_ino, cached[1] + len(tail), info.st_mtime, cached[3])
        return cached[3]
    roles = read_roles(path, open_ended)
    _cache[path] = (info.st_ino, info.st_size, info.st_mtime, roles)
    return roles


def user_roles() -> KnownRoles | None:
    """The user's table (``--actors``), or None."""
    return _load(USER_ENV, open_ended=False)


def corpus_roles() -> KnownRoles | None:
    """The corpus's learned roles (written by ``dateline ingest``), or None."""
    return _load(CORPUS_ENV, open_ended=True)


def write_roles(rows, path: str | Path, append: bool = False) -> None:
    """Write ``rows`` (dicts with the COLUMNS keys) as a roles TSV (``append``: add them to
    one written before)."""
    with open(path, "a" if append else "w", encoding="utf-8") as f:
        if not append:
            f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            f.write("\t".join("" if row.get(c) is None else str(row.get(c)).replace("\t", " ")
                              for c in COLUMNS) + "\n")


def use_actors_file(path: str | Path) -> None:
    """Check the user's actors TSV (E005 when malformed) and make the actors stage use it, in
    this process and in the worker processes it starts."""
    read_roles(path)
    os.environ[USER_ENV] = str(Path(path).resolve())
