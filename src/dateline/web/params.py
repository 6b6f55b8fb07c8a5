"""Request parameters shared by the API and the pages: the store, pagination, event filters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any, Optional

from fastapi import Depends, Query, Request

from ..corpus import Store
from ..events.learned import default_threshold

MAX_LIMIT = 500          # rows per page of JSON or HTML
MAX_CSV_ROWS = 100_000   # rows per CSV download


def cached(request: Request, key, compute):
    """``compute()`` once per server (see :meth:`StoreHandle.cached`)."""
    return request.app.state.stores.cached(key, compute)


def get_store(request: Request) -> Store:
    return request.app.state.stores.current  # resolved per thread at use (see ThreadStore)


StoreDep = Annotated[Store, Depends(get_store)]


@dataclass(slots=True)
class Pagination:
    limit: int
    offset: int


def pagination(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")] = 50,
               offset: Annotated[int, Query(ge=0, description="Rows to skip first.")] = 0) -> Pagination:
    return Pagination(limit, offset)


PageDep = Annotated[Pagination, Depends(pagination)]


@dataclass(slots=True)
class EventFilters:
    actor: Optional[str] = None
    country: Optional[str] = None
    type: Optional[str] = None
    modality: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    place: Optional[str] = None
    source: Optional[str] = None
    story: Optional[str] = None
    min_confidence: Optional[str] = None

    def as_dict(self) -> dict[str, Any]:
        found = {k: v for k, v in asdict(self).items() if v not in (None, "")}
        if "story" in found:
            found["story"] = int(found["story"])
        # events at or above the events model's threshold unless the page asks for another floor
        found["min_confidence"] = float(found.get("min_confidence", default_threshold()))
        return found


def country_query(description: str):
    """An ISO alpha-3 country parameter (events' and actors'): a name ("pakistan") would match
    nothing in silence, so it is a 400 that says the form (``EXPECTED["country"]``), as the CLI's.
    Empty is no filter (a form's empty field)."""
    return Query(pattern=r"^([A-Za-z]{3})?$", description=description)


def event_filters(
    actor: Annotated[Optional[str], Query(description="Source or target actor name (substring).")] = None,
    country: Annotated[Optional[str], country_query("Source or target actor country, ISO alpha-3 (USA).")] = None,
    type: Annotated[Optional[str], Query(description="PLOVER type (CONSULT) or CAMEO code prefix (04).")] = None,
    modality: Annotated[Optional[str], Query(pattern=r"(?i)^(asserted|planned|hypothetical|negated|requested)?$",
                                             description="asserted, planned, hypothetical, negated or requested.")] = None,
    since: Annotated[Optional[str], Query(description="Events on or after this ISO date.")] = None,
    until: Annotated[Optional[str], Query(description="Events on or before this ISO date.")] = None,
    place: Annotated[Optional[str], Query(description="Place name (substring) or GeoNames id.")] = None,
    source: Annotated[Optional[str], Query(description="Publisher or host among the event's reports (substring).")] = None,
    # a string, so that the events form's empty field is "no filter" rather than an error
    story: Annotated[Optional[str], Query(pattern=r"^[0-9]*$", description="Story id.")] = None,
    min_confidence: Annotated[Optional[str], Query(
        pattern=r"^(0(\.[0-9]*)?|1(\.0*)?|\.[0-9]+)?$",
        description="Only events whose calibrated confidence is at least this, 0-1 (default: the "
                    "events model's threshold, chosen for precision >= 0.80).")] = None,
) -> EventFilters:
    return EventFilters(actor, country, type, modality, since, until, place, source, story,
                        min_confidence)


FiltersDep = Annotated[EventFilters, Depends(event_filters)]

# What a parameter checked by a pattern takes, in words: the 400 says this, not the regex.
EXPECTED = {
    "country": "an ISO 3166 alpha-3 code such as PAK or USA",
    "modality": "one of asserted, planned, hypothetical, negated or requested",
    "story": "a story id (a whole number)",
    "min_confidence": "a number from 0 to 1",
}
