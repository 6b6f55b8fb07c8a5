"""The ``events`` stage. First form: assigns nothing yet (an empty list is better than a wrong one)."""

from __future__ import annotations

from ..pipeline import Work, stage


@stage("events", requires=("doc", "actors", "timexes", "places"), assigns=("events",))
def run(work: Work) -> None:
    return None
