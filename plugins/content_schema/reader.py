"""Pelican reader for our Markdown: YAML front matter checked by schema.

A file with problems is recorded in the build's report and skipped quietly
(status ``skip``), so reading goes on and every file's problems are known
before the build stops.
"""

from __future__ import annotations

import os
import re

from pelican.readers import BaseReader
from pelican.urlwrappers import Category, Tag
from pelican.utils import slugify

from .errors import report_for
from .history import latest
from .kinds import KIND_BY_FOLDER, schema_for
from .reading import display_path, markdown_for, read_content
from .references import reference_names

__all__ = ["PortalMarkdownReader", "display_path", "kind_of", "stray_markdown_files"]

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


def kind_of(source_path: str, settings) -> str | None:
    """The kind of a file by its folder: ``publicidad/campanas`` before ``…``."""
    parts = os.path.relpath(source_path, settings["PATH"]).replace(os.sep, "/").split("/")
    for depth in (2, 1):
        if len(parts) > depth and (kind := KIND_BY_FOLDER.get("/".join(parts[:depth]))):
            return kind
    return None


def slug_from_filename(source_path: str, settings) -> str:
    stem = os.path.splitext(os.path.basename(source_path))[0]
    return slugify(
        _DATE_PREFIX.sub("", stem),
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
    )


def _check_year_folder(source_path: str, year: int, settings) -> list[tuple[str, str]]:
    """Bulletins live in content/boletines/AAAA/, the year of their date."""
    relative = os.path.relpath(source_path, settings["PATH"]).replace(os.sep, "/")
    parts = relative.split("/")
    if len(parts) == 3 and parts[1] == str(year):
        return []
    where = "/".join(parts[:-1])
    return [
        (
            "date",
            f"la fecha es de {year} pero el archivo está en content/{where}/; "
            f"se espera en content/boletines/{year}/ (mueva el archivo o corrija la fecha)",
        )
    ]


def _check_file_date(source_path: str, date) -> list[tuple[str, str]]:
    """A bulletin's date is in its file name too; both must say the same day.

    A swapped day and month (or a December embargo typed as November) would
    otherwise publish on the wrong day and renumber the year's bulletins.
    """
    match = _DATE_PREFIX.match(os.path.basename(source_path))
    named = match.group(0)[:10] if match else None
    if named is None or named == date.date().isoformat():
        return []
    swapped = f"{date.year}-{date.day:02d}-{date.month:02d}" == named
    hint = " (¿se invirtieron el día y el mes?)" if swapped else ""
    return [
        (
            "date",
            f"la fecha es {date.date().isoformat()} pero el nombre del archivo dice "
            f"{named}{hint}; se espera la misma fecha en los dos (renombre el archivo "
            "o corrija la fecha)",
        )
    ]


def stray_markdown_files(settings) -> list[str]:
    """Markdown files outside the folders the portal publishes."""
    content = settings["PATH"]
    stray = []
    for folder, dirs, files in os.walk(content):
        dirs.sort()
        for name in sorted(files):
            if not name.lower().endswith((".md", ".markdown")):
                continue
            path = os.path.join(folder, name)
            if kind_of(path, settings) is None or not name.lower().endswith(".md"):
                stray.append(path)
    return stray


class PortalMarkdownReader(BaseReader):
    """Reads ``.md`` files of every kind the portal publishes."""

    enabled = True
    file_extensions = ["md"]

    def __init__(self, settings):
        super().__init__(settings)
        self._markdown = markdown_for(settings)

    def read(self, source_path):
        kind = kind_of(source_path, self.settings)
        read = read_content(source_path, kind, self.settings, report_for(self.settings))
        if read is None:
            return "", {"status": "skip"}
        if kind == "bulletin" and "date" in read.clean:
            date = read.clean["date"]
            for field_name, message in [
                *_check_year_folder(source_path, date.year, self.settings),
                *_check_file_date(source_path, date),
            ]:
                read.add(field_name, message)
        if not read.ok:
            return "", {"status": "skip"}
        content = read.html(self._markdown, self.settings)
        return content, self._pelican_metadata(kind, read.clean, source_path)

    def _pelican_metadata(self, kind: str, clean: dict, source_path: str) -> dict:
        metadata = dict(clean)
        metadata["kind"] = kind
        for name in reference_names(schema_for(kind, self.settings)):
            if name in metadata:  # the name as written; the linking pass sets `name`
                metadata[f"{name}_ref"] = metadata.pop(name)
        metadata.setdefault("slug", slug_from_filename(source_path, self.settings))
        if "tags" in clean:
            metadata["tags"] = [Tag(name, self.settings) for name in clean["tags"]]
        if kind == "bulletin":
            area_key = clean["area"]
            category = Category(self.settings["AREAS"][area_key], self.settings)
            category.slug = area_key
            metadata["category"] = category
            metadata.setdefault("corrections", [])
        # «Actualizado», dateModified and the sitemap's lastmod: the content's
        # own dates (modified, corrections, history), never git's or the clock's.
        metadata.setdefault("history", ())
        corrections = [c["date"] for c in metadata.get("corrections", [])]
        changed = latest(clean.get("modified"), *corrections, history=metadata["history"])
        if changed is not None:
            metadata["modified"] = changed
        return metadata
