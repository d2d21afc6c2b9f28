"""Breaks «rendering has no side effects», in a forked render worker only:
``marca_al_dibujar(article)`` changes the bulletin it is given. The parent
never sees the change; the worker's own check must."""

import os

from pelican import signals

_main: list[int] = []


def mark_while_rendering(article) -> str:
    if os.getpid() != _main[0]:
        article.metadata["dibujado_en"] = "un proceso hijo"
    return ""


def add_global(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.globals["marca_al_dibujar"] = mark_while_rendering


def register() -> None:
    _main[:] = [os.getpid()]
    signals.generator_init.connect(add_global)
