"""Share and forward: the ``share_links`` filter behind theme/templates/_share.html."""

from __future__ import annotations

from pelican import signals

from .links import share_links


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.filters["share_links"] = share_links


def register() -> None:
    signals.generator_init.connect(add_filters)
