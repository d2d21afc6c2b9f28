"""Read ``content/preguntas-frecuentes/nombre.md`` into a topic of questions.

Beyond the schema: every question names at least one source, and every
anchor is unique on the page (they are the addresses people share)."""

from __future__ import annotations

import os
import re

from content_schema.markdown_cache import cache_for
from content_schema.models import from_clean
from content_schema.reader import display_path
from content_schema.reading import read_content
from content_schema.starters import slugify

from .model import FaqTopic, Question

NAME = re.compile(r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")


def load_topic(path: str, settings, report, markdown, anchors: dict) -> FaqTopic | None:
    """One topic, or None; ``anchors`` (anchor -> where it was first used) is
    shared by every topic of the build: the page is one."""
    shown = display_path(path, settings)
    name = NAME.match(os.path.basename(path))
    if not name:
        report.add(
            shown,
            "(archivo)",
            "el nombre no sirve; se espera nombre.md en minúsculas sin acentos, con "
            "guiones (p. ej. agua-potable.md): es el ancla del tema en la página",
        )
        return None
    read = read_content(path, "faq", settings, report)
    if read is None:
        return None
    meta = read.clean
    slug = name["slug"]
    if slug in anchors:
        read.add("(archivo)", _clash(slug, anchors[slug]))
    anchors.setdefault(slug, shown)
    questions = []
    for position, item in enumerate(meta.get("questions", []), start=1):
        where = f"questions[{position}]"
        anchor = item.get("id") or slugify(item["question"])
        if not item["sources"]:
            read.add(
                f"{where}.sources",
                "la lista está vacía; se espera al menos una fuente de la respuesta: "
                "el nombre de un boletín, plan, galería, evento, video o audio",
            )
        if anchor in anchors:
            read.add(f"{where}.id" if item.get("id") else f"{where}.question",
                     _clash(anchor, anchors[anchor]))  # fmt: skip
        anchors.setdefault(anchor, f"{shown}, {where}")
        questions.append(
            Question(
                question=item["question"],
                answer=item["answer"],
                answer_html=cache_for(settings).convert(markdown, item["answer"]),
                id=anchor,
                sources_ref=tuple(item["sources"]),
            )
        )
    return from_clean(
        FaqTopic,
        meta,
        source_path=path,
        slug=slug,
        questions=tuple(questions),
        area_name=settings["AREAS"].get(meta.get("area"), ""),
        valid=read.ok,
    )


def _clash(anchor: str, first: str) -> str:
    return (
        f"el ancla '{anchor}' ya la usa {first}; se espera un ancla distinta en toda "
        "la página de preguntas frecuentes: cambie la pregunta o escriba un id propio"
    )
