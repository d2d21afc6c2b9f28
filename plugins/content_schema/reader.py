"""Pelican reader for our Markdown: YAML front matter checked by schema.

A file with problems is recorded in the build's report and skipped quietly
(status ``skip``), so reading goes on and every file's problems are known
before the build stops.
"""

from __future__ import annotations

import os
import re
from zoneinfo import ZoneInfo

from markdown import Markdown
from pelican.readers import BaseReader
from pelican.urlwrappers import Category, Tag
from pelican.utils import slugify

from .errors import report_for
from .fields import ValidationContext, validate_mapping
from .frontmatter import FrontMatterError, split_front_matter
from .kinds import KIND_BY_FOLDER, schema_for
from .markdown_cache import cache_for

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


def display_path(source_path: str, settings) -> str:
    """The path as staff see it in the repository: ``content/…``."""
    project_root = os.path.dirname(os.path.abspath(settings["PATH"]))
    return os.path.relpath(source_path, project_root).replace(os.sep, "/")


def kind_of(source_path: str, settings) -> str | None:
    relative = os.path.relpath(source_path, settings["PATH"]).replace(os.sep, "/")
    return KIND_BY_FOLDER.get(relative.split("/", 1)[0])


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
        md_settings = settings.get("MARKDOWN", {})
        self._markdown = Markdown(
            extensions=list(md_settings.get("extension_configs", {})),
            extension_configs=md_settings.get("extension_configs", {}),
            output_format="html5",
        )
        self._timezone = ZoneInfo(settings["TIMEZONE"])

    def read(self, source_path):
        shown = display_path(source_path, self.settings)
        report = report_for(self.settings)
        kind = kind_of(source_path, self.settings)
        try:
            with open(source_path, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError:
            report.add(shown, "(archivo)", "no está en UTF-8; guárdelo como UTF-8")
            return "", {"status": "skip"}
        try:
            front = split_front_matter(text)
        except FrontMatterError as exc:
            report.add(shown, "(encabezado)", str(exc))
            return "", {"status": "skip"}

        ctx = ValidationContext(source_path=source_path, timezone=self._timezone)
        clean, problems = validate_mapping(
            front.metadata, schema_for(kind, self.settings), ctx
        )
        if kind == "bulletin" and "date" in clean:
            problems += _check_year_folder(source_path, clean["date"].year, self.settings)
        for field_name, message in problems:
            report.add(shown, field_name, message)
        if problems:
            return "", {"status": "skip"}

        if not front.body.strip():
            report.add(shown, "(texto)", "el archivo no tiene texto después del encabezado")
            return "", {"status": "skip"}
        content = cache_for(self.settings).convert(self._markdown, front.body)
        return content, self._pelican_metadata(kind, clean, source_path)

    def _pelican_metadata(self, kind: str, clean: dict, source_path: str) -> dict:
        metadata = dict(clean)
        metadata["kind"] = kind
        metadata.setdefault("slug", slug_from_filename(source_path, self.settings))
        if "tags" in clean:
            metadata["tags"] = [Tag(name, self.settings) for name in clean["tags"]]
        if kind == "bulletin":
            area_key = clean["area"]
            category = Category(self.settings["AREAS"][area_key], self.settings)
            category.slug = area_key
            metadata["category"] = category
            metadata.setdefault("corrections", [])
            updates = [c["date"] for c in metadata["corrections"]]
            if "modified" in clean:
                updates.append(clean["modified"])
            if updates:
                metadata["modified"] = max(updates)
        return metadata
