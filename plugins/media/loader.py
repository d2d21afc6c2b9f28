"""Read recording folders: index.md, the media file, its captions or transcript.

Every problem goes to the build's report with the file and field; a
recording with problems is left out, and the build stops after reading.
"""

from __future__ import annotations

import os
import re

from content_schema.errors import ContentReport
from content_schema.media_schemas import RECORDING_KINDS
from content_schema.models import from_clean
from content_schema.reading import display_path, read_content

from .model import Audio, Recording, Video
from .probe import MediaError, probe

FOLDER_NAME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$"
)
INDEX = "index.md"
REQUIRED = ("title", "date", "area", "kind", "summary", "file", "credit")


def recording_folders(content_path: str, folder: str) -> list[str]:
    root = os.path.join(content_path, folder)
    if not os.path.isdir(root):
        return []
    return sorted(
        os.path.join(root, name)
        for name in os.listdir(root)
        if os.path.isdir(os.path.join(root, name))
    )


def load_recording(
    folder: str, media: str, settings, report: ContentReport, markdown
) -> Recording | None:
    """The recording in ``folder`` (``media``: "video" or "audio"), or None."""
    name = os.path.basename(folder)
    index = os.path.join(folder, INDEX)
    shown = display_path(index, settings)
    match = FOLDER_NAME.match(name)
    if not match:
        report.add(
            display_path(folder, settings),
            "(carpeta)",
            f"el nombre '{name}' no sirve; se espera AAAA-MM-DD-nombre-de-la-grabacion "
            "(minúsculas sin acentos y guiones, p. ej. 2021-02-24-sesion-de-cabildo)",
        )
        return None
    if not os.path.isfile(index):
        report.add(
            shown, "(archivo)", "falta el archivo index.md con los datos de la grabación"
        )
        return None
    read = read_content(index, media, settings, report)
    if read is None:
        return None
    meta = read.clean
    if "date" in meta and meta["date"].date().isoformat() != match["date"]:
        report.add(
            shown,
            "date",
            f"la fecha es {meta['date'].date().isoformat()} pero la carpeta dice "
            f"{match['date']}; se espera la misma fecha en los dos (renombre la "
            "carpeta o corrija la fecha)",
        )
    if any(field not in meta for field in REQUIRED):
        return None
    try:
        probed = probe(meta["file"])
    except MediaError as exc:
        report.add(shown, "file", f"'{os.path.basename(meta['file'])}' {exc}")
        return None
    if media == "video" and not probed.has_video:
        report.add(shown, "file", "el archivo no tiene imagen; un audio va en content/fonoteca/")
        return None
    if not probed.has_audio and not meta.get("no_speech"):
        report.add(
            shown,
            "file",
            "el archivo no tiene sonido; si la grabación no tiene voz, diga por qué "
            "en no_speech",
        )
        return None
    return from_clean(
        Video if media == "video" else Audio,
        meta,
        folder=name,
        source_path=index,
        media=media,
        area_name=settings["AREAS"][meta["area"]],
        kind_name=RECORDING_KINDS[meta["kind"]],
        body_html=read.html(markdown, settings),
        slug=meta.get("slug", match["slug"]),
        probe=probed,
    )
