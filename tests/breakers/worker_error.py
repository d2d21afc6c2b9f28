"""Logs an ERROR while a bulletin's page renders (``error_de_prueba()``):
in a forked render worker when there are two, in the build's own process
when ``RENDER_WORKERS`` is 1. Either way the build must fail."""

import logging
import os

from pelican import signals

logger = logging.getLogger(__name__)
_main: list[int] = []
_one_worker: list[bool] = []


def test_error() -> str:
    in_worker = os.getpid() != _main[0]
    if in_worker or _one_worker[0]:
        logger.error("Error de prueba: proceso %s", "hijo" if in_worker else "principal")
    return ""


def add_global(generator) -> None:
    _one_worker[:] = [str(generator.settings.get("RENDER_WORKERS")) == "1"]
    env = getattr(generator, "env", None)
    if env is not None:
        env.globals["error_de_prueba"] = test_error


def register() -> None:
    _main[:] = [os.getpid()]
    signals.generator_init.connect(add_global)
