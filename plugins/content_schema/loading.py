"""What every content loader outside Pelican's readers starts with.

Galleries, plans, reports and agenda events are read by their own plugins;
they share the file reading (UTF-8, front matter, schema check, each mistake
into the build's report) and the Markdown set-up here.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from markdown import Markdown

from .errors import ContentReport
from .fields import FieldSpec, ValidationContext, validate_mapping
from .frontmatter import FrontMatter, FrontMatterError, split_front_matter
from .reader import display_path


def markdown_for(settings) -> Markdown:
    """A Markdown converter with the site's extensions (MARKDOWN setting)."""
    config = settings.get("MARKDOWN", {}).get("extension_configs", {})
    return Markdown(
        extensions=list(config), extension_configs=config, output_format="html5"
    )


def read_checked(
    path: str, schema: dict[str, FieldSpec], settings, report: ContentReport
) -> tuple[FrontMatter, dict, list] | None:
    """(front matter, clean fields, problems) of one file; None if unreadable.

    Every problem is already in the report, under the file's path as staff see it.
    """
    shown = display_path(path, settings)
    try:
        with open(path, encoding="utf-8") as handle:
            front = split_front_matter(handle.read())
    except UnicodeDecodeError:
        report.add(shown, "(archivo)", "no está en UTF-8; guárdelo como UTF-8")
        return None
    except FrontMatterError as exc:
        report.add(shown, "(encabezado)", str(exc))
        return None
    ctx = ValidationContext(path, ZoneInfo(settings["TIMEZONE"]))
    meta, problems = validate_mapping(front.metadata, schema, ctx)
    for field_name, message in problems:
        report.add(shown, field_name, message)
    return front, meta, problems
