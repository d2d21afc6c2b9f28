"""The history field on every kind Pelican reads and on reports: a real build
of a small site shows what staff wrote and dates each page by its content
(«Actualizado», dateModified, the sitemap's lastmod, the data's «actualizado»)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from conftest import PORTAL_URL, Site, run_build

pytestmark = pytest.mark.site

BULLETIN = """---
title: "Feria del empleo reúne más de 300 vacantes"
date: 2021-03-01 10:30
area: desarrollo-social
summary: "Empresas de la región ofrecerán vacantes el 10 de marzo en la Plaza de Armas."
modified: 2021-03-02 09:00
corrections:
  - date: 2021-03-03 12:00
    text: "La feria es el 10 de marzo, no el 11."
history:
  - date: 2021-03-01 18:00
    text: "Se agregó la lista de empresas participantes."
  - date: 2021-03-05 13:45
    text: "Se agregó el horario de atención del módulo de registro."
---
San Isidro del Monte, Jal., 1 de marzo de 2021.— El texto del boletín.
"""

PAGE = """---
title: "Contacto"
history:
  - date: 2021-04-30
    text: "Se publicó la página con el correo de la oficina."
  - date: 2021-05-03 12:00
    text: "Se agregó el teléfono de la oficina."
---
Escríbanos a comunicacion@example.invalid.
"""

REPORT = """---
month: 2021-03
summary: "Informe de actividades de marzo de 2021."
history:
  - date: 2021-04-12
    text: "Se agregó la rueda de prensa del 30 de marzo, que faltaba."
---
Texto del informe.
"""


EVENT = """---
title: "Rueda de prensa sobre la Feria del Empleo"
start: 2021-06-01 10:00
kind: rueda-de-prensa
place: "Sala de prensa, Palacio Municipal"
area: desarrollo-social
summary: "Se presentarán las empresas participantes."
history:
  - date: 2021-05-28
    text: "Se cambió la sede a la sala de prensa del Palacio Municipal."
---
"""


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Site:
    root = tmp_path_factory.mktemp("history")
    content = root / "content"
    for relative, text in {
        "boletines/2021/2021-03-01-feria-del-empleo.md": BULLETIN,
        "paginas/contacto.md": PAGE,
        "informes/2021/2021-03.md": REPORT,
        "agenda/2021-06-01-rueda-de-prensa.md": EVENT,
    }.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run_build(root / "output", content=content, cache=root / "cache")
    assert result.returncode == 0, result.stderr
    return Site(root / "output")


def history_items(soup) -> list[str]:
    section = soup.select_one("#historial").parent
    return [li.get_text(" ", strip=True) for li in section.select("ol.history li")]


def lastmod(site: Site) -> dict[str, str | None]:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ET.fromstring(site.file("sitemap.xml").read_bytes())
    return {
        url.find("s:loc", ns).text: getattr(url.find("s:lastmod", ns), "text", None)
        for url in tree.findall("s:url", ns)
    }


def test_bulletin_history_beside_its_errata_and_its_dates(small_site):
    soup = small_site.html("boletines/2021/feria-del-empleo/")
    assert history_items(soup) == [
        "1 de marzo de 2021 : Se agregó la lista de empresas participantes.",
        "5 de marzo de 2021 : Se agregó el horario de atención del módulo de registro.",
    ]
    errata = soup.select_one("section.errata").get_text(" ", strip=True)
    assert "La feria es el 10 de marzo" in errata
    assert "La feria es el 10 de marzo" not in soup.select_one("#historial").parent.text
    # The latest of modified (2 March), the correction (3) and the history (5).
    assert soup.select_one(".updated time")["datetime"].startswith("2021-03-05T13:45")
    ld = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert ld["dateModified"].startswith("2021-03-05T13:45")
    meta = soup.select_one('meta[property="article:modified_time"]')["content"]
    assert meta.startswith("2021-03-05T13:45")
    url = f"{PORTAL_URL}/boletines/2021/feria-del-empleo/"
    assert lastmod(small_site)[url].startswith("2021-03-05T13:45")


def test_page_history_and_its_last_update(small_site):
    soup = small_site.html("contacto/")
    assert history_items(soup) == [
        "30 de abril de 2021 : Se publicó la página con el correo de la oficina.",
        "3 de mayo de 2021 : Se agregó el teléfono de la oficina.",
    ]
    updated = soup.select_one(".updated")
    assert updated.get_text(" ", strip=True) == "Última actualización: 3 de mayo de 2021"
    assert lastmod(small_site)[f"{PORTAL_URL}/contacto/"].startswith("2021-05-03T12:00")
    assert soup.select_one("details.git-trail") is None  # pages have no git trail


def test_report_history_dates_its_data(small_site):
    soup = small_site.html("transparencia/informes/2021/marzo/")
    assert history_items(soup) == [
        "12 de abril de 2021 : Se agregó la rueda de prensa del 30 de marzo, que faltaba."
    ]
    catalogue = json.loads(small_site.text("datos/catalogo.json"))
    updated = {d["id"]: d["actualizado"] for d in catalogue["conjuntos"]}
    assert updated["informe-2021-03"] == "2021-04-12"  # not the month's close, 31 March
    assert updated["indicadores-mensuales"] == "2021-04-12"
    page = f"{PORTAL_URL}/transparencia/informes/2021/marzo/"
    assert lastmod(small_site)[page] == "2021-04-12"


def test_an_event_tells_its_changes_where_it_is_listed(small_site):
    """Changed before it happens (no own-date bound), said in the agenda."""
    event = small_site.html("agenda/").select_one("#evento-2021-06-01-rueda-de-prensa")
    changes = [li.get_text(" ", strip=True) for li in event.select(".agenda-changes li")]
    assert len(changes) == 1
    assert changes[0].startswith("Cambio del 28 de mayo de 2021")
    assert changes[0].endswith(": Se cambió la sede a la sala de prensa del Palacio Municipal.")


def test_without_history_no_section(small_site, tmp_path):
    """A page with no history shows no empty heading."""
    content = tmp_path / "content" / "paginas"
    content.mkdir(parents=True)
    (content / "aviso.md").write_text(
        '---\ntitle: "Aviso"\n---\nTexto.\n', encoding="utf-8"
    )
    result = run_build(tmp_path / "output", content=tmp_path / "content")
    assert result.returncode == 0, result.stderr
    soup = Site(tmp_path / "output").html("aviso/")
    assert soup.select_one("#historial") is None
    assert soup.select_one(".updated") is None
