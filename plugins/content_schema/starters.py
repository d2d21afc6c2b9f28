"""Starter files for ``make nuevo``: one function per kind, named in ``kinds.py``.

Each returns ``(path, text)`` or ``(path, text, {other path: text})``, the
path relative to the project root. Every starter is a draft (``status:
draft``) that passes ``make check`` as written.
"""

from __future__ import annotations

import unicodedata

from spanish_dates.formatting import long_date


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

San Isidro del Monte, Jal., {long_date(today)}.— Escriba aquí el boletín.
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
address:                    # opcional; la ciudad y el estado salen de los ajustes
  street: "Portal Hidalgo 1"
  neighborhood: "Centro"
  postal_code: "49000"      # cinco cifras, entre comillas
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


def _recording(folder, title, now, media_file, extra_fields, speech_file, speech_text):
    return (
        f"{folder}/index.md",
        f"""---
title: {quoted(title)}
date: {now:%Y-%m-%d %H:%M}
area: comunicacion
kind: evento                # sesion, conferencia, entrevista, evento, capsula, spot o mensaje
summary: "Qué se grabó, en una o dos frases."
file: {media_file}         # copie a esta carpeta el archivo tal como salió de la cámara o grabadora
credit: "Nombre / Comunicación Social"
place: "Lugar de la grabación, San Isidro del Monte"
# speakers: ["Nombre, cargo"]
{extra_fields}# chapters:                  # opcional: los momentos importantes
#   - time: "00:00"
#     title: "Bienvenida"
#   - time: "02:30"
#     title: "Preguntas de la prensa"
# bulletin: AAAA-MM-DD-nombre-del-boletin   # el boletín, la galería y el evento del mismo día
# gallery: AAAA-MM-DD-nombre-de-la-galeria
# event: AAAA-MM-DD-nombre-del-evento
status: draft               # quite esta línea para publicar
---
""",
        {f"{folder}/{speech_file}": speech_text},
    )


def video(title, today, now):
    folder = f"content/videoteca/{today:%Y-%m-%d}-{slugify(title)}"
    return _recording(
        folder, title, now, "grabacion.mp4",
        "captions: subtitulos.vtt    # lo que se dice, con sus tiempos (WebVTT)\n"
        "audio_description: en-la-pista   # o version-descrita (con described_version)\n"
        "# no_speech: \"Solo música y tomas del desfile, sin voz.\"  # en lugar de captions\n"
        "# poster_time: \"00:05\"     # el cuadro de portada (MM:SS)\n",
        "subtitulos.vtt",
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:04.000\n"
        "Escriba aquí lo que se dice, en frases cortas.\n\n"
        "NOTE Cada subtítulo: su línea de tiempos (inicio, flecha y fin, con punto antes de\n"
        "los milésimos) y debajo su texto; una línea en blanco entre uno y otro.\n",
    )  # fmt: skip


def audio(title, today, now):
    folder = f"content/fonoteca/{today:%Y-%m-%d}-{slugify(title)}"
    return _recording(
        folder, title, now, "grabacion.mp3",
        "transcript: transcripcion.txt   # lo que se dice, completo\n"
        "# no_speech: \"Solo música, sin voz.\"   # en lugar de transcript\n",
        "transcripcion.txt",
        "Escriba aquí todo lo que se dice en la grabación.\n\n"
        "Deje una línea en blanco entre un párrafo y otro; si hablan varias personas,\n"
        "empiece cada párrafo con el nombre de quien habla.\n",
    )  # fmt: skip
# Publicity spending (formats 23b-23d). A contract names its provider and
# campaign, and a budget its plan: they pass make check once those exist.


def campaign(title, today, now):
    return (
        f"content/publicidad/campanas/{today:%Y}-{slugify(title)}.md",
        f"""---
title: {quoted(title)}
type: campana               # campana o aviso-institucional
summary: "De qué trata la campaña, en una o dos frases."
theme: "Tema de la campaña"
institutional_objective: "Qué busca el ayuntamiento con la campaña."
communication_objective: "Qué debe saber o hacer quien la vea o escuche."
audience:
  sex: femenino-y-masculino # femenino, masculino o femenino-y-masculino
  residence: "Municipio"
  education: "Todos los niveles"
  age_group: "18 años en adelante"
  socioeconomic: "Todos los niveles"
coverage: municipal         # internacional, nacional, estatal o municipal
scope: "Todo el municipio"
start: {today:%Y-%m-%d}
end: {today:%Y-%m-%d}
media: [radio, internet]    # radio, television, cine, impresos, complementarios, internet
area: comunicacion          # el área que la solicita
status: draft               # quite esta línea para publicar
---
""",
    )


def provider(title, today, now):
    return (
        f"content/publicidad/proveedores/{slugify(title)}.md",
        f"""---
company: {quoted(title)}    # o given_names, first_surname y second_surname si es persona física
rfc: "RCL850312AB4"         # 12 caracteres (persona moral) o 13 (persona física)
procedure: adjudicacion-directa  # adjudicacion-directa, invitacion-restringida o licitacion-publica
legal_basis: "Artículo y ley en que se funda la contratación."
reasons: "Por qué se eligió a este proveedor."
status: draft               # quite esta línea para publicar
---
""",
    )


def contract(title, today, now):
    return (
        f"content/publicidad/contratos/{today:%Y}-{slugify(title)}.md",
        f"""---
number: "CS-{today:%Y}-000"
signed: {today:%Y-%m-%d}
object: {quoted(title)}
provider: nombre-del-proveedor     # un archivo de content/publicidad/proveedores/
campaigns: [nombre-de-la-campana]  # archivos de content/publicidad/campanas/
classification: difusion    # difusion u otros-servicios
service_type: "Difusión de spots de radio"
medium: radio
concept: "Publicidad en radio"     # un concepto del presupuesto del año
partida: "36101"
total: "0.00"
paid: "0.00"
service_start: {today:%Y-%m-%d}
service_end: {today:%Y-%m-%d}
status: draft               # quite esta línea para publicar
---
""",
    )


def communication_budget(title, today, now):
    return (
        f"content/publicidad/presupuesto/{today:%Y}.md",
        f"""---
year: {today:%Y}
plan: nombre-del-plan       # un archivo de content/planes/ con el presupuesto del año
concepts:
  - name: "Publicidad en radio"  # el nombre del concepto en el plan
    assigned: "0.00"
    partidas:
      - {{key: "36101", name: "Difusión por radio, televisión y otros medios", assigned: "0.00"}}
status: draft               # quite esta línea para publicar
---
""",
    )


def air_time(title, today, now):
    quarter = (today.month - 1) // 3 + 1
    return (
        f"content/publicidad/tiempos-oficiales/{today:%Y}-t{quarter}.md",
        f"""---
year: {today:%Y}
quarter: {quarter}
applies: false              # true si se usaron tiempos de Estado o fiscales
reason: "El ayuntamiento no tiene tiempos oficiales propios en radio y televisión."
status: draft               # quite esta línea para publicar
---
""",
    )
