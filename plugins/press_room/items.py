"""What the press room lists, as plain values picked from the context.

The page is digested by value (plugins/incremental): every figure it shows,
the sizes of the files included, is a field here, so a new bulletin, a
re-encoded video or a redrawn logo renders the page again. Nothing here
keeps a reference to a Pelican content, and nothing is written onto one.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

# A bulletin is left out while it is held back, whatever EMBARGO says: a
# preview build shows embargoed bulletins to staff, never to the press room.
HELD_FLAGS = ("embargoed", "veda_held")


@dataclass(frozen=True)
class Download:
    """One file to download: its address, what it is and its real size."""

    url: str  # site-relative
    label: str  # «Imagen en calidad de prensa (JPEG, 1200 × 800)»
    size: int  # bytes, measured on the published (or cached) file


@dataclass(frozen=True)
class PressBulletin:
    title: str
    url: str
    date: dt.datetime
    number_label: str
    area_name: str
    summary: str
    picture: object  # images.Picture or None: the thumbnail
    downloads: tuple[Download, ...]
    gallery_title: str = ""
    gallery_url: str = ""
    photo_count: int = 0


def is_public(article) -> bool:
    """Published, not a draft, not held by embargo or veda."""
    if getattr(article, "status", "published") != "published":
        return False
    return not any(getattr(article, flag, False) for flag in HELD_FLAGS)


def latest_bulletins(articles, count: int) -> list[PressBulletin]:
    """The newest public bulletins with their press image and gallery ZIP."""
    public = [a for a in articles if getattr(a, "kind", "") == "bulletin" and is_public(a)]
    public.sort(key=lambda a: (a.date, a.source_path), reverse=True)
    return [_bulletin(article) for article in public[:count]]


def _bulletin(article) -> PressBulletin:
    downloads = []
    picture = getattr(article, "picture", None)
    if picture is not None:
        large = picture.large
        downloads.append(
            Download(
                picture.url(large),
                f"Imagen en calidad de prensa (JPEG, {large.width} × {large.height})",
                os.path.getsize(picture.cached_file(large)),
            )
        )
    gallery = getattr(article, "gallery", None)
    extra = {}
    if gallery is not None and getattr(gallery, "status", "published") == "published":
        if gallery.zip_size:
            downloads.append(
                Download(
                    gallery.zip_url,
                    f"Las {len(gallery.photos)} fotos de la galería en calidad de prensa (ZIP)",
                    gallery.zip_size,
                )
            )
        extra = {
            "gallery_title": gallery.title,
            "gallery_url": gallery.url,
            "photo_count": len(gallery.photos),
        }
    return PressBulletin(
        title=article.title,
        url=article.url,
        date=article.date,
        number_label=getattr(article, "number_label", ""),
        area_name=article.category.name,
        summary=article.metadata.get("summary", "") or "",
        picture=picture,
        downloads=tuple(downloads),
        **extra,
    )


def latest_galleries(context, count: int) -> list:
    """The newest published galleries whose press ZIP was made."""
    return [g for g in context.get("galleries", []) if g.zip_size][:count]


def latest_recordings(context, count: int) -> list:
    """The newest published videos and audios together (each generator put
    only what it publishes into the context)."""
    recordings = [*context.get("videoteca", []), *context.get("fonoteca", [])]
    recordings.sort(key=lambda r: (r.date, r.folder), reverse=True)
    return recordings[:count]


@dataclass(frozen=True)
class BrandAsset:
    label: str
    url: str
    size: int
    format_name: str  # «SVG», «PNG»


def brand_assets(settings, theme_static: str) -> tuple[list[BrandAsset], list[str]]:
    """PRESS_BRAND_ASSETS with each file's real size; the entries whose file
    is not in the theme come back apart, for the report."""
    found, missing = [], []
    for label, relative in settings["PRESS_BRAND_ASSETS"]:
        path = os.path.join(theme_static, relative)
        if not os.path.isfile(path):
            missing.append(relative)
            continue
        found.append(
            BrandAsset(
                label,
                f"{settings['THEME_STATIC_DIR']}/{relative}",
                os.path.getsize(path),
                os.path.splitext(relative)[1].lstrip(".").upper(),
            )
        )
    return found, missing
