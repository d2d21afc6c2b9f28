"""Reports' figures as CSV and JSON: each month, the series, the execution matrix."""

from __future__ import annotations

from content_schema.kinds import KIND_BY_KEY
from open_data.datasets import MONTHLY, Column, Dataset, write_table

from .execution import CODES, LABELS, Matrix
from .model import Report
from .series import Indicator

REPORT = KIND_BY_KEY["report"]


FIGURE_NAMES = {"likes": "me_gusta", "followers": "seguidores"}  # as the JSON says them


def _spanish_figures(values: dict) -> dict:
    return {FIGURE_NAMES[name]: value for name, value in values.items()}


def _key(month) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def report_rows(report: Report) -> list[list]:
    """One row per figure: section, item, value, declared total where there is one."""
    rows = []
    for item in report.counts:
        for part in item.breakdown:
            rows.append(["conteo", item.name, part.name, part.count, ""])
        rows.append(["conteo", item.name, "Total (suma del desglose)", item.computed_total,
                     item.declared_total])  # fmt: skip
    for net in report.social:
        for name, label in (("followers", "Seguidores"), ("likes", "«Me gusta»")):
            value = net.figure(name)
            if value is not None:
                rows.append(["red social", net.network_name, label, value, ""])
        for post in net.posts:
            rows.append(["publicaciones", net.network_name, post.name, post.count, ""])
    return rows


FIGURE_COLUMNS = (
    Column("seccion", "texto", "Sección del informe: conteo, red social o publicaciones."),
    Column("concepto", "texto", "Lo que se cuenta, o la red social."),
    Column("detalle", "texto", "Parte del desglose, la cifra de la red o el tipo de publicación."),
    Column("valor", "entero", "La cifra.", "cantidad"),
    Column("total_declarado", "entero",
           "En la fila del total: el total que declara el informe; vacío en las demás.",
           "cantidad"),
)  # fmt: skip


def month_column(month, meaning: str, kind: str = "entero", unit: str = "") -> Column:
    return Column(_key(month), kind, f"{meaning} {_key(month)}.", unit)


def publish_report(report: Report, output_path: str) -> Dataset:
    header = list(FIGURE_COLUMNS)
    document = {
        "mes": report.slug,
        "titulo": report.title,
        "conteos": [
            {
                "id": c.id,
                "concepto": c.name,
                "desglose": [
                    {"concepto": p.name, "cantidad": p.count} for p in c.breakdown
                ],
                "total_declarado": c.declared_total,
                "suma_del_desglose": c.computed_total,
                "cuadra": c.adds_up,
            }
            for c in report.counts
        ],
        "redes_sociales": [
            {
                "red": n.network,
                "seguidores": n.followers,
                "me_gusta": n.likes,
                "cambio_calculado": _spanish_figures(n.changes),
                "cambio_declarado": _spanish_figures(n.stated_changes),
                "comparado_con": _key(n.compared_with) if n.compared_with else None,
                "publicaciones": [
                    {"id": p.id, "tipo": p.name, "cantidad": p.count} for p in n.posts
                ],
            }
            for n in report.social
        ],
        "secciones_vacias": [
            {"seccion": e.section, "motivo": e.reason} for e in report.empty_sections
        ],
        "eventos": [{"fecha": e.date, "texto": e.text} for e in report.events],
        "actividades_realizadas": [
            f"{e.plan_slug}/{e.activity_id}" for e in report.executed
        ],
    }
    return Dataset(
        slug=f"informe-{report.slug}",
        title=f"Cifras del {report.title[0].lower()}{report.title[1:]}",
        description="Solicitudes con su desglose, cifras de redes sociales y publicaciones del mes.",
        temporal=report.slug,
        period_label=report.month_name,
        updated=report.updated,
        page_url=report.url,
        keywords=["informe mensual", "indicadores"],
        periodicity=MONTHLY,
        files=write_table(
            output_path,
            REPORT.dataset_path("figures", slug=report.slug),
            header,
            report_rows(report),
            document,
        ),
    )


def publish_series(indicators: list[Indicator], reports, output_path: str) -> Dataset:
    months = sorted(r.month for r in reports)
    header = [
        Column("indicador", "texto", "Nombre de la cifra."),
        Column("grupo", "texto", "Grupo de la cifra: solicitudes, red social…"),
        *[month_column(m, "Valor de la cifra en el informe de") for m in months],
    ]
    rows = []
    for indicator in indicators:
        values = dict(indicator.points)
        rows.append([indicator.name, indicator.group, *[values.get(m) for m in months]])
    document = {
        "meses": [_key(m) for m in months],
        "indicadores": [
            {"id": i.id, "nombre": i.name, "grupo": i.group,
             "valores": {_key(m): v for m, v in i.points}, "notas": i.notes}
            for i in indicators
        ],
    }  # fmt: skip
    return Dataset(
        slug="indicadores-mensuales",
        title="Indicadores mensuales (serie de tiempo)",
        description="Cada cifra de los informes mensuales, un mes por columna.",
        temporal=f"{_key(months[0])}/{_key(months[-1])}",
        period_label=f"{reports[-1].month_name} a {reports[0].month_name}",
        updated=max(r.updated for r in reports),
        page_url="transparencia/indicadores/",
        keywords=["indicadores", "serie de tiempo", "redes sociales"],
        periodicity=MONTHLY,
        files=write_table(
            output_path, REPORT.dataset_path("indicators"), header, rows, document
        ),
    )


def publish_execution(matrix: Matrix, output_path: str) -> Dataset:
    plan = matrix.plan
    states = ", ".join(CODES.values())
    header = [
        Column("id", "texto", "Clave de la actividad, única en el plan."),
        Column("actividad", "texto", "Nombre de la actividad."),
        *[month_column(m, f"Estado de la actividad ({states}) en", "texto")
          for m in matrix.months],
        Column("porcentaje", "decimal",
               "Meses realizados entre meses planeados con informe; vacío si no hay.",
               "por ciento"),
    ]  # fmt: skip
    rows = [
        [row.activity.id, row.activity.name, *[c.code for c in row.cells],
         str(row.percent) if row.percent is not None else ""]
        for row in matrix.rows
    ]  # fmt: skip
    document = {
        "plan": plan.title,
        "estados": {CODES[state]: label for state, label in LABELS.items()},
        "actividades": [
            {"id": r.activity.id, "actividad": r.activity.name,
             "meses": {_key(m): c.code for m, c in zip(matrix.months, r.cells, strict=True)},
             "porcentaje": str(r.percent) if r.percent is not None else None}
            for r in matrix.rows
        ],
        "porcentaje_total": str(matrix.total_percent) if matrix.total_percent is not None else None,
    }  # fmt: skip
    return Dataset(
        slug=f"{plan.slug}-cumplimiento",
        title=f"Cumplimiento: {plan.title}",
        description=(
            "Por actividad y mes: realizada según lo planeado, planeada y no realizada, "
            "realizada sin estar planeada, o sin informe del mes; con el porcentaje."
        ),
        temporal=f"{_key(plan.first_month)}/{_key(plan.last_month)}",
        period_label=plan.period_label,
        updated=max(  # made from the plan and its reports: the latest of them
            [plan.updated]
            + [c.report.updated for row in matrix.rows for c in row.cells if c.report]
        ),
        page_url=f"{plan.url}cumplimiento/",
        keywords=["cumplimiento", "plan", "informes"],
        periodicity=MONTHLY,
        files=write_table(
            output_path,
            REPORT.dataset_path("execution", plan=plan.slug),
            header,
            rows,
            document,
        ),
    )
