"""The staff workflow: make nuevo for every kind, make check (the same report
as the build, for every bad-input case), and the git pre-commit hook."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT
from content_schema.kinds import KINDS as REGISTRY

pytestmark = pytest.mark.site

NEW = [sys.executable, "-m", "portal", "nuevo"]
CHECK = [sys.executable, "-m", "portal", "check"]
CORPUS = ROOT / "tests" / "bad_input"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.txt").is_file())


def run(command, **kw):
    kw.setdefault("cwd", ROOT)
    return subprocess.run(command, capture_output=True, text=True, check=False, **kw)


@pytest.mark.parametrize("case", CASES)
def test_check_reports_exactly_what_the_build_reports(case):
    result = run([*CHECK, "--content", str(CORPUS / case / "content")])
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    expected = (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert result.stderr.splitlines()[1 : 1 + len(expected)] == expected


def test_check_passes_on_the_sample_content():
    bulletins = len(list((ROOT / "content" / "boletines").rglob("*.md")))  # drafts too
    result = run(CHECK)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        rf"Contenido sin errores \({bulletins} boletines revisados, [\d.]+ s\)\.\n",
        result.stdout,
    )


KINDS = {
    "boletin": "content/boletines/2021/2021-07-02-feria-del-empleo-2021.md",
    "galeria": "content/galerias/2021-07-02-feria-del-empleo-2021/index.md",
    "plan": "content/planes/feria-del-empleo-2021.md",
    "informe": "content/informes/2021/2021-07.md",
    "evento": "content/agenda/2021-07-02-feria-del-empleo-2021.md",
    "pagina": "content/paginas/feria-del-empleo-2021.md",
    "video": "content/videoteca/2021-07-02-feria-del-empleo-2021/index.md",
    "audio": "content/fonoteca/2021-07-02-feria-del-empleo-2021/index.md",
    "campana": "content/publicidad/campanas/2021-feria-del-empleo-2021.md",
    "proveedor": "content/publicidad/proveedores/feria-del-empleo-2021.md",
    "contrato": "content/publicidad/contratos/2021-feria-del-empleo-2021.md",
    "presupuesto": "content/publicidad/presupuesto/2021.md",
    "tiempos": "content/publicidad/tiempos-oficiales/2021-t3.md",
    "aclaracion": "content/aclaraciones/2021-07-02-feria-del-empleo-2021.md",
    "gobierno": "content/informe-de-gobierno/2021/index.md",
    "pregunta": "content/preguntas-frecuentes/feria-del-empleo-2021.md",
}
# A recording needs its file copied in before it passes: made here, 5 s.
RECORDING = {
    "video": ("grabacion.mp4", ["-f", "lavfi", "-i", "testsrc2=s=160x90:d=5:r=10",
                                "-f", "lavfi", "-i", "sine=d=5", "-c:v", "libx264",
                                "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "32k"]),
    "audio": ("grabacion.mp3", ["-f", "lavfi", "-i", "sine=d=5", "-c:a", "libmp3lame",
                                "-b:a", "32k"]),
}  # fmt: skip
# What a starter names must exist before it passes: copied from the sample.
NEEDS = {
    "contrato": (
        "no existe el proveedor 'nombre-del-proveedor'",
        ["publicidad/proveedores/grupo-radiofonico-del-monte.md",
         "publicidad/campanas/2021-temporada-de-lluvias.md",
         # the campaign's radio spot, which its piece names
         *(f"fonoteca/2021-06-01-spot-la-basura-tapa-los-canales/{name}"
           for name in ("index.md", "spot.mp3", "transcripcion.vtt"))],
        {"nombre-del-proveedor": "grupo-radiofonico-del-monte",
         "nombre-de-la-campana": "2021-temporada-de-lluvias"},
    ),
    "presupuesto": (
        "no existe el plan 'nombre-del-plan'",
        ["planes/plan-anual-comunicacion-e-imagen-2021.md",
         "planes/plan-anual-comunicacion-e-imagen-2021.pdf"],  # its approved document
        {"nombre-del-plan": "plan-anual-comunicacion-e-imagen-2021"},
    ),
    "aclaracion": (
        "no existe el boletín 'nombre-del-boletin'",
        ["boletines/2021/2021-04-20-recomendaciones-ola-de-calor.md"],
        {"nombre-del-boletin": "2021-04-20-recomendaciones-ola-de-calor"},
    ),
    "pregunta": (
        "no existe '2021-07-02-nombre-del-boletin'",
        ["boletines/2021/2021-04-20-recomendaciones-ola-de-calor.md"],
        {"2021-07-02-nombre-del-boletin": "2021-04-20-recomendaciones-ola-de-calor"},
    ),
}  # fmt: skip


def test_nuevo_is_tested_for_every_kind_of_the_registry():
    assert list(KINDS) == [kind.new_type for kind in REGISTRY]


@pytest.mark.parametrize("kind", KINDS)
def test_nuevo_writes_a_file_that_passes_check(tmp_path, kind):
    title = "¡Feria del Empleo 2021!"
    made = run([*NEW, kind, title, "--fecha", "2021-07-02", "--raiz", str(tmp_path)])
    assert made.returncode == 0, made.stderr
    target = tmp_path / KINDS[kind]
    assert target.is_file() and f"Escrito: {KINDS[kind]}" in made.stdout
    text = target.read_text(encoding="utf-8")
    assert "status: draft" in text
    if kind == "galeria":  # a gallery needs its photo before it passes
        failed = run([*CHECK, "--content", str(tmp_path / "content")])
        assert failed.returncode == 2
        assert "fotos.yml: [1].file: no existe la foto '01-foto.jpg'" in failed.stderr
        photo = next((ROOT / "content" / "galerias").glob("*/01-*.jpg"))
        shutil.copy(photo, target.parent / "01-foto.jpg")
    if kind in RECORDING:  # so does a recording its file
        name, args = RECORDING[kind]
        failed = run([*CHECK, "--content", str(tmp_path / "content")])
        assert failed.returncode == 2
        assert f"index.md: file: no existe el archivo '{name}'" in failed.stderr
        made = run(
            [shutil.which("ffmpeg"), "-v", "error", *args, str(target.parent / name)]
        )
        assert made.returncode == 0, made.stderr
    if kind in NEEDS:  # it names content that exists in a real site
        said, copies, fixes = NEEDS[kind]
        failed = run([*CHECK, "--content", str(tmp_path / "content")])
        assert failed.returncode == 2 and said in failed.stderr, failed.stderr
        for relative in copies:
            (tmp_path / "content" / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "content" / relative, tmp_path / "content" / relative)
        for written, meant in fixes.items():
            text = text.replace(written, meant)
        target.write_text(text, encoding="utf-8")
    checked = run([*CHECK, "--content", str(tmp_path / "content")])
    assert checked.returncode == 0, checked.stderr
    again = run([*NEW, kind, title, "--fecha", "2021-07-02", "--raiz", str(tmp_path)])
    assert again.returncode == 1 and "no se sobrescribe" in again.stderr
    assert target.read_text(encoding="utf-8") == text


def test_nuevo_explains_its_mistakes(tmp_path):
    unknown = run([*NEW, "noticia", "Algo", "--raiz", str(tmp_path)])
    assert unknown.returncode == 2
    assert "TIPO='noticia' no existe; se espera uno de: boletin, galeria" in unknown.stderr
    untitled = run([*NEW, "boletin", "", "--raiz", str(tmp_path)])
    assert untitled.returncode == 2 and "Falta el título" in untitled.stderr
    assert not (tmp_path / "content").exists()


def settings_in(folder: Path, timezone: str) -> Path:
    """The sample's settings in ``folder`` with another TIMEZONE."""
    text = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    assert 'TIMEZONE = "America/Mexico_City"' in text
    conf = folder / "pelicanconf.py"
    conf.write_text(
        text.replace('TIMEZONE = "America/Mexico_City"', f"TIMEZONE = {timezone!r}")
        + f"PATH = {str(ROOT / 'content')!r}\nTHEME = {str(ROOT / 'theme')!r}\n",
        encoding="utf-8",
    )
    return conf


def test_nuevo_dates_today_in_the_timezone_of_the_settings(tmp_path):
    """26 hours apart, two zones never share today's date."""
    written = {}
    for zone in ("Pacific/Kiritimati", "Etc/GMT+12"):  # UTC+14, UTC-12
        folder = tmp_path / zone.replace("/", "-")
        folder.mkdir()
        before = dt.datetime.now(ZoneInfo(zone)).date()
        made = run([*NEW, "evento", "Cabildo abierto", "--raiz", str(folder),
                    "-s", str(settings_in(folder, zone))])  # fmt: skip
        after = dt.datetime.now(ZoneInfo(zone)).date()
        assert made.returncode == 0, made.stderr
        (path,) = (folder / "content" / "agenda").glob("*.md")
        written[zone] = dt.date.fromisoformat(path.name[:10])
        assert written[zone] in (before, after), zone
    assert written["Pacific/Kiritimati"] > written["Etc/GMT+12"]


def test_nuevo_stops_on_wrong_settings_with_the_settings_report(tmp_path):
    conf = settings_in(tmp_path, "America/Ciudad_Gotica")
    made = run([*NEW, "boletin", "Algo", "--raiz", str(tmp_path), "-s", str(conf)])
    assert made.returncode == 2 and "Traceback" not in made.stderr
    assert made.stderr.splitlines()[1] == (
        "pelicanconf.py: TIMEZONE: es «America/Ciudad_Gotica»; se espera una zona "
        "horaria de la base IANA, p. ej. America/Mexico_City"
    )
    assert not (tmp_path / "content").exists()


def git(repo, *args):
    env = {**os.environ, "PORTAL_PYTHON": sys.executable,
           "GIT_AUTHOR_NAME": "Personal", "GIT_AUTHOR_EMAIL": "p@example.invalid",
           "GIT_COMMITTER_NAME": "Personal", "GIT_COMMITTER_EMAIL": "p@example.invalid"}  # fmt: skip
    return run([shutil.which("git"), *args], cwd=repo, env=env)


def test_pre_commit_hook_stops_a_bad_file(tmp_path):
    repo = tmp_path / "portal"
    for name in ("theme", "content"):
        shutil.copytree(
            ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, repo / name)
    assert git(repo, "init", "-q").returncode == 0
    hook = run([sys.executable, "-m", "portal", "hook"], cwd=repo)  # what make hook runs
    assert hook.returncode == 0, hook.stderr
    assert "-m portal check" in (repo / ".git" / "hooks" / "pre-commit").read_text("utf-8")
    assert git(repo, "add", ".").returncode == 0
    first = git(repo, "commit", "-qm", "Contenido inicial")
    assert first.returncode == 0, first.stderr

    bad = repo / "content" / "boletines" / "2021" / "2021-07-05-feria.md"
    bad.write_text(
        '---\ntitle: "Feria"\ndate: 2021-07-05 10:00\narea: Salud\n---\nTexto.\n', "utf-8"
    )
    git(repo, "add", str(bad))
    refused = git(repo, "commit", "-qm", "Agrega la feria")
    assert refused.returncode != 0
    assert (
        "content/boletines/2021/2021-07-05-feria.md: area: 'Salud' no es un valor permitido "
        "(¿quiso decir 'salud'?)" in refused.stderr
    )
    assert (
        "content/boletines/2021/2021-07-05-feria.md: summary: falta este campo"
        in refused.stderr
    )
    assert git(repo, "log", "--oneline").stdout.count("\n") == 1  # nothing committed

    bad.write_text(
        '---\ntitle: "Feria"\ndate: 2021-07-05 10:00\narea: salud\nsummary: "Vacantes."\n---\nTexto.\n',
        "utf-8",
    )
    git(repo, "add", str(bad))
    fixed = git(repo, "commit", "-qm", "Agrega la feria")
    assert fixed.returncode == 0, fixed.stderr
    assert (
        Path(repo / ".git").is_dir()
        and git(repo, "log", "--oneline").stdout.count("\n") == 2
    )
