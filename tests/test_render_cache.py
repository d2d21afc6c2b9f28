"""The page cache cannot be wrong silently: each of its rules broken on
purpose by a test plugin (tests/breakers/) in a real build of the sample
site, and what the build does then: ``--verify`` names the stale page,
``make publish`` renders it right, a content changed while pages are written
or a page written after the generators fails the build, an ERROR logged in a
render worker fails it as in one process, and a page record that cannot be
loaded is discarded with one line."""

from __future__ import annotations

import hashlib
import pickle
import re
import shutil
import sys
import types
from pathlib import Path

import pytest

from conftest import ROOT, run_build

pytestmark = pytest.mark.site

BREAKERS = ROOT / "tests" / "breakers" / "breakconf.py"
PAGES = re.compile(r"páginas: (\d+) generadas, (\d+) sin cambios")
BULLETIN = "filtros-sanitarios-mercado-municipal"


def tree(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class Sample:
    """A copy of the sample content and theme, built as the tests say."""

    def __init__(self, base: Path, photos: Path):
        self.base = base
        self.photos = photos
        self.content = base / "content"
        self.theme = base / "theme"
        self.output = base / "output"
        shutil.copytree(ROOT / "content", self.content)
        shutil.copytree(ROOT / "theme", self.theme)

    def build(self, rule=None, settings="pelicanconf.py", sets=None, **kwargs):
        return run_build(
            self.output,
            content=self.content,
            settings=str(BREAKERS) if rule else settings,
            cache=self.photos,
            sets={
                "THEME": str(self.theme),
                "EMBARGO_NOW": "2021-04-01T10:00",
                **(sets or {}),
            },
            quiet=False,
            env={"COLUMNS": "200", **({"PORTAL_PRUEBA_REGLA": rule} if rule else {})},
            **kwargs,
        )

    def bulletin(self) -> Path:
        return next(self.content.glob(f"boletines/*/*{BULLETIN}.md"))

    def template(self, name: str, old: str, new: str) -> None:
        path = self.theme / "templates" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> Path:
    """One photo cache for the module's builds (keyed by content, never stale)."""
    return tmp_path_factory.mktemp("fotos")


def ok(result) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def pages(result) -> tuple[int, int]:
    found = PAGES.search(ok(result))
    assert found, result.stdout
    return int(found[1]), int(found[2])


def test_verify_names_the_page_the_cache_would_keep_stale_and_publish_renders_it(
    tmp_path, photos
):
    sample = Sample(tmp_path, photos)
    sample.template(
        "404.html",
        "</h1>",
        f'</h1>\n<p id="oculto">{{{{ titulo_oculto("{BULLETIN}") }}}}</p>',
    )
    ok(sample.build("hidden_read"))
    page = sample.output / "404.html"
    assert "Instalan filtros sanitarios" in page.read_text(encoding="utf-8")
    bulletin = sample.bulletin()
    text = bulletin.read_text(encoding="utf-8")
    bulletin.write_text(
        text.replace('title: "', 'title: "Corregido: ', 1), encoding="utf-8"
    )

    rendered, reused = pages(sample.build("hidden_read"))  # the normal build
    assert rendered > 0 and reused > 0
    shown = sample.output / f"boletines/2021/{BULLETIN}/index.html"
    assert "Corregido: " in shown.read_text(encoding="utf-8")
    assert "Corregido: " not in page.read_text(encoding="utf-8")  # kept, stale

    before = tree(sample.output)
    verified = sample.build("hidden_read", extra=("--verify",))
    assert verified.returncode == 1, verified.stdout + verified.stderr
    assert "La verificación encontró 1 página(s)" in verified.stderr
    assert "  - 404.html: se iba a conservar porque lo que leyó" in verified.stderr
    assert "Traceback" not in verified.stderr
    assert tree(sample.output) == before  # output/ untouched

    rendered, reused = pages(sample.build("hidden_read", command_name="publish"))
    assert reused == 0 and rendered > 100
    assert "Corregido: " in page.read_text(encoding="utf-8")


def test_make_publish_renders_every_page_and_keeps_unchanged_files(tmp_path, photos):
    sample = Sample(tmp_path, photos)
    every, _ = pages(sample.build(settings="publishconf.py"))  # with the cache
    stamps = {p: p.stat().st_mtime_ns for p in sample.output.rglob("*.html")}
    result = sample.build(settings="publishconf.py", command_name="publish")
    rendered, reused = pages(result)
    assert reused == 0 and rendered == every > 100
    written = re.search(r"archivos: (\d+) escritos, (\d+) sin cambios", result.stdout)
    assert int(written[2]) >= len(stamps)  # rendered again to the same bytes
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # same bytes: kept
    again = sample.build(
        settings="publishconf.py", command_name="publish"
    )  # nothing changed since
    assert "Sin cambios desde la última construcción" in ok(again)
    pointless = sample.build(settings="publishconf.py", command_name="publish", extra=["--verify"])
    assert pointless.returncode == 2 and "no hay nada que comprobar" in pointless.stderr


def test_a_content_changed_while_pages_are_written_fails_the_build(tmp_path, photos):
    sample = Sample(tmp_path, photos)
    ok(sample.build())
    before = tree(sample.output)
    result = sample.build("mutate_content")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Estos contenidos cambiaron después de que se tomó su huella" in result.stderr
    named = re.findall(r"(?m)^  - (.*\.md)$", result.stderr)
    assert len(named) == 1 and "/boletines/2021/" in named[0], result.stderr
    assert "Traceback" not in result.stderr
    assert tree(sample.output) == before


def test_a_content_changed_by_a_render_worker_fails_the_build(tmp_path, photos):
    sample = Sample(tmp_path, photos)
    sample.template("article.html", "</h1>", "</h1>{{ marca_al_dibujar(article) }}")
    result = sample.build(
        "render_mutation", sets={"RENDER_WORKERS": "2", "RENDER_PARALLEL_MIN": "2"}
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Estos contenidos cambiaron después de que se tomó su huella" in result.stderr
    named = re.findall(r"(?m)^  - (.*\.md)$", result.stderr)
    assert named and all("/boletines/" in name for name in named), result.stderr
    assert "Traceback" not in result.stderr
    assert not sample.output.exists()


def test_a_page_written_after_the_generators_fails_the_build(tmp_path, photos):
    sample = Sample(tmp_path, photos)
    result = sample.build("late_page")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "La página tarde/index.html se escribió después de que terminaron" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not sample.output.exists()


@pytest.mark.parametrize("workers, where", [("1", "principal"), ("2", "hijo")])
def test_an_error_logged_while_rendering_fails_the_build_on_any_core(
    tmp_path, photos, workers, where
):
    sample = Sample(tmp_path, photos)
    sample.template("article.html", "</h1>", "</h1>{{ error_de_prueba() }}")
    result = sample.build(
        "worker_error", sets={"RENDER_WORKERS": workers, "RENDER_PARALLEL_MIN": "2"}
    )
    assert result.returncode == 1, result.stdout + result.stderr
    logged = result.stdout + result.stderr  # Pelican's log goes to the console
    assert f"ERROR    Error de prueba: proceso {where}" in logged
    assert "La construcción registró" in result.stderr
    assert not sample.output.exists()


def test_a_page_record_naming_a_module_that_is_gone_is_discarded(tmp_path, photos):
    sample = Sample(tmp_path, photos)
    ok(sample.build())
    gone = types.ModuleType("modulo_que_ya_no_existe")
    exec("class PageRecord:\n    pass\n", gone.__dict__)  # noqa: S102 - a fixed class
    sys.modules[gone.__name__] = gone
    try:
        data = pickle.dumps({"version": 2, "pages": {"index.html": gone.PageRecord()}})
    finally:
        del sys.modules[gone.__name__]
    record = tmp_path / ".output-pages.pickle"
    assert record.is_file()
    record.write_bytes(data)
    sample.bulletin().touch()  # the build runs again
    result = sample.build()
    rendered, reused = pages(result)
    assert reused == 0 and rendered > 100
    lines = [line for line in result.stderr.splitlines() if "registro de páginas" in line]
    assert lines == [
        f"Aviso: el registro de páginas {record} no se pudo leer (ModuleNotFoundError: "
        "No module named 'modulo_que_ya_no_existe'); se descarta y se generan todas "
        "las páginas."
    ]
    sample.bulletin().touch()
    rendered, reused = pages(sample.build())  # the build saved a good record again
    assert reused > 100
