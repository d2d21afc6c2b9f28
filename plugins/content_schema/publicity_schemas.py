"""Schemas of publicity spending: campaigns, providers, contracts, the
communication budget and official air time (formats 23b–23d).

Catalogue fields take their values from the formats' data file
(``transparency_formats``), so the platform's catalogue is written once.
Imported only by ``kinds.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from .fields import (
    Choice,
    DateTime,
    FieldSpec,
    Flag,
    LocalFile,
    PositiveInt,
    Record,
    RecordList,
    Text,
)
from .publicity_fields import Amount, Catalogue, CatalogueList, Rfc
from .references import Reference, ReferenceList
from .schemas import HISTORY, PROMOTES_REPORT, STATUSES

DAY = DateTime(date_only=True)
DOCUMENT = LocalFile(extensions=(".pdf",))
# An image goes through the photo pipeline (no camera data, web sizes); a spot
# in audio or video is published by the fonoteca or videoteca, never copied raw.
PIECE_FILE = LocalFile(extensions=(".jpg", ".jpeg", ".png", ".pdf"))


def _text(limit: int = 300, required: bool = False, help: str = "", lines: bool = False):
    return FieldSpec(Text(max_length=limit, single_line=not lines), required, help)


PIECE_KINDS = {
    "spot": "Spot",
    "arte": "Arte",
    "insercion": "Inserción",
    "video": "Video",
}

# What the law lets a government keep saying during a veda (art. 41-III-C).
VEDA_EXCEPTIONS = {
    "salud": "Salud",
    "educacion": "Educación",
    "proteccion-civil": "Protección civil en casos de emergencia",
}

PROCEDURES = {
    "adjudicacion-directa": "Adjudicación directa",
    "invitacion-restringida": "Invitación a cuando menos tres personas",
    "licitacion-publica": "Licitación pública",
}

AUDIENCE = Record(
    {
        "sex": FieldSpec(Catalogue("sex"), required=True, help="sexo"),
        "residence": _text(200, True, "lugar de residencia"),
        "education": _text(200, True, "nivel educativo"),
        "age_group": _text(200, True, "grupo de edad"),
        "socioeconomic": _text(200, True, "nivel socioeconómico"),
    }
)

PIECE = Record(
    {
        "kind": FieldSpec(Choice(PIECE_KINDS), required=True, help="tipo de pieza"),
        "medium": FieldSpec(Catalogue("medium"), required=True, help="medio"),
        "title": _text(200, True, "nombre de la pieza"),
        "start": FieldSpec(DAY, help="desde cuándo se difunde"),
        "end": FieldSpec(DAY, help="hasta cuándo se difunde"),
        "file": FieldSpec(PIECE_FILE, help="imagen, grabación o PDF junto al archivo"),
        "gallery": FieldSpec(Reference(max_length=120, targets=("gallery",))),
        "gallery_photo": _text(120, help="foto de la galería"),
        # The spot or video as the fonoteca or videoteca publishes it (its folder).
        "recording": FieldSpec(Reference(max_length=120, targets=("audio", "video"))),
        "promotes_report": PROMOTES_REPORT,
    }
)


def campaign_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "title": _text(200, True, "nombre de la campaña o aviso"),
        "type": FieldSpec(Catalogue("type"), required=True),
        "summary": _text(320, True, lines=True),
        "theme": _text(300, True),
        "institutional_objective": _text(800, True, lines=True),
        "communication_objective": _text(800, True, lines=True),
        "audience": FieldSpec(AUDIENCE, required=True),
        "coverage": FieldSpec(Catalogue("coverage"), required=True),
        "scope": _text(300, True, "ámbito geográfico"),
        "start": FieldSpec(DAY, required=True),
        "end": FieldSpec(DAY, required=True),
        "media": FieldSpec(CatalogueList("medium"), required=True),
        "pieces": FieldSpec(RecordList(PIECE)),
        "key": _text(60, help="clave única de identificación"),
        "key_authority": _text(200, help="autoridad que dio la clave"),
        "area": FieldSpec(Choice(areas), required=True, help="área que la solicita"),
        "veda_exception": FieldSpec(Choice(VEDA_EXCEPTIONS)),
        "personal_image": FieldSpec(Flag(), help="muestra nombre, imagen o voz de alguien"),
        "promotes_report": PROMOTES_REPORT,
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


def provider_schema() -> dict[str, FieldSpec]:
    return {
        "company": _text(300, help="razón social (persona moral)"),
        "given_names": _text(120, help="nombre(s) (persona física)"),
        "first_surname": _text(120),
        "second_surname": _text(120),
        "trade_name": _text(200, help="nombre comercial"),
        "responsible": _text(300, help="proveedores y/o responsables"),
        "rfc": FieldSpec(Rfc(), required=True),
        "procedure": FieldSpec(Choice(PROCEDURES), required=True),
        "legal_basis": _text(600, True, lines=True),
        "reasons": _text(800, True, lines=True),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


AMENDMENT = Record(
    {
        "date": FieldSpec(DAY, required=True, help="fecha del convenio"),
        "total": FieldSpec(Amount(), required=True, help="nuevo monto total"),
        "reason": _text(600, True, "qué cambió", lines=True),
        "document": FieldSpec(DOCUMENT, help="convenio modificatorio (PDF)"),
    }
)

INVOICE = Record(
    {
        "number": _text(60, True, "número o folio"),
        "date": FieldSpec(DAY, required=True),
        "amount": FieldSpec(Amount(), required=True),
        "document": FieldSpec(DOCUMENT, help="factura (PDF)"),
    }
)


def contract_schema() -> dict[str, FieldSpec]:
    return {
        "number": _text(60, True, "número o referencia"),
        "signed": FieldSpec(DAY, required=True, help="fecha de firma"),
        "object": _text(600, True, "objeto del contrato", lines=True),
        "provider": FieldSpec(
            Reference(max_length=120, targets=("provider",)), required=True
        ),
        "campaigns": FieldSpec(ReferenceList(targets=("campaign",)), required=True),
        "function": FieldSpec(Catalogue("function")),
        "classification": FieldSpec(Catalogue("classification"), required=True),
        "service_type": _text(200, True, "tipo de servicio"),
        "medium": FieldSpec(Catalogue("medium"), required=True),
        "unit": _text(200, help="descripción de unidad"),
        "unit_cost": FieldSpec(Amount(), help="costo por unidad"),
        "concept": _text(200, True, "concepto del presupuesto"),
        "partida": _text(10, True, "partida del presupuesto"),
        "total": FieldSpec(Amount(), required=True, help="monto total firmado"),
        "paid": FieldSpec(Amount(), required=True, help="pagado a la fecha"),
        "service_start": FieldSpec(DAY, required=True),
        "service_end": FieldSpec(DAY, required=True),
        "document": FieldSpec(DOCUMENT, help="contrato firmado (PDF)"),
        "amendments": FieldSpec(RecordList(AMENDMENT)),
        "invoices": FieldSpec(RecordList(INVOICE)),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


PARTIDA = Record(
    {
        "key": _text(10, True, "clave de la partida"),
        "name": _text(300, True, "denominación"),
        "assigned": FieldSpec(Amount(), required=True),
        "modified": FieldSpec(Amount()),
        "spent": FieldSpec(Amount(), help="ejercido declarado"),
    }
)

BUDGET_LINE = Record(
    {
        "name": _text(200, True, "concepto del plan"),
        "key": _text(10, help="clave del concepto"),
        "generic_partida": _text(10, help="partida genérica"),
        "assigned": FieldSpec(Amount(), required=True),
        "modified": FieldSpec(Amount()),
        "spent": FieldSpec(Amount(), help="ejercido declarado"),
        "partidas": FieldSpec(RecordList(PARTIDA)),
    }
)


def communication_budget_schema() -> dict[str, FieldSpec]:
    return {
        "year": FieldSpec(PositiveInt(), required=True),
        "plan": FieldSpec(Reference(max_length=120, targets=("plan",)), required=True),
        "concepts": FieldSpec(RecordList(BUDGET_LINE), required=True),
        "responsible_area": _text(300, help="área responsable de la información"),
        "validated": FieldSpec(DAY),
        "note": _text(1000, lines=True),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


AIR_SPOT = Record(
    {
        "type": FieldSpec(Catalogue("air_time_type"), required=True),
        "medium": FieldSpec(Catalogue("medium"), required=True),
        "campaign": FieldSpec(
            Reference(max_length=120, targets=("campaign",)), required=True
        ),
        "unit": _text(200, help="descripción de unidad"),
        "concessionaire": _text(300, True, "razón social del concesionario"),
        "trade_name": _text(200, help="distintivo o nombre comercial"),
        "reasons": _text(600, help="razones de la elección", lines=True),
        "amount": _text(100, True, "tiempo consumido"),
        "start": FieldSpec(DAY, required=True),
        "end": FieldSpec(DAY, required=True),
    }
)


def air_time_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "year": FieldSpec(PositiveInt(), required=True),
        "quarter": FieldSpec(PositiveInt(), required=True, help="trimestre (1 a 4)"),
        "applies": FieldSpec(Flag(), required=True, help="false: «no aplica»"),
        "reason": _text(1000, help="por qué no aplica", lines=True),
        "area": FieldSpec(Choice(areas)),
        "spots": FieldSpec(RecordList(AIR_SPOT)),
        "message": _text(1000, help="mensaje (formato 23d)", lines=True),
        "link": _text(300, help="hipervínculo a la información de tiempos oficiales"),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }
