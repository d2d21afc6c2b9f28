"""The photo pipeline on real JPEG/PNG files made here with Pillow."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageOps

from images.cache import ImageStore
from images.derive import render
from images.pool import derive_all
from images.press import JPEGTRAN, TRANSFORMS
from images.recipe import Job, PressText, Recipe
from press_reader import pixel_difference, read_metadata, same_quantization

pytestmark = pytest.mark.unit

GALLERY = Recipe(widths=(480, 960, 1600), crop=(1200, 630), press=True)
CREDIT, RIGHTS = "Laura Méndez / Comunicación Social", "© 2021 H. Ayuntamiento"
TEXT = PressText(
    caption="Niñas y niños riegan los árboles recién plantados.",
    headline="Jornada de reforestación",
    sublocation="Cerro La Mesa",
    city="San Isidro del Monte",
    state="Jalisco",
    country_code="MX",
    created="2021-03-19T09:00:00-06:00",
)
PRIVATE = [b"Juan P\xc3\xa9rez", b"0123456789", b"Canon", b"EOS 90D"]


def camera_jpeg(path, size=(2400, 1600), orientation=1, **save):
    """A photo as a camera writes it: GPS, serial, owner, orientation."""
    image = Image.new("RGB", size, (40, 90, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, size[0] // 2, size[1] // 3], fill=(230, 40, 40))  # red top-left
    for x in range(0, size[0], 37):  # detail, so that every block has coefficients
        draw.line([x, 0, size[0] - x, size[1]], fill=(x % 256, 200, 30), width=3)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "EOS 90D"
    exif[0x013B] = "Juan Pérez (cámara personal)".encode()
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0xA431] = "0123456789"
    exif.get_ifd(0x8825).update(
        {1: "N", 2: (20.0, 30.0, 0.0), 3: "W", 4: (103.0, 18.0, 0.0)}
    )
    image.save(path, "JPEG", quality=90, exif=exif, **save)
    return path


def decode(payload: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(payload))
    image.load()
    return image


def outputs(tmp_path, **kw):
    source = camera_jpeg(tmp_path / "foto.jpg", **kw)
    return {r.name: (r, p) for r, p in render(source.read_bytes(), GALLERY, CREDIT, RIGHTS)}


def test_every_derived_file(tmp_path):
    made = outputs(tmp_path)
    assert sorted(made) == sorted(
        [
            "1600.jpg",
            "1600.webp",
            "960.jpg",
            "960.webp",
            "480.jpg",
            "480.webp",
            "tarjeta.jpg",
            "prensa.jpg",
        ]
    )
    for name, (rendition, payload) in made.items():
        image = decode(payload)
        assert image.size == (rendition.width, rendition.height), name
        assert image.format == rendition.format
        assert len(payload) == rendition.size
        for trace in PRIVATE:
            assert trace not in payload, (name, trace)
        exif = image.getexif()
        assert not exif.get_ifd(0x8825) and not exif.get_ifd(0x8769)
        assert CREDIT.encode() in payload  # also in XMP
        if rendition.role == "press":  # EXIF text is ASCII: credit in IPTC/XMP only
            assert dict(exif) == {0x0112: 1}, dict(exif)
        else:
            assert set(exif) <= {0x013B, 0x8298}, (name, dict(exif))
            assert exif[0x013B].encode("latin-1").decode() == CREDIT
    assert made["960.jpg"][0].height == 640
    assert made["tarjeta.jpg"][0].size < 300 * 1024
    assert decode(made["tarjeta.jpg"][1]).size == (1200, 630)


def test_press_copy_keeps_original_pixels(tmp_path):
    source = camera_jpeg(tmp_path / "foto.jpg")
    made = {r.name: p for r, p in render(source.read_bytes(), GALLERY, CREDIT, RIGHTS)}
    press, original = decode(made["prensa.jpg"]), decode(source.read_bytes())
    assert press.size == original.size == (2400, 1600)
    assert press.tobytes() == original.tobytes()  # not re-encoded


@pytest.mark.parametrize("orientation", range(2, 9))
def test_press_copy_is_turned_upright_without_re_encoding(tmp_path, orientation):
    """Every EXIF orientation: the pixels are upright, the tag says 1, and
    the DCT coefficients are the source's moved (turning back gives the
    source's exact pixels), not a second JPEG compression."""
    stored = (1600, 2400) if orientation >= 5 else (2400, 1600)
    source = camera_jpeg(tmp_path / "foto.jpg", size=stored, orientation=orientation)
    made = {
        r.name: p for r, p in render(source.read_bytes(), GALLERY, CREDIT, RIGHTS, TEXT)
    }
    press = decode(made["prensa.jpg"])
    assert press.getexif().get(0x0112) == 1
    assert press.size == (2400, 1600)
    largest, share = pixel_difference(press, source)
    assert largest <= 6 and share < 0.10, (largest, share)
    assert same_quantization(press, source)
    back = {2: 2, 3: 3, 4: 4, 5: 5, 6: 8, 7: 7, 8: 6}[orientation]  # the inverse turn
    turned_back = subprocess.run(
        [JPEGTRAN, *TRANSFORMS[back]], input=made["prensa.jpg"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    assert decode(turned_back).tobytes() == decode(source.read_bytes()).tobytes()


def test_press_copy_of_a_size_off_the_block_grid_loses_only_the_first_edge(tmp_path):
    """A turn moves whole 16-px blocks: 2410 × 1605 stored, turned a quarter,
    drops the 5 px that would come first (the left) and re-encodes nothing."""
    source = camera_jpeg(tmp_path / "foto.jpg", size=(2410, 1605), orientation=6)
    made = dict(
        (r.name, (r, p)) for r, p in render(source.read_bytes(), GALLERY, CREDIT, RIGHTS)
    )
    rendition, payload = made["prensa.jpg"]
    press = decode(payload).convert("RGB")
    assert press.size == (rendition.width, rendition.height) == (1600, 2410)
    upright = ImageOps.exif_transpose(Image.open(source)).convert("RGB")
    inner = (16, 16, 1600 - 16, 2410 - 16)  # the decoder differs at a new edge
    difference = ImageChops.difference(
        press.crop(inner), upright.crop((5, 0, 1605, 2410)).crop(inner)
    )
    assert max(high for _, high in difference.getextrema()) <= 6


def test_press_copy_says_caption_credit_and_rights_in_utf8(tmp_path):
    """Read back by exiftool with its defaults: IPTC declares UTF-8 (1:90),
    so accents come out right; XMP says the same; nothing from the camera."""
    source = camera_jpeg(tmp_path / "foto.jpg", orientation=3)
    for made in (source, camera_png(tmp_path / "foto.png")):
        results = render(made.read_bytes(), GALLERY, CREDIT, RIGHTS, TEXT)
        press = dict((r.name, p) for r, p in results)["prensa.jpg"]
        (tmp_path / "prensa.jpg").write_bytes(press)
        (found,) = read_metadata([tmp_path / "prensa.jpg"])
        assert found["IPTC:Caption-Abstract"] == TEXT.caption == found["XMP-dc:Description"]
        assert found["IPTC:By-line"] == CREDIT == found["XMP-dc:Creator"]
        assert found["IPTC:Credit"] == CREDIT == found["XMP-photoshop:Credit"]
        assert found["IPTC:CopyrightNotice"] == RIGHTS == found["XMP-dc:Rights"]
        assert found["IPTC:Headline"] == TEXT.headline == found["XMP-dc:Title"]
        assert found["IPTC:Country-PrimaryLocationName"] == "México"
        assert found["XMP-photoshop:DateCreated"] == "2021:03:19 09:00:00-06:00"
        assert found["IFD0:Orientation"] == 1
        assert not [k for k in found if "GPS" in k or "Make" in k or "Serial" in k]
        for trace in PRIVATE:
            assert trace not in press, trace


def camera_png(path):
    image = Image.new("RGB", (2400, 1600), (40, 90, 160))
    ImageDraw.Draw(image).rectangle([0, 0, 1200, 533], fill=(230, 40, 40))
    image.save(path)
    return path


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_photos_come_out_upright(tmp_path, orientation):
    stored = (1600, 2400) if orientation in (6, 8) else (2400, 1600)
    source = camera_jpeg(tmp_path / "foto.jpg", size=stored, orientation=orientation)
    upright = ImageOps.exif_transpose(Image.open(source)).convert("RGB")
    assert upright.size == (2400, 1600)
    made = {r.name: p for r, p in render(source.read_bytes(), GALLERY, CREDIT, RIGHTS)}
    small = decode(made["480.jpg"])
    assert small.size == (480, 320)
    expected = upright.resize((480, 320))
    for point in [(40, 20), (440, 300), (100, 200)]:
        got, want = small.getpixel(point), expected.getpixel(point)
        assert all(abs(a - b) < 40 for a, b in zip(got, want, strict=True)), point
    press = decode(made["prensa.jpg"])
    assert press.size == (2400, 1600) and press.getexif().get(0x0112) == 1
    assert 0x0112 not in small.getexif()  # web sizes: upright, no tag at all


def test_portrait_widths_bound_the_long_side(tmp_path):
    """A portrait's largest file is 1600 px tall, not 1600 px wide (2400 tall)."""
    made = outputs(tmp_path, size=(2000, 3000))
    sizes = {name: (r.width, r.height) for name, (r, _) in made.items() if r.role == "size"}
    assert sizes["1067.jpg"] == (1067, 1600) and sizes["640.webp"] == (640, 960)
    assert sizes["320.jpg"] == (320, 480)
    card = decode(made["tarjeta.jpg"][1])
    assert card.size == (1200, 630)  # the crop still fills the card


def truncated(folder):
    whole = camera_jpeg(folder / "a.jpg").read_bytes()
    (folder / "a.jpg").write_bytes(whole[: len(whole) // 2])
    return folder / "a.jpg"


def not_an_image(folder):
    (folder / "b.jpg").write_text("no soy una foto", encoding="utf-8")
    return folder / "b.jpg"


def png(mode):
    def make(folder):
        Image.new(mode, (800, 600)).save(folder / "c.png")
        return folder / "c.png"

    return make


def cmyk(folder):
    Image.new("CMYK", (800, 600)).save(folder / "e.jpg")
    return folder / "e.jpg"


def huge(folder):
    return camera_jpeg(folder / "f.jpg", size=(9000, 8000))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (truncated, "está incompleta o dañada"),
        (not_an_image, "no es una imagen"),
        (png("RGBA"), "tiene transparencia"),
        (png("I;16"), "tiene 16 bits por canal"),
        (cmyk, "está en CMYK"),
        (huge, "el máximo es 60 megapíxeles"),
    ],
    ids=["truncated", "not-an-image", "png-alpha", "16-bit", "cmyk", "too-many-pixels"],
)
def test_bad_photos_are_problems_not_crashes(tmp_path, make, message):
    bad = make(tmp_path)
    good = camera_jpeg(tmp_path / "bien.jpg")
    store = ImageStore(str(tmp_path / "cache"))
    jobs = [Job(str(bad), GALLERY, CREDIT, RIGHTS), Job(str(good), GALLERY, CREDIT, RIGHTS)]
    results, problems = derive_all(jobs, store, workers=1)
    assert [p.source for p in problems] == [str(bad)]
    assert message in problems[0].message
    assert (str(good), GALLERY) in results


def test_cache_reuses_and_redoes_only_what_changed(tmp_path):
    photos = [camera_jpeg(tmp_path / f"{n}.jpg") for n in range(3)]
    for n, photo in enumerate(photos):  # three different photos
        Image.open(photo).rotate(n * 90).save(photo, quality=90)
    store_path = str(tmp_path / "cache")
    jobs = [Job(str(p), GALLERY, CREDIT, RIGHTS) for p in photos]
    first, _ = derive_all(jobs, ImageStore(store_path), workers=2)
    assert sum(d.worked for d in first.values()) == 3
    again, _ = derive_all(jobs, ImageStore(store_path), workers=2)
    assert sum(d.worked for d in again.values()) == 0
    Image.new("RGB", (2000, 1000), "white").save(photos[1], quality=90)
    third, _ = derive_all(jobs, ImageStore(store_path), workers=2)
    assert [d.worked for d in third.values()] == [False, True, False]
    other_credit = [Job(str(photos[0]), GALLERY, "Otra persona", RIGHTS)]
    fourth, _ = derive_all(other_credit, ImageStore(store_path), workers=1)
    assert next(iter(fourth.values())).worked  # credit is part of the key
    captioned = [Job(str(photos[0]), GALLERY, CREDIT, RIGHTS, TEXT)]
    fifth, _ = derive_all(captioned, ImageStore(store_path), workers=1)
    assert next(iter(fifth.values())).worked  # so is what the press copy says
    bulletin = Recipe(crop=(1200, 630))  # no press copy: its text is not in the key
    plain = derive_all(
        [Job(str(photos[2]), bulletin, CREDIT, RIGHTS)], ImageStore(store_path), 1
    )
    texted = derive_all(
        [Job(str(photos[2]), bulletin, CREDIT, RIGHTS, TEXT)], ImageStore(store_path), 1
    )
    assert (
        next(iter(plain[0].values())).worked and not next(iter(texted[0].values())).worked
    )


def test_parallel_and_single_process_give_the_same_files(tmp_path):
    photos = [
        camera_jpeg(
            tmp_path / f"{n}.jpg",
            orientation=6 if n else 1,
            size=(1600, 2400) if n else (2400, 1600),
        )
        for n in range(3)
    ]
    jobs = [Job(str(p), GALLERY, CREDIT, RIGHTS) for p in photos]
    one, _ = derive_all(jobs, ImageStore(str(tmp_path / "c1")), workers=1)
    two, _ = derive_all(jobs, ImageStore(str(tmp_path / "c2")), workers=2)
    assert one.keys() == two.keys()
    for key, derived in one.items():
        assert derived.renditions == two[key].renditions
        for rendition in derived.renditions:
            a = (tmp_path / "c1").joinpath(derived.folder, rendition.name).read_bytes()
            b = (tmp_path / "c2").joinpath(two[key].folder, rendition.name).read_bytes()
            assert a == b, rendition.name
