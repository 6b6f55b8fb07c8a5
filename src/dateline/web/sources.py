"""The Sources page (``/sources``, twin ``/sources.json``): what ``dateline watch`` and
``dateline fetch`` did — each source, its last round, new articles, errors."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .params import StoreDep
from .render import respond

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
@router.get("/sources.json")
def sources(request: Request, store: StoreDep):
    from ..crawl.report import sources_view

    return respond(request, "sources.html", sources_view(store), request.url.path.endswith(".json"))
