"""The history field's own logic: order, the content's own date, the latest date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import FieldError, ValidationContext
from content_schema.history import History, HistoryEntry, history_problems, latest
from content_schema.kinds import KINDS

pytestmark = pytest.mark.unit

ZONE = ZoneInfo("America/Mexico_City")
CTX = ValidationContext("content/planes/plan.md", ZONE)
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=ZONE)


def at(*parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=ZONE)


def test_every_kind_has_the_same_history_field():
    settings = {"AREAS": {"comunicacion": "Comunicación Social"}}
    fields = {kind.key: kind.schema(settings).get("history") for kind in KINDS}
    assert all(isinstance(spec.kind, History) for spec in fields.values()), fields
    assert len({id(spec) for spec in fields.values()}) == 1  # declared once


def test_entries_come_back_in_the_order_written():
    entries = History().clean(
        [{"date": "2021-01-11", "text": "Se aprobó."}, {"date": "2021-06-14 10:30",
         "text": "Se ajustó el presupuesto."}], CTX,
    )  # fmt: skip
    assert entries == (
        HistoryEntry(at(2021, 1, 11), "Se aprobó."),
        HistoryEntry(at(2021, 6, 14, 10, 30), "Se ajustó el presupuesto."),
    )


def test_out_of_order_names_the_entry_as_written():
    with pytest.raises(FieldError) as caught:
        History().clean(
            [{"date": "2021-06-14", "text": "B"}, {"date": "2021-01-11", "text": "A"}],
            CTX,
        )
    assert caught.value.field_name == "[2].date"
    assert str(caught.value).startswith(
        "2021-01-11 es anterior a la entrada 1 (2021-06-14)"
    )


def test_a_plan_entry_before_its_approval_and_one_in_the_future():
    clean = {
        "approved": at(2021, 1, 11),
        "history": (HistoryEntry(at(2021, 1, 5), "Borrador"),
                    HistoryEntry(at(2027, 1, 5), "Futuro")),
    }  # fmt: skip
    assert history_problems(clean, "approved", ZONE, NOW) == [
        ("history[1].date", "2021-01-05 es anterior a la fecha del contenido "
         "(approved: 2021-01-11); se espera una fecha igual o posterior"),
        ("history[2].date", "2027-01-05 es una fecha futura; se espera la fecha en "
         "que ya se hizo el cambio"),
    ]  # fmt: skip


def test_an_event_may_change_before_it_happens():
    clean = {
        "start": at(2021, 6, 1, 10),
        "history": (HistoryEntry(at(2021, 5, 20), "Sede"),),
    }
    assert history_problems(clean, "", ZONE, NOW) == []


def test_latest_compares_days_and_moments():
    history = (HistoryEntry(at(2021, 6, 14, 9), "x"),)
    assert latest(dt.date(2021, 6, 14), history=history) == at(2021, 6, 14, 9)
    assert latest(dt.date(2021, 6, 15), None, history=history) == dt.date(2021, 6, 15)
    assert latest(None) is None
