"""The share box in headless Chromium: «Copiar enlace» with JavaScript (the
Clipboard API and its spoken confirmation), the selectable address without
it, and the card a social network draws from the page's og: tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PORTAL_URL

pytestmark = pytest.mark.site

SHOTS = Path("/tmp/shots/H")  # noqa: S108 -- where the closing note takes its pictures
BULLETIN = "boletines/2021/reparto-agua-pipas/"
ADDRESS = f"{PORTAL_URL}/{BULLETIN}"


def test_copy_button_copies_the_address_and_says_so(browser, served_site):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site)
    try:
        page = context.new_page()
        page.goto(f"{served_site}/{BULLETIN}")
        button = page.get_by_role("button", name="Copiar enlace")
        assert button.is_visible()
        button.click()
        status = page.locator(".share-copy-status")
        status.wait_for(state="visible")
        assert status.inner_text().startswith("Enlace copiado.")
        assert status.get_attribute("aria-live") == "polite"
        assert page.evaluate("navigator.clipboard.readText()") == ADDRESS
    finally:
        context.close()


def test_without_javascript_the_address_is_there_and_selected_on_focus(
    browser, served_site
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    try:
        page = context.new_page()
        page.goto(f"{served_site}/{BULLETIN}")
        assert not page.get_by_role("button", name="Copiar enlace").is_visible()
        field = page.get_by_label("Enlace de esta página")
        assert field.is_visible() and field.input_value() == ADDRESS
        assert field.get_attribute("readonly") is not None
        page.focus("a.share-correo")
        page.keyboard.press("Tab")  # as a keyboard user reaches it
        chosen = page.evaluate(
            """() => { const e = document.activeElement;
               return [e.id, e.value.substring(e.selectionStart, e.selectionEnd)]; }"""
        )
        assert chosen == ["enlace-compartir", ADDRESS]
        box = page.locator("section.share").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    finally:
        context.close()


CARD = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><style>
body {{ margin: 0; padding: 24px; background: #f0f2f5; font-family: system-ui, sans-serif; }}
.card {{ width: 500px; background: #fff; border: 1px solid #dadde1; }}
.card img {{ display: block; width: 500px; height: {height}px; object-fit: cover; }}
.text {{ padding: 10px 12px; background: #f2f3f5; }}
.domain {{ color: #606770; font-size: 12px; text-transform: uppercase; }}
.title {{ color: #1d2129; font-weight: 600; font-size: 16px; margin: 4px 0; }}
.description {{ color: #606770; font-size: 14px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }}
</style></head><body><div class="card">
<img src="{image}" alt="{alt}" width="500" height="{height}">
<div class="text"><div class="domain">{domain}</div><div class="title">{title}</div>
<div class="description">{description}</div></div></div></body></html>"""


@pytest.mark.parametrize(
    "url",
    [BULLETIN, "galerias/2021/tianguis-cultural/", "videoteca/2021/sesion-de-cabildo/"],
)
def test_the_card_a_network_draws_from_the_tags(browser, served_site, site, url):
    """As a network's crawler does: only the og: tags, no CSS or script of ours."""
    from html import escape
    from urllib.parse import urlsplit

    soup = site.html(url)
    tags = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
    width, height = int(tags["og:image:width"]), int(tags["og:image:height"])
    image = served_site + tags["og:image"].removeprefix(PORTAL_URL)  # the same file, served
    html = CARD.format(
        image=image,
        alt=escape(tags["og:image:alt"]),
        height=round(500 * height / width),
        domain=urlsplit(tags["og:url"]).hostname,
        title=escape(tags["og:title"]),
        description=escape(tags["og:description"]),
    )
    page = browser.new_page(viewport={"width": 560, "height": 480})
    try:
        page.set_content(html, wait_until="load")
        natural = page.eval_on_selector("img", "i => [i.naturalWidth, i.naturalHeight]")
        assert natural == [width, height], "la imagen de la tarjeta no cargó con su tamaño"
        assert (
            page.inner_text(".title")
            == tags["og:title"]
            == soup.h1.get_text(" ", strip=True)
        )
        assert page.inner_text(".domain") == "COMUNICACION.SANISIDRODELMONTE.GOB.MX"
        SHOTS.mkdir(parents=True, exist_ok=True)
        name = url.strip("/").replace("/", "-")
        page.locator(".card").screenshot(path=str(SHOTS / f"tarjeta-{name}.png"))
    finally:
        page.close()
