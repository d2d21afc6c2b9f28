"""Read ``content/informes/AAAA/*.md`` into reports, checking each file alone.

Checks that need other content (one report per month, links to galleries,
bulletins and plan activities) are in ``links.py``; a declared total that
differs from its breakdown is a warning, shown on the page.
"""

from __future__ import annotations

import os

from content_schema.errors import ContentReport
from content_schema.models import from_clean
from content_schema.reading import read_content
from content_schema.schemas import NETWORKS
from spanish_dates.formatting import month_year

from .model import (
    CountedItem,
    EmptySection,
    Event,
    Execution,
    NamedCount,
    NetworkFigures,
    PostType,
    Report,
)


def load_report(path: str, settings, report: ContentReport, markdown) -> Report | None:
    read = read_content(path, "report", settings, report)
    if read is None:
        return None
    meta, shown = read.clean, read.shown
    if "month" not in meta:
        return None
    month = meta["month"]
    folder_year = os.path.basename(os.path.dirname(path))
    if folder_year != str(month[0]):
        read.add(
            "month",
            f"el informe es de {month_year(month)} pero el archivo está en "
            f"content/informes/{folder_year}/; se espera en content/informes/{month[0]}/",
        )
    for position, event in enumerate(meta.get("events", []), start=1):
        if (event["date"].year, event["date"].month) != month:
            read.add(
                f"events[{position}].date",
                f"{event['date'].date().isoformat()} no es de {month_year(month)}; "
                "se espera una fecha dentro del mes del informe",
            )
    for position, item in enumerate(meta.get("executed", []), start=1):
        if item["activity"].count("/") != 1:
            read.add(
                f"executed[{position}].activity",
                f"'{item['activity']}' no sirve; se espera plan/actividad, por ejemplo "
                "plan-operativo-anual-2021/boletines",
            )
    loaded = _build(path, meta, read.html(markdown, settings))
    # A report with mistakes still goes through the checks across files (one
    # per month, links), so every problem is reported in one build.
    loaded.valid = read.ok
    for item in loaded.counts:
        if not item.adds_up:
            report.warn(
                shown,
                f"counts.{item.id}",
                f"el total declarado ({item.declared_total}) no coincide con la suma del "
                f"desglose ({item.computed_total}). Se publica así y la página lo señala",
            )
    return loaded


def _build(path, meta, body_html) -> Report:
    """The report from its clean fields; nested records by name too."""
    month = meta["month"]
    return from_clean(
        Report,
        meta,
        source_path=path,
        title=meta.get("title") or f"Informe de actividades de {month_year(month)}",
        body_html=body_html,
        interviews=tuple(meta.get("interviews", [])),
        counts=tuple(
            from_clean(CountedItem, c,
                       breakdown=tuple(from_clean(NamedCount, p) for p in c["breakdown"]))
            for c in meta.get("counts", [])
        ),
        social=tuple(
            from_clean(
                NetworkFigures, n,
                network_name=NETWORKS[n["network"]],
                posts=tuple(from_clean(PostType, p) for p in n.get("posts", [])),
            )
            for n in meta.get("social", [])
        ),
        empty_sections=tuple(
            from_clean(EmptySection, e) for e in meta.get("empty_sections", [])
        ),
        events=tuple(  # file order: messages name positions
            from_clean(Event, e, date=e["date"].date()) for e in meta.get("events", [])
        ),
        executed=tuple(  # all of them: messages name positions in the file
            from_clean(
                Execution, e,
                activity_ref=e["activity"] if e["activity"].count("/") == 1 else None,
                evidence_ref=tuple(e.get("evidence", [])),
            )
            for e in meta.get("executed", [])
        ),
    )  # fmt: skip
