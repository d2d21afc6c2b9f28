"""Aclaraciones on the built sample site: the ClaimReview of each page against
its file, evidence links that reach real pages and files, the list newest
first and its filter by verdict (links, no JavaScript), the feeds read by
feedparser, screenshots published without camera or location data, the
method page; and evidence naming a draft or a missing bulletin stopping a
build with its Spanish message."""

from __future__ import annotations

import json
import posixpath
import shutil
from pathlib import Path

import feedparser
import pytest
from PIL import Image

from clarifications.people import looks_like_a_person
from conftest import PORTAL_URL, ROOT, run_build
from content_schema.clarification_schemas import DEFAULT_VERDICTS
from content_schema.frontmatter import split_front_matter
from content_schema.reader import slug_from_filename

pytestmark = pytest.mark.site

SAMPLES = sorted((ROOT / "content" / "aclaraciones").glob("*.md"))
SCALE = {v["key"]: v for v in DEFAULT_VERDICTS}
WATER = "aclaraciones/corte-de-agua-toda-la-cabecera/"


def sample(path: Path) -> tuple[str, dict]:
    """(page URL, front matter) of one sample clarification."""
    meta = split_front_matter(path.read_text(encoding="utf-8")).metadata
    return f"aclaraciones/{slug_from_filename(str(path), {})}/", meta


def claim_review(site, url: str) -> dict:
    blocks = [json.loads(s.string) for s in
              site.html(url).select('script[type="application/ld+json"]')]  # fmt: skip
    (review,) = [b for b in blocks if b.get("@type") == "ClaimReview"]
    return review


def resolve(page: str, href: str) -> str:
    """A relative link of a page as a path inside the output folder."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page + "x"), href))
    return target + "/index.html" if href.endswith("/") else target


def test_the_samples_have_three_different_verdicts():
    verdicts = [sample(path)[1]["verdict"] for path in SAMPLES]
    assert len(SAMPLES) == 3 and len(set(verdicts)) == 3


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_each_page_has_a_claim_review_that_says_what_its_file_says(site, path):
    url, meta = sample(path)
    review = claim_review(site, url)
    verdict = SCALE[meta["verdict"]]
    assert review["@context"] == "https://schema.org"
    assert review["url"] == f"{PORTAL_URL}/{url}"
    assert review["claimReviewed"] == meta["claim"]
    assert review["datePublished"].startswith(str(meta["date"])[:10])
    assert review["author"]["@type"] == "GovernmentOrganization"
    rating = review["reviewRating"]
    assert rating == {"@type": "Rating", "ratingValue": verdict["rating"], "bestRating": 5,
                      "worstRating": 1, "alternateName": verdict["label"],
                      "ratingExplanation": meta["summary"]}  # fmt: skip
    claim = review["itemReviewed"]
    dates = sorted(str(a["date"]) for a in meta["appearances"])
    assert claim["@type"] == "Claim" and claim["datePublished"] == dates[0]
    assert [a["datePublished"] for a in claim["appearance"]] == dates
    assert claim["firstAppearance"]["datePublished"] == dates[0]
    links = [a["link"] for a in meta["appearances"] if "link" in a]
    assert [a["url"] for a in claim["appearance"] if "url" in a] == links
    assert not looks_like_a_person(claim["author"]["name"])
    for appearance in claim["appearance"]:  # a screenshot: the published copy
        if "image" in appearance:
            image = appearance["image"]["contentUrl"].removeprefix(PORTAL_URL + "/")
            assert site.file(image).is_file(), image


def test_an_update_is_dated_on_the_page_and_in_date_modified(site):
    review = claim_review(site, WATER)
    assert review["dateModified"].startswith("2021-04-30")
    updates = site.html(WATER).select("#actualizaciones ~ ol.history li")
    assert len(updates) == 1 and "30 de abril de 2021" in updates[0].get_text()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_piece_of_evidence_is_linked_and_reaches_a_page_or_file(site, path):
    url, meta = sample(path)
    links = site.html(url).select(".clarification-evidence a")
    assert len(links) == len(meta["evidence"])
    for link, evidence in zip(links, meta["evidence"], strict=True):
        href = link["href"]
        if "url" in evidence:
            assert href == evidence["url"] and link.get_text().startswith(evidence["title"])
            continue
        assert site.file(resolve(url, href)).is_file(), href
        if "data" in evidence:
            assert href.endswith(f"/{evidence['data']}.csv") and link["type"] == "text/csv"
    internal = [e for e in meta["evidence"] if "url" not in e]
    assert internal, "cada aclaración de ejemplo tiene evidencia del portal"


def test_a_bulletin_named_as_evidence_is_linked_under_its_title(site):
    link = site.html(WATER).select_one(".clarification-evidence a")
    bulletin = site.html(resolve(WATER, link["href"]))
    assert link.get_text(strip=True) == bulletin.h1.get_text(strip=True)


def test_the_list_is_newest_first_and_the_filter_is_one_page_per_verdict(site):
    page = site.html("aclaraciones/")
    cards = page.select(".clarification-card")
    dates = [c.select_one("time")["datetime"] for c in cards]
    assert len(cards) == 3 and dates == sorted(dates, reverse=True)
    filter_links = {a.get_text(" ", strip=True): a["href"]
                    for a in page.select(".clarification-filter a")}  # fmt: skip
    assert resolve("aclaraciones/", filter_links["Todas (3)"]) == "aclaraciones/index.html"
    for key, verdict in SCALE.items():
        mine = [sample(p)[0] for p in SAMPLES if sample(p)[1]["verdict"] == key]
        href = filter_links[f"{verdict['label']} ({len(mine)})"]
        shown = site.html(resolve("aclaraciones/", href))
        current = shown.select_one(".clarification-filter a[aria-current='page']")
        assert current.get_text(" ", strip=True).startswith(verdict["label"])
        found = [c["data-veredicto"] for c in shown.select(".clarification-card")]
        assert found == [key] * len(mine)
        if not mine:
            assert f"con el veredicto «{verdict['label']}»" in shown.get_text()


def test_the_method_page_is_linked_and_shows_the_scale(site):
    for url in ("aclaraciones/", WATER):
        link = site.html(url).find("a", string=lambda s: s and "Cómo revisamos" in s)
        assert resolve(url, link["href"]) == "aclaraciones/metodo/index.html"
    rows = site.html("aclaraciones/metodo/").select("table.clarification-scale tbody tr")
    assert [r.th.get_text(strip=True) for r in rows] == [v["label"] for v in DEFAULT_VERDICTS]


def test_the_section_is_linked_from_the_transparency_hub_and_the_footer(site):
    for url in ("transparencia/", ""):
        hrefs = [resolve(url, a["href"]) for a in site.html(url).select("a[href]")]
        assert "aclaraciones/index.html" in hrefs, url


@pytest.mark.parametrize("name", ["aclaraciones.rss.xml", "aclaraciones.atom.xml"])
def test_the_feed_has_each_clarification_with_its_verdict(site, name):
    feed = feedparser.parse(site.file(f"feeds/{name}").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    expected = {f"{PORTAL_URL}/{sample(p)[0]}": sample(p)[1] for p in SAMPLES}
    assert {e.link for e in feed.entries} == set(expected)
    for entry in feed.entries:
        meta = expected[entry.link]
        label = SCALE[meta["verdict"]]["label"]
        assert entry.title == f"{label}: {meta['title']}"
        assert meta["claim"] in entry.content[0].value
    listed = site.html("feeds/").select("a[href]")
    assert f"{PORTAL_URL}/feeds/{name}" in [a["href"] for a in listed]


def test_the_site_wide_feed_carries_the_clarifications(site):
    feed = feedparser.parse(site.file("feeds/todo.atom.xml").read_bytes())
    assert f"{PORTAL_URL}/{WATER}" in {e.link for e in feed.entries}


def test_screenshots_are_published_without_camera_or_location_data(site):
    original = ROOT / "content/aclaraciones/capturas/2021-04-16-publicacion-facebook-corte-de-agua.jpg"
    assert Image.open(original).getexif().get_ifd(0x8825), "la muestra trae GPS"
    images = site.html(WATER).select(".clarification-screenshot img")
    assert [i["alt"] for i in images] == [a["screenshot"]["alt"] for a in
                                          sample(SAMPLES[1])[1]["appearances"]]  # fmt: skip
    folder = site.file(WATER + "capturas")
    published = sorted(folder.rglob("*.jpg")) + sorted(folder.rglob("*.webp"))
    assert published
    for path in published:
        exif = Image.open(path).getexif()
        assert not exif.get_ifd(0x8825) and 0x010F not in exif, path
    raw = original.read_bytes()
    assert not [p for p in site.path.rglob("*.jpg") if p.read_bytes() == raw]


def test_the_filter_works_without_javascript(browser, served_site):
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  java_script_enabled=False)  # fmt: skip
    try:
        page = context.new_page()
        page.goto(served_site + "/aclaraciones/")
        page.click(".clarification-filter a:has-text('Impreciso')")
        page.wait_for_url("**/aclaraciones/veredicto/impreciso/")
        titles = page.locator(".clarification-card h2").all_inner_texts()
        assert titles == ["En la jornada del cerro de La Mesa se plantaron 1,500 árboles, no 3,200"]
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
    finally:
        context.close()


# Evidence that is a draft, or missing, stops the build: each with its message.
CLARIFICATION = """---
title: "Es falso que se cortará el agua en toda la cabecera"
date: 2021-04-16 13:30
claim: "Cortan el agua en toda la cabecera por un mes."
verdict: falso
summary: "No hay ningún corte general."
area: obras-publicas
appearances:
  - platform: "Facebook"
    date: 2021-04-15
    link: "https://www.facebook.com/ejemplo/posts/1"
evidence:
  - bulletin: {name}
---
El mensaje que circula no es cierto.
"""
BULLETIN = """---
title: "Reparto de agua en pipas"
date: 2021-04-13 09:00
area: obras-publicas
summary: "Seis colonias reciben agua por tandeo."
{status}---
San Isidro del Monte, Jal., 13 de abril de 2021.— Seis colonias reciben agua.
"""


def small_site(tmp_path: Path, evidence: str, status: str = "") -> Path:
    content = tmp_path / "content"
    (content / "boletines" / "2021").mkdir(parents=True)
    (content / "aclaraciones").mkdir()
    (content / "boletines/2021/2021-04-13-reparto-agua-pipas.md").write_text(
        BULLETIN.format(status=status), encoding="utf-8")  # fmt: skip
    (content / "aclaraciones/2021-04-16-corte-de-agua.md").write_text(
        CLARIFICATION.format(name=evidence), encoding="utf-8")  # fmt: skip
    return content


@pytest.mark.parametrize(
    ("evidence", "status", "message"),
    [
        ("2021-04-13-reparto-de-agua", "",
         "evidence[1].bulletin: no existe el boletín '2021-04-13-reparto-de-agua'; se espera "
         "el nombre de un archivo de content/boletines/AAAA/ sin la extensión .md"),
        ("2021-04-13-reparto-agua-pipas", "status: draft\n",
         "evidence[1].bulletin: el boletín '2021-04-13-reparto-agua-pipas' es un borrador "
         "(status: draft); se espera un boletín publicado (quite «status: draft» de ese "
         "archivo o quite este campo)"),
    ],
    ids=["missing", "draft"],
)  # fmt: skip
def test_evidence_that_does_not_resolve_stops_the_build(tmp_path, evidence, status, message):
    content = small_site(tmp_path, evidence, status)
    result = run_build(tmp_path / "output", content=content)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    shown = "content/aclaraciones/2021-04-16-corte-de-agua.md"
    assert f"{shown}: {message}" in result.stderr.splitlines()
    assert not (tmp_path / "output" / "aclaraciones").exists()


def test_evidence_that_resolves_builds_and_links(tmp_path):
    content = small_site(tmp_path, "2021-04-13-reparto-agua-pipas")
    text = CLARIFICATION.format(name="2021-04-13-reparto-agua-pipas")
    text = text.replace("evidence:", 'spread_by: ["Juan Pérez López"]\nevidence:')
    (content / "aclaraciones/2021-04-16-corte-de-agua.md").write_text(text, encoding="utf-8")
    result = run_build(tmp_path / "output", content=content)
    assert result.returncode == 0, result.stderr
    assert "spread_by[1]: «Juan Pérez López» parece el nombre" in result.stderr
    page = (tmp_path / "output/aclaraciones/corte-de-agua/index.html").read_text()
    assert 'href="../../boletines/2021/reparto-agua-pipas/"' in page
    shutil.rmtree(tmp_path / "output")
