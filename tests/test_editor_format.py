"""The editor's file format (theme/admin/formato-portal.js), run under Node on
the content guide's examples: what it reads is what our loader reads, and what
it writes, from a file or from a form, is the guide's bytes."""

from __future__ import annotations

import pytest
from editor_support import guide_examples, run_format, settings

from content_schema.frontmatter import load_yaml, split_front_matter
from content_schema.kinds import KIND_BY_KEY, KINDS
from portal.editor import shapes
from portal.editor.config import PHOTOS_COLLECTION, editor_config
from portal.editor.naming import collection_name

pytestmark = pytest.mark.unit

SETTINGS = settings()
EXAMPLES = guide_examples()
COLLECTIONS = {c["name"]: c for c in editor_config(SETTINGS)["collections"]}


def full_example(kind: str) -> str:
    files = [block for block in EXAMPLES[kind] if block.startswith("---\n")]
    assert files, f"la sección de {kind} no tiene un ejemplo completo con encabezado"
    return files[0]


def fields_of(kind: str) -> list[dict]:
    return COLLECTIONS[collection_name(KIND_BY_KEY[kind])]["fields"]


def test_the_format_table_is_generated_from_the_schemas():
    assert shapes.current_block() == shapes.block(SETTINGS), (
        "theme/admin/formato-portal.js no está al día con los esquemas: "
        "corra .venv/bin/python -m portal.editor.shapes"
    )


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_a_guide_example_reads_as_our_loader_reads_it_and_writes_back_byte_for_byte(kind):
    text = full_example(kind)
    order = [field["name"] for field in fields_of(kind)]
    (data,) = run_format([{"fn": "fromFile", "args": [text]}])
    ours = split_front_matter(text)
    assert data.pop("body") == ours.body
    assert data == _json(ours.metadata)
    data["body"] = ours.body
    (written,) = run_format([{"fn": "toFile", "args": [data, order]}])
    assert written == text


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_what_a_form_gives_is_written_as_the_guide_writes_it(kind):
    """The same values as Decap hands them over: keys in the order they were
    typed, a date picked with the time picker at 00:00, fields left empty."""
    text = full_example(kind)
    (data,) = run_format([{"fn": "fromFile", "args": [text]}])
    form = as_form(data, fields_of(kind))
    order = [field["name"] for field in fields_of(kind)]
    (written,) = run_format([{"fn": "toFile", "args": [form, order]}])
    assert written == text


def test_a_bulletin_typed_in_the_form_is_the_guides_file():
    text = full_example("bulletin")
    body = text.split("---\n\n", 1)[1]
    form = {  # what Decap's widgets give, in the order staff filled them
        "body": body.rstrip("\n"),
        "title": "Jornada de descacharrización contra el dengue recorrerá 12 colonias y "
        "localidades",
        "area": "salud",
        "date": "2021-03-10 10:30",
        "image": {
            "alt": "Tarjeta informativa en fondo verde azulado con el dibujo de un mosquito "
            "de abdomen rayado dentro de un círculo claro, junto al texto «Jornada de "
            "descacharrización contra el dengue».",
            "credit": "Coordinación de Comunicación Social",
            "src": "imagenes/2021-03-10-jornada-descacharrizacion-dengue.jpg",
        },
        "summary": "Del 11 al 14 de marzo, cuadrillas de Salud Municipal y de Servicios "
        "Públicos recogerán casa por casa los cacharros y objetos que acumulan agua, de "
        "8:00 a 14:00 horas.",
        "tags": ["salud", "dengue", "colonias"],
        "corrections": [
            {
                "text": "En la versión original se indicó que la jornada concluía el 12 de "
                "marzo; la fecha correcta es el 14 de marzo. Se corrigieron también los días "
                "de recolección en Lomas del Valle, La Cruz, Tierra Blanca y las "
                "delegaciones.",
                "date": "2021-03-11 00:00",
            }
        ],
        "modified": "2021-03-11 09:40",
        "slug": "",
        "gallery": "",
        "history": [{"date": "", "text": ""}],  # an entry added and left blank
        "number": "",
        "propaganda": None,
    }
    form["tags"].append("")  # a tag added and left blank
    order = [field["name"] for field in fields_of("bulletin")]
    (written,) = run_format([{"fn": "toFile", "args": [form, order]}])
    assert written == text


def test_a_gallerys_photo_list_reads_and_writes_as_the_guide_shows():
    (photos,) = [block for block in EXAMPLES["gallery"] if block.startswith("- file:")]
    (data,) = run_format([{"fn": "photosFromFile", "args": [photos]}])
    assert data == {"fotos": load_yaml(photos)}
    reordered = {"fotos": [dict(reversed(photo.items())) for photo in data["fotos"]]}
    (written,) = run_format([{"fn": "photosToFile", "args": [reordered]}])
    assert written == photos
    assert COLLECTIONS[PHOTOS_COLLECTION]["format"] == "portal-fotos"


TRICKY = [
    "Feria del empleo: 300 vacantes",
    "Arranca la Feria #EmpleoSanIsidro",
    "- no es una lista",
    "2021",
    "040",
    "true",
    "no",
    "Entregan becas “Estudiar para Crecer”",
    'dice "hola" y \\ una barra',
    "[entre corchetes]",
    "@usuario",
    "termina en dos puntos:",
    "línea uno\nlínea dos",
    "  con espacios  ",
    "1:30",
    "a, b",
]


@pytest.mark.parametrize("text", TRICKY)
def test_any_text_the_form_takes_reads_back_the_same(text):
    """Quoted or plain, every value reads back in our loader as typed."""
    data = {
        "title": text,  # always quoted
        "slug": text,  # plain when that reads back the same
        "tags": [text, "salud"],
        "image": {"src": text, "alt": text, "credit": text},
        "body": "Texto.",
    }
    (written,) = run_format([{"fn": "toFile", "args": [data, list(data)]}])
    read = split_front_matter(written)
    assert not read.problems
    assert read.metadata["slug"] == read.metadata["image"]["src"] == text
    assert read.metadata["tags"] == [text, "salud"]
    assert read.metadata["title"].strip() == text.strip()


def as_form(data, fields, top=True):
    """``data`` as Decap's form holds it (see the test above)."""
    by_name = {field["name"]: field for field in fields}
    form = {}
    for key in reversed(list(data)):
        field = by_name.get(key)
        value = data[key]
        if field is not None:
            value = _as_widget_value(value, field)
        form[key] = value
    for field in fields:
        if field["name"] not in form and not field["required"]:
            empty = [] if field["widget"] == "list" and top else ""
            form[field["name"]] = None if field["widget"] in ("object", "number") else empty
    return form


def _as_widget_value(value, field):
    widget = field["widget"]
    if widget == "datetime" and field.get("time_format") and len(str(value)) == 10:
        return f"{value} 00:00"
    if widget == "object" and isinstance(value, dict):
        return as_form(value, field["fields"], top=False)
    if widget == "list" and "fields" in field and isinstance(value, list):
        return [as_form(item, field["fields"], top=False) for item in value]
    return value


def _json(value):
    """Our loader's values as JSON has them (amounts are Decimal, read exactly)."""
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)
