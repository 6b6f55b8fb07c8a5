"""The ``places`` stage. First form: assigns nothing yet (an empty list is better than a wrong one)."""

from __future__ import annotations

from ..pipeline import Work, stage


@stage("places", requires=("doc", "entities"), assigns=("places", "metonyms"))
def run(work: Work) -> None:
    return None
