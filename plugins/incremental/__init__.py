"""Incremental rendering: a page is rendered again only when something it
read has changed; otherwise the last build's file is kept as it is.

Active only when ``portal.commands.build`` sets the build state's ``render`` plan (see manifest.py);
a plain ``pelican`` run renders everything, as Pelican does, and so does
``make publish``. The cache errs towards rendering: what the digest cannot
see through renders (digest.py); a content changed after it was first
digested, or a page written after the last generator, fails the build
(errors.py); ``build --verify`` renders the pages it would keep and fails on
any byte of difference (verify.py).
"""

from __future__ import annotations

from pelican import signals

from run_state import state_of

from . import tracking
from .writer import IncrementalWriter


def watch_templates(generator) -> None:
    env = getattr(generator, "env", None)
    if env is None or state_of(generator.settings).render is None:
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


def flush_after_each_generator(generators) -> None:
    """Pages are rendered in batches (on both cores); each generator's batch
    is finished before the next generator runs, so one that reads what the
    others wrote (the sitemap) finds it, as when pages were written at once.
    After the last generator the writer is closed: the contents are checked
    against their first digests, and a page written later (once the sitemap
    is made, or by a ``finalized`` receiver while the theme's files get their
    hashed names) is an error, not a page rendered too late."""
    wrapped = [g for g in generators if state_of(g.settings).render is not None]
    for generator in wrapped:
        plain = generator.generate_output
        last = generator is wrapped[-1]

        def generate_output(writer, plain=plain, last=last):
            plain(writer)
            done = getattr(writer, "close" if last else "flush", None)
            if done is not None:
                done()

        generator.generate_output = generate_output


def register() -> None:
    signals.generator_init.connect(watch_templates)
    signals.get_writer.connect(get_writer)
    signals.all_generators_finalized.connect(flush_after_each_generator)
