"""Digests of what a page was rendered from, stable from one build to the next.

Two kinds of things reach a template. *Identified* objects, Pelican's
contents (bulletins, pages) and taxonomy entries (areas, tags), have a name
that survives between builds (their source file, their slug); inside lists
they count by that name alone, and what a template reads of them is
tracked one by one (``tracking.py``), so a list of 5,000 bulletins costs a
page nothing but their order. Everything else is digested whole, by value,
and only if its type is one this module knows (``_feed``):

- plain values of exactly these types: str, Markup, int, float, bool, None,
  bytes, Decimal, date, datetime (Pelican's SafeDatetime too), time,
  timedelta, timezone, ZoneInfo;
- Enum members (class, name and value), paths (their text), namedtuples;
- list, tuple, dict, OrderedDict, defaultdict, set, frozenset, by their items;
- dataclass instances: every field and every public attribute in ``__dict__``;
- Pelican's paginators and pagination pages: their public attributes;
- functions, classes and modules by qualified name (their code is in the
  site key, ``manifest.py``), with a function's defaults and closure, a
  bound method's object and a ``functools.partial``'s arguments by value;
- the settings dict as one constant (it is in the site key too).

Any other object, a subclass of a known type included, cannot be seen
through: its digest is ``Unseen`` and a page that read it is rendered
every time (``inputs.py``; ``PORTAL_RENDER_REASONS=1`` names the type).
A digest can therefore only make pages render again; it never lets a
stale one through.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import decimal
import enum
import functools
import hashlib
import pathlib
import re
import types
import zoneinfo

from markupsafe import Markup
from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper
from pelican.utils import SafeDatetime

# Attributes that point back at the whole site, not at the object.
SKIPPED_ATTRIBUTES = frozenset({"settings", "_context", "context", "env", "_templates"})
# Flags Pelican sets on a content when its address is first asked for
# (Static); they say nothing a page shows.
CONTENT_FLAGS = frozenset({"_output_location_referenced"})
# Pelican's link syntax ({filename}x.md, |static|img.jpg): such a text depends
# on where the linked files are published.
_INTRASITE = re.compile(r"[{|](?:filename|static|attach|index|tag|category|author)[|}]")
_PLAIN = frozenset(
    {str, Markup, int, float, bool, type(None), bytes, decimal.Decimal}
    | {dt.date, dt.datetime, SafeDatetime, dt.time, dt.timedelta, dt.timezone}
)
_SEQUENCES = frozenset({list, tuple})
_MAPPINGS = frozenset({dict, collections.OrderedDict, collections.defaultdict})
_SETS = frozenset({set, frozenset})
_BY_ATTRIBUTES = frozenset({Paginator, Page})  # public attributes, like dataclasses


class Unseen(str):
    """The digest of something this module cannot see through: the name of
    its type. Never equal to a real digest (bytes), so never «unchanged»."""


class _Opaque(Exception):
    def __init__(self, kind: type):
        super().__init__(kind)
        self.name = f"{kind.__module__}.{kind.__qualname__}"


def identity(obj) -> tuple | None:
    """A name for ``obj`` that the next build gives the same object, or None."""
    if isinstance(obj, Content):
        return ("content", type(obj).__name__, obj.source_path, obj.metadata.get("lang"))
    if isinstance(obj, URLWrapper):
        return ("taxonomy", type(obj).__name__, obj.name)
    return None


def _qualified(obj) -> str:
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "?")
    return f"{getattr(obj, '__module__', None) or ''}.{name}"


def _attributes(obj) -> dict:
    """A dataclass's fields (slots too) and the public attributes in ``__dict__``.
    A leading underscore outside the fields marks a cache filled on first use
    (a paginator's page count), which would differ by what ran first."""
    fields = dataclasses.fields(obj) if dataclasses.is_dataclass(obj) else ()
    attributes = {field.name: getattr(obj, field.name) for field in fields}
    for key, item in getattr(obj, "__dict__", {}).items():
        if key[0] != "_" and key not in SKIPPED_ATTRIBUTES:
            attributes[key] = item
    return attributes


class Digester:
    """One build's digests, memoised: objects keep their digest for the build.

    The memo holds each object it has seen, so that a temporary object's
    memory address is never reused for another while the build runs.
    """

    def __init__(self, settings: dict, context: dict):
        self._settings_id = id(settings)
        self._objects: dict[int, tuple[object, bytes | None]] = {}
        self._states: dict[int, tuple[object, bytes | Unseen]] = {}
        self._url_map: bytes | None = None
        self._cycles = 0
        self._context = context

    def forget_values(self) -> None:
        self._objects.clear()

    # -- whole values ---------------------------------------------------------
    def value(self, value) -> bytes | Unseen:
        """The digest of a value a template looked up by name."""
        if identity(value) is not None:
            return self.state(value)
        hasher = hashlib.blake2b(digest_size=16)
        try:
            self._feed(hasher, value, set())
        except _Opaque as opaque:
            return Unseen(opaque.name)
        return hasher.digest()

    def state(self, obj) -> bytes | Unseen:
        """What a template can read of an identified object (not of others it
        names); the first digest of an object stays its digest for the build."""
        known = self._states.get(id(obj))
        if known is not None:
            return known[1]
        digest = self.fresh_state(obj)
        self._states[id(obj)] = (obj, digest)
        return digest

    def fresh_state(self, obj) -> bytes | Unseen:
        """``state`` made again from the object as it is now."""
        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(repr(identity(obj)).encode())
        if isinstance(obj, URLWrapper):
            hasher.update(f"{obj.name}\0{obj.slug}".encode())
            return hasher.digest()
        attributes = {
            key: item
            for key, item in vars(obj).items()
            if key not in SKIPPED_ATTRIBUTES and key not in CONTENT_FLAGS
        }
        try:
            self._feed_attributes(hasher, attributes, {id(obj)})
        except _Opaque as opaque:
            return Unseen(opaque.name)
        texts = (attributes.get("_content"), attributes.get("_summary"))
        if any(isinstance(text, str) and _INTRASITE.search(text) for text in texts):
            hasher.update(self.url_map())
        return hasher.digest()

    def states(self) -> dict[int, tuple[object, bytes | Unseen]]:
        """Every identified object digested so far, with its first digest."""
        return dict(self._states)

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
        kind = type(value)
        if kind in _PLAIN:
            hasher.update(f"{kind.__name__}:{value!r}\x1f".encode())
        elif identity(value) is not None:
            hasher.update(f"@{identity(value)!r}\x1f".encode())
        elif kind in _SEQUENCES or (issubclass(kind, tuple) and hasattr(kind, "_fields")):
            hasher.update(f"{kind.__qualname__}[{len(value)}".encode())
            for item in value:
                self._feed(hasher, item, active)
            hasher.update(b"]")
        elif kind in _MAPPINGS:
            if id(value) == self._settings_id:
                hasher.update(b"<settings>")
                return
            hasher.update(f"{{{len(value)}".encode())
            for key, item in value.items():
                self._feed(hasher, key, active)
                self._feed(hasher, item, active)
            hasher.update(b"}")
        elif kind in _SETS:
            parts = []
            for item in value:
                sub = hashlib.blake2b(digest_size=16)
                self._feed(sub, item, active)
                parts.append(sub.digest())
            hasher.update(b"{" + b"".join(sorted(parts)) + b"}")
        elif isinstance(value, enum.Enum):
            hasher.update(f"enum:{_qualified(kind)}.{value.name}=".encode())
            self._feed(hasher, value.value, active)
        elif isinstance(value, pathlib.PurePath):
            hasher.update(f"{kind.__name__}:{value}\x1f".encode())
        elif kind is zoneinfo.ZoneInfo:
            hasher.update(f"zone:{value.key}\x1f".encode())
        elif kind in _BY_ATTRIBUTES or (
            dataclasses.is_dataclass(value) and not isinstance(value, type)
        ):
            hasher.update(self._object(value, active))
        else:
            self._callable(hasher, value, active)

    def _callable(self, hasher, value, active: set) -> None:
        """Code by name (the site key covers it), the state it carries by value."""
        if isinstance(value, (type, types.ModuleType)):
            hasher.update(f"code:{_qualified(value)}\x1f".encode())
        elif isinstance(value, types.FunctionType):
            hasher.update(f"fn:{_qualified(value)}(".encode())
            cells = [cell.cell_contents for cell in value.__closure__ or ()]
            for part in (value.__defaults__, value.__kwdefaults__, cells):
                self._feed(hasher, part, active)
            hasher.update(b")")
        elif isinstance(value, (types.MethodType, types.BuiltinFunctionType)):
            hasher.update(f"method:{_qualified(value)}(".encode())
            owner = getattr(value, "__self__", None)
            if not isinstance(owner, types.ModuleType):
                self._feed(hasher, owner, active)
            hasher.update(b")")
        elif type(value) is functools.partial:
            hasher.update(b"partial(")
            for part in (value.func, value.args, value.keywords):
                self._feed(hasher, part, active)
            hasher.update(b")")
        else:
            raise _Opaque(type(value))

    def _object(self, obj, active: set) -> bytes:
        """A dataclass or a paginator: its class and attributes, memoised."""
        known = self._objects.get(id(obj))
        if known is not None:
            if known[1] is None:
                raise _Opaque(type(obj))
            return known[1]
        if id(obj) in active:
            self._cycles += 1
            return b"<cycle>"
        active.add(id(obj))
        cycles = self._cycles
        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(f"{_qualified(type(obj))}(".encode())
        attributes = _attributes(obj)
        try:
            self._feed_attributes(hasher, attributes, active)
        except _Opaque:
            self._objects[id(obj)] = (obj, None)
            raise
        finally:
            active.discard(id(obj))
        digest = hasher.digest()
        if self._cycles == cycles:  # a digest cut short by a cycle depends on
            self._objects[id(obj)] = (obj, digest)  # where it was entered from
        return digest

    def _feed_attributes(self, hasher, attributes: dict, active: set) -> None:
        for key in sorted(attributes):
            hasher.update(key.encode() + b"=")
            self._feed(hasher, attributes[key], active)
