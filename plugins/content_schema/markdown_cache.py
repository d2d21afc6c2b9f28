"""Markdown to HTML, converted once per distinct text and kept between builds.

Converting Markdown is the largest part of reading thousands of bulletins;
the result depends only on the text and the Markdown set-up, so it is keyed
by both. The set-up is the whole ``MARKDOWN`` setting plus the source of each
extension module it names (an edited extension of ours must not be answered
with what the old one made). The cache of a build lives in its ``BuildState`` (never in a global:
a preview server's failed build, or a change of ``MARKDOWN``, must not hand
the next build what it converted), in ``CACHE_PATH/markdown.pickle``. Entries
not used by a build are dropped when it is saved, at the end of a build that
finished; a file that cannot be read is discarded with a line saying so.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys

import markdown as markdown_module

from run_state import state_of

VERSION = 1
FILE_NAME = "markdown.pickle"


class MarkdownCache:
    def __init__(self, path: str, setup: str):
        self.path = path
        self.setup = setup
        self.salt = f"{VERSION}|{markdown_module.__version__}|{setup}"
        self.used: set[str] = set()
        self.dirty = False
        self.config: str | None = None  # the MARKDOWN setting it was last checked for
        # why the file could not be used (None: read, absent, or another set-up)
        self.entries, self.discarded = _load(path, self.salt)

    def convert(self, converter, text: str) -> str:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self.used.add(key)
        html = self.entries.get(key)
        if html is None:
            html = converter.reset().convert(text)
            self.entries[key] = html
            self.dirty = True
        return html

    def save(self) -> None:
        if not self.dirty and set(self.entries) == self.used:
            return
        kept = {k: v for k, v in self.entries.items() if k in self.used}
        folder = os.path.dirname(self.path)
        os.makedirs(folder, exist_ok=True)
        # a name of its own: two builds saving at once never mix their bytes
        temporary = f"{self.path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as out:
            pickle.dump((self.salt, kept), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.path)


def _load(path: str, salt: str) -> tuple[dict[str, str], str | None]:
    """The saved entries for ``salt``, or none and why the file is unusable:
    any failure (a truncated file, another shape, a class that moved) means
    converting again, never a build that stops."""
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)  # noqa: S301 - our own file
    except FileNotFoundError:
        return {}, None
    except Exception as error:  # whatever it is, the file is unusable
        return {}, f"{type(error).__name__}: {error}"
    if not (isinstance(saved, tuple) and len(saved) == 2 and isinstance(saved[1], dict)):
        return {}, f"no tiene la forma esperada ({type(saved).__name__})"
    saved_salt, entries = saved
    if saved_salt != salt:
        return {}, None  # another Markdown set-up: expected, nothing to say
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
        return {}, "tiene entradas que no son texto"
    return entries, None


def discarded_line(path: str, reason: str) -> str:
    return (
        f"Aviso: la caché de Markdown {path} no se pudo leer ({reason}); "
        "se descarta y el texto se convierte de nuevo."
    )


def markdown_setup(markdown_settings: dict) -> str:
    """What the conversion depends on besides the text: the setting itself and
    each named extension's source (by module; an unknown name converts as
    Markdown will, and says so then)."""
    names = [
        name if isinstance(name, str) else type(name).__module__
        for name in [
            *markdown_settings.get("extensions", []),
            *markdown_settings.get("extension_configs", {}),
        ]
    ]
    digest = hashlib.sha256(repr(sorted(markdown_settings.items(), key=str)).encode())
    for name in sorted(set(names)):
        module = name.split(":", 1)[0]
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        origin = getattr(spec, "origin", None)
        if origin and os.path.isfile(origin):
            with open(origin, "rb") as source:
                digest.update(module.encode() + b"\0" + source.read())
    return digest.hexdigest()


def cache_for(settings) -> MarkdownCache:
    """The build's cache (readers of articles and pages share it), made anew
    when the file or the Markdown set-up is not the one it was made for."""
    path = os.path.join(os.path.abspath(settings["CACHE_PATH"]), FILE_NAME)
    config = settings.get("MARKDOWN", {})
    written = repr(sorted(config.items(), key=str))
    state = state_of(settings)
    cache = state.markdown
    # the extensions' sources are read once per build, not once per file
    if cache is not None and cache.path == path and cache.config == written:
        return cache
    setup = markdown_setup(config)
    if cache is None or cache.path != path or cache.setup != setup:
        cache = state.markdown = MarkdownCache(path, setup)
        if cache.discarded:
            # one plain line, as for the page record (never a log record: a
            # build's warnings are replayed by an unchanged one, this is not)
            print(discarded_line(path, cache.discarded), file=sys.stderr)
    cache.config = written
    return cache


def save_all(pelican) -> None:
    """At the end of a build that finished (Pelican's ``finalized``)."""
    cache = state_of(pelican.settings).markdown
    if cache is not None:
        cache.save()
