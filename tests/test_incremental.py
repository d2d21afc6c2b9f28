"""Incremental builds: after each kind of change, the site an incremental build
leaves in output/ is byte for byte the site a cold build makes, the files
the change cannot reach keep their modification time, and ``--verify``
(which renders the pages the cache would keep and compares them) finds no
difference.

One cold build of a copy of the sample content and theme per module; each
test starts from a fresh copy of it (same paths, so its page record holds)
and makes its own change: edit a bulletin, add one, delete one, add a photo
to a gallery, change a template, change a setting... After each change a
``--verify`` build runs on a copy of the output, then the normal build, and
a cold build (--force, empty output) of the same inputs is compared with the
incremental output, file by file.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_build

pytestmark = pytest.mark.site

RENDERED = re.compile(r"páginas: (\d+) generadas, (\d+) sin cambios")
VERIFIED = re.compile(r"sin cambios \((\d+) comprobadas byte a byte\)")
# Beside output/: the page record and the build state
STATE_FILES = (".output-pages.pickle", ".output-state.json")


def tree(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def mtimes(folder: Path) -> dict[str, int]:
    return {
        str(path.relative_to(folder)): path.stat().st_mtime_ns
        for path in folder.rglob("*.html")
    }


def copy_site(source: Path, target: Path) -> None:
    """Content and theme copied (tests edit them in place); the output and its
    state hard-linked: a build replaces files, it never writes into one."""
    shutil.copytree(source / "content", target / "content")
    shutil.copytree(source / "theme", target / "theme")
    shutil.copytree(source / "output", target / "output", copy_function=os.link)
    for name in STATE_FILES:
        shutil.copy2(source / name, target / name)


class Chain:
    """The incremental output, and a cold build to hold it against."""

    def __init__(self, base: Path, cache: Path):
        self.base = base
        self.cache = cache
        self.content = base / "content"
        self.theme = base / "theme"
        self.sets = {"THEME": str(self.theme), "EMBARGO_NOW": "2021-04-01T10:00"}

    def build(self, output: Path, env=None, extra=()):
        result = run_build(
            output,
            content=self.content,
            cache=self.cache,
            sets=self.sets,
            quiet=False,
            env=env,
            extra=extra,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def verify(self) -> int:
        """``--verify`` on this change, then output/ and its state put back as
        they were, for the normal build to decide from. How many kept pages
        it rendered again and found the same."""
        before = self.base.parent / f"{self.base.name}-antes"
        shutil.rmtree(before, ignore_errors=True)
        before.mkdir()
        shutil.copytree(self.base / "output", before / "output", copy_function=os.link)
        for name in STATE_FILES:
            shutil.copy2(self.base / name, before / name)
        result = self.build(self.base / "output", extra=("--verify",))
        shutil.rmtree(self.base / "output")
        os.replace(before / "output", self.base / "output")
        for name in STATE_FILES:
            os.replace(before / name, self.base / name)
        found, kept = VERIFIED.search(result.stdout), RENDERED.search(result.stdout)
        assert found and kept, result.stdout
        assert found[1] == kept[2]  # every page it kept was rendered and compared
        return int(found[1])

    def incremental(self, env=None) -> tuple[int, int]:
        self.verified = self.verify()
        result = self.last = self.build(self.base / "output", env)
        found = RENDERED.search(result.stdout)
        assert found, result.stdout
        assert int(found[2]) == self.verified  # the verified build kept the same
        return int(found[1]), int(found[2])

    def assert_same_as_cold(self, step: str) -> None:
        cold = self.base / "cold"
        shutil.rmtree(cold, ignore_errors=True)
        result = run_build(
            cold,
            content=self.content,
            cache=self.cache,
            sets=self.sets,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        ours, theirs = tree(self.base / "output"), tree(cold)
        missing = sorted(set(theirs) - set(ours))
        extra = sorted(set(ours) - set(theirs))
        differ = sorted(k for k in set(ours) & set(theirs) if ours[k] != theirs[k])
        assert (missing, extra, differ) == ([], [], []), f"after «{step}»"


@pytest.fixture(scope="module")
def cold_base(tmp_path_factory) -> tuple[Path, Path]:
    """One cold build of the sample for the module, never changed: each test
    gets a copy of it at the same paths."""
    root = tmp_path_factory.mktemp("incremental")
    pristine, cache = root / "base", root / "cache"
    shutil.copytree(ROOT / "content", root / "site" / "content")
    shutil.copytree(ROOT / "theme", root / "site" / "theme")
    chain = Chain(root / "site", cache)
    result = chain.build(root / "site" / "output")
    rendered, reused = map(int, RENDERED.search(result.stdout).groups())
    assert reused == 0 and rendered > 100
    os.replace(root / "site", pristine)
    return pristine, cache


@pytest.fixture
def chain(cold_base) -> Chain:
    pristine, cache = cold_base
    site = pristine.parent / "site"
    shutil.rmtree(site, ignore_errors=True)
    copy_site(pristine, site)
    return Chain(site, cache)


def bulletin(chain, name: str) -> Path:
    return next(chain.content.glob(f"boletines/*/*{name}.md"))


def test_nothing_changed_renders_nothing(chain):
    before = mtimes(chain.base / "output")
    bulletin(chain, "filtros-sanitarios-mercado-municipal").touch()  # a new mtime only
    rendered, reused = chain.incremental()
    assert rendered == 0 and reused > 100
    assert mtimes(chain.base / "output") == before


def test_edited_bulletin(chain):
    before = mtimes(chain.base / "output")
    path = bulletin(chain, "filtros-sanitarios-mercado-municipal")
    text = path.read_text(encoding="utf-8")
    text = text.replace('title: "', 'title: "Corregido: ', 1) + "\nPárrafo añadido.\n"
    path.write_text(text, encoding="utf-8")
    rendered, reused = chain.incremental(env={"PORTAL_RENDER_REASONS": "1"})
    assert "índice de búsqueda: actualizado" in chain.last.stdout
    assert f"× contenido: {path}" in chain.last.stderr  # why its lists rendered again
    assert 0 < rendered < reused / 4
    after = mtimes(chain.base / "output")
    page = "boletines/2021/filtros-sanitarios-mercado-municipal/index.html"
    assert after[page] != before[page]
    kept = [name for name in before if after.get(name) == before[name]]
    assert len(kept) > 0.75 * len(before)
    chain.assert_same_as_cold("boletín editado")


def add_bulletin(chain) -> None:
    source = bulletin(chain, "filtros-sanitarios-mercado-municipal")
    text = source.read_text(encoding="utf-8").replace('title: "', 'title: "Nuevo: ', 1)
    text = re.sub(r"(?m)^date: .*$", "date: 2021-03-31 18:00", text)
    text = re.sub(r"(?m)^number: .*\n", "", text)
    (source.parent / "2021-03-31-boletin-agregado.md").write_text(text, encoding="utf-8")


def test_added_bulletin(chain):
    add_bulletin(chain)
    rendered, reused = chain.incremental()
    assert 0 < rendered < reused
    assert (chain.base / "output/boletines/2021/boletin-agregado/index.html").is_file()
    chain.assert_same_as_cold("boletín agregado")


def test_deleted_bulletin(chain):
    add_bulletin(chain)
    chain.incremental()
    assert (chain.base / "output/boletines/2021/boletin-agregado/index.html").is_file()
    bulletin(chain, "boletin-agregado").unlink()
    rendered, _ = chain.incremental()
    assert rendered > 0
    assert not (chain.base / "output/boletines/2021/boletin-agregado").exists()
    chain.assert_same_as_cold("boletín borrado")


def test_added_photo(chain):
    folder = next(chain.content.glob("galerias/*cortometraje"))
    shutil.copyfile(folder / "02-vista-general.jpg", folder / "08-nueva.jpg")
    with open(folder / "fotos.yml", "a", encoding="utf-8") as handle:
        handle.write(
            '- file: 08-nueva.jpg\n  caption: "Foto agregada."\n'
            '  alt: "Sala de teatro vista desde las butacas."\n'
        )
    rendered, reused = chain.incremental()
    assert 0 < rendered < reused
    chain.assert_same_as_cold("foto agregada")


def test_change_no_search_page_shows_leaves_the_search_index(chain):
    # an event no recording names: a recording page (searchable) shows its title
    event = next(chain.content.glob("agenda/*cabildo-junio.md"))
    event.write_text(
        event.read_text(encoding="utf-8").replace('title: "', 'title: "Cambio: ', 1),
        encoding="utf-8",
    )
    rendered, _ = chain.incremental()
    assert rendered > 0
    assert "índice de búsqueda: sin cambios" in chain.last.stdout
    chain.assert_same_as_cold("evento de la agenda cambiado")


def test_changed_template(chain):
    before = mtimes(chain.base / "output")
    template = chain.theme / "templates" / "gallery.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("</h1>", " </h1>", 1), encoding="utf-8")
    rendered, reused = chain.incremental()
    assert 0 < rendered < reused
    after = mtimes(chain.base / "output")
    assert any(
        after[name] != before[name] for name in before if name.startswith("galerias/")
    )
    assert after["index.html"] == before["index.html"]
    chain.assert_same_as_cold("plantilla cambiada")


def test_templates_that_appear_or_are_chosen_from_a_list(chain):
    base = chain.theme / "templates" / "base.html"
    original = base.read_text(encoding="utf-8")
    base.write_text(
        original.replace(
            "</body>",
            '{% include "_aviso_prueba.html" ignore missing %}'
            '{% include ["_lista_prueba.html", "_otra_prueba.html"] %}</body>',
            1,
        ),
        encoding="utf-8",
    )
    (chain.theme / "templates" / "_lista_prueba.html").write_text("<!-- uno -->")
    chain.incremental()
    aviso = chain.theme / "templates" / "_aviso_prueba.html"
    aviso.write_text("<!-- aviso nuevo -->", encoding="utf-8")  # it appears
    rendered, _ = chain.incremental()
    assert rendered > 100
    chain.assert_same_as_cold("plantilla que aparece")
    (chain.theme / "templates" / "_lista_prueba.html").write_text("<!-- dos -->")
    rendered, _ = chain.incremental()
    assert rendered > 100
    chain.assert_same_as_cold("plantilla elegida de una lista")


def test_link_to_a_draft_follows_its_new_address(chain):
    draft = chain.content / "paginas" / "borrador-prueba.md"
    draft.write_text(
        '---\ntitle: "Borrador"\nslug: borrador-a\nstatus: draft\n---\nTexto.\n',
        encoding="utf-8",
    )
    path = bulletin(chain, "filtros-sanitarios-mercado-municipal")
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("\n[El borrador]({filename}../../paginas/borrador-prueba.md)\n")
    chain.incremental()
    draft.write_text(draft.read_text(encoding="utf-8").replace("borrador-a", "borrador-b"))
    chain.incremental()
    page = chain.base / "output/boletines/2021/filtros-sanitarios-mercado-municipal"
    assert "borrador-b" in (page / "index.html").read_text(encoding="utf-8")
    chain.assert_same_as_cold("enlace a un borrador que cambia de dirección")


def test_changed_setting(chain):
    chain.sets["SITENAME"] = "Portal de prueba"
    rendered, reused = chain.incremental()
    assert reused == 0 and rendered > 100
    assert "Portal de prueba" in (chain.base / "output/index.html").read_text("utf-8")
    chain.assert_same_as_cold("ajuste cambiado")


def test_same_slug_in_two_years_is_two_bulletins(chain):
    source = bulletin(chain, "filtros-sanitarios-mercado-municipal")
    text = re.sub(r"(?m)^date: .*$", "date: 2020-06-01 10:00", source.read_text("utf-8"))
    text = re.sub(r"(?ms)^image:\n(  .*?\n)+", "", text)  # its picture is beside 2021's
    folder = chain.content / "boletines" / "2020"
    folder.mkdir(exist_ok=True)
    (folder / "2020-06-01-filtros-sanitarios-mercado-municipal.md").write_text(
        re.sub(r"(?m)^number: .*\n", "", text), encoding="utf-8"
    )
    chain.incremental()
    assert (
        "There are 2 items" not in chain.last.stdout + chain.last.stderr
    )  # not taken for translations
    for year in ("2020", "2021"):
        page = chain.base / f"output/boletines/{year}/filtros-sanitarios-mercado-municipal"
        assert (page / "index.html").is_file()
    chain.assert_same_as_cold("mismo slug en dos años")


def test_pages_rendered_on_two_cores_match_one(tmp_path):
    """The parallel renderer (forked workers) writes what one process writes."""
    sites = {}
    for workers in ("1", "2"):
        output = tmp_path / f"workers-{workers}"
        result = run_build(
            output,
            cache=tmp_path / "cache",
            sets={"RENDER_WORKERS": workers, "RENDER_PARALLEL_MIN": "2"},
        )
        assert result.returncode == 0, result.stdout + result.stderr
        sites[workers] = tree(output)
    assert sites["1"] == sites["2"]
