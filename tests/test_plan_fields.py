"""Plan field types and plan arithmetic, without Pelican: exact money, periods,
months, the budget's checked total and the transparency platform's rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import FieldError, ValidationContext
from content_schema.frontmatter import load_yaml
from content_schema.history import HistoryEntry
from content_schema.plan_fields import WHOLE_PERIOD, Money, Months, Period
from plans.model import Activity, Budget, BudgetConcept, Plan
from plans.opendata import (
    check_transparency_fields,
    cronograma_table,
    transparency_values,
)
from presentation.numbers import money

pytestmark = pytest.mark.unit

CTX = ValidationContext("content/planes/plan.md", ZoneInfo("America/Mexico_City"))


def test_yaml_decimals_are_exact_never_floats():
    data = load_yaml("a: 10405031.00\nb: 0.1\nc: 2021\n")
    assert data["a"] == Decimal("10405031.00") and isinstance(data["a"], Decimal)
    assert data["b"] + data["b"] + data["b"] == Decimal(
        "0.3"
    )  # a float gives 0.30000000000000004
    assert data["c"] == 2021


@pytest.mark.parametrize(
    "value, expected",
    [
        ("10,405,031.00", "10405031.00"),
        ("$1,573,962.00", "1573962.00"),
        ("150000", "150000.00"),
        (Decimal("7093103.00"), "7093103.00"),
        (2250000, "2250000.00"),
        ("0.5", "0.50"),
    ],
)
def test_money_accepts_how_staff_write_amounts(value, expected):
    assert Money().clean(value, CTX) == Decimal(expected)


@pytest.mark.parametrize(
    "value, message",
    [
        ("-5.00", "es negativa ('-5.00')"),
        (Decimal("-1"), "es negativa (-1)"),
        ("5,30,000.00", "'5,30,000.00' no es una cantidad válida"),
        ("diez mil", "'diez mil' no es una cantidad válida"),
        (Decimal("1.005"), "tiene más de dos decimales (1.005)"),
        (True, "se encontró un valor sí/no (true)"),
        ([1], "se encontró una lista"),
    ],
)
def test_money_rejects_with_reason(value, message):
    with pytest.raises(FieldError) as error:
        Money().clean(value, CTX)
    assert str(error.value).startswith(message)
    assert str(error.value).endswith('como "10,405,031.00" (sin signo negativo)')


@pytest.mark.parametrize(
    "value, first, last",
    [
        (2021, (2021, 1), (2021, 12)),
        ("2021-2024", (2021, 1), (2024, 12)),
        ("2021-10 a 2024-09", (2021, 10), (2024, 9)),
    ],
)
def test_periods(value, first, last):
    assert Period().clean(value, CTX) == (first, last)


@pytest.mark.parametrize(
    "value", ["2024-2021", "2021-13 a 2022-01", "veintiuno", 21.5, True]
)
def test_bad_periods(value):
    with pytest.raises(FieldError):
        Period().clean(value, CTX)


def test_months_list_and_ranges_merge_sorted():
    months = Months().clean(["2021-11 a 2022-01", "2021-03", "2021-03"], CTX)
    assert months == [(2021, 3), (2021, 11), (2021, 12), (2022, 1)]
    assert Months().clean("Todo el periodo", CTX) == WHOLE_PERIOD


@pytest.mark.parametrize("value", [[], "2021-00", "2021-05 a 2021-02", 2021, ["marzo"]])
def test_bad_months(value):
    with pytest.raises(FieldError):
        Months().clean(value, CTX)


SEED_002 = [
    ("Publicidad impresa", "10405031.00"),
    ("Publicidad en radio", "7093103.00"),
    ("Publicidad en televisión", "11980387.00"),
    ("Publicidad en web", "8747517.00"),
    ("Publicidad exterior", "2250000.00"),
    ("Publicidad en pantallas electrónicas", "5000000.00"),
    ("Servicios", "5300000.00"),
    ("Gasto corriente", "1573962.00"),
    ("Impresión de lonas", "150000.00"),
]


def test_seed_budget_does_not_add_up_and_says_by_how_much():
    budget = Budget(
        "MXN",
        Decimal("48000000.00"),
        tuple(BudgetConcept(n, Decimal(a)) for n, a in SEED_002),
    )
    assert budget.computed_total == Decimal("52500000.00")
    assert budget.difference == Decimal("-4500000.00")
    assert not budget.adds_up
    assert money(budget.computed_total) == "$52,500,000.00"
    assert money(budget.difference) == "-$4,500,000.00"
    assert budget.share(budget.concepts[2]) == Decimal("22.82")  # 11,980,387 / 52,500,000
    # rounded shares may miss 100 by a cent each, never more
    assert abs(sum(budget.share(c) for c in budget.concepts) - 100) <= Decimal("0.09")


def _plan(**kw):
    base = dict(
        source_path="x.md",
        slug="plan-de-trabajo",
        title="Plan de Trabajo 2021-2024",
        first_month=(2021, 10),
        last_month=(2024, 9),
        area="comunicacion",
        area_name="Comunicación Social",
        summary="…",
        approved=dt.date(2021, 10, 15),
        validated=dt.date(2021, 10, 20),
        note="Sin meses en el original.",
        activities=(
            Activity("agenda", "Solicitar la agenda", "comunicacion", "Comunicación Social",
                     ((2021, 10), (2021, 12))),
        ),
        history=(HistoryEntry(dt.datetime(2022, 3, 1, 12, 0), "Se corrigió la nota."),),
    )  # fmt: skip
    base.update(kw)
    return Plan(**base)


def test_multi_year_plan_gives_one_transparency_row_per_exercise():
    plan = _plan()
    assert plan.years == [2021, 2022, 2023, 2024]
    first = transparency_values(plan, 2021, "https://portal.test")
    assert first["period_start"] == "01/10/2021" and first["period_end"] == "31/12/2021"
    last = transparency_values(plan, 2024, "https://portal.test")
    assert last["period_start"] == "01/01/2024" and last["period_end"] == "30/09/2024"
    assert last["approved"] == "15/10/2021" and last["validated"] == "20/10/2021"
    assert last["updated"] == "01/03/2022"
    assert last["link"] == "https://portal.test/transparencia/planes/plan-de-trabajo/"


def test_cronograma_csv_has_a_column_per_month_of_the_period():
    columns, rows, document = cronograma_table(_plan())
    header = [c.name for c in columns]
    assert header[:3] == ["id", "actividad", "area"]
    assert header[3] == "2021-10" and header[-1] == "2024-09" and len(header) == 3 + 36
    assert rows[0][3:6] == ["sí", "no", "sí"]
    assert document["actividades"][0]["meses"] == ["2021-10", "2021-12"]


def test_transparency_columns_are_checked():
    assert check_transparency_fields([("Ejercicio", "exercise"), ("Nota", "note")]) == []
    (problem,) = check_transparency_fields([("Hipervínculo", "url")])
    assert problem.startswith("la columna 'Hipervínculo' usa el dato 'url', que no existe")
