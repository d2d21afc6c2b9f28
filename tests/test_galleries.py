"""Galleries and the fototeca on the sample site: pages, files, ZIPs, feeds."""

from __future__ import annotations

import io
import json
import re
import zipfile

import feedparser
import pytest
from PIL import Image, ImageOps

from conftest import PORTAL_URL, run_build, sample_galleries

pytestmark = pytest.mark.site

GALLERIES = sample_galleries()
PRIVATE = [
    b"Juan P\xc3\xa9rez",
    b"0123456789",
    b"Canon",
    b"EOS 90D",
    b"iPhone",
    b"Foto de Juan",
]
PHOTO_NAME = re.compile(
    r"^(?P<stem>.+?)(?:-(?P<width>\d+)|-(?P<card>tarjeta))?\.(?P<ext>jpg|webp)$"
)


def _upright_size(path):
    with Image.open(path) as image:
        return ImageOps.exif_transpose(image).size


@pytest.mark.parametrize("gallery", GALLERIES, ids=lambda g: g.slug)
def test_gallery_page(site, gallery):
    soup = site.html(gallery.url)
    assert soup.h1.get_text(strip=True) == gallery.meta["title"]
    items = soup.select(".photo-grid li")
    assert len(items) == len(gallery.photos)
    for position, (item, photo) in enumerate(zip(items, gallery.photos, strict=True), 1):
        img = item.img
        assert img["alt"] == photo["alt"]
        assert int(img["width"]) and int(img["height"])
        assert "sizes" in img.attrs and len(img["srcset"].split(",")) == 3
        assert (img.get("loading") == "lazy") == (position > 2)
        assert item.figcaption.get_text(strip=True) == photo.get("caption", photo["alt"])
    (ld,) = [
        json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")
    ]
    assert ld["@type"] == "ImageGallery" and len(ld["associatedMedia"]) == len(
        gallery.photos
    )
    for media, photo in zip(ld["associatedMedia"], gallery.photos, strict=True):
        assert media["@type"] == "ImageObject"
        assert media["creditText"] == photo.get("credit", gallery.meta["credit"])
        assert media["copyrightNotice"].startswith("© 2021")
    og = soup.find("meta", property="og:image")["content"]
    assert site.file(og.removeprefix(PORTAL_URL + "/")).stat().st_size < 300 * 1024
    zip_link = soup.select_one(".actions a[download]")
    assert zip_link["href"].endswith(f"{gallery.slug}-fotos-prensa.zip")


@pytest.mark.parametrize("gallery", GALLERIES, ids=lambda g: g.slug)
def test_photo_pages_work_without_javascript(site, gallery):
    for index, photo in enumerate(gallery.photos):
        stem = photo["file"].rsplit(".", 1)[0]
        soup = site.html(f"{gallery.url}{stem}/")
        figure = soup.select_one(".photo-large")
        assert figure.img["alt"] == photo["alt"]
        credit = photo.get("credit", gallery.meta["credit"])
        assert f"Foto: {credit}" in figure.figcaption.get_text()
        press_link = soup.select_one(".actions a.button")
        press = site.file(f"{gallery.url}fotos/{stem}.jpg")
        assert press_link["href"].endswith(f"fotos/{stem}.jpg") and press.is_file()
        shown = re.search(r"(\d[\d,]*\.\d) (kB|MB)\)", press_link.get_text())
        unit = {"kB": 1e3, "MB": 1e6}[shown[2]]  # SI units, one decimal
        real = press.stat().st_size
        assert abs(float(shown[1].replace(",", "")) * unit - real) <= 0.05 * unit
        previous, following = soup.select_one("a[rel=prev]"), soup.select_one("a[rel=next]")
        assert (previous is None) == (index == 0)
        assert (following is None) == (index == len(gallery.photos) - 1)
        if following:
            next_stem = gallery.photos[index + 1]["file"].rsplit(".", 1)[0]
            assert following["href"].endswith(f"/{next_stem}/")


def test_every_derived_photo_file(site):
    """Sizes, formats, upright orientation and only public metadata."""
    checked = 0
    for gallery in GALLERIES:
        folder = site.file(f"{gallery.url}fotos")
        sources = {
            p["file"].rsplit(".", 1)[0]: gallery.folder / p["file"] for p in gallery.photos
        }
        for path in sorted(folder.iterdir()):
            match = PHOTO_NAME.match(path.name)
            source = sources[match["stem"]]
            upright = _upright_size(source)
            with Image.open(path) as image:
                assert image.format == ("JPEG" if match["ext"] == "jpg" else "WEBP")
                exif = image.getexif()
                assert not exif.get_ifd(0x8825) and not exif.get_ifd(0x8769), path
                if match["width"]:
                    width = int(match["width"])
                    assert image.size == (width, round(upright[1] * width / upright[0])), (
                        path
                    )
                    assert set(exif) <= {0x013B, 0x8298}
                    assert max(image.size) <= 1600, path  # long side bounded
                elif match["card"]:
                    assert image.size == (1200, 630)
                    assert path.stat().st_size < 300 * 1024
                else:  # the press copy: original pixels, orientation kept as a tag
                    assert ImageOps.exif_transpose(image).size == upright
                    assert set(exif) <= {0x013B, 0x8298, 0x0112}
            checked += 1
    assert checked == sum(8 * len(g.photos) for g in GALLERIES)


def test_no_gps_anywhere_in_output_zips_included(published_site):
    files = 0
    for path in published_site.path.rglob("*"):
        if path.suffix in (".jpg", ".webp", ".png"):
            blobs = [path.read_bytes()]
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                blobs = [archive.read(name) for name in archive.namelist()]
        else:
            continue
        for blob in blobs:
            files += 1
            for trace in PRIVATE:
                assert trace not in blob, (path, trace)
            if blob[:2] == b"\xff\xd8":
                assert not Image.open(io.BytesIO(blob)).getexif().get_ifd(0x8825), path
    assert files > 8 * sum(len(g.photos) for g in GALLERIES)


@pytest.mark.parametrize("gallery", GALLERIES, ids=lambda g: g.slug)
def test_press_zip(site, gallery):
    path = site.file(f"{gallery.url}{gallery.slug}-fotos-prensa.zip")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "CREDITOS.txt"
        assert names[1:] == [
            f"{gallery.slug}-{p['file'].rsplit('.', 1)[0]}.jpg" for p in gallery.photos
        ]
        credits = archive.read("CREDITOS.txt").decode("utf-8")
        assert gallery.meta["title"] in credits
        for photo in gallery.photos:
            assert photo.get("caption", photo["alt"]) in credits
        first = Image.open(io.BytesIO(archive.read(names[1])))
        original = Image.open(gallery.folder / gallery.photos[0]["file"])
        assert first.size == original.size and first.tobytes() == original.tobytes()


def test_fototeca_and_home(site):
    hub = site.html("fototeca/")
    assert hub.select_one("#anio-2021")
    year = site.html("fototeca/2021/")
    listed = [a.get_text(strip=True) for a in year.select(".archive-list a")]
    assert sorted(listed) == sorted(g.meta["title"] for g in GALLERIES)
    months = [h.get_text() for h in year.select("main section > h2")]
    assert months == sorted(
        months,
        key=lambda m: ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio"].index(
            m.split()[0]
        ),
        reverse=True,
    )
    for area in {g.meta["area"] for g in GALLERIES}:
        cards = site.html(f"fototeca/area/{area}/").select(".gallery-card")
        assert len(cards) == sum(g.meta["area"] == area for g in GALLERIES)
    newest = sorted(GALLERIES, key=lambda g: str(g.meta["date"]), reverse=True)[:3]
    home = [
        a.get_text(strip=True)
        for a in site.html("").select("#galerias-recientes ~ .cards a")
    ]
    assert home == [g.meta["title"] for g in newest]
    assert len(site.html("galerias/").select(".gallery-card")) == len(GALLERIES)


def test_bulletins_and_galleries_link_each_other(site):
    linked = [g for g in GALLERIES if g.meta.get("bulletin")]
    assert linked
    for gallery in linked:
        page = site.html(gallery.url)
        year = str(gallery.meta["date"])[:4]
        bulletin_url = f"boletines/{year}/{gallery.meta['bulletin'][11:]}/"
        assert page.find("a", href=re.compile(re.escape(bulletin_url)))
    strips = [
        p
        for p in site.pages()
        if p.startswith("boletines/") and site.html(p).select_one(".gallery-strip")
    ]
    assert strips, "no bulletin shows a gallery strip"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_galleries_feed(site, kind):
    feed = feedparser.parse(site.file(f"feeds/galerias.{kind}.xml").read_bytes())
    assert not feed.bozo
    assert len(feed.entries) == len(GALLERIES)
    by_url = {f"{PORTAL_URL}/{g.url}": g for g in GALLERIES}
    for entry in feed.entries:
        gallery = by_url[entry.link]
        assert len(entry.media_content) == len(gallery.photos)
        assert {c["content"] for c in entry.media_credit} <= (
            {p.get("credit", gallery.meta["credit"]) for p in gallery.photos}
        )
        cover_stem = gallery.meta["cover"].rsplit(".", 1)[0]
        assert entry.enclosures[0].href.endswith(f"/fotos/{cover_stem}.jpg")
        press = site.file(entry.enclosures[0].href.removeprefix(PORTAL_URL + "/"))
        assert int(entry.enclosures[0].length) == press.stat().st_size


def test_second_build_processes_no_photo(tmp_path):
    """The cache: a rebuild with no photo changed does no image work."""
    cache = tmp_path / "cache"
    first = run_build(tmp_path / "a", cache=cache, quiet=False, cold=True)
    assert first.returncode == 0, first.stderr
    total = sum(len(g.photos) for g in GALLERIES)
    second = run_build(tmp_path / "b", cache=cache, quiet=False)
    assert "fotos: 0 procesadas" in second.stdout, second.stdout
    reused = int(re.search(r"(\d+) reutilizadas", second.stdout)[1])
    processed_first = int(re.search(r"fotos: (\d+) procesadas", first.stdout)[1])
    assert reused == processed_first >= total
