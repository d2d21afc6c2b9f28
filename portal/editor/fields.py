"""Our field types as Decap CMS form fields, and how the format writes each.

``form_fields`` turns a schema (``content_schema``'s ``FieldSpec`` mapping)
into Decap fields: required or not as the schema says, a choice as a select
with our keys and their Spanish names, dates as date pickers in our format,
a reference as a relation (or text with the guide's syntax when Decap cannot
name the content), files as upload widgets, records and lists as object and
list widgets with their sub-fields. ``shapes`` says, for each field, how
``theme/admin/formato-portal.js`` writes its value the way the content guide
does (quoted or plain, a list in brackets or one per line).

What a form cannot express (budget sums, links to content that does not
exist, a photo of the gallery that is not there, dates in order) is left to
``make check``, which runs on what the editor saves as on any file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from content_schema.clarification_schemas import WebAddress
from content_schema.fields import (
    Choice,
    DateTime,
    FieldSpec,
    Flag,
    LocalFile,
    PositiveInt,
    Record,
    RecordList,
    Slug,
    Text,
    TextList,
)
from content_schema.media_schemas import MediaFile
from content_schema.plan_fields import Count, Money, MonthField, Months, Period
from content_schema.publicity_fields import Catalogue, CatalogueList
from content_schema.references import Reference, ReferenceList, ReportYear

from .labels import label

# Text fields that hold a file name of the same folder: written without quotes.
FILE_NAME_TEXTS = {"cover", "gallery_photo", "file"}
# Lists of free text the guide writes one per line, or in brackets but quoted.
BLOCK_TEXT_LISTS = {"speakers", "interviews"}
QUOTED_TEXT_LISTS = {"spread_by"}
BLOCK_NAME_LISTS = {"sources"}
# Texts the guide writes as a block below "name: |" (a Markdown answer).
LITERAL_TEXTS = {"answer"}
# Lists of records the guide writes one per line in braces.
FLOW_RECORD_LISTS = {"concepts[].partidas"}

DATE_FORMAT = "YYYY-MM-DD"
TIME_FORMAT = "HH:mm"
SLUG_PATTERN = [
    r"^[a-z0-9]+(-[a-z0-9]+)*$",
    "solo minúsculas sin acentos, números y guiones",
]
MONEY_PATTERN = [
    r"^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$",
    "una cantidad como 10,405,031.00, sin signo de pesos",
]


@dataclass(frozen=True)
class FormContext:
    """What mapping a field needs beyond its spec: which kind's collection a
    reference goes to (``relation``: kind key -> (collection, value field,
    fields to search) or None) and the guide's words for each field (``hints``: "image.src" -> …)."""

    relation: Callable[[str], tuple[str, str, list[str]] | None]
    hints: Mapping[str, str] = field(default_factory=dict)


def form_fields(specs: Mapping[str, FieldSpec], ctx: FormContext, path: str = "") -> list:
    return [form_field(name, spec, ctx, path) for name, spec in specs.items()]


def form_field(name: str, spec: FieldSpec, ctx: FormContext, path: str = "") -> dict:
    here = f"{path}{name}"
    base = {"label": label(name), "name": name, "required": spec.required}
    hint = ctx.hints.get(here) or spec.help or getattr(spec.kind, "expected", "")
    if hint:
        base["hint"] = hint
    widget = _widget(name, spec, ctx, here)
    if not spec.required and widget.get("widget") == "datetime":
        widget["default"] = ""  # an optional date stays empty, not today
    return {**base, **widget}


def _widget(name: str, spec: FieldSpec, ctx: FormContext, here: str) -> dict:
    kind = spec.kind
    if isinstance(kind, RecordList):
        fields = form_fields(kind.record.fields, ctx, here + "[].")
        shown = f"{{{{fields.{fields[0]['name']}}}}}"
        return {"widget": "list", "fields": fields, "summary": shown, **_min(spec)}
    if isinstance(kind, Record):
        return {"widget": "object", "fields": form_fields(kind.fields, ctx, here + ".")}
    if isinstance(kind, ReferenceList):
        target = _relation(kind.targets, ctx)
        if target:
            return {**target, "multiple": True}
        item = {"label": label(name), "name": name.rstrip("s") or name, "widget": "string"}
        return {"widget": "list", "field": item, **_min(spec)}
    if isinstance(kind, CatalogueList):
        return {
            "widget": "select",
            "multiple": True,
            "options": _options(kind_labels(kind)),
        }
    if isinstance(kind, TextList):
        item = {"label": label(name), "name": name, "widget": "string"}
        return {"widget": "list", "field": item}
    if isinstance(kind, ReportYear):
        return {"widget": "string", "pattern": [r"^\d{4}$", "un año, como 2021"]}
    if isinstance(kind, Reference):
        return _relation(kind.targets, ctx) or {"widget": "string"}
    if isinstance(kind, MediaFile | LocalFile):
        images = all(ext in (".jpg", ".jpeg", ".png") for ext in kind.extensions)
        return {"widget": "image" if images else "file", "choose_url": False}
    if isinstance(kind, WebAddress):
        return {"widget": "string", "pattern": [r"^https?://\S+$", kind.expected]}
    if isinstance(kind, Text):
        widget = {"widget": "string" if kind.single_line else "text"}
        if kind.max_length:
            widget["pattern"] = [
                rf"^[\s\S]{{0,{kind.max_length}}}$",
                f"hasta {kind.max_length} caracteres",
            ]
        return widget
    if isinstance(kind, Slug):
        return {"widget": "string", "pattern": SLUG_PATTERN}
    if isinstance(kind, DateTime):
        if kind.date_only:
            return _datetime(DATE_FORMAT, False)
        return _datetime(f"{DATE_FORMAT} {TIME_FORMAT}", TIME_FORMAT)
    if isinstance(kind, MonthField):
        return _datetime("YYYY-MM", False, date_format="YYYY-MM")
    if isinstance(kind, Choice):
        return {"widget": "select", "options": _options(kind.choices)}
    if isinstance(kind, Catalogue):
        return {"widget": "select", "options": _options(kind_labels(kind))}
    if isinstance(kind, PositiveInt):
        return {"widget": "number", "value_type": "int", "min": 1}
    if isinstance(kind, Count):
        return {
            "widget": "number",
            "value_type": "int",
            **({} if kind.signed else {"min": 0}),
        }
    if isinstance(kind, Flag):
        return {"widget": "boolean"}
    if isinstance(kind, Money):
        return {"widget": "string", "pattern": MONEY_PATTERN}
    if isinstance(kind, Period | Months):
        return {"widget": "string"}
    # Postal code, coordinates, e-mail, phone, RFC: text the check reads.
    return {"widget": "string"}


def kind_labels(kind) -> dict[str, str]:
    return kind.labels if isinstance(kind, Catalogue) else Catalogue(kind.name).labels


def _options(choices: Mapping[str, str]) -> list[dict]:
    return [{"label": f"{text} ({key})", "value": key} for key, text in choices.items()]


def _min(spec: FieldSpec) -> dict:
    return {"min": 1} if spec.required else {}


def _datetime(fmt: str, time_format, date_format: str = DATE_FORMAT) -> dict:
    return {
        "widget": "datetime",
        "format": fmt,
        "date_format": date_format,
        "time_format": time_format,
        "picker_utc": False,
    }


def _relation(targets: tuple[str, ...], ctx: FormContext) -> dict | None:
    """A relation to the one collection a reference names, if Decap can."""
    if len(targets) != 1:
        return None
    found = ctx.relation(targets[0])
    if found is None:
        return None
    collection, value, search = found
    return {
        "widget": "relation",
        "collection": collection,
        "value_field": value,
        "search_fields": search,
        "display_fields": search,
    }


# --- How the format writes each value (the table in formato-portal.js) -------


def shapes(specs: Mapping[str, FieldSpec], path: str = "", table=None) -> dict:
    """Path ("" for the top, "image", "activities[]") -> [[name, style], …] in
    schema order. Styles: q quoted text, p plain when it reads back the same,
    i plain if it is a number (a year) else quoted, d a date (" 00:00" left
    out: the check reads a bare date as midnight), n a number or true/false, [p] [q] a list in brackets
    with plain or quoted items, -q -p one quoted or plain item per line, | a
    block of lines (a quoted text with line breaks is written so too), {} a group of
    fields, -{} a list of groups one field per line, -{f} each group in braces.
    """
    table = {} if table is None else table
    rows = table.setdefault(path, [])
    for name, spec in specs.items():
        here = f"{path}.{name}" if path else name
        style = _style(name, spec.kind, here)
        rows.append([name, style])
        if isinstance(spec.kind, RecordList):
            shapes(spec.kind.record.fields, here + "[]", table)
        elif isinstance(spec.kind, Record):
            shapes(spec.kind.fields, here, table)
    return table


def _style(name: str, kind, here: str) -> str:
    if isinstance(kind, RecordList):
        return "-{f}" if here in FLOW_RECORD_LISTS else "-{}"
    if isinstance(kind, Record):
        return "{}"
    if isinstance(kind, TextList | CatalogueList):
        if name in BLOCK_TEXT_LISTS:
            return "-q"
        if name in BLOCK_NAME_LISTS:
            return "-p"
        plain = isinstance(kind, ReferenceList | CatalogueList) or name == "tags"
        return "[q]" if name in QUOTED_TEXT_LISTS or not plain else "[p]"
    if isinstance(kind, ReportYear | Period):
        return "i"
    if isinstance(kind, Reference | LocalFile):
        return "p"
    if isinstance(kind, Text):
        if name in LITERAL_TEXTS:
            return "|"
        return "p" if name in FILE_NAME_TEXTS else "q"
    if isinstance(kind, DateTime):
        return "d"
    if isinstance(kind, Choice | Catalogue | Slug | MonthField):
        return "p"
    if isinstance(kind, PositiveInt | Count | Flag):
        return "n"
    return "q"  # amounts, months of a plan, postal code, RFC, e-mail, phone


def plain_name(path: str) -> str:
    """'activities[].id' -> 'activities.id': the guide's tables' way, less []."""
    return re.sub(r"\[\]", "", path)
