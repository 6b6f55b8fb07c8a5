"""The ``quotes`` stage. First form: assigns nothing yet (an empty list is better than a wrong one)."""

from __future__ import annotations

from ..pipeline import Work, stage


@stage("quotes", requires=("doc", "actors"), assigns=("quotes",))
def run(work: Work) -> None:
    return None
