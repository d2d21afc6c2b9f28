"""Read and convert the content files on every core before Pelican reads them.

Pelican reads one file after another; the YAML, the schema and the Markdown
of thousands of bulletins are most of a cold build's reading. Before any
generator runs, the files the reading cache does not know yet are shared
out: a forked copy of the build reads and converts its share and sends back
the cache entries it made (reading and Markdown); the parent does the rest.
Then Pelican and our loaders read in their own order, as always, and find
every good file in the caches: the order, the report and the output are the
ones of a build in one process. A file with a problem gives no entry and is
read again in that pass, where its problems are reported; a worker that
fails only leaves its share to be read there too.
"""

from __future__ import annotations

import gc
import os
import pickle
import traceback

from .errors import ContentReport
from .markdown_cache import cache_for as markdown_cache_for
from .reader import kind_of
from .reading import markdown_for, read_content
from .reading_cache import cache_for as reading_cache_for


def content_files(settings) -> list[tuple[str, str]]:
    """Every ``.md`` file under the content folder that a kind reads."""
    found = []
    for folder, dirs, files in os.walk(settings["PATH"]):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                kind = kind_of(path, settings)
                if kind is not None:
                    found.append((path, kind))
    return found


def unknown_files(settings) -> list[tuple[str, str]]:
    """The files whose bytes the reading cache has no entry for (a file whose
    size, time and inode are those of a known entry is not read for this)."""
    cache = reading_cache_for(settings)
    missing = []
    for path, kind in content_files(settings):
        if cache.probably_known(os.path.abspath(path)):
            continue  # by its stat: if that lies, the reading pass reads it
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            continue  # the reading pass reports what it can or cannot open
        if cache.key(os.path.abspath(path), kind, data) not in cache.entries:
            missing.append((path, kind))
    return missing


def read_share(share: list[tuple[str, str]], settings) -> None:
    """Read and convert ``share`` into this process's caches."""
    markdown = markdown_for(settings)
    scratch = ContentReport()  # problems are reported by the reading pass
    for path, kind in share:
        read = read_content(path, kind, settings, scratch)
        if read is not None and read.ok:
            read.html(markdown, settings)


def _new_entries(settings, reading_before: set, markdown_before: set) -> bytes:
    reading = reading_cache_for(settings).entries
    markdown = markdown_cache_for(settings).entries
    return pickle.dumps(
        (
            {k: v for k, v in reading.items() if k not in reading_before},
            {k: v for k, v in markdown.items() if k not in markdown_before},
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )


def prefetch(settings) -> int:
    """Fill the caches on ``READING_WORKERS`` processes when at least
    ``READING_PARALLEL_MIN`` files are unknown; how many files were shared."""
    if "READING_WORKERS" not in settings or reading_cache_for(settings) is None:
        return 0  # a Pelican run without our settings: read as Pelican does
    workers = settings["READING_WORKERS"] or min(2, os.cpu_count() or 1)
    missing = unknown_files(settings) if workers > 1 else []
    if len(missing) < settings["READING_PARALLEL_MIN"]:
        return 0
    reading, markdown = reading_cache_for(settings), markdown_cache_for(settings)
    reading_before, markdown_before = set(reading.entries), set(markdown.entries)
    shares = [missing[start::workers] for start in range(workers)]
    gc.freeze()  # the children only read the parent's objects: no copies
    children = []
    try:
        for share in shares[1:]:
            reader, writer = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: read, send the new entries, leave
                os.close(reader)
                try:
                    read_share(share, settings)
                    payload = _new_entries(settings, reading_before, markdown_before)
                except BaseException:
                    payload = pickle.dumps(traceback.format_exc())
                with os.fdopen(writer, "wb") as pipe:
                    pipe.write(payload)
                os._exit(0)
            os.close(writer)
            children.append((pid, reader))
        try:
            read_share(shares[0], settings)
        finally:
            for pid, reader in children:
                with os.fdopen(reader, "rb") as pipe:
                    data = pipe.read()
                os.waitpid(pid, 0)
                try:
                    received = pickle.loads(data)  # noqa: S301 - our own child
                except Exception:  # a worker that died: its share is read later
                    received = None
                if isinstance(received, tuple):  # else a traceback: read later
                    for key, stored in received[0].items():
                        reading.put_stored(key, stored, used=False)
                    markdown.entries.update(received[1])
                    markdown.dirty = markdown.dirty or bool(received[1])
    finally:
        gc.unfreeze()
    return len(missing)


def prefetch_content(pelican) -> None:
    """Pelican's ``initialized``: before the first generator reads."""
    prefetch(pelican.settings)
