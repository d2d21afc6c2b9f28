"""Feeds as a feed reader parses them, and the sitemap as a crawler reads it."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import urljoin

import feedparser
import pytest

from conftest import PORTAL_URL, sample_bulletins

pytestmark = pytest.mark.site

BULLETINS = [b for b in sample_bulletins() if b.published]
BY_URL = {f"{PORTAL_URL}/{b.url}": b for b in BULLETINS}
AREAS = sorted(Counter(b.meta["area"] for b in BULLETINS).items())


def parse(site, relative):
    feed = feedparser.parse(site.file(relative).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_all_bulletins_feed(site, kind):
    feed = parse(site, f"feeds/boletines.{kind}.xml")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert feed.feed.language == "es-MX"
    assert len(feed.entries) == len(BULLETINS)
    dates = [e.published_parsed for e in feed.entries]
    assert dates == sorted(dates, reverse=True)
    for entry in feed.entries:
        source = BY_URL[entry.link]
        assert entry.id == entry.link
        assert entry.title == source.meta["title"]
        assert entry.summary == source.meta["summary"]
        published = dt.datetime.fromisoformat(str(source.meta["date"]))
        assert entry.published_parsed[:5] == _utc(published)[:5]
        assert entry.updated_parsed >= entry.published_parsed
        content = entry.content[0].value
        assert "Boletín " in content and " de 2021" in content
        assert 'src="/' not in content and 'href="/' not in content
        if "image" in source.meta:
            (enclosure,) = entry.enclosures
            image = site.file(enclosure.href.removeprefix(PORTAL_URL + "/"))
            assert int(enclosure.length) == image.stat().st_size
            assert enclosure.type == "image/jpeg"
            (media,) = entry.media_content
            assert media["url"] == enclosure.href
            assert entry.media_credit[0]["content"] == source.meta["image"]["credit"]
        else:
            assert not entry.get("enclosures")


def _utc(local: dt.datetime):
    from zoneinfo import ZoneInfo

    aware = local.replace(tzinfo=ZoneInfo("America/Mexico_City"))
    return aware.astimezone(dt.UTC).timetuple()


def test_media_description_is_the_alt_text(site):
    raw = site.text("feeds/boletines.rss.xml")
    for bulletin in BULLETINS:
        if "image" in bulletin.meta:
            assert f'<media:description type="plain">{bulletin.meta["image"]["alt"]}' in raw


def test_corrections_update_the_feed_item(site):
    feed = parse(site, "feeds/boletines.atom.xml")
    for entry in feed.entries:
        source = BY_URL[entry.link]
        if source.meta.get("corrections"):
            assert entry.updated_parsed > entry.published_parsed
            assert "Fe de erratas" in entry.content[0].value


@pytest.mark.parametrize(("area", "count"), AREAS)
def test_area_feeds(site, area, count):
    for kind in ("rss", "atom"):
        feed = parse(site, f"feeds/areas/{area}.{kind}.xml")
        assert len(feed.entries) == count
        assert {BY_URL[e.link].meta["area"] for e in feed.entries} == {area}


def test_feeds_are_listed_and_discoverable(site):
    soup = site.html("feeds/")
    links = {a["href"] for a in soup.select("table a")}
    assert f"{PORTAL_URL}/feeds/boletines.rss.xml" in links
    for area, _ in AREAS:
        assert f"{PORTAL_URL}/feeds/areas/{area}.atom.xml" in links
    bulletin = site.html(BULLETINS[0].url)
    area = BULLETINS[0].meta["area"]
    hrefs = {link["href"] for link in bulletin.find_all("link", rel="alternate")}
    assert f"{PORTAL_URL}/feeds/areas/{area}.rss.xml" in hrefs


def _sitemap(site) -> dict[str, str | None]:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(site.file("sitemap.xml").read_bytes())
    return {
        url.find("s:loc", ns).text: getattr(url.find("s:lastmod", ns), "text", None)
        for url in root.findall("s:url", ns)
    }


def test_sitemap_lists_every_published_page(published_site):
    entries = _sitemap(published_site)
    expected = set()
    for page in published_site.pages():
        # staff's e-mail editions and the office screens are not for the public
        if page == "404.html" or page.startswith(("correo/", "pantallas/")):
            continue
        expected.add(f"{PORTAL_URL}/{page.removesuffix('index.html')}")
    assert set(entries) == expected
    assert not any("/correo/" in url or "/pantallas/" in url for url in entries)
    for url, bulletin in BY_URL.items():
        lastmod = entries[url]
        changed = bulletin.meta.get("modified") or bulletin.meta["date"]
        assert lastmod.startswith(str(changed)[:10])
    assert not any("borradores" in url for url in entries)


def test_preview_sitemap_leaves_out_drafts(site):
    assert site.file("borradores").is_dir()
    assert not any("borradores" in url for url in _sitemap(site))


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_everything_new_carries_the_recordings(site, kind):
    """«Todo lo nuevo» lists each published video and audio (it listed only
    bulletins, galleries, reports and clarifications): its page, its date, its
    picture as the enclosure and a link to each of its files."""
    feed = parse(site, f"feeds/todo.{kind}.xml")
    by_link = {e.link: e for e in feed.entries}
    pages = sorted(
        f"{PORTAL_URL}/{p.parent.relative_to(site.path).as_posix()}/"
        for folder in ("videoteca", "fonoteca")
        for p in site.path.glob(f"{folder}/[0-9]*/*/index.html")
    )
    assert len(pages) >= 6
    oldest = min(dt.datetime(*e.published_parsed[:6]) for e in feed.entries)
    for page in pages:
        html = site.html(page.removeprefix(PORTAL_URL + "/") + "index.html")
        when = dt.datetime.fromisoformat(html.select_one("time[datetime]")["datetime"])
        if when.replace(tzinfo=None) < oldest and len(feed.entries) >= 50:
            continue  # older than what the feed's 50 items reach
        assert page in by_link, f"{page} no está en «Todo lo nuevo»"
        entry = by_link[page]
        assert entry.title == html.select_one("h1").get_text(strip=True)
        assert [e.type for e in entry.enclosures] == ["image/jpeg"]
        body = entry.content[0].value
        files = {urljoin(page, a["href"]) for a in html.select(".downloads a[href]")}
        assert files, page
        missing = [f for f in files if f'href="{f}"' not in body]
        assert not missing, f"{page}: archivos que «Todo lo nuevo» no enlaza: {missing}"
