"""The press room (/sala-de-prensa/, issue 16 part 3), built from the real
sample with the clock at 2021-04-01 10:00: it lists the newest public
bulletins (never an embargoed or draft one, even in a preview build), the
galleries' press ZIPs, the recordings' files and the upcoming events; every
link on it resolves, every size it shows is the file's real size; a new
bulletin shows up after an incremental build that ``--verify`` checks; the
team and hours come from settings; a wrong brand file stops the build with
its Spanish message, a missing interviews page is a warning. Chromium and
axe are in test_accessibility.py and test_phone_width.py."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, run_build, sample_bulletins
from presentation.numbers import file_size

pytestmark = pytest.mark.site

NOW = "2021-04-01T10:00"
PAGE = "sala-de-prensa/index.html"
GUIDE = (ROOT / "docs" / "guia-de-contenido.md").read_text(encoding="utf-8")
VERIFIED = re.compile(r"sin cambios \((\d+) comprobadas byte a byte\)")


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> Path:
    """The module's photo cache, seeded by hard links from the repository's
    (keyed by content: never stale); empty on a fresh clone."""
    cache = tmp_path_factory.mktemp("fotos-prensa") / "cache"
    seed = ROOT / "cache" / "imagenes"
    if seed.is_dir():
        shutil.copytree(seed, cache, copy_function=os.link)
    return cache


class Sample:
    """A copy of the sample content, built with the clock fixed."""

    def __init__(self, base: Path, photos: Path):
        self.base, self.photos = base, photos
        self.content, self.output = base / "content", base / "output"
        shutil.copytree(ROOT / "content", self.content)

    def build(self, sets=None, extra=(), settings="pelicanconf.py"):
        return run_build(
            self.output,
            content=self.content,
            settings=settings,
            cache=self.photos,
            sets={"EMBARGO_NOW": NOW, **(sets or {})},
            quiet=False,
            extra=extra,
        )

    def built(self, **kwargs):
        result = self.build(**kwargs)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def room(self) -> BeautifulSoup:
        return BeautifulSoup((self.output / PAGE).read_text(encoding="utf-8"), "lxml")

    def add_bulletin(self, name: str, date: str, title: str, extra: str = "") -> None:
        source = next(self.content.glob("boletines/*/*filtros-sanitarios-mercado-municipal.md"))
        text = source.read_text(encoding="utf-8")
        text = re.sub(r'(?m)^title: .*$', f'title: "{title}"', text)
        text = re.sub(r"(?m)^date: .*$", f"date: {date}{extra}", text)
        text = re.sub(r"(?m)^number: .*\n", "", text)
        (source.parent / f"{date[:10]}-{name}.md").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def sample(tmp_path_factory, photos) -> Sample:
    site = Sample(tmp_path_factory.mktemp("sala") / "site", photos)
    site.built()
    return site


def section(soup, heading_id: str):
    heading = soup.find(id=heading_id)
    assert heading is not None, f"la sala de prensa no tiene #{heading_id}"
    return heading.find_parent("section")


def bulletin_titles(soup) -> list[str]:
    return [
        h.get_text(" ", strip=True)
        for h in section(soup, "boletines-prensa").select("h3.press-item-title")
    ]


def public_titles_before(now: str) -> list[str]:
    """The sample's bulletins a journalist may see at ``now``, newest first."""
    found = [
        (str(b.meta["date"]), b.meta["title"])
        for b in sample_bulletins()
        if b.published and str(b.meta["date"]).replace(" ", "T") <= now
    ]
    return [title for _date, title in sorted(found, reverse=True)]


def test_the_latest_public_bulletins_and_never_an_embargoed_one(sample):
    soup = sample.room()
    expected = public_titles_before(NOW)[:5]
    assert bulletin_titles(soup) == expected
    # the preview build publishes the embargoed bulletin (with its notice) …
    embargoed = "boletines/2021/suspension-propaganda-gubernamental/index.html"
    assert (sample.output / embargoed).is_file()
    # … and the press room does not list it, nor the draft
    text = section(soup, "boletines-prensa").get_text(" ", strip=True)
    assert "propaganda gubernamental" not in text.lower()
    assert "Informe del primer semestre" not in text


def test_galleries_recordings_and_upcoming_events(sample):
    soup = sample.room()
    zips = section(soup, "galerias-prensa").select("a[href$='.zip']")
    assert len(zips) == 5
    recordings = section(soup, "video-audio-prensa")
    assert recordings.select("a[href$='.mp4']") and recordings.select("a[href$='.mp3']")
    assert recordings.select("a[href$='.wav']"), "falta el WAV para radio"
    events = [
        h.get_text(strip=True) for h in section(soup, "agenda-prensa").select(".agenda-title")
    ]
    assert events and len(events) <= 5  # at 2021-04-01 the June events are ahead
    agenda = section(soup, "agenda-prensa")
    assert agenda.select_one("a[href^='webcal://']")["href"].endswith("/agenda/agenda.ics")
    assert agenda.select("a[href$='.ics']")  # each event: «Agregar a mi calendario»
    feeds = section(soup, "fuentes-prensa")
    assert len(feeds.select("table")) == 4  # the same tables as /feeds/
    feeds_page = BeautifulSoup(
        (sample.output / "feeds/index.html").read_text(encoding="utf-8"), "lxml"
    )
    assert {a["href"] for a in feeds.select("table a")} == {
        a["href"] for a in feeds_page.select("main table a")
    }


def test_upcoming_advisories_in_full_and_past_ones_as_links(sample):
    """At 2021-04-01 the June press conference's advisory is ahead (issued 28 May:
    a preview shows it) and the 19 March one is past."""
    advisories = section(sample.room(), "avisos-prensa")
    upcoming = [h.get_text(strip=True) for h in advisories.select(".agenda-title")]
    assert upcoming == ["Rueda de prensa: operativo de la temporada de lluvias"]
    block = advisories.select_one("section.advisory")
    assert "Ing. Ramón Aguilar Zepeda" in block.get_text(" ", strip=True)
    past = [a.get_text(strip=True) for a in advisories.select("h3 + ul a")]
    assert past == ["Jornada de reforestación en el cerro de La Mesa"]
    feeds = {a["href"].rsplit("/", 1)[1] for a in advisories.select("p a[href*='avisos']")}
    assert feeds == {"avisos-a-medios.rss.xml", "avisos-a-medios.atom.xml"}


def _target(link: str) -> Path | None:
    """The output file a link of the page opens, or None if it leaves the site."""
    parts = urlsplit(urljoin("https://x.invalid/sala-de-prensa/", link))
    if parts.scheme not in ("https", "http") or parts.netloc not in (
        "x.invalid",
        "comunicacion.sanisidrodelmonte.gob.mx",
    ):
        return None
    path = unquote(parts.path).lstrip("/")
    return Path(path + "index.html" if path.endswith("/") or not path else path)


def test_every_link_resolves_and_every_size_is_the_real_one(sample):
    soup = sample.room()
    main = soup.find("main")
    checked = 0
    for link in main.find_all("a", href=True):
        href = link["href"]
        if href.startswith("#"):
            assert soup.find(id=href[1:]), f"ancla rota: {href}"
            continue
        target = _target(href)
        if target is None:
            assert href.startswith(("mailto:", "tel:", "webcal://")), href
            continue
        assert (sample.output / target).is_file(), f"no existe {target} ({href})"
        checked += 1
    sized = main.select("[data-size]")
    assert len(sized) > 20
    for span in sized:
        link = span.find_parent("a")
        real = (sample.output / _target(link["href"])).stat().st_size
        assert int(span["data-size"]) == real, link["href"]
        assert file_size(real) in span.get_text(), span.get_text()
    assert checked > 40
    brand = section(soup, "marca-prensa").select("a[download]")
    assert {urlsplit(a["href"]).path.rsplit("/", 1)[1] for a in brand} >= {
        "simbolo.svg",
        "simbolo-512.png",
        "logotipo-horizontal.png",
    }
    for link in brand:  # small files, and real images
        data = (sample.output / _target(link["href"])).read_bytes()
        assert len(data) < 40_000
        assert data.startswith((b"\x89PNG", b"<svg"))


def test_team_hours_and_the_interviews_page(sample):
    soup = sample.room()
    contact = section(soup, "contacto-prensa")
    names = [p.get_text(strip=True) for p in contact.select(".press-person-name")]
    assert names[0] == "Lic. Mariana Orozco Villaseñor"  # PRESS_CONTACT first
    assert len(names) == 3
    assert contact.select_one("a[href='tel:+523825380013']")
    assert "lunes a viernes" in contact.select_one(".press-hours").get_text()
    requests = section(soup, "entrevistas-acreditacion")
    assert "Para acreditarse" in requests.get_text()
    assert requests.select_one("a[href$='/entrevistas-y-acreditacion/']")


def _links_to_the_room(soup, selector: str, page: str) -> bool:
    """Whether a link under ``selector`` of ``page`` opens /sala-de-prensa/."""
    return any(
        urlsplit(urljoin(f"https://x.invalid/{page}", a["href"])).path == "/sala-de-prensa/"
        for a in soup.select(f"{selector} a[href]" if selector else "a[href]")
    )


def test_linked_from_the_header_every_bulletin_and_the_home_page(sample):
    home = BeautifulSoup((sample.output / "index.html").read_text(encoding="utf-8"), "lxml")
    assert _links_to_the_room(home, "nav.site-nav", "")
    assert _links_to_the_room(section(home, "para-medios"), "", "")
    bulletins = list((sample.output / "boletines/2021").glob("*/index.html"))
    assert len(bulletins) > 20
    for page in bulletins:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        relative = str(page.relative_to(sample.output).parent) + "/"
        assert _links_to_the_room(section(soup, "para-medios"), "", relative), page
    room = sample.room()
    current = room.select("nav.site-nav a[aria-current='page']")
    assert [a.get_text(strip=True) for a in current] == ["Sala de prensa"]


def test_a_new_bulletin_shows_up_and_a_held_one_never(tmp_path, photos):
    site = Sample(tmp_path / "site", photos)
    site.built()
    site.add_bulletin("boletin-nuevo-prensa", "2021-03-31 18:00", "Nuevo para la prensa")
    site.add_bulletin("boletin-embargado", "2021-04-02 09:00", "Embargado para la prensa")
    site.add_bulletin(
        "boletin-borrador", "2021-03-31 19:00", "Borrador para la prensa", "\nstatus: draft"
    )
    verified = site.built(extra=("--verify",))  # kept pages rendered and compared
    assert VERIFIED.search(verified.stdout), verified.stdout
    titles = bulletin_titles(site.room())
    assert titles[0] == "Nuevo para la prensa"
    assert "Embargado para la prensa" not in titles
    assert "Borrador para la prensa" not in titles
    assert (site.output / "boletines/2021/boletin-embargado/index.html").is_file()
    # the public build agrees
    site.built(settings="publishconf.py")
    titles = bulletin_titles(site.room())
    assert titles[0] == "Nuevo para la prensa" and "Embargado para la prensa" not in titles


def test_a_brand_file_that_is_not_in_the_theme_stops_the_build(tmp_path, photos):
    site = Sample(tmp_path / "site", photos)
    site.output.mkdir()
    (site.output / "index.html").write_text("anterior", encoding="utf-8")
    result = site.build(sets={"PRESS_BRAND_ASSETS": '[["Logo", "img/marca/logo.eps"]]'})
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    message = (
        "pelicanconf.py: PRESS_BRAND_ASSETS: el archivo «img/marca/logo.eps» no está en "
        "la carpeta static del tema; se espera una ruta dentro de theme/static "
        "(p. ej. img/marca/simbolo.svg)"
    )
    assert message in result.stderr.splitlines()
    assert message.replace("img/marca/logo.eps", "…", 1) in GUIDE
    assert [p.name for p in site.output.iterdir()] == ["index.html"]


def test_staff_settings_and_a_missing_interviews_page(tmp_path, photos):
    """One build as staff would change it: another team and hours in the
    settings, the interviews page deleted (a warning; the room still helps)."""
    site = Sample(tmp_path / "site", photos)
    (site.content / "paginas" / "entrevistas-y-acreditacion.md").unlink()
    team = '[{"name": "Mtra. Laura Gil", "role": "Enlace con radio"}]'
    result = site.built(sets={"PRESS_TEAM": team, "PRESS_HOURS": "de 8:00 a 15:00 h"})
    contact = section(site.room(), "contacto-prensa")
    names = [p.get_text(strip=True) for p in contact.select(".press-person-name")]
    assert names == ["Lic. Mariana Orozco Villaseñor", "Mtra. Laura Gil"]
    assert "de 8:00 a 15:00 h" in contact.get_text()
    warning = next(
        line for line in result.stderr.splitlines() if "PRESS_ROOM_REQUESTS_PAGE" in line
    )
    assert warning == (
        "aviso: pelicanconf.py: PRESS_ROOM_REQUESTS_PAGE: no hay una página publicada "
        "con el nombre «entrevistas-y-acreditacion» en content/paginas/, y la sala de "
        "prensa remite al contacto de prensa para entrevistas y acreditación; se espera "
        "el nombre de archivo (sin .md) de una de estas: accesibilidad, aviso-de-privacidad"
    )
    guide = warning.replace("«entrevistas-y-acreditacion»", "«…»").rsplit(": ", 1)[0]
    assert guide + ": …" in GUIDE
    requests = section(site.room(), "entrevistas-acreditacion")
    assert "escriba o llame al contacto para medios" in requests.get_text()
