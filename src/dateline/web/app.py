"""The web app: ``create_app(db)`` serves one corpus store read-only, as pages and an HTTP API.

>>> app = create_app("demo.duckdb")          # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1")       # what `dateline serve` does   # doctest: +SKIP

Pages are server-rendered Jinja templates (autoescaped: article text is untrusted), each with a
``.json`` twin; the API lives under ``/api/`` and its OpenAPI description at ``/openapi.json``
(readable at ``/docs``). Every error, page or API, has one JSON shape::

    {"error": {"status": 404, "code": "not_found", "message": "No article with id 'x'."}}
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..corpus import Store
from ..errors import DatelineError
from .render import templates, to_json, wants_json
from .views import NotFound

HERE = Path(__file__).parent

# No inline scripts or styles anywhere: scripts and styles come from /static only, so markup that
# slips into a page can run nothing. Inline SVG is markup, not script, and needs no exception.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """ASGI middleware answering ``HEAD`` as the ``GET`` of the same URL without its body (link
    checkers and ``curl -I`` send HEAD; FastAPI's routes would answer 405)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_headers_only(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class StoreHandle:
    """One read-only :class:`Store` per worker thread (a DuckDB connection serves one thread at
    a time; connections to one file in one process share the database)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()
        self._cache: dict = {}
        self._recent: OrderedDict = OrderedDict()
        # Opened now, to fail at start (E401/E402/E404) rather than per request, and kept open:
        # every connection of this process to the file shares its DuckDB instance, which this
        # one locks down first (no access to other files), for the SQL endpoint.
        self._first = Store(self.path, read_only=True)
        self.locked_down = _lock_down(self._first.con)

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path, read_only=True)
            with self._lock:
                self._opened.append(store)
        return store

    def cached(self, key, compute):
        """``compute()`` once per server: the store is read-only and DuckDB lets no other process
        write the file while this one has it open, so corpus-wide summaries cannot go stale."""
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = compute()
        return found

    def recent(self, key, compute, size: int = 256):
        """Like :meth:`cached`, for per-item results (articles): the ``size`` most recently used."""
        with self._lock:
            if key in self._recent:
                self._recent.move_to_end(key)
                return self._recent[key]
        found = compute()
        with self._lock:
            self._recent[key] = found
            while len(self._recent) > size:
                self._recent.popitem(last=False)
        return found

    @property
    def current(self) -> "ThreadStore":
        return ThreadStore(self)

    def sql_connection(self):
        """A fresh connection (to interrupt on its own) for analysts' SQL."""
        return self._first.con.cursor()

    def close(self):
        """Close every connection (at shutdown: DuckDB aborts the process if a connection is
        still open in a worker thread when the interpreter exits)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()
        self._first.close()


class ThreadStore:
    """Stands for the calling thread's :class:`Store`: every attribute is looked up on the store
    of the thread that uses it. (FastAPI may resolve a dependency in one worker thread and run
    the endpoint in another, so handing out a thread's store itself would share a connection
    between two threads at once.)"""

    __slots__ = ("_handle",)

    def __init__(self, handle: StoreHandle):
        self._handle = handle

    def __getattr__(self, name: str):
        return getattr(self._handle.get(), name)


def _lock_down(con) -> bool:
    """Disable file access for ``con``'s database (DuckDB refuses to enable it again while the
    database is open); whether it is off. The settings are not locked: every Store connection
    sets its memory limit, and statements that change settings never reach the database (the SQL
    endpoint runs reading statements only)."""
    import duckdb

    try:
        con.execute("SET enable_external_access = false")
    except duckdb.Error:
        pass
    return con.execute("SELECT current_setting('enable_external_access')").fetchall()[0][0] is False


def error_body(status: int, code: str, message: str, details: Any = None) -> dict[str, Any]:
    error = {"status": status, "code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def error_response(request: Request, status: int, code: str, message: str, details: Any = None):
    body = error_body(status, code, message, details)
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"error": body["error"], "json_url": None},
                                      status_code=status)


# E402: a writer holds the file; the rest of the store's codes are the client's to fix.
_STORE_UNAVAILABLE = {"E401", "E402", "E403", "E404", "E405"}


def _in_words(error: dict) -> str:
    """A validation error's message, with the form a pattern stands for in place of the pattern
    ("String should match pattern '^([A-Za-z]{3})?$'" told a user nothing)."""
    from .params import EXPECTED

    name = str(error.get("loc", ("",))[-1])
    if error.get("type") == "string_pattern_mismatch" and name in EXPECTED:
        return f"got {error.get('input')!r}; give {EXPECTED[name]}"
    return error.get("msg", "")


def _install_error_handlers(app: FastAPI):
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error_response(request, 404, "not_found", str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = [{"parameter": ".".join(str(p) for p in e.get("loc", ())[1:]) or None,
                    "message": _in_words(e)} for e in exc.errors()]
        message = "; ".join(f"{d['parameter']}: {d['message']}" for d in details) or "invalid request"
        return error_response(request, 400, "invalid_parameter", message, details)

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError):
        status = 503 if exc.code in _STORE_UNAVAILABLE else 400
        # the code has a field of its own: the message without it (the page showed "E004 E004 ...")
        return error_response(request, status, exc.code, exc.text)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = "No such page." if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):  # pragma: no cover - a bug
        return error_response(request, 500, "internal_error",
                              f"The server failed ({type(exc).__name__}); please report it.")


def create_app(db: str | Path) -> FastAPI:
    """The web app over the store at ``db`` (opened read-only)."""
    from . import api, pages, sources

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.stores.close()

    app = FastAPI(title="dateline", lifespan=lifespan, version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Browse a dateline corpus: articles with their annotations, coded "
                              "events, actors, quotes and stories. Every list takes `limit` and "
                              "`offset`; every error has the shape "
                              "`{\"error\": {\"status\", \"code\", \"message\"}}`.")
    app.state.stores = StoreHandle(db)
    app.state.db = str(db)
    _install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(sources.router)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dateline")
    except PackageNotFoundError:  # pragma: no cover
        return "0"


def json_response(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(to_json(data), status_code=status)
