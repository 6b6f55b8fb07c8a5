"""The pages: server-rendered templates, each with a ``.json`` twin that returns its data.

The ``.json`` route of each pair is registered first (decorators apply bottom-up), so that
``/articles/abc.json`` is the twin of ``/articles/abc`` rather than an article called ``abc.json``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from . import charts, views
from .api import events_csv_response
from .highlight import segments, to_html
from .params import MAX_CSV_ROWS, FiltersDep, PageDep, StoreDep, cached, country_query
from .render import article_url, respond, templates

router = APIRouter(include_in_schema=False)


def _json(request: Request) -> bool:
    return request.url.path.endswith(".json")


@router.get("/", response_class=HTMLResponse)
@router.get("/index.json")
def overview(request: Request, store: StoreDep):
    data = cached(request, "overview", lambda: views.overview(store))
    if _json(request):
        return respond(request, "overview.html", data, True)
    stats = data["stats"]
    return cached_page(request, "overview page", lambda: respond(
        request, "overview.html", data, False, store_path=store.path,
        day_chart=charts.day_bars(data["events_per_day"]),
        type_bars=charts.hbars(stats["events_by_type"][:12], "type", "events"),
        actor_bars=charts.hbars(stats["top_actors"], "name", "n_articles")))


def cached_page(request: Request, key: str, render) -> HTMLResponse:
    """A page that depends on nothing but the (read-only) store, rendered once per server."""
    body = cached(request, key, lambda: bytes(render().body))
    return HTMLResponse(body)


@router.get("/articles", response_class=HTMLResponse)
@router.get("/articles.json")
def articles(request: Request, store: StoreDep, page: PageDep):
    return respond(request, "articles.html", views.articles(store, page.limit, page.offset), _json(request))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, store: StoreDep, article_id: str,
            event: Annotated[int | None, Query(description="A merged event id to highlight.")] = None):
    # a path parameter, since input ids may hold slashes; ".json" then marks the twin
    article_id = article_id.removesuffix(".json")
    # parsing a long Document and cutting its text take most of the time: kept for recent articles
    stored, pieces = request.app.state.stores.recent(("article", article_id), lambda: _article_parts(store, article_id))
    data = views.article(store, article_id, event, stored)
    if _json(request):
        return respond(request, "article.html", data, True)
    return respond(request, "article.html", data, False,
                   text_html=to_html(pieces, set(data["active_events"])))


def _article_parts(store, article_id: str):
    stored = views.stored_article(store, article_id)
    return stored, segments(stored[0])


@router.get("/events", response_class=HTMLResponse)
@router.get("/events.json")
def events(request: Request, store: StoreDep, page: PageDep, filters: FiltersDep):
    data = views.events(store, filters.as_dict(), page.limit, page.offset)
    return respond(request, "events.html", data, _json(request), modalities=views.MODALITIES,
                   form=filters)


@router.get("/events/{event_id:int}")
@router.get("/events/{event_id:int}.json")
def event(request: Request, store: StoreDep, event_id: int):
    """A merged event: as JSON, or (the page) its evidence in the first article reporting it."""
    data = views.event(store, event_id)
    if _json(request):
        return respond(request, "", data, True)
    first = data["first_article_id"] or (data["mentions"][0]["article_id"] if data["mentions"] else None)
    if first is None:
        raise views.NotFound(f"Event {event_id} has no article.")
    return RedirectResponse(article_url(first, event_id), status_code=303)


@router.get("/events.csv")
def events_csv(store: StoreDep, filters: FiltersDep,
               limit: Annotated[int, Query(ge=1, le=MAX_CSV_ROWS)] = 10_000,
               offset: Annotated[int, Query(ge=0)] = 0):
    return events_csv_response(store, filters.as_dict(), limit, offset)


@router.get("/actors", response_class=HTMLResponse)
@router.get("/actors.json")
def actors(request: Request, store: StoreDep, page: PageDep, name: str | None = None,
           country: Annotated[str | None, country_query("ISO alpha-3 (USA).")] = None,
           sector: str | None = None):
    data = views.actors(store, page.limit, page.offset, name, country, sector)
    return respond(request, "actors.html", data, _json(request))


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor(request: Request, store: StoreDep, actor_id: str):
    as_json = actor_id.endswith(".json")
    data = views.actor(store, actor_id.removesuffix(".json") if as_json else actor_id)
    if as_json:
        return respond(request, "actor.html", data, True)
    return respond(request, "actor.html", data, False,
                   network=charts.network(data["name"], data["events"]), roles=_role_spans(data["roles"]))


def _role_spans(roles: list[dict], most: int = 40) -> list[dict]:
    """Each role the articles give the actor (case-insensitive) with the first and last
    publication date it appears on and in how many articles, in order of first appearance."""
    spans: dict[str, dict] = {}
    for r in roles:
        day = str(r["published"] or "")[:10] or None
        for role in dict.fromkeys(x.strip() for x in (r["roles"] or ()) if x.strip()):
            span = spans.setdefault(role.lower(), {"role": role, "first": day, "last": day, "articles": 0})
            span["articles"] += 1
            if day and (span["first"] is None or day < span["first"]):
                span["first"] = day
            if day and (span["last"] is None or day > span["last"]):
                span["last"] = day
    top = sorted(spans.values(), key=lambda x: -x["articles"])[:most]
    return sorted(top, key=lambda x: (x["first"] or "9999", -x["articles"]))


@router.get("/quotes", response_class=HTMLResponse)
@router.get("/quotes.json")
def quotes(request: Request, store: StoreDep, page: PageDep, speaker: str | None = None):
    return respond(request, "quotes.html", views.quotes(store, page.limit, page.offset, speaker), _json(request))


@router.get("/stories", response_class=HTMLResponse)
@router.get("/stories.json")
def stories(request: Request, store: StoreDep, page: PageDep):
    return respond(request, "stories.html", views.stories(store, page.limit, page.offset), _json(request))


@router.get("/stories/{story_id:int}", response_class=HTMLResponse)
@router.get("/stories/{story_id:int}.json")
def story(request: Request, store: StoreDep, story_id: int):
    data = views.story(store, story_id)
    if _json(request):
        return respond(request, "story.html", data, True)
    # the story's own days on the strip and the time line; events dated before the story began
    # (store.timeline's "background") in a list of their own below, not stretching the strip
    own = [item for item in data["timeline"] if not item.get("background")]
    return respond(request, "story.html", data, False, days=charts.timeline_days(own),
                   strip=charts.timeline_strip(own),
                   background=[item for item in data["timeline"] if item.get("background")])


@router.get("/map", response_class=HTMLResponse)
@router.get("/map.json")
def world_map(request: Request, store: StoreDep, filters: FiltersDep):
    chosen = filters.as_dict()
    data = views.map_data(store, chosen) if chosen else cached(request, "map", lambda: views.map_data(store))
    if _json(request):
        return respond(request, "map.html", data, True)

    def page():
        return respond(request, "map.html", data, False, form=filters, modalities=views.MODALITIES,
                       layers=charts.map_layers(data["event_places"], data["places"], data["events_by_country"]))

    return page() if chosen else cached_page(request, "map page", page)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The API reference, rendered from the OpenAPI description (works offline, no scripts)."""
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or (p.get("schema") or {}).get("description", "")}
                      for p in op.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                           "params": params})
    return templates.TemplateResponse(request, "docs.html", {"routes": routes, "schema": schema,
                                                             "json_url": "/openapi.json", "nav": "docs"})
