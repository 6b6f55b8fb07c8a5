"""Events: who did what to whom, when, where, how sure (PLOVER and CAMEO)."""

from . import stage  # noqa: F401  (registers the stage)
