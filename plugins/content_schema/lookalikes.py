"""Characters that look like the ones YAML and our fields expect, but are not.

Word and phones turn ``-`` into ``–``, quotes into “ ”, spaces into
non-breaking ones; on screen the value looks right, so a message that only
says "not a valid date" leaves staff staring at it. These are named, with
the character to type instead.
"""

from __future__ import annotations

# character -> (what it is called, what to write instead)
LOOKALIKES: dict[str, tuple[str, str]] = {
    "\u2013": ("guion largo", "el guion normal -"),
    "\u2014": ("raya", "el guion normal -"),
    "\u2012": ("guion de cifras", "el guion normal -"),
    "\u2010": ("guion tipográfico", "el guion normal -"),
    "\u2011": ("guion que no separa", "el guion normal -"),
    "\u2212": ("signo menos", "el guion normal -"),
    "\u00a0": ("espacio que no separa", "un espacio normal"),
    "\u202f": ("espacio fino que no separa", "un espacio normal"),
    "\u2009": ("espacio fino", "un espacio normal"),
    "\u3000": ("espacio de ancho completo", "un espacio normal"),
    "\u200b": ("espacio invisible", "nada (bórrelo)"),
    "\ufeff": ("marca invisible BOM", "nada (bórrelo)"),
    "\u201c": ("comilla tipográfica", 'la comilla recta "'),
    "\u201d": ("comilla tipográfica", 'la comilla recta "'),
    "\u201e": ("comilla tipográfica baja", 'la comilla recta "'),
    "\u2018": ("comilla simple tipográfica", "la comilla recta '"),
    "\u2019": ("comilla simple tipográfica", "la comilla recta '"),
    "\u00ab": ("comilla angular", 'la comilla recta "'),
    "\u00bb": ("comilla angular", 'la comilla recta "'),
    "\uff1a": ("dos puntos de ancho completo", "los dos puntos normales :"),
    "\uff0c": ("coma de ancho completo", "la coma normal ,"),
    "\uff0e": ("punto de ancho completo", "el punto normal ."),
    "\uff0f": ("barra de ancho completo", "la barra normal /"),
}
for _digit in range(10):
    LOOKALIKES[chr(0xFF10 + _digit)] = (
        "cifra de ancho completo",
        f"la cifra normal {_digit}",
    )


# Plain characters a message may name, in Spanish (never Unicode's English
# name: staff read these messages).
CHARACTER_NAMES = {
    '"': "comilla recta",
    "'": "comilla simple recta o apóstrofo",
    "@": "arroba",
    "`": "acento grave",
    "%": "signo de porcentaje",
    "*": "asterisco",
    "!": "signo de admiración",
    "|": "barra vertical",
    ">": "signo mayor que",
    "<": "signo menor que",
    "?": "signo de interrogación",
    "-": "guion",
    "&": "signo et",
    "#": "almohadilla",
    ":": "dos puntos",
    ",": "coma",
    "[": "corchete",
    "]": "corchete",
    "{": "llave",
    "}": "llave",
    "\\": "diagonal invertida",
    "\t": "tabulador",
}


def describe_char(char: str) -> str:
    """«–» (guion largo, U+2013): how a message names one character; one
    without a Spanish name is shown with its code only."""
    name = LOOKALIKES[char][0] if char in LOOKALIKES else CHARACTER_NAMES.get(char, "")
    shown = char if char.isprintable() and not char.isspace() else " "
    return (
        f"«{shown}» ({name.lower()}, U+{ord(char):04X})" if name else f"«{shown}» (U+{ord(char):04X})"
    )


def lookalike_in(text: str) -> str | None:
    """The first look-alike character of ``text``, or None."""
    return next((char for char in text if char in LOOKALIKES), None)


def name_lookalike(text) -> str:
    """'' or «contiene el carácter «–» (guion largo, U+2013); escriba el guion normal -»."""
    if not isinstance(text, str):
        return ""
    char = lookalike_in(text)
    if char is None:
        return ""
    return f"contiene el carácter {describe_char(char)}; escriba {LOOKALIKES[char][1]}"
