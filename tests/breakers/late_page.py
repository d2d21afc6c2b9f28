"""Writes a page from a ``finalized`` receiver: after every generator, the
sitemap, and the theme files' renaming that ran before it."""

from pelican import signals

from run_state import state_of

_generators: list = []


def remember(generator) -> None:
    if hasattr(generator, "get_template") and not _generators:
        _generators.append(generator)


def write_late(pelican) -> None:
    generator = _generators[0]
    writer = state_of(pelican.settings).render["writer"]
    writer.write_file("tarde/index.html", generator.get_template("page"), generator.context)


def register() -> None:
    signals.generator_init.connect(remember)
    signals.finalized.connect(write_late)
