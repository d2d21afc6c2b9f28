"""Search answers only with pages that say the words asked, in Spanish forms.

Pagefind, given a word it lacks, backtracks to the longest prefix it has
(«ornitorrinco» found 25 pages by «o»); buscar.js drops such answers. Counts
are checked against the built pages' own searchable text, read here.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import sample_bulletins

pytestmark = pytest.mark.site

NOT_ON_THE_SITE = ["ornitorrinco", "zorbotrón", "mastodonte", "qwertyuiop", "feria"]
FIRST_VACCINATION = "/boletines/2021/vacunacion-adultos-mayores/"
# Page details, not text: the kind · date · area line, the file-size note, the
# print-only address and the bulletin's "updated" date.
CHROME = "p.meta, .print-only, .updated"


def _fold(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFD", text.lower())
        if not unicodedata.combining(c)
    )


@pytest.fixture(scope="module")
def searchable_text(site) -> dict[str, str]:
    """Each indexed page's text as Pagefind should read it: the
    data-pagefind-body element without its ignored parts nor its page
    details, folded."""
    texts = {}
    for name in site.pages():
        soup = site.html(name)
        body = soup.find(attrs={"data-pagefind-body": True})
        if body is None:
            continue
        for ignored in body.find_all(attrs={"data-pagefind-ignore": True}):
            ignored.decompose()
        for chrome in body.select(CHROME):  # whatever the templates mark
            chrome.decompose()
        texts["/" + name.removesuffix("index.html")] = _fold(body.get_text(" "))
    return texts


def _pages_with_words_starting(texts, stem: str) -> set[str]:
    return {url for url, text in texts.items() if re.search(rf"(?<!\w){stem}", text)}


def _search(browser, served_site, query: str):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{served_site}/buscar/?q={query}")
    page.wait_for_function(
        "document.getElementById('estado-busqueda').textContent.match(/resultado/)",
        timeout=15000,
    )
    found = page.eval_on_selector_all(
        "#resultados li",
        "lis => lis.map(li => ({url: new URL(li.querySelector('a').href).pathname,"
        " excerpt: li.querySelector('.excerpt').innerHTML}))",
    )
    status = page.inner_text("#estado-busqueda")
    page.close()
    return status, found


@pytest.mark.parametrize("word", NOT_ON_THE_SITE)
def test_a_word_on_no_page_gives_no_results(browser, served_site, searchable_text, word):
    assert not _pages_with_words_starting(searchable_text, _fold(word))
    status, found = _search(browser, served_site, word)
    assert status == f"No hay resultados para «{word}»."
    assert found == []


@pytest.mark.parametrize(
    "query, stem",
    [
        ("vacunación", "vacun"),
        ("vacunacion", "vacun"),
        ("vacunas", "vacun"),
        ("vacunando", "vacun"),
        ("cabildo", "cabild"),
        ("cabildos", "cabild"),
        ("reforestación", "reforest"),
        ("reforestar", "reforest"),
        ("vacun", "vacun"),  # typed so far: search as you type
    ],
)
def test_a_word_finds_the_pages_with_its_forms(
    browser, served_site, searchable_text, query, stem
):
    expected = _pages_with_words_starting(searchable_text, stem)
    assert len(expected) >= 3
    status, found = _search(browser, served_site, query)
    assert status == f"{len(expected)} resultados para «{query}»."
    assert {item["url"] for item in found} == expected


def test_accents_and_plurals_rank_the_same_first_result(browser, served_site):
    assert any(b.url == FIRST_VACCINATION.strip("/") + "/" for b in sample_bulletins())
    results = [
        [item["url"] for item in _search(browser, served_site, q)[1]]
        for q in ("vacunación", "vacunacion", "vacunas")
    ]
    firsts = [found[0] for found in results]
    # the campaign «Vacúnate…» or the bulletin: the same page for all three
    assert len(set(firsts)) == 1 and "vacunacion" in firsts[0], firsts
    assert all(FIRST_VACCINATION in found[:3] for found in results), results


def test_one_missing_word_empties_the_query_and_is_named(browser, served_site):
    status, found = _search(browser, served_site, "vacunación ornitorrinco")
    assert found == []
    assert status == (
        "No hay resultados para «vacunación ornitorrinco»: "
        "la palabra «ornitorrinco» no aparece en el sitio."
    )


@pytest.mark.parametrize("query", ["vacunación", "cabildo", "reforestación"])
def test_excerpts_start_at_the_text_around_the_match(
    browser, served_site, searchable_text, query
):
    _status, found = _search(browser, served_site, query)
    assert found
    for item in found:
        excerpt = item["excerpt"]
        assert "<mark>" in excerpt, item
        # The excerpt is a run of the page's own searchable text: no date and
        # area line, no print-only address in between (those are not indexed).
        words = " ".join(re.findall(r"\w+", _fold(re.sub(r"<[^>]+>", "", excerpt))))
        text = " ".join(re.findall(r"\w+", searchable_text[item["url"]]))
        assert f" {words} " in f" {text} ", item


def test_the_shipped_spanish_matching(browser, served_site):
    """The module buscar.js itself, as the page loaded it."""
    page = browser.new_page()
    page.goto(f"{served_site}/buscar/")
    pairs = [
        ("vacunas", "vacunación", True),
        ("vacunación", "Vacunación,", True),
        ("vacunacion", "vacunación", True),
        ("reforestar", "reforestaron", True),
        ("cabildo", "Cabildos", True),
        ("covid-19", "COVID-19.", True),
        ("19", "COVID-19", True),
        ("vacu", "vacunación", True),
        ("mastodonte", "más.", False),
        ("ornitorrinco", "o", False),
        ("zorbotrón", "Z.", False),
        ("qwertyuiop", "Q", False),
        ("feria", "Fe", False),
    ]
    answers = page.evaluate(
        """async (pairs) => {
            const src = document.querySelector('script[type=module][src*="buscar"]').src;
            const words = await import(src);
            return pairs.map(([q, w]) => words.isVariant(q, w));
        }""",
        [[q, w] for q, w, _ in pairs],
    )
    assert answers == [expected for _q, _w, expected in pairs]
    page.close()


def test_a_bulletin_number_finds_its_bulletin_without_leading_its_excerpt(
    browser, served_site, site
):
    number = site.html(FIRST_VACCINATION.strip("/") + "/").select_one(".meta .number")
    label = number.get_text(strip=True).removeprefix("Boletín ")
    assert re.fullmatch(r"\d{3}/\d{4}", label)
    status, found = _search(browser, served_site, label)
    urls = [item["url"] for item in found]
    assert FIRST_VACCINATION in urls, status
    assert label not in found[urls.index(FIRST_VACCINATION)]["excerpt"]
