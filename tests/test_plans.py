"""The three seed plans on the sample site, cell by cell, and their open data.

Expectations are typed from the seed documents (001, 002, 003), not read back
from our own parser: if the content or the code drifts from the seeds, a test
here fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal

import pytest

from conftest import ARTIFACTS, PORTAL_URL

pytestmark = pytest.mark.site

MONTHS = [
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
]

POA = "plan-operativo-anual-2021"
ANUAL = "plan-anual-comunicacion-e-imagen-2021"
TRABAJO = "plan-de-trabajo-2021-2024"

# Seed 001: six activities marked X from January to October.
POA_ACTIVITIES = [
    "Generar boletines informativos",
    "Registrar memoria fotográfica",
    "Generar diapositivas informativas para diferentes reuniones, etc.",
    "Diseñar carteles y volantes, así como espectaculares",
    "Generar y publicar contenido audiovisual publicitario en redes y sistemas de perifoneo",
    "Actualizar la información constantemente de las páginas oficiales del Gobierno Municipal",
]
# Seed 002: six activity types ticked in all twelve months, and the budget.
ANUAL_ACTIVITIES = [
    "Campañas publicitarias",
    "Boletines/comunicado",
    "Clips de video",
    "Testigos fotográficos",
    "Entrevistas",
    "Ruedas de prensa",
]
BUDGET = [
    ("Publicidad impresa", "$10,405,031.00", "10405031.00", "19.82"),
    ("Publicidad en radio", "$7,093,103.00", "7093103.00", "13.51"),
    ("Publicidad en televisión", "$11,980,387.00", "11980387.00", "22.82"),
    ("Publicidad en web", "$8,747,517.00", "8747517.00", "16.66"),
    ("Publicidad exterior", "$2,250,000.00", "2250000.00", "4.29"),
    ("Publicidad en pantallas electrónicas", "$5,000,000.00", "5000000.00", "9.52"),
    ("Servicios", "$5,300,000.00", "5300000.00", "10.10"),
    ("Gasto corriente", "$1,573,962.00", "1573962.00", "3.00"),
    ("Impresión de lonas", "$150,000.00", "150000.00", "0.29"),
]
# Seed 003: five activities plus the historical archive, no months given.
TRABAJO_FIRST = "Solicitar la agenda de trabajo de la alcaldesa para dar cobertura a sus eventos públicos"


def cells(table) -> list[list[str]]:
    return [
        [c.get_text(" ", strip=True) for c in row.find_all(["th", "td"])]
        for row in table.select("tbody tr")
    ]


def test_poa_cronograma_cell_by_cell(site):
    page = site.html(f"transparencia/planes/{POA}/cronograma/")
    (table,) = page.select("table.cronograma-table")
    head = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    assert head == ["Actividad", *MONTHS]
    assert table.select_one("thead abbr")["title"] == "enero de 2021"
    assert table.caption.get_text().startswith("Actividades del Plan Operativo Anual 2021")
    rows = cells(table)
    assert [r[0] for r in rows] == POA_ACTIVITIES  # the name only, no internal id
    assert all(th["data-activity"] for th in table.select("tbody th"))
    for row in rows:
        assert row[1:] == ["● sí"] * 10 + ["no"] * 2
    assert all(th["scope"] == "row" for th in table.select("tbody th"))


def test_anual_cronograma_all_twelve_months(site):
    (table,) = site.html(f"transparencia/planes/{ANUAL}/cronograma/").select("table")
    rows = cells(table)
    assert [r[0] for r in rows] == ANUAL_ACTIVITIES
    assert all(row[1:] == ["● sí"] * 12 for row in rows)


def test_multi_year_plan_has_a_table_per_year_and_months_outside_marked(site):
    page = site.html(f"transparencia/planes/{TRABAJO}/cronograma/")
    tables = page.select("table.cronograma-table")
    assert [t["id"] for t in tables] == [
        f"cronograma-{y}" for y in (2021, 2022, 2023, 2024)
    ]
    first, *_, last = (cells(t) for t in tables)
    assert len(first) == 6 and first[0][0].endswith(TRABAJO_FIRST)
    assert first[0][1:] == ["fuera del periodo"] * 9 + ["● sí"] * 3
    assert last[5][1:] == ["● sí"] * 9 + ["fuera del periodo"] * 3
    assert "no programa sus actividades por mes" in page.select_one(".notice").get_text()


def test_budget_table_and_the_total_that_does_not_add_up(site):
    page = site.html(f"transparencia/planes/{ANUAL}/")
    table = page.select_one("table.budget-table")
    rows = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])]
        for r in table.select("tbody tr")
    ]
    assert rows == [[name, shown, f"{share} %"] for name, shown, _, share in BUDGET]
    foot = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])]
        for r in table.select("tfoot tr")
    ]
    assert foot == [
        ["Suma de los conceptos", "$52,500,000.00", "100.00 %"],
        ["Total declarado", "$48,000,000.00", ""],
        ["Diferencia", "-$4,500,000.00", ""],
    ]
    warning = page.select_one("section.budget .notice-warning").get_text(" ", strip=True)
    assert "Total declarado en el documento: $48,000,000.00" in warning
    assert "Suma de los conceptos: $52,500,000.00" in warning
    assert "Diferencia (declarado menos suma): -$4,500,000.00" in warning
    chart = page.select_one("figure.budget-chart svg")
    assert chart["role"] == "img" and chart.title
    bars = chart.select("rect.chart-bar")
    assert len(bars) == 9
    widths = [float(b["width"]) for b in bars]
    assert max(widths) == widths[2] == 300.0  # televisión, the largest
    assert [t.get_text() for t in chart.select("text.chart-value")] == [
        b[1] for b in BUDGET
    ]


def test_plans_without_budget_show_none_and_no_warning(site):
    page = site.html(f"transparencia/planes/{POA}/")
    assert page.select_one("section.budget") is None
    assert page.select_one(".notice-warning") is None


def _csv(site, path):
    text = site.file(path).read_bytes().decode("utf-8-sig")  # Excel's BOM
    return list(csv.reader(io.StringIO(text)))


def test_cronograma_csv_and_json_cell_by_cell(site):
    rows = _csv(site, f"datos/planes/{POA}/cronograma.csv")
    assert rows[0] == ["id", "actividad", "area", *[f"2021-{m:02d}" for m in range(1, 13)]]
    assert [r[1] for r in rows[1:]] == POA_ACTIVITIES
    assert rows[1][0] == "boletines" and rows[1][2] == "Comunicación Social"
    assert all(r[3:] == ["sí"] * 10 + ["no"] * 2 for r in rows[1:])
    data = json.loads(site.text(f"datos/planes/{POA}/cronograma.json"))
    assert data["periodo"] == {"inicio": "2021-01", "fin": "2021-12"}
    assert [a["actividad"] for a in data["actividades"]] == POA_ACTIVITIES
    assert data["actividades"][0]["meses"] == [f"2021-{m:02d}" for m in range(1, 11)]
    multi = _csv(site, f"datos/planes/{TRABAJO}/cronograma.csv")
    assert multi[0][3] == "2021-10" and multi[0][-1] == "2024-09" and len(multi[0]) == 39
    assert len(multi) == 7 and all(set(r[3:]) == {"sí"} for r in multi[1:])


def test_budget_csv_and_json_are_exact(site):
    rows = _csv(site, f"datos/planes/{ANUAL}/presupuesto.csv")
    assert rows[0] == [
        "plan", "ejercicio", "moneda", "concepto", "monto", "porcentaje_de_la_suma",
        "total_declarado", "suma_de_conceptos", "diferencia",
    ]  # fmt: skip
    title = "Plan Anual 2021 de Comunicación Social e Imagen"
    totals = ["48000000.00", "52500000.00", "-4500000.00"]
    assert rows[1:] == [
        [title, "2021", "MXN", name, exact, share, *totals] for name, _, exact, share in BUDGET
    ]
    assert sum(Decimal(r[4]) for r in rows[1:]) == Decimal(totals[1])  # the sum, summed
    assert Decimal(totals[0]) - Decimal(totals[1]) == Decimal(totals[2])
    data = json.loads(site.text(f"datos/planes/{ANUAL}/presupuesto.json"))
    assert data["moneda"] == "MXN"
    assert data["total_declarado"] == "48000000.00"
    assert data["suma_de_conceptos"] == "52500000.00"
    assert data["diferencia"] == "-4500000.00"
    assert data["cuadra"] is False
    assert [c["monto"] for c in data["conceptos"]] == [b[2] for b in BUDGET]


def test_transparency_platform_format(site):
    import runpy

    from conftest import ROOT

    fields = runpy.run_path(str(ROOT / "pelicanconf.py"))["TRANSPARENCY_PROGRAM_FIELDS"]
    rows = _csv(site, "datos/transparencia/programa-anual-comunicacion.csv")
    assert rows[0] == [header for header, _ in fields]
    by_doc = {}
    for row in rows[1:]:
        record = dict(zip(rows[0], row, strict=True))
        by_doc.setdefault(record["Denominación del documento"], []).append(record)
    assert sorted(len(v) for v in by_doc.values()) == [
        1,
        1,
        4,
    ]  # 2021-2024: one per exercise
    multi = by_doc["Plan de Trabajo de Comunicación Social 2021-2024"]
    assert [r["Ejercicio"] for r in multi] == ["2021", "2022", "2023", "2024"]
    assert multi[0]["Fecha de inicio del periodo que se informa"] == "01/10/2021"
    assert multi[3]["Fecha de término del periodo que se informa"] == "30/09/2024"
    assert (
        multi[0]["Hipervínculo al documento"]
        == f"{PORTAL_URL}/transparencia/planes/{TRABAJO}/{TRABAJO}.pdf"  # the approved PDF
    )
    (poa,) = by_doc["Plan Operativo Anual 2021"]
    assert (
        poa["Fecha de aprobación"] == "08/01/2021"
        and poa["Fecha de validación"] == "15/01/2021"
    )
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", poa["Fecha de actualización"])  # from git
    data = json.loads(site.text("datos/transparencia/programa-anual-comunicacion.json"))
    assert len(data["registros"]) == 6


def test_combined_cronograma_per_year(site):
    page = site.html("transparencia/cronograma/2021/")
    sections = [h.get_text(strip=True) for h in page.select("main section > h2")]
    assert sorted(sections) == sorted(
        ["Plan Operativo Anual 2021", "Plan Anual 2021 de Comunicación Social e Imagen",
         "Plan de Trabajo de Comunicación Social 2021-2024"]
    )  # fmt: skip
    assert "18 actividades" in page.select_one(".lead").get_text()
    later = site.html("transparencia/cronograma/2023/")
    assert [h.get_text(strip=True) for h in later.select("main section > h2")] == [
        "Plan de Trabajo de Comunicación Social 2021-2024"
    ]


def test_transparency_hub_lists_each_plan_once(site):
    """Built after every period here ended: one group, the latest end first;
    the per-year cronogramas stay one link away (tests/test_hub.py: the order
    while plans are in effect)."""
    page = site.html("transparencia/")
    titles = [a.get_text(strip=True) for a in page.select("main ul.plan-list h3 a")]
    assert titles == [
        "Plan de Trabajo de Comunicación Social 2021-2024",
        "Plan Anual 2021 de Comunicación Social e Imagen",
        "Plan Operativo Anual 2021",
    ]
    groups = [
        s.h2.get_text(strip=True) for s in page.select("main section:has(ul.plan-list)")
    ]
    assert groups == ["Planes anteriores"]
    years = [a["href"] for a in page.select(".plan-years a")]
    assert [y.rstrip("/").rsplit("/", 1)[1] for y in years] == [
        "2024",
        "2023",
        "2022",
        "2021",
    ]
    assert "no coincide con la suma" in page.get_text()


def test_open_data_catalogue_lists_every_dataset(site):
    page = site.html("datos/")
    ids = [li["id"] for li in page.select(".dataset-list > li")]
    plan_sets = [f"{POA}-cronograma", f"{ANUAL}-cronograma", f"{ANUAL}-presupuesto",
                 f"{TRABAJO}-cronograma", "programa-anual-comunicacion"]  # fmt: skip
    report_sets = [
        "indicadores-mensuales",
        *[f"{p}-cumplimiento" for p in (POA, ANUAL, TRABAJO)],
    ]
    monthly = [i for i in ids if i.startswith("informe-2021-")]
    # the publicity spending's and the Informe de Gobierno's (their own tests)
    others = [i for i in ids if i.startswith(("comunicacion-social-", "formato-",
                                               "informe-de-gobierno-"))]
    assert len(others) == 12 + 1
    assert sorted(ids) == sorted(plan_sets + report_sets + monthly + others)
    assert monthly == ["informe-2021-01", "informe-2021-02", "informe-2021-03"]
    for link in page.select(".dataset-list a[download]"):
        target = site.file(link["href"].lstrip("./").replace("../", ""))
        shown = re.search(r"\((\d[\d,]*(?:\.\d)?) (B|kB)\)", link.get_text())
        unit = {"B": 1, "kB": 1000}[shown[2]]  # below 1 kB, the exact bytes
        size = float(shown[1].replace(",", "")) * unit
        assert target.is_file() and abs(target.stat().st_size - size) < 0.06 * unit
    (ld,) = [
        json.loads(s.string) for s in page.find_all("script", type="application/ld+json")
    ]
    assert ld["@type"] == "DataCatalog" and len(ld["dataset"]) == len(ids)
    budget = next(d for d in ld["dataset"] if d["name"].startswith("Presupuesto"))
    assert budget["temporalCoverage"] == "2021-01/2021-12"
    assert {d["encodingFormat"] for d in budget["distribution"]} == {
        "text/csv",
        "application/json",
    }
    catalogue = json.loads(site.text("datos/catalogo.json"))
    assert len(catalogue["conjuntos"]) == len(ids)


@pytest.mark.parametrize("slug", [POA, TRABAJO])
def test_cronograma_prints_on_one_landscape_page(browser, served_site, slug):
    page = browser.new_page()
    page.goto(f"{served_site}/transparencia/planes/{slug}/cronograma/")
    page.emulate_media(media="print")
    assert page.locator(".print-timeline").is_visible()
    assert not page.locator(".cronograma-tables").is_visible()
    rows = page.locator(".print-timeline .pt-row").count()
    assert rows == 2 + 6
    page.screenshot(
        path=str(ARTIFACTS / f"cronograma-{slug}-impresion.png"), full_page=True
    )
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"cronograma-{slug}.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    width, height = map(
        float, re.search(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf).groups()
    )
    assert width > height  # landscape
    page.close()
