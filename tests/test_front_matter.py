"""The front-matter loader: values read as staff write them, what YAML accepts
but staff did not mean, and every parser complaint in Spanish at the line
where the mistake is (real headers, the real loader; no mocks)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from decimal import Decimal

import pytest
import yaml

from conftest import ROOT
from content_schema import yaml_loader
from content_schema.fields import FieldSpec, Text
from content_schema.frontmatter import FrontMatterError, load_yaml, split_front_matter
from content_schema.lookalikes import LOOKALIKES, name_lookalike
from content_schema.suggestions import similar_file, unknown_field
from content_schema.yaml_errors import _SIMPLE

pytestmark = pytest.mark.unit

ENGLISH = ("expected", "found", "while ", "scanning", "parsing", "token", "mapping", "<")


def header(yaml_text: str) -> str:
    return f"---\n{yaml_text}---\nTexto.\n"


def error_of(yaml_text: str) -> str:
    with pytest.raises(FrontMatterError) as caught:
        split_front_matter(header(yaml_text))
    return str(caught.value)


def test_numbers_are_read_in_base_10_as_written():
    front = split_front_matter(
        header(
            "number: 040\nb: 08\nc: -5\nd: 1:30\ne: 0x10\nf: 1_000\ng: 1.50\n"
            "h: .inf\ni: yes\nj: off\nk: true\nl: ~\nm: 2021-07-05\n"
        )
    )
    assert front.metadata == {
        "number": 40,
        "b": 8,
        "c": -5,
        "d": "1:30",
        "e": "0x10",
        "f": "1_000",
        "g": Decimal("1.50"),
        "h": ".inf",
        "i": "yes",
        "j": "off",
        "k": True,
        "l": None,
        "m": "2021-07-05",
    }
    assert front.problems == []


def test_the_fast_and_the_python_parser_read_every_sample_alike():
    """libyaml reads the files; Python only words errors: both must agree."""
    headers = [
        p.read_text(encoding="utf-8").split("---\n")[1]
        for p in ROOT.glob("content/**/*.md")
    ]
    headers += [p.read_text(encoding="utf-8") for p in ROOT.glob("content/**/fotos.yml")]
    assert len(headers) > 40
    for text in headers:
        fast = yaml.load(text, Loader=yaml_loader.FastLoader)  # noqa: S506
        slow = yaml.load(text, Loader=yaml_loader.ContentLoader)  # noqa: S506
        assert fast == slow


@pytest.mark.parametrize(
    ("yaml_text", "field", "message"),
    [
        (
            'summary: "nuevo"\ntitle: "T"\nsummary: "viejo"\n',
            "summary",
            "el campo está dos veces en el encabezado (líneas 2 y 4); se espera una sola "
            "vez: borre la que sobra",
        ),
        (
            'image:\n  alt: "a"\n  alt: "b"\n',
            "image.alt",
            "el campo está dos veces en el encabezado (líneas 3 y 4); se espera una sola "
            "vez: borre la que sobra",
        ),
        (
            "tags:\n  - salud #vacunas\n",
            "tags[1]",
            "el valor se corta en « #»: lo que sigue es un comentario y no se publicaría, "
            "quedaría solo «salud»; si el # es parte del texto, escriba el valor entre "
            'comillas: tags[1]: "salud #vacunas"',
        ),
        (
            "title: ‘Feria’\n",
            "title",
            "el valor va entre comillas tipográficas «‘» (comilla simple tipográfica, "
            "U+2018) y «’» (comilla simple tipográfica, U+2019), que se publicarían como "
            'parte del texto; escriba comillas rectas " o ninguna: title: "Feria"',
        ),
        (
            "title: &nbsp Feria\n",
            "title",
            "el valor empieza con '&', que en YAML marca un ancla y se quita del texto; "
            "escriba el valor entre comillas",
        ),
    ],
)
def test_what_yaml_accepts_but_staff_did_not_mean(yaml_text, field, message):
    assert split_front_matter(header(yaml_text)).problems == [(field, message)]


@pytest.mark.parametrize(
    "yaml_text",
    [
        'title: "Feria" # nota\n',
        "status: draft               # quite esta línea para publicar\n",
        "# un comentario en su línea\ntitle: Feria\n",
        'title: "Entregan becas “Estudiar para Crecer”"\n',
        "title: “Estudiar para Crecer” entrega becas\n",
        "tags: [salud, covid-19]\n",
        'summary: "Una línea\n  y otra"\n',
    ],
)
def test_valid_headers_raise_no_false_alarm(yaml_text):
    assert split_front_matter(header(yaml_text)).problems == []


YAML_ERRORS = [
    (
        'title: "A"\n\tarea: salud\n',
        "(línea 3, columna 1): hay un tabulador; use espacios para sangrar",
    ),
    (
        'title: "Feria del empleo\narea: salud\nsummary: "x"\n',
        '(línea 2, columna 8): las comillas «"» que abren aquí no se cierran en esta línea '
        "y el texto sigue hasta la línea 4; ciérrelas al final del valor",
    ),
    (
        "area: salud\ntitle: 'Feria del empleo\n",
        "(línea 3, columna 8): las comillas «'» que abren aquí no se cierran; ciérrelas al "
        "final del valor, en la misma línea",
    ),
    (
        "tags: [salud, covid\narea: salud\n",
        "(línea 2, columna 7): la lista que abre con '[' no se cierra; ciérrela con ']' en la "
        "misma línea (si un elemento lleva ':' o ',', escríbalo entre comillas)",
    ),
    (
        "image: {src: a.jpg\narea: salud\n",
        "(línea 2, columna 8): la lista que abre con '{' no se cierra; ciérrela con '}' en la "
        "misma línea (si un elemento lleva ':' o ',', escríbalo entre comillas)",
    ),
    (
        "tags: [salud, #covid]\n",
        "(línea 2, columna 7): la lista que abre con '[' no se cierra; ciérrela con ']' en la "
        "misma línea (un # sin comillas empieza un comentario: escriba ese elemento entre "
        "comillas)",
    ),
    (
        'image:\n  src: a.jpg\n   alt: "x"\n',
        "(línea 4, columna 1): la sangría de esta línea (3 espacios) no coincide con la de la "
        "línea de arriba (2); los campos del mismo grupo van alineados, con los mismos espacios",
    ),
    (
        'image:\n    src: a.jpg\n  alt: "x"\n',
        "(línea 4, columna 3): la sangría no coincide con la de las líneas de arriba; los "
        "campos del mismo grupo van alineados, con los mismos espacios",
    ),
    (
        "tags:\n  - a\n - b\n",
        "(línea 4, columna 2): la lista no está bien sangrada: los guiones '-' de una lista "
        "van alineados, con los mismos espacios",
    ),
    (
        "title: Feria: 300\n",
        "(línea 2, columna 13): hay dos puntos ':' donde no se esperan; si el valor contiene "
        "':', escríbalo entre comillas",
    ),
    (
        "title: “Feria: 300”\n",
        "(línea 2, columna 14): hay dos puntos ':' donde no se esperan: el valor empieza con "
        "«“» (comilla tipográfica, U+201C), que YAML no toma por comilla; escriba el valor "
        'entre comillas rectas "…"',
    ),
    (
        'title "Feria"\narea: salud\n',
        "(línea 2, columna 1): falta ':' después del nombre del campo; escriba nombre: valor",
    ),
    (
        "title： x\narea: salud\n",
        "(línea 2, columna 6): falta ':' después del nombre del campo: la línea contiene el "
        "carácter «：» (dos puntos de ancho completo, U+FF1A); escriba los dos puntos normales :",
    ),
    (
        "title:\u00a0x\narea: salud\n",
        "(línea 2, columna 7): falta ':' después del nombre del campo: la línea contiene el "
        "carácter « » (espacio que no separa, U+00A0); escriba un espacio normal",
    ),
    *[
        (
            f"summary: {char}SanIsidro informa\n",
            f"(línea 2, columna 10): un valor no puede empezar con '{char}'; escriba el valor "
            "entre comillas",
        )
        for char in "@`%"
    ],
    (
        "summary: *Importante* hoy\n",
        "(línea 2, columna 10): un valor no puede empezar con '*' (en YAML marca una "
        "referencia); escriba el valor entre comillas",
    ),
    (
        "summary: *Importante\n",
        "(línea 2, columna 10): un valor no puede empezar con '*' (en YAML marca una "
        "referencia); escriba el valor entre comillas",
    ),
    (
        "title: & Co\n",
        "(línea 2, columna 8): un valor no puede empezar con '&' (en YAML marca un ancla); "
        "escriba el valor entre comillas",
    ),
    (
        "a: &x 1\nb: &x 2\n",
        "(línea 2, columna 4): un valor no puede empezar con '&' (en YAML marca un ancla); "
        "escriba el valor entre comillas",
    ),
    (
        "title: !Atención!\n",
        "(línea 2, columna 8): un valor no puede empezar con '!' (en YAML marca un tipo); "
        "escriba el valor entre comillas",
    ),
    (
        "title: !nota texto\n",
        "(línea 2, columna 8): un valor no puede empezar con '!' (en YAML marca un tipo); "
        "escriba el valor entre comillas",
    ),
    (
        "%YAML 1.1\ntitle: x\n",
        "(línea 2, columna 1): una línea empieza con '%' (en YAML marca una directiva); si es "
        "texto, escríbalo entre comillas",
    ),
    (
        'title: "Feria" del empleo\n',
        "(línea 2, columna 16): hay texto después de las comillas que cierran el valor; si el "
        "texto lleva comillas por dentro, use “ ” o « », y escriba todo el valor entre comillas",
    ),
    (
        'title: "C:\\Fotos"\n',
        "(línea 2, columna 12): entre comillas dobles, la barra invertida \\ empieza un "
        "código; escriba \\\\ o use comillas simples ' '",
    ),
    (
        "tags: - a\n",
        "(línea 2, columna 7): hay un guion '-' donde no se espera; una lista va entre "
        "corchetes ([a, b]) o un elemento por línea, sangrado bajo su campo; si es texto, "
        "escríbalo entre comillas",
    ),
    (
        "title: ? algo\n",
        "(línea 2, columna 8): un valor no puede empezar con '?'; escriba el valor entre comillas",
    ),
    *[
        (
            f"title: {char} algo\n",
            "(línea 2, columna 8): un valor no puede empezar con '|' o '>' seguido de texto; "
            "escriba el valor entre comillas",
        )
        for char in "|>"
    ],
    (
        "tags: [a, b]]\n",
        "(línea 2, columna 13): sobra el carácter ']'; bórrelo o escriba el valor entre comillas",
    ),
    (
        "title: x\n- a\n",
        "(línea 3, columna 1): la lista no está bien sangrada: los guiones '-' de una lista van "
        "alineados, con los mismos espacios",
    ),
    (
        "[a]: x\n",
        "(línea 2, columna 1): el nombre de un campo no puede ir entre corchetes ni llaves; "
        "escriba nombre: valor",
    ),
]


@pytest.mark.parametrize(("yaml_text", "message"), YAML_ERRORS)
def test_every_yaml_complaint_is_in_spanish_where_the_mistake_is(yaml_text, message):
    assert error_of(yaml_text) == f"YAML no válido {message}"


def test_a_control_character_is_named():
    assert error_of("title: a\x07b\n") == (
        "YAML no válido: hay un carácter de control invisible (U+0007) en el encabezado; "
        "bórrelo (suele venir de copiar y pegar)"
    )


SAMPLE = (
    'title: "Feria del empleo"\ndate: 2021-07-05 10:30\ntags: [salud, covid-19]\n'
    'image:\n  src: feria.jpg\n  alt: "Asistentes"\ncorrections:\n  - date: 2021-07-06\n'
    '    text: "Se corrigió la hora."\n'
)


def test_no_broken_header_gets_english_or_a_traceback():
    """Each character YAML treats specially, typed at each place of a real header,
    and each line removed: whatever the parser says reaches staff in Spanish."""
    specials = "\"'[]{}:#@`%*&!|>?-,\t\\“：\u00a0"
    lines = SAMPLE.splitlines(keepends=True)
    variants = [
        SAMPLE[:at] + char + SAMPLE[at:]
        for char, at in itertools.product(specials, range(0, len(SAMPLE), 3))
    ]
    variants += ["".join(lines[:n] + lines[n + 1 :]) for n in range(len(lines))]
    variants += [
        "".join([*lines[:n], " " + lines[n], *lines[n + 1 :]]) for n in range(len(lines))
    ]
    seen = set()
    for text in variants:
        try:
            split_front_matter(header(text))
        except FrontMatterError as exc:
            message = str(exc)
            assert not any(word in message for word in ENGLISH), (text, message)
            seen.add(message.split(": ", 1)[-1][:30])
    assert len(seen) > 12  # many different mistakes, many different words


def test_every_wording_is_explained_in_the_guide():
    guide = (ROOT / "docs" / "guia-de-contenido.md").read_text(encoding="utf-8")
    for _, wording in _SIMPLE:
        assert re.split(r"[;:(]", wording)[0].strip()[:25] in guide, wording


def test_a_sidecar_is_read_by_the_same_loader():
    assert load_yaml("- file: 040.jpg\n  n: 040\n") == [{"file": "040.jpg", "n": 40}]
    with pytest.raises(
        FrontMatterError,
        match=r"^\[1\]\.alt: el campo está dos veces en la lista \(líneas 2 y 3\)",
    ):
        load_yaml('- file: a.jpg\n  alt: "x"\n  alt: "y"\n')


@pytest.mark.parametrize("char", sorted(LOOKALIKES))
def test_every_lookalike_is_named_with_its_code(char):
    named = name_lookalike(f"2021{char}07")
    assert named.startswith("contiene el carácter «")
    assert f"U+{ord(char):04X}" in named and "escriba" in named


def test_similar_files_by_case_and_accents(tmp_path):
    (tmp_path / "02-módulos.jpg").write_bytes(b"x")
    (tmp_path / "feria.jpg").write_bytes(b"x")
    assert similar_file(str(tmp_path / "Feria.JPG")) == "feria.jpg"
    assert similar_file(str(tmp_path / "02-Modulos.jpg")) == "02-módulos.jpg"
    assert similar_file(str(tmp_path / "feri.jpg")) == "feria.jpg"
    assert similar_file(str(tmp_path / "programa.pdf")) is None


@pytest.mark.parametrize(
    ("name", "fields", "meant"),
    [
        ("fecha", ["title", "start", "end"], "start"),  # an event
        ("fecha", ["title", "modified"], "modified"),  # a page
        ("Título", ["title", "date"], "title"),
        ("etiquetas", ["title", "tags"], "tags"),
        ("sumary", ["title", "summary"], "summary"),
    ],
)
def test_spanish_and_misspelt_field_names_get_a_suggestion(name, fields, meant):
    specs = {field: FieldSpec(Text()) for field in fields}
    message = unknown_field(name, {name: "x"}, specs)
    assert message.startswith(f"campo desconocido (¿quiso decir '{meant}'?)")


def test_characters_are_named_in_spanish_never_by_their_unicode_name():
    """A message names a character as staff call it; Unicode's English names
    («quotation mark», «commercial at») must never reach them."""
    from content_schema.lookalikes import describe_char

    assert describe_char('"') == "«\"» (comilla recta, U+0022)"
    assert describe_char("@") == "«@» (arroba, U+0040)"
    assert describe_char("~") == "«~» (U+007E)"  # no Spanish name: the code only
    for char in "\"'@`%*!|><?-&#:,[]{}\\~^$":
        described = describe_char(char)
        assert unicodedata.name(char).lower() not in described, described
