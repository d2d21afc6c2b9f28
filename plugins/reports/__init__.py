"""Monthly reports, indicators over time and plan execution (see generator.py)."""

from __future__ import annotations

from pelican import signals

from content_schema.plan_fields import month_label

from .generator import ReportsGenerator


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.filters["month_label"] = month_label


def get_generators(pelican):
    return ReportsGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
