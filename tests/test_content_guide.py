"""The content guide (docs/guia-de-contenido.md) and the README keep up with the
registry of kinds: every kind has its section, every field of every kind is in
its section's tables, every TIPO and area is listed, and every error message of
the bad-input corpus is explained."""

from __future__ import annotations

import re
import runpy

import pytest

from conftest import ROOT
from content_schema.kinds import KINDS

pytestmark = pytest.mark.unit

GUIDE = (ROOT / "docs" / "guia-de-contenido.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
AREAS = SETTINGS["AREAS"]


def guide_section(heading: str) -> str:
    """The text of one ``### 3.x`` section, up to the next section."""
    match = re.search(
        rf"^### {re.escape(heading)}\n(?P<body>.*?)(?=^##? |^### )", GUIDE, re.S | re.M
    )
    assert match, f"la guía no tiene la sección «### {heading}»"
    return match["body"]


SCHEMAS = {
    f"{kind.key}{'/' + part if part else ''}": (kind, schema)
    for kind in KINDS
    for part, schema in [("", kind.schema(SETTINGS)), *kind.parts.items()]
}


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_field_is_in_its_kinds_table(name):
    kind, schema = SCHEMAS[name]
    section = guide_section(kind.guide_section)
    missing = [field for field in schema if f"| `{field}` |" not in section]
    assert missing == [], f"campos de {name} sin documentar en su sección: {missing}"


def test_the_guide_has_one_section_per_kind_in_registry_order():
    headings = re.findall(r"^### (3\.\d+ .+)$", GUIDE, re.M)
    assert headings == [kind.guide_section for kind in KINDS]


def test_every_area_is_documented():
    assert all(f"`{key}`" in GUIDE and name in GUIDE for key, name in AREAS.items())


@pytest.mark.parametrize(("name", "text"), [("README.md", README), ("guía", GUIDE)])
def test_the_docs_list_every_tipo_of_make_nuevo(name, text):
    row = next(line for line in text.splitlines() if "`make nuevo TIPO=" in line)
    listed = re.findall(r"`(\w+)`", row.split("puede ser", 1)[1].split("(", 1)[0])
    assert listed == [kind.new_type for kind in KINDS], name


def test_the_readmes_bulletin_table_has_every_field():
    table = README.split("### Campos del boletín", 1)[1].split("\n\n", 2)[1]
    bulletin = next(kind for kind in KINDS if kind.key == "bulletin")
    listed = re.findall(r"^\| `(\w+)` \|", table, re.M)
    assert listed == list(bulletin.schema(SETTINGS))


def test_readme_lists_every_area():
    row = next(line for line in README.splitlines() if line.startswith("| `area` |"))
    assert re.findall(r"`([a-z-]+)`", row.split("|")[3]) == list(AREAS)


def test_every_error_message_is_documented():
    missing = []
    for expected in sorted((ROOT / "tests" / "bad_input").glob("*/expected.txt")):
        for line in expected.read_text(encoding="utf-8").splitlines():
            message = line.split(": ", 2)[2]  # path: field: message
            if message not in GUIDE:
                missing.append(f"{expected.parent.name}: {message}")
    assert missing == []
