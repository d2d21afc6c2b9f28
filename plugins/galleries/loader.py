"""Read gallery folders: index.md, the fotos.yml sidecar and the photos.

Every problem goes to the build's report with the file and field; a gallery
with problems is left out, and the build stops after reading.
"""

from __future__ import annotations

import os
from zoneinfo import ZoneInfo

from content_schema.dated_folders import INDEX, FolderWords, read_dated_folder, subfolders
from content_schema.errors import ContentReport
from content_schema.fields import ValidationContext, validate_mapping
from content_schema.frontmatter import FrontMatterError, load_yaml
from content_schema.models import from_clean
from content_schema.reading import display_path, read_text
from content_schema.schemas import PHOTO_ENTRY
from content_schema.suggestions import meant

from .model import Gallery, Photo

PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png")
SIDECAR = "fotos.yml"
WORDS = FolderWords("nombre-del-evento", "2021-01-16-premiacion", "de la galería")


def gallery_folders(content_path: str) -> list[str]:
    return subfolders(content_path, "galerias")


def load_gallery(folder: str, settings, report: ContentReport, markdown) -> Gallery | None:
    name = os.path.basename(folder)
    index = os.path.join(folder, INDEX)
    shown = display_path(index, settings)
    found = read_dated_folder(folder, "gallery", WORDS, settings, report)
    if found is None:
        return None
    read, folder_slug = found
    meta = read.clean
    photos = _load_photos(folder, settings, report, meta.get("credit", ""))
    files = {p.file for p in photos}
    if (
        "cover" in meta
        and meta["cover"] not in files
        and os.path.basename(os.path.join(folder, meta["cover"])) not in files
    ):
        report.add(
            shown,
            "cover",
            f"no existe la foto '{meta['cover']}' en la galería"
            f"{meant(folder, meta['cover'])}; "
            f"se espera el nombre de una de sus fotos: {', '.join(sorted(files))}",
        )
    required = ("title", "date", "area", "place", "summary", "credit", "cover")
    if any(name not in meta for name in required):
        return None
    # Other problems are in the report (the build will stop), but the photos
    # still go through the pipeline so that their problems are reported too.
    return from_clean(
        Gallery,
        meta,
        folder=name,
        source_path=index,
        area_name=settings["AREAS"][meta["area"]],
        body_html=read.html(markdown, settings),
        slug=meta.get("slug", folder_slug),
        photos=photos,
    )


def _load_photos(folder, settings, report, gallery_credit) -> list[Photo]:
    sidecar = os.path.join(folder, SIDECAR)
    shown = display_path(sidecar, settings)
    on_disk = sorted(f for f in os.listdir(folder) if f.lower().endswith(PHOTO_EXTENSIONS))
    for other in sorted(os.listdir(folder)):
        path = os.path.join(folder, other)
        if other not in (INDEX, SIDECAR) and other not in on_disk and os.path.isfile(path):
            report.add(
                display_path(path, settings),
                "(archivo)",
                "no es una foto; en la carpeta de una galería solo van index.md, "
                "fotos.yml y fotos .jpg o .png: muévalo a otra parte",
            )
    if not os.path.isfile(sidecar):
        report.add(
            shown,
            "(archivo)",
            "falta fotos.yml: la lista de fotos con su texto "
            "alternativo (alt) y su pie de foto (caption)",
        )
        return []
    text = read_text(sidecar, settings, report)
    if text is None:
        return []
    try:
        entries = load_yaml(text)
    except FrontMatterError as exc:
        report.add(shown, "(archivo)", str(exc))
        return []
    if not isinstance(entries, list) or not entries:
        report.add(
            shown,
            "(archivo)",
            "se espera una lista de fotos, una por elemento '- file: …' con alt y caption",
        )
        return []
    ctx = ValidationContext(sidecar, ZoneInfo(settings["TIMEZONE"]))
    photos, seen = [], set()
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            report.add(
                shown, f"[{position}]", "se espera un grupo de campos: file, alt, caption"
            )
            continue
        clean, problems = validate_mapping(entry, PHOTO_ENTRY, ctx)
        for field_name, message in problems:
            report.add(shown, f"[{position}].{field_name}", message)
        name = clean.get("file")
        if name is None:
            continue
        if name not in on_disk:
            report.add(
                shown,
                f"[{position}].file",
                f"no existe la foto '{name}' en la carpeta{meant(folder, name)}; se "
                "espera el nombre de un archivo .jpg o .png que esté junto a fotos.yml",
            )
            continue
        if name in seen:
            report.add(
                shown,
                f"[{position}].file",
                f"la foto '{name}' ya está en la lista; "
                "se espera una sola entrada por foto",
            )
            continue
        seen.add(name)
        if not problems:
            photos.append(
                from_clean(
                    Photo,
                    clean,
                    source=os.path.join(folder, name),
                    caption=clean.get("caption", ""),
                    credit=clean.get("credit", gallery_credit),
                    position=len(photos) + 1,
                )
            )
    for missing in sorted(set(on_disk) - seen):
        report.add(
            shown,
            "(fotos)",
            f"la foto '{missing}' no está en la lista; se espera "
            "una entrada '- file: " + missing + "' con su alt y su caption",
        )
    return photos
