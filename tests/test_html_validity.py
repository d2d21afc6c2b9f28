"""The built site passes the Nu HTML Checker (vnu): HTML, the theme's CSS, SVG.

vnu runs once per build (one JVM start per site), over the whole output folder.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.site, pytest.mark.xdist_group("vnu")]  # one vnu run per build

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
HOW_TO_INSTALL = "Instale lo necesario con: bash tests/install-deps.sh"
SITES = ["site", "published_site"]
_reports: dict[Path, list[dict]] = {}


def run_vnu(folder: Path) -> list[dict]:
    """Check every .html/.css/.svg under ``folder`` in one vnu run; its messages."""
    java = shutil.which("java")
    assert java, f"No se encontró `java` (el Nu HTML Checker lo necesita). {HOW_TO_INSTALL}"
    assert VNU_JAR.is_file(), (
        f"No se encontró {VNU_JAR.relative_to(ROOT)}. {HOW_TO_INSTALL}"
    )
    command = [
        java,
        "-jar",
        str(VNU_JAR),
        "--errors-only",
        "--format",
        "json",
        "--skip-non-html",
        "--also-check-css",
        "--also-check-svg",
        str(folder),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=180, check=False
    )
    try:  # vnu writes its JSON report to stderr
        report = json.loads(result.stderr)
    except json.JSONDecodeError:
        pytest.fail(
            f"vnu no devolvió JSON (código {result.returncode}):\n"
            f"{result.stderr[-3000:]}{result.stdout[-1000:]}"
        )
    messages = report.get("messages", [])
    assert result.returncode == 0 or messages, (
        f"vnu falló sin mensajes: {result.stderr[-3000:]}"
    )
    return messages


def vnu_messages(folder: Path) -> list[dict]:
    """vnu's messages for a build, computed once per folder for the session."""
    if folder not in _reports:
        _reports[folder] = run_vnu(folder)
    return _reports[folder]


def relative_file(message: dict, folder: Path) -> str:
    """The checked file of a vnu message, relative to the build folder."""
    url = message.get("url", "")
    if not url.startswith("file:"):
        return url or "(sin archivo)"
    path = Path(unquote(urlsplit(url).path))
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(path)


def describe(messages: list[dict], folder: Path) -> str:
    """One readable line per message: file:line:column: [type] message."""
    lines = []
    for m in sorted(
        messages, key=lambda m: (relative_file(m, folder), m.get("lastLine", 0))
    ):
        where = f"{relative_file(m, folder)}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
        extract = " ".join(m.get("extract", "").split())
        lines.append(
            f"{where}: [{m.get('type')}] {m.get('message')}"
            + (f"\n      …{extract[:160]}…" if extract else "")
        )
    return "\n".join(lines)


def _errors_in(site, suffixes: tuple[str, ...]) -> list[dict]:
    return [
        m
        for m in vnu_messages(site.path)
        if relative_file(m, site.path).endswith(suffixes)
        or not m.get("url", "").startswith("file:")
    ]  # non-document errors count too


@pytest.mark.parametrize("which", SITES)
def test_every_html_page_is_valid(request, which):
    """No vnu error in any built HTML page."""
    site = request.getfixturevalue(which)
    assert len(site.pages()) >= 20, f"la construcción {which} tiene muy pocas páginas"
    errors = _errors_in(site, (".html", ".htm"))
    if errors:
        pytest.fail(
            f"{len(errors)} error(es) del Nu HTML Checker en {which} ({site.path}):\n"
            + describe(errors, site.path),
            pytrace=False,
        )


@pytest.mark.parametrize("which", SITES)
def test_css_and_svg_are_valid(request, which):
    """theme/static/css/portal.css (copied as static/css/portal.<hash>.css) and SVG pass vnu."""
    site = request.getfixturevalue(which)
    (css,) = site.path.glob("static/css/portal.*.css")
    assert re.fullmatch(r"portal\.[0-9a-f]{10}\.css", css.name), css.name
    assert not site.file("static/css/portal.css").exists()  # only the hashed name
    errors = _errors_in(site, (".css", ".svg"))
    if errors:
        pytest.fail(
            f"{len(errors)} error(es) de CSS/SVG en {which}:\n"
            + describe(errors, site.path),
            pytrace=False,
        )
