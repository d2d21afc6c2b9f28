"""Running a settings file, with its Python mistakes said in Spanish.

Staff edit ``pelicanconf.py`` (AREAS, VEDAS, the transparency columns); an
unclosed bracket or quote there must read as «pelicanconf.py, línea 57: …»
with what to do, never as a traceback.
"""

from __future__ import annotations

import os
import re
import sysconfig
import traceback

from pelican.settings import get_settings_from_file

from .options import shown

_BRACKETS = {"[": "]", "(": ")", "{": "}"}

# Python's words (3.11+) -> ours; the first pattern that matches wins.
_SYNTAX = [
    (
        r"'([\[({])' was never closed",
        lambda m: (
            f"el «{m[1]}» que se abre en esta línea no se cierra; "
            f"agregue «{_BRACKETS[m[1]]}» donde termina"
        ),
    ),
    (
        r"closing parenthesis '(.)' does not match opening parenthesis '(.)'",
        lambda m: (
            f"se cierra con «{m[1]}» lo que se abrió con «{m[2]}»; "
            f"ciérrelo con «{_BRACKETS[m[2]]}»"
        ),
    ),
    (
        r"unmatched '(.)'",
        lambda m: f"sobra un «{m[1]}» que no cierra nada; quítelo o agregue el que abre",
    ),
    (
        r"unterminated (triple-quoted )?string literal",
        lambda m: (
            "un texto entre comillas no se cierra; agregue la comilla que "
            "falta al final del texto (la misma con que empieza)"
        ),
    ),
    (
        r"invalid character '(.)'",
        lambda m: (
            f"tiene el carácter «{m[1]}», que Python no acepta aquí (¿comillas "
            "tipográficas copiadas de un documento?); use comillas rectas \" o '"
        ),
    ),
    (
        r"leading zeros in decimal integer literals|invalid decimal literal",
        lambda m: (
            "un número o una fecha sin comillas; escriba las fechas y los "
            'textos entre comillas, p. ej. "2021-04-04"'
        ),
    ),
    (
        r"Perhaps you forgot a comma",
        lambda m: "falta una coma entre dos elementos de una lista o un mapa",
    ),
    (
        r"unexpected indent",
        lambda m: "la línea empieza con espacios que sobran; quítelos",
    ),
    (
        r"unindent does not match|expected an indented block",
        lambda m: (
            "los espacios al principio de la línea no cuadran con los de "
            "las líneas de arriba"
        ),
    ),
]


class SettingsFileError(Exception):
    """The file could not be run: where (``file, línea N``) and what to do."""

    def __init__(self, where: str, message: str):
        self.where, self.message = where, message
        super().__init__(f"{where}: {message}")


def settings_in_file(path: str) -> dict:
    """``get_settings_from_file``, or ``SettingsFileError`` for any mistake."""
    if not os.path.isfile(path):
        raise SettingsFileError(
            os.path.basename(path),
            f"no existe el archivo de ajustes {path}; se espera un archivo como "
            "pelicanconf.py (opción -s)",
        )
    try:
        return get_settings_from_file(path)
    except SyntaxError as error:  # IndentationError too
        raise _syntax(path, error) from None
    except Exception as error:  # a name, a call that fails: any line may
        raise _running(path, error) from None


def _where(path: str, line: int | None) -> str:
    name = os.path.basename(path)
    return f"{name}, línea {line}" if line else name


def _syntax(path: str, error: SyntaxError) -> SettingsFileError:
    said = error.msg or ""
    message = next(
        (
            explain(found)
            for pattern, explain in _SYNTAX
            if (found := re.search(pattern, said))
        ),
        "Python no entiende esta línea; revise comas, comillas, corchetes y paréntesis",
    )
    code = (error.text or "").strip()
    if len(code) > 100:
        code = code[:99] + "…"
    detail = f" (Python dice: {said}" + (f"; la línea es «{code}»)" if code else ")")
    return SettingsFileError(_where(error.filename or path, error.lineno), message + detail)


# Lines there are not the settings file's: Python's, libraries' (Pelican's
# loader), and this package's own.
_NOT_STAFFS = (
    *(
        os.path.realpath(sysconfig.get_paths()[name])
        for name in ("stdlib", "purelib", "platlib")
    ),
    os.path.dirname(os.path.realpath(__file__)),
)


def _running(path: str, error: Exception) -> SettingsFileError:
    """A mistake found while the file runs: the deepest line of a settings file
    (not of Python or a library) is the one staff wrote."""
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename.endswith(".py")
        and not os.path.realpath(frame.filename).startswith(_NOT_STAFFS)
    ]
    frame = frames[-1] if frames else None
    if isinstance(error, NameError) and getattr(error, "name", None):
        message = (
            f"el nombre {shown(error.name)} no está definido; si es un texto, "
            "escríbalo entre comillas"
        )
    else:
        message = "el archivo falla al ejecutarse; revise esta línea"
    detail = f" (Python dice: {type(error).__name__}: {error})"
    where = _where(frame.filename if frame else path, frame.lineno if frame else None)
    return SettingsFileError(where, message + detail)
