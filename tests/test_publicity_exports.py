"""The formats 23a-23d of the sample site, read back from what it publishes:
each XLSX as the national platform lays it out (openpyxl), the CSVs with the
BOM, the JSON with exact decimals, data.json with every file's real size,
the amounts against the year's page, the 23c «no aplica» reason where a
reader looks, a formats page on a phone in Chromium, the campaign's recording
and the chart's labels."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from conftest import PORTAL_URL, ROOT
from content_schema.frontmatter import split_front_matter
from content_schema.transparency_formats import load

pytestmark = pytest.mark.site

YEAR = "transparencia/comunicacion-social/2021/"
FORMATS = YEAR + "formatos/"
DATA = "datos/comunicacion-social/2021/"
HEADER_ROW = 4  # the platform's title block, «Tabla Campos», then the headers
D = Decimal


def _csv(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def _amount(text: str) -> Decimal:
    return Decimal(text.replace("$", "").replace(",", "").strip())


def _books(site) -> dict[str, openpyxl.Workbook]:
    return {p.stem: openpyxl.load_workbook(p) for p in sorted(site.file(DATA).glob("*.xlsx"))}


@pytest.fixture(scope="module")
def books(site):
    return _books(site)


def test_every_period_has_its_four_kinds_of_download(site):
    names = {p.name for p in site.file(DATA).iterdir()}
    periods = ["23a-2021", *(f"23b-2021-t{q}" for q in range(1, 5)), "23c-2021-t1", "23d-2021-t1"]
    for period in periods:
        for suffix in (".csv", "-diccionario.csv", ".json", ".xlsx"):
            assert f"formato-{period}{suffix}" in names, (period, suffix)
    for quarter in range(1, 5):
        for table in ("proveedores", "recursos-y-presupuesto", "contrato-y-montos"):
            assert f"formato-23b-2021-t{quarter}-{table}.csv" in names
            assert f"formato-23b-2021-t{quarter}-{table}-diccionario.csv" in names
    # No air time report for the other quarters: their 23c and 23d say so, without files.
    assert "formato-23c-2021-t2.csv" not in names
    page = site.html(FORMATS + "trimestre-2/")
    assert "no se ha publicado el informe de tiempos oficiales" in page.select_one(
        "#formato-23c-seccion").get_text(" ", strip=True)  # fmt: skip


def test_xlsx_sheets_headers_and_drop_downs_are_the_data_files(books):
    formats = load()
    for stem, book in books.items():
        form = formats.formats[stem.split("-")[1]]
        catalogue = [c for c in form.columns if c.catalogue]
        hidden = [f"Hidden_{n}" for n in range(1, len(catalogue) + 1)]
        tables = [t.sheet for t in form.tables.values()]
        assert book.sheetnames == ["Informacion", *hidden, *tables], stem
        states = {s.title: s.sheet_state for s in book.worksheets}
        assert [s for s, state in states.items() if state == "hidden"] == hidden, stem
        data = book["Informacion"]
        assert data.cell(2, 2).value == form.short_name
        assert [c.value for c in data[HEADER_ROW]] == [c.header for c in form.columns], stem
        pointed = {v.formula1: str(v.sqref) for v in data.data_validations.dataValidation}
        for number, column in enumerate(catalogue, start=1):
            labels = [label for _, label in formats.catalogues[column.catalogue]]
            assert [c.value for c in book[f"Hidden_{number}"]["A"]] == labels
            formula = f"Hidden_{number}!$A$1:$A${len(labels)}"
            letter = openpyxl.utils.get_column_letter(form.columns.index(column) + 1)
            assert pointed[formula].startswith(f"{letter}{HEADER_ROW + 1}:"), stem
            for row in data.iter_rows(min_row=HEADER_ROW + 1):
                value = row[form.columns.index(column)].value
                assert value is None or value in labels, (stem, column.key, value)
        for table in form.tables.values():
            sheet = book[table.sheet]
            assert [c.value for c in sheet[1]] == [c.header for c in table.columns]


def test_xlsx_sub_table_ids_match_the_main_rows_and_dates_are_dd_mm_yyyy(books):
    form = load().formats["23b"]
    for quarter in range(1, 5):
        book = books[f"formato-23b-2021-t{quarter}"]
        data = book["Informacion"]
        rows = list(data.iter_rows(min_row=HEADER_ROW + 1))
        assert rows, quarter
        for key, table in form.tables.items():
            column = next(i for i, c in enumerate(form.columns) if c.table == key)
            main_ids = [r[column].value for r in rows]
            assert main_ids == list(range(1, len(rows) + 1))
            ids = {r[0] for r in book[table.sheet].iter_rows(min_row=2, values_only=True)}
            assert ids == set(main_ids), (quarter, key)
        for row in rows:
            for index in (1, 2, form.keys.index("campaign_start")):
                cell = row[index]
                assert cell.is_date and cell.number_format == "dd/mm/yyyy", cell.coordinate
        first, last = rows[0][1].value.date(), rows[0][2].value.date()
        assert (first.month, last.month) == (3 * quarter - 2, 3 * quarter)


def test_paid_amounts_add_up_to_the_year_pages_figures(site, books):
    """Each quarter's invoices (by number in 23b's contract table) add up to
    the quarter's total on the year page, and «Monto pagado» is what the
    contract's invoices add up to by the quarter's end."""
    invoices = {r["factura"]: r for r in _csv(site.file(DATA + "gasto-facturas.csv"))}
    page = site.html(YEAR)
    totals = [_amount(c.get_text()) for c in
              page.select("table.publicity-quarters tfoot td")]  # fmt: skip
    assert totals[-1] == D("23850600.00")  # the sample's invoices, summed by hand
    contract_sheet = load().formats["23b"].tables["contract"].sheet
    for quarter in range(1, 5):
        sheet = books[f"formato-23b-2021-t{quarter}"][contract_sheet]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        numbers = {r[10] for r in rows if r[10]}
        in_quarter = {n for n in numbers if invoices[n]["trimestre"] == str(quarter)}
        assert sum(D(invoices[n]["monto"]) for n in in_quarter) == totals[quarter - 1]
        for row in rows:
            mine = [v for v in invoices.values() if v["contrato"] == row[2]
                    and int(v["trimestre"]) <= quarter]  # fmt: skip
            assert D(str(row[7])) == sum((D(v["monto"]) for v in mine), D(0)), row[2]
    shown = site.html(FORMATS + "trimestre-4/")
    paid = [d for d in shown.select("#formato-23b-seccion .format-row > dl > div")
            if d.dt.get_text(strip=True) == "Monto pagado al periodo publicado"]
    assert paid and all(_amount(d.dd.get_text()) > 0 for d in paid)


def test_csv_and_json_are_the_pages_rows_with_exact_decimals(site):
    main = _csv(site.file(DATA + "formato-23b-2021-t1.csv"))
    headers = [c.header for c in load().formats["23b"].columns]
    raw = site.file(DATA + "formato-23b-2021-t1.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and list(main[0]) == headers
    cards = site.html(FORMATS + "trimestre-1/").select("#formato-23b-seccion .format-row")
    assert len(cards) == len(main) == 8
    document = json.loads(site.file(DATA + "formato-23b-2021-t1.json").read_text("utf-8"))
    assert len(document["registros"]) == len(main)
    for record in document["registros"]:
        contract = record["Contrato y montos"]
        assert contract and all(r["ID"] == record["Respecto al contrato y los montos"]
                                for r in contract)  # fmt: skip
        for row in contract:
            for key in ("Monto total del contrato", "Monto pagado al periodo publicado"):
                assert re.fullmatch(r"\d+\.\d{2}", row[key]), row[key]
    contracts = _csv(site.file(DATA + "gasto-contratos.csv"))
    assert sum(D(r["facturado"]) for r in contracts) == D("23850600.00")


def test_air_time_not_applying_shows_its_reason_on_the_page_and_in_the_files(site, books):
    air_time = split_front_matter(
        (ROOT / "content/publicidad/tiempos-oficiales/2021-t1.md").read_text("utf-8")
    ).metadata
    reason = air_time["reason"]
    page = site.html(FORMATS + "trimestre-1/")
    note = page.select_one("#formato-23c-seccion .format-row .notice")
    assert reason in note.get_text(" ", strip=True)
    assert _csv(site.file(DATA + "formato-23c-2021-t1.csv"))[0]["Nota"] == reason
    data = books["formato-23c-2021-t1"]["Informacion"]
    assert data.cell(HEADER_ROW + 1, len(load().formats["23c"].columns)).value == reason


def test_data_json_lists_every_download_with_its_real_size(site):
    catalogue = json.loads(site.file("datos/data.json").read_text("utf-8"))
    listed = {d["downloadURL"]: d for s in catalogue["dataset"] for d in s["distribution"]}
    files = sorted(site.file(DATA).iterdir())
    assert len(files) == 69  # 7 formats (23b: 4 CSV, 4 dictionaries…) and 5 spending tables
    for path in files:
        entry = listed[f"{PORTAL_URL}/{DATA}{path.name}"]
        assert entry["byteSize"] == path.stat().st_size, path.name
        if path.suffix == ".xlsx":
            assert entry["mediaType"] == (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")  # fmt: skip
        if path.suffix == ".csv" and "-diccionario" not in path.name:
            assert entry["describedBy"] == f"{PORTAL_URL}/{DATA}{path.stem}-diccionario.csv"
    formats = {s["title"]: s for s in catalogue["dataset"] if s["title"].startswith("Formato 23b")}
    assert len(formats) == 4 and {s["accrualPeriodicity"] for s in formats.values()} == {"R/P3M"}
    assert all(s["modified"] == "2022-01-18" for s in formats.values())


def test_xlsx_zip_entries_are_dated_by_the_content(site):
    by_day = {path.name: {i.date_time[:3] for i in zipfile.ZipFile(path).infolist()}
              for path in site.file(DATA).glob("*.xlsx")}  # fmt: skip
    assert by_day["formato-23b-2021-t1.xlsx"] == {(2022, 1, 18)}
    assert by_day["formato-23c-2021-t1.xlsx"] == {(2021, 3, 31)}  # no validation: the quarter's end


def test_the_year_page_links_every_formats_page(site):
    links = {a["href"].rstrip("/").rsplit("/", 1)[-1]
             for a in site.html(YEAR).select(".formats-index a")}  # fmt: skip
    assert {"trimestre-1", "trimestre-2", "trimestre-3", "trimestre-4"} <= links
    annual = site.html(FORMATS).select_one("#formato-23a-seccion")
    link = next(a for a in annual.select("dd a") if a["href"].endswith(".pdf"))
    assert link["href"].startswith(PORTAL_URL)


def test_campaign_plays_and_links_its_recording(site):
    page = site.html("transparencia/comunicacion-social/campanas/2021-temporada-de-lluvias/")
    block = page.select_one(".piece-recording")
    source = block.select_one("audio source")["src"]
    here = site.file("transparencia/comunicacion-social/campanas/2021-temporada-de-lluvias/")
    assert (here / source).resolve().is_file(), source
    assert "fonoteca/2021/spot-la-basura-tapa-los-canales/" in block.select_one("p a")["href"]


def test_formats_page_fits_a_phone_and_chart_labels_are_legible(browser, served_site):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(served_site + "/" + FORMATS + "trimestre-1/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.goto(served_site + "/" + YEAR)
        sizes = page.evaluate("""() => [...document.querySelectorAll('.publicity-chart svg')]
            .flatMap(svg => [...svg.querySelectorAll('text')].map(t =>
                parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a))""")
        assert sizes and min(sizes) >= 14, min(sizes)
    finally:
        context.close()
