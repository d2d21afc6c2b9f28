"""Screens in the municipality's offices: /pantallas/ (see generator.py)."""

from __future__ import annotations

from pelican import signals


def get_generators(pelican):
    from .generator import SignageGenerator  # late: portal_settings imports .notices

    return SignageGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
