"""/preguntas-frecuentes/ built from content/preguntas-frecuentes/: a heading
per topic, an anchor per question, sources linked, the FAQPage JSON-LD that
says the same as the page, and Pagefind finding each question."""

from __future__ import annotations

import json
import posixpath
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from conftest import PORTAL_URL, ROOT

pytestmark = pytest.mark.site

PAGE = "preguntas-frecuentes/"


def topics() -> list[dict]:
    """The sample topics as their files say, in the page's order."""
    from content_schema.frontmatter import split_front_matter

    found = []
    for path in sorted((ROOT / "content" / "preguntas-frecuentes").glob("*.md")):
        meta = split_front_matter(path.read_text(encoding="utf-8")).metadata
        if meta.get("status") != "draft":
            found.append({"slug": path.stem, **meta})
    return sorted(found, key=lambda t: (t.get("order", 10**6), t["title"]))


def test_the_sample_covers_several_areas_with_enough_questions():
    counts = [len(t["questions"]) for t in topics()]
    assert 3 <= len(counts) <= 4 and 8 <= sum(counts) <= 12, counts
    assert all(q["sources"] for t in topics() for q in t["questions"])


def test_one_heading_per_topic_and_one_anchor_per_question(site):
    soup = site.html(PAGE)
    article = soup.select_one("main article.faq[data-pagefind-body]")
    assert article.h1.get_text(strip=True) == "Preguntas frecuentes"
    sections = article.select("section.faq-topic")
    assert [s.h2.get_text(strip=True) for s in sections] == [t["title"] for t in topics()]
    assert [s.h2["id"] for s in sections] == [t["slug"] for t in topics()]
    toc = [a["href"] for a in article.select("nav.faq-toc a")]
    assert toc == [f"#{t['slug']}" for t in topics()]
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "anclas repetidas"
    for section, topic in zip(sections, topics(), strict=True):
        headings = section.select("section.faq-item > h3")
        assert [h.get_text(strip=True) for h in headings] == [
            q["question"] for q in topic["questions"]
        ]
        for heading, question in zip(headings, topic["questions"], strict=True):
            if "id" in question:
                assert heading["id"] == question["id"]
            item = heading.parent
            assert item.select_one(f"a[href='#{heading['id']}']"), (
                "sin enlace a la pregunta"
            )
            assert item.select_one(".faq-answer").get_text(strip=True)


def expected_url(name: str) -> str:
    """Where a source named in a file is published (its page on the site)."""
    for library in ("videoteca", "fonoteca"):
        if (ROOT / "content" / library / name).is_dir():
            return f"{library}/{name[:4]}/{name[11:]}/"
    if (ROOT / "content" / "galerias" / name).is_dir():
        return f"galerias/{name[:4]}/{name[11:]}/"
    if (ROOT / "content" / "planes" / f"{name}.md").is_file():
        return f"transparencia/planes/{name}/"
    if (ROOT / "content" / "agenda" / f"{name}.md").is_file():
        return f"agenda/#evento-{name}"
    assert (ROOT / "content" / "boletines" / name[:4] / f"{name}.md").is_file(), name
    return f"boletines/{name[:4]}/{name[11:]}/"


def test_each_answer_links_its_sources_and_they_exist(site):
    soup = site.html(PAGE)
    base = f"{PORTAL_URL}/{PAGE}"
    for topic in topics():
        for question in topic["questions"]:
            heading = next(
                h for h in soup.select("section.faq-item > h3")
                if h.get_text(strip=True) == question["question"]
            )  # fmt: skip
            links = heading.parent.select(".faq-sources a")
            hrefs = [urljoin(base, a["href"]) for a in links]
            assert hrefs == [f"{PORTAL_URL}/{expected_url(n)}" for n in question["sources"]]
            for href, link in zip(hrefs, links, strict=True):
                path = href.removeprefix(PORTAL_URL + "/").partition("#")[0]
                assert site.file(posixpath.join(path, "index.html")).is_file(), href
                assert ": " in link.get_text()  # «Boletín: título»


def test_faqpage_json_ld_says_what_the_page_says(site):
    soup = site.html(PAGE)
    (block,) = [
        json.loads(s.string)
        for s in soup.find_all("script", type="application/ld+json")
        if '"FAQPage"' in s.string
    ]
    assert block["@context"] == "https://schema.org" and block["@type"] == "FAQPage"
    assert block["url"] == f"{PORTAL_URL}/{PAGE}"
    items = soup.select("section.faq-item")
    assert len(block["mainEntity"]) == len(items)
    for entity, item in zip(block["mainEntity"], items, strict=True):
        heading = item.h3
        assert entity["@type"] == "Question"
        assert entity["name"] == heading.get_text(strip=True)
        answer = entity["acceptedAnswer"]
        assert answer["@type"] == "Answer"
        assert answer["url"] == f"{PORTAL_URL}/{PAGE}#{heading['id']}"
        said = BeautifulSoup(answer["text"], "lxml").get_text(" ", strip=True)
        assert " ".join(said.split()) == " ".join(
            item.select_one(".faq-answer").get_text(" ", strip=True).split()
        )
        sources = [
            urljoin(f"{PORTAL_URL}/{PAGE}", a["href"])
            for a in item.select(".faq-sources a")
        ]
        assert answer["citation"] == sources


@pytest.mark.parametrize(
    ("query", "anchor"),
    [
        ("tandeo", "agua-por-tandeo-y-pipas"),
        ("refugios temporales", "refugios-temporales"),
        ("cacharros", "que-hago-con-los-cacharros-que-juntan-agua-en-mi-casa"),
    ],
)
def test_search_finds_the_question(browser, served_site, query, anchor):
    """Pagefind's index, from Chromium: the page, and the question's own anchor."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    try:
        page.goto(f"{served_site}/buscar/?q={query}")
        page.wait_for_function(
            "document.getElementById('estado-busqueda').textContent.match(/resultado/)",
            timeout=15000,
        )
        titles = [a.inner_text() for a in page.query_selector_all("#resultados li h2 a")]
        assert "Preguntas frecuentes" in titles, titles
        found = page.evaluate(
            """async (query) => {
              const pagefind = await import('/pagefind/pagefind.js');
              const search = await pagefind.search(query);
              const data = await Promise.all(search.results.map(r => r.data()));
              const faq = data.find(d => d.url.includes('preguntas-frecuentes'));
              return faq ? faq.sub_results.map(s => s.url) : [];
            }""",
            query,
        )
        assert any(url.endswith(f"#{anchor}") for url in found), found
    finally:
        page.close()
