"""Split a Markdown file into its YAML front matter and its body.

The YAML is read by ``yaml_loader`` (numbers in base 10, no implicit dates,
only true/false as booleans, exact decimals; what YAML accepts but staff
did not mean comes back as problems); its errors are worded by
``yaml_errors``. Here: the ``---`` lines, and what is there when they are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from . import yaml_errors, yaml_loader
from .lookalikes import name_lookalike


class FrontMatterError(ValueError):
    """The file's front matter cannot be read; the message is for staff."""


_DELIMITER = re.compile(r"^---[ \t]*$", re.MULTILINE)
_DASHES = re.compile(r"^[\s\-\u2010-\u2015\u2212]+$")


def _near_delimiter(line: str) -> bool:
    """``- - -``, ``—`` (Word's autocorrect of ---), ``--``, ``----``, `` ---``."""
    return (bool(_DASHES.match(line)) and line.strip() not in ("---", "")) or (
        line.startswith(" ") and line.strip() == "---"
    )


MISSING = (
    "falta el encabezado: el archivo debe empezar con una línea '---', "
    "los campos en YAML y otra línea '---'"
)


@dataclass(frozen=True)
class FrontMatter:
    """The parsed metadata mapping and the Markdown body that follows it."""

    metadata: dict
    body: str
    body_line: int  # 1-based line of the body's first line, for messages
    # (field, message): what YAML took in a way staff did not mean
    problems: list[tuple[str, str]] = field(default_factory=list)


def _not_a_delimiter(line: str) -> str:
    """Why a line that looks like '---' is not one."""
    odd = name_lookalike(line)
    return f"«{line.strip()}» debe ser exactamente tres guiones seguidos, ---" + (
        f": {odd}" if odd else ""
    )


def _opening_problem(text: str) -> str:
    """What stands where the opening '---' should be."""
    if not text.strip():
        return (
            "el archivo está vacío; se espera una línea '---', los campos en YAML, "
            "otra línea '---' y el texto (make nuevo crea un archivo listo para llenar)"
        )
    lines = text.splitlines()
    first = lines[0]
    if not first.strip():
        blanks = next(n for n, line in enumerate(lines) if line.strip())
        then = lines[blanks].strip()
        if then == "---":
            return (
                f"la línea '---' debe ser la primera del archivo y arriba hay "
                f"{'una línea' if blanks == 1 else f'{blanks} líneas'} en blanco; "
                f"{'bórrela' if blanks == 1 else 'bórrelas'}"
            )
        first = lines[blanks]
    if _near_delimiter(first) or first.strip().startswith("---"):
        return f"la primera línea {_not_a_delimiter(first)}"
    if re.match(r"^\s*[A-Za-z_áéíóúñ]+\s*:", first):
        return (
            f"falta la línea '---' antes de los campos: el archivo empieza con "
            f"«{first.strip()[:40]}»; agregue arriba una línea '---' (y otra después "
            "del último campo)"
        )
    return MISSING


def split_front_matter(text: str) -> FrontMatter:
    """Parse ``---`` YAML ``---`` then Markdown; raise FrontMatterError."""
    text = text.lstrip("\ufeff")  # a BOM from Notepad is not a mistake
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.strip() != "---":
        raise FrontMatterError(_opening_problem(text))
    closing = _DELIMITER.search(text, first_end + 1) if first_end >= 0 else None
    if closing is None:
        raise FrontMatterError(_closing_problem(text))
    yaml_text = text[first_end + 1 : closing.start()]
    body = text[closing.end() :].lstrip("\n")
    body_line = text[: len(text) - len(body)].count("\n") + 1
    metadata, problems = _parse(yaml_text, first_line=2, where="en el encabezado")
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise FrontMatterError(
            "el encabezado debe ser una lista de campos 'nombre: valor', uno por línea"
        )
    return FrontMatter(metadata, body, body_line, problems)


def _closing_problem(text: str) -> str:
    lines = text.splitlines()
    for number, line in enumerate(lines[1:], start=2):
        if _near_delimiter(line) or line.startswith("---"):
            return f"el encabezado no se cierra: la línea {number} {_not_a_delimiter(line)}"
    return (
        "el encabezado no se cierra: falta la segunda línea '---' "
        "que separa los campos del texto"
    )


def _parse(text: str, first_line: int, where: str):
    try:
        loader, node = yaml_loader.compose(text)
        problems = yaml_loader.inspect(node, text, first_line, where)
        return yaml_loader.construct(loader, node), problems
    except yaml.YAMLError as exc:
        raise FrontMatterError(yaml_errors.describe(exc, text, first_line)) from None


def load_yaml(text: str):
    """A whole YAML file (a sidecar list), read like the front matter.

    What the header check would report (a key twice, a value cut by '#')
    is raised here, as a sidecar has no report of its own.
    """
    data, problems = _parse(text, first_line=1, where="en la lista")
    if problems:
        where, message = problems[0]
        raise FrontMatterError(f"{where}: {message}")
    return data
