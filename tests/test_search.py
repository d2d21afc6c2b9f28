"""Search: Pagefind's index built with the site, queried from headless Chromium."""

from __future__ import annotations

import json
import unicodedata

import pytest

from conftest import sample_bulletins, sample_galleries

pytestmark = pytest.mark.site

PUBLISHED = [b for b in sample_bulletins() if b.published]


def test_index_is_built_in_spanish_with_every_content_page(site):
    entry = json.loads(site.text("pagefind/pagefind-entry.json"))
    (language,) = entry["languages"]
    assert language == "es"
    plans = len(list(site.path.glob("transparencia/planes/*/index.html")))
    reports = len(list(site.path.glob("transparencia/informes/*/*/index.html")))
    pages = 3  # accesibilidad, aviso de privacidad, entrevistas y acreditación
    recordings = len(list(site.path.glob("videoteca/2*/*/index.html"))) + len(
        list(site.path.glob("fonoteca/2*/*/index.html"))
    )  # each recording page, with its transcript (issue 14)
    # the year's publicity spending, each campaign and each provider (issue 15)
    publicity = len(list(site.path.glob("transparencia/comunicacion-social/**/index.html")))
    faq = len(list(site.path.glob("preguntas-frecuentes/index.html")))  # issue 17
    # each clarification and the method (not the lists by verdict), the informe (issue 16)
    clarifications = len(list(site.path.glob("aclaraciones/*/index.html")))
    informes = len(list(site.path.glob("informe-de-gobierno/2*/index.html")))
    expected = (
        len(PUBLISHED) + len(sample_galleries()) + plans + reports + pages + recordings
        + publicity + faq + clarifications + informes
    )  # fmt: skip
    assert entry["languages"]["es"]["page_count"] == expected


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


def _search(browser, served_site, query: str, width=390):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{served_site}/buscar/{query}")
    page.wait_for_function(
        "document.getElementById('estado-busqueda').textContent.match(/resultado/)",
        timeout=15000,
    )
    return page


def test_search_finds_bulletins_and_galleries_with_kind_date_and_area(browser, served_site):
    page = _search(browser, served_site, "?q=vacunación")
    status = page.inner_text("#estado-busqueda")
    items = page.query_selector_all("#resultados li")
    assert status == f"{len(items)} resultados para «vacunación»." and len(items) >= 3
    details = [i.query_selector(".meta").inner_text() for i in items]
    assert "Boletín · 15 de febrero de 2021 · Salud" in details
    assert "Galería · 15 de febrero de 2021 · Salud" in details
    with page.expect_navigation():
        items[0].query_selector("a").click()
    assert "vacun" in _fold(page.inner_text("h1"))  # vacunación, vacúnate
    page.close()


def test_filters_narrow_the_results(browser, served_site):
    page = _search(browser, served_site, "?q=vacunación&tipo=Galería")
    kinds = {
        m.inner_text().split(" · ")[0] for m in page.query_selector_all("#resultados .meta")
    }
    assert kinds == {"Galería"}
    assert page.eval_on_selector("select[name=tipo]", "s => s.value") == "Galería"
    options = page.eval_on_selector_all(
        "select[name=tipo] option", "os => os.map(o => o.value)"
    )
    assert {"Boletín", "Galería", "Plan", "Informe", "Página"} <= set(options)
    page.select_option("select[name=tipo]", "Plan")
    page.wait_for_function("location.search.includes('tipo=Plan')")
    page.wait_for_function(
        "[...document.querySelectorAll('#resultados .meta')].every(m => m.textContent.startsWith('Plan'))"
    )
    page.close()


def test_without_javascript_the_search_box_leads_to_the_archives(browser, served_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{served_site}/")
    page.fill("#buscar-sitio", "vacunación")
    page.press("#buscar-sitio", "Enter")
    page.wait_for_url("**/buscar/?q=vacunaci*")
    assert page.is_visible("#sin-javascript")
    assert not page.is_visible(".search-filters")
    links = page.eval_on_selector_all("#sin-javascript a", "as => as.map(a => a.href)")
    assert any(link.endswith("/boletines/") for link in links)
    assert any(link.endswith("/fototeca/") for link in links)
    assert any(link.endswith("/boletines/2021/") for link in links)
    context.close()


def test_drafts_are_not_in_the_search_index(site):
    import re

    drafts = [p for p in site.pages() if p.startswith("borradores/")]
    assert drafts
    for path in drafts:
        assert not re.search(r"data-pagefind-body", site.text(path))
