"""Share links and the Open Graph card on every bulletin, gallery and
recording of the built sample site, read from the HTML as a network does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from PIL import Image

from conftest import PORTAL_URL, ROOT, sample_bulletins, sample_galleries

pytestmark = pytest.mark.site


def recordings() -> list[str]:
    """Site-relative URLs of the sample recordings, from their folders."""
    from content_schema.frontmatter import split_front_matter

    urls = []
    for library in ("videoteca", "fonoteca"):
        for folder in sorted((ROOT / "content" / library).glob("*/")):
            meta = split_front_matter((folder / "index.md").read_text("utf-8")).metadata
            if meta.get("status") != "draft":
                slug = meta.get("slug", folder.name[11:])
                urls.append(f"{library}/{folder.name[:4]}/{slug}/")
    return urls


def clarifications() -> list[str]:
    """The sample's published clarifications (named by the file without its date)."""
    from content_schema.frontmatter import split_front_matter

    urls = []
    for path in sorted((ROOT / "content" / "aclaraciones").glob("*.md")):
        meta = split_front_matter(path.read_text("utf-8")).metadata
        if meta.get("status") != "draft":
            urls.append(f"aclaraciones/{meta.get('slug', path.stem[11:])}/")
    return urls


BULLETINS = [b for b in sample_bulletins() if b.published]
PAGES = (
    [b.url for b in BULLETINS]
    + [g.url for g in sample_galleries() if g.meta.get("status") != "draft"]
    + recordings()
    + clarifications()
)


def meta(soup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find(
        "meta", attrs={"name": name}
    )
    return tag["content"] if tag else None


def test_every_shared_kind_is_covered():
    kinds = {url.split("/")[0] for url in PAGES}
    assert kinds == {"boletines", "galerias", "videoteca", "fonoteca", "aclaraciones"}
    assert len(PAGES) >= 38  # 28 bulletins, 5 galleries, 5 recordings, 3 clarifications


@pytest.mark.parametrize("url", PAGES)
def test_share_links_carry_the_pages_own_title_and_address(site, url):
    soup = site.html(url)
    address = f"{PORTAL_URL}/{url}"
    title = soup.h1.get_text(" ", strip=True)
    box = soup.select_one("section.share")
    assert box is not None, f"{url} no tiene «Compartir»"
    links = {
        a["class"][1].removeprefix("share-"): a["href"] for a in box.select("a.share-link")
    }
    assert set(links) == {"whatsapp", "facebook", "x", "correo"}
    whatsapp, facebook, x, mail = (
        urlsplit(links[k]) for k in ("whatsapp", "facebook", "x", "correo")
    )
    assert whatsapp.netloc == "wa.me"
    assert parse_qs(whatsapp.query)["text"] == [f"{title} {address}"]
    assert parse_qs(facebook.query) == {"u": [address]}
    assert parse_qs(x.query) == {"text": [title], "url": [address]}
    assert mail.scheme == "mailto"
    mailed = parse_qs(mail.query)
    assert mailed["subject"] == [title]
    assert mailed["body"][0].endswith(f"\n\n{address}")
    assert mailed["body"][0].startswith(meta(soup, "og:description")[:40])
    field = box.select_one("input#enlace-compartir")
    assert field is not None and field.has_attr("readonly") and field["value"] == address
    assert box.find("label", attrs={"for": "enlace-compartir"}) is not None
    # Nothing from another host: no image, frame, style or script in the box,
    # and the page's own scripts are the portal's.
    assert not box.find(["img", "iframe", "object", "link"])
    scripts = [s["src"] for s in soup.find_all("script", src=True)]
    assert all(not urlsplit(src).netloc for src in scripts), scripts
    assert any("compartir." in src for src in scripts)


@pytest.mark.parametrize("url", PAGES)
def test_the_open_graph_card_is_complete_and_its_image_exists(site, url):
    soup = site.html(url)
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == f"{PORTAL_URL}/{url}"
    assert meta(soup, "og:url") == canonical
    assert meta(soup, "og:type") == "article"
    published = dt.datetime.fromisoformat(meta(soup, "article:published_time"))
    assert published.tzinfo is not None
    assert meta(soup, "og:title") == soup.h1.get_text(" ", strip=True)
    assert meta(soup, "og:description") and meta(soup, "og:image:alt")
    image = meta(soup, "og:image")
    assert image.startswith(PORTAL_URL + "/"), image
    file = Path(site.path, image.removeprefix(PORTAL_URL + "/"))
    assert file.is_file(), f"{url}: og:image {image} no está en output/"
    with Image.open(file) as picture:
        size = picture.size
    assert size == (int(meta(soup, "og:image:width")), int(meta(soup, "og:image:height")))
    for name in ("title", "description", "image", "image:alt"):
        assert meta(soup, f"twitter:{name}") == meta(soup, f"og:{name}")
    assert meta(soup, "twitter:card") == "summary_large_image"


@pytest.mark.parametrize(
    "bulletin", [b for b in BULLETINS if "image" in b.meta], ids=lambda b: b.slug
)
def test_a_bulletins_card_is_its_own_photo_cropped_to_1200_by_630(site, bulletin):
    soup = site.html(bulletin.url)
    image = meta(soup, "og:image")
    shown = urljoin(
        f"{PORTAL_URL}/{bulletin.url}", soup.select_one("figure.bulletin-figure img")["src"]
    )
    folder = f"{PORTAL_URL}/imagenes/boletines/{bulletin.year}/{bulletin.slug}/"
    assert shown.startswith(folder), shown  # the photo the page shows…
    assert image == folder + "tarjeta.jpg"  # …cropped for the card
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "630")
    assert meta(soup, "og:image:alt") == bulletin.meta["image"]["alt"]
