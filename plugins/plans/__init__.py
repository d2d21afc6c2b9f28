"""Plans, cronogramas and budgets that auditors can check (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import PlansGenerator
from .model import money, month_key

FILTERS = {"money": money, "month_key": month_key}


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.filters.update(FILTERS)


def get_generators(pelican):
    return PlansGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
