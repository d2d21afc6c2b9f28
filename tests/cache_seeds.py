"""Warm caches for the test builds: what one build of the session made, the
next one reuses instead of making it again.

The photo, media and print caches are keyed by content (plugins/images,
plugins/media, plugins/print_edition): an entry made by any build is right for
every other. A build that wants an empty cache of its own (the shared builds;
``run_build`` without ``cache``) gets a *copy* of the session's entries, never
hard links: its output/ links into its cache, and no test's writes may reach
a file another build reads. After a build its new entries go back to the
session's store. Every entry arrives whole (copied aside, then renamed), so
builds and copies may run at once without a lock; a build that finds half a
pair (a media file without its note) makes the entry itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

# Entries live in folders named by the key's first two hex digits; everything
# else in a cache folder (Markdown and probe caches, the hash index, zips) is
# by path or cheap and stays with its build.
_HEX = set("0123456789abcdef")


def _shards(folder: Path):
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        if len(name) == 2 and set(name) <= _HEX and (folder / name).is_dir():
            yield name


def _copy_entry(source: Path, target: Path) -> None:
    """``source`` (a file or a folder) to ``target``, appearing at once."""
    aside = target.with_name(f"{target.name}.seed-{os.getpid()}")
    if source.is_dir():
        shutil.rmtree(aside, ignore_errors=True)
        shutil.copytree(source, aside)
    else:
        shutil.copyfile(source, aside)
    try:
        os.replace(aside, target)
    except OSError:  # another process placed the same entry first
        shutil.rmtree(aside, ignore_errors=True) if aside.is_dir() else aside.unlink()


def copy_entries(source: Path, target: Path) -> list[Path]:
    """Copy every whole entry of ``source`` missing from ``target``; a media
    file's ``.json`` note (its «done» mark) after the file. Returns the copies."""
    copied = []
    for shard in _shards(source):
        names = [
            n
            for n in sorted(os.listdir(source / shard))
            if ".partial" not in n and ".seed-" not in n
        ]
        names.sort(key=lambda n: n.endswith(".json"))  # notes last
        (target / shard).mkdir(parents=True, exist_ok=True)
        for name in names:
            if not (target / shard / name).exists():
                _copy_entry(source / shard / name, target / shard / name)
                copied.append(target / shard / name)
    return copied


def remove_entries(copied: list[Path], folder: Path) -> None:
    """Take back what ``copy_entries`` put in ``folder``, and ``folder`` itself
    if nothing else is left: a refused build must leave no cache behind, and
    whatever the build wrote stays for its test to see."""
    for path in copied:
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    for emptied in [*sorted({p.parent for p in copied}), folder]:
        with contextlib.suppress(OSError):
            emptied.rmdir()  # only when empty
