"""PyYAML's complaints, told in Spanish at the line where the mistake probably is.

The parser stops where it can no longer make sense of the text, which is
often lines after the mistake: an unclosed quote swallows the next fields
and fails at the following one. So each problem is looked at against the
raw lines (where a quote opened, a bracket opened, a line lacks its colon)
before it is worded. Every problem string PyYAML's scanner, parser and
safe constructor can raise on a header has a wording here; anything else
gets a Spanish catch-all, never English.
"""

from __future__ import annotations

import re

import yaml

from .lookalikes import describe_char, lookalike_in, name_lookalike

QUOTE_HINT = "si el valor contiene ':', escríbalo entre comillas"
_KEY_LINE = re.compile(r"^(?P<indent> *)(?:- +)?(?P<key>[^\s:#][^:]*?):(?: |$)")


def describe(exc: yaml.YAMLError, text: str, first_line: int) -> str:
    """``YAML no válido (línea L, columna C): …`` in Spanish."""
    lines = text.splitlines()
    line, column, message = _locate(exc, lines, first_line)
    where = (
        f" (línea {line + first_line}, columna {column + 1})" if line is not None else ""
    )
    return f"YAML no válido{where}: {message}"


def _mark(exc, name: str):
    mark = getattr(exc, name, None)
    return (mark.line, mark.column) if mark is not None else (None, None)


def _locate(exc, lines: list[str], first_line: int) -> tuple[int | None, int | None, str]:
    if isinstance(exc, yaml.reader.ReaderError):
        invisible = f"hay un carácter de control invisible (U+{exc.character:04X})"
        return (
            None,
            None,
            f"{invisible} en el encabezado; bórrelo (suele venir de copiar y pegar)",
        )
    problem = getattr(exc, "problem", None) or ""
    context = getattr(exc, "context", None) or ""
    line, column = _mark(exc, "problem_mark")
    ctx_line, ctx_column = _mark(exc, "context_mark")
    quote = _unclosed_quote(lines, line)
    if quote is not None and (
        "quoted scalar" in context or "<block end>" in problem or "expected ':'" in problem
    ):
        open_line, open_column, char, close_line = quote
        message = f"las comillas {char} que abren aquí no se cierran"
        if close_line is None:
            message += "; ciérrelas al final del valor, en la misma línea"
        else:
            message += (
                f" en esta línea y el texto sigue hasta la línea {close_line + first_line}; "
                "ciérrelas al final del valor"
            )
        return open_line, open_column, message
    if problem.startswith("expected '<document start>'"):
        line = next((n for n, text in enumerate(lines) if text.startswith("%")), line)
        column = 0
    for words, wording in _SIMPLE:
        if words in context and ctx_line is not None:
            return ctx_line, ctx_column, wording  # where the alias, tag… starts
        if words in problem:
            return line, column, wording
    if problem.startswith("found character") and "cannot start any token" in problem:
        char = problem.split("'")[1]
        return line, column, _cannot_start(char)
    if problem.startswith(("expected ',' or ']'", "expected ',' or '}'")) or (
        "invalid indentation or unclosed" in problem
    ):
        bracket = "[" if "]" in problem or "sequence" in context else "{"
        return _bracket(lines, ctx_line, ctx_column, bracket)
    opened = _unclosed_bracket(lines, line)
    if problem.startswith("expected the node content") and opened is not None:
        return _bracket(lines, *opened)
    if problem == "mapping values are not allowed here":
        return _colon(lines, line, column)
    if problem.startswith("expected <block end>, but found"):
        return _block_end(problem, lines, line, column)
    if problem.startswith("could not find expected ':'"):
        return _missing_colon(lines, ctx_line if ctx_line is not None else line)
    return line, column, _fallback(lines, line)


_SIMPLE = (
    ("found character '\\t'", "hay un tabulador; use espacios para sangrar"),
    (
        "while scanning an alias",
        (
            "un valor no puede empezar con '*' (en YAML marca una referencia); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "found undefined alias",
        (
            "un valor no puede empezar con '*' (en YAML marca una referencia); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "while scanning an anchor",
        (
            "un valor no puede empezar con '&' (en YAML marca un ancla); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "found duplicate anchor",
        (
            "un valor no puede empezar con '&' (en YAML marca un ancla); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "while scanning a tag",
        (
            "un valor no puede empezar con '!' (en YAML marca un tipo); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "could not determine a constructor for the tag",
        (
            "un valor no puede empezar con '!' (en YAML marca un tipo); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "found undefined tag handle",
        (
            "un valor no puede empezar con '!' (en YAML marca un tipo); "
            "escriba el valor entre comillas"
        ),
    ),
    (
        "while scanning a directive",
        (
            "una línea no puede empezar con '%' (en YAML marca una directiva); "
            "si es texto, escríbalo entre comillas"
        ),
    ),
    (
        "expected '<document start>'",
        (
            "una línea empieza con '%' (en YAML marca una directiva); "
            "si es texto, escríbalo entre comillas"
        ),
    ),
    (
        "found unknown escape character",
        (
            "entre comillas dobles, la barra invertida \\ empieza un código; escriba \\\\ "
            "o use comillas simples ' '"
        ),
    ),
    (
        "expected escape sequence",
        (
            "entre comillas dobles, la barra invertida \\ empieza un código; escriba \\\\ "
            "o use comillas simples ' '"
        ),
    ),
    (
        "while scanning a block scalar",
        (
            "un valor no puede empezar con '|' o '>' seguido de texto; escriba el valor "
            "entre comillas"
        ),
    ),
    (
        "sequence entries are not allowed here",
        (
            "hay un guion '-' donde no se espera; una lista va entre corchetes "
            "([a, b]) o un elemento por línea, sangrado bajo su campo; si es texto, "
            "escríbalo entre comillas"
        ),
    ),
    (
        "mapping keys are not allowed here",
        ("un valor no puede empezar con '?'; escriba el valor entre comillas"),
    ),
    (
        "but found another document",
        ("hay más de un documento: una línea '---' o '...' de más; bórrela"),
    ),
    (
        "found unhashable key",
        (
            "el nombre de un campo no puede ir entre corchetes ni llaves; escriba nombre: valor"
        ),
    ),
    ("found unexpected end of stream", "el texto entre comillas no se cierra"),
)


def _cannot_start(char: str) -> str:
    """'@', '`' (reserved in YAML) and '%' (a directive) cannot start a value."""
    odd = name_lookalike(char)
    if odd:  # e.g. a BOM or zero-width space pasted before the value
        return f"la línea {odd}"
    return f"un valor no puede empezar con '{char}'; escriba el valor entre comillas"


def _unclosed_quote(lines: list[str], stop: int | None):
    """The quoted value that swallowed the text up to the error, if any.

    Returns (line, column, «"», line where it closes or None) for the last
    value at or before ``stop`` whose quote does not close on its own line,
    when the quote closes on the error's line or never (so a value quoted
    over two lines on purpose is not blamed for a later mistake).
    """
    found = None
    limit = len(lines) if stop is None else min(stop + 1, len(lines))
    for number in range(limit):
        match = _KEY_LINE.match(lines[number]) or re.match(r"^ *- +", lines[number])
        if not match:
            continue
        rest = lines[number][match.end() :].lstrip(" ")
        if not rest or rest[0] not in "\"'" or _closes(rest[1:], rest[0]):
            continue
        column = len(lines[number]) - len(rest)
        close = next(
            (n for n in range(number + 1, len(lines)) if _closes(lines[n], rest[0])), None
        )
        found = (number, column, f"«{rest[0]}»", close)
    if found and found[3] is not None and stop is not None and found[3] != stop:
        return None
    return found


def _bracket(lines, number, column, bracket):
    closer = "]" if bracket == "[" else "}"
    text = lines[number] if number is not None and number < len(lines) else ""
    why = (
        "un # sin comillas empieza un comentario: escriba ese elemento entre comillas"
        if " #" in text
        else "si un elemento lleva ':' o ',', escríbalo entre comillas"
    )
    message = f"la lista que abre con '{bracket}' no se cierra; ciérrela con '{closer}' "
    return number, column, f"{message}en la misma línea ({why})"


def _unclosed_bracket(lines: list[str], stop: int | None):
    """(line, column, '[') of the last bracket at or before ``stop`` left open
    on its line, counting only what a comment has not hidden."""
    limit = len(lines) if stop is None else min(stop + 1, len(lines))
    found = None
    for number in range(limit):
        text = lines[number].split(" #", 1)[0]
        depth, first = 0, None
        for column, char in enumerate(text):
            if char in "[{":
                depth, first = depth + 1, first if first is not None else (column, char)
            elif char in "]}":
                depth -= 1
        if depth > 0 and first is not None:
            found = (number, first[0], first[1])
    return found


def _closes(text: str, quote: str) -> bool:
    if quote == '"':
        return re.search(r'(?<!\\)(?:\\\\)*"', text) is not None
    return "'" in text.replace("''", "")


def _colon(lines, line, column):
    """``:`` where YAML does not expect it: in a value, or after a line without one."""
    current = lines[line] if line is not None and line < len(lines) else ""
    key = _KEY_LINE.match(current)
    if key and key.end() - 1 <= column + 1:
        # The colon is this line's own: the line before is the broken one.
        previous = next((n for n in range(line - 1, -1, -1) if lines[n].strip()), None)
        if previous is not None and not _KEY_LINE.match(lines[previous]):
            return _missing_colon(lines, previous)
        indent = len(key["indent"])
        before = (
            len(_KEY_LINE.match(lines[previous])["indent"]) if previous is not None else 0
        )
        if previous is not None and indent != before:
            return (
                line,
                0,
                (
                    f"la sangría de esta línea ({_spaces(indent)}) no coincide con la de la "
                    f"línea de arriba ({before}); los campos del mismo grupo van alineados, "
                    "con los mismos espacios"
                ),
            )
    value = current[key.end() :].lstrip() if key else current
    if value[:1] and value[0] in "\u201c\u201d\u2018\u2019\u00ab\u201e":
        return (
            line,
            column,
            (
                f"hay dos puntos ':' donde no se esperan: el valor empieza con "
                f"{describe_char(value[0])}, que YAML no toma por comilla; escriba el valor "
                'entre comillas rectas "…"'
            ),
        )
    return line, column, f"hay dos puntos ':' donde no se esperan; {QUOTE_HINT}"


def _spaces(count: int) -> str:
    return "1 espacio" if count == 1 else f"{count} espacios"


def _missing_colon(lines, line):
    text = lines[line] if line is not None and line < len(lines) else ""
    odd = name_lookalike(text)
    if odd:
        return (
            line,
            text.index(lookalike_in(text)),
            f"falta ':' después del nombre del campo: la línea {odd}",
        )
    return line, 0, "falta ':' después del nombre del campo; escriba nombre: valor"


def _block_end(problem, lines, line, column):
    found = problem.split("but found ", 1)[1]
    if found in ("'-'", "'<block sequence start>'"):
        return (
            line,
            column,
            (
                "la lista no está bien sangrada: los guiones '-' de una lista van "
                "alineados, con los mismos espacios"
            ),
        )
    if found == "'<block mapping start>'":
        return (
            line,
            column,
            (
                "la sangría no coincide con la de las líneas de arriba; los campos del "
                "mismo grupo van alineados, con los mismos espacios"
            ),
        )
    if found == "'<scalar>'":
        return (
            line,
            column,
            (
                "hay texto después de las comillas que cierran el valor; si el texto lleva "
                "comillas por dentro, use “ ” o « », y escriba todo el valor entre comillas"
            ),
        )
    char = _TOKENS.get(found.strip("'"), found.strip("'"))
    if char.startswith("<"):
        return line, column, _fallback(lines, line)
    return (
        line,
        column,
        f"sobra el carácter '{char}'; bórrelo o escriba el valor entre comillas",
    )


# PyYAML's names of what it found, as the character staff typed.
_TOKENS = {
    "<tag>": "!",
    "<anchor>": "&",
    "<alias>": "*",
    "<flow sequence start>": "[",
    "<flow mapping start>": "{",
    "<flow sequence end>": "]",
    "<flow mapping end>": "}",
    "<flow entry>": ",",
    "<key>": "?",
    "<value>": ":",
    "<block entry>": "-",
}


def _fallback(lines, line):
    text = lines[line] if line is not None and line < len(lines) else ""
    odd = name_lookalike(text)
    if odd:
        return f"la línea {odd}"
    return (
        "el encabezado no se puede leer aquí; revise las comillas, los dos puntos y "
        "la sangría de esta línea y de la anterior"
    )
