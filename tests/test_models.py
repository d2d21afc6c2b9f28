"""Fields are written once: each model is filled from its schema by field name.

Every schema field has its place in the model (same name, ``<name>_ref`` for a
reference, or named in the model field's metadata), and every model field that
says it comes from the schema names a field the schema has."""

from __future__ import annotations

import runpy

import pytest

from agenda.model import AgendaEvent
from conftest import ROOT
from content_schema import government_report_schemas as government
from content_schema import publicity_schemas as publicity
from content_schema import schemas
from content_schema.kinds import KINDS
from content_schema.models import filled_fields, from_clean, schema_field_of
from galleries.model import Photo
from government_report.model import Achievement, Axis, Session
from plans.model import Activity, Budget, BudgetConcept
from publicity.model import AirSpot, Amendment, BudgetLine, Invoice, Partida, Piece
from reports.model import (
    CountedItem,
    EmptySection,
    Event,
    Execution,
    NamedCount,
    NetworkFigures,
    PostType,
)

pytestmark = pytest.mark.unit

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
PAIRS = {
    **{
        kind.key: (kind.schema(SETTINGS), kind.model_class())
        for kind in KINDS
        if not kind.read_by_pelican  # bulletins and pages are Pelican's contents
    },
    "gallery/fotos.yml": (schemas.PHOTO_ENTRY, Photo),
    "plan/activities": (schemas.activity_record(SETTINGS["AREAS"]).fields, Activity),
    "plan/budget": (schemas.BUDGET.fields, Budget),
    "plan/budget.concepts": (schemas.BUDGET_CONCEPT.fields, BudgetConcept),
    "report/counts": (schemas.COUNTED_ITEM.fields, CountedItem),
    "report/counts.breakdown": (schemas.NAMED_COUNT.fields, NamedCount),
    "report/social": (schemas.SOCIAL_NETWORK.fields, NetworkFigures),
    "report/social.posts": (schemas.POST_TYPE.fields, PostType),
    "report/empty_sections": (schemas.EMPTY_SECTION.fields, EmptySection),
    "report/events": (schemas.REPORT_EVENT.fields, Event),
    "report/executed": (schemas.EXECUTION.fields, Execution),
    "campaign/pieces": (publicity.PIECE.fields, Piece),
    "contract/amendments": (publicity.AMENDMENT.fields, Amendment),
    "contract/invoices": (publicity.INVOICE.fields, Invoice),
    "publicity_budget/concepts": (publicity.BUDGET_LINE.fields, BudgetLine),
    "publicity_budget/concepts.partidas": (publicity.PARTIDA.fields, Partida),
    "air_time/spots": (publicity.AIR_SPOT.fields, AirSpot),
    "government_report/session": (government.SESSION.fields, Session),
    "government_report/axes": (government.AXIS.fields, Axis),
    "government_report/axes.achievements": (government.ACHIEVEMENT.fields, Achievement),
}


@pytest.mark.parametrize("name", PAIRS)
def test_every_schema_field_has_its_place_in_the_model(name):
    schema, model = PAIRS[name]
    filled = {schema_field_of(f) for f in filled_fields(model)}
    assert [field for field in schema if field not in filled] == []


@pytest.mark.parametrize("name", PAIRS)
def test_every_model_field_from_the_schema_names_one_it_has(name):
    schema, model = PAIRS[name]
    strays = [f.name for f in filled_fields(model) if schema_field_of(f) not in schema]
    assert strays == []


def test_from_clean_copies_by_name_keeps_references_as_written_and_leaves_links():
    event = from_clean(
        AgendaEvent,
        {"title": "Rueda de prensa", "start": "inicio", "gallery": "2021-06-01-lluvias"},
        source_path="a.md",
        slug="2021-06-01-lluvias",
    )
    assert event.title == "Rueda de prensa" and event.start == "inicio"
    assert event.gallery_ref == "2021-06-01-lluvias"
    assert event.gallery is None  # the linking pass fills it
    assert event.place == ""  # not written: the model's default


def test_a_model_field_may_take_a_schema_field_of_another_name():
    item = from_clean(CountedItem, {"id": "x", "name": "X", "total": 3, "breakdown": ()})
    assert item.declared_total == 3
