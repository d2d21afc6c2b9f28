"""What staff probably meant: a field name, a file name, a group's sub-fields.

Messages say «¿quiso decir …?» from a table of Spanish names (``fecha`` is
``date``), from the same name in other capitals or without accents, and
from difflib; a sub-field written without its indentation is named as
belonging to its group, not as unknown.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .lookalikes import name_lookalike
from .spanish import FIELD_ALIASES, without_accents

if TYPE_CHECKING:
    from .fields import FieldSpec

EMPTY_PHOTO = (
    "está vacía (0 bytes: ¿se copió a medias?); se espera una foto JPEG o PNG completa "
    "que se abra en cualquier visor"
)


def similar_file(path: str) -> str | None:
    """The name in ``path``'s folder that staff probably meant, or None.

    The same name in other capitals first (``.JPG``, ``02-Modulos.jpg``),
    then the closest by difflib with accents and capitals dropped.
    """
    folder, name = os.path.split(path)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    plain = {without_accents(n): n for n in names}
    wanted = without_accents(name)
    if wanted in plain:
        return plain[wanted]
    close = difflib.get_close_matches(wanted, list(plain), n=1, cutoff=0.8)
    return plain[close[0]] if close else None


def meant(folder: str, name: str) -> str:
    """'' or « (¿quiso decir '01-a.jpg'?)» for a file name typed in ``folder``."""
    close = similar_file(os.path.join(folder, name))
    return f" (¿quiso decir '{close}'?)" if close and close != name else ""


def is_group(spec) -> bool:
    """A Record or a list of them: a field with fields of its own."""
    kind = getattr(spec.kind, "record", spec.kind)
    return isinstance(getattr(kind, "fields", None), Mapping)


def _groups(specs: Mapping[str, FieldSpec]) -> dict[str, Mapping[str, FieldSpec]]:
    """Fields that hold fields of their own: ``image`` -> its src, alt, credit."""
    groups = {}
    for name, spec in specs.items():
        kind = getattr(spec.kind, "record", spec.kind)
        if isinstance(getattr(kind, "fields", None), Mapping):
            groups[name] = kind.fields
    return groups


def _under(group: str, spec: FieldSpec) -> str:
    if hasattr(spec.kind, "record"):
        return (
            f"sangrados con dos espacios debajo de la línea {group}:, "
            "cada elemento empezando con '- '"
        )
    return f"sangrados con dos espacios debajo de la línea {group}:"


def empty_field(name, spec: FieldSpec, metadata: Mapping, specs) -> str:
    if not is_group(spec):
        return f"está vacío; se espera {spec.kind.expected}"
    fields = _groups({name: spec})[name]
    strays = [str(key) for key in metadata if key not in specs and key in fields]
    under = _under(name, spec)
    if strays:
        return (
            f"está vacío: {', '.join(strays)} quedaron fuera por falta de sangría; "
            f"se espera {spec.kind.expected}, {under}"
        )
    return f"está vacío; se espera {spec.kind.expected}, {under} (o quite la línea)"


def unknown_field(name: str, metadata: Mapping, specs: Mapping[str, FieldSpec]) -> str:
    """«campo desconocido» with what staff most likely meant."""
    allowed = "; los campos permitidos son: " + ", ".join(specs)
    odd = name_lookalike(name)
    if odd:
        return f"campo desconocido: el nombre {odd}{allowed}"
    groups = _groups(specs)
    owners = [group for group, fields in groups.items() if name in fields]
    if owners:
        owner = next(
            (g for g in owners if g in metadata and metadata[g] is None), owners[0]
        )
        return (
            f"es un campo de {owner} ({owner}.{name}), no un campo aparte; se espera "
            f"la línea sangrada con dos espacios debajo de la línea {owner}:"
        )
    plain = without_accents(name).replace(" ", "_")
    alias = next((f for f in FIELD_ALIASES.get(plain, ()) if f in specs), None)
    if alias is None:
        close = difflib.get_close_matches(plain, list(specs), n=1, cutoff=0.7)
        alias = close[0] if close else None
    hint = f" (¿quiso decir '{alias}'?)" if alias and alias != name else ""
    return f"campo desconocido{hint}{allowed}"
