"""/pantallas/ in headless Chromium at 1920×1080: legible sizes, no scrolling,
rotation, reload when the site is republished, the service worker's copy when
the network is gone, dates checked in the browser, and held bulletins absent.

The sites are built from real Markdown written here, dated around today's
clock, because the screen's browser judges events and notices by its own
clock: the sample's 2021 events would all be past.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import shutil
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from conftest import ARTIFACTS, ROOT, Site, _QuietHandler, _QuietServer, run_build

pytestmark = pytest.mark.site

MX = ZoneInfo("America/Mexico_City")
NOW = dt.datetime.now(MX).replace(second=0, microsecond=0)
PHOTO = (
    ROOT / "content/boletines/2021/imagenes/2021-01-16-premiacion-concurso-cortometraje.jpg"
)
SCREEN = {"width": 1920, "height": 1080}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # as tests/test_accessibility.py
AXE_RUN = """axe.run(document, {runOnly: {type: 'tag', values:
  ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"""

BULLETIN = """---
title: "{title}"
date: {date:%Y-%m-%d %H:%M}
area: {area}
summary: "{summary}"
{extra}---

San Isidro del Monte, Jal.— {summary}
"""
EVENT = """---
title: "{title}"
start: {start:%Y-%m-%d %H:%M}
end: {end:%Y-%m-%d %H:%M}
kind: evento-publico
place: "Explanada de la Presidencia Municipal"
area: desarrollo-social
summary: "Vacantes de más de cuarenta empresas."
---
"""
HELD_EMBARGO = "Boletín bajo embargo que aún no se publica"
HELD_VEDA = "Propaganda retenida por la veda electoral"
EVENT_TITLE = "Feria Municipal del Empleo"
NOTICE_NOW = "Corte de agua programado en la colonia Centro"
NOTICE_LATER = "Campaña de vacunación antirrábica"
NOTICES = [
    {
        "title": NOTICE_NOW,
        "text": "El jueves, de 9:00 a 15:00 h, por obras en la red de agua potable.",
        "start": f"{NOW - dt.timedelta(days=1):%Y-%m-%d %H:%M}",
        "end": f"{NOW + dt.timedelta(days=30):%Y-%m-%d %H:%M}",
    },
    {
        "title": NOTICE_LATER,
        "text": "Lleve a vacunar a sus perros y gatos a cualquier centro de salud.",
        "start": f"{NOW + dt.timedelta(days=10):%Y-%m-%d %H:%M}",
        "end": f"{NOW + dt.timedelta(days=20):%Y-%m-%d %H:%M}",
    },
]
VEDA_NOW = [
    {
        "start": f"{NOW - dt.timedelta(days=2):%Y-%m-%d}",
        "end": f"{NOW + dt.timedelta(days=2):%Y-%m-%d}",
        "name": "Veda de prueba",
    }
]


def write_bulletin(content: Path, slug: str, title: str, date: dt.datetime, **kw) -> None:
    folder = content / "boletines" / str(date.year)
    folder.mkdir(parents=True, exist_ok=True)
    extra = kw.get("extra", "")
    if kw.get("photo"):
        (folder / "imagenes").mkdir(exist_ok=True)
        shutil.copy(PHOTO, folder / "imagenes" / f"{slug}.jpg")
        extra += (
            f"image:\n  src: imagenes/{slug}.jpg\n"
            '  alt: "Jóvenes reciben su reconocimiento en el escenario del teatro."\n'
            '  credit: "Coordinación de Comunicación Social"\n'
        )
    summary = kw.get(
        "summary",
        "La Dirección informó a la ciudadanía los detalles del programa, las fechas "
        "y los lugares de atención en las colonias del municipio.",
    )
    text = BULLETIN.format(
        title=title, date=date, area=kw.get("area", "desarrollo-social"),
        summary=summary, extra=extra,
    )  # fmt: skip
    (folder / f"{date:%Y-%m-%d}-{slug}.md").write_text(text, encoding="utf-8")


def screen_content(root: Path) -> Path:
    content = root / "content"
    day = dt.timedelta(days=1)
    write_bulletin(content, "entrega-becas", "Entregan becas a 320 estudiantes del municipio",
                   NOW - 3 * day, photo=True)  # fmt: skip
    write_bulletin(content, "pavimentacion", "Concluye la pavimentación de la calle Hidalgo",
                   NOW - 2 * day, area="obras-publicas")  # fmt: skip
    write_bulletin(content, "embargo", HELD_EMBARGO, NOW + 300 * day, photo=True)
    write_bulletin(content, "veda", HELD_VEDA, NOW - day, area="cultura",
                   extra="propaganda: true\n")  # fmt: skip
    agenda = content / "agenda"
    agenda.mkdir(parents=True)
    start = NOW + 5 * day
    (agenda / f"{start:%Y-%m-%d}-feria-del-empleo.md").write_text(
        EVENT.format(title=EVENT_TITLE, start=start, end=start + dt.timedelta(hours=6)),
        encoding="utf-8",
    )
    return content


def build(output: Path, content: Path, **sets) -> Site:
    values = {"VEDAS": json.dumps(VEDA_NOW), "SIGNAGE_NOTICES": json.dumps(NOTICES)}
    result = run_build(output, content=content, cache=output.parent / "cache",
                       sets={**values, **sets})  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return Site(output)


class Served:
    """A built site on loopback; stopping it is the network going away."""

    def __init__(self, folder: Path):
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/pantallas/"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def screen_site(tmp_path_factory) -> Site:
    root = tmp_path_factory.mktemp("pantallas")
    return build(root / "output", screen_content(root))


@pytest.fixture(scope="module")
def served(screen_site):
    server = Served(screen_site.path)
    yield server
    server.stop()


@pytest.fixture
def screen(browser):
    context = browser.new_context(viewport=SCREEN)
    yield context
    context.close()


def current_title(page) -> str:
    return page.evaluate("document.querySelector('.slide.is-current h2').textContent")


def test_held_bulletins_are_absent_from_the_page_its_state_and_its_worker(screen_site):
    # the preview build shows the embargoed bulletin (with its notice) on the site…
    assert any("embargo" in page for page in screen_site.pages())
    # …and nothing held reaches the screens, whose worker caches none of its files
    files = ["pantallas/index.html", "pantallas/estado.json", "pantallas/sw.js"]
    for name in files:
        text = screen_site.text(name)
        assert HELD_EMBARGO not in text and HELD_VEDA not in text, name
        assert "/embargo/" not in text and "/veda/" not in text, name
    page = screen_site.html("pantallas/")
    titles = [h.get_text() for h in page.select(".slide-bulletin h2")]
    assert titles == [
        "Concluye la pavimentación de la calle Hidalgo",
        "Entregan becas a 320 estudiantes del municipio",
    ]


def test_page_is_unlisted_and_names_its_version(screen_site):
    page = screen_site.html("pantallas/")
    assert page.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    assert "pantallas" not in screen_site.text("sitemap.xml")
    assert "pantallas" not in screen_site.text("index.html")
    state = json.loads(screen_site.text("pantallas/estado.json"))
    assert page.body["data-version"] == state["version"]
    worker = screen_site.text("pantallas/sw.js")
    assert f'"pantallas-{state["version"]}"' in worker
    photo = page.select_one(".slide-photo img")["src"]
    assert photo.startswith("../imagenes/") and f'"{photo}"' in worker
    assert (screen_site.path / "pantallas" / photo).resolve().is_file()
    assert int(photo.rsplit("/", 1)[1].split(".")[0]) == 1200  # widest web size ≤ 1200


def test_photo_is_the_widest_web_size_that_fits(tmp_path):
    site = build(tmp_path / "output", screen_content(tmp_path), SIGNAGE_IMAGE_WIDTH="1000")
    img = site.html("pantallas/").select_one(".slide-photo img")
    assert img["src"].endswith("/800.jpg") and img["width"] == "800"


def test_legible_from_three_metres_without_scrolling(served, screen):
    page = screen.new_page()
    page.goto(served.url + "?intervalo=1")
    seen = set()
    for _ in range(12):  # every slide, as the rotation shows it
        seen.add(current_title(page))
        sizes = page.evaluate(
            """() => {
              const s = document.querySelector('.slide.is-current');
              const px = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : null;
              const el = document.scrollingElement;
              return {title: px(s.querySelector('h2')),
                      text: [...s.querySelectorAll('p')].filter(p => p.offsetParent)
                              .map(px),
                      scroll: [el.scrollWidth, el.scrollHeight, innerWidth, innerHeight],
                      clipped: s.scrollHeight > s.clientHeight + 1};
            }"""
        )
        assert sizes["title"] >= 64, sizes
        assert min(sizes["text"]) >= 30 and max(sizes["text"]) >= 40, sizes
        width, height, inner_w, inner_h = sizes["scroll"]
        assert width <= inner_w and height <= inner_h, sizes
        assert not sizes["clipped"], sizes
        page.wait_for_timeout(700)
    assert {"Próximos eventos", NOTICE_NOW} <= seen
    assert NOTICE_LATER not in seen  # it starts in ten days: the browser waits
    page.goto(served.url + "?intervalo=600")
    page.wait_for_timeout(900)  # the fade-in is over
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "pantallas-1920x1080.png"))


def test_rotation_advances_and_respects_reduced_motion(served, browser):
    for motion, animation in [("no-preference", "signage-in"), ("reduce", "none")]:
        context = browser.new_context(viewport=SCREEN, reduced_motion=motion)
        page = context.new_page()
        page.goto(served.url + "?intervalo=1")
        first = current_title(page)
        page.wait_for_function(
            "t => document.querySelector('.slide.is-current h2').textContent !== t",
            arg=first, timeout=4000,
        )  # fmt: skip
        shown = page.evaluate(
            "[...document.querySelectorAll('.slide')].filter(s => s.offsetParent).length"
        )
        assert shown == 1
        name = page.evaluate(
            "getComputedStyle(document.querySelector('.slide.is-current')).animationName"
        )
        assert name == animation, motion
        context.close()


def test_browser_clock_hides_what_has_ended_and_shows_what_started(served, screen):
    page = screen.new_page()
    # eleven days on: the fair is over, the second notice has begun
    later = (NOW + dt.timedelta(days=11)).timestamp()
    page.clock.set_fixed_time(later)
    page.goto(served.url + "?intervalo=1")
    seen = set()
    for _ in range(10):
        seen.add(current_title(page))
        page.wait_for_timeout(600)
    assert NOTICE_LATER in seen and NOTICE_NOW in seen
    assert "Próximos eventos" not in seen


def test_without_javascript_the_first_slide_alone(served, browser):
    context = browser.new_context(viewport=SCREEN, java_script_enabled=False)
    page = context.new_page()
    page.goto(served.url)
    visible = page.evaluate(
        "[...document.querySelectorAll('.slide')].filter(s => s.offsetParent)"
        ".map(s => s.querySelector('h2').textContent)"
    )
    assert visible == ["Concluye la pavimentación de la calle Hidalgo"]
    assert page.evaluate("document.documentElement.lang") == "es-MX"
    assert page.locator("h1").count() == 1
    context.close()


def test_reloads_when_the_site_is_republished(tmp_path, browser):
    content = screen_content(tmp_path)
    site = build(tmp_path / "output", content)
    served = Served(site.path)
    context = browser.new_context(viewport=SCREEN)
    try:
        page = context.new_page()
        page.goto(served.url + "?sondeo=1&intervalo=600")
        before = page.evaluate("document.body.dataset.version")
        new_title = "Inicia la campaña de descacharrización en la colonia Centro"
        write_bulletin(content, "descacharrizacion", new_title, NOW - dt.timedelta(hours=2))
        build(tmp_path / "output", content)
        after = json.loads(site.text("pantallas/estado.json"))["version"]
        assert after != before
        page.wait_for_function(
            "v => document.body && document.body.dataset.version === v", arg=after,
            timeout=30000,
        )  # fmt: skip
        assert current_title(page) == new_title  # the newest bulletin comes first
    finally:
        context.close()
        served.stop()


def test_offline_the_last_content_keeps_rotating(screen_site, browser, tmp_path):
    copy = tmp_path / "output"
    shutil.copytree(screen_site.path, copy)
    served = Served(copy)
    context = browser.new_context(viewport=SCREEN)
    try:
        page = context.new_page()
        page.goto(served.url + "?intervalo=1&sondeo=1")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10000)
        served.stop()  # the network is gone: nothing answers any more
        context.set_offline(True)
        page.reload()
        assert page.evaluate("document.body.dataset.version")
        first = current_title(page)
        page.wait_for_function(
            "t => document.querySelector('.slide.is-current h2').textContent !== t",
            arg=first, timeout=4000,
        )  # fmt: skip
        loaded = page.evaluate(
            "[...document.images].every(i => i.complete && i.naturalWidth > 0)"
        )
        assert loaded  # the photos came from the worker's copy
        page.wait_for_function(
            "document.getElementById('estado-red').textContent.includes('Sin conexión')",
            timeout=5000,
        )
        css = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert css == "rgb(61, 15, 30)"  # its stylesheet too
    finally:
        context.close()


def test_no_javascript_page_is_valid_html_structure(screen_site):
    soup = BeautifulSoup(screen_site.text("pantallas/index.html"), "lxml")
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids))
    for section in soup.select("section.slide"):
        assert soup.find(id=section["aria-labelledby"]) is not None
    assert all(img.get("alt") for img in soup.find_all("img"))


@pytest.mark.parametrize(
    "viewport", [SCREEN, {"width": 390, "height": 844}], ids=["1080p", "phone"]
)
def test_axe_finds_no_wcag_violations_and_a_phone_does_not_scroll_sideways(
    served, browser, viewport
):
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    page.goto(served.url + "?intervalo=600")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(AXE_RUN)
    assert [v["id"] for v in results["violations"]] == []
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= viewport["width"]
    context.close()
