"""Breaks «every read of a content goes through Jinja»: ``titulo_oculto(slug)``
gives a bulletin's title read in Python, so the page that calls it does not
record the bulletin; a changed title leaves that page stale in the cache."""

from pelican import signals

_bulletins: list = []


def hidden_title(slug: str) -> str:
    return next(article.title for article in _bulletins if article.slug == slug)


def remember(generator) -> None:
    _bulletins[:] = generator.articles


def add_global(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.globals["titulo_oculto"] = hidden_title


def register() -> None:
    signals.article_generator_finalized.connect(remember)
    signals.generator_init.connect(add_global)
