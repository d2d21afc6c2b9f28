"""The one reader of content files, for Pelican's reader and every loader.

Each kind's file is read the same way: UTF-8, YAML front matter, the kind's
schema, text below the header where the kind needs it, and every mistake
into the build's report with the same words, under the path staff see.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from markdown import Markdown

from .errors import ContentReport
from .fields import FieldSpec, ValidationContext, validate_mapping
from .frontmatter import FrontMatterError, split_front_matter
from .history import history_problems
from .kinds import KIND_BY_KEY
from .markdown_cache import cache_for
from .reading_cache import cache_for as reading_cache_for

NOT_UTF8 = "no está en UTF-8; guárdelo como UTF-8"
NO_TEXT = (
    "el archivo no tiene texto después del encabezado; se espera {the_name} debajo de "
    "la segunda línea '---': {what}, en párrafos separados por una línea en blanco"
)
# What the text of a kind that needs one is, for NO_TEXT.
TEXT_OF = {
    "bulletin": (
        "el texto del boletín",
        "lugar y fecha («San Isidro del Monte, Jal., 5 de julio de 2021.—») y la noticia",
    ),
    "page": ("el texto de la página", "lo que la página informa, con subtítulos ##"),
    "clarification": (
        "la explicación",
        "qué dicen los documentos y los datos, y por qué se llega al veredicto",
    ),
}


def no_text(kind: str) -> str:
    the_name, what = TEXT_OF.get(kind, ("el texto", "el contenido"))
    return NO_TEXT.format(the_name=the_name, what=what)


def display_path(source_path: str, settings) -> str:
    """The path as staff see it in the repository: ``content/…``."""
    project_root = os.path.dirname(os.path.abspath(settings["PATH"]))
    return os.path.relpath(source_path, project_root).replace(os.sep, "/")


def markdown_for(settings) -> Markdown:
    """A Markdown converter with the site's extensions (MARKDOWN setting)."""
    config = settings.get("MARKDOWN", {}).get("extension_configs", {})
    return Markdown(
        extensions=list(config), extension_configs=config, output_format="html5"
    )


def read_text(path: str, settings, report: ContentReport) -> str | None:
    """A file's text, or None (and the report says so) when it is not UTF-8."""
    with open(path, "rb") as handle:
        return decode_text(handle.read(), path, settings, report)


def decode_text(data: bytes, path: str, settings, report: ContentReport) -> str | None:
    """``data`` as ``open(path, encoding="utf-8").read()`` gives it (line ends
    made ``\n``), or None (and the report says so) when it is not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        report.add(display_path(path, settings), "(archivo)", NOT_UTF8)
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


@dataclass
class ContentFile:
    """One file read and checked: its clean fields, its body, its problems."""

    path: str
    shown: str  # the path as staff see it
    metadata: dict  # the front matter as written
    clean: dict  # the fields that passed their checks, converted
    body: str
    report: ContentReport
    problems: list[tuple[str, str]] = field(default_factory=list)

    def add(self, field_name: str, message: str) -> None:
        """One more problem of this file, found by the kind's own checks."""
        self.problems.append((field_name, message))
        self.report.add(self.shown, field_name, message)

    @property
    def ok(self) -> bool:
        return not self.problems

    def html(self, markdown: Markdown, settings) -> str:
        """The body as HTML ("" when there is none), through the build's cache."""
        if not self.body.strip():
            return ""
        return cache_for(settings).convert(markdown, self.body)


def read_content(
    path: str,
    kind: str,
    settings,
    report: ContentReport,
    schema: dict[str, FieldSpec] | None = None,
) -> ContentFile | None:
    """Read one file of a kind; None when it cannot be read at all.

    Every problem is already in the report when this returns. A file read
    before with the same bytes (and the same facts of the files its fields
    name) and no problem is answered from the reading cache.
    """
    shown = display_path(path, settings)
    with open(path, "rb") as handle:
        data = handle.read()
        stat = os.fstat(handle.fileno())
    cache = reading_cache_for(settings) if schema is None else None  # None: not kept
    if cache is not None:
        absolute = os.path.abspath(path)
        key = cache.key(absolute, kind, data)
        cache.note_stat(absolute, stat, key)
        known = cache.get(key)
        if known is not None:
            metadata, clean, body = known
            return ContentFile(path, shown, metadata, clean, body, report)
    text = decode_text(data, path, settings, report)
    if text is None:
        return None
    try:
        front = split_front_matter(text)
    except FrontMatterError as exc:
        report.add(shown, "(encabezado)", str(exc))
        return None
    ctx = ValidationContext(path, ZoneInfo(settings["TIMEZONE"]), files=[])
    if schema is None:
        schema = KIND_BY_KEY[kind].schema(settings)
    clean, problems = validate_mapping(front.metadata, schema, ctx)
    problems = front.problems + problems
    if "history" in clean:
        # The wall clock, not EMBARGO_NOW: a change dated after today is a typo
        # whatever moment a preview pretends it is; and time only moves on, so
        # a file that passes now passes later (the output never depends on it).
        now = dt.datetime.now(ctx.timezone)
        own = KIND_BY_KEY[kind].own_date
        problems += history_problems(clean, own, ctx.timezone, now)
    for field_name, message in problems:
        report.add(shown, field_name, message)
    read = ContentFile(path, shown, front.metadata, clean, front.body, report, problems)
    if read.ok and KIND_BY_KEY[kind].needs_body and not front.body.strip():
        read.add("(texto)", no_text(kind))
    if cache is not None and read.ok:
        cache.put(key, ctx.files, front.metadata, clean, front.body)
    return read
