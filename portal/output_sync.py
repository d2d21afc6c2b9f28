"""Move a new site into ``output/`` touching only what changed.

The staging folder holds what the build wrote; ``kept`` names the files of
the new site that ``output/`` already holds byte for byte and that the build
therefore did not write (plugins/incremental/keeper.py). Unchanged files keep
their bytes and modification time, so a sync to the server sends only
changes; each changed file is replaced atomically; files the new site no
longer has are removed.
"""

from __future__ import annotations

import os
import shutil


def same_file(a: str, b: str) -> bool:
    """Same bytes? Hard links to one cached image are the same without reading."""
    try:
        if os.path.samefile(a, b):
            return True
        if os.path.getsize(a) != os.path.getsize(b):
            return False
    except OSError:
        return False
    with open(a, "rb") as first, open(b, "rb") as second:
        while True:
            chunk = first.read(1 << 20)
            if chunk != second.read(1 << 20):
                return False
            if not chunk:
                return True


def sync_into_place(staging: str, output: str, kept=frozenset()) -> dict[str, int]:
    """Returns how many files were kept, written and removed."""
    counts = {"kept": len(kept), "written": 0, "removed": 0}
    if not os.path.isdir(output):
        os.replace(staging, output)
        counts["written"] = sum(len(files) for _, _, files in os.walk(output))
        return counts
    fresh = set(kept)
    for folder, _dirs, files in os.walk(staging):
        relative = os.path.relpath(folder, staging)
        target_folder = os.path.normpath(os.path.join(output, relative))
        if os.path.isfile(target_folder):
            os.remove(target_folder)
        if not os.path.isdir(target_folder):  # a mkdir per folder is slow here
            os.makedirs(target_folder)
        for name in files:
            fresh.add(os.path.normpath(os.path.join(relative, name)))
            source, target = os.path.join(folder, name), os.path.join(target_folder, name)
            if os.path.isdir(target):
                shutil.rmtree(target)
            if same_file(source, target):
                counts["kept"] += 1
            else:
                os.replace(source, target)
                counts["written"] += 1
    emptied: set[str] = set()
    for folder, dirs, files in os.walk(output, topdown=False):
        relative = os.path.relpath(folder, output)
        left = len(files) + sum(1 for d in dirs if os.path.join(folder, d) not in emptied)
        for name in files:
            if os.path.normpath(os.path.join(relative, name)) not in fresh:
                os.remove(os.path.join(folder, name))
                counts["removed"] += 1
                left -= 1
        if folder != output and left == 0:
            os.rmdir(folder)
            emptied.add(folder)
    shutil.rmtree(staging)
    return counts
