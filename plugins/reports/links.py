"""Checks across content: one report per month, and links that exist.

A report's events may name a gallery and a bulletin; its executed activities
name ``plan/activity`` and their evidence (bulletins or galleries). Every
name must exist, or the build stops with the file and field.
"""

from __future__ import annotations

import os
from collections import defaultdict

from content_schema.plan_fields import month_label
from content_schema.reader import display_path


def _stem(article) -> str:
    return os.path.splitext(os.path.basename(article.source_path))[0]


def check_one_per_month(reports, settings, problems) -> None:
    by_month = defaultdict(list)
    for report in reports:
        by_month[report.month].append(report)
    for month, same in by_month.items():
        if len(same) < 2:
            continue
        paths = [display_path(r.source_path, settings) for r in same]
        for path in paths:
            others = ", ".join(p for p in paths if p != path)
            problems.add(
                path,
                "month",
                f"ya hay otro informe de {month_label(month)} ({others}); "
                "se espera un solo informe por mes",
            )


def link_reports(reports, context, settings, problems) -> None:
    """Resolve every name a report uses; record what does not exist."""
    articles = context.get("articles", [])
    held = {_stem(a): a for a in context.get("held_articles", [])}
    bulletins = {_stem(a): a for a in articles}
    galleries = {g.folder: g for g in context.get("galleries", [])}
    plans = {p.slug: p for p in context.get("plans", [])}
    for report in reports:
        shown = display_path(report.source_path, settings)
        for position, event in enumerate(report.events, start=1):
            if event.gallery_ref:
                event.gallery = galleries.get(event.gallery_ref)
                if event.gallery is None:
                    problems.add(
                        shown,
                        f"events[{position}].gallery",
                        f"no existe la galería '{event.gallery_ref}'; se espera el nombre "
                        "de una carpeta de content/galerias/",
                    )
            if event.bulletin_ref:
                stem = event.bulletin_ref.removesuffix(".md")
                event.bulletin = bulletins.get(stem)
                if event.bulletin is None and stem not in held:
                    problems.add(
                        shown,
                        f"events[{position}].bulletin",
                        f"no existe el boletín '{event.bulletin_ref}'; se espera el nombre "
                        "de un archivo de content/boletines/AAAA/ sin la extensión .md",
                    )
        for position, execution in enumerate(report.executed, start=1):
            where = f"executed[{position}]"
            plan = plans.get(execution.plan_slug)
            if plan is None:
                problems.add(
                    shown,
                    f"{where}.activity",
                    f"no existe el plan '{execution.plan_slug}'; se espera el nombre de un "
                    f"archivo de content/planes/ sin .md: {', '.join(sorted(plans))}",
                )
            elif execution.activity_id not in {a.id for a in plan.activities}:
                ids = ", ".join(a.id for a in plan.activities)
                problems.add(
                    shown,
                    f"{where}.activity",
                    f"el plan '{plan.slug}' no tiene la actividad '{execution.activity_id}'; "
                    f"sus actividades son: {ids}",
                )
            for ref in execution.evidence_refs:
                found = bulletins.get(ref.removesuffix(".md")) or galleries.get(ref)
                if found is None and ref.removesuffix(".md") in held:
                    continue  # held back (embargo, veda): exists, not linked
                if found is None:
                    problems.add(
                        shown,
                        f"{where}.evidence",
                        f"no existe '{ref}'; se espera el nombre de un boletín (archivo "
                        "sin .md) o de una galería (carpeta)",
                    )
                else:
                    execution.evidence.append(found)
