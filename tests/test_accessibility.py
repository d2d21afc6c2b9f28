"""Accessibility of the served preview build in headless Chromium.

axe-core (WCAG 2.0/2.1/2.2 A and AA) on every kind of page at phone and desktop
widths; pages work without JavaScript; nothing is fetched from other hosts;
the skip link is the first stop of the keyboard.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from conftest import ARTIFACTS, ROOT, WIDTHS

pytestmark = pytest.mark.site

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# resultTypes: every violation in full, but of the rules that passed (or did
# not apply) one element each; axe then skips the selectors of every passing
# element, most of its time per page (axe-core's API.md, «Performance»).
AXE_RUN = """axe.run(document, {runOnly: {type: 'tag', values:
  ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
  resultTypes: ['violations']})"""
KINDS = [
    "home",
    "bulletin-with-image",
    "bulletin-with-errata",
    "list",
    "list-page-2",
    "year-archive",
    "area",
    "tag",
    "areas",
    "tags",
    "accessibility",
    "privacy",
    "feeds",
    "404",
    "galleries",
    "gallery",
    "photo",
    "fototeca",
    "fototeca-year",
    "fototeca-area",
    "transparency",
    "plan-with-budget",
    "cronograma",
    "cronograma-multi-year",
    "cronograma-year",
    "open-data",
    "report",
    "reports",
    "indicators",
    "execution",
    "search",
    "agenda",
    "video",
    "audio",
    "videoteca",
    "videoteca-year",
    "videoteca-area",
    "videoteca-kind",
    "fonoteca",
    "archivo",
    "archivo-year",
    "publicity-year",
    "publicity-formats",
    "publicity-quarter",
    "campaign-with-recording",
    "government-report",
    "government-reports",
    "clarifications",
    "clarifications-verdict",
    "clarification",
    "clarification-method",
    "press-room",
    "faq",
]


def _bulletins(site) -> list[tuple[str, object]]:
    """(url, soup) of every bulletin page: boletines/<year>/<slug>/index.html."""
    found = []
    for relative in site.pages():
        parts = relative.split("/")
        if len(parts) == 4 and parts[0] == "boletines" and parts[1].isdigit():
            found.append(("/" + relative.removesuffix("index.html"), site.html(relative)))
    assert found, "la construcción no tiene boletines"
    return found


def _first_link(site, page: str, selector: str, digits: bool = False) -> str:
    """The site path of the first link matching ``selector`` on ``page``."""
    links = [
        a
        for a in site.html(page).select(selector)
        if not digits or a.get_text(strip=True).isdigit()
    ]
    assert links, f"{page} no tiene {selector}"
    return urlsplit(urljoin("https://x.invalid/" + page, links[0]["href"])).path


@pytest.fixture(scope="module")
def paths(site) -> dict[str, str]:
    """Kind of page → its path, discovered from the built HTML."""
    bulletins = _bulletins(site)
    with_image = [u for u, soup in bulletins if soup.select_one("main figure img")]
    with_errata = [
        u
        for u, soup in bulletins
        if any(h.get_text(strip=True) == "Fe de erratas" for h in soup.find_all("h2"))
    ]
    assert with_image, "ningún boletín tiene imagen"
    assert with_errata, "ningún boletín tiene «Fe de erratas»"
    return {
        "home": "/",
        "list": "/boletines/",
        "areas": "/boletines/areas/",
        "tags": "/boletines/temas/",
        "accessibility": "/accesibilidad/",
        "privacy": "/aviso-de-privacidad/",
        "feeds": "/feeds/",
        "press-room": "/sala-de-prensa/",
        "404": "/404.html",
        "bulletin-with-image": with_image[0],
        "bulletin-with-errata": with_errata[0],
        "list-page-2": _first_link(site, "boletines/", "nav.pagination a[rel=next]"),
        "year-archive": _first_link(site, "boletines/", "nav.filters a", digits=True),
        "area": _first_link(site, "boletines/areas/", "main ul a[href*='/area/']"),
        "tag": _first_link(site, "boletines/temas/", "main ul a[href*='/tema/']"),
        "galleries": "/galerias/",
        "gallery": _first_link(site, "galerias/", ".gallery-card a"),
        "photo": _first_link(
            site, _first_link(site, "galerias/", ".gallery-card a")[1:], ".photo-grid a"
        ),
        "fototeca": "/fototeca/",
        "fototeca-year": _first_link(site, "fototeca/", "h2 a[href*='fototeca/']"),
        "fototeca-area": _first_link(site, "fototeca/", "a[href*='fototeca/area/']"),
        "transparency": "/transparencia/",
        "plan-with-budget": "/transparencia/planes/plan-anual-comunicacion-e-imagen-2021/",
        "cronograma": "/transparencia/planes/plan-operativo-anual-2021/cronograma/",
        "cronograma-multi-year": "/transparencia/planes/plan-de-trabajo-2021-2024/cronograma/",
        "cronograma-year": "/transparencia/cronograma/2021/",
        "open-data": "/datos/",
        "report": "/transparencia/informes/2021/marzo/",
        "reports": "/transparencia/informes/",
        "indicators": "/transparencia/indicadores/",
        "execution": "/transparencia/planes/plan-operativo-anual-2021/cumplimiento/",
        "search": "/buscar/?q=vacunación",
        "agenda": "/agenda/",
        "video": _first_link(site, "videoteca/", ".recording-card a"),
        "audio": _first_link(site, "fonoteca/", ".recording-card a"),
        "videoteca": "/videoteca/",
        "videoteca-year": _first_link(site, "videoteca/", "h2 a[href*='videoteca/']"),
        "videoteca-area": _first_link(site, "videoteca/", "a[href*='videoteca/area/']"),
        "videoteca-kind": _first_link(site, "videoteca/", "a[href*='videoteca/tipo/']"),
        "fonoteca": "/fonoteca/",
        "archivo": "/archivo/",
        "archivo-year": _first_link(site, "archivo/", ".archive-year h2 a"),
        "faq": "/preguntas-frecuentes/",
        "publicity-year": "/transparencia/comunicacion-social/2021/",
        "campaign": "/transparencia/comunicacion-social/campanas/2021-vacunacion-covid-19/",
        "provider": "/transparencia/comunicacion-social/proveedores/grupo-radiofonico-del-monte/",
        "publicity-formats": "/transparencia/comunicacion-social/2021/formatos/",
        "publicity-quarter": "/transparencia/comunicacion-social/2021/formatos/trimestre-1/",
        "campaign-with-recording": "/transparencia/comunicacion-social/campanas/2021-temporada-de-lluvias/",
        "government-report": "/informe-de-gobierno/2021/",
        "government-reports": "/informe-de-gobierno/",
        "clarifications": "/aclaraciones/",
        "clarifications-verdict": "/aclaraciones/veredicto/falso/",
        "clarification": "/aclaraciones/corte-de-agua-toda-la-cabecera/",
        "clarification-method": "/aclaraciones/metodo/",
    }


def _open(context, url: str):
    page = context.new_page()
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, (
        f"{url} respondió {response and response.status}"
    )
    return page


def _format_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} [{v['impact']}] {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:200]}")
            summary = " ".join(node.get("failureSummary", "").split())
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", KINDS)
def test_axe_finds_no_wcag_violations(served_site, paths, contexts, kind, width):
    """axe-core reports zero WCAG 2.2 A/AA violations."""
    assert AXE.is_file(), "falta axe-core: bash tests/install-deps.sh"
    page = _open(contexts[width], served_site + paths[kind])
    try:
        page.add_script_tag(path=str(AXE))
        results = page.evaluate(AXE_RUN)
    finally:
        page.close()
    assert results["passes"], "axe no evaluó ninguna regla"
    if results["violations"]:
        pytest.fail(
            f"axe: {len(results['violations'])} violación(es) en {paths[kind]} "
            f"({width}):\n{_format_violations(results['violations'])}",
            pytrace=False,
        )


def _latest_headline(site) -> str:
    """Title of the newest bulletin, by the date shown on each bulletin page."""
    dated = []
    for _, soup in _bulletins(site):
        time = soup.select_one("main .bulletin-header .meta time[datetime]")
        dated.append(
            (datetime.fromisoformat(time["datetime"]), soup.h1.get_text(" ", strip=True))
        )
    return max(dated)[1]


def test_home_works_without_javascript(browser, served_site, site):
    """No JS: the latest headline shows, the phone's «Menú» opens and its
    "Boletines" link works."""
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    try:
        page = _open(context, served_site + "/")
        headline = _latest_headline(site)
        shown = page.get_by_role("link", name=headline, exact=True).first.is_visible()
        assert shown, f"sin JavaScript no se ve el titular más reciente: «{headline}»"
        page.locator(".site-menu summary").click()
        page.get_by_role("navigation", name="Principal").get_by_role(
            "link", name="Boletines", exact=True
        ).click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == "/boletines/", page.url
        assert page.get_by_role("heading", level=1).first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["home", "bulletin-with-image"])
def test_only_loopback_is_contacted(browser, served_site, paths, kind):
    """Every request goes to 127.0.0.1 and succeeds (no CDN, fonts or trackers)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests, failures = [], []
    context.on("request", lambda r: requests.append(r.url))
    context.on("requestfailed", lambda r: failures.append(f"{r.url}: {r.failure}"))
    context.on(
        "response", lambda r: r.status >= 400 and failures.append(f"{r.url}: {r.status}")
    )
    try:
        page = _open(context, served_site + paths[kind])
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # lazy images
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert any(u.endswith(".css") for u in requests), requests
    assert any(u.endswith((".jpg", ".webp")) for u in requests), requests
    foreign = [
        u
        for u in requests
        if urlsplit(u).scheme != "data" and urlsplit(u).hostname != "127.0.0.1"
    ]
    assert not foreign, "peticiones a otros servidores:\n" + "\n".join(foreign)
    assert not failures, "peticiones fallidas:\n" + "\n".join(failures)


@pytest.mark.parametrize("kind", ["home", "bulletin-with-image"])
def test_first_tab_is_skip_link_into_main(served_site, paths, contexts, kind):
    """First Tab focuses a visible «Saltar al contenido»; Enter moves focus into <main>."""
    page = _open(contexts["desktop"], served_site + paths[kind])
    try:
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement,
            r = e.getBoundingClientRect();
            return {text: e.textContent.trim(), tag: e.tagName, top: r.top, bottom: r.bottom}; }""")
        assert focused["text"] == "Saltar al contenido", focused
        assert focused["top"] >= 0 and focused["bottom"] > 0, (
            f"enlace fuera de vista: {focused}"
        )
        page.keyboard.press("Enter")
        try:
            page.wait_for_function(
                "document.activeElement.closest('main') !== null", timeout=3000
            )
        except PlaywrightTimeoutError:
            pytest.fail(
                "Enter en el enlace de salto no llevó el foco a <main>; foco en: "
                + page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
            )
    finally:
        page.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", ["home", "bulletin-with-image"])
def test_screenshot_without_sideways_scroll(served_site, paths, contexts, kind, width):
    """Saves a full-page screenshot to tests/artifacts/; the page never scrolls sideways."""
    page = _open(contexts[width], served_site + paths[kind])
    try:
        page.evaluate(
            "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
        )
        page.wait_for_function("[...document.images].every(i => i.complete)")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / f"{kind}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    finally:
        page.close()
    assert shot.stat().st_size > 10_000, f"captura vacía: {shot}"
    assert overflow <= 0, f"{paths[kind]} se desplaza {overflow}px a los lados en {width}"
