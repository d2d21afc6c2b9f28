"""E-mail editions read as a mail client reads them: each .eml parsed with
Python's email package (policy default), its parts decoded, its HTML checked
for what mail clients need (inline styles, absolute images that exist, alt
text, 600 px), the weekly digest holding exactly its week, held bulletins
without an edition, and the staff page kept out of the public site."""

from __future__ import annotations

import datetime as dt
import email
import re
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from conftest import ARTIFACTS, PORTAL_URL, ROOT, run_build, sample_bulletins

pytestmark = pytest.mark.site

ZONE = ZoneInfo("America/Mexico_City")
FOLDER = "correo/"


def read_eml(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def parts_of(message) -> tuple[str, str]:
    """(text, html) decoded, after checking the MIME shape."""
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    return parts[0].get_content(), parts[1].get_content()


def unix(text: str) -> str:
    return text.replace("\r\n", "\n")


def published_bulletins():
    return [b for b in sample_bulletins() if b.published]


def bulletin_date(bulletin) -> dt.datetime:
    return dt.datetime.fromisoformat(str(bulletin.meta["date"])).replace(tzinfo=ZONE)


def check_mail_html(site, html: str) -> BeautifulSoup:
    """What every edition's HTML must be for a mail client."""
    soup = BeautifulSoup(html, "lxml")
    assert not soup.find("script")
    assert not soup.find("style")
    assert not soup.find("link", rel="stylesheet")
    assert soup.find("meta", attrs={"name": "robots", "content": "noindex, nofollow"})
    column = soup.select_one("main > table")
    assert "max-width:600px" in column["style"].replace(" ", "")
    for image in soup.find_all("img"):
        assert image.get("alt", "").strip(), image
        assert image["src"].startswith(PORTAL_URL + "/"), image["src"]
        assert site.file(image["src"].removeprefix(PORTAL_URL + "/")).is_file(), image[
            "src"
        ]
        assert int(image["width"]) <= 600
    for link in soup.find_all("a", href=True):
        href = link["href"]
        assert href.startswith(("https://", "mailto:", "tel:")), href
        if href.startswith(PORTAL_URL + "/"):
            path = href.removeprefix(PORTAL_URL + "/").split("#")[0]
            assert site.file(
                path + ("index.html" if path.endswith("/") or not path else "")
            ).is_file(), href
    for element in soup.select("main *"):
        assert not element.get("class"), element.name  # nothing for a stylesheet to hold
    return soup


def test_every_published_bulletin_has_an_edition_a_mail_client_reads(site):
    bulletins = published_bulletins()
    assert len(bulletins) > 20
    for bulletin in bulletins:
        base = site.file(f"{FOLDER}boletines/{bulletin.year}/{bulletin.slug}")
        message = read_eml(base.with_suffix(".eml"))
        text, html = parts_of(message)
        page = site.html(bulletin.url)
        number = page.select_one("dl.facts dd").get_text(strip=True)
        assert message["Subject"] == f"Boletín {number}: {bulletin.meta['title']}"
        assert message["From"] == (
            "Coordinación de Comunicación Social <comunicacion@sanisidrodelmonte.gob.mx>"
        )
        assert message["Reply-To"] == "prensa@sanisidrodelmonte.gob.mx"
        assert message["To"] is None and message["Bcc"] is None
        assert parsedate_to_datetime(message["Date"]) == bulletin_date(bulletin)
        assert message["X-Unsent"] == "1"
        soup = check_mail_html(site, html)
        words = soup.get_text(" ")
        assert f"Boletín {number}" in words
        area = page.select("dl.facts dd")[2].get_text(strip=True)
        assert area in words
        assert soup.find("a", href=f"{PORTAL_URL}/{bulletin.url}")
        assert "prensa@sanisidrodelmonte.gob.mx" in words
        if "image" in bulletin.meta:
            image = soup.select_one("main img")
            assert image["alt"] == bulletin.meta["image"]["alt"]
            assert f"Foto: {bulletin.meta['image']['credit']}" in words
        assert not re.search(r"<(p|a|div|table|img|td)\b", text)
        assert f"{PORTAL_URL}/{bulletin.url}" in text
        assert bulletin.meta["title"].upper()[:40] in " ".join(text.split())
        long_lines = [  # table rows («a | b | c») and addresses are not wrapped
            line
            for line in text.splitlines()
            if len(line) > 72 and "://" not in line and " | " not in line
        ]
        assert long_lines == []
        # the files beside the .eml are its parts, for pasting elsewhere
        # (a mail client reads the parts with CRLF line ends, files have LF)
        assert base.with_suffix(".html").read_text(encoding="utf-8") == unix(html)
        assert base.with_suffix(".txt").read_text(encoding="utf-8") == unix(text)


def test_the_spanish_date_and_the_body_reach_both_parts(site):
    bulletin = next(
        b for b in published_bulletins() if b.slug == "operativo-temporada-lluvias"
    )
    text, html = parts_of(
        read_eml(site.file(f"{FOLDER}boletines/2021/{bulletin.slug}.eml"))
    )
    assert "1 de junio de 2021" in text and "1 de junio de 2021".upper() in html.upper()
    for words in ("Unidad Deportiva Municipal | Cabecera municipal | 200 personas",
                  "Fe de erratas (2 de junio de 2021)"):  # fmt: skip
        assert words in text
    soup = BeautifulSoup(html, "lxml")
    assert soup.select_one("main table table td").get("style")  # the body's table, styled
    assert "Fe de erratas (2 de junio de 2021)" in soup.get_text(" ")


def iso_week(day: dt.datetime) -> tuple[int, int]:
    calendar = day.isocalendar()
    return calendar.year, calendar.week


def test_each_weekly_digest_holds_exactly_its_weeks_bulletins(site):
    expected: dict[tuple[int, int], set[str]] = {}
    for bulletin in published_bulletins():
        key = iso_week(bulletin_date(bulletin))
        expected.setdefault(key, set()).add(f"{PORTAL_URL}/{bulletin.url}")
    digests = sorted(site.file(f"{FOLDER}semanal").glob("*.eml"))
    assert len(digests) == len(expected)
    for path in digests:
        year, week = map(int, re.fullmatch(r"(\d{4})-semana-(\d{2})", path.stem).groups())
        text, html = parts_of(read_eml(path))
        soup = check_mail_html(site, html)
        linked = {a["href"] for a in soup.select("main h2 a")}
        assert linked == expected[(year, week)], path.name
        assert all(url in text for url in linked)
        monday = dt.date.fromisocalendar(year, week, 1)
        assert str(monday.day) in read_eml(path)["Subject"]


def test_the_staff_page_lists_every_edition_and_stays_out_of_the_public_site(site):
    page = site.html(FOLDER)
    assert page.find("meta", attrs={"name": "robots", "content": "noindex, nofollow"})
    assert not page.select("[data-pagefind-body]")
    files = {a["href"] for a in page.select(".mail-files a")}
    on_disk = {
        p.relative_to(site.path).as_posix()
        for p in site.file(FOLDER).rglob("*")
        if p.suffix in {".eml", ".html", ".txt"} and p.name != "index.html"
    }
    assert {f.removeprefix("../") for f in files} == on_disk
    assert "/correo/" not in site.text("sitemap.xml")
    assert "Disallow: /correo/" in site.text("robots.txt")
    for relative in site.pages():
        if relative.startswith(FOLDER):
            continue
        links = [a["href"] for a in site.html(relative).select("a[href]")]
        assert not [href for href in links if "correo/" in href], relative


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def bulletin_file(title: str, date: str, area: str = "salud", extra: str = "") -> str:
    return (
        f'---\ntitle: "{title}"\ndate: {date}\narea: {area}\n'
        f'summary: "Resumen de {title}."\n{extra}---\nTexto de {title}.\n'
    )


@pytest.fixture(scope="module")
def held_site(tmp_path_factory) -> Path:
    """A preview build at 2021-05-10 12:00, inside the veda: one bulletin
    embargoed, one held by the veda, two on either side of a Sunday midnight."""
    root = tmp_path_factory.mktemp("correo")
    folder = root / "content" / "boletines" / "2021"
    write(
        folder,
        "2021-05-03-lunes.md",
        bulletin_file("Lunes de vacunación", "2021-05-03 09:00"),
    )
    write(
        folder,
        "2021-05-09-domingo.md",
        bulletin_file("Domingo de lluvia", "2021-05-09 23:30"),
    )
    write(
        folder,
        "2021-05-10-nueva-semana.md",
        bulletin_file("Nueva semana", "2021-05-10 00:10"),
    )
    write(
        folder,
        "2021-05-20-embargado.md",
        bulletin_file("Boletín embargado", "2021-05-20 10:00"),
    )
    write(
        folder,
        "2021-05-04-obra-en-veda.md",
        bulletin_file(
            "Obra en veda", "2021-05-04 10:00", "obras-publicas", "propaganda: true\n"
        ),
    )
    output = root / "output"
    result = run_build(
        output, content=root / "content", sets={"EMBARGO_NOW": "2021-05-10 12:00"}
    )
    assert result.returncode == 0, result.stderr
    return output


def test_held_bulletins_get_no_edition_even_in_a_preview(held_site):
    assert (held_site / "boletines/2021/embargado/index.html").is_file()  # preview shows it
    assert (held_site / "boletines/2021/obra-en-veda/index.html").is_file()
    editions = sorted(
        p.name for p in (held_site / FOLDER / "boletines" / "2021").glob("*.eml")
    )
    assert editions == ["domingo.eml", "lunes.eml", "nueva-semana.eml"]
    everything = " ".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in (held_site / FOLDER).rglob("*")
        if p.is_file()
    )
    assert "Boletín embargado" not in everything
    assert "Obra en veda" not in everything


def test_a_sunday_night_bulletin_closes_its_week_and_monday_opens_the_next(held_site):
    digests = {p.stem: p for p in (held_site / FOLDER / "semanal").glob("*.eml")}
    assert sorted(digests) == ["2021-semana-18", "2021-semana-19"]
    titles = {}
    for name, path in digests.items():
        message = read_eml(path)
        _text, html = parts_of(message)
        titles[name] = [
            h.get_text(strip=True) for h in BeautifulSoup(html, "lxml").select("main h2")
        ]
        if name == "2021-semana-18":
            assert message["Subject"] == (
                "Resumen semanal de boletines: del 3 al 9 de mayo de 2021"
            )
            assert parsedate_to_datetime(message["Date"]) == dt.datetime(
                2021, 5, 9, 23, 30, tzinfo=ZONE
            )
    assert titles == {
        "2021-semana-18": ["Lunes de vacunación", "Domingo de lluvia"],
        "2021-semana-19": ["Nueva semana"],
    }


def answer_from(site, route) -> None:
    """The portal's absolute addresses, answered from the build on disk."""
    relative = route.request.url.removeprefix(PORTAL_URL + "/").split("#")[0]
    target = site.file(relative + ("index.html" if relative.endswith("/") else ""))
    if target.is_file():
        route.fulfill(path=str(target))
    else:
        route.fulfill(status=404, body="")


EDITIONS_SHOWN = [
    "correo/boletines/2021/operativo-temporada-lluvias.html",
    "correo/semanal/2021-semana-22.html",
    "correo/avisos/2021-06-01-rueda-de-prensa-temporada-de-lluvias.html",
]


@pytest.mark.parametrize("width", [600, 390])
@pytest.mark.parametrize("edition", EDITIONS_SHOWN)
def test_an_edition_renders_in_chromium_within_the_column(
    browser, site, served_site, edition, width
):
    """As a mail client's reading pane (600 px) and a phone (390 px) show it:
    no sideways scroll, its photo loaded from the portal's address."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    # The portal's absolute addresses are answered by the served build.
    context.route(PORTAL_URL + "/**", lambda route: answer_from(site, route))
    page = context.new_page()
    try:
        page.goto(f"{served_site}/{edition}", wait_until="load")
        page.wait_for_function("[...document.images].every(i => i.complete)")
        loaded = page.evaluate("[...document.images].map(i => i.naturalWidth > 0)")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        column = page.evaluate("document.querySelector('main > table').offsetWidth")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / f"correo-{Path(edition).stem}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
    finally:
        context.close()
    assert all(loaded), f"{edition}: una imagen no cargó"
    if "boletines" in edition:
        assert len(loaded) == 1, "el boletín de muestra tiene foto"
    assert overflow <= 0, f"{edition} se desplaza {overflow}px a los lados en {width}"
    assert column <= 600
    assert shot.stat().st_size > 10_000


def test_the_staff_page_passes_axe(browser, served_site):
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    assert axe.is_file(), "falta axe-core: bash tests/install-deps.sh"
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{served_site}/correo/", wait_until="load")
        page.add_script_tag(path=str(axe))
        results = page.evaluate(
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', "
            "'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    finally:
        context.close()
    assert results["passes"]
    assert [v["id"] for v in results["violations"]] == []
    assert overflow <= 0
