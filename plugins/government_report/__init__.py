"""The yearly Informe de Gobierno and the law on promoting it (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import GovernmentReportGenerator


def get_generators(pelican):
    return GovernmentReportGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
