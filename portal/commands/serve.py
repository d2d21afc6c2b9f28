"""Preview server (``make devserver``): build once, keep that build in
memory, serve ``output/`` on localhost, and on every save serve the edited
page at once (``portal.preview.memory``) while the full build brings the rest
up to date; the banner says when the preview is current (``portal.preview``).

A build with content errors prints the report, shows it in the banner and
keeps serving the last good site, so staff can fix files while the preview
stays up. Only ``build()`` writes ``output/``, so after each build it is
what a cold build makes. A change to the portal's own code (plugins/,
portal/) restarts the server process: a module already imported would
otherwise build with the old code while the build's fingerprint describes
the new one.

Machine-readable lines (the benchmark reads them): «Vista previa en
http://localhost:PUERTO/», «Página servida: /ruta/ (S s desde el cambio)» and
«Vista previa al día (compilación N; S s desde el cambio)».
"""

from __future__ import annotations

import argparse
import io
import os
import queue
import sys
import threading
import time

from watchfiles import watch

import portal_settings
from portal import paths
from portal.commands.build import build
from portal.preview import memory
from portal.preview.http import PreviewServer
from portal.preview.status import CURRENT, FAILED, UPDATING, Status

WATCHED = ("theme",)  # besides the content folder, the settings files and the code


def code_changed(changed_paths, code_trees) -> bool:
    """Did any changed file belong to the portal's code?"""
    roots = [os.path.join(os.path.abspath(root), "") for root in code_trees]
    return any(os.path.abspath(path).startswith(tuple(roots)) for path in changed_paths)


class _Tee(io.TextIOBase):
    """stderr while a build runs: printed as always, and kept for the banner."""

    def __init__(self, stream):
        self.stream, self.kept = stream, io.StringIO()

    def write(self, text):
        self.kept.write(text)
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


class Preview:
    def __init__(self, project: str, port: int, args=None, overrides=None):
        self.project = project
        self.settings = os.path.abspath(getattr(args, "settings", None) or "pelicanconf.py")
        self.output = os.path.abspath(getattr(args, "output", None) or "output")
        self.content = os.path.abspath(getattr(args, "content", None) or "content")
        self.overrides = overrides or {}
        self.status = Status()
        self.server = PreviewServer(self.output, port, self.status) if port >= 0 else None
        self.site: memory.SiteInMemory | None = None

    def full_build(self, since: float) -> bool:
        """The normal build; on success its generators become the kept site."""
        self.site = None
        memory.forget_build()
        tee = _Tee(sys.stderr)
        sys.stderr = tee
        try:
            code = build(self.settings, self.output, self.content, self.overrides)
        finally:
            sys.stderr = tee.stream
        if self.server is not None:
            self.server.clear_pages()  # output/ now has them, or the last good site
        if code == 0:
            self.site = memory.take_build()
            self.status.set(CURRENT, finished=True)
            print(
                f"Vista previa al día (compilación {self.status.build}; "
                f"{time.perf_counter() - since:.2f} s desde el cambio)",
                flush=True,
            )
            return True
        memory.forget_build()
        self.status.set(FAILED, tee.kept.getvalue().strip(), finished=True)
        print(
            f"Vista previa con errores (compilación {self.status.build}): se sigue "
            "sirviendo el último sitio correcto.",
            flush=True,
        )
        return False

    def fast_pages(self, changed, since: float) -> list[str]:
        """The edited pages the kept site can render, served before the build."""
        if self.site is None or self.server is None:
            return []
        served = []
        for path in sorted(changed):
            if not path.endswith(".md"):
                continue
            try:
                rendered = self.site.render(path)
            except Exception as error:  # the full build that follows says what
                print(f"La página de {path} espera a la construcción ({error}).")
                continue
            if rendered is not None:
                relative, html = rendered
                self.server.put_page(relative, html)
                served.append(
                    "/" + relative.replace(os.sep, "/").removesuffix("index.html")
                )
        if served:
            self.status.set(UPDATING, pages=served)
            for url in served:
                print(
                    f"Página servida: {url} ({time.perf_counter() - since:.2f} s desde "
                    "el cambio); actualizando el resto del sitio…",
                    flush=True,
                )
        return served

    def changed(self, changed: set[str], since: float) -> None:
        names = sorted(os.path.relpath(p, self.project) for p in changed)
        print(f"Cambió: {', '.join(names)}; reconstruyendo…", flush=True)
        self.status.set(UPDATING)
        self.fast_pages(changed, since)
        self.full_build(since)


def _watch(watched, changes: queue.Queue) -> None:
    for batch in watch(*watched, step=20):
        changes.put((time.perf_counter(), {p for _, p in batch}))


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description="Vista previa con recarga.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default="output", help="carpeta de salida")
    parser.add_argument("--content", default="content", help="carpeta de contenido")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NOMBRE=VALOR",
        help="cambia un ajuste",
    )
    args = parser.parse_args(argv)
    project = os.getcwd()
    try:
        overrides = portal_settings.command_line_overrides(args.settings, args.set)
    except portal_settings.SettingsErrors as errors:
        print(errors.format(), file=sys.stderr)
        return errors.exitcode
    preview = Preview(project, args.port, args, overrides)
    started = time.perf_counter()
    preview.full_build(started)
    os.makedirs(preview.output, exist_ok=True)
    preview.server.start()
    print(
        f"Vista previa en http://localhost:{preview.server.port}/ (Ctrl+C para salir)",
        flush=True,
    )
    code = list(paths.code_trees().values())
    settings_files = {preview.settings, os.path.join(project, "pelicanconf.py")}
    watched = [preview.content, *(os.path.join(project, p) for p in WATCHED)]
    watched = [p for p in [*watched, *settings_files] if os.path.exists(p)] + code
    changes: queue.Queue = queue.Queue()
    threading.Thread(target=_watch, args=(watched, changes), daemon=True).start()
    try:
        while True:
            since, changed = changes.get()
            while not changes.empty():  # saved while the last build ran: one build
                changed |= changes.get_nowait()[1]
            if code_changed(changed, code):
                names = sorted(os.path.relpath(p, project) for p in changed)
                print(f"Cambió el código del portal ({', '.join(names)}); se reinicia…")
                sys.stdout.flush()
                os.execv(sys.executable, [sys.executable, "-m", "portal", "serve", *argv])  # noqa: S606
            preview.changed(changed, since)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
