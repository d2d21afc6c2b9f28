"""Auditors and journalists print: the print stylesheet really applies."""

from __future__ import annotations

import re

import pytest

from conftest import ARTIFACTS, sample_bulletins

pytestmark = pytest.mark.site

CORRECTED = next(b for b in sample_bulletins() if b.meta.get("corrections"))


def test_bulletin_prints_without_navigation(browser, served_site):
    page = browser.new_page()
    page.goto(f"{served_site}/{CORRECTED.url}")
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """['.site-nav', '.breadcrumbs', '.bulletin-aside', '.skip-link']
             .map(s => getComputedStyle(document.querySelector(s)).display)"""
    )
    assert hidden == ["none"] * 4
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "serif" in family.lower() and "sans" not in family.lower()
    assert page.locator(".errata").is_visible()
    assert page.locator("article.bulletin h1").is_visible()
    pdf = page.pdf(format="Letter")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "boletin-impreso.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 3, pages
    page.close()


def test_screen_layout_is_not_the_print_layout(browser, served_site):
    """Guards the test above: on screen the navigation is shown."""
    page = browser.new_page()
    page.goto(f"{served_site}/{CORRECTED.url}")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.site-nav')).display")
        != "none"
    )
    page.close()
