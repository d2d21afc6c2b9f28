"""The formats' pages and downloads of one year: 23a for the year, 23b–23d per
quarter, each with its dataset (``exports``), and what the pages show.

A format's row is shown as a card (a definition list with the platform's
headers), its sub-table rows beneath it by ID, so it reads on a phone; the
values are formatted here (dates dd/mm/aaaa, amounts in pesos) and the
templates only present. A quarter is published when any of its formats has
a row; a format without rows in a published quarter says so, without files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from content_schema.kinds import KIND_BY_KEY
from presentation.numbers import money
from spanish_dates.formatting import numeric_date

from .exports import period_label, write_format
from .rows import FormatRows, rows_23a

BUDGET = KIND_BY_KEY["publicity_budget"]
# The columns a card shows first; the rest are one click away (a <details>).
KEY_COLUMNS = {  # "table.key": from the row's first row in that sub-table
    "23a": ("document_name", "approved", "document_url"),
    "23b": ("campaign", "medium", "service_type", "unit", "contract.number",
            "contract.total", "contract.paid"),
    "23c": ("campaign", "air_time_type", "medium", "concessionaire", "amount"),
    "23d": ("message", "url"),
}  # fmt: skip


@dataclass(frozen=True)
class Field:
    header: str
    text: str
    href: str = ""


@dataclass(frozen=True)
class SubTable:
    name: str
    sheet: str
    rows: tuple[tuple[Field, ...], ...]


@dataclass(frozen=True)
class Card:
    number: int
    key_fields: tuple[Field, ...]  # the ones that say what the row is
    fields: tuple[Field, ...]  # every column, in the platform's order
    note: str
    tables: tuple[SubTable, ...]


@dataclass
class FormatExport:
    rows: FormatRows
    dataset: object = None  # open_data Dataset; None when there are no rows
    cards: list[Card] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.rows.format.key

    @property
    def anchor(self) -> str:
        return f"formato-{self.key}"


@dataclass
class QuarterFormats:
    year: int
    quarter: int
    formats: list[FormatExport]

    @property
    def url(self) -> str:
        return formats_url(self.year) + f"trimestre-{self.quarter}/"

    @property
    def label(self) -> str:
        return period_label(self.year, self.quarter)


@dataclass
class YearFormats:
    year: int
    annual: FormatExport | None
    quarters: list[QuarterFormats]

    @property
    def url(self) -> str:
        return formats_url(self.year)

    @property
    def datasets(self) -> list:
        exports = ([self.annual] if self.annual else []) + [
            f for q in self.quarters for f in q.formats
        ]
        return [f.dataset for f in exports if f.dataset is not None]


def formats_url(year: int) -> str:
    return BUDGET.url.format(slug=year) + "formatos/"


def _text(value) -> str:
    if value == "" or value is None:
        return "—"
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, dt.date):
        return numeric_date(value)
    return str(value)


def _fields(columns, row) -> tuple[Field, ...]:
    shown = []
    for column in columns:
        value = row[column.key]
        is_link = isinstance(value, str) and value.startswith(("http://", "https://"))
        shown.append(Field(column.header, _text(value), value if is_link else ""))
    return tuple(shown)


def _key_fields(format_rows, row) -> tuple[Field, ...]:
    form, shown = format_rows.format, []
    for name in KEY_COLUMNS.get(form.key, ()):
        table_key, _, key = name.rpartition(".")
        columns, values = form.columns, row
        if table_key:
            table = form.tables[table_key]
            id_column = next(c.key for c in form.columns if c.table == table_key)
            mine = [r for r in format_rows.tables.get(table_key, ()) if r["id"] == row[id_column]]
            if not mine:
                continue
            columns, values = table.columns, mine[0]
        column = next(c for c in columns if c.key == key)
        if values[key] not in ("", None):
            shown += _fields([column], values)
    return tuple(shown)


def cards(format_rows: FormatRows) -> list[Card]:
    form = format_rows.format
    made = []
    for number, row in enumerate(format_rows.rows, start=1):
        tables = tuple(
            SubTable(
                form.tables[c.table].name,
                form.tables[c.table].sheet,
                tuple(
                    _fields(form.tables[c.table].columns, sub)
                    for sub in format_rows.tables.get(c.table, ())
                    if sub["id"] == row[c.key]
                ),
            )
            for c in form.columns
            if c.table
        )
        made.append(Card(number, _key_fields(format_rows, row), _fields(form.columns, row),
                         row.get("note", ""), tables))  # fmt: skip
    return made


def _export(format_rows, output_path, settings, page_url) -> FormatExport:
    dataset = None
    if format_rows.rows and not settings["CHECK_ONLY"]:
        dataset = write_format(format_rows, output_path, settings, page_url)
    return FormatExport(format_rows, dataset, cards(format_rows))


def year_formats(section, spending, output_path: str, settings) -> YearFormats:
    """Rows, downloads and cards of every format of ``spending.year``."""
    year = spending.year
    plan = spending.budget.plan if spending.budget else None
    annual = None
    if plan is not None:
        annual = _export(rows_23a(plan, year, settings), output_path, settings,
                         formats_url(year))  # fmt: skip
    quarters = []
    for quarter in range(1, 5):
        rows = section.format_rows(year, quarter, settings)
        if not any(r.rows for r in rows.values()):
            continue
        page = QuarterFormats(year, quarter, [])
        page.formats = [_export(r, output_path, settings, page.url) for r in rows.values()]
        quarters.append(page)
    return YearFormats(year, annual, quarters)
