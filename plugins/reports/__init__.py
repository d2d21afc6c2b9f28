"""Monthly reports, indicators over time and plan execution (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import ReportsGenerator


def get_generators(pelican):
    return ReportsGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
