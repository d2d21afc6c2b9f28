"""Digests of what a page was rendered from, stable from one build to the next.

Two kinds of things reach a template. *Identified* objects, Pelican's
contents (bulletins, pages) and taxonomy entries (areas, tags), have a name
that survives between builds (their source file, their slug); inside lists
they count by that name alone, and what a template reads of them is
tracked one by one (``tracking.py``), so a list of 5,000 bulletins costs a
page nothing but their order. Everything else (settings values, our
plugins' galleries, plans and reports, pagination pages) is digested whole.

A digest that cannot be made stable (an object printed with its memory
address) only makes pages render again: it never lets a stale one through.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import re
import types

from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

# Attributes that point back at the whole site, not at the object.
SKIPPED_ATTRIBUTES = frozenset({"settings", "_context", "context", "env", "_templates"})
# Pelican's link syntax ({filename}x.md, |static|img.jpg): such a text depends
# on where the linked files are published.
_INTRASITE = re.compile(r"[{|](?:filename|static|attach|index|tag|category|author)[|}]")
_PLAIN = (str, int, float, bool, type(None), bytes, dt.date, dt.time, dt.timedelta)
_PLAIN += (decimal.Decimal,)
_CALLABLE = (
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    type,
    types.ModuleType,
)


def identity(obj) -> tuple | None:
    """A name for ``obj`` that the next build gives the same object, or None."""
    if isinstance(obj, Content):
        return ("content", type(obj).__name__, obj.source_path, obj.metadata.get("lang"))
    if isinstance(obj, URLWrapper):
        return ("taxonomy", type(obj).__name__, obj.name)
    return None


class Digester:
    """One build's digests, memoised: objects keep their digest for the build.

    The memo holds each object it has seen, so that a temporary object's
    memory address is never reused for another while the build runs.
    """

    def __init__(self, settings: dict, context: dict):
        self._skipped = {id(settings), id(context)}
        self._objects: dict[int, tuple[object, bytes]] = {}
        self._states: dict[int, tuple[object, bytes]] = {}
        self._url_map: bytes | None = None
        self._cycles = 0
        self._context = context

    def forget_values(self) -> None:
        self._objects.clear()

    # -- whole values ---------------------------------------------------------
    def value(self, value) -> bytes:
        """The digest of a value a template looked up by name."""
        if identity(value) is not None:
            return self.state(value)
        hasher = hashlib.blake2b(digest_size=16)
        self._feed(hasher, value, set())
        return hasher.digest()

    def state(self, obj) -> bytes:
        """What a template can read of an identified object (not of others it names)."""
        known = self._states.get(id(obj))
        if known is not None:
            return known[1]
        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(repr(identity(obj)).encode())
        if isinstance(obj, URLWrapper):
            hasher.update(f"{obj.name}\0{obj.slug}".encode())
        else:
            self._feed_attributes(hasher, obj, {id(obj)}, private=True)
            text = getattr(obj, "_content", None)
            if isinstance(text, str) and _INTRASITE.search(text):
                hasher.update(self.url_map())
        digest = hasher.digest()
        self._states[id(obj)] = (obj, digest)
        return digest

    def url_map(self) -> bytes:
        """Where every content and static file is published (for linked texts):
        all that Pelican resolves ``{filename}`` links against, drafts and
        bulletins held back by embargo included."""
        if self._url_map is None:
            hasher = hashlib.blake2b(digest_size=16)
            for key in ("generated_content", "static_content"):
                items = self._context.get(key) or {}
                for source in sorted(items):
                    item = items[source]
                    url = getattr(item, "url", None)
                    hasher.update(f"{key}\0{source}\0{url}\n".encode())
            self._url_map = hasher.digest()
        return self._url_map

    # -- feeding --------------------------------------------------------------
    def _feed(self, hasher, value, active: set) -> None:
        if isinstance(value, _PLAIN):
            hasher.update(f"{type(value).__name__}:{value!r}\x1f".encode())
            return
        ident = identity(value)
        if ident is not None:
            hasher.update(f"@{ident!r}\x1f".encode())
            return
        if isinstance(value, (list, tuple)):
            hasher.update(f"[{len(value)}".encode())
            for item in value:
                self._feed(hasher, item, active)
            hasher.update(b"]")
            return
        if isinstance(value, dict):
            hasher.update(f"{{{len(value)}".encode())
            for key, item in value.items():
                self._feed(hasher, key, active)
                self._feed(hasher, item, active)
            hasher.update(b"}")
            return
        if isinstance(value, (set, frozenset)):
            parts = []
            for item in value:
                sub = hashlib.blake2b(digest_size=16)
                self._feed(sub, item, active)
                parts.append(sub.digest())
            hasher.update(b"{" + b"".join(sorted(parts)) + b"}")
            return
        if isinstance(value, _CALLABLE):
            name = getattr(value, "__qualname__", getattr(value, "__name__", "?"))
            hasher.update(f"fn:{getattr(value, '__module__', '')}.{name}\x1f".encode())
            return
        hasher.update(self._object(value, active))

    def _object(self, obj, active: set) -> bytes:
        """Any other object: its class and attributes, memoised."""
        if id(obj) in self._skipped:
            return b"<site>"
        known = self._objects.get(id(obj))
        if known is not None:
            return known[1]
        if id(obj) in active:
            self._cycles += 1
            return b"<cycle>"
        active.add(id(obj))
        cycles = self._cycles
        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(f"{type(obj).__module__}.{type(obj).__qualname__}(".encode())
        if hasattr(obj, "__dict__") or hasattr(type(obj), "__slots__"):
            self._feed_attributes(hasher, obj, active)
        else:
            hasher.update(repr(obj).encode())  # an address in it only costs a render
        active.discard(id(obj))
        digest = hasher.digest()
        if self._cycles == cycles:  # a digest cut short by a cycle depends on
            self._objects[id(obj)] = (obj, digest)  # where it was entered from
        return digest

    def _feed_attributes(self, hasher, obj, active: set, private: bool = False) -> None:
        """Public attributes; a content's private ones too (``_content`` is its text).
        Elsewhere a leading underscore marks a cache filled on first use
        (a paginator's page count), which would differ by what ran first."""
        attributes = dict(getattr(obj, "__dict__", {}))
        for slot in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, slot):
                attributes[slot] = getattr(obj, slot)
        for key in sorted(attributes):
            if key in SKIPPED_ATTRIBUTES or (key[0] == "_" and not private):
                continue
            hasher.update(key.encode() + b"=")
            self._feed(hasher, attributes[key], active)
