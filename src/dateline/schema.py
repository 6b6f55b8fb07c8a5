"""The JSON Schema of a Document, derived from the dataclasses in ``model.py``.

``docs/document.schema.json`` is this function's output (``python -m dateline.schema >
docs/document.schema.json``); a test keeps the two identical, so the schema cannot drift from the
code. Closed vocabularies are listed in :data:`ENUMS`.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any, get_type_hints

from . import model

# Closed vocabularies: (record, field) -> allowed values.
ENUMS: dict[tuple[str, str], list[str]] = {
    ("Timex", "type"): ["DATE", "TIME", "DURATION", "SET"],
    ("Quote", "kind"): ["direct", "indirect", "mixed", "stance"],
    ("Actor", "kind"): ["person", "organization", "country", "group"],
    ("Mention", "kind"): ["name", "title", "description", "pronoun", "metonym"],
    ("Event", "modality"): ["asserted", "planned", "hypothetical", "negated", "requested"],
    ("Event", "date_basis"): ["clause", "sentence", "context", "publication", None],
    ("Event", "intended"): ["CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE",
                            "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", None],
    ("Event", "origin"): ["pattern", "model"],
    ("EventPlace", "basis"): ["clause", "sentence", "paragraph", "article"],
    ("Problem", "level"): ["error", "warning"],
}

RECORDS = [model.Span, model.Entity, model.Mention, model.Actor, model.Timex, model.Place,
           model.Amount, model.Speaker, model.Quote, model.EventPlace, model.Event,
           model.Boilerplate, model.Problem]


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = _type_schema(args[0])
        return {"anyOf": [inner, {"type": "null"}]}
    if origin in (tuple, list):
        (inner, *_) = typing.get_args(hint) or (Any,)
        return {"type": "array", "items": _type_schema(inner)}
    if isinstance(hint, type) and issubclass(hint, model.Record):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if origin is dict or hint is dict:
        return {"type": "object"}
    return {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
            bool: {"type": "boolean"}}.get(hint, {})


def record_schema(cls) -> dict[str, Any]:
    hints = get_type_hints(cls)
    properties, required = {}, []
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name])
        enum = ENUMS.get((cls.__name__, f.name))
        if enum:
            prop = {"enum": enum}
        if f.__doc__:
            prop["description"] = f.__doc__
        properties[f.name] = prop
        required.append(f.name)  # as_dict() always writes every field
    schema = {"type": "object", "properties": properties, "required": required,
              "additionalProperties": False}
    doc = (cls.__doc__ or "").strip()
    if doc:
        schema["description"] = " ".join(doc.split())
    return schema


def document_schema() -> dict[str, Any]:
    schema = record_schema(model.Document)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://dateline.invalid/document.schema.json",
        "title": "dateline Document",
        **schema,
        "$defs": {cls.__name__: record_schema(cls) for cls in RECORDS},
    }


def validator():
    """A jsonschema validator for Documents (as_dict() form)."""
    import jsonschema

    return jsonschema.Draft202012Validator(document_schema())


if __name__ == "__main__":
    print(json.dumps(document_schema(), indent=2, ensure_ascii=False))
