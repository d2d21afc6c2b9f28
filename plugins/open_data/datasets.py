"""Open data files and the catalogue entry that describes them.

Producers (plans, reports) write their tables through ``write_table``, which
makes the CSV and the JSON side by side and returns the ``Dataset`` the
``/datos/`` catalogue lists. Amounts go into JSON as exact decimal text,
never floats, so a total read back is the total published.
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


@dataclass(frozen=True)
class DataFile:
    format: str  # "CSV" or "JSON"
    url: str  # relative to the site root
    size: int

    @property
    def mime(self) -> str:
        return {"CSV": "text/csv", "JSON": "application/json"}[self.format]


@dataclass
class Dataset:
    slug: str
    title: str
    description: str
    temporal: str  # ISO 8601 interval, e.g. 2021-01/2021-12
    period_label: str  # what a reader sees, e.g. "2021" or "oct 2021 a sep 2024"
    updated: dt.date | None
    page_url: str  # the page the data comes from
    keywords: list[str] = field(default_factory=list)
    files: list[DataFile] = field(default_factory=list)


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


def _write(output_path: str, url: str, payload: bytes) -> DataFile:
    path = os.path.join(output_path, url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(payload)
    return DataFile(url.rsplit(".", 1)[1].upper(), url, len(payload))


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else _plain(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def json_bytes(document) -> bytes:
    text = json.dumps(_plain(document), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def write_table(
    output_path: str, base_url: str, header: list[str], rows: list[list], document
) -> list[DataFile]:
    """``base_url`` without extension: writes ``.csv`` (one header row) and ``.json``."""
    return [
        _write(output_path, f"{base_url}.csv", csv_bytes(header, rows)),
        _write(output_path, f"{base_url}.json", json_bytes(document)),
    ]


def datasets_of(context) -> list[Dataset]:
    return context.setdefault(CONTEXT_KEY, [])
