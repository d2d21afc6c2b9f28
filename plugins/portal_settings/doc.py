"""``docs/ajustes.md``, generated from the declaration.

``python -m portal_settings.doc`` rewrites it; ``tests/test_settings.py``
fails when the file and ``declared.SETTINGS`` disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .declared import SETTINGS
from .options import Option

DOC = Path(__file__).resolve().parents[2] / "docs" / "ajustes.md"

INTRO = """\
# Ajustes del portal

Este archivo se genera a partir de `plugins/portal_settings/declared.py` con
`.venv/bin/python -m portal_settings.doc`; no lo edite a mano (una prueba
falla si no coincide con la declaración).

Los ajustes van en `pelicanconf.py` (vista previa) y `publishconf.py` (sitio
público), además de los de Pelican. Al empezar, cada construcción y `make check`
revisan todos: si alguno está mal, se listan todos juntos con su nombre y lo que
se espera, y no se toca `output/`.

Desde la línea de órdenes, `--set NOMBRE=VALOR` cambia un ajuste para una
construcción (`.venv/bin/python -m portal build --set EMBARGO=true`); el texto se
convierte al tipo del ajuste:

- sí/no: `true`/`false`, `sí`/`no` o `1`/`0`;
- número entero: `--set IMAGES_WORKERS=1`;
- `None` donde se permite: `none` (o `ninguno`);
- fecha y hora: `--set EMBARGO_NOW=2021-03-01T09:00`;
- listas y mapas en JSON o YAML: `--set 'VEDA_ALLOWED_AREAS=["salud", "educacion"]'`;
- los ajustes de Pelican, según el tipo de su valor en el archivo de ajustes o,
  si no está ahí, el de su valor por omisión en Pelican (`--set RELATIVE_URLS=false`,
  `--set DEFAULT_PAGINATION=20`); `none` solo donde el valor actual es `None`.

Un nombre que no existe, en el archivo de ajustes o con `--set`, es un error
(con «¿quiso decir …?» si se parece a uno): un ajuste mal escrito no se ignora.
Los nombres que empiezan con `_` son del propio archivo, no ajustes. Si el
archivo no es Python válido (un corchete o unas comillas sin cerrar, comillas
tipográficas, un texto sin comillas), el mensaje dice el archivo, la línea y
qué corregir: «pelicanconf.py, línea 59: …».

| Nombre | Tipo | Por omisión | Descripción |
|---|---|---|---|
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _default(option: Option) -> str:
    if option.required:
        return "obligatorio"
    return f"`{_cell(repr(option.default))}`"


def render() -> str:
    rows = [
        f"| `{name}` | {_cell(option.label())} | {_default(option)} | {_cell(option.description)} |"
        for name, option in SETTINGS.items()
    ]
    return INTRO + "\n".join(rows) + "\n"


def main() -> int:
    DOC.write_text(render(), encoding="utf-8")
    print(f"Escrito {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
