"""Derived files kept outside output/, keyed by the photo's bytes and recipe.

A rebuild must not re-read thousands of unchanged photos just to hash them,
so an index remembers each source's size and modification time with its
content hash; only a photo whose size or time changed is read again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict

from .recipe import Derived, Job, Rendition

INDEX_NAME = "indice.json"


class ImageStore:
    def __init__(self, root: str):
        self.root = root
        self._index_path = os.path.join(root, INDEX_NAME)
        self._index = self._load_index()
        self._dirty = False

    def _load_index(self) -> dict:
        try:
            with open(self._index_path, encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError):
            return {}

    def content_hash(self, path: str) -> str:
        stat = os.stat(path)
        stamp = [stat.st_size, stat.st_mtime_ns]
        known = self._index.get(path)
        if known and known[:2] == stamp:
            return known[2]
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        self._index[path] = [*stamp, digest.hexdigest()]
        self._dirty = True
        return digest.hexdigest()

    def key(self, job: Job) -> str:
        recipe = job.recipe.fingerprint(job.credit, job.copyright_text, job.press)
        digest = hashlib.sha256(self.content_hash(job.source).encode())
        digest.update(recipe.encode())
        return digest.hexdigest()[:32]

    def folder(self, key: str) -> str:
        return os.path.join(self.root, key[:2], key)

    def lookup(self, key: str, source: str) -> Derived | None:
        folder = self.folder(key)
        try:
            with open(os.path.join(folder, "renditions.json"), encoding="utf-8") as handle:
                renditions = tuple(Rendition(**r) for r in json.load(handle))
        except (OSError, ValueError):
            return None
        return Derived(source, folder, renditions, worked=False)

    def save_index(self) -> None:
        if self._dirty:
            os.makedirs(self.root, exist_ok=True)
            partial = self._index_path + f".{os.getpid()}"
            with open(partial, "w", encoding="utf-8") as handle:
                json.dump(self._index, handle, sort_keys=True)
            os.replace(partial, self._index_path)
            self._dirty = False


def write_entry(
    folder: str, results: list[tuple[Rendition, bytes]]
) -> tuple[Rendition, ...]:
    """Write one photo's files, then publish the folder atomically."""
    partial = f"{folder}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    os.makedirs(partial)
    for rendition, payload in results:
        with open(os.path.join(partial, rendition.name), "wb") as handle:
            handle.write(payload)
    renditions = tuple(r for r, _ in results)
    with open(os.path.join(partial, "renditions.json"), "w", encoding="utf-8") as handle:
        json.dump([asdict(r) for r in renditions], handle)
    try:
        os.replace(partial, folder)
    except OSError:  # another process made the same entry first
        shutil.rmtree(partial, ignore_errors=True)
    return renditions


def place(src: str, dest: str, keeper=None) -> None:
    """Put a cached file in output/: a hard link when possible, else a copy;
    nothing when output/ already links to it (``keeper``)."""
    if keeper is not None and keeper.keep_link(src, dest):
        return
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    if os.path.exists(dest):
        os.remove(dest)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)
