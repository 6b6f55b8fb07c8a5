"""Amounts: money, counts and percentages, normalised."""

from . import stage  # noqa: F401  (registers the stage)
