"""What reaches the public: drafts, embargo, private photo data, determinism."""

from __future__ import annotations

import filecmp
import re
import shutil

import pytest
from PIL import Image

from clarifications.generator import SCREENSHOT_RIGHTS
from conftest import ROOT, Site, run_build, sample_bulletins, sample_galleries

pytestmark = pytest.mark.site

DRAFTS = [b for b in sample_bulletins() if not b.published]
CREDITS = {b.meta["image"]["credit"] for b in sample_bulletins() if "image" in b.meta} | {
    photo.get("credit", g.meta["credit"]) for g in sample_galleries() for photo in g.photos
} | {  # a recording's poster and waveform carry its credit
    re.search(r'^credit: "(.+)"$', index.read_text(encoding="utf-8"), re.M)[1]
    for library in ("videoteca", "fonoteca")
    for index in (ROOT / "content" / library).glob("*/index.md")
}
# Artist (our credit line) and Copyright on web sizes; press copies have only
# Orientation 1 (their credit is in IPTC and XMP: tests/test_press_zip.py).
ALLOWED_EXIF = {0x013B, 0x8298, 0x0112}
CAMERA_TRACES = [
    b"Juan P\xc3\xa9rez",
    b"0123456789",
    b"Canon",
    b"EOS 90D",
    b"Apple",
    b"iPhone",
    b"Foto de Juan",
]


def test_drafts_are_never_published(published_site, site):
    assert DRAFTS, "the sample content needs a draft"
    for draft in DRAFTS:
        assert not published_site.file(f"borradores/{draft.slug}").exists()
        for page in published_site.pages():
            assert draft.meta["title"] not in published_site.text(page), page
        for feed in published_site.file("feeds").rglob("*.xml"):
            assert draft.meta["title"] not in feed.read_text(encoding="utf-8")
        preview = site.html(f"borradores/{draft.slug}/")
        assert "Borrador." in preview.select_one(".notice-draft").get_text()
    assert not published_site.file("borradores").exists()


@pytest.fixture(scope="module")
def embargo_content(tmp_path_factory):
    """The sample content plus a bulletin dated 1 July 2021, 09:00."""
    base = tmp_path_factory.mktemp("embargo")
    shutil.copytree(ROOT / "content", base / "content")
    (base / "content/boletines/2021/2021-07-01-nuevo-mercado.md").write_text(
        '---\ntitle: "Abre el nuevo mercado municipal"\ndate: 2021-07-01 09:00\n'
        'area: obras-publicas\nsummary: "El mercado tiene 120 locales."\n'
        "tags: [obra pública]\n---\nTexto del boletín embargado.\n",
        encoding="utf-8",
    )
    return base


def _build(base, name, settings, now=None):
    sets = {"EMBARGO_NOW": now} if now else {}
    result = run_build(
        base / name,
        content=base / "content",
        settings=settings,
        cache=base / "cache",
        sets=sets,
    )
    assert result.returncode == 0, result.stderr
    return Site(base / name)


def _numbers(site) -> dict[str, str]:
    soup = site.html("boletines/2021/")
    return {
        li.a.get_text(): li.select_one(".number").get_text()
        for li in soup.select(".archive-list li")
    }


def test_embargo_holds_until_its_date(embargo_content):
    before = _build(embargo_content, "antes", "publishconf.py", "2021-07-01T08:59")
    after = _build(embargo_content, "despues", "publishconf.py", "2021-07-01T09:00")
    title = "Abre el nuevo mercado municipal"
    url = "boletines/2021/nuevo-mercado/index.html"

    assert not before.file(url).exists()
    for page in before.pages():
        assert title not in before.text(page), page
    for feed in before.file("feeds").rglob("*.xml"):
        assert title not in feed.read_text(encoding="utf-8")
    assert "nuevo-mercado" not in before.text("sitemap.xml")

    assert after.file(url).exists()
    assert title in after.text("feeds/boletines.rss.xml")
    assert title in after.text("feeds/areas/obras-publicas.atom.xml")
    assert "nuevo-mercado" in after.text("sitemap.xml")
    numbers_after = _numbers(after)
    # the next number of the year: one after the last one published before
    last = max(int(number.split("/")[0]) for number in _numbers(before).values())
    assert numbers_after[title] == f"{last + 1:03d}/2021"
    # Holding one back never renumbers the others.
    assert {k: v for k, v in numbers_after.items() if k != title} == _numbers(before)


def test_future_bulletin_waits_with_the_real_clock(tmp_path):
    content = tmp_path / "content/boletines/2099"
    content.mkdir(parents=True)
    (content / "2099-01-01-futuro.md").write_text(
        '---\ntitle: "Boletín del futuro"\ndate: 2099-01-01 09:00\narea: salud\n'
        'summary: "Aún no."\n---\nTexto.\n',
        encoding="utf-8",
    )
    public = _build(tmp_path, "publico", "publishconf.py")
    assert not public.file("boletines/2099/futuro/index.html").exists()
    preview = _build(tmp_path, "vista", "pelicanconf.py")
    notice = preview.html("boletines/2099/futuro/").select_one(".notice-embargo")
    assert "se publicará el 1 de enero de 2099, 09:00 h" in notice.get_text()


def _published_images(site):
    images = sorted(site.path.rglob("*.jpg")) + sorted(site.path.rglob("*.webp"))
    # The theme's brand images (the podcast artwork) are drawn, not photographed.
    images = [p for p in images if p.relative_to(site.path).parts[0] != "static"]
    assert len(images) >= 20 * 6
    return images


def test_no_photo_carries_private_data(published_site):
    for path in _published_images(published_site):
        data = path.read_bytes()
        for trace in CAMERA_TRACES:
            assert trace not in data, (path, trace)
        with Image.open(path) as image:
            exif = image.getexif()
            assert set(exif) <= ALLOWED_EXIF, (path, dict(exif))
            assert not exif.get_ifd(0x8825), path  # GPS
            assert not exif.get_ifd(0x8769), path  # Exif sub-IFD: serials, maker notes
            if 0x0112 in exif:  # a press copy, upright in its pixels
                assert dict(exif) == {0x0112: 1}, (path, dict(exif))
                continue
            credit = exif[0x013B].encode("latin-1").decode("utf-8")  # UTF-8 on disk
            assert credit in CREDITS, (path, credit)
            rights = exif[0x8298].encode("latin-1").decode("utf-8")
            if "aclaraciones" in path.parts:  # a capture of someone else's post
                assert rights == SCREENSHOT_RIGHTS, (path, rights)
                continue
            assert re.match(r"© 2021\b", rights), (path, rights)  # photos' or recordings' notice


def test_photos_are_upright_and_sized(published_site):
    for bulletin in sample_bulletins():
        if not bulletin.published or "image" not in bulletin.meta:
            continue
        folder = published_site.file(f"imagenes/boletines/2021/{bulletin.slug}")
        with Image.open(folder / "1200.jpg") as large:
            assert large.size == (1200, 675)  # the 16:9 cards, upright
        with Image.open(folder / "480.webp") as small:
            assert small.format == "WEBP" and small.size == (480, 270)
    originals = {p.name for p in (ROOT / "content/boletines/2021/imagenes").iterdir()}
    assert not originals & {p.name for p in published_site.path.rglob("*")}


def _files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_two_builds_are_byte_identical(published_site, tmp_path):
    """Fresh image cache too, so the images are encoded again, not copied."""
    again = run_build(
        tmp_path / "output", settings="publishconf.py", cache=tmp_path / "cache"
    )
    assert again.returncode == 0, again.stderr
    first, second = _files(published_site.path), _files(tmp_path / "output")
    assert first == second
    different = [
        p
        for p in first
        if not filecmp.cmp(published_site.path / p, tmp_path / "output" / p, shallow=False)
    ]
    assert different == []
    # the search index too: Pagefind's filter order is made stable (search_index.py)
    assert any(p.startswith("pagefind/filter/") for p in first)


def test_css_and_js_names_carry_their_content_hash(site):
    """Long caching is safe: a changed file gets a new name, and pages link it."""
    import hashlib

    for source, pattern in (("css/portal.css", "static/css/portal.*.css"),
                            ("js/fotos.js", "static/js/fotos.*.js")):  # fmt: skip
        (built,) = site.path.glob(pattern)
        data = (ROOT / "theme" / "static" / source).read_bytes()
        assert built.read_bytes() == data
        assert built.name.split(".")[1] == hashlib.sha256(data).hexdigest()[:10]
    home = site.text("index.html")
    assert re.search(r'href="\./static/css/portal\.[0-9a-f]{10}\.css"', home)
    assert "portal.css" not in home
