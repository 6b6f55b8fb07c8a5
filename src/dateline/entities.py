"""The ``entities`` stage: named entities as the spaCy pipeline labels them."""

from __future__ import annotations

from .model import Entity
from .pipeline import Work, stage


@stage("entities", requires=("doc",), assigns=("entities",))
def find_entities(work: Work) -> None:
    work.entities = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in work.doc.ents]
