"""``make hook``: every ``git commit`` checks the content first.

Writes ``.git/hooks/pre-commit``, which runs ``python -m portal check`` with
the project's virtualenv and stops the commit on any content error.
"""

from __future__ import annotations

import os
import subprocess
import sys

HOOK = """#!/bin/sh
# Git pre-commit hook of the portal (installed by «make hook»): a content
# mistake stops the commit and prints the same Spanish report as the build.
cd "$(git rev-parse --show-toplevel)" || exit 1
PYTHON="${PORTAL_PYTHON:-.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
  echo "pre-commit: falta $PYTHON; ejecute «make html» una vez para prepararlo." >&2
  exit 1
fi
exec "$PYTHON" -m portal check
"""


def hook_path() -> str | None:
    result = subprocess.run(
        ["git", "rev-parse", "--git-path", "hooks/pre-commit"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    path = hook_path()
    if path is None:
        print("Esta carpeta no es un repositorio de git (falta .git).", file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HOOK)
    os.chmod(path, 0o755)  # noqa: S103 - git runs a hook only if it is executable
    print("Listo: cada commit revisará el contenido (python -m portal check).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
