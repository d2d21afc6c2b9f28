"""Breaks «contents do not change after they are first digested»: once the
bulletins' pages are written (waiting to render), the first one's title
changes."""

from pelican import signals


def change_title(generator, writer) -> None:
    first = generator.articles[0]
    first.title = f"{first.title} (cambiado al escribir)"


def register() -> None:
    signals.article_writer_finalized.connect(change_title)
