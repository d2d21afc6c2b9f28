"""The page cache's digests, without a site: what counts as the same input
from one build to the next, and what cannot be seen through (render)."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import pathlib
from dataclasses import dataclass, field
from decimal import Decimal

import jinja2
import pytest
from markupsafe import Markup
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Category

from incremental import tracking
from incremental.digest import Digester, Unseen, identity
from incremental.inputs import PageInputs

pytestmark = pytest.mark.unit


class Area(enum.Enum):
    CULTURA = "cultura"
    SALUD = "salud"


class Otra(enum.Enum):
    CULTURA = "cultura"


@dataclass
class Concept:
    name: str
    amount: Decimal
    notes: list = field(default_factory=list)


@dataclass
class Node:
    label: str
    other: Node | None = None


class Opaque:
    """A type the digest does not know, with its state in plain sight."""

    def __init__(self, value):
        self.value = value


class Text(str):
    """A subclass of a known type: it may carry what str does not."""


def digest(value, settings=None, context=None) -> bytes:
    return Digester(settings or {}, context or {}).value(value)


def article(text="Texto.", title="Uno", source="/sitio/uno.md", context=None):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    metadata = {"title": title, "slug": source.rsplit("/", 1)[1][:-3]}
    metadata["date"] = dt.datetime(2021, 1, 16, 10, 0)
    context = context if context is not None else {"generated_content": {}}
    return Article(text, metadata, settings=settings, source_path=source, context=context)


VALUES = [
    "texto",
    Markup("<b>texto</b>"),
    7,
    1.5,
    True,
    None,
    b"bytes",
    Decimal("48000000.00"),
    dt.date(2021, 1, 16),
    dt.datetime(2021, 1, 16, 10, 0, tzinfo=dt.UTC),
    dt.timedelta(days=1),
    Area.CULTURA,
    pathlib.PurePosixPath("galerias/2021/foto.jpg"),
    [1, (2, 3)],
    {"a": {1, 2}, "b": frozenset({"x"})},
    Concept("Radio", Decimal("1500.50"), ["spot"]),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_a_known_value_digests_the_same_in_two_builds(value):
    again = copy.deepcopy(value)
    first, second = digest(value), digest(again)
    assert isinstance(first, bytes) and len(first) == 16
    assert first == second


@pytest.mark.parametrize(
    "one, other",
    [
        (Decimal("1.0"), Decimal("1.00")),  # shown differently
        (Decimal("1"), 1),
        (1, True),
        ("texto", Markup("texto")),  # escaped differently
        (Area.CULTURA, Area.SALUD),
        (Area.CULTURA, Otra.CULTURA),
        (pathlib.PurePosixPath("a/b"), "a/b"),
        ([1, 2], [2, 1]),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}),  # a template iterates in order
        (Concept("Radio", Decimal("1")), Concept("Radio", Decimal("2"))),
        (dt.datetime(2021, 1, 1, tzinfo=dt.UTC), dt.datetime(2021, 1, 1)),
    ],
)
def test_different_values_digest_differently(one, other):
    assert digest(one) != digest(other)


def test_a_set_digests_the_same_whatever_its_order():
    assert digest({"uno", "dos", "tres"}) == digest({"tres", "uno", "dos"})


@pytest.mark.parametrize(
    "value, name",
    [
        (Opaque(1), "test_digest.Opaque"),
        ([1, {"a": Opaque(1)}], "test_digest.Opaque"),
        (Text("texto"), "test_digest.Text"),
        (Concept("Radio", Decimal("1"), [Opaque(2)]), "test_digest.Opaque"),
        (object(), "builtins.object"),
    ],
)
def test_what_the_digest_cannot_see_through_is_unseen(value, name):
    result = digest(value)
    assert isinstance(result, Unseen) and result == name
    assert not isinstance(result, bytes)  # never equal to a digest


def test_an_unknown_object_renders_its_page_with_the_reason():
    env = jinja2.Environment(
        autoescape=True, loader=jinja2.DictLoader({"p.html": "{{ thing.value }}"})
    )
    tracking.install(env)
    pages = PageInputs({}, {}, env)
    output, record = pages.render(env.get_template("p.html"), {"thing": Opaque(1)}, {})
    assert output == "1"
    assert dict(record.names)["thing"] == "test_digest.Opaque"
    assert not pages.still_valid(record, {"thing": Opaque(1)}, {})
    reasons = [f"{kind}: {what}" for kind, what in pages.reasons]
    assert reasons == ["tipo que no se puede resumir: thing: test_digest.Opaque"]
    # the same page over a known value is kept
    output, record = pages.render(env.get_template("p.html"), {"thing": Node("1")}, {})
    assert pages.still_valid(record, {"thing": Node("1")}, {})


def test_cycles_end_and_still_see_every_member():
    first = Node("a")
    first.other = Node("b", first)
    again = Node("a")
    again.other = Node("b", again)
    assert digest(first) == digest(again)
    again.other.label = "c"
    assert digest(first) != digest(again)


def test_a_dataclass_counts_public_attributes_set_later_but_not_private_caches():
    concept = Concept("Radio", Decimal("1"))
    plain = digest(concept)
    concept._cache = "lo que una propiedad guardó"
    assert digest(concept) == plain
    concept.zip_size = 2_635_656
    assert digest(concept) != plain


def test_a_function_counts_by_name_with_the_values_it_closes_over():
    def make(prefix):
        def asset(relative):
            return f"{prefix}/{relative}"

        return asset

    assert digest(make("theme")) == digest(make("theme"))
    assert digest(make("theme")) != digest(make("static"))
    assert digest(functools.partial(max, 1)) != digest(functools.partial(max, 2))
    assert digest(len) == digest(len)
    owner, other = Concept("a", Decimal("1")), Concept("b", Decimal("1"))
    assert digest({"a": 1}.get) != digest({"a": 2}.get)  # a bound builtin's object
    assert digest(owner.__eq__) != digest(other.__eq__)


def test_the_settings_dict_is_one_constant():
    settings = {"SITENAME": "Portal"}
    before = Digester(settings, {}).value({"site": settings})
    settings["IMAGE_STATS"] = {"processed": 3}  # the build's own notes
    assert Digester(settings, {}).value({"site": settings}) == before


def test_contents_count_by_identity_inside_values_and_by_state_alone():
    bulletin = article()
    assert identity(bulletin) == ("content", "Article", "/sitio/uno.md", None)
    in_list = digest([bulletin])
    state = Digester({}, {}).state(bulletin)
    bulletin.title = "Corregido"
    assert digest([bulletin]) == in_list  # its list page reads it by tracking
    assert Digester({}, {}).state(bulletin) != state
    area = Category("Cultura", copy.deepcopy(DEFAULT_CONFIG))
    assert identity(area) == ("taxonomy", "Category", "Cultura")
    assert Digester({}, {}).state(area) == Digester({}, {}).state(area)


def test_the_first_state_stays_and_a_later_change_is_found():
    bulletin = article()
    env = jinja2.Environment(autoescape=True, loader=jinja2.DictLoader({}))
    pages = PageInputs({}, {"articles": [bulletin]}, env)
    first = pages.digester.state(bulletin)
    assert pages.mutated() == []
    bulletin.title = "Cambiado al escribir"
    assert pages.digester.state(bulletin) == first  # pages compare against it
    assert pages.mutated() == ["/sitio/uno.md"]
    assert pages.mutated({("content", "Article", "/otro.md", None)}) == []


def test_a_change_inside_a_value_a_content_carries_is_found_too():
    bulletin = article()
    bulletin.gallery = Concept("Galería", Decimal("0"))  # digested by value, memoised
    env = jinja2.Environment(autoescape=True, loader=jinja2.DictLoader({}))
    pages = PageInputs({}, {"articles": [bulletin]}, env)
    assert pages.mutated() == []
    bulletin.gallery.amount = Decimal("2635656")  # as a ZIP's size set while writing
    assert pages.mutated() == ["/sitio/uno.md"]


def test_a_linked_text_depends_on_where_its_targets_are_published():
    linked, other = {}, article(source="/sitio/otro.md")
    context = {"generated_content": {"otro.md": other}}
    with_link = article("Ver {filename}otro.md", source="/sitio/a.md", context=linked)
    without = article("Sin enlaces.", source="/sitio/b.md", context=linked)
    before = [Digester({}, context).state(c) for c in (with_link, without)]
    other.override_url = "nueva/direccion/"
    after = [Digester({}, context).state(c) for c in (with_link, without)]
    assert after[0] != before[0]
    assert after[1] == before[1]
