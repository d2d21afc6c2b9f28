"""One schema per kind of content (``kinds.py`` says which folder holds which).

A schema is a plain mapping of field name to ``FieldSpec``; the README's
content guide documents the same names. Areas come from the settings so that
an area's name is written once and a typo is an error, not a new area.
"""

from __future__ import annotations

from collections.abc import Mapping

from .contact_fields import Email, Phone
from .fields import (
    Choice,
    DateTime,
    FieldSpec,
    Flag,
    LocalFile,
    PdfFile,
    PositiveInt,
    Record,
    RecordList,
    Slug,
    Text,
    TextList,
)
from .history import History
from .place_fields import Geo, PostalCode
from .plan_fields import Count, Money, MonthField, Months, Period
from .references import Reference, ReferenceList, ReportYear

STATUSES = {"published": "publicado", "draft": "borrador"}

# The change history staff write, the same field for every kind (history.py).
HISTORY = FieldSpec(History(), help="historial de cambios")

IMAGE = Record(
    {
        "src": FieldSpec(LocalFile(), required=True, help="archivo JPEG"),
        "alt": FieldSpec(Text(max_length=250), required=True, help="texto alternativo"),
        "credit": FieldSpec(Text(max_length=120), required=True, help="crédito"),
    }
)

# The informe a bulletin, campaign or piece promotes (government_report.promotion).
PROMOTES_REPORT = FieldSpec(
    ReportYear(targets=("government_report",)),
    help="año del informe de gobierno que promueve",
)

CORRECTION = Record(
    {
        "date": FieldSpec(DateTime(), required=True, help="fecha de la corrección"),
        "text": FieldSpec(Text(single_line=False), required=True, help="qué se corrigió"),
    }
)


def bulletin_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "date": FieldSpec(DateTime(), required=True),
        "area": FieldSpec(Choice(areas), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "tags": FieldSpec(TextList()),
        "image": FieldSpec(IMAGE),
        "number": FieldSpec(PositiveInt()),
        "slug": FieldSpec(Slug()),
        "status": FieldSpec(Choice(STATUSES)),
        "modified": FieldSpec(DateTime()),
        "corrections": FieldSpec(RecordList(CORRECTION)),
        "gallery": FieldSpec(Reference(max_length=120, targets=("gallery",))),
        "gallery_photo": FieldSpec(Text(max_length=120)),
        "propaganda": FieldSpec(Flag()),
        "promotes_report": PROMOTES_REPORT,
        "history": HISTORY,
    }


def gallery_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "date": FieldSpec(DateTime(), required=True),
        "area": FieldSpec(Choice(areas), required=True),
        "place": FieldSpec(Text(max_length=160), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "credit": FieldSpec(Text(max_length=120), required=True),
        "cover": FieldSpec(Text(max_length=120), required=True),
        "bulletin": FieldSpec(Reference(max_length=160, targets=("bulletin",))),
        "tags": FieldSpec(TextList()),
        "slug": FieldSpec(Slug()),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


PHOTO_ENTRY = {
    "file": FieldSpec(Text(max_length=120), required=True),
    "alt": FieldSpec(Text(max_length=250), required=True),
    "caption": FieldSpec(Text(max_length=400, single_line=False)),
    "credit": FieldSpec(Text(max_length=120)),
}


def activity_record(areas: Mapping[str, str]) -> Record:
    return Record(
        {
            "id": FieldSpec(Slug(), required=True, help="identificador estable"),
            "name": FieldSpec(Text(max_length=300), required=True, help="actividad"),
            "area": FieldSpec(Choice(areas)),
            "months": FieldSpec(Months(), required=True, help="meses en que se realiza"),
        }
    )


BUDGET_CONCEPT = Record(
    {
        "name": FieldSpec(Text(max_length=200), required=True, help="concepto"),
        "amount": FieldSpec(Money(), required=True, help="monto"),
    }
)

BUDGET = Record(
    {
        "currency": FieldSpec(Choice({"MXN": "pesos mexicanos"}), required=True),
        "total": FieldSpec(Money(), required=True, help="total declarado"),
        "concepts": FieldSpec(RecordList(BUDGET_CONCEPT), required=True),
    }
)


def plan_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "period": FieldSpec(Period(), required=True),
        "area": FieldSpec(Choice(areas), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "approved": FieldSpec(DateTime(date_only=True), required=True),
        "validated": FieldSpec(DateTime(date_only=True)),
        "note": FieldSpec(Text(max_length=1000, single_line=False)),
        "document": FieldSpec(PdfFile(), help="el documento aprobado, en PDF"),
        "activities": FieldSpec(RecordList(activity_record(areas)), required=True),
        "budget": FieldSpec(BUDGET),
        "slug": FieldSpec(Slug()),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


NETWORKS = {
    "facebook": "Facebook",
    "twitter": "Twitter",
    "instagram": "Instagram",
    "youtube": "YouTube",
}

NAMED_COUNT = Record(
    {
        "name": FieldSpec(Text(max_length=200), required=True, help="concepto"),
        "count": FieldSpec(Count(), required=True, help="cantidad"),
    }
)

COUNTED_ITEM = Record(
    {
        "id": FieldSpec(Slug(), required=True),
        "name": FieldSpec(Text(max_length=200), required=True),
        "total": FieldSpec(Count(), required=True, help="total declarado"),
        "breakdown": FieldSpec(RecordList(NAMED_COUNT), required=True),
    }
)

POST_TYPE = Record(
    {
        "id": FieldSpec(Slug(), required=True),
        "name": FieldSpec(Text(max_length=200), required=True),
        "count": FieldSpec(Count(), required=True),
    }
)

SOCIAL_NETWORK = Record(
    {
        "network": FieldSpec(Choice(NETWORKS), required=True),
        "likes": FieldSpec(Count()),
        "followers": FieldSpec(Count()),
        "stated_changes": FieldSpec(
            Record(
                {
                    "likes": FieldSpec(Count(signed=True)),
                    "followers": FieldSpec(Count(signed=True)),
                }
            )
        ),
        "posts": FieldSpec(RecordList(POST_TYPE)),
    }
)

EMPTY_SECTION = Record(
    {
        "section": FieldSpec(Text(max_length=200), required=True),
        "reason": FieldSpec(Text(max_length=500, single_line=False), required=True),
    }
)

REPORT_EVENT = Record(
    {
        "date": FieldSpec(DateTime(date_only=True), required=True),
        "text": FieldSpec(Text(max_length=600, single_line=False), required=True),
        "gallery": FieldSpec(Reference(max_length=120, targets=("gallery",))),
        "bulletin": FieldSpec(Reference(max_length=160, targets=("bulletin",))),
    }
)

EXECUTION = Record(
    {
        "activity": FieldSpec(
            Reference(max_length=200, targets=("activity",)),
            required=True,
            help="plan/actividad",
        ),
        "evidence": FieldSpec(ReferenceList(targets=("bulletin", "gallery"))),
    }
)


def report_schema() -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160)),
        "month": FieldSpec(MonthField(), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "interviews": FieldSpec(TextList()),
        "counts": FieldSpec(RecordList(COUNTED_ITEM)),
        "social": FieldSpec(RecordList(SOCIAL_NETWORK)),
        "empty_sections": FieldSpec(RecordList(EMPTY_SECTION)),
        "events": FieldSpec(RecordList(REPORT_EVENT)),
        "executed": FieldSpec(RecordList(EXECUTION)),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


EVENT_KINDS = {
    "rueda-de-prensa": "Rueda de prensa",
    "sesion-de-cabildo": "Sesión de Cabildo",
    "evento-publico": "Evento público",
}


# Where an event is; city and state default to the settings AGENDA_CITY/STATE.
EVENT_ADDRESS = Record(
    {
        "street": FieldSpec(Text(max_length=200), help="calle y número"),
        "neighborhood": FieldSpec(Text(max_length=120), help="colonia"),
        "postal_code": FieldSpec(PostalCode(), help="código postal"),
        "city": FieldSpec(Text(max_length=120), help="municipio o ciudad"),
        "state": FieldSpec(Text(max_length=120), help="estado"),
    }
)

# A change announced after the event was published (new time, new place…):
# its calendar SEQUENCE and LAST-MODIFIED come from these.

# The «aviso a medios» of a press conference or public event (agenda/advisory.py):
# where and when are the event's own; contact defaults to PRESS_CONTACT.
ADVISORY_KINDS = ("rueda-de-prensa", "evento-publico")
ADVISORY = Record(
    {
        "issued": FieldSpec(DateTime(), required=True, help="cuándo se envía el aviso"),
        "topic": FieldSpec(
            Text(max_length=600, single_line=False), required=True, help="de qué se hablará"
        ),
        "speakers": FieldSpec(
            RecordList(
                Record(
                    {
                        "name": FieldSpec(Text(max_length=120), required=True, help="nombre"),
                        "role": FieldSpec(Text(max_length=160), required=True, help="cargo"),
                    }
                )
            ),
            required=True,
            help="quiénes hablan",
        ),
        "accreditation": FieldSpec(
            Record(
                {
                    "how": FieldSpec(
                        Text(max_length=400, single_line=False),
                        required=True,
                        help="cómo acreditarse",
                    ),
                    "deadline": FieldSpec(DateTime(), help="hasta cuándo"),
                }
            ),
            help="acreditación",
        ),
        "contact": FieldSpec(
            Record(
                {
                    "name": FieldSpec(Text(max_length=120), required=True, help="nombre"),
                    "phone": FieldSpec(Phone(), help="teléfono"),
                    "email": FieldSpec(Email(), help="correo"),
                }
            ),
            help="contacto para medios",
        ),
        "notes": FieldSpec(Text(max_length=600, single_line=False), help="indicaciones"),
    }
)


def event_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "start": FieldSpec(DateTime(), required=True),
        "end": FieldSpec(DateTime()),
        "kind": FieldSpec(Choice(EVENT_KINDS), required=True),
        "place": FieldSpec(Text(max_length=200), required=True),
        "address": FieldSpec(EVENT_ADDRESS),
        "geo": FieldSpec(Geo()),
        "area": FieldSpec(Choice(areas), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "gallery": FieldSpec(Reference(max_length=120, targets=("gallery",))),
        "bulletin": FieldSpec(Reference(max_length=160, targets=("bulletin",))),
        "advisory": FieldSpec(ADVISORY, help="aviso a medios"),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


def page_schema() -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False)),
        "slug": FieldSpec(Slug()),
        "modified": FieldSpec(DateTime()),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }
