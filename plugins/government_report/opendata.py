"""The achievements of every informe with their evidence, as open data.

One row per piece of evidence (an achievement without any published one still
has its row, with the evidence columns empty), so a spreadsheet can count the
achievements backed by each kind of evidence; the JSON keeps the nesting.
"""

from __future__ import annotations

from content_schema.kinds import KIND_BY_KEY
from open_data.datasets import YEARLY, Column, Dataset, write_table

KIND = KIND_BY_KEY["government_report"]

COLUMNS = [
    Column("ejercicio", "entero", "Año que informa el Informe de Gobierno."),
    Column("fecha_presentacion", "fecha (AAAA-MM-DD)", "Día en que se presentó ante el Cabildo."),
    Column("eje", "texto", "Clave del eje de gobierno."),
    Column("nombre_eje", "texto", "Nombre del eje de gobierno."),
    Column("logro", "entero", "Número del logro dentro de su eje (1, 2, …)."),
    Column("texto_logro", "texto", "El logro, como lo dice el informe."),
    Column("tipo_evidencia", "texto",
           "Boletín, Galería de fotos, Video, Audio, Actividad de plan o Indicador; vacío si no tiene."),
    Column("evidencia", "texto", "Nombre de la evidencia: el archivo, la carpeta, plan/actividad o la clave del indicador."),
    Column("titulo_evidencia", "texto", "Título de la evidencia."),
    Column("url_evidencia", "URL", "Dirección de la evidencia en el portal."),
]  # fmt: skip


def _url(portal: str, relative: str) -> str:
    return f"{portal}/{relative}" if relative else ""


def achievements_table(reports, portal: str) -> tuple[list[list], dict]:
    rows, document = [], {"informes": []}
    for report in reports:
        entry = {"ejercicio": report.year,
                 "fecha_presentacion": report.date.date().isoformat(),
                 "url": _url(portal, report.url),
                 "documento": _url(portal, report.document_url), "ejes": []}  # fmt: skip
        for axis in report.axes:
            logros = []
            for number, achievement in enumerate(axis.achievements, start=1):
                common = [report.year, report.date.date().isoformat(), axis.id,
                          axis.name, number, achievement.text]  # fmt: skip
                for evidence in achievement.evidence:
                    rows.append([*common, evidence.label, evidence.name, evidence.title,
                                 _url(portal, evidence.url)])  # fmt: skip
                if not achievement.evidence:
                    rows.append([*common, "", "", "", ""])
                logros.append({"numero": number, "logro": achievement.text,
                               "evidencias": [{"tipo": e.label, "nombre": e.name,
                                               "titulo": e.title, "url": _url(portal, e.url)}
                                              for e in achievement.evidence]})  # fmt: skip
            entry["ejes"].append({"eje": axis.id, "nombre": axis.name, "logros": logros})
        document["informes"].append(entry)
    return rows, document


def publish_achievements(reports, output_path: str, portal: str) -> Dataset | None:
    if not reports:
        return None
    rows, document = achievements_table(reports, portal)
    years = sorted(r.year for r in reports)
    count = sum(len(r.achievements) for r in reports)
    return Dataset(
        slug="informe-de-gobierno-logros",
        title="Informe de Gobierno: logros y su evidencia",
        description=(
            f"Los {count} logros de los informes de gobierno por eje, cada uno con los "
            "boletines, galerías, grabaciones, actividades de plan e indicadores del "
            "portal que lo respaldan (una fila por evidencia)."
        ),
        temporal=f"{years[0]}-01/{years[-1]}-12",  # ISO 8601 months, as the others
        period_label=str(years[0]) if years[0] == years[-1] else f"{years[0]}-{years[-1]}",
        updated=max(r.updated for r in reports),
        page_url="informe-de-gobierno/",
        keywords=["informe de gobierno", "rendición de cuentas", "ejes de gobierno"],
        periodicity=YEARLY,
        files=write_table(
            output_path, KIND.dataset_path("achievements"), COLUMNS, rows, document
        ),
    )
