"""Toponyms resolved to GeoNames offline; place names used as actors (metonyms)."""

from . import stage  # noqa: F401  (registers the stage)
