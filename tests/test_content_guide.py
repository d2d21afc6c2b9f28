"""The content guide (docs/guia-de-contenido.md) keeps up with the code: every
field of every kind and every error message of the bad-input corpus is in it."""

from __future__ import annotations

import runpy

import pytest

from conftest import ROOT
from content_schema import schemas

GUIDE = (ROOT / "docs" / "guia-de-contenido.md").read_text(encoding="utf-8")
AREAS = runpy.run_path(str(ROOT / "pelicanconf.py"))["AREAS"]
KINDS = {
    "boletín": schemas.bulletin_schema(AREAS),
    "galería": schemas.gallery_schema(AREAS),
    "foto de galería": schemas.PHOTO_ENTRY,
    "plan": schemas.plan_schema(AREAS),
    "informe": schemas.report_schema(),
    "evento": schemas.event_schema(AREAS),
    "página": schemas.page_schema(),
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_documented(kind):
    missing = [name for name in KINDS[kind] if f"`{name}`" not in GUIDE]
    assert missing == [], f"campos de {kind} sin documentar: {missing}"


def test_every_area_is_documented():
    assert all(f"`{key}`" in GUIDE and name in GUIDE for key, name in AREAS.items())


def test_every_error_message_is_documented():
    missing = []
    for expected in sorted((ROOT / "tests" / "bad_input").glob("*/expected.txt")):
        for line in expected.read_text(encoding="utf-8").splitlines():
            message = line.split(": ", 2)[2]  # path: field: message
            if message not in GUIDE:
                missing.append(f"{expected.parent.name}: {message}")
    assert missing == []
