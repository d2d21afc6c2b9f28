"""A format's rows as an XLSX laid out like the national platform's downloads.

The platform's download of a format is a workbook with a data sheet
(``Informacion``: the format's title block, then its columns in order), one
hidden sheet per catalogue column (``Hidden_1``, ``Hidden_2``… in column
order) that the data sheet's drop-down lists point to, and one sheet per
sub-table (``Tabla_NNNNNN``, the number from the formats data file) whose
rows carry the ID of their main row. Users of the platform recognise it and
can paste it into the platform's upload template. The platform's hidden rows
of field numbers are left out: we do not know them.

Dates are date cells shown dd/mm/yyyy and amounts are numbers, so a sum in
Excel is the sum published. The file is deterministic (same rows, same
bytes): the workbook's created/modified dates and every zip entry's date are
the content's own date, never the build's clock.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from content_schema.transparency_formats import load

DATA_SHEET = "Informacion"
TITLE_LABELS = ("TÍTULO", "NOMBRE CORTO", "DESCRIPCIÓN")
HEADER_ROW = 4  # of the data sheet: after the title block and «Tabla Campos»
TABLE_HEADER_ROW = 1
# Rows with a drop-down beyond the data, so staff can add rows in Excel.
VALIDATED_ROWS = 1000
DATE_FORMAT = "dd/mm/yyyy"
AMOUNT_FORMAT = "#,##0.00"
BOLD = Font(bold=True)


def _cell_value(value):
    """Typed values as Excel wants them: dates as datetimes, "" as empty."""
    if value == "" or value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def _put(sheet, row: int, column: int, value) -> None:
    cell = sheet.cell(row=row, column=column, value=_cell_value(value))
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = AMOUNT_FORMAT


def _headers(sheet, row: int, columns) -> None:
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=row, column=index, value=column.header)
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = 24


def _data_sheet(book, form, rows, description: str) -> None:
    sheet = book.active
    sheet.title = DATA_SHEET
    for index, label in enumerate(TITLE_LABELS, start=1):
        sheet.cell(row=1, column=index, value=label).font = BOLD
    for index, value in enumerate((form.name, form.short_name, description), start=1):
        sheet.cell(row=2, column=index, value=value)
    sheet.cell(row=3, column=1, value="Tabla Campos").font = BOLD
    sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(form.columns))
    _headers(sheet, HEADER_ROW, form.columns)
    for offset, row in enumerate(rows):
        for index, key in enumerate(form.keys, start=1):
            _put(sheet, HEADER_ROW + 1 + offset, index, row[key])
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)


def _catalogue_sheets(book, form) -> None:
    """``Hidden_N`` per catalogue column, and the drop-down that reads it."""
    formats, sheet = load(), book[DATA_SHEET]
    number = 0
    for index, column in enumerate(form.columns, start=1):
        if not column.catalogue:
            continue
        number += 1
        hidden = book.create_sheet(f"Hidden_{number}")
        hidden.sheet_state = "hidden"
        labels = [label for _, label in formats.catalogues[column.catalogue]]
        for position, label in enumerate(labels, start=1):
            hidden.cell(row=position, column=1, value=label)
        validation = DataValidation(
            type="list",
            formula1=f"{hidden.title}!$A$1:$A${len(labels)}",
            allow_blank=True,
        )
        letter = get_column_letter(index)
        first = HEADER_ROW + 1
        validation.add(f"{letter}{first}:{letter}{first + VALIDATED_ROWS - 1}")
        sheet.add_data_validation(validation)


def _table_sheets(book, form, tables) -> None:
    for key, table in form.tables.items():
        sheet = book.create_sheet(table.sheet or f"Tabla_{key}")
        _headers(sheet, TABLE_HEADER_ROW, table.columns)
        for offset, row in enumerate(tables.get(key, ())):
            for index, column_key in enumerate(table.keys, start=1):
                _put(sheet, TABLE_HEADER_ROW + 1 + offset, index, row[column_key])


def _fixed_dates(payload: bytes, day: dt.date) -> bytes:
    """The same archive with every entry dated ``day`` (zip keeps local times)."""
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    source = zipfile.ZipFile(io.BytesIO(payload))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(entry.filename))
    return buffer.getvalue()


def workbook_bytes(format_rows, day: dt.date, author: str, description: str) -> bytes:
    """``format_rows``: ``rows.FormatRows``; ``day``: the content's own date."""
    form = format_rows.format
    book = Workbook()
    _data_sheet(book, form, format_rows.rows, description)
    _catalogue_sheets(book, form)
    _table_sheets(book, form, format_rows.tables)
    stamp = dt.datetime(day.year, day.month, day.day)
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = book.properties.lastModifiedBy = author
    book.properties.title = f"Formato {form.key}: {form.name}"
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)
    ExcelWriter(book, archive).save()  # not save_workbook: it stamps the clock
    return _fixed_dates(buffer.getvalue(), day)
