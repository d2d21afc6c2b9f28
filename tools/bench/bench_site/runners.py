"""One build of one tool, in a fresh process measured by ``bench/measure.py``.

Each tool builds its own copy of the corpus into its own folder under
``<workdir>/runs/``. A cold build starts from an empty folder: no output, no
image cache, no Markdown cache, no build state (our build keeps its state
beside the output folder and its Markdown cache beside the image cache, so
everything lives inside the tool's folder and goes with it).

- ``portal``: ours, the whole site (``python -m portal build`` with pelicanconf.py);
  with ``--reuse-image-cache`` its image cache lives beside its folder and is
  kept by a cold build (labelled so: the photos are then not processed);
- ``texto``: ours on the bulletins alone, with the bulletin images and the
  printed editions already in a warm cache of its own (kept between runs; filled by one unmeasured
  build per corpus): the text part, to compare with the other tools;
- ``pelican``: stock Pelican 4.12 (default theme, content cache on);
- ``hugo``: the Hugo binary itself (not the Python wrapper that starts it).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sys
from dataclasses import dataclass

from bench.measure import Measured, run_measured, tail

ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)
PHOTOS = re.compile(r"fotos: (\d+) procesadas, (\d+) reutilizadas")
FILES = re.compile(r"archivos: (\d+) escritos, (\d+) sin cambios, (\d+) borrados")
SKIPPED = "Sin cambios desde la última construcción"
WARNING = re.compile(r"^aviso:|\bWARNING\b|^WARN ", re.MULTILINE)
STAMP = "corpus-id"

STEPS = {
    "portal": ("cold", "nochange", "edit", "add", "delete", "photo"),
    "texto": ("cold", "nochange"),
    "pelican": ("cold", "nochange", "edit"),
    "hugo": ("cold", "nochange", "edit"),
}
LABELS = {
    "portal": "Ours, whole site",
    "texto": "Ours, bulletins only",
    "pelican": "Stock Pelican",
    "hugo": "Hugo",
}
STEP_LABELS = {
    "cold": "cold build",
    "nochange": "no-change rebuild",
    "edit": "one bulletin edited",
    "add": "one bulletin added",
    "delete": "one bulletin deleted",
    "photo": "one photo added",
}


@dataclass
class Outcome:
    measured: Measured
    processed: int | None = None  # ours: photos processed (not reused from the cache)
    written: int | None = None  # ours: files written into the output folder
    skipped: bool = False  # ours: the build saw nothing changed and stopped
    warnings: int = 0  # warnings in the log: ours 'aviso:', Pelican's, Hugo's
    out_files: int | None = None  # after a cold build: files and bytes of the output
    out_bytes: int | None = None


def hugo_binary(venv: str) -> str:
    found = glob.glob(
        os.path.join(venv, "lib", "python*", "site-packages", "hugo", "binaries", "hugo")
    )
    if not found:
        sys.exit(f"No Hugo binary in {venv}; delete that folder to reinstall it.")
    return found[0]


def tree_size(folder: str) -> tuple[int, int]:
    files = size = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(dirpath, name)).st_size
    return files, size


class Runner:
    def __init__(
        self, tool: str, corpus: str, runs: str, venv: str, keep_images: bool = False
    ):
        self.tool, self.corpus = tool, corpus
        self.folder = os.path.join(runs, tool)
        self.out = os.path.join(self.folder, "out")
        self.log = os.path.join(runs, f"{tool}.log")
        # texto: a warm image cache of its own, outside the folder a cold build empties
        self.warm = os.path.join(runs, "texto-warm") if tool == "texto" else None
        if tool == "portal" and keep_images:  # --reuse-image-cache: never emptied here
            self.warm = os.path.join(runs, "portal-warm")
        self.keeps_images = self.warm is not None
        self.venv = venv

    def clean(self, recreate: bool = True) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.warm and os.path.isdir(self.warm):
            for name in os.listdir(self.warm):  # the Markdown cache and anything else
                path = os.path.join(self.warm, name)
                if name in ("imagenes", "impresa", "medios", STAMP):
                    continue
                if os.path.isdir(path):
                    shutil.rmtree(path)
                else:
                    os.remove(path)
        if recreate:
            os.makedirs(self.folder, exist_ok=True)

    def image_cache(self) -> str:
        return os.path.join(self.warm or os.path.join(self.folder, "cache"), "imagenes")

    def made_cache(self, name: str) -> str:
        """Where the printed editions (``impresa``) and recordings (``medios``)
        are kept: beside the images when those are warm, else in the folder a
        cold build empties (never the repository's own cache)."""
        return os.path.join(self.warm or os.path.join(self.folder, "cache"), name)

    def argv(self) -> tuple[list[str], str]:
        """The command and the folder it runs in."""
        if self.tool in ("portal", "texto"):
            images = self.image_cache()
            return [
                sys.executable,
                "-m",
                "portal",
                "build",
                "-s",
                os.path.join(ROOT, "pelicanconf.py"),
                "-o",
                self.out,
                "--content",
                os.path.join(self.corpus, self.tool),
                "--set",
                f"IMAGES_CACHE_PATH={images}",
                "--set",
                f"CACHE_PATH={os.path.join(self.folder, 'cache', 'pelican')}",
                "--set",
                f"PRINT_EDITION_CACHE_PATH={self.made_cache('impresa')}",
                "--set",
                f"MEDIA_CACHE_PATH={self.made_cache('medios')}",
            ], ROOT
        if self.tool == "pelican":
            site = os.path.join(self.corpus, "pelican")
            return [
                os.path.join(self.venv, "bin", "pelican"),
                os.path.join(site, "content"),
                "-s",
                os.path.join(site, "pelicanconf.py"),
                "-o",
                self.out,
                "--cache-path",
                os.path.join(self.folder, "cache"),
                "-q",
            ], site
        site = os.path.join(self.corpus, "hugo")
        return [
            hugo_binary(self.venv),
            "--source",
            site,
            "--destination",
            self.out,
            "--cacheDir",
            os.path.join(self.folder, "cache"),
            "--quiet",
        ], site

    def run(self, step: str) -> Outcome:
        argv, cwd = self.argv()
        here = os.getcwd()
        os.chdir(cwd)
        try:
            measured = run_measured(argv, self.log)
        finally:
            os.chdir(here)
        if measured.returncode:
            sys.exit(
                f"{LABELS[self.tool]}, {STEP_LABELS.get(step, step)}: exit {measured.returncode}; "
                f"the end of its log ({self.log}):\n{tail(self.log)}"
            )
        outcome = Outcome(measured)
        with open(self.log, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        outcome.warnings = len(WARNING.findall(text))
        if self.tool in ("portal", "texto"):
            outcome.skipped = SKIPPED in text
            if photos := PHOTOS.search(text):
                outcome.processed = int(photos.group(1))
            elif outcome.skipped:
                outcome.processed = 0
            if files := FILES.search(text):
                outcome.written = int(files.group(1))
            elif outcome.skipped:
                outcome.written = 0
        if step == "cold":
            outcome.out_files, outcome.out_bytes = tree_size(self.out)
        return outcome

    def warm_up(self, corpus_id: str) -> None:
        """texto: fill its own image cache once per corpus, by one unmeasured build."""
        if not self.warm:
            return
        stamp = os.path.join(self.warm, STAMP)
        try:
            with open(stamp, encoding="utf-8") as handle:
                if handle.read() == corpus_id:
                    return
        except OSError:
            pass
        print("Warming the bulletins-only image cache (not measured) …", flush=True)
        shutil.rmtree(self.warm, ignore_errors=True)
        self.clean()
        self.run("warm-up")
        os.makedirs(self.warm, exist_ok=True)
        with open(stamp, "w", encoding="utf-8") as handle:
            handle.write(corpus_id)
