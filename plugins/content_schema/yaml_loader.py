"""The one YAML loader of every content file, and what it notices on the way.

Values are read as people write them, close to YAML 1.2's core schema:

- integers in base 10 only (``040`` is 40, never octal 32; ``1:30`` is text,
  never sexagesimal 90; ``0x1F``, ``1_000`` are text);
- numbers with a decimal point are exact ``Decimal`` values (money adds up
  to the cent); ``.inf``, ``.nan`` and exponents are text;
- only ``true``/``false`` are booleans (``area: no`` stays text);
- no implicit timestamps: dates are text, checked by our own field types,
  which can say *why* a date is impossible;
- ``null``, ``~`` or nothing is an empty value.

The header is composed into nodes first and looked at before it becomes
data, because data has forgotten what staff need to be told: a key given
twice (the last one silently won), a value cut short by `` #`` (the rest
became a comment), a value delimited by typographic quotes (published with
them), a value starting with ``&`` (YAML ate a word as an anchor).
"""

from __future__ import annotations

import re
from decimal import Decimal

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .lookalikes import describe_char

_STR = "tag:yaml.org,2002:str"


def _configure(loader: type) -> type:
    loader.yaml_implicit_resolvers = {}
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
    )
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)$"),
        list("-+0123456789."),
    )
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:null",
        re.compile(r"^(?:~|null|Null|NULL|)$"),
        ["~", "n", "N", ""],
    )
    loader.add_constructor("tag:yaml.org,2002:int", _decimal_int)
    loader.add_constructor("tag:yaml.org,2002:float", _exact_number)
    return loader


def _decimal_int(loader, node) -> int:
    return int(loader.construct_scalar(node), 10)


def _exact_number(loader, node) -> Decimal:
    return Decimal(loader.construct_scalar(node))


class ContentLoader(yaml.SafeLoader):
    """Pure Python: its error texts are the ones ``yaml_errors`` translates."""


# libyaml's parser (C) with the same resolvers and constructors: the fast path.
# A file it rejects is parsed again by ContentLoader for the message.
FastLoader = type("FastLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
_configure(ContentLoader)
_configure(FastLoader)


def compose(text: str):
    """The document's root node (None when empty); raises yaml.YAMLError."""
    for loader_class in (FastLoader, ContentLoader):
        loader = loader_class(text)
        try:
            return loader, loader.get_single_node()
        except yaml.YAMLError:
            if loader_class is ContentLoader:
                raise
        finally:
            loader.dispose()
    raise AssertionError("unreachable")


def construct(loader, node):
    return None if node is None else loader.construct_document(node)


def inspect(node, text: str, first_line: int, where: str) -> list[tuple[str, str]]:
    """``(field, message)`` for what YAML accepts but staff did not mean.

    ``where`` names the text in messages: «en el encabezado», «en la lista».
    """
    lines = text.splitlines()
    problems: list[tuple[str, str]] = []
    _walk(node, "", lines, first_line, where, problems)
    return problems


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _walk(node, path, lines, first_line, where, problems, seen_nodes=None) -> None:
    seen_nodes = set() if seen_nodes is None else seen_nodes
    if id(node) in seen_nodes:  # an alias: its anchor was already looked at
        return
    seen_nodes.add(id(node))
    start = node.start_mark
    if (
        start.line < len(lines)
        and lines[start.line][start.column : start.column + 1] == "&"
    ):
        problems.append((path or "(encabezado)", ANCHOR))
        return
    if isinstance(node, MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
            line = key_node.start_mark.line + first_line
            if key in seen:
                problems.append(
                    (
                        _join(path, key),
                        f"el campo está dos veces {where} (líneas {seen[key]} "
                        f"y {line}); se espera una sola vez: borre la que sobra",
                    )
                )
            seen.setdefault(key, line)
            _walk(
                value_node, _join(path, key), lines, first_line, where, problems, seen_nodes
            )
    elif isinstance(node, SequenceNode):
        for position, item in enumerate(node.value, start=1):
            _walk(
                item, f"{path}[{position}]", lines, first_line, where, problems, seen_nodes
            )
    elif isinstance(node, ScalarNode):
        problem = _scalar_problem(node, path, lines)
        if problem:
            problems.append((path or "(encabezado)", problem))


ANCHOR = (
    "el valor empieza con '&', que en YAML marca un ancla y se quita del texto; "
    "escriba el valor entre comillas"
)
_TYPOGRAPHIC_OPEN = "\u201c\u201d\u201e\u2018\u2019"
# a typographic opening quote closed by a straight one ("“Feria…\"") is the
# same mistake: the quotes would be published
_TYPOGRAPHIC_CLOSE = "\u201d\u201c\u2019\u2018\"'"


def _scalar_problem(node: ScalarNode, path: str, lines: list[str]) -> str | None:
    end = node.end_mark
    if node.style or node.tag != _STR:  # quoted, or a number, date, true…
        return None
    value = node.value
    field = path.rsplit(".", 1)[-1]
    rest = lines[end.line][end.column :] if end.line < len(lines) else ""
    # "#EmpleoSanIsidro" is a hashtag that YAML took for a comment; "# quite
    # esta línea" (a space after #, as make nuevo writes them) is a comment.
    if re.match(r"\s+#[^\s#]", rest):
        whole = f"{value}{rest.rstrip()}".replace('"', "\u201d")
        return (
            f"el valor se corta en « #»: lo que sigue es un comentario y no se "
            f"publicaría, quedaría solo «{value}»; si el # es parte del texto, "
            f'escriba el valor entre comillas: {field}: "{whole}"'
        )
    if len(value) > 1 and value[0] in _TYPOGRAPHIC_OPEN and value[-1] in _TYPOGRAPHIC_CLOSE:
        inner = value[1:-1].strip()
        between = (
            f"abre con la comilla tipográfica {describe_char(value[0])} y cierra con "
            f"{describe_char(value[-1])}"
            if value[-1] in "\"'"
            else f"va entre comillas tipográficas {describe_char(value[0])} y "
            f"{describe_char(value[-1])}"
        )
        return (
            f"el valor {between}, que se publicarían como parte del texto; "
            f'escriba comillas rectas " o ninguna: {field}: "{inner}"'
        )
    return None
