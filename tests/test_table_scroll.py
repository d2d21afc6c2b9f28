"""Body tables come out of Markdown in a named scroll box (table_scroll)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT
from content_schema.reading import markdown_for
from portal_settings import load

pytestmark = pytest.mark.unit


def test_body_tables_are_named_by_caption_heading_or_headers(tmp_path):
    """The Markdown extension as the site's settings configure it; raw HTML
    and typographic quotes come out as plain text in the name."""
    settings = load(str(ROOT / "pelicanconf.py"), {"CACHE_PATH": str(tmp_path)})
    html = markdown_for(settings).convert(
        "| Sede | *Días* | <b>Hora</b> |\n|---|---|---|\n| A | B | C |\n\n"
        '## Horarios "de verano"\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
    )
    boxes = BeautifulSoup(html, "lxml").select("div.table-scroll")
    assert [b.get("role") for b in boxes] == ["region", "region"], html
    assert [b.get("tabindex") for b in boxes] == ["0", "0"], html
    assert [b["aria-label"] for b in boxes] == [
        "Tabla: Sede, Días, Hora",
        "Horarios “de verano”",
    ]
    assert all(b.find("table", recursive=False) for b in boxes), html
