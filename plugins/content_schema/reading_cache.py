"""What reading a file gave, kept between builds and keyed by the file's bytes.

An edit touches one file of thousands; the others would be parsed (YAML,
schema) again only to give the same fields. An entry is keyed by a digest of
the file's *bytes* (never its size and time alone: a checkout, ``cp -p`` or
an unpacked backup can bring other bytes under the same size and time), its
path and kind, the settings that enter the schemas (``SCHEMA_SETTINGS``),
and the code that reads (the source of this package and PyYAML's version).
What a check looked at beside the file (an image, a PDF, a recording named
by a field) is kept with the entry as the facts the check used (exists,
size, the PDF's first bytes) and looked at again on every use: a photo
deleted since makes the file be read again, and its error reported.

Only a read without a single problem is kept (a content error is never
answered from the cache); entries are pickled one by one, so every build
gets objects of its own. Like ``markdown.pickle`` it lives in ``CACHE_PATH``
and is saved only at the end of a build that finished, with the entries that
build used; an unreadable file is dropped with a line saying so.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

import yaml

from run_state import state_of

VERSION = 1
FILE_NAME = "reading.pickle"
# Every setting a kind's schema or the reading is made from (kinds.py).
SCHEMA_SETTINGS = ("AREAS", "CLARIFICATION_VERDICTS", "TIMEZONE")

_PACKAGE = Path(__file__).resolve().parent


def code_version() -> str:
    """The reading code: every source file of this package (schemas, fields,
    YAML loader, messages) and the YAML library under it."""
    digest = hashlib.sha256(f"{VERSION}|{yaml.__version__}|{sys.version}".encode())
    for source in sorted(_PACKAGE.rglob("*")):
        if source.is_file() and source.suffix in (".py", ".yml"):
            digest.update(str(source.relative_to(_PACKAGE)).encode() + b"\0")
            digest.update(source.read_bytes())
    return digest.hexdigest()


def settings_version(settings) -> str:
    values = [(name, settings.get(name)) for name in SCHEMA_SETTINGS]
    return hashlib.sha256(repr(values).encode()).hexdigest()


def file_facts(path: str, head: int = 0) -> tuple:
    """What a field's check can see of a file beside the content: whether it
    is a file, its size and (for a PDF) a digest of its first bytes."""
    try:
        size = os.stat(path).st_size if os.path.isfile(path) else None
    except OSError:
        size = None
    start = b""
    if head and size:
        try:
            with open(path, "rb") as handle:
                start = hashlib.sha256(handle.read(head)).digest()
        except OSError:
            start = b"?"
    return (path, head, size, start)


def note_file(ctx, path: str, head: int = 0) -> None:
    """Called by a field that looked at ``path`` (``ValidationContext.files``)."""
    files = getattr(ctx, "files", None)
    if files is not None:
        files.append(file_facts(path, head))


class ReadingCache:
    def __init__(self, path: str, salt: str):
        self.path = path
        self.salt = salt
        self.used: set[str] = set()
        self.dirty = False
        self.hits = 0
        self.misses = 0
        self.entries, self.stats, self.discarded = _load(path, salt)

    @staticmethod
    def key(source_path: str, kind: str, data: bytes) -> str:
        digest = hashlib.sha256(f"{kind}\0{source_path}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def note_stat(self, source_path: str, stat: os.stat_result, key: str) -> None:
        """Which entry a file had at this size, time and inode: only to decide
        whether a cold build's pre-read is worth it (``prefetch``), never to
        answer a read."""
        self.stats[source_path] = (stat.st_size, stat.st_mtime_ns, stat.st_ino, key)

    def probably_known(self, source_path: str) -> bool:
        known = self.stats.get(source_path)
        if known is None or known[3] not in self.entries:
            return False
        try:
            stat = os.stat(source_path)
        except OSError:
            return False
        return known[:3] == (stat.st_size, stat.st_mtime_ns, stat.st_ino)

    def get(self, key: str):
        """``(metadata, clean, body)`` as read last time, or None."""
        stored = self.entries.get(key)
        if stored is not None:
            try:
                files, metadata, clean, body = pickle.loads(stored)  # noqa: S301
            except Exception:  # an entry from other code: read the file again
                files = None
            if files is not None and all(file_facts(f[0], f[1]) == f for f in files):
                self.used.add(key)
                self.hits += 1
                return metadata, clean, body
        self.misses += 1
        return None

    def put(self, key: str, files: list, metadata: dict, clean: dict, body: str) -> None:
        self.put_stored(key, pickle.dumps((files, metadata, clean, body), protocol=5))

    def put_stored(self, key: str, stored: bytes, used: bool = True) -> None:
        """``used=False``: made ahead (``prefetch``); saved only if read."""
        self.entries[key] = stored
        if used:
            self.used.add(key)
        self.dirty = True

    def save(self) -> None:
        if not self.dirty and set(self.entries) == self.used:
            return
        kept = {k: v for k, v in self.entries.items() if k in self.used}
        stats = {p: s for p, s in self.stats.items() if s[3] in kept}
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = f"{self.path}.{os.getpid()}.tmp"  # two builds never mix bytes
        with open(temporary, "wb") as out:
            pickle.dump((self.salt, kept, stats), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.path)


def _load(path: str, salt: str) -> tuple[dict[str, bytes], dict, str | None]:
    """The saved entries and stats for ``salt``, or none and why the file is
    unusable."""
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)  # noqa: S301 - our own file
    except FileNotFoundError:
        return {}, {}, None
    except Exception as error:  # whatever it is, the file is unusable
        return {}, {}, f"{type(error).__name__}: {error}"
    if not (
        isinstance(saved, tuple)
        and len(saved) == 3
        and isinstance(saved[1], dict)
        and isinstance(saved[2], dict)
    ):
        return {}, {}, f"no tiene la forma esperada ({type(saved).__name__})"
    saved_salt, entries, stats = saved
    if saved_salt != salt:
        return {}, {}, None  # other code or settings: expected, nothing to say
    if not all(isinstance(k, str) and isinstance(v, bytes) for k, v in entries.items()):
        return {}, {}, "tiene entradas de otra forma"
    return entries, stats, None


def discarded_line(path: str, reason: str) -> str:
    return (
        f"Aviso: la caché de lectura {path} no se pudo leer ({reason}); "
        "se descarta y los archivos se leen de nuevo."
    )


_CODE: list[str] = []


def cache_for(settings) -> ReadingCache | None:
    """The build's reading cache (in its ``BuildState``), made anew when the
    file, the code or the schema settings are not the ones it was made for;
    None without a ``CACHE_PATH`` (a reader called on its own)."""
    if "CACHE_PATH" not in settings:
        return None
    if not _CODE:
        _CODE.append(code_version())
    path = os.path.join(os.path.abspath(settings["CACHE_PATH"]), FILE_NAME)
    salt = f"{_CODE[0]}|{settings_version(settings)}"
    state = state_of(settings)
    cache = state.reading
    if cache is None or cache.path != path or cache.salt != salt:
        cache = state.reading = ReadingCache(path, salt)
        if cache.discarded:
            print(discarded_line(path, cache.discarded), file=sys.stderr)
    return cache


def save_all(pelican) -> None:
    """At the end of a build that finished (Pelican's ``finalized``)."""
    cache = state_of(pelican.settings).reading
    if cache is not None:
        cache.save()
