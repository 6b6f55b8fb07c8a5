"""The ``timexes`` stage: temporal expressions normalised to TIMEX3 against the publication date.

Rules (``rules.py``, words in ``lexicon.py``) find the expressions; normalisers
(``normalize.py``) give each a TIMEX3 type and value, anchored on ``work.anchor`` and, for bare
weekdays, months and seasons, on the tense of the governing verb read from the spaCy parse
(``tense.py``). Without a publication date relative values stay underspecified (``XXXX-WXX-2``).
"""

from __future__ import annotations

from ..pipeline import Work, stage
from .extract import TimexFinder
from .tense import TenseReader

_finder: TimexFinder | None = None


def finder() -> TimexFinder:
    global _finder
    if _finder is None:
        _finder = TimexFinder()
    return _finder


@stage("timexes", requires=("text", "published", "doc"), assigns=("timexes",))
def find_timexes(work: Work) -> None:
    reader = TenseReader(work.doc) if work.doc is not None else None
    work.timexes = finder().find(work.text, work.anchor, reader.tense if reader else None,
                                 reader.modifies_noun if reader else None,
                                 reader.day_not_count if reader else None)
