"""Batch jobs shared by the CLI and the corpus: inputs in, Documents (or input errors) out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import DatelineError, InputError
from .ingest import iter_inputs, to_document
from .ingest.prepare import normalise_published
from .model import Document


def check_published(value: str | None) -> str | None:
    """The ISO form of a --published option, or E004."""
    if value is None:
        return None
    ambiguous = _day_month_ambiguous(value)
    iso = None if ambiguous else normalise_published(value)
    if iso is None:
        example = "2021-11-24 or 2021-11-24T09:23:00+00:00"
        if ambiguous:  # say why a date that looks readable is refused
            example += " (a day and a month both 12 or less can be read either way)"
        raise DatelineError("E004", option="--published", value=value, example=example)
    return iso


def _day_month_ambiguous(value: str) -> bool:
    """A numeric date a reader could take either way: "11/12/2021" is 11 December in most of the
    world and November 12 in the US; "24/11/2021" is not ambiguous, nor "11/11/2021"."""
    match = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\s*", value)
    return bool(match) and match[1] != match[2] and max(int(match[1]), int(match[2])) <= 12


def extract_inputs(paths: Iterable[str], *, input_format: str | None = None, clean: bool = True,
                   published: str | None = None, stdin=None, annotated: bool = False,
                   skip: Path | None = None) -> Iterator[Document | InputError]:
    """Read and clean every input; unreadable ones come through as InputError, in order.
    ``annotated``: the Documents go on to be annotated (:func:`annotate_inputs`; E203's wording);
    ``skip``: the output file, left out of the folders read (``readers.iter_inputs``)."""
    for item in iter_inputs(paths, input_format, stdin=stdin, skip=skip):
        if isinstance(item, InputError):
            yield item
        else:
            yield to_document(item, clean=clean, published=published, annotated=annotated)


def annotate_inputs(paths: Iterable[str], *, pipeline, **options) -> Iterator[Document | InputError]:
    """Like :func:`extract_inputs`, then annotated in batches by ``pipeline``.

    Input errors are yielded as soon as they are met, so they may come before Documents that
    were read earlier but are still waiting in the batch.
    """
    pending: list[InputError] = []

    def documents():
        for item in extract_inputs(paths, annotated=True, **options):
            if isinstance(item, InputError):
                pending.append(item)
            else:
                yield item

    for document in pipeline.run(documents()):
        while pending:
            yield pending.pop(0)
        yield document
    yield from pending
