"""Watch a page render: which names it looked up, which contents it read,
which templates it used and which theme files it asked for.

Jinja turns ``{{ a.b }}`` into ``environment.getattr(a, "b")``, ``a["b"]``
and the ``map``/``sort``/``groupby`` filters into ``environment.getitem``,
every free name into ``context.resolve_or_missing(name)`` and every
extends/include/import into ``environment.get_template(name)``. Those four
are replaced on each generator's environment; while no page is being
watched they only cost a test of one global.
"""

from __future__ import annotations

from jinja2.runtime import Context

from .digest import identity

_current: Recorder | None = None


class Recorder:
    """What one page read while it rendered."""

    def __init__(self, template_name: str):
        self.names: set[str] = set()
        self.objects: dict[int, object] = {}
        self.templates: set[str] = {template_name}
        self.assets: set[str] = set()
        self._kinds: dict[type, bool] = {}

    def touch(self, obj) -> None:
        kind = type(obj)
        tracked = self._kinds.get(kind)
        if tracked is None:
            tracked = self._kinds[kind] = identity(obj) is not None
        if tracked:
            self.objects[id(obj)] = obj

    def __enter__(self):
        global _current
        self._outer, _current = _current, self
        return self

    def __exit__(self, *exc):
        global _current
        _current = self._outer
        return False


def note_asset(relative: str) -> None:
    """The assets plugin's hook: a theme file this page links to."""
    if _current is not None:
        _current.assets.add(relative)


class TrackingContext(Context):
    def resolve_or_missing(self, key):
        if _current is not None:
            _current.names.add(key)
        return super().resolve_or_missing(key)


def install(env) -> None:
    """Make ``env`` report to the recorder of the page being rendered."""
    if getattr(env, "_portal_tracking", False):
        return
    plain_getattr, plain_getitem = env.getattr, env.getitem
    plain_get_template = env.get_template

    def getattr_(obj, attribute):
        if _current is not None:
            _current.touch(obj)
        return plain_getattr(obj, attribute)

    def getitem(obj, argument):
        if _current is not None:
            _current.touch(obj)
        return plain_getitem(obj, argument)

    plain_select_template = env.select_template

    def note(names, parent) -> None:
        # before loading: a missing template ({% include ... ignore missing %})
        # counts too, so that its later appearance renders the page again
        if _current is not None:
            for name in names:
                if isinstance(name, str):
                    _current.templates.add(env.join_path(name, parent))

    def get_template(name, parent=None, globals=None):
        note([name], parent)
        template = plain_get_template(name, parent, globals)
        if _current is not None:
            _current.templates.add(template.name)
        return template

    def select_template(names, parent=None, globals=None):
        if not isinstance(names, str):  # {% include ["a.html", "b.html"] %}
            note(list(names), parent)
        template = plain_select_template(names, parent, globals)
        if _current is not None:
            _current.templates.add(template.name)
        return template

    env.getattr = getattr_
    env.getitem = getitem
    env.get_template = get_template
    env.select_template = select_template
    env.context_class = TrackingContext
    env._portal_tracking = True
