"""The starter files of the accountability kinds (``make nuevo``):
clarifications, the Informe de Gobierno and frequent questions; the others
are in ``starters.py``, whose helpers these share."""

from __future__ import annotations

from .starters import quoted, slugify


def clarification(title, today, now):
    return (
        f"content/aclaraciones/{today:%Y-%m-%d}-{slugify(title)}.md",
        f"""---
title: {quoted(title)}
date: {now:%Y-%m-%d %H:%M}
claim: "Lo que se afirma, con sus propias palabras, entre comillas."
verdict: falso              # falso, enganoso, sin-sustento, impreciso o verdadero
summary: "La conclusión en una o dos frases."
area: comunicacion          # el área de la que trata lo que se afirma
appearances:                # dónde y cuándo apareció (la primera es la más antigua)
  - platform: "Facebook"
    date: {today:%Y-%m-%d}
    link: "https://www.facebook.com/pagina/publicacion"   # o screenshot, o los dos
    # screenshot:            # una captura junto a este archivo, sin datos de nadie
    #   src: capturas/{today:%Y-%m-%d}-{slugify(title)}.png
    #   alt: "Qué dice y qué muestra la captura."
spread_by: ["Páginas de Facebook sin autor identificado"]   # plataformas, nunca personas
evidence:                   # al menos una; mejor si es del portal
  - bulletin: nombre-del-boletin   # o plan, report, video, audio, campaign, url
    note: "Qué muestra este documento."
status: draft               # quite esta línea para publicar
---
Qué dicen los documentos y los datos, y por qué se llega al veredicto.
""",
    )


def _placeholder_pdf(text: str) -> str:
    """A one-page PDF (plain ASCII) that says to replace it with the real document."""
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
    return out + trailer + f"startxref\n{xref}\n%%EOF\n"


def government_report(title, today, now):
    folder = f"content/informe-de-gobierno/{today.year}"
    document = f"informe-{today.year}.pdf"
    return (
        f"{folder}/index.md",
        f"""---
title: {quoted(title)}
year: {today.year}
date: {now:%Y-%m-%d %H:%M}     # cuándo se presentó ante el Cabildo
session:
  type: solemne             # solemne, publica o extraordinaria
  place: "Salón de Cabildo del Palacio Municipal"
summary: "Qué informa, en una o dos frases."
document: {document}     # sustituya este PDF por el informe aprobado
# video: AAAA-MM-DD-nombre   # la grabación de la sesión, si está en la videoteca
axes:
  - id: rendicion-de-cuentas
    name: "Efectividad y rendición de cuentas"
    achievements:
      - text: "Escriba aquí el logro, en una o dos frases."
        # bulletins: [AAAA-MM-DD-nombre-del-boletin]   # lo que lo respalda:
        # galleries: [AAAA-MM-DD-nombre-de-la-galeria]
        # recordings: [AAAA-MM-DD-nombre-del-video-o-audio]
        # activities: [plan/actividad]
        # indicators: [conteo-solicitudes-servicio]
status: draft               # quite esta línea para publicar
---
""",
        {f"{folder}/{document}": _placeholder_pdf("Sustituya este archivo por el PDF.")},
    )


def faq(title, today, now):
    return (
        f"content/preguntas-frecuentes/{slugify(title)}.md",
        f"""---
title: {quoted(title)}
area: comunicacion          # el área que responde (una clave de AREAS)
summary: "Qué preguntas responde este tema."
questions:
  - question: "¿Escriba aquí la pregunta, como la haría una persona?"
    answer: |
      La respuesta, en Markdown: corta, clara y con lo que hay que hacer.
    sources:                # de dónde sale: boletines, planes, galerías…
      - {today:%Y-%m-%d}-nombre-del-boletin
status: draft               # quite esta línea para publicar
---
""",
    )
