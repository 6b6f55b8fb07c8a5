"""Rendering: the Jinja environment (autoescaped), JSON conversion, and URL helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates

from ..corpus.query import plain
from ..events.learned import default_threshold
from ..words import counted
from ..model import Record
from . import charts

HERE = Path(__file__).parent


def to_json(value: Any) -> Any:
    """A JSON-friendly form of view data (records as their dicts, dates as ISO strings)."""
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return plain(value)


def wants_json(request: Request) -> bool:
    """Whether an answer (an error above all) to ``request`` should be JSON rather than a page."""
    path = request.url.path
    return path.startswith("/api/") or path.endswith((".json", ".csv")) or path == "/openapi.json"


def twin_url(request: Request) -> str:
    """The ``.json`` twin of the page being shown (``/`` -> ``/index.json``)."""
    path = request.url.path.rstrip("/") or "/index"
    query = request.url.query
    return f"{path}.json" + (f"?{query}" if query else "")


def with_query(request: Request, **changes) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None or v == "":
            params.pop(k, None)
        else:
            params[k] = str(v)
    path = request.url.path
    return path + ("?" + urlencode(params) if params else "")


def actor_key(name: str, country: str | None = None, sector: str | None = None) -> str:
    return f"{name}|{country or ''}|{sector or ''}"


def actor_url(name: str, country: str | None = None, sector: str | None = None) -> str:
    return "/actors/" + quote(actor_key(name, country, sector), safe="")


def article_url(article_id: str, event: int | None = None) -> str:
    url = "/articles/" + quote(str(article_id), safe="")
    return url + (f"?event={event}" if event is not None else "")


def short(value: Any, width: int = 80) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def joined(values: Any, empty: str = "—") -> str:
    values = [str(v) for v in (values or []) if v]
    return ", ".join(values) if values else empty


def event_when(event: dict[str, Any]) -> str:
    """An event's date as the articles give it: the day, or the TIMEX3 value when that is less
    precise than a day (``2021-W48``, ``2021-10``, ``2018-SU``, ``2019``), rather than the first
    day of that interval (``date_start``), which would read as a day the event happened on."""
    day = str(event.get("date_start") or "")[:10]
    value = str(event.get("date") or "")
    if value[:4].isdigit() and not value.startswith(day):
        return value
    return day


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True,  # every page shows untrusted article text
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined)
    env.globals.update(actor_url=actor_url, article_url=article_url, charts=charts,
                       with_query=with_query, default_confidence=default_threshold())
    env.filters.update(short=short, joined=joined, plain=plain, when=event_when, counted=counted)
    return env


templates = Jinja2Templates(env=_environment())


def respond(request: Request, template: str, data: Any, as_json: bool, **extra):
    """The page ``template`` over ``data``, or ``data`` itself as JSON for the ``.json`` twin."""
    if as_json:
        return JSONResponse(to_json(data))
    context = {"data": data, "json_url": twin_url(request), "nav": _section(request), **extra}
    return templates.TemplateResponse(request, template, context)


def _section(request: Request) -> str:
    parts = request.url.path.strip("/").split("/")
    return parts[0].removesuffix(".json") if parts[0] else "overview"
