"""Incremental rendering: a page is rendered again only when something it
read has changed; otherwise the last build's file is kept as it is.

Active only when ``scripts/build.py`` sets ``INCREMENTAL`` (see manifest.py);
a plain ``pelican`` run renders everything, as Pelican does.
"""

from __future__ import annotations

from pelican import signals

from . import tracking
from .writer import IncrementalWriter


def watch_templates(generator) -> None:
    env = getattr(generator, "env", None)
    if env is None or generator.settings.get("INCREMENTAL") is None:
        return
    asset = env.globals.get("asset")
    if asset is not None and not getattr(asset, "_noted", False):

        def noted_asset(relative: str) -> str:
            tracking.note_asset(relative)
            return asset(relative)

        noted_asset._noted = True
        env.globals["asset"] = noted_asset
    tracking.install(env)


def get_writer(pelican_object):
    return IncrementalWriter


def register() -> None:
    signals.generator_init.connect(watch_templates)
    signals.get_writer.connect(get_writer)
