"""The table of ``theme/admin/formato-portal.js``: how each field is written.

``python -m portal.editor.shapes`` rewrites the table between its two marker
lines from the schemas (``fields.shapes``); tests/test_editor_format.py fails
when the file falls behind. One table serves every kind: a path ("image",
"activities[]") means the same in every kind that has it, and a top-level
field written two ways (a bulletin's ``number`` is a number, a contract's
is text) keeps the text's way, which the number's value does not use.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from collections.abc import Mapping

from content_schema.kinds import KIND_BY_KEY, KINDS

from .fields import shapes

FORMAT_JS = os.path.join(
    os.path.dirname(__file__), "..", "..", "theme", "admin", "formato-portal.js"
)
START = "  // --- campos (generado por python -m portal.editor.shapes; no editar) ---\n"
END = "  // --- fin de los campos ---\n"


class ShapeConflict(ValueError):
    """Two kinds write the same field two ways: the table cannot say both."""


def table(settings: Mapping) -> dict[str, list[list[str]]]:
    merged: dict[str, list[list[str]]] = {}
    parts = [kind.schema(settings) for kind in KINDS]
    photos = shapes(KIND_BY_KEY["gallery"].parts["fotos.yml"], "fotos[]")
    for kind_table in [*(shapes(p) for p in parts), photos]:
        for path, rows in kind_table.items():
            _merge(merged.setdefault(path, []), rows, path)
    merged.pop("fotos", None)
    return merged


def _merge(into: list[list[str]], rows: list[list[str]], path: str) -> None:
    styles = dict((name, style) for name, style in into)
    for name, style in rows:
        if name not in styles:
            into.append([name, style])
            styles[name] = style
        elif styles[name] != style:
            if styles[name] == "n" or style == "n":
                kept = style if styles[name] == "n" else styles[name]
                for row in into:
                    if row[0] == name:
                        row[1] = kept
                styles[name] = kept
            else:
                raise ShapeConflict(
                    f"{path or '(arriba)'}.{name}: {styles[name]} y {style}"
                )
    if path:  # below the top, one order for all: each kind's must agree with it
        order = [name for name, _ in into]
        positions = [order.index(name) for name, _ in rows]
        if positions != sorted(positions):
            raise ShapeConflict(f"{path}: los campos van en otro orden en otro tipo")


def block(settings: Mapping) -> str:
    rows = [
        f"    {json.dumps(path)}: {json.dumps(fields, ensure_ascii=False)},"
        for path, fields in table(settings).items()
    ]
    return START + "  var SHAPES = {\n" + "\n".join(rows) + "\n  };\n" + END


def current_block(path: str = FORMAT_JS) -> str:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return text[text.index(START) : text.index(END) + len(END)]


def rewrite(settings: Mapping, path: str = FORMAT_JS) -> bool:
    """Write the table into the file; True if it changed."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    old = current_block(path)
    new = text.replace(old, block(settings))
    if new == text:
        return False
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(new)
    return True


def main() -> int:
    from portal_settings import prepare

    settings = runpy.run_path("pelicanconf.py")
    prepare(settings)
    changed = rewrite(settings)
    print("formato-portal.js: " + ("tabla actualizada" if changed else "sin cambios"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
