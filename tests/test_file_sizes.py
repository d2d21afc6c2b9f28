"""Every file size the site shows, on every page and in the galleries feed,
against the real size of the file it links to: one convention (SI: 1 kB =
1,000 bytes, 1 MB = 1,000,000 bytes), written the Mexican way, and said once
on each page that shows sizes."""

from __future__ import annotations

import posixpath
import re
from decimal import Decimal

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import PORTAL_URL, sample_bulletins, sample_galleries

pytestmark = pytest.mark.site

UNITS = {"B": 1, "kB": 1000, "MB": 1000**2, "GB": 1000**3}
SIZE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?) (B|kB|MB|GB)(?!\w)")
MEXICAN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d)?")
NOTE = "1 kB = 1,000 bytes; 1 MB = 1,000,000 bytes"
OTHER_UNITS = re.compile(r"\b(?:KB|Kb|KiB|MiB|GiB|kilobytes?|megabytes?)\b")


def check_size(shown: str, unit: str, real: int, where: str) -> None:
    """``shown`` ``unit`` is ``real`` bytes, rounded to the figure's last digit."""
    assert MEXICAN_NUMBER.fullmatch(shown), (where, shown)
    value = Decimal(shown.replace(",", ""))
    if unit == "B":
        assert value == real, (where, shown, real)
        assert real < 1000, (where, "should be in kB")
        return
    half_step = Decimal("0.05") * UNITS[unit]
    assert abs(value * UNITS[unit] - real) <= half_step, (where, f"{shown} {unit}", real)
    assert value >= 1 or unit == "kB", (where, "a smaller unit reads better")
    assert value < 1000 or unit == "GB", (where, "a larger unit reads better")


def linked_file(site, page: str, href: str):
    if href.startswith(PORTAL_URL):
        relative = href.removeprefix(f"{PORTAL_URL}/")
    else:
        relative = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
    return site.file(relative)


def sizes_on(site, page: str) -> tuple[list, list[str], BeautifulSoup]:
    """The sizes in the page's main text, and the notes that explain them
    (taken out: their «1 kB» is no file's size)."""
    soup = site.html(page)
    notes = [note.extract().get_text(" ", strip=True) for note in soup.select(".size-note")]
    main = soup.select_one("main")
    return (
        [(m.group(1), m.group(2)) for m in SIZE.finditer(main.get_text(" "))],
        notes,
        soup,
    )


def test_every_size_on_every_page_is_the_linked_files(site):
    pages_with_sizes, checked = set(), 0
    for page in site.pages():
        sizes, notes, soup = sizes_on(site, page)
        text = soup.select_one("main").get_text(" ")
        assert not OTHER_UNITS.search(text), (page, OTHER_UNITS.search(text)[0])
        assert NOTE not in text, page  # only as a note
        if not sizes:
            assert notes == [], page
            continue
        pages_with_sizes.add(page)
        assert len(notes) == 1 and NOTE in notes[0], page  # said once on the page
        linked = []
        for link in soup.select("main a[href]"):
            for match in SIZE.finditer(link.get_text(" ")):
                target = linked_file(site, page, link["href"])
                assert target.is_file(), (page, link["href"])
                check_size(match.group(1), match.group(2), target.stat().st_size, page)
                linked.append((match.group(1), match.group(2)))
                checked += 1
        assert sorted(linked) == sorted(sizes), (page, "a size that names no file")
    bulletins_with_image = {
        f"{b.url}index.html"
        for b in sample_bulletins()
        if b.published and "image" in b.meta
    }
    galleries = sample_galleries()
    gallery_pages = {f"{g.url}index.html" for g in galleries}
    photo_pages = {
        f"{g.url}{p['file'].rsplit('.', 1)[0]}/index.html"
        for g in galleries
        for p in g.photos
    }
    expected = (
        bulletins_with_image
        | gallery_pages
        | photo_pages
        | {
            "datos/index.html",
            "transparencia/indicadores/index.html",
            "transparencia/planes/plan-operativo-anual-2021/index.html",
            "transparencia/planes/plan-operativo-anual-2021/cronograma/index.html",
            "transparencia/planes/plan-operativo-anual-2021/cumplimiento/index.html",
            "transparencia/informes/2021/febrero/index.html",
        }
    )
    assert expected <= pages_with_sizes, sorted(expected - pages_with_sizes)
    assert checked >= len(bulletins_with_image) + len(gallery_pages) + 2 * len(photo_pages)


def test_the_galleries_feed_gives_the_zip_size_the_same_way(site):
    feed = feedparser.parse(site.text("feeds/galerias.rss.xml"))
    assert len(feed.entries) == len(sample_galleries())
    for entry in feed.entries:
        body = BeautifulSoup(entry.content[0].value, "lxml")
        (link,) = [a for a in body.find_all("a") if a["href"].endswith(".zip")]
        (match,) = SIZE.finditer(link.get_text(" "))
        target = linked_file(site, "", link["href"])
        check_size(match.group(1), match.group(2), target.stat().st_size, entry.link)
