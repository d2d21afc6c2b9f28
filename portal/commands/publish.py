"""``make publish``: the public site, built with ``publishconf.py``, every
page rendered: the page cache (plugins/incremental) is for previews only.
The move into ``output/`` still leaves files whose bytes did not change."""

from __future__ import annotations

import sys

from portal.commands import build


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not {"-s", "--settings"} & set(argv):
        argv = ["-s", "publishconf.py", *argv]
    return build.main(argv, page_cache=False)


if __name__ == "__main__":
    sys.exit(main())
