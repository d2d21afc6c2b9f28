"""The published JSON-LD, parsed from the built pages: which schema.org types
each kind of page carries, and that their key properties say what the sample
content and the real files say (expectations written from the sources, not
from the code that builds the data)."""

from __future__ import annotations

import datetime as dt
import json
import re
import runpy

import pytest
import yaml
from PIL import Image, ImageOps

from conftest import PORTAL_URL, ROOT, sample_bulletins, sample_galleries

pytestmark = pytest.mark.site

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
ORGANIZATION = SETTINGS["ORGANIZATION_NAME"]
OFFICE = SETTINGS["OFFICE_NAME"]
PUBLISHER = {
    "@type": "GovernmentOrganization",
    "name": ORGANIZATION,
    "url": f"{PORTAL_URL}/",
}
# Page path -> the @type of each JSON-LD block it carries; every other page has none.
KINDS = [
    (re.compile(r"index\.html"), ["GovernmentOrganization"]),
    (re.compile(r"boletines/\d{4}/[^/]+/index\.html"), ["NewsArticle"]),
    (re.compile(r"borradores/[^/]+/index\.html"), ["NewsArticle"]),
    (re.compile(r"galerias/\d{4}/[^/]+/index\.html"), ["ImageGallery"]),
    (re.compile(r"galerias/\d{4}/[^/]+/[^/]+/index\.html"), ["ImageObject"]),
    (re.compile(r"transparencia/planes/[^/]+/index\.html"), ["CreativeWork"]),
    (re.compile(r"datos/index\.html"), ["DataCatalog"]),
    (re.compile(r"agenda/index\.html"), ["Event list"]),
    (re.compile(r"videoteca/\d{4}/[^/]+/index\.html"), ["VideoObject"]),  # test_media_pages
    (re.compile(r"fonoteca/\d{4}/[^/]+/index\.html"), ["AudioObject"]),
    # test_clarifications checks each ClaimReview against its file
    (re.compile(r"aclaraciones/(?!metodo/)[^/]+/index\.html"), ["ClaimReview"]),
    (re.compile(r"transparencia/informes/\d{4}/[a-z]+/index\.html"), ["Report"]),
    (re.compile(r"informe-de-gobierno/\d{4}/index\.html"), ["Report"]),
    # test_faq checks the FAQPage against the page's questions
    (re.compile(r"preguntas-frecuentes/index\.html"), ["FAQPage"]),
]
PLANS = {  # slug: (approved, temporalCoverage), from content/planes/
    "plan-anual-comunicacion-e-imagen-2021": ("2021-01-11", "2021-01/2021-12"),
    "plan-de-trabajo-2021-2024": ("2021-10-15", "2021-10/2024-09"),
    "plan-operativo-anual-2021": ("2021-01-08", "2021-01/2021-12"),
}
PLANS_MODIFIED = {  # slug: the last date of its history (written by staff)
    "plan-anual-comunicacion-e-imagen-2021": "2021-06-14",
    "plan-de-trabajo-2021-2024": "2021-11-29",
    "plan-operativo-anual-2021": "2021-03-22",
}


def json_ld(site, page: str) -> list:
    raw = site.text(page)
    soup = site.html(page)
    blocks = soup.find_all("script", type="application/ld+json")
    assert raw.count('<script type="application/ld+json">') == len(blocks)
    return [json.loads(block.string) for block in blocks]


def kind_of(block) -> str:
    if isinstance(block, list):
        assert {item["@type"] for item in block} == {"Event"}
        return "Event list"
    return block["@type"]


def published_file(site, url: str):
    """The file an absolute URL of the site points to, in the build."""
    assert url.startswith(f"{PORTAL_URL}/"), url
    relative = url.removeprefix(f"{PORTAL_URL}/").split("#")[0]
    path = site.file(
        relative + "index.html" if relative.endswith("/") or not relative else relative
    )
    assert path.is_file(), url
    return path


def pixel_size(path) -> tuple[int, int]:
    """As a viewer shows it: the press copy keeps its orientation as a tag."""
    with Image.open(path) as image:
        return ImageOps.exif_transpose(image).size


def test_every_page_carries_the_types_of_its_kind(site):
    pages = site.pages()
    counted = {}
    for page in pages:
        expected = next((types for pattern, types in KINDS if pattern.fullmatch(page)), [])
        found = [kind_of(block) for block in json_ld(site, page)]
        assert found == expected, page
        for kind in found:
            counted[kind] = counted.get(kind, 0) + 1
    galleries = sample_galleries()
    assert counted == {
        "GovernmentOrganization": 1,
        "NewsArticle": len(sample_bulletins()),  # drafts too, in the preview
        "ImageGallery": len(galleries),
        "ImageObject": sum(len(g.photos) for g in galleries),
        "CreativeWork": len(PLANS),
        "DataCatalog": 1,
        "Event list": 1,
        "VideoObject": len(list((ROOT / "content" / "videoteca").glob("*/index.md"))),
        "AudioObject": len(list((ROOT / "content" / "fonoteca").glob("*/index.md"))),
        "ClaimReview": len(list((ROOT / "content" / "aclaraciones").glob("*.md"))),
        "FAQPage": 1,
        "Report": len(REPORT_FILES)
        + len(list((ROOT / "content" / "informe-de-gobierno").glob("*/index.md"))),
    }


def test_home_page_describes_the_office(site):
    (data,) = json_ld(site, "index.html")
    address = SETTINGS["ORGANIZATION_ADDRESS"]
    assert data["@context"] == "https://schema.org"
    assert data["name"] == f"{OFFICE}, {ORGANIZATION}"
    assert data["email"] == SETTINGS["ORGANIZATION_EMAIL"]
    assert data["telephone"] == SETTINGS["ORGANIZATION_PHONE"]
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": address["street"],
        "addressLocality": address["locality"],
        "addressRegion": address["region"],
        "postalCode": address["postal_code"],
        "addressCountry": address["country"],
    }
    assert data["parentOrganization"] == {
        "@type": "GovernmentOrganization",
        "name": ORGANIZATION,
    }
    assert pixel_size(published_file(site, data["logo"]))[0] > 0


@pytest.mark.parametrize("bulletin", sample_bulletins(), ids=lambda b: b.path.stem)
def test_bulletin_news_article(site, bulletin):
    page = bulletin.url if bulletin.published else f"borradores/{bulletin.slug}/"
    (data,) = json_ld(site, page + "index.html")
    meta = bulletin.meta
    url = f"{PORTAL_URL}/{page}"
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == meta["title"]
    assert data["description"] == meta["summary"]
    assert data["url"] == data["mainEntityOfPage"] == url
    assert data["datePublished"].startswith(str(meta["date"])[:10])
    assert data["datePublished"] <= data["dateModified"]
    assert data["articleSection"] == SETTINGS["AREAS"][meta["area"]]
    assert data["keywords"] == ", ".join(meta.get("tags", []))
    assert data["inLanguage"] == "es-MX"
    assert data["author"] == {
        "@type": "GovernmentOrganization",
        "name": f"{OFFICE}, {ORGANIZATION}",
        "url": f"{PORTAL_URL}/",
    }
    assert data["publisher"]["name"] == ORGANIZATION
    published_file(site, data["publisher"]["logo"]["url"])
    if bulletin.published:
        shown = site.html(page).select_one("article.bulletin .number").get_text(strip=True)
        assert data["identifier"] == shown and re.fullmatch(r"Boletín \S+", shown)
    else:
        assert "identifier" not in data  # a draft has no number yet
    if "image" in meta:
        image = data["image"]
        assert image["caption"] == meta["image"]["alt"]
        assert image["creditText"] == meta["image"]["credit"]
        assert pixel_size(published_file(site, image["url"])) == (
            image["width"],
            image["height"],
        )
    else:
        assert "image" not in data


@pytest.mark.parametrize("gallery", sample_galleries(), ids=lambda g: g.slug)
def test_gallery_and_photo_pages(site, gallery):
    (data,) = json_ld(site, gallery.url + "index.html")
    meta = gallery.meta
    assert data["@context"] == "https://schema.org" and data["@type"] == "ImageGallery"
    assert data["name"] == meta["title"] and data["description"] == meta["summary"]
    assert data["url"] == f"{PORTAL_URL}/{gallery.url}"
    assert data["datePublished"].startswith(str(meta["date"])[:10])
    history = [str(entry["date"]) for entry in meta.get("history", [])]
    assert data["dateModified"].startswith(max([str(meta["date"]), *history])[:10])
    assert data["locationCreated"] == {"@type": "Place", "name": meta["place"]}
    assert data["publisher"] == {"@type": "GovernmentOrganization", "name": ORGANIZATION}
    assert len(data["associatedMedia"]) == len(gallery.photos)
    year = str(meta["date"])[:4]
    for media, photo in zip(data["associatedMedia"], gallery.photos, strict=True):
        stem = photo["file"].rsplit(".", 1)[0]
        credit = photo.get("credit", meta["credit"])
        assert media["url"] == f"{PORTAL_URL}/{gallery.url}{stem}/"
        assert media["contentUrl"] == f"{PORTAL_URL}/{gallery.url}fotos/{stem}.jpg"
        press = published_file(site, media["contentUrl"])
        assert pixel_size(press) == (media["width"], media["height"])
        thumbnail = published_file(site, media["thumbnailUrl"])
        assert pixel_size(thumbnail)[0] < media["width"]
        assert media["caption"] == photo.get("caption", photo["alt"])
        assert media["description"] == photo["alt"]
        assert media["creditText"] == credit
        assert media["creator"] == {"@type": "Person", "name": credit.split(" / ")[0]}
        assert media["copyrightNotice"] == SETTINGS["IMAGES_COPYRIGHT"].format(year=year)
        assert media["copyrightHolder"] == {
            "@type": "GovernmentOrganization",
            "name": ORGANIZATION,
        }
        assert media["acquireLicensePage"] == data["url"]
        # the photo's own page carries the same object, standalone
        (own,) = json_ld(site, f"{gallery.url}{stem}/index.html")
        assert own == {"@context": "https://schema.org", **media}


@pytest.mark.parametrize("slug", sorted(PLANS))
def test_plan_creative_work(site, slug):
    page = f"transparencia/planes/{slug}/"
    (data,) = json_ld(site, page + "index.html")
    approved, coverage = PLANS[slug]
    assert data["@type"] == "CreativeWork"
    assert data["name"] == site.html(page).h1.get_text(strip=True)
    assert data["url"] == f"{PORTAL_URL}/{page}"
    assert data["temporalCoverage"] == coverage
    assert data["dateCreated"] == approved
    assert data["dateModified"] == PLANS_MODIFIED[slug]  # never a commit's date
    assert data["publisher"] == PUBLISHER


REPORT_FILES = sorted((ROOT / "content" / "informes").glob("*/[0-9]*.md"))
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip


@pytest.mark.parametrize("path", REPORT_FILES, ids=lambda p: p.stem)
def test_monthly_report_is_a_report_of_its_month(site, path):
    """The month it covers, its last change (the month's close or the latest
    history entry staff wrote), and no publication date it does not have."""
    front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
    year, month = (int(x) for x in path.stem.split("-"))
    page = f"transparencia/informes/{year}/{MONTHS[month - 1]}/"
    (data,) = json_ld(site, page + "index.html")
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    changed = max([following - dt.timedelta(days=1)]
                  + [dt.date.fromisoformat(str(h["date"])[:10]) for h in front.get("history", [])])  # fmt: skip
    assert data["@type"] == "Report"
    assert data["name"] == site.html(page).h1.get_text(strip=True)
    assert data["url"] == f"{PORTAL_URL}/{page}"
    assert data["temporalCoverage"] == f"{year:04d}-{month:02d}"
    assert data["dateModified"] == changed.isoformat()
    assert "datePublished" not in data
    assert data["publisher"] == PUBLISHER


def test_government_report_is_a_report_with_its_pdf(site):
    (folder,) = (ROOT / "content" / "informe-de-gobierno").glob("*/index.md")
    page = f"informe-de-gobierno/{folder.parent.name}/"
    (data,) = json_ld(site, page + "index.html")
    shown = site.html(page).select_one(".plan-facts time[datetime]")["datetime"]
    assert data["@type"] == "Report"
    assert data["name"] == site.html(page).h1.get_text(strip=True)
    assert data["datePublished"] == shown
    pdf = published_file(site, data["encoding"]["contentUrl"])
    assert pdf.read_bytes().startswith(b"%PDF")
    assert data["encoding"]["contentSize"] == f"{pdf.stat().st_size} B"
    assert data["encoding"]["encodingFormat"] == "application/pdf"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_open_data_catalogue(site):
    (data,) = json_ld(site, "datos/index.html")
    ids = [li["id"] for li in site.html("datos/").select(".dataset-list > li")]
    assert data["@type"] == "DataCatalog" and data["url"] == f"{PORTAL_URL}/datos/"
    assert data["publisher"] == PUBLISHER
    assert [d["url"] for d in data["dataset"]] == [f"{PORTAL_URL}/datos/#{i}" for i in ids]
    downloads = 0
    for dataset in data["dataset"]:
        assert dataset["@type"] == "Dataset" and dataset["creator"] == PUBLISHER
        assert dataset["isAccessibleForFree"] is True
        assert re.fullmatch(r"\d{4}-\d{2}(/\d{4}-\d{2})?", dataset["temporalCoverage"])
        for download in dataset["distribution"]:
            path = published_file(site, download["contentUrl"])
            assert download["contentSize"] == f"{path.stat().st_size} B"
            assert download["encodingFormat"] in {"text/csv", "application/json", XLSX}
            downloads += 1
    # Every file listed on the page: CSV, JSON and dictionary; the formats' XLSX too.
    assert downloads == len(site.html("datos/").select(".dataset-list .downloads a"))


def test_agenda_events(site):
    (events,) = json_ld(site, "agenda/index.html")
    page = site.html("agenda/")
    sources = sorted((ROOT / "content" / "agenda").glob("*.md"))
    assert len(events) == len(sources)
    address = SETTINGS["ORGANIZATION_ADDRESS"]
    for event in events:
        anchor = event["url"].removeprefix(f"{PORTAL_URL}/agenda/#")
        item = page.select_one(f"#{anchor}")
        assert item.select_one(".agenda-title").get_text(strip=True) == event["name"]
        times = [t["datetime"] for t in item.select(".agenda-when time")]
        assert event["startDate"] == times[0]
        assert event["endDate"] == (times[1] if len(times) > 1 else times[0])
        # the sample's events are all in the municipality: city and state default
        assert (
            event["location"]["address"].items()
            >= {
                "@type": "PostalAddress",
                "addressLocality": address["locality"],
                "addressRegion": address["region"],
                "addressCountry": address["country"],
            }.items()
        )
        assert event["organizer"] == PUBLISHER
        assert event["eventStatus"] == "https://schema.org/EventScheduled"
