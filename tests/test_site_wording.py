"""What a visitor reads sounds like the office: «del H. Ayuntamiento», no
«datos de ejemplo» notes, and the sample report's discrepancies shown only
through the site's own note. The press contact's line goes with its setting."""

from __future__ import annotations

import re

import pytest

from conftest import Site, run_build

pytestmark = pytest.mark.site

TEXT_FILES = {".html", ".xml", ".ics", ".json", ".csv", ".txt", ".xsl"}
NOT_SAID = re.compile(r"de H\. Ayuntamiento|de ejemplo|a propósito|clic derecho", re.I)


def _texts(site: Site):
    for path in sorted(site.path.rglob("*")):
        if path.suffix in TEXT_FILES and "pagefind" not in path.parts:  # its index: binary
            yield path.relative_to(site.path).as_posix(), path.read_text(encoding="utf-8")


def test_nothing_public_says_sample_or_de_el(site):
    found = [
        (name, match[0]) for name, text in _texts(site) for match in NOT_SAID.finditer(text)
    ]
    assert found == []
    checked = {name for name, _ in _texts(site)}
    assert {"feeds/todo.rss.xml", "agenda/agenda.ics", "feeds/index.html"} <= checked


@pytest.mark.parametrize(
    ("relative", "said"),
    [
        ("feeds/boletines.rss.xml", "Boletines informativos del H. Ayuntamiento de San Isidro del Monte"),
        ("feeds/galerias.atom.xml", "Fotografías de los eventos del H. Ayuntamiento de San Isidro del Monte"),
        ("feeds/todo.rss.xml", "Boletines, galerías, videos, audios, informes y aclaraciones del H. Ayuntamiento de San Isidro del Monte"),
        ("agenda/agenda.ics", "Eventos públicos del H. Ayuntamiento de San Isidro del Monte"),
    ],
)  # fmt: skip
def test_the_organisation_takes_its_article(site, relative, said):
    assert said in site.text(relative)


def test_agenda_description_takes_the_article(site):
    description = site.html("agenda/").find("meta", attrs={"name": "description"})
    assert "eventos del H. Ayuntamiento de San Isidro del Monte." in description["content"]


def test_the_march_report_shows_its_discrepancies_as_the_site_notes_them(site):
    page = site.html("transparencia/informes/2021/marzo/")
    note = page.select_one(".notice-warning").get_text(" ", strip=True)
    assert "el total declarado es 31, pero el desglose suma 30" in note
    assert "+80" in note and "+75" in note
    assert "ejemplo" not in page.get_text().lower()


BULLETIN = """---
title: "Corte de agua programado en la colonia Centro"
date: 2021-03-12 10:00
area: obras-publicas
summary: "El suministro se suspende de 9 a 14 horas por trabajos en la red."
---
San Isidro del Monte, Jal.— Texto.
"""


def test_without_a_press_contact_the_line_is_hidden(tmp_path):
    content = tmp_path / "content"
    folder = content / "boletines" / "2021"
    folder.mkdir(parents=True)
    (folder / "2021-03-12-corte-de-agua.md").write_text(BULLETIN, encoding="utf-8")
    result = run_build(tmp_path / "output", content=content, sets={"PRESS_CONTACT": "None"})
    assert result.returncode == 0, result.stdout + result.stderr
    site = Site(tmp_path / "output")
    for page in (site.html("boletines/2021/corte-de-agua/"), site.html("")):
        block = page.find(id="para-medios").parent
        assert page.select(".press-contact") == []
        assert not block.select('a[href^="tel:"], a[href^="mailto:"]')
