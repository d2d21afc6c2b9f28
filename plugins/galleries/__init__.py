"""Event photo galleries and the fototeca (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import GalleriesGenerator


def get_generators(pelican):
    return GalleriesGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
