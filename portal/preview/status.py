"""What the preview says about itself, and who is waiting to hear it.

One ``Status`` is shared by the build loop (which sets it) and the server's
threads (the events stream and the status endpoint, which wait on it).
"""

from __future__ import annotations

import json
import threading

CURRENT = "al-dia"
UPDATING = "actualizando"
FAILED = "errores"

MESSAGES = {
    CURRENT: "Vista previa al día",
    UPDATING: "Actualizando…",
    FAILED: "Hay errores en el contenido",
}


class Status:
    def __init__(self):
        self._changed = threading.Condition()
        self.serial = 0  # one more at every change: the events stream's cursor
        self.state = UPDATING
        self.build = 0  # builds finished (good or not)
        self.report = ""  # the Spanish report of the last failed build
        self.pages: list[str] = []  # pages the fast path just served

    def set(self, state: str, report: str = "", pages=(), finished: bool = False) -> None:
        with self._changed:
            self.state, self.report, self.pages = state, report, list(pages)
            if finished:
                self.build += 1
            self.serial += 1
            self._changed.notify_all()

    def snapshot(self) -> dict:
        with self._changed:
            return {
                "estado": self.state,
                "mensaje": MESSAGES[self.state],
                "reporte": self.report,
                "compilacion": self.build,
                "paginas": self.pages,
                "serie": self.serial,
            }

    def wait_after(self, serial: int, timeout: float) -> dict | None:
        """The status once it is newer than ``serial``, or None after ``timeout``."""
        with self._changed:
            if not self._changed.wait_for(lambda: self.serial > serial, timeout):
                return None
        return self.snapshot()

    def json(self) -> bytes:
        return json.dumps(self.snapshot(), ensure_ascii=False).encode("utf-8")
