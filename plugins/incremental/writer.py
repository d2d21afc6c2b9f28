"""Pelican's writer, rendering only the pages whose inputs changed.

Every page rendered is watched (``tracking.py``) and its inputs recorded
with their digests: the templates it used, the names it looked up, the
contents it read, the theme files it linked. On the next build a page whose
recorded inputs all have the same digests is not rendered: the file the last
build published is hard-linked into the new site, so the move into
``output/`` sees the same file and leaves it untouched.
"""

from __future__ import annotations

import hashlib
import os
import shutil

from pelican.utils import sanitised_join
from pelican.writers import Writer

from . import tracking
from .digest import Digester, identity
from .manifest import PageRecord

_MISSING = object()
# Context entries that hold contents and taxonomies, for finding this
# build's object behind a name recorded by the last one.
_REGISTRY_DEPTH = 3


class _Discard:
    """The file object handed to Pelican for a page that was linked instead."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def write(self, _text):
        return 0


class _Watched:
    """The template Pelican renders, standing in front of the real one."""

    def __init__(self, writer, template):
        self._writer, self._template = writer, template

    def render(self, localcontext):
        return self._writer.render(self._template, localcontext)


class IncrementalWriter(Writer):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.plan = (settings or {}).get("INCREMENTAL")
        self._reuse: dict[str, str] = {}
        self._digester: Digester | None = None
        self._registry: dict[tuple, object] = {}
        self._templates: dict[str, bytes] = {}
        self._names: dict[tuple[str, int], tuple[object, bytes]] = {}
        self.env = None

    # -- Pelican's entry points -------------------------------------------------
    def write_file(self, name, template, context, *args, **kwargs):
        if self.plan is None or not name:
            return super().write_file(name, template, context, *args, **kwargs)
        if self._digester is None:
            self._start(context, template)
        return super().write_file(name, _Watched(self, template), context, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        source = self._reuse.pop(filename, None)
        if source is None:
            return super()._open_w(filename, encoding, override)
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        try:
            os.link(source, filename)
        except OSError:  # another file system: a copy keeps bytes and mtime
            shutil.copy2(source, filename)
        return _Discard()

    # -- deciding ---------------------------------------------------------------
    def _start(self, context, template) -> None:
        """The first page: digest every content and taxonomy before any render."""
        self.env = getattr(template, "environment", None)
        self._digester = Digester(self.settings, context)
        self._collect(context.values(), _REGISTRY_DEPTH)
        for obj in list(self._registry.values()):
            self._digester.state(obj)

    def _collect(self, values, depth: int) -> None:
        for value in values:
            ident = identity(value)
            if ident is not None:
                if ident not in self._registry:
                    self._registry[ident] = value
                    tags = getattr(value, "tags", None) or []
                    self._collect([getattr(value, "category", None), *tags], 0)
            elif depth > 0 and isinstance(value, (list, tuple, set, frozenset)):
                self._collect(value, depth - 1)
            elif depth > 0 and isinstance(value, dict) and value is not self.settings:
                self._collect(value.values(), depth - 1)

    def render(self, template, localcontext) -> str:
        name = localcontext["output_file"]
        path = sanitised_join(self.output_path, name)
        record = self.plan["previous"].get(name)
        seen: dict[str, bytes] = {}
        if (
            record is not None
            and path not in self._written_files
            and self._still_valid(record, localcontext, seen)
        ):
            old = os.path.join(self.plan["previous_output"], name)
            if os.path.isfile(old):
                self._reuse[path] = old
                self.plan["pages"][name] = record
                self.plan["reused"] += 1
                asset = template.environment.globals.get("asset")
                for relative in record.assets:  # its theme files still get their names
                    asset(relative)
                return ""
        with tracking.Recorder(template.name) as recorder:
            output = template.render(localcontext)
        self.plan["pages"][name] = self._record(recorder, localcontext, seen)
        self.plan["rendered"] += 1
        return output

    def _still_valid(self, record: PageRecord, localcontext, seen: dict) -> bool:
        for template_name, digest in record.templates:
            if self._template_digest(template_name) != digest:
                return self._why("template", template_name)
        for key, digest in record.names:
            seen[key] = self._name_digest(key, localcontext)
            if seen[key] != digest:
                return self._why("name", key)
        for ident, digest in record.objects.items():
            obj = self._registry.get(ident)
            if obj is None or self._digester.state(obj) != digest:
                return self._why("content" if obj else "gone", ident[2] or ident[1])
        return True

    def _why(self, kind: str, what) -> bool:
        """Count why pages render again (PORTAL_RENDER_REASONS=1 prints them)."""
        reasons = self.plan.setdefault("reasons", {})
        reasons[(kind, str(what))] = reasons.get((kind, str(what)), 0) + 1
        return False

    def _record(self, recorder, localcontext, seen: dict) -> PageRecord:
        return PageRecord(
            templates=tuple(
                (name, self._template_digest(name)) for name in sorted(recorder.templates)
            ),
            names=tuple(
                (key, seen[key] if key in seen else self._name_digest(key, localcontext))
                for key in sorted(recorder.names)
            ),
            objects={
                identity(obj): self._digester.state(obj)
                for obj in recorder.objects.values()
            },
            assets=tuple(sorted(recorder.assets)),
        )

    # -- digests ----------------------------------------------------------------
    def _name_digest(self, key: str, localcontext) -> bytes:
        value = localcontext.get(key, _MISSING)
        if value is _MISSING and self.env is not None:
            value = self.env.globals.get(key, _MISSING)
        if value is _MISSING:
            return b"<missing>"
        memo = self._names.get((key, id(value)))
        if memo is None:
            memo = self._names[(key, id(value))] = (value, self._digester.value(value))
        return memo[1]

    def _template_digest(self, name: str) -> bytes:
        digest = self._templates.get(name)
        if digest is None:
            try:
                source = self.env.loader.get_source(self.env, name)[0]
            except Exception:  # gone since the last build: render again
                source = f"<missing template {name}>"
            digest = self._templates[name] = hashlib.blake2b(
                source.encode(), digest_size=16
            ).digest()
        return digest
