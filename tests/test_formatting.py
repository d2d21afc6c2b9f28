"""The filters templates format with: sizes, figures, Spanish dates, JSON-LD text."""

from __future__ import annotations

import datetime as dt
import json
import re
import runpy
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT
from plans.model import BudgetConcept
from presentation import add_filters
from presentation.charts import budget_chart, month_chart
from presentation.numbers import (
    FILE_SIZE_NOTE,
    count,
    counted,
    file_size,
    percent,
    signed_change,
)
from presentation.structured_data import SiteIdentity, government_organization, json_ld
from spanish_dates import FILTERS as DATE_FILTERS
from spanish_dates.formatting import (
    iso_day,
    long_datetime,
    month_abbr,
    month_abbr_year,
    month_names,
    month_year,
    time_of_day,
)

pytestmark = pytest.mark.unit

MEXICO = ZoneInfo("America/Mexico_City")


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 B"),
        (999, "999 B"),
        (1000, "1.0 kB"),
        (1049, "1.0 kB"),
        (1050, "1.1 kB"),
        (87_912, "87.9 kB"),
        (999_949, "999.9 kB"),
        (999_950, "1.0 MB"),  # the unit is chosen after rounding
        (2_400_000, "2.4 MB"),
        (123_456_789, "123.5 MB"),
        (1_250_000_000, "1.3 GB"),
        (5_000_000_000_000, "5,000.0 GB"),
    ],
)
def test_file_sizes_are_si_units_in_mexican_format(size, shown):
    assert file_size(size) == shown


def test_file_size_refuses_a_negative_size():
    with pytest.raises(ValueError, match="negativo"):
        file_size(-1)


def test_the_size_note_states_the_units_used():
    assert "1 kB = 1,000 bytes" in FILE_SIZE_NOTE
    assert "1 MB = 1,000,000 bytes" in FILE_SIZE_NOTE


def test_figures_in_mexican_format():
    assert count(1_234_567) == "1,234,567"
    assert count(7) == "7"
    assert signed_change(80) == "+80"
    assert signed_change(-1500) == "-1,500"
    assert signed_change(0) == "+0"  # as "%+d" wrote it
    assert percent(Decimal("50.0")) == "50.0 %"
    assert percent(Decimal("12.35")) == "12.35 %"
    assert percent(Decimal("1234.5")) == "1,234.5 %"
    assert percent(7) == "7 %"


def test_counts_take_the_noun_in_the_right_number():
    assert counted(1, "boletín", "boletines") == "1 boletín"
    assert counted(0, "boletín", "boletines") == "0 boletines"
    assert counted(1500, "foto", "fotos") == "1,500 fotos"


def test_month_chart_scales_bars_to_the_largest_value():
    chart = month_chart([((2021, 1), 30), ((2021, 2), None), ((2021, 3), 15)], 30)
    assert chart.width == 3 * 64 + 8
    first, missing, third = chart.bars
    assert (first.x, first.center, first.height, first.top) == (8, 32.0, 90.0, 28.0)
    assert first.value_y == 22.0  # the figure sits over the bar
    assert missing.height is None and missing.top is None and missing.x == 72
    assert third.height == 45.0 and third.top == 73.0
    assert month_chart([((2021, 1), 0)], 0).bars[0].height == 0.0  # no division by zero


def test_budget_chart_gives_the_largest_concept_the_longest_bar():
    concepts = [BudgetConcept("Radio", Decimal("7093103.00")),
                BudgetConcept("Televisión", Decimal("11980387.00"))]  # fmt: skip
    chart = budget_chart(concepts)
    assert chart.top == Decimal("11980387.00") and chart.height == 2 * 46 + 4
    radio, television = chart.bars
    assert television.length == 300 and television.y == 46
    assert radio.length == Decimal("177.6") and radio.y == 0
    assert budget_chart([]).bars == ()


def test_months_come_from_babel_not_from_a_list_of_ours():
    assert month_names() == (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    )  # fmt: skip
    abbreviations = [month_abbr((2021, m)) for m in range(1, 13)]
    assert abbreviations == ["ene", "feb", "mar", "abr", "may", "jun",
                             "jul", "ago", "sep", "oct", "nov", "dic"]  # fmt: skip


def test_month_filters_take_a_tuple_or_a_date():
    assert month_year((2021, 9)) == "septiembre de 2021"
    assert month_year(dt.date(2024, 2, 29)) == "febrero de 2024"
    assert month_abbr_year((2021, 12)) == "dic 21"
    assert month_abbr(dt.datetime(2022, 3, 5, 10, 0, tzinfo=MEXICO)) == "mar"


def test_times_and_days_keep_the_dates_own_zone():
    moment = dt.datetime(2021, 1, 16, 23, 30, tzinfo=MEXICO)
    assert time_of_day(moment) == "23:30 h"
    assert long_datetime(moment) == "16 de enero de 2021, 23:30 h"
    assert iso_day(moment) == "2021-01-16"  # not the next day in UTC


def test_every_date_filter_is_registered():
    assert set(DATE_FILTERS) == {"fecha", "fecha_hora", "hora", "mes_anio", "mes_abrev",
                                 "mes_corto", "iso", "dia_iso", "mes_iso",
                                 "fecha_num"}  # fmt: skip
    assert DATE_FILTERS["mes_iso"]((2021, 3)) == "2021-03"
    assert DATE_FILTERS["fecha_num"](dt.date(2021, 1, 6)) == "06/01/2021"  # the platform's


def test_json_ld_cannot_close_its_script_element():
    data = {"name": "</script><script>alert('x')</script> & <!-- «Año»"}
    text = str(json_ld(data))
    assert "<" not in text and ">" not in text and "&" not in text and "'" not in text
    assert json.loads(text) == data
    assert "«Año»" in text  # Spanish stays readable


def test_json_ld_refuses_what_is_not_json_data():
    with pytest.raises(TypeError):
        json_ld({"date": dt.date(2021, 1, 1)})


def test_the_filters_reach_the_template_environment():
    """The real registration, on a real Jinja environment with the site's settings."""
    from jinja2 import Environment

    settings = runpy.run_path(str(ROOT / "pelicanconf.py"))

    class Generator:  # what Pelican's generator_init hands the plugin
        env = Environment(autoescape=True)

    Generator.settings = settings
    add_filters(Generator)
    env = Generator.env
    page = env.from_string(
        '<script type="application/ld+json">{{ organization_ld()|json_ld }}</script>'
        "<p>{{ 2400000|file_size }} · {{ 12345|number }} · {{ -3|signed }}</p>"
        "<p>{{ FILE_SIZE_NOTE }}</p>"
    ).render()
    data = json.loads(page.split(">", 1)[1].split("</script>")[0])
    assert data == government_organization(SiteIdentity.from_settings(settings))
    assert data["address"]["postalCode"] == settings["ORGANIZATION_ADDRESS"]["postal_code"]
    assert data["name"] == f"{settings['OFFICE_NAME']}, {settings['ORGANIZATION_NAME']}"
    assert "<p>2.4 MB · 12,345 · -3</p>" in page
    assert FILE_SIZE_NOTE in page


# What only Python may do: a template that does it again fails here.
COMPUTING_IN_TEMPLATES = {
    "JSON built in the template": re.compile(
        r"tojson|ld\+json\">(?!\{\{[^{}]*\|json_ld \}\}</script>)"
    ),
    "a date formatted by hand": re.compile(r"strftime|isoformat\(\)"),
    "a number formatted by hand": re.compile(r"\"[^\"]*%[+.\d]*[df]\"|\{:,\}|\|round"),
    "a file size computed by hand": re.compile(r"/\s*10(?:00|24)|1e6|KB\b"),
    "month names of its own": re.compile(r"MONTH_NAMES|month_abbr|\benero\b|\bfebrero\b"),
}


@pytest.mark.parametrize("template", sorted((ROOT / "theme" / "templates").glob("*.html")),
                         ids=lambda p: p.name)  # fmt: skip
def test_templates_only_present(template):
    text = template.read_text(encoding="utf-8")
    found = {what: rule.findall(text) for what, rule in COMPUTING_IN_TEMPLATES.items()}
    assert {what: hits for what, hits in found.items() if hits} == {}
