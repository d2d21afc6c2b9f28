"""Split a Markdown file into its YAML front matter and its body.

YAML is loaded without implicit timestamps (dates are checked by our own
field types, which can say *why* a date is impossible) and with only
``true``/``false`` as booleans, so ``area: no`` stays text. Numbers with a
decimal point load as exact ``Decimal`` values, never floats: amounts of
money must add up to the cent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import yaml


class FrontMatterError(ValueError):
    """The file's front matter cannot be read; the message is for staff."""


class _ContentLoader(yaml.SafeLoader):
    """SafeLoader minus the surprises of YAML 1.1 for people writing Spanish."""


# libyaml's parser (C) with the same resolvers and constructors: the fast path.
# Its error texts differ, so a file it rejects is parsed again by the Python
# loader, whose messages are the ones staff see (and the tests expect).
_FastLoader = type("_FastLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})

_RESOLVERS = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _loader in (_ContentLoader, _FastLoader):
    _loader.yaml_implicit_resolvers = {k: list(v) for k, v in _RESOLVERS.items()}
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )


def _load(text: str):
    try:
        return yaml.load(text, Loader=_FastLoader)  # noqa: S506
    except yaml.YAMLError:
        return yaml.load(text, Loader=_ContentLoader)  # noqa: S506 - raises, in Spanish terms


def _exact_number(loader, node):
    text = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:  # .inf, .nan: left as text for the fields to reject
        return text


_ContentLoader.add_constructor("tag:yaml.org,2002:float", _exact_number)
_FastLoader.add_constructor("tag:yaml.org,2002:float", _exact_number)

_DELIMITER = re.compile(r"^---[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class FrontMatter:
    """The parsed metadata mapping and the Markdown body that follows it."""

    metadata: dict
    body: str
    body_line: int  # 1-based line of the body's first line, for messages


def split_front_matter(text: str) -> FrontMatter:
    """Parse ``---`` YAML ``---`` then Markdown; raise FrontMatterError."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        raise FrontMatterError(
            "falta el encabezado: el archivo debe empezar con una línea '---', "
            "los campos en YAML y otra línea '---'"
        )
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].strip() != "---":
        raise FrontMatterError("la primera línea debe ser exactamente '---'")
    closing = _DELIMITER.search(text, first_end + 1)
    if closing is None:
        raise FrontMatterError(
            "el encabezado no se cierra: falta la segunda línea '---' "
            "que separa los campos del texto"
        )
    yaml_text = text[first_end + 1 : closing.start()]
    body = text[closing.end() :].lstrip("\n")
    body_line = text[: len(text) - len(body)].count("\n") + 1
    try:
        metadata = _load(yaml_text)
    except yaml.YAMLError as exc:
        raise FrontMatterError(_describe_yaml_error(exc)) from None
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise FrontMatterError(
            "el encabezado debe ser una lista de campos 'nombre: valor', uno por línea"
        )
    return FrontMatter(metadata=metadata, body=body, body_line=body_line)


def load_yaml(text: str):
    """A whole YAML file (a sidecar list), read like the front matter."""
    try:
        return _load(text)
    except yaml.YAMLError as exc:
        raise FrontMatterError(_describe_yaml_error(exc, first_line=1)) from None


def _describe_yaml_error(exc: yaml.YAMLError, first_line: int = 2) -> str:
    """A YAML error in Spanish, with the line counted from the file's top.

    ``first_line`` is the file line of the YAML's first line: 2 in front
    matter (after the opening '---'), 1 in a sidecar file.
    """
    mark = getattr(exc, "problem_mark", None)
    where = ""
    if mark is not None:
        where = f" (línea {mark.line + first_line}, columna {mark.column + 1})"
    problem = getattr(exc, "problem", None) or "sintaxis no válida"
    hint = _YAML_HINTS.get(problem, "")
    return f"YAML no válido{where}: {_translate(problem)}{hint}"


_TRANSLATIONS = {
    "mapping values are not allowed here": "hay dos puntos ':' donde no se esperan",
    "could not find expected ':'": "falta ':' después del nombre del campo",
    "found character '\\t' that cannot start any token": (
        "hay un tabulador; use espacios para sangrar"
    ),
    "expected <block end>, but found '-'": "la lista no está bien sangrada",
    "found unexpected end of stream": "el texto entre comillas no se cierra",
}

_YAML_HINTS = {
    "mapping values are not allowed here": (
        "; si el valor contiene ':', escríbalo entre comillas"
    ),
}


def _translate(problem: str) -> str:
    for english, spanish in _TRANSLATIONS.items():
        if problem.startswith(english):
            return spanish
    return problem
