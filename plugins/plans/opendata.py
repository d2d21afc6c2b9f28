"""Each plan's cronograma and budget as CSV and JSON, and the transparency format.

The national transparency platform's format for the annual communication
programme changes with the law, so its columns are a setting
(``TRANSPARENCY_PROGRAM_FIELDS``: header → value key); a key this module does
not know is a settings error named in Spanish.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil

from content_schema.kinds import KIND_BY_KEY
from open_data.datasets import YEARLY, Column, Dataset, write_table

from .model import Plan, month_key

PLAN = KIND_BY_KEY["plan"]
YES, NO = "sí", "no"


# Each value the format can show, with its data dictionary entry (type, meaning).
TRANSPARENCY_COLUMNS = {
    "exercise": ("entero", "Ejercicio (año) que se informa."),
    "period_start": ("fecha (dd/mm/aaaa)", "Primer día del periodo que se informa."),
    "period_end": ("fecha (dd/mm/aaaa)", "Último día del periodo que se informa."),
    "document": ("texto", "Denominación del documento: el título del plan."),
    "approved": ("fecha (dd/mm/aaaa)", "Fecha en que se aprobó el plan."),
    "link": ("URL", "Hipervínculo al documento aprobado (PDF) o, si no se publica, a la página del plan."),
    "area": ("texto", "Área responsable de la información."),
    "validated": ("fecha (dd/mm/aaaa)", "Fecha de validación de la información."),
    "updated": ("fecha (dd/mm/aaaa)", "Fecha de la última actualización del plan."),
    "note": ("texto", "Nota aclaratoria."),
}  # fmt: skip
TRANSPARENCY_KEYS = tuple(TRANSPARENCY_COLUMNS)


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


ACTIVITY_COLUMNS = (
    Column("id", "texto", "Clave de la actividad, única en el plan."),
    Column("actividad", "texto", "Nombre de la actividad."),
)


def month_column(month, meaning: str) -> Column:
    return Column(month_key(month), "texto (sí o no)", f"{meaning} {month_key(month)}.")


def cronograma_table(plan: Plan) -> tuple[list[Column], list[list], dict]:
    months = plan.months
    header = [
        *ACTIVITY_COLUMNS,
        Column("area", "texto", "Área que realiza la actividad."),
        *[month_column(m, "«sí» si la actividad se realiza en el mes") for m in months],
    ]
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


def budget_columns(currency: str) -> list[Column]:
    return [
        Column("plan", "texto", "Título del plan al que pertenece el presupuesto."),
        Column("ejercicio", "texto", "Año del plan, o años (AAAA-AAAA) si abarca varios."),
        Column("moneda", "texto", "Moneda de los montos (código ISO 4217)."),
        Column("concepto", "texto", "Concepto del presupuesto."),
        Column("monto", "decimal", "Monto del concepto.", currency),
        Column("porcentaje_de_la_suma", "decimal",
               "Parte del concepto en la suma de los conceptos.", "por ciento"),
        Column("total_declarado", "decimal",
               "Total que declara el documento del plan (igual en cada fila).", currency),
        Column("suma_de_conceptos", "decimal",
               "Suma de los montos de los conceptos (igual en cada fila).", currency),
        Column("diferencia", "decimal",
               "Total declarado menos la suma de los conceptos; 0.00 si cuadran.", currency),
    ]  # fmt: skip


def budget_table(plan: Plan) -> tuple[list[Column], list[list], dict]:
    budget = plan.budget
    header = budget_columns(budget.currency)
    years = plan.years
    exercise = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    rows = [
        [plan.title, exercise, budget.currency, c.name, c.amount, budget.share(c),
         budget.declared_total, budget.computed_total, budget.difference]
        for c in budget.concepts
    ]  # fmt: skip
    document = {
        "plan": plan.title,
        "ejercicio": exercise,
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
        "link": f"{portal_url}/{plan.document_url or plan.url}",
        "area": plan.area_name,
        "validated": _ddmmyyyy(plan.validated),
        "updated": _ddmmyyyy(plan.updated),
        "note": plan.note,
    }


def transparency_table(
    plans: list[Plan], fields, portal_url
) -> tuple[list[Column], list[list]]:
    rows = []
    for plan in plans:
        for year in plan.years:
            values = transparency_values(plan, year, portal_url)
            rows.append([values[key] for _, key in fields])
    columns = [Column(header, *TRANSPARENCY_COLUMNS[key]) for header, key in fields]
    return columns, rows


def publish_document(plan: Plan, output_path: str) -> int:
    """Copy the approved PDF beside the plan's page; its size (0: none)."""
    if not plan.document:
        return 0
    target = os.path.join(output_path, plan.document_url)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(plan.document, target)
    return os.path.getsize(target)


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
            periodicity=YEARLY,
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
                    "(MXN), con el plan, el ejercicio y la moneda en cada fila, y el "
                    "total declarado, la suma de los conceptos y la diferencia entre ambos."
                ),
                temporal=temporal,
                period_label=plan.period_label,
                updated=updated,
                page_url=plan.url,
                keywords=["presupuesto", "plan", plan.area_name],
                periodicity=YEARLY,
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
