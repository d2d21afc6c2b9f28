"""Read recording folders: index.md, the media file, its captions or transcript.

Every problem goes to the build's report with the file and field (and the
line, in a caption file); a recording with problems is left out, and the
build stops after linking. The checks themselves are in ``checks``.
"""

from __future__ import annotations

import os

from content_schema.dated_folders import (
    INDEX,
    FolderWords,
    read_dated_folder,
    subfolders,
)
from content_schema.errors import ContentReport
from content_schema.media_schemas import RECORDING_KINDS
from content_schema.models import from_clean
from content_schema.reading import display_path

from .checks import (
    check_description,
    check_folder_files,
    check_speech,
    check_streams,
    check_times,
)
from .model import Audio, Recording, Video
from .probe import MediaError
from .probe_cache import probe_file

REQUIRED = ("title", "date", "area", "kind", "summary", "file", "credit")


WORDS = FolderWords(
    "nombre-de-la-grabacion", "2021-02-24-sesion-de-cabildo", "de la grabación"
)


def recording_folders(content_path: str, folder: str) -> list[str]:
    return subfolders(content_path, folder)


def load_recording(
    folder: str, media: str, settings, report: ContentReport, markdown
) -> Recording | None:
    """The recording in ``folder`` (``media``: "video" or "audio"), or None."""
    name = os.path.basename(folder)
    index = os.path.join(folder, INDEX)
    shown = display_path(index, settings)
    found = read_dated_folder(folder, media, WORDS, settings, report)
    if found is None:
        return None
    read, folder_slug = found
    meta = read.clean
    check_folder_files(folder, read, media, settings, report)
    probed = None
    if "file" in meta:
        try:
            probed = probe_file(meta["file"], settings)
            check_streams(probed, media, meta)
        except MediaError as exc:
            report.add(shown, "file", f"'{os.path.basename(meta['file'])}' {exc}")
            probed = None
    duration = probed.duration if probed else None
    derived = check_speech(read, media, duration, settings, report)
    if probed is not None:
        derived.update(check_times(read, probed, report))
        if media == "video":
            check_description(read, probed, settings, report)
    if probed is None or any(field not in meta for field in REQUIRED):
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
        slug=meta.get("slug", folder_slug),
        probe=probed,
        **derived,
    )
