"""The transparency formats of publicity spending (23a–23d), read from data.

The columns, catalogues and periodicity live in ``formatos/*.yml`` (one file
per version of the lineamientos), so a new version of the formats is a data
change; schemas take their catalogues from here, and the figures and exports
take their column order from here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

FOLDER = Path(__file__).parent / "formatos"
CURRENT = "lgtaip-2023"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    catalogue: str = ""  # a key of ``catalogues``: the column is a drop-down
    table: str = ""  # a key of the format's ``tables``: the column holds its ID


@dataclass(frozen=True)
class Table:
    key: str
    name: str
    columns: tuple[Column, ...]
    sheet: str = ""  # its sheet in the platform's XLSX: "Tabla_333914"

    @property
    def keys(self) -> list[str]:
        return [column.key for column in self.columns]


@dataclass(frozen=True)
class Format:
    key: str  # "23b"
    name: str
    periodicity: str  # "anual" or "trimestral"
    columns: tuple[Column, ...]  # the data sheet's, trailer included
    tables: dict[str, Table]
    short_name: str = ""  # the platform's: "LGTA70FXXIIIB"

    @property
    def keys(self) -> list[str]:
        return [column.key for column in self.columns]


@dataclass(frozen=True)
class Formats:
    version: str
    lineamientos: str
    catalogues: dict[str, tuple[tuple[str, str], ...]]  # name -> ((key, label), …)
    formats: dict[str, Format]

    def labels(self, catalogue: str) -> dict[str, str]:
        """key -> label, in the platform's order (its position is the code)."""
        return dict(self.catalogues[catalogue])

    def position(self, catalogue: str, key: str) -> int:
        """The 0-based value the platform's upload uses for ``key``."""
        return [k for k, _ in self.catalogues[catalogue]].index(key)


def _columns(rows) -> tuple[Column, ...]:
    return tuple(Column(**row) for row in rows)


@functools.cache
def load(name: str = CURRENT) -> Formats:
    data = yaml.safe_load((FOLDER / f"{name}.yml").read_text(encoding="utf-8"))
    trailer = _columns(data["trailer"])
    formats = {}
    for key, spec in data["formats"].items():
        tables = {
            table_key: Table(
                table_key, table["name"], _columns(table["columns"]), table.get("sheet", "")
            )
            for table_key, table in (spec.get("tables") or {}).items()
        }
        formats[str(key)] = Format(
            str(key),
            spec["name"],
            spec["periodicity"],
            _columns(spec["columns"]) + trailer,
            tables,
            spec.get("short_name", ""),
        )
    catalogues = {
        name: tuple((item["key"], item["label"]) for item in items)
        for name, items in data["catalogues"].items()
    }
    return Formats(str(data["version"]), data["lineamientos"], catalogues, formats)
