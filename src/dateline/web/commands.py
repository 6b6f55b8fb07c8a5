"""``dateline serve``: the web app over a corpus store, on loopback unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import fail, message


def serve(db: Annotated[Path, typer.Option("--db", help="The corpus store (a DuckDB file from `dateline ingest`).")] = Path("dateline.duckdb"),
          port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
          host: Annotated[str, typer.Option("--host", help="Interface to bind: 127.0.0.1 keeps it on this machine; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
          workers: Annotated[int, typer.Option("--workers", "-w", help="Server processes (each opens the store read-only); more use more cores.")] = 1):
    """Browse the store in a web browser: articles, events, actors, stories, a map, and an HTTP
    API under /api/ (read-only)."""
    import uvicorn

    from ..errors import DatelineError
    from ..words import counted
    from .app import create_app

    if not 0 < port < 65536:
        fail(message('E007', option='--port', allowed='between 1 and 65535', value=port))
    if workers < 1:
        fail(message('E007', option='--workers', allowed='at least 1', value=workers))
    try:
        app = create_app(db)
    except DatelineError as exc:
        fail(str(exc))
    problem = cannot_bind(host, port)
    if problem:
        app.state.stores.close()
        fail(problem, 1)
    typer.echo(f"dateline: serving {db} on http://{host}:{port}/ with {counted(workers, 'worker')} (Ctrl-C stops)", err=True)
    # keep-alive of 30 s rather than uvicorn's 5: a busy server otherwise drops connections that
    # a client is about to reuse (seen as read errors in benchmarks/bench_web.py)
    options = dict(host=host, port=port, log_level="warning", timeout_keep_alive=30)
    if workers == 1:
        uvicorn.run(app, **options)
        return
    app.state.stores.close()  # each worker process opens its own
    os.environ[STORE_VARIABLE] = str(db.resolve())
    uvicorn.run("dateline.web.commands:app_from_environment", factory=True, workers=workers, **options)


def cannot_bind(host: str, port: int) -> str | None:
    """Why the server could not listen on ``host:port`` (the port in use, no such interface), or
    None. Asked before the server starts, so that the failure is one sentence rather than
    uvicorn's exit status 3 after "serving … on" was said."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return message("E009", host=host, detail=exc.strerror or exc)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            return message("E010", host=host, port=port, detail=exc.strerror or exc)
    return None


# Private, not a setting: how `serve --workers N` hands the store's path to its worker processes
# (uvicorn starts them from an import string, so nothing else reaches them).
STORE_VARIABLE = "_DATELINE_SERVE_DB"


def app_from_environment():
    """The app of one worker process of ``serve --workers N`` (the store path comes in
    :data:`STORE_VARIABLE`, as uvicorn starts workers from an import string)."""
    from .app import create_app

    return create_app(os.environ[STORE_VARIABLE])


def register(app: typer.Typer):
    """Add ``serve`` to the CLI."""
    app.command(epilog="Example: dateline serve --db demo.duckdb --port 8000")(serve)
