"""Quotes: direct, indirect and mixed, with speakers resolved to actors."""

from . import stage  # noqa: F401  (registers the stage)
