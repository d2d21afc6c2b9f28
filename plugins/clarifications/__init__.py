"""Aclaraciones: claims about the administration checked against its own
documents, with a verdict on a fixed scale (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import ClarificationGenerator


def get_generators(pelican):
    return ClarificationGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
