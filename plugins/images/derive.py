"""Derive every published file of one photo, decoding it once.

Plain functions over bytes, no Pelican: tests and the benchmark call them
directly, and worker processes run them. The photo is decoded at the smallest
scale that still covers the largest size needed (JPEG draft mode: the
decoder skips most of the work for a 12-megapixel photo), turned upright,
converted to sRGB and resized step by step from large to small. The press copy
is the original JPEG data turned upright losslessly, with new metadata
(press.py); only a PNG or a non-sRGB photo is re-encoded for it.
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms, ImageOps

from .metadata import ORIENTATION, public_exif, public_xmp
from .press import PressCopyError, press_copy, with_press_metadata
from .recipe import PressText, Recipe, Rendition

SWAPPING_ORIENTATIONS = {5, 6, 7, 8}
# Downscaling only: bicubic after an integer box reduction is visually the
# same as Lanczos at these ratios and about a third cheaper (make bench-images).
RESAMPLE = Image.Resampling.BICUBIC
REDUCING_GAP = 2.0
_SRGB = ImageCms.createProfile("sRGB")


class UnpublishablePhoto(ValueError):
    """The photo must be fixed by staff; the message says how, in Spanish."""


def check_photo(image: Image.Image, recipe: Recipe) -> None:
    """Reject what would publish badly, before any pixel is decoded."""
    pixels = image.width * image.height
    if pixels > recipe.max_pixels:
        raise UnpublishablePhoto(
            f"tiene {image.width} × {image.height} píxeles "
            f"({pixels / 1e6:.0f} megapíxeles); el máximo es "
            f"{recipe.max_pixels / 1e6:.0f} megapíxeles: redúzcala antes de publicarla"
        )
    if image.mode == "CMYK":
        raise UnpublishablePhoto(
            "está en CMYK (colores de imprenta); expórtela en RGB (sRGB) para web"
        )
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F") or image.info.get("bits", 8) > 8:
        raise UnpublishablePhoto(
            "tiene 16 bits por canal; expórtela en 8 bits (JPEG o PNG de 8 bits)"
        )
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        raise UnpublishablePhoto(
            "tiene transparencia (canal alfa); expórtela como JPEG o PNG sin transparencia"
        )
    if image.mode not in ("RGB", "L", "P", "YCbCr"):
        raise UnpublishablePhoto(
            f"tiene un modo de color no admitido ({image.mode}); se espera RGB"
        )


def _is_srgb(image: Image.Image) -> bool:
    icc = image.info.get("icc_profile")
    if not icc:
        return True
    description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    return "srgb" in description.lower()


def _upright_srgb(image: Image.Image, orientation: int) -> Image.Image:
    """Upright RGB pixels in sRGB, copying them only when something changes."""
    upright = ImageOps.exif_transpose(image) if orientation != 1 else image
    icc = image.info.get("icc_profile")
    if icc and not _is_srgb(image):
        upright = ImageCms.profileToProfile(
            upright, ImageCms.ImageCmsProfile(io.BytesIO(icc)), _SRGB, outputMode="RGB"
        )
    return upright if upright.mode == "RGB" else upright.convert("RGB")


def fitted_width(width: int, height: int, bound: int) -> int:
    """A recipe width bounds the long side: portraits get narrower files."""
    if height > width:
        return max(1, round(bound * width / height))
    return bound


def _needed_size(image: Image.Image, recipe: Recipe, orientation: int) -> tuple[int, int]:
    """Smallest stored-orientation size from which every output can be made."""
    width, height = image.size
    if orientation in SWAPPING_ORIENTATIONS:
        width, height = height, width
    scale = fitted_width(width, height, max(recipe.widths)) / width
    if recipe.crop:
        crop_w, crop_h = recipe.crop
        scale = max(scale, crop_w / width, crop_h / height)
    need = (max(1, round(width * scale)), max(1, round(height * scale)))
    if orientation in SWAPPING_ORIENTATIONS:
        need = need[1], need[0]
    return need


def _encode(image: Image.Image, fmt: str, quality: int, recipe: Recipe, exif, xmp) -> bytes:
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(
            buffer,
            "JPEG",
            quality=quality,
            optimize=True,
            progressive=True,
            exif=exif,
            xmp=xmp,
        )
    else:
        image.save(
            buffer, "WEBP", quality=quality, method=recipe.webp_method, exif=exif, xmp=xmp
        )
    return buffer.getvalue()


def _press(
    data: bytes, image: Image.Image, full: Image.Image, orientation: int, recipe, texts
) -> bytes:
    """The press copy: the original JPEG turned upright losslessly when it is
    an sRGB JPEG, else the decoded upright pixels re-encoded; new metadata."""
    try:
        if _lossless(image):
            return press_copy(data, orientation, *texts)
        encoded = _encode(full, "JPEG", recipe.press_quality, recipe, b"", b"")
        return with_press_metadata(encoded, *texts)
    except PressCopyError as exc:
        raise UnpublishablePhoto(str(exc)) from exc


def _lossless(image: Image.Image) -> bool:
    return image.format == "JPEG" and _is_srgb(image)


def render(
    data: bytes,
    recipe: Recipe,
    credit: str,
    copyright_text: str,
    press_text: PressText | None = None,
) -> list[tuple[Rendition, bytes]]:
    """Every file of the recipe for one photo, as ``(rendition, bytes)``."""
    image = Image.open(io.BytesIO(data))
    check_photo(image, recipe)
    orientation = image.getexif().get(ORIENTATION, 1)
    exif, xmp = public_exif(credit, copyright_text), public_xmp(credit, copyright_text)
    results: list[tuple[Rendition, bytes]] = []

    # A re-encoded press copy needs every pixel; otherwise decode only what the
    # largest size needs. Decoding first also reports a truncated file as such.
    if image.format == "JPEG" and (not recipe.press or _lossless(image)):
        image.draft("RGB", _needed_size(image, recipe, orientation))
    full = _upright_srgb(image, orientation)
    full.load()  # a damaged file fails here, with the message for staff
    if recipe.press:
        texts = (credit, copyright_text, press_text or PressText())
        press = _press(data, image, full, orientation, recipe, texts)
        with Image.open(io.BytesIO(press)) as made:
            press_size = made.size  # upright; a trimmed edge shows here
        results.append(
            (Rendition("prensa.jpg", "press", "JPEG", *press_size, len(press)), press)
        )

    current, resized = full, [full]
    widths = {min(fitted_width(*full.size, w), full.width) for w in recipe.widths}
    for width in sorted(widths, reverse=True):
        height = max(1, round(full.height * width / full.width))
        if current.size != (width, height):
            current = current.resize((width, height), RESAMPLE, reducing_gap=REDUCING_GAP)
            resized.append(current)
        for fmt in recipe.formats:
            quality = recipe.jpeg_quality if fmt == "JPEG" else recipe.webp_quality
            payload = _encode(current, fmt, quality, recipe, exif, xmp)
            ext = "jpg" if fmt == "JPEG" else "webp"
            results.append(
                (
                    Rendition(f"{width}.{ext}", "size", fmt, width, height, len(payload)),
                    payload,
                )
            )

    if recipe.crop:
        card = _cover(_smallest_covering(resized, recipe.crop), recipe.crop)
        quality = recipe.jpeg_quality
        payload = _encode(card, "JPEG", quality, recipe, exif, xmp)
        while len(payload) > recipe.crop_max_bytes and quality > 40:
            quality -= 8
            payload = _encode(card, "JPEG", quality, recipe, exif, xmp)
        results.append(
            (Rendition("tarjeta.jpg", "crop", "JPEG", *recipe.crop, len(payload)), payload)
        )
    return results


def _cover(image: Image.Image, box: tuple[int, int]) -> Image.Image:
    """Fill ``box`` with the image, cutting the sides or (a little above the
    middle, where faces are) the top and bottom; one resample, no copy."""
    box_w, box_h = box
    if image.width * box_h > image.height * box_w:  # wider than the box
        crop_w, crop_h = image.height * box_w / box_h, image.height
        left, top = (image.width - crop_w) / 2, 0
    else:
        crop_w, crop_h = image.width, image.width * box_h / box_w
        left, top = 0, (image.height - crop_h) * 0.4
    region = (left, top, left + crop_w, top + crop_h)
    return image.resize(box, RESAMPLE, box=region, reducing_gap=REDUCING_GAP)


def _smallest_covering(images: list[Image.Image], box: tuple[int, int]) -> Image.Image:
    """The smallest already-resized image a crop of ``box`` can be cut from
    without enlarging: far fewer pixels to resample than the full decode."""
    box_w, box_h = box
    for image in sorted(images, key=lambda i: i.width):
        crop_w = min(image.width, image.height * box_w / box_h)
        if crop_w >= box_w:
            return image
    return max(images, key=lambda i: i.width)
