"""The «aviso a medios»: the invitation the office sends the media before a
press conference or public event (seed 001: «formular una invitación a medios
para su cobertura»).

It is a block of the event's own file, so where and when are the event's and
a change of time reaches the advisory too. Who speaks, what about, how to get
accredited and whom to call are the advisory's; the contact defaults to
PRESS_CONTACT. ``issued`` is when it goes out: the feed's date, the e-mail's
Date, and with EMBARGO on (``make publish``) the moment it may be seen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from content_schema.schemas import ADVISORY_KINDS, EVENT_KINDS


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Advisory:
    issued: dt.datetime
    topic: str
    speakers: tuple[Speaker, ...]
    contact: Contact | None
    accreditation: str = ""  # how; "" when none is needed
    deadline: dt.datetime | None = None  # accreditation closes
    notes: str = ""


def _contact(written: dict | None, settings) -> Contact | None:
    if written:
        return Contact(written["name"], written.get("phone", ""), written.get("email", ""))
    press = settings["PRESS_CONTACT"]
    if press:
        return Contact(f"{press['name']}, {press['role']}", press["phone"], press["email"])
    return None


def _moment(value: dt.datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def advisory_of(meta: dict, settings, read) -> Advisory | None:
    """The event's advisory, checked against the event; mistakes go to ``read``."""
    written = meta.get("advisory")
    if not written:
        return None
    kind, start = meta.get("kind"), meta.get("start")
    ok = True
    if kind and kind not in ADVISORY_KINDS:
        allowed = " o ".join(ADVISORY_KINDS)
        read.add(
            "advisory",
            f"un evento de tipo {kind} ({EVENT_KINDS[kind]}) no lleva aviso a medios; "
            f"se espera kind {allowed}, o quite advisory",
        )
        ok = False
    issued = written["issued"]
    accreditation = written.get("accreditation") or {}
    deadline = accreditation.get("deadline")
    if start and issued >= start:
        read.add(
            "advisory.issued",
            f"el aviso sale ({_moment(issued)}) cuando el evento ya empezó "
            f"({_moment(start)}); se espera una fecha y hora anterior a start",
        )
        ok = False
    if start and deadline and deadline > start:
        read.add(
            "advisory.accreditation.deadline",
            f"la acreditación cierra ({_moment(deadline)}) después de que empieza el "
            f"evento ({_moment(start)}); se espera una fecha y hora anterior a start",
        )
        ok = False
    if deadline and deadline < issued:
        read.add(
            "advisory.accreditation.deadline",
            f"la acreditación cierra ({_moment(deadline)}) antes de que salga el aviso "
            f"({_moment(issued)}); se espera una fecha y hora posterior a issued",
        )
        ok = False
    contact = _contact(written.get("contact"), settings)
    if contact is None:
        read.add(
            "advisory.contact",
            "falta el contacto para medios y el ajuste PRESS_CONTACT está vacío; "
            "se espera contact con name, phone y email",
        )
        ok = False
    if not ok:
        return None
    return Advisory(
        issued=issued,
        topic=written["topic"],
        speakers=tuple(Speaker(s["name"], s["role"]) for s in written["speakers"]),
        contact=contact,
        accreditation=accreditation.get("how", ""),
        deadline=deadline,
        notes=written.get("notes", ""),
    )


def with_advisory(events, now: dt.datetime) -> list:
    """The events whose advisory may be seen (not held): upcoming first
    (soonest first), then past ones (latest first)."""
    shown = [e for e in events if e.advisory is not None and not e.advisory_held]
    upcoming = sorted((e for e in shown if e.is_upcoming(now)), key=lambda e: e.start)
    past = sorted((e for e in shown if not e.is_upcoming(now)), key=lambda e: e.start)
    return upcoming + past[::-1]
