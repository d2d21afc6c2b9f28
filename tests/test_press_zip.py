"""The press ZIPs of the sample site, read back as a newsroom reads them:
every photo upright in its pixels, not re-encoded, with its caption, credit
and rights in IPTC and XMP (UTF-8), and nothing from the camera."""

from __future__ import annotations

import datetime as dt
import runpy
import zipfile

import pytest
from PIL import Image

from conftest import ROOT, run_build, sample_galleries
from galleries.zips import build_zip
from press_reader import (
    PUBLIC_GROUPS,
    decode,
    orientation,
    pixel_difference,
    read_metadata,
    same_quantization,
)

pytestmark = pytest.mark.site

GALLERIES = sample_galleries()
SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
RIGHTS = SETTINGS["IMAGES_COPYRIGHT"].format(year=2021)
CAMERA_TAGS = ("GPS", "Make", "Model", "Serial", "Artist", "OwnerName", "Software",
               "ImageDescription", "MakerNote", "ThumbnailImage")  # fmt: skip


def _press_copies(site, tmp_path):
    """(source photo, its fotos.yml entry, gallery, press copy file) for every
    photo of every ZIP, the members written out for exiftool."""
    found = []
    for gallery in GALLERIES:
        archive_path = site.file(f"{gallery.url}{gallery.slug}-fotos-prensa.zip")
        with zipfile.ZipFile(archive_path) as archive:
            for photo in gallery.photos:
                name = f"{gallery.slug}-{photo['file'].rsplit('.', 1)[0]}.jpg"
                member = tmp_path / name
                member.write_bytes(archive.read(name))
                found.append((gallery.folder / photo["file"], photo, gallery, member))
    return found


def test_every_press_copy_is_upright_lossless_and_says_its_credit(site, tmp_path):
    copies = _press_copies(site, tmp_path)
    assert len(copies) == 34
    rotated_sources = [source for source, *_ in copies if orientation(source) != 1]
    assert len(rotated_sources) == 11  # the sample's sideways and upside-down photos
    tags = read_metadata([member for *_, member in copies])
    for (source, photo, gallery, member), found in zip(copies, tags, strict=True):
        where = member.name
        assert found.get("IFD0:Orientation", 1) == 1, where
        with Image.open(member) as press:
            largest, share = pixel_difference(press, source)
            assert largest <= 6 and share < 0.10, (where, largest, share)
            assert same_quantization(press, source), where

        credit = photo.get("credit", gallery.meta["credit"])
        caption = photo.get("caption", photo["alt"])
        assert found["IPTC:CodedCharacterSet"] == "\x1b%G", where  # ESC % G: UTF-8
        assert found["IPTC:Caption-Abstract"] == caption, where
        assert found["XMP-dc:Description"] == caption, where
        assert found["IPTC:By-line"] == credit == found["XMP-dc:Creator"], where
        assert found["IPTC:Credit"] == credit == found["XMP-photoshop:Credit"], where
        assert found["IPTC:CopyrightNotice"] == RIGHTS == found["XMP-dc:Rights"], where
        assert found["IPTC:Headline"] == gallery.meta["title"], where
        assert found["IPTC:Sub-location"] == gallery.meta["place"], where
        assert found["IPTC:City"] == "San Isidro del Monte", where
        assert found["IPTC:DateCreated"] == str(gallery.meta["date"])[:10].replace("-", ":")

        groups = {key.split(":", 1)[0] for key in found if ":" in key}
        assert groups <= PUBLIC_GROUPS, (where, groups - PUBLIC_GROUPS)
        assert [key for key in found if key.startswith("IFD0:")] == ["IFD0:Orientation"]
        leaked = [key for key in found if any(tag in key for tag in CAMERA_TAGS)]
        assert not leaked, (where, leaked)


def test_press_copies_are_the_files_the_photo_pages_offer(site):
    """The «Descargar en calidad de prensa» file is the ZIP's photo."""
    for gallery in GALLERIES:
        with zipfile.ZipFile(
            site.file(f"{gallery.url}{gallery.slug}-fotos-prensa.zip")
        ) as archive:
            for photo in gallery.photos:
                stem = photo["file"].rsplit(".", 1)[0]
                offered = site.file(f"{gallery.url}fotos/{stem}.jpg").read_bytes()
                assert archive.read(f"{gallery.slug}-{stem}.jpg") == offered
                assert decode(offered).getexif().get(0x0112, 1) == 1


def test_a_build_with_an_empty_photo_cache_gives_the_same_zips(site, tmp_path):
    """Press copies made again from nothing (jpegtran, exiv2) give the same
    bytes, so a ZIP is reproducible and a mirror does not see it change."""
    result = run_build(tmp_path / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    for gallery in GALLERIES:
        relative = f"{gallery.url}{gallery.slug}-fotos-prensa.zip"
        again = (tmp_path / "output" / relative).read_bytes()
        assert again == site.file(relative).read_bytes(), relative


def test_press_zip_follows_a_photo_replaced_by_one_of_the_same_size(tmp_path):
    """ZIP members come from the image cache, whose entries are named by
    content: a photo replaced by other bytes of the same size is another
    entry, so the cached ZIP of the old photo does not come back."""
    old, new = tmp_path / "ab" / "ab12", tmp_path / "cd" / "cd34"
    for folder, byte in ((old, b"A"), (new, b"B")):
        folder.mkdir(parents=True)
        (folder / "press.jpg").write_bytes(byte * 1000)
    when, cache = dt.date(2021, 3, 19), str(tmp_path / "zip")
    first = build_zip([("01.jpg", str(old / "press.jpg"))], "Créditos", when, cache)
    second = build_zip([("01.jpg", str(new / "press.jpg"))], "Créditos", when, cache)
    assert second != first
    with zipfile.ZipFile(second) as archive:
        assert archive.read("01.jpg") == b"B" * 1000
