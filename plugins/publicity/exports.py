"""The downloads of a transparency format for one period: CSV, JSON and XLSX.

Per format and quarter (23a: per year) one dataset: the main table as CSV
(the platform's headers as column names, dates ISO 8601, amounts with two
exact decimals) and one CSV per sub-table, each with its data dictionary
(``open_data.write_csv``); a JSON whose rows carry their sub-table rows
nested by ID; and the XLSX as the platform lays it out (``xlsx``). Every
file comes from the same ``rows.FormatRows``, so the page and the four files
say the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

from content_schema.kinds import KIND_BY_KEY
from content_schema.transparency_formats import load
from open_data.datasets import (
    QUARTERLY,
    YEARLY,
    Column,
    Dataset,
    json_bytes,
    write_csv,
    write_file,
)

from .figures import quarter_bounds
from .xlsx import workbook_bytes

BUDGET = KIND_BY_KEY["publicity_budget"]
DATE_KEYS = {"period_start", "period_end", "campaign_start", "campaign_end", "signed",
             "service_start", "service_end", "start", "end", "approved", "validated",
             "updated"}  # fmt: skip
AMOUNT_KEYS = {"unit_cost", "concept_assigned", "concept_modified", "concept_spent",
               "partida_assigned", "partida_modified", "partida_spent", "total", "paid",
               "assigned", "spent"}  # fmt: skip
INTEGER_KEYS = {"year", "campaign_year", "id"}
URL_KEYS = {"document_url", "amendment_url", "invoice_url", "url"}


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in plain.lower()).split())


def period_label(year: int, quarter: int) -> str:
    return f"{quarter}.º trimestre de {year}" if quarter else str(year)


def _describe(column, form) -> Column:
    """The data dictionary entry of one of the platform's columns."""
    key, header = column.key, column.header
    unit = ""
    if column.table:
        kind, meaning = "entero", (
            f"{header}: el ID de las filas de la tabla «{form.tables[column.table].name}» "
            "(su propio archivo CSV) que corresponden a esta fila."
        )
    elif column.catalogue:
        labels = [label for _, label in load().catalogues[column.catalogue]]
        kind, meaning = "texto (catálogo)", f"{header}. Uno de: {'; '.join(labels)}."
    elif key in DATE_KEYS:
        kind, meaning = "fecha (AAAA-MM-DD)", f"{header}."
    elif key in AMOUNT_KEYS:
        kind, unit, meaning = "decimal", "MXN", f"{header}, en pesos, con dos decimales."
    elif key in INTEGER_KEYS or key.endswith("_id"):
        kind, meaning = "entero", f"{header}."
    elif key in URL_KEYS:
        kind, meaning = "URL", f"{header}."
    else:
        kind, meaning = "texto", f"{header}."
    return Column(header, kind, meaning, unit)


def _values(keys, row) -> list:
    return [row[key] for key in keys]


def own_date(format_rows) -> dt.date:
    """The content's own date: the latest «updated» of its rows, else the
    period's last day (never the build's clock)."""
    dates = [r["updated"] for r in format_rows.rows if isinstance(r.get("updated"), dt.date)]
    if dates:
        return max(dates)
    if format_rows.quarter:
        return quarter_bounds(format_rows.year, format_rows.quarter)[1]
    return dt.date(format_rows.year, 12, 31)


def document(format_rows) -> dict:
    """JSON: the platform's headers as names, sub-table rows nested by ID."""
    form = format_rows.format
    records = []
    for row in format_rows.rows:
        record = {column.header: row[column.key] for column in form.columns}
        for column in form.columns:
            if column.table:
                table = form.tables[column.table]
                record[table.name] = [
                    {c.header: sub[c.key] for c in table.columns}
                    for sub in format_rows.tables.get(column.table, ())
                    if sub["id"] == row[column.key]
                ]
        records.append(record)
    first, last = (
        quarter_bounds(format_rows.year, format_rows.quarter)
        if format_rows.quarter
        else (dt.date(format_rows.year, 1, 1), dt.date(format_rows.year, 12, 31))
    )
    return {
        "formato": form.key,
        "nombre": form.name,
        "nombre_corto": form.short_name,
        "lineamientos": load().lineamientos,
        "ejercicio": format_rows.year,
        "trimestre": format_rows.quarter or None,
        "periodo": {"inicio": first, "fin": last},
        "registros": records,
    }


def base_url(format_rows) -> str:
    return BUDGET.dataset_path(
        "format", year=format_rows.year, format=format_rows.format.key,
        period=format_rows.period,
    )  # fmt: skip


def write_format(format_rows, output_path: str, settings, page_url: str) -> Dataset:
    """Every download of one format and period, and the dataset listing them."""
    form = format_rows.format
    base = base_url(format_rows)
    columns = [_describe(c, form) for c in form.columns]
    main, dictionary = write_csv(
        output_path, base, columns, [_values(form.keys, r) for r in format_rows.rows]
    )
    files = [dataclasses.replace(main, title="Tabla principal"),
             dataclasses.replace(dictionary, title="Tabla principal")]  # fmt: skip
    for key, table in form.tables.items():
        sub_csv, sub_dictionary = write_csv(
            output_path, f"{base}-{slug(table.name)}",
            [_describe(c, form) for c in table.columns],
            [_values(table.keys, r) for r in format_rows.tables.get(key, ())],
        )  # fmt: skip
        files += [dataclasses.replace(sub_csv, title=table.name),
                  dataclasses.replace(sub_dictionary, title=table.name)]  # fmt: skip
    day = own_date(format_rows)
    label = period_label(format_rows.year, format_rows.quarter)
    files.append(write_file(output_path, f"{base}.json", json_bytes(document(format_rows))))
    workbook = workbook_bytes(
        format_rows, day, settings["OFFICE_NAME"],
        f"Formato {form.key}, {label}: {settings['ORGANIZATION_NAME']}.",
    )  # fmt: skip
    files.append(write_file(output_path, f"{base}.xlsx", workbook))
    first = f"{format_rows.year}-01" if not format_rows.quarter else (
        f"{format_rows.year}-{3 * format_rows.quarter - 2:02d}")  # fmt: skip
    last = f"{format_rows.year}-12" if not format_rows.quarter else (
        f"{format_rows.year}-{3 * format_rows.quarter:02d}")  # fmt: skip
    tables = "".join(f", «{t.name}»" for t in form.tables.values())
    return Dataset(
        slug=f"formato-{form.key}-{format_rows.period}",
        title=f"Formato {form.key}, {label}: {form.name}",
        description=(
            f"{len(format_rows.rows)} registro(s) del formato {form.key} "
            f"({form.short_name}) con las columnas de la Plataforma Nacional de "
            f"Transparencia en su orden: la tabla principal{tables}; en CSV (una por "
            "tabla, unidas por el ID), JSON y XLSX como lo descarga la plataforma."
        ),
        temporal=f"{first}/{last}",
        period_label=label,
        updated=day,
        page_url=page_url,
        keywords=["transparencia", "comunicación social", f"formato {form.key}"],
        files=files,
        periodicity=QUARTERLY if format_rows.quarter else YEARLY,
    )

