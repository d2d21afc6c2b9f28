"""What ffprobe and the end check said of each media file, kept between builds.

Probing and decoding the last second cost a few tenths of a second per
file (ffmpeg's start-up, mostly): with a hundred recordings, every build
would spend most of a minute asking about files that did not change. The
answer is kept in ``CACHE_PATH/media-probe.json`` by path, size and
modification time; a file copied again is asked again. ``make check``
reads it but never writes it (the check writes nothing).
"""

from __future__ import annotations

import dataclasses
import json
import os

from .model import Probe
from .probe import MediaError, check_complete, probe

NAME = "media-probe.json"
_LOADED: dict[str, dict] = {}  # cache file -> its entries, once per process
_UNSAVED: set[str] = set()  # cache files with entries not yet written


def _cache_file(settings) -> str | None:
    folder = settings["CACHE_PATH"]
    return os.path.join(folder, NAME) if folder else None


def _entries(cache_file: str | None) -> dict:
    if cache_file is None:
        return {}
    if cache_file not in _LOADED:
        try:
            with open(cache_file, encoding="utf-8") as handle:
                _LOADED[cache_file] = json.load(handle)
        except (OSError, ValueError):
            _LOADED[cache_file] = {}
    return _LOADED[cache_file]


def _save(cache_file: str, entries: dict) -> None:
    os.makedirs(os.path.dirname(cache_file), exist_ok=True)
    partial = f"{cache_file}.{os.getpid()}.tmp"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(entries, handle, ensure_ascii=False, sort_keys=True)
    os.replace(partial, cache_file)


def probe_file(path: str, settings) -> Probe:
    """``probe`` and ``check_complete`` of ``path``, or their ``MediaError``."""
    cache_file = _cache_file(settings)
    entries = _entries(cache_file)
    stat = os.stat(path)
    key = os.path.abspath(path)
    stamp = [stat.st_size, stat.st_mtime_ns]
    known = entries.get(key)
    if known is None or known.get("stamp") != stamp:
        try:
            known = {"stamp": stamp, "probe": dataclasses.asdict(probe(path))}
            check_complete(path)
        except MediaError as exc:
            known = {"stamp": stamp, "error": str(exc)}
        entries[key] = known
        if cache_file is not None:
            _UNSAVED.add(cache_file)
    if cache_file in _UNSAVED and not settings["CHECK_ONLY"]:
        _save(cache_file, entries)
        _UNSAVED.discard(cache_file)
    if "error" in known:
        raise MediaError(known["error"])
    return Probe(**known["probe"])
