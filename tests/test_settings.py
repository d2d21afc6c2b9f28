"""Settings declared once: typed, converted from --set text, checked at start
with Spanish messages that name the setting, documented from the declaration."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from dataclasses import fields

import pytest

from conftest import ROOT
from images.recipe import Recipe
from portal_settings import (
    SETTINGS,
    SettingsErrors,
    command_line_overrides,
    from_text,
    load,
    prepare,
)
from portal_settings.doc import DOC, render
from portal_settings.names import unknown_names
from portal_settings.options import SettingError

pytestmark = pytest.mark.unit

PELICANCONF = str(ROOT / "pelicanconf.py")


def lines_of(excinfo) -> list[str]:
    return [str(p) for p in excinfo.value.problems]


@pytest.mark.parametrize(
    "text, expected",
    [("true", True), ("false", False), ("sí", True), ("Si", True), ("no", False),
     ("1", True), ("0", False), ("FALSE", False)],
)  # fmt: skip
def test_booleans_are_read_in_spanish_and_english(text, expected):
    assert from_text("EMBARGO", text, {}) is expected


def test_a_word_that_is_not_yes_or_no_names_what_is_expected():
    with pytest.raises(SettingsErrors) as excinfo:
        command_line_overrides(PELICANCONF, ["EMBARGO=quizas"])
    assert lines_of(excinfo) == [
        "--set: EMBARGO: es «quizas»; se espera true o false (también sí/no o 1/0)"
    ]
    assert excinfo.value.exitcode == 2


def test_integers_none_and_datetimes_take_their_declared_type():
    typed = command_line_overrides(
        PELICANCONF,
        ["IMAGES_WORKERS=1", "RENDER_WORKERS=none", "EMBARGO_NOW=2021-03-01T09:30"],
    )
    assert typed == {
        "IMAGES_WORKERS": 1,
        "RENDER_WORKERS": None,
        "EMBARGO_NOW": dt.datetime(2021, 3, 1, 9, 30),
    }
    assert type(typed["IMAGES_WORKERS"]) is int


def test_none_is_refused_where_the_setting_does_not_allow_it():
    with pytest.raises(
        SettingError, match=r"se espera un número entero mayor o igual a 1$"
    ):
        from_text("RENDER_PARALLEL_MIN", "none", {})


def test_lists_and_mappings_are_read_as_json_or_yaml():
    as_json = from_text("VEDA_ALLOWED_AREAS", '["salud", "educacion"]', {})
    as_yaml = from_text("VEDA_ALLOWED_AREAS", "[salud, educacion]", {})
    assert as_json == as_yaml == ["salud", "educacion"]
    recipe = from_text("IMAGES_BULLETIN_RECIPE", '{"widths": [320, 640], "crop": null}', {})
    assert recipe == {"widths": (320, 640), "crop": None}  # tuples: recipes are hashed


def test_pelicans_own_settings_take_the_type_of_pelicans_default():
    typed = command_line_overrides(
        PELICANCONF,
        ["RELATIVE_URLS=false", "FEED_MAX_ITEMS=20", "DEFAULT_PAGINATION=5", "SITEURL=/x"],
    )
    assert typed == {
        "RELATIVE_URLS": False,
        "FEED_MAX_ITEMS": 20,
        "DEFAULT_PAGINATION": 5,
        "SITEURL": "/x",
    }
    with pytest.raises(SettingsErrors) as excinfo:
        command_line_overrides(PELICANCONF, ["RELATIVE_URLS=tal-vez"])
    assert lines_of(excinfo) == [
        "--set: RELATIVE_URLS: es «tal-vez»; se espera true o false (también sí/no o 1/0)"
    ]


def test_none_only_where_the_current_value_is_none():
    typed = command_line_overrides(PELICANCONF, ["SITEURL=none", "FEED_ALL_ATOM=none"])
    assert typed == {"SITEURL": "none", "FEED_ALL_ATOM": None}  # pelicanconf: None


def test_a_value_pelican_fails_on_is_reported_not_raised():
    with pytest.raises(SettingsErrors) as excinfo:
        load(PELICANCONF, {"SITEURL": None})
    (line,) = lines_of(excinfo)
    assert line.startswith("--set: (Pelican): Pelican no acepta los ajustes (")
    assert line.endswith("revise los que cambió con --set: SITEURL")


def test_an_unknown_name_is_an_error_with_a_suggestion_when_close():
    with pytest.raises(SettingsErrors) as excinfo:
        command_line_overrides(
            PELICANCONF, ["IMAGE_WORKERS=1", "NADA_QUE_VER=1", "EMBARGO"]
        )
    assert lines_of(excinfo) == [
        "--set: EMBARGO: se espera NOMBRE=VALOR, p. ej. EMBARGO=true",
        "--set: IMAGE_WORKERS: el ajuste no existe; ¿quiso decir IMAGES_WORKERS?",
        "--set: NADA_QUE_VER: el ajuste no existe; vea docs/ajustes.md",
    ]


def write_settings(tmp_path, body: str) -> str:
    """A settings file on top of the project's, as publishconf.py is."""
    path = tmp_path / "malconf.py"
    path.write_text(
        textwrap.dedent(
            f"""\
            import runpy
            globals().update(
                {{k: v for k, v in runpy.run_path({PELICANCONF!r}).items() if k.isupper()}}
            )
            """
        )
        + f"PATH = {str(ROOT / 'content')!r}\n"
        + textwrap.dedent(body),
        encoding="utf-8",
    )
    return str(path)


def test_every_wrong_value_is_reported_together_by_name(tmp_path):
    conf = write_settings(
        tmp_path,
        """\
        IMAGES_WORKERS = "2"
        EMBARGO = "false"
        PORTAL_URL = "comunicacion.example.mx/"
        VEDAS = [{"start": "2021-06-06", "end": "2021-04-04", "name": "Veda"}]
        VEDA_ALLOWED_AREAS = ["salud", "deportes"]
        FEED_AREA_RSS = "feeds/areas.rss.xml"
        IMAGES_GALLERY_RECIPE = {"widths": (480, 0)}
        NAV_LINKS = [("Inicio",)]
        TRANSPARENCY_PROGRAM_FIELDS = [("Ejercicio", "ejercicio")]
        del AREAS["salud"]
        """,
    )
    with pytest.raises(SettingsErrors) as excinfo:
        load(conf)
    lines = lines_of(excinfo)
    named = [line.split(": ")[1] for line in lines]
    assert named == sorted(
        [
            "EMBARGO",
            "FEED_AREA_RSS",
            "IMAGES_GALLERY_RECIPE",
            "IMAGES_WORKERS",
            "NAV_LINKS",
            "PORTAL_URL",
            "TRANSPARENCY_PROGRAM_FIELDS",
            "VEDAS",
            "VEDA_ALLOWED_AREAS",
            "VEDA_ALLOWED_AREAS",  # salud is no area any more, deportes never was
        ]
    )
    assert all(line.startswith("malconf.py: ") for line in lines)
    assert (
        "malconf.py: IMAGES_WORKERS: es «2»; se espera un número entero mayor o igual a 1 o None"
        in lines
    )
    assert (
        "malconf.py: EMBARGO: es «false»; se espera true o false (también sí/no o 1/0)"
        in lines
    )
    assert (
        "malconf.py: IMAGES_GALLERY_RECIPE: widths: elemento 2: es «0»; "
        "se espera un número entero mayor o igual a 1" in lines
    )
    assert (
        "malconf.py: VEDAS: elemento 1: termina (2021-04-04) antes de empezar (2021-06-06); "
        "se espera end igual o posterior a start" in lines
    )
    text = excinfo.value.format()
    assert text.startswith(
        "Se encontraron 10 errores en los ajustes; no se construyó nada:"
    )


def test_wrong_set_values_are_reported_with_the_files_own(tmp_path):
    conf = write_settings(tmp_path, 'IMAGES_WORKERS = "2"\n')
    with pytest.raises(SettingsErrors) as excinfo:
        command_line_overrides(conf, ["EMBARGO=quizas"])
    assert [line.split(": ")[:2] for line in lines_of(excinfo)] == [
        ["--set", "EMBARGO"],
        ["malconf.py", "IMAGES_WORKERS"],
    ]


def test_pelicans_own_refusals_are_named_with_ours(tmp_path):
    conf = write_settings(tmp_path, 'IMAGES_WORKERS = "2"\n')
    with pytest.raises(SettingsErrors) as excinfo:
        load(conf, {"PATH": str(tmp_path / "no-existe")})
    assert lines_of(excinfo) == [
        "--set: PATH: la carpeta de contenido no existe; se espera una carpeta con el contenido",
        "malconf.py: IMAGES_WORKERS: es «2»; se espera un número entero mayor o igual a 1 o None",
    ]


def test_a_value_set_on_the_command_line_is_checked_as_one(tmp_path):
    with pytest.raises(SettingsErrors) as excinfo:
        load(PELICANCONF, {"IMAGES_WORKERS": 0})
    assert lines_of(excinfo) == [
        "--set: IMAGES_WORKERS: es «0»; se espera un número entero mayor o igual a 1 o None"
    ]


def test_required_settings_missing_are_named():
    with pytest.raises(SettingsErrors) as excinfo:
        prepare({"ORGANIZATION_NAME": "Ayuntamiento"}, "conf.py")
    missing = {line.split(": ")[1] for line in lines_of(excinfo)}
    required = {name for name, option in SETTINGS.items() if option.required}
    assert missing == required - {"ORGANIZATION_NAME"}
    assert (
        "conf.py: PORTAL_URL: falta; se espera una dirección que empiece con https:// (o http://), sin / al final"
        in lines_of(excinfo)
    )


def test_declared_defaults_are_merged_into_the_settings():
    settings = load(PELICANCONF)
    assert "IMAGES_WORKERS" not in (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    assert settings["IMAGES_WORKERS"] is None
    assert settings["RENDER_PARALLEL_MIN"] == 50
    assert settings["SEARCH_INDEX"] is True
    assert settings["CHECK_ONLY"] is False
    assert settings["EMBARGO_NOW"] is None
    assert set(SETTINGS) <= set(settings)
    # checked twice (the command, then Pelican's initialized) gives the same values
    assert prepare(dict(settings)) == settings


@pytest.mark.parametrize("conf", ["pelicanconf.py", "publishconf.py"])
def test_every_setting_of_ours_in_the_settings_files_is_declared(conf):
    """Pelican's names without a default (HOME_SAVE_AS, FEED_ALL_RSS) are
    allowed by name in portal_settings.names, not by a pattern here."""
    from pelican.settings import get_settings_from_file

    names = get_settings_from_file(str(ROOT / conf))
    assert unknown_names(names) == []
    assert unknown_names({**names, "IMAGES_WORKER": 1}) == ["IMAGES_WORKER"]


def test_every_declared_default_is_a_valid_value():
    for name, option in SETTINGS.items():
        if not option.required:
            assert option.validate(option.default) == option.validate(
                option.validate(option.default)
            ), name
        assert option.description, name


def test_image_recipes_know_every_field_of_a_recipe():
    recipe_option = SETTINGS["IMAGES_GALLERY_RECIPE"]
    assert set(recipe_option.fields) == {f.name for f in fields(Recipe)}
    with pytest.raises(SettingError, match="la clave «anchos» no existe"):
        recipe_option.validate({"anchos": (480,)})
    recipe = Recipe(**recipe_option.validate({"widths": [320], "press": True}))
    assert recipe.widths == (320,) and recipe.press is True


def test_the_settings_doc_is_generated_from_the_declaration():
    assert DOC == ROOT / "docs" / "ajustes.md"
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/ajustes.md no coincide con la declaración: "
        ".venv/bin/python -m portal_settings.doc"
    )
    documented = re.findall(r"^\| `([A-Z_]+)` \|", render(), flags=re.M)
    assert documented == list(SETTINGS)


# Plugins read declared settings as settings["X"]: the default is the declaration's.
def test_no_plugin_carries_a_default_of_a_declared_setting():
    pattern = re.compile(r"settings\.get\(\s*[\"']([A-Z_]+)[\"']")
    offenders = set()
    for path in sorted((ROOT / "plugins").rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if relative.startswith("plugins/portal_settings/"):
            continue  # the checker reads what may be missing or wrong
        for name in pattern.findall(path.read_text(encoding="utf-8")):
            if name in SETTINGS:
                offenders.add(f"{relative}: {name}")
    assert offenders == set()
