"""Field types and front matter parsing: each message staff will read."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import (
    Choice,
    DateTime,
    FieldError,
    FieldSpec,
    LocalFile,
    PositiveInt,
    Record,
    RecordList,
    Slug,
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


@pytest.mark.parametrize(
    ("kind", "value", "named"),
    [
        (DateTime(), "2021–07–05", "«–» (guion largo, U+2013); escriba el guion normal -"),
        (DateTime(), "2021-07-05\u00a010:30", "(espacio que no separa, U+00A0)"),
        (DateTime(date_only=True), "2021—07—05", "«—» (raya, U+2014)"),
        (PositiveInt(), "４０", "«４» (cifra de ancho completo, U+FF14)"),
        (Slug(), "feria–empleo", "«–» (guion largo, U+2013)"),
        (Choice({"salud": "Salud"}), "salud\u200b", "(espacio invisible, U+200B)"),
    ],
)
def test_lookalike_characters_are_named(ctx, kind, value, named):
    with pytest.raises(FieldError) as caught:
        kind.clean(value, ctx)
    message = str(caught.value)
    assert ": contiene el carácter «" in message and named in message


def test_a_missing_image_suggests_the_real_name_and_an_empty_one_says_so(ctx, tmp_path):
    (tmp_path / "imagenes").mkdir()
    (tmp_path / "imagenes" / "feria.jpg").write_bytes(b"\xff\xd8\xff\xd9")
    (tmp_path / "imagenes" / "vacia.jpg").write_bytes(b"")
    with pytest.raises(FieldError, match=r"\(¿quiso decir 'imagenes/feria.jpg'\?\)"):
        LocalFile().clean("imagenes/Feria.JPG", ctx)
    with pytest.raises(
        FieldError, match=r"^la imagen 'imagenes/vacia.jpg' está vacía \(0 bytes"
    ):
        LocalFile().clean("imagenes/vacia.jpg", ctx)
    assert LocalFile().clean("imagenes/feria.jpg", ctx).endswith("feria.jpg")


IMAGE = {
    "src": FieldSpec(Text(), required=True),
    "alt": FieldSpec(Text(), required=True),
}


def test_subfields_written_outside_their_group_are_named_as_such(ctx):
    specs = {"title": FieldSpec(Text()), "image": FieldSpec(Record(IMAGE))}
    _, problems = validate_mapping({"image": None, "src": "a.jpg", "alt": "x"}, specs, ctx)
    problems = dict(problems)
    assert problems["src"] == (
        "es un campo de image (image.src), no un campo aparte; se espera la línea "
        "sangrada con dos espacios debajo de la línea image:"
    )
    assert problems["image"].startswith(
        "está vacío: src, alt quedaron fuera por falta de sangría; se espera los campos src, alt"
    )


def test_an_empty_group_is_an_error_even_when_optional(ctx):
    specs = {"corrections": FieldSpec(RecordList(Record(IMAGE)))}
    _, problems = validate_mapping({"corrections": None}, specs, ctx)
    assert problems == [
        (
            "corrections",
            "está vacío; se espera una lista de elementos con los campos src, alt, "
            "sangrados con dos espacios debajo de la línea corrections:, cada elemento "
            "empezando con '- ' (o quite la línea)",
        )
    ]
