"""Nothing scrolls sideways on a phone (issue 13, points 3 and 6).

One page of every kind in headless Chromium at 390 px (and 1280 px): the
document is no wider than the viewport; a table wider than its column sits
in a keyboard-reachable, named scroll box whose caption is not cut; words in
table cells are never broken mid-word; a breadcrumb separator never starts a
line; the photo page's arrows stay with their words; the footer's focus ring
has 3:1 against the footer and its links are at least 24 px tall.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import WIDTHS

pytestmark = pytest.mark.site

KINDS = [
    "home",
    "list",
    "bulletin-with-table",
    "gallery",
    "photo",
    "agenda",
    "fototeca",
    "plan",
    "cronograma",
    "cronograma-year",
    "execution",
    "report",
    "reports",
    "indicators",
    "transparency",
    "open-data",
    "feeds",
    "search",
    "404",
    "tag",
    "category",
    "page",
    "publicity-formats",
    "publicity-quarter",
    "clarifications",
    "clarifications-verdict",
    "clarification",
    "clarification-method",
    "press-room",
]
WIDE_TABLES = {"cronograma", "cronograma-year", "execution", "bulletin-with-table"}


def _first_link(site, page: str, selector: str) -> str:
    links = site.html(page).select(selector)
    assert links, f"{page} no tiene {selector}"
    return urlsplit(urljoin("https://x.invalid/" + page, links[0]["href"])).path


def _bulletin_with_widest_table(site) -> str:
    """The bulletin whose body table has the most columns (the one to scroll)."""
    found = []
    for relative in site.pages():
        parts = relative.split("/")
        if len(parts) == 4 and parts[0] == "boletines" and parts[1].isdigit():
            row = site.html(relative).select_one(".prose table tr")
            if row is not None:
                found.append((len(row.find_all(["th", "td"])), relative))
    assert found, "ningún boletín de muestra tiene una tabla"
    return "/" + max(found)[1].removesuffix("index.html")


@pytest.fixture(scope="module")
def paths(site) -> dict[str, str]:
    """Kind of page → its path, discovered from the built HTML."""
    gallery = _first_link(site, "galerias/", ".gallery-card a")
    photos = site.html(gallery[1:]).select(".photo-grid a")
    assert len(photos) >= 3, "la galería necesita tres fotos (anterior y siguiente)"
    return {
        "home": "/",
        "list": "/boletines/",
        "bulletin-with-table": _bulletin_with_widest_table(site),
        "gallery": gallery,
        "photo": urlsplit(urljoin("https://x.invalid" + gallery, photos[1]["href"])).path,
        "agenda": "/agenda/",
        "fototeca": "/fototeca/",
        "plan": "/transparencia/planes/plan-anual-comunicacion-e-imagen-2021/",
        "cronograma": "/transparencia/planes/plan-de-trabajo-2021-2024/cronograma/",
        "cronograma-year": "/transparencia/cronograma/2021/",
        "execution": "/transparencia/planes/plan-operativo-anual-2021/cumplimiento/",
        "report": "/transparencia/informes/2021/marzo/",
        "reports": "/transparencia/informes/",
        "indicators": "/transparencia/indicadores/",
        "transparency": "/transparencia/",
        "open-data": "/datos/",
        "feeds": "/feeds/",
        "press-room": "/sala-de-prensa/",
        "search": "/buscar/?q=vacunación",
        "404": "/404.html",
        "tag": _first_link(site, "boletines/temas/", "main ul a[href*='/tema/']"),
        "category": _first_link(site, "boletines/areas/", "main ul a[href*='/area/']"),
        "page": "/accesibilidad/",
        "publicity-year": "/transparencia/comunicacion-social/2021/",
        "campaign": "/transparencia/comunicacion-social/campanas/2021-vacunacion-covid-19/",
        "provider": "/transparencia/comunicacion-social/proveedores/grupo-radiofonico-del-monte/",
        "publicity-formats": "/transparencia/comunicacion-social/2021/formatos/",
        "publicity-quarter": "/transparencia/comunicacion-social/2021/formatos/trimestre-1/",
        "clarifications": "/aclaraciones/",
        "clarifications-verdict": "/aclaraciones/veredicto/falso/",
        "clarification": "/aclaraciones/corte-de-agua-toda-la-cabecera/",
        "clarification-method": "/aclaraciones/metodo/",
    }


@pytest.fixture
def open_page(served_site, paths, contexts):
    """Opens ``kind`` at ``width``; closes every page it opened."""
    opened = []

    def _open(kind: str, width: str = "phone"):
        page = contexts[width].new_page()
        opened.append(page)
        response = page.goto(served_site + paths[kind], wait_until="load")
        assert response is not None and response.ok, f"{paths[kind]}: {response}"
        return page

    yield _open
    for page in opened:
        page.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", KINDS)
def test_page_is_no_wider_than_the_viewport(open_page, paths, kind, width):
    page = open_page(kind, width)
    sizes = page.evaluate("""() => ({page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        wider: [...document.querySelectorAll('body *')].filter(e =>
            e.getBoundingClientRect().right > window.innerWidth + 0.5
            && !e.closest('.table-scroll, .visually-hidden'))
          .slice(0, 5).map(e => e.outerHTML.slice(0, 120))})""")
    assert sizes["page"] <= sizes["viewport"], (
        f"{paths[kind]} mide {sizes['page']} px en una pantalla de "
        f"{sizes['viewport']} px; se salen: {sizes['wider']}"
    )


TABLES = """() => [...document.querySelectorAll('main table')].map(t => {
  const box = t.closest('[role=region][tabindex="0"]'), cap = t.querySelector('caption');
  let name = box && (box.getAttribute('aria-label') || '').trim();
  if (box && !name && box.getAttribute('aria-labelledby'))
    name = box.getAttribute('aria-labelledby').split(/\\s+/)
      .map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
  const clip = box && box.getBoundingClientRect(), c = cap && cap.getBoundingClientRect();
  return {html: t.outerHTML.slice(0, 100), wide: t.scrollWidth > t.parentElement.clientWidth,
    inBox: !!box, name, scrolls: !!box && box.scrollWidth > box.clientWidth
      && getComputedStyle(box).overflowX === 'auto',
    captionCut: !!(c && clip) && (c.left < clip.left - 0.5 || c.right > clip.right + 0.5)};
})"""


@pytest.mark.parametrize("kind", KINDS)
def test_wide_tables_scroll_in_a_named_focusable_box(open_page, paths, kind):
    """A table wider than its column scrolls inside role=region tabindex=0
    with a name (its caption or heading), and its caption shows whole; the
    tables that never fit a phone say «Deslice para ver toda la tabla»."""
    tables = open_page(kind).evaluate(TABLES)
    wide = [t for t in tables if t["wide"]]
    if kind in WIDE_TABLES:
        assert wide, f"{paths[kind]}: se esperaba una tabla más ancha que el teléfono"
    for table in wide:
        where = f"{paths[kind]}: {table['html']}"
        assert table["inBox"], f"tabla ancha sin caja role=region tabindex=0: {where}"
        assert table["name"], f"la caja de la tabla no tiene nombre: {where}"
        assert table["scrolls"], f"la caja no se desplaza: {where}"
    if kind in {"cronograma", "cronograma-year", "execution"}:  # never fit a phone
        hints = open_page(kind).evaluate(
            "[...document.querySelectorAll('main .table-scroll')]"
            ".map(b => getComputedStyle(b, '::before').content)"
        )
        assert hints and all("Deslice" in h for h in hints), hints
    cut = [t["html"] for t in tables if t["captionCut"]]
    assert not cut, f"{paths[kind]}: título de tabla cortado: {cut}"


BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll('main td, main th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      if (node.parentElement.closest('.visually-hidden, code')) continue;
      for (const token of node.data.matchAll(/\\S+/g)) {
        if (/[\\/@]/.test(token[0])) continue;  // URLs and addresses may break
        for (const word of token[0].matchAll(/[\\p{L}\\p{N}]+/gu)) {
          const range = document.createRange(), at = token.index + word.index;
          range.setStart(node, at);
          range.setEnd(node, at + word[0].length);
          const lines = new Set([...range.getClientRects()]
            .filter(r => r.width > 0).map(r => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("kind", sorted(WIDE_TABLES | {"report", "plan", "feeds"}))
def test_words_in_table_cells_stay_whole(open_page, paths, kind):
    page = open_page(kind)
    assert page.evaluate("document.querySelectorAll('main td').length"), "sin tablas"
    broken = page.evaluate(BROKEN_WORDS)
    assert not broken, f"{paths[kind]}: palabras partidas en celdas: {broken[:10]}"


BREADCRUMB_LINES = """() => [...document.querySelectorAll('.breadcrumbs li')]
  .slice(0, -1).map(li => {
    // the separator is the end of the li: on the line of the item's last word
    const own = [...li.getClientRects()].at(-1), item = [...li.firstElementChild
      .getClientRects()].at(-1);
    return {text: li.textContent.trim(), alone: Math.abs(own.top + own.bottom - item.top - item.bottom) > 4,
      lines: li.getClientRects().length};
  })"""


@pytest.mark.parametrize("kind", ["photo", "cronograma", "bulletin-with-table", "report"])
def test_breadcrumb_separator_never_starts_a_line(open_page, paths, kind):
    page = open_page(kind)
    items = page.evaluate(BREADCRUMB_LINES)
    assert items, f"{paths[kind]} sin migas de pan"
    alone = [i["text"] for i in items if i["alone"]]
    assert not alone, f"{paths[kind]}: «›» empieza una línea tras {alone}"
    after = page.evaluate(
        "getComputedStyle(document.querySelector('.breadcrumbs li'), '::after').content"
    )
    assert "›" in after, after
    if kind == "photo":  # the long gallery title wraps: the case that broke
        height = page.evaluate(
            "document.querySelector('.breadcrumbs ol').getBoundingClientRect().height"
        )
        assert height > 40, "las migas de la foto caben en una línea: prueba sin caso"


def test_photo_buttons_keep_arrows_with_their_words(open_page):
    page = open_page("photo")
    buttons = page.evaluate("""() => [...document.querySelectorAll('.photo-nav a')]
      .map(a => { const tops = new Set();
        const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
        for (let n; (n = walker.nextNode());) {
          if (n.parentElement.closest('.visually-hidden') || !n.data.trim()) continue;
          const r = document.createRange(); r.selectNodeContents(n);
          [...r.getClientRects()].forEach(x => tops.add(Math.round(x.top)));
        }
        return {text: a.textContent.trim(), lines: tops.size,
          right: a.getBoundingClientRect().right}; })""")
    texts = [b["text"] for b in buttons]
    assert any("←" in t for t in texts) and any("→" in t for t in texts), texts
    for button in buttons:
        assert button["lines"] == 1, f"«{button['text']}» ocupa {button['lines']} líneas"
        assert button["right"] <= 390, f"«{button['text']}» se sale de la pantalla"


def _luminance(rgb: tuple[int, ...]) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(one: str, two: str) -> float:
    a, b = (
        _luminance(tuple(int(float(n)) for n in re.findall(r"[\d.]+", c)[:3]))
        for c in (one, two)
    )
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@pytest.mark.parametrize("width", WIDTHS)
def test_footer_focus_ring_contrast_and_link_size(open_page, width):
    page = open_page("home", width)
    links = page.locator(".site-footer a")
    assert links.count() >= 3
    heights = page.evaluate(
        "[...document.querySelectorAll('.site-footer a')]"
        ".map(a => [a.textContent.trim(), a.getBoundingClientRect().height])"
    )
    short = [(text, round(h, 1)) for text, h in heights if h < 24]
    assert not short, f"enlaces del pie de menos de 24 px de alto: {short}"
    for index in range(links.count()):
        page.keyboard.press("Shift")  # the last input is the keyboard: focus-visible
        links.nth(index).focus()
        ring = links.nth(index).evaluate("""a => { const s = getComputedStyle(a);
          let e = a.parentElement, bg = 'rgba(0, 0, 0, 0)';
          while (e && /rgba\\(.*, 0\\)|transparent/.test(getComputedStyle(e).backgroundColor))
            e = e.parentElement;
          if (e) bg = getComputedStyle(e).backgroundColor;
          return {visible: a.matches(':focus-visible'), style: s.outlineStyle,
            width: parseFloat(s.outlineWidth), color: s.outlineColor, bg,
            text: a.textContent.trim()}; }""")
        assert ring["visible"], f"sin :focus-visible en «{ring['text']}»"
        assert ring["style"] != "none" and ring["width"] >= 2, ring
        ratio = _contrast(ring["color"], ring["bg"])
        assert ratio >= 3, (
            f"anillo de foco de «{ring['text']}»: {ring['color']} sobre {ring['bg']} "
            f"= {ratio:.2f}:1 (se pide 3:1)"
        )


def test_phone_menu_folds_the_sections_and_desktop_shows_the_bar(open_page, site):
    """On a phone the nine sections fold behind «Menú» (they took four rows,
    45% of the first screen); on a desktop they are the plain bar. Exactly one
    «Principal» navigation is displayed at each width, and it needs no script."""
    expected = [
        a.get_text(strip=True) for a in site.html("index.html").select("nav.site-nav a")
    ]
    assert len(expected) >= 9
    shown = """() => [...document.querySelectorAll('nav[aria-label=Principal]')]
        .filter(n => n.checkVisibility()).map(n => n.className)"""
    phone = open_page("home", "phone")
    assert phone.evaluate(shown) == [], "con el menú cerrado no se ve ninguna barra"
    header = phone.evaluate("document.querySelector('header.site-header').offsetHeight")
    assert header <= 260, f"la cabecera ocupa {header} px de 844 en un teléfono"
    summary = phone.locator(".site-menu summary")
    assert summary.inner_text().strip().endswith("Menú")
    assert phone.locator(".site-menu a").first.is_visible() is False
    summary.focus()
    phone.keyboard.press("Enter")
    links = phone.locator(".site-menu a")
    assert [t.strip() for t in links.all_inner_texts()] == expected
    short = [h for h in links.evaluate_all("l => l.map(a => a.offsetHeight)") if h < 44]
    assert not short, f"enlaces del menú de menos de 44 px: {short}"
    assert phone.evaluate(shown) == ["site-menu-nav"]
    desktop = open_page("home", "desktop")
    assert desktop.evaluate(shown) == ["site-nav"]
    assert desktop.locator(".site-menu").is_visible() is False


def test_every_kind_of_page_reflows_at_320_px(browser, served_site, paths):
    """WCAG 1.4.10 asks for 320 CSS px: the header's search form, the footer's
    e-mail address and the press team's addresses wrap instead of widening
    the page (they made it 338–362 px wide)."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    wide = {}
    try:
        page = context.new_page()
        for kind in KINDS:
            page.goto(served_site + paths[kind], wait_until="load")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                wide[paths[kind]] = width
    finally:
        context.close()
    assert not wide, f"páginas más anchas que 320 px: {wide}"
