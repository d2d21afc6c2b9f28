"""Contents that are a folder named by date: galleries and recordings.

``AAAA-MM-DD-nombre/`` with an ``index.md`` whose ``date`` is the folder's
date. One reader for both, so the name, the missing index.md and the date
that disagrees with the folder are told the same way.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .errors import ContentReport
from .reading import ContentFile, display_path, read_content

FOLDER_NAME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$"
)
INDEX = "index.md"


@dataclass(frozen=True)
class FolderWords:
    """How a kind's messages name its folder and its data."""

    name_hint: str  # "nombre-del-evento"
    example: str  # "2021-01-16-premiacion"
    data_of: str  # "de la galería"


def subfolders(content_path: str, folder: str) -> list[str]:
    """Every folder directly under ``content/<folder>/``, in a stable order."""
    root = os.path.join(content_path, folder)
    if not os.path.isdir(root):
        return []
    return sorted(
        os.path.join(root, name)
        for name in os.listdir(root)
        if os.path.isdir(os.path.join(root, name))
    )


def read_dated_folder(
    folder: str, kind: str, words: FolderWords, settings, report: ContentReport
) -> tuple[ContentFile, str] | None:
    """The folder's index.md read with its kind's schema, and the slug its name
    gives; None (the report says why) when the name or index.md is wrong."""
    name = os.path.basename(folder)
    index = os.path.join(folder, INDEX)
    shown = display_path(index, settings)
    match = FOLDER_NAME.match(name)
    if not match:
        report.add(
            display_path(folder, settings),
            "(carpeta)",
            f"el nombre '{name}' no sirve; se espera AAAA-MM-DD-{words.name_hint} "
            f"(minúsculas sin acentos y guiones, p. ej. {words.example})",
        )
        return None
    if not os.path.isfile(index):
        report.add(shown, "(archivo)", f"falta el archivo index.md con los datos {words.data_of}")
        return None
    read = read_content(index, kind, settings, report)
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
    return read, match["slug"]
