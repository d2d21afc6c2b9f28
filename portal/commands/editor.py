"""``make editor``: the staff editor on this machine.

Builds the site once (the preview uses its CSS), assembles the admin page,
starts decap-server in git mode (every save is a commit; drafts live on
``cms/…`` branches until published, Decap's editorial workflow) and serves
the site with ``/admin/`` on localhost. Ctrl+C stops both.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading

import portal_settings
from portal.commands.build import build
from portal.editor.admin import SERVER, AdminError, assemble

ADMIN_FOLDER = os.path.join(".editor", "admin")


class EditorError(Exception):
    """Why the editor cannot start, in Spanish, for staff."""


class _SiteAndAdmin(http.server.SimpleHTTPRequestHandler):
    """output/ at /, the admin folder at /admin/."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".yml": "text/yaml",
    }

    def __init__(self, *args, site: str, admin: str, **kwargs):
        self.admin = admin
        super().__init__(*args, directory=site, **kwargs)

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if clean == "/admin":
            clean = "/admin/"
        if clean.startswith("/admin/"):
            relative = clean[len("/admin/") :] or "index.html"
            return os.path.join(
                self.admin, *[p for p in relative.split("/") if p not in ("", "..")]
            )
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        pass


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def ensure_node_packages(project: str) -> None:
    """npm ci of the pinned packages when node_modules lacks them (as tests/install-deps.sh)."""
    if shutil.which("node") is None:
        raise EditorError(
            "No se encontró Node.js («node»): el editor lo necesita. Instálelo con "
            "«sudo apt-get install nodejs npm» y vuelva a correr make editor."
        )
    needed = [
        os.path.join(project, SERVER),
        os.path.join(project, "node_modules", "decap-cms"),
    ]
    if all(os.path.exists(p) for p in needed):
        return
    if shutil.which("npm") is None:
        raise EditorError("No se encontró npm: instálelo con «sudo apt-get install npm».")
    print(
        "Instalando los paquetes de npm del editor (decap-cms, decap-server)…", flush=True
    )
    done = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],  # noqa: S607
        cwd=project,
        check=False,
    )
    if done.returncode != 0 or not all(os.path.exists(p) for p in needed):
        raise EditorError("No se pudieron instalar los paquetes de npm (npm ci falló).")


def check_ports(*ports: int) -> None:
    for port in ports:
        if not port_free(port):
            raise EditorError(
                f"El puerto {port} ya está en uso: ¿hay otro editor o vista previa abierto? "
                "Ciérrelo o elija otro puerto (make editor PORT=8010 EDITOR_PROXY_PORT=8091)."
            )


def check_git(project: str) -> None:
    inside = subprocess.run(
        ["git", "-C", project, "rev-parse", "--is-inside-work-tree"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if inside.returncode != 0:
        raise EditorError(
            f"{project} no es un repositorio de git: el editor guarda cada cambio como "
            "un commit. Corra make editor en la copia del portal."
        )


def start_proxy(project: str, port: int) -> subprocess.Popen:
    env = dict(
        os.environ,
        MODE="git",
        PORT=str(port),
        BIND_HOST="127.0.0.1",
        GIT_REPO_DIRECTORY=project,
        LOG_LEVEL="warn",
    )
    return subprocess.Popen(
        ["node", os.path.join(project, SERVER)],  # noqa: S607
        cwd=project,
        env=env,
    )


def parse_args(argv):
    parser = argparse.ArgumentParser(description="El editor de contenido en este equipo.")
    parser.add_argument(
        "--port", type=int, default=8000, help="puerto del sitio y de /admin/"
    )
    parser.add_argument(
        "--proxy-port", type=int, default=8081, help="puerto de decap-server (8081)"
    )
    parser.add_argument(
        "--no-build", action="store_true", help="usa output/ como está, sin construir"
    )
    return parser.parse_args(argv)


def run(args) -> int:
    project = os.getcwd()
    settings_file = os.path.join(project, "pelicanconf.py")
    output = os.path.join(project, "output")
    check_git(project)
    check_ports(args.port, args.proxy_port)
    ensure_node_packages(project)
    if not args.no_build:
        code = build(settings_file, output)
        if code != 0:
            print(
                "El sitio tiene errores (arriba); el editor abre con la última construcción buena."
            )
    try:
        settings = portal_settings.load(settings_file)
    except portal_settings.SettingsErrors as errors:
        print(errors.format(), file=sys.stderr)
        return errors.exitcode
    admin = os.path.join(project, ADMIN_FOLDER)
    assemble(admin, project, settings, output, proxy_port=args.proxy_port)
    handler = functools.partial(_SiteAndAdmin, site=output, admin=admin)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    proxy = start_proxy(project, args.proxy_port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(
        f"Editor de contenido en http://localhost:{args.port}/admin/\n"
        f"El sitio, como quedó en la última construcción, en http://localhost:{args.port}/\n"
        "Cada cambio que guarde se vuelve un commit de git. Ctrl+C para salir.",
        flush=True,
    )
    # Ctrl+C, and a SIGTERM the same way: both servers stop (even when started
    # in the background, where a shell leaves SIGINT ignored)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        code = proxy.wait()
        print(
            f"decap-server se detuvo (código {code}); se cierra el editor.", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        server.shutdown()
        if proxy.poll() is None:
            proxy.terminate()
            try:
                proxy.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proxy.kill()


def main(argv=None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return run(args)
    except (EditorError, AdminError) as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
