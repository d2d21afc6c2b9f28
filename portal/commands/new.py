"""Write a ready-to-fill file: ``make nuevo TIPO=boletin TITULO="Feria del empleo"``.

The file lands in the right folder with today's date (Mexico City time) and a
valid name made from the title; it starts as a draft (``status: draft``) so
nothing is published until staff remove that line. Never overwrites.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import unicodedata
from zoneinfo import ZoneInfo

KINDS = ("boletin", "galeria", "plan", "informe", "evento", "pagina")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
          "agosto", "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def slugify(title: str) -> str:
    """'Feria del Empleo 2021: ¡Ven!' -> 'feria-del-empleo-2021-ven'."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = "".join(c.lower() if c.isalnum() else " " for c in plain).split()
    return "-".join(words)[:60].strip("-")


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def bulletin(title, today, now):
    path = f"content/boletines/{today:%Y}/{today:%Y-%m-%d}-{slugify(title)}.md"
    return (
        path,
        f"""---
title: {quoted(title)}
date: {now:%Y-%m-%d %H:%M}
area: comunicacion          # una de las áreas de pelicanconf.py (AREAS)
summary: "Escriba aquí el resumen: una o dos frases."
tags: [comunicación social]
# image:
#   src: imagenes/{today:%Y-%m-%d}-{slugify(title)}.jpg
#   alt: "Qué se ve en la imagen."
#   credit: "Nombre / Comunicación Social"
status: draft               # quite esta línea para publicar
---

San Isidro del Monte, Jal., {today.day} de {MONTHS[today.month - 1]} de {today.year}.— Escriba aquí el boletín.
""",
    )


def gallery(title, today, now):
    folder = f"content/galerias/{today:%Y-%m-%d}-{slugify(title)}"
    return (
        f"{folder}/index.md",
        f"""---
title: {quoted(title)}
date: {now:%Y-%m-%d %H:%M}
area: comunicacion
place: "Lugar del evento, San Isidro del Monte"
summary: "Qué pasó en el evento, en una o dos frases."
credit: "Nombre / Comunicación Social"
cover: 01-foto.jpg          # una de las fotos de esta carpeta
status: draft               # quite esta línea para publicar
---

Escriba aquí la descripción del evento. Copie las fotos a esta carpeta y descríbalas
en fotos.yml.
""",
        {
            f"{folder}/fotos.yml": """- file: 01-foto.jpg
  caption: "Pie de foto."
  alt: "Qué se ve en la foto."
"""
        },
    )


def plan(title, today, now):
    return (
        f"content/planes/{slugify(title)}.md",
        f"""---
title: {quoted(title)}
period: {today.year}
area: comunicacion
summary: "Qué es el plan, en una o dos frases."
approved: {today:%Y-%m-%d}
activities:
  - id: boletines
    name: "Generar boletines informativos"
    months: "{today.year}-01 a {today.year}-12"
status: draft               # quite esta línea para publicar
---
## Misión

Escriba aquí el plan.
""",
    )


def report(title, today, now):
    return (
        f"content/informes/{today:%Y}/{today:%Y-%m}.md",
        f"""---
month: {today:%Y-%m}
summary: "Qué se hizo en el mes, en una o dos frases."
counts:
  - id: solicitudes-servicio
    name: "Solicitudes de servicio"
    total: 0
    breakdown:
      - {{name: "Grabaciones de sesiones", count: 0}}
status: draft               # quite esta línea para publicar
---
## Otras actividades

- Escriba aquí el informe.
""",
    )


def event(title, today, now):
    return (
        f"content/agenda/{today:%Y-%m-%d}-{slugify(title)}.md",
        f"""---
title: {quoted(title)}
start: {today:%Y-%m-%d} 10:00
end: {today:%Y-%m-%d} 11:00
kind: rueda-de-prensa       # rueda-de-prensa, sesion-de-cabildo o evento-publico
place: "Sala de prensa, Palacio Municipal"
area: comunicacion
summary: "De qué trata el evento."
status: draft               # quite esta línea para publicar
---
""",
    )


def page(title, today, now):
    return (
        f"content/paginas/{slugify(title)}.md",
        f"""---
title: {quoted(title)}
summary: "De qué trata la página."
status: draft               # quite esta línea para publicar
---
Escriba aquí el texto de la página.
""",
    )


WRITERS = {"boletin": bulletin, "galeria": gallery, "plan": plan, "informe": report,
           "evento": event, "pagina": page}  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tipo", help=", ".join(KINDS))
    parser.add_argument("titulo", nargs="?", default="")
    parser.add_argument("--fecha", help="AAAA-MM-DD (por omisión, hoy)")
    parser.add_argument("--raiz", default=os.curdir, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    kind = args.tipo.strip().lower().replace("í", "i").replace("á", "a")
    if kind not in WRITERS:
        print(
            f"TIPO='{args.tipo}' no existe; se espera uno de: {', '.join(KINDS)}",
            file=sys.stderr,
        )
        return 2
    title = args.titulo.strip()
    if kind != "informe" and not slugify(title):
        print(
            f'Falta el título: make nuevo TIPO={kind} TITULO="Título del contenido"',
            file=sys.stderr,
        )
        return 2
    now = dt.datetime.now(ZoneInfo("America/Mexico_City")).replace(second=0, microsecond=0)
    if args.fecha:
        try:
            now = dt.datetime.combine(dt.date.fromisoformat(args.fecha), dt.time(10, 0))
        except ValueError:
            print(
                f"FECHA='{args.fecha}' no es una fecha; se espera AAAA-MM-DD",
                file=sys.stderr,
            )
            return 2
    made = WRITERS[kind](title, now.date(), now)
    files = {made[0]: made[1], **(made[2] if len(made) > 2 else {})}
    for relative in files:
        if os.path.exists(os.path.join(args.raiz, relative)):
            print(
                f"Ya existe {relative}; no se sobrescribe. Cambie el título o la fecha.",
                file=sys.stderr,
            )
            return 1
    for relative, text in files.items():
        target = os.path.join(args.raiz, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"Escrito: {relative}")
    print("Llénelo, revise con `make check` y véalo con `make devserver`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
