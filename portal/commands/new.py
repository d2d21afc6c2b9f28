"""Write a ready-to-fill file: ``make nuevo TIPO=boletin TITULO="Feria del empleo"``.

The file lands in the right folder with today's date (in the ``TIMEZONE`` of
the project's settings) and a valid name made from the title; it starts as a draft (``status: draft``) so
nothing is published until staff remove that line. Never overwrites.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

import portal_settings
from content_schema.kinds import KIND_BY_NEW_TYPE, KINDS
from content_schema.starters import slugify

TYPES = tuple(kind.new_type for kind in KINDS)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tipo", help=", ".join(TYPES))
    parser.add_argument("titulo", nargs="?", default="")
    parser.add_argument("--fecha", help="AAAA-MM-DD (por omisión, hoy)")
    parser.add_argument(
        "-s",
        "--settings",
        default="pelicanconf.py",
        help="archivo de ajustes: su TIMEZONE dice qué día es hoy",
    )
    parser.add_argument("--raiz", default=os.curdir, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    kind = args.tipo.strip().lower().replace("í", "i").replace("á", "a")
    if kind not in KIND_BY_NEW_TYPE:
        print(
            f"TIPO='{args.tipo}' no existe; se espera uno de: {', '.join(TYPES)}",
            file=sys.stderr,
        )
        return 2
    title = args.titulo.strip()
    if KIND_BY_NEW_TYPE[kind].needs_title and not slugify(title):
        print(
            f'Falta el título: make nuevo TIPO={kind} TITULO="Título del contenido"',
            file=sys.stderr,
        )
        return 2
    try:
        zone = ZoneInfo(portal_settings.load(args.settings)["TIMEZONE"])
    except portal_settings.SettingsErrors as errors:
        print(errors.format(), file=sys.stderr)
        return errors.exitcode
    now = dt.datetime.now(zone).replace(second=0, microsecond=0)
    if args.fecha:
        try:
            now = dt.datetime.combine(dt.date.fromisoformat(args.fecha), dt.time(10, 0))
        except ValueError:
            print(
                f"FECHA='{args.fecha}' no es una fecha; se espera AAAA-MM-DD",
                file=sys.stderr,
            )
            return 2
    made = KIND_BY_NEW_TYPE[kind].starter(title, now.date(), now)
    files = {made[0]: made[1], **(made[2] if len(made) > 2 else {})}
    for relative in files:
        if os.path.exists(os.path.join(args.raiz, relative)):
            print(
                f"Ya existe {relative}; no se sobrescribe. Cambie el título o la fecha.",
                file=sys.stderr,
            )
            return 1
    for relative, text in files.items():
        target = os.path.join(args.raiz, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"Escrito: {relative}")
    print("Llénelo, revise con `make check` y véalo con `make devserver`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
