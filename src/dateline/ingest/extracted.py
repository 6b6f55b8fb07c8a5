"""What extraction finds in one input: the clean body text and the metadata around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Boilerplate, Problem


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    url: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
