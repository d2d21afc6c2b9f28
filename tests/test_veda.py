"""Electoral blackout (veda): propaganda held back by `make publish` during one,
with the dates on both sides, what the law allows kept, and the home page saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from bulletins.veda import Veda, active_veda, read_vedas
from conftest import ROOT, Site, run_build
from portal_settings import load

BULLETIN = """---
title: "{title}"
date: 2021-03-{day} 10:00
area: {area}
summary: "Resumen."
{extra}---
Texto.
"""

CASES = {
    "obra": ("Inauguran la calle Hidalgo", "10", "obras-publicas", "propaganda: true\n"),
    "vacunas": ("Campaña de vacunación", "11", "salud", "propaganda: true\n"),
    "aviso": ("Corte de agua programado", "12", "obras-publicas", ""),
}


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    root = tmp_path_factory.mktemp("veda") / "content"
    folder = root / "boletines" / "2021"
    folder.mkdir(parents=True)
    for slug, (title, day, area, extra) in CASES.items():
        text = BULLETIN.format(title=title, day=day, area=area, extra=extra)
        (folder / f"2021-03-{day}-{slug}.md").write_text(text, encoding="utf-8")
    return root


def build(tmp_path, content, now, settings="publishconf.py") -> Site:
    result = run_build(
        tmp_path / "output",
        content=content,
        settings=settings,
        cache=tmp_path / "cache",
        sets={"EMBARGO_NOW": now},
    )
    assert result.returncode == 0, result.stderr
    return Site(tmp_path / "output")


def published(site) -> set[str]:
    return {s for s in CASES if site.file(f"boletines/2021/{s}/index.html").exists()}


@pytest.mark.parametrize(
    "now, expected",
    [
        ("2021-04-03T23:59", {"obra", "vacunas", "aviso"}),  # the day before
        ("2021-04-04T00:00", {"vacunas", "aviso"}),  # first day
        ("2021-06-06T23:59", {"vacunas", "aviso"}),  # last day
        ("2021-06-07T00:00", {"obra", "vacunas", "aviso"}),  # the day after
    ],
)
@pytest.mark.site
def test_propaganda_is_held_only_during_the_veda(tmp_path, content, now, expected):
    site = build(tmp_path, content, now)
    assert published(site) == expected
    home = site.html("")
    notice = home.select_one(".notice-veda")
    if "obra" in expected:
        assert notice is None
    else:
        text = " ".join(notice.get_text().split())
        assert "Veda electoral: 4 de abril de 2021 al 6 de junio de 2021" in text
        assert "salud, educación y protección civil" in text
        listed = [a.get_text(strip=True) for a in home.select("a")]
        assert "Inauguran la calle Hidalgo" not in listed
        assert "Inauguran la calle Hidalgo" not in site.text("feeds/boletines.rss.xml")


@pytest.mark.site
def test_preview_during_the_veda_shows_it_with_a_notice(tmp_path, content):
    site = build(tmp_path, content, "2021-05-01T10:00", settings="pelicanconf.py")
    assert published(site) == set(CASES)
    notice = site.html("boletines/2021/obra/").select_one(".notice-veda")
    assert (
        "no se publicará hasta que termine la veda (6 de junio de 2021)"
        in notice.get_text()
    )
    assert site.html("boletines/2021/vacunas/").select_one(".notice-veda") is None


@pytest.mark.site
def test_sample_site_during_the_veda_links_nothing_held(tmp_path):
    """The tianguis gallery names a propaganda bulletin: no link while it is held."""
    result = run_build(
        tmp_path / "output", settings="publishconf.py", cache=tmp_path / "cache",
        sets={"EMBARGO_NOW": "2021-05-01T10:00"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    site = Site(tmp_path / "output")
    assert not site.file("boletines/2021/tianguis-cultural-plaza-armas/index.html").exists()
    gallery = site.text("galerias/2021/tianguis-cultural/index.html")
    assert "tianguis-cultural-plaza-armas" not in gallery
    report = site.text("transparencia/informes/2021/marzo/index.html")
    assert "tianguis-cultural-plaza-armas" not in report


@pytest.mark.unit
def test_the_periods_are_the_checked_settings_as_they_are():
    """portal_settings has converted and checked VEDAS: no second reading."""
    settings = load(str(ROOT / "pelicanconf.py"))
    assert read_vedas(settings) == [
        Veda(
            dt.date(2021, 4, 4),
            dt.date(2021, 6, 6),
            "Proceso electoral local 2020-2021 (campañas y jornada electoral)",
        )
    ]
    assert active_veda(read_vedas(settings), dt.datetime(2021, 6, 6, 23, 59)).end == (
        dt.date(2021, 6, 6)
    )
