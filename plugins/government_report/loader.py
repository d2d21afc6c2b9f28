"""Read ``content/informe-de-gobierno/AAAA/index.md`` into an informe.

The schema checks each value; here are the checks that need the whole file:
the folder is the year, axis ids are unique, and every achievement of a
published informe links at least one piece of evidence (a draft may still be
gathering it).
"""

from __future__ import annotations

import os

from content_schema.models import from_clean
from content_schema.reading import read_content

from .model import Achievement, Axis, GovernmentReport, Session

NO_EVIDENCE = (
    "el logro no enlaza ninguna evidencia; se espera al menos un boletín, galería, "
    "grabación, actividad de plan o indicador que lo respalde (bulletins, galleries, "
    "recordings, activities o indicators)"
)


def _folder_problem(path: str, year: int | None) -> tuple[str, str] | None:
    """(field, message) when the file is not ``AAAA/index.md`` of its own year."""
    folder = os.path.basename(os.path.dirname(path))
    if os.path.basename(path) != "index.md" or not folder.isdigit():
        return "(archivo)", (
            "un informe de gobierno va en su propia carpeta con el año; se espera "
            "content/informe-de-gobierno/AAAA/index.md, con el PDF junto a él"
        )
    if year is not None and str(year) != folder:
        return "year", (
            f"dice {year}, pero el archivo está en la carpeta {folder}; se espera el "
            "año de la carpeta (o mueva el archivo a la carpeta de su año)"
        )
    return None


def _axes(meta, read) -> tuple[Axis, ...]:
    axes, seen = [], {}
    for position, raw in enumerate(meta.get("axes", ()), start=1):
        if raw["id"] in seen:
            read.add(f"axes[{position}].id", f"'{raw['id']}' ya es el identificador del "
                     f"eje {seen[raw['id']]}; se espera un identificador único en el informe")  # fmt: skip
        seen.setdefault(raw["id"], position)
        achievements = tuple(from_clean(Achievement, a) for a in raw["achievements"])
        if meta.get("status") != "draft":
            for number, achievement in enumerate(achievements, start=1):
                if not achievement.written_evidence:
                    read.add(f"axes[{position}].achievements[{number}]", NO_EVIDENCE)
        axes.append(from_clean(Axis, raw, achievements=achievements))
    return tuple(axes)


def load_government_report(path: str, settings, report, markdown):
    read = read_content(path, "government_report", settings, report)
    if read is None:
        return None
    meta = read.clean
    problem = _folder_problem(path, meta.get("year"))
    if problem:
        read.add(*problem)
    axes = _axes(meta, read)
    if "year" not in meta or "date" not in meta:
        return None
    return from_clean(
        GovernmentReport,
        meta,
        source_path=path,
        slug=os.path.basename(os.path.dirname(path)),
        session=from_clean(Session, meta["session"]) if "session" in meta else None,
        axes=axes,
        body_html=read.html(markdown, settings),
        valid=read.ok,
    )
