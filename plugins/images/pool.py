"""Run image jobs on every core, or in this process for tests.

Workers return results or problems as data: one bad photo never stops the
others, and every problem is reported with its file.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor

from PIL import Image, UnidentifiedImageError

from .cache import ImageStore, write_entry
from .derive import UnpublishablePhoto, check_photo, render
from .recipe import Derived, ImageProblem, Job, Recipe


def _why_unreadable(exc: Exception, path: str) -> str:
    if isinstance(exc, UnpublishablePhoto):
        return str(exc)
    if isinstance(exc, Image.DecompressionBombError):
        return "tiene demasiados píxeles para publicarse; redúzcala antes de publicarla"
    expected = "se espera una foto JPEG o PNG completa que se abra en cualquier visor"
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        return f"está vacía (0 bytes: ¿se copió a medias?); {expected}"
    if isinstance(exc, UnidentifiedImageError):
        return f"no es una imagen (¿es otro tipo de archivo con extensión de foto?); {expected}"
    if "truncated" in str(exc) or "broken data stream" in str(exc):
        return f"está incompleta o dañada (¿se copió a medias?); {expected}"
    return f"no se pudo leer ({exc}); {expected}"


def run_job(job: Job, folder: str) -> Derived | ImageProblem:
    try:
        with open(job.source, "rb") as handle:
            data = handle.read()
        results = render(data, job.recipe, job.credit, job.copyright_text, job.press)
    except (
        UnpublishablePhoto,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        return ImageProblem(job.source, _why_unreadable(exc, job.source))
    renditions = write_entry(folder, results)
    return Derived(job.source, folder, renditions, worked=True)


def _ends_like_a_jpeg(path: str) -> bool:
    """A whole JPEG has its end marker near the end; a half-copied one does not."""
    with open(path, "rb") as handle:
        handle.seek(max(0, os.path.getsize(path) - 4096))
        return b"\xff\xd9" in handle.read()


def check_sources(jobs: list[Job]) -> list[ImageProblem]:
    """What ``make check`` can afford: open each photo's header and check its
    mode and size, without decoding pixels (a truncated file shows at build)."""
    problems = []
    for job in {j.source: j for j in jobs}.values():
        try:
            with Image.open(job.source) as image:
                check_photo(image, job.recipe)
                if image.format == "JPEG" and not _ends_like_a_jpeg(job.source):
                    raise OSError("image file is truncated")
        except (
            UnpublishablePhoto,
            OSError,
            SyntaxError,
            ValueError,
            Image.DecompressionBombError,
        ) as exc:
            problems.append(ImageProblem(job.source, _why_unreadable(exc, job.source)))
    return problems


class _Progress:
    """A one-line counter on a terminal; silent in CI and in logs."""

    def __init__(self, total: int):
        self.total = total
        self.done = 0
        self.enabled = total > 0 and sys.stderr.isatty() and not os.environ.get("CI")

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            print(f"\rFotos: {self.done}/{self.total}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled:
            print(file=sys.stderr)


def derive_all(
    jobs: list[Job], store: ImageStore, workers: int | None = None
) -> tuple[dict[tuple[str, Recipe], Derived], list[ImageProblem]]:
    """Derive every job once per content and recipe; ``workers=1`` stays in-process.

    Returns the results keyed by ``(source, recipe)`` and the problems.
    """
    keys: dict[tuple[str, Recipe], str] = {}
    by_key: dict[str, Derived] = {}
    pending: dict[str, Job] = {}
    problems: list[ImageProblem] = []
    for job in jobs:
        try:
            key = store.key(job)
        except OSError as exc:
            problems.append(ImageProblem(job.source, f"no se pudo leer ({exc.strerror})"))
            continue
        keys[(job.source, job.recipe)] = key
        if key in by_key or key in pending:
            continue
        found = store.lookup(key, job.source)
        if found is not None:
            by_key[key] = found
        else:
            pending[key] = job
    store.save_index()

    progress = _Progress(len(pending))
    work = [(job, store.folder(key), key) for key, job in pending.items()]
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(work) <= 1:
        outcomes = []
        for job, folder, key in work:
            outcomes.append((key, run_job(job, folder)))
            progress.step()
    else:
        with ProcessPoolExecutor(max_workers=min(workers, len(work))) as executor:
            futures = [
                (key, executor.submit(run_job, job, folder)) for job, folder, key in work
            ]
            outcomes = []
            for key, future in futures:
                outcomes.append((key, future.result()))
                progress.step()
    progress.close()
    for key, outcome in outcomes:
        if isinstance(outcome, ImageProblem):
            problems.append(outcome)
        else:
            by_key[key] = outcome
    results = {
        (source, recipe): by_key[key]
        for (source, recipe), key in keys.items()
        if key in by_key
    }
    return results, problems
