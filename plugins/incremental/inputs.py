"""What a page was rendered from, and whether it is still the same.

A page's inputs are the templates it used, the names it looked up in its
context, the contents and taxonomies it read and the theme files it linked
(``tracking.py`` watches the render). Each is kept with its digest
(``digest.py``); the page is still good when every digest is unchanged.
"""

from __future__ import annotations

import hashlib

from . import tracking
from .digest import Digester, Unseen, identity
from .manifest import PageRecord

_MISSING = object()
# How deep into the context's lists and dicts contents are looked for.
_REGISTRY_DEPTH = 3


class PageInputs:
    """One build's view of page inputs: this build's objects and digests."""

    def __init__(self, settings: dict, context: dict, env):
        self.env = env
        self.settings = settings
        self.context = context
        self.digester = Digester(settings, context)
        self.registry: dict[tuple, object] = {}
        self._templates: dict[str, bytes] = {}
        self._names: dict[tuple[str, int], tuple[object, bytes]] = {}
        self.reasons: dict[tuple[str, str], int] = {}
        self._collect(context.values(), _REGISTRY_DEPTH)
        # Digest every content before any page renders: what a render may
        # cache on an object must not count as a change.
        for obj in list(self.registry.values()):
            self.digester.state(obj)

    def _collect(self, values, depth: int) -> None:
        for value in values:
            ident = identity(value)
            if ident is not None:
                if ident not in self.registry:
                    self.registry[ident] = value
                    tags = getattr(value, "tags", None) or []
                    self._collect([getattr(value, "category", None), *tags], 0)
            elif depth > 0 and isinstance(value, (list, tuple, set, frozenset)):
                self._collect(value, depth - 1)
            elif depth > 0 and isinstance(value, dict) and value is not self.settings:
                self._collect(value.values(), depth - 1)

    def new_batch(self) -> None:
        """Forget digests of plain values: generators set up their objects as
        they write (a report's datasets, a plan's execution), so a value is
        digested anew for each generator's pages, at the same point of every
        build. Contents and taxonomies are fixed before any page is written."""
        self._names.clear()
        self.digester.forget_values()

    def still_valid(self, record: PageRecord, localcontext, seen: dict) -> bool:
        for template_name, digest in record.templates:
            if self.template_digest(template_name) != digest:
                return self._why("plantilla", template_name)
        for key, digest in record.names:
            seen[key] = current = self.name_digest(key, localcontext)
            if isinstance(current, Unseen):
                return self._why("tipo que no se puede resumir", f"{key}: {current}")
            if current != digest:
                return self._why("nombre", key)
        for ident, digest in record.objects.items():
            obj = self.registry.get(ident)
            if obj is None:
                return self._why("ya no existe", ident[2])
            current = self.digester.state(obj)
            if isinstance(current, Unseen):
                return self._why("tipo que no se puede resumir", f"{ident[2]}: {current}")
            if current != digest:
                return self._why("contenido", ident[2])
        return True

    def mutated(self, idents=None) -> list[str]:
        """The identified objects (all, or those of ``idents``) whose state is no
        longer what it was when first digested: changed after a page may have
        read them, so a page kept or rendered before the change may be stale."""
        again = Digester(self.settings, self.context)  # no memo of this build's values
        changed = []
        for obj, first in self.digester.states().values():
            ident = identity(obj)
            if idents is not None and ident not in idents:
                continue
            if again.fresh_state(obj) != first:
                changed.append(str(ident[2]))
        return sorted(changed)

    def _why(self, kind: str, what) -> bool:
        """Count why pages render again (PORTAL_RENDER_REASONS=1 prints them)."""
        key = (kind, str(what))
        self.reasons[key] = self.reasons.get(key, 0) + 1
        return False

    def render(self, template, localcontext, seen: dict) -> tuple[str, PageRecord]:
        with tracking.Recorder(template.name) as recorder:
            output = template.render(localcontext)
        record = PageRecord(
            templates=tuple(
                (name, self.template_digest(name)) for name in sorted(recorder.templates)
            ),
            names=tuple(
                (key, seen[key] if key in seen else self.name_digest(key, localcontext))
                for key in sorted(recorder.names)
            ),
            objects={
                identity(obj): self.digester.state(obj) for obj in recorder.objects.values()
            },
            assets=tuple(sorted(recorder.assets)),
            searchable="data-pagefind-body" in output,
        )
        return output, record

    def name_digest(self, key: str, localcontext) -> bytes:
        value = localcontext.get(key, _MISSING)
        if value is _MISSING:
            value = self.env.globals.get(key, _MISSING)
        if value is _MISSING:
            return b"<missing>"
        memo = self._names.get((key, id(value)))
        if memo is None:
            memo = self._names[(key, id(value))] = (value, self.digester.value(value))
        return memo[1]

    def template_digest(self, name: str) -> bytes:
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
