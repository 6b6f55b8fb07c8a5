"""The web app and HTTP API over a corpus store (``dateline serve``; see docs/web.md)."""

from __future__ import annotations


def create_app(db):
    """The FastAPI app serving the store at ``db`` read-only (see :mod:`dateline.web.app`)."""
    from .app import create_app as build

    return build(db)


__all__ = ["create_app"]
