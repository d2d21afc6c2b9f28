"""What to make from one photo: the recipe is part of the cache key.

Recipes are plain frozen data so they pickle to worker processes and hash to
the same key on every machine.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

PIPELINE_VERSION = "4"
# The press copy's own version, in the key only of recipes that make one:
# "2": upright lossless copy (jpegtran -optimize) with IPTC/XMP (exiv2).
PRESS_VERSION = "2"


@dataclass(frozen=True)
class Recipe:
    widths: tuple[int, ...] = (480, 800, 1200)
    formats: tuple[str, ...] = ("WEBP", "JPEG")
    jpeg_quality: int = 82
    webp_quality: int = 78
    # libwebp effort: 2 encodes 1600 px photos 2.4× faster than 4 for files
    # about 4% larger (measured on the sample and benchmark photos).
    webp_method: int = 2
    crop: tuple[int, int] | None = None  # (width, height) card for lists and Open Graph
    crop_max_bytes: int = 300 * 1024
    press: bool = False  # a full-size JPEG for the media
    press_quality: int = 92
    max_pixels: int = 60_000_000

    def fingerprint(
        self, credit: str, copyright_text: str, press: PressText | None = None
    ) -> str:
        parts = [PIPELINE_VERSION, asdict(self), credit, copyright_text]
        if self.press:  # other recipes keep their cache entries
            parts += [PRESS_VERSION, asdict(press) if press else None]
        return json.dumps(parts, sort_keys=True)


@dataclass(frozen=True)
class PressText:
    """What a newsroom reads in a press copy's IPTC and XMP, from the content:
    the photo's caption and credit (fotos.yml, or the gallery's credit), the
    gallery's title, place and date, the office's city (ORGANIZATION_ADDRESS)
    and IMAGES_COPYRIGHT. Part of the cache key of recipes with a press copy."""

    caption: str = ""
    headline: str = ""
    sublocation: str = ""  # the gallery's place
    city: str = ""
    state: str = ""
    country_code: str = ""  # ISO 3166 alpha-2 as in the settings ("MX")
    created: str = ""  # ISO 8601 date-time with offset, "2021-02-24T17:00:00-06:00"


@dataclass(frozen=True)
class Rendition:
    """One derived file, named by its role: ``480.webp``, ``tarjeta.jpg``…"""

    name: str
    role: str  # "size", "crop" or "press"
    format: str  # "JPEG" or "WEBP"
    width: int
    height: int
    size: int  # bytes

    @property
    def mime(self) -> str:
        return {"JPEG": "image/jpeg", "WEBP": "image/webp"}[self.format]

    @property
    def extension(self) -> str:
        return {"JPEG": "jpg", "WEBP": "webp"}[self.format]


@dataclass(frozen=True)
class Job:
    """One photo to derive; everything a worker process needs."""

    source: str
    recipe: Recipe
    credit: str
    copyright_text: str
    press: PressText | None = None  # read only when the recipe makes a press copy


@dataclass(frozen=True)
class Derived:
    """A job's result: the cache entry's folder and what is in it."""

    source: str
    folder: str
    renditions: tuple[Rendition, ...]
    worked: bool  # False when the cache already had it


@dataclass(frozen=True)
class ImageProblem:
    """A photo that cannot be published, with the reason for staff."""

    source: str
    message: str
