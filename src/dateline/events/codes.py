"""The CAMEO code table: each code's PLOVER type, mode and context, QuadClass and Goldstein score
(``data/cameo.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    plover: str
    mode: str | None
    context: str | None
    quad_class: int
    goldstein: float
    meaning: str

    @property
    def root(self) -> str:
        return self.code[:2]


def _blank(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for line in (DATA / "cameo.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, plover, mode, context, quad, goldstein, meaning = line.split("\t")
        table[code] = CameoCode(code, plover, _blank(mode), _blank(context), int(quad),
                                float(goldstein), meaning)
    return table


def lookup(code: str) -> CameoCode | None:
    """The entry for ``code``, else for its nearest listed parent ("1053" -> "105" -> "100")."""
    table = cameo_table()
    while code:
        if code in table:
            return table[code]
        if len(code) > 3:
            code = code[:3]
        elif code[2:] != "0":
            code = code[:2] + "0"
        else:
            return None
    return None


# A promised concession or an announced retreat (PLOVER manual 3.4: CONCEDE) keeps CAMEO's code
# for the intent to yield what was promised (035x), by the promised action's code.
YIELD_INTENTS = {"081": "0351", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}


def yield_intent(cameo: str) -> str:
    """The CAMEO 035x code of an intent to do ``cameo`` (an 08x yield): "0841" -> "0353"."""
    return YIELD_INTENTS.get(cameo[:3], "035")
