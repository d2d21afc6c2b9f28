"""Published media files kept outside output/, keyed by the source's bytes and recipe.

Like the photo cache (``images.cache``), whose content-hash index it shares
the design of: a source whose size and modification time did not change is
not read again. An entry is its file plus a small JSON of what it is; the
file is written under a temporary name and renamed when FFmpeg succeeded,
so a failed or interrupted encode never looks like a finished one.
"""

from __future__ import annotations

import hashlib
import json
import os

from images.cache import ImageStore

from .recipe import MediaJob, MediaResult

EXTENSIONS = {
    "video": "mp4",
    "mp3": "mp3",
    "wav": "wav",
    "poster": "png",
    "waveform": "png",
}


class MediaStore:
    def __init__(self, root: str):
        self.root = root
        self._hashes = ImageStore(root)  # the content-hash index (indice.json)

    def key(self, job: MediaJob) -> str:
        digest = hashlib.sha256(self._hashes.content_hash(job.source).encode())
        digest.update(job.fingerprint().encode())
        return digest.hexdigest()[:32]

    def path(self, key: str, job: MediaJob) -> str:
        return os.path.join(self.root, key[:2], f"{key}.{EXTENSIONS[job.output]}")

    def lookup(self, key: str, job: MediaJob) -> MediaResult | None:
        path = self.path(key, job)
        try:
            with open(path + ".json", encoding="utf-8") as handle:
                info = json.load(handle)
        except (OSError, ValueError):
            return None
        if not os.path.isfile(path):
            return None
        return MediaResult(job.source, path, key, worked=False, **info)

    def save_index(self) -> None:
        self._hashes.save_index()


def partial_name(path: str) -> str:
    """Where an encode writes before it is known to be whole (same folder: rename)."""
    stem, ext = os.path.splitext(path)
    return f"{stem}.partial-{os.getpid()}{ext}"


def finish(path: str, partial: str, info: dict) -> None:
    """Publish a finished encode in the cache: the file, then what it is."""
    os.replace(partial, path)
    note = f"{path}.json.partial-{os.getpid()}"
    with open(note, "w", encoding="utf-8") as handle:
        json.dump(info, handle, sort_keys=True)
    os.replace(note, path + ".json")
