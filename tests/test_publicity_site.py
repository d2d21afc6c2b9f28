"""Publicity spending on the built sample site: the year's figures where the
pages put them, counted from the sample's own invoices and checked against
sums done by hand; campaign and provider pages; documents published beside
their contracts; and the veda holding a campaign from make publish."""

from __future__ import annotations

import posixpath
import shutil
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import ROOT, Site, run_build
from content_schema.frontmatter import split_front_matter

pytestmark = pytest.mark.site

CONTENT = ROOT / "content" / "publicidad"
YEAR_PAGE = "transparencia/comunicacion-social/2021/"
D = Decimal


def amount(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace("$", "").strip() or "0")


def contracts() -> list[dict]:
    return [split_front_matter(p.read_text(encoding="utf-8")).metadata
            for p in sorted((CONTENT / "contratos").glob("*.md"))]  # fmt: skip


def invoiced_by_medium() -> dict[str, Decimal]:
    sums = defaultdict(Decimal)
    for contract in contracts():
        for invoice in contract.get("invoices", ()):
            sums[contract["medium"]] += amount(str(invoice["amount"]))
    return dict(sums)


def cells(row) -> list[str]:
    return [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]


def test_spending_by_medium_is_the_sum_of_the_samples_invoices(site):
    sums = invoiced_by_medium()
    # By hand, from the sample's contracts: radio 3,480,000 + 1,392,000 + 2,970,600
    assert sums["radio"] == D("7842600.00")
    assert sums["impresos"] == D("5452000.00")  # 1,856,000 + 2,436,000 + 1,160,000
    assert sum(sums.values()) == D("23850600.00")
    rows = site.html(YEAR_PAGE).select("table.publicity-quarters tbody tr")
    shown = {row["data-medio"]: amount(cells(row)[-1]) for row in rows}
    assert shown == sums
    total = cells(site.html(YEAR_PAGE).select_one("table.publicity-quarters tfoot tr"))
    assert [amount(c) for c in total[1:]] == [D("6960000.00"), D("8994200.00"),
                                             D("3952400.00"), D("3944000.00"),
                                             D("23850600.00")]  # fmt: skip


def test_each_concept_against_its_budget_with_radio_over_it(site):
    page = site.html(YEAR_PAGE)
    rows = {
        r["data-concepto"]: cells(r)
        for r in page.select("table.publicity-concepts tbody tr")
    }
    budget = split_front_matter(
        (CONTENT / "presupuesto" / "2021.md").read_text(encoding="utf-8")
    )
    assert list(rows) == [c["name"] for c in budget.metadata["concepts"]]
    radio = rows["Publicidad en radio"]
    # assigned, modified, spent, remaining, percent
    assert [amount(c) for c in radio[1:5]] == [D("7093103.00"), D("7593103.00"),
                                               D("7842600.00"), D("-249497.00")]  # fmt: skip
    assert "rebasa su presupuesto" in radio[0] and "7,593,103.00" in radio[0]
    over = [r for r in page.select("table.publicity-concepts tbody tr.mismatch")]
    assert [r["data-concepto"] for r in over] == ["Publicidad en radio"]
    assert amount(rows["Publicidad en web"][3]) == D("2436000.00")  # 1,740,000 + 696,000
    notices = " ".join(n.get_text(" ", strip=True) for n in page.select(".notice-warning"))
    assert "pasa de su presupuesto vigente ($7,593,103.00) por $249,497.00" in notices
    assert "diferencia (declarado menos facturas): -$249,497.00" in notices
    chart = page.select_one("figure.publicity-chart svg")
    assert chart.find("title").get_text().startswith("Gráfica de barras")
    assert len(chart.select("rect.chart-over")) == 1  # radio, the one over


def test_the_no_aplica_quarter_of_official_air_time_is_shown_with_its_reason(site):
    block = site.html(YEAR_PAGE).select_one("#tiempos-2021-t1")
    assert "No aplica." in block.get_text(" ", strip=True)
    assert "no tiene tiempos oficiales" in block.get_text(" ", strip=True)


def test_contract_documents_are_published_beside_it_and_linked(site):
    page = site.html(YEAR_PAGE)
    links = [
        a["href"]
        for a in page.select("table.publicity-contracts a[type='application/pdf']")
    ]
    expected = sorted(p.name for p in (CONTENT / "contratos").glob("*.pdf"))
    assert sorted(link.rsplit("/", 1)[1] for link in links) == expected
    for link in links:  # relative to the page in a preview build
        relative = posixpath.normpath(posixpath.join(YEAR_PAGE, link))
        published = site.file(relative)
        original = CONTENT / "contratos" / published.name
        assert published.read_bytes() == original.read_bytes(), relative


def test_a_campaign_page_has_its_pieces_contracts_and_what_was_paid(site):
    page = site.html("transparencia/comunicacion-social/campanas/2021-vacunacion-covid-19/")
    rows = page.select("table.publicity-contracts tbody tr")
    mine = sorted(p.stem for p in (CONTENT / "contratos").glob("*.md")
                  if "2021-vacunacion-covid-19" in p.read_text(encoding="utf-8"))  # fmt: skip
    assert sorted(row["data-contrato"] for row in rows) == mine
    facts = page.select_one(".plan-facts").get_text(" ", strip=True)
    # 1,740,000 (shared with the rains) + 3,480,000 + 2,436,000 + 4,640,000
    assert "Facturado en sus contratos $12,296,000.00" in facts
    pieces = page.select(".campaign-pieces > li")
    assert len(pieces) == 4
    assert pieces[0].select_one("picture img")["alt"].startswith("Letrero en un caballete")
    text = page.get_text(" ", strip=True)
    assert "Delegacional o municipal: Cabecera municipal y delegaciones" in text


def test_a_provider_page_lists_every_contract_it_has(site):
    page = site.html(
        "transparencia/comunicacion-social/proveedores/maria-fernanda-lozano-ibarra/"
    )
    listed = [
        row["data-contrato"] for row in page.select("table.publicity-contracts tbody tr")
    ]
    theirs = [p.stem for p in sorted((CONTENT / "contratos").glob("*.md"))
              if "provider: maria-fernanda-lozano-ibarra" in p.read_text(encoding="utf-8")]  # fmt: skip
    assert sorted(listed) == theirs and len(theirs) == 4
    assert listed == sorted(listed, reverse=True)  # newest first
    assert "LOIF840927HS1" in page.select_one(".plan-facts").get_text()
    assert "persona física" in page.get_text()


def test_the_transparency_hub_links_the_years_spending(site):
    hub = site.html("transparencia/")
    link = hub.select_one(
        "#comunicacion-social ~ ul a, section[aria-labelledby=comunicacion-social] a"
    )
    assert link["href"].endswith(YEAR_PAGE)


# --- The veda ---------------------------------------------------------------------

CAMPAIGN = """---
title: "{title}"
type: campana
summary: "Campaña de prueba."
theme: "Tema"
institutional_objective: "Objetivo institucional."
communication_objective: "Objetivo de comunicación."
audience: {{sex: femenino-y-masculino, residence: "Municipio", education: "Todos",
            age_group: "Todas", socioeconomic: "Todos"}}
coverage: municipal
scope: "Todo el municipio"
start: {start}
end: {end}
media: [radio]
area: {area}
{extra}---

{body}
"""


def veda_content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    folder = content / "publicidad" / "campanas"
    folder.mkdir(parents=True)
    (folder / "2021-obra-publica.md").write_text(CAMPAIGN.format(
        title="Obras que transforman", start="2021-05-01", end="2021-05-31",
        area="obras-publicas", extra="", body="Con el alcalde Juan Pérez Gómez."),
        encoding="utf-8")  # fmt: skip
    (folder / "2021-dengue.md").write_text(CAMPAIGN.format(
        title="Alto al dengue", start="2021-05-01", end="2021-05-31", area="salud",
        extra="veda_exception: salud\npersonal_image: true\n", body=""), encoding="utf-8")  # fmt: skip
    providers = content / "publicidad" / "proveedores"
    shutil.copytree(CONTENT / "proveedores", providers)
    contracts_folder = content / "publicidad" / "contratos"
    contracts_folder.mkdir()
    (contracts_folder / "2021-cs-100.md").write_text(
        '---\nnumber: "CS/2021/100"\nsigned: 2021-04-20\nobject: "Spots."\n'
        "provider: grupo-radiofonico-del-monte\ncampaigns: [2021-obra-publica]\n"
        'classification: difusion\nservice_type: "Spots"\nmedium: radio\n'
        'concept: "Publicidad en radio"\npartida: "36102"\ntotal: "1,000.00"\npaid: "0.00"\n'
        "service_start: 2021-05-01\nservice_end: 2021-05-31\n---\n",
        encoding="utf-8",
    )
    return content


def test_a_campaign_in_a_veda_is_held_from_publish_unless_the_law_allows_it(tmp_path):
    content = veda_content(tmp_path)
    sets = {"PUBLIC_SERVANTS": '["Juan Pérez Gómez"]'}
    preview = run_build(tmp_path / "vista", content=content, sets=sets)
    assert preview.returncode == 0, preview.stderr
    warnings = preview.stderr
    assert ("content/publicidad/campanas/2021-obra-publica.md: start: se difunde durante "
            "la veda «Proceso electoral local 2020-2021") in warnings  # fmt: skip
    assert "2021-dengue.md: start: se difunde" not in warnings  # health is allowed
    assert "2021-dengue.md: personal_image: la campaña lleva el nombre" in warnings
    assert "2021-obra-publica.md: (texto): nombra a «Juan Pérez Gómez»" in warnings
    shown = Site(tmp_path / "vista")
    page = "transparencia/comunicacion-social/campanas/{}/index.html"
    notice = shown.html(page.format("2021-obra-publica")[:-10]).select_one(".notice-veda")
    assert notice is not None and "el sitio público no la muestra" in notice.get_text()

    published = run_build(tmp_path / "publico", content=content, settings="publishconf.py",
                          sets=sets, command_name="publish")  # fmt: skip
    assert published.returncode == 0, published.stderr
    site = Site(tmp_path / "publico")
    assert not site.file(page.format("2021-obra-publica")).exists()
    assert site.file(page.format("2021-dengue")).exists()
    year = site.html(YEAR_PAGE)
    assert "Obras que transforman" not in year.get_text()  # the contract is, unlinked
    row = year.select_one("table.publicity-contracts tr[data-contrato='2021-cs-100']")
    assert row is not None and not row.select("a[href*='obra-publica']")
    assert "2021-obra-publica" not in "".join(
        p.read_text(encoding="utf-8") for p in site.path.rglob("*.html")
    )


def test_a_pieces_own_image_goes_through_the_photo_pipeline(site):
    """Web sizes beside its campaign, never the file as it came: no camera data."""
    url = "transparencia/comunicacion-social/campanas/2021-predial/"
    images = site.html(url).select(".campaign-pieces img")
    assert [img["alt"] for img in images] == ["Valla «Tu predial se ve en tu colonia»"]
    published = site.file(posixpath.normpath(posixpath.join(url, images[0]["src"])))
    assert published.parent.parent.name == "imagenes" and "srcset" in images[0].attrs
    original = CONTENT / "campanas" / "2021-predial-valla.jpg"
    assert published.read_bytes() != original.read_bytes()
    copies = [p for p in site.path.rglob("*.jpg") if p.read_bytes() == original.read_bytes()]
    assert copies == []  # the original is not published anywhere
