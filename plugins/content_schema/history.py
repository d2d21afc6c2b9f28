"""The change history staff write in a file's ``history:``, and its true dates.

What a page shows as «Historial de cambios» is written by people, in
Spanish, in the content (every kind has the same field), never taken from
git. The same entries, with the content's own date and ``modified``, give
its «Última modificación»: never a commit date, never the build's clock.

The checks that need more than one value live here too: an entry may not
be in the future, nor before the content's own date (``Kind.own_date``),
nor repeat one of a bulletin's ``corrections`` (a «fe de erratas» is shown
on its own; writing it twice would list it twice).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .fields import (
    DateTime,
    FieldError,
    FieldSpec,
    Record,
    RecordList,
    Text,
    ValidationContext,
)


@dataclass(frozen=True)
class HistoryEntry:
    """One change as staff describe it."""

    date: dt.datetime
    text: str


HISTORY_ENTRY = Record(
    {
        "date": FieldSpec(DateTime(), required=True, help="fecha del cambio"),
        "text": FieldSpec(
            Text(max_length=600, single_line=False), required=True, help="qué cambió"
        ),
    }
)


@dataclass(frozen=True)
class History(RecordList):
    """``history:``: dated entries, oldest first, as the page lists them.

    Out of order is an error rather than silently sorted: the positions in
    every message are the ones staff see in their file."""

    record: Record = HISTORY_ENTRY

    def clean(self, value, ctx: ValidationContext) -> tuple[HistoryEntry, ...]:
        entries = [HistoryEntry(i["date"], i["text"]) for i in super().clean(value, ctx)]
        problems = [
            (
                f"[{position}].date",
                f"{_shown(entry.date)} es anterior a la entrada {position - 1} "
                f"({_shown(previous.date)}); se espera una entrada por cambio, de la "
                "más antigua a la más reciente",
            )
            for position, (previous, entry) in enumerate(
                itertools.pairwise(entries), start=2
            )
            if entry.date < previous.date
        ]
        if problems:
            (name, message), *rest = problems
            raise FieldError(message, field_name=name, more=tuple(rest))
        return tuple(entries)


def own_moment(value, zone: ZoneInfo) -> dt.datetime | None:
    """The content's own date as a moment: a datetime as is, a date at
    midnight, a report's month (year, month) at the start of its last day."""
    if value is None:
        return None
    if isinstance(value, tuple):
        year, month = value
        return dt.datetime(year, month, calendar.monthrange(year, month)[1], tzinfo=zone)
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day, tzinfo=zone)


def _shown(moment: dt.datetime) -> str:
    if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")


def history_problems(
    clean: dict, own_field: str, zone: ZoneInfo, now: dt.datetime
) -> list[tuple[str, str]]:
    """``(field, message)`` for entries in the future, before the content's own
    date (``own_field`` of ``clean``; "" when the kind has none) or repeating
    a correction."""
    entries = clean.get("history", ())
    value = clean.get(own_field) if own_field else None
    own = own_moment(value, zone)
    if own is not None:
        said = f"{own_field}: {_shown(own)}"
        if isinstance(value, tuple):  # a report's month: it closes on its last day
            said = (
                f"{own_field}: {value[0]:04d}-{value[1]:02d}, que cierra el {_shown(own)}"
            )
    corrections = {(c["date"], c["text"]) for c in clean.get("corrections", ())}
    problems = []
    for position, entry in enumerate(entries, start=1):
        where = f"history[{position}]"
        if entry.date > now:
            problems.append(
                (
                    f"{where}.date",
                    f"{_shown(entry.date)} es una fecha futura; se espera la fecha "
                    "en que ya se hizo el cambio",
                )
            )
        elif own is not None and entry.date < own:
            problems.append(
                (
                    f"{where}.date",
                    f"{_shown(entry.date)} es anterior a la fecha del contenido "
                    f"({said}); se espera una fecha igual o "
                    "posterior",
                )
            )
        if (entry.date, entry.text) in corrections:
            problems.append(
                (
                    where,
                    "repite una corrección de corrections; una fe de erratas va solo "
                    "en corrections (la página la muestra aparte)",
                )
            )
    return problems


def latest(*moments, history=()) -> dt.datetime | dt.date | None:
    """The last of the given dates (``None`` skipped) and of the history's:
    when the content itself says it last changed. Dates and datetimes are
    compared as the moment they name; the latest is returned as given."""
    candidates = [m for m in moments if m is not None]
    candidates += [entry.date for entry in history]
    if not candidates:
        return None

    def key(value):
        if isinstance(value, dt.datetime):
            return (value.date(), value.timetz().replace(tzinfo=None))
        return (value, dt.time())

    return max(candidates, key=key)
