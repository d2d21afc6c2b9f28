"""Bulletin images: derived, cached by content, written beside the pages.

Originals never reach ``output/``; each published image is a set of widths in
WebP and JPEG without private metadata. The cache lives outside ``output/``
(``IMAGES_CACHE_PATH``) so a rebuild with no new photo does no image work.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass

from pelican import signals
from PIL import Image, UnidentifiedImageError

from content_schema import report_for
from content_schema.reader import display_path

from .derive import ImageRecipe, Rendition, derive_cached

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Picture:
    """What templates and feeds need to show one image."""

    alt: str
    credit: str
    folder: str  # site-relative folder of the renditions
    jpegs: tuple[Rendition, ...]
    webps: tuple[Rendition, ...]
    default: Rendition  # the <img src>, a middle width
    large: Rendition  # the widest JPEG: Open Graph, feeds

    @property
    def width(self) -> int:
        return self.default.width

    @property
    def height(self) -> int:
        return self.default.height

    @property
    def src(self) -> str:
        return f"{self.folder}/{self.default.name}"

    @property
    def large_url(self) -> str:
        return f"{self.folder}/{self.large.name}"


def _copy(src: str, dest: str) -> None:
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    shutil.copyfile(src, dest)


def _why_unreadable(exc: Exception) -> str:
    """Pillow's reason, said for staff."""
    if isinstance(exc, Image.DecompressionBombError):
        return "tiene demasiados píxeles para publicarse"
    if isinstance(exc, UnidentifiedImageError):
        return "no es una imagen (¿es otro tipo de archivo con extensión .jpg?)"
    if "truncated" in str(exc):
        return "está incompleta o dañada (¿se copió a medias?)"
    return f"no se pudo leer ({exc})"


def publish_image(article, settings, output_path: str, stats: dict) -> Picture | None:
    image = article.metadata.get("image")
    if not image:
        return None
    recipe = ImageRecipe(**settings.get("IMAGES_RECIPE", {}))
    copyright_text = settings["IMAGES_COPYRIGHT"].format(year=article.date.year)
    try:
        entry, renditions, worked = derive_cached(
            image["src"],
            settings["IMAGES_CACHE_PATH"],
            recipe,
            image["credit"],
            copyright_text,
        )
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        SyntaxError,
    ) as exc:
        report_for(settings).add(
            display_path(article.source_path, settings),
            "image.src",
            f"la imagen '{os.path.basename(image['src'])}' {_why_unreadable(exc)}; "
            "se espera un archivo JPEG completo que se abra en cualquier visor",
        )
        return None
    stats["processed" if worked else "reused"] += 1
    folder = f"imagenes/boletines/{article.date.year}/{article.slug}"
    for rendition in renditions:
        _copy(
            os.path.join(entry, rendition.name),
            os.path.join(output_path, folder, rendition.name),
        )
    jpegs = tuple(r for r in renditions if r.format == "JPEG")
    return Picture(
        alt=image["alt"],
        credit=image["credit"],
        folder=folder,
        jpegs=jpegs,
        webps=tuple(r for r in renditions if r.format == "WEBP"),
        default=jpegs[len(jpegs) // 2],
        large=jpegs[-1],
    )


def publish_bulletin_images(generator) -> None:
    settings = generator.settings
    stats = {"processed": 0, "reused": 0}
    written = list(generator.articles)
    if settings.get("DRAFT_SAVE_AS"):
        written += list(generator.drafts)
    for article in written:
        article.picture = publish_image(article, settings, generator.output_path, stats)
    logger.info(
        "Imágenes: %d procesadas, %d reutilizadas de la caché",
        stats["processed"],
        stats["reused"],
    )
    generator.context["image_stats"] = stats


def register() -> None:
    signals.article_generator_finalized.connect(publish_bulletin_images)
