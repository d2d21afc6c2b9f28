"""``python -m portal <orden> [opciones]``: one entry point for every command."""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "build": ("portal.commands.build", "construye la vista previa en output/"),
    "publish": ("portal.commands.publish", "construye el sitio público"),
    "check": ("portal.commands.check", "revisa el contenido sin construir"),
    "nuevo": ("portal.commands.new", "escribe un archivo listo para llenar"),
    "serve": ("portal.commands.serve", "vista previa que se reconstruye sola"),
    "hook": ("portal.commands.hook", "instala el gancho de git"),
    "editor": ("portal.commands.editor", "el editor de contenido en /admin/"),
}


def usage() -> str:
    lines = ["uso: python -m portal ORDEN [opciones]", "", "órdenes:"]
    lines += [f"  {name:8} {text}" for name, (_, text) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    if argv[0] not in COMMANDS:
        print(f"La orden «{argv[0]}» no existe.\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
