"""Render a batch of pages on every core: a forked copy of the build renders
its share and sends back what each page read; the parent renders the rest.

Forking shares the whole build (contents, templates, digests) without
pickling any of it; only the small per-page records cross back. Objects are
frozen out of the garbage collector first so the child does not copy the
memory it only reads.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import traceback


class RenderFailed(RuntimeError):
    """A page failed to render in a worker process; carries its traceback."""


def render_all(jobs: list, render_one, workers: int) -> list:
    """``render_one(job)`` writes one page and returns its result; the results
    come back in the order of ``jobs``."""
    if workers < 2 or len(jobs) < 2:
        return [render_one(job) for job in jobs]
    shares = [jobs[start::workers] for start in range(workers)]
    gc.freeze()
    children = []
    try:
        for share in shares[1:]:
            reader, writer = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: render, report, leave without cleanup
                os.close(reader)
                try:
                    payload = pickle.dumps(("ok", [render_one(job) for job in share]))
                except BaseException:
                    payload = pickle.dumps(("error", traceback.format_exc()))
                with os.fdopen(writer, "wb") as pipe:
                    pipe.write(payload)
                os._exit(0)
            os.close(writer)
            children.append((pid, reader))
        try:
            results = [[render_one(job) for job in shares[0]]]
        except BaseException:
            for pid, reader in children:
                os.kill(pid, signal.SIGKILL)
                os.close(reader)
                os.waitpid(pid, 0)
            raise
        for pid, reader in children:
            with os.fdopen(reader, "rb") as pipe:
                data = pipe.read()
            os.waitpid(pid, 0)
            if not data:
                raise RenderFailed("un proceso de dibujo de páginas terminó sin respuesta")
            status, value = pickle.loads(data)  # noqa: S301 - our own child
            if status != "ok":
                raise RenderFailed(value)
            results.append(value)
    finally:
        gc.unfreeze()
    ordered = [None] * len(jobs)
    for start, share in enumerate(results):
        ordered[start::workers] = share
    return ordered
