"""Schema of a clarification (aclaración): a claim circulating about the
administration, where it appeared, the verdict on the office's fixed scale,
and the evidence that backs the verdict.

The scale is a setting (``CLARIFICATION_VERDICTS``); ``DEFAULT_VERDICTS`` is
its default, here so the schema can be built from Pelican's bare settings
(tests read ``pelicanconf.py`` without our defaults merged). Imported only by
``kinds.py`` and ``portal_settings.declared``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .fields import (
    Choice,
    DateTime,
    FieldError,
    FieldSpec,
    LocalFile,
    Record,
    RecordList,
    Slug,
    Text,
    TextList,
    ValidationContext,
)
from .references import Reference
from .schemas import HISTORY, STATUSES

# key, label, rating (1 = worst), what it means; the method page shows them.
DEFAULT_VERDICTS = [
    {"key": "falso", "label": "Falso", "rating": 1,
     "meaning": "Lo que se afirma no ocurrió o contradice los documentos y datos públicos."},
    {"key": "enganoso", "label": "Engañoso", "rating": 2,
     "meaning": "Usa un dato cierto fuera de su contexto o lo mezcla con uno falso, de modo que lleva a una conclusión equivocada."},
    {"key": "sin-sustento", "label": "Sin sustento", "rating": 3,
     "meaning": "No hay documento, dato ni registro que lo respalde o lo desmienta; se publica lo que sí consta."},
    {"key": "impreciso", "label": "Impreciso", "rating": 4,
     "meaning": "Es cierto en lo general, pero una cifra, una fecha o un lugar no son exactos."},
    {"key": "verdadero", "label": "Verdadero", "rating": 5,
     "meaning": "Lo que se afirma coincide con los documentos y datos públicos."},
]  # fmt: skip


@dataclass(frozen=True)
class WebAddress(Text):
    """A link to a public page: http(s), no spaces."""

    expected = "una dirección de internet completa, que empiece con https://"

    def clean(self, value, ctx: ValidationContext) -> str:
        value = super().clean(value, ctx)
        if not re.match(r"^https?://[^\s/]+\.[^\s]*$", value):
            raise FieldError(
                f"'{value}' no es una dirección de internet; se espera {self.expected} "
                "(cópiela de la barra de direcciones del navegador)"
            )
        return value


def _text(limit: int, required: bool = False, help: str = "", lines: bool = False):
    return FieldSpec(Text(max_length=limit, single_line=not lines), required, help)


def _ref(*targets: str, limit: int = 160) -> FieldSpec:
    return FieldSpec(Reference(max_length=limit, targets=targets))


SCREENSHOT = Record(
    {
        "src": FieldSpec(
            LocalFile(extensions=(".jpg", ".jpeg", ".png")),
            required=True,
            help="captura de pantalla junto al archivo",
        ),
        "alt": _text(400, True, "qué dice y muestra la captura", lines=True),
    }
)

APPEARANCE = Record(
    {
        "platform": _text(80, True, "plataforma o medio: Facebook, WhatsApp…"),
        "date": FieldSpec(DateTime(date_only=True), required=True, help="cuándo apareció"),
        "link": FieldSpec(WebAddress(max_length=500), help="dirección de la publicación"),
        "screenshot": FieldSpec(SCREENSHOT),
    }
)

# Where an evidence points: one content of the portal, or a page elsewhere.
EVIDENCE_TARGETS = (
    "bulletin", "gallery", "plan", "report", "video", "audio", "campaign", "url",
)  # fmt: skip
# The open data of a plan or a report a piece of evidence may point at.
EVIDENCE_DATA = {
    "cronograma": "cronograma del plan (CSV)",
    "presupuesto": "presupuesto del plan (CSV)",
    "cifras": "cifras del informe mensual (CSV)",
}

EVIDENCE = Record(
    {
        "bulletin": _ref("bulletin"),
        "gallery": _ref("gallery", limit=120),
        "plan": _ref("plan", limit=120),
        "report": _ref("report", limit=20),
        "video": _ref("video", limit=120),
        "audio": _ref("audio", limit=120),
        "campaign": _ref("campaign", limit=120),
        "url": FieldSpec(WebAddress(max_length=500), help="página fuera del portal"),
        "data": FieldSpec(Choice(EVIDENCE_DATA), help="datos abiertos del plan o informe"),
        "title": _text(200, help="nombre del documento (obligatorio con url)"),
        "note": _text(400, help="qué muestra esta evidencia", lines=True),
    }
)


def verdicts_of(settings) -> list[dict]:
    """The scale of the build (portal_settings merged it), or, for what reads
    pelicanconf.py bare (tests, the guide's checks), the declaration's default."""
    if "CLARIFICATION_VERDICTS" in settings:
        return settings["CLARIFICATION_VERDICTS"]
    return DEFAULT_VERDICTS


def verdict_choices(verdicts) -> dict[str, str]:
    return {v["key"]: v["label"] for v in verdicts}


def clarification_schema(
    areas: Mapping[str, str], verdicts=DEFAULT_VERDICTS
) -> dict[str, FieldSpec]:
    return {
        "title": _text(160, True),
        "date": FieldSpec(DateTime(), required=True, help="fecha de publicación"),
        "claim": _text(600, True, "lo que se afirma, en sus propias palabras", lines=True),
        "verdict": FieldSpec(Choice(verdict_choices(verdicts)), required=True),
        "summary": _text(320, True, "la conclusión en una o dos frases", lines=True),
        "area": FieldSpec(Choice(areas), required=True, help="área de la que trata"),
        "appearances": FieldSpec(RecordList(APPEARANCE), required=True),
        "spread_by": FieldSpec(TextList(), help="plataformas o páginas, nunca personas"),
        "evidence": FieldSpec(RecordList(EVIDENCE), required=True),
        "tags": FieldSpec(TextList()),
        "slug": FieldSpec(Slug()),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }
