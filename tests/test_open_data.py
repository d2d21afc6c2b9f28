"""Open data in the federal guide's terms, read back from the sample site.

``datos/data.json`` (DCAT) lists every dataset with the guide's required
fields and each file with its real size; each CSV starts with the BOM Excel
needs and has a data dictionary beside it, column for column; the budget CSV
carries its totals; published codes are Spanish; format 23a's «Hipervínculo»
leads to the plan's approved PDF.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from decimal import Decimal

import pytest

from conftest import PORTAL_URL

pytestmark = pytest.mark.site

REQUIRED = ("identifier", "title", "description", "modified", "contactPoint", "mbox",
            "landingPage", "accrualPeriodicity")  # fmt: skip
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DISTRIBUTION = ("title", "downloadURL", "mediaType", "byteSize")
ANUAL = "plan-anual-comunicacion-e-imagen-2021"


def _local(site, url: str):
    assert url.startswith(PORTAL_URL + "/"), url
    return site.file(url.removeprefix(PORTAL_URL + "/"))


def _rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def catalogue(site) -> dict:
    return json.loads(site.text("datos/data.json"))


def test_every_dataset_has_the_guides_fields_and_real_files(site, catalogue):
    short = json.loads(site.text("datos/catalogo.json"))
    assert catalogue["@type"] == "dcat:Catalog"
    assert [d["identifier"] for d in catalogue["dataset"]] == [
        f"{PORTAL_URL}/datos/#{d['id']}" for d in short["conjuntos"]
    ]
    # publicity 2021: 7 formats, 5 spending; the Informe de Gobierno's achievements
    assert len(catalogue["dataset"]) == 12 + 12 + 1
    for dataset in catalogue["dataset"]:
        missing = [f for f in REQUIRED if not dataset.get(f)]
        assert missing == [], dataset["identifier"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", dataset["modified"])
        assert dataset["contactPoint"]["hasEmail"] == f"mailto:{dataset['mbox']}"
        assert dataset["accrualPeriodicity"] in {"R/P1M", "R/P3M", "R/P1Y", "irregular"}
        assert dataset["spatial"] == "San Isidro del Monte, Jalisco, México"
        assert _local(site, dataset["landingPage"]).joinpath("index.html").is_file()
        formats = []
        for dist in dataset["distribution"]:
            assert [f for f in DISTRIBUTION if f not in dist] == []
            target = _local(site, dist["downloadURL"])
            assert target.is_file() and dist["byteSize"] == target.stat().st_size
            formats.append(dist["mediaType"])
        if "#formato-" in dataset["identifier"]:  # a CSV and dictionary per table, JSON, XLSX
            assert formats[-2:] == ["application/json", XLSX], dataset["identifier"]
            continue
        assert formats == [
            "text/csv",
            "application/json",
            "text/csv",
        ]  # CSV, JSON, dictionary
        data_csv = dataset["distribution"][0]
        assert data_csv["describedBy"] == dataset["distribution"][2]["downloadURL"]


def test_modified_is_the_contents_date_and_the_licence_is_named(site, catalogue):
    budget = next(
        d for d in catalogue["dataset"] if d["identifier"].endswith(f"{ANUAL}-presupuesto")
    )
    assert budget["modified"] == "2021-06-14"  # the plan's last history entry, not today
    assert budget["temporal"] == "2021-01/2021-12"
    assert budget["license"] == catalogue["license"] == "https://datos.gob.mx/libreusomx"
    assert (
        catalogue["licenseTitle"] == "Términos de Libre Uso de los Datos Abiertos de México"
    )
    page = site.html("datos/")
    licence = page.select_one('a[rel="license"]')
    assert licence.get_text() == catalogue["licenseTitle"]
    assert page.select_one('a[href$="datos/data.json"]') is not None
    plan_page = site.html(f"transparencia/planes/{ANUAL}/")
    section = plan_page.select_one('section[aria-labelledby="datos-abiertos"]')
    assert section.select_one('a[href$="datos/data.json"]') is not None


def test_each_csv_has_a_bom_and_a_dictionary_of_its_columns(site):
    csvs = sorted(
        p for p in site.file("datos").rglob("*.csv") if "-diccionario" not in p.name
    )
    # plans and reports; publicity 2021 (formats, spending); the informe's achievements
    assert len(csvs) == 12 + 25 + 1
    for path in csvs:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), path  # Excel reads UTF-8 only with it
        assert raw.count(b"\xef\xbb\xbf") == 1
        header = _rows(path)[0]
        dictionary = _rows(path.with_name(path.stem + "-diccionario.csv"))
        assert dictionary[0] == ["columna", "tipo", "unidad", "descripcion"]
        assert [row[0] for row in dictionary[1:]] == header, path
        assert all(row[1] and row[3] for row in dictionary[1:]), path
    transparency = site.file("datos/transparencia/programa-anual-comunicacion.csv")
    assert "Denominación del documento".encode() in transparency.read_bytes()


def test_the_dictionary_is_shown_on_the_catalogue_page(site):
    page = site.html("datos/")
    entry = page.select_one(f"#{ANUAL}-presupuesto")
    rows = entry.select("details.data-dictionary tbody tr")
    names = [r.th.get_text() for r in rows]
    assert names == _rows(site.file(f"datos/planes/{ANUAL}/presupuesto.csv"))[0]
    monto = next(r for r in rows if r.th.get_text() == "monto")
    assert [td.get_text() for td in monto.select("td")][:2] == ["decimal", "MXN"]


def test_budget_csv_has_plan_year_currency_and_its_totals(site):
    rows = _rows(site.file(f"datos/planes/{ANUAL}/presupuesto.csv"))
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert {(r["plan"], r["ejercicio"], r["moneda"]) for r in records} == {
        ("Plan Anual 2021 de Comunicación Social e Imagen", "2021", "MXN")
    }
    total = sum(Decimal(r["monto"]) for r in records)
    for record in records:
        assert Decimal(record["suma_de_conceptos"]) == total == Decimal("52500000.00")
        assert record["total_declarado"] == "48000000.00"
        assert Decimal(record["diferencia"]) == Decimal(record["total_declarado"]) - total


def test_published_codes_are_spanish(site):
    english = {
        "done",
        "missed",
        "pending",
        "unplanned",
        "idle",
        "none",
        "likes",
        "followers",
    }
    found = set()
    for path in site.file("datos").rglob("*"):
        if path.suffix in (".csv", ".json") and path.name != "data.json":
            words = set(re.findall(r"[\w-]+", path.read_bytes().decode("utf-8-sig")))
            found |= words & english
    assert found == set()
    rows = _rows(site.file(f"datos/planes/{ANUAL}/cumplimiento.csv"))
    assert {"cumplida", "pendiente"} <= {cell for row in rows[1:] for cell in row[2:-1]}


def _pdf_text(data: bytes) -> bytes:
    """The text of a PDF's content streams (fpdf2 writes them with Flate)."""
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
    return b"".join(zlib.decompress(s) for s in streams if s[:1] == b"x")


def test_format_23a_links_the_approved_pdf(site):
    rows = _rows(site.file("datos/transparencia/programa-anual-comunicacion.csv"))
    links = {r[rows[0].index("Denominación del documento")]: r[rows[0].index("Hipervínculo al documento")]
             for r in rows[1:]}  # fmt: skip
    link = links["Plan Anual 2021 de Comunicación Social e Imagen"]
    assert link == f"{PORTAL_URL}/transparencia/planes/{ANUAL}/{ANUAL}.pdf"
    pdf = _local(site, link).read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) < 60_000
    text = _pdf_text(pdf)
    assert "Plan Anual 2021 de Comunicación Social e Imagen".encode("latin-1") in text
    assert b"Publicidad impresa" in text
    page = site.html(f"transparencia/planes/{ANUAL}/")
    (shown,) = page.select(".plan-facts a[type='application/pdf']")
    assert shown["href"].endswith(f"{ANUAL}/{ANUAL}.pdf")
    assert "kB" in shown.get_text()
