"""The writers of the formats' downloads, on rows made from the formats data
file: the XLSX laid out as the national platform's (read back with openpyxl),
byte for byte the same for the same rows; the JSON nesting sub-table rows by
ID with exact decimal amounts; the CSVs with their own dictionaries."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from content_schema.transparency_formats import load
from open_data.datasets import MEDIA_TYPES, Dataset
from publicity.exports import document, write_format
from publicity.rows import FormatRows
from publicity.xlsx import HEADER_ROW, workbook_bytes

pytestmark = pytest.mark.unit

DAY = dt.date(2022, 1, 18)
SETTINGS = {"OFFICE_NAME": "Coordinación de Comunicación Social",
            "ORGANIZATION_NAME": "H. Ayuntamiento de Prueba"}  # fmt: skip


def rows_23b() -> FormatRows:
    """Two main rows; the first has two invoices in the contract table."""
    form = load().formats["23b"]
    made = FormatRows(form, 2021, 2, tables={k: [] for k in form.tables})
    for number, (medium, campaign) in enumerate((("Radio", "Lluvias"), ("Internet", "Predial")), 1):
        row = dict.fromkeys(form.keys, "")
        row.update(year=2021, period_start=dt.date(2021, 4, 1), period_end=dt.date(2021, 6, 30),
                   function="Contratante", medium=medium, campaign=campaign,
                   type="Campaña", sex="Femenino y masculino", coverage="Estatal",
                   classification="Servicios de difusión en medios de comunicación",
                   unit_cost=Decimal("1160.50"), providers_id=number, resources_id=number,
                   contract_id=number, validated=DAY, updated=DAY)  # fmt: skip
        made.rows.append(row)
        for table in ("providers", "resources"):
            sub = dict.fromkeys(form.tables[table].keys, "")
            sub["id"] = number
            made.tables[table].append(sub)
        for invoice in (("A-1", "A-2") if number == 1 else ("B-1",)):
            sub = dict.fromkeys(form.tables["contract"].keys, "")
            sub.update(id=number, signed=dt.date(2021, 4, 5), number=f"CS/{number}",
                       total=Decimal("2320000.00"), paid=Decimal("990200.10"),
                       invoice_number=invoice)  # fmt: skip
            made.tables["contract"].append(sub)
    return made


def test_workbook_sheets_headers_and_drop_downs_are_the_platforms():
    rows = rows_23b()
    form = rows.format
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(rows, DAY, "CS", "prueba")))
    catalogue_columns = [c for c in form.columns if c.catalogue]
    hidden = [f"Hidden_{n}" for n in range(1, len(catalogue_columns) + 1)]
    tables = [t.sheet for t in form.tables.values()]
    assert book.sheetnames == ["Informacion", *hidden, *tables]
    assert {s.title: s.sheet_state for s in book.worksheets} == {
        "Informacion": "visible", **dict.fromkeys(hidden, "hidden"),
        **dict.fromkeys(tables, "visible"),
    }  # fmt: skip
    data = book["Informacion"]
    assert [c.value for c in data[1][:3]] == ["TÍTULO", "NOMBRE CORTO", "DESCRIPCIÓN"]
    assert data.cell(2, 2).value == "LGTA70FXXIIIB"
    header = [c.value for c in data[HEADER_ROW]]
    assert header == [c.header for c in form.columns]
    validations = {str(v.sqref).split(":")[0]: v.formula1
                   for v in data.data_validations.dataValidation}  # fmt: skip
    for number, column in enumerate(catalogue_columns, start=1):
        letter = openpyxl.utils.get_column_letter(form.columns.index(column) + 1)
        formula = validations[f"{letter}{HEADER_ROW + 1}"]
        sheet, _, cells = formula.partition("!")
        assert sheet == f"Hidden_{number}"
        labels = [label for _, label in load().catalogues[column.catalogue]]
        assert [c.value for c in book[sheet]["A"]] == labels
        assert cells == f"$A$1:$A${len(labels)}"
    first = HEADER_ROW + 1
    start = data.cell(first, form.keys.index("period_start") + 1)
    assert start.value == dt.datetime(2021, 4, 1) and start.number_format == "dd/mm/yyyy"
    cost = data.cell(first, form.keys.index("unit_cost") + 1)
    assert cost.value == pytest.approx(1160.5) and cost.number_format == "#,##0.00"
    contract = book[form.tables["contract"].sheet]
    assert [c.value for c in contract[1]] == [c.header for c in form.tables["contract"].columns]
    assert [r[0] for r in contract.iter_rows(min_row=2, values_only=True)] == [1, 1, 2]
    ids = [r[form.keys.index("contract_id")] for r in
           data.iter_rows(min_row=first, values_only=True)]  # fmt: skip
    assert ids == [1, 2]


def test_workbook_is_the_same_bytes_dated_by_the_content():
    first = workbook_bytes(rows_23b(), DAY, "CS", "prueba")
    assert workbook_bytes(rows_23b(), DAY, "CS", "prueba") == first
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {i.date_time for i in archive.infolist()} == {(2022, 1, 18, 0, 0, 0)}
    book = openpyxl.load_workbook(io.BytesIO(first))
    assert book.properties.created == book.properties.modified == dt.datetime(2022, 1, 18)
    changed = rows_23b()
    changed.rows[0]["campaign"] = "Otra"
    assert workbook_bytes(changed, DAY, "CS", "prueba") != first


def test_json_nests_sub_table_rows_by_id_with_exact_amounts():
    from open_data.datasets import json_bytes

    records = json.loads(json_bytes(document(rows_23b())))["registros"]
    assert [len(r["Contrato y montos"]) for r in records] == [2, 1]
    assert records[0]["Contrato y montos"][1]["Número de factura"] == "A-2"
    assert records[0]["Contrato y montos"][0]["Monto pagado al periodo publicado"] == "990200.10"
    assert records[0]["Costo por unidad"] == "1160.50"
    assert records[0]["Fecha de inicio del periodo que se informa"] == "2021-04-01"


def test_every_csv_has_its_own_dictionary_and_the_xlsx_its_media_type(tmp_path):
    settings = {**SETTINGS, "PORTAL_URL": "https://example.mx"}
    dataset = write_format(rows_23b(), str(tmp_path), settings, "transparencia/")
    assert isinstance(dataset, Dataset) and dataset.updated == DAY
    csvs = [f for f in dataset.files if f.format == "CSV" and not f.is_dictionary]
    assert [f.title for f in csvs] == ["Tabla principal", "Proveedores",
                                       "Recursos y presupuesto", "Contrato y montos"]  # fmt: skip
    for data_file in csvs:
        own = dataset.dictionary_of(data_file)
        assert own.url == data_file.url.removesuffix(".csv") + "-diccionario.csv"
        raw = (tmp_path / data_file.url).read_bytes()
        assert raw.startswith("\ufeff".encode())
        header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert [c.name for c in own.columns] == header
    xlsx = next(f for f in dataset.files if f.format == "XLSX")
    assert xlsx.mime == MEDIA_TYPES["XLSX"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")  # fmt: skip
    assert xlsx.size == (tmp_path / xlsx.url).stat().st_size
    amounts = [c for c in dataset.files[1].columns if c.unit == "MXN"]
    assert [c.name for c in amounts] == ["Costo por unidad"]
