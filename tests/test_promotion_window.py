"""The promotion window of the Informe de Gobierno as a rule on dates, without
a build: which days are allowed when a veda overlaps them, and the message a
campaign whose period straddles a boundary gets (the builds are in
test_government_report.py)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bulletins.veda import Veda
from government_report.model import GovernmentReport
from government_report.promotion import Promotion, allowed_runs, problem

pytestmark = pytest.mark.unit

INFORME = GovernmentReport(
    source_path="/c/informe-de-gobierno/2021/index.md",
    slug="2021",
    year=2021,
    date=dt.datetime(2021, 7, 15, 18, tzinfo=ZoneInfo("America/Mexico_City")),
)
D = dt.date


def promotion(start: dt.date, end: dt.date | None = None) -> Promotion:
    return Promotion("content/x.md", "start", INFORME, start, end or start)


def test_the_window_is_seven_days_before_to_five_after():
    assert allowed_runs(INFORME, []) == [(D(2021, 7, 8), D(2021, 7, 20))]


def test_a_veda_inside_the_window_splits_the_allowed_days():
    veda = Veda(D(2021, 7, 12), D(2021, 7, 16), "Extraordinaria")
    assert allowed_runs(INFORME, [veda]) == [
        (D(2021, 7, 8), D(2021, 7, 11)),
        (D(2021, 7, 17), D(2021, 7, 20)),
    ]
    said = problem(promotion(D(2021, 7, 9), D(2021, 7, 13)), [veda])
    assert "durante la veda «Extraordinaria»" in said
    assert (
        "se permite promoverlo del 8 de julio de 2021 al 11 de julio de 2021 y del "
        "17 de julio de 2021 al 20 de julio de 2021"
    ) in said


@pytest.mark.parametrize(
    ("start", "end", "allowed"),
    [
        (D(2021, 7, 8), D(2021, 7, 20), True),  # the whole window
        (D(2021, 7, 7), D(2021, 7, 10), False),  # starts the day before
        (D(2021, 7, 18), D(2021, 7, 21), False),  # ends the day after
    ],
)
def test_a_campaign_period_must_fit_inside_the_window(start, end, allowed):
    assert (problem(promotion(start, end), []) is None) is allowed
