"""--set does what it says in a real build: IMAGES_WORKERS=1 derives photos in
one process, EMBARGO=false publishes what EMBARGO would hold, and a wrong value
stops the build in Spanish, by name, before output/ is touched."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PIL import Image

from conftest import ROOT, Site, run_build

pytestmark = pytest.mark.site

PHOTOS = {
    "2021-02-26-prevencion-incendios": "2021-02-26-prevencion-incendios-forestales.jpg",
    "2021-04-13-reparto-agua": "2021-04-13-reparto-agua-pipas.jpg",
}
BULLETIN = """---
title: "{title}"
date: {date}
area: proteccion-civil
summary: "Resumen del boletín."
{image}---
Texto del boletín.
"""


def bulletin(folder, name, date, image=""):
    (folder / f"{name}.md").write_text(
        BULLETIN.format(
            title=name[11:].replace("-", " ").capitalize(), date=date, image=image
        ),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    """Two bulletins with photos, and one dated 1 July 2021 (embargoed before)."""
    root = tmp_path_factory.mktemp("ajustes") / "content"
    folder = root / "boletines" / "2021"
    (folder / "imagenes").mkdir(parents=True)
    for name, photo in PHOTOS.items():
        shutil.copy(ROOT / "content/boletines/2021/imagenes" / photo, folder / "imagenes")
        image = (
            f'image:\n  src: imagenes/{photo}\n  alt: "Foto del boletín."\n'
            '  credit: "Comunicación Social"\n'
        )
        bulletin(folder, name, f"{name[:10]} 10:00", image)
    bulletin(folder, "2021-07-01-nuevo-mercado", "2021-07-01 09:00")
    return root


def test_one_image_worker_derives_every_photo_in_one_process(tmp_path, content):
    result = run_build(
        tmp_path / "output",
        content=content,
        cache=tmp_path / "fresh-cache",  # nothing cached: both photos need work
        sets={"IMAGES_WORKERS": "1", "EMBARGO_NOW": "2021-05-01T10:00"},
        quiet=False,
        cold=True,
    )
    assert result.returncode == 0, result.stderr
    assert "fotos: 2 procesadas, 0 reutilizadas de la caché" in result.stdout
    site = Site(tmp_path / "output")
    for name in PHOTOS:
        folder = site.file(f"imagenes/boletines/2021/{name[11:]}")
        sizes = sorted(Image.open(p).size[0] for p in folder.glob("*.webp"))
        assert sizes[:3] == [480, 800, 1200], (name, sizes)
        page = site.html(f"boletines/2021/{name[11:]}/")
        assert page.select_one("article img[srcset]") is not None, name


def published_titles(site: Site) -> set[str]:
    return {
        a.get_text(strip=True)
        for a in site.html("boletines/2021/").select(".archive-list a")
    }


def test_embargo_false_on_the_command_line_does_not_embargo(tmp_path, content):
    def build(name, **sets):
        result = run_build(
            tmp_path / name,
            content=content,
            settings="publishconf.py",
            cache=tmp_path / "cache",
            sets={"EMBARGO_NOW": "2021-05-01T10:00", **sets},
        )
        assert result.returncode == 0, result.stderr
        return Site(tmp_path / name)

    held = build("held")  # publishconf.py: EMBARGO = True
    shown = build("shown", EMBARGO="false")
    assert "Nuevo mercado" not in published_titles(held)
    assert not held.file("boletines/2021/nuevo-mercado/index.html").exists()
    assert "Nuevo mercado" in published_titles(shown)
    assert shown.file("boletines/2021/nuevo-mercado/index.html").exists()


def test_a_wrong_value_stops_the_build_by_name_and_output_is_untouched(tmp_path, content):
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("la construcción anterior", encoding="utf-8")
    result = run_build(
        output,
        content=content,
        cache=tmp_path / "cache",
        sets={"EMBARGO": "quizas", "IMAGES_WORKERS": "dos", "IMAGE_WORKERS": "1"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "Se encontraron 3 errores en los ajustes; no se construyó nada:",
        "--set: EMBARGO: es «quizas»; se espera true o false (también sí/no o 1/0)",
        "--set: IMAGES_WORKERS: es «dos»; se espera un número entero mayor o igual a 1 o None",
        "--set: IMAGE_WORKERS: el ajuste no existe; ¿quiso decir IMAGES_WORKERS?",
        "Corrija los ajustes indicados (vea docs/ajustes.md) y vuelva a intentarlo.",
    ]
    assert [p.name for p in output.iterdir()] == ["index.html"]
    assert (output / "index.html").read_text(encoding="utf-8") == "la construcción anterior"
    assert not (tmp_path / ".output-staging").exists()
    assert not (tmp_path / "cache").exists()


def test_a_wrong_settings_file_stops_build_and_check_alike(tmp_path, content):
    conf = tmp_path / "malconf.py"
    conf.write_text(
        "import runpy\n"
        f"globals().update({{k: v for k, v in runpy.run_path({str(ROOT / 'pelicanconf.py')!r}).items() if k.isupper()}})\n"
        f"PATH = {str(content)!r}\n"
        'IMAGES_WORKERS = "2"\n'
        'VEDA_ALLOWED_AREAS = ["salud", "deportes"]\n',
        encoding="utf-8",
    )
    expected = [
        "Se encontraron 2 errores en los ajustes; no se construyó nada:",
        "malconf.py: IMAGES_WORKERS: es «2»; se espera un número entero mayor o igual a 1 o None",
        "malconf.py: VEDA_ALLOWED_AREAS: el área «deportes» no está en AREAS; se espera una de: "
        "presidencia, obras-publicas, proteccion-civil, salud, cultura, desarrollo-social, "
        "medio-ambiente, transparencia, comunicacion, educacion",
        "Corrija los ajustes indicados (vea docs/ajustes.md) y vuelva a intentarlo.",
    ]
    for command in (["build", "-o", str(tmp_path / "output")], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "portal", *command, "-s", str(conf)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert result.returncode == 2, command
        assert result.stderr.splitlines() == expected, command
    assert not (tmp_path / "output").exists()
