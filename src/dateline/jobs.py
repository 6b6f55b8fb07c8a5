"""Batch jobs shared by the CLI and the corpus: inputs in, Documents (or input errors) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import DatelineError, InputError
from .ingest import iter_inputs, to_document
from .ingest.prepare import normalise_published
from .model import Document


def check_published(value: str | None) -> str | None:
    """The ISO form of a --published option, or E004."""
    if value is None:
        return None
    iso = normalise_published(value)
    if iso is None:
        raise DatelineError("E004", option="--published", value=value,
                            example="2021-11-24 or 2021-11-24T09:23:00+00:00")
    return iso


def extract_inputs(paths: Iterable[str], *, input_format: str | None = None, clean: bool = True,
                   published: str | None = None, stdin=None) -> Iterator[Document | InputError]:
    """Read and clean every input; unreadable ones come through as InputError, in order."""
    for item in iter_inputs(paths, input_format, stdin=stdin):
        if isinstance(item, InputError):
            yield item
        else:
            yield to_document(item, clean=clean, published=published)


def annotate_inputs(paths: Iterable[str], *, pipeline, **options) -> Iterator[Document | InputError]:
    """Like :func:`extract_inputs`, then annotated in batches by ``pipeline``.

    Input errors are yielded as soon as they are met, so they may come before Documents that
    were read earlier but are still waiting in the batch.
    """
    pending: list[InputError] = []

    def documents():
        for item in extract_inputs(paths, **options):
            if isinstance(item, InputError):
                pending.append(item)
            else:
                yield item

    for document in pipeline.run(documents()):
        while pending:
            yield pending.pop(0)
        yield document
    yield from pending
