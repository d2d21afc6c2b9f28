"""Plans, cronogramas and budgets that auditors can check (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import PlansGenerator


def get_generators(pelican):
    return PlansGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
