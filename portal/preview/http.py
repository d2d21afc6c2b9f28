"""The preview's web server: ``output/`` as the last build left it, the pages
the fast path rendered on top of it, and the preview's own paths.

HTML pages get the banner script (``banner.inject``) as they are sent, and a
version header (the file's size and time, or the fast path's number) that
the script compares to reload only a page that changed. ``/_vista-previa/
eventos`` streams the status as Server-Sent Events, ``/_vista-previa/estado``
answers it once as JSON.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading

from . import banner
from .status import Status

KEEPALIVE_SECONDS = 15


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, output: str, port: int, status: Status):
        handler = functools.partial(PreviewHandler, directory=output)
        super().__init__(("127.0.0.1", port), handler)
        self.output = os.path.abspath(output)
        self.status = status
        self.overlay: dict[
            str, tuple[bytes, str]
        ] = {}  # file in output/ -> (HTML, version)
        self._overlays = 0

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def put_page(self, relative: str, html: bytes) -> None:
        self._overlays += 1
        overlay = dict(self.overlay)
        overlay[os.path.normpath(relative)] = (html, f"rapida-{self._overlays}")
        self.overlay = overlay  # one assignment: readers see the old dict or the new

    def clear_pages(self) -> None:
        self.overlay = {}


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    server: PreviewServer

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        route = self.path.split("?", 1)[0]
        if route == banner.EVENTS_PATH:
            return self._events()
        if route == banner.STATUS_PATH:
            return self._send(self.server.status.json(), "application/json; charset=utf-8")
        if route == banner.SCRIPT_PATH:
            return self._send(banner.SCRIPT.encode(), "text/javascript; charset=utf-8")
        if not self._page(body=True):
            super().do_GET()

    def do_HEAD(self):
        if not self._page(body=False):
            super().do_HEAD()

    def _page(self, body: bool) -> bool:
        """An HTML page, with the banner: True when sent."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return False  # the parent class redirects to the slash
            path = os.path.join(path, "index.html")
        relative = os.path.relpath(path, self.server.output)
        found = self.server.overlay.get(relative)
        if found is not None:
            html, version = found
        elif path.endswith(".html") and os.path.isfile(path):
            try:
                with open(path, "rb") as handle:
                    html = handle.read()
                    stat = os.fstat(handle.fileno())
            except OSError:
                return False
            version = f"{stat.st_mtime_ns}-{stat.st_size}"
        else:
            return False
        data = banner.inject(html, version)
        self._send(data, "text/html; charset=utf-8", version, body)
        return True

    def _send(self, data: bytes, kind: str, version: str = "", body: bool = True) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        if version:
            self.send_header(banner.VERSION_HEADER, version)
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True
        serial = -1
        try:
            while True:
                snapshot = self.server.status.wait_after(serial, KEEPALIVE_SECONDS)
                if snapshot is None:
                    self.wfile.write(b": sigue\n\n")
                else:
                    serial = snapshot["serie"]
                    data = json.dumps(snapshot, ensure_ascii=False)
                    self.wfile.write(f"data: {data}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            return
