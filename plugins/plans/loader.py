"""Read ``content/planes/*.md`` into plans, checking what the schema cannot.

Field types check each value; here are the checks that need the whole plan:
months inside the plan's period, activity ids unique in the plan, and the
budget's declared total against the sum of its concepts. That last one is a
warning, not an error: the office published those figures, and the page shows
the declared total beside the computed sum and the difference.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from content_schema.errors import ContentReport
from content_schema.fields import FieldError, ValidationContext
from content_schema.models import from_clean
from content_schema.plan_fields import WHOLE_PERIOD, months_between
from content_schema.reader import slug_from_filename
from content_schema.reading import read_content
from content_schema.schemas import activity_record
from presentation.numbers import money
from spanish_dates.formatting import month_year

from .model import Activity, Budget, BudgetConcept, Plan, month_key


def load_plan(path: str, settings, report: ContentReport, markdown) -> Plan | None:
    read = read_content(path, "plan", settings, report)
    if read is None:
        return None
    meta, shown = read.clean, read.shown
    if "period" not in meta:
        return None
    first, last = meta["period"]
    # Check the good activities across the plan even when another one has a
    # mistake, so every problem of the file is reported in one build.
    ctx = ValidationContext(path, ZoneInfo(settings["TIMEZONE"]))
    items = meta.get("activities") or _valid_items(read.metadata, settings, ctx)
    activities = _activities(items, meta, first, last, settings, shown, report)
    if not read.ok or activities is None:
        return None
    budget = _budget(meta.get("budget"), shown, report)
    return from_clean(
        Plan,
        meta,
        source_path=path,
        slug=meta.get("slug", slug_from_filename(path, settings)),
        first_month=first,
        last_month=last,
        area_name=settings["AREAS"][meta["area"]],
        approved=meta["approved"].date(),
        validated=meta["validated"].date() if "validated" in meta else None,
        activities=activities,
        budget=budget,
        body_html=read.html(markdown, settings),
    )


def _valid_items(raw: dict, settings, ctx) -> list[tuple[int, dict]]:
    """The activities that pass their own checks, with their positions."""
    record, valid = activity_record(settings["AREAS"]), []
    entries = raw.get("activities")
    for position, item in enumerate(entries if isinstance(entries, list) else [], 1):
        try:
            valid.append((position, record.clean(item, ctx)))
        except FieldError:
            continue  # already reported by the schema
    return valid


def _activities(items, meta, first, last, settings, shown, report):
    """Unique ids and months inside the period; None when any check fails."""
    if items and isinstance(items[0], dict):
        items = list(enumerate(items, start=1))
    activities, seen, ok = [], {}, True
    period = f"{month_year(first)} a {month_year(last)}"
    for position, item in items:
        where = f"activities[{position}]"
        if item["id"] in seen:
            report.add(
                shown,
                f"{where}.id",
                f"'{item['id']}' ya es el identificador de la actividad "
                f"{seen[item['id']]}; se espera un identificador único en el plan",
            )
            ok = False
        seen.setdefault(item["id"], position)
        months = item["months"]
        if months == WHOLE_PERIOD:
            months = months_between(first, last)
        outside = [m for m in months if not first <= m <= last]
        if outside:
            listed = ", ".join(month_key(m) for m in outside)
            which = (
                f"el mes {listed} está"
                if len(outside) == 1
                else f"los meses {listed} están"
            )
            report.add(
                shown,
                f"{where}.months",
                f"{which} fuera del periodo del plan ({period}); se esperan "
                "meses dentro del periodo",
            )
            ok = False
        area = item.get("area", meta.get("area"))
        if area is None:
            ok = False
            continue
        activities.append(
            Activity(item["id"], item["name"], area, settings["AREAS"][area], tuple(months))
        )
    return tuple(activities) if ok else None


def _budget(raw, shown, report) -> Budget | None:
    if raw is None:
        return None
    budget = from_clean(
        Budget, raw, concepts=tuple(from_clean(BudgetConcept, c) for c in raw["concepts"])
    )
    if not budget.adds_up:
        report.warn(
            shown,
            "budget.total",
            f"el total declarado ({money(budget.declared_total)}) no coincide con la "
            f"suma de los conceptos ({money(budget.computed_total)}); diferencia: "
            f"{money(budget.difference)}. Se publica así y la página lo señala",
        )
    return budget
