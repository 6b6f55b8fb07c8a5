"""The records dateline produces: frozen dataclasses with ``as_dict()`` / ``from_dict()``.

The JSON form of a :class:`Document` is dateline's public interface (see ``docs/document.md`` and
``docs/document.schema.json``). Field names here are that interface: extend, never rename.

Every annotation that points into the article carries ``start``/``end`` character offsets into
``Document.text`` (end exclusive) and the ``text`` it covers, so that
``document.text[span.start:span.end] == span.text`` holds for every span of every kind.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, ClassVar, get_type_hints


class Record:
    """Mixin: dict conversion driven by the dataclass fields and their annotations."""

    _converters: ClassVar[dict[type, list[tuple[str, Callable[[Any], Any]]]]] = {}

    def as_dict(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:  # dataclasses.fields() builds its tuple anew on every call
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in dataclasses.fields(self))
        return {name: _to_plain(getattr(self, name)) for name in names}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        converters = Record._converters.get(cls)
        if converters is None:
            hints = get_type_hints(cls)
            converters = Record._converters[cls] = [
                (f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls)]
        return cls(**{name: convert(data[name]) for name, convert in converters if name in data})


# Field names per Record class, in declaration order (as_dict's keys).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
# Values as_dict keeps as they are: most of a Document's values are these.
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def _to_plain(value: Any) -> Any:
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


def _converter(hint: Any) -> Callable[[Any], Any]:
    """A function turning the JSON form of a field of type ``hint`` back into its value; built
    once per field, since reading a stored corpus converts millions of records."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner, *_) = [a for a in typing.get_args(hint) if a is not type(None)]
        convert = _converter(inner)
        return lambda v: None if v is None else convert(v)
    if origin in (tuple, list):
        (inner, *_) = typing.get_args(hint) or (Any,)
        convert = _converter(inner)
        return lambda v: None if v is None else tuple(convert(x) for x in v)
    if isinstance(hint, type) and issubclass(hint, Record):
        return lambda v: hint.from_dict(v) if isinstance(v, dict) else v
    if origin is dict or hint is dict:
        return lambda v: None if v is None else dict(v)
    return lambda v: v


# --- spans -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A named entity as the spaCy pipeline labels it (PERSON, ORG, GPE, …)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """One mention of an actor. ``kind``: name, title, description, pronoun, metonym."""

    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A real-world actor of the article with every mention of it.

    ``kind``: person, organization, country, group. ``country``: ISO 3166 alpha-3, or a regional
    code (WST, EUR, …). ``sector``: a CAMEO-style code (GOV, MIL, IGO, MED, …; docs/document.md).
    ``roles``: titles and descriptions the text gives the actor ("special representative for
    Afghanistan"), as of the article's publication date. ``organization``: the CAMEO code of the
    international or transnational organisation the actor is or belongs to (``UNO``, ``NAT``,
    ``EEC``, ``OAU``, …). ``role_source``: where country and sector come from (``text``,
    ``user``, ``corpus``, ``whoswho``, ``lexicon``). ``role_evidence``: the spans of the article
    that gave the roles (a title before the name, an appositive, a predicate).
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    organization: str | None = None
    role_source: str | None = None
    role_evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Timex(Record):
    """A temporal expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Place(Record):
    """A toponym resolved to GeoNames. ``feature``: GeoNames feature code (PPLC, PCLI, ADM1, …).
    ``approximate``: no GeoNames record (a street, a village); the point is the town it lies in.
    ``use``: how the text uses the name: ``"literal"`` (the place itself), ``"modifier"`` (a
    noun's modifier: "a Paris court") or ``"embedded"`` (inside an organisation's or building's
    name: "the Kenya Red Cross", "the University of Texas")."""

    start: int
    end: int
    text: str
    geonameid: int | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None
    approximate: bool = False
    use: str = "literal"


@dataclass(frozen=True, slots=True)
class Amount(Record):
    """Money, a count or a percentage. ``unit``: ISO 4217 currency, "people", "percent", …"""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    approximate: bool = False
    object: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker(Record):
    """The mention of whoever is quoted; ``actor`` is an actor id of the same document or None."""

    start: int
    end: int
    text: str
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """A quotation. ``kind``: direct, indirect or mixed. ``parts``: the quoted pieces when an
    attribution interrupts the quote ("'We will talk,' he said, 'but not now.'")."""

    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None = None
    cue: Span | None = None
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class EventPlace(Record):
    """Where an event happened. ``basis``: "clause" when the event's own clause names the place,
    else "sentence" or "paragraph" when the event's sentence or paragraph does, "article" when it
    is the article's dominant place."""

    geonameid: int | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    basis: str


@dataclass(frozen=True, slots=True)
class Event(Record):
    """A coded event: who did what to whom, when, where, and how sure.

    ``type``/``mode``/``context``: PLOVER. ``cameo``: CAMEO code as a string ("042").
    ``date``: TIMEX3 value; ``date_basis``: "clause" (a timex governs the clause), "sentence"
    (a timex governs a clause above it in the sentence, or the clause below that dates the text
    it is told in or the occasion it is told in, or it is the one past day the sentence names),
    "context" (an earlier telling
    of the same occurrence: an earlier sentence's dated event of the same type) or
    "publication" (fallback to the publication date). ``modality``: asserted, planned,
    hypothetical, negated, requested. ``reported_by``: actor id whose statement carries it.
    ``intended``: for a statement of intent (AGREE, CONCEDE, THREATEN by PLOVER's conventions),
    the PLOVER type of the action promised or threatened ("promised aid" -> AGREE, intended AID).
    ``origin``: "pattern" (found by the dependency patterns) or "model" (proposed by the events'
    sentence model where the patterns found no event of its type).
    """

    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    date: str | None
    place: EventPlace | None
    modality: str
    reported_by: str | None
    trigger: Span
    evidence: Span
    confidence: float
    date_basis: str | None = None
    mentions: tuple[Span, ...] = ()
    intended: str | None = None
    origin: str = "pattern"


@dataclass(frozen=True, slots=True)
class Boilerplate(Record):
    """Text removed from the article body, kept with what kind of thing it was
    (headline, dateline, caption, credit, footer, related, share, repeated_lede, …)."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Problem(Record):
    """Something that went wrong with one article. ``level``: "error" or "warning".
    ``code`` is one of the numbered codes in ``dateline.errors``."""

    code: str
    message: str
    level: str = "error"


# --- the document ------------------------------------------------------------------------------

SPAN_FIELDS = ("entities", "timexes", "places", "amounts", "quotes")


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One annotated article. Its JSON form is dateline's public interface."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    amounts: tuple[Amount, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[Problem, ...] = ()
    credits: tuple[str, ...] = ()
    source: str | None = None

    def spans(self) -> typing.Iterator[tuple[str, Span | Entity | Mention]]:
        """Every span of every kind in the document, as (kind, span) pairs."""
        for name in SPAN_FIELDS:
            for record in getattr(self, name):
                yield name, record
        for record in self.quotes:
            if record.speaker:
                yield "quotes.speaker", record.speaker
            if record.cue:
                yield "quotes.cue", record.cue
            for part in record.parts:
                yield "quotes.parts", part
        for actor in self.actors:
            for mention in actor.mentions:
                yield "actors.mentions", mention
        for event in self.events:
            yield "events.trigger", event.trigger
            yield "events.evidence", event.evidence
            for mention in event.mentions:
                yield "events.mentions", mention

    def misaligned(self) -> list[tuple[str, Any]]:
        """Spans whose ``text`` differs from ``self.text[start:end]`` (should always be empty)."""
        return [(kind, s) for kind, s in self.spans() if self.text[s.start:s.end] != s.text]

    @property
    def ok(self) -> bool:
        return not any(p.level == "error" for p in self.errors)


def span_of(text: str, start: int, end: int) -> Span:
    """The :class:`Span` of ``text[start:end]``."""
    return Span(start, end, text[start:end])


__all__ = [
    "Actor", "Amount", "Boilerplate", "Document", "Entity", "Event", "EventPlace", "Mention",
    "Place", "Problem", "Quote", "Record", "Span", "Speaker", "Timex", "span_of",
]
