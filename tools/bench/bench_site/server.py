"""A preview server as the benchmark drives it: its output lines, timed, and HTTP polls.

``Server`` starts a command (ours, ``python -m portal serve --port 0``, or
``hugo server``) in its own process group, reads what it prints on a thread
and stamps every line with ``time.perf_counter()``, so that «the preview says
it is current» can be timed against the moment a file was written. It samples
the tree's memory (PSS, as ``bench/measure.py`` does) while it runs, and
reports the CPU time of the whole tree when it stops.

``poll`` asks for one URL at short intervals until the page carries a marker
(or is gone, for a deletion): the time from the save to the page served.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from bench.measure import _TreeSampler

POLL_INTERVAL = 0.01  # seconds between two requests for the page


@dataclass
class Line:
    at: float  # time.perf_counter() when it was read
    text: str


def fetch(url: str, timeout: float = 2.0) -> tuple[int, str]:
    """The status and body of one GET (0 when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, OSError):
        return 0, ""


def poll(
    url: str,
    since: float,
    marker: str | None = None,
    gone: bool = False,
    absent: bool = False,
    timeout: float = 60.0,
    interval: float = POLL_INTERVAL,
) -> float | None:
    """Seconds from ``since`` until ``url`` serves ``marker`` (``absent``: a page
    without it; ``gone``: a 404).

    None if it did not happen within ``timeout`` seconds of ``since``.
    """
    while True:
        status, body = fetch(url)
        now = time.perf_counter()
        if gone:
            done = status == 404
        else:
            done = status == 200 and ((marker not in body) if absent else (marker in body))
        if done:
            return now - since
        if now - since > timeout:
            return None
        time.sleep(interval)


class Server:
    def __init__(self, argv: list[str], cwd: str, log_path: str, env: dict | None = None):
        self.log = open(log_path, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        self.lines: list[Line] = []
        self._new = threading.Condition()
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
            start_new_session=True,
        )
        self.sampler = _TreeSampler(self.process.pid, 0.2)
        self.sampler.start()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.cpu: float | None = None

    def _read(self) -> None:
        for text in self.process.stdout:
            line = Line(time.perf_counter(), text.rstrip("\n"))
            self.log.write(text)
            with self._new:
                self.lines.append(line)
                self._new.notify_all()
        with self._new:
            self._new.notify_all()

    def wait_for(self, pattern: str, after: float, timeout: float) -> Line | None:
        """The first line matching ``pattern`` read after ``after``, or None."""
        expression = re.compile(pattern)
        deadline = time.perf_counter() + timeout
        seen = 0
        with self._new:
            while True:
                for line in self.lines[seen:]:
                    if line.at >= after and expression.search(line.text):
                        return line
                seen = len(self.lines)
                left = deadline - time.perf_counter()
                if left <= 0 or self.process.poll() is not None:
                    return None
                self._new.wait(min(left, 0.5))

    def quiet(self, seconds: float, timeout: float) -> None:
        """Wait until the server printed nothing for ``seconds`` (at most ``timeout``)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self._new:
                last = self.lines[-1].at if self.lines else self.started
            if time.perf_counter() - last >= seconds:
                return
            time.sleep(0.05)

    def alive(self) -> bool:
        return self.process.poll() is None

    def output(self, lines: int = 30) -> str:
        with self._new:
            return "\n".join(line.text for line in self.lines[-lines:])

    @property
    def peak_pss_mb(self) -> float:
        return self.sampler.peak_kb / 1024

    def stop(self) -> None:
        """Ctrl+C, as staff stop it; then the CPU time of the tree it waited for."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGINT)
        deadline = time.perf_counter() + 30
        try:
            while True:
                pid, _, usage = os.wait4(self.process.pid, os.WNOHANG)
                if pid:
                    self.cpu = usage.ru_utime + usage.ru_stime
                    break
                if time.perf_counter() > deadline:
                    os.killpg(self.process.pid, signal.SIGKILL)
                    deadline = float("inf")
                time.sleep(0.05)
        except (ChildProcessError, ProcessLookupError):
            pass
        finally:
            # whatever it left behind in its group (Hugo's, ours' workers)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.sampler.done.set()
            self.reader.join(timeout=5)
            self.log.close()
