"""Each plan's cronograma and budget as CSV and JSON, and the transparency format.

The national transparency platform's format for the annual communication
programme changes with the law, so its columns are a setting
(``TRANSPARENCY_PROGRAM_FIELDS``: header → value key); a key this module does
not know is a settings error named in Spanish.
"""

from __future__ import annotations

import datetime as dt

from content_schema.kinds import KIND_BY_KEY
from open_data.datasets import Dataset, write_table

from .model import Plan, month_key

PLAN = KIND_BY_KEY["plan"]
YES, NO = "sí", "no"


TRANSPARENCY_KEYS = (
    "exercise", "period_start", "period_end", "document", "approved", "link",
    "area", "validated", "updated", "note",
)  # fmt: skip


def check_transparency_fields(fields) -> list[str]:
    """Problems with the configured columns, in Spanish (empty when fine)."""
    problems = []
    try:
        pairs = [(str(header), key) for header, key in fields]
    except (TypeError, ValueError):
        return ['se espera una lista de pares ("encabezado", "dato")']
    for header, key in pairs:
        if key not in TRANSPARENCY_KEYS:
            problems.append(
                f"la columna '{header}' usa el dato '{key}', que no existe; los datos "
                f"disponibles son: {', '.join(TRANSPARENCY_KEYS)}"
            )
    return problems


def cronograma_table(plan: Plan) -> tuple[list[str], list[list], dict]:
    months = plan.months
    header = ["id", "actividad", "area", *[month_key(m) for m in months]]
    rows = [
        [a.id, a.name, a.area_name, *[YES if a.runs_in(m) else NO for m in months]]
        for a in plan.activities
    ]
    document = {
        "plan": plan.title,
        "periodo": {
            "inicio": month_key(plan.first_month),
            "fin": month_key(plan.last_month),
        },
        "actividades": [
            {
                "id": a.id,
                "actividad": a.name,
                "area": a.area_name,
                "meses": [month_key(m) for m in a.months],
            }
            for a in plan.activities
        ],
    }
    return header, rows, document


def budget_table(plan: Plan) -> tuple[list[str], list[list], dict]:
    budget = plan.budget
    header = ["concepto", "monto", "porcentaje_de_la_suma"]
    rows = [[c.name, c.amount, budget.share(c)] for c in budget.concepts]
    document = {
        "plan": plan.title,
        "moneda": budget.currency,
        "conceptos": [{"concepto": c.name, "monto": c.amount} for c in budget.concepts],
        "total_declarado": budget.declared_total,
        "suma_de_conceptos": budget.computed_total,
        "diferencia": budget.difference,
        "cuadra": budget.adds_up,
    }
    return header, rows, document


def _ddmmyyyy(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def transparency_values(plan: Plan, year: int, portal_url: str) -> dict[str, str]:
    """One exercise (year) of a plan, in the platform's terms."""
    start = max(plan.first_month, (year, 1))
    end = min(plan.last_month, (year, 12))
    last_day = dt.date(end[0] + end[1] // 12, end[1] % 12 + 1, 1) - dt.timedelta(days=1)
    return {
        "exercise": str(year),
        "period_start": _ddmmyyyy(dt.date(start[0], start[1], 1)),
        "period_end": _ddmmyyyy(last_day),
        "document": plan.title,
        "approved": _ddmmyyyy(plan.approved),
        "link": f"{portal_url}/{plan.url}",
        "area": plan.area_name,
        "validated": _ddmmyyyy(plan.validated),
        "updated": _ddmmyyyy(plan.updated),
        "note": plan.note,
    }


def transparency_table(
    plans: list[Plan], fields, portal_url
) -> tuple[list[str], list[list]]:
    rows = []
    for plan in plans:
        for year in plan.years:
            values = transparency_values(plan, year, portal_url)
            rows.append([values[key] for _, key in fields])
    return [header for header, _ in fields], rows


def publish_plan_data(plan: Plan, output_path: str) -> list[Dataset]:
    updated = plan.updated  # the content's own dates, not git's
    temporal = f"{month_key(plan.first_month)}/{month_key(plan.last_month)}"
    header, rows, document = cronograma_table(plan)
    datasets = [
        Dataset(
            slug=f"{plan.slug}-cronograma",
            title=f"Cronograma: {plan.title}",
            description=(
                f"Las {len(plan.activities)} actividades del plan y los meses en que se "
                "realiza cada una (una columna por mes: sí o no)."
            ),
            temporal=temporal,
            period_label=plan.period_label,
            updated=updated,
            page_url=plan.cronograma_url,
            keywords=["cronograma", "plan", plan.area_name],
            files=write_table(
                output_path,
                PLAN.dataset_path("schedule", slug=plan.slug),
                header,
                rows,
                document,
            ),
        )
    ]
    if plan.budget:
        header, rows, document = budget_table(plan)
        datasets.append(
            Dataset(
                slug=f"{plan.slug}-presupuesto",
                title=f"Presupuesto: {plan.title}",
                description=(
                    f"Los {len(plan.budget.concepts)} conceptos del presupuesto en pesos "
                    "(MXN), con el total declarado, la suma de los conceptos y la "
                    "diferencia entre ambos."
                ),
                temporal=temporal,
                period_label=plan.period_label,
                updated=updated,
                page_url=plan.url,
                keywords=["presupuesto", "plan", plan.area_name],
                files=write_table(
                    output_path,
                    PLAN.dataset_path("budget", slug=plan.slug),
                    header,
                    rows,
                    document,
                ),
            )
        )
    return datasets
