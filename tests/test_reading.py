"""One reader for every kind's files: the same checks and the same words for a
bulletin, a gallery, a plan, a report, an event and a page (real files)."""

from __future__ import annotations

import runpy

import pytest

from conftest import ROOT
from content_schema.errors import ContentReport
from content_schema.kinds import KINDS
from content_schema.reading import NOT_UTF8, no_text, read_content

pytestmark = pytest.mark.unit

SETTINGS = {
    **runpy.run_path(str(ROOT / "pelicanconf.py")),
    "PATH": "",  # set per test
}


def settings_for(tmp_path):
    return {**SETTINGS, "PATH": str(tmp_path / "content")}


def write(tmp_path, kind, data: bytes):
    path = tmp_path / "content" / kind.folder / "archivo.md"
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    return str(path), f"content/{kind.folder}/archivo.md"


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_a_file_not_in_utf8_gets_the_same_message_for_every_kind(tmp_path, kind):
    path, shown = write(tmp_path, kind, "---\ntitle: Campaña\n---\n".encode("latin-1"))
    report = ContentReport()
    assert read_content(path, kind.key, settings_for(tmp_path), report) is None
    assert report.lines() == [f"{shown}: (archivo): {NOT_UTF8}"]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_a_file_without_header_gets_the_same_message_for_every_kind(tmp_path, kind):
    path, shown = write(tmp_path, kind, b"Solo texto.\n")
    report = ContentReport()
    assert read_content(path, kind.key, settings_for(tmp_path), report) is None
    assert report.lines() == [
        f"{shown}: (encabezado): falta el encabezado: el archivo debe empezar con una "
        "línea '---', los campos en YAML y otra línea '---'"
    ]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_unknown_fields_are_checked_against_the_kinds_schema(tmp_path, kind):
    path, shown = write(tmp_path, kind, b"---\ncontacto_interno: Nadie\n---\nTexto.\n")
    report = ContentReport()
    read = read_content(path, kind.key, settings_for(tmp_path), report)
    assert not read.ok
    allowed = ", ".join(kind.schema(SETTINGS))
    assert f"{shown}: contacto_interno: campo desconocido; los campos permitidos son: {allowed}" in (
        report.lines()
    )


def test_only_kinds_that_need_text_require_it(tmp_path):
    needing = {kind.key for kind in KINDS if kind.needs_body}
    assert needing == {"bulletin", "page", "clarification"}
    page = next(kind for kind in KINDS if kind.key == "page")
    path, shown = write(tmp_path, page, b'---\ntitle: "Aviso"\n---\n\n')
    report = ContentReport()
    read = read_content(path, "page", settings_for(tmp_path), report)
    assert read.problems == [("(texto)", no_text("page"))]
    assert report.lines() == [f"{shown}: (texto): {no_text('page')}"]
