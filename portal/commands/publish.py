"""``make publish``: the public site, built with ``publishconf.py``."""

from __future__ import annotations

import sys

from portal.commands import build


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not {"-s", "--settings"} & set(argv):
        argv = ["-s", "publishconf.py", *argv]
    return build.main(argv)


if __name__ == "__main__":
    sys.exit(main())
