"""What the build's fingerprint and recorded state decide, without building:
a theme or setting change is another fingerprint; the clock passing the
recorded boundary means «build again»."""

from __future__ import annotations

import datetime as dt
import shutil
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT
from portal import build_state

pytestmark = pytest.mark.unit

MX = ZoneInfo("America/Mexico_City")


def test_theme_change_changes_the_fingerprint(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    args = (
        str(ROOT / "content"),
        str(theme),
        [str(ROOT / "pelicanconf.py")],
        {},
    )
    first = build_state.fingerprint(*args)
    assert build_state.fingerprint(*args) == first
    css = theme / "static" / "css" / "portal.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n/* cambio */\n", encoding="utf-8")
    assert build_state.fingerprint(*args) != first
    other = (*args[:3], {"SITEURL": "https://otro.example"})
    assert build_state.fingerprint(*other) != build_state.fingerprint(*args)


def test_the_clock_passing_a_boundary_builds_again(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    boundary = dt.datetime(2021, 5, 1, 9, 0, tzinfo=MX)
    build_state.record(str(output), "huella", boundary, [])
    state = build_state.read(str(output))
    before, after = boundary - dt.timedelta(minutes=1), boundary + dt.timedelta(minutes=1)
    assert build_state.unchanged(str(output), state, "huella", before)
    assert not build_state.unchanged(str(output), state, "huella", after)
    assert not build_state.unchanged(str(output), state, "otra huella", before)


def test_a_changed_print_font_changes_the_fingerprint(tmp_path, monkeypatch):
    """The printed edition's PDF cache keys on the fonts' size and date; a
    skipped build would otherwise keep PDFs made with the old fonts."""
    from portal import paths
    from print_edition.render import FONT_DIR, FONT_FILES

    assert paths.system_files() == [f"{FONT_DIR}/{name}" for name in FONT_FILES]
    font = tmp_path / "LiberationSerif-Regular.ttf"
    font.write_bytes(b"\0" * 64)
    monkeypatch.setattr(paths, "system_files", lambda: [str(font)])
    args = (str(ROOT / "content"), str(ROOT / "theme"), [str(ROOT / "pelicanconf.py")], {})
    first = build_state.fingerprint(*args)
    font.write_bytes(b"\0" * 65)  # a font package update
    assert build_state.fingerprint(*args) != first
    font.unlink()
    assert build_state.fingerprint(*args) not in {first}
