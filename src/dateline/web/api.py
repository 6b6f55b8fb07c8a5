"""The HTTP API under ``/api/``: JSON for every list (paginated with ``limit``/``offset``), CSV for
event lists, and read-only SQL with a row and a time limit."""

from __future__ import annotations

import threading
import time
from typing import Annotated

import duckdb
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..corpus.query import EVENT_COLUMNS, check_one_reading_statement, plain, render
from ..errors import DatelineError
from . import views
from .app import json_response
from .params import MAX_CSV_ROWS, FiltersDep, PageDep, StoreDep, cached, country_query

router = APIRouter(prefix="/api", tags=["api"])

SQL_MAX_ROWS = 1000
SQL_MAX_SECONDS = 5.0  # a query still running after this is interrupted (DuckDB interrupt)


@router.get("/stats", summary="Corpus summary: counts, duplicates, top actors, events by type")
def stats(request: Request, store: StoreDep, top: Annotated[int, Query(ge=1, le=100)] = 10):
    return json_response(cached(request, ("stats", top), lambda: store.stats(top=top)))


@router.get("/articles", summary="Articles, newest first")
def articles(store: StoreDep, page: PageDep):
    return json_response(views.articles(store, page.limit, page.offset))


@router.get("/articles/{article_id:path}", summary="One article: metadata, whole Document, its events")
def article(store: StoreDep, article_id: str,
            event: Annotated[int | None, Query(description="A merged event id to mark active.")] = None):
    return json_response(views.article(store, article_id, event))


@router.get("/events", summary="Merged events, filtered")
def events(store: StoreDep, page: PageDep, filters: FiltersDep):
    return json_response(views.events(store, filters.as_dict(), page.limit, page.offset))


@router.get("/events.csv", summary="Merged events, filtered, as CSV",
            response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def events_csv(store: StoreDep, filters: FiltersDep,
               limit: Annotated[int, Query(ge=1, le=MAX_CSV_ROWS)] = 10_000,
               offset: Annotated[int, Query(ge=0)] = 0):
    return events_csv_response(store, filters.as_dict(), limit, offset)


def events_csv_response(store, filters: dict, limit: int, offset: int) -> Response:
    found = store.events(filters, limit=limit, offset=offset, newest=True)  # as the explorer lists them
    names = [c.strip() for c in EVENT_COLUMNS.split(",")]
    return Response(render(names, found, "csv"), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="events.csv"'})


@router.get("/events/{event_id}", summary="One merged event with every mention")
def event(store: StoreDep, event_id: int):
    return json_response(views.event(store, event_id))


@router.get("/actors", summary="Actors, most-mentioned first")
def actors(store: StoreDep, page: PageDep,
           name: Annotated[str | None, Query(description="Name (substring).")] = None,
           country: Annotated[str | None, country_query("ISO alpha-3 (USA).")] = None,
           sector: Annotated[str | None, Query(description="CAMEO sector code (GOV, MIL, …).")] = None):
    return json_response(views.actors(store, page.limit, page.offset, name, country, sector))


@router.get("/actors/{actor_id:path}", summary="One actor (id 'name|country|sector'): roles, quotes, events")
def actor(store: StoreDep, actor_id: str):
    return json_response(views.actor(store, actor_id))


@router.get("/quotes", summary="Quotes, optionally by speaker")
def quotes(store: StoreDep, page: PageDep,
           speaker: Annotated[str | None, Query(description="Speaker name or text (substring).")] = None):
    return json_response(views.quotes(store, page.limit, page.offset, speaker))


@router.get("/stories", summary="Stories, largest first")
def stories(store: StoreDep, page: PageDep):
    return json_response(views.stories(store, page.limit, page.offset))


@router.get("/stories/{story_id}", summary="One story with its timeline")
def story(store: StoreDep, story_id: int):
    return json_response(views.story(store, story_id))


@router.get("/places", summary="Places of events and places mentioned, for the map")
def places(request: Request, store: StoreDep, filters: FiltersDep):
    chosen = filters.as_dict()
    if chosen:
        return json_response(views.map_data(store, chosen))
    return json_response(cached(request, "map", lambda: views.map_data(store)))


# --- read-only SQL ---------------------------------------------------------------------------------



@router.get("/sql", summary="One read-only SQL statement (row and time limits)")
def sql(request: Request,
        sql: Annotated[str, Query(min_length=1, max_length=10_000, description="SELECT, WITH, DESCRIBE, …")],
        limit: Annotated[int, Query(ge=1, le=SQL_MAX_ROWS)] = 100):
    return json_response(run_limited_sql(request.app.state.stores, sql, limit, SQL_MAX_SECONDS))


def run_limited_sql(stores, statement: str, limit: int, seconds: float) -> dict:
    """Run ``statement`` on its own connection to the read-only store (no file access: see
    :class:`StoreHandle`), stopping it after ``seconds``; at most ``limit`` rows."""
    check_one_reading_statement(statement)
    if not stores.locked_down:
        raise DatelineError("E406", detail="SQL is off: the store could not be locked against file access")
    con = stores.sql_connection()
    timer = threading.Timer(seconds, con.interrupt)
    started = time.perf_counter()
    timer.start()
    try:
        cursor = con.execute(statement)
        if cursor.description is None:
            return {"columns": [], "rows": [], "truncated": False}
        names = [d[0] for d in cursor.description]
        found = cursor.fetchmany(limit + 1)
    except duckdb.InterruptException:
        raise DatelineError("E407", detail=f"stopped after the {seconds:g} s limit") from None
    except duckdb.Error as exc:
        text = str(exc).splitlines()[0]
        readonly = any(w in text.lower() for w in ("read-only", "read only", "external access",
                                                   "configuration", "permission"))
        raise DatelineError("E406" if readonly else "E407", detail=text) from None
    finally:
        timer.cancel()
        con.close()
    return {"columns": names, "rows": [plain(list(r)) for r in found[:limit]],
            "truncated": len(found) > limit, "seconds": round(time.perf_counter() - started, 3)}
