"""Open data files and the catalogue entry that describes them.

Producers (plans, reports) write their tables through ``write_table``, which
makes the CSV, the JSON and the CSV's data dictionary side by side and returns
the files a ``Dataset`` lists. A table is written from its ``Column``s, each
with its type, unit and meaning, so no column reaches a CSV without its entry
in the dictionary. Amounts go into JSON as exact decimal text, never floats,
so a total read back is the total published.

CSVs are UTF-8 with a byte order mark: without it Excel, opening the file on
a double click, reads it in the PC's legacy code page («DenominaciÃ³n»); with
it, as UTF-8. The separator is the comma, es-MX's list separator (its
decimal sign is the point, so amounts like 10405031.00 are read as numbers).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from dataclasses import dataclass, field
from decimal import Decimal

CONTEXT_KEY = "datasets"
BOM = "\ufeff"

# How often a kind of dataset changes (DCAT's accrualPeriodicity, ISO 8601).
MONTHLY, QUARTERLY, YEARLY, IRREGULAR = "R/P1M", "R/P3M", "R/P1Y", "irregular"
PERIODICITY_LABELS = {MONTHLY: "mensual", QUARTERLY: "trimestral", YEARLY: "anual",
                      IRREGULAR: "irregular"}  # fmt: skip


@dataclass(frozen=True)
class Column:
    """One column of a CSV, as its data dictionary describes it."""

    name: str
    type: str  # "texto", "entero", "decimal", "fecha", "mes (AAAA-MM)"…
    description: str
    unit: str = ""  # "MXN", "por ciento"; empty when the value has none


DICTIONARY_COLUMNS = (
    Column("columna", "texto", "Nombre de la columna, tal como aparece en el encabezado."),
    Column("tipo", "texto", "Tipo de dato: texto, entero, decimal, fecha, mes (AAAA-MM)…"),
    Column("unidad", "texto", "Unidad de medida del valor; vacía si no tiene."),
    Column("descripcion", "texto", "Qué contiene la columna."),
)


MEDIA_TYPES = {
    "CSV": "text/csv",
    "JSON": "application/json",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class DataFile:
    format: str  # "CSV", "JSON" or "XLSX"
    url: str  # relative to the site root
    size: int
    columns: tuple[Column, ...] = ()  # a data dictionary: the columns it describes
    title: str = ""  # which table, when a dataset has several ("Proveedores")

    @property
    def mime(self) -> str:
        return MEDIA_TYPES[self.format]

    @property
    def dictionary_url(self) -> str:
        """Where a CSV's own data dictionary is (``write_csv`` puts it there)."""
        return self.url[: -len(".csv")] + "-diccionario.csv"

    @property
    def is_dictionary(self) -> bool:
        return bool(self.columns)

    @property
    def label(self) -> str:
        if self.columns:
            of = f": {self.title}" if self.title else ""
            return f"Diccionario de datos{of} ({self.format})"
        return f"{self.title} ({self.format})" if self.title else self.format


@dataclass
class Dataset:
    slug: str
    title: str
    description: str
    temporal: str  # ISO 8601 interval, e.g. 2021-01/2021-12
    period_label: str  # what a reader sees, e.g. "2021" or "oct 2021 a sep 2024"
    updated: dt.date | None  # the content's own date, never the build's
    page_url: str  # the page the data comes from (DCAT's landingPage)
    keywords: list[str] = field(default_factory=list)
    files: list[DataFile] = field(default_factory=list)
    periodicity: str = IRREGULAR

    @property
    def dictionary(self) -> DataFile | None:
        return next((f for f in self.files if f.is_dictionary), None)

    def dictionary_of(self, data_file: DataFile) -> DataFile | None:
        """A CSV's own dictionary, or the dataset's one (older producers)."""
        own = [f for f in self.files if f.is_dictionary and f.url == data_file.dictionary_url]
        return own[0] if own else self.dictionary

    @property
    def periodicity_label(self) -> str:
        return PERIODICITY_LABELS[self.periodicity]


def _plain(value):
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def write_file(output_path: str, url: str, payload: bytes, columns=()) -> DataFile:
    path = os.path.join(output_path, url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(payload)
    return DataFile(url.rsplit(".", 1)[1].upper(), url, len(payload), tuple(columns))


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else _plain(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def json_bytes(document) -> bytes:
    text = json.dumps(_plain(document), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def dictionary_rows(columns) -> list[list[str]]:
    return [[c.name, c.type, c.unit, c.description] for c in columns]


def write_table(
    output_path: str, base_url: str, columns: list[Column], rows: list[list], document
) -> list[DataFile]:
    """``base_url`` without extension: writes ``.csv`` (one header row, from
    ``columns``), ``.json`` and ``-diccionario.csv`` (one row per column)."""
    csv_file, dictionary = write_csv(output_path, base_url, columns, rows)
    return [csv_file, write_file(output_path, f"{base_url}.json", json_bytes(document)),
            dictionary]  # fmt: skip


def write_csv(output_path: str, base_url: str, columns: list[Column], rows: list[list]):
    """``base_url.csv`` and its ``base_url-diccionario.csv``: (csv, dictionary)."""
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"{base_url}: {len(row)} valores para {len(columns)} columnas")
    header = [c.name for c in columns]
    dictionary = csv_bytes([c.name for c in DICTIONARY_COLUMNS], dictionary_rows(columns))
    return (
        write_file(output_path, f"{base_url}.csv", csv_bytes(header, rows)),
        write_file(output_path, f"{base_url}-diccionario.csv", dictionary, columns),
    )


def datasets_of(context) -> list[Dataset]:
    return context.setdefault(CONTEXT_KEY, [])
