"""The corpus's plans and monthly reports, shaped like content/planes and content/informes.

Every figure adds up (no ``aviso:`` expected) and every report names only
bulletins, galleries and plan activities that exist, as the build checks.
"""

from __future__ import annotations

import os
from datetime import date

from .spanish import MONTHS, TOPICS

POA = [
    ("boletines", "Generar boletines informativos", "{y}-01 a {y}-12"),
    (
        "memoria-fotografica",
        "Integrar la memoria fotográfica de los eventos",
        "{y}-01 a {y}-12",
    ),
    (
        "diapositivas",
        "Elaborar diapositivas para presentaciones",
        '["{y}-02", "{y}-06 a {y}-07"]',
    ),
    ("carteles", "Diseñar carteles de campañas", "{y}-03 a {y}-10"),
    ("contenido-audiovisual", "Producir contenido audiovisual", "{y}-01 a {y}-12"),
    ("paginas-oficiales", "Actualizar las páginas oficiales", "{y}-01 a {y}-12"),
]
PACI = [
    ("campanas", "Campañas publicitarias", "{y}-01 a {y}-12"),
    ("boletines", "Boletines/comunicado", "{y}-01 a {y}-12"),
    ("clips-video", "Clips de video", "{y}-01 a {y}-12"),
    ("testigos-fotograficos", "Testigos fotográficos", "{y}-01 a {y}-12"),
    ("entrevistas", "Entrevistas", "{y}-01 a {y}-12"),
    ("ruedas-prensa", "Ruedas de prensa", "{y}-01 a {y}-12"),
]
CONCEPTS = [
    "Publicidad impresa",
    "Publicidad en radio",
    "Publicidad en televisión",
    "Publicidad en web",
    "Publicidad exterior",
    "Servicios",
    "Gasto corriente",
]
PLAN_BODY = """
## Misión

Difundir las actividades diarias que se desprendan de los programas, acciones y resultados del gobierno municipal de San Isidro del Monte, buscando generar la participación ciudadana.

## Visión

Ser una coordinación de comunicación social que atienda con transparencia las necesidades de información de la población y de los medios.

## Objetivos

1. Difundir programas y acciones de gobierno a través de los medios informativos.
2. Difundir programas y acciones de gobierno a través de las redes sociales.
3. Integrar la memoria fotográfica y audiovisual de la administración.
"""


def months(start: date, end: date) -> list[tuple[int, int]]:
    result, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        result.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def _money(pesos: int) -> str:
    return f'"{pesos:,}.00"'


def write_plans(portal: str, years: tuple[int, ...]) -> list[dict]:
    folder = os.path.join(portal, "planes")
    os.makedirs(folder)
    plans = []
    for year in years:
        for name, title, activities in (
            (f"plan-operativo-anual-{year}", f"Plan Operativo Anual {year}", POA),
            (
                f"plan-anual-comunicacion-e-imagen-{year}",
                f"Plan Anual {year} de Comunicación Social e Imagen",
                PACI,
            ),
        ):
            amounts = [(i + 2) * 350_000 + year for i in range(len(CONCEPTS))]
            lines = [
                "---",
                f'title: "{title}"',
                f"period: {year}",
                "area: comunicacion",
                f'summary: "Programa de trabajo de la Coordinación de Comunicación Social para {year}, con sus actividades por mes y su presupuesto por concepto."',
                f"approved: {year}-01-11",
                f"validated: {year}-01-18",
                "activities:",
            ]
            for ident, label, span in activities:
                months_value = span.format(y=year)
                if not months_value.startswith("["):
                    months_value = f'"{months_value}"'
                lines += [
                    f"  - id: {ident}",
                    f'    name: "{label}"',
                    f"    months: {months_value}",
                ]
            lines += [
                "budget:",
                "  currency: MXN",
                f"  total: {_money(sum(amounts))}",
                "  concepts:",
            ]
            for concept, amount in zip(CONCEPTS, amounts, strict=True):
                lines += [f'    - name: "{concept}"', f"      amount: {_money(amount)}"]
            with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as handle:
                handle.write("\n".join([*lines, "---", PLAN_BODY]))
            plans.append(
                {"name": name, "year": year, "activities": [a[0] for a in activities]}
            )
    return plans


def write_reports(portal, size, writer, rng, bulletins, galleries, plans) -> int:
    count = 0
    likes, followers = 18_000, 4_000
    for year, month in months(size.start, size.end):
        prefix = f"{year}-{month:02d}"
        stems = [b["stem"] for b in bulletins if b["date"].startswith(prefix)]
        shots = [g["folder"] for g in galleries if g["date"].startswith(prefix)]
        breakdown = [rng.randint(2, 20) for _ in range(4)]
        likes += rng.randint(120, 320)
        followers += rng.randint(40, 110)
        lines = [
            "---",
            f"month: {prefix}",
            f'summary: "En {MONTHS[month - 1]} la Coordinación publicó {len(stems)} boletines, '
            f'cubrió {len(shots)} eventos con galería y atendió las solicitudes de las dependencias."',
            "interviews: ["
            + ", ".join(f'"{t.capitalize()}"' for t in rng.sample(TOPICS, 3))
            + "]",
            "counts:",
            "  - id: solicitudes-servicio",
            '    name: "Solicitudes de servicio"',
            f"    total: {sum(breakdown)}",
            "    breakdown:",
        ]
        for label, value in zip(
            (
                "Grabaciones de sesiones",
                "Grabaciones de reuniones de trabajo",
                "Grabaciones de entrevistas",
                "Grabación y moderación de eventos",
            ),
            breakdown,
            strict=True,
        ):
            lines.append(f'      - {{name: "{label}", count: {value}}}')
        lines += [
            "social:",
            "  - network: facebook",
            f"    likes: {likes}",
            "    posts:",
            f'      - {{id: disenos, name: "Diseños", count: {rng.randint(10, 40)}}}',
            f'      - {{id: actividades-eventos, name: "Actividades / eventos", count: {rng.randint(20, 70)}}}',
            "  - network: twitter",
            f"    followers: {followers}",
        ]
        events = []
        for stem in stems[:: max(1, len(stems) // 4)][:4]:
            topic = stem[11:].replace("-", " ")
            events += [
                f"  - date: {stem[:10]}",
                f'    text: "Cobertura y boletín: {topic}."',
            ]
            events.append(f"    bulletin: {stem}")
        for folder in shots:
            events += [
                f"  - date: {folder[:10]}",
                '    text: "Cobertura fotográfica del evento."',
            ]
            events.append(f"    gallery: {folder}")
        executed = []
        evidence = {"boletines": stems[:10], "memoria-fotografica": shots}
        evidence["testigos-fotograficos"] = shots
        evidence["contenido-audiovisual"] = []
        for plan in (p for p in plans if p["year"] == year):
            for activity in plan["activities"]:
                if activity in evidence:
                    items = ", ".join(evidence[activity])
                    executed.append(f"  - activity: {plan['name']}/{activity}")
                    executed.append(f"    evidence: [{items}]")
        lines += (["events:", *events] if events else []) + (
            ["executed:", *executed] if executed else []
        )
        body = [
            "---",
            "",
            "## Otras actividades",
            "",
            f"- {writer.sentence('comunicacion')}",
            f"- {writer.sentence('comunicacion')}",
            "",
        ]
        folder = os.path.join(portal, "informes", str(year))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{prefix}.md"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines + body))
        count += 1
    return count
