"""Actors: who is who, with country, sector, roles, and every mention (coreference)."""

from . import stage  # noqa: F401  (registers the stage)
