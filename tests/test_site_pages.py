"""The sample site's HTML as a reader (and a search engine) gets it."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from conftest import PORTAL_URL, sample_bulletins

pytestmark = pytest.mark.site

BULLETINS = [b for b in sample_bulletins() if b.published]
NEWEST_FIRST = sorted(BULLETINS, key=lambda b: str(b.meta["date"]), reverse=True)
SPANISH_DATE = re.compile(
    r"^\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre) de \d{4}$"
)


def json_ld(soup) -> list[dict]:
    return [
        json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")
    ]


def bulletin_number(soup) -> str:
    return soup.select_one("article.bulletin .number").get_text(strip=True)


def test_every_bulletin_page(site):
    for bulletin in BULLETINS:
        soup = site.html(bulletin.url)
        assert soup.h1.get_text(strip=True) == bulletin.meta["title"]
        assert soup.find("link", rel="canonical")["href"] == f"{PORTAL_URL}/{bulletin.url}"
        time = soup.select_one("article.bulletin .meta time")
        assert SPANISH_DATE.match(time.get_text(strip=True)), time
        assert time["datetime"].startswith(str(bulletin.meta["date"])[:10])
        area = soup.select_one("article.bulletin .meta a")
        assert area["href"].endswith(f"boletines/area/{bulletin.meta['area']}/")
        assert soup.select_one(".lead").get_text(strip=True) == bulletin.meta["summary"]
        (article_ld,) = [d for d in json_ld(soup) if d["@type"] == "NewsArticle"]
        assert article_ld["headline"] == bulletin.meta["title"]
        assert article_ld["datePublished"].startswith(str(bulletin.meta["date"])[:10])
        assert article_ld["publisher"]["@type"] == "GovernmentOrganization"
        tags = [a.get_text(strip=True) for a in soup.select(".tag-list a")]
        assert tags == bulletin.meta.get("tags", [])


def test_bulletin_image_markup_and_card(site):
    with_image = [b for b in BULLETINS if "image" in b.meta]
    for bulletin in with_image:
        soup = site.html(bulletin.url)
        img = soup.select_one(".bulletin-figure img")
        assert img["alt"] == bulletin.meta["image"]["alt"]
        assert int(img["width"]) > 0 and int(img["height"]) > 0
        assert len(img["srcset"].split(",")) == 3
        assert soup.select_one(".bulletin-figure source")["type"] == "image/webp"
        assert bulletin.meta["image"]["credit"] in soup.figcaption.get_text()
        og = soup.find("meta", property="og:image")["content"]
        assert og.startswith(PORTAL_URL + "/imagenes/")
        og_file = site.file(og.removeprefix(PORTAL_URL + "/"))
        assert og_file.stat().st_size < 300 * 1024
        ld = next(d for d in json_ld(soup) if d["@type"] == "NewsArticle")
        assert ld["image"]["creditText"] == bulletin.meta["image"]["credit"]
        assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == (
            "summary_large_image"
        )


def test_default_card_image_is_small(site):
    soup = site.html("")
    og = soup.find("meta", property="og:image")["content"]
    assert site.file(og.removeprefix(PORTAL_URL + "/")).stat().st_size < 300 * 1024


def test_numbers_per_year_in_date_order(site):
    numbers = {b.url: bulletin_number(site.html(b.url)) for b in BULLETINS}
    assert all(re.fullmatch(r"Boletín \d{3}/2021", n) for n in numbers.values())
    given = {b.url: b.meta["number"] for b in BULLETINS if "number" in b.meta}
    for url, number in given.items():
        assert numbers[url] == f"Boletín {number:03d}/2021"
    auto = [
        b
        for b in sorted(BULLETINS, key=lambda b: str(b.meta["date"]))
        if "number" not in b.meta
    ]
    expected, n = [], 0
    for _ in auto:
        n += 1
        while n in given.values():
            n += 1
        expected.append(f"Boletín {n:03d}/2021")
    assert [numbers[b.url] for b in auto] == expected
    assert len(set(numbers.values())) == len(numbers)


def test_numbers_of_the_year_run_without_a_gap(site):
    """A reader who sees 027 then 040 asks where twelve bulletins went."""
    numbers = sorted(int(bulletin_number(site.html(b.url))[8:11]) for b in BULLETINS)
    assert numbers == list(range(1, len(BULLETINS) + 1))


PRESS = ("Lic. Mariana Orozco Villaseñor", "Jefa de Prensa", "+52 382 538 0012",
         "prensa@sanisidrodelmonte.gob.mx")  # pelicanconf.py's PRESS_CONTACT  # fmt: skip


def _press_contact(block) -> None:
    name, role, phone, email = PRESS
    contact = block.select_one(".press-contact")
    assert contact is not None, block
    text = contact.get_text(" ", strip=True)
    assert name in text and role in text
    assert contact.find("a", href="tel:+523825380012").get_text(strip=True) == phone
    assert contact.find("a", href=f"mailto:{email}").get_text(strip=True) == email


def test_press_officer_under_para_medios(site):
    for bulletin in BULLETINS:
        aside = site.html(bulletin.url).find(id="para-medios").parent
        _press_contact(aside)
    _press_contact(site.html("").find(id="para-medios").parent)


def test_corrections_show_as_dated_errata(site):
    corrected = [b for b in BULLETINS if b.meta.get("corrections")]
    assert len(corrected) >= 2
    for bulletin in corrected:
        soup = site.html(bulletin.url)
        errata = soup.select_one("section.errata")
        assert errata.h2.get_text(strip=True) == "Fe de erratas"
        items = errata.find_all("li")
        assert len(items) == len(bulletin.meta["corrections"])
        for item, correction in zip(items, bulletin.meta["corrections"], strict=True):
            assert SPANISH_DATE.match(item.time.get_text(strip=True))
            assert correction["text"].strip() in item.get_text(" ", strip=True)
        assert soup.select_one(".updated time")


def test_home(site):
    soup = site.html("")
    lead = soup.select_one(".lead-story .lead-title a")
    assert lead.get_text(strip=True) == NEWEST_FIRST[0].meta["title"]
    recent = [
        a.get_text(strip=True) for a in soup.select("#recientes ~ .cards .card-title a")
    ]
    assert recent == [b.meta["title"] for b in NEWEST_FIRST[1:7]]
    (org,) = json_ld(soup)
    assert org["@type"] == "GovernmentOrganization"
    assert org["address"]["addressCountry"] == "MX"
    feeds = soup.find_all("link", rel="alternate")
    assert {f["type"] for f in feeds} == {"application/rss+xml", "application/atom+xml"}
    assert all(f["href"].startswith(PORTAL_URL + "/feeds/") for f in feeds)
    assert soup.html["lang"] == "es-MX"


def test_paginated_list_holds_every_bulletin_once(site):
    seen, page, url = [], 1, "boletines/"
    while True:
        soup = site.html(url)
        cards = [a["href"] for a in soup.select(".cards-list .card-title a")]
        assert len(cards) == min(10, len(BULLETINS) - len(seen)), url
        seen += cards
        status = soup.select_one(".pagination [aria-current=page]")
        pages = -(-len(BULLETINS) // 10)
        assert status.get_text(strip=True) == f"Página {page} de {pages}"
        following = soup.select_one(".pagination a[rel=next]")
        if following is None:
            break
        page += 1
        url = f"boletines/pagina/{page}/"
        assert following["href"].endswith(url)
    titles = [s.rstrip("/").split("/")[-1] for s in seen]
    assert titles == [b.slug for b in NEWEST_FIRST]


def test_year_area_and_tag_pages(site):
    year = site.html("boletines/2021/")
    assert len(year.select(".archive-list li")) == len(BULLETINS)
    newest = str(NEWEST_FIRST[0].meta["date"])  # the first month shown is the newest
    month = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"][int(newest[5:7]) - 1]  # fmt: skip
    assert year.select_one(".month h2").get_text() == f"{month} de {newest[:4]}"

    by_area = Counter(b.meta["area"] for b in BULLETINS)
    for area, count in by_area.items():
        first = site.html(f"boletines/area/{area}/")
        assert len(first.select(".cards-list .card")) == min(count, 10), area
        assert first.find("link", rel="alternate", href=re.compile(f"areas/{area}.rss.xml"))

    by_tag = Counter(t for b in BULLETINS for t in b.meta.get("tags", []))
    areas_index = site.html("boletines/temas/")
    assert len(areas_index.select(".tag-cloud li")) == len(by_tag)
    tag, count = by_tag.most_common(1)[0]
    (link,) = [
        a for a in areas_index.select(".tag-cloud a") if a.contents[0].strip() == tag
    ]
    assert link.select_one(".count").get_text() == f"({count})"
    soup = site.html(_resolve(link["href"], "boletines/temas/"))
    assert soup.h1.get_text(strip=True) == f"Tema: {tag}"
    assert len(soup.select(".cards-list .card")) == min(count, 10)


def _resolve(href: str, base: str) -> str:
    from posixpath import normpath

    return normpath(base + href) + "/"


@pytest.mark.parametrize("page", ["accesibilidad/", "aviso-de-privacidad/", "feeds/"])
def test_fixed_pages(site, page):
    soup = site.html(page)
    assert soup.h1 and soup.find("footer")
    assert soup.find("a", string="Declaración de accesibilidad")


def test_404_and_robots(site):
    soup = site.html("404.html")
    assert soup.h1.get_text(strip=True) == "No encontramos esta página"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    robots = site.text("robots.txt")
    assert f"Sitemap: {PORTAL_URL}/sitemap.xml" in robots


def test_no_request_to_another_host(site):
    """No CDN, web font or tracker: every resource a page loads is ours."""
    for page in site.pages():
        soup = site.html(page)
        for tag, attr in (
            ("img", "src"),
            ("script", "src"),
            ("source", "srcset"),
            ("img", "srcset"),
            ("iframe", "src"),
        ):
            for element in soup.find_all(tag):
                value = element.get(attr, "")
                assert "//" not in value or value.startswith(PORTAL_URL), (page, value)
        for link in soup.find_all("link", rel="stylesheet"):
            assert "//" not in link["href"], page
        assert "@import" not in site.text(page)
