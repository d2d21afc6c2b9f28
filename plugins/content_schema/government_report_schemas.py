"""The schema of the yearly Informe de Gobierno.

An informe is named by its year (its folder: ``content/informe-de-gobierno/2021/``);
``promotes_report`` on bulletins, campaigns and pieces (``schemas.PROMOTES_REPORT``)
names the informe they promote, so the promotion window
(``government_report.promotion``) can be checked against its presentation date.
"""

from __future__ import annotations

from collections.abc import Mapping

from .fields import (
    Choice,
    DateTime,
    FieldSpec,
    PdfFile,
    PositiveInt,
    Record,
    RecordList,
    Slug,
    Text,
)
from .references import Reference, ReferenceList
from .schemas import HISTORY, STATUSES

SESSION_TYPES = {
    "solemne": "Sesión solemne de Cabildo",
    "publica": "Sesión pública de Cabildo",
    "extraordinaria": "Sesión extraordinaria de Cabildo",
}

SESSION = Record(
    {
        "type": FieldSpec(Choice(SESSION_TYPES), required=True, help="tipo de sesión"),
        "place": FieldSpec(Text(max_length=200), required=True, help="lugar"),
    }
)

# The kinds of evidence an achievement links, in the order pages show them.
EVIDENCE_FIELDS = {
    "bulletins": ("bulletin",),
    "galleries": ("gallery",),
    "recordings": ("video", "audio"),
    "activities": ("activity",),
    "indicators": ("indicator",),
}

ACHIEVEMENT = Record(
    {
        "text": FieldSpec(
            Text(max_length=600, single_line=False), required=True, help="el logro"
        ),
        **{
            name: FieldSpec(ReferenceList(targets=targets))
            for name, targets in EVIDENCE_FIELDS.items()
        },
    }
)

AXIS = Record(
    {
        "id": FieldSpec(Slug(), required=True, help="identificador del eje"),
        "name": FieldSpec(Text(max_length=200), required=True, help="nombre del eje"),
        "achievements": FieldSpec(RecordList(ACHIEVEMENT), required=True),
    }
)


def government_report_schema(settings: Mapping | None = None) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "year": FieldSpec(PositiveInt(), required=True, help="el año que informa"),
        "date": FieldSpec(DateTime(), required=True, help="cuándo se presentó"),
        "session": FieldSpec(SESSION, required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "document": FieldSpec(PdfFile(), required=True, help="el informe, en PDF"),
        "video": FieldSpec(Reference(max_length=120, targets=("video",))),
        "axes": FieldSpec(RecordList(AXIS), required=True),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }
