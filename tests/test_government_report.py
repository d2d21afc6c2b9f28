"""The Informe de Gobierno: its pages, the evidence each achievement links,
its open data read back, and the law's promotion window (7 days before to 5
after the presentation, never during an electoral campaign) on both sides of
each boundary, in real builds of real Markdown."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_build

pytestmark = pytest.mark.site

SAMPLE = ROOT / "content" / "informe-de-gobierno" / "2021"
PAGE = "informe-de-gobierno/2021/"
INFORME = """---
title: "Tercer Informe de Gobierno 2021"
year: 2021
date: 2021-07-15 18:00
session:
  type: solemne
  place: "Salón de Cabildo"
summary: "Lo hecho en 2021."
document: informe-de-gobierno-2021.pdf
{video}axes:
  - id: servicios
    name: "Habitabilidad y servicios"
    achievements:
      - text: "Se pavimentó la calle Hidalgo."
        bulletins: [{evidence}]
---
"""
BULLETIN = """---
title: "{title}"
date: {date}
area: presidencia
summary: "Boletín de prueba."
{extra}---
San Isidro del Monte, Jal.— Texto del boletín.
"""


def informe_content(root: Path, evidence="2021-06-09-pavimentacion", video="") -> Path:
    """A small site: the informe, the bulletin that backs it, the sample PDF."""
    content = root / "content"
    folder = content / "informe-de-gobierno" / "2021"
    folder.mkdir(parents=True)
    (folder / "index.md").write_text(
        INFORME.format(evidence=evidence, video=video), encoding="utf-8"
    )
    shutil.copy(SAMPLE / "informe-de-gobierno-2021.pdf", folder)
    bulletins = content / "boletines" / "2021"
    bulletins.mkdir(parents=True)
    (bulletins / "2021-06-09-pavimentacion.md").write_text(
        BULLETIN.format(
            title="Concluye la pavimentación", date="2021-06-09 10:00", extra=""
        ),
        encoding="utf-8",
    )
    return content


def add_promotion(content: Path, date: str, report="2021") -> None:
    (content / "boletines" / "2021" / f"{date[:10]}-invitacion.md").write_text(
        BULLETIN.format(
            title="Invitación al informe", date=date, extra=f"promotes_report: {report}\n"
        ),
        encoding="utf-8",
    )


def build(tmp_path: Path, content: Path, **kwargs):
    return run_build(
        tmp_path / "output", content=content, cache=tmp_path / "cache", **kwargs
    )


# --- The sample site ------------------------------------------------------


def test_the_year_page_shows_axes_achievements_document_and_promotion(site):
    soup = site.html(PAGE)
    assert soup.h1.get_text(strip=True) == "Tercer Informe de Gobierno 2021"
    axes = [h.get_text(" ", strip=True) for h in soup.select("section.gr-axis h2")]
    assert len(axes) == 5 and axes[0].startswith("Eje 1. Equidad e inclusión social")
    assert len(soup.select(".gr-achievements > li")) == 12
    pdf = soup.select_one("a[type='application/pdf']")["href"]
    assert (site.path / PAGE / Path(pdf).name).read_bytes().startswith(b"%PDF-")
    assert "15 de julio de 2021" in soup.select_one(".plan-facts").get_text()
    promoted = soup.select_one("#difusion").find_parent("section")
    assert "rendirá su Tercer Informe" in promoted.get_text()
    listing = site.html("informe-de-gobierno/")
    assert listing.select_one(f"a[href$='{PAGE}']") is not None


def test_every_evidence_link_opens_a_page_of_the_site(site):
    soup = site.html(PAGE)
    links = soup.select(".gr-evidence a")
    kinds = {a.find_previous_sibling("span").get_text(strip=True) for a in links}
    assert kinds == {"Boletín:", "Galería de fotos:", "Video:", "Audio:",
                     "Actividad de plan:", "Indicador:"}  # fmt: skip
    for link in links:
        href = link["href"].split("#")[0]
        target = (site.path / PAGE / href).resolve()
        assert (target / "index.html").is_file() or target.is_file(), link["href"]
    indicator = next(a for a in links if "#" in a["href"])
    anchor = indicator["href"].split("#")[1]
    assert site.html("transparencia/indicadores/").find(id=anchor) is not None


def test_the_achievements_dataset_reads_back_with_its_dictionary(site):
    base = site.path / "datos" / "informe-de-gobierno" / "logros"
    rows = list(
        csv.DictReader(io.StringIO(base.with_suffix(".csv").read_text("utf-8-sig")))
    )
    document = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    informe = document["informes"][0]
    assert informe["ejercicio"] == 2021 and len(informe["ejes"]) == 5
    evidences = [e for eje in informe["ejes"] for logro in eje["logros"]
                 for e in logro["evidencias"]]  # fmt: skip
    assert len(rows) == len(evidences) > 30
    portal = rows[0]["url_evidencia"].split("/boletines/")[0]
    for row in rows:
        path = row["url_evidencia"].removeprefix(portal + "/").split("#")[0]
        assert (site.path / path / "index.html").is_file(), row
    assert {r["tipo_evidencia"] for r in rows} >= {"Boletín", "Indicador", "Audio"}
    dictionary = (base.parent / "logros-diccionario.csv").read_text("utf-8-sig")
    assert all(name in dictionary for name in rows[0])
    catalogue = (site.path / "datos" / "catalogo.json").read_text(encoding="utf-8")
    assert "datos/informe-de-gobierno/logros.csv" in catalogue


# --- Links that must resolve ----------------------------------------------


def test_a_missing_evidence_target_fails_with_file_and_field(tmp_path):
    content = informe_content(tmp_path, evidence="2021-06-10-no-existe")
    result = build(tmp_path, content)
    assert result.returncode == 2, result.stderr
    assert (
        "content/informe-de-gobierno/2021/index.md: axes[1].achievements[1].bulletins: "
        "no existe el boletín '2021-06-10-no-existe'"
    ) in result.stderr.replace(str(tmp_path) + "/", "")
    assert not (tmp_path / "output").exists()


def test_the_session_video_is_a_reference_to_the_videoteca(tmp_path):
    content = informe_content(tmp_path, video="video: 2021-07-15-sesion-solemne\n")
    result = build(tmp_path, content)
    assert result.returncode == 2
    assert "video: no existe el video '2021-07-15-sesion-solemne'" in result.stderr


# --- The promotion window (LGIPE art. 242.5) -------------------------------

ALLOWED = "se permite promoverlo del 8 de julio de 2021 al 20 de julio de 2021"


@pytest.mark.parametrize(
    ("date", "allowed"),
    [
        ("2021-07-07 23:59", False),  # day -8
        ("2021-07-08 00:00", True),  # day -7
        ("2021-07-20 23:59", True),  # day +5
        ("2021-07-21 00:00", False),  # day +6
    ],
)
def test_a_bulletin_may_promote_the_informe_only_inside_its_window(tmp_path, date, allowed):
    content = informe_content(tmp_path)
    add_promotion(content, date)
    result = build(tmp_path, content)
    if allowed:
        assert result.returncode == 0, result.stderr
        page = (tmp_path / "output" / PAGE / "index.html").read_text(encoding="utf-8")
        assert "Invitación al informe" in page  # listed under «Difusión del informe»
    else:
        assert result.returncode == 2, result.stderr
        assert (
            f"{date[:10]}-invitacion.md: date: promueve el informe de gobierno 2021"
            in result.stderr
        )
        assert "fuera de los 7 días antes y 5 después de su presentación" in result.stderr
        assert ALLOWED in result.stderr


def test_promotion_during_an_electoral_campaign_is_an_error(tmp_path):
    content = informe_content(tmp_path)
    add_promotion(content, "2021-07-09 10:00")
    vedas = json.dumps(
        [{"start": "2021-07-01", "end": "2021-07-10", "name": "Campaña local"}]
    )
    result = build(tmp_path, content, sets={"VEDAS": vedas})
    assert result.returncode == 2, result.stderr
    assert "durante la veda «Campaña local»" in result.stderr
    # The days the law allows are the window's days after the veda.
    assert (
        "se permite promoverlo del 11 de julio de 2021 al 20 de julio de 2021"
        in result.stderr
    )


def test_make_publish_refuses_a_promotion_outside_the_window(tmp_path):
    content = informe_content(tmp_path)
    add_promotion(content, "2021-07-22 10:00")
    result = build(tmp_path, content, settings="publishconf.py", command_name="publish")
    assert result.returncode == 2, result.stderr
    assert "-invitacion.md: date: promueve el informe de gobierno 2021" in result.stderr


def test_a_campaign_promoting_the_informe_is_held_to_the_window(tmp_path):
    content = informe_content(tmp_path)
    campaigns = content / "publicidad" / "campanas"
    campaigns.mkdir(parents=True)
    source = ROOT / "content" / "publicidad" / "campanas" / "2021-temporada-de-lluvias.md"
    text = source.read_text(encoding="utf-8").replace(
        "area: proteccion-civil", "area: proteccion-civil\npromotes_report: 2021", 1
    )
    (campaigns / source.name).write_text(text, encoding="utf-8")
    result = build(tmp_path, content)
    assert result.returncode == 2
    said = "promueve el informe de gobierno 2021 (promotes_report), presentado el 15 de julio de 2021"
    # The campaign's own period touches the sample's veda (4 April to 6 June)…
    assert (
        f"2021-temporada-de-lluvias.md: start: {said}, y se difunde del 1 de junio de "
        "2021 al 30 de septiembre de 2021, durante la veda «Proceso electoral local"
    ) in result.stderr
    # …and the piece with its own start inherits the informe and runs past the window.
    assert (
        f"2021-temporada-de-lluvias.md: pieces[2].start: {said}, y se difunde del 1 de "
        "julio de 2021 al 30 de septiembre de 2021, fuera de los 7 días"
    ) in result.stderr


def test_promoting_an_informe_that_does_not_exist_is_an_error(tmp_path):
    content = informe_content(tmp_path)
    add_promotion(content, "2021-07-10 10:00", report="2020")
    result = build(tmp_path, content)
    assert result.returncode == 2
    assert "promotes_report: no existe el informe de gobierno '2020'" in result.stderr
