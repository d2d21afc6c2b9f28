"""A feed opened in a browser reads as a Spanish page on how to subscribe
(the XSL stylesheet instruction), while a feed reader gets the very items it
got before: the instruction is the only change to the feedgen bytes."""

from __future__ import annotations

import posixpath

import feedparser
import pytest
from test_nginx import nginx, nginx_conf  # noqa: F401  (fixtures: real nginx)

from conftest import PORTAL_URL
from nginx_support import CSP_LISTENER

pytestmark = pytest.mark.site

FEEDS = [
    "feeds/boletines.rss.xml",
    "feeds/boletines.atom.xml",
    "feeds/areas/salud.rss.xml",
    "feeds/galerias.atom.xml",
    "feeds/informes.rss.xml",
    "feeds/todo.atom.xml",
]
INSTRUCTION = b'<?xml-stylesheet type="text/xsl" href="'


def _without_instruction(data: bytes) -> bytes:
    lines = data.split(b"\n")
    assert lines[1].startswith(INSTRUCTION), lines[:2]
    return b"\n".join([lines[0], *lines[2:]])


def _entries(data: bytes) -> list[tuple]:
    feed = feedparser.parse(data)
    assert not feed.bozo, feed.get("bozo_exception")
    return [
        (e.id, e.link, e.title, e.summary, e.get("published"),
         tuple(link.href for link in e.get("enclosures", [])))
        for e in feed.entries
    ]  # fmt: skip


@pytest.mark.parametrize("relative", FEEDS)
def test_readers_get_the_same_items_and_the_stylesheet_exists(site, relative):
    data = site.file(relative).read_bytes()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n" + INSTRUCTION)
    with_page, plain = _entries(data), _entries(_without_instruction(data))
    assert with_page == plain
    assert len(with_page) >= 3
    href = data.split(INSTRUCTION, 1)[1].split(b'"', 1)[0].decode()
    target = posixpath.normpath(posixpath.join(posixpath.dirname(relative), href))
    assert target == "static/feeds/fuente.xsl"
    assert site.file(target).is_file()
    assert site.file("static/feeds/fuente.css").is_file()


def _feed_page(browser, url: str, width: int) -> dict:
    page = browser.new_page(viewport={"width": width, "height": 800})
    try:
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status == 200
        return page.evaluate(
            """() => ({
                lang: document.documentElement.lang,
                h1: document.querySelector('h1') && document.querySelector('h1').textContent,
                text: document.body.innerText,
                address: document.querySelector('#direccion') && document.querySelector('#direccion').value,
                links: [...document.querySelectorAll('.feed-items a')].map(a => a.href),
                color: document.querySelector('h1') && getComputedStyle(document.querySelector('h1')).color,
                wide: document.documentElement.scrollWidth,
            })"""
        )
    finally:
        page.close()


@pytest.mark.parametrize(
    "relative", ["feeds/boletines.rss.xml", "feeds/areas/salud.atom.xml"]
)
def test_browser_shows_a_spanish_page_with_the_latest_items(
    site, served_site, browser, relative
):
    feed = feedparser.parse(site.file(relative).read_bytes())
    shown = _feed_page(browser, f"{served_site}/{relative}", 390)
    assert shown["lang"] == "es-MX"
    assert shown["h1"] == feed.feed.title
    assert "Cómo suscribirse" in shown["text"]
    assert "Copie esta dirección" in shown["text"]
    assert "clic derecho" not in shown["text"]
    assert shown["address"] == f"{PORTAL_URL}/{relative}"
    assert shown["links"] == [e.link for e in feed.entries][:20]
    first = feed.entries[0]
    assert first.title in shown["text"]
    assert shown["color"] == "rgb(105, 28, 50)"  # fuente.css applied: the guinda heading
    assert shown["wide"] <= 390


def test_feed_page_under_the_deploy_configuration(nginx, browser):  # noqa: F811
    """Real nginx: the XSL comes as XML (browsers refuse octet-stream) and its
    page breaks nothing of the feed's Content-Security-Policy."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    types, console = {}, []
    page.on("response", lambda r: types.__setitem__(r.url.rsplit("/", 1)[1],
                                                    r.headers.get("content-type")))  # fmt: skip
    page.on("console", lambda message: console.append((message.type, message.text)))
    try:
        page.goto(f"{nginx}/feeds/galerias.rss.xml", wait_until="load")
        page.wait_for_timeout(200)
        text = page.inner_text("body")
        styled = page.evaluate(
            "[...document.querySelectorAll('[style]')]"
            ".filter(e => !e.closest('xslt-warning-banner')).map(e => e.localName)"
        )
        color = page.eval_on_selector("h1", "e => getComputedStyle(e).color")
        violations = page.evaluate("window.__cspViolations || []")
    finally:
        context.close()
    assert types["fuente.xsl"] == "application/xml; charset=utf-8"
    assert types["fuente.css"].startswith("text/css")
    assert "Cómo suscribirse" in text
    assert color == "rgb(105, 28, 50)"
    # Chromium 156 adds its own XSLT deprecation banner with inline styles and
    # handlers, which the CSP blocks; nothing of ours is inline.
    assert styled == []
    assert [v for v in violations if not v["directive"].endswith("-src-attr")] == []
    errors = [t for kind, t in console if kind == "error" and "inline" not in t]
    assert errors == [], errors
