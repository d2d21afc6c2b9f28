"""Settings checked at start: every bad value reported together, by name.

``prepare`` merges the declared defaults into Pelican's settings and puts each
value in the form plugins use; ``load`` reads a settings file as Pelican does
and prepares it; ``command_line_overrides`` turns ``--set NOMBRE=VALOR`` text
into the declared type (Pelican's own settings: the type of their value in the
settings file, else of Pelican's default).
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass

from pelican.settings import DEFAULT_CONFIG, read_settings

from .declared import SETTINGS
from .names import is_setting, no_such_setting, unknown_names
from .options import (
    FALSE_WORDS,
    NONE_WORDS,
    TRUE_WORDS,
    SettingError,
    parse_structure,
    shown,
)
from .settings_file import SettingsFileError, settings_in_file

COMMAND_LINE = "--set"


@dataclass(frozen=True, order=True)
class SettingProblem:
    """``source: NAME: message``; source is the settings file or ``--set``.
    A mistake of the file itself names no setting: ``pelicanconf.py, línea 57: …``."""

    source: str
    name: str
    message: str

    def __str__(self) -> str:
        if not self.name:
            return f"{self.source}: {self.message}"
        return f"{self.source}: {self.name}: {self.message}"


class SettingsErrors(Exception):
    """Raised before anything is built when any setting is wrong."""

    exitcode = 2

    def __init__(self, problems: list[SettingProblem]):
        self.problems = sorted(set(problems))
        super().__init__(self.format())

    def format(self) -> str:
        count = len(self.problems)
        header = (
            "Se encontró 1 error en los ajustes; no se construyó nada:"
            if count == 1
            else f"Se encontraron {count} errores en los ajustes; no se construyó nada:"
        )
        footer = (
            "Corrija los ajustes indicados (vea docs/ajustes.md) y vuelva a intentarlo."
        )
        return "\n".join([header, *(str(p) for p in self.problems), footer])


def prepare(settings: dict, source: str = "pelicanconf.py", overridden=()) -> dict:
    """Defaults merged, values converted in place; ``SettingsErrors`` naming
    every wrong one. ``overridden``: the names given with ``--set``."""
    problems = []
    for name, option in SETTINGS.items():
        where = COMMAND_LINE if name in overridden else source
        if name not in settings:
            if option.required:
                problems.append(
                    SettingProblem(where, name, f"falta; se espera {option.expected()}")
                )
            else:
                settings[name] = copy.deepcopy(option.default)
            continue
        try:
            settings[name] = option.validate(settings[name])
        except SettingError as error:
            problems.append(SettingProblem(where, name, str(error)))
    problems += _across(settings, source, overridden)
    problems += [
        SettingProblem(source, name, no_such_setting(name))
        for name in unknown_names(settings)
        if name not in overridden  # --set names were checked as they were read
    ]
    if problems:
        raise SettingsErrors(problems)
    return settings


def _across(settings: dict, source: str, overridden) -> list[SettingProblem]:
    """Checks that need two settings: the areas a veda allows must exist."""
    areas = settings.get("AREAS")
    allowed = settings.get("VEDA_ALLOWED_AREAS")
    if not isinstance(areas, dict) or not isinstance(allowed, list | tuple):
        return []
    where = COMMAND_LINE if "VEDA_ALLOWED_AREAS" in overridden else source
    return [
        SettingProblem(
            where,
            "VEDA_ALLOWED_AREAS",
            f"el área {shown(key)} no está en AREAS; se espera una de: {', '.join(areas)}",
        )
        for key in allowed
        if key not in areas
    ]


# Pelican's own refusals (in English, as exceptions): the setting each one names.
_PELICAN_REFUSALS = {
    "You need to specify a path": (
        "PATH",
        "la carpeta de contenido no existe; se espera una carpeta con el contenido",
    ),
    "Could not find the theme": (
        "THEME",
        "el tema no existe; se espera la carpeta de un tema",
    ),
}


def load(settings_file: str, overrides: dict | None = None) -> dict:
    """Pelican's ``read_settings`` with ours prepared (typed ``overrides``)."""
    overrides = dict(overrides or {})
    source = os.path.basename(settings_file)
    written = _settings_in_file(settings_file)  # its own mistakes first, alone
    try:
        settings = read_settings(settings_file, override=overrides or None)
    except (ValueError, TypeError, AttributeError) as refusal:
        # Pelican checks a few of its settings by failing on them
        ours = sorted(name for name in overrides if name not in SETTINGS)
        name, message = next(
            (
                found
                for start, found in _PELICAN_REFUSALS.items()
                if str(refusal).startswith(start)
            ),
            (
                "(Pelican)",
                f"Pelican no acepta los ajustes ({refusal}); revise "
                + (
                    f"los que cambió con --set: {', '.join(ours)}"
                    if ours
                    else "sus ajustes"
                ),
            ),
        )
        where = (
            COMMAND_LINE if name in overrides or (name == "(Pelican)" and ours) else source
        )
        problems = [SettingProblem(where, name, message)]
        try:  # ours too, all in one report
            prepare({**written, **overrides}, source, overrides)
        except SettingsErrors as more:
            problems += more.problems
        raise SettingsErrors(problems) from None
    return prepare(settings, source, overrides)


def _settings_in_file(settings_file: str) -> dict:
    """The file's own names, or ``SettingsErrors`` saying which line is wrong."""
    try:
        return settings_in_file(settings_file)
    except SettingsFileError as error:
        raise SettingsErrors([SettingProblem(error.where, "", error.message)]) from None


def command_line_overrides(settings_file: str, pairs: list[str]) -> dict:
    """``NOMBRE=VALOR`` texts as typed values. Wrong ones raise ``SettingsErrors``
    together with whatever is wrong in the settings file itself."""
    known = {**DEFAULT_CONFIG, **_settings_in_file(settings_file)}
    typed, problems = {}, []
    for pair in pairs:
        name, equals, text = pair.partition("=")
        name = name.strip()
        if not equals or not name:
            problems.append(
                SettingProblem(
                    COMMAND_LINE, pair, "se espera NOMBRE=VALOR, p. ej. EMBARGO=true"
                )
            )
            continue
        try:
            typed[name] = from_text(name, text, known)
        except SettingError as error:
            problems.append(SettingProblem(COMMAND_LINE, name, str(error)))
    if problems:
        try:
            load(settings_file, typed)
        except SettingsErrors as more:
            problems += more.problems
        raise SettingsErrors(problems)
    return typed


def from_text(name: str, text: str, known: dict):
    """One ``--set`` value in its setting's type."""
    if name in SETTINGS:
        return SETTINGS[name].from_text(text)
    if name in known:
        return _like(known[name], text)
    if is_setting(name, known):  # Pelican's, without a default
        return _like(None, text)
    raise SettingError(no_such_setting(name, known))


def _like(example, text: str):
    """Text read in the type of a Pelican setting's current value."""
    word = text.strip().lower()
    if isinstance(example, bool):
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        if word.isdigit():  # DEFAULT_PAGINATION: False or a number of items
            return int(word)
        raise SettingError(
            f"es {shown(text)}; se espera true o false (también sí/no o 1/0)"
        )
    if isinstance(example, int):
        try:
            return int(word)
        except ValueError:
            raise SettingError(f"es {shown(text)}; se espera un número entero") from None
    if isinstance(example, float):
        try:
            return float(word)
        except ValueError:
            raise SettingError(f"es {shown(text)}; se espera un número") from None
    if isinstance(example, list | tuple | dict):
        value = parse_structure(text)
        kind = dict if isinstance(example, dict) else (list, tuple)
        if not isinstance(value, kind):
            expected = "un mapa" if isinstance(example, dict) else "una lista"
            raise SettingError(f"es {shown(text)}; se espera {expected} en JSON o YAML")
        return value
    if isinstance(example, str):
        return text
    if example is None:
        return None if word in NONE_WORDS else text
    raise SettingError("no se puede cambiar con --set; cámbielo en el archivo de ajustes")
