"""The preview server (make devserver): serves the site, rebuilds on a save,
and restarts itself when the portal's own code changes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT
from portal import paths
from portal.commands.serve import code_changed

BULLETIN = "2021-01-19-filtros-sanitarios-mercado-municipal"


@pytest.mark.unit
def test_a_change_to_the_portals_code_restarts_the_server():
    code = list(paths.code_trees().values())
    assert code_changed([str(ROOT / "plugins" / "images" / "cache.py")], code)
    assert code_changed([str(ROOT / "portal" / "commands" / "build.py")], code)
    assert not code_changed([str(ROOT / "content" / "boletines" / "x.md")], code)
    assert not code_changed([str(ROOT / "pluginsx" / "a.py")], code)  # not a prefix match


def small_project(base):
    """One bulletin with its image, the pages and the theme: a site in seconds."""
    content = base / "content"
    (content / "boletines" / "2021" / "imagenes").mkdir(parents=True)
    source = ROOT / "content" / "boletines" / "2021"
    shutil.copy(source / f"{BULLETIN}.md", content / "boletines" / "2021")
    shutil.copy(
        source / "imagenes" / f"{BULLETIN}.jpg", content / "boletines" / "2021" / "imagenes"
    )
    for name in ("paginas", "extra"):
        shutil.copytree(ROOT / "content" / name, content / name)
    shutil.copytree(ROOT / "theme", base / "theme")
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, base / name)
    return content / "boletines" / "2021" / f"{BULLETIN}.md"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
        return response.read().decode("utf-8")


def wait_for(predicate, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


@pytest.mark.site
def test_the_preview_serves_the_site_and_shows_a_saved_edit(tmp_path):
    bulletin = small_project(tmp_path)
    log = tmp_path / "servidor.log"
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "portal", "serve", "--port", "0"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        found = wait_for(
            lambda: re.search(r"http://localhost:(\d+)/", log.read_text("utf-8")), 120
        )
        assert found, log.read_text("utf-8")
        page = f"http://127.0.0.1:{found.group(1)}/boletines/2021/filtros-sanitarios-mercado-municipal/"
        assert "Traceback" not in log.read_text("utf-8")
        assert "<h1" in fetch(page)

        text = bulletin.read_text("utf-8")
        title = re.search(r'^title: "(.*)"$', text, re.M).group(1)
        bulletin.write_text(text.replace(title, "Filtros sanitarios: título corregido"), "utf-8")
        shown = wait_for(lambda: "Filtros sanitarios: título corregido" in fetch(page), 90)
        assert shown, log.read_text("utf-8")
        assert "reconstruyendo" in log.read_text("utf-8")

        bulletin.write_text(text.replace("area: ", "area: nada-", 1), "utf-8")
        reported = wait_for(lambda: "no es un valor permitido" in log.read_text("utf-8"), 90)
        assert reported, log.read_text("utf-8")
        # the last good site is still served while staff fix the file
        assert "Filtros sanitarios: título corregido" in fetch(page)
        assert "Traceback" not in log.read_text("utf-8")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
