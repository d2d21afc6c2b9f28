"""Render a batch of pages on every core: a forked copy of the build renders
its share and sends back what each page read; the parent renders the rest.

Forking shares the whole build (contents, templates, digests) without
pickling any of it; only the small per-page records cross back, with what
the worker logged: the parent logs it again, so a page's ERROR counts the
same (and fails the build the same) whichever process rendered it. Objects
are frozen out of the garbage collector first so the child does not copy
the memory it only reads.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import signal
import traceback

from pelican.log import FilteredMessage

from .errors import CacheError


class RenderFailed(RuntimeError):
    """A page failed to render in a worker process; carries its traceback."""


class _Collector(logging.Handler):
    """In a worker: every record that reaches the root logger, made picklable."""

    def __init__(self):
        super().__init__(level=logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)


def _worker(share: list, render_one, finish) -> bytes:
    """The child's side: its share rendered, its log collected, the outcome pickled."""
    root = logging.getLogger()
    collector = _Collector()
    root.handlers[:] = [collector]  # the parent prints them, once
    try:
        results = [render_one(job) for job in share]
        if finish is not None:
            finish(results)
        outcome = ("ok", results)
    except CacheError as error:
        outcome = ("raise", error)
    except BaseException:
        outcome = ("error", traceback.format_exc())
    return pickle.dumps((outcome, collector.records))


def render_all(jobs: list, render_one, workers: int, finish=None) -> list:
    """``render_one(job)`` writes one page and returns its result; the results
    come back in the order of ``jobs``. ``finish(results)``, if given, runs in
    each worker after its share (the parent checks its own share itself); a
    ``CacheError`` it raises is raised here."""
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
                payload = _worker(share, render_one, finish)
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
        outcomes = []
        for pid, reader in children:
            with os.fdopen(reader, "rb") as pipe:
                data = pipe.read()
            os.waitpid(pid, 0)
            if not data:
                raise RenderFailed("un proceso de dibujo de páginas terminó sin respuesta")
            outcome, records = pickle.loads(data)  # noqa: S301 - our own child
            for record in records:  # as if logged here: the build's counter sees it
                with contextlib.suppress(FilteredMessage):  # Pelican's duplicate filter
                    logging.getLogger(record.name).handle(record)
            outcomes.append(outcome)
        for status, value in outcomes:
            if status == "raise":
                raise value
            if status != "ok":
                raise RenderFailed(value)
            results.append(value)
    finally:
        gc.unfreeze()
    ordered = [None] * len(jobs)
    for start, share in enumerate(results):
        ordered[start::workers] = share
    return ordered
