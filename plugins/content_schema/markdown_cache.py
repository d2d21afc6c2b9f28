"""Markdown to HTML, converted once per distinct text and kept between builds.

Converting Markdown is the largest part of reading thousands of bulletins;
the result depends only on the text and the Markdown set-up, so it is keyed
by both. Entries not used by a build are dropped when the cache is saved.
"""

from __future__ import annotations

import hashlib
import os
import pickle

import markdown as markdown_module

VERSION = 1


class MarkdownCache:
    def __init__(self, path: str, setup: str):
        self.path = path
        self.salt = f"{VERSION}|{markdown_module.__version__}|{setup}"
        self.entries: dict[str, str] = {}
        self.used: set[str] = set()
        self.dirty = False
        try:
            with open(path, "rb") as handle:
                salt, entries = pickle.load(handle)  # noqa: S301 - our own file
            if salt == self.salt:
                self.entries = entries
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            pass

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
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with open(self.path + ".tmp", "wb") as handle:
            pickle.dump((self.salt, kept), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(self.path + ".tmp", self.path)


_CACHES: dict[str, MarkdownCache] = {}


def cache_for(settings) -> MarkdownCache:
    """One cache per build (readers of articles and pages share it)."""
    folder = os.path.dirname(os.path.abspath(settings["IMAGES_CACHE_PATH"]))
    path = os.path.join(folder, "markdown.pickle")
    setup = repr(sorted(settings.get("MARKDOWN", {}).get("extension_configs", {}).items()))
    if path not in _CACHES:
        _CACHES[path] = MarkdownCache(path, setup)
    return _CACHES[path]


def save_all(_pelican=None) -> None:
    for cache in _CACHES.values():
        cache.save()
    _CACHES.clear()
