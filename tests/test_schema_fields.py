"""Field types and front matter parsing: each message staff will read."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import (
    Choice,
    DateTime,
    FieldSpec,
    PositiveInt,
    Record,
    RecordList,
    Text,
    TextList,
    ValidationContext,
    validate_mapping,
)
from content_schema.frontmatter import FrontMatterError, split_front_matter

pytestmark = pytest.mark.unit

MX = ZoneInfo("America/Mexico_City")


@pytest.fixture
def ctx(tmp_path):
    return ValidationContext(source_path=str(tmp_path / "a.md"), timezone=MX)


def test_date_with_time_is_in_mexico_city(ctx):
    value = DateTime().clean("2021-01-16 10:30", ctx)
    assert value == dt.datetime(2021, 1, 16, 10, 30, tzinfo=MX)
    assert value.utcoffset() == dt.timedelta(hours=-6)


def test_date_only(ctx):
    assert DateTime().clean("2021-02-28", ctx) == dt.datetime(2021, 2, 28, tzinfo=MX)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2021-02-29", "fecha imposible: '2021-02-29': febrero de 2021 tiene 28 días"),
        ("2021-04-31", "fecha imposible: '2021-04-31': abril de 2021 tiene 30 días"),
        ("2021-13-01", "fecha imposible: '2021-13-01' tiene el mes 13"),
        ("2021-01-16 25:00", "hora imposible: '2021-01-16 25:00'"),
        ("16/01/2021", "'16/01/2021' no es una fecha válida"),
        ("mañana", "'mañana' no es una fecha válida"),
    ],
)
def test_bad_dates_say_why(ctx, value, message):
    with pytest.raises(ValueError) as caught:
        DateTime().clean(value, ctx)
    assert str(caught.value).startswith(message)


def test_leap_day_exists_in_leap_years(ctx):
    assert DateTime().clean("2024-02-29", ctx).day == 29


def test_text_rejects_numbers_and_empty(ctx):
    with pytest.raises(ValueError, match="se esperaba texto y se encontró un número"):
        Text().clean(2021, ctx)
    with pytest.raises(ValueError, match="está vacío"):
        Text().clean("   ", ctx)
    with pytest.raises(ValueError, match="tiene 11 caracteres; el máximo es 10"):
        Text(max_length=10).clean("x" * 11, ctx)


def test_choice_suggests_the_key(ctx):
    areas = Choice({"salud": "Salud", "obras-publicas": "Obras Públicas"})
    assert areas.clean("salud", ctx) == "salud"
    with pytest.raises(ValueError, match="¿quiso decir 'obras-publicas'"):
        areas.clean("Obras Públicas", ctx)
    with pytest.raises(ValueError, match="¿quiso decir 'salud'"):
        areas.clean("saldu", ctx)
    with pytest.raises(ValueError, match="¿quiso decir 'obras-publicas'"):
        areas.clean("obras", ctx)


def test_tags_as_list_or_comma_text(ctx):
    assert TextList().clean(["agua", " drenaje "], ctx) == ["agua", "drenaje"]
    assert TextList().clean("agua, drenaje", ctx) == ["agua", "drenaje"]
    with pytest.raises(ValueError, match="el elemento 2 no es un texto"):
        TextList().clean(["agua", 3], ctx)


def test_positive_int(ctx):
    assert PositiveInt().clean(12, ctx) == 12
    for bad in (0, -1, "12", True, 1.5):
        with pytest.raises(ValueError, match="número entero mayor que cero"):
            PositiveInt().clean(bad, ctx)


def test_mapping_reports_every_problem(ctx):
    specs = {
        "title": FieldSpec(Text(), required=True),
        "date": FieldSpec(DateTime(), required=True),
        "image": FieldSpec(
            Record(
                {
                    "alt": FieldSpec(Text(), required=True),
                    "credit": FieldSpec(Text(), required=True),
                }
            )
        ),
        "corrections": FieldSpec(
            RecordList(Record({"text": FieldSpec(Text(), required=True)}))
        ),
    }
    _, problems = validate_mapping(
        {"titel": "x", "image": {"credit": 5}, "corrections": [{"text": "ok"}, {}]},
        specs,
        ctx,
    )
    fields = sorted(name for name, _ in problems)
    assert fields == [
        "corrections[2].text",
        "date",
        "image.alt",
        "image.credit",
        "titel",
        "title",
    ]
    assert dict(problems)["titel"].startswith("campo desconocido (¿quiso decir 'title'?)")
    assert "falta este campo obligatorio" in dict(problems)["title"]


def test_front_matter_split():
    front = split_front_matter("---\ntitle: Hola\ndate: 2021-01-16\n---\n\nTexto\n")
    assert front.metadata == {"title": "Hola", "date": "2021-01-16"}
    assert front.body == "Texto\n"


def test_front_matter_keeps_spanish_words_as_text():
    front = split_front_matter("---\narea: no\nsummary: sí\nx: true\n---\nT\n")
    assert front.metadata == {"area": "no", "summary": "sí", "x": True}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: x\n", "falta la línea '---' antes de los campos"),
        ("Solo texto.\n", "falta el encabezado"),
        ("---\ntitle: x\nTexto\n", "el encabezado no se cierra"),
        ("---\ntitle: Hola: mundo\n---\nT", "YAML no válido (línea 2, columna 12)"),
        ("---\n- a\n- b\n---\nT", "el encabezado debe ser una lista de campos"),
    ],
)
def test_front_matter_errors(text, message):
    with pytest.raises(FrontMatterError) as caught:
        split_front_matter(text)
    assert message in str(caught.value)
