"""Mistakes in the settings file itself: Python that does not run (an unclosed
bracket or quote, a name without quotes) and names that are no setting (a
misspelt IMAGES_WORKERS) are reported in Spanish, with the line and what to
do, before anything is built; never a traceback, never a silent default."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from portal_settings import SettingsErrors, command_line_overrides, load, prepare
from portal_settings.names import unknown_names

PELICANCONF = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
VEDA_LINE = 'VEDA_ALLOWED_AREAS = ["salud", "proteccion-civil", "educacion"]'
LINE = PELICANCONF.splitlines().index(VEDA_LINE) + 1
HEADER = "Se encontró 1 error en los ajustes; no se construyó nada:"
FOOTER = "Corrija los ajustes indicados (vea docs/ajustes.md) y vuelva a intentarlo."


def project(tmp_path, old: str, new: str):
    """The sample's two settings files in ``tmp_path``, pelicanconf.py edited."""
    assert old in PELICANCONF
    (tmp_path / "pelicanconf.py").write_text(
        PELICANCONF.replace(old, new, 1), encoding="utf-8"
    )
    (tmp_path / "publishconf.py").write_text(
        (ROOT / "publishconf.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return tmp_path / "pelicanconf.py"


def only_line(excinfo) -> str:
    (problem,) = excinfo.value.problems
    return str(problem)


@pytest.mark.unit
@pytest.mark.parametrize(
    "new, said",
    [
        (
            VEDA_LINE[:-1],
            "el «[» que se abre en esta línea no se cierra; agregue «]» donde termina",
        ),
        (
            VEDA_LINE.replace('"educacion"', '"educacion'),
            "un texto entre comillas no se cierra; agregue la comilla que falta "
            "al final del texto (la misma con que empieza)",
        ),
        (
            VEDA_LINE.replace('"salud"', "“salud”"),
            "tiene el carácter «“», que Python no acepta aquí (¿comillas tipográficas "
            "copiadas de un documento?); use comillas rectas \" o '",
        ),
        (
            VEDA_LINE.replace('"salud"', "salud"),
            "el nombre «salud» no está definido; si es un texto, escríbalo entre comillas",
        ),
    ],
)
def test_python_mistakes_name_the_line_and_the_fix(tmp_path, new, said):
    conf = project(tmp_path, VEDA_LINE, new)
    with pytest.raises(SettingsErrors) as excinfo:
        load(str(conf))
    assert only_line(excinfo).startswith(
        f"pelicanconf.py, línea {LINE}: {said} (Python dice: "
    )
    assert excinfo.value.exitcode == 2
    # --set reads the file first: the same one line, not a traceback
    with pytest.raises(SettingsErrors) as again:
        command_line_overrides(str(conf), ["EMBARGO=true"])
    assert only_line(again) == only_line(excinfo)


@pytest.mark.unit
def test_a_mistake_in_pelicanconf_is_named_there_when_publishconf_runs_it(tmp_path):
    conf = project(tmp_path, VEDA_LINE, VEDA_LINE[:-1])
    with pytest.raises(SettingsErrors) as excinfo:
        load(str(conf.with_name("publishconf.py")))
    assert only_line(excinfo).startswith(
        f"pelicanconf.py, línea {LINE}: el «[» que se abre"
    )


@pytest.mark.unit
def test_a_missing_settings_file_is_named():
    with pytest.raises(SettingsErrors) as excinfo:
        load(str(ROOT / "no-existe.py"))
    assert only_line(excinfo).startswith("no-existe.py: no existe el archivo de ajustes ")


@pytest.mark.unit
def test_a_misspelt_setting_is_an_error_with_the_nearest_name(tmp_path):
    # _AYUDANTE: a leading underscore is the file's own helper, as breakconf's _HERE
    extra = "IMAGES_WORKER = 1\nNADA_QUE_VER = 2\n_AYUDANTE = 3\n"
    conf = project(
        tmp_path,
        "SUMMARY_MAX_LENGTH = None",
        f"PATH = {str(ROOT / 'content')!r}\nTHEME = {str(ROOT / 'theme')!r}\n" + extra,
    )
    with pytest.raises(SettingsErrors) as excinfo:
        load(str(conf))
    assert [str(p) for p in excinfo.value.problems] == [
        "pelicanconf.py: IMAGES_WORKER: el ajuste no existe; ¿quiso decir IMAGES_WORKERS?",
        "pelicanconf.py: NADA_QUE_VER: el ajuste no existe; vea docs/ajustes.md",
    ]
    # Pelican's own started without load (``pelican`` itself) checks the same
    with pytest.raises(SettingsErrors, match="IMAGES_WORKER: el ajuste no existe"):
        prepare({**load(str(ROOT / "pelicanconf.py")), "IMAGES_WORKER": 1})


@pytest.mark.unit
@pytest.mark.parametrize("conf", ["pelicanconf.py", "publishconf.py"])
def test_every_name_in_the_sample_settings_is_a_setting(conf):
    """What Pelican reads without a default (HOME_SAVE_AS, FEED_ALL_RSS) counts."""
    settings = load(str(ROOT / conf))
    assert unknown_names(settings) == []
    assert "HOME_SAVE_AS" in settings and "FEED_ALL_RSS" in settings
    assert unknown_names({**settings, "HOME_URL": "x", "GALERIA_URL": "x"}) == [
        "GALERIA_URL"
    ]


@pytest.mark.site
def test_build_publish_and_check_stop_in_spanish_with_output_untouched(tmp_path):
    conf = project(tmp_path, VEDA_LINE, VEDA_LINE[:-1])
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("la construcción anterior", encoding="utf-8")
    commands = {
        "build": ["build", "-s", str(conf), "-o", str(output)],
        "publish": [
            "publish",
            "-s",
            str(conf.with_name("publishconf.py")),
            "-o",
            str(output),
        ],
        "check": ["check", "-s", str(conf)],
    }
    for name, command in commands.items():
        result = subprocess.run(
            [sys.executable, "-m", "portal", *command],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert result.returncode == 2, name
        assert "Traceback" not in result.stderr, name
        lines = result.stderr.splitlines()
        assert lines[0] == HEADER and lines[-1] == FOOTER and len(lines) == 3, name
        assert lines[1].startswith(f"pelicanconf.py, línea {LINE}: el «[» que se abre"), (
            name
        )
        assert [p.name for p in output.iterdir()] == ["index.html"], name
        assert (output / "index.html").read_text(
            encoding="utf-8"
        ) == "la construcción anterior"
    assert not (tmp_path / ".output-staging").exists()
