"""Ingest: read inputs and turn each into a Document holding the clean text and metadata."""

from __future__ import annotations

from .extracted import Extracted
from .readers import RawArticle, iter_inputs, looks_like_html
from .prepare import to_document

__all__ = ["Extracted", "RawArticle", "iter_inputs", "looks_like_html", "to_document"]
