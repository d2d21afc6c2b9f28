"""Field types of the front matter: each checks one value and converts it.

A field either returns the clean value or raises ``FieldError`` with a
message in Spanish that says what is wrong and what is expected. Field types
know nothing of Pelican, so tests call them directly.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .lookalikes import name_lookalike
from .reading_cache import note_file
from .spanish import MONTHS, describe_type
from .suggestions import EMPTY_PHOTO, empty_field, is_group, similar_file, unknown_field


class FieldError(ValueError):
    """A value is wrong; ``field_name`` is set when the fault is in a sub-field.

    ``more`` holds further ``(sub-field, message)`` pairs of the same value, so
    a record with two mistakes reports both.
    """

    def __init__(
        self,
        message: str,
        field_name: str | None = None,
        more: tuple[tuple[str, str], ...] = (),
    ):
        super().__init__(message)
        self.field_name = field_name
        self.more = more

    def pairs(self) -> list[tuple[str | None, str]]:
        return [(self.field_name, str(self)), *self.more]


def _odd(value) -> str:
    """'' or «: contiene el carácter «–» (guion largo, U+2013); escriba …»."""
    odd = name_lookalike(value)
    return f": {odd}" if odd else ""


@dataclass(frozen=True)
class ValidationContext:
    """What a field may need to know about the file it is in."""

    source_path: str  # absolute path of the Markdown file
    timezone: ZoneInfo
    files: list | None = None  # what checks saw of other files (reading_cache)


@dataclass(frozen=True)
class Text:
    max_length: int | None = None
    single_line: bool = True

    expected = "un texto"

    def clean(self, value, ctx: ValidationContext) -> str:
        if not isinstance(value, str):
            raise FieldError(
                f"se esperaba texto y se encontró {describe_type(value)}; "
                "escriba el valor entre comillas"
            )
        value = value.strip()
        if not value:
            raise FieldError("está vacío; escriba un texto")
        if self.single_line and "\n" in value:
            raise FieldError("debe ser una sola línea de texto")
        if self.max_length and len(value) > self.max_length:
            raise FieldError(
                f"tiene {len(value)} caracteres; el máximo es {self.max_length}"
            )
        return value


@dataclass(frozen=True)
class Slug:
    expected = "un identificador en minúsculas sin acentos, con guiones"
    pattern = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

    def clean(self, value, ctx: ValidationContext) -> str:
        if not isinstance(value, str) or not self.pattern.match(value):
            raise FieldError(
                f"'{value}' no es válido{_odd(value)}; se espera solo minúsculas sin "
                "acentos, números y guiones (por ejemplo: campana-de-vacunacion)"
            )
        return value


DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d")
_DATE_SHAPE = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)


@dataclass(frozen=True)
class DateTime:
    """A date, optionally with time, in the site's time zone."""

    date_only: bool = False

    @property
    def expected(self) -> str:
        if self.date_only:
            return "una fecha AAAA-MM-DD"
        return "una fecha AAAA-MM-DD o AAAA-MM-DD HH:MM"

    def clean(self, value, ctx: ValidationContext) -> dt.datetime:
        if isinstance(value, dt.datetime):
            value = value.isoformat(sep=" ")
        elif isinstance(value, dt.date):
            value = value.isoformat()
        text = str(value).strip() if isinstance(value, str | int) else None
        match = _DATE_SHAPE.match(text) if text else None
        if match is None or (self.date_only and match["H"] is not None):
            example = "2021-01-16" if self.date_only else "2021-01-16 10:30"
            raise FieldError(
                f"'{value}' no es una fecha válida{_odd(value)}; se espera "
                f"{self.expected} (por ejemplo: {example})"
            )
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if not 1 <= month <= 12:
            raise FieldError(
                f"fecha imposible: '{value}' tiene el mes {month}; el mes va de 01 a 12"
            )
        last_day = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last_day:
            raise FieldError(
                f"fecha imposible: '{value}': {MONTHS[month - 1]} de {year} "
                f"tiene {last_day} días; se espera {self.expected}"
            )
        hour = int(match["H"] or 0)
        minute = int(match["M"] or 0)
        second = int(match["S"] or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise FieldError(
                f"hora imposible: '{value}'; se espera HH:MM entre 00:00 y 23:59"
            )
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=ctx.timezone)


@dataclass(frozen=True)
class Choice:
    """One key of a configured mapping (areas, statuses)."""

    choices: Mapping[str, str]

    @property
    def expected(self) -> str:
        return "uno de: " + ", ".join(self.choices)

    def clean(self, value, ctx: ValidationContext) -> str:
        if not isinstance(value, str) or value.strip() not in self.choices:
            raise FieldError(
                f"'{value}' no es un valor permitido{self._suggestion(value)}"
                f"{_odd(value)}; se espera {self.expected}"
            )
        return value.strip()

    def _suggestion(self, value) -> str:
        """'Salud' or 'Obras Públicas' typed for the key: name the key meant."""
        text = str(value).strip().casefold()
        for key, label in self.choices.items():
            if text in (key.casefold(), label.casefold()):
                return f" (¿quiso decir '{key}'?)"
        starts = [key for key in self.choices if key.startswith(text[:5])]
        if len(text) >= 5 and len(starts) == 1:
            return f" (¿quiso decir '{starts[0]}'?)"
        close = difflib.get_close_matches(text, list(self.choices), n=1, cutoff=0.75)
        return f" (¿quiso decir '{close[0]}'?)" if close else ""


@dataclass(frozen=True)
class PositiveInt:
    expected = "un número entero mayor que cero"

    def clean(self, value, ctx: ValidationContext) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise FieldError(
                f"se esperaba un número entero mayor que cero y se encontró "
                f"{describe_type(value)}{_odd(value)}{_unquote(value)}"
            )
        return value


def _unquote(value) -> str:
    """'"40"' is text: say to write the number without quotes."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return f"; escriba el número sin comillas: {int(value)}"
    return ""


@dataclass(frozen=True)
class Flag:
    expected = "true o false"

    def clean(self, value, ctx: ValidationContext) -> bool:
        if not isinstance(value, bool):
            raise FieldError(f"se encontró {describe_type(value)}; se espera true o false")
        return value


@dataclass(frozen=True)
class TextList:
    """A YAML list of texts, or one text with items separated by commas."""

    expected = "una lista de textos, por ejemplo: [salud, vacunación]"

    def clean(self, value, ctx: ValidationContext) -> list[str]:
        if isinstance(value, str):
            value = [item for item in value.split(",")]
        if not isinstance(value, list):
            raise FieldError(
                f"se esperaba una lista y se encontró {describe_type(value)}; "
                f"se espera {self.expected}"
            )
        items = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                raise FieldError(
                    f"el elemento {position} no es un texto; se espera {self.expected}"
                )
            items.append(item.strip())
        return items


@dataclass(frozen=True)
class LocalFile:
    """A path relative to the Markdown file, which must exist."""

    extensions: tuple[str, ...] = (".jpg", ".jpeg")
    head_bytes = 0  # how much of the file check_content reads (not a field)

    @property
    def expected(self) -> str:
        kinds = ", ".join(self.extensions)
        return f"la ruta de un archivo ({kinds}) relativa a este archivo"

    def clean(self, value, ctx: ValidationContext) -> str:
        if not isinstance(value, str) or not value.strip():
            raise FieldError(f"se esperaba {self.expected}")
        value = value.strip()
        if not value.lower().endswith(self.extensions):
            raise FieldError(
                f"'{value}' no tiene una extensión permitida; se espera {self.expected}"
            )
        full = os.path.normpath(os.path.join(os.path.dirname(ctx.source_path), value))
        if not os.path.isfile(full):
            hint = similar_file(full)
            hint = (
                f" (¿quiso decir '{os.path.join(os.path.dirname(value), hint)}'?)"
                if hint
                else _path_shape(value)
            )
            raise FieldError(
                f"no existe el archivo '{value}'{hint}{_odd(value)}; se espera {self.expected}"
            )
        self.check_content(value, full)
        note_file(ctx, full, self.head_bytes)
        return full

    def check_content(self, value: str, full: str) -> None:
        if os.path.getsize(full) == 0:
            raise FieldError(f"la imagen '{value}' {EMPTY_PHOTO}")


PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class PdfFile(LocalFile):
    """A PDF beside the Markdown file, told by its first bytes, not its name."""

    extensions: tuple[str, ...] = (".pdf",)
    head_bytes = 1024

    def check_content(self, value: str, full: str) -> None:
        with open(full, "rb") as handle:
            start = handle.read(self.head_bytes)
        if PDF_MAGIC not in start:  # the header may follow a few stray bytes
            raise FieldError(
                f"el archivo '{value}' no es un PDF (no empieza con %PDF-: ¿es otro "
                "documento con la extensión cambiada?); se espera el documento "
                "aprobado guardado o exportado como PDF"
            )


def _path_shape(value: str) -> str:
    """Why a path that was never going to work does not: a web address, a
    Windows path, a path from the disk's root."""
    if re.match(r"^[a-z]+://", value):
        return " (es una dirección de internet: guarde la imagen junto al archivo)"
    if "\\" in value:
        return " (use / y no \\ para separar carpetas)"
    if value.startswith("/") or re.match(r"^[A-Za-z]:", value):
        return " (la ruta se cuenta desde la carpeta de este archivo: quite el principio)"
    return ""


@dataclass(frozen=True)
class Record:
    """A mapping with fields of its own, such as ``image: {src, alt, credit}``."""

    fields: Mapping[str, FieldSpec]

    @property
    def expected(self) -> str:
        return "los campos " + ", ".join(self.fields)

    def clean(self, value, ctx: ValidationContext) -> dict:
        if not isinstance(value, dict):
            raise FieldError(
                f"se esperaba un grupo de campos ({', '.join(self.fields)}) "
                f"y se encontró {describe_type(value)}"
            )
        clean, problems = validate_mapping(value, self.fields, ctx)
        if problems:
            (name, message), *rest = problems
            raise FieldError(message, field_name=name, more=tuple(rest))
        return clean


@dataclass(frozen=True)
class RecordList:
    """A list of records, such as several dated corrections."""

    record: Record

    @property
    def expected(self) -> str:
        return "una lista de elementos con " + self.record.expected

    def clean(self, value, ctx: ValidationContext) -> list[dict]:
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            raise FieldError(f"se esperaba una lista y se encontró {describe_type(value)}")
        if not value:
            raise FieldError(f"la lista está vacía; se espera {self.expected}")
        items, problems = [], []
        for position, item in enumerate(value, start=1):
            try:
                items.append(self.record.clean(item, ctx))
            except FieldError as exc:
                for name, message in exc.pairs():
                    problems.append(
                        (f"[{position}]" + (f".{name}" if name else ""), message)
                    )
        if problems:
            (name, message), *rest = problems
            raise FieldError(message, field_name=name, more=tuple(rest))
        return items


@dataclass(frozen=True)
class FieldSpec:
    """A field of a schema: its type, whether it is required, what it is."""

    kind: object
    required: bool = False
    help: str = ""


def validate_mapping(
    metadata: Mapping, specs: Mapping[str, FieldSpec], ctx: ValidationContext
) -> tuple[dict, list[tuple[str, str]]]:
    """Check every field; return clean values and ``(field, message)`` pairs."""
    clean: dict = {}
    problems: list[tuple[str, str]] = []
    for name, value in metadata.items():
        spec = specs.get(str(name))
        if spec is None:
            problems.append((str(name), unknown_field(str(name), metadata, specs)))
            continue
        if value is None:
            if spec.required or is_group(spec):
                problems.append((name, empty_field(name, spec, metadata, specs)))
            continue
        try:
            clean[name] = spec.kind.clean(value, ctx)
        except FieldError as exc:
            for sub, message in exc.pairs():
                if sub:
                    joiner = "" if sub.startswith("[") else "."
                    problems.append((f"{name}{joiner}{sub}", message))
                else:
                    problems.append((str(name), message))
    for name, spec in specs.items():
        if spec.required and name not in metadata:
            problems.append(
                (name, f"falta este campo obligatorio; se espera {spec.kind.expected}")
            )
    return clean, problems
