"""Preview server: build, serve output/ on localhost, rebuild on every change.

A build with content errors prints the report and keeps serving the last
good site, so staff can fix files while the preview stays up.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import sys
import threading

from watchfiles import watch

from portal import paths
from portal.commands.build import build

WATCHED = ("content", "theme", "pelicanconf.py")


def serve(output: str, port: int) -> None:
    handler = functools.partial(_QuietHandler, directory=output)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Vista previa en http://localhost:{port}/ (Ctrl+C para salir)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Vista previa con recarga.")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    project = os.getcwd()
    settings = os.path.join(project, "pelicanconf.py")
    output = os.path.join(project, "output")
    build(settings, output)
    os.makedirs(output, exist_ok=True)
    serve(output, args.port)
    watched = [os.path.join(project, p) for p in WATCHED] + list(
        paths.code_trees().values()
    )
    try:
        for changes in watch(*watched):
            names = sorted({os.path.relpath(p, project) for _, p in changes})
            print(f"Cambió: {', '.join(names)}; reconstruyendo…")
            build(settings, output)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
