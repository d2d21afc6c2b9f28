"""Derived image files: decoded once, upright, sRGB, resized, stripped.

Plain functions over paths and bytes, with no Pelican import, so tests and
the benchmark call them directly. A derived file carries only the credit and
copyright we write into it: never the camera's GPS, serial or owner.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
from dataclasses import asdict, dataclass
from xml.sax.saxutils import escape

from PIL import Image, ImageCms, ImageOps

PIPELINE_VERSION = "2"
ARTIST = 0x013B
COPYRIGHT = 0x8298


@dataclass(frozen=True)
class Rendition:
    """One derived file: its name inside the cache entry and its facts."""

    name: str
    format: str  # "JPEG" or "WEBP"
    width: int
    height: int
    size: int  # bytes

    @property
    def mime(self) -> str:
        return {"JPEG": "image/jpeg", "WEBP": "image/webp"}[self.format]


@dataclass(frozen=True)
class ImageRecipe:
    """Everything that shapes the derived files; part of the cache key."""

    widths: tuple[int, ...] = (480, 800, 1200)
    formats: tuple[str, ...] = ("WEBP", "JPEG")
    jpeg_quality: int = 82
    webp_quality: int = 78

    def key(self, source: bytes, credit: str, copyright_text: str) -> str:
        digest = hashlib.sha256(source)
        recipe = json.dumps(
            [PIPELINE_VERSION, asdict(self), credit, copyright_text], sort_keys=True
        )
        digest.update(recipe.encode())
        return digest.hexdigest()[:32]


def load_upright_rgb(data: bytes) -> Image.Image:
    """Decode, apply EXIF orientation, convert to sRGB RGB pixels."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        upright = ImageOps.exif_transpose(image)
        icc = upright.info.get("icc_profile")
        if icc:
            source_profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.createProfile("sRGB")
            upright = ImageCms.profileToProfile(
                upright, source_profile, srgb, outputMode="RGB"
            )
        return upright.convert("RGB")


def _public_exif(credit: str, copyright_text: str) -> bytes:
    """Only who to credit and the rights; UTF-8 as exiftool writes it, since
    Pillow would turn every accent of an ASCII tag into '?'."""
    exif = Image.Exif()
    exif[ARTIST] = credit.encode("utf-8")
    exif[COPYRIGHT] = copyright_text.encode("utf-8")
    return exif.tobytes()


def _public_xmp(credit: str, copyright_text: str) -> bytes:
    """The same credit and rights as XMP, which photo desks' tools read."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>"
        f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{escape(copyright_text)}'
        "</rdf:li></rdf:Alt></dc:rights>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="r"?>'
    ).encode()


def render(
    data: bytes, recipe: ImageRecipe, credit: str, copyright_text: str
) -> list[tuple[Rendition, bytes]]:
    """Every width × format of one photo, as encoded bytes."""
    image = load_upright_rgb(data)
    exif = _public_exif(credit, copyright_text)
    xmp = _public_xmp(credit, copyright_text)
    results = []
    widths = sorted({min(w, image.width) for w in recipe.widths})
    for width in widths:
        height = round(image.height * width / image.width)
        resized = (
            image
            if width == image.width
            else image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        )
        for fmt in recipe.formats:
            buffer = io.BytesIO()
            if fmt == "JPEG":
                resized.save(
                    buffer,
                    "JPEG",
                    quality=recipe.jpeg_quality,
                    optimize=True,
                    progressive=True,
                    exif=exif,
                    xmp=xmp,
                )
                ext = "jpg"
            else:
                resized.save(
                    buffer,
                    "WEBP",
                    quality=recipe.webp_quality,
                    method=4,
                    exif=exif,
                    xmp=xmp,
                )
                ext = "webp"
            payload = buffer.getvalue()
            name = f"{width}.{ext}"
            results.append((Rendition(name, fmt, width, height, len(payload)), payload))
    return results


def derive_cached(
    source_path: str,
    cache_dir: str,
    recipe: ImageRecipe,
    credit: str,
    copyright_text: str,
) -> tuple[str, list[Rendition], bool]:
    """Renditions of one photo, made once per content and recipe.

    Returns the cache entry's folder, its renditions and whether work was done.
    """
    with open(source_path, "rb") as handle:
        data = handle.read()
    entry = os.path.join(cache_dir, recipe.key(data, credit, copyright_text))
    manifest = os.path.join(entry, "renditions.json")
    if os.path.isfile(manifest):
        with open(manifest, encoding="utf-8") as handle:
            return entry, [Rendition(**r) for r in json.load(handle)], False
    renditions = render(data, recipe, credit, copyright_text)
    partial = entry + f".partial-{os.getpid()}"
    os.makedirs(partial, exist_ok=True)
    for rendition, payload in renditions:
        with open(os.path.join(partial, rendition.name), "wb") as handle:
            handle.write(payload)
    with open(os.path.join(partial, "renditions.json"), "w", encoding="utf-8") as handle:
        json.dump([asdict(r) for r, _ in renditions], handle)
    try:
        os.replace(partial, entry)
    except OSError:  # another process made the same entry first
        shutil.rmtree(partial, ignore_errors=True)
    return entry, [r for r, _ in renditions], True
