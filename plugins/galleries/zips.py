"""One ZIP per gallery for the press: its press-quality photos and credits.

Stored, not deflated (JPEG does not shrink), with fixed dates, so the same
gallery always gives the same bytes; kept in the cache by content so a
rebuild links it instead of writing megabytes again. Each photo also carries
its caption, credit and rights inside (IPTC and XMP, ``press_text``), so they
travel with the file once it leaves the ZIP.
"""

from __future__ import annotations

import hashlib
import os
import zipfile

from images.recipe import PressText
from spanish_dates.formatting import long_date


def press_name(gallery, photo) -> str:
    """The file name a journalist gets: gallery and photo, never a bare number."""
    return f"{gallery.slug}-{photo.stem}.jpg"


def photo_caption(photo) -> str:
    """The caption a journalist gets, in CREDITOS.txt and in the file."""
    return photo.caption or photo.alt


def press_text(gallery, photo, settings) -> PressText:
    """What the press copy says inside: the content's words (fotos.yml and the
    gallery's index.md) and the office's city from ORGANIZATION_ADDRESS."""
    address = settings["ORGANIZATION_ADDRESS"]
    return PressText(
        caption=photo_caption(photo),
        headline=gallery.title,
        sublocation=gallery.place,
        city=address.get("locality", ""),
        state=address.get("region", ""),
        country_code=address.get("country", ""),
        created=gallery.date.isoformat(timespec="seconds"),
    )


def credits_text(gallery, portal_url: str) -> str:
    lines = [
        gallery.title,
        f"{long_date(gallery.date)} · {gallery.place}",
        f"Área: {gallery.area_name}",
        f"Galería: {portal_url}/{gallery.url}",
        "",
        f"Crédito general: {gallery.credit}",
        "Uso libre para medios citando el crédito de cada foto.",
        "",
    ]
    for photo in gallery.photos:
        lines.append(f"{press_name(gallery, photo)}: {photo_caption(photo)}")
        lines.append(f"    Crédito: {photo.credit}")
    return "\n".join(lines) + "\n"


def build_zip(members: list[tuple[str, str]], credits: str, date, cache_dir: str) -> str:
    """``members`` are ``(name in the zip, file in the image cache)``; returns the
    cached ZIP. Cache entries are named by content, so a photo replaced by
    another of the same size is another entry, and another ZIP."""
    digest = hashlib.sha256(credits.encode("utf-8"))
    for arcname, path in members:
        stat = os.stat(path)
        digest.update(
            f"{arcname}|{os.path.basename(os.path.dirname(path))}|{stat.st_size}".encode()
        )
    target = os.path.join(cache_dir, digest.hexdigest()[:32] + ".zip")
    if os.path.isfile(target):
        return target
    os.makedirs(cache_dir, exist_ok=True)
    stamp = (date.year, date.month, date.day, 12, 0, 0)
    partial = f"{target}.{os.getpid()}"
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
        info = zipfile.ZipInfo("CREDITOS.txt", date_time=stamp)
        info.external_attr = 0o644 << 16
        archive.writestr(info, credits.encode("utf-8"))
        for arcname, path in members:
            info = zipfile.ZipInfo(arcname, date_time=stamp)
            info.external_attr = 0o644 << 16
            with open(path, "rb") as handle:
                archive.writestr(info, handle.read())
    os.replace(partial, target)
    return target
