"""Preview server: build, serve output/ on localhost, rebuild on every change.

A build with content errors prints the report and keeps serving the last
good site, so staff can fix files while the preview stays up. A change to
the portal's own code (plugins/, portal/) restarts the server process: a
module already imported would otherwise build with the old code while the
build's fingerprint describes the new one.
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
    port = server.server_address[1]  # the one the system chose for --port 0
    print(f"Vista previa en http://localhost:{port}/ (Ctrl+C para salir)", flush=True)


def code_changed(changed_paths, code_trees) -> bool:
    """Did any changed file belong to the portal's code?"""
    roots = [os.path.join(os.path.abspath(root), "") for root in code_trees]
    return any(os.path.abspath(path).startswith(tuple(roots)) for path in changed_paths)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description="Vista previa con recarga.")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    project = os.getcwd()
    settings = os.path.join(project, "pelicanconf.py")
    output = os.path.join(project, "output")
    build(settings, output)
    os.makedirs(output, exist_ok=True)
    serve(output, args.port)
    code = list(paths.code_trees().values())
    watched = [os.path.join(project, p) for p in WATCHED] + code
    try:
        for changes in watch(*watched):
            changed = {p for _, p in changes}
            names = sorted(os.path.relpath(p, project) for p in changed)
            if code_changed(changed, code):
                print(f"Cambió el código del portal ({', '.join(names)}); se reinicia…")
                sys.stdout.flush()
                os.execv(sys.executable, [sys.executable, "-m", "portal", "serve", *argv])  # noqa: S606
            print(f"Cambió: {', '.join(names)}; reconstruyendo…", flush=True)
            build(settings, output)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
