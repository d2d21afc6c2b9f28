"""The preview server (make devserver): serves the site, rebuilds on a save,
and restarts itself when the portal's own code changes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import MEDIA_CACHE, PRINT_CACHE, ROOT, run_build
from portal import paths
from portal.commands.serve import code_changed
from portal.preview import banner, memory
from portal.preview.status import CURRENT, FAILED, UPDATING, Status

BULLETIN = "2021-01-19-filtros-sanitarios-mercado-municipal"


@pytest.mark.unit
def test_a_change_to_the_portals_code_restarts_the_server():
    code = list(paths.code_trees().values())
    assert code_changed([str(ROOT / "plugins" / "images" / "cache.py")], code)
    assert code_changed([str(ROOT / "portal" / "commands" / "build.py")], code)
    assert not code_changed([str(ROOT / "content" / "boletines" / "x.md")], code)
    assert not code_changed([str(ROOT / "pluginsx" / "a.py")], code)  # not a prefix match


@pytest.mark.unit
def test_the_script_goes_before_the_last_body_end_and_the_fast_path_takes_only_text():
    html = b"<html><body><p>&lt;/body&gt; en el texto</p></body></html>"
    served = banner.inject(html, "12-34")
    assert served.endswith(b'data-version="12-34"></script></body></html>')
    assert (
        served.replace(served[served.index(b"<script") : -len(b"</body></html>")], b"")
        == html
    )
    old = {"title": "A", "summary": "B", "date": 1, "area": "salud"}
    assert memory._same_but_text(old, {**old, "title": "Otro", "summary": "Otro"})
    assert not memory._same_but_text(old, {**old, "area": "obras"})
    assert not memory._same_but_text(old, {**old, "status": "draft"})


@pytest.mark.unit
def test_the_status_wakes_who_waits_for_a_newer_one():
    status = Status()
    first = status.snapshot()
    assert first["estado"] == UPDATING and first["compilacion"] == 0
    assert status.wait_after(first["serie"], 0.01) is None
    status.set(FAILED, "Se encontró 1 error de contenido", finished=True)
    later = status.wait_after(first["serie"], 0.01)
    assert later["estado"] == FAILED and later["compilacion"] == 1
    assert later["mensaje"] == "Hay errores en el contenido"
    assert json.loads(status.json())["reporte"] == "Se encontró 1 error de contenido"
    status.set(CURRENT, finished=True)
    assert status.snapshot()["mensaje"] == "Vista previa al día"


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
        bulletin.write_text(
            text.replace(title, "Filtros sanitarios: título corregido"), "utf-8"
        )
        shown = wait_for(lambda: "Filtros sanitarios: título corregido" in fetch(page), 90)
        assert shown, log.read_text("utf-8")
        assert "reconstruyendo" in log.read_text("utf-8")

        bulletin.write_text(text.replace("area: ", "area: nada-", 1), "utf-8")
        reported = wait_for(
            lambda: "no es un valor permitido" in log.read_text("utf-8"), 90
        )
        assert reported, log.read_text("utf-8")
        # the last good site is still served while staff fix the file
        assert "Filtros sanitarios: título corregido" in fetch(page)
        assert "Traceback" not in log.read_text("utf-8")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


# The resident preview on a copy of the whole sample ------------------------

EDIT = " Los filtros se revisarán cada semana con el sector salud."
NOW = "2021-04-01T10:00"  # a fixed clock: the cold build to compare makes the same site
READY = re.compile(r"Vista previa al día \(compilación (\d+);")


def tree(folder) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class Preview:
    """``python -m portal serve --port 0`` on a copy of the sample content."""

    def __init__(self, base):
        self.base = base
        self.content, self.output = base / "content", base / "output"
        self.cache = base / "cache"
        shutil.copytree(ROOT / "content", self.content)
        shutil.copytree(ROOT / "theme", base / "theme")
        self.sets = {"THEME": str(base / "theme"), "EMBARGO_NOW": NOW}
        overrides = {
            "CACHE_PATH": str(self.cache),
            "IMAGES_CACHE_PATH": str(self.cache),
            "MEDIA_CACHE_PATH": MEDIA_CACHE,
            "PRINT_EDITION_CACHE_PATH": PRINT_CACHE,
            **self.sets,
        }
        command = [sys.executable, "-m", "portal", "serve", "--port", "0"]
        command += ["-s", str(ROOT / "pelicanconf.py"), "-o", str(self.output)]
        command += ["--content", str(self.content)]
        for name, value in overrides.items():
            command += ["--set", f"{name}={value}"]
        self.log = base / "servidor.log"
        with open(self.log, "w", encoding="utf-8") as out:
            self.process = subprocess.Popen(
                command,
                cwd=base,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        found = wait_for(lambda: re.search(r"http://localhost:(\d+)/", self.text()), 600)
        assert found, self.text()
        self.url = f"http://127.0.0.1:{found.group(1)}"

    def text(self) -> str:
        return self.log.read_text("utf-8")

    def builds(self) -> int:
        return max((int(n) for n in READY.findall(self.text())), default=0)

    def status(self) -> dict:
        return json.loads(fetch(f"{self.url}/_vista-previa/estado"))

    def wait_current(self, after: int) -> None:
        """Until a build after the ``after``-th one has finished."""
        done = wait_for(lambda: self.status()["compilacion"] > after, 300)
        assert done, self.text()

    def bulletin(self, name: str = BULLETIN):
        return next(self.content.glob(f"boletines/*/{name}.md"))

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=20)


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    running = Preview(tmp_path_factory.mktemp("vista-previa"))
    yield running
    running.stop()


def edited(text: str, sentence: str = EDIT) -> str:
    """One more sentence at the end of the body's first paragraph."""
    head, _, body = text.partition("\n---\n")
    first, sep, rest = body.lstrip("\n").partition("\n\n")
    return f"{head}\n---\n\n{first}{sentence}{sep}{rest}"


PAGE = "/boletines/2021/filtros-sanitarios-mercado-municipal/"


@pytest.mark.site
def test_an_edited_body_is_served_before_the_build_and_the_build_matches_a_cold_one(
    preview,
):
    before = preview.status()["compilacion"]
    assert preview.status()["estado"] == "al-dia"
    bulletin = preview.bulletin()
    bulletin.write_text(edited(bulletin.read_text("utf-8")), "utf-8")
    shown = wait_for(lambda: EDIT.strip() in fetch(preview.url + PAGE), 120)
    assert shown, preview.text()
    # served by the fast path, from the build kept in memory, before the full build
    assert f"Página servida: {PAGE} (" in preview.text()
    preview.wait_current(before)
    assert preview.status()["estado"] == "al-dia", preview.status()
    assert EDIT.strip() in (preview.output / PAGE.strip("/") / "index.html").read_text(
        "utf-8"
    )

    cold = preview.base / "frio"
    result = run_build(
        cold, content=preview.content, cache=preview.cache, sets=preview.sets
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ours, theirs = tree(preview.output), tree(cold)
    missing = sorted(set(theirs) - set(ours))
    extra = sorted(set(ours) - set(theirs))
    differ = sorted(k for k in set(ours) & set(theirs) if ours[k] != theirs[k])
    assert (missing, extra, differ) == ([], [], [])


@pytest.mark.site
def test_the_banner_is_added_when_served_and_never_written_to_output(preview):
    served = fetch(preview.url + PAGE)
    assert served.count('src="/_vista-previa/vista-previa.js"') == 1
    assert served.index("/_vista-previa/vista-previa.js") < served.rindex("</body>")
    written = [
        str(path.relative_to(preview.output))
        for path in preview.output.rglob("*")
        if path.is_file() and b"_vista-previa" in path.read_bytes()
    ]
    assert written == []


@pytest.mark.site
def test_a_new_bulletin_appears(preview):
    before = preview.status()["compilacion"]
    source = preview.bulletin()
    text = source.read_text("utf-8").replace('title: "', 'title: "Nuevo: ', 1)
    text = re.sub(r"(?m)^date: .*$", "date: 2021-03-31 18:00", text)
    (source.parent / "2021-03-31-boletin-agregado.md").write_text(text, "utf-8")
    page = preview.url + "/boletines/2021/boletin-agregado/"
    shown = wait_for(lambda: _fetch_or_none(page), 300)
    assert shown and "Nuevo: Instalan filtros sanitarios" in shown, preview.text()
    preview.wait_current(before)
    # the year's list is up to date
    assert "boletin-agregado" in fetch(preview.url + "/boletines/2021/")


def _fetch_or_none(url: str) -> str | None:
    try:
        return fetch(url)
    except urllib.error.HTTPError:
        return None


@pytest.mark.site
def test_a_content_error_keeps_the_last_good_site_and_the_banner_reports_it(preview):
    before = preview.status()["compilacion"]
    bulletin = preview.bulletin()
    good = bulletin.read_text("utf-8")
    last_good = fetch(preview.url + PAGE)
    bulletin.write_text(good.replace("area: ", "area: nada-", 1), "utf-8")
    preview.wait_current(before)
    status = preview.status()
    assert status["estado"] == "errores"
    assert status["mensaje"] == "Hay errores en el contenido"
    assert "no es un valor permitido" in status["reporte"]
    assert "2021-01-19-filtros-sanitarios-mercado-municipal.md" in status["reporte"]
    # the same report the terminal shows, and the last good page still served
    assert "no es un valor permitido" in preview.text()
    assert fetch(preview.url + PAGE) == last_good
    assert "Traceback" not in preview.text()

    bulletin.write_text(good, "utf-8")
    preview.wait_current(before + 1)
    assert preview.status()["estado"] == "al-dia"


@pytest.mark.site
def test_the_open_page_reloads_by_itself_after_an_edit(preview, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(preview.url + PAGE)
        banner = page.locator("#vista-previa-estado[role=status][aria-live=polite]")
        banner.wait_for()
        page.wait_for_function(
            "document.getElementById('vista-previa-estado').textContent"
            " === 'Vista previa al día'"
        )
        box = banner.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        page.evaluate("window.sinRecargar = true")
        before = preview.status()["compilacion"]
        bulletin = preview.bulletin()
        second = " La revisión se publicará en la gaceta municipal."
        bulletin.write_text(edited(bulletin.read_text("utf-8"), second), "utf-8")
        page.wait_for_function(
            f"document.body.textContent.includes({json.dumps(second.strip())})",
            timeout=120_000,
        )
        assert page.evaluate("window.sinRecargar === undefined")  # a reload, not a patch
        preview.wait_current(before)
        page.wait_for_function(
            "document.getElementById('vista-previa-estado').textContent"
            " === 'Vista previa al día'",
            timeout=60_000,
        )
    finally:
        context.close()
