"""Run media jobs on every core (``MEDIA_WORKERS``), or in this process for tests.

A job that fails comes back as a ``MediaProblem`` (data, not an exception):
one bad file never stops the others, and each is reported with its file.
On a terminal a progress line says which file is being made and how far.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor

from .media_cache import MediaStore, finish, partial_name
from .probe import MediaError, probe
from .recipe import MediaJob, MediaProblem, MediaResult
from .transcode import TranscodeError, mp3, poster, video, wav, waveform

DAMAGED = (
    "no se pudo convertir para publicarse: el archivo está dañado o incompleto "
    "(¿se copió a medias?); vuelva a copiarlo de la cámara o grabadora, o "
    "expórtelo de nuevo"
)


def _progress_enabled() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _printer(job: MediaJob, number: int, total: int):
    if not _progress_enabled():
        return None
    last = [-1]

    def show(fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            print(
                f"\r\033[KMedios: {number}/{total} · {job.name} ({job.label}) · {percent} %",
                end="", file=sys.stderr, flush=True,
            )  # fmt: skip

    return show


def run_job(job: MediaJob, path: str, key: str, number: int = 1, total: int = 1):
    """Make one file into the cache; a ``MediaResult`` or a ``MediaProblem``."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = partial_name(path)
    show = _printer(job, number, total)
    try:
        width = height = 0
        if job.output == "video":
            width, height = video(job, partial, show)
        elif job.output == "mp3":
            mp3(job, partial, show)
        elif job.output == "wav":
            wav(job, partial, show)
        elif job.output == "poster":
            poster(job, partial)
        else:
            waveform(job, partial)
        duration = 0.0
        if job.output in ("video", "mp3", "wav"):
            made, expected = probe(partial).duration, probe(job.source).duration
            if made < expected - max(1.0, expected * 0.05):  # data ran out early
                raise TranscodeError(
                    f"se pudieron leer {made:.1f} s de los {expected:.1f} s que dice durar"
                )
            duration = made
    except (TranscodeError, MediaError, OSError) as exc:
        if os.path.exists(partial):
            os.remove(partial)
        detail = exc.detail if isinstance(exc, TranscodeError) else str(exc)
        return MediaProblem(job.source, f"{DAMAGED} ({detail[:160]})")
    info = {"duration": round(duration, 3), "width": width, "height": height}
    finish(path, partial, info)
    return MediaResult(job.source, path, key, worked=True, **info)


def run_all(
    jobs: list[MediaJob], store: MediaStore, workers: int | None = None
) -> tuple[dict[MediaJob, MediaResult], list[MediaProblem]]:
    """Every job's file, made once per content and recipe; ``workers`` 0 or 1:
    in this process. Returns the results by job and the problems."""
    keys: dict[MediaJob, str] = {}
    found: dict[str, MediaResult] = {}
    pending: dict[str, MediaJob] = {}
    problems: list[MediaProblem] = []
    for job in jobs:
        try:
            key = store.key(job)
        except OSError as exc:
            problems.append(MediaProblem(job.source, f"no se pudo leer ({exc.strerror})"))
            continue
        keys[job] = key
        if key in found or key in pending:
            continue
        cached = store.lookup(key, job)
        if cached is not None:
            found[key] = cached
        else:
            pending[key] = job
    store.save_index()
    work = [(job, store.path(key, job), key) for key, job in pending.items()]
    total = len(work)
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers <= 1 or total <= 1:
        outcomes = [
            (key, run_job(job, path, key, n, total))
            for n, (job, path, key) in enumerate(work, 1)
        ]
    else:
        with ProcessPoolExecutor(max_workers=min(workers, total)) as executor:
            futures = [
                (key, executor.submit(run_job, job, path, key, n, total))
                for n, (job, path, key) in enumerate(work, 1)
            ]
            outcomes = [(key, future.result()) for key, future in futures]
    if total and _progress_enabled():
        print("\r\033[K", end="", file=sys.stderr, flush=True)
    for key, outcome in outcomes:
        if isinstance(outcome, MediaProblem):
            problems.append(outcome)
        else:
            found[key] = outcome
    return {job: found[key] for job, key in keys.items() if key in found}, problems
