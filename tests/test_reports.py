"""Monthly reports on the sample site, figure by figure, and their data and feeds.

January is seed 000: its figures are typed here from the seed, not read back
from the content file. February and March are marked sample data; March holds
two disagreements on purpose (a total and a stated change).
"""

from __future__ import annotations

import csv
import io
import json

import feedparser
import pytest

from conftest import PORTAL_URL

pytestmark = pytest.mark.site

JANUARY = "transparencia/informes/2021/enero/"
FEBRUARY = "transparencia/informes/2021/febrero/"
MARCH = "transparencia/informes/2021/marzo/"


def plain(element) -> str:
    return " ".join(element.get_text().split())


def rows_of(table, part="tbody"):
    return [
        [c.get_text(" ", strip=True) for c in r.find_all(["th", "td"])]
        for r in table.select(f"{part} tr")
    ]


def test_seed_report_figure_by_figure(site):
    page = site.html(JANUARY)
    assert page.h1.get_text(strip=True) == "Informe de actividades de enero de 2021"
    topics = [li.get_text(strip=True) for li in page.select("#entrevistas ~ ul li")]
    assert topics == ["Candidaturas independientes", "Acciones afirmativas"]
    table = page.select_one("#conteo-solicitudes-servicio ~ .table-scroll > table")
    assert [int(r[1]) for r in rows_of(table)] == [19, 5, 1, 1]
    assert rows_of(table, "tfoot") == [
        ["Suma del desglose", "26"],
        ["Total declarado", "26"],
    ]
    facts = plain(page.select_one("#redes").parent)
    assert (
        "«Me gusta» 21,316 (sin informe anterior para comparar; el texto dice +201)" in facts
    )
    assert (
        "Seguidores 4,454 (sin informe anterior para comparar; el texto dice +70)" in facts
    )
    posts = [rows_of(t) for t in page.select("#redes ~ .table-scroll > table")]
    assert [[int(r[1]) for r in p] for p in posts] == [[23, 39, 28], [19, 59]]
    events = page.select("ol.events > li")
    assert [e.time["datetime"] for e in events] == [
        "2021-01-16",
        "2021-01-22",
        "2021-01-31",
    ]
    links = [a["href"] for a in events[0].select("a")]
    assert any("boletines/2021/premiacion-concurso-cortometraje/" in h for h in links)
    assert any("galerias/2021/premiacion-cortometraje/" in h for h in links)
    assert events[2].select("a") == []
    empty = page.select_one("dl.empty-sections")
    assert [dt.get_text() for dt in empty.select("dt")] == [
        "Inserciones",
        "Comisión de trabajo",
    ]
    assert (
        empty.select("dd")[0].get_text()
        == "En el mes de enero no se realizaron publicaciones."
    )
    assert page.select_one(".notice-warning") is None  # January adds up


def test_changes_are_computed_from_the_previous_report(site):
    february = plain(site.html(FEBRUARY).select_one("#redes").parent)
    assert (
        "«Me gusta» 21,498 (+182 respecto a enero de 2021; el texto dice +182)" in february
    )
    assert "Seguidores 4,531 (+77 respecto a enero de 2021; el texto dice +77)" in february
    assert site.html(FEBRUARY).select_one(".notice-warning") is None


def test_disagreements_are_shown_on_the_page(site):
    page = site.html(MARCH)
    notice = [li.get_text(" ", strip=True) for li in page.select(".notice-warning li")]
    assert notice == [
        "Solicitudes de servicio: el total declarado es 31, pero el desglose suma 30 "
        "(diferencia: +1).",
        "Twitter: el texto dice +80 seguidores respecto a febrero de 2021, pero las cifras "
        "dan +75.",
    ]
    table = page.select_one("#conteo-solicitudes-servicio ~ .table-scroll > table")
    assert rows_of(table, "tfoot")[1] == ["Total declarado", "31 (no coincide)"]
    listing = site.html("transparencia/informes/2021/")
    flagged = [
        li.h2.get_text(strip=True)
        for li in listing.select(".plan-list li")
        if li.select_one(".flag")
    ]
    assert flagged == ["Informe de actividades de marzo de 2021"]


def test_report_data_files(site):
    text = site.file("datos/informes/2021-01/cifras.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["seccion", "concepto", "detalle", "valor", "total_declarado"]
    assert rows[1:6] == [
        ["conteo", "Solicitudes de servicio", "Grabaciones de sesiones", "19", ""],
        [
            "conteo",
            "Solicitudes de servicio",
            "Grabaciones de reuniones de trabajo",
            "5",
            "",
        ],
        ["conteo", "Solicitudes de servicio", "Grabaciones de entrevistas", "1", ""],
        ["conteo", "Solicitudes de servicio", "Grabación y moderación de eventos", "1", ""],
        ["conteo", "Solicitudes de servicio", "Total (suma del desglose)", "26", "26"],
    ]
    assert ["red social", "Facebook", "«Me gusta»", "21316", ""] in rows
    march = json.loads(site.text("datos/informes/2021-03/cifras.json"))
    (count,) = march["conteos"]
    assert (count["total_declarado"], count["suma_del_desglose"], count["cuadra"]) == (
        31,
        30,
        False,
    )
    twitter = next(n for n in march["redes_sociales"] if n["red"] == "twitter")
    assert twitter["cambio_calculado"] == {"seguidores": 75}
    assert twitter["cambio_declarado"] == {"seguidores": 80}
    assert twitter["comparado_con"] == "2021-02"


def test_indicators_page_and_series(site):
    page = site.html("transparencia/indicadores/")
    section = page.select_one("section.indicator:has(#conteo-solicitudes-servicio)")
    assert rows_of(section.table) == [
        ["enero de 2021", "26", "—"],
        ["febrero de 2021", "24", "-2"],
        ["marzo de 2021", "30", "+6"],
    ]
    assert (
        "el informe declara 31; la serie usa la suma del desglose, 30" in section.get_text()
    )
    chart = section.select_one("svg.bar-chart")
    assert chart["role"] == "img" and chart.title
    assert [t.get_text() for t in chart.select("text.chart-value")] == ["26", "24", "30"]
    heights = [float(r["height"]) for r in chart.select("rect.chart-bar")]
    assert heights[2] == max(heights) == 90.0
    likes = page.select_one("section.indicator:has(#facebook-me-gusta)")
    assert [r[1] for r in rows_of(likes.table)] == ["21,316", "21,498", "21,742"]
    text = site.file("datos/informes/indicadores.csv").read_bytes().decode("utf-8-sig")
    series = list(csv.reader(io.StringIO(text)))
    assert series[0] == ["indicador", "grupo", "2021-01", "2021-02", "2021-03"]
    assert ["Twitter: seguidores", "Twitter", "4454", "4531", "4606"] in series


def test_sample_execution_matrix(site):
    page = site.html("transparencia/planes/plan-operativo-anual-2021/cumplimiento/")
    (table,) = page.select("table.execution-table")
    states = {
        r.th.get_text(strip=True): [td["class"][0] for td in r.select("td")[:12]]
        for r in table.select("tbody tr")
    }
    diapositivas = states[
        "Generar diapositivas informativas para diferentes reuniones, etc."
    ]
    assert diapositivas[:4] == [
        "state-missed",
        "state-missed",
        "state-done",
        "state-pending",
    ]
    assert diapositivas[10:] == ["state-none", "state-none"]  # not planned, no report
    assert states["Generar boletines informativos"][:3] == ["state-done"] * 3


def test_reports_feed_and_site_feed(site):
    feed = feedparser.parse(site.file("feeds/informes.rss.xml").read_bytes())
    assert not feed.bozo
    assert [e.link for e in feed.entries] == [
        f"{PORTAL_URL}/{MARCH}", f"{PORTAL_URL}/{FEBRUARY}", f"{PORTAL_URL}/{JANUARY}"
    ]  # fmt: skip
    assert "26" in feed.entries[2].content[0].value
    everything = feedparser.parse(site.file("feeds/todo.atom.xml").read_bytes())
    assert not everything.bozo
    links = [e.link for e in everything.entries]
    assert f"{PORTAL_URL}/{JANUARY}" in links
    assert any("/galerias/" in link for link in links)
    assert any("/boletines/" in link for link in links)
    dates = [e.published_parsed for e in everything.entries]
    assert dates == sorted(dates, reverse=True)


def test_feeds_page_lists_every_feed(site):
    links = {a["href"] for a in site.html("feeds/").select("main a")}
    for name in ("todo", "galerias", "informes"):
        for kind in ("rss", "atom"):
            assert f"{PORTAL_URL}/feeds/{name}.{kind}.xml" in links
            assert site.file(f"feeds/{name}.{kind}.xml").is_file()
