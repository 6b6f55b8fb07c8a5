"""Temporal expressions normalised to TIMEX3 against the publication date."""

from . import stage  # noqa: F401  (registers the stage)
