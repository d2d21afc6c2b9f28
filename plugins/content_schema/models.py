"""Models built from a schema's clean values, by field name.

A field is written in the schema; the model's dataclass names the same
field, and ``from_clean`` copies it over, so no loader spells a field a
third time. A model field takes the schema field of its own name, or the
one its metadata names (``field(metadata={"field": "cover"})``). A
reference ``x`` is kept in ``x_ref`` as written; ``x`` is left for the
linking pass. ``tests/test_models.py`` checks every schema field has its
place in the model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

DERIVED = {"derived": True}  # metadata of a model field the schema does not have


def schema_field_of(model_field: dataclasses.Field) -> str:
    """The schema field a model field is filled from."""
    if "field" in model_field.metadata:
        return model_field.metadata["field"]
    return model_field.name.removesuffix("_ref")


def filled_fields(cls) -> list[dataclasses.Field]:
    """The model fields that come from the schema (links and state excluded)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return [
        f
        for f in dataclasses.fields(cls)
        if f.init and f"{f.name}_ref" not in names and not f.metadata.get("derived")
    ]


def from_clean(cls, clean: Mapping, **computed):
    """``cls`` from clean schema values; ``computed`` for what needs more than a copy."""
    values = {}
    for model_field in filled_fields(cls):
        if model_field.name in computed:
            values[model_field.name] = computed.pop(model_field.name)
        elif schema_field_of(model_field) in clean:
            values[model_field.name] = clean[schema_field_of(model_field)]
    values.update(computed)  # fields the schema does not have (paths, derived)
    return cls(**values)
